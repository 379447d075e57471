"""Find quotations: every cue is read with the frame its lemma allows, left to right, nested quotations included.

A cue is a reporting verb («قال», «وأضافت»), an adverbial participle («مضيفا»), a verbal noun («قوله», «تصريح …
بأن») or an attribution phrase («بحسب», «وفقا لـ», «نقلا عن», «كما قال», «وهو ما تنفيه»). For verbs the subject is
read after the verb (or before it: «الرئيس ترامب قال»), then adjuncts (time, channel, addressee) are skipped until
the complement: a complementiser (indirect), quotation marks or a colon (direct), a preposition the lemma takes
(«دعا … إلى», «حذر من», «طالب … بـ») or, for some lemmas, a plain object. The reported content runs to the end of
the reported clause: the sentence end, or a comma before a new cue, an attribution phrase or a clause connector
(«، وذلك», «، في حين»), with quotation marks followed wherever they close. Attribution phrases take the clause before
them as content (or after them when they open the sentence). Cues found inside a content are read too, so a
statement nested in a quotation is a quotation of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rasd.quotes.lexicon import CueForm
from rasd.quotes.marks import QUOTE_CHARS, MarkSpan
from rasd.quotes.phrase import SAYING, Phrase, PhraseReader, is_accusative
from rasd.quotes.view import COMMAS, DASHES, DEMONSTRATIVES, View
from rasd.text.normalize import normalize

Kind = Literal["direct", "indirect", "mixed"]
SpeakerMode = Literal["explicit", "carry", "sentence", "enclosing"]

_WINDOW = 48  # tokens searched after a cue for its complement
_CONNECTORS = frozenset(
    normalize(w) for w in ("و", "ف", "ثم", "لكن", "ولكن", "كما", "بينما", "فيما", "إذ", "حيث", "بل")
)
_AUXILIARIES = frozenset(
    normalize(w) for w in ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "ظل", "ظلت", "لايزال", "مازال")
)
_SOURCE_PREP = normalize("عن")
_RELAYS = frozenset({"نقل"})
_RELAYING_PHRASES = frozenset({"بحسب", "وفقا ل", "نقلا عن"})
_BUT = frozenset(normalize(w) for w in ("ولكن", "لكن"))
_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"))
_PRONOUN_CARRIERS = frozenset(
    normalize(w)
    for w in ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم", "إنه", "إنها", "أنه", "أنها", "لأنه", "لأنها")
)
_STATING = frozenset({"نصّ", "أفاد", "ذكر", "أعلن", "كشف"})
_BEFORE_VERB = frozenset(normalize(w) for w in ("قد", "لقد", "وقد", "فقد", "أيضا", "بدوره", "بدورها", "بدورهم"))
_PREPOSITIONS = frozenset(
    normalize(w)
    for w in (
        "من",
        "في",
        "على",
        "عن",
        "إلى",
        "مع",
        "ب",
        "ل",
        "منذ",
        "حتى",
        "عند",
        "لدى",
        "بعد",
        "قبل",
        "خلال",
        "بين",
        "حول",
        "ضد",
        "وفق",
        "حسب",
        "بحسب",
    )
)
_NARRATOR_OPENERS = (
    ("يذكر", "ان"),
    ("ويذكر", "ان"),
    ("هذا", "ويذكر", "ان"),
    ("يشار", "الي", "ان"),
    ("ويشار", "الي", "ان"),
)


@dataclass(slots=True, init=False)
class Candidate:
    cue_first: int
    cue_last: int  # one past
    lemma: str
    kind: Kind
    content_first: int  # token range of the content
    content_last: int
    start: int  # character offsets of the content
    end: int
    speaker: Phrase | None
    mode: SpeakerMode
    form: CueForm | None
    region: tuple[int, int]  # tokens around the cue where channel and date are read (outside the content)
    tail: tuple[int, int] = (0, 0)
    source_of: int | None = None  # «نقلت الوكالة عن فورار قوله»: token where the quoted source phrase starts
    continuation: bool = False
    pronoun: bool = False
    attribution: bool = False
    enclosing: int | None = None  # index of the candidate whose content holds this one
    notes: dict[str, object] = field(default_factory=dict)

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        cue_first: int,
        cue_last: int,
        lemma: str,
        kind: Kind,
        content_first: int,
        content_last: int,
        start: int,
        end: int,
        speaker: Phrase | None,
        mode: SpeakerMode,
        form: CueForm | None,
        region: tuple[int, int],
        tail: tuple[int, int] = (0, 0),
        source_of: int | None = None,
        continuation: bool = False,
        pronoun: bool = False,
        attribution: bool = False,
        enclosing: int | None = None,
        notes: dict[str, object] | None = None,
    ) -> None:
        self.cue_first = cue_first
        self.cue_last = cue_last
        self.lemma = lemma
        self.kind = kind
        self.content_first = content_first
        self.content_last = content_last
        self.start = start
        self.end = end
        self.speaker = speaker
        self.mode = mode
        self.form = form
        self.region = region
        self.tail = tail
        self.source_of = source_of
        self.continuation = continuation
        self.pronoun = pronoun
        self.attribution = attribution
        self.enclosing = enclosing
        self.notes = {} if notes is None else notes


class Finder:
    def __init__(self, view: View) -> None:
        self.v = view
        self.reader = PhraseReader(view)
        self.lex = view.lex

    # --- driver ---------------------------------------------------------------------------------------------------

    def find(self) -> list[Candidate]:
        v = self.v
        found: list[Candidate] = []
        n = len(v)
        blocked = [False] * n  # between a cue and its content: no new cue starts there
        spoken = [False] * n  # inside a speaker phrase: nothing starts there
        for i in range(n):
            if v.heading[i] or not v.is_word(i) or spoken[i]:
                continue
            # «وقال بوتين في الفيلم، بحسب تقرير وكالة رويترز: "…"»: the medium's report is a statement too
            candidate = self._attribution(i, relayed_only=blocked[i]) or (None if blocked[i] else self._cue(i))
            if candidate is None:
                continue
            coordinated = v.cue(i) is not None and v.cue(i).prefixes[:1] == ("و",)  # type: ignore[union-attr]
            if (
                candidate.mode in ("carry", "sentence")
                and not coordinated
                and any(c.content_first <= i < c.content_last for c in found if not c.attribution)
            ):
                continue  # «قالت إنها لا تعتقد أن …»: a cue inside a content without a subject of its own
            found.append(candidate)
            block_end = candidate.region[1] if not candidate.attribution else candidate.cue_last
            for k in range(max(candidate.cue_first, 0), min(block_end, n)):
                blocked[k] = True
            if candidate.speaker is not None:
                for k in range(max(candidate.speaker.first, 0), min(candidate.speaker.last, n)):
                    spoken[k] = True
        found.extend(self._standalone_quotes(found))
        return _dedupe(found)

    # --- verbs, participles, verbal nouns -------------------------------------------------------------------------

    def _cue(self, i: int) -> Candidate | None:
        v = self.v
        match = v.cue(i)
        if match is None:
            special = self._ja_fi(i)
            return special
        form = match.form
        if v.is_definite(i) and (form.category != "masdar" or form.lemma not in SAYING):
            return None  # only «بالقول» of the definite verbal nouns introduces speech
        after_preposition = i > 0 and (v.norm(i - 1) in _PREPOSITIONS or v.has("adjunct_preps", i - 1))
        if form.category == "masdar":
            return self._masdar(i, form, match.pronoun)
        if v.channel_relative(i):
            return None
        if after_preposition:
            return None  # «بعد إدانته», «منذ كشف»: a verbal noun after a preposition, not a verb
        if form.category == "participle":
            # an adverbial participle follows a complete clause: «…، مضيفا», «…" مضيفا», «وأوضح ترامب قائلا»
            if not (v.char(i - 1) or form.lemma in SAYING or match.prefixes == ("و",)):
                return None
            return self._complement(i, i + 1, form, None, "sentence", pronoun=False)
        return self._verb(i, form, match.pronoun)

    def _verb(self, i: int, form: CueForm, pronoun: bool, *, strict: bool = False) -> Candidate | None:
        v = self.v
        limit = self._limit(i)
        j = self._skip_light(i + 1, limit)
        if self._impersonal(i, j, form):
            return None
        # A noun phrase opening the clause right before the verb is its subject («الرئيس ترامب قال»,
        # «إن الرئيس دونالد ترامب يحمل روسيا …»); the noun after the verb is then its object.
        subject = self._preverbal(i, form)
        pronominal = i > 0 and v.norm(i - 1) in _PRONOUN_CARRIERS  # «ولكنه استبعد …»: the subject is the pronoun
        honorific = j < limit and v.has("honorific_pronouns", j)
        if honorific:
            pronominal, j = True, j + 1  # «وأوضح معاليه أن …»: «his excellency», the person last named
        if subject is None and not pronominal and j < limit and not self._starts_complement(j, form):
            stops = (*form.preps, _SOURCE_PREP) if form.lemma in _RELAYS else form.preps
            subject = self.reader.read(j, limit, stops=stops)  # «نقلت الوكالة | عن …»
            if subject is not None and not self._plausible_subject(subject):
                subject = None
            if subject is not None and self._object_like(subject):
                subject = None  # «ولا يستبعد | حصول انشقاقات»: an indefinite verbal noun is the object
            if subject is not None and self._coordinated(i) and not self._source_like(subject):
                subject = None  # «رحب … ووصف | التصويت …»: the shared subject is omitted, the noun is the object
        mode: SpeakerMode = "explicit"
        if subject is None:
            if self._inside_direct(i):
                if not form.first_person:
                    return None  # «"… تذكر أن …"»: inside a quotation only a named subject or «قلنا» reports speech
                mode = "enclosing"
            else:
                mode = "carry"
        after = subject.last if subject is not None and subject.first > i else j
        if form.lemma in _RELAYS and after < limit and v.norm(after) == _SOURCE_PREP:
            # «نقلت الوكالة عن فورار أن …»: the speaker is the one quoted; «… عن فورار قوله» is the noun's cue
            source = self.reader.read(after + 1, limit)
            if source is None:
                return None
            nxt = source.last
            for k in range(nxt, limit):
                later = v.cue(k)
                if later is not None and later.form.category == "masdar" and later.pronoun:
                    return None  # «… عن فورار قوله إن», «ونُقل عن أوكتار، الذي …، تأكيده»: the noun is the cue
                if v.lex.is_complementizer(v.tokens[k]) or v.is_terminal(k):
                    break
            subject, mode, after = source, "explicit", nxt
        candidate = self._complement(i, after, form, subject, mode, pronoun=pronoun, strict=strict or form.homograph)
        if candidate is not None and honorific:
            candidate.notes["honorific"] = True
        return candidate

    def _masdar(self, i: int, form: CueForm, pronoun: bool) -> Candidate | None:
        v = self.v
        limit = self._limit(i)
        source_of = None
        subject = None
        mode: SpeakerMode = "carry"
        after = i + 1
        if pronoun:
            source_of = self._source_before(i)
            if source_of is None:
                subject = self._antecedent(i)  # «رغم قوله في تغريدة …»: the person last named in the sentence
                mode = "explicit" if subject is not None else "carry"
        elif v.is_definite(i):
            mode = "sentence"  # «بالقول إن»: the subject of the sentence
        else:
            subject = self.reader.read(i + 1, limit)
            if subject is None or not self._source_like(subject):
                return None  # «بادعاءات بالاعتداء …»: the noun's complement names no speaker
            mode = "explicit"
            after = subject.last
        candidate = self._complement(
            i, after, form, subject, mode, pronoun=pronoun, frames=frozenset({"that", "direct"})
        )
        if candidate is not None and source_of is not None:
            candidate.source_of = source_of
            candidate.speaker = self.reader.read(source_of, i)
            candidate.mode = "explicit" if candidate.speaker is not None else candidate.mode
        return candidate

    def _ja_fi(self, i: int) -> Candidate | None:
        """«جاء في البيان أن …», «جاء في وكالة الأنباء الرسمية: "…"»."""
        v = self.v
        if v.norm(i) not in ("جاء", "وجاء", "جاءت", "وجاءت") or i + 2 >= len(v) or v.norm(i + 1) != "في":
            return None
        limit = self._limit(i)
        subject = self.reader.read(i + 2, limit)
        if subject is None or not v.is_head(subject.first):
            return None
        form = _SYNTHETIC_FORM
        candidate = self._complement(i, subject.last, form, subject, "explicit", pronoun=False)
        if candidate is not None:
            candidate.cue_last = i + 2
            candidate.lemma = "جاء في"
        return candidate

    def _complement(
        self,
        i: int,
        after: int,
        form: CueForm,
        subject: Phrase | None,
        mode: SpeakerMode,
        *,
        pronoun: bool,
        frames: frozenset[str] | None = None,
        strict: bool = False,
    ) -> Candidate | None:
        """Find what the cue at `i` introduces, searching from token `after`, and build the candidate."""
        v = self.v
        frames = frames if frames is not None else form.frames
        if pronoun and form.object_with_pronoun:
            frames = frames | {"object"}  # «واعتبرتها ردا "مناسبا"»: the predicate of the pronoun is the content
        limit = self._limit(i)
        found = self._introducer(after, limit, form, frames)
        if found is not None and not self._reaches(after, found, frames, strict):
            found = None
        content: tuple[int, int, int, int] | None = None
        kind: Kind = "indirect"
        if found is not None:
            how, k = found
            if how == "quote":
                mark = v.mark_by_opener[k]
                content = self._marked(mark)
                kind = "direct"
            elif how == "colon" and k + 1 < len(v) and v.lex.is_complementizer(v.tokens[k + 1]):
                content, kind = self._after_complementizer(k + 2, i)  # «قال: إنها تحاول …»
            elif how == "colon":
                if k + 1 < len(v) and k + 1 in v.mark_by_opener:
                    content = self._marked(v.mark_by_opener[k + 1])
                else:
                    content = self._running(k + 1, i)
                kind = "direct"
            elif how == "that":
                content, kind = self._after_complementizer(k + 1, i)
            else:  # a preposition: attached («بفتح») or a word of its own («إلى فتح»)
                attached = v.tokens[k].prefixes[:1] in (("ب",), ("ل",)) and v.norm(k) not in form.preps
                start = k if attached else k + 1  # «بفتح …» is content, «إلى» before «فتح» is not
                if start < len(v) and v.lex.is_complementizer(v.tokens[start]):
                    start += 1
                content, kind = self._after_complementizer(start, i)
        elif "object" in frames and (subject is not None or mode != "explicit"):
            start = self._skip_adjuncts(after, limit)
            if start < limit and (v.is_word(start) or start in v.mark_by_opener):
                content, kind = self._after_complementizer(start, i)
                if content is not None and not self._object_ok(form, start, content[1]):
                    content = None
        if content is None:
            return None
        first, last, start_char, end_char = content
        if last - first < 1 or end_char <= start_char:
            return None
        cue_last = i + 1
        region_end = first if first > i else cue_last
        tail_end = self._tail_end(last)
        return Candidate(
            cue_first=i,
            cue_last=cue_last,
            lemma=form.lemma,
            kind=kind,
            content_first=first,
            content_last=last,
            start=start_char,
            end=end_char,
            speaker=subject,
            mode=mode,
            form=form,
            region=(min(i, subject.first) if subject is not None else i, region_end),
            tail=(last, tail_end),
            continuation=form.continuation,
            pronoun=pronoun,
        )

    # --- attribution phrases --------------------------------------------------------------------------------------

    def _attribution(self, i: int, *, relayed_only: bool = False) -> Candidate | None:
        v = self.v
        phrase = self._match_attribution(i)
        if phrase is None:
            return None
        lemma, end, wants_verb, source_in_last = phrase
        if relayed_only and lemma not in _RELAYING_PHRASES:
            return None  # «أعلنت الجامعة على لسان رئيسها …» is one statement; «بحسب تقرير رويترز» reports another
        limit = self._limit(i)
        cue_last = end
        verb_form: CueForm | None = None
        cue_first = i
        if wants_verb:
            if end >= len(v) or v.cue(end) is None or v.cue(end).form.category != "verb":  # type: ignore[union-attr]
                return None
            verb_form = v.cue(end).form  # type: ignore[union-attr]
            if "direct" not in verb_form.frames and verb_form.lemma not in _RELAYS | _STATING:
                return None  # «وفق ما أقره مجلس الأمن»: an act, not a statement
            # «كما أكد الوزير أن …» is an ordinary cue: let the verb read its own complement
            if lemma == "كما قال" and self._verb(end, verb_form, False, strict=True) is not None:
                return None
            cue_last = end + 1
            if lemma == "وهو ما":
                cue_first = end
            source_start = end + 1
        else:
            source_start = end - 1 if source_in_last else end
        if wants_verb:
            source_start = self.reader.skip_adjuncts(source_start, limit)  # «وفق ما أعلن الأربعاء متحدث …»
        source = self.reader.read(source_start, limit, prefixed=source_in_last) if source_start < limit else None
        if source is not None and verb_form is not None and verb_form.lemma in _RELAYS:
            after_source = source.last
            if after_source < limit and v.norm(after_source) == _SOURCE_PREP:
                relayed = self.reader.read(after_source + 1, limit)  # «بحسب ما نقلت "فرانس برس" عن المحامي …»
                source = relayed if relayed is not None else source
        if source is not None and not self._source_like(source):
            source = None
        if source is None and verb_form is None:
            return None
        sentence_first, sentence_last = v.sentence_range(i)
        before = self._clause_before(i, sentence_first)
        after = source.last if source is not None else cue_last
        if before is None:
            # the phrase opens the sentence: «وبحسب دراسات الجمعية فإن …»
            start = self._skip_opening(after, limit)
            if start >= limit or lemma in ("وهو ما", "كما قال"):
                return None
            content, kind = self._after_complementizer(start, i)
            if content is None:
                return None
            first, last, start_char, end_char = content
        else:
            first, last = before
            if self._clause_continues(after, sentence_last):  # «الوضع - بحسب مسؤول - "تحت السيطرة"»
                more, _ = self._after_complementizer(self._skip_opening(after, limit), i)
                if more is not None:
                    last = more[1]
            start_char, end_char = v.tokens[first].start, v.tokens[last - 1].end
            kind = self._kind_of(first, last)
        mode: SpeakerMode = "explicit" if source is not None else "carry"  # «بحسب ما أعلنته حينها»
        return Candidate(
            cue_first=cue_first,
            cue_last=cue_last,
            lemma=verb_form.lemma if lemma == "وهو ما" and verb_form else lemma,
            kind=kind,
            content_first=first,
            content_last=last,
            start=start_char,
            end=end_char,
            speaker=source,
            mode=mode,
            form=verb_form,
            region=(cue_first, source.last if source is not None else cue_last),
            tail=(source.last if source is not None else cue_last, self._tail_end(source.last if source else cue_last)),
            attribution=True,
        )

    def _match_attribution(self, i: int) -> tuple[str, int, bool, bool] | None:
        """(lemma, token after the phrase, a cue verb must follow, the source starts inside the last word)."""
        v = self.v
        if not v.is_word(i):
            return None
        for phrase in self.lex.attributions_of(v.tokens[i]):
            k = i
            ok = True
            source_in_last = False
            for n, word in enumerate(phrase.words):
                if k >= len(v) or not v.is_word(k):
                    ok = False
                    break
                norm = v.norm(k)
                if n == 0 and norm.startswith("و") and norm[1:] == word and word not in ("وهو", "وهي"):
                    norm = word
                if word == "*ل":
                    if not (norm.startswith("ل") and len(norm) > 2):
                        ok = False
                        break
                    source_in_last = True
                elif norm != word:
                    ok = False
                    break
                k += 1
            if ok:
                last_word = phrase.words[-1]
                wants_verb = last_word in ("ما", "لما", "حسبما", "كما")
                return phrase.lemma, k, wants_verb, source_in_last
        return None

    def _source_like(self, phrase: Phrase) -> bool:
        v = self.v
        pointing = v.norm(phrase.first) in DEMONSTRATIVES or v.bare(phrase.first) in DEMONSTRATIVES
        if pointing and not any(v.is_head(k) for k in range(phrase.first, phrase.last)):
            return False  # «وفقا لهذه الخطة»
        first = phrase.first
        named_first = phrase.name is not None and phrase.name[0] == first
        opens = named_first or pointing or v.is_head(first) or v.is_place(first) or v.entity_at[first] is not None
        if not opens and v.tokens[first].kind != "latin" and not v.has("quantity_heads", first):
            return False  # «وفقا لفئات الأمانات والبلديات»: the phrase does not open with a source
        if phrase.name is not None or phrase.has_title:
            return True
        for k in range(phrase.first, phrase.last):
            if v.entity_at[k] is not None or v.is_head(k) or v.is_place(k) or v.tokens[k].kind == "latin":
                return True
        text = normalize(v.span_text(phrase.first, phrase.last))
        return any(" ".join(name) in text for name in self.lex.media_names)

    def _clause_before(self, i: int, sentence_first: int) -> tuple[int, int] | None:
        """The clause an attribution phrase at `i` is about: from the sentence start to the phrase."""
        v = self.v
        last = i
        while last > sentence_first and (
            v.char(last - 1) in COMMAS or v.char(last - 1) in DASHES or v.char(last - 1) == "("
        ):
            last -= 1
        first = self._skip_narrator(sentence_first, last)
        while first < last and not v.is_word(first) and v.char(first) not in QUOTE_CHARS:
            first += 1
        if last - first < 2:
            return None  # the phrase opens the sentence
        for k in range(last - 1, first, -1):
            if v.char(k - 1) in COMMAS and v.norm(k) in _BUT:
                return k + 1, last  # «…، ولكن الوضع - بحسب ما قاله مسؤول - "…"»: the clause after «ولكن»
        return first, last

    def _skip_narrator(self, first: int, last: int) -> int:
        """Skip «ويذكر أن», «ويشار إلى أن»: the narrator's own formula, not part of the reported content."""
        v = self.v
        for opener in _NARRATOR_OPENERS:
            if first + len(opener) <= last and all(v.norm(first + n) == w for n, w in enumerate(opener)):
                return first + len(opener)
        return first

    def _clause_continues(self, after: int, sentence_last: int) -> bool:
        """After «- بحسب X -» or «بحسب X،» does the same clause go on (rather than end or start a new cue)?"""
        v = self.v
        k = after
        if k >= sentence_last or v.is_terminal(k):
            return False
        if v.char(k) in DASHES or v.char(k) in COMMAS or v.char(k) == ":":
            k += 1
        if k >= sentence_last or (not v.is_word(k) and v.char(k) not in QUOTE_CHARS):
            return False
        return not self._is_boundary(k) and not v.is_time(k)

    def _skip_opening(self, k: int, limit: int) -> int:
        """Skip the comma and «فإن», «فقد», «ف…» that follow a sentence-initial attribution phrase."""
        v = self.v
        while k < limit and (v.char(k) in COMMAS or v.is_time(k)):
            k += 1
        if k < limit and (v.norm(k) in ("فان", "فقد", "فانه", "فانها") or v.lex.is_complementizer(v.tokens[k])):
            k += 1
        return k

    # --- complements ----------------------------------------------------------------------------------------------

    def _introducer(self, k: int, limit: int, form: CueForm, frames: frozenset[str]) -> tuple[str, int] | None:
        v = self.v
        prev_norm = ""
        start = k
        while k < limit:
            char = v.char(k)
            if char == ":":
                return ("colon", k) if "direct" in frames else None
            if char in QUOTE_CHARS and k in v.mark_by_opener and "direct" in frames:
                mark = v.mark_by_opener[k]
                if self._speech_like(mark) or (k == start and self._ends_clause(mark)):
                    return "quote", k  # «قال بوتين "الخيانة".»
            if v.is_terminal(k):
                return None
            if v.is_word(k):
                token = v.tokens[k]
                if (
                    v.lex.is_complementizer(token)
                    and "that" in frames
                    and prev_norm not in self.lex.words["not_complementizer_after"]
                    and not token.norm.startswith("و")
                ):
                    return "that", k
                if form.preps and self._is_prep(k, form):
                    return "prep", k
                match = v.cue(k)
                if (
                    match is not None
                    and match.form.category != "masdar"
                    and not v.is_definite(k)
                    and not match.form.homograph
                    and not (match.form.category == "participle" and match.form.lemma in SAYING)
                    and not self._relay_verb(k, start)
                    and not v.channel_relative(k)
                ):
                    return None  # another cue: this one has no complement of its own
                prev_norm = token.norm
            k += 1
        return None

    def _relay_verb(self, k: int, start: int) -> bool:
        """Is the cue at `k` the verb of an attribution phrase just before it («، حسبما نقلت وكالة وفا: "…"»)? The
        phrase says who relayed the statement; the cue before it still reaches its own quotation."""
        for j in range(max(start, k - 3), k):
            attribution = self._match_attribution(j)
            if attribution is not None and attribution[2] and attribution[1] == k:
                return True
        return False

    def _is_prep(self, k: int, form: CueForm) -> bool:
        """The preposition opening the content: a word («إلى», «على», «من», «عن») or a proclitic («بفتح»)."""
        v = self.v
        token = v.tokens[k]
        if token.norm in form.preps:
            return True
        if token.stem in ("", "ه", "ها", "هم", "هما", "هن") or (len(token.norm) <= 3 and token.suffixes):
            return False  # «نددت بها»: the preposition points back, it opens no content
        proclitic = token.prefixes[:1]
        if proclitic == ("ب",) and "ب" in form.preps:
            return not v.lex.is_complementizer(token)
        return proclitic == ("ل",) and "ل" in form.preps

    def _names_title(self, before: int) -> bool:
        """Is the word before a quotation an indefinite common noun whose title or name the quotation gives?"""
        v = self.v
        if before < 0 or not v.is_word(before) or v.is_definite(before) or not v.is_common(before):
            return False
        token = v.tokens[before]
        return not (v.is_head(before) or v.is_name_like(before) or v.cue(before) or v.lex.is_complementizer(token))

    def _ends_clause(self, mark: MarkSpan) -> bool:
        v = self.v
        after = (mark.close_token + 1) if mark.close_token is not None else mark.last_token
        return after >= len(v) or v.is_terminal(after) or v.line_break_between(after - 1, after)

    def _speech_like(self, mark: MarkSpan) -> bool:
        v = self.v
        if self._names_title(mark.open_token - 1):
            return False  # «برنامج «العمل المشترك الشامل»»: a title after a common noun, not speech
        if self.reader.names_body(mark.open_token - 1):
            return False  # «منظمة "خدمات الإرشاد في مجال الهجرة"»: a name in quotation marks
        words = sum(1 for t in range(mark.first_token, mark.last_token) if v.is_word(t))
        if words >= 3:
            return True
        if words == 0:
            return False
        before = mark.open_token - 1
        if before >= 0 and (v.char(before) == ":" or v.lex.is_complementizer(v.tokens[before])):
            return True
        after = (mark.close_token + 1) if mark.close_token is not None else mark.last_token
        return words == 2 and (after >= len(v) or v.is_terminal(after) or v.line_break_between(after - 1, after))

    def _only_adjuncts(self, k: int, stop: int) -> bool:
        return self.reader.skip_adjuncts(k, stop, speech=self._speech_like, clauses=True) >= stop

    def _reaches(self, after: int, found: tuple[str, int], frames: frozenset[str], strict: bool) -> bool:
        """Is the complement found really this cue's: only adjuncts (and, before a preposition, one object) between?

        Verbs that also take a plain object («أعلن إنفانتينو | إقرار … ("في اي آر")») and the verb of «كما قال»
        must reach their complement over adjuncts alone; «قال» and its like may cross any clause to it.
        """
        how, k = found
        if how == "colon":
            return True
        if how == "prep":
            position = self.reader.skip_adjuncts(after, k, speech=self._speech_like, clauses=True)
            if position >= k:
                return True
            obj = self.reader.read(position, k, apposition=False)  # «دعت اللجنة | جميع أطراف الصراع | إلى …»
            if obj is None:
                return False
            return self.reader.skip_adjuncts(obj.last, k, speech=self._speech_like, clauses=True) >= k
        if strict or "object" in frames:
            if self._only_adjuncts(after, k):
                return True
            # «ووصف الكرملين | هذه الاتهامات | بأنها …»: one object before «بأن»
            if how == "that" and self.v.tokens[k].prefixes[:1] == ("ب",) and not strict:
                position = self.reader.skip_adjuncts(after, k, speech=self._speech_like, clauses=True)
                obj = self.reader.read(position, k, apposition=False)
                return obj is not None and self._only_adjuncts(obj.last, k)
            return False
        return True

    def _skip_adjuncts(self, k: int, limit: int) -> int:
        return self.reader.skip_adjuncts(k, limit, speech=self._speech_like)

    def _after_complementizer(self, start: int, cue: int) -> tuple[tuple[int, int, int, int] | None, Kind]:
        """The content that starts at token `start`: a whole quotation, or a clause with or without quoted parts."""
        v = self.v
        if start >= len(v):
            return None, "indirect"
        if start in v.mark_by_opener:
            mark = v.mark_by_opener[start]
            after = (mark.close_token + 1) if mark.close_token is not None else mark.last_token
            if self._clause_ends_at(after, cue) and mark.end > mark.start:
                return self._marked(mark, keep_complementizer=True), "mixed"
        running = self._running(start, cue)
        if running is None:
            return None, "indirect"
        return running, self._kind_of(running[0], running[1])

    def _marked(self, mark: MarkSpan, *, keep_complementizer: bool = False) -> tuple[int, int, int, int] | None:
        v = self.v
        first, last = mark.first_token, mark.last_token
        if not keep_complementizer and first < last and v.lex.is_complementizer(v.tokens[first]):
            first += 1  # «"إن تقنية …"»: the complementiser inside the marks is not content
        while last > first and v.char(last - 1) in QUOTE_CHARS and last - 1 not in v.mark_by_closer:
            last -= 1
        if last <= first:
            return None
        return first, last, v.tokens[first].start, v.tokens[last - 1].end

    def _running(self, start: int, cue: int) -> tuple[int, int, int, int] | None:
        """Content from `start` to the end of the reported clause."""
        v = self.v
        n = len(v)
        k = start
        _, sentence_last = v.sentence_range(max(start - 1, 0))
        enclosing = [m for m in v.enclosing_marks(cue)]
        hard_limit = min((m.last_token for m in enclosing), default=n)
        last = start
        while k < min(n, hard_limit):
            if k >= sentence_last:
                break
            char = v.char(k)
            if char in QUOTE_CHARS and k in v.mark_by_opener:
                mark = v.mark_by_opener[k]
                stop = mark.close_token + 1 if mark.close_token is not None else mark.last_token
                if stop > sentence_last:
                    sentence_last = v.sentence_range(stop - 1)[1]
                k = last = min(stop, hard_limit)
                continue
            if v.is_terminal(k):
                break
            if v.line_break_between(max(k - 1, start), k) and k > start:
                break
            if char in COMMAS or char in DASHES or char == "(":
                if self._is_boundary(k + 1):
                    break
            elif v.is_word(k) and k > start and self._is_boundary(k, bare=True) and self._opens_quotation(k):
                break  # «… وقال: "…"»: a new direct quotation ends the clause
            if char not in COMMAS and char not in DASHES:
                last = k + 1
            k += 1
        while last > start and (v.char(last - 1) in COMMAS or v.char(last - 1) in DASHES):
            last -= 1
        if last <= start:
            return None
        return start, last, v.tokens[start].start, v.tokens[last - 1].end

    def _is_boundary(self, k: int, *, bare: bool = False) -> bool:
        """Does a new clause (a new cue, an attribution, a clause connector) start at token `k`?"""
        v = self.v
        if k >= len(v) or not v.is_word(k):
            return False
        for sequence in self.lex.boundaries_by_first.get(v.norm(k), ()):
            if bare and sequence[0] in ("ما", "مما", "رغم", "ولكن", "لكن"):
                continue
            if all(k + n < len(v) and v.norm(k + n) == w for n, w in enumerate(sequence)):
                return True
        if v.norm(k) in ("لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها") and k + 1 < len(v):
            match = v.cue(k + 1)
            if match is not None and match.form.category == "verb" and not bare:
                return True
        if not bare:
            attribution = self._match_attribution(k)
            if attribution is not None:
                _, end, wants_verb, _ = attribution
                return not wants_verb or (end < len(v) and v.cue(end) is not None)
        match = v.cue(k)
        if match is None or v.is_definite(k):
            return False
        if match.form.category == "masdar":
            return False
        if bare:
            # without a comma only a verb joined by «و» («… وقال:», «وتدعو …») starts a new statement
            return match.form.category == "verb" and match.prefixes[:1] == ("و",)
        return True

    def _opens_quotation(self, k: int) -> bool:
        """Is the cue at `k` followed (over its subject and adjuncts) by a colon or quotation marks?"""
        v = self.v
        limit = self._limit(k)
        j = k + 1
        while j < limit and not (v.char(j) == ":" or v.char(j) in QUOTE_CHARS):
            if v.lex.is_complementizer(v.tokens[j]) or v.is_terminal(j):
                return False
            j += 1
        return j < limit

    def _clause_ends_at(self, k: int, cue: int) -> bool:
        v = self.v
        if k >= len(v) or v.is_terminal(k) or v.line_break_between(k - 1, k):
            return True
        if v.char(k) in COMMAS or v.char(k) in DASHES:
            return self._is_boundary(k + 1) or k + 1 >= len(v) or v.line_break_between(k, k + 1)
        if v.char(k) in QUOTE_CHARS:
            return True
        return self._is_boundary(k, bare=True)

    def _kind_of(self, first: int, last: int) -> Kind:
        v = self.v
        for mark in v.marks:
            inside = mark.close_token is None or mark.close_token < last
            if first <= mark.open_token and mark.first_token < last and mark.end > mark.start and inside:
                return "mixed"
        return "indirect"

    def _tail_end(self, k: int) -> int:
        """The rest of the clause after a content (where «، وذلك خلال …» adds when and where it was said)."""
        v = self.v
        if k >= len(v):
            return k
        _, sentence_last = v.sentence_range(k - 1 if k > 0 else 0)
        end = k
        while end < min(sentence_last, len(v)):
            match = v.cue(end)
            if match is not None and match.form.category != "masdar" and end > k:
                break
            end += 1
        return end

    # --- subjects -------------------------------------------------------------------------------------------------

    def _limit(self, i: int) -> int:
        v = self.v
        _, sentence_last = v.sentence_range(i)
        enclosing = v.enclosing_marks(i)
        limit = min(sentence_last, i + _WINDOW, len(v))
        for mark in enclosing:
            limit = min(limit, mark.last_token)
        return limit

    def _skip_light(self, k: int, limit: int) -> int:
        v = self.v
        while k < limit and ((v.has("skip_after_cue", k) and not v.is_head(k)) or v.char(k) in ("#",)):
            k += 1
        return k

    def _starts_complement(self, k: int, form: CueForm) -> bool:
        v = self.v
        token = v.tokens[k]
        mark = v.mark_by_opener.get(k)
        if mark is not None and mark.close_token is not None and 0 < mark.last_token - mark.first_token <= 4:
            return self._ends_clause(mark)  # «ونقلت «الهيئة السورية للإعلام» عن …»: a quoted name is the subject
        if v.char(k) or token.norm in ("ل", "ب"):
            return True  # punctuation, or «لـ» before a quoted addressee
        if v.lex.is_complementizer(token) or v.is_time(k):
            return True
        if token.norm in form.preps or token.norm in form.that_preps:
            return True
        if token.norm in self.lex.words["adjunct_preps"] or token.norm in self.lex.words["channel_preps"]:
            return True
        if token.prefixes[:1] in (("ل",),) and not v.is_name_like(k):
            return True  # «قال لـ…»: an addressee, no subject here
        if token.norm in ("انه", "انها") or (token.suffixes and token.stem in ("لكن",)):
            return True
        match = v.cue(k)
        return match is not None and match.form.category in ("participle",)

    def _object_like(self, phrase: Phrase) -> bool:
        """A phrase opening with an indefinite common noun that names no speaker: an object, not a subject."""
        v = self.v
        first = phrase.first
        if v.is_definite(first) or v.is_name_like(first) or v.is_head(first) or v.is_place(first):
            return False
        if v.is_function(first) or v.has("quantity_heads", first) or v.is_title(first) or v.entity_at[first]:
            return False  # «جميع الأطراف», «عدد من المؤسسات», «أحد ممثلي الادعاء» can speak
        return v.is_common(first) and _verbal_noun_shape(v.bare(first))

    def _coordinated(self, i: int) -> bool:
        """A verb joined by «و» to a clause before it in the same sentence."""
        v = self.v
        if v.tokens[i].prefixes[:1] != ("و",):
            return False
        first, _ = v.sentence_range(i)
        return sum(1 for k in range(first, i) if v.is_word(k)) >= 3

    def _plausible_subject(self, phrase: Phrase) -> bool:
        v = self.v
        first = phrase.first
        if is_accusative(v.tokens[first].text):
            return False
        if v.norm(first) in DEMONSTRATIVES and phrase.size == 1:
            return False
        if v.has("non_referential", first):
            return False  # «أي إجراءات»: "any …" refers to nothing in particular, so it names no speaker
        return not (v.tokens[first].suffixes and phrase.size == 1 and not v.is_head(first) and phrase.name is None)

    def _preverbal(self, i: int, form: CueForm) -> Phrase | None:
        """«الرئيس ترامب قال», «بوتين كان قد أكد», «لكن بريسكا قالت»: the subject written before the verb."""
        v = self.v
        if v.tokens[i].prefixes[:1] in (("و",), ("ف",)):
            return None  # «… وقال»: a coordinated verb shares the subject of the clause before it
        sentence_first, _ = v.sentence_range(i)
        end = i
        while end > sentence_first and v.norm(end - 1) in _BEFORE_VERB:
            end -= 1
        if end > sentence_first and v.norm(end - 1) in _RELATIVES:
            if not _agrees(v.norm(end - 1), form):
                return None  # «الدول التي قال: إنها …»: the relative is the object, the speaker is elsewhere
            return self._antecedent_of(end - 1, sentence_first)  # «الجيش الذي أعلن …», «أطفال … الذين أكدوا»
        if end > sentence_first and v.norm(end - 1) in _AUXILIARIES and not v.tokens[end - 1].prefixes:
            end -= 1  # «بوتين كان قد أكد»: the subject stands before the auxiliary
        k = end
        while k > sentence_first:
            prev = k - 1
            char = v.char(prev)
            if char:
                if char in ("#", "_") or (char in QUOTE_CHARS and prev in v.mark_by_closer and self._short_mark(prev)):
                    k -= 1
                    continue
                break
            token = v.tokens[prev]
            if v.lex.is_complementizer(token) or v.cue(prev) or token.norm in _AUXILIARIES or token.norm in _CONNECTORS:
                break
            if token.norm in _BEFORE_VERB or v.has("relative_words", prev) or v.is_time(prev) or v.is_verbal(prev):
                break
            k -= 1
        if k >= end:
            return None
        # «قد أصدرت بيانا قالت فيه»: an indefinite noun right after a verb is its object, the cue a relative clause
        if end - k == 1 and k > sentence_first and v.is_verbal(k - 1) and self._bare_object(k):
            return None
        # «في رد على سؤال حول نقاط ضعفه قال»: a clause opening with a preposition has no subject before the verb
        phrase = self.reader.read(k, end)
        if phrase is None or phrase.last != end or phrase.size > 14 or not self._plausible_subject(phrase):
            return None
        return phrase

    def _bare_object(self, k: int) -> bool:
        """An indefinite accusative noun, written with or without its tanween («بيانا», «تقريراً»), naming no one."""
        v = self.v
        token = v.tokens[k]
        indefinite = "ال" not in token.prefixes and not token.norm.startswith("ال")
        return indefinite and token.text.endswith(("ا", "اً", "ًا")) and v.entity_at[k] is None

    def _antecedent_of(self, relative: int, sentence_first: int) -> Phrase | None:
        """The noun phrase a relative pronoun refers to: the phrase that ends right before it."""
        v = self.v
        for start in range(relative - 1, max(sentence_first, relative - 10) - 1, -1):
            if v.char(start) or v.lex.is_complementizer(v.tokens[start]) or v.cue(start) is not None:
                break
            phrase = self.reader.read(start, relative)
            if phrase is not None and phrase.last == relative and self._source_like(phrase):
                best = phrase
                while start > sentence_first:  # grow leftwards while the phrase still ends at the relative
                    wider = self.reader.read(start - 1, relative)
                    if wider is None or wider.last != relative:
                        break
                    best, start = wider, start - 1
                return best
        return None

    def _short_mark(self, closer: int) -> bool:
        mark = self.v.mark_by_closer.get(closer)
        return mark is not None and mark.last_token - mark.first_token <= 4

    def _impersonal(self, i: int, j: int, form: CueForm) -> bool:
        """«ويذكر أن», «ويعتقد أن»: a bare present 3rd masculine directly followed by a complementiser."""
        v = self.v
        if not form.impersonal or form.perfect or form.feminine or form.number != "singular":
            return False
        token = v.tokens[i]
        if not (token.stem or token.norm).startswith("ي"):
            return False
        k = j
        while k < len(v) and v.norm(k) in ("الي", "علي", "ب"):
            k += 1
        return k < len(v) and v.lex.is_complementizer(v.tokens[k])

    def _inside_direct(self, i: int) -> bool:
        return any(self._speech_like(m) for m in self.v.enclosing_marks(i))

    def _source_before(self, i: int) -> int | None:
        """«نقلت الوكالة عن فورار قوله»: the phrase after «عن» before the verbal noun."""
        v = self.v
        sentence_first, _ = v.sentence_range(i)
        for k in range(i - 1, max(sentence_first, i - 12) - 1, -1):
            if v.norm(k) == _SOURCE_PREP:
                phrase = self.reader.read(k + 1, i)
                if phrase is not None and phrase.last == i:
                    return k + 1
                return None
            if v.is_terminal(k) or v.cue(k):
                return None
        return None

    def _antecedent(self, i: int) -> Phrase | None:
        """The nearest personal name before token `i` in its sentence (what «قوله», «تأكيده» refer to)."""
        v = self.v
        sentence_first, _ = v.sentence_range(i)
        k = i - 1
        while k >= sentence_first:
            if v.is_name_like(k) and not v.is_place(k) and not v.is_title(k):
                first = k
                while first > sentence_first and (v.is_name_like(first - 1) or v.is_title(first - 1)):
                    first -= 1
                phrase = self.reader.read(first, k + 1)
                return phrase if phrase is not None and phrase.name is not None else None
            k -= 1
        return None

    def _is_back_reference(self, k: int) -> bool:
        """«انتقد … هذا الإعلان»: an object that only points back at what was said before is no new statement."""
        return self.v.norm(k) in DEMONSTRATIVES

    def _object_ok(self, form: CueForm, start: int, last: int) -> bool:
        v = self.v
        words = sum(1 for t in range(start, last) if v.is_word(t))
        if words < 2 or (words <= 2 and self._is_back_reference(start)):
            return False  # «انتقدت … هذا الإعلان»: an object pointing back at what was said is no new statement
        if form.requires:
            return any(v.norm(t) in form.requires or v.bare(t) in form.requires for t in range(start, last))
        return True

    # --- quotations without a preceding cue ------------------------------------------------------------------------

    def _standalone_quotes(self, found: list[Candidate]) -> list[Candidate]:
        """Paragraph-initial quotations (lists of sayings), attributed to the last speaker; a cue after them if any."""
        v = self.v
        covered = [(c.start, c.end) for c in found]
        out: list[Candidate] = []
        for mark in v.marks:
            if v.heading[mark.open_token] or mark.end <= mark.start:
                continue
            if any(s <= mark.start and mark.end <= e for s, e in covered):
                continue
            words = sum(1 for t in range(mark.first_token, mark.last_token) if v.is_word(t))
            starts_line = mark.open_token == 0 or v.line_break_between(mark.open_token - 1, mark.open_token)
            after_colon = mark.open_token > 0 and v.char(mark.open_token - 1) == ":"
            if words < 4 or not (starts_line or after_colon):
                continue
            content = self._marked(mark)
            if content is None:
                continue
            first, last, start, end = content
            after = (mark.close_token + 1) if mark.close_token is not None else mark.last_token
            cue_first = cue_last = min(after, len(v) - 1)  # a quotation closing the text has no token after it
            lemma = ""
            subject: Phrase | None = None
            mode: SpeakerMode = "carry"
            form: CueForm | None = None
            k = after
            while k < len(v) and v.char(k) in COMMAS:
                k += 1
            if k < len(v) and v.is_word(k) and not v.line_break_between(after - 1, k):
                match = v.cue(k)
                if match is not None and match.form.category == "verb":
                    form = match.form
                    lemma, cue_first, cue_last = form.lemma, k, k + 1
                    subject = self.reader.read(self._skip_light(k + 1, self._limit(k)), self._limit(k))
                    mode = "explicit" if subject is not None else "carry"
                elif v.has("channel_nouns", k):
                    lemma, cue_first, cue_last = normalize(v.bare(k)), k, k + 1
            out.append(
                Candidate(
                    cue_first=cue_first,
                    cue_last=cue_last,
                    lemma=lemma,
                    kind="direct",
                    content_first=first,
                    content_last=last,
                    start=start,
                    end=end,
                    speaker=subject,
                    mode=mode,
                    form=form,
                    region=(after, self._tail_end(after)),
                    tail=(after, self._tail_end(after)),
                )
            )
        return out


