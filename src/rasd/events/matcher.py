"""Finding predicate words (triggers) in a sentence through the clitic and stem analysis of its tokens."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from rasd.caches import per_word
from rasd.doc import Token
from rasd.events.lexicon import FormHit, Grammar, Lexicon, Predicate, bare, norm_word
from rasd.events.morphology import FormFeatures
from rasd.resources import load_json
from rasd.text.clitics import load_word_frequencies
from rasd.text.normalize import devocalize

_OBJECT_WINDOW = 16
_NOUN_OBJECT_WINDOW = 6
# a figurative object of a verb comes after its subject at most («فجرت تصريحات الوزير أزمة»), of a noun after
# its preposition at most («السيطرة على الحريق»)
_NOT_OBJECT_WINDOW = 4
# words back from a verb to the noun a relative clause describes («إجراءات إدارة الرئيس ... التي استهدفت»)
_NOT_SUBJECT_REACH = 6
_PREP_WINDOW = 8
_DAMMA = "\u064f"
# «لما» is left out: in news it is «ل» + «ما» (what) far more often than «لمّا» (not yet): «وفقا لما نقله»
_JUSSIVE_PARTICLES = frozenset({"لم", "ولم", "فلم", "لا", "ولا"})
# after «لم» and «لن» a word is an imperfect verb: «لم تعهده» (was not used to it) is no «تعهّده» (pledged it)
_PAST_BARRING_PARTICLES = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "فلن"})


@dataclass(frozen=True, slots=True, init=False)
class Split:
    """One way to read a word: proclitics, a core form to look up, and a pronoun enclitic."""

    proclitics: str
    core: str
    enclitic: str
    from_analyzer: bool
    against_analyzer: bool = False

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        proclitics: str,
        core: str,
        enclitic: str,
        from_analyzer: bool,
        against_analyzer: bool = False,
    ) -> None:
        object.__setattr__(self, "proclitics", proclitics)
        object.__setattr__(self, "core", core)
        object.__setattr__(self, "enclitic", enclitic)
        object.__setattr__(self, "from_analyzer", from_analyzer)
        object.__setattr__(self, "against_analyzer", against_analyzer)


@cache
def _affixes() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    tables = load_json("events", "morphology.json")
    verbs = frozenset(norm_word(p) if p else "" for p in tables["verb_proclitics"])
    nouns = frozenset(norm_word(p) if p else "" for p in tables["noun_proclitics"])
    enclitics = tuple(sorted((norm_word(e) if e else "" for e in tables["enclitics"]), key=len, reverse=True))
    return verbs, nouns, enclitics


@cache
def _proclitic_runs() -> tuple[str, ...]:
    """Every verb or noun proclitic run, shortest first (sorted once: `splits_of` runs for every new word)."""
    verbs, nouns, _ = _affixes()
    return tuple(sorted(verbs | nouns, key=len))


_PER_WORD_CACHE = 200_000  # distinct words remembered: bounded memory on any corpus
_SECOND_PERSON = frozenset({"ك", "كم", "كما", "كن"})
_WHOLE_WORD_FREQUENCY = 20


# Neither of these two is memoised: `_word_reading`, their only caller, is, so a cache of theirs only missed.
def _frequent(word: str) -> bool:
    return load_word_frequencies().get(word, 0) >= _WHOLE_WORD_FREQUENCY


def splits_of(
    norm: str, analyzer_prefixes: str, analyzer_stem: str, analyzer_suffix: str, frequent: bool, ta_marbuta: bool
) -> tuple[Split, ...]:
    """Candidate readings of a word, the analyzer's first; each core at least two letters long.

    Other readings may strip more proclitics than the clitic analyzer did; fewer only for a bare inflected form
    that is tried after the others («فتحت» may be a verb though the analyzer saw ف + تحت, but «وعودة» is و + عودة,
    not وعود + ه); and no proclitic at all when the analyzer kept a frequent word whole («وزارة» ≠ و + زار + ه).
    """
    enclitics = _affixes()[2]
    seen: set[tuple[str, str, str]] = set()
    out: list[Split] = []
    late: list[Split] = []

    def add(proclitics: str, core: str, enclitic: str, from_analyzer: bool) -> None:
        if len(core) < 2 or (proclitics, core, enclitic) in seen:
            return
        seen.add((proclitics, core, enclitic))
        if proclitics.startswith(analyzer_prefixes) or from_analyzer:
            out.append(Split(proclitics, core, enclitic, from_analyzer))
        elif not enclitic:
            late.append(Split(proclitics, core, enclitic, False, True))

    if analyzer_stem and analyzer_suffix not in _SECOND_PERSON:
        add(analyzer_prefixes, analyzer_stem, analyzer_suffix, True)
    for proclitics in _proclitic_runs():
        if not norm.startswith(proclitics):
            continue
        if proclitics and not analyzer_prefixes and frequent:
            continue
        rest = norm[len(proclitics) :]
        for enclitic in enclitics:
            if enclitic and (not rest.endswith(enclitic) or enclitic in _SECOND_PERSON):
                continue
            if ta_marbuta and enclitic.endswith("ه"):
                continue  # «أسلحة»: a written ta marbuta is no pronoun «ه»
            core = rest[: len(rest) - len(enclitic)] if enclitic else rest
            add(proclitics, core, enclitic, False)
            if enclitic and core.endswith("ت"):
                add(proclitics, core[:-1] + "ه", enclitic, False)
            if enclitic and core.endswith("ا"):
                add(proclitics, core[:-1] + "ي", enclitic, False)
            if enclitic and core.endswith(("ئ", "ؤ")):
                add(proclitics, core[:-1] + "ء", enclitic, False)  # «لقائه», «اعتداؤه»: the hamza's seat moves
    return tuple(out + late)


@dataclass(slots=True, init=False)
class TokenView:
    """A token with everything the coder asks about it, computed once per sentence."""

    index: int
    token: Token
    norm: str  # the token's, kept here as well: the coder reads it of every word many times
    is_word: bool
    forms: frozenset[str]
    proclitics: frozenset[str]
    splits: tuple[Split, ...] = ()
    in_timex: bool = False

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        index: int,
        token: Token,
        norm: str,
        is_word: bool,
        forms: frozenset[str],
        proclitics: frozenset[str],
        splits: tuple[Split, ...] = (),
        in_timex: bool = False,
    ) -> None:
        self.index = index
        self.token = token
        self.norm = norm
        self.is_word = is_word
        self.forms = forms
        self.proclitics = proclitics
        self.splits = splits
        self.in_timex = in_timex

    @property
    def text(self) -> str:
        return self.token.text


def _word_reading(
    text: str, norm: str, prefixes: tuple[str, ...], stem: str, suffixes: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str], tuple[Split, ...]]:
    """The forms, proclitics and readings of one written word: computed once per distinct surface form."""
    written = devocalize(text)
    splits = splits_of(norm, "".join(prefixes), stem, "".join(suffixes), _frequent(written), written.endswith("ة"))
    forms = {norm, stem, bare(stem)}
    for split in splits:
        if split.proclitics in ("", "و", "ف", "ال", "وال", "فال") or split.from_analyzer:
            forms.add(split.core)
            forms.add(bare(split.core))
            if split.core.endswith("ا") and len(split.core) > 3:
                forms.add(split.core[:-1])
    return frozenset(forms), frozenset(prefixes), splits


_Reading = tuple[frozenset[str], frozenset[str], tuple[Split, ...]]
_HASHTAG_MARKS = frozenset({"#", "_"})


def _hashtag_mark(tokens: Sequence[Token], index: int) -> bool:
    """«#» opening a hashtag, or «_» joining its words («#كيم_جونغ_أون»): read as if the name were written out."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.kind != "word" or after.start != token.end:
        return False
    if token.text == "#":
        return True
    # «_» only inside a hashtag: «التحالف_العربي_لدعم_الشرعية» written without «#» keeps its words bound
    joined = index - 1
    while joined >= 1 and tokens[joined].kind == "word" and tokens[joined - 1].end == tokens[joined].start:
        if tokens[joined - 1].text == "#":
            return True
        if tokens[joined - 1].text != "_":
            return False
        joined -= 2
    return False


