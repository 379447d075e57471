"""The mentions the actors stage links: named-entity spans repaired against the knowledge base, plus the mentions
the knowledge base, titles, institution names, place nouns and in-document coreference are certain of, resolved
once so that no two output entities overlap.

Repairs of a named-entity span, each a general rule:
1. edges: the span starts after the conjunctions and prepositions the clitic analysis found (a «ل» fused with the
   article, as in «للأمم», stays as written); a person or place name ends before a word that carries a proclitic
   («آبي للبرلمان» → «آبي»); an unanalysed «و» is a conjunction when the name is coordinated with the mention just
   before it («ستيف بايكر وسويلا برايفرمان»);
2. alignment: the longest knowledge-base name overlapping the span replaces it — extending it («رودينكو» →
   «أندريه رودينكو», «منظمة معاهدة» → «منظمة معاهدة الأمن الجماعي», «وبختار» → «بختار»), merging fragments of
   one name («إمام» + «علي رحمن»), or trimming titles, function words, common words after the name and, before a
   known person's name, words that are not person names («بريكسيت ديفيد ديفيس»);
3. split: names left beside the aligned one keep their own mention — a gentilic after an institution («الجيش
   الإسرائيلي» → «الإسرائيلي», which takes the sector of «الجيش» when linked), «ميليشيات الحوثي الإيرانية» →
   «الحوثي» + «الإيرانية»; a named institution before a gentilic («وزارة الخارجية» + «الأمريكية») stays an ORG;
4. people: adjacent person fragments merge («ماري» + «كلير فغالي»), a hashtag joins its parts («#عدنان_أوكتار»),
   and a person name takes in the first names next to it that the model left out («لناصر» + «الجعفري»);
5. glue typos: a surname the document knows, run into a clitic and a function word («رودينكوبهذا»), ends where the
   surname ends;
6. drop: a one-word span on a common word («دولة», «اليوم») or a bare title, unless the knowledge base names it as
   a country, people or organisation, or it is the surname of a person in the document;
7. relabel: a knowledge-base name takes the label of what it is (a country tagged ORG becomes LOC, an organisation
   tagged LOC becomes ORG); a city never turns a tagged person into a place («الأميرة فيكتوريا»).

Added mentions: knowledge-base names safe to find in plain text (minus one-word names on common words), state
bodies («وزارة الصحة»), names given to an institution noun («منظمة "شربا"»), names after a specific title (only
when no model tagged the document), gazetteer places after a place noun, and other mentions of a person by the
surname of a full name in the document (coreference the model missed: «ماي» after «تيريزا ماي»), and the bare
names of a theatre's armed parties once the article is about that theatre («التحالف», «المقاومة» in the news of the
war in Yemen: rasd.actors.theatres).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import cast

from rasd.actors.kb import KbEntry, KnowledgeBase, knowledge_base, name_key, strip_article
from rasd.actors.lexicon import (
    ANCHORED_COMMON_MIN_SEEN,
    is_common_place_word,
    is_common_word,
    is_function_word,
    is_name_word,
    is_person_word,
    word_key,
    written_key,
)
from rasd.actors.link import Span, label_of
from rasd.actors.roles import (
    Term,
    proclitic_letters,
    roles,
    term_ending_at,
    term_starting_at,
    token_bare,
    token_info,
    token_key,
)
from rasd.actors.theatres import active_theatres, names_another, theatre_names
from rasd.doc import Doc, Entity, Token
from rasd.text.clitics import load_word_frequencies
from rasd.text.normalize import devocalize, normalize

STRONG_KINDS = frozenset({"country", "region", "capital", "seat", "org", "person", "demonym"})
GEOPOLITICAL = frozenset({"country", "region", "capital"})
INNER_PUNCT = frozenset("-_–")
QUOTES = frozenset("\"«»“”'‘’")
_TATWEEL = "\u0640"
_REACH = 6  # the longest knowledge-base name tried around a span, in tokens
_NAME_BREAKERS = frozenset({"و", "ف", "ب", "ل"})
_RELATIONAL_ENDINGS = ("ي", "ية", "يه", "يين", "يون", "يات")

# Origins in order of trust: a conflict between overlapping mentions goes to the more trusted one. A span the model
# tagged beats a knowledge-base name inside it («مجموعة "روسيا - العالم الإسلامي"» keeps its «روسيا»).
PRIORITY = {
    "ner+kb": 6,
    "ner": 5,
    "split": 5,
    "quoted": 5,
    "kb": 4,
    "body": 4,
    "named": 3,
    "alias": 3,
    "title": 2,
    "place": 2,
}
TAGGED = frozenset({"ner", "ner+kb", "split"})


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """A mention as a token range [first, last) and original character offsets [start, end)."""

    first: int
    last: int
    start: int
    end: int
    label: str
    entries: tuple[KbEntry, ...]
    origin: str  # ner, ner+kb (aligned to the knowledge base), split, kb, body, named, title, place, alias
    entity_id: str | None = None

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        first: int,
        last: int,
        start: int,
        end: int,
        label: str,
        entries: tuple[KbEntry, ...],
        origin: str,
        entity_id: str | None = None,
    ) -> None:
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "entries", entries)
        object.__setattr__(self, "origin", origin)
        object.__setattr__(self, "entity_id", entity_id)

    @property
    def span(self) -> Span:
        return Span(self.first, self.last, self.label, self.entries)


_SAME = "\0same"  # `_remade`'s default for a field kept as it is (no label, origin or entity id is this string)


def _remade(
    mention: Mention,
    *,
    first: int = -1,
    last: int = -1,
    start: int = -1,
    end: int = -1,
    label: str = _SAME,
    entries: tuple[KbEntry, ...] | None = None,
    origin: str = _SAME,
    entity_id: str | None = _SAME,
) -> Mention:
    """`dataclasses.replace(mention, ...)` for the fields given (offsets are never negative): compiled, where
    `replace` runs interpreted and looks the fields up on every call."""
    return Mention(
        mention.first if first < 0 else first,
        mention.last if last < 0 else last,
        mention.start if start < 0 else start,
        mention.end if end < 0 else end,
        mention.label if label == _SAME else label,
        mention.entries if entries is None else entries,
        mention.origin if origin == _SAME else origin,
        mention.entity_id if entity_id == _SAME else entity_id,
    )


def letters_offset(text: str, letters: int) -> int:
    """The index in `text` after its first `letters` letters (vowel marks and tatweel go with the letter before)."""
    index = 0
    for _ in range(letters):
        index += 1
        while index < len(text) and (unicodedata.combining(text[index]) or text[index] == _TATWEEL):
            index += 1
    return min(index, len(text))


# token_info and whether some reading of the word starts a knowledge-base name and a role term, per word form
_WordInfo = tuple[str, str, tuple[tuple[str, int], ...], bool, bool]


def _word_info(token: Token) -> _WordInfo:
    facts = token.facts
    if facts is not None:
        known = facts.actor_word
        if known is not None:
            return cast(_WordInfo, known)
    word_key_, bare, forms = token_info(token)
    names, terms = knowledge_base().name_prefixes(), roles().leading
    name = any(form in names for form, _ in forms)
    term = any(form in terms for form, _ in forms)
    found = (word_key_, bare, forms, name, term)
    if facts is not None:
        facts.actor_word = found
    return found


def _owns_first_letter(token: Token) -> bool:
    """Does a person's name written in `token` own the first letter the clitic analysis read as a conjunction or
    preposition («وليام», «بلير», «بدر»)? What is left without it is then a rare word («ليام», «لير») or one at most
    half as frequent in news as the whole, where a real clitic leaves the frequent word («لترامب» → «ترامب») or a
    common one («بحسب»)."""
    letters = proclitic_letters(token)
    if not letters or "ال" in token.prefixes or is_common_word(word_key(token)):
        return False
    word = devocalize(token.text)
    frequencies = load_word_frequencies()
    whole, rest = frequencies.get(word, 0), frequencies.get(word[letters:], 0)
    return whole >= 3 and (rest <= 3 or whole >= 2 * rest)


_DEFINITE_STARTS = ("ال", "وال", "فال", "بال", "لل", "ولل", "فلل", "وبال", "كال")


def _definite(token: Token) -> bool:
    """The word carries the article (the clitic analysis may leave an unknown word whole: «الانقلابيون»)."""
    return "ال" in token.prefixes or (
        _is_word(token) and normalize(devocalize(token.text)).startswith(_DEFINITE_STARTS)
    )


def _names_a_person(entries: Sequence[KbEntry]) -> bool:
    return any(e.kind == "person" for e in entries)


def _is_word(token: Token) -> bool:
    return token.kind in ("word", "latin")


def _strong(entries: Sequence[KbEntry]) -> tuple[KbEntry, ...]:
    return tuple(e for e in entries if e.kind in STRONG_KINDS)


class MentionFinder:
    """Builds the mentions of one document (see the module docstring)."""

    def __init__(self, doc: Doc, tokens: tuple[Token, ...]) -> None:
        self.doc = doc
        self.tokens = tokens
        self.kb: KnowledgeBase = knowledge_base()
        self.roles = roles()
        self.starts = [t.start for t in tokens]
        infos = [_word_info(t) for t in tokens]
        self.keys: list[str] = [info[0] for info in infos]
        self.bares: list[str] = [info[1] for info in infos]
        self.forms: list[tuple[tuple[str, int], ...]] = [info[2] for info in infos]
        # whether some reading of token i starts a knowledge-base name, or a title or role term: most tokens start
        # neither, and every rule asks
        self.name_starts: list[bool] = [info[3] for info in infos]
        self.term_starts: list[bool] = [info[4] for info in infos]
        self.tagged_surnames: frozenset[str] = frozenset()  # surnames of the full names the model tagged
        self.given: list[Mention] = []  # the model's spans as tagged
        self._terms: dict[int, Term | None] = {}
        self._windows: dict[tuple[int, int], tuple[tuple[KbEntry, ...], int]] = {}
        self._reach_at = [-1] * len(tokens)  # `reach(i, i + _REACH)` as `align` asks it, once worked out

    # ---- knowledge-base windows ---------------------------------------------------------------------------------
    def window(self, first: int, last: int) -> tuple[tuple[KbEntry, ...], int]:
        """Entries named by tokens[first:last] and the letters of tokens[first] before the name (its proclitics).
        Words may be joined by a hyphen or, in a hashtag, an underscore (memoised: rules ask for the same windows)."""
        found = self._windows.get((first, last))
        if found is None:
            found = self._windows[first, last] = self._window(first, last)
        return found

    def _window(self, first: int, last: int) -> tuple[tuple[KbEntry, ...], int]:
        tokens = self.tokens
        if first >= last or not _is_word(tokens[first]) or not _is_word(tokens[last - 1]):
            return (), 0
        inner = tokens[first + 1 : last]
        if any(not _is_word(t) and not self._joins(t) for t in inner):
            return (), 0
        rest = [self.keys[i] for i in range(first + 1, last) if _is_word(tokens[i])]
        for key, skip in self.forms[first]:
            found = self.kb.lookup_key(" ".join([key, *rest]))
            if found and devocalize(tokens[last - 1].text).endswith("ى"):
                found = tuple(e for e in found if e.kind != "demonym")  # «مجرى» is no «مجري» (Hungarian)
            if found:
                return found, skip
        return (), 0

    def reach(self, index: int, last: int) -> int:
        """The farthest end (≤ last) of a window from `index` whose words still begin some knowledge-base name."""
        best = index
        if not self.name_starts[index]:
            return best
        starts_a_name = self.kb.starts_a_name
        for key, _ in self.forms[index]:
            if not starts_a_name(key):
                continue  # the common case, without building the window
            words = [key]
            end = index + 1
            while starts_a_name(" ".join(words)):
                best = max(best, end)
                while end < last and not _is_word(self.tokens[end]) and self._joins(self.tokens[end]):
                    end += 1
                if end >= last or not _is_word(self.tokens[end]):
                    break
                words.append(self.keys[end])
                end += 1
        return best

    def _joins(self, token: Token) -> bool:
        return token.text in INNER_PUNCT or self.acronym_dot(token)

    def quoted(self, first: int, last: int) -> bool:
        """«لـ"الشرق الأوسط"»: the words are the whole of a quotation."""
        return (
            first > 0
            and last < len(self.tokens)
            and self.tokens[first - 1].text in QUOTES
            and self.tokens[last].text in QUOTES
        )

    def quoted_org(self, first: int, last: int, entries: tuple[KbEntry, ...]) -> tuple[KbEntry, ...]:
        """A quoted name that the knowledge base knows as an organisation too is the organisation: «قال لـ"الشرق
        الأوسط"» is the newspaper, not the region."""
        if not self.quoted(first, last):
            return entries
        orgs = tuple(e for e in self.window(first, last)[0] if e.kind == "org")
        return orgs or entries

    def term_at(self, index: int) -> Term | None:
        """The longest title or role term starting at tokens[index] (memoised: every rule asks)."""
        if not self.term_starts[index]:
            return None  # no reading of the word begins a term
        if index not in self._terms:
            self._terms[index] = term_starting_at(self.tokens, index, self.forms[index])
        return self._terms[index]

    def acronym_dot(self, token: Token) -> bool:
        """The dot of «سي.بي.إس»: written between two words with no space around it."""
        text = self.doc.text
        return (
            token.text == "."
            and token.start > 0
            and token.end < len(text)
            and not text[token.start - 1].isspace()
            and not text[token.end].isspace()
        )

    def mention(
        self, first: int, last: int, label: str, entries: tuple[KbEntry, ...], origin: str, skip: int | None = None
    ) -> Mention:
        head = self.tokens[first]
        letters = proclitic_letters(head) if skip is None else skip
        if skip is None and letters and is_function_word(word_key(head)):
            letters = 0  # «فان بينغ بينغ» is no «ف» + «ان»: a name does not start with a function word
        start = head.start + letters_offset(head.text, letters)
        if start >= head.end:
            start = head.start
        return Mention(first, last, start, self.tokens[last - 1].end, label, entries, origin)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        while first < len(self.tokens) and self.tokens[first].end <= start:
            first += 1
        last = first
        while last < len(self.tokens) and self.tokens[last].start < end:
            last += 1
        return first, max(last, first + 1)

    # ---- word classes -------------------------------------------------------------------------------------------
    def is_title_word(self, index: int) -> bool:
        bare = token_bare(self.tokens[index])
        if bare in self.roles.terms or bare in self.roles.modifiers:
            return True
        return self.term_at(index) is not None

    def is_common(self, index: int) -> bool:
        if is_common_word(word_key(self.tokens[index])):
            return True
        # «وبريا», «وبحرا», «وبرا» (by land, by sea): the clitic analysis may read a preposition into a function
        # word, or miss the conjunction; the word is then recognised as written
        return any(is_function_word(key) for key in self.written_keys(index))

    def written_keys(self, index: int) -> tuple[str, ...]:
        """The word as written (`written_key`), and without a conjunction «و»/«ف» written before it."""
        text = self.tokens[index].text
        whole = written_key(text)
        return (whole, written_key(text[1:])) if text[:1] in ("و", "ف") else (whole,)

    def is_person_word(self, index: int) -> bool:
        """A first name or surname by the evidence, written as a name («علي», never the preposition «على»)."""
        token = self.tokens[index]
        if token.kind != "word" or devocalize(token.text) in self.roles.written_boundaries:
            return False
        if any(p not in ("ل", "ب") for p in token.prefixes) or token.norm.startswith("ال"):
            return False  # «والرئيس», «الجعفري»: a conjunction or an article starts no first name
        return is_person_word(word_key(token)) and not self.is_title_word(index)

    def homograph(self, index: int, entries: tuple[KbEntry, ...], *, tagged: bool) -> bool:
        """A one-word name on a common word: «كيف» (Kyiv / how), «ذكر», «دولة». Country names and gentilics are
        trusted anyway; a region («غرب»), an organisation or a seat of government only when a model tagged it or the
        word is definite («الغرب» is the West, «غرب» a direction)."""
        token = self.tokens[index]
        safe = {"country", "demonym"}
        if tagged:
            safe |= {"region", "org", "seat"}
        elif "ال" in token.prefixes:
            safe.add("region")
        if any(e.kind in safe for e in entries):
            return False
        return self.is_common(index)

    # ---- repairs of named-entity spans --------------------------------------------------------------------------
    def from_entity(self, entity: Entity, tagged: Sequence[bool]) -> Mention | None:
        first, last = self.token_range(entity.start, entity.end)
        while last - 1 > first and not _is_word(self.tokens[last - 1]):
            last -= 1
        while first < last - 1 and not _is_word(self.tokens[first]):
            first += 1
        if not _is_word(self.tokens[first]):
            return None
        if entity.label in ("PERS", "LOC"):
            # a definite word with a conjunction or preposition ends a person's or place's name: «آبي للبرلمان»
            for index in range(first + 1, last):
                prefixes = self.tokens[index].prefixes
                if "ال" in prefixes and any(p in _NAME_BREAKERS for p in prefixes):
                    last = index  # «للبرلمان», «والرئيس»; a bare «ف» or «ب» may be the name's own («فغالي»)
                    break
        skip = None
        head = self.tokens[first]
        if head.kind == "word" and not head.prefixes and head.norm[:1] in ("و", "ف") and len(head.norm) >= 4:
            before = first - 1
            if before >= 0 and tagged[before] and _is_word(self.tokens[before]):
                skip = 1  # «بايكر وسويلا»: a name coordinated with the one just before
            elif head.norm[1:3] == "ال" and len(head.norm) >= 6:
                skip = 1  # «والسامرة»: a conjunction and the article before a name the analyser does not know
        if skip is None and entity.label == "PERS" and _owns_first_letter(head):
            skip = 0
        mention = self.mention(first, last, entity.label, (), "ner", skip)
        return _remade(mention, entity_id=entity.id)

    def align(self, mention: Mention) -> list[Mention]:
        """The span aligned to the longest knowledge-base name overlapping it, and the names split off it. The name
        may cover other tagged fragments of itself: they lose to it when conflicts are resolved."""
        best: tuple[int, int, int, tuple[KbEntry, ...], int] | None = None  # (words, first, last, entries, skip)
        own, own_skip = self.window(mention.first, mention.last)
        reach_at = self._reach_at
        for first in range(max(mention.first - _REACH + 1, 0), mention.last):
            # only windows whose words still begin some name can be one (remembered: spans side by side share them)
            farthest = reach_at[first]
            if farthest < 0:
                farthest = reach_at[first] = self.reach(first, min(first + _REACH, len(self.tokens)))
            for last in range(max(first + 1, mention.first + 1), farthest + 1):
                if best is not None and last - first <= best[2] - best[1]:
                    continue
                entries, skip = self.window(first, last)
                entries = _strong(entries)
                if entries and self._acceptable(mention, first, last, entries, bool(_strong(own))):
                    best = (last - first, first, last, entries, skip)
        head = self.tokens[mention.first]
        if best is None:
            if not own:
                place = self.place_after_noun(mention)
                return [mention if place is None else place]
            # a namesake village confirms no span, but it may be the place meant, read as the gazetteer reads it
            # («وبختار» → «بختار», «لحج» not «حج»)
            start = head.start + letters_offset(head.text, own_skip)
            if mention.label == "PERS":
                start = min(start, mention.start)  # «بلير» is no «ب» + a village «لير»
            return [_remade(mention, start=start, entries=own)]
        _, first, last, entries, skip = best
        entries = self.quoted_org(first, last, entries)
        head = self.tokens[first]
        start = head.start + letters_offset(head.text, skip)  # the reading the knowledge base knows
        same_span = (first, last) == (mention.first, mention.last)
        agreed = _agreed_label(entries) or mention.label
        label = relabel(mention.label, entries, last - first) if same_span else agreed
        if mention.label == "PERS" and last - first == 1 and self.keys[first] in self.tagged_surnames:
            label = "PERS"  # «أبو خليل السوداني» … «السوداني»: the man, not Sudan
        aligned = _remade(self.mention(first, last, label, entries, "ner+kb"), start=start, entity_id=mention.entity_id)
        if self._person_then_country(mention, first, last, entries):
            person = _remade(mention, last=first, end=self.tokens[first - 1].end)
            return [person, _remade(aligned, entity_id=None)]
        out = [aligned]
        out.extend(self.split(mention.first, first))
        out.extend(self.split(last, mention.last))
        return out

    def place_after_noun(self, mention: Mention) -> Mention | None:
        """A span opening with a place noun or a locative word («مدينة بختار», «ريف حلب», «ريف دمشق الغربي»): the
        gazetteer place right after it, which the span is then cut down to (a name the knowledge base does not hold
        whole)."""
        if mention.label != "LOC":
            return None  # «مؤتمر جنيف» is a meeting, not Geneva
        term = self.term_at(mention.first)
        if term is not None and term.kind == "place" and term.role not in ("people", "countries"):
            first = mention.first + term.words
        elif token_bare(self.tokens[mention.first]) in self.roles.locative:  # «ريف», «شمال», «ضواحي»
            first = mention.first + 1
        else:
            return None
        for last in range(min(mention.last, first + 3), first, -1):
            entries, skip = self.window(first, last)
            places = tuple(e for e in entries if e.kind in ("place", "capital", "region"))
            if places and all(self.trimmable(i, frozenset(), after_name=True) for i in range(last, mention.last)):
                return _remade(self.mention(first, last, "LOC", places, "ner+kb", skip), entity_id=mention.entity_id)
        return None

    def _person_then_country(self, mention: Mention, first: int, last: int, entries: tuple[KbEntry, ...]) -> bool:
        """«اتهم كوهين إيران»: a person span the model ran into the country after it (a country first is a first
        name, as in «إسرائيل كاتس»)."""
        return (
            mention.label == "PERS"
            and last == mention.last
            and first > mention.first
            and any(e.kind == "country" for e in entries)
            and all(_is_word(t) for t in self.tokens[mention.first : first])
        )

    def _acceptable(self, mention: Mention, first: int, last: int, entries: tuple[KbEntry, ...], has_own: bool) -> bool:
        kinds = {e.kind for e in entries}
        if first == mention.first and last == mention.last:
            return True
        extension = [*range(first, mention.first), *range(mention.last, last)]
        if extension:
            if not kinds & STRONG_KINDS and last - first < 2:
                return False
            extra = [word_key(self.tokens[i]) for i in extension if _is_word(self.tokens[i])]
            if has_own and not kinds & GEOPOLITICAL and all(is_function_word(w) for w in extra):
                return False  # «تقصف إسرائيل اليوم»: a country and a function word, not the newspaper
        if first > mention.first or last < mention.last:
            if not kinds & STRONG_KINDS:
                return False
            names = frozenset(w for e in entries for w in name_key(e.name_ar).split())
            person = "person" in kinds and last - first >= 2
            after = range(last, mention.last)
            institution = "demonym" in kinds and self.named_institution(mention.first) == first
            if self._person_then_country(mention, first, last, entries):
                return True
            if not institution and not self._trimmable_before(mention.first, first, names, before_person=person):
                return False
            if not all(self.trimmable(i, names, after_name=True) for i in after):
                return False
            descriptive = last - first >= 2 and all(e.kind == "org" and not e.scannable for e in entries)
            if after and descriptive and self._name_goes_on(last):
                return False  # «مجلس الأمن الوطني التركي»: a descriptive name («مجلس الأمن») heads a longer one
        return True

    def _name_goes_on(self, index: int) -> bool:
        """Does the word at `index` continue an organisation's name: a relative adjective («الوطني», «الدولية») or a
        noun with «ل» («لحقوق»)? Not a word the tagger ran on with («الجمعية العامة القرار», «… الخميس»), nor a
        gentilic."""
        token = self.tokens[index]
        if not _is_word(token):
            return False
        key = strip_article(word_key(token))
        if any(e.kind == "demonym" for e in self.window(index, index + 1)[0]):
            return False  # «صحيفة القدس الفلسطينية»: a gentilic after a name is its epithet
        return "ل" in token.prefixes[:1] or ("ال" in token.prefixes and key.endswith(("ي", "يه")))

    def _trimmable_before(self, index: int, end: int, names: frozenset[str], *, before_person: bool) -> bool:
        """Whether tokens[index:end] may all go: whole titles («ولي العهد») or trimmable words."""
        while index < end:
            term = self.term_at(index)
            if term is not None and index + term.words <= end:
                index += term.words
                continue
            if not self.trimmable(index, names, before_person=before_person):
                return False
            index += 1
        return True

    def trimmable(
        self, index: int, names: frozenset[str], *, before_person: bool = False, after_name: bool = False
    ) -> bool:
        """A word a span may lose to a knowledge-base name: punctuation, a title, a function word, a name of its own
        (split off), a common word after the name, or before a known person's full name a word no person carries."""
        token = self.tokens[index]
        if not _is_word(token):
            return True
        if token_bare(token) in names:
            return False
        key = word_key(token)
        if self.is_title_word(index) or is_function_word(key) or _strong(self.window(index, index + 1)[0]):
            return True
        if after_name and is_common_word(key) and not is_name_word(key):
            return True
        if after_name and token_bare(token) in roles().patron_words:
            return True  # «ميليشيات الحوثي الموالية»: the word of backing after a name opens what follows
        if after_name and token.text.isascii() and token.text.isupper():
            return True  # «مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية OCHA»: the acronym in apposition
        return before_person and not is_person_word(key) and not is_name_word(key)

    def split(self, first: int, last: int) -> list[Mention]:
        """Knowledge-base names in what a span lost to alignment, and a named institution before a gentilic."""

        def strong(index: int, end: int, entries: tuple[KbEntry, ...]) -> tuple[KbEntry, ...]:
            found = _strong(entries)
            return () if end - index == 1 and found and self.homograph(index, found, tagged=True) else found

        out = self.longest_names(first, last, "split", strong)
        gentilic = out[0] if out and out[0].entries[0].kind == "demonym" else None
        if gentilic is not None and gentilic.first > first and self.named_institution(first) == gentilic.first:
            out.insert(0, self.mention(first, gentilic.first, "ORG", (), "split"))
        return out

    def named_institution(self, index: int) -> int | None:
        """Where an institution that is an entity of its own ends («وزارة الزراعة», «الاستخبارات العسكرية»): a
        state body, or an institution term of two words or more; a bare «الجيش» is not one."""
        body = self.body_end(index)
        if body is not None:
            return body
        term = self.term_at(index)
        return index + term.words if term is not None and term.kind == "institution" and term.words >= 2 else None

    def drop(self, mention: Mention, surnames: frozenset[str]) -> bool:
        """A one-word span on a common word or a bare title that the knowledge base does not name."""
        if mention.last - mention.first != 1:
            return False
        strong = _strong(mention.entries)
        if strong:
            return self.homograph(mention.first, strong, tagged=True)
        token = self.tokens[mention.first]
        bare = token_bare(token)
        if bare in surnames:
            return False
        if bare in self.roles.terms or bare in self.roles.modifiers:
            return True
        if mention.label == "ORG":
            return is_function_word(word_key(token))  # «المقاومة», «التحالف»: a tagged body is a body
        if mention.label == "PERS" and self.is_person_word(mention.first):
            return False
        places = mention.entries and all(e.kind == "place" for e in mention.entries)
        if mention.label == "LOC" and places and not self.after_place_noun(mention):
            # a village of the gazetteer on a word the news mostly uses otherwise («وأمور تتعلق», «لحصار خانق»);
            # after «مدينة», «محافظة» it is the place
            return self.common_place_word(mention.first) or self.is_common(mention.first)
        return self.is_common(mention.first)

    def common_place_word(self, index: int) -> bool:
        """A gazetteer place name the news mostly uses as an ordinary word (see `is_common_place_word`), also when
        a conjunction the clitic analysis left on it is written before it («وأمور»)."""
        return any(is_common_place_word(key) for key in (self.keys[index], *self.written_keys(index)[1:]))

    def after_place_noun(self, mention: Mention) -> bool:
        """Whether a place noun of the title lexicon («مدينة», «محافظة», «منطقة») ends right before the mention."""
        for start in range(max(mention.first - 3, 0), mention.first):
            term = self.term_at(start)
            if term is not None and term.kind == "place" and start + term.words == mention.first:
                return term.role not in ("people", "countries")
        return False

    def people(self, mentions: Sequence[Mention]) -> list[Mention]:
        """Person fragments merged, hashtags joined, first names taken in (rule 4 of the module docstring)."""
        ordered = sorted(mentions, key=lambda m: (m.start, m.end))
        covered = [False] * len(self.tokens)
        for mention in ordered:
            for i in range(mention.first, mention.last):
                covered[i] = True
        out: list[Mention] = []
        for mention in ordered:
            if out and self._dotted(out[-1], mention):
                previous = out.pop()
                entries = _strong(self.window(previous.first, mention.last)[0])
                label = _agreed_label(entries) or previous.label
                mention = _remade(previous, last=mention.last, end=mention.end, entries=entries, label=label)
            if out and mention.label == "PERS" and self._continues(out[-1], mention):
                previous = out.pop()
                merged = self.window(previous.first, mention.last)[0]
                people = tuple(e for e in merged if e.kind == "person")
                origin = max(previous.origin, mention.origin, key=lambda o: PRIORITY.get(o, 0))
                mention = _remade(previous, last=mention.last, end=mention.end, entries=people, origin=origin)
            if mention.label == "PERS" or mention.origin in TAGGED:
                mention = self._hashtag(mention, covered)
            if mention.label == "PERS" and not _strong(mention.entries):
                mention = self._first_names(mention, covered)
            out.append(mention)
        return out

    def _dotted(self, previous: Mention, mention: Mention) -> bool:
        """Fragments of a dotted acronym the model tagged apart: «سي» «.» «بي» «.» «إس»."""
        return (
            previous.origin in TAGGED
            and mention.origin in TAGGED
            and mention.first == previous.last + 1
            and self.acronym_dot(self.tokens[previous.last])
        )

    def _continues(self, previous: Mention, mention: Mention) -> bool:
        """Whether a person mention is the rest of the person mention just before it: next token, same line, no
        conjunction, not the same name again (a headline repeated as the first line)."""
        if previous.label != "PERS" or previous.last != mention.first:
            return False
        if mention.start != self.tokens[mention.first].start or "و" in self.tokens[mention.first].prefixes:
            return False
        if "\n" in self.doc.text[previous.end : mention.start]:
            return False
        if self._two_known_people(previous, mention):
            return False  # «واتهم بوتين أوباما»: the subject and the object, side by side
        return self.doc.text[previous.start : previous.end] != self.doc.text[mention.start : mention.end]

    def _two_known_people(self, previous: Mention, mention: Mention) -> bool:
        """Are both fragments people the knowledge base knows, and the two together nobody it knows?"""
        if not _names_a_person(previous.entries) or not _names_a_person(mention.entries):
            return False
        return not _names_a_person(self.window(previous.first, mention.last)[0])

    def _hashtag(self, mention: Mention, covered: Sequence[bool]) -> Mention:
        """«#عدنان_أوكتار»: words joined by underscores with no space are one name."""
        tokens = self.tokens
        last = mention.last
        while (
            last + 1 < len(tokens)
            and tokens[last].text == "_"
            and tokens[last].start == tokens[last - 1].end
            and tokens[last + 1].start == tokens[last].end
            and _is_word(tokens[last + 1])
            and not covered[last + 1]
        ):
            last += 2
        if last == mention.last:
            return mention
        return _remade(mention, last=last, end=tokens[last - 1].end)

    def _first_names(self, mention: Mention, covered: Sequence[bool]) -> Mention:
        first = mention.first
        start = mention.start
        while (
            first - 1 >= 0 and mention.first - first < 2 and not covered[first - 1] and self.is_person_word(first - 1)
        ):
            first -= 1
            head = self.tokens[first]
            letters = 0 if _owns_first_letter(head) else proclitic_letters(head)
            start = head.start + letters_offset(head.text, letters)
        return _remade(mention, first=first, start=start) if first != mention.first else mention

    def known_person_head(self, mention: Mention) -> Mention:
        """«كومي ضيفا», «فؤاد الزواري أورد»: a tagged person span that starts with a person the document names
        elsewhere — the surname of a full name, or a whole shorter name — and goes on with words no person name of
        the document has, ends where that person's name ends."""
        if mention.label != "PERS" or mention.origin != "ner" or mention.last - mention.first < 2:
            return mention
        words = self.name_words(mention)
        others = [m for m in self.given if m.label == "PERS" and (m.last <= mention.first or mention.last <= m.first)]
        names = [self.name_words(m) for m in others]
        keep = 1 if words[0] in self.tagged_surnames else 0
        for name in names:
            if len(words) > len(name) > max(keep, 1) and words[: len(name)] == name:
                keep = len(name)
        if not keep:
            return mention
        known = {w for name in names for w in name}
        rest = range(mention.first + keep, mention.last)
        if any(self.keys[i] in known or is_person_word(word_key(self.tokens[i])) for i in rest):
            return mention
        last = mention.first + keep
        return _remade(mention, last=last, end=self.tokens[last - 1].end)

    def unglue(self, mention: Mention, surnames: frozenset[str]) -> Mention:
        """«رودينكوبهذا»: a surname the document knows, run into a clitic and a function word, ends where it ends."""
        token = self.tokens[mention.last - 1]
        if token.kind != "word" or _strong(mention.entries):
            return mention
        cut = glued_name_length(token_key(token), surnames)
        if cut is None:
            return mention
        end = token.start + letters_offset(token.text, cut)
        if end <= mention.start:
            return mention
        return _remade(mention, end=end, entries=self.kb.lookup(self.doc.text[mention.start : end]))

    # ---- the whole document -------------------------------------------------------------------------------------
    def find(self) -> list[Mention]:
        tagged = [False] * len(self.tokens)
        for entity in self.doc.entities:
            first, last = self.token_range(entity.start, entity.end)
            for i in range(first, last):
                tagged[i] = True
        given = [m for m in (self.from_entity(e, tagged) for e in self.doc.entities) if m is not None]
        self.given = given
        self.tagged_surnames = self.surnames(given, common=True)
        pieces: list[Mention] = []
        for mention in given:
            pieces.extend(self.align(mention))
        pieces = self.people(pieces)
        pieces = [self.known_person_head(m) for m in pieces]
        surnames = self.surnames(pieces)
        repaired = [self.unglue(m, surnames) for m in pieces if not (m.origin == "ner" and self.drop(m, surnames))]
        chosen = resolve(repaired)
        for source in (self.scanned, self.bodies, self.named):
            chosen = resolve([*chosen, *source(chosen)])
        chosen = resolve([*chosen, *self.titled_names(chosen)])
        chosen = resolve([*chosen, *self.anchored_places(chosen)])
        chosen = resolve([*chosen, *self.aliases(chosen)])
        chosen = self.theatre_parties(chosen)
        return [m for m in self.people(chosen) if not self.counted_unit(m)]

    def theatre_parties(self, chosen: list[Mention]) -> list[Mention]:
        """«مقاتلات التحالف», «قوات المقاومة الشعبية» in an article about the war in Yemen: the bare names of a
        theatre's armed parties (rasd.actors.theatres), also where the tagger marked the bare word without knowing
        whom it names."""
        theatres = active_theatres([m.entries for m in chosen])
        if not theatres:
            return chosen
        open_words = theatre_names().open_words
        tokens = self.tokens
        found: list[Mention] = []
        replaced: set[int] = set()
        for index, token in enumerate(tokens):
            actor = next((a for t in theatres for a in t.actors if self.bares[index] in a.heads), None)
            if actor is None or not _definite(token):
                continue
            last = index + 1
            while last < len(tokens) and self.bares[last] in actor.adjectives and _definite(tokens[last]):
                last += 1
            if actor.needs_adjective and last == index + 1:
                continue
            if index > 0 and self.bares[index - 1] in actor.not_after:
                continue
            after = tokens[last] if last < len(tokens) else None
            if after is not None and after.text == "_":
                continue  # «#الميليشيات_الحوثية»: a hashtag, named whole as the model or the knowledge base reads it
            if (
                after is not None
                and last == index + 1  # after its own adjective, a definite word opens the next phrase
                and _definite(after)
                and after.prefixes[:1] not in (("و",), ("ف",))
                and self.bares[last] not in open_words
                and names_another(self.bares[last])
            ):
                continue  # «التحالف الدولي», «المقاومة الفلسطينية»: another coalition, another resistance
            present = [m for m in chosen if m.first < last and index < m.last]
            if any(
                m.first < index or m.last > last or actor.entry.cameo in {e.cameo for e in m.entries} for m in present
            ):
                continue  # inside a longer name, or already this party
            replaced.update(id(m) for m in present)
            # a gentilic of its own name («المقاومة اليمنية») goes with it, and still tells which country the
            # article is about (`link.focus_countries`)
            gentilics = tuple(e for m in present for e in m.entries[:1] if e.kind == "demonym")
            found.append(self.mention(index, last, "ORG", (actor.entry, *gentilics), "kb"))
        if not found:
            return chosen
        return resolve([*(m for m in chosen if id(m) not in replaced), *found])

    def counted_unit(self, mention: Mention) -> bool:
        """«92.69 بنس»: one word right after a figure is a unit, not the person the word also names."""
        return (
            mention.label == "PERS"
            and mention.last - mention.first == 1
            and mention.first > 0
            and self.tokens[mention.first - 1].kind == "number"
        )

    def surnames(self, mentions: Sequence[Mention], *, common: bool = False) -> frozenset[str]:
        """Surnames of the document's full person names (and of the knowledge-base people they link to); with
        `common`, also those that are common words or gentilics («مطرب», «السوداني»)."""
        words: set[str] = set()
        for mention in mentions:
            if mention.label != "PERS" or any(self.is_title_word(i) for i in range(mention.first, mention.last)):
                continue  # «ولي العهد السعودي» tagged as a person is a title, not a name
            names = [self.name_words(mention)]
            names += [name_key(e.name_ar).split() for e in mention.entries if e.kind == "person"]
            for parts in names:
                if len(parts) < 2 or not _distinctive(parts[-1], parts[-2], common=common):
                    continue
                if any(e.kind in ("country", "capital", "org") for e in self.kb.lookup_key(parts[-1])):
                    continue  # «كوهين إيران» run together by the model: a country is no surname
                words.add(parts[-1])
        return frozenset(words)

    def after_person_title(self, index: int) -> bool:
        term = term_ending_at(self.tokens, index - 1) if index > 0 else None
        return term is not None and term.kind == "person"

    def first_name_after_title(self, index: int) -> bool:
        """Whether an indefinite word right after a definite person title is a name: an adjective agrees with its
        noun in definiteness («المستشار التركي» is Turkish, «المستشار تركي آل الشيخ» is a man called Turki)."""
        if index == 0 or "ال" in self.tokens[index].prefixes or self.tokens[index].norm.startswith("ال"):
            return False
        title = self.tokens[index - 1]
        definite_title = "ال" in title.prefixes or title.norm.startswith("ال")
        # only a gentilic that is also a first name («تركي»): «المصور فرنسي» is a slip for «الفرنسي»
        return definite_title and self.after_person_title(index) and self.is_person_word(index)

    def definite_place_adjective(self, index: int) -> bool:
        """Whether the definite relational word at `index`, right after a definite place noun, is its adjective
        rather than a place it names: «الحدود الشرقية» (the eastern border) is not the governorate «الشرقية», which
        follows an indefinite head in the construct («محافظة الشرقية»)."""
        noun, word = self.tokens[index - 1], self.tokens[index]
        if not ("ال" in noun.prefixes or noun.norm.startswith("ال")):
            return False
        if not ("ال" in word.prefixes or word.norm.startswith("ال")):
            return False
        return devocalize(word.text).endswith(_RELATIONAL_ENDINGS)

    def bare_reference(self, index: int) -> bool:
        """Whether the word at `index` stands alone, not as an adjective of the noun before it: it follows
        punctuation, a function word or a verb of saying («إن السوداني», «وقال مطرب»), or starts the text."""
        before = index - 1
        while before >= 0 and self.tokens[before].text in QUOTES:
            before -= 1
        if before < 0:
            return True
        token = self.tokens[before]
        return token.kind == "punct" or is_function_word(word_key(token))

    def name_words(self, mention: Mention) -> list[str]:
        words = [t for t in self.tokens[mention.first : mention.last] if _is_word(t)]
        return [token_bare(words[0]), *(token_key(t) for t in words[1:])] if words else []

    def covered(self, mentions: Sequence[Mention]) -> list[bool]:
        covered = [False] * len(self.tokens)
        for mention in mentions:
            for i in range(mention.first, mention.last):
                covered[i] = True
        return covered

    def scanned(self, chosen: Sequence[Mention]) -> list[Mention]:
        """Knowledge-base names safe to find in plain text (one-word names on common words need a model's tag)."""

        def scannable(index: int, end: int, entries: tuple[KbEntry, ...]) -> tuple[KbEntry, ...]:
            found = tuple(e for e in entries if e.scannable)
            if found:
                found = self.quoted_org(index, end, found)
            if end - index == 1 and found:
                if self.homograph(index, found, tagged=False):
                    return ()
                if all(e.kind in ("capital", "place") for e in found) and self.after_person_title(index):
                    return ()  # «الأميرة فيكتوريا»: a person named like a city
                if all(e.kind == "demonym" for e in found) and self.first_name_after_title(index):
                    return ()  # «الأمير تركي»: a man named like a gentilic
                if all(e.kind == "place" for e in found) and self.common_place_word(index):
                    return ()  # «وأمور تتعلق»: a village's name on a word the news mostly uses otherwise
                if self.keys[index] in self.tagged_surnames and self.bare_reference(index):
                    return ()  # «وقال إن السوداني …» after «أبو خليل السوداني»: the man
            return found

        return self.longest_names(0, len(self.tokens), "kb", scannable)

    def longest_names(
        self,
        first: int,
        last: int,
        origin: str,
        keep: Callable[[int, int, tuple[KbEntry, ...]], tuple[KbEntry, ...]],
    ) -> list[Mention]:
        """Knowledge-base names in tokens[first:last], longest first, left to right; `keep` filters the entries a
        window names (none left: no name there)."""
        out: list[Mention] = []
        free = first  # the first token after the last name found
        starts = self.name_starts
        for index in [i for i in range(first, last) if starts[i]]:  # only these can start a window
            if index < free or not _is_word(self.tokens[index]):
                continue
            for end in range(self.reach(index, last), index, -1):
                entries, skip = self.window(index, end)
                entries = keep(index, end, entries) if entries else ()
                if entries:
                    found = self.mention(index, end, label_of(entries[0]), entries, origin, skip)
                    out.append(found)
                    free = found.last
                    break
        return out

    def bodies(self, chosen: Sequence[Mention]) -> list[Mention]:
        """State bodies named by a head word and the definite words after it: «وزارة الصحة», «بوزارة الأمن
        الداخلي» (a gentilic after them is a mention of its own)."""
        covered = self.covered(chosen)
        out = []
        for index in range(len(self.tokens)):
            last = self.body_end(index, covered)
            if last is not None:
                out.append(self.mention(index, last, "ORG", (), "body"))
        return out

    def body_end(self, index: int, covered: Sequence[bool] | None = None) -> int | None:
        """Where the state body named from tokens[index] («وزارة الأمن الداخلي») ends, if one starts there."""
        token = self.tokens[index]
        if (covered and covered[index]) or token.kind != "word" or self.bares[index] not in self.roles.named_body_heads:
            return None
        last = index + 1
        while last < len(self.tokens) and last - index <= 3 and not (covered and covered[last]):
            word = self.tokens[last]
            if word.kind != "word" or not word.norm.startswith("ال") or is_function_word(word_key(word)):
                break
            if any(e.kind == "demonym" for e in self.window(last, last + 1)[0]):
                break
            if last > index + 1 and not word.norm.endswith(("ي", "يه")):
                break  # after the ministry's noun only an adjective («الأمن الداخلي»), not an object («اللوم»)
            last += 1
        return last if last > index + 1 else None

    def named(self, chosen: Sequence[Mention]) -> list[Mention]:
        """The own name of an institution noun: quoted after it («منظمة "شربا"»), or one or two words between it and
        a gentilic («صحيفة الغد الأردنية»)."""
        covered = self.covered(chosen)
        tokens = self.tokens
        out = []
        for index, token in enumerate(tokens):
            if token.kind != "word" or self.bares[index] not in self.roles.name_heads:
                continue
            for first, last in self._name_after(index):
                quoted = tokens[first - 1].text in QUOTES
                if (quoted or not any(covered[first:last])) and all(_is_word(t) for t in tokens[first:last]):
                    # a quoted name is the institution's even where the gazetteer knows a place so named
                    # («جامعة "البوسفور"»)
                    entries = tuple(e for e in self.window(first, last)[0] if e.kind == "org")
                    out.append(self.mention(first, last, "ORG", entries, "quoted" if quoted else "named", 0))
        return out

    def _name_after(self, head: int) -> Iterator[tuple[int, int]]:
        tokens = self.tokens
        opening = head + 1
        if opening < len(tokens) and tokens[opening].text in QUOTES:
            close = opening + 1
            while close < len(tokens) and close - opening <= 5 and tokens[close].text not in QUOTES:
                close += 1
            if close < len(tokens) and tokens[close].text in QUOTES and close > opening + 1:
                yield opening + 1, close
            return
        for length in (1, 2):
            after = head + 1 + length
            if after < len(tokens) and any(e.kind == "demonym" for e in self.window(after, after + 1)[0]):
                words = range(head + 1, after)
                if all(
                    tokens[i].kind == "word"
                    and not self.is_title_word(i)
                    and not is_function_word(token_bare(tokens[i]))
                    for i in words
                ):
                    yield head + 1, after
                return

    def aliases(self, chosen: Sequence[Mention]) -> list[Mention]:
        """Other mentions of a person by the surname of a full name in the document: «ماي» beside «تيريزا ماي», and
        the same surname glued to a function word by a typo."""
        names = self.surnames(chosen, common=True)
        if not names:
            return []
        covered = self.covered(chosen)
        out = []
        for index, token in enumerate(self.tokens):
            if covered[index] or token.kind != "word":
                continue
            found = None
            for key, skip in self.forms[index]:
                if key in names and (not is_common_word(key) or self.bare_reference(index)):
                    found = self.mention(index, index + 1, "PERS", (), "alias", skip)
                    break
            if found is None:
                cut = glued_name_length(self.keys[index], names)
                if cut is not None:
                    found = _remade(
                        self.mention(index, index + 1, "PERS", (), "alias", 0),
                        end=token.start + letters_offset(token.text, cut),
                    )
            if found is not None:
                out.append(found)
        return out

    def titled_names(self, chosen: Sequence[Mention]) -> list[Mention]:
        """Names right after a specific title: «السفير الروسي في دوشنبه، إيغور لياكين فرولوف،» — a person title, a
        country or organisation in it, then 1–4 name-like words closed by punctuation or a function word. Where a
        model tagged the text, the name must also start with a known first name («الجاسوس الروسي السابق سيرغي
        سكريبال» that the model missed)."""
        covered: list[Mention | None] = [None] * len(self.tokens)
        for known in chosen:
            for i in range(known.first, known.last):
                covered[i] = known
        found: list[Mention] = []
        index = 0
        tokens = self.tokens
        while index < len(tokens):
            term = self.term_at(index) if covered[index] is None else None
            if term is None or term.kind != "person":
                index += 1
                continue
            cursor, specific = index + term.words, False
            while cursor < len(tokens):
                mention = covered[cursor]
                if mention is not None and mention.label in ("LOC", "ORG"):
                    specific, cursor = True, mention.last
                elif mention is None and self._title_word(cursor):
                    cursor += 1
                else:
                    break
            comma = cursor < len(tokens) and tokens[cursor].text in "،,"
            start = cursor + 1 if comma else cursor
            end = start
            while end < len(tokens) and end - start < 4 and covered[end] is None and self._name_like(end):
                end += 1
            closed = end < len(tokens) and (tokens[end].kind == "punct" or tokens[end].norm in self.roles.boundaries)
            if self.doc.entities and end > start and not self.first_name(start):
                closed = False  # a model read this text and tagged no name here: only a known first name overrides it
            if specific and end > start and closed:
                found.append(self.mention(start, end, "PERS", (), "title", 0))
                index = end
            else:
                index += 1
        return found

    def _title_word(self, index: int) -> bool:
        """A word that continues a title: a role term, «في»/«لدى» (the ambassador in…), a modifier («السابق»)."""
        bare = token_bare(self.tokens[index])
        return self.term_at(index) is not None or bare in ("في", "لدي") or bare in self.roles.modifiers

    def first_name(self, index: int) -> bool:
        """A first name: seen in person names, or the first word of a person in the knowledge base («سيرغي»)."""
        return self.is_person_word(index) or self.kb.is_first_name(self.keys[index])

    def _name_like(self, index: int) -> bool:
        token = self.tokens[index]
        if token.kind != "word" or token.prefixes or token.norm in self.roles.boundaries:
            return False
        if self.term_at(index) is not None:
            return False
        bare = token_bare(token)
        return not is_common_word(bare) and not bare.startswith("ال")

    def anchored_places(self, chosen: Sequence[Mention]) -> list[Mention]:
        """Gazetteer places named right after a place noun («مدينة بختار», «منطقة خاتلون»), and the places
        coordinated with them («مدينتي دوشنبه وبختار»)."""
        tokens = self.tokens
        taken = self.covered(chosen)
        found: list[Mention] = []
        index = 0
        while index < len(tokens):
            term = self.term_at(index)
            if term is None or term.kind != "place" or term.role in ("people", "countries"):
                index += 1
                continue
            cursor = index + term.words
            while cursor < len(tokens):
                if taken[cursor]:
                    # a place already known right after the noun: only a place coordinated with it may follow
                    while cursor < len(tokens) and taken[cursor]:
                        cursor += 1
                    if not (cursor < len(tokens) and tokens[cursor].norm.startswith("و")):
                        break
                    continue
                place = None
                for length in (3, 2, 1):
                    window = tokens[cursor : cursor + length]
                    if (
                        len(window) < length
                        or any(t.kind != "word" for t in window)
                        or any(taken[cursor : cursor + length])
                    ):
                        continue
                    entries, skip = self.window(cursor, cursor + length)
                    places = tuple(e for e in entries if e.kind in ("place", "capital", "region"))
                    coordinated = cursor > index + term.words  # «منطقة الخليج وأمور …»: only «و» links it to the noun
                    if length == 1 and not coordinated and self.definite_place_adjective(cursor):
                        continue
                    if places and not (
                        length == 1
                        and (
                            is_common_word(word_key(tokens[cursor]), ANCHORED_COMMON_MIN_SEEN)
                            or (coordinated and self.common_place_word(cursor))
                        )
                    ):
                        place = self.mention(cursor, cursor + length, "LOC", places, "place", skip)
                        break
                if place is None:
                    break
                found.append(place)
                cursor = place.last
                if not (cursor < len(tokens) and tokens[cursor].norm.startswith("و")):
                    break
            index = max(cursor, index + 1)
        return found


