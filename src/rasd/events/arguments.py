"""Who did it to whom: the source and target of a predicate, read from the clause around it.

Arabic clauses come verb-first («التقى الرئيس المصري نظيره») or subject-first after a complementizer
(«أن روسيا ستساعد طاجيكستان»); verbal nouns take their agent or patient as a following genitive («انسحاب القوات»,
«اعتقال الصحفي»), a possessive pronoun («محادثته»), the subject of a supporting verb («شنوا هجوما»), or a pair
after «بين». Targets follow the prepositions each predicate selects (data in the lexicon).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from rasd.events.agents import NAME_MARKS, agent_lexicon
from rasd.events.lexicon import Grammar, Predicate, bare, default_grammar, default_lexicon, norm_word
from rasd.events.matcher import (
    TokenView,
    Trigger,
    describing_verb,
    function_core,
    is_complementizer,
    is_relative,
    is_subordinator,
    opener_pronoun,
)
from rasd.events.mentions import (
    _NISBA_ENDINGS,
    Mention,
    _title_adjectives,
    definite_nisba,
    is_nisba,
    name_office_words,
    place_parts,
    unnamed_subject_before,
    words_before_backing,
)
from rasd.resources import load_json

DEFAULT_TARGET_PREPS = ("-", "ضد", "علي", "مع", "الي", "ل", "بحق")
_SUBJECT_REACH = 9
_TARGET_REACH = 12
_GENITIVE_REACH = 3


@dataclass(frozen=True, slots=True, init=False)
class Clause:
    """Token bounds [start, end) of the clause around a predicate, and the relative pronoun that opens it."""

    start: int
    end: int
    relative: int | None = None

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(self, start: int, end: int, relative: int | None = None) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "relative", relative)


def clause_around(views: Sequence[TokenView], head: int, grammar: Grammar, names: Collection[int] = ()) -> Clause:
    """`names`: tokens of named actors, never a clause boundary («بان كي مون» is no «بأن»)."""
    start, relative = 0, None
    for index in range(head - 1, -1, -1):
        view = views[index]
        if view.norm in grammar.sentence_punctuation or view.token.text in ("؛", ":", ";"):
            start = index + 1
            break
        if index in names:
            continue
        if is_complementizer(view, grammar) or is_subordinator(view, grammar):
            start = index + 1
            break
        if is_relative(view, grammar):
            start, relative = index + 1, index
            break
    end = len(views)
    closing = _aside_close(views, relative - 1, names) if relative is not None and relative > 0 else None
    for index in range(head + 1, len(views)):
        view = views[index]
        if view.norm in grammar.sentence_punctuation or view.token.text in ("؛", ";") or index == closing:
            end = index
            break
        if (
            view.is_word
            and index not in names
            and (is_complementizer(view, grammar) or is_relative(view, grammar) or is_subordinator(view, grammar))
            and not _described_as(views, index, grammar)
        ):
            end = index
            break
    return Clause(start, end, relative)


def _described_as(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """«قصف الجيش ما وصفه بأنه عشرات من الأهداف»: «بأن» after «ما» and a verb of describing introduces what the
    object was called, no clause of its own."""
    if index < 2 or views[index - 2].norm != "ما":
        return False
    return describing_verb(views[index - 1], grammar)


def _aside_close(views: Sequence[TokenView], comma: int, names: Collection[int]) -> int | None:
    """The comma closing an aside opened by the comma at `comma` («حركة طالبان، التي تسيطر على مناطق واسعة،
    قاعدة للجيش»): the next comma not followed by «و» (one followed by «و» goes on with a list or a verb of the
    aside) nor by a name (`names`: «الذي دار بين الوزير، مايك بومبيو، وولي العهد» names the minister)."""
    if views[comma].token.text not in ("،", ","):
        return None
    for index in range(comma + 1, len(views) - 1):
        text = views[index].token.text
        if text in (".", "!", "؟", "?", "؛", ";"):
            return None
        following = views[index + 1]
        opens_list = following.token.prefixes[:1] == ("و",)
        if text in ("،", ",") and following.is_word and not opens_list and following.index not in names:
            return index
    return None


@dataclass(slots=True, init=False)
class Roles:
    """Source and target mention groups found for one predicate, and how they were found."""

    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    source_how: str = ""
    target_how: str = ""
    pronoun_source: bool = False
    # «قتل مدنيون», «اعتقل صحفي»: an unvowelled verb read as a passive, its subject the patient
    passive_reading: bool = False

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        sources: list[Mention] | None = None,
        targets: list[Mention] | None = None,
        source_how: str = "",
        target_how: str = "",
        pronoun_source: bool = False,
        passive_reading: bool = False,
    ) -> None:
        self.sources = [] if sources is None else sources
        self.targets = [] if targets is None else targets
        self.source_how = source_how
        self.target_how = target_how
        self.pronoun_source = pronoun_source
        self.passive_reading = passive_reading


def group_of(mention: Mention, mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if m.group == mention.group]


def reach_end(views: Sequence[TokenView], start: int, end: int, mentions: Sequence[Mention]) -> int:
    """Arguments after a predicate stop at a comma, unless an actor phrase (an apposition) or a date follows it."""
    heads = {m.head_start for m in mentions}
    for index in range(start, end):
        if views[index].token.text in ("،", ",") and not date_aside(views, index, end):
            following = next(
                (v for v in views[index + 1 : end] if (v.is_word or v.token.kind == "number") and not v.in_timex),
                None,
            )
            if following is None or following.index not in heads:
                return index
    return end


def date_aside(views: Sequence[TokenView], comma: int, end: int) -> bool:
    """«وحث الرئيس، الثلاثاء، الحكومة على»: a date set off by commas, or the comma closing one, cuts nothing."""
    if comma > 0 and views[comma - 1].in_timex:
        opening = next((v for v in reversed(views[:comma]) if not v.in_timex), None)
        if opening is not None and opening.token.text in ("،", ","):
            return True
    inside = False
    for view in views[comma + 1 : end]:
        if view.in_timex:
            inside = True
            continue
        return inside and view.token.text in ("،", ",")
    return False


def _words_between(views: Sequence[TokenView], start: int, end: int) -> int:
    return sum(1 for v in views[start:end] if v.is_word)


def _counted_before_comma(views: Sequence[TokenView], mention: Mention, position: int) -> bool:
    """«مقتل 40 حوثيا في منطقة X، دفعت القوات ...», «أسرت 45 حوثيا، وكانت تحاصر ...»: people counted by a number in
    the accusative of what is counted («حوثيا», «مسلحا») and set off from the verb by a comma were the object or the
    victims of what came before; a counted subject stands right before its verb («أن 30 مسلحا قتلوا»), and one
    written in the genitive («نحو 300 فلسطيني، معظمهم ...، قُتلوا») may have an aside of its own."""
    begin = min(mention.start, mention.head_start)
    if begin == 0 or views[begin - 1].token.kind != "number" or mention.end - begin != 1:
        return False
    if not views[begin].token.text.rstrip("\u064b").endswith("ا"):
        return False
    return any(v.token.text in ("،", ",") for v in views[mention.end : position])


def verb_subject(
    views: Sequence[TokenView],
    position: int,
    end: int,
    clause: Clause,
    mentions: Sequence[Mention],
    verb_heads: set[int],
    *,
    agrees: bool = False,
) -> tuple[list[Mention], str]:
    """The subject group of a verb at `position` (its word ends at `end`): subject-first, else verb-first.
    `agrees`: the verb carries a plural or dual subject («وحثوا», «التقيا»), which a verb before its subject never
    does, so an actor after it is its object."""
    before = [
        m
        for m in mentions
        if clause.start <= m.head_start
        and m.end <= position
        and (m.is_bare or _counted_subject(views, m, position, clause, group_of(m, mentions)))
        and not m.coordinated
        and not any(m.end <= h < position for h in verb_heads)
        and not _in_pronoun_aside(views, m, position)
        and not _in_place_phrase(views, m, mentions)
        and not _counted_before_comma(views, m, position)
    ]
    limit = reach_end(views, end, clause.end, mentions)
    after = [
        m
        for m in mentions
        if m.head_start >= end
        and m.start < limit
        and m.is_bare
        and not m.coordinated
        and not m.oblique
        and _words_between(views, end, m.head_start) <= _SUBJECT_REACH
        and not any(end <= h < m.head_start for h in verb_heads)
        and not agrees
    ]
    described = _described_document(views, position, mentions)
    if described is not None and not described:
        after = []  # (no issuer written: who the document speaks for is found as for any verb, never after it)
    elif described:
        # «مشروع قرار يدين إسرائيل», «بيان من مجلس الأمن يدعو إلى»: a verb right after an indefinite document
        # describes it, so the document is the subject and speaks for its issuer; the actor after the verb is the
        # object
        return described, "document"
    resumed = _after_relative_clause(views, position, clause, mentions, verb_heads, before)
    if resumed:
        # «الميليشيات التي يدعمها الحرس الثوري هاجمت مواقع»: the relative clause has its own verb and subject; the
        # verb after it resumes the main clause, whose subject is the antecedent
        return resumed, "subject-verb"
    first_verb = clause.relative + 1 if clause.relative is not None else -1
    if (
        not before
        and first_verb in verb_heads
        and first_verb < position
        and views[position].token.prefixes[:1] == ("و",)
        and not (end < len(views) and pronoun_with_preposition(views[end]))
    ):
        # «والذين سيطروا على العاصمة وطردوا الحكومة»: a verb coordinated with the relative clause's verb shares its
        # subject, the antecedent («ويسيطر عليها X» has its own subject after the pronoun)
        # this verb stays a verb head: the phrase after it is no subject of the first one
        others = (verb_heads | {position}) - {first_verb}
        group, how = verb_subject(views, first_verb, first_verb + 1, clause, mentions, others)
        if how in ("relative", "relative-subject"):
            return group, how
    matrix = _complementizer_subject(views, position, clause, mentions)
    if matrix:
        return matrix, "pronoun"
    if not before and opens_with_pronoun(views, position, clause):
        # «وقال إنه سيكون ...، ولكنه استبعد»: the pronoun stands for someone named before this sentence
        return [], "opener-pronoun"
    earlier = _earlier_doer(views, position, clause, mentions)
    if earlier:
        return earlier, "subject-verb"
    owner = _speech_owner(views, position, end, mentions)
    if owner:
        return owner, "subject-verb"
    if after and after[0].start == end + 1 and pronoun_with_preposition(views[end]):
        # «في خطوة نددت بها إيران», «خطة رحبت بها الجامعة»: the pronoun is the object, the actor after it the subject
        return group_of(after[0], mentions), "verb-subject"
    subject_relative = _relative_is_subject(views, position, end, clause, mentions)
    if subject_relative:
        # the antecedent must stand right before the pronoun, bare («حركة طالبان، التي»): «سلسلة من الانفجارات
        # التي ضربت» has a thing as antecedent, «للاقتصاد الروسي، الذي» a noun the country only qualifies
        before_relative = (
            subject_relative - 1 if views[subject_relative - 1].token.text in ("،", ",") else subject_relative
        )
        adjacent = [m for m in mentions if m.end == before_relative and m.is_bare and m.anaphor is None and m.code]
        if adjacent:
            noun = adjacent[0]
            if _disagrees(views[subject_relative], views[noun.head_start]):
                # «روسيا حليفة نظام الأسد التي تجري»: «التي» cannot stand for «نظام», it is the ally's
                noun = apposition_head(views, noun, mentions)
            return group_of(noun, mentions), "relative-subject"
    if (
        after
        and position > 0
        and _after_what(views[position - 1])
        and _words_between(views, end, after[0].head_start) <= 1
    ):
        # «وهو ما نفته موسكو», «مما أغضب واشنطن»: after «ما» the clause is verb-first
        return group_of(after[0], mentions), "verb-subject"
    if not before and speaking_document(views, end):
        # «ودعا البيان منسق الشؤون الإنسانية إلى», «وأدان القرار الهجمات»: the document is the subject, the actor
        # after it the object; whoever issued it speaks (the actor of a relative clause on it, else found later)
        return _document_issuer(views, end, mentions), "document"
    if (
        not before
        and after
        and after[0].head_start == end + 1
        and unnamed_subject_before(views, after[0], {*verb_heads, position}, default_grammar())
    ):
        # «وحمل الأهالي النظام وروسيا مسؤولية»: the definite noun right after the verb is its subject, though it
        # names no actor; the actor phrase after it is the object
        return [], "noun"
    if not before and _noun_after_complementizer(views, position, clause):
        # «إلى أن المقاومة صدت محاولة نفذتها ميليشيات»: «أنّ» is followed by its noun, the verb's subject; when that
        # noun names no actor, an actor after the verb is no subject (and the verb is no first person)
        # but «أن الجنود دهموا قرية في الجنوب، واعتقلوا ...»: a verb with «و» coordinated with the clause's first
        # verb shares its subject, and an actor after it is its object («وطردت سفيرها، واتهمت الحركة بـ»)
        shared = _coordinated_subject(views, position, clause, mentions, verb_heads)
        if shared:
            return shared, "subject-verb"
        if position - 1 == clause.start and speaking_document(views, clause.start):
            return [], "document"  # «وأضافت أن القرار يدين ...»: the document speaks for whoever issued it
        return [], "noun"
    starts_clause = (
        views[position].token.prefixes[:1] in (("و",), ("ف",))
        or position == clause.start
        or _after_fronted_adjunct(views, position, clause)
    )
    if after and (starts_clause or not before) and _words_between(views, end, after[0].head_start) <= 3:
        return group_of(after[0], mentions), "verb-subject"
    if before:
        shared = _coordinated_subject(views, position, clause, mentions, verb_heads)
        if shared:
            return shared, "subject-verb"
        return group_of(apposition_head(views, before[-1], before), mentions), "subject-verb"
    if after:
        return group_of(after[0], mentions), "verb-subject"
    if clause.relative is not None and not _object_of_relative(views, position, clause):
        antecedent = relative_antecedent(views, clause.relative, mentions)
        if antecedent:
            return antecedent, "relative"
    opener = views[clause.start - 1] if clause.start > 0 else None
    if opener is not None and opener.is_word and opener.token.suffixes:
        # «كتب ترامب أنه عقد اجتماعا»: the pronoun on «أنه» is the subject of the reporting verb
        matrix = [m for m in mentions if m.end <= clause.start - 1 and m.is_bare and not m.coordinated and m.code]
        if matrix:
            return group_of(matrix[-1], mentions), "pronoun"
    return [], ""


_COUNTED_NOUN_WORDS = 2  # nouns between «من» and the group counted («من رجال الشرطة», «من عناصر تنظيم»)


def _counted_subject(
    views: Sequence[TokenView], mention: Mention, position: int, clause: Clause, group: Sequence[Mention] = ()
) -> bool:
    """«أن ستة من رجال الشرطة قتلوا», «إن 7 عناصر من تنظيم داعش قتلوا»: a group counted in part, whose number
    opens the clause (after «أن», its approximators apart: «ما لا يقل عن»), right before the verb: the verb's
    subject (verb-first, «قتل سبعة من عناصر», the counted part is no subject: mentions `_governor`). Before a bare
    past verb of harm it is the unvowelled passive's («قُتلوا»): news counts the victims, not the killers."""
    # «ستة من رجال الجيش والشرطة قتلوا»: the group counted may be coordinated
    end = max([mention.end, *(m.end for m in group if m.coordinated and m.start >= mention.end)])
    if mention.governor != "count" or any(v.is_word for v in views[end:position]):
        return False
    grammar = default_grammar()
    index = min(mention.start, mention.head_start) - 1
    nouns = 0
    while index > clause.start and views[index].is_word and views[index].norm != "من" and nouns < _COUNTED_NOUN_WORDS:
        if views[index].token.prefixes:
            return False
        index, nouns = index - 1, nouns + 1
    if index <= clause.start or views[index].norm != "من":
        return False
    index -= 1
    if views[index].is_word and views[index].token.kind != "number" and not views[index].forms & grammar.quantifiers:
        index -= 1  # «7 عناصر من»: the counted noun between the number and «من»
    number = views[index]
    if number.token.kind != "number" and not number.forms & grammar.quantifiers:
        return False
    while index > clause.start and views[index - 1].is_word and views[index - 1].forms & grammar.approximators:
        index -= 1
    return index == clause.start


_PLACE_PHRASE_WORDS = 3


def _in_place_phrase(views: Sequence[TokenView], mention: Mention, mentions: Sequence[Mention]) -> bool:
    """«هجوما على بلدة في جنوب الصومال قتل خلاله», «في ريف مدينة إدلب»: a place after a preposition and the nouns
    of a part or a kind of place is in a prepositional phrase, no subject of the verb after it."""
    if mention.label != "LOC":
        return False
    grammar = default_grammar()
    index = mention.head_start - 1
    for step in range(_PLACE_PHRASE_WORDS):
        if index < 0 or not views[index].is_word:
            return False
        view = views[index]
        if view.norm in grammar.prepositions:
            return step > 0  # right after the preposition the phrase's governor already says so
        inside = any(m.start <= index < m.end and m.label == "LOC" for m in mentions)
        if not (inside or bare(view.token.stem) in place_parts() or view.forms & grammar.construct_nouns):
            return False
        if any(p in grammar.proclitic_prepositions for p in view.token.prefixes):
            return True  # «بجنوب البلاد», «بمدينة حلب»
        index -= 1
    return False


@cache
def _speaking_documents() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["speaking_documents"]["nouns"])


def speaking_document(views: Sequence[TokenView], index: int) -> bool:
    """«البيان», «القرار», «التقرير»: a definite noun of a document that speaks for whoever issued it."""
    if index >= len(views) or not views[index].is_word or "ال" not in views[index].token.prefixes:
        return False
    return bare(views[index].token.stem or views[index].norm) in _speaking_documents()


_ISSUER_REACH = 4  # words from the relative pronoun or «الصادر» to the issuer («الذي نشره المركز الإعلامي»)
_ISSUED_WORDS = frozenset({"الصادر", "الصادره"})  # «البيان الصادر عن», normalised


_ISSUER_GOVERNORS = frozenset({"من", "عن"})  # not «ل»: «مشروع قرار لمجلس الأمن» may be one for the council
_ISSUED_INDEFINITE = frozenset({"صادر", "صادرا", "صادره", "صادرة"})  # «بيان صادر عن», «بيانا صادرا عن», normalised


def indefinite_document(view: TokenView) -> bool:
    """«بيان», «بيانا», «مشروع قرار», «رسالة»: a document noun with no article, no pronoun and no preposition."""
    if not view.is_word or view.token.prefixes or view.token.suffixes:
        return False
    nouns = _speaking_documents()
    core = bare(view.token.stem or view.norm)
    return core in nouns or (core.endswith("ا") and core[:-1] in nouns)


def _described_document(views: Sequence[TokenView], position: int, mentions: Sequence[Mention]) -> list[Mention] | None:
    """The issuer of an indefinite document a verb right after it describes («مشروع قرار يدين X», «بيان من مجلس الأمن
    يدعو», «بيانا صادرا عن الخارجية يتهم»): the actor between them after «من» or «عن» (else none here, found
    later from a verb issuing the document); None when no such document stands there, or when the verb carries
    the pronoun of the document, whose subject follows it («قرار أصدره مجلس الأمن»)."""
    verb = views[position]
    if verb.token.suffixes or verb.token.prefixes or not verb.norm.startswith(("ي", "ت")):
        return None  # a present verb: «قرار طرد», «إعلان نقل» are verbal nouns in construct
    issuer = next((m for m in mentions if m.end == position and m.code and m.governor in _ISSUER_GOVERNORS), None)
    index = position - 1
    adjective = next(
        (
            m
            for m in mentions
            if m.end == position
            and m.code
            # «على اقتراح روسي يدين»: the adjective right after the document takes the document's preposition
            and (m.governor in (None, "gen") or (m.start > 0 and indefinite_document(views[m.start - 1])))
        ),
        None,
    )
    if (
        issuer is None
        and adjective is not None
        and _issuing_adjective(views, adjective)
        and adjective.start > 0
        and indefinite_document(views[adjective.start - 1])
    ):
        # «مشروع قرار روسي يدين X», «بيان أمريكي يدعو»: the country adjective of the document is its issuer
        return group_of(adjective, mentions)
    if issuer is not None:
        index = min(issuer.start, issuer.head_start) - 1
        if index >= 0 and views[index].norm in _ISSUER_GOVERNORS:
            index -= 1  # the preposition written apart
        if index >= 0 and views[index].norm in _ISSUED_INDEFINITE:
            index -= 1
    if index < 0 or not indefinite_document(views[index]):
        return None
    return group_of(issuer, mentions) if issuer is not None else []


def _issuing_adjective(views: Sequence[TokenView], mention: Mention) -> bool:
    """«أميركي», «روسية»: an indefinite one-word country adjective in the singular, agreeing with a document."""
    view = views[mention.start]
    return is_nisba(views, mention) and "ال" not in view.token.prefixes and view.norm.endswith(("ي", "ية", "يه"))