_NAME_PARENTHESIS_WORDS = 4  # the most words a name between parentheses read as written out may have


def _name_parentheses(tokens: Sequence[Token], names: Sequence[tuple[int, int, bool]]) -> set[int]:
    """The parentheses around a name written inside them («ضد (داعش)», «مسلحو (داعش)», «لـ(القاعدة)»: some outlets
    set every group's name so): the words between them lie inside one name's span, of at most four words, the name
    of a body or a person (True in `names`; a place in parentheses says where: «(غرب الموصل)», «في مدينة (صعدة)»).
    Not a name glossing the one right before it («مجلس النواب (البرلمان)»): that one stays set apart."""
    out: set[int] = set()
    for index, token in enumerate(tokens):
        if token.text != "(" or index + 2 >= len(tokens):
            continue
        close = next(
            (
                j
                for j in range(index + 1, min(len(tokens), index + _NAME_PARENTHESIS_WORDS + 2))
                if tokens[j].kind != "word"
            ),
            None,
        )
        if close is None or close == index + 1 or tokens[close].text != ")":
            continue
        first, last = tokens[index + 1], tokens[close - 1]
        name = next(((s, e) for s, e, actor in names if actor and s <= first.start and last.end <= e), None)
        if name is None:
            continue
        before = tokens[index - 1] if index > 0 else None
        if (
            before is not None
            and before.kind == "word"
            and any(s < before.end and before.start < e and (s, e) != name for s, e, _actor in names)
        ):
            continue  # a gloss of the name before it
        out |= {index, close}
    return out


def view_tokens(tokens: Sequence[Token], names: Sequence[tuple[int, int, bool]] = ()) -> list[TokenView]:
    """The tokens of a sentence as the coder reads them; `names` (the character spans of its entities, and whether
    each names a body or a person) lets the parentheses around such a name be read as if it were written out."""
    views: list[TokenView] = []
    parentheses = _name_parentheses(tokens, names) if names else set()
    for token_index, token in enumerate(tokens):
        index = len(views)
        if token.kind != "word":
            if token.text in _HASHTAG_MARKS and _hashtag_mark(tokens, token_index):
                continue
            if token_index in parentheses:
                continue
            views.append(TokenView(index, token, token.norm, False, frozenset({token.norm}), frozenset()))
            continue
        facts = token.facts
        known = facts.reading if facts is not None else None
        if known is not None:
            reading = cast(_Reading, known)
        else:
            reading = _word_reading(token.text, token.norm, token.prefixes, token.stem, token.suffixes)
            if facts is not None:
                facts.reading = reading
        forms, proclitics, splits = reading
        views.append(TokenView(index, token, token.norm, True, forms, proclitics, splits))
    return views