def _dedupe(found: list[Candidate]) -> list[Candidate]:
    """One quotation per content and speaker: the cue nearest before it wins («وأوضح ترامب قائلا "…"»).

    Two sources of the same content stay two quotations («وتعتقد السلطات التركية أن X، وهو ما تنفيه الرياض»).
    """
    kept: list[Candidate] = []
    for candidate in found:
        same = next((k for k in kept if (k.start, k.end) == (candidate.start, candidate.end)), None)
        two_sources = same is not None and same.attribution != candidate.attribution
        if same is None or (two_sources and _speaker_span(same) != _speaker_span(candidate)):
            kept.append(candidate)
        elif same.attribution and not candidate.attribution:
            kept[kept.index(same)] = candidate
    return sorted(kept, key=lambda c: (c.start, c.cue_first))


def _verbal_noun_shape(word: str) -> bool:
    """Shaped like a verbal noun or a plural of one, the usual object of a reporting verb («تسجيل», «إلغاء»,
    «استمرار», «حصول», «اتهامات»), unlike the nouns that speak («صحف», «نادي», «مراقبون»)."""
    if word.endswith("ات") and len(word) >= 5:
        return True
    if word.startswith("ت") and len(word) == 5 and word[3] == "ي":  # تفعيل
        return True
    if word.startswith("ا") and len(word) >= 5 and word[-2] == "ا":  # إفعال, افتعال, انفعال, استفعال
        return True
    return len(word) == 4 and word[2] == "و"  # فعول


def _agrees(relative: str, form: CueForm) -> bool:
    """Does a relative pronoun agree with the verb it would be the subject of?"""
    if relative == normalize("التي"):
        return form.feminine is not False or form.number != "singular"  # «التي» is also a plural of things
    if relative == normalize("الذي"):
        return form.feminine is not True and form.number == "singular"
    return form.number != "singular"


def _speaker_span(candidate: Candidate) -> tuple[int, int] | None:
    return (candidate.speaker.first, candidate.speaker.last) if candidate.speaker is not None else None


_SYNTHETIC_FORM = CueForm(
    lemma="جاء في",
    category="verb",
    perfect=True,
    feminine=None,
    number="singular",
    first_person=False,
    frames=frozenset({"that", "direct"}),
    that_preps=(),
    preps=(),
    continuation=False,
    impersonal=False,
    requires=(),
)