def _document_issuer(views: Sequence[TokenView], index: int, mentions: Sequence[Mention]) -> list[Mention]:
    """Who issued the document at `index`: a country adjective right after it, across one adjective of its own
    («البيان المصري», «البيان الختامي السعودي»), the actor of a relative clause on it («البيان الذي نشره المركز
    الإعلامي للجيش», «القرار الذي تبناه مجلس الأمن») or after «الصادر عن» («البيان الصادر عن البيت الأبيض»)."""
    for offset in (1, 2):
        adjective = next((m for m in mentions if m.head_start == m.start == index + offset and m.code), None)
        if adjective is not None and is_nisba(views, adjective) and views[adjective.start].norm.endswith(("ي", "يه")):
            # a singular adjective agreeing with the document, not a people; the one called on or judged follows
            addressed = any(m.head_start == adjective.end for m in mentions)
            return group_of(adjective, mentions) if addressed else []
        if index + offset >= len(views) or "ال" not in views[index + offset].token.prefixes:
            break
    opener = index + 1
    if opener >= len(views) or not (
        is_relative(views[opener], default_grammar()) or views[opener].norm in _ISSUED_WORDS
    ):
        return []
    for mention in mentions:
        if opener + 1 <= mention.head_start <= opener + _ISSUER_REACH and mention.code:
            if mention.governor in (None, "عن", "من"):
                return group_of(mention, mentions)
            break
    return []


@cache
def _speech_words(key: str) -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["speech_owner"][key])


def _speech_owner(views: Sequence[TokenView], position: int, end: int, mentions: Sequence[Mention]) -> list[Mention]:
    """«مقابلة مع فلان انتقد فيها الحكومة», «تصريحات الوزير التي اتهم فيها إيران»: a verb carrying «فيها» after
    a noun of something said whose owner is named right after the noun has that owner as its subject."""
    if end >= len(views) or not views[end].is_word or views[end].norm not in _speech_words("pronouns"):
        return []
    before = position - 1
    if before >= 0 and is_relative(views[before], default_grammar()):
        before -= 1
    if before >= 0 and views[before].token.text in ("،", ","):
        before -= 1
    owner = next((m for m in mentions if m.end == before + 1 and m.code), None)
    if owner is None:
        return _unnamed_speech_owner(views, before, mentions)
    noun = min(owner.start, owner.head_start) - 1
    if noun >= 0 and views[noun].norm == "مع":
        noun -= 1
    if noun < 0 or not views[noun].is_word:
        return []
    if not _speech_noun(views[noun]):
        return []
    return group_of(owner, mentions)


def speech_resumption(view: TokenView) -> bool:
    """«فيه», «فيها», «خلالها»: the preposition with the pronoun of something said, right after the verb it holds."""
    return view.is_word and view.norm in _speech_words("pronouns")


def _speech_noun(view: TokenView) -> bool:
    """«كلمة», «بيانا», «التصريحات»: a noun of something said, in any case (the accusative «ا» kept on the stem)."""
    if not view.is_word:
        return False
    nouns = _speech_words("nouns")
    cores = {bare(view.token.stem or view.norm), bare(view.norm)} | {bare(split.core) for split in view.splits}
    return any(core in nouns or (core.endswith("ا") and core[:-1] in nouns) for core in cores)


def _speech_issuing(view: TokenView) -> bool:
    """«ألقى كلمة», «أجرى مقابلة», «نشر تغريدة», «أصدر بيانا»: a verb whose subject says what its object holds."""
    if not view.is_word:
        return False
    verbs = _speech_words("issuing_verbs") | document_issuing_verbs()
    return any(bare(split.core) in verbs for split in view.splits)


_SPEECH_ADJECTIVES = 2  # words between a noun of something said and the verb after it («تصريحات صحفية اتهم فيها»)


def _unnamed_speech_owner(views: Sequence[TokenView], before: int, mentions: Sequence[Mention]) -> list[Mention]:
    """«أصدرت الخارجية بيانا أدانت فيه», «وقال الرئيس في كلمة متلفزة اتهم فيها», «ونشر الرئيس تغريدة هدد فيها»:
    a verb carrying «فيها/فيه» right after a noun of something said (across its adjectives: words with no
    preposition, no number and no actor) whose owner is not named after it has as subject the one who issued it or
    said it in it (`issuer_before`)."""
    taken = {i for m in mentions for i in range(min(m.start, m.head_start), m.end)}
    prepositions = default_grammar().prepositions
    index = before
    for _ in range(_SPEECH_ADJECTIVES + 1):
        if index < 0 or index in taken:
            return []
        view = views[index]
        if _speech_noun(view):
            return issuer_before(views, index, mentions, _speech_issuing, adjacent=True)
        if view.in_timex:
            index -= 1  # «بيانا يوم الأربعاء دعا فيه»
            continue
        if not view.is_word or view.norm in prepositions or set(view.token.prefixes) - {"ال"}:
            return []
        index -= 1
    return []


@cache
def document_issuing_verbs() -> frozenset[str]:
    raw = load_json("events", "grammar.json")["speaking_documents"]["issuing_verbs"]
    return frozenset(bare(norm_word(w)) for w in raw)


ISSUING_REACH = 12  # words from a verb of issuing to the document it issues, across its subject and a date


def issuer_before(
    views: Sequence[TokenView],
    index: int,
    mentions: Sequence[Mention],
    issuing: Callable[[TokenView], bool],
    *,
    adjacent: bool = False,
) -> list[Mention]:
    """Who issued the document or said the words at `index`, named before it: the subject of a verb of issuing it
    («تبنى مجلس حقوق الإنسان، اليوم الجمعة، قرارا», «نشر الرئيس تغريدة»; `adjacent`: only right after the verb) or
    right before it («وكان X قد أصدر بيانا»), else the actor right before «في» («وقالت الخارجية الروسية في
    بيان»): who said it in it."""
    verb = next((i for i in range(index - 1, max(-1, index - ISSUING_REACH), -1) if issuing(views[i])), None)
    if verb is not None:
        subject = [m for m in mentions if verb < m.head_start < index and m.is_bare and m.code]
        if adjacent:
            # «فأصدر قبيل التئام مجلس الأمن بيانا»: only a subject right after the verb (a date or commas between)
            first = next((v.index for v in views[verb + 1 : index] if v.is_word and not v.in_timex), index)
            subject = [m for m in subject if min(m.start, m.head_start) == first]
        if subject:
            return group_of(subject[0], mentions)
        # «وكان مجلس الأمن قد أصدر بيانا»: the subject written right before the verb (and «قد»)
        first = verb - 1 if verb > 0 and views[verb - 1].norm == "قد" else verb
        written = [m for m in mentions if m.end == first and m.is_bare and m.code]
        if written:
            return group_of(written[0], mentions)
    if index > 0 and views[index - 1].norm == "في":
        # a bare generic country word («البلاد») is a place, not who said it
        said = [
            m for m in mentions if m.end == index - 1 and m.is_bare and m.code and not (m.generic and len(m.code) == 3)
        ]
        return group_of(said[0], mentions) if said else []
    return []


@cache
def _fronted_openers() -> frozenset[str]:
    raw = load_json("events", "grammar.json")
    words = [*raw["prepositions"], *raw["aside_openers"]["words"], *raw["adjunct_openers"]["words"]]
    openers = {norm_word(w) for w in [*words, *raw["fronted_adverbials"]["words"]]}
    return frozenset(openers - {norm_word(w) for w in raw["fronted_adverbials"]["not_openers"]})


def _after_fronted_adjunct(views: Sequence[TokenView], position: int, clause: Clause) -> bool:
    """«وفي سوريا، قصفت الطائرات الروسية», «وردا على مقتل جنود من الشرطة، يقصف الجيش»: a clause opening with an
    adverbial phrase (a preposition, an adjunct opener or an adverbial accusative, grammar `fronted_adverbials`;
    not an approximator, «نحو 300 شخص، معظمهم ...، قتلوا») closed by a comma right before the verb puts the verb
    first: an actor right after it is its subject, not one inside the phrase."""
    comma = position - 1
    if comma <= clause.start or views[comma].token.text not in ("،", ","):
        return False
    first = views[clause.start]
    return first.is_word and function_core(first) in _fronted_openers()


_ASIDE_PRONOUNS = frozenset({"وهو", "وهي", "وهم", "وهما"})


def _in_pronoun_aside(views: Sequence[TokenView], mention: Mention, position: int) -> bool:
    """«أن سائق الحافلة، وهو روماني يبلغ من العمر 35 عاما، اعتقل»: a phrase set off by commas that opens with
    «وهو/وهي» describes the noun before it; an actor inside it is no subject of the verb after the closing comma."""
    opener = None
    for index in range(mention.head_start - 1, -1, -1):
        view = views[index]
        if view.token.text in ("،", ",", ".", "؛"):
            break
        if view.norm in _ASIDE_PRONOUNS:
            opener = index
            break
    if opener is None or opener == 0 or views[opener - 1].token.text not in ("،", ","):
        return False
    return any(views[i].token.text in ("،", ",") for i in range(mention.end, position))


def _after_relative_clause(
    views: Sequence[TokenView],
    position: int,
    clause: Clause,
    mentions: Sequence[Mention],
    verb_heads: Collection[int],
    before: Sequence[Mention],
) -> list[Mention]:
    """The antecedent of a relative clause that has its own verb right after the pronoun and whose subject (or
    object) is the only actor before this verb, which follows with no «و» or «ف»: «الفصائل التي تمولها قطر قد
    اقتحمت البلدة» — the factions stormed it, not Qatar."""
    relative = clause.relative
    if relative is None or relative + 1 not in verb_heads or position <= relative + 1 or not before:
        return []
    if views[position].token.prefixes[:1] in (("و",), ("ف",)):
        return []
    if any(relative + 1 < h < position for h in verb_heads):
        return []  # a second verb inside the relative clause
    if any(m.head_start <= relative for m in before):
        return []
    inside = {i for m in mentions for i in range(m.head_start, m.end)}
    grammar = default_grammar()
    for view in views[relative + 2 : position]:
        if view.index in inside or view.in_timex or view.norm in ("و", "،", ","):
            continue
        if view.forms & grammar.topic_openers or view.norm in ("بالفعل", "فعلا", "أيضا", "ايضا"):
            continue
        return []  # only the relative clause's actors, a date and «قد» may stand between its verb and this one
    return relative_antecedent(views, relative, mentions)


def apposition_head(views: Sequence[TokenView], mention: Mention, candidates: Sequence[Mention]) -> Mention:
    """«فرنسا، حليفة بغداد، تعارض», «روسيا حليفة النظام التي تجري»: an actor that is the genitive of a relation noun
    set in apposition stands for the actor before that noun (grammar `apposition_roles`)."""
    role = mention.start - 1
    if role < 1 or not views[role].is_word or not views[role].forms & default_grammar().apposition_roles:
        return mention
    previous = role - 1 if views[role - 1].token.text in ("،", ",") else role
    head = [m for m in candidates if m.end == previous and m.is_bare and m.code]
    return head[0] if head else mention


def _disagrees(relative: TokenView, head: TokenView) -> bool:
    """A singular relative pronoun whose gender the head noun's ending contradicts («التي» after «نظام»)."""
    feminine = head.norm.endswith("ه")
    return (relative.norm == "التي" and not feminine) or (relative.norm == "الذي" and feminine)


_CLOSING_QUOTES = frozenset('"»”')


def _coordinated_subject(
    views: Sequence[TokenView], position: int, clause: Clause, mentions: Sequence[Mention], verb_heads: set[int]
) -> list[Mention]:
    """«وتصدت المقاومة لمحاولة تسلل مسلحي الميليشيات، ودحرت عناصرها», «التقى الرئيس نظيره، وبحث معه»: a verb
    with «و» and no subject after it is coordinated with the clause's first verb and shares its subject (a subject
    written before its own verb never stands right before «و»); the actor right before it ends the first verb's
    object or adjunct. With no event verb before it, the subject is the clause's first bare actor («ووصل الوزيران
    إلى كييف، وطالبا الحكومة»)."""
    view = views[position]
    # «وزار الرئيس بغداد، ثم استقبل رئيس الوزراء»: after «ثم» as after «و»
    then = position >= 2 and views[position - 1].norm in default_grammar().sequence_conjunctions
    if position < 2 or (view.token.prefixes[:1] != ("و",) and not then) or "ال" in view.token.prefixes:
        return []  # «والتوقف عن دعمها»: a verbal noun, no verb
    if "\u064b" in view.token.text:
        return []  # «تهديدا للأمن وخرقاً للقانون»: the accusative ending is a noun's
    if function_core(view) in default_grammar().passive_markers:
        return []  # «ويجري التحقيق معهم»: impersonal, no one's act
    first = min((h for h in verb_heads if clause.start <= h < position - 1), default=None)
    since = clause.start if first is None else first
    if then and any(v.token.text in _CLOSING_QUOTES for v in views[since:position]):
        # «قوله إن أوباما "يترأس التنظيم"، ثم اتهمه»: the quoted verb closed, «ثم» goes on with who quoted it
        return []
    if first is None:
        opening = [m for m in mentions if clause.start <= m.head_start and m.end < position and m.code]
        if opening and opening[0].is_bare and not opening[0].coordinated and opening[0].anaphor is None:
            return group_of(opening[0], mentions)
        return []
    group, how = verb_subject(views, first, first + 1, clause, mentions, (verb_heads | {position}) - {first})
    return group if how in ("verb-subject", "subject-verb") else []


def _noun_after_complementizer(views: Sequence[TokenView], position: int, clause: Clause) -> bool:
    """Words (not a date) stand between a bare «أنّ/إنّ» opening the clause and the verb at `position` (with a
    pronoun, «أنها لا تعتزم», «أنه ومنذ ... توعدت دول», the pronoun is the noun and the words between are not)."""
    if clause.start == 0 or position <= clause.start:
        return False
    opener = views[clause.start - 1]
    if not is_complementizer(opener, default_grammar()) or opener.token.suffixes:
        return False
    return any(v.is_word and not v.in_timex for v in views[clause.start : position])


def _object_of_relative(views: Sequence[TokenView], position: int, clause: Clause) -> bool:
    """«الرهائن الذين خطفتهم», «المواقع التي دمرتها الحرب»: the verb right after the relative pronoun carries the
    pronoun that stands for the antecedent (it agrees with the relative pronoun), so the antecedent is its object,
    never its subject; «إيران التي تدعمه» has the pronoun stand for someone else."""
    relative = clause.relative
    if relative is None or position != relative + 1:
        return False
    pairs = default_grammar().relative_resumptive
    core = function_core(views[relative])
    return any((core, suffix) in pairs for suffix in views[position].token.suffixes)


def object_of_relative(views: Sequence[TokenView], position: int, clause: Clause) -> bool:
    """The verb at `position` comes right after the relative pronoun and carries the pronoun that stands for the
    antecedent («غولن الذي اتهمته», «الصحفي الذي اعتقلوه»): the antecedent is its object."""
    return _object_of_relative(views, position, clause)


def head_gender(views: Sequence[TokenView], mention: Mention) -> str | None:
    """The gender an actor phrase's head says («الرئيس» m, «الحكومة» f), None for a name, a country or a plural."""
    return _head_gender(views, mention)


def resumes_thing(views: Sequence[TokenView], position: int, clause: Clause, mentions: Sequence[Mention]) -> bool:
    """«هذه العلاقة التي ينفيها», «القرار الذي ألغته»: the verb right after the relative pronoun carries the pronoun
    standing for an antecedent that names no actor, so its object is that thing and no actor named earlier. Not
    «الذين» (people), nor after a relational adjective, which may end an actor phrase no mention covers
    («التحالف الكردي العربي الذي تدعمه»)."""
    relative = clause.relative
    if relative is None or relative == 0 or function_core(views[relative]) not in _SINGULAR_RELATIVES:
        return False
    before = views[relative - 1]
    if "ال" in before.token.prefixes and before.token.stem.endswith(("ي", "يه")):
        return False
    if any(_recipient(view) for view in _words_until_punctuation(views, position + 1, len(views))):
        return False  # «المعلومات التي قدمتها السلطات للفريق الأمني»: given to someone, or made with a partner
    return _object_of_relative(views, position, clause) and _thing_antecedent(views, relative, mentions)


def _recipient(view: TokenView) -> bool:
    """«للفريق», «للحكومة»: a definite noun after «ل», the one something is given or sent to; «مع»: a partner
    («الاتفاق الذي أبرمته مع ترامب»)."""
    prefixes = view.token.prefixes
    return ("ل" in prefixes and "ال" in prefixes) or view.norm == "مع"


def _words_until_punctuation(views: Sequence[TokenView], start: int, end: int) -> list[TokenView]:
    out = []
    for view in views[start:end]:
        if not view.is_word:
            break
        out.append(view)
    return out


_SINGULAR_RELATIVES = frozenset({norm_word("الذي"), norm_word("التي")})


def _relative_is_subject(
    views: Sequence[TokenView], position: int, end: int, clause: Clause, mentions: Sequence[Mention]
) -> int | None:
    """«حركة طالبان، التي تسيطر على مناطق واسعة»: a verb right after the relative pronoun with no pronoun to
    stand for the antecedent (none on the verb, «التي شنتها», none on a preposition after it, «التي قتل فيها»)
    has the antecedent as its subject. Returns the relative pronoun's index."""
    relative = clause.relative
    if relative is None or position != relative + 1 or position != end - 1:
        return None
    if set(views[position].token.suffixes) & _SUBJECT_PRONOUNS:
        return None
    if _verb_disagrees_with_relative(views[relative], views[position]):
        return None
    following = next((v for v in views[end : clause.end] if v.is_word), None)
    if following is not None and pronoun_with_preposition(following):
        return None
    if _subject_and_object_after(views, end, clause.end, mentions):
        return None
    return relative


def _subject_and_object_after(views: Sequence[TokenView], end: int, limit: int, mentions: Sequence[Mention]) -> bool:
    """«الهجوم على بلدة X التي تتهم واشنطن حكومة دمشق بتنفيذه»: two bare actor phrases right after the
    verb, one after the other, are its subject and its object; the antecedent is resumed further on («بتنفيذه»),
    so it is no subject of the verb. A name right after an office is one person («الأمين العام فلان»)."""
    first = next((m for m in mentions if min(m.start, m.head_start) == end and m.is_bare and m.code), None)
    if first is None:
        return False
    group = group_of(first, mentions)
    last = max(m.end for m in group)
    second = next((m for m in mentions if min(m.start, m.head_start) == last and m.end <= limit and m.code), None)
    if second is None or not second.is_bare or second.group == first.group or second.coordinated:
        return False
    return not named_after_office(group[-1], second) and not _name_of_office(views, group[-1], second)


_PRESENT_PREFIX_AGAINST = {norm_word("الذي"): "ت", norm_word("التي"): "ي"}


def _verb_disagrees_with_relative(relative: TokenView, verb: TokenView) -> bool:
    """«السلاح، الذي تتهم الأمم المتحدة الجيش باستخدامه»: a singular present verb whose prefix gives it a
    subject of the other gender than the relative pronoun («الذي تتهم», «التي يتهم») has a subject of its own after
    it; the antecedent is no subject of it."""
    prefix = _PRESENT_PREFIX_AGAINST.get(function_core(relative))
    if prefix is None:
        return False
    for split in verb.splits:
        if not split.core.startswith(prefix):
            continue
        hits = [hit for hit in default_lexicon().lookup(split.core) if hit.predicate.kind == "v"]
        if hits and all(hit.features.tense == "present" and hit.features.number == "sg" for hit in hits):
            return True
    return False


def _before_comma(views: Sequence[TokenView], index: int) -> int:
    """`index`, or the comma's index when a comma stands right before it."""
    return index - 1 if index > 0 and views[index - 1].token.text in ("،", ",") else index


def _resumed_after(views: Sequence[TokenView], end: int, relative: int) -> bool:
    """The word after the verb carries the pronoun standing for the antecedent («التي يواجه قادتها»): that word,
    not the antecedent, is the subject."""
    following = next((v for v in views[end:] if v.is_word), None)
    if following is None:
        return False
    pairs = default_grammar().relative_resumptive
    core = function_core(views[relative])
    return any((core, suffix) in pairs for suffix in following.token.suffixes)


def _thing_antecedent(views: Sequence[TokenView], end: int, mentions: Sequence[Mention]) -> bool:
    """The word before a relative pronoun (ending at `end`) names no actor and follows none (so it is not an
    adjective of an actor phrase, «المعارض الروسي البارز الذي»)."""
    if end <= 0 or not views[end - 1].is_word:
        return False
    return not any(m.start <= end - 1 < m.end or m.end == end - 1 for m in mentions)


_SUBJECT_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})
OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # longest first


