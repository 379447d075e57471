"""A read-only view of one document for the quotation finder: token classes, sentences, marks, entities, timexes.

Word classes are decided from the tokenizer's clitic analysis, the word lists in `data/quotes/words.json` and one
piece of corpus evidence: how often a word occurs with the definite article. Common nouns are seen with «ال»
(«التسجيل», «السلطات»), personal and foreign names almost never are («ترامب», «رودينكو»), so a word that is
neither listed nor seen with the article is read as a name. This is the fallback; entities from the `entities`
stage, when present, take precedence over it.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, cached_property
from typing import cast

from rasd.doc import Doc, Entity, Timex, Token
from rasd.quotes.lexicon import CueMatch, Lexicon, lexicon, strip_article
from rasd.quotes.marks import MarkSpan, find_mark_spans
from rasd.resources import load_json
from rasd.text.clitics import load_word_frequencies
from rasd.text.normalize import devocalize, normalize

TERMINAL = frozenset(".!?؟")
COMMAS = frozenset("،,؛;")
DASHES = frozenset("-–—")
NAME_PARTICLES = frozenset(
    normalize(w)
    for w in ("أبو", "أبي", "أبا", "عبد", "بن", "ابن", "بنت", "آل", "ولد", "أم", "ال", "دي", "فان", "فون", "دو", "لا")
)
DEMONSTRATIVES = frozenset(normalize(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هذان", "هاتان"))
_HOMOGRAPHS = {"علي": "علي", "امام": "إمام"}
QUANTIFIERS = frozenset(
    normalize(w) for w in ("أي", "كل", "جميع", "بعض", "كافة", "عدد", "معظم", "أغلب", "غالبية", "كلا", "كلتا")
)


@cache
def _places() -> frozenset[str]:
    data = load_json("quotes", "places.json")
    return frozenset(normalize(p) for p in (*data["countries"], *data["metonyms"]))


class View:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens: tuple[Token, ...] = doc.tokens
        self.lex: Lexicon = lexicon()
        self._freq = load_word_frequencies()
        n = len(self.tokens)
        self._lists: list[frozenset[str] | None] = [None] * n  # the word lists each token is in, read any way
        self._words = [t.kind in ("word", "latin") for t in self.tokens]
        self.sentence_of = [0] * n
        self.sentence_bounds: list[tuple[int, int]] = []
        for index, sentence in enumerate(doc.sentences):
            self.sentence_bounds.append((sentence.token_start, sentence.token_end))
            for t in range(sentence.token_start, min(sentence.token_end, n)):
                self.sentence_of[t] = index
        self.marks = find_mark_spans(self.text, self.tokens)
        self.mark_by_opener = {m.open_token: m for m in self.marks}
        self.mark_by_closer = {m.close_token: m for m in self.marks if m.close_token is not None}
        self.entity_at: list[Entity | None] = [None] * n
        self.timex_at: list[Timex | None] = [None] * n
        starts = [t.start for t in self.tokens]
        for entity in sorted(doc.entities, key=lambda e: e.end - e.start):
            self._cover(starts, entity.start, entity.end, self.entity_at, entity)
        for timex in sorted(doc.timexes, key=lambda t: t.end - t.start):
            self._cover(starts, timex.start, timex.end, self.timex_at, timex)
        self.heading = self._headings()
        self._name_like = [False] * n
        self._name_like_known = [False] * n
        # every rule asks for the cue of the tokens around it
        self._cue_at: list[CueMatch | None] = [None] * n
        self._cue_known = [False] * n
        self._function_at = [False] * n
        self._function_known = [False] * n

    def _cover(self, starts: list[int], start: int, end: int, table: list, record: object) -> None:  # type: ignore[type-arg]
        first = bisect_right(starts, start) - 1
        for t in range(max(first, 0), len(self.tokens)):
            token = self.tokens[t]
            if token.start >= end:
                break
            if token.end > start and table[t] is None:
                table[t] = record

    def _headings(self) -> list[bool]:
        """Tokens on heading-like lines: the title, and short lines without terminal punctuation (links, captions)."""
        flags = [False] * len(self.tokens)
        starts = [t.start for t in self.tokens]
        title = normalize(self.doc.title.strip()) if self.doc.title else None
        line_start = 0
        for line in self.text.split("\n"):
            line_end = line_start + len(line)
            stripped = line.strip()
            if stripped:
                ends_sentence = stripped[-1] in ".!?؟\"»”:'…"
                short = not ends_sentence and len(stripped.split()) <= 14
                if short or (title is not None and normalize(stripped) == title) or self._caption(stripped):
                    for index in range(bisect_right(starts, line_start - 1), bisect_right(starts, line_end - 1)):
                        flags[index] = True
            line_start = line_end + 1
        return flags

    def _caption(self, line: str) -> bool:
        """A photo caption: a line that opens with «صورة»/«Photo» or ends with a picture credit «(رويترز)»."""
        if len(line.split()) > 30:
            return False
        markers = self.lex.words["caption_markers"]
        first = normalize(line.split()[0].strip("(:"))
        if first in markers:
            return True
        if line.endswith(")") and "(" in line:
            credit = normalize(line[line.rindex("(") + 1 : -1].strip())
            return credit in markers or any(credit.startswith(m) for m in markers if len(m) > 3)
        return False

    # --- token access ---------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.tokens)

    def sentence_range(self, index: int) -> tuple[int, int]:
        return self.sentence_bounds[self.sentence_of[index]] if self.sentence_bounds else (0, len(self.tokens))

    def char(self, index: int) -> str:
        """The text of a one-character punctuation token, else ''."""
        token = self.tokens[index]
        return token.text if token.kind == "punct" and len(token.text) == 1 else ""

    def is_word(self, index: int) -> bool:
        return 0 <= index < len(self._words) and self._words[index]

    def is_terminal(self, index: int) -> bool:
        token = self.tokens[index]
        return token.kind == "punct" and all(c in TERMINAL for c in token.text)

    def line_break_between(self, left: int, right: int) -> bool:
        return self.text.find("\n", self.tokens[left].end, self.tokens[right].start) >= 0  # no slice made

    def cue(self, index: int) -> CueMatch | None:
        """The cue at a token (remembered per word form by the lexicon, and per token here)."""
        if self._cue_known[index]:
            return self._cue_at[index]
        found = self._cue_at[index] = self.lex.cue(self.tokens[index])
        self._cue_known[index] = True
        return found

    def norm(self, index: int) -> str:
        return self.tokens[index].norm

    def bare(self, index: int) -> str:
        """The word without proclitics or article (matching-normal form)."""
        token = self.tokens[index]
        return strip_article(token.stem or token.norm)

    def has(self, name: str, index: int) -> bool:
        if not 0 <= index < len(self._lists):
            return False
        if name not in self.lex.words:
            raise KeyError(name)
        lists = self._lists[index]
        if lists is None:
            lists = self._lists[index] = self.lex.memberships(self.tokens[index])[1]
        return name in lists

    def channel_relative(self, index: int) -> bool:
        """«في تصريحات نقلتها وكالة إرنا», «في مقابلة نشرتها صحيفة»: a verb with the channel as its object pronoun
        describes the channel; it is no statement of its own."""
        match = self.cue(index)
        if match is None or match.form.category != "verb" or not match.pronoun:
            return False
        return self.has("channel_nouns", index - 1)

    def word_is(self, index: int, *words: str) -> bool:
        return 0 <= index < len(self.tokens) and self.tokens[index].norm in {normalize(w) for w in words}

    # --- word classes ---------------------------------------------------------------------------------------------

    def prefixes(self, index: int) -> tuple[str, ...]:
        return self.tokens[index].prefixes

    def is_definite(self, index: int) -> bool:
        token = self.tokens[index]
        if token.kind != "word":
            return False
        if "ال" in token.prefixes:
            return True
        for article in ("وال", "بال", "فال", "لل", "ال"):
            if token.norm.startswith(article) and len(token.norm) > len(article) + 2:
                # the clitic analysis missed a rare word's article («الطاجيكي»), unless the letters belong to
                # the word itself («التزام», «التقى»): then nothing is attested without them
                rest = devocalize(token.text)[len(article) :]
                return self._freq.get(rest, 0) > 0 or self._freq.get(devocalize(token.text), 0) == 0
        return False

    def is_nisba(self, index: int) -> bool:
        """Relational adjectives such as «الروسي», «الأمريكية», «أمني»: part of a title, not a name."""
        stem = self.bare(index)
        return len(stem) >= 4 and stem.endswith(("ي", "يه", "يين", "يون", "يان", "يتين", "يات"))

    def article_ratio(self, index: int) -> tuple[int, int]:
        """(count with the article, count bare) of a word in the news corpus, without its proclitics.

        Only «و», «ب», «ل» and the article are stripped: a name the clitic analysis split on a look-alike letter
        («كلير» as ك + لير, «فغالي» as ف + غالي) is looked up whole. Pronoun suffixes are kept: names ending like
        one («طرفاني») are more frequent in a subject than nouns carrying a pronoun.
        """
        token = self.tokens[index]
        surface = devocalize(token.text)
        for prefix in token.prefixes:
            if prefix in ("و", "ب", "ل") and surface.startswith(prefix):
                surface = surface[1:]
            elif prefix != "ال":
                break
        if self.is_definite(index) and surface.startswith(("ال", "أل")) and len(surface) > 4:
            surface = surface[2:]
        freq = self._freq.get
        bare = freq(surface, 0)
        definite = freq("ال" + surface, 0)
        if token.text.endswith(("اً", "ًا")) and len(surface) > 3:  # accusative tanween alef: «خططاً»
            bare += freq(surface[:-1], 0)
            definite += freq("ال" + surface[:-1], 0)
        elif surface.endswith("ا") and len(surface) > 3 and not self.is_place(index):
            # the same alef written without its mark («وفدا»): counted when the noun without it is common
            stem_definite = freq("ال" + surface[:-1], 0) + freq("ال" + surface[1:-1], 0) * (surface[0] == "و")
            if stem_definite >= 20:
                definite += stem_definite
        return definite, bare

    def _surface(self, index: int) -> str:
        token = self.tokens[index]
        surface = devocalize(token.text)
        for prefix in token.prefixes:
            if prefix in ("و", "ف") and surface.startswith(prefix):
                surface = surface[1:]
            else:
                break
        return surface

    def is_verbal(self, index: int) -> bool:
        """A verb form not in the cue lexicon («نُشر», «يتم», «استولوا»): it conjugates in the corpus, names do not."""
        surface = self._surface(index)
        if len(surface) < 3 or self.is_definite(index):
            return False
        freq = self._freq.get
        if surface.endswith("وا") and len(surface) >= 4:
            return True
        if surface[0] in "يت" and freq("س" + surface, 0) >= 3:
            return True
        if surface[0] == "ي" and len(surface) >= 4 and freq("ت" + surface[1:], 0) >= 5:
            return True  # «يشتبه» beside «تشتبه»: a present tense
        if surface.endswith("ت") and len(surface) >= 4 and freq(surface[:-1] + "وا", 0) >= 3:
            return True  # a perfect 3rd feminine («وضعت»)
        if surface[0] in "اأ" and surface.endswith("ى") and len(surface) >= 4:
            return freq("ي" + surface[1:-1] + "ي", 0) >= 5  # «اكتفى» beside «يكتفي», «ادعى» beside «يدعي»
        if not 3 <= len(surface) <= 6:
            return False
        # a perfect verb conjugates («نشروا», «نشرت») and has a present («ينشر»); «سان» has only «سانت»
        present = freq("ي" + surface, 0) + freq("ت" + surface, 0)
        return freq(surface + "وا", 0) >= 5 or (freq(surface + "وا", 0) + freq(surface + "ت", 0) >= 5 and present >= 3)

    def is_common(self, index: int) -> bool:
        """A common noun or adjective: seen with the article in the corpus often enough."""
        definite, bare = self.article_ratio(index)
        # nouns in construct state («حقوق الإنسان») are often bare, names almost never take the article
        return (definite >= 8 and definite >= 0.05 * bare) or (definite >= 3 and definite >= 0.3 * bare)

    def is_function(self, index: int) -> bool:
        if self._function_known[index]:  # a negative index reads from the end, like the token it names
            return self._function_at[index]
        found = self._function_at[index] = self._is_function(index)
        self._function_known[index] = True
        return found

    def _is_function(self, index: int) -> bool:
        token = self.tokens[index]
        homograph = _HOMOGRAPHS.get(token.norm)
        if homograph is not None and homograph == devocalize(token.text):
            return False  # the name «علي» and the title «إمام», not «على» and «أمام» (same letters once normalised)
        core = token.stem if token.prefixes and token.prefixes[0] in ("و", "ف") else token.norm
        return (
            token.norm in DEMONSTRATIVES
            or core in DEMONSTRATIVES
            or token.norm in QUANTIFIERS
            or self.lex.has("function_words", token, article=False)
            or self.lex.has("relative_words", token, article=False)
            or self.lex.has("negations", token, article=False)
            or self.lex.is_complementizer(token)
            or self.lex.has("adjunct_preps", token, article=False)
        )

    def is_place(self, index: int) -> bool:
        """A country or capital name («السعودية», «والبحرين», «طهران»)."""
        if not self.is_word(index):
            return False
        norm = self.tokens[index].norm
        places = _places()
        return norm in places or (norm[:1] in ("و", "ب", "ل") and norm[1:] in places)

    def is_title(self, index: int) -> bool:
        return self.is_word(index) and self.has("person_titles", index)

    def is_head(self, index: int) -> bool:
        """A noun that can head a speaker phrase: a title or an institution, media, document or source word."""
        return self.is_word(index) and any(
            self.has(name, index)
            for name in ("person_titles", "institution_heads", "media_heads", "document_heads", "anonymous_heads")
        )

    def is_time(self, index: int) -> bool:
        token = self.tokens[index]
        if self.timex_at[index] is not None:
            return True
        if token.kind in ("number", "date", "time"):
            return True
        if token.kind != "word" or not self.lex.has("time_words", token):
            return False
        if token.norm in self.lex.words["time_names"] and index + 1 < len(self.tokens):
            following = index + 1  # «صباح البزوني» is a name, «صباح الخميس» a time
            return self.timex_at[following] is not None or self.lex.has("time_words", self.tokens[following])
        return True

    def is_common_whole(self, index: int) -> bool:
        """Is the word, read whole (its first letter not a clitic), a common word («وجود», «وصول», «وفدا»)?"""
        surface = devocalize(self.tokens[index].text)
        freq = self._freq.get
        definite = freq("ال" + surface, 0)
        if definite >= 8 and definite >= 0.05 * freq(surface, 0):
            return True
        # «وفدا» (a delegation) is seen whole far more often than «فدا» is seen at all
        return len(surface) > 3 and freq(surface, 0) >= 20 and freq(surface, 0) > 3 * freq(surface[1:], 0)

    def is_name_like(self, index: int) -> bool:
        """A word read as (part of) a proper name: not listed, not a function word, rarely seen with the article."""
        if not 0 <= index < len(self._name_like):
            return False  # not a word
        if self._name_like_known[index]:
            return self._name_like[index]
        found = self._name_like[index] = self._is_name_like(index)
        self._name_like_known[index] = True
        return found

    def _is_name_like(self, index: int) -> bool:
        if not self.is_word(index):
            return False
        token = self.tokens[index]
        if token.kind == "latin":
            return True
        entity = self.entity_at[index]
        if entity is not None and not (entity.label == "LOC" and self.is_definite(index)):
            return entity.label in ("PERS", "ORG", "LOC", "MISC")  # «الروسي», «الأكراد» stay nouns and adjectives
        facts = token.facts
        if facts is None:
            found = self._form_is_name_like(index)
        elif facts.name_like is None:
            facts.name_like = found = self._form_is_name_like(index)
        else:
            found = cast(bool, facts.name_like)
        return found and not self.is_time(index)  # the word's own answer first: it is remembered

    def _form_is_name_like(self, index: int) -> bool:
        """The part of `is_name_like` that depends on the word alone (remembered across documents)."""
        token = self.tokens[index]
        if self.is_definite(index) or self.is_function(index) or self.cue(index):
            return False
        if token.prefixes[:1] in (("ب",), ("ل",)) and token.stem in ("ه", "ها", "هم", "هما", "هن"):
            return False  # «بها», «لهم»: a preposition with a pronoun
        if self.is_head(index) or self.has("time_words", index):
            return False
        if len(token.norm) < 2:
            return False
        if token.suffixes and self._stem_is_common(index):
            return False  # «تأييده», «جانبها»: a noun with a pronoun
        return not self.is_common(index) and not self.is_verbal(index)

    def _stem_is_common(self, index: int) -> bool:
        token = self.tokens[index]
        stem = devocalize(token.text)
        for suffix in token.suffixes:
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
        for prefix in token.prefixes:
            if prefix in ("و", "ب", "ل", "ف") and stem.startswith(prefix):
                stem = stem[1:]
        if stem.endswith("ت"):
            stem = stem[:-1] + "ة"
        definite = self._freq.get("ال" + stem, 0)
        return definite >= 8 and definite >= 0.2 * self._freq.get(stem, 0)

    def is_family_name(self, index: int) -> bool:
        """An «ال» family name continuing a name («ناصر الجعفري»): nisba-shaped and rare without the article."""
        if not self.is_definite(index) or self.is_time(index) or self.is_head(index) or not self.is_nisba(index):
            return False
        if (
            index + 1 < len(self.tokens)
            and not self.line_break_between(index, index + 1)
            and self.is_name_like(index + 1)
        ):
            return False  # «روسيا الاتحادية أندريه …»: an adjective inside a title, the name comes after
        definite, bare = self.article_ratio(index)
        return bare <= 0.3 * max(definite, 1) and not self.is_function(index)

    @cached_property
    def paragraph_starts(self) -> list[int]:
        starts = [0]
        for index in range(1, len(self.tokens)):
            if self.line_break_between(index - 1, index):
                starts.append(index)
        return starts

    def paragraph_of(self, index: int) -> int:
        return bisect_right(self.paragraph_starts, index) - 1

    def span_text(self, first: int, last: int) -> str:
        """Original text of tokens[first:last]."""
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]

    def enclosing_marks(self, index: int) -> list[MarkSpan]:
        return [m for m in self.marks if m.contains_token(index)]