@dataclass(slots=True, init=False)
class Trigger:
    """A predicate word in a sentence: the head token, the tokens it needs, and the senses still open."""

    head: int
    end: int
    hit: FormHit
    split: Split
    senses: list[tuple[FormHit, tuple[int, int] | None]] = field(default_factory=list)
    obj: tuple[int, int] | None = None
    passive: bool = False

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        head: int,
        end: int,
        hit: FormHit,
        split: Split,
        senses: list[tuple[FormHit, tuple[int, int] | None]] | None = None,
        obj: tuple[int, int] | None = None,
        passive: bool = False,
    ) -> None:
        self.head = head
        self.end = end
        self.hit = hit
        self.split = split
        self.senses = [] if senses is None else senses
        self.obj = obj
        self.passive = passive

    @property
    def predicate(self) -> Predicate:
        return self.hit.predicate

    @property
    def features(self) -> FormFeatures:
        return self.hit.features

    @property
    def is_verb(self) -> bool:
        return self.hit.predicate.kind == "v"

    @property
    def span(self) -> tuple[int, int]:
        """Token span of the evidence: the trigger, its fixed words and its required object."""
        end = max(self.end, self.obj[1]) if self.obj else self.end
        return self.head, end


def _compatible(hit: FormHit, split: Split) -> bool:
    verbs, nouns, _ = _affixes()
    if hit.predicate.kind == "v":
        if split.proclitics not in verbs or (split.core in hit.predicate.other_words and not split.enclitic):
            return False  # «حاكم دبي» is the governor, not «حاكم» (tried in court); «لمن» is "to whom"
        if split.enclitic and split.core + split.enclitic in hit.predicate.other_words:
            return False  # «خلال رحلتها» is her trip, not «رحّلتها» (she deported her): a listed form with its pronoun
        if ("س" in split.proclitics or split.proclitics.endswith("ل")) and hit.features.tense != "present":
            return False
        return len(split.core) >= 3 or split.proclitics in ("", "و", "ف") or bool(split.enclitic)
    if hit.predicate.verbal and split.proclitics.endswith("ال"):
        return False  # a participle used like a verb is an indefinite ḥāl («متهما»); «المتهمين» are defendants
    return split.proclitics in nouns and (len(split.core) >= 3 or bool(split.proclitics))


def _matches_word(view: TokenView, word: str) -> bool:
    return word in view.forms


def _continuation_end(views: Sequence[TokenView], start: int, words: tuple[str, ...]) -> int | None:
    position = start
    for word in words:
        while position < len(views) and views[position].token.kind == "punct" and views[position].norm in "\"«»“”'":
            position += 1
        if position >= len(views) or not _matches_word(views[position], word):
            return None
        position += 1
    return position


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ني")


def function_core(view: TokenView) -> str:
    """A function word without a leading conjunction or a trailing pronoun («وأنه» → «أن», «فالذين» → «الذين»)."""
    word = view.norm
    if word[:1] in ("و", "ف") and len(word) > 2:
        word = word[1:]
    return word


def is_complementizer(view: TokenView, grammar: Grammar) -> bool:
    if not view.is_word:
        return False
    facts = view.token.facts
    if facts is None:
        return _complementizer_word(view.norm, grammar.complementizers)
    if facts.complementizer_owner is grammar.complementizers:
        return cast(bool, facts.complementizer)
    found = _complementizer_word(view.norm, grammar.complementizers)
    facts.complementizer_owner = grammar.complementizers
    facts.complementizer = found
    return found


@per_word(_PER_WORD_CACHE)
def _complementizer_word(norm: str, complementizers: frozenset[str]) -> bool:
    word = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 2 else norm
    if word in complementizers:
        return True
    return any(word.endswith(p) and word[: -len(p)] in complementizers for p in _PRONOUNS)


def is_subordinator(view: TokenView, grammar: Grammar) -> bool:
    """«حين», «بينما», «لكنه»: with a leading «و/ف» too («وبينما», «ولكنه»)."""
    return view.is_word and (view.norm in grammar.subordinators or function_core(view) in grammar.subordinators)


def opener_pronoun(view: TokenView, grammar: Grammar) -> str | None:
    """The subject pronoun a clause opener carries: «أنه», «إنها», «لكنه», «ولكنهم» (the tokenizer splits some of
    these, and leaves a word listed whole, «لكنه», unsplit)."""
    if not view.is_word:
        return None
    if view.token.suffixes:
        return view.token.suffixes[-1]
    word = function_core(view)
    for pronoun in ("هما", "هم", "هن", "ها", "ه"):
        base = word[: -len(pronoun)]
        listed = base in grammar.complementizers or (word in grammar.subordinators and base in grammar.subordinators)
        if word.endswith(pronoun) and listed:
            return pronoun
    return None


def is_relative(view: TokenView, grammar: Grammar) -> bool:
    return view.is_word and function_core(view) in grammar.relative_pronouns


def _is_barrier(view: TokenView, grammar: Grammar) -> bool:
    return view.norm in grammar.sentence_punctuation or (is_complementizer(view, grammar) or is_relative(view, grammar))


# the object pronoun a verb of describing carries for «ما» («وصفه», «وصفته», «اعتبرها»)
_DESCRIBED_PRONOUNS = ("ه", "ها", "هم", "هما")


def describing_verb(view: TokenView, grammar: Grammar) -> bool:
    """A verb of describing with its object pronoun («ما وصفه ب...»): read from the word itself as well, since the
    clitic analysis may split «وصفته» only as «و» + «صفته»."""
    if any(split.core in grammar.describing_verbs for split in view.splits):
        return True
    return any(view.norm.endswith(p) and view.norm[: -len(p)] in grammar.describing_verbs for p in _DESCRIBED_PRONOUNS)