def pronoun_after_preposition(norm: str, prepositions: Collection[str]) -> str | None:
    """The pronoun of «بها», «عليه», «إليهم» (one word: a preposition of `prepositions` and a pronoun), else None."""
    for pronoun in OBJECT_PRONOUNS:
        if norm.endswith(pronoun):
            return pronoun if norm[: -len(pronoun)] in prepositions else None
    return None


def _after_what(view: TokenView) -> bool:
    grammar = default_grammar()
    return view.is_word and (view.norm in ("ما", "وما") or view.norm in grammar.free_relative_fused)


def pronoun_with_preposition(view: TokenView) -> bool:
    """«بها», «عليه», «إليهم», «منها»: a preposition carrying a pronoun, one word."""
    grammar = default_grammar()
    return view.is_word and pronoun_after_preposition(view.norm, grammar.all_prepositions) is not None


def _complementizer_subject(
    views: Sequence[TokenView], position: int, clause: Clause, mentions: Sequence[Mention]
) -> list[Mention]:
    """«قال الوزير إنه أطلع ترامب», «أعلنت الوزارة أنها استدعت السفير»: a verb right after «أنه/إنها» has the
    pronoun as its subject, which stands for the subject of the reporting verb; the actor after the verb is its
    object."""
    if not opens_with_pronoun(views, position, clause):
        return []
    matrix = [m for m in mentions if m.end <= clause.start - 1 and m.is_bare and not m.coordinated and m.code]
    if not matrix:
        return []
    if not is_complementizer(views[clause.start - 1], default_grammar()):
        # «وتمنى الرئيس الفرنسي لبوتين النجاح في تحديث روسيا، لكنه حث»: «لكنه» goes on about the main subject,
        # not the last noun of the clause before
        return group_of(matrix[0], mentions)
    return group_of(matrix[-1], mentions)


def opens_with_pronoun(views: Sequence[TokenView], position: int, clause: Clause) -> bool:
    """The verb at `position` opens a clause whose opener carries its subject pronoun («إنه أطلع», «لكنه استبعد»,
    with particles or a date between: «إنه لن يتنحى», «إنه قد التقى»)."""
    if position < clause.start or clause.start == 0:
        return False
    grammar = default_grammar()
    particles = grammar.strong_negation | grammar.weak_negation | grammar.future_particles | grammar.topic_openers
    if any(v.is_word and not v.in_timex and v.norm not in particles for v in views[clause.start : position]):
        return False
    return opener_pronoun(views[clause.start - 1], grammar) in _SUBJECT_PRONOUNS


_BEFORE_VERBS = frozenset({"سبق", "يسبق"})


def _earlier_doer(
    views: Sequence[TokenView], position: int, clause: Clause, mentions: Sequence[Mention]
) -> list[Mention]:
    """«وسبق لطهران أن رفضت», «سبق للجيش أن قصف»: the actor after «سبق لـ» is the subject of the verb after «أن»."""
    if position != clause.start or clause.start < 3 or views[clause.start - 1].norm not in ("ان", "وان"):
        return []
    for mention in mentions:
        if (
            mention.end == clause.start - 1
            and mention.code
            and mention.start > 0
            and views[mention.start - 1].forms & _BEFORE_VERBS
        ):
            return group_of(mention, mentions)
    return []


def _in_parentheses(views: Sequence[TokenView], mention: Mention, limit: int) -> bool:
    """«طالبان (المحظورة في روسيا)، الذين»: a parenthetical aside is no antecedent."""
    opened = any(v.token.text == "(" for v in views[: mention.head_start])
    closed_after = any(v.token.text == ")" for v in views[mention.end : limit])
    return opened and closed_after


def relative_antecedent(views: Sequence[TokenView], relative: int, mentions: Sequence[Mention]) -> list[Mention]:
    """What «الذي/التي/الذين» refers to: the nearest actor phrase before it not inside a prepositional phrase."""
    for mention in reversed(mentions):
        if mention.end > relative or mention.anaphor is not None:
            continue
        if _words_between(views, mention.end, relative) > 6:
            return []
        if mention.governor not in ("ل", "ب", "في", "من") and not _in_parentheses(views, mention, relative):
            return [mention]  # «... ومسلحي طالبان، الذين»: the last conjunct; «الموالين لإيران» is skipped
    return []


_ASIDE_WORDS = 8


def described_aside(views: Sequence[TokenView], comma: int, verb_heads: Collection[int] = ()) -> int | None:
    """«وأدانت الكويت، العضو غير الدائم في مجلس الأمن، الهجوم»: a definite description (or a relation noun,
    «، حليفة X،») set off by commas right after the subject describes it, and an adverbial phrase there («، في
    بيان،», grammar `aside_openers`) is an aside. Returns the closing comma's index; None when no such phrase of a
    few words with no verb stands there."""
    if comma + 1 >= len(views) or views[comma].token.text not in ("،", ","):
        return None
    first = views[comma + 1]
    grammar = default_grammar()
    if not first.is_word or first.norm in grammar.relative_pronouns or comma + 1 in verb_heads:
        return None
    described = "ال" in first.token.prefixes or bool(first.forms & grammar.apposition_roles)
    # «، في بيان،», «، خلال مؤتمر صحفي،», «، على لسان وزيرها،»: an adverbial phrase, no description
    adverbial = first.norm in grammar.aside_words or any(
        all(comma + 1 + k < len(views) and views[comma + 1 + k].norm == w for k, w in enumerate(phrase))
        for phrase in grammar.aside_phrases
    )
    if not described and not adverbial:
        return None
    words = 0
    for view in views[comma + 1 :]:
        if view.token.text in ("،", ","):
            return view.index if words and view.index + 1 < len(views) and views[view.index + 1].is_word else None
        if view.index in verb_heads or view.token.text in (".", ":", "؛", ";") or view.token.text in NAME_MARKS:
            return None
        words += view.is_word
        if words > _ASIDE_WORDS:
            return None
    return None


STACKED_ASIDES = 3


def _asides_before_actor(
    views: Sequence[TokenView], comma: int, mentions: Sequence[Mention], verb_heads: Collection[int]
) -> int | None:
    """The closing comma of the asides after a subject when an actor stands right after it: one description or
    adverbial phrase, or a few in a row («وأدانت البرتغال، العضو في الاتحاد الأوروبي، في بيان، الغارات»). None
    when no actor follows the last of them."""
    closing = described_aside(views, comma, verb_heads)
    for _ in range(STACKED_ASIDES):
        if closing is None:
            return None
        if any(closing + 1 in (m.start, m.head_start) for m in mentions):
            return closing
        closing = described_aside(views, closing, verb_heads)
    return None


def members_aside_close(views: Sequence[TokenView], position: int, mentions: Sequence[Mention]) -> int | None:
    """«دول الخليج، وعلى رأسها السعودية والإمارات، بالقرار»: the comma at `position` closes the aside that lists a
    group's members (grammar `group_members`, opened by a comma right after the group) when the members end right
    before it and a preposition follows it (the verb's complement). Returns the closing comma's index, or None."""
    if position + 1 >= len(views) or views[position].token.text not in ("،", ",") or not views[position + 1].is_word:
        return None
    phrases = default_grammar().group_members
    if not _complement_after(views, position):
        return None  # a bare object after the aside is found as before («، الهجوم الإسرائيلي»)
    last = next((m for m in mentions if m.end == position and m.coordinated), None)
    if last is None:
        return None
    for member in sorted((m for m in mentions if m.group == last.group and m.end <= position), key=lambda m: -m.start):
        for phrase in phrases:
            opener = member.head_start - len(phrase) - 1
            words = views[opener + 1 : member.head_start]
            if (
                opener > 0
                and views[opener].token.text in ("،", ",")
                and tuple(v.norm for v in words) == phrase
                and all(v.is_word for v in words)
            ):
                return position
    return None


_COMPLEMENT_WORDS = frozenset({"علي", "الي", "مع", "عن", "ضد"})
_ASIDE_LINKS = frozenset({"ثم", "او", "بل", "لكن", "حيث", "كما", "اذ", "بينما", "وفقا", "وفق"})


def _complement_after(views: Sequence[TokenView], comma: int, *, strict: bool = False) -> bool:
    """The word after the comma at `comma` opens a prepositional phrase («بالقرار», «على», «مع»); `strict`: only
    one a verb takes as its complement («ب/ل» on a noun, «على», «إلى», «مع», «عن», «ضد»; not «وفقا ل», «بحسب»,
    «في», «بعد»)."""
    if comma + 1 >= len(views) or not views[comma + 1].is_word:
        return False
    after, prepositions = views[comma + 1], default_grammar().all_prepositions
    proclitic = bool(set(after.token.prefixes[:1]) & {"ب", "ل"})
    if strict:
        return after.norm in _COMPLEMENT_WORDS or (proclitic and after.norm not in prepositions)
    return after.norm in prepositions or proclitic


_NAME_ASIDE_WORDS = 4


def named_aside_close(views: Sequence[TokenView], comma: int, verb_heads: Collection[int] = ()) -> int | None:
    """«اتصل وزير الخارجية الأردني، فلان الفلاني، بنظيره»: a person's name set off by commas right after a title
    subject (ending in a definite word) with a verb's complement right after its closing comma («ب/ل» on a noun,
    «على», «إلى», «مع», «عن», «ضد»). The name is a few words with no verb, the first bare, the others bare or with
    «ال» only. Returns the closing comma's index, or None."""
    if comma < 1 or comma + 1 >= len(views) or views[comma].token.text not in ("،", ","):
        return None
    if not views[comma - 1].is_word or "ال" not in views[comma - 1].token.prefixes:
        return None  # «التقى فلان، آخر ملوك البلاد، بالرئيس»: an aside after a name is a title, left as it was
    for words, view in enumerate(views[comma + 1 :]):
        if view.token.text in ("،", ","):
            return view.index if words and _complement_after(views, view.index, strict=True) else None
        if not view.is_word or view.index in verb_heads or view.norm in _ASIDE_LINKS:
            return None
        if view.norm in default_grammar().all_prepositions:
            return None  # «، في وقت سابق،», «، على رأسها ...،»: an adverbial or a members aside, no name
        if view.token.prefixes and (not words or tuple(view.token.prefixes) != ("ال",)):
            return None  # «، عادل الجبير،»: «ال» only after the first word («، العضو في ...» is a description)
        if words >= _NAME_ASIDE_WORDS:
            return None
    return None


def skip_appositions(
    views: Sequence[TokenView], position: int, mentions: Sequence[Mention], verb_heads: Collection[int] = ()
) -> int:
    """After a subject, «، عضو منظمة التحرير،» describes the subject: skip it when looking for the object."""
    listed = members_aside_close(views, position, mentions)
    if listed is not None:
        return listed + 1  # «رحبت دول الخليج، ومنها السعودية والإمارات، بالقرار»: the members' aside is closed
    subject = next((m for m in mentions if m.end == position), None)
    adjective = next((m for m in mentions if m.start == position and m.is_bare and is_nisba(views, m)), None)
    if adjective is not None and subject is not None and _takes_country_adjective(views, subject):
        # «وزارة الخارجية المصرية، في بيان، الحكومة»: the country adjective qualifies the subject, the aside after
        # it is skipped (an actor phrase after its comma stays as it was read: «التركية، الولايات المتحدة،»)
        closing = _asides_before_actor(views, adjective.end, mentions, verb_heads)
        if closing is not None:
            return closing + 1
    while position < len(views) and views[position].token.text in ("،", ","):
        start = position
        following = next((m for m in mentions if m.head_start > position), None)
        if following is None or _words_between(views, position, following.head_start) > 0:
            closing = _asides_before_actor(views, position, mentions, verb_heads)
            if closing is not None:
                return closing + 1  # an actor right after the description: the object
            closing = named_aside_close(views, position, verb_heads)
            if closing is not None:
                return closing + 1  # «وزير الخارجية، فلان، بنظيره»: the complement after the name
            return position
        closed = following.end < len(views) and views[following.end].token.text in ("،", ",")
        described = following.label == "PERS" or "ال" not in views[following.head_start].token.prefixes
        if not closed and not described:
            # «وطالب المتهم، المحكمة بإخلاء سبيله»: a definite phrase with no closing comma is the object; a name
            # or an indefinite title («، عضو منظمة التحرير») describes the subject even when the comma is missing
            return position
        position = following.end
        while position < len(views) and views[position].token.text in ("،", ","):
            if position + 1 < len(views) and any(m.head_start == position + 1 for m in mentions):
                if named_aside_close(views, start, verb_heads) == position:
                    return position + 1  # «اتصل الوزير، فلان، بنظيره»: the complement after the name
                break
            return position + 1
    return position


_THROUGH_TITLE_WORDS = 4  # the most words of the title «على لسان» is followed by
_ON_WORDS = frozenset({"على", "علي"})  # «على» as written and as normalised


def speaking_through(views: Sequence[TokenView], position: int, mentions: Sequence[Mention]) -> int:
    """«وأدانت الكويت على لسان سفيرها فلان الهجوم», «ودعت فرنسا على لسان وزير خارجيتها، فلان، إيران إلى»: the one
    the subject spoke through, written between the subject and the object, is no argument; the token after that
    phrase (its title up to the word carrying the subject's pronoun or the end of its actor phrase, and a person's
    name right after it or set off by commas), or `position` when none is written there."""
    if position + 2 >= len(views) or views[position].norm not in _ON_WORDS or views[position + 1].norm != "لسان":
        return position
    end = None
    for index in range(position + 2, min(len(views), position + 2 + _THROUGH_TITLE_WORDS)):
        if not views[index].is_word:
            break
        actor = next((m for m in mentions if min(m.start, m.head_start) <= index < m.end), None)
        if actor is not None:
            end = actor.end
            break
        if views[index].token.suffixes:
            end = index + 1
            break
    if end is None:
        return position
    comma = end < len(views) and views[end].token.text in ("،", ",")
    after = end + 1 if comma else end
    name = next((m for m in mentions if m.head_start == after and m.label == "PERS"), None)
    if name is None:
        return after
    closing = comma and name.end < len(views) and views[name.end].token.text in ("،", ",")
    return name.end + 1 if closing else name.end


def named_after_office(office: Mention, name: Mention) -> bool:
    """An office with no name («الأمين العام للأمم المتحدة») right before a bare person's name: one person, the name in
    apposition. A titled name after it («الملك عبدالله الثاني رئيس الوزراء») is the object of a VSO clause."""
    if office.entity is None or name.entity is None:
        return False
    return (
        office.end == name.head_start
        and name.head_start == name.start
        and name.entity.label == "PERS"
        and office.entity.label != "PERS"
        and office.code == name.code
    )


def _country_part(code: str) -> str:
    return code[:6] if code.startswith(("IGO", "NGO", "IMG", "MNC")) else code[:3]


def _name_of_office(views: Sequence[TokenView], office: Mention, name: Mention) -> bool:
    """«وزير النقل الإيطالي ماركو فلان», «وزير الاقتصاد الألماني، بيتر فلان،»: a person's name with no title of its
    own, after an office of the same country and at most its country adjective and a comma, names the office
    holder: one person, not the object of the verb."""
    if name.entity is None or name.entity.label != "PERS" or office.code is None or name.code is None:
        return False
    if office.entity is not None and office.entity.label == "PERS":
        return False
    if _country_part(office.code) != _country_part(name.code) or not office.end <= name.head_start:
        return False
    between = views[office.end : name.start]
    if _place_aside(between):
        return True
    if len(between) > 3:
        return False
    return all(
        v.token.text in ("،", ",")
        or (v.is_word and (v.norm.endswith(_NISBA_ENDINGS) or v.norm in name_office_words("between")))
        for v in between
    )


_PLACE_ASIDE_WORDS = 4


def _place_aside(between: Sequence[TokenView]) -> bool:
    """«زعيم الحزب في البلاد، فلان»: a place after «في» closed by a comma between an office and a name."""
    if len(between) < 3 or len(between) > _PLACE_ASIDE_WORDS + 2 or between[-1].token.text not in ("،", ","):
        return False
    inside = between[1:-1]
    return between[0].norm == "في" and all(v.is_word for v in inside)


def _after_apposition(views: Sequence[TokenView], end: int) -> int:
    after = _past_marks(views, end)
    if after < len(views) and views[after].token.text in ("،", ","):
        after += 1  # «الأمير فلان، سفير المملكة،»
    return after


_CHAIN_GAP = 2


def office_of_named(views: Sequence[TokenView], name: Mention, office: Mention, mentions: Sequence[Mention]) -> bool:
    """«استقبل الشيخ فلان ولي عهد الإمارة نائب القائد الأعلى»: the offices of the name's country right after a
    person's name that has only a courtesy title before it are that person's apposition, not the verb's object."""
    if name.entity is None or name.entity.label != "PERS" or name.code is None or office.code is None:
        return False
    title = views[name.head_start : name.start]
    if not title or any(v.norm not in name_office_words("honorifics") for v in title):
        return False
    position = _after_apposition(views, name.end)
    for mention in sorted(mentions, key=lambda m: m.head_start):
        if mention.head_start < position:
            continue
        gap = views[position : mention.head_start]
        if len(gap) > _CHAIN_GAP or any(v.norm not in name_office_words("chain") for v in gap):
            return False  # «ولي عهد الإمارة نائب القائد الأعلى»: title words the phrase left out, at most
        if mention.code is None or _country_part(mention.code) != _country_part(name.code):
            return False
        titled = mention.head_start < mention.start or mention.entity is None
        if mention is office:
            return titled
        if not titled and mention.governor not in ("ل", "gen"):
            return False  # «للقوات المسلحة» after «القائد الأعلى»: the office's own genitive
        position = _after_apposition(views, mention.end)
    return False


_APPOSITION_GAP = 2


def _subjects_apposition(views: Sequence[TokenView], subject: Mention, mention: Mention, verb_heads: set[int]) -> bool:
    """The subject named again right after it: a bare name followed at once by an office of the same actor
    («فلان الأمين العام للأمم المتحدة»), or an office followed, across a rank or the rest of the
    office («للأمن القومي»: at most two words), by a name with no title of its own that qualifies the word before
    it («مستشار البيت الأبيض للأمن فلان»), or with only a rank or a courtesy title («قائد الجيش العماد
    فلان»; grammar `name_office.ranks`). A name with an office of its own after the subject («الرئيس فلان وزير
    الخارجية فلان») is the object."""
    if subject.code is None or mention.code != subject.code or subject.entity is None or mention.entity is None:
        return False
    if mention.head_start < subject.end or any(subject.end <= h < mention.head_start for h in verb_heads):
        return False
    subject_name = subject.entity.label == "PERS" and subject.head_start == subject.start
    if subject_name and mention.entity.label != "PERS":
        # an office has a title («الأمين العام للأمم المتحدة»); a body named alone after the name is the object
        # («هاجمت المستشارة السابقة فلانة البيت الأبيض»)
        return mention.head_start == subject.end and mention.head_start < mention.start
    gap = sum(1 for v in views[subject.end : mention.head_start] if v.is_word)
    if mention.entity.label != "PERS" or gap > _APPOSITION_GAP:
        return False
    if mention.head_start == mention.start:
        return mention.governor == "mod"
    titles = name_office_words("ranks") | name_office_words("honorifics")
    return all(v.norm in titles for v in views[mention.head_start : mention.start])


@cache
def _envoy_titles() -> tuple[frozenset[str], frozenset[str]]:
    spec = load_json("events", "grammar.json")["envoy_titles"]
    return frozenset(norm_word(w) for w in spec["words"]), frozenset(norm_word(w) for w in spec["prepositions"])


def _place_of_envoy(views: Sequence[TokenView], subject: Mention, mention: Mention) -> bool:
    """«مبعوث الأمم المتحدة للصحراء الغربية», «المبعوث الأممي الخاص إلى سوريا», «سفير روسيا لدى واشنطن»: a place
    right after a subject whose phrase holds an envoy's or representative's title (grammar `envoy_titles`), across
    title adjectives and the preposition, is where the post is held: part of the subject's title, no target."""
    if mention.entity is None or mention.entity.label != "LOC" or mention.head_start < subject.end:
        return False
    titles, prepositions = _envoy_titles()
    if not any(views[i].forms & titles for i in range(subject.head_start, subject.end)):
        return False
    gap = [v for v in views[subject.end : mention.head_start] if v.is_word]
    if any(v.norm not in prepositions and not v.forms & _title_adjectives() for v in gap):
        return False
    return bool(gap) or mention.governor in prepositions


def _envoy_named(views: Sequence[TokenView], post_end: int, mention: Mention) -> bool:
    """A phrase set off by a comma right after the place of an envoy's post («مبعوث الأمم المتحدة للصحراء الغربية،
    الرئيس الألماني السابق فلان،»): the envoy named in apposition, not the verb's target."""
    between = views[post_end : mention.head_start]
    return bool(between) and not any(v.is_word for v in between) and any(v.norm in _COMMAS for v in between)


