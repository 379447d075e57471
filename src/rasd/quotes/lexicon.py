"""The cue lexicon and the word lists of the quotation finder, loaded once from `data/quotes/`.

`cues.json` lists each reporting verb once, by lemma, with its stems; the surface forms (all persons of the perfect,
3rd persons of the present, the adverbial participle «مضيفا», the verbal noun «قوله») are generated here from
the affix lists in the same file. Tokens are matched through the tokenizer's clitic analysis (`Token.prefixes`,
`Token.stem`, `Token.suffixes`), with a plain strip of «و»/«ف» as a fallback when the analysis split a cue wrongly,
so «وأضاف», «فقال», «وأكدت», «قوله», «واعتبرتها» all find their lemma without listing clitic combinations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, cast

from rasd.doc import Token
from rasd.resources import load_json
from rasd.text.normalize import normalize

Category = Literal["verb", "participle", "masdar"]
Number = Literal["singular", "dual", "plural"]

_VERB_PROCLITICS = frozenset({(), ("و",), ("ف",), ("ل",), ("و", "ل"), ("ف", "ل")})
_MASDAR_PROCLITICS = frozenset({(), ("و",), ("ب",), ("ب", "ال"), ("و", "ب"), ("و", "ب", "ال"), ("ل",), ("ال",)})
_PARTICIPLE_PROCLITICS = frozenset({(), ("و",)})
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "ني", "نا", "كم", "ك")


@dataclass(frozen=True, slots=True)
class CueForm:
    """One surface form of a reporting cue, with what its morphology says about the speaker."""

    lemma: str
    category: Category
    perfect: bool
    feminine: bool | None
    number: Number
    first_person: bool
    frames: frozenset[str]
    that_preps: tuple[str, ...]
    preps: tuple[str, ...]
    continuation: bool
    impersonal: bool
    requires: tuple[str, ...]
    homograph: bool = False
    after_wa: bool = False
    object_with_pronoun: bool = False


@dataclass(frozen=True, slots=True)
class CueMatch:
    form: CueForm
    pronoun: bool  # an object/possessive pronoun is attached («قوله», «اتهمه»)
    prefixes: tuple[str, ...] = ()  # the proclitics of this reading («و» in «وأضاف»)


@dataclass(frozen=True, slots=True)
class Attribution:
    lemma: str
    words: tuple[str, ...]


_HEAD_LISTS = frozenset(
    {"person_titles", "institution_heads", "media_heads", "document_heads", "anonymous_heads", "addressee_heads"}
)


def _n(words: Iterable[str], *, heads: bool = False) -> frozenset[str]:
    """Normalised words; head nouns also without their article, to match «للصحافيين» against «الصحافيين»."""
    normal = [normalize(w) for w in words]
    return frozenset(normal) | (frozenset(strip_article(w) for w in normal if " " not in w) if heads else frozenset())


_Memberships = tuple[frozenset[str], frozenset[str]]  # the lists a word is in as written, and read any way


def strip_article(word: str) -> str:
    """The word without a leading definite article (matching-normal form in, out)."""
    for article in ("وال", "بال", "لل", "فال", "كال", "ال"):
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :] if article != "لل" else word[2:]
    return word


class Lexicon:
    def __init__(self, cues: dict[str, Any], words: dict[str, Any]) -> None:
        self.forms: dict[str, list[CueForm]] = {}
        inflection = cues["inflection"]
        for entry in cues["verbs"]:
            self._add_entry(entry, inflection)
        self.attributions = tuple(
            Attribution(p["lemma"], tuple(w if w.startswith("*") else normalize(w) for w in p["words"]))
            for p in cues["attributions"]["phrases"]
        )
        self.attributions_by_first: dict[str, list[Attribution]] = {}
        for attribution in self.attributions:
            self.attributions_by_first.setdefault(attribution.words[0], []).append(attribution)
        self.words = {
            name: _n(values, heads=name in _HEAD_LISTS)
            for name, values in words.items()
            if isinstance(values, list) and _flat(values)
        }
        self.content_boundaries = tuple(tuple(normalize(w) for w in seq) for seq in words["content_boundaries"])
        self.boundaries_by_first: dict[str, list[tuple[str, ...]]] = {}
        for sequence in self.content_boundaries:
            self.boundaries_by_first.setdefault(sequence[0], []).append(sequence)
        self.media_names = tuple(tuple(normalize(name).split()) for name in words["media_names"])
        self.media_keys = frozenset(" ".join(name) for name in self.media_names)
        # word -> the lists it is in, and per distinct (norm, stem): the lists it is in as written or as its stem,
        # and those it is in without its article (one entry per word form rather than per list and word form)
        self._lists_of: dict[str, set[str]] = {}
        for name, listed in self.words.items():
            for word in listed:
                self._lists_of.setdefault(word, set()).add(name)

    def attributions_of(self, token: Token) -> tuple[Attribution, ...]:
        """`attributions_at` the token's normal form, remembered on its word's record."""
        facts = token.facts
        if facts is None:
            return self.attributions_at(token.norm)
        if facts.attributions_owner is self:
            return cast(tuple[Attribution, ...], facts.attributions)
        facts.attributions = found = self.attributions_at(token.norm)
        facts.attributions_owner = self
        return found

    def attributions_at(self, norm: str) -> tuple[Attribution, ...]:
        """The attribution phrases a word may open: by its normal form, then without a leading «و»."""
        by_first = self.attributions_by_first
        phrases = by_first.get(norm, [])
        if norm.startswith("و") and norm[1:] in by_first:
            phrases = phrases + by_first[norm[1:]]
        return tuple(phrases)

    def _add_entry(self, entry: dict[str, Any], inflection: dict[str, list[str]]) -> None:
        frames = frozenset(entry.get("frames", ()))
        common = {
            "lemma": entry["lemma"],
            "frames": frames,
            "that_preps": tuple(normalize(p) for p in entry.get("that_preps", ())),
            "preps": tuple(normalize(p) for p in entry.get("preps", ())),
            "continuation": bool(entry.get("continuation", False)),
            "impersonal": bool(entry.get("impersonal", False)),
            "requires": tuple(normalize(w) for w in entry.get("requires", ())),
            "homograph": bool(entry.get("homograph", False)),
            "after_wa": bool(entry.get("after_wa", False)),
            "object_with_pronoun": bool(entry.get("object_with_pronoun", False)),
        }
        for stem in entry.get("perfect", ()):
            for suffix in inflection["perfect_suffixes"]:
                self._add(stem + suffix, "verb", True, _perfect_features(suffix), common)
        for form in entry.get("imperfect", ()):
            base = form[1:]
            for prefix in inflection["imperfect_prefixes"]:
                for suffix in inflection["imperfect_suffixes"]:
                    self._add(prefix + base + suffix, "verb", False, _imperfect_features(prefix, suffix), common)
        for stem in entry.get("participle", ()):
            for suffix in inflection["participle_suffixes"]:
                self._add(stem + suffix, "participle", False, _participle_features(suffix), common)
        for noun in entry.get("masdar", ()):
            self._add(noun, "masdar", False, (None, "singular", False), common)
        for form in entry.get("first_person", ()):
            self._add(form, "verb", True, (None, "singular", True), common)
        for form in entry.get("forms", ()):
            category: Category = "participle" if normalize(form).endswith(("يا", "يه")) and len(form) > 4 else "verb"
            perfect = not form.startswith(("ي", "ت")) or category == "participle"
            self._add(form, category, perfect, _explicit_features(form), common)

    def _add(
        self,
        surface: str,
        category: Category,
        perfect: bool,
        features: tuple[bool | None, Number, bool],
        common: dict[str, Any],
    ) -> None:
        feminine, number, first = features
        form = CueForm(
            category=category, perfect=perfect, feminine=feminine, number=number, first_person=first, **common
        )
        bucket = self.forms.setdefault(normalize(surface), [])
        if form not in bucket:
            bucket.append(form)

    # --- token matching -------------------------------------------------------------------------------------------

    def cue(self, token: Token) -> CueMatch | None:
        """The reporting cue `token` is a form of, if any (verbs and participles first, then verbal nouns)."""
        if token.kind != "word":
            return None
        facts = token.facts
        if facts is None:
            return self._cue(token)
        if facts.cue_owner is self:
            return cast(CueMatch | None, facts.cue)
        facts.cue = found = self._cue(token)
        facts.cue_owner = self
        return found

    def _cue(self, token: Token) -> CueMatch | None:
        for stem, prefixes, pronoun in _readings(token):
            # a verb before a verbal noun of the same letters («نفى» and «نفي» normalise alike)
            for form in sorted(self.forms.get(stem, ()), key=lambda f: f.category == "masdar"):
                if form.after_wa and form.category != "participle" and prefixes[:1] != ("و",):
                    continue
                if form.category == "masdar":
                    if prefixes in _MASDAR_PROCLITICS:
                        return CueMatch(form, pronoun, prefixes)
                elif prefixes in (_PARTICIPLE_PROCLITICS if form.category == "participle" else _VERB_PROCLITICS):
                    return CueMatch(form, pronoun, prefixes)
        return None

    def has(self, name: str, token: Token, *, article: bool = True) -> bool:
        """Is `token` one of the words of list `name` (as written, as its stem, or without its article)?"""
        if name not in self.words:
            raise KeyError(name)
        written, any_reading = self.memberships(token)
        return name in (any_reading if article else written)

    def memberships(self, token: Token) -> _Memberships:
        """The lists `token` is in as written or as its stem, and those it is in read any way (also without its
        article); remembered per word form."""
        facts = token.facts
        if facts is None:
            return self._memberships_of(token)
        if facts.memberships_owner is self:
            return cast(_Memberships, facts.memberships)
        facts.memberships = found = self._memberships_of(token)
        facts.memberships_owner = self
        return found

    def _memberships_of(self, token: Token) -> _Memberships:
        lists_of = self._lists_of
        written = lists_of.get(token.norm, set()) | (lists_of.get(token.stem, set()) if token.stem else set())
        stripped = lists_of.get(strip_article(token.norm), set())
        return (frozenset(written), frozenset(written | stripped))

    def is_complementizer(self, token: Token) -> bool:
        """«أن», «إن», «بأن», «أنه», «وأن», «فإن»: the word that opens reported content."""
        if token.kind != "word":
            return False
        core = token.norm
        for prefix in ("و", "ف", "ب"):
            if core.startswith(prefix + "ا") and len(core) > 2:
                core = core[len(prefix) :]
                break
        if core == "ان":
            return True
        return core[:2] == "ان" and core[2:] in _PRONOUNS


def _flat(values: list[Any]) -> bool:
    return all(isinstance(v, str) for v in values)


def _readings(token: Token) -> list[tuple[str, tuple[str, ...], bool]]:
    """Candidate (stem, proclitics, has-pronoun) readings of a word, the clitic analysis first."""
    out = [(token.stem or token.norm, tuple(token.prefixes), bool(token.suffixes)), (token.norm, (), False)]
    norm = token.norm
    for prefix in ("و", "ف"):
        if norm.startswith(prefix) and len(norm) > 3:
            out.append((norm[1:], (prefix,), False))
    for stem, prefixes, _ in list(out):
        for pronoun in _PRONOUNS:
            if pronoun == "ه" and token.text.endswith(("ة", "ـة")):
                continue  # ta marbuta («امرأة», «إشارة») normalises to ه but is no pronoun
            if stem.endswith(pronoun) and len(stem) - len(pronoun) >= 3:
                out.append((stem[: -len(pronoun)], prefixes, True))
                if stem.endswith("ت" + pronoun):
                    break
    return out


def _perfect_features(suffix: str) -> tuple[bool | None, Number, bool]:
    return {
        "": (False, "singular", False),
        "ت": (True, "singular", False),
        "وا": (False, "plural", False),
        "ا": (False, "dual", False),
        "تا": (True, "dual", False),
        "نا": (None, "plural", True),
        "تم": (None, "plural", False),
    }.get(suffix, (None, "singular", False))  # type: ignore[return-value]


def _imperfect_features(prefix: str, suffix: str) -> tuple[bool | None, Number, bool]:
    feminine = prefix == "ت"
    if suffix == "ون":
        return False, "plural", False
    if suffix == "ان":
        return feminine, "dual", False
    if suffix == "ن":
        return True, "plural", False
    return feminine, "singular", False


def _participle_features(suffix: str) -> tuple[bool | None, Number, bool]:
    if suffix in ("ة", "تين"):
        return True, "singular" if suffix == "ة" else "dual", False
    if suffix in ("ين", "ات"):
        return suffix == "ات", "plural", False
    return False, "singular", False


def _explicit_features(form: str) -> tuple[bool | None, Number, bool]:
    norm = normalize(form)
    if norm.endswith(("وا", "ون")):
        return False, "plural", False
    if norm.endswith(("نا",)):
        return None, "plural", True
    if norm.endswith(("ت", "ه")) or norm.startswith("ت"):
        return True, "singular", False
    if norm.endswith(("تا", "يان")):
        return None, "dual", False
    return False, "singular", False


@cache
def lexicon() -> Lexicon:
    return Lexicon(load_json("quotes", "cues.json"), load_json("quotes", "words.json"))
