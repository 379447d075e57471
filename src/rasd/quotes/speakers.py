"""Who said it: the speaker mention of each quotation, its fullest name in the article, entity, actor and type.

In order of the cues: an explicit subject is the mention; a cue without one («وأضاف أن», «مضيفا», «بالقول») takes
the speaker of the previous statement that agrees with the cue in gender and number (nested statements and
attributions to a medium do not take over the thread); a first-person cue inside a quotation is the quoted speaker.
A mention that is only a role («نائب وزير الخارجية الروسي», «الوزير», «الصحيفة», «المصدر») is linked to the earlier
(else later) speaker with the same role or head noun, and a surname to the fullest form of the name in the article.
Entities from the `entities`/`actors` stages, when present, give the cluster, the fullest mention and the CAMEO code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.actors.stage import cluster_actor
from rasd.caches import word_cache
from rasd.doc import Entity, Speaker
from rasd.quotes.finder import Candidate
from rasd.quotes.lexicon import strip_article
from rasd.quotes.phrase import Phrase, PhraseReader, is_name_particle
from rasd.quotes.view import View
from rasd.text.normalize import normalize

_CARRIERS = frozenset(normalize(w) for w in ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"))
_SENTENCE_OPENERS = frozenset(
    normalize(w) for w in ("من", "جهته", "جهتها", "جانبه", "جانبها", "و", "في", "المقابل", "بدوره", "بدورها")
)

# the normal form of the words of every name-like run in an article: the same names recur
_normal_word = lru_cache(maxsize=100_000)(normalize)
word_cache(_normal_word.cache_clear)


@dataclass(frozen=True, slots=True)
class _Link:
    cluster: str
    person: bool
    name: str
    actor: str | None
    label: str


@dataclass(slots=True)
class Resolved:
    speaker: Speaker
    feminine: bool | None
    number: str
    head: str  # bare head noun of the mention («وزير», «صحيفة»), '' for a bare name
    titles: frozenset[str]
    phrase: Phrase | None


class SpeakerResolver:
    def __init__(self, view: View) -> None:
        self.v = view
        self.reader = PhraseReader(view)
        self._names = self._article_names()

    def resolve(self, candidates: Sequence[Candidate]) -> list[Resolved | None]:
        order = sorted(range(len(candidates)), key=lambda n: (candidates[n].cue_first, candidates[n].start))
        for n, candidate in enumerate(candidates):
            candidate.enclosing = _enclosing(candidates, n)
        resolved: list[Resolved | None] = [None] * len(candidates)
        thread: list[int] = []  # statements that can hand their speaker on, in cue order
        for n in order:
            candidate = candidates[n]
            result = self._resolve_one(candidate, candidates, resolved, thread, n)
            resolved[n] = result
            if result is not None and candidate.enclosing is None and not self._beside_statement(candidate, candidates):
                thread.append(n)
        self._link_roles(candidates, resolved)
        return resolved

    # --- one quotation --------------------------------------------------------------------------------------------

    def _resolve_one(
        self, c: Candidate, candidates: Sequence[Candidate], resolved: list[Resolved | None], thread: list[int], n: int
    ) -> Resolved | None:
        feminine = c.form.feminine if c.form is not None else None
        number = c.form.number if c.form is not None else "singular"
        if c.mode == "explicit" and c.speaker is not None:
            return self._from_phrase(c.speaker, feminine, number)
        if c.mode == "enclosing" and c.enclosing is not None and resolved[c.enclosing] is not None:
            return resolved[c.enclosing]
        if c.mode == "sentence" and self._after_verb(c):
            carried = self._carry(c, candidates, resolved, thread, feminine, number)
            if carried is not None:
                return carried  # «اكتفى بالقول …»: the verb before the cue has no subject of its own
        if c.mode == "sentence" or (c.mode == "carry" and self._mid_sentence(c)):
            same = self._sentence_subject(c, candidates, resolved, n)
            if same is not None:
                return same
        carried = self._carry(c, candidates, resolved, thread, feminine, number)
        if carried is None and c.form is None:
            return self._topic_person(c.start)  # a list of sayings opened by «… هذه بعض منها:»
        if carried is None and c.notes.get("honorific"):
            return self._last_person(c.cue_first)
        return carried or self._sentence_subject(c, candidates, resolved, n)

    def _last_person(self, before: int) -> Resolved | None:
        """The person named last before a token («استقبل وزير الصحة خالد الفالح … وأوضح معاليه أن …»)."""
        v = self.v
        for k in range(before - 1, max(before - 200, 0) - 1, -1):
            entity = v.entity_at[k]
            if entity is not None and entity.label == "PERS":
                start = k
                while start > 0 and (
                    v.entity_at[start - 1] is entity or v.is_title(start - 1) or v.is_nisba(start - 1)
                ):
                    start -= 1
                phrase = self.reader.read(start, k + 1)
                if phrase is not None and phrase.name is not None:
                    return self._from_phrase(phrase, None, "singular")
            if v.is_title(k) and not v.is_title(k - 1) if k > 0 else v.is_title(k):
                phrase = self.reader.read(k, before)
                if phrase is not None and phrase.name is not None and phrase.last <= before:
                    return self._from_phrase(phrase, None, "singular")
        return None

    def _after_verb(self, c: Candidate) -> bool:
        """Does the cue follow a verb directly, with no subject between («اكتفى بالقول», «ردت قائلة»)?"""
        v = self.v
        k = c.cue_first - 1
        return k >= 0 and v.is_word(k) and (v.is_verbal(k) or v.cue(k) is not None) and not v.is_name_like(k)

    def _mid_sentence(self, c: Candidate) -> bool:
        """A cue joined by «و» after a clause of the same sentence («الصحيفة وضعت … وكتبت إنه»)."""
        v = self.v
        first, _ = v.sentence_range(c.cue_first)
        words = sum(1 for k in range(first, c.cue_first) if v.is_word(k))
        carrier = c.cue_first > 0 and v.norm(c.cue_first - 1) in _CARRIERS
        joined = v.tokens[c.cue_first].prefixes[:1] in (("و",), ("ف",))  # «… وكتبت», «وسئل بومبيو …، فأكد»
        return words >= 3 and (joined or carrier)

    def _beside_statement(self, c: Candidate, candidates: Sequence[Candidate]) -> bool:
        """An attribution in a sentence that has its own reported statement does not take over the thread."""
        if not c.attribution:
            return False
        sentence = self.v.sentence_of[c.cue_first]
        return any(not other.attribution and self.v.sentence_of[other.cue_first] == sentence for other in candidates)

    def _carry(
        self,
        c: Candidate,
        candidates: Sequence[Candidate],
        resolved: list[Resolved | None],
        thread: list[int],
        feminine: bool | None,
        number: str,
    ) -> Resolved | None:
        """The speaker of the latest earlier statement agreeing with the cue in gender and number."""
        earlier = [m for m in thread if candidates[m].cue_first < c.cue_first or candidates[m].start < c.start]
        for m in reversed(earlier[-8:]):
            other = resolved[m]
            if other is None:
                continue
            person = other.speaker.type in ("person", "anonymous")
            if person and feminine is not None and other.feminine is not None and feminine != other.feminine:
                continue
            if number != "singular" and other.number == "singular" and other.speaker.type == "person":
                continue
            if number == "singular" and other.number == "plural" and other.speaker.type == "person":
                continue
            return other
        return None

    def _sentence_subject(
        self,
        c: Candidate,
        candidates: Sequence[Candidate],
        resolved: list[Resolved | None],
        n: int,
    ) -> Resolved | None:
        """The subject of the sentence a participle or «بالقول» hangs on."""
        v = self.v
        first, _ = v.sentence_range(c.cue_first)
        feminine = c.form.feminine if c.form is not None else None
        same_sentence = [
            m
            for m, other in enumerate(candidates)
            if m != n
            and resolved[m] is not None
            and (not other.attribution or other.form is not None)
            and first <= other.cue_first < c.cue_first
            and v.sentence_of[other.cue_first] == v.sentence_of[c.cue_first]
        ]
        for m in sorted(same_sentence, key=lambda m: -candidates[m].cue_first):
            other_feminine = resolved[m].feminine  # type: ignore[union-attr]
            if feminine is None or other_feminine is None or feminine == other_feminine:
                return resolved[m]  # «… أبلغته أن …، وأوصت»: the nearest statement of the sentence that agrees
        k = first
        while k < c.cue_first and (not v.is_word(k) or v.norm(k) in _SENTENCE_OPENERS):
            k += 1
        if k >= c.cue_first:
            return None
        # «ووضعت هذه المنظمة … متهمة»: the subject after a sentence-initial verb; «الصحيفة وضعت …»: the first phrase
        verb_first = v.is_verbal(k) or v.cue(k) is not None or (v.tokens[k].prefixes[:1] == ("و",) and not v.is_head(k))
        at_start = None if verb_first else self.reader.read(k, c.cue_first)
        if (
            at_start is not None
            and (at_start.size > 1 or v.is_head(k) or v.is_place(k))
            and self._speaker_like(at_start)
        ):
            return self._from_phrase(at_start, None, "singular")
        # the first word is a verb: «واستقالت بعد أيام رئيسة اللجنة ليلى حسن وقالت …»
        after_verb = self.reader.skip_adjuncts(k + 1, c.cue_first)
        phrase = self.reader.read(after_verb, c.cue_first)
        if phrase is not None and self._speaker_like(phrase):
            return self._from_phrase(phrase, None, "singular")
        if at_start is not None and self._speaker_like(at_start):
            return self._from_phrase(at_start, None, "singular")
        for k in range(first, c.cue_first):
            entity = v.entity_at[k]
            if entity is not None and entity.label in ("PERS", "ORG"):
                phrase = self.reader.read(k, c.cue_first)
                if phrase is not None:
                    return self._from_phrase(phrase, None, "singular")
        return None

    def _topic_person(self, before: int) -> Resolved | None:
        """The person the article names most often before a position: whom a bare list of quotations is from."""
        v = self.v
        counts: dict[str, int] = {}
        last_seen: dict[str, int] = {}
        for k in range(len(v)):
            if v.tokens[k].start >= before:
                break
            key = normalize(v.tokens[k].text)
            if key in self._names:
                counts[key] = counts.get(key, 0) + 1
                last_seen[key] = k
        if not counts:
            return None
        best = max(counts, key=lambda key: (counts[key], last_seen[key]))
        k = last_seen[best]
        first = k
        while first > 0 and v.is_word(first - 1) and (v.is_name_like(first - 1) or is_name_particle(v, first - 1)):
            first -= 1
        return self._from_phrase(Phrase(first, k + 1, (first, k + 1), False), None, "singular")

    def _speaker_like(self, phrase: Phrase) -> bool:
        v = self.v
        if phrase.name is not None or phrase.has_title:
            return True
        return any(
            v.is_head(k) or v.is_place(k) or v.entity_at[k] is not None for k in range(phrase.first, phrase.last)
        )

    # --- a mention ------------------------------------------------------------------------------------------------

    def _from_phrase(self, phrase: Phrase, feminine: bool | None, number: str) -> Resolved:
        v = self.v
        first = phrase.first
        start = v.tokens[first].start
        token = v.tokens[first]
        skip = sum(len(p) for p in token.prefixes if p in ("و", "ف", "ل", "ب"))
        if (skip and not v.is_name_like(first)) or token.prefixes[:1] in (("ل",), ("ب",)):
            start += min(skip, len(token.text) - 1)
        end = v.tokens[phrase.last - 1].end
        text = v.text[start:end]
        text = text.lstrip("#_").strip()
        start = end - len(text)
        while end > start and v.text[end - 1] in "،,":
            end -= 1
        text = v.text[start:end]
        link = self._link(phrase)
        head_index = self._head(phrase)
        head = strip_article(v.bare(head_index)) if head_index is not None else ""
        titles = frozenset(strip_article(v.bare(t)) for t in range(phrase.first, phrase.last) if v.is_title(t))
        name = self._name(phrase)
        if link is not None and link.name:
            name = self._fuller(link.name, name) if link.person else link.name
        kind = self._type(phrase, link, head_index, text)
        speaker = Speaker(
            start=start,
            end=end,
            text=text,
            name=name,
            entity=link.cluster if link is not None else None,
            actor=link.actor if link is not None else self._modifier_actor(phrase),
            type=kind,
        )
        return Resolved(speaker, feminine, _phrase_number(v, phrase, number), head, titles, phrase)

    def _fuller(self, cluster_name: str, read_name: str) -> str:
        """The cluster's name, or a fuller form of it read in the text («أندريه رودينكو» for a cluster «رودينكو»)."""
        words = cluster_name.split()
        if not words:
            return read_name
        last = normalize(words[-1])
        candidates = [cluster_name, read_name]
        known = self._names.get(last)
        if known is not None:
            candidates.append(known[1])
        fitting = [c for c in candidates if c.split() and normalize(c.split()[-1]) == last]
        return max(fitting, key=lambda c: len(c.split())) if fitting else cluster_name

    def _link(self, phrase: Phrase) -> _Link | None:
        """The entity cluster the phrase names, from the `entities`/`actors` stages.

        A cluster with a person in it wins (the actors stage also puts a title's nationality adjective, «نائب وزير
        الخارجية الروسي», in the person's cluster); then an organisation; then a place that is the whole phrase
        (a country speaking for its government). An adjective inside a body's name («وزارة الخارجية الروسية») names
        no cluster of its own.
        """
        v = self.v
        entities: list[Entity] = []
        for k in range(phrase.first, phrase.last):
            entity = v.entity_at[k]
            if entity is not None and entity not in entities:
                entities.append(entity)
        if not entities:
            return None
        named = [v.entity_at[k] for k in range(*phrase.name)] if phrase.name is not None else []
        for entity in [*(e for e in named if e is not None), *reversed(entities)]:
            members = self._members(entity)
            persons = [e for e in members if e.label == "PERS"]
            if persons:
                return self._make_link(entity, persons)
        if phrase.has_title:
            return None  # «السفيرة البريطانية لدى الأمم المتحدة»: a person named by a title, the body only qualifies it
        for entity in entities:
            if entity.label == "ORG":
                return self._make_link(entity, [e for e in self._members(entity) if e.label == "ORG"])
        words = [k for k in range(phrase.first, phrase.last) if v.is_word(k)]
        if all(v.entity_at[k] is entities[0] for k in words):
            return self._make_link(entities[0], self._members(entities[0]))
        return None

    def _members(self, entity: Entity) -> list[Entity]:
        cluster = entity.cluster or entity.id
        return [e for e in self.v.doc.entities if (e.cluster or e.id) == cluster] or [entity]

    def _make_link(self, entity: Entity, members: list[Entity]) -> _Link:
        cluster = entity.cluster or entity.id
        best = max(members or [entity], key=lambda e: (len(e.text.split()), len(e.text)))
        actor = cluster_actor(self.v.doc, cluster) if entity.cluster else entity.actor
        code = actor.cameo if actor is not None else None
        return _Link(cluster, best.label == "PERS", _clean(best.text), code, best.label)

    def _modifier_actor(self, phrase: Phrase) -> str | None:
        """«وزارة الخارجية الروسية»: the actor code the actors stage gave a body's adjective (RUSGOV), if any."""
        v = self.v
        for k in range(phrase.first, phrase.last):
            entity = v.entity_at[k]
            if entity is not None and entity.actor is not None and entity.actor.cameo and entity.actor.sector:
                return entity.actor.cameo
        return None

    def _head(self, phrase: Phrase) -> int | None:
        v = self.v
        for k in range(phrase.first, phrase.last):
            if v.is_word(k) and not v.is_function(k):
                return k
        return None

    def _name(self, phrase: Phrase) -> str:
        v = self.v
        if phrase.name is not None:
            first, last = phrase.name
            # «الأمين العام للأمم المتحدة أنطونيو غوتيريش»: a body or place that opens the name is the title's
            while first < last - 1 and (entity := v.entity_at[first]) is not None and entity.label != "PERS":
                after = first + 1
                while after < last and v.entity_at[after] is entity:
                    after += 1
                if after >= last:
                    break
                first = after
            words = tuple(normalize(v.tokens[k].text) for k in range(first, last) if v.is_word(k))
            if words:
                fullest = self._names.get(words[-1])
                if fullest is not None and len(fullest[0]) > len(words):
                    return fullest[1]
            return v.span_text(first, last).replace("_", " ").lstrip("#")
        return _clean(v.span_text(phrase.first, phrase.last))

    def _type(self, phrase: Phrase, link: _Link | None, head: int | None, text: str) -> str:
        v = self.v
        norm_text = normalize(text)
        media = v.lex.media_keys  # a name that is the whole text or one of its words
        if norm_text in media or not media.isdisjoint(norm_text.split(" ")):
            return "media"
        if head is not None:
            if v.has("media_heads", head):
                return "media"
            if v.has("document_heads", head) and not phrase.has_title:
                return "document"
            if v.has("anonymous_heads", head) and not v.is_definite(head) and phrase.name is None:
                return "anonymous"
        if link is not None:
            if link.person:
                return "person"
            if link.actor and link.actor.endswith("MED"):
                return "media"
            return "institution"
        if all(v.is_place(k) or not v.is_word(k) for k in range(phrase.first, phrase.last)):
            return "institution"  # a country or capital speaking for its government
        if head is not None and v.has("institution_heads", head) and not phrase.has_title:
            return "institution"  # «"جمعية الأطفال حديثي الولادة"», «منظمة "شربا"»
        if phrase.name is not None or phrase.has_title:
            return "person"
        return "institution"

    def _article_names(self) -> dict[str, tuple[tuple[str, ...], str]]:
        """For each name-final word, the longest personal name in the article that ends with it."""
        v = self.v
        names: dict[str, tuple[tuple[str, ...], str]] = {}
        for entity in v.doc.entities:
            if entity.label == "PERS":
                words = tuple(normalize(w) for w in entity.text.split())
                if words and len(words) > len(names.get(words[-1], ((), ""))[0]):
                    names[words[-1]] = (words, entity.text)
        for k in range(len(v)):
            if not v.is_name_like(k) or v.is_title(k):
                continue
            if (
                k + 1 < len(v)
                and (v.is_name_like(k + 1) or is_name_particle(v, k + 1))
                and not v.line_break_between(k, k + 1)
            ):
                continue  # not the last word of a name
            first = k
            while first > 0 and not v.line_break_between(first - 1, first):
                prev = first - 1
                if v.char(prev) in ("_", "-") and prev > 0 and v.is_name_like(prev - 1):
                    first = prev - 1
                    continue
                other = v.entity_at[prev]
                if other is not None and other.label != "PERS" and other is not v.entity_at[k]:
                    break  # «للأمم المتحدة أنطونيو غوتيريش»: the body before the name belongs to the title
                if (v.is_name_like(prev) and not v.is_title(prev)) or is_name_particle(v, prev):
                    first = prev
                    continue
                break
            while first < k and is_name_particle(v, first) and v.norm(first) not in ("ابو", "عبد", "ال", "آل"):
                first += 1
            words = tuple(_normal_word(v.tokens[t].text) for t in range(first, k + 1) if v.is_word(t))
            if len(words) >= 2 and len(words) <= 5 and len(words) > len(names.get(words[-1], ((), ""))[0]):
                names[words[-1]] = (words, v.span_text(first, k + 1).replace("_", " "))
        return names

    # --- roles and descriptors ------------------------------------------------------------------------------------

    def _link_roles(self, candidates: Sequence[Candidate], resolved: list[Resolved | None]) -> None:
        """«نائب وزير الخارجية الروسي», «الصحيفة», «المصدر»: the same speaker named more fully elsewhere."""
        v = self.v
        order = sorted(range(len(candidates)), key=lambda n: candidates[n].cue_first)
        for position, n in enumerate(order):
            mine = resolved[n]
            if mine is None or mine.phrase is None or mine.phrase.name is not None or mine.speaker.entity:
                continue
            phrase = mine.phrase
            definite_head = phrase.size <= 3 and v.is_definite(phrase.first)
            if not (mine.titles or definite_head):
                continue
            before = [m for m in reversed(order[:position])]
            after = order[position + 1 :]
            for m in [*before, *after]:
                other = resolved[m]
                if other is None or other is mine or other.phrase is None:
                    continue
                if mine.titles and other.phrase.name is not None and self._same_role(mine, other):
                    resolved[n] = _relinked(mine, other)
                    break
                if definite_head and mine.head and other.head == mine.head and not mine.titles:
                    resolved[n] = _relinked(mine, other)
                    break

    @staticmethod
    def _same_role(mine: Resolved, other: Resolved) -> bool:
        """Every title word of the bare role («نائب», «وزير») is in the other speaker's title."""
        return bool(mine.titles) and mine.titles <= other.titles