_COMMAS = frozenset({",", "،"})


def _title_then_name(views: Sequence[TokenView], title_end: int, name_start: int) -> bool:
    """«الرئيس الألماني السابق فلان»: the name right after a title phrase, across title adjectives only."""
    return all(v.is_word and v.forms & _title_adjectives() for v in views[title_end:name_start])


# words from the place of an envoy's post to the verb's object: the envoy's name («، أناتولي أنتونوف،»)
_POST_REACH = 3


def targets_after(
    views: Sequence[TokenView],
    start: int,
    clause: Clause,
    mentions: Sequence[Mention],
    preps: Sequence[str],
    exclude: Sequence[Mention],
    verb_heads: set[int],
    *,
    allow_bare: bool,
    possessed_noun: bool = False,
    adjuncts: Collection[int] = (),
) -> list[Mention]:
    """The first mention group after `start` in the clause introduced by one of `preps` (or bare). `adjuncts`:
    verbal nouns in adverbial phrases («في غارة لطائرات التحالف»); a prepositional phrase after one is its own."""
    excluded = {id(m) for m in exclude}
    # «خلال لقائه اليوم في عمان نظيره الفرنسي»: the noun's object after the day and place of the meeting
    object_start = _past_adverbials(views, start, clause.end, mentions) if possessed_noun else start
    if not any(m.head_start == object_start and m.governor in _BARE_GOVERNORS for m in mentions):
        object_start = start  # «اعترافه بالقدس عاصمة»: no object after it, the phrase is the noun's own
    # «وزارة العدل الأمريكية»: an adjective right after an excluded phrase (the subject) qualifies it
    # «منظمة "شربا" الفرنسية»: across a closing quote
    qualifiers = {_past_marks(views, m.end) for m in exclude if _takes_country_adjective(views, m)}
    limit = reach_end(views, start, clause.end, mentions)
    # «هاجم الوزير ما وصفه بجهود إيران»: what the object was called stands for the object
    described = _described_thing(views, start, limit)
    # the place of an envoy's post skipped last, and its end: the target still when no other follows it
    post: Mention | None = None
    post_end: int | None = None
    named_end: int | None = None  # the end of the envoy's name in apposition after the post
    for mention in mentions:
        if id(mention) in excluded or mention.head_start < start or mention.start >= limit:
            continue
        if mention.start in qualifiers and is_nisba(views, mention):
            qualifiers.add(_past_marks(views, mention.end))
            continue
        if mention.coordinated or mention.end <= object_start:
            continue  # «لقائه بالرياض المبعوث»: the place of the meeting is no participant
        if _backs_actor_before(views, mention, mentions):
            continue
        if any(named_after_office(m, mention) or _name_of_office(views, m, mention) for m in exclude):
            continue  # «حث الأمين العام للأمم المتحدة أنطونيو غوتيريش الدول ...»: the name is the subject's
        if any(office_of_named(views, m, mention, mentions) for m in exclude):
            continue  # «استقبل الشيخ فلان ولي عهد الإمارة الوفد»: the office is the subject's
        if any(_subjects_apposition(views, m, mention, verb_heads) for m in exclude):
            continue  # «حذر فلان الأمين العام للأمم المتحدة», «قائد الجيش العماد فلان»: the same person again
        if "-" in preps and clause.relative is None and any(_place_of_envoy(views, m, mention) for m in exclude):
            post_end = mention.end
            # the fallback only where the place would have been taken: a preposition of the verb's own
            post = mention if mention.governor is not None and mention.governor in preps else None
            # «وعد مبعوث الأمم المتحدة للصحراء الغربية مجلس الأمن»: the envoy's post, not the target; only after a
            # verb that takes a bare object, as a visit's «إلى» names its own destination («زيارة المبعوث إلى واشنطن»),
            # and outside a relative clause, whose object is the pronoun («المفاوضات التي يرعاها المبعوث إلى اليمن»)
            continue
        if post_end is not None and (
            _envoy_named(views, post_end, mention)
            or (named_end is not None and _title_then_name(views, named_end, mention.head_start))
        ):
            # «السفير الروسي لدى واشنطن، فلان، الولايات المتحدة»: the envoy named after his post (a title and the
            # name after it: «، الرئيس الألماني السابق فلان،»)
            named_end = mention.end
            continue
        if post_end is not None and _words_between(views, post_end, mention.head_start) > _POST_REACH:
            break  # the object of the verb follows the post at once, not in a later phrase
        if any(start <= h < mention.head_start and (described is None or h != described[0]) for h in verb_heads):
            break
        if _words_between(views, start, mention.head_start) > _TARGET_REACH:
            break
        governor = mention.governor
        if described is not None and governor == "ب" and 0 <= mention.head_start - described[1] <= _DESCRIBED_REACH:
            governor = described[2]  # the «ب» of the describing verb: the phrase takes the place of «ما»
        if (
            allow_bare
            and "-" in preps
            and freed_after_adverbial(views, mention)
            and (exclude or _alone_after(mention, mentions, limit))
        ):
            governor = None  # «والتقى خلال الزيارة رئيس الوزراء»: the verb's object, not the visit's
        if governor is not None and any(start <= h < mention.head_start for h in adjuncts):
            continue
        # «انتقدت التقرير الأمريكي», «رفض تصريحات الوزير الإيراني»: the owner of a thing that is the direct
        # object stands for it
        bare_object = governor is None or (governor in ("gen", "mod", "count") and not mention.coordinated)
        # «هاجموا سفينة تابعة للأمم المتحدة»: the owner named after an affiliation word stands for the object, and
        # takes the preposition of the thing it owns («هجوم على قاعدة تابعة للناتو»)
        begin = min(mention.start, mention.head_start)  # «تابعة لقوات التحالف»: with its title
        if governor == "ل" and (_affiliated(views, mention.start) or _affiliated(views, begin)):
            if _owns_actor(views, begin if _affiliated(views, begin) else mention.start, mentions):
                continue  # «الميليشيات الحوثية التابعة لإيران»: the patron of an actor already named, no argument
            bare_object = True
            governor = _owned_governor(views, begin - 1) or governor
        # «خلال لقائه نظيره التركي», «دعمها الحكومة»: right after a verbal noun with a possessive pronoun, the bare
        # phrase the noun seems to govern is its object, whatever prepositions the noun also takes
        right_after = possessed_noun and mention.head_start in (start, object_start)
        if right_after and (bare_object or governor == "of-event"):
            return [m for m in group_of(mention, mentions) if id(m) not in excluded]
        if (bare_object and allow_bare and "-" in preps) or (governor is not None and governor in preps):
            return [m for m in group_of(mention, mentions) if id(m) not in excluded]
    if post is not None:
        # «أعرب مبعوث الأمم المتحدة إلى ليبيا عن الأمل»: with no other actor after it, the post's place may be the
        # topic as well; the rule only lets an object after the post take its place
        return [m for m in group_of(post, mentions) if id(m) not in excluded]
    return []


_ADVERBIAL_MARKS = frozenset("()")
# words from the «ب» after a verb of describing to the phrase that takes the place of «ما» («بجهود إيران»)
_DESCRIBED_REACH = 2


def _described_thing(views: Sequence[TokenView], start: int, end: int) -> tuple[int, int, str | None] | None:
    """«انتقدت الصين ما وصفته بتدخل الولايات المتحدة», «ندد بما وصفه بالعدوان الإسرائيلي»: the first «ما» after
    `start` followed by a verb of describing and a word with «ب» (what the object was called, not «بأن»): the
    verb's index, the «ب» word's index, and the preposition on «ما» (None when bare), which the phrase after «ب»
    takes instead."""
    grammar = default_grammar()
    for index in range(start, min(end, len(views)) - 2):
        view = views[index]
        if not view.is_word or bare(view.token.stem) != "ما" or view.token.suffixes:
            continue
        verb, called = views[index + 1], views[index + 2]
        if not describing_verb(verb, grammar):
            return None
        if not called.is_word or "ب" not in called.token.prefixes or is_complementizer(called, grammar):
            return None
        proclitic = next((p for p in reversed(view.token.prefixes) if p in grammar.proclitic_prepositions), None)
        return index + 1, index + 2, proclitic
    return None


def _inherited_by_title(views: Sequence[TokenView], mention: Mention) -> bool:
    """«خلال الحفل رئيس الوزراء العراقي»: a title phrase whose preposition is none of its own (none on its first
    word) but was passed on from the noun before it, as to an owner («بموقف أردوغان»)."""
    grammar = default_grammar()
    if mention.governor not in grammar.prepositions or mention.head_start >= mention.start:
        return False
    # («الخط العام للحكومة»: a preposition on the actor's own word links it to the noun before, no title)
    words = views[mention.head_start : mention.start + 1]
    return not any(p in grammar.proclitic_prepositions for view in words for p in view.token.prefixes)


def freed_after_adverbial(views: Sequence[TokenView], mention: Mention) -> bool:
    """«والتقى خلال الزيارة رئيس الوزراء», «استقبل الوزير على هامش القمة الرئيس الإيراني»: a noun with «ال»
    ends an adverbial phrase and governs no genitive, so a phrase read as its genitive or as the owner in its
    prepositional phrase, and no adjective of it («الغارات الإسرائيلية»), is free: the verb's object."""
    if mention.governor != "of-event" and not _inherited_by_title(views, mention):
        return False
    begin = min(mention.start, mention.head_start)
    if definite_nisba(views[begin]):
        return False  # «مقتل الصحفية السويدية فلانة»: an adjective first (a title first makes a noun phrase)
    previous = begin - 1
    while previous >= 0 and views[previous].in_timex:
        previous -= 1  # («استقبل في الزيارة اليوم الرئيس»; but «الاتهامات «الجانية»»: a quoted word qualifies)
    if previous < 0:
        return False
    before = views[previous]
    return before.is_word and "ال" in before.token.prefixes and not before.token.suffixes


def _alone_after(mention: Mention, mentions: Sequence[Mention], limit: int) -> bool:
    """With no subject written before it, the free phrase may be the verb's own subject («والتقى خلال الزيارة
    الرئيس الإيراني نظيره»): the object only when no other bare actor follows it."""
    group = {id(m) for m in group_of(mention, mentions)}
    return not any(m.start >= mention.end and m.start < limit and m.is_bare and id(m) not in group for m in mentions)


_BARE_GOVERNORS = (None, "gen", "mod", "count", "of-event")


def _past_adverbials(views: Sequence[TokenView], start: int, end: int, mentions: Sequence[Mention]) -> int:
    """The first token at or after `start` past a time expression and a place phrase written between a verbal noun
    and its object («لقائه اليوم (الأحد) بالرياض المبعوث»): `start` itself when there is none. A place phrase is
    «في» or «ب» and a place named by a country-coded location, at most one word between («بقصر قرطاج»)."""
    index = start
    while index < end:
        view = views[index]
        if view.in_timex or (not view.is_word and view.token.text in _ADVERBIAL_MARKS):
            index += 1
            continue
        if not view.is_word:
            break
        opens = view.norm == "في" or "ب" in view.token.prefixes
        if not opens:
            break
        place = next(
            (
                m
                for m in mentions
                if m.label == "LOC"
                and m.code is not None
                and len(m.code) == 3
                and index <= m.start <= index + (2 if view.norm == "في" else 1)
            ),
            None,
        )
        if place is None or place.end <= index:
            break
        index = place.end
    # a parenthesis alone is no adverbial
    return index if index > start and any(views[i].is_word for i in range(start, index)) else start


def _takes_country_adjective(views: Sequence[TokenView], subject: Mention) -> bool:
    """Whether a country adjective right after `subject` may qualify it. A person's name takes none, and a phrase
    already ending in another country's adjective takes no second one: «وحث أردوغان السعودية», «وحث الوزير التركي
    السعودية» have Saudi Arabia as object (the country's name is written like the feminine adjective)."""
    if subject.label == "PERS":
        return False
    return not is_nisba(views, subject)


def _past_marks(views: Sequence[TokenView], index: int) -> int:
    """The first token at or after `index` that is no quotation mark."""
    while index < len(views) and views[index].token.text in NAME_MARKS:
        index += 1
    return index


_OWNED_ADJECTIVES = 2


def _owned_governor(views: Sequence[TokenView], affiliation: int) -> str | None:
    """The preposition of the noun an affiliation word qualifies («على قاعدة تابعة»: «علي»), None when bare."""
    grammar = default_grammar()
    words = [v for v in reversed(views[:affiliation]) if v.is_word][: _OWNED_ADJECTIVES + 2]
    for position, noun in enumerate(words[:-1]):
        proclitic = next((p for p in reversed(noun.token.prefixes) if p in grammar.proclitic_prepositions), None)
        if proclitic is not None:
            return proclitic
        before = words[position + 1]
        if before.norm in grammar.prepositions:
            return before.norm
        if noun.token.prefixes or position >= _OWNED_ADJECTIVES:
            return None  # «على قاعدة عسكرية تابعة»: across the owned noun's adjectives only
    return None


def _owns_actor(views: Sequence[TokenView], start: int, mentions: Sequence[Mention]) -> bool:
    """The affiliation word before the owner at `start` qualifies an actor phrase ending right before it
    («الميليشيات الحوثية التابعة لإيران»), not a thing («سفينة تابعة لإيران»)."""
    words = [v.index for v in views[max(0, start - 3) : start] if v.is_word]
    if len(words) < 2:
        return False
    qualified = words[-2]
    # an actor with a sector («الميليشيات الحوثية»: YEMREB); a place coded by country («المواقع العسكرية») is a thing
    return any(m.code and len(m.code) > 3 and m.start <= qualified < m.end for m in mentions)


def _backs_actor_before(views: Sequence[TokenView], mention: Mention, mentions: Sequence[Mention]) -> bool:
    """«الميليشيات الحوثية الموالية لإيران», «الفصائل المدعومة من تركيا»: a state after a word of backing that
    follows an actor phrase is that actor's patron, no party of the act (militants loyal to an armed group, «موالين
    لتنظيم داعش», are of that group)."""
    code = mention.code
    if not code or code.startswith(("IGO", "NGO", "IMG", "MNC")) or code[3:] not in ("", "GOV", "MIL"):
        return False
    words = words_before_backing(views, min(mention.start, mention.head_start), mention.governor, 4)
    if words is None or len(words) < 2 or not views[words[-1]].forms & default_grammar().patron_words:
        return False
    return any(m.code and len(m.code) > 3 and m.start <= words[-2] < m.end for m in mentions)


def _affiliated(views: Sequence[TokenView], start: int) -> bool:
    words = [v for v in views[max(0, start - 1) : start] if v.is_word]
    return bool(words) and bool(words[0].forms & default_grammar().affiliation_words)


def between_pair(
    views: Sequence[TokenView], start: int, clause: Clause, mentions: Sequence[Mention], grammar: Grammar
) -> tuple[list[Mention], list[Mention]] | None:
    """«بين X و Y» right after a predicate: X and Y (or the one plural phrase twice: «بين الأطراف الأفغانية»); its
    adjectives and the place it happened in may come between («المعارك الشرسة في اليمن بين»)."""
    anchor = None
    words = 0
    for view in views[start : clause.end]:
        if view.token.text in _PAIR_STOPS:
            return None
        if not view.is_word or view.in_timex:
            continue
        if view.norm == "بين":
            anchor = view
            break
        words += 1
        if words >= _PAIR_REACH or (words >= _PAIR_NEAR and view.norm != "في" and not _in_place(view, mentions)):
            return None
    if anchor is None:
        return None
    inside = [m for m in mentions if m.head_start > anchor.index and m.start < clause.end]
    if not inside:
        return None
    first = inside[0]
    if _words_between(views, anchor.index + 1, first.head_start) > 2:
        return None
    sides = _sides_pair(views, anchor.index, clause.end, first, inside)
    if sides:
        return sides
    # «بين قوات التحالف الذي تقوده السعودية والمسلحين الحوثيين»: a relative clause qualifying the first party ends
    # the predicate's clause, but the second party follows it
    relative = clause.end < len(views) and is_relative(views[clause.end], grammar)
    qualified = [m for m in mentions if m.head_start > anchor.index] if relative else inside
    partners = (
        [m for m in inside[1:] if m.group == first.group]
        or _partner_after_apposition(views, first, inside)
        or _partner_after_qualifier(views, first, qualified)
    )
    if partners:
        return [first, *partners], []
    return [first], [first]


def _side_marks(views: Sequence[TokenView], start: int, end: int) -> list[int]:
    """Indices of «من جهة/ناحية» (and «من جهة أخرى/ثانية») between `start` and `end`."""
    sides = default_grammar().pair_side_words
    return [
        view.index
        for view in views[start:end]
        if view.norm == "من" and view.index + 1 < end and views[view.index + 1].norm in sides
    ]