def what_described(views: Sequence[TokenView], position: int, grammar: Grammar) -> bool:
    """«أدانت السعودية ما وصفته بالاعتداء»: «ما» and a verb of describing; the verb's object is «ما», and the word
    after the describing verb says what it was called (no required object of the verb: no conviction here)."""
    view = views[position]
    return (
        view.is_word
        and view.token.stem == "ما"
        and not view.token.suffixes
        and position + 1 < len(views)
        and describing_verb(views[position + 1], grammar)
    )


def _find_object(
    views: Sequence[TokenView], start: int, objects: tuple[tuple[str, ...], ...], grammar: Grammar, reach: int
) -> tuple[int, int] | None:
    """The first required object word within `reach` words, not past a new clause («، و...»). After «ما» and a
    verb of describing, the word with «ب» right after them says what the object was called: it is the object
    («رفض ما وصفها بالمزاعم»), but the «ب» is the describing verb's, never one the object is written with
    («أدانت X ما وصفته بالاعتداء» is no conviction «أدان ... بالاعتداء»)."""
    # a phrase can only start at a word that has its first word among its forms: most words are tried no further
    firsts = frozenset(phrase[0] for phrase in objects if phrase)
    any_word = not all(objects)
    words_seen = 0
    position = start
    called = -1
    while position < len(views) and words_seen < reach:
        view = views[position]
        if _is_barrier(view, grammar):
            return None
        if what_described(views, position, grammar):
            called = position + 2
        following = views[position + 1] if position + 1 < len(views) else None
        if view.token.text in ("،", ",") and following is not None and following.token.prefixes[:1] == ("و",):
            return None
        if view.is_word:
            words_seen += 1
            if any_word or not view.forms.isdisjoint(firsts):
                for phrase in objects:
                    if position == called and phrase and phrase[0] == view.norm:
                        continue
                    end = _continuation_end(views, position, phrase)
                    if end is not None:
                        return position, end
        position += 1
    return None


def _excluded_after(views: Sequence[TokenView], prep: int, predicate: Predicate, grammar: Grammar) -> bool:
    """Whether an excluded object (`notobj`) opens the phrase of the sense's required preposition at `prep`, however
    far the preposition stands from the verb."""
    start = prep + 1 if views[prep].forms & frozenset(predicate.preps) else prep  # «على قانون», «بقانون»
    if start < len(views) and "ال" not in views[start].proclitics and views[start].forms & grammar.district_words:
        return False  # «سيطر مسلحو داعش على قضاء سنجار»: a district, not the judiciary («القضاء») of `notobj`
    return _find_object(views, start, predicate.not_objects, grammar, 2) is not None


def _instrument_subject(
    views: Sequence[TokenView], view: TokenView, end: int, predicate: Predicate, grammar: Grammar
) -> bool:
    """Whether the verb's subject is one of the sense's `not_subjects`: a measure, a law, sanctions («العقوبات
    التي استهدفت الشركات», «مشاريع تستهدف أمن البلاد») aim at people without any force. The subject is the word
    right after the verb, or, for a verb that opens no clause of its own (no «و/ف»), the noun a few words back
    that the relative clause describes; a comma, a sentence mark or a complementizer ends the search."""
    words = predicate.not_subjects
    if end < len(views) and views[end].is_word and not views[end].forms.isdisjoint(words):
        return True
    if view.token.prefixes[:1] in (("و",), ("ف",)):
        return False
    return _described_noun(views, view.index - 1, words, grammar)


def _described_noun(views: Sequence[TokenView], start: int, words: frozenset[str], grammar: Grammar) -> bool:
    """Whether one of `words` stands a few words back from `start`, the noun a relative clause describes; a comma, a
    sentence mark or a complementizer ends the search."""
    seen = 0
    for position in range(start, -1, -1):
        before = views[position]
        if before.token.text in ("،", ",") or before.norm in grammar.sentence_punctuation:
            return False
        if not before.is_word:
            continue
        if is_complementizer(before, grammar):
            return False
        if not before.forms.isdisjoint(words):
            return True
        seen += 1
        if seen >= _NOT_SUBJECT_REACH:
            return False
    return False


def _relative_object(views: Sequence[TokenView], view: TokenView, predicate: Predicate, grammar: Grammar) -> bool:
    """Whether a verb with an object pronoun right after a relative pronoun («كأس العالم التي تستضيفها روسيا», «القمة
    التي تستضيفها لندن») resumes one of the sense's `not_objects` (a one-word one) written as the antecedent, a few
    words before the pronoun; a comma, a sentence mark or a complementizer ends the search."""
    if predicate.kind != "v" or view.token.prefixes[:1] in (("و",), ("ف",)):
        return False
    words = frozenset(phrase[0] for phrase in predicate.not_objects if len(phrase) == 1)
    position = view.index - 1
    while position >= 0 and not views[position].is_word:
        position -= 1
    if position < 0 or function_core(views[position]) not in grammar.relative_pronouns:
        return False
    return _described_noun(views, position - 1, words, grammar)


_RESUMED_REACH = 4  # words of the antecedent phrase before a relative pronoun («العملية العسكرية الشاملة التي»)
_OBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})
# where the target of a sense with a bare object stands when its object is a pronoun: an attack's («أطلقها ... على
# المدينة», «ضد أهداف»), a gift's or a charge's («تقدمه إيران لحلفائها», «وجهها الوزير إلى»)
_RESUMED_TARGET_PREPOSITIONS = tuple(norm_word(p) for p in ("على", "ضد", "ل", "إلى"))