def relabel(label: str, entries: tuple[KbEntry, ...], words: int = 1) -> str:
    """The label a tagged span takes from the knowledge-base name it is: a country or people is a place, an
    organisation an organisation, a known person a person; a city or region never turns a person into a place, but
    a capital of several words that names nothing else is one («بيونغ يانغ», «كوالالمبور» written in two)."""
    kinds = {e.kind for e in entries}
    if kinds & {"country", "demonym"} or (words > 1 and kinds <= {"capital", "seat"}):
        return "LOC"
    agreed = _agreed_label(entries)
    if agreed is None or (label == "PERS" and agreed == "LOC"):
        return label
    return agreed


def _agreed_label(entries: tuple[KbEntry, ...]) -> str | None:
    """The label every strong entry agrees on (a place that is also a person's name agrees on nothing)."""
    labels = {label_of(e) for e in _strong(entries)}
    return labels.pop() if len(labels) == 1 else None


_COMPOUND_HEADS = frozenset({"عبد", "ابو", "بن", "ابن", "بنت", "ام", "ذو", "اب"})


def _distinctive(surname: str, before: str, *, common: bool = False) -> bool:
    """A surname that can stand for the person alone: not the second half of «عبد الله», «أبو بكر», and (unless
    `common`) not a common word."""
    if len(surname) < 3 or normalize(before) in _COMPOUND_HEADS or is_function_word(surname):
        return False
    return common or not is_common_word(surname)