def _sides_pair(
    views: Sequence[TokenView], anchor: int, end: int, first: Mention, inside: Sequence[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """«بين X و Y من جهة و Z من جهة أخرى»: X and Y are one side, Z the other (not X against Y)."""
    marks = _side_marks(views, anchor + 1, end)
    if not marks:
        return None
    split = marks[0]
    limit = marks[1] if len(marks) > 1 else end
    side_a = [m for m in inside if m.head_start < split and (m is first or m.group == first.group)]
    later = [m for m in inside if split < m.head_start < limit]
    if not side_a or not later or _words_between(views, split + 2, later[0].head_start) > 1:
        return None
    second = later[0]
    return side_a, [m for m in later if m is second or m.group == second.group]


_PAIR_NEAR = 3  # words before «بين» (adjectives); more only for the place phrase («في اليمن»)
_PAIR_REACH = 6
_PAIR_STOPS = frozenset({"،", ",", ".", "؛", ";", ":", "؟", "!"})


def _in_place(view: TokenView, mentions: Sequence[Mention]) -> bool:
    return any(m.start <= view.index < m.end and m.governor == "في" and m.entity is not None for m in mentions)


_QUALIFIER_WORDS = 3
_QUALIFIER_REACH = 6


def _partner_after_qualifier(views: Sequence[TokenView], first: Mention, inside: Sequence[Mention]) -> list[Mention]:
    """«بين المقاومة الموالية للحكومة والمتمردين»: the second side with «و» after what qualifies the first; one set
    off by a comma wins («بين قوات الجيش المدعومة من روسيا وإيران، وفصائل المعارضة»: Iran is a backer)."""
    if first.anaphor is not None:
        return []  # «بين الرئيسين الأمريكي ... والروسي ...»: the names after a group word are the group word's
    fallback: list[Mention] = []
    for mention in inside[1:]:
        between = views[first.end : mention.head_start]
        words = sum(1 for v in between if v.is_word)
        marks = [v for v in between if not v.is_word]
        if words > _QUALIFIER_REACH or any(v.token.text not in ("،", ",") for v in marks) or len(marks) > 1:
            break
        if views[mention.head_start].token.prefixes[:1] != ("و",):
            continue
        if _states_listed(first, mention, inside):
            continue  # «بين القوات الحكومية التي تدعمها روسيا وإيران»: a second backer listed with the first
        # not the qualifier's own noun the «و» phrase was read as coordinated with («للحكومة»)
        group = [m for m in inside if m.group == mention.group and m.head_start >= mention.head_start]
        if marks and views[mention.head_start - 1].token.text in ("،", ","):
            return group
        if not marks and not fallback and words <= _QUALIFIER_WORDS:
            fallback = group
    return fallback


def _states_listed(first: Mention, mention: Mention, inside: Sequence[Mention]) -> bool:
    """A state (a bare country code) right after another state named in what qualifies the first party: the two are
    listed together there, not the pair's second side."""
    before = [m for m in inside if first.end <= m.head_start and m.end <= mention.head_start]
    return bool(before) and before[-1].end == mention.head_start and _bare_state(before[-1]) and _bare_state(mention)


def _bare_state(mention: Mention) -> bool:
    return mention.code is not None and len(mention.code) == 3


def _partner_after_apposition(views: Sequence[TokenView], first: Mention, inside: Sequence[Mention]) -> list[Mention]:
    """«بين وزير الخارجية الفرنسي، جان نويل بارو، وأمير قطر»: the second side after the first one's name in
    apposition."""
    if first.anaphor is not None:
        return []  # «بين الرئيسين الأمريكي ... والروسي ...»: the names are the group word's apposition
    position = first.end
    for mention in inside[1:]:
        between = views[position : mention.head_start]
        if any(v.is_word for v in between) or not any(v.token.text in ("،", ",") for v in between):
            return []
        if views[mention.head_start].token.prefixes[:1] == ("و",):
            return [mention]
        position = mention.end
    return []


def _relative_between(
    views: Sequence[TokenView], start: int, mentions: Sequence[Mention], grammar: Grammar
) -> tuple[list[Mention], list[Mention]] | None:
    """«اللقاء، الذي دار بين X و Y», «المحادثات التي جرت بين الطرفين»: the pair named in a relative clause
    whose verb only says the event took place."""
    position = start
    while position < len(views) and (views[position].token.text in ("،", ",") or views[position].in_timex):
        position += 1
    if position + 2 >= len(views) or not is_relative(views[position], grammar):
        return None
    verb = views[position + 1]
    if not verb.is_word or any(m.start <= verb.index < m.end for m in mentions):
        return None
    names = {i for m in mentions for i in range(m.start, m.end)}
    inner = clause_around(views, verb.index + 1, grammar, names)
    return between_pair(views, verb.index + 1, inner, mentions, grammar)


def _nisba_after(views: Sequence[TokenView], end: int, mentions: Sequence[Mention]) -> list[Mention]:
    """A country adjective («سعودية», «الأمريكية») immediately after a word, with its coordinated adjectives.
    An adjective agrees with its noun in definiteness: after an indefinite noun a definite word is a genitive
    («بمعاقبة السعودية»: Saudi Arabia is punished), not an adjective."""
    definite_noun = end > 0 and "ال" in views[end - 1].token.prefixes
    for mention in mentions:
        # «الغارات الجوية الأمريكية», «التدخل العسكري التركي»: across the adjective the country's title took
        adjectives = definite_noun and all(
            "ال" in v.token.prefixes and v.norm.endswith(_NISBA_ENDINGS)
            for v in views[mention.head_start : mention.start]
        )  # (definite: «اعتقال صحفي ألماني» names a journalist, no adjective of the arrest)
        adjacent = mention.start == end or (mention.head_start == end and adjectives)
        if mention.head_start <= end <= mention.start and adjacent and mention.label == "LOC" and mention.code:
            agrees = definite_noun or "ال" not in views[mention.start].token.prefixes
            if is_nisba(views, mention) and agrees:
                return group_of(mention, mentions)
        if mention.head_start > end:
            break
    return []


def _second_adjective(views: Sequence[TokenView], first: Mention, mentions: Sequence[Mention]) -> list[Mention]:
    """A second country adjective right after `first`, agreeing with it in definiteness, of another country."""
    for mention in mentions:
        if mention.start != first.end or mention.head_start != mention.start:
            continue
        if mention.label != "LOC" or not mention.code or not first.code or not is_nisba(views, mention):
            continue
        if _definite(views[first.start]) != _definite(views[mention.start]) or mention.code[:3] == first.code[:3]:
            continue
        return group_of(mention, mentions)
    return []


def _definite(view: TokenView) -> bool:
    return "ال" in view.token.prefixes or view.norm.startswith("ال")


def genitive_after(
    views: Sequence[TokenView], end: int, clause: Clause, mentions: Sequence[Mention], grammar: Grammar
) -> list[Mention]:
    """The noun phrase right after a verbal noun («انسحاب القوات الأمريكية»); adjectives may come between,
    prepositions and punctuation may not."""
    for mention in mentions:
        # a phrase whose title took the noun's last word («غارات جوية للتحالف»: «جوية» both) starts at its name
        first = mention.head_start if mention.head_start >= end else mention.start
        if first >= end and mention.start < clause.end and not mention.coordinated:
            if mention.governor not in (None, "gen", "mod", "of-event", "count"):
                return []
            for view in views[end:first]:
                if view.in_timex or view.token.text == "#" or _member_link(views, view, grammar):
                    continue  # «بحبس #فلان»: a hashtag mark is no boundary
                if view.token.kind == "number" and _member_link(views, views[view.index + 1], grammar):
                    continue  # «اختطاف 3 من موظفي اللجنة»: the number counts the group's members
                if view.token.kind == "number" and view.index == end and views[end + 1].is_word:
                    continue  # «مقتل 30 مسلحا من تنظيم X»: digits counting the noun after them, as «ستة» would
                if not view.is_word or view.norm in grammar.prepositions or {"ب", "ل"} & set(view.token.prefixes):
                    return []
            if _words_between(views, end, first) <= _GENITIVE_REACH:
                return group_of(mention, mentions)
            return []
    return []


def _member_link(views: Sequence[TokenView], view: TokenView, grammar: Grammar) -> bool:
    """«اعتقال أعضاء في حركة حماس», «اختطاف ثلاثة من موظفي اللجنة»: «في/من» after a member noun or a number
    leads to the group the members belong to."""
    if view.norm not in ("في", "من") or view.index == 0:
        return False
    before = views[view.index - 1]
    return bool(before.forms & (grammar.member_nouns | grammar.quantifiers)) or before.token.kind == "number"


def _lam_object_after(
    views: Sequence[TokenView], genitive: Sequence[Mention], clause: Clause, mentions: Sequence[Mention]
) -> bool:
    """The word right after a verbal noun's genitive carries «ل» (and is no country adjective of the genitive)."""
    end = max(m.end for m in genitive)
    following = next((v for v in views[end : clause.end] if not v.in_timex), None)
    if following is None or not following.is_word or following.token.prefixes[:1] not in (("ل",), ("ل", "ال")):
        return False
    governed = next((m for m in mentions if m.start <= following.index < m.end), None)
    return governed is None or governed.governor == "ل"


def _object_after(
    views: Sequence[TokenView],
    noun_end: int,
    genitive: Sequence[Mention],
    clause: Clause,
    mentions: Sequence[Mention],
    grammar: Grammar,
) -> list[Mention] | None:
    """«قصف مقاتلات التحالف مواقع للميليشيات», «اعتقال الميليشيات مئات التجار», «قصف إسرائيل غزة»: a verbal noun's
    genitive followed by a bare object (a place or member noun, a count, an actor no preposition governs) is the
    agent. Returns None when no such object follows, else the actors the object names (or owns: «مواقع
    للميليشيات»), maybe none."""
    if min(m.head_start for m in genitive) != noun_end:
        return None  # the genitive of a construct stands right after its noun
    end = max(m.end for m in genitive)
    following = next((v for v in views[end : clause.end] if not v.in_timex), None)
    if following is None or not following.is_word or following.norm.startswith("و"):
        return None  # «وكيوتو»: a name the tokenizer left whole may still be coordinated
    if set(following.token.prefixes) & {"ب", "ل", "ك", "ال"} or following.norm in grammar.prepositions:
        return None  # a definite word after a definite genitive is its adjective («مسلحي التنظيم المتشدد»)
    starts = next((m for m in mentions if following.index in (m.start, m.head_start)), None)
    if starts is not None:
        bare_phrase = starts.governor in (None, "gen") and not starts.coordinated and not is_nisba(views, starts)
        return group_of(starts, mentions) if bare_phrase else None
    nouns = grammar.construct_nouns | grammar.member_nouns | grammar.quantifiers
    if following.token.kind != "number" and not following.forms & nouns:
        return None
    # the owner written after the object with «ل» or «من» («مواقع للميليشيات», «مئات من عناصر الحركة»)
    owner = next((m for m in mentions if m.head_start > following.index), None)
    if owner is not None and owner.head_start - following.index <= 2 and owner.governor in ("ل", "من", "gen", None):
        return group_of(owner, mentions)
    return []


def _is_count(view: TokenView, grammar: Grammar) -> bool:
    """A number or quantifier between a verbal noun and its required object («طرد ستين دبلوماسيا»)."""
    return view.token.kind == "number" or bool(view.forms & grammar.quantifiers)


def agent_after(
    views: Sequence[TokenView], end: int, clause: Clause, mentions: Sequence[Mention], grammar: Grammar
) -> list[Mention]:
    """«من قبل X», «على يد X»: the agent of a passive or a verbal noun."""
    words = [v for v in views[end : clause.end] if v.is_word]
    for past in _agent_marker_ends(words, grammar):
        after = words[past].index if past < len(words) else clause.end
        for mention in mentions:
            if mention.head_start >= after and mention.head_start - after <= 2:
                return group_of(mention, mentions)
    return []


def _agent_marker_ends(words: Sequence[TokenView], grammar: Grammar) -> Iterator[int]:
    """The position in `words` right after each agent phrase («من قبل», «على يد», «برصاص»; grammar `agent_markers`)."""
    firsts = {phrase[0] for phrase in grammar.agent_markers}
    for index in range(len(words)):
        if not (words[index].forms & firsts or words[index].norm in firsts):
            continue
        for phrase in grammar.agent_markers:
            if all(
                index + k < len(words) and (words[index + k].norm == w or w in words[index + k].forms)
                for k, w in enumerate(phrase)
            ):
                yield index + len(phrase)


VIOLENT_ROOTS = ("18", "19", "20")
# meetings, summits, talks and agreements: a town after such a noun names where it is held, not who holds it; not
# visits (042, 043: the town is the destination) nor cooperation and support («تعاون مقديشو»: a capital for its state)
MEETING_CODES = ("030", "031", "036", "040", "041", "044", "045", "046", "057")


def _venue_genitive(predicate: Predicate, genitive: Sequence[Mention]) -> bool:
    """«قمة فيينا», «اتفاق ستوكهولم», «مؤتمر الدوحة»: a town of the gazetteer as the agent genitive of a meeting or
    agreement noun is its venue or its name, not a party to it."""
    if predicate.genitive == "tgt" or not predicate.cameo.startswith(MEETING_CODES):
        return False
    return all(
        m.entity is not None
        and m.entity.actor is not None
        and m.entity.actor.kb_source == "places"
        and ":" in (m.entity.actor.id or "")
        for m in genitive
    )


# said acts whose speaker may follow the noun with «من» («انتقادات من X», «تهديدات من X»); not appeals and requests,
# whose «من» as often names who is asked («طلب من X»)
_VOICED_ROOTS = ("051", "11", "12", "13")


def _min_agent(
    views: Sequence[TokenView], trigger: Trigger, predicate: Predicate, mentions: Sequence[Mention], grammar: Grammar
) -> list[Mention]:
    """«وسط انتقادات من الولايات المتحدة للحكومة التركية», «تنديدا من الاتحاد الأوروبي باعتقال ناشطين»: an actor
    after «من» right after the noun of a said act (praise, criticism, rejection, threat; across one
    adjective) is who says it, when the predicate takes no target with «من» («تحذير من», «طلب من»). Not a noun with
    a pronoun or with «ب» («بدعم من X» backs the clause's subject), nor a place as the speaker."""
    if not predicate.cameo.startswith(_VOICED_ROOTS) or trigger.split.enclitic:
        return []
    if "من" in predicate.preps or "من" in predicate.target_preps or "ب" in views[trigger.head].token.prefixes:
        return []
    words = [v for v in views[trigger.span[1] : trigger.span[1] + 3] if v.is_word]
    if words and words[0].norm != "من":
        adjective = words[0]
        if (
            adjective.token.suffixes
            or adjective.norm in grammar.prepositions
            or (adjective.token.prefixes and adjective.token.prefixes != ("ال",))
        ):
            return []
        words = words[1:]
    if not words or words[0].norm != "من" or words[0].token.prefixes:
        return []
    speaker = next((m for m in mentions if m.head_start == words[0].index + 1 and m.code), None)
    if speaker is None or speaker.anaphor is not None or _is_place_only(speaker):
        return []
    return group_of(speaker, mentions)


def _is_place_only(mention: Mention) -> bool:
    """A town or region (a place whose code names no country's state alone) cannot speak."""
    entity = mention.entity
    return mention.label == "LOC" and entity is not None and entity.actor is not None and not entity.actor.country


def _lam_agent(
    views: Sequence[TokenView], trigger: Trigger, predicate: Predicate, mentions: Sequence[Mention], grammar: Grammar
) -> list[Mention]:
    """«غارة جوية لطائرات التحالف على الساحل», «هجوم لحركة طالبان»: an actor with «ل» right after a noun of
    violence (across its adjectives) is whose attack it is; a place there is what was hit («قصف إسرائيلي لغزة»),
    and so is the owner of a place noun («قصف لمواقع المتمردين») unless the target follows («على», «ضد»)."""
    if not predicate.cameo.startswith(VIOLENT_ROOTS) or predicate.genitive == "tgt" or trigger.split.enclitic:
        return []  # «قصف إسرائيلي لغزة», «واستهدافه للمعارضين»: after a transitive act «ل» marks the patient
    adjectives = 0
    # «الهجوم الكيماوي المزعوم للنظام»: a definite act noun takes definite adjectives, but not as the object of a
    # lending verb, whose subject acts and «ل» marks the patient («توجيه مزيد من الضربات النوعية لميليشيات X»)
    lent = any(
        v.is_word and any(split.core in grammar.lend for split in v.splits[:1])
        for v in views[max(0, trigger.head - _LENDER_REACH) : trigger.head]
    )
    definite = ("ال",) if "ال" in views[trigger.head].token.prefixes and not lent else ()
    for view in views[trigger.span[1] :]:
        if not view.is_word:
            return []
        construct = bool(view.forms & grammar.construct_nouns) and "ل" in view.proclitics
        position = view.index + 1 if construct else view.index
        owner = next((m for m in mentions if m.head_start == position), None)
        if owner is None:
            if adjectives and view.norm == "به" and views[view.index - 1].norm.endswith("مشتبه"):
                continue  # «المشتبه به»: suspected
            adjectives += 1
            if view.token.prefixes not in ((), definite) or view.norm in grammar.prepositions or view.token.suffixes:
                return []  # only an adjective («جوية», «المزعوم») stands between
            if adjectives > 1:
                return []
            continue
        actor = owner.label in ("ORG", "PERS") or len(owner.code or "") > 3
        if owner.governor != "ل" or not actor:
            return []
        construct = construct or bool(views[owner.head_start].forms & grammar.construct_nouns)
        following = next((v for v in views[owner.end :] if v.is_word or v.token.text in "،,."), None)
        aimed = following is not None and following.norm in ("علي", "ضد")
        return group_of(owner, mentions) if aimed or not construct else []
    return []


_BETWEEN_ONLY = ("بين",)


def _object_between(
    views: Sequence[TokenView], trigger: Trigger, clause: Clause, mentions: Sequence[Mention], grammar: Grammar
) -> tuple[list[Mention], list[Mention]] | None:
    """«توقيع اتفاقية تعاون عسكري بين X و Y»: the required object right after a verbal noun is part of the act, so
    only what follows it stands between the act and «بين». Only named parties: a group word there («بين البلدين»)
    may stand for a pair other than the one the act is about."""
    if trigger.obj is None or trigger.obj[0] != trigger.end:
        return None
    pair = between_pair(views, trigger.span[1], clause, mentions, grammar)
    if pair is None or any(m.anaphor is not None or m.entity is None for m in (*pair[0], *pair[1])):
        return None
    return pair


_LENDER_REACH = 3  # «توجيه مزيد من الضربات»: the lending noun and the words of quantity after it


def noun_roles(
    views: Sequence[TokenView],
    trigger: Trigger,
    predicate: Predicate,
    clause: Clause,
    mentions: Sequence[Mention],
    verb_heads: set[int],
    grammar: Grammar,
) -> Roles:
    roles = Roles()
    end = trigger.span[1]
    pair = between_pair(views, trigger.end, clause, mentions, grammar) or _object_between(
        views, trigger, clause, mentions, grammar
    )
    pair = pair or _relative_between(views, trigger.span[1], mentions, grammar)
    # «وساطة الأردن بين X وY»: a noun whose only target is after «بين» (mediation) is done by a third party for both
    if pair and predicate.target_preps != _BETWEEN_ONLY:
        roles.sources, roles.targets = pair
        roles.source_how = roles.target_how = "between"
        return roles
    adjective = _nisba_after(views, trigger.span[1], mentions)
    if adjective and _venue_genitive(predicate, adjective):
        adjective = []  # «قمة هلسنكي»: a town's name ending like a country adjective
    # the required object right after the verbal noun («طرد دبلوماسيين»), not after its agent («انسحاب X من الاتفاق»)
    after_object = (
        trigger.obj is not None
        and trigger.obj[1] == trigger.span[1]
        and all(_is_count(views[i], grammar) for i in range(trigger.end, trigger.obj[0]))
    )
    if after_object:
        # «طرد دبلوماسيين روس», «طرد سفير إيران»: what qualifies the required object names its owner, the target
        # «محاولة مسلحي بوكو حرام»: the owner's phrase may open with a title
        adjacent = [m for m in mentions if trigger.span[1] in (m.start, m.head_start) and not m.coordinated][:1]
        owner = adjective or (group_of(adjacent[0], mentions) if adjacent else [])
        if owner:
            roles.targets, roles.target_how = owner, "object-owner"
        adjective = []
    elif adjective:
        # «مساعدات سعودية», «الغارات الأمريكية»: a country adjective right after a verbal noun is its agent
        roles.sources, roles.source_how = adjective, "adjective"
        other = _second_adjective(views, adjective[-1], mentions) if predicate.reciprocal else []
        if other:
            # «مباحثات سودانية إثيوبية», «القمة الروسية التركية»: two countries' adjectives side by side name the two
            # parties of a meeting or talks
            roles.targets, roles.target_how = other, "adjective"
    possessed = trigger.split.enclitic in ("ه", "ها", "هم", "هما", "هن")
    # «تأييدها الخطوات»: the pronoun is the verbal noun's genitive; a noun phrase after it is its object
    genitive = [] if possessed or after_object else genitive_after(views, trigger.end, clause, mentions, grammar)
    if genitive and adjective and genitive[0] is adjective[0]:
        genitive = []
    if genitive and _venue_genitive(predicate, genitive):
        genitive = []
    if genitive and predicate.genitive != "tgt" and _placed_after_adjective(views, trigger.end, genitive):
        if predicate.cameo.startswith(VIOLENT_ROOTS) and not roles.targets:
            # «غارة جوية قرب مدينة X»: the place struck, whose country is the target (no agent)
            roles.targets, roles.target_how = list(genitive), "place"
        genitive = []
    if genitive:
        bare_object = _object_after(views, trigger.end, genitive, clause, mentions, grammar)
        patient_after = _lam_object_after(views, genitive, clause, mentions) or bare_object is not None
        if predicate.genitive == "tgt" and not roles.sources and patient_after:
            # «قصف الحوثيين لمنطقة», «اعتقال الشرطة للصحفي»: with the patient after «ل», the genitive is the agent
            roles.sources, roles.source_how = genitive, "genitive"
            if bare_object:
                roles.targets, roles.target_how = bare_object, "object"
        elif predicate.genitive == "tgt" or roles.sources:
            # «مقتل ستة مسلحين من تنظيم داعش»: the victims counted as a body's men are that body's
            victims = _victims_body(views, genitive, mentions, clause.end, grammar)
            roles.targets, roles.target_how = victims, "genitive"
        else:
            roles.sources, roles.source_how = genitive, "genitive"
    if possessed:
        roles.pronoun_source = predicate.genitive != "tgt"
    agent = (
        agent_after(views, end, clause, mentions, grammar)
        or _lam_agent(views, trigger, predicate, mentions, grammar)
        or _min_agent(views, trigger, predicate, mentions, grammar)
    )
    if agent and not roles.sources:
        roles.sources, roles.source_how = agent, "agent"
    # the preposition a noun requires introduces its target as it does the verb's («الإفراج عن», «السيطرة على»)
    preps = (*(predicate.target_preps or DEFAULT_TARGET_PREPS), *predicate.preps)
    if not roles.targets:
        exclude = roles.sources
        # «دعمها الحكومة الشرعية»: after a possessive pronoun a bare noun phrase is the object
        bare = possessed and predicate.genitive != "tgt"
        found = targets_after(
            views,
            end,
            clause,
            mentions,
            [p for p in preps if p != "-" or bare],
            exclude,
            verb_heads,
            allow_bare=bare,
            possessed_noun=bare,
        )
        if found:
            roles.targets, roles.target_how = found, "preposition"
    return roles


def verb_roles(
    views: Sequence[TokenView],
    trigger: Trigger,
    predicate: Predicate,
    clause: Clause,
    mentions: Sequence[Mention],
    verb_heads: set[int],
    grammar: Grammar,
    adjunct_acts: Collection[int] = (),
) -> Roles:
    """`adjunct_acts`: verbal nouns in adverbial phrases («في غارة للتحالف»), whose prepositional participants are
    their own, not the verb's."""
    roles = Roles()
    end = trigger.end
    if trigger.passive:
        agent = agent_after(views, end, clause, mentions, grammar)
        roles.targets = targets_after(views, end, clause, mentions, ["-"], agent, verb_heads, allow_bare=True)
        roles.target_how = "passive-subject" if roles.targets else ""
        if not roles.targets:
            # «وكان الموظف قد قُتل»: the subject of a passive stated before it
            group, how = verb_subject(views, trigger.head, end, clause, mentions, verb_heads - {trigger.head})
            if how == "subject-verb":
                roles.targets, roles.target_how = group, "passive-subject"
        if agent:
            roles.sources, roles.source_how = agent, "agent"
        return roles
    others = verb_heads - {trigger.head}
    described = described_noun(views, trigger, mentions, grammar)
    if described is not None:
        # «عن صحفي معروف اعتقلته الشرطة»: the actor after the verb acts on the noun before it; with no actor there,
        # only a partner the verb takes with a preposition is a target («عقود أبرمتها بغداد مع طهران»)
        roles.sources, roles.targets = described
        roles.source_how = "verb-subject"
        if not roles.targets:
            after = max(m.end for m in roles.sources)
            written = (*predicate.preps, *(predicate.target_preps or DEFAULT_TARGET_PREPS))
            partners = tuple(p for p in written if p != "-")
            found = targets_after(views, after, clause, mentions, partners, roles.sources, others, allow_bare=False)
            roles.targets = found
        roles.target_how = "described"
        return roles
    if trigger.features.person in (1, 2):
        # «ندعم المتظاهرين»: the subject is the pronoun in the verb; what follows is its object
        roles.sources, roles.source_how = [], "pronoun"
    else:
        agrees = trigger.features.number in ("pl", "du")
        roles.sources, roles.source_how = verb_subject(
            views, trigger.head, end, clause, mentions, others, agrees=agrees
        )
        if roles.source_how in _AGREEING_HOWS and _disagrees_in_gender(views, trigger, roles.sources):
            # «وصل الرئيس إلى المدينة، وقتلت الغارة ...»: a feminine verb cannot have the president as its
            # subject; an actor right after the verb is («وقد قتلت الشرطة ...»), else the clause has a subject
            # of its own that names no actor
            ruled_out = {id(m) for m in roles.sources}
            rest = tuple(m for m in mentions if id(m) not in ruled_out)
            group, how = verb_subject(views, trigger.head, end, clause, rest, others, agrees=agrees)
            if how == "verb-subject" and not _disagrees_in_gender(views, trigger, group):
                roles.sources, roles.source_how = group, how
            else:
                roles.sources, roles.source_how = [], "noun"
        if (
            roles.source_how in ("relative", "subject-verb", "")
            and clause.relative is not None
            and trigger.head == clause.relative + 1
            and _thing_antecedent(views, _before_comma(views, clause.relative), mentions)
            and not _object_of_relative(views, trigger.head, clause)
            and not _resumed_after(views, end, clause.relative)
        ):
            # «وقف التحركات التي تهدد المدنيين»: the antecedent right before the pronoun is a thing, the verb's
            # subject; no actor further back stands for the pronoun
            roles.sources, roles.source_how = [], "noun"
    if roles.source_how not in ("verb-subject", "subject-verb", "document"):
        # (a document is a written subject: «بيان يدعو إلى إدانة ... من جانب X» is no passive)
        # «أنه يجري التحقيق من قبل تركيا»: a verb with no subject of its own and an agent phrase is a passive
        # (unvowelled «يُجرى»); the agent is who acts
        near = Clause(clause.start, min(clause.end, _word_after(views, trigger.span[1], _AGENT_NEAR)), clause.relative)
        agent = agent_after(views, trigger.span[1], near, mentions, grammar)
        if agent:
            roles.sources, roles.source_how = agent, "agent"
    start = end
    if roles.source_how == "verb-subject" and roles.sources:
        start = skip_appositions(views, max(m.end for m in roles.sources), mentions, others)
        start = speaking_through(views, start, mentions)
        clause, start = _past_subject_relative(views, start, clause, mentions, grammar)
    span_end = trigger.span[1]
    own = {*predicate.preps, *predicate.target_preps}
    adjuncts = [h for h in adjunct_acts if h > trigger.head and _written_before(views, h) not in own]
    if predicate.preps:
        found = targets_after(
            views, start, clause, mentions, predicate.preps, roles.sources, others, allow_bare=False, adjuncts=adjuncts
        )
        if found:
            roles.targets, roles.target_how = found, "preposition"
            return roles
    preps = predicate.target_preps or DEFAULT_TARGET_PREPS
    found = targets_after(
        views,
        max(start, span_end) if not predicate.direct_object else start,
        clause,
        mentions,
        preps,
        roles.sources,
        others,
        allow_bare=predicate.direct_object,
        adjuncts=adjuncts,
    )
    if not found and trigger.obj is not None and not predicate.direct_object:
        subject_end = max([end, *(m.end for m in roles.sources if m.start >= end)])
        found = _recipient_before_object(views, subject_end, trigger.obj[0], mentions, preps, roles.sources)
    if not found and predicate.cameo.startswith(_JUDGED_RELATION_ROOTS):
        found = _parties_of_relation(views, start, clause, mentions, (*predicate.preps, *preps))
    if found and predicate.reciprocal and len(roles.sources) > 1 and _purpose_before(views, start, found[0]):
        found = []  # «التقى وزراء روسيا وإيران وتركيا لبحث النزاع السوري»: the purpose's matter is no party
    passive = (
        _unvowelled_passive(views, trigger, predicate, roles, found, others, grammar, clause)
        or _passive_after_subject(views, trigger, predicate, roles, clause, grammar)
        or (not found and _object_missing(views, trigger, predicate, roles, clause, grammar))
        or _killed_in_act(views, trigger, predicate, roles, clause, grammar)
        or _counted_victims(views, trigger, predicate, roles, clause, grammar)
        or (_bare_past_harm(trigger, predicate, roles) and all(m.governor == "count" for m in roles.sources))
        or _agent_right_after(views, trigger, predicate, roles, clause, mentions, grammar)
    )
    if found and not passive:
        roles.targets, roles.target_how = found, "object"
    elif passive:
        subject_end = max(m.end for m in roles.sources)
        agent = agent_after(views, subject_end, clause, mentions, grammar) or _cause_agent(
            views, max(subject_end, trigger.end), clause.end, mentions, roles.sources, others, grammar
        )
        # the victims' phrase ends at the verb after them («أن 50 مسلحا من X قتلوا») or with the clause
        bound = trigger.head if trigger.head > subject_end else clause.end
        victims = _victims_body(views, roles.sources, mentions, bound, grammar)
        roles.targets, roles.target_how = victims, "passive-subject"
        roles.sources, roles.source_how = agent, "agent" if agent else ""
        roles.passive_reading = True
    elif (
        roles.source_how == "relative-subject"
        and predicate.direct_object
        # «الحوثيين الذين سيطروا على العاصمة»: an object follows, so the verb is active
        and bare_capital_object(views, trigger.end, clause.end, mentions) < 0
    ):
        # «المغربي الذي اعتقل في مرسيليا»: a transitive verb with no object after a relative pronoun may well be a
        # passive (unvowelled «اُعتقل»), whose antecedent is the patient: no subject is safer than a wrong one
        roles.sources, roles.source_how = [], ""
    elif roles.source_how == "verb-subject" and (predicate.direct_object or predicate.control in _PERSON_OBJECT):
        carried = _carried_subject(
            views, trigger, clause, mentions, roles.sources, verb_heads, grammar, mutual=predicate.reciprocal
        )
        if carried and not _disagrees_in_gender(views, trigger, carried):
            roles.targets, roles.target_how = roles.sources, "object"
            roles.sources, roles.source_how = carried, "carried"
    return roles


# verbal acts (comment, appeal, demand, criticism, rejection, threat): what a speaker goes on to do after reporting
SPEECH_ROOTS = ("01", "02", "10", "11", "12", "13")


def reporter_after_report(
    views: Sequence[TokenView],
    trigger: Trigger,
    roles: Roles,
    clause: Clause,
    mentions: Sequence[Mention],
    speech_heads: Collection[int],
    grammar: Grammar,
) -> list[Mention]:
    """«وقالت الخارجية إن واشنطن تتدخل في شؤونها، واتهمت بريطانيا بـ»: a verbal act with «و» after a comma that
    closes a reported clause is the reporter's, not the reported subject's; the reporter is the sentence's first
    subject («رفضت تركيا ...، قائلة إن ...»), when the verb agrees with it. Not when the reported clause has a
    verbal act of its own («إن موكله ناشد المحكمة ...، وطالبها»: the same speaker goes on), nor when the actor right
    after the verb may be its subject, followed by no preposition of its object («وحذرت الأمم المتحدة بأن»)."""
    if roles.source_how not in ("subject-verb", "carried"):
        return []
    view = views[trigger.head]
    previous = views[trigger.head - 1] if trigger.head > 0 else None
    if view.token.prefixes[:1] != ("و",) or previous is None or previous.token.text not in ("،", ","):
        return []
    if trigger.split.enclitic:
        return []  # «احتجزت مراسلتها، وهددتها»: the pronoun may stand for the reported clause's object, its doer's
    opener = clause.start - 1
    if opener < 1 or not is_complementizer(views[opener], grammar) or views[opener].token.suffixes:
        return []  # «أنه قال ...، وطالب»: the pronoun is already the reporter
    if views[opener - 1].norm in _TIME_BEFORE_THAT:
        return []  # «بعد أن قطعت السعودية العلاقات ...، واتهمتها»: a clause of time, no report
    subjects = roles.sources
    if not subjects or any(m.head_start < clause.start for m in subjects):
        return []
    if any(clause.start <= head < trigger.head for head in speech_heads):
        return []
    if not _object_after_verb(views, trigger, roles.targets, grammar):
        return []
    first = next((m for m in mentions if m.end <= opener and m.is_bare and not m.coordinated and m.code), None)
    if first is None:
        return []
    reporter = group_of(first, mentions)
    if {m.code for m in reporter} & {m.code for m in subjects} or _disagrees_in_gender(views, trigger, reporter):
        return []
    if trigger.features.number != "sg" and len(reporter) == 1 and not _plural_head(views[reporter[0].head_start]):
        return []  # «أوردت الوكالة أن محتجين رشقوا الشرطة، وهددوا»: a plural verb goes on with plural doers
    return reporter


_TIME_BEFORE_THAT = frozenset({"بعد", "قبل", "منذ", "وبعد", "وقبل"})
_PLURAL_ENDINGS = ("ون", "ين", "ات", "و")


def _plural_head(view: TokenView) -> bool:
    """«المعارضون», «ناشطو», «المسؤولين»: a head noun written with a plural ending."""
    return bare(view.token.stem or view.norm).endswith(_PLURAL_ENDINGS)


def _object_after_verb(
    views: Sequence[TokenView], trigger: Trigger, objects: Sequence[Mention], grammar: Grammar
) -> bool:
    """«واتهم روسيا بالتواطؤ», «وطلب من اللبنانيين»: the verb is followed by its object and the preposition of the
    charge or call, or by a preposition; a definite noun right after it may be its own subject («وحمل الجيش»)."""
    start = trigger.span[1]
    first = next((v for v in views[start:] if v.is_word), None)
    if first is None:
        return True
    if _leads_with_preposition(first, grammar):
        return True
    named = next((m for m in objects if m.head_start == first.index), None)
    if named is None:
        return False
    after = next((v for v in views[named.end :] if v.is_word), None)
    return after is not None and _leads_with_preposition(after, grammar)


def _leads_with_preposition(view: TokenView, grammar: Grammar) -> bool:
    """«بالتواطؤ», «لدعمهما», «إلى», «من»: the preposition of a charge or a call, on or as the word (not «بأن»;
    nor «في», which opens an adjunct: «وتوعد رئيس الوزراء في بيان»)."""
    if is_complementizer(view, grammar):
        return False
    return bool(set(view.token.prefixes) & {"ب", "ل"}) or view.norm in _CALL_PREPOSITIONS


_CALL_PREPOSITIONS = frozenset({"الي", "علي", "من", "عن"})


# analyses that put the subject before its verb (or share an earlier verb's subject): the verb agrees with it
_AGREEING_HOWS = frozenset({"subject-verb", "relative", "relative-subject", "pronoun"})


@cache
def _masculine_heads() -> frozenset[str]:
    words = load_json("events", "grammar.json")["gendered_heads"]["masculine"]
    return frozenset(bare(norm_word(w)) for w in words)


def _verb_gender(trigger: Trigger) -> str | None:
    """«قتلت», «تدعم»: feminine; «قتل», «يدعم»: masculine; None for a form that does not say (a plural, a first
    person)."""
    features = trigger.features
    core = trigger.split.core
    if features.number != "sg" or len(core) < 3 or (features.person != 3 and not features.maybe_first):
        return None
    # a bare past («قصف») and a present with «ت» («تعاون») are written like verbal nouns: only the marked forms
    if features.tense == "present":
        return "m" if core[0] == "ي" else None
    return "f" if core.endswith("ت") else None


def _head_gender(views: Sequence[TokenView], mention: Mention) -> str | None:
    """The gender of an actor phrase's head when the word says it: a title or body noun («الرئيس», «الحكومة»);
    None for a name, a country or a plural («القوات»)."""
    if mention.entity is not None and mention.entity.label in ("PERS", "LOC") and mention.head_start == mention.start:
        return None
    view = views[mention.head_start]
    if not view.is_word:
        return None
    if mention.head_start > 0 and _construct_head(views[mention.head_start - 1]):
        return None  # «قوات التحالف», «وحدات الجيش»: the phrase's head is the noun before
    word = bare(view.token.stem) if view.token.stem else bare(view.norm)
    if word in _masculine_heads():
        return "m"
    if view.norm.endswith("ه") and not view.norm.endswith(("اه", "وه")) and len(word) > 3:
        return "f"
    return None


@cache
def _phrase_heads() -> frozenset[str]:
    raw = load_json("events", "grammar.json")
    return frozenset(bare(norm_word(w)) for w in [*raw["actor_heads"], *raw["construct_nouns"]])


def _construct_head(view: TokenView) -> bool:
    """A noun without the article that an actor phrase after it is the genitive of («قوات», «عناصر», «مقررة»)."""
    if not view.is_word or "ال" in view.token.prefixes:
        return False
    word = bare(view.token.stem or view.norm)
    return word in _phrase_heads() or word.endswith("ات") or view.token.text.endswith("ة")


def _disagrees_in_gender(views: Sequence[TokenView], trigger: Trigger, subjects: Sequence[Mention]) -> bool:
    """Every subject phrase found before a singular verb has a head of the other gender."""
    if not subjects:
        return False
    verb = _verb_gender(trigger)
    if verb is None:
        return False
    if any(_agent_of_relative_act(views, m) for m in subjects):
        return False
    genders = [_head_gender(views, m) for m in subjects]
    return all(g is not None and g != verb for g in genders)


def _agent_of_relative_act(views: Sequence[TokenView], mention: Mention) -> bool:
    """«الضربة التي وجهها الجيش استهدفت»: the actor is the subject of a relative clause on the act noun (its verb
    carries the pronoun for it), so the act's agent, whatever the main verb agrees with."""
    verb = mention.head_start - 1
    if verb < 1 or not views[verb].is_word or not set(views[verb].token.suffixes) & _SUBJECT_PRONOUNS:
        return False
    return is_relative(views[verb - 1], default_grammar())


def described_noun(
    views: Sequence[TokenView], trigger: Trigger, mentions: Sequence[Mention], grammar: Grammar
) -> tuple[list[Mention], list[Mention]] | None:
    """«عن صحفي معروف اعتقلته الشرطة», «أول زعيم أفريقي يستقبله الرئيس»: a singular verb carrying an object
    pronoun right after an indefinite noun, with an actor right after it, is a clause describing that noun (Arabic
    writes no relative pronoun after an indefinite noun): the actor after the verb is its subject, and the noun the
    pronoun stands for its object (none when that noun names no actor; never an actor named further back).
    A name before the verb is the topic the pronoun stands for as well («والتونسي X طردته برلين»).
    Returns (subjects, objects), or None when the verb is not such a clause."""
    head = trigger.head
    if not trigger.is_verb or trigger.passive or head == 0 or trigger.end != head + 1:
        return None
    token = views[head].token
    if token.prefixes[:1] in (("و",), ("ف",)) or not set(token.suffixes) & _SUBJECT_PRONOUNS:
        return None
    if trigger.features.person != 3 or trigger.features.number != "sg":
        return None
    previous = views[head - 1]
    if not previous.is_word or previous.in_timex or len(previous.norm) < 3:
        return None
    if "ال" in previous.token.prefixes or previous.token.suffixes or _function_word(previous, grammar):
        return None
    if head > 1 and views[head - 2].norm in ("هو", "هي", "وهو", "وهي"):
        return None  # «وهو أمر تنفيه موسكو»: the matter is the act just reported, as with «وهو ما تنفيه»
    following = next((v for v in views[trigger.end :] if not v.in_timex), None)
    if following is None or not following.is_word:
        return None
    subjects = [
        m
        for m in mentions
        if m.head_start <= following.index < m.end and m.is_bare and not m.oblique and m.code and m.anaphor is None
    ]
    if not subjects:
        return None
    objects = [m for m in mentions if m.end == head and m.code and m.anaphor is None]
    return group_of(subjects[0], mentions), group_of(objects[0], mentions) if objects else []


def _function_word(view: TokenView, grammar: Grammar) -> bool:
    """A particle, preposition, complementizer, subordinator, relative pronoun, opener, conditional, demonstrative,
    free relative or question word («إذا طردته», «بعد ذلك استقبله», «وما تقدمه», «لماذا تعتقله»): no noun the verb
    could describe."""
    return (
        view.norm in grammar.all_prepositions
        or is_complementizer(view, grammar)
        or is_relative(view, grammar)
        or is_subordinator(view, grammar)
        or bool(view.forms & grammar.topic_openers)
        or view.norm in grammar.strong_negation
        or view.norm in grammar.weak_negation
        or view.norm in grammar.future_particles
        or view.norm in grammar.conditional_before
        or view.norm in grammar.determiners
        or view.norm in grammar.stop_words
        or view.norm in grammar.free_relative_fused
    )


def _written_before(views: Sequence[TokenView], head: int) -> str:
    """The preposition word right before a token («في غارة» → «في»), else ""."""
    previous = next((v for v in reversed(views[:head]) if v.is_word), None)
    return previous.norm if previous is not None else ""


def _recipient_before_object(
    views: Sequence[TokenView],
    start: int,
    obj: int,
    mentions: Sequence[Mention],
    preps: Sequence[str],
    exclude: Sequence[Mention],
) -> list[Mention]:
    """«وقدم الوزير لنظيره شرحا», «وقدم مسؤولون، لوكالة الأنباء، نسخا من الوثائق»: the recipient with its
    preposition may stand right before the required object (commas apart), after the subject."""
    excluded = {id(m) for m in exclude}
    for mention in mentions:
        if id(mention) in excluded or mention.head_start < start or mention.end > obj:
            continue
        if mention.governor is None or mention.governor not in preps or mention.coordinated:
            continue
        if all(v.token.text in ("،", ",") for v in views[mention.end : obj]):
            return [m for m in group_of(mention, mentions) if id(m) not in excluded]
    return []


def _purpose_before(views: Sequence[TokenView], start: int, mention: Mention) -> bool:
    """A purpose phrase («لبحث», «لمناقشة»: «ل» on a word) between the subject and the mention."""
    return any(views[i].is_word and "ل" in views[i].token.prefixes for i in range(start, mention.head_start))


_HARM_ROOTS = ("17", "18", "19", "20")
_APPROXIMATION_WORDS = 4  # «ما لا يقل عن»


def _unvowelled_passive(
    views: Sequence[TokenView],
    trigger: Trigger,
    predicate: Predicate,
    roles: Roles,
    found: Sequence[Mention],
    other_verbs: Collection[int],
    grammar: Grammar,
    clause: Clause,
) -> bool:
    """«قتل مدنيون في غارة», «اعتقل صحفي تركي», «قتل فلسطيني برصاص الجيش»: a past verb of harm written without
    vowels, followed by an indefinite or counted subject and no object of its own (or only the agent phrase), is
    the passive: news names who was killed or arrested that way, and an indefinite killer is named with an object
    («قتل مسلحون ثلاثة جنود»). So is one followed by a definite single person or a person's name («واعتقل
    الصحفي المغربي ... في», «وخطف الناشط ...») with nothing but prepositional phrases after it to the clause's
    end: a body acts on an object («وقتل الجيش في المدينة ثلاثة مسلحين»), a person with none is the one harmed."""
    # «قضت محكمة بالسجن», «حظرت بريطانيا مجموعة»: a construction with its own words is active
    if not _bare_past_harm(trigger, predicate, roles, order="verb-subject", singular=True):
        return False
    if views[trigger.head].token.prefixes[:1] == ("و",) and any(v < trigger.head for v in other_verbs):
        return False  # «اقتحمت الشرطة المهاجع، واعتقلت ثلاثة طلاب»: a coordinated verb shares the subject before
    subject = roles.sources[0]
    begin = min(subject.start, subject.head_start)  # with its title: «صحفي تركي»
    if begin - 1 == trigger.end and _victim_person_noun(views[begin - 1]) and is_nisba(views, subject):
        begin -= 1  # «قتل شاب فلسطيني برصاص الجيش»: a young man, the people's adjective his
    first = views[begin]
    counted = begin > 0 and (
        views[begin - 1].token.kind == "number" or bool(views[begin - 1].forms & grammar.quantifiers)
    )
    # right after the verb («اعتقل صحفي»), or after its number («قتل ثلاثة جنود»), which may be approximate
    # («قتل ما لا يقل عن 120 فلسطينيا», «اعتقل أكثر من عشرين طالبا»)
    lead = begin - counted
    while counted and trigger.end < lead and lead - trigger.end <= _APPROXIMATION_WORDS:
        if not views[lead - 1].forms & grammar.approximators:
            break
        lead -= 1
    if lead != trigger.end and not (counted and _adverbial_lead(views, trigger.end, lead, other_verbs, grammar)):
        return False
    if _harm_companion_after(views, max(m.end for m in roles.sources), grammar):
        return True  # «قتل شرطي وأصيب ثلاثة آخرون»: more victims reported by a passive right after the subject
    if _harm_cause_after(views, max(m.end for m in roles.sources), len(views)):
        return True  # «قتل جنديان في انفجار عبوة»: the act the victims died in follows them
    # «فلسطيني», «صحفي تركي»: an unnamed person; a name («بريطانيا», «حاكم فلوريدا») is no sign of a passive
    member = begin < subject.start and bool(views[begin].forms & grammar.member_nouns)  # «موظف باللجنة»
    unnamed = subject.entity is None or is_nisba(views, subject) or member
    indefinite = "ال" not in first.token.prefixes and unnamed
    subject_end = max(m.end for m in roles.sources)
    single = _single_person(views, subject, begin, grammar) and _only_adjuncts(views, subject_end, clause, grammar)
    if not (indefinite or counted or single):
        return False
    if indefinite and _definite_construct_acting(views, begin, subject_end, clause, grammar):
        return False
    following = next((v for v in views[subject_end:] if not v.in_timex), None)
    if following is not None and following.is_word and following.forms & grammar.quantifiers:
        return False  # «اعتقلت قوات الأمن عشرات المشتبه بهم»: a counted object after the subject, an active verb's
    if following is not None and following.token.kind == "number":
        return False
    agent = {id(m) for m in agent_after(views, subject_end, Clause(subject_end, len(views)), found, grammar)}
    # a counted subject with no bare object right after it («قتل عشرون مهاجرا قبالة سواحل اليمن»): only a place or
    # an actor after a preposition follows, or some of those counted («قتل عشرون شخصا بينهم صحفيان»)
    unobjected = following is None or not following.is_word or bool(following.forms & grammar.all_prepositions)
    # «اعتقلت قوات كردية في شمال سوريا الجهادي ...»: a body acts on an object written after the place
    body = bare(first.token.stem) in _collective_agents() or bool(first.forms & _collective_agents())
    # counted victims, or an agent phrase after them («برصاص», «على يد»): «اقتحم مسلحون قاعدة في غرب X» is active
    near = not body and (counted or _agent_marked(views, subject_end, clause.end, grammar))
    return all(
        id(m) in agent
        or _in_attack_phrase(views, subject_end, m, grammar)
        or (counted and unobjected and m.governor is not None and m.governor in grammar.all_prepositions)
        or (counted and _among_them(views, m))
        # «قتل 35 مقاتلا من قوات النظام»: the body the counted belong to, right after them, is no object
        or (counted and _past_victims_origin(views, subject_end, m.end) >= m.end > subject_end)
        or (near and _set_near(views, subject_end, m, grammar))
        for m in found
    )


def _definite_construct_acting(
    views: Sequence[TokenView], begin: int, subject_end: int, clause: Clause, grammar: Grammar
) -> bool:
    """«واعتقلت قوات الأمن الإيرانية شقيقتها»: a construct head with no article whose genitive has it («قوات
    الأمن», «عناصر الشرطة») is definite, and with a bare word (an object) rather than prepositional phrases after it
    the verb is active: the unvowelled passive is read only after an indefinite subject."""
    if begin + 1 >= subject_end or "ال" not in views[begin + 1].token.prefixes:
        return False
    return not _only_adjuncts(views, subject_end, clause, grammar)


_ADVERBIAL_LEAD_WORDS = 8


def _adverbial_lead(
    views: Sequence[TokenView], start: int, end: int, other_verbs: Collection[int], grammar: Grammar
) -> bool:
    """«وقتل في الاشتباكات خلال الأسابيع الماضية 25 كرديا برصاص الشرطة»: only prepositional phrases and dates,
    opened by a preposition or a date, between a past verb of harm and its counted subject (no comma, no verb)."""
    between = views[start:end]
    if not between or sum(1 for v in between if v.is_word) > _ADVERBIAL_LEAD_WORDS:
        return False
    if not (between[0].norm in grammar.prepositions or between[0].in_timex):
        return False
    return all((v.is_word or v.in_timex) and v.index not in other_verbs for v in between)


def _agent_marked(views: Sequence[TokenView], start: int, end: int, grammar: Grammar) -> bool:
    """An agent phrase («برصاص», «بنيران», «على يد», «من قبل»; grammar `agent_markers`) written in [start, end)."""
    return next(_agent_marker_ends([v for v in views[start:end] if v.is_word], grammar), None) is not None


@cache
def _victim_person_nouns() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["victim_person_nouns"]["words"])


def _victim_person_noun(view: TokenView) -> bool:
    """«شاب», «فتيان», «امرأة»: an indefinite noun of a person by age or sex (grammar `victim_person_nouns`), written
    with no clitic."""
    return view.is_word and not view.token.prefixes and view.norm in _victim_person_nouns()


@cache
def _locative_adverbs() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["locative_adverbs"]["words"])


