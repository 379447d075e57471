"""Read the noun phrase that names a speaker: titles, names, appositions, and where it stops.

Arabic news names a speaker as one subject phrase, title included: «نائب وزير خارجية روسيا الاتحادية أندريه
رودينكو», «السفير الروسي في دوشنبه، إيغور لياكين فرولوف،», «ماري كلير فغالي، المتحدثة باسم اللجنة». The reader
walks right from the first word and stops where the subject ends: at a complementiser, a cue, a relative word, a
time or channel adjunct, an addressee («لوكالة …», «للصحافيين») after the name, or where a new indefinite common noun
follows a complete definite phrase (the object of the verb: «أكدت الجزائر | تسجيل …»). A prepositional phrase after a
title that has no name yet belongs to the title («مسؤول في وزارة الصحة», «المتحدث باسم البيت الأبيض»). Entities from the
`entities` stage are taken whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.quotes.marks import QUOTE_CHARS, MarkSpan
from rasd.quotes.view import COMMAS, DASHES, DEMONSTRATIVES, NAME_PARTICLES, QUANTIFIERS, View
from rasd.text.normalize import normalize

_MAX_WORDS = 18
_CLAUSE_OPENERS = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "وهو", "وهي", "وهم", "وهما"))

SAYING = frozenset({"قال"})  # «وأوضح ترامب قائلا "…"»: the participle only introduces the verb's quotation


def _never(_: MarkSpan) -> bool:
    return False


@dataclass(frozen=True, slots=True, init=False)
class Phrase:
    first: int  # first token
    last: int  # one past the last token
    name: tuple[int, int] | None  # token range of the proper name inside the phrase, if any
    has_title: bool

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(self, first: int, last: int, name: tuple[int, int] | None, has_title: bool) -> None:
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "has_title", has_title)

    @property
    def size(self) -> int:
        return self.last - self.first


class PhraseReader:
    def __init__(self, view: View) -> None:
        self.view = view

    def read(
        self,
        start: int,
        limit: int,
        *,
        apposition: bool = True,
        prefixed: bool = False,
        stops: tuple[str, ...] = (),
    ) -> Phrase | None:
        """The speaker phrase starting at token `start` (and ending before `limit`), or None.

        A word carrying the preposition «ب» or «ل» starts a phrase only when the caller says so (`prefixed`: the
        source in «وفقا لوكالة …», an addressee); elsewhere it is a complement («اتهموا | بالتآمر»), not a subject.
        """
        v = self.view
        k = start
        while k < limit and v.char(k) in ("#", "_"):
            k += 1
        if k + 1 < limit and v.norm(k) in ("كلا", "كل") and v.norm(k + 1) == "من":
            k += 2  # «أعلنت كلا من السعودية والبحرين»
        mark = v.mark_by_opener.get(k)
        closed = mark is not None and mark.close_token is not None and mark.close_token < limit
        if closed and mark is not None and mark.close_token is not None and 0 < mark.last_token - mark.first_token <= 4:
            return Phrase(k, mark.close_token + 1, (mark.first_token, mark.last_token), False)  # «"فرانس برس"»
        if k >= limit or not v.is_word(k) or not self._can_start(k):
            return None
        if not prefixed and v.tokens[k].prefixes[:1] in (("ب",), ("ل",)) and not v.is_name_like(k):
            return None
        if v.tokens[k].norm in ("ل", "ب"):
            return None  # «لـ«الشرق الأوسط»»: a preposition written apart
        first = k
        last = k
        prev = ""  # class of the previous word: title, nisba, name, definite, common, quoted
        has_title = False
        has_body = False  # an institution or media head: its complements («للصليب الأحمر») belong to it
        name_first = name_last = -1
        in_pp = False  # inside a prepositional phrase of a title: names there are places and bodies, not the speaker
        words = 0
        while k < limit and words < _MAX_WORDS:
            char = v.char(k)
            if char in ("#", "_"):
                if prev == "name" and name_last == k:
                    name_last = k + 1  # «أنور_قرقاش»: the joiner stays inside the name
                k += 1
                continue
            if char:
                step = self._punct(k, limit, prev, has_title, name_first >= 0, apposition)
                if step is None:
                    break
                k, appended = step
                in_pp = False
                if appended is not None:
                    last = appended.last
                    if appended.name is not None:
                        name_first, name_last = appended.name
                    has_title = has_title or appended.has_title
                    prev = "name" if appended.name is not None else "title"
                else:
                    last = k
                    prev = "quoted" if prev != "title" else prev
                continue
            if not v.is_word(k):
                break
            entity = v.entity_at[k]
            if entity is not None and entity.label == "LOC" and v.is_definite(k) and v.is_nisba(k):
                entity = None  # «الروسي»: a nationality adjective is read as a word, not as a name
            if k > first and (
                v.norm(k) in stops or not self._continues(k, prev, has_title, name_first >= 0, has_body=has_body)
            ):
                break
            if entity is not None:
                end = k
                while end < limit and v.entity_at[end] is entity:
                    end += 1
                if entity.label == "PERS":
                    if not (prev == "name" and name_last == k):
                        name_first = k  # «كارين | بيرس»: the tagger may miss a first name; keep the run whole
                    name_last = end
                prev = "name" if entity.label in ("PERS", "ORG", "MISC", "LOC") else prev
                words += end - k
                k = last = end
                continue
            kind = self._kind(k, prev, name_first >= 0, titled=has_title)
            if kind == "common" and prev == "name" and self._name_final(k):
                kind = "name"  # «سلمى عادل», «إمام علي رحمن»: a name's last word that is also a common word
            token = v.tokens[k]
            if (
                (has_title or has_body)
                and name_first < 0
                and (token.norm in v.lex.words["title_preps"] or token.prefixes[:1] in (("ب",), ("ل",)))
            ):
                in_pp = True
            if kind == "name" and in_pp and prev in ("definite", "nisba"):
                in_pp = False  # «الأمين العام للجامعة العربية | أحمد أبو الغيط»: the name after the title's complement
            if kind == "name" and not in_pp:
                if prev != "name" or name_last != k:
                    name_first = k
                name_last = k + 1
            if kind == "title":
                has_title = True
            elif kind != "name" and any(
                v.has(n, k) for n in ("institution_heads", "media_heads", "anonymous_heads", "document_heads")
            ):
                has_body = True
            prev = kind
            words += 1
            k += 1
            last = k
        if last <= first:
            return None
        if name_first > first and all(
            self._kind(t, "", False) == "common" and not v.is_definite(t) for t in range(first, name_first)
        ):
            name_first = first  # «إيغور لياكين فرولوف»: a first name that is also a common word
        name = (name_first, name_last) if name_first >= 0 else None
        return Phrase(first, last, name, has_title)

    # --- decisions ------------------------------------------------------------------------------------------------

    def skip_adjuncts(
        self, k: int, limit: int, *, speech: Callable[[MarkSpan], bool] = _never, clauses: bool = False
    ) -> int:
        """Skip time words, channel, place and addressee phrases and commas (between a subject and what follows).

        With `clauses`, also a relative or descriptive clause («وهو مؤيد بحماس …», «، الذي …،») up to a comma,
        a quotation mark, a colon or a complementiser.
        """
        v = self.view
        words = v.lex.words
        while k < limit:
            if clauses and v.is_word(k) and v.norm(k) in _CLAUSE_OPENERS:
                k += 1
                while k < limit and not (v.char(k) in COMMAS or v.char(k) in (":",) or v.char(k) in QUOTE_CHARS):
                    if v.lex.is_complementizer(v.tokens[k]):
                        break
                    k += 1
                continue
            char = v.char(k)
            if char in COMMAS or char in ("(", ")") or char in DASHES:
                k += 1
                continue
            if char in QUOTE_CHARS:
                mark = v.mark_by_opener.get(k)
                if mark is not None and not speech(mark) and mark.close_token is not None:
                    k = mark.close_token + 1
                    continue
                return k
            if not v.is_word(k) and not v.is_time(k):
                return k
            token = v.tokens[k]
            if v.is_time(k) or v.has("skip_after_cue", k):
                k += 1
                continue
            if token.norm in words["channel_preps"] or token.norm in words["adjunct_preps"]:
                phrase = self.read(k + 1, limit, apposition=False)
                k = phrase.last if phrase is not None else k + 1
                continue
            if token.prefixes[:1] in (("ل",), ("ب",)) and not v.lex.is_complementizer(token):
                phrase = self.read(k, limit, apposition=False, prefixed=True)
                k = phrase.last if phrase is not None else k + 1
                continue
            match = v.cue(k)
            if match is not None and match.form.category == "participle" and match.form.lemma in SAYING:
                k += 1
                continue
            if v.channel_relative(k):
                # a relative clause on the channel, with its own subject
                phrase = self.read(k + 1, limit, apposition=False)
                k = phrase.last if phrase is not None else k + 1
                continue
            return k
        return k

    def _can_start(self, k: int) -> bool:
        v = self.view
        token = v.tokens[k]
        match = v.cue(k)
        if match is not None and match.form.category != "masdar":
            return False
        if v.is_time(k) or v.lex.is_complementizer(token) or is_accusative(token.text):
            return False
        if v.is_function(k):
            # «هذه المنظمة», «جميع الأطراف» start a phrase; «كما», «لكنهم», «حين», «كيف» do not
            core = token.stem if token.prefixes[:1] == ("و",) else token.norm
            return (core in DEMONSTRATIVES or core in QUANTIFIERS) and k + 1 < len(v) and v.is_word(k + 1)
        if v.has("relative_words", k) or v.has("negations", k) or v.has("adjunct_preps", k):
            return False
        return not (v.has("skip_after_cue", k) and not v.is_head(k))

    def _kind(self, k: int, prev: str, named: bool, *, titled: bool = False) -> str:
        v = self.view
        if prev in ("common", "title", "nisba") and v.has("anonymous_modifiers", k) and not named:
            return "nisba"  # «مصدر مطلع», «مسؤول رفيع»: describes an unnamed source
        if v.norm(k) == "باسم":
            return "title"  # «المتحدث باسم …»: links the spokesman to the body that follows
        if v.is_title(k) and not (named and prev == "name"):
            return "title"
        if v.is_name_like(k):
            return "name"
        if prev == "name" and (v.is_family_name(k) or is_name_particle(v, k - 1)):
            return "name"
        if prev == "name" and v.is_definite(k) and self._family_final(k):
            return "name"  # «سمير الحداد»: an «ال» family name closing the name
        following = k + 1
        if (
            following < len(v)
            and not v.is_definite(k)
            and not v.is_function(k)
            and not v.line_break_between(k, following)
        ):
            next_is_name = v.is_name_like(following) or is_name_particle(v, following)
            if is_name_particle(v, k) and v.is_word(following) and not v.is_function(following):
                return "name"  # «أبو الغيط», «عبد العزيز», «أبو صبيح»
            closing = v.is_definite(following) and self._family_final(following)
            if (next_is_name or closing) and titled and prev in ("title", "nisba", "definite") and not v.is_head(k):
                return "name"  # «جاني إنفانتينو», «كريم المنصوري»: a first name that is also a common word
        if v.is_nisba(k) and v.is_definite(k):
            return "nisba"
        if v.is_definite(k):
            return "definite"
        return "common"

    def _continues(self, k: int, prev: str, has_title: bool, named: bool, *, has_body: bool = False) -> bool:
        """May word `k` extend the phrase read so far?"""
        v = self.view
        token = v.tokens[k]
        match = v.cue(k)
        if (match is not None and match.form.category != "masdar") or v.lex.is_complementizer(token):
            return False
        if v.has("anonymous_modifiers", k) and prev in ("common", "title", "nisba"):
            return True  # «مصدر مطلع», «مسؤول رفيع المستوى»
        if v.is_time(k):
            return False
        in_title = (has_title or has_body) and not named  # complements of a title or of a body belong to it
        norm = token.norm
        if norm == "غير":  # «غير الحكومية»
            return k + 1 < len(v) and v.is_definite(k + 1)
        if norm == "باسم":
            return True
        if in_title and not token.prefixes and token.norm in v.lex.words["title_preps"]:
            return not (k + 1 < len(v) and v.has("channel_nouns", k + 1))  # «مسؤول في وزارة الصحة», not «في بيانهما»
        if norm == "من" and k > 0 and v.has("quantity_heads", k - 1):
            return True  # «عدد من المؤسسات», «مجموعة من الطلاب»
        if v.is_function(k):
            return norm in DEMONSTRATIVES and prev in ("title", "common")  # «زعماء هذه الدول»
        proclitic = tuple(p for p in token.prefixes if p != "ال")[:1]
        titled = has_title and not named
        if proclitic in (("ف",), ("ك",), ("س",)) and self._kind(k, prev, named, titled=titled) == "name":
            proclitic = ()  # a name the clitic analysis split on a look-alike letter («كلير», «فغالي»)
        if proclitic in (("ب",), ("ل",)) and prev == "name" and (len(token.stem) <= 2 or v.is_common_whole(k)):
            proclitic = ()  # «بيتر بون», «عامر برهان»: the letter belongs to the word, not a preposition
        if proclitic == ("ل",):
            if v.has("addressee_heads", k) or v.has("media_heads", k) or v.tokens[k].norm[1:].isascii():
                return False  # «للصحافيين», «لوكالة …», «لـCNN»: the addressee
            return in_title  # «المدير التنفيذي لمنظمة …», «اللجنة الدولية للصليب الأحمر»
        if proclitic == ("ب",):
            # «مدير الوقاية بوزارة الصحة», «مصادر طبية بمحافظة …»; not «الحكومة | بالقرار»
            return (has_title and not named) or self._anonymous_head(k)
        if proclitic == ("و",):
            if v.is_common_whole(k) and not v.is_place(k):
                return False  # «وفاة», «وجود»: one word, not «و» + a name
            if in_title:
                return True
            before_name = k + 1 < len(v) and v.is_name_like(k + 1) and (v.is_nisba(k) or v.is_title(k))
            coordinated = v.is_name_like(k) or v.is_head(k) or v.is_place(k) or before_name
            return coordinated and prev in ("name", "definite", "nisba", "quoted", "title")  # «السعودية والبحرين»
        if proclitic:
            return False
        kind = self._kind(k, prev, named, titled=titled)
        if kind == "name":
            # a name follows a title or another name («الرئيس ترامب»), not a complete definite phrase
            return prev in ("title", "name", "nisba", "common", "quoted") or (prev == "definite" and in_title)
        if kind == "definite" and prev == "name":
            return False  # «وناشد فورار | الناس»: a definite noun after a name starts the object
        if kind == "definite" and prev in ("definite", "nisba"):
            if v.is_head(k):
                return False  # «ويطالب خبراء الصحة | الدولة …»: a second definite head noun is the object
            if self._after_complement(k) and not self._adjectival(k):
                return False  # «النقابة العامة للمعلمين | الخطة الجديدة»: after a complement, a noun is the object
        if kind == "common" and prev == "name" and self._name_final(k):
            return True  # «إمام علي رحمن»: a name ending in a word that is also a common noun
        return not (kind == "common" and prev in ("definite", "name", "nisba", "quoted"))

    def _anonymous_head(self, k: int) -> bool:
        """Is there an unnamed source word earlier in the phrase («مصادر طبية | بمحافظة الحديدة»)?"""
        v = self.view
        for back in range(k - 1, max(k - 4, -1), -1):
            if v.char(back):
                return False
            if v.has("anonymous_heads", back):
                return True
        return False

    def _after_complement(self, k: int) -> bool:
        """Does word `k` follow the object of a preposition inside the phrase («للمعلمين», «في الأكاديمية»)?"""
        v = self.view
        prev = k - 1
        if prev < 0 or not v.is_word(prev):
            return False
        if v.tokens[prev].prefixes[:1] in (("ل",), ("ب",)):
            return True
        return prev > 0 and v.norm(prev - 1) in v.lex.words["title_preps"]

    def _adjectival(self, k: int) -> bool:
        """Shaped like an adjective: a nisba («الإنسانية»), a participle («المتحدة»), a colour or elative («الأحمر»)."""
        v = self.view
        bare = v.bare(k)
        if v.is_nisba(k):
            return True
        if bare.startswith("م") and len(bare) >= 4 and not v.is_head(k):
            return True
        return bare.startswith("ا") and len(bare) == 4

    def _family_final(self, k: int) -> bool:
        """A definite word after a first name that closes the phrase reads as a family name (not a plural object)."""
        v = self.view
        bare = v.bare(k)
        if v.is_time(k) or v.is_head(k) or v.is_place(k) or v.is_function(k) or bare.endswith(("ات", "ون", "ين")):
            return False
        return self._name_final(k, depth=1)  # it must close the phrase: «روسيا الاتحادية | أندريه …» is no name

    def _name_final(self, k: int, depth: int = 0) -> bool:
        """An indefinite word after a name, before the phrase ends (or before the name's next part), is part of it.

        «إمام علي رحمن», «علي أكبر صالحي», «محمود أميري مقدم»: names are often made of common words and ranks.
        """
        v = self.view
        token = v.tokens[k]
        if token.suffixes or is_accusative(token.text) or v.is_function(k) or v.is_time(k) or v.cue(k) is not None:
            return False
        if token.norm.endswith("ا") and v.is_common(k):
            return False  # «وفدا»: an indefinite object in the accusative, written without its mark
        if v.is_head(k) and not v.is_title(k):
            return False
        nxt = k + 1
        if nxt >= len(v) or v.line_break_between(k, nxt):
            return True
        if v.char(nxt) or v.is_function(nxt) or v.is_time(nxt) or v.lex.is_complementizer(v.tokens[nxt]):
            return True
        if v.cue(nxt) is not None or v.is_verbal(nxt):
            return True  # «رئيس الوزراء رامي الصافي | أكد …»
        if depth > 0 or v.is_definite(nxt) or v.is_place(nxt) or v.bare(k).endswith("ات"):
            return False  # «أبو الغيظ | سياسات إيران»: a plural noun before a place is the object
        return v.is_name_like(nxt)

    def _punct(
        self, k: int, limit: int, prev: str, has_title: bool, named: bool, apposition: bool
    ) -> tuple[int, Phrase | None] | None:
        """Cross punctuation inside a phrase: short quoted names, brackets, hyphens, appositions after a comma."""
        v = self.view
        char = v.char(k)
        if char in QUOTE_CHARS:
            mark = v.mark_by_opener.get(k)
            if (
                mark is not None
                and mark.close_token is not None
                and mark.close_token < limit
                and prev not in ("", "name")
            ):
                size = mark.last_token - mark.first_token
                if size <= 4 or (size <= 10 and self.names_body(k - 1)):
                    return mark.close_token + 1, None  # a quoted name: «منظمة "شربا"», «منظمة "خدمات الإرشاد …"»
            return None
        if char == "(":
            for end in range(k + 1, min(k + 8, limit)):
                if v.char(end) == ")":
                    return end + 1, None
            return None
        if char in DASHES and prev == "name" and v.is_name_like(k + 1) and k + 1 < limit:
            return k + 1, None
        if char in COMMAS and apposition and k + 1 < limit:
            inner = self.read(k + 1, limit, apposition=False)
            if inner is None or not self._is_apposition(inner, has_title, named):
                return None
            after = inner.last
            if after + 1 < limit and v.char(after) in COMMAS and v.tokens[after + 1].prefixes[:1] == ("و",):
                partner = self.read(after + 1, limit, apposition=False)  # «، بوريس جونسون، وبيني موردونت»
                if partner is not None and partner.name is not None and partner.name[0] == partner.first:
                    return partner.last, Phrase(inner.first, partner.last, inner.name, inner.has_title)
            return after, inner
        return None

    def names_body(self, k: int) -> bool:
        """Does word `k` name a body whose name may follow in quotation marks («منظمة», «صحيفة», «حركة»)?"""
        v = self.view
        if k < 0 or not v.is_word(k) or v.is_definite(k):
            return False  # «للصحيفة "…"», «الحكومة "…"»: a body already named is followed by what it said
        return v.has("institution_heads", k) or v.has("media_heads", k)

    def _is_apposition(self, inner: Phrase, has_title: bool, named: bool) -> bool:
        """«، مولود جاويش أوغلو،» after a title, «، المتحدثة باسم اللجنة» after a name: the same person."""
        v = self.view
        first_ok = v.is_name_like(inner.first) or v.is_title(inner.first) or v.is_head(inner.first)
        if not first_ok and not (inner.name is not None and inner.name[0] == inner.first):
            return False  # «، استقالة وزيري …»: a new noun phrase, not the same speaker
        if inner.name is not None and not named:
            return inner.name[0] == inner.first or inner.has_title
        if inner.has_title and named and v.is_title(inner.first):
            return True
        return inner.has_title and has_title and not named and inner.name is not None


def is_accusative(word: str) -> bool:
    """A word written with the accusative tanween («بياناً», «عاماً»): an object or adverb, never a subject."""
    return word.endswith(("اً", "ًا", "ً"))


def name_text(view: View, phrase: Phrase) -> str | None:
    if phrase.name is None:
        return None
    first, last = phrase.name
    return view.span_text(first, last)


def is_name_particle(view: View, index: int) -> bool:
    return view.norm(index) in NAME_PARTICLES