def glued_name_length(key: str, names: frozenset[str]) -> int | None:
    """Letters of a known name at the start of `key` when the rest is a proclitic and a function word
    («رودينكوبهذا» = «رودينكو» + «ب» + «هذا»)."""
    for name in names:
        if len(key) <= len(name) + 1 or not key.startswith(name):
            continue
        rest = key[len(name) :]
        for clitic in ("", "و", "ف", "ب", "ل", "ك"):
            if rest.startswith(clitic) and is_function_word(rest[len(clitic) :]):
                return len(name)
    return None


def resolve(mentions: Sequence[Mention]) -> list[Mention]:
    """No two mentions overlap: the more trusted origin wins, then the longer one; the result is in text order."""
    # decorated with the position (no two alike, as a stable sort keeps ties): no key function called per mention
    ranked = sorted([(-PRIORITY.get(m.origin, 0), m.start - m.end, m.start, n, m) for n, m in enumerate(mentions)])
    chosen: list[Mention] = []  # kept in text order; being disjoint, their ends are in order too
    starts: list[int] = []
    for _, _, _, _, mention in ranked:
        index = bisect.bisect_left(starts, mention.start)
        before_ok = index == 0 or chosen[index - 1].end <= mention.start
        after_ok = index == len(chosen) or mention.end <= chosen[index].start
        if before_ok and after_ok:
            chosen.insert(index, mention)
            starts.insert(index, mention.start)
    return [m for _, _, _, m in sorted([(m.start, m.end, n, m) for n, m in enumerate(chosen)])]


def find_mentions(doc: Doc, tokens: tuple[Token, ...]) -> list[Mention]:
    return MentionFinder(doc, tokens).find()