def _resumed_object(views: Sequence[TokenView], view: TokenView, predicate: Predicate, grammar: Grammar) -> int | None:
    """Where the sense's required object is written before the word, as the noun its relative clause describes,
    when the object pronoun of the verb (or of a verbal noun after «تم») stands for it: after a relative pronoun
    («الاتفاق الذي وقعته الحكومة مع», «العملية التي تم إطلاقها»), or right after an indefinite noun and its
    indefinite adjectives, where Arabic writes no pronoun («في هجوم جديد نسبته السلطات إلى»). The pronoun resumes
    the nearest noun phrase, so the object is looked for only among the few words before the clause."""
    if view.token.prefixes[:1] in (("و",), ("ف",)):
        return None
    position = view.index - 1
    if position >= 0 and views[position].is_word and views[position].norm in grammar.passive_markers:
        if predicate.kind != "n":
            return None
        position -= 1
    elif predicate.kind != "v":
        return None
    if position < 0 or not views[position].is_word:
        return None
    relative = function_core(views[position]) in grammar.relative_pronouns
    if relative:
        position -= 1
    elif view.index - position != 1:
        return None
    if predicate.kind == "v" and _prepositional_after(views, view.index + 1, grammar):
        # «الدعم الذي تقدمه لمشاريع», «رسومها التي فرضتها على الصلب»: no subject written after the verb, whose
        # unnamed subject the argument finder cannot tell from the owner of the antecedent
        return None
    clause_start = position + 1
    for back in range(_RESUMED_REACH):
        index = position - back
        if index < 0 or not views[index].is_word or is_complementizer(views[index], grammar):
            return None
        if not relative and "ال" in views[index].proclitics:
            return None  # a definite noun takes «الذي/التي» before its clause
        for phrase in predicate.objects:
            end = _continuation_end(views, index, phrase)
            if end is not None and end <= clause_start:
                # the clause must name whom the act is aimed at with the sense's preposition («فرضتها واشنطن على
                # موسكو», «وقعته طهران مع ...»): with the object only a pronoun, a bare phrase after the verb is
                # most often its subject or a word of the sentence around it, never the target
                preps = [p for p in predicate.target_preps if p != "-"] or list(_RESUMED_TARGET_PREPOSITIONS)
                found = has_preposition(views, view.index + 1, preps, grammar)
                if found is None or views[found - 1].forms & grammar.affiliation_words:
                    return None  # «أطلقتها ميليشيات الحوثي التابعة لإيران»: the owner of the subject, no target
                return index
    return None