def _relinked(mine: Resolved, other: Resolved) -> Resolved:
    speaker = Speaker(
        start=mine.speaker.start,
        end=mine.speaker.end,
        text=mine.speaker.text,
        name=other.speaker.name,
        entity=other.speaker.entity,
        actor=other.speaker.actor,
        type=other.speaker.type,
    )
    return Resolved(
        speaker,
        mine.feminine if mine.feminine is not None else other.feminine,
        mine.number,
        mine.head,
        mine.titles,
        mine.phrase,
    )


def _phrase_number(v: View, phrase: Phrase, verb_number: str) -> str:
    """Dual or plural when the phrase says so («الوزيران», «زعماء الدول», «بوريس جونسون، وبيني موردونت»).

    A verb before its subject stays singular in Arabic («وأشار الوزيران»), so the phrase is the better witness.
    """
    if verb_number != "singular":
        return verb_number
    head = v.bare(phrase.first)
    if v.has("person_heads_plural", phrase.first) or (v.is_title(phrase.first) and head.endswith(("ان", "ين", "ون"))):
        return "plural"
    if any(v.tokens[k].prefixes[:1] == ("و",) and v.is_name_like(k) for k in range(phrase.first + 1, phrase.last)):
        return "plural"
    return "singular"


def _enclosing(candidates: Sequence[Candidate], n: int) -> int | None:
    """The innermost other quotation whose content holds this one's cue."""
    me = candidates[n]
    best: int | None = None
    for m, other in enumerate(candidates):
        if m == n:
            continue
        holds = other.content_first <= me.cue_first < other.content_last and (other.start, other.end) != (
            me.start,
            me.end,
        )
        if holds and (best is None or candidates[best].end - candidates[best].start > other.end - other.start):
            best = m
    return best


def _clean(text: str) -> str:
    text = text.replace("_", " ").lstrip("#").strip()
    for quote in "\"«»“”'":
        text = text.replace(quote, "")
    return " ".join(text.split()).strip(" ،,")