_NEAR_PLACE_WORDS = 3


def _set_near_word(view: TokenView) -> bool:
    """A bare word of nearness or of a part of a place («قرب», «شمال», «جنوبي»; grammar `locative_adverbs`,
    `place_parts`): the place after it says where the act was."""
    return (
        view.is_word
        and not set(view.token.prefixes) - {"ب"}
        and bare(view.token.stem) in _locative_adverbs() | place_parts()
    )


def _placed_after_adjective(views: Sequence[TokenView], end: int, genitive: Sequence[Mention]) -> bool:
    """«غارة جوية شمال بغداد», «بقصف جوي قرب الموصل»: the place read as a verbal noun's genitive follows a word of
    nearness or a part of a place written after the act's adjective (or after another word): it says where the act
    was, so it is no agent (it may still be the place struck, a target)."""
    first = genitive[0].start
    grammar = default_grammar()
    return any(
        _set_near_word(view) and (view.index > end or views[view.index - 1].norm in grammar.adjective_heads)
        for view in views[end : first + 1]
    )


def _set_near(views: Sequence[TokenView], start: int, mention: Mention, grammar: Grammar) -> bool:
    """«قتل شاب برصاص الجيش قرب مدينة نابلس», «شرق مدينة غزة», «بالقرب من بلدة X»: a place after a word of
    nearness or of a part of a place written without a preposition (grammar `locative_adverbs`, `place_parts`),
    across the construct nouns of its kind, is where the victims were harmed, not the verb's object."""
    if mention.label != "LOC" or mention.code is None or len(mention.code) != 3:
        return False
    near = _locative_adverbs() | place_parts()
    index = mention.head_start - 1
    for _step in range(_NEAR_PLACE_WORDS):
        if index < start or not views[index].is_word:
            return False
        view = views[index]
        if bare(view.token.stem) in near and not set(view.token.prefixes) - {"ب", "ال"}:
            return True
        if view.token.prefixes or view.norm in grammar.all_prepositions - {"من"}:
            return False  # only «من» after «بالقرب» and the bare construct noun of its kind («مدينة», «سواحل»)
        index -= 1
    return False