def _prepositional_after(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """Whether the word at `index` opens a prepositional phrase on a noun («على الصلب», «لمشاريع»); a preposition
    with a pronoun («عليها», «لها») is no such phrase, and the subject may still follow it."""
    if index >= len(views) or not views[index].is_word:
        return False
    view = views[index]
    if view.norm in grammar.prepositions:
        return True
    if view.token.suffixes or any(view.norm == p + e for p in grammar.prepositions for e in _OBJECT_PRONOUNS):
        return False
    return bool(view.proclitics & grammar.proclitic_prepositions)


def has_preposition(
    views: Sequence[TokenView], start: int, preps: Sequence[str], grammar: Grammar, reach: int = _PREP_WINDOW
) -> int | None:
    """Index of the first token within `reach` words that is one of `preps` or carries it as a proclitic."""
    words_seen = 0
    for position in range(start, min(len(views), start + reach * 2)):
        view = views[position]
        if _is_barrier(view, grammar):
            return None
        if not view.is_word:
            continue
        words_seen += 1
        if words_seen > reach:
            return None
        for prep in preps:
            if prep in view.forms or (prep in grammar.proclitic_prepositions and prep in view.proclitics):
                return position
            if prep in grammar.proclitic_prepositions and not view.proclitics and view.norm.startswith(prep):
                rest = view.norm[len(prep) :]
                if len(rest) >= 3 and rest not in grammar.prepositions:
                    return position
    return None


def _passive(token: Token, split: Split) -> bool:
    """A written damma on the first letter of the stem marks the passive («قُتل», «اُعتقل»)."""
    text = token.text
    letters = 0
    for index, char in enumerate(text):
        if char.isalpha():
            letters += 1
            if letters == len(split.proclitics) + 1:
                return index + 1 < len(text) and text[index + 1] == _DAMMA
    return False


def find_triggers(
    views: Sequence[TokenView], lexicon: Lexicon, grammar: Grammar, nouns_at: Collection[int] = ()
) -> list[Trigger]:
    """Every predicate word of a sentence with the senses whose constructions are present, best reading first.
    `nouns_at`: words known to be nouns by their place in the sentence, read as a noun when they can be."""
    triggers: list[Trigger] = []
    previous: TokenView | None = None
    for view in views:
        if not view.is_word:
            continue
        particle = previous is not None and previous.norm in _JUSSIVE_PARTICLES
        no_past = previous is not None and previous.norm in _PAST_BARRING_PARTICLES
        previous = view
        if (view.norm in grammar.stop_words and not devocalize(view.text).endswith("أ")) or view.in_timex:
            continue  # «فجر اليوم» is dawn, not «فجّر» (blow up); «هنأ» (congratulated) is no «هنا» (here)
        groups = _word_senses(view, lexicon, particle)
        if no_past:
            groups = _imperfects_only(groups)
        for rank, readings in enumerate(groups):
            # a longer reading whose construction is absent gives way to the clitic analyzer's reading: «الهجوم» is
            # the lexicon's «الهجوم الكيميائي» only before «الكيميائي», and otherwise «ال» + «هجوم» (never the
            # other way round: «بحث» without «مع» is no «ب» + «حث»)
            if rank:
                readings = [reading for reading in readings if reading[0].from_analyzer]
                if not readings:
                    continue
            trigger = _resolve_senses(views, view, readings, grammar, noun=view.index in nouns_at)
            if trigger is not None:
                triggers.append(trigger)
                break
    triggers = _drop_natural_subjects(_drop_counted(triggers, views), views, grammar)
    return _drop_consumed(_drop_undergoing(triggers, views, grammar), views, grammar)


_Senses = list[list[tuple[Split, list[FormHit]]]]


def _imperfects_only(groups: _Senses) -> _Senses:
    """The readings of a word right after «لم» or «لن»: its imperfect verbs only (the particle takes an imperfect;
    «لم تعهده» is neither «تعهّده» he pledged it nor «تعهده» his pledge)."""
    kept: _Senses = []
    for readings in groups:
        group = []
        for split, hits in readings:
            present = [h for h in hits if h.predicate.kind == "v" and h.features.tense == "present"]
            if present:
                group.append((split, present))
        if group:
            kept.append(group)
    return kept


def _word_senses(view: TokenView, lexicon: Lexicon, particle: bool) -> _Senses:
    """`_readings_by_length` of the word, remembered on its record for this lexicon (the splits it reads are a
    function of the written word)."""
    facts = view.token.facts
    if facts is None:
        return _readings_by_length(lexicon, view.splits, particle)
    if facts.triggers_owner is not lexicon:
        facts.triggers_owner = lexicon
        facts.triggers = facts.triggers_after_particle = None
    known = facts.triggers_after_particle if particle else facts.triggers
    if known is not None:
        return cast(_Senses, known)
    senses = _readings_by_length(lexicon, view.splits, particle)
    if particle:
        facts.triggers_after_particle = senses
    else:
        facts.triggers = senses
    return senses


def _readings_by_length(
    lexicon: Lexicon, splits: tuple[Split, ...], particle: bool
) -> list[list[tuple[Split, list[FormHit]]]]:
    """The readings of a word that the lexicon knows, with the senses each can have, grouped longest first."""
    by_length: dict[int, list[tuple[Split, list[FormHit]]]] = {}
    for split in splits:
        hits = [
            hit
            for hit in lexicon.lookup(split.core)
            if _compatible(hit, split) and (hit.features.mood != "jussive" or particle or split.proclitics)
        ]
        if not hits:
            continue
        length = len(split.core) + (1 if split.from_analyzer else 0)
        by_length.setdefault(length, []).append((split, hits))
    return [by_length[length] for length in sorted(by_length, reverse=True)]


_IDENTITY_REACH = 2  # «الكشف عن اسمه», «ذكر اسمه»: the name right after the word of disclosing or one word on


def _discloses_identity(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    view = views[index]
    if not (view.norm in grammar.disclosure_words or view.forms & grammar.disclosure_words):
        return False
    after = [v for v in views[index + 1 : index + 1 + _IDENTITY_REACH] if v.is_word]
    return any(v.norm in grammar.identity_words for v in after)


def asks_anonymity(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """«طلب عدم نشر اسمه», «رافضا الكشف عن هويته»: a source asking not to be named; neither the disclosing nor the
    asking or refusing is an event (grammar `anonymity`)."""
    if _discloses_identity(views, index, grammar):
        return True
    following = index + 1
    while following < len(views) and views[following].norm in grammar.anonymity_negators:
        following += 1
    return following < len(views) and following > index and _discloses_identity(views, following, grammar)


def _resolve_senses(
    views: Sequence[TokenView],
    view: TokenView,
    readings: list[tuple[Split, list[FormHit]]],
    grammar: Grammar,
    *,
    noun: bool = False,
) -> Trigger | None:
    if asks_anonymity(views, view.index, grammar):
        return None
    previous_words = _words_before(views, view.index, 2)
    senses: list[tuple[FormHit, tuple[int, int] | None, Split, int]] = []
    for split, hits in readings:
        for hit in hits:
            predicate = hit.predicate
            end = _continuation_end(views, view.index + 1, hit.continuation) if hit.continuation else view.index + 1
            if end is None:
                continue
            if predicate.not_after and any(v.forms & predicate.not_after for v in previous_words):
                continue
            if (
                predicate.not_subjects
                and predicate.kind == "v"
                and _instrument_subject(views, view, end, predicate, grammar)
            ):
                continue
            if predicate.not_objects and _find_object(
                views, end, predicate.not_objects, grammar, _NOT_OBJECT_WINDOW if predicate.kind == "v" else 2
            ):
                continue
            if predicate.not_objects and split.enclitic and _relative_object(views, view, predicate, grammar):
                continue  # «مونديال 2018 الذي تستضيفه روسيا»: the pronoun stands for the excluded object
            if predicate.kind == "n" and any(v.forms & grammar.topic_markers for v in previous_words):
                continue  # «محادثات بشأن وقف إطلاق النار»: a topic under discussion, not an event
            if (predicate.kind == "n" or not split.proclitics) and _after_topic_head(views, view.index, grammar):
                continue  # «أوجه التعاون», «فرص إجراء محادثات», «سبل دعم الأردن» (no verb): a side, a way, a prospect
            if predicate.kind == "n" and previous_words and previous_words[0].forms & grammar.non_event_heads:
                continue  # «مذكرة اعتقال», «مشروع قانون»: a document or a proposal, not the act it names
            obj: tuple[int, int] | None = None
            if predicate.objects:
                reach = _OBJECT_WINDOW if predicate.kind == "v" else _NOUN_OBJECT_WINDOW
                obj = _find_object(views, end, predicate.objects, grammar, reach)
                if obj is None and (
                    split.enclitic not in _OBJECT_PRONOUNS or _resumed_object(views, view, predicate, grammar) is None
                ):
                    continue  # no object after the word, nor one before it that its pronoun stands for
            reach = _PREP_WINDOW if predicate.kind == "v" else 2
            prep = has_preposition(views, end, predicate.preps, grammar, reach) if predicate.preps else None
            if predicate.preps and prep is None:
                continue
            if prep is not None and predicate.not_objects and _excluded_after(views, prep, predicate, grammar):
                continue  # «صادقت الحكومة الشهر الماضي على قانون»: a law passed, no agreement ratified
            if predicate.preps and predicate.kind == "v" and split.enclitic:
                continue  # «حققتها في»: an object pronoun means the transitive sense (achieve), not «حقق في»
            senses.append((hit, obj, split, end))
    if not senses:
        return None
    before = previous_words[0] if previous_words else None
    if noun:
        senses = [s for s in senses if s[0].predicate.kind == "n"] or senses
    elif before is not None and before.index == view.index - 1 and before.norm in grammar.prepositions - {"حتي"}:
        # «بناء على تعهد كيم»: right after a preposition a word is a noun, whatever verb it could also spell
        nouns = [s for s in senses if s[0].predicate.kind == "n"]
        senses = nouns or senses
    elif _after_lending_genitive(views, view.index, grammar):
        # «قرار الولايات المتحدة نقل سفارتها», «خطة واشنطن نشر صواريخ»: after a verbal noun of deciding or planning
        # and its genitive, a word spelt like a verb is the act decided, a verbal noun
        nouns = [s for s in senses if s[0].predicate.kind == "n"]
        senses = nouns or senses
    elif before is not None and before.index == view.index - 1 and _finite_lender(before, grammar):
        # «ستواصل دعم», «يواصل قصف»: right after a present verb that lends its subject the word is its verbal noun
        nouns = [s for s in senses if s[0].predicate.kind == "n"]
        senses = nouns or senses
    # The most specific construction wins: a sense with fixed words or a required object before a bare one; of two
    # senses with a required object, the one whose object comes first («قطعت X العلاقات مع Y عن طريق ...» breaks
    # relations: «طريق» after «عن» is no road blocked)
    senses.sort(
        key=lambda s: (
            -(len(s[0].continuation) + (1 if s[1] else 0)),
            s[1][0] if s[1] else 0,
            0 if s[2].from_analyzer else 1,
        )
    )
    hit, obj, split, end = senses[0]
    trigger = Trigger(view.index, end, hit, split, [(h, o) for h, o, _, _ in senses], obj)
    trigger.passive = _passive(view.token, split)
    return trigger


def in_body_name(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """The word at `index` right after a noun of a body named by its purpose (grammar `purpose_bodies`): «جمعيات
    مساعدة المهاجرين», «هيئة مكافحة الفساد». Such a noun stays a trigger, a boundary of the clauses around it, but
    codes no act of its own."""
    if index < 1 or not views[index - 1].is_word:
        return False
    head = views[index - 1]
    # the name's head is in construct, never definite: «ونددت المنظمة باعتقال» is the body's act
    return "ال" not in head.proclitics and bool(head.forms & grammar.purpose_bodies)


def _after_topic_head(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """The word at `index` right after a topic head (grammar `topic_heads`), or after one indefinite noun in
    construct with it («فرص إجراء محادثات»; not «المجال التكنولوجي لدعم»)."""
    if index < 1 or not views[index - 1].is_word:
        return False
    if views[index - 1].forms & grammar.topic_heads:
        return True
    middle = views[index - 1]
    return (
        index >= 2
        and views[index - 2].is_word
        and bool(views[index - 2].forms & grammar.topic_heads)
        and not middle.norm.startswith("ال")
    )


_LENDER_GENITIVE_REACH = 4  # words of the genitive between a lending verbal noun and the act it governs


def _after_lending_genitive(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """Whether the word at `index` follows a verbal noun that lends its genitive as agent (grammar
    `lend_subject.verbal_nouns`: «قرار», «خطة», «إعلان») through a genitive of one to four words with no
    punctuation, preposition or function word between («قرار الرئيس الأمريكي نقل»)."""
    position = index - 1
    between = 0
    while position >= 0 and between <= _LENDER_GENITIVE_REACH:
        view = views[position]
        if not view.is_word or view.in_timex:
            return False
        if any(split.core in grammar.lend_verbal_nouns for split in view.splits[:1]):
            return between > 0 and not view.proclitics & {"ال"}
        if view.norm in grammar.prepositions or is_complementizer(view, grammar) or view.proclitics - {"ال"}:
            return False
        between += 1
        position -= 1
    return False


def _finite_lender(view: TokenView, grammar: Grammar) -> bool:
    """A present verb that lends its subject to a following verbal noun («تواصل», «سيواصل»), not its noun."""
    return any(split.core in grammar.lend_present and not split.enclitic for split in view.splits[:1])


def _words_before(views: Sequence[TokenView], index: int, count: int) -> list[TokenView]:
    """Up to `count` words before `index`, nearest first."""
    out: list[TokenView] = []
    position = index - 1
    while position >= 0 and len(out) < count:
        if views[position].is_word:
            out.append(views[position])
        position -= 1
    return out


_UNDERGO_REACH = 6


def _drop_counted(triggers: list[Trigger], views: Sequence[TokenView]) -> list[Trigger]:
    """«قتل فيه 17 طالبا», «إحالة 41 متهما إلى المحكمة»: a word spelled like a verb or an active participle right
    after a counting number (not a date's) is the counted noun, no predicate; a counted verbal noun is an act
    («شنت 30 غارة»)."""
    kept = []
    for trigger in triggers:
        if trigger.is_verb or trigger.predicate.verbal:
            before = next((v for v in reversed(views[: trigger.head]) if v.token.text.strip()), None)
            if before is not None and before.token.kind == "number" and not before.in_timex and not _year(before):
                continue
        kept.append(trigger)
    return kept


def _drop_natural_subjects(triggers: list[Trigger], views: Sequence[TokenView], grammar: Grammar) -> list[Trigger]:
    """«الزلزال الذي ضرب», «ضربت عاصفة قوية», «إن الإعصار سيضرب»: a verb whose subject is a natural force
    (grammar `natural_forces`) strikes or kills with no actor behind it, so it states no event."""
    return [t for t in triggers if not (t.is_verb and _natural_subject(views, t.head, grammar))]


def _natural_subject(views: Sequence[TokenView], head: int, grammar: Grammar) -> bool:
    if head + 1 < len(views) and views[head + 1].is_word and views[head + 1].forms & grammar.natural_forces:
        return True  # the subject right after its verb
    before = _words_before(views, head, 3)
    if not before or before[0].index != head - 1:
        return False
    if is_relative(before[0], grammar):
        # the antecedent of the relative clause, perhaps with one adjective («الإعصار القوي الذي»)
        return any(v.forms & grammar.natural_forces for v in before[1:3])
    if not before[0].forms & grammar.natural_forces:
        return False
    # a subject before its verb only at the head of a clause («إن الإعصار سيضرب»), not a time phrase's noun
    # («بعد الزلزال اتهم المعارضون»)
    opener = views[head - 2] if head >= 2 else None
    return opener is None or not opener.is_word or is_complementizer(opener, grammar)


def _year(view: TokenView) -> bool:
    """«وفي 2016 اعتقلت»: a year written alone, not tagged as a date, counts nothing."""
    digits = view.token.text.strip()
    return len(digits) == 4 and digits.isdigit() and _YEARS[0] <= int(digits) <= _YEARS[1]


_YEARS = (1800, 2100)


def _drop_undergoing(triggers: list[Trigger], views: Sequence[TokenView], grammar: Grammar) -> list[Trigger]:
    """«وتعرض الرئيس لانتقادات»: a verb of undergoing before «ل» + an act noun is no trigger of the verb it also
    spells («تعرض» she offers); its subject is the target of that act (see the events README)."""
    acts_with_la = [t.head for t in triggers if not t.is_verb and "ل" in views[t.head].proclitics]
    return [
        t
        for t in triggers
        if not (
            t.is_verb
            and any(split.core in grammar.undergo_verbs for split in views[t.head].splits)
            and any(t.head < head <= t.head + _UNDERGO_REACH for head in acts_with_la)
        )
    ]


def _drop_consumed(triggers: list[Trigger], views: Sequence[TokenView], grammar: Grammar) -> list[Trigger]:
    """A word that is the fixed or required object of another trigger is not a trigger of its own."""
    consumed: set[int] = set()
    heads = {t.head for t in triggers}
    verb_heads = {t.head for t in triggers if t.is_verb}
    for trigger in triggers:
        consumed.update(range(trigger.head + 1, trigger.end))
        if trigger.obj:
            consumed.update(range(trigger.obj[0], trigger.obj[1]))
            after = trigger.obj[1]
            definite = "ال" in views[after - 1].token.prefixes
            # «حمّلها مسؤولية الهجوم»: the act after the blame is the one it alleges, coded as such (extract.py)
            alleged = trigger.predicate.control == "accuse"
            # «أبدت استعدادها للتفاوض», «رغبتها بالتعاون»: the act right after a readiness or wish is the one it
            # intends (governed, coded with intent), not a topic of the object
            intended = trigger.predicate.control == "intent"
            if after in heads and not (after in verb_heads and definite) and not alleged and not intended:
                # «اتفاقية تعاون»: the agreement's subject, not an event of its own; a verb after an indefinite
                # object describes it («فرض عقوبات تستهدف ...»), after a definite one it starts a clause of its
                # own («مبادرة لوقف القتال رحبت بها الجامعة»)
                consumed.add(after)
        if trigger.predicate.control is None:
            # «بصد أي هجوم»: a verbal noun that is the object of a predicate of the same root is that event
            position = trigger.span[1]
            while position < len(views) and views[position].is_word and views[position].forms & grammar.determiners:
                position += 1
            follower = next((t for t in triggers if t.head == position and t is not trigger), None)
            same_root = follower is not None and follower.predicate.cameo[:2] == trigger.predicate.cameo[:2]
            if follower is not None and same_root and not follower.is_verb:
                consumed.add(position)
    return [t for t in triggers if t.head not in consumed]