_PASSIVE_SUBJECT_GAP = 2


def _passive_after_subject(
    views: Sequence[TokenView], trigger: Trigger, predicate: Predicate, roles: Roles, clause: Clause, grammar: Grammar
) -> bool:
    """«المواطن فلان قتل برصاص الشرطة», «الصحفي اعتقل في العاصمة من قبل الأمن»: one person named before a past
    verb of harm written without vowels, with nothing but prepositional phrases after the verb, is the one harmed
    (the passive); a body before it («الجيش قتل في المدينة ثلاثة») is left to the active reading."""
    if len(roles.sources) != 1 or not _bare_past_harm(trigger, predicate, roles, singular=True):
        return False
    subject = roles.sources[0]
    if subject.end > trigger.head or _words_between(views, subject.end, trigger.head) > _PASSIVE_SUBJECT_GAP:
        return False  # «المواطن فلان (40 عاما) قتل»: its age at most between them
    if not _single_person(views, subject, min(subject.start, subject.head_start), grammar):
        return False
    return _only_adjuncts(views, trigger.end, clause, grammar)


@cache
def _harm_causes() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    raw = load_json("events", "grammar.json")["harm_causes"]
    openers = frozenset(norm_word(w) for w in raw["openers"])
    acts = frozenset(bare(norm_word(w)) for w in raw["acts"])
    return openers, acts, tuple(norm_word(w) for w in raw["skipped"])


@cache
def _harm_instruments() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["harm_causes"]["instruments"])


def _harm_cause_after(views: Sequence[TokenView], start: int, end: int) -> bool:
    """«قتل جنديان في انفجار عبوة ناسفة», «قتل ثلاثة مدنيين، الأحد، جراء غارات», «أصيب شرطي بهجوم»: right after the
    victims of a verb of harm (their origin «من عائلة واحدة», past dates, commas and «على الأقل» between), a
    preposition of cause or occasion (or «ب» on the noun) and a noun of a violent act (grammar `harm_causes`) say
    what they died in. The verb is then the unvowelled passive, its subject the ones harmed, and whoever is named
    in the act («زرعها مسلحو X») the act's agent, not the verb's object."""
    openers, acts, skipped = _harm_causes()
    index = _past_victims_origin(views, start, end)
    while index < end:
        view = views[index]
        if view.in_timex or (not view.is_word and view.token.text in ("،", ",")) or view.norm in skipped:
            index += 1
            continue
        break
    if index >= end or not views[index].is_word:
        return False
    view = views[index]
    if view.norm in openers:
        act = next((v for v in views[index + 1 : end] if v.is_word), None)
        return act is not None and any(bare(form) in acts for form in act.forms)
    if "ب" not in view.token.prefixes:
        return False
    if "ال" not in view.token.prefixes and any(bare(form) in _harm_instruments() for form in view.forms):
        return True  # «قتل شاب برصاص الجيش»; «قتلت القوات بالرصاص عشرات» is the active verb's instrument
    return any(bare(form) in acts for form in view.forms)


_CAUSE_ADJECTIVES = 2  # «في غارة جوية أمريكية», «في قصف مدفعي عنيف للجيش»


def _cause_agent(
    views: Sequence[TokenView],
    start: int,
    end: int,
    mentions: Sequence[Mention],
    victims: Sequence[Mention],
    verbs: Collection[int],
    grammar: Grammar,
) -> list[Mention]:
    """«أن 200 مسلح قتلوا في عملية للجيش», «قتل عشرة مدنيين في قصف الطيران الروسي», «... بغارة أمريكية»: the
    actor whose violent act the victims of a passive verb of harm died in (the act right after them, grammar
    `harm_causes`), named as the act's owner with «ل», its genitive or its country adjective (past at most two
    adjectives of the act), is who harmed them: the passive's agent. A place there is where the act fell
    («في قصف حلب»), not its agent; a side of the victims themselves is no agent of their harm; past a verb
    describing the act («في تفجير استهدف حافلة للشرطة») the owner is of what it hit."""
    openers, acts, skipped = _harm_causes()
    index = _past_victims_origin(views, start, end)
    while index < end and (
        views[index].in_timex
        or (not views[index].is_word and views[index].token.text in ("،", ","))
        or views[index].norm in skipped
    ):
        index += 1
    if index >= end or not views[index].is_word:
        return []
    act = index
    if views[index].norm in openers:
        act = next((v.index for v in views[index + 1 : end] if v.is_word), end)
    elif "ب" not in views[index].token.prefixes:
        return []
    if act >= end or not any(bare(form) in acts for form in views[act].forms):
        return []
    for position in range(act + 1, min(end, act + 2 + _CAUSE_ADJECTIVES)):
        owner = next((m for m in mentions if m.head_start == position), None)
        if owner is not None:
            actor = owner.label in ("ORG", "PERS") or len(owner.code or "") > 3
            # the adjective itself («غارة أمريكية»), not a noun it qualifies («قصف للمناطق الباكستانية»: what was hit)
            adjective = owner.head_start == owner.start and is_nisba(views, owner)
            if not (adjective or (owner.governor in ("ل", "gen") and actor)):
                return []
            group = group_of(owner, mentions)
            if {m.code for m in group} & {m.code for m in victims}:
                return []  # «قتلوا في اشتباكات للفصائل»: the victims' own side fought, it did not kill them
            return group
        view = views[position]
        if view.is_word and any(split.core in grammar.action_supports and split.enclitic for split in view.splits):
            return _doer_after(views, position + 1, end, mentions, victims)  # «بغارات شنها الطيران الروسي»
        if not view.is_word or set(view.token.prefixes) - {"ال"} or view.token.suffixes or position in verbs:
            return []  # only the act's adjectives («جوية», «المدفعي») stand between
        if ("ال" in view.token.prefixes) != ("ال" in views[act].token.prefixes):
            return []  # an adjective agrees with its noun: «غارة جوية», «القصف الجوي»
        if view.norm in grammar.all_prepositions:
            return []
    return []


def _doer_after(
    views: Sequence[TokenView], start: int, end: int, mentions: Sequence[Mention], victims: Sequence[Mention]
) -> list[Mention]:
    """The subject right after a verb that carried out the act («شنها», «نفذتها»): an actor written bare at `start`
    (its noun may open it: «طائرات التحالف»), not one of the victims' side."""
    doer = next((m for m in mentions if min(m.start, m.head_start) == start and start < end), None)
    if doer is None or doer.governor not in (None, "gen") or (doer.head_start == doer.start and is_nisba(views, doer)):
        return []
    group = group_of(doer, mentions)
    return [] if {m.code for m in group} & {m.code for m in victims} else group


def harm_cause_opened(views: Sequence[TokenView], head: int) -> bool:
    """«جراء قصف», «في انفجار», «من جراء غارة»: the act noun at `head` right after a preposition of cause or
    occasion (grammar `harm_causes`)."""
    openers, acts, _skipped = _harm_causes()
    if not any(bare(form) in acts for form in views[head].forms) or set(views[head].token.prefixes) - {"ال"}:
        return False
    previous = next((v for v in reversed(views[:head]) if v.is_word), None)
    return previous is not None and previous.norm in openers


_JUDGED_RELATION_ROOTS = ("05", "11", "12")


def _parties_of_relation(
    views: Sequence[TokenView], start: int, clause: Clause, mentions: Sequence[Mention], preps: Sequence[str]
) -> list[Mention]:
    """«أشادت فرنسا بالمصالحة بين إثيوبيا وإريتريا», «انتقد الاتفاق الجديد بين موسكو وطهران»: a judged relation
    named by a noun that is no actor, its parties after «بين», are judged through the parties."""
    words = [v for v in views[start : reach_end(views, start, clause.end, mentions)] if v.is_word and not v.in_timex]
    if len(words) < 3:
        return []
    taken = {i for m in mentions for i in range(min(m.start, m.head_start), m.end)}
    first = words[0]
    attached = any(p in first.token.prefixes for p in preps if len(p) == 1)
    apart = first.norm in preps and "-" not in preps
    bare_object = "-" in preps and not any(p in first.token.prefixes for p in ("ب", "ل", "ك"))
    if apart:
        words = words[1:]
        first = words[0]
    if not (attached or apart or bare_object) or first.index in taken or "ال" not in first.token.prefixes:
        return []
    rest = words[1:3]
    if rest and rest[0].norm != "بين" and "ال" in rest[0].token.prefixes and rest[0].index not in taken:
        rest = rest[1:]  # «بالاتفاق الجديد بين»: one adjective of the noun
    if not rest or rest[0].norm != "بين":
        return []
    after = rest[0].index + 1
    party = next((m for m in mentions if min(m.start, m.head_start) == after and m.governor == "بين"), None)
    if party is None:
        return []
    group = group_of(party, mentions)
    return group if len(group) > 1 else []


def _agent_right_after(
    views: Sequence[TokenView],
    trigger: Trigger,
    predicate: Predicate,
    roles: Roles,
    clause: Clause,
    mentions: Sequence[Mention],
    grammar: Grammar,
) -> bool:
    """«مئات من جنودها قتلوا على يد مسلحي الحركة», «المدنيون اعتقلوا من قبل الشرطة»: a transitive verb after its
    subject, followed at once by an agent phrase, is an unvowelled passive: the subject is the one acted on."""
    if trigger.passive or trigger.split.enclitic or roles.source_how != "subject-verb" or not roles.sources:
        return False
    if not predicate.direct_object or trigger.features.person != 3:
        return False
    following = [v for v in views[trigger.span[1] : clause.end] if v.is_word and not v.in_timex]
    if not following:
        return False
    first = following[0]
    starts_agent = any(
        phrase
        and (first.norm == phrase[0] or phrase[0] in first.forms)
        and all(
            k < len(following) and (following[k].norm == w or w in following[k].forms) for k, w in enumerate(phrase)
        )
        for phrase in grammar.agent_markers
    )
    return starts_agent and bool(agent_after(views, trigger.span[1], clause, mentions, grammar))


def _harm_companion_after(views: Sequence[TokenView], start: int, grammar: Grammar) -> bool:
    """«وأصيب», «وجرح» (with «و») right after the subject at `start`, past a number word («مدنيان اثنان وجرح»)."""
    words = [v for v in views[start : start + 3] if v.is_word and not v.in_timex]
    if words and words[0].forms & grammar.harm_companion_counts:
        words = words[1:]
    return bool(words) and "و" in words[0].token.prefixes and bool(words[0].forms & grammar.harm_companions)


@cache
def _collective_agents() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["collective_agents"]["words"])


def _single_person(views: Sequence[TokenView], subject: Mention, begin: int, grammar: Grammar) -> bool:
    """«الصحفي», «الناشط المغربي فلان», «فلان»: a definite singular agent noun that names one person (not a body:
    «الجيش», «الشرطة», grammar `collective_agents`), or a person's name with no title before it."""
    if subject.code is None or len(subject.code) == 3:
        return False  # unresolved, or a bare state or people
    first = views[begin]
    if begin == subject.start and subject.label == "PERS":
        return True
    if "ال" not in first.token.prefixes:
        return False
    sense = agent_lexicon().sense(first)
    if sense is None or sense.number != "sg" or sense.role != "agent":
        return False
    return bare(first.token.stem) not in _collective_agents() and not first.forms & _collective_agents()


def _only_adjuncts(views: Sequence[TokenView], start: int, clause: Clause, grammar: Grammar) -> bool:
    """After the subject, only prepositional phrases, times and punctuation to the end of the clause: the word
    right after it is a preposition (written apart or as «ب»/«ل»), a comma or the end, and no number or
    quantifier (a counted object) follows in the clause."""
    rest = [v for v in views[start : clause.end] if not v.in_timex]
    if not rest:
        return True
    following = rest[0]
    if not following.is_word:
        if following.token.text not in "،,.؛":
            return False
    elif not (following.norm in grammar.prepositions or following.token.prefixes[:1] in (("ب",), ("ل",))):
        return False
    return not any(v.token.kind == "number" or (v.is_word and v.forms & grammar.quantifiers) for v in rest)


@cache
def _among_them_words() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["among_them"]["words"])


def _among_them(views: Sequence[TokenView], mention: Mention) -> bool:
    """The mention stands right after «بينهم», «منهم» (among them), or after them and the people it describes counted
    («بينهم 9 مقاتلين روس», «بينهم جنديان أمريكيان»): it names some of the people just counted."""
    index = mention.head_start - 1
    for _step in range(_AMONG_THEM_REACH):
        if index < 0:
            return False
        view = views[index]
        if view.is_word and _core_norm(view) in _among_them_words():
            return True
        if not (view.token.kind == "number" or (view.is_word and not view.token.prefixes)):
            return False  # a preposition, a clitic or a mark: the mention has a place of its own
        index -= 1
    return False


_AMONG_THEM_REACH = 3  # «بينهم», a number and the noun the mention's adjective describes


def _core_norm(view: TokenView) -> str:
    return view.norm[1:] if view.norm[:1] in ("و", "ف") and len(view.norm) > 3 else view.norm


_ATTACK_PHRASE_REACH = 4
_ATTACK_PREPOSITIONS = frozenset({"في", "خلال", "اثر", "إثر", "جراء", "بعد"})


def _in_attack_phrase(views: Sequence[TokenView], start: int, mention: Mention, grammar: Grammar) -> bool:
    """«قتل ثلاثة جنود في كمين نصبه مسلحو طالبان», «... في هجوم لحركة الشباب»: the actor in the phrase of the
    attack the killing happened in is the attack's agent, so the verb before is the passive."""
    low = max(start, mention.head_start - _ATTACK_PHRASE_REACH)
    for index in range(mention.head_start - 1, low - 1, -1):
        view = views[index]
        if not view.is_word or not view.forms & grammar.lam_owners:
            continue
        before = views[index - 1] if index > 0 else None
        return "ب" in view.token.prefixes or (before is not None and before.norm in _ATTACK_PREPOSITIONS)
    return False


def _bare_past_harm(
    trigger: Trigger, predicate: Predicate, roles: Roles, order: str = "subject-verb", singular: bool = False
) -> bool:
    """A third-person past verb of harm read in the active voice with its subject in `order`, written alone (no
    object pronoun, no object found, no passive mark): the shape an unvowelled passive («قتل», «اعتقلوا») takes too;
    `singular`: a singular verb only."""
    if trigger.passive or trigger.split.enclitic or roles.source_how != order or not roles.sources:
        return False
    if trigger.end != trigger.head + 1 or trigger.obj is not None or not predicate.direct_object:
        return False
    features = trigger.features
    if singular and features.number != "sg":
        return False
    return predicate.cameo.startswith(_HARM_ROOTS) and features.tense == "past" and features.person == 3


@cache
def _bare_capitals() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("events", "grammar.json")["bare_capitals"]
    words = frozenset(norm_word(w) for w in data["words"])
    # «اقتحامهم للعاصمة»: «ل» marks the patient of a transitive act noun
    return words | frozenset("ل" + w[1:] for w in words), frozenset(norm_word(w) for w in data["prepositions"])


@cache
def capital_acts() -> tuple[tuple[str, ...], frozenset[str]]:
    """The roots of force acts whose unnamed capital stands for a country, and the sectors of agents acting in
    their own country's capital (grammar `bare_capitals`)."""
    data = load_json("events", "grammar.json")["bare_capitals"]
    return tuple(data["roots"]), frozenset(data["sectors"])


def bare_capital_object(views: Sequence[TokenView], start: int, end: int, mentions: Sequence[Mention]) -> int:
    """«سيطروا على العاصمة», «تقصف الجماعات العاصمة»: the index of the capital, unnamed, as the act's object: the
    first word after the act (from `start`, within the clause ending at `end`) past its subject, its date and a
    preposition that governs its object; -1 when something else comes first or a name or an adjective follows the
    capital («العاصمة صنعاء», «العاصمة الليبية»: the capital named, coded by its own mention)."""
    capitals, prepositions = _bare_capitals()
    in_mentions = {i for m in mentions for i in range(m.head_start, m.end)}
    for view in views[start:end]:
        if not view.is_word:
            if view.token.text in '،,.؛:()«»"':
                return -1
            continue
        if view.index in in_mentions or view.in_timex or view.norm in prepositions:
            continue
        if view.norm not in capitals:
            return -1
        after = next((v for v in views[view.index + 1 :] if v.is_word), None)
        return -1 if after is not None and after.index in in_mentions else view.index
    return -1


def _object_missing(
    views: Sequence[TokenView], trigger: Trigger, predicate: Predicate, roles: Roles, clause: Clause, grammar: Grammar
) -> bool:
    """«أن جنديا وثمانية مقاولين قتلوا في هجوم», «وكان الصحفي اعتقل في»: a past verb of harm after its subject with
    no object at all, only a prepositional phrase or the end of the clause after it, is the unvowelled passive
    («قُتلوا», «اُعتقل»): news names whom the attackers killed."""
    if not _bare_past_harm(trigger, predicate, roles):
        return False
    if predicate.cameo == _COERCE:
        return False  # «أجبروا على النزوح»: forcing takes what it forces to as a complement
    subject_end = max(m.end for m in roles.sources)
    between = [v for v in views[subject_end : trigger.head] if not v.in_timex]
    if any(not v.is_word or v.norm not in grammar.topic_openers for v in between):
        return False  # right after its subject, or a particle between («الصحفي قد اعتقل»)
    following = next((v for v in views[trigger.end : clause.end] if not v.in_timex), None)
    if following is None:
        return True
    if not following.is_word:
        return following.token.kind == "punct" and following.token.text in "،,.؛"
    own = {*predicate.preps, *predicate.target_preps}
    written = following.norm if following.norm in grammar.prepositions else None
    proclitic = next((p for p in following.token.prefixes if p in ("ب", "ل")), None)
    if (written or proclitic) in own:
        return False  # «أجبروا على النزوح»: the verb's own complement follows, an active verb's
    return written is not None or proclitic is not None


_ORIGIN_WORDS = 4  # «من عائلة واحدة», «من حركة الشباب», «من عناصر تنظيم داعش الإرهابي»


def _past_victims_origin(views: Sequence[TokenView], start: int, end: int) -> int:
    """Past «من» and a few words saying where the victims belong («أربعة مدنيين من عائلة واحدة», «من تنظيم / داعش /»,
    «من مسلحي "داعش"»), up to a comma or a preposition: `start` itself when no such phrase follows. The marks news
    sets a group's name off with are read over, and so are those closing the victims' own name."""
    start = _past_name_marks(views, start, end)
    if start >= end or views[start].norm != "من":
        return start
    index, words = start + 1, 0
    while index < end and words < _ORIGIN_WORDS:
        view = views[index]
        if view.token.text in _NAME_MARKS:
            index += 1
            continue
        if not view.is_word or view.in_timex or view.norm in _harm_causes()[0] or "ب" in view.token.prefixes:
            return index
        index, words = index + 1, words + 1
    return _past_name_marks(views, index, end)


def _victims_body(
    views: Sequence[TokenView], victims: list[Mention], mentions: Sequence[Mention], bound: int, grammar: Grammar
) -> list[Mention]:
    """«50 مسلحا من مسلحي "داعش" قتلوا», «40 مقاتلا من جماعة X قتلوا»: unnamed people counted as members of a named
    body are that body's men; the body, not the article's country guessed for the unnamed noun, is who was hit."""
    if len(victims) != 1 or victims[0].entity is not None:
        return victims
    index = _past_name_marks(views, victims[0].end, bound)
    if index >= bound or views[index].norm != "من":
        return victims
    index += 1
    starts = set()
    for _ in range(2):  # «من مسلحي», «من عناصر تنظيم»: a member noun and the kind of the body
        index = _past_name_marks(views, index, bound)
        starts.add(index)
        if index < bound and views[index].forms & (grammar.member_nouns | grammar.organisation_kinds):
            index += 1
    starts.add(_past_name_marks(views, index, bound))
    body = next((m for m in mentions if min(m.start, m.head_start) in starts and m.end <= bound), None)
    if body is None or body.entity is None or not _armed_body(body.code):
        return victims
    # the victims' phrase read whole, through the body's name: it keeps the victims' place in the clause (their
    # governor, their group) and takes the body's code
    victim = victims[0]
    return [
        Mention(
            victim.start,
            body.end,
            victim.head_start,
            body.entity,
            body.code,
            victim.governor,
            coordinated=victim.coordinated,
            group=victim.group,
            oblique=victim.oblique,
        )
    ]


def _armed_body(code: str | None) -> bool:
    return code is not None and (code.startswith("IMG") or code[3:6] in ("REB", "INS", "MIL"))


# marks that set a name off inside a phrase («تنظيم / داعش /», «مسلحي "داعش"», «عناصر «حزب الله»»): no clause
# boundary, the phrase goes on past them
_NAME_MARKS = frozenset('"«»“”/')


def _past_name_marks(views: Sequence[TokenView], start: int, end: int) -> int:
    while start < end and views[start].token.text in _NAME_MARKS:
        start += 1
    return start


def _killed_in_act(
    views: Sequence[TokenView], trigger: Trigger, predicate: Predicate, roles: Roles, clause: Clause, grammar: Grammar
) -> bool:
    """«أن 30 مدنيا قتلوا في قصف مدفعي روسي»: a past verb of harm right after an unnamed subject and followed by the
    violent act they died in (grammar `harm_causes`) is the unvowelled passive, even when an actor named in the act
    («روسي», «زرعها مسلحو X») seems to be its object: that actor is the act's, the subject the ones harmed."""
    if not _bare_past_harm(trigger, predicate, roles):
        return False
    if predicate.cameo == _COERCE:
        return False
    subject = roles.sources[0]
    people = subject.label == "LOC" and subject.head_start < subject.start  # «جنود أتراك»: unnamed, of a people
    begin = min(subject.start, subject.head_start)
    # «200 مسلح حوثي», «عشرات المقاتلين الأكراد»: people counted are unnamed members of the body named after them
    counted = _counted_before(views, begin, grammar)
    if (
        subject.entity is not None
        and not is_nisba(views, subject)
        and not people
        and not counted
        and not _counted_members(views, subject, grammar)
    ):
        return False  # a named subject acts: «وحدة X قتلت في كمين ...» names its own deed
    subject_end = _past_victims_origin(views, max(m.end for m in roles.sources), trigger.head)
    between = [v for v in views[subject_end : trigger.head] if not v.in_timex]
    if any(not v.is_word or v.norm not in grammar.topic_openers for v in between):
        return False
    if _harm_companion_after(views, trigger.end, grammar):
        # «أن ثلاثة جنود قتلوا وأصيب عدد آخر في هجوم شنه مقاتلو X»: the companion verb and its victims between
        companion = next(v.index for v in views[trigger.end :] if v.is_word and not v.in_timex)
        return any(
            _harm_cause_after(views, start, len(views))
            for start in range(companion + 1, min(companion + 2 + _COMPANION_VICTIM_WORDS, len(views)))
        )
    return _harm_cause_after(views, trigger.end, len(views))


def _counted_before(views: Sequence[TokenView], begin: int, grammar: Grammar) -> bool:
    """A number or a quantifier («200», «عشرات») right before the phrase at `begin`: people counted."""
    return begin > 0 and (views[begin - 1].token.kind == "number" or bool(views[begin - 1].forms & grammar.quantifiers))


def _counted_victims(
    views: Sequence[TokenView], trigger: Trigger, predicate: Predicate, roles: Roles, clause: Clause, grammar: Grammar
) -> bool:
    """«أن 30 مسلحا قتلوا في جبل X», «إن ثلاثة أشخاص على الأقل قتلوا في جنوب شرق تركيا»: a past verb of harm right
    after people counted by a number or quantifier, with only prepositional phrases and times after it to the
    clause's end, is the unvowelled passive («قُتلوا») even when a place or actor stands in those phrases: counted
    killers name whom they killed («قتل مسلحون ثلاثة جنود»), the counted dead are named before the verb."""
    if not _bare_past_harm(trigger, predicate, roles) or predicate.cameo == _COERCE:
        return False
    begin = min(min(m.start, m.head_start) for m in roles.sources)
    if not (_counted_before(views, begin, grammar) or _counted_members(views, roles.sources[0], grammar)):
        return False  # «30 مسلحا», «40 عنصرا من الحوثيين»
    _openers, _acts, skipped = _harm_causes()
    subject_end = _past_victims_origin(views, max(m.end for m in roles.sources), trigger.head)
    between = [v for v in views[subject_end : trigger.head] if not v.in_timex and v.norm not in skipped]
    if any(not v.is_word or v.norm not in grammar.topic_openers for v in between):
        return False  # right after its subject («ستة أشخاص على الأقل قتلوا», «قد قتلوا»)
    following = next((v for v in views[trigger.end : clause.end] if v.is_word and not v.in_timex), None)
    if following is not None:
        own = {*predicate.preps, *predicate.target_preps}
        written = following.norm if following.norm in grammar.prepositions else None
        proclitic = next((p for p in following.token.prefixes if p in ("ب", "ل")), None)
        if (written or proclitic) in own:
            return False  # the verb's own complement follows, an active verb's
    # «قتلوا في اشتباكات وأصيب أكثر من 70 آخرين»: the number after a verb of wounding counts its own victims
    companion = next(
        (
            v.index
            for v in views[trigger.end : clause.end]
            if v.is_word and "و" in v.token.prefixes and v.forms & grammar.harm_companions
        ),
        clause.end,
    )
    return _only_adjuncts(views, trigger.end, Clause(clause.start, companion, clause.relative), grammar)


_COMPANION_VICTIM_WORDS = 3  # «وأصيب عدد آخر», «وجرح 12 آخرون بجروح»


def _counted_members(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> bool:
    """«13 عنصرا من تنظيم X», «ستة أفراد من الشرطة»: the body named after a number, a member noun and «من»; the
    ones counted are unnamed members, not the body acting."""
    index = min(mention.start, mention.head_start) - 1
    # «7 عناصر من تنظيم / داعش /», «من جماعة "X"»: the kind of the body and the marks around its name stand between
    while index > 0 and views[index].token.text in _NAME_MARKS:
        index -= 1
    if index > 0 and views[index].forms & grammar.organisation_kinds and views[index - 1].norm == "من":
        index -= 1
    if index < 2 or views[index].norm != "من" or not views[index - 1].forms & grammar.member_nouns:
        return False
    number = views[index - 2]
    return number.token.kind == "number" or bool(number.forms & grammar.quantifiers)


_COERCE = "170"
_AGENT_NEAR = 4  # «يجري التحقيق من قبل تركيا»: the agent marker (two words) and the agent's first words


def _word_after(views: Sequence[TokenView], start: int, count: int) -> int:
    """The token index just past the `count`-th word from `start`."""
    seen = 0
    for view in views[start:]:
        seen += view.is_word
        if seen == count:
            return view.index + 1
    return len(views)


_PERSON_OBJECT = ("accuse", "appeal", "demand", "threat")


def _past_subject_relative(
    views: Sequence[TokenView], start: int, clause: Clause, mentions: Sequence[Mention], grammar: Grammar
) -> tuple[Clause, int]:
    """«وحض الوزير X الذي زار الجولان الجمعة الرئيس السوري»: a relative clause on the subject (a verb and its own
    object) sits between the verb and the verb's object; the clause and the object search go on after it. So does
    one set off by commas («وهاجمت حركة طالبان، التي تسيطر على مناطق واسعة، قاعدة للجيش») and one inside an
    adverbial aside («، في الكلمة التي ألقاها،»)."""
    if start + 1 < len(views) and clause.end == start + 1 and is_relative(views[start + 1], grammar):
        names = {i for m in mentions for i in range(m.start, m.end)}
        closing = _aside_close(views, start, names)
        if closing is not None:
            outer = clause_around(views, closing + 1, grammar, names)
            return Clause(clause.start, outer.end, clause.relative), closing + 1
    if (
        clause.end < start < len(views)
        and views[start - 1].token.text in ("،", ",")
        and is_relative(views[clause.end], grammar)
    ):
        # «وحث الزعيم، في الكلمة التي ألقاها أمام البرلمان، الحكومة»: the aside skipped after the subject held the
        # relative clause that seemed to end the verb's clause; the clause goes on after it
        outer = clause_around(views, start, grammar, {i for m in mentions for i in range(m.start, m.end)})
        return Clause(clause.start, outer.end, clause.relative), start
    if start >= len(views) or clause.end != start or not is_relative(views[start], grammar):
        return clause, start
    inner = clause_around(views, start + 1, grammar)
    heads = [m for m in mentions if start + 1 < m.head_start < inner.end and m.is_bare and not m.coordinated]
    if len(heads) < 2:
        return clause, start
    return Clause(clause.start, inner.end, clause.relative), heads[0].end


def _carried_subject(
    views: Sequence[TokenView],
    trigger: Trigger,
    clause: Clause,
    mentions: Sequence[Mention],
    after: Sequence[Mention],
    verb_heads: set[int],
    grammar: Grammar,
    *,
    mutual: bool = False,
) -> list[Mention]:
    """«وصل الوزير الإيراني إلى دمشق، والتقى الرئيس السوري», «أدانت فرنسا الهجوم، واتهمت روسيا بدعم ...»: a verb
    coordinated after a comma keeps the subject of the clause before it when the only actor after it is followed
    by nothing but prepositional phrases (so it is the object, not a new subject with an object of its own). A verb
    of meeting needs no comma («وصل المنسق إلى بيروت والتقى وزير الصحة»): one party alone after it meets nobody."""
    head = trigger.head
    previous = views[head - 1] if head > 0 else None
    if previous is None or views[head].token.prefixes[:1] != ("و",):
        return []
    if previous.token.text not in ("،", ",") and not mutual:
        return []
    if trigger.features.tense == "present" and set(views[head].token.suffixes) & _SUBJECT_PRONOUNS:
        # «، وتتهمه منظمات»: the verb has its object in its pronoun, the actor after it is the subject (a past
        # form with a pronoun may be a verbal noun with its owner: «، ودعمها للجماعات»)
        return []
    last = max(m.end for m in after)
    codes = {m.code for m in after}
    # «وزير الصحة» + «اللبناني»: a title phrase and its country adjective read as two mentions of one actor
    while (adjacent := next((m for m in mentions if m.head_start == last and m.code in codes), None)) is not None:
        last = adjacent.end
    following = next((v for v in views[last : clause.end] if not v.in_timex and v.token.text not in "\"«»“”'"), None)
    if following is not None and following.is_word:
        governed = bool({"ب", "ل"} & set(following.token.prefixes)) or following.norm in grammar.prepositions
        if not governed:
            return []
    named = {i for m in mentions for i in range(m.head_start, m.end)}

    def own_verb(mention: Mention, verb: int) -> bool:
        """«الأمين العام للأمم المتحدة بان كي مون رحب ...»: the subject right before its verb."""
        return all(i in named for i in range(mention.end, verb))

    earlier = [
        m
        for m in mentions
        if clause.start <= m.head_start
        and m.end < head
        and m.is_bare
        and not m.coordinated
        and m.code
        and m.anaphor is None
        and not any(m.end <= h < head - 1 and not own_verb(m, h) for h in verb_heads if h != head)
    ]
    if not earlier:
        return []
    subject = group_of(earlier[0], mentions)
    if {m.code for m in subject} & {m.code for m in after}:
        return []
    return subject


_OWNER_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
_OWNER_READ_AHEAD = 5


def owner_pronoun(
    views: Sequence[TokenView],
    start: int,
    end: int,
    preps: Sequence[str],
    mentions: Sequence[Mention],
    grammar: Grammar,
    agents: Sequence[Mention] = (),
    assets: bool = False,
) -> str | None:
    """«شنت غارات على تجمعاتهم», «صواريخ ضد مواقعه», «استهدفت عناصرها»: a place or member noun in the target
    phrase owned by a pronoun stands for the pronoun's referent (found like a pronoun object). Read within a few
    words after the predicate, before any actor phrase but the predicate's own agent («غارات مقاتلات التحالف على
    تجمعاتهم»). `assets`: an act of force, whose attacked assets («استهدف أوكارهم», «دمرت تعزيزاتهم») name their
    owner too (gathering one's own reinforcements, «تحشد تعزيزاتها», names no target)."""
    heads = {m.head_start for m in mentions}
    inside_agents = {i for m in agents for i in range(min(m.start, m.head_start), m.end)}
    nouns = grammar.construct_nouns | grammar.member_nouns | (grammar.attacked_assets if assets else frozenset())
    words = 0
    for view in views[start:end]:
        if view.index in inside_agents:
            continue
        if view.index in heads or view.token.text in ("،", ",", ".", "؛"):
            return None
        if not view.is_word or view.in_timex:
            continue
        words += 1
        if words > _OWNER_READ_AHEAD:
            return None
        pronoun = view.token.suffixes[-1] if view.token.suffixes else ""
        if pronoun not in _OWNER_PRONOUNS or not ({view.token.stem, bare(view.token.stem)} & nouns):
            continue
        proclitic = next((p for p in reversed(view.token.prefixes) if p in grammar.proclitic_prepositions), None)
        previous = views[view.index - 1] if view.index > 0 else None
        written = previous.norm if previous is not None and previous.norm in grammar.prepositions else None
        governor = proclitic or written or "-"
        return pronoun if governor in preps else None
    return None


_JUDGED_OBJECT_WORDS = 3


def judged_author(
    views: Sequence[TokenView], start: int, clause_end: int, mentions: Sequence[Mention], grammar: Grammar
) -> list[Mention]:
    """«أيدت الخطوات التي أعلنها الرئيس الأمريكي», «انتقد القرار الذي اتخذته الحكومة»: who is praised or
    criticised for a thing is the subject of the relative clause on the judged object, when it names one."""
    heads = {m.head_start for m in mentions}
    for words, view in enumerate(views[start : start + _JUDGED_OBJECT_WORDS + 1]):
        relative = is_relative(view, grammar)
        if view.index in heads or not view.is_word or (view.index >= clause_end and not relative):
            return []
        if relative:
            if words == 0 or view.index + 1 >= len(views) or not views[view.index + 1].is_word:
                return []
            verb = view.index + 1
            inner = clause_around(views, verb, grammar)
            group, how = verb_subject(views, verb, verb + 1, inner, mentions, set())
            return group if how == "verb-subject" else []
    return []
