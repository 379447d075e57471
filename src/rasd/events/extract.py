"""Coding the events of one document: predicates → CAMEO codes with source, target, modality, date and place."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from rasd.actors.kb import knowledge_base
from rasd.actors.roles import roles
from rasd.doc import Cue, Doc, Entity, Event, EventDate, Location, Offsets, Participant, Quote, Timex, Token
from rasd.events.agents import NAME_MARKS, agent_lexicon, owned_institution
from rasd.events.arguments import (
    DEFAULT_TARGET_PREPS,
    OBJECT_PRONOUNS,
    SPEECH_ROOTS,
    STACKED_ASIDES,
    VIOLENT_ROOTS,
    Clause,
    Roles,
    agent_after,
    bare_capital_object,
    capital_acts,
    clause_around,
    date_aside,
    described_aside,
    document_issuing_verbs,
    freed_after_adverbial,
    group_of,
    harm_cause_opened,
    head_gender,
    indefinite_document,
    issuer_before,
    judged_author,
    noun_roles,
    object_of_relative,
    owner_pronoun,
    pronoun_after_preposition,
    pronoun_with_preposition,
    reporter_after_report,
    resumes_thing,
    skip_appositions,
    speaking_document,
    speaking_through,
    speech_resumption,
    targets_after,
    verb_roles,
    verb_subject,
)
from rasd.events.coding import intent_code, is_cameo, is_symmetric, plover_for, refine_code, refusal, transform
from rasd.events.lexicon import (
    Grammar,
    Lexicon,
    Predicate,
    bare,
    default_grammar,
    default_lexicon,
    finite_verb_forms,
    norm_word,
)
from rasd.events.matcher import (
    TokenView,
    Trigger,
    asks_anonymity,
    find_triggers,
    function_core,
    in_body_name,
    is_complementizer,
    is_relative,
    view_tokens,
    what_described,
)
from rasd.events.mentions import (
    Mention,
    actor_code,
    group_head,
    is_nisba,
    organisation_head,
    place_parts,
    sentence_mentions,
    titled_organisations,
)
from rasd.events.modality import Modality, condition_after, conditional_word, free_relative_before, modality_at
from rasd.events.morphology import derive_present, verb_forms
from rasd.events.statements import (
    Statement,
    considering_verbs,
    content_views,
    described_code,
    described_object,
    judgement_at,
    speaking_quotes,
    statement_code,
)
from rasd.resources import load_json
from rasd.text.normalize import normalize

_EMBED_REACH = 8
_STOP_REACH = 10  # words of a long subject between a verb of stopping and «عن» + its act
_LEND_REACH = 4
_REFINE_REACH = 10
_PHRASE_TAIL = 2  # words a refining phrase opened within reach may run past it
_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# Below this, a reading is more often wrong than right on the dev gold (ambiguous senses such as «مسيرة»
# march/career, «حرب» war as a topic): such events are not reported.
MIN_CONFIDENCE = 0.55
# A subject carried over from an earlier clause is right too rarely to be reported alone (measured on the dev gold)
TOPIC_FACTOR = 0.6
_TIMEX_REACH = 12  # a time expression far after the predicate dates something else
_PASSAGE_DAYS = 7  # a day named in the sentence before carries over when it is this close to publication
_STATE_SECTORS = ("GOV", "MIL", "DIP", "JUD", "LEG", "COP", "SPY")


@dataclass(slots=True, init=False)
class Side:
    """One participant of an event, with the characters that name it."""

    code: str | None
    entity: str | None
    text: str | None
    start: int | None = None
    end: int | None = None
    mention: Mention | None = None
    group: tuple[int, int] = (-1, -1)

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        code: str | None,
        entity: str | None,
        text: str | None,
        start: int | None = None,
        end: int | None = None,
        mention: Mention | None = None,
        group: tuple[int, int] = (-1, -1),
    ) -> None:
        self.code = code
        self.entity = entity
        self.text = text
        self.start = start
        self.end = end
        self.mention = mention
        self.group = group

    def participant(self) -> Participant:
        return Participant(self.entity, self.code, self.text)


@dataclass(slots=True, init=False)
class Draft:
    trigger: Trigger
    predicate: Predicate
    code: str
    sources: list[Side]
    targets: list[Side]
    modality: Modality
    evidence: tuple[int, int]
    clause: Clause
    sentence: int
    confidence: float
    explicit_source: bool = True
    impersonal: bool = False
    unknown_agent: bool = False
    # «على أيدي مسلحين مجهولين»: the text itself says the agent is unknown
    said_unknown: bool = False
    verbal_chain: bool = False
    first_person: bool = False
    topic: list[Side] = field(default_factory=list)
    # a sentence-opening verb with no subject of its own: the subject the article was talking about is its subject
    continues_topic: bool = False
    # «المواجهات بين X و Y»: the participants act on each other, whatever the predicate
    mutual: bool = False
    # «وهو ما نفته الرياض», «في خطوة نددت بها إيران»: what is judged is the act of the clause before
    judges_previous: bool = False
    # «يتهم بالمحسوبية»: a passive accusation, the accuser unsaid
    charged: bool = False
    # «إن طائرات حربية قصفت»: a subject that names no actor is said; neither the speaker nor the topic stands in
    overt_subject: bool = False
    # how the argument finder found the sources («verb-subject», «genitive», «carried», …; empty when it found none)
    source_how: str = ""
    # «شنت القوات ومقاتلو الحزب معركة»: a verb saying the act happened whose subjects did it together
    jointly: bool = False
    # «دعا X المجتمع الدولي إلى»: the one called on is said and codes no actor, so the call stands with no target
    addressed_uncoded: bool = False

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        trigger: Trigger,
        predicate: Predicate,
        code: str,
        sources: list[Side],
        targets: list[Side],
        modality: Modality,
        evidence: tuple[int, int],
        clause: Clause,
        sentence: int,
        confidence: float,
        explicit_source: bool = True,
        impersonal: bool = False,
        unknown_agent: bool = False,
        said_unknown: bool = False,
        verbal_chain: bool = False,
        first_person: bool = False,
        topic: list[Side] | None = None,
        continues_topic: bool = False,
        mutual: bool = False,
        judges_previous: bool = False,
        charged: bool = False,
        overt_subject: bool = False,
        source_how: str = "",
        jointly: bool = False,
        addressed_uncoded: bool = False,
    ) -> None:
        self.trigger = trigger
        self.predicate = predicate
        self.code = code
        self.sources = sources
        self.targets = targets
        self.modality = modality
        self.evidence = evidence
        self.clause = clause
        self.sentence = sentence
        self.confidence = confidence
        self.explicit_source = explicit_source
        self.impersonal = impersonal
        self.unknown_agent = unknown_agent
        self.said_unknown = said_unknown
        self.verbal_chain = verbal_chain
        self.first_person = first_person
        self.topic = [] if topic is None else topic
        self.continues_topic = continues_topic
        self.mutual = mutual
        self.judges_previous = judges_previous
        self.charged = charged
        self.overt_subject = overt_subject
        self.source_how = source_how
        self.jointly = jointly
        self.addressed_uncoded = addressed_uncoded


@dataclass(slots=True, init=False)
class SentenceContext:
    doc: Doc
    index: int
    offset: int
    views: list[TokenView]
    mentions: list[Mention]
    triggers: list[Trigger]
    verb_heads: set[int]
    topic: list[Side]
    history: list[Side] = field(default_factory=list)
    parties: list[Side] = field(default_factory=list)

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        doc: Doc,
        index: int,
        offset: int,
        views: list[TokenView],
        mentions: list[Mention],
        triggers: list[Trigger],
        verb_heads: set[int],
        topic: list[Side],
        history: list[Side] | None = None,
        parties: list[Side] | None = None,
    ) -> None:
        self.doc = doc
        self.index = index
        self.offset = offset
        self.views = views
        self.mentions = mentions
        self.triggers = triggers
        self.verb_heads = verb_heads
        self.topic = topic
        self.history = [] if history is None else history
        self.parties = [] if parties is None else parties

    @property
    def named_tokens(self) -> frozenset[int]:
        """Tokens of the named actors of the sentence."""
        return frozenset(i for m in self.mentions if m.entity is not None for i in range(m.start, m.end))

    def sides(self, mentions: Sequence[Mention]) -> list[Side]:
        """Participants for mentions; «الطرفان», «الدول الثلاث» stand for the last actors the article named."""
        out: list[Side] = []
        for mention in mentions:
            if mention.anaphor is None:
                out.append(side_of(self.doc, self.views, mention, self.index))
                continue
            named = _named_after(self, mention)
            if named:
                # «وقع طرفا النزاع ... الرئيس سلفا كير وقائد المتمردين رياك مشار»: the parties are named next
                out.extend(side_of(self.doc, self.views, m, self.index) for m in named)
                continue
            if mention.anaphor in (0, 2) and self.parties:
                # «الطرفان» after «المفاوضات بين الأطراف الأفغانية»: the parties of the last mutual event
                out.extend(self.parties if len(self.parties) > 1 else [*self.parties, *self.parties])
                continue
            place = _parties_in_place(self, mention) if mention.anaphor == 0 else None
            if place is not None:
                # «جميع الأطراف في ليبيا», «أطراف النزاع في اليمن»: all the parties of one country, the country
                out.append(side_of(self.doc, self.views, place, self.index))
                continue
            before = list(self.history) + [
                side_of(self.doc, self.views, m, self.index)
                for m in self.mentions
                if m.code and m.anaphor is None and m.end <= mention.head_start
            ]
            out.extend(_resolve_group(before, mention.anaphor))
        return out


def _parties_in_place(ctx: SentenceContext, anaphor: Mention) -> Mention | None:
    """The country placed right after a word for all parties, across at most one noun they are parties of («جميع
    الأطراف في السودان», «أطراف النزاع في اليمن»): a state's bare country code, not a town's."""
    index = anaphor.end
    words = [v for v in ctx.views[index : index + 3] if v.is_word]
    if words and words[0].norm not in _IN_WORDS:
        words = words[1:]
    if not words or words[0].norm not in _IN_WORDS:
        return None
    at = words[0].index + 1
    for mention in ctx.mentions:
        if mention.head_start != at or not mention.is_place or mention.code is None or len(mention.code) != 3:
            continue
        if mention.entity is not None and knowledge_base().find_country(mention.entity.text) is not None:
            return mention
    return None


_IN_WORDS = frozenset({"في"})


def _named_after(ctx: SentenceContext, anaphor: Mention) -> list[Mention]:
    """A coordinated group of named actors right after a group word, in the same clause («طرفا النزاع ... X و Y»)."""
    named = {i for m in ctx.mentions for i in range(m.head_start, m.end)}
    verbs = {t.head for t in ctx.triggers}
    for mention in ctx.mentions:
        if mention.head_start <= anaphor.end or mention.anaphor is not None or not mention.is_bare:
            continue
        between = ctx.views[anaphor.end : mention.head_start]
        if sum(1 for v in between if v.is_word and v.index not in named) > 3 or any(v.index in verbs for v in between):
            return []
        if any(v.token.text in ".؛;:" for v in ctx.views[anaphor.end : mention.head_start]):
            return []
        group = [m for m in ctx.mentions if m.group == mention.group and m.code]
        return group if len(group) >= 2 else []
    return []


def _resolve_group(sides: Sequence[Side], count: int) -> list[Side]:
    """«الطرفان», «الدول الثلاث»: the last coordinated group of that size the article named, else the last
    `count` distinct actors."""
    groups: dict[tuple[int, int], list[Side]] = {}
    for side in sides:
        groups.setdefault(side.group, []).append(side)
    for key in reversed(list(groups)):
        members = _last_distinct(groups[key], 0)
        if any(side.mention is not None and side.mention.listed for side in groups[key]):
            continue  # «أدانت السعودية، والإمارات، والبحرين»: a list written with commas stands for no group word
        if key[1] >= 0 and (len(members) == count or (count == 0 and len(members) > 1)):
            return members
    if count == 0:
        return []  # «ونحث الأطراف المعنية»: no group named, so not every actor the article has named so far
    return _last_distinct(sides, count)


def _last_distinct(sides: Sequence[Side], count: int) -> list[Side]:
    """The last `count` distinct actors (by full code for two, by country for more; all for 0)."""
    chosen: list[Side] = []
    keys: set[str] = set()
    for side in reversed(sides):
        assert side.code is not None
        # «البلدان»: a state and its government are one party (USA, USAGOV); its rebels are another (AFGINS)
        key = side.code if count == 2 and side.code[3:6] not in ("", "GOV") else side.code[:3]
        if key in keys:
            continue
        keys.add(key)
        chosen.append(side)
        if count and len(chosen) == count:
            break
    if count and len(chosen) < count:
        return []
    return list(reversed(chosen))


def side_of(doc: Doc, views: Sequence[TokenView], mention: Mention, sentence: int = -1) -> Side:
    entity = mention.entity
    start = views[mention.head_start].token.start
    end = views[mention.end - 1].token.end
    if entity is not None and entity.start < end and start < entity.end:
        # the entity written here (an organisation found again by its head noun, «التحالف», is named elsewhere)
        start = min(start, entity.start)
        end = max(end, entity.end)
    return Side(
        mention.code,
        (entity.cluster or entity.id) if entity is not None else None,
        doc.text[start:end],
        start,
        end,
        mention,
        (sentence, mention.group),
    )


def speaker_side(quote: Quote, *, plural: bool) -> Side | None:
    """The speaker of a quotation as a participant; «نحن» speaks for the speaker's state when an official speaks."""
    speaker = quote.speaker
    if speaker is None or (speaker.actor is None and speaker.entity is None):
        return None
    code = speaker.actor
    if plural and code and len(code) > 3 and code[3:6] not in _STATE_SECTORS:
        code = code[:3]
    return Side(code, speaker.entity, speaker.name or speaker.text, speaker.start, speaker.end)


_TO_WORDS = frozenset({"إلى", "الى", "الي"})


def _lend_verb(ctx: SentenceContext, position: int, clause: Clause, grammar: Grammar) -> tuple[int, str] | None:
    """A verb (or verbal noun) right before a verbal noun that lends it its subject: «شنوا هجوما», «ستقوم بصد»."""
    trigger_heads = {t.head for t in ctx.triggers}
    in_mentions = {i for m in ctx.mentions for i in range(m.head_start, m.end)}
    # «وردت موسكو بطرد دبلوماسيين»: a verb of responding lends its subject to the act it responds with
    with_ba = "ب" in ctx.views[position].proclitics
    with_la = "ل" in ctx.views[position].proclitics
    # «لم تتوقف النقابات وعدد كبير من منظمات المجتمع هناك عن مطالبة»: a verb of stopping reaches its act across
    # a long subject, the act being marked by «عن»
    after_an = position > 0 and ctx.views[position - 1].norm == "عن"
    if with_ba:
        responder = _responder_across(ctx, position, clause, grammar)
        if responder is not None:
            return responder, "none"
    words = 0
    for index in _words_back(ctx, position, clause):
        view = ctx.views[index]
        if index in in_mentions or view.in_timex:
            continue  # «أعلنت السعودية والبحرين مساء الثلاثاء تأييدها»: actors and dates do not count
        words += 1
        if words > (_STOP_REACH if after_an else _LEND_REACH):
            return None
        if index in trigger_heads:
            return None
        if view.norm == "بين" or view.forms & grammar.topic_markers:
            return None  # «أكدت الشرطة وجود صلة بين الهجوم ...», «تحدث بشأن الهجوم»: a party or a topic, no act done
        if words > _LEND_REACH:
            if any(
                (split.from_analyzer or not split.enclitic) and grammar.lend.get(split.core) == "stop"
                for split in view.splits
            ):
                return index, "stop"
            continue
        if with_la and any(split.core in grammar.undergo_verbs for split in view.splits):
            return None  # «تعرض للتعذيب» is undergone (see _undergoer), not «تعرض» (she offers) lending intent
        leads_to = index + 1 < position and ctx.views[index + 1].norm in _TO_WORDS
        if leads_to and any(split.core in grammar.lead_to_verbs for split in view.splits):
            return None  # «أدلة تقود إلى اعتقال الجناة»: leads to, does not do
        for split in view.splits:
            effect = grammar.lend.get(split.core) if split.from_analyzer or not split.enclitic else None
            if effect is None and with_ba and not split.enclitic and split.core in grammar.lend_through_ba:
                effect = "none"
            if effect is None and not split.enclitic and _motion_lends(ctx, split.core, position):
                effect = "none"  # «وصل الرئيس إلى X في زيارة رسمية»
            if effect is not None:
                return index, effect
    return None


_RESPONSE_REACH = 8  # words of what is responded to between a verb of responding and its act after «ب»
_ON_WORDS = frozenset(norm_word(w) for w in ("على", "عليه", "عليها", "عليهم", "عليهما", "عليهن"))


@cache
def _responders() -> dict[str, str]:
    """Each inflected form of a verb of responding that lends across what it responds to, with the word that marks
    what it responds to («على»; empty for a bare object)."""
    raw = load_json("events", "grammar.json")["lend_through_ba"]["across"]
    return {form: norm_word(mark) if mark else "" for word, mark in raw.items() for form in _inflected_verbs([word])}


def _words_back(ctx: SentenceContext, position: int, clause: Clause) -> Iterator[int]:
    """The words before `position` in its clause, nearest first, up to a comma that sets off no date."""
    for index in range(position - 1, clause.start - 1, -1):
        view = ctx.views[index]
        if not view.is_word:
            if view.token.text in "،," and not _sets_off_date(ctx.views, index):
                return
            continue
        yield index


def _responder_across(ctx: SentenceContext, position: int, clause: Clause, grammar: Grammar) -> int | None:
    """«وردت روسيا على العقوبات البريطانية بطرد 23 دبلوماسيا», «قابلت الشرطة الاحتجاجات بالقمع»: the verb of
    responding whose subject does the act after «ب», across the act it responds to (another's, written after «على»
    or as the bare object; grammar `lend_through_ba.across`). Not across another verb, a comma or a word that takes
    the «ب» phrase as its own complement («ردت على اتهامات لندن لها بمحاولة»: the charge, not the response)."""
    responders = _responders()
    in_mentions = {i for m in ctx.mentions for i in range(m.head_start, m.end)}
    triggers = {t.head: t for t in ctx.triggers}
    marked = False
    words = 0
    for index in _words_back(ctx, position, clause):
        view = ctx.views[index]
        for split in view.splits:
            verb = not split.enclitic and not split.proclitics.endswith("ال")  # «الرد الروسي على» is a noun
            mark = responders.get(split.core) if verb else None
            if mark is not None:
                return index if (marked or not mark) and words else None
        if any(split.core in grammar.lend for split in view.splits[:1]) and not any(
            v.token.text in "،," for v in ctx.views[index:position]
        ):
            # «رد موسكو على قرار الحكومة بطرد»: the decision's act, lent by «قرار» (not one set off after a date:
            # «وردت X على القرار الأمريكي في أبريل، بفرض رسوم»)
            return None
        if function_core(view) in _ON_WORDS:
            marked = True
        if index in in_mentions or view.in_timex:
            continue
        words += 1
        trigger = triggers.get(index)
        if words > _RESPONSE_REACH or (trigger is not None and (trigger.is_verb or _takes_ba(trigger))):
            return None
    return None


def _takes_ba(trigger: Trigger) -> bool:
    """A word that may govern a «ب» phrase itself: a governing predicate («اتهامات ... بـ», «مطالبة ... بـ») or one
    whose construction is written with «ب»."""
    return any(
        hit.predicate.control is not None or "ب" in hit.predicate.preps or "ب" in hit.predicate.target_preps
        for hit, _obj in trigger.senses
    )


@cache
def _motion_lenders() -> tuple[frozenset[str], tuple[str, ...]]:
    raw = load_json("events", "grammar.json")["motion_lenders"]
    return _inflected_verbs(raw["words"]), tuple(raw["codes"])


def _inflected_verbs(words: Sequence[str]) -> frozenset[str]:
    """Every inflected form of verbs written «past|present» (the present derived when omitted)."""
    forms: set[str] = set()
    for word in words:
        past, _, present = word.partition("|")
        forms |= set(verb_forms(past, present or derive_present(past)))
    return frozenset(forms)


_VISIT = "042"


def _motion_destination(ctx: SentenceContext, verb: int, noun: int) -> list[Mention]:
    """The place a verb of going or arriving (grammar `motion_lenders`) goes to, written with «إلى» between it and
    the noun it lends its subject to («وصل الرئيس إلى كمبالا في زيارة»); none for another lender."""
    verbs, _codes = _motion_lenders()
    if not any(split.core in verbs for split in ctx.views[verb].splits if not split.enclitic):
        return []
    for mention in ctx.mentions:
        if verb < mention.start and mention.end <= noun and mention.code and mention.governor in _TO_WORDS:
            return [m for m in ctx.mentions if m.group == mention.group]
    return []


def _motion_lends(ctx: SentenceContext, core: str, position: int) -> bool:
    """A verb of going or arriving lends its subject to a noun of visiting or meeting (grammar `motion_lenders`)."""
    verbs, codes = _motion_lenders()
    if core not in verbs:
        return False
    return any(t.head == position and t.predicate.cameo.startswith(codes) for t in ctx.triggers)


@cache
def _seek_lenders() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    raw = load_json("events", "grammar.json")["seek_lenders"]
    obtain = frozenset(bare(norm_word(w)) for w in raw["obtain_words"])
    return _inflected_verbs(raw["verbs"]), obtain, tuple(raw["codes"]), tuple(raw["not_codes"])


def _may_grant(mention: Mention) -> bool:
    """An actor that can grant what is sought: not a town or an unnamed place («من المدينة», «من حلب»)."""
    if not mention.code:
        return False
    actor = mention.entity.actor if mention.entity is not None else None
    town = actor is not None and ":" in (actor.id or "")
    return not ((mention.generic or town) and len(mention.code) == 3)


_GIVER_REACH = 3  # words between a sought act noun and the «من» naming who would grant it


def _sought_from(
    ctx: SentenceContext, trigger: Trigger, chain: Sequence[tuple[int, str]], code: str
) -> list[Mention] | None:
    """«تسعى إلى اعتراف من X», «يسعى للحصول على دعم من واشنطن»: an act another party grants, sought
    by the subject of a verb of seeking (grammar `seek_lenders`), is an appeal to the giver named after «من» right
    after the act, or to the act's own agent when a verb of obtaining stands between («للحصول على دعم أمريكي»).
    None when the act is not sought from someone: the verb of seeking lends intent as before («تسعى إلى السيطرة»)."""
    verbs, obtain, codes, not_codes = _seek_lenders()
    if not chain or trigger.is_verb or not code.startswith(codes) or code.startswith(not_codes):
        return None
    lender = chain[0][0]
    if not any(split.core in verbs for split in ctx.views[lender].splits[:1]):
        return None
    views = ctx.views
    previous = views[trigger.head - 1] if trigger.head > 0 else None
    linked = "ل" in views[trigger.head].proclitics or (previous is not None and previous.norm in ("الي", "علي"))
    if not linked:
        return None  # «وتسعى القوات وبإسناد من X إلى تحرير»: the backing is the manner, not what is sought
    words = 0
    for index in range(trigger.span[1], min(len(views), trigger.span[1] + 2 * _GIVER_REACH)):
        view = views[index]
        if not view.is_word:
            if view.token.text in "،,.؛;:":
                break
            continue
        words += 1
        if words > _GIVER_REACH:
            break
        givers = [m for m in ctx.mentions if m.start == index and m.governor == "من" and _may_grant(m)]
        if givers:
            return [m for m in ctx.mentions if m.group == givers[0].group and _may_grant(m)]
        if any(t.head == index for t in ctx.triggers):
            break
    between = views[lender + 1 : trigger.head]
    if any(v.is_word and any(split.core in obtain for split in v.splits) for v in between):
        return []
    return None


def _after_preposition(views: Sequence[TokenView], position: int, grammar: Grammar) -> bool:
    """«بشن», «عن شن»: a word governed by a preposition (a present verb after «ل», «لتشن», is not)."""
    view = views[position]
    if position > 0 and views[position - 1].norm in grammar.prepositions:
        return True
    return "ب" in view.proclitics and not view.token.stem.startswith(("ي", "ت", "ن"))


def _act_as_subject(views: Sequence[TokenView], verb: int, act: int, grammar: Grammar) -> bool:
    """«لو نجحت عملية الاغتيال», «فشلت المفاوضات»: a verb that takes its act after a preposition («نجح في», grammar
    `lend_subject.through_preposition`) with no preposition before the act has the act as its subject."""
    if not any(split.core in grammar.lend_through_preposition for split in views[verb].splits[:1]):
        return False
    between = [v for v in views[verb + 1 : act + 1] if v.is_word]
    return not any(
        v.norm in grammar.prepositions or v.proclitics & _PROCLITIC_PREPOSITIONS or v.norm in grammar.complementizers
        for v in between
    )


_PROCLITIC_PREPOSITIONS = frozenset({"ب", "ل", "ك"})


def _stopped_act(views: Sequence[TokenView], verb: int, act: int) -> bool:
    """«كفت عن مطالبة», «لم يتوقف عن قصف»: a verb of stopping lends its subject to the act it governs with «عن»."""
    previous = next((v for v in reversed(views[verb + 1 : act]) if v.is_word), None)
    return previous is not None and previous.norm == "عن"


_NO_PREPOSITION = frozenset({None, "gen", "mod"})


def _genitive_after(ctx: SentenceContext, position: int, before: int, *, bare: bool = False) -> list[Mention]:
    """The actor phrase (with its coordinated members) starting right after word `position`, ending before `before`
    (`bare`: with no preposition of its own: a genitive or an adjective)."""
    first = next(
        (
            m
            for m in ctx.mentions
            if m.head_start == position + 1
            and m.code
            and m.end <= before
            and (m.governor in _NO_PREPOSITION or not bare)
        ),
        None,
    )
    return [m for m in ctx.mentions if first is not None and m.group == first.group and m.end <= before]


def _sets_off_date(views: Sequence[TokenView], comma: int) -> bool:
    """«أصدرت المحكمة، صباح الخميس، قرارا»: a comma that opens or closes a date aside."""
    return (comma + 1 < len(views) and views[comma + 1].in_timex) or (comma > 0 and views[comma - 1].in_timex)


def _refine(
    code: str,
    predicate: Predicate,
    views: Sequence[TokenView],
    start: int,
    clause: Clause,
    grammar: Grammar,
    heads: frozenset[int] = frozenset(),
    head: int | None = None,
) -> str:
    groups = grammar.refinements.get(predicate.refine or "", [])
    if not groups:
        return code
    # context words reach up to the next predicate word («أثناء مواجهات»), not into the phrase it heads
    # («الضربات الغربية إثر الهجوم الكيميائي»: «الكيميائي» qualifies the other attack)
    end = min((h + 1 for h in heads if start <= h < clause.end), default=clause.end)
    # and from just before the predicate word (`head`), through the subject between it and a required object
    # («سحبت اللجنة الدولية للصليب الأحمر ... موظفيها»: aid workers withdrawn, 1663)
    first = start if head is None else min(start, head + 1)
    # a phrase that opens within reach is read whole («هجوما على قاعدة ... على ضواحي كابل بسيارة مفخخة»: the
    # instrument's first word is the last one in reach)
    reach = _REFINE_REACH + 3 + start - first
    window = [v for v in views[max(clause.start, first - 3) : end] if v.is_word][: reach + _PHRASE_TAIL]
    firsts = grammar.refinement_firsts.get(predicate.refine or "", frozenset())
    starts = [position for position, view in enumerate(window[:reach]) if view.forms & firsts]
    if not starts:
        return code
    for group in groups:
        for phrase in group["words"]:
            for position in starts:
                if all(position + k < len(window) and (w in window[position + k].forms) for k, w in enumerate(phrase)):
                    if group.get("instrument_only") and not _instrument_word(
                        views, window[position].index, start if head is None else head, grammar
                    ):
                        continue
                    refined = refine_code(code, group)
                    if refined and is_cameo(refined):
                        return refined
    return code


def _instrument_word(views: Sequence[TokenView], position: int, head: int, grammar: Grammar) -> bool:
    """«الهجوم الكيماوي», «هجوما بالأسلحة الكيماوية», «باستخدام غاز السارين»: a word of the kind of weapon
    (a refinement group marked `instrument_only`) written after the act word describes the act when it qualifies it
    (at most one word between them) or stands in an instrument phrase opened by «ب» a few words before it; one in the
    target or the cause («ضربة ضد النظام بعد تقارير عن استخدام السلاح الكيماوي», «تستهدف القدرات الكيميائية») does
    not. One written just before the act word (the refinement window's few words back) is the act's own kind."""
    if position < head:
        return True  # «هجوم كيميائي مفترض استهدف دوما», «استخدام X للأسلحة الكيماوية في هجومه»: the act's own kind
    between = [v for v in views[head + 1 : position] if v.is_word]
    if len(between) <= 1:
        return True
    stops = grammar.instrument_stops
    before = views[max(0, head + 1, position - grammar.instrument_reach) : position]
    for view in reversed([v for v in before if v.is_word]):
        if view.norm in stops or {split.core for split in view.splits} & stops:
            return False
        if "ب" in view.proclitics:
            return True
    return False


def _verbal_attack(
    ctx: SentenceContext, trigger: Trigger, clause: Clause, chain: Sequence[tuple[int, str]], grammar: Grammar
) -> bool:
    """«تعرض لهجمات وانتقادات», «شنت X هجوما على Y، متهمة إياها بـ»: an attack that is criticism (grammar
    `verbal_attacks`). The participle after the comma speaks for the clause's subject, so the attack must be the
    clause's own act (no event word before it or its lending verb in the clause, no reported «إن/أن» before it):
    «ودان المجلس الهجمات ...، قائلا» is the condemner's comment, «قال إن القوات شنت هجوما ...، مشيرا» the speaker's."""
    views = ctx.views
    head = trigger.head
    if not trigger.split.core.startswith(grammar.verbal_attack_stems):
        return False
    before = views[head - 1] if head > 0 else None
    after = views[head + 1] if head + 1 < len(views) else None
    if "و" in trigger.split.proclitics and before is not None and before.forms & grammar.verbal_attack_companions:
        return True
    if after is not None and after.norm.startswith("و") and after.forms & grammar.verbal_attack_companions:
        return True
    acting = head if trigger.is_verb else (chain[-1][0] if chain else None)
    if acting is None or any(clause.start <= t.head < acting for t in ctx.triggers):
        return False
    if any(is_complementizer(views[i], grammar) for i in range(acting)):
        return False
    for index in range(trigger.span[1], min(len(views) - 1, trigger.span[1] + grammar.verbal_attack_reach)):
        view = views[index]
        if view.norm in grammar.sentence_punctuation:
            return False
        if view.token.text in "،," and views[index + 1].forms & grammar.verbal_attack_participles:
            return True
    return False


_MEET = "040"


def _meeting_place(views: Sequence[TokenView], side: Side) -> bool:
    """«اجتمع المسؤولون بسنغافورة», «التقت بخاطفها في شارع بألمانيا»: a country or town written with «ب» on it
    after a verb of meeting is where the meeting is; one meets a person or a body, not a country named bare."""
    mention = side.mention
    if mention is None or not mention.is_place or not side.code or len(side.code) != 3:
        return False
    return mention.governor == "ب" and "ب" in views[mention.start].token.prefixes


def _personal_attack(trigger: Trigger, sources: Sequence[Side], targets: Sequence[Side], grammar: Grammar) -> bool:
    """«شن خطيب الجمعة هجوما على الرئيس», «وصعد أردوغان هجومه على الحزب»: an attack (grammar `verbal_attacks`
    stems) by named persons with no armed office on persons or unarmed bodies is words; a person's military attack
    is on a place or on armed men («هجوم الأسد على إدلب»), and a state or its forces attack with arms."""
    if not trigger.split.core.startswith(grammar.verbal_attack_stems) or not sources or not targets:
        return False
    for side in sources:
        mention = side.mention
        if mention is None or mention.label != "PERS" or _armed_side(side, grammar):
            return False
    for side in targets:
        mention = side.mention
        if mention is None or mention.label not in ("PERS", "ORG") or _armed_side(side, grammar):
            return False
    return True


def _lend_chain(ctx: SentenceContext, position: int, clause: Clause, grammar: Grammar) -> list[tuple[int, str]]:
    """The verbs a verbal noun depends on, innermost first («ستقوم بتقديم مساعدات»: تقديم, then ستقوم)."""
    chain: list[tuple[int, str]] = []
    while len(chain) < 3:
        found = _lend_verb(ctx, position, clause, grammar)
        if found is None:
            break
        chain.append(found)
        position = found[0]
    return chain


def _embedded(ctx: SentenceContext, control: Trigger, clause: Clause, grammar: Grammar) -> Trigger | None:
    """The event a governing predicate is about: «رفضت التفاوض», «دعت إيران إلى وقف إطلاق النار», «تعهد بتقديم».

    The governed word follows the governing one directly, or after its participants, linked by a preposition
    (on the word or before it) or «أن»; at most two other words may come between.
    """
    end = control.span[1]
    mention_tokens = {i for m in ctx.mentions for i in range(m.head_start, m.end)}
    skipped = _addressee_aside(ctx, control, grammar) if control.predicate.control in _CALLING_CONTROLS else None
    for trigger in ctx.triggers:
        if trigger.head < end or (skipped is not None and skipped[0] <= trigger.head < skipped[1]):
            continue
        between = ctx.views[end : trigger.head]
        if skipped is not None and trigger.head >= skipped[1]:
            between = ctx.views[end : skipped[0]] + ctx.views[skipped[1] : trigger.head]
        if any(v.token.text in (".", "؟", "!", "؛", ";", ":") for v in between):
            return None
        commas = [v.index for v in between if v.token.text in ("،", ",")]
        # commas around an actor's name in apposition or around a date do not cut the clause
        aside = [
            i
            for i in commas
            if _apposition_comma(i, trigger.head, mention_tokens)
            or _sets_off_date(ctx.views, i)
            or _comma_before_link(ctx.views, i, mention_tokens, grammar)
            or _comma_before_members(ctx.views, i, mention_tokens, grammar)
        ]
        if len(aside) < len(commas):
            return None
        lends = [v for v in between if v.is_word and any(s.core in grammar.lend for s in v.splits[:1])]
        others = [v for v in between if v.is_word and v.index not in mention_tokens and v not in lends]
        others = _without_round(others, ctx.views, trigger.head)
        if len(others) >= 2 and others[-1].forms & grammar.embedding_copulas and is_complementizer(others[-2], grammar):
            others = others[:-1]  # «نفى أن تكون القوات تستهدف»: the copula after «أن» carries no act
        if any(v.norm in grammar.relative_pronouns for v in others):
            return None  # «رفضته البرازيل التي أكدت أن قواتها هاجمت»: the act belongs to a relative clause
        head = ctx.views[trigger.head]
        linked = (
            any(set(v.token.prefixes) & {"ب", "ل"} for v in [*lends, head])
            or (bool(others) and bool(others[-1].forms & grammar.embedding_links))
            or _called_to_stop(ctx.views, end, trigger.head, grammar)
        )
        if not others or (linked and len([v for v in others if not v.forms & grammar.embedding_links]) <= 2):
            only_verbal = all(hit.predicate.kind == "v" for hit, _obj in trigger.senses)
            if only_verbal and not (others and is_complementizer(others[-1], grammar)):
                return None
            return trigger
        return None
    return None


_ASIDE_WORDS = 10  # words an aside on the one called on may hold («روسيا، التي تدعم النظام السوري، إلى»)
_CALL_LINKS = frozenset(norm_word(w) for w in ("إلى", "الى", "على"))


def _addressee_aside(ctx: SentenceContext, control: Trigger, grammar: Grammar) -> tuple[int, int] | None:
    """«دعت X روسيا، التي تدعم النظام، إلى وقف الغارات», «حث X إيران، حليفة دمشق، على»: an aside set off by
    commas after the one called on (the first actor after the calling verb and its subject), closed right before
    the link of the act called for («إلى», «على», or «ب»/«ل» on the next word), says who the addressee is; its
    words and any act in it stand outside the call. The span runs from the opening comma to the closing one."""
    views = ctx.views
    after = [m for m in ctx.mentions if m.code is not None and m.head_start >= control.span[1]]
    if not after:
        return None
    # the subject, then the addressee, written next to each other or with only words of their phrases between
    first = min(after, key=lambda m: m.head_start)
    opening = first.end
    while opening < len(views) and not views[opening].is_word and views[opening].token.text not in "،,":
        opening += 1
    if opening < len(views) and views[opening].token.text in "،," and not _addressed_first(ctx, control):
        return None  # «وطالب فلان، رئيس الإقليم، بوقف»: an aside on the verb's own subject is left as it was
    if opening >= len(views) or views[opening].token.text not in "،,":
        nxt = [m for m in after if m.head_start >= first.end]
        if not nxt:
            return None
        second = min(nxt, key=lambda m: m.head_start)
        if any(
            v.is_word for v in views[first.end : second.head_start] if v.index not in range(second.start, second.end)
        ):
            return None
        opening = second.end
        if opening >= len(views) or views[opening].token.text not in "،,":
            return None
    words = 0
    for index in range(opening + 1, min(len(views), opening + 2 * _ASIDE_WORDS)):
        view = views[index]
        if view.token.text in (".", "؟", "!", "؛", ";", ":"):
            return None
        if view.token.text in "،,":
            if words == 0 or index + 1 >= len(views):
                return None
            following = views[index + 1]
            linked = following.norm in _CALL_LINKS or bool(set(following.token.prefixes[:1]) & {"ب", "ل"})
            return (opening, index + 1) if linked and following.is_word else None
        if view.is_word:
            words += 1
            if words == 1 and _opens_new_phrase(view, grammar):
                return None  # «، وفي بيان لاحق X،», «، في بيان،»: an adverbial or a new phrase, not on the addressee
            # a link inside («، التي دعت إلى ...،») makes the aside a clause of its own with its own call
            if words > _ASIDE_WORDS or (words > 1 and view.forms & (grammar.embedding_links - {"في", "من"})):
                return None
    return None


def _opens_new_phrase(view: TokenView, grammar: Grammar) -> bool:
    """«و»/«ف» on the word, or a preposition or link with or without them («وفي», «في», «وعلى»)."""
    if view.proclitics & {"و", "ف"} or view.token.prefixes[:1] in (("و",), ("ف",)):
        return True
    links = grammar.embedding_links | grammar.prepositions
    return bool(view.forms & links) or (view.norm[:1] in ("و", "ف") and view.norm[1:] in links)


def _addressed_first(ctx: SentenceContext, control: Trigger) -> bool:
    """The first actor after a calling word is the one called on, not the caller, after a verbal noun («طلبا من
    X»), after «من» («طلبت من X»), after a caller written just before the verb («أن واشنطن قد دعت X»), or after
    a participle that follows its main clause («، داعيا X»)."""
    views = ctx.views
    if not control.is_verb:
        return True
    if control.span[1] < len(views) and views[control.span[1]].norm == "من":
        return True
    if any(
        m.code is not None
        and control.head - _CALLER_GAP <= m.end <= control.head
        and not any(v.token.text in "،,." for v in views[m.end : control.head])
        for m in ctx.mentions
    ):
        return True
    earlier = [v for v in views[: control.head] if v.is_word or v.token.text in "،,"]
    return bool(earlier) and earlier[-1].token.text in "،," and not views[control.head].token.prefixes


_CALLER_GAP = 2  # words between a caller and its verb («واشنطن قد دعت», «الوزير أمس دعا»)


@cache
def _round_nouns() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["round_nouns"]["words"])


_ROUND_GAP = 3  # words from a round noun to the talks («الجولة الثانية من المحادثات»)


def _without_round(others: list[TokenView], views: Sequence[TokenView], governed: int) -> list[TokenView]:
    """The words between a governing word and the act it governs, less a round of talks written right before the
    act («بإجراء جولة جديدة من المفاوضات»: grammar `round_nouns`), which names no act of its own."""
    if governed < 1 or views[governed - 1].norm != norm_word("من"):
        return others
    start = next(
        (
            i
            for i in range(governed - 2, max(-1, governed - 2 - _ROUND_GAP), -1)
            if bare(views[i].token.stem) in _round_nouns()
        ),
        None,
    )
    if start is None:
        return others
    return [v for v in others if not start <= v.index < governed]


def _apposition_comma(index: int, governed: int, mention_tokens: set[int]) -> bool:
    """«وهدد الرئيس الأمريكي، دونالد ترامب، بمعاقبة»: the commas around an actor's name in apposition."""
    return index - 1 in mention_tokens and (index + 1 in mention_tokens or index + 1 == governed)


def _comma_before_link(views: Sequence[TokenView], index: int, mention_tokens: set[int], grammar: Grammar) -> bool:
    """«ودعت X وY، لعقد جلسة عاجلة»: a comma between the actors and the linked complement (a word with
    «ل»/«ب» or a linking word such as «إلى») does not cut the governing verb from its act."""
    if index - 1 not in mention_tokens or index + 1 >= len(views) or index + 1 in mention_tokens:
        return False
    following = views[index + 1]
    if not following.is_word:
        return False
    if following.norm in _PLACE_LINKS or following.token.prefixes[:1] in (("و",), ("ف",)):
        return False  # «، في بيان»: an adverbial phrase; «، وعلى رأسها»: a new phrase, not the complement
    return bool(set(following.token.prefixes[:1]) & {"ب", "ل"}) or bool(following.forms & grammar.embedding_links)


_PLACE_LINKS = frozenset({"في", "من"})


def _comma_before_members(views: Sequence[TokenView], index: int, mention_tokens: set[int], grammar: Grammar) -> bool:
    """«طالبت المنظمات الدول الغربية، وعلى رأسها فرنسا وبريطانيا، بفتح تحقيقات»: a comma between a group and the
    members it names first (grammar `group_members`) opens an aside that lists them; the act governed comes after it."""
    if index - 1 not in mention_tokens:
        return False
    for phrase in grammar.group_members:
        after = index + 1 + len(phrase)
        if after >= len(views) or after not in mention_tokens:
            continue
        words = views[index + 1 : after]
        if all(view.is_word and view.norm == word for view, word in zip(words, phrase, strict=True)):
            return True
    return False


_REQUEST_CONTROLS = ("appeal", "demand", "reject", "threat")


def code_sentence(ctx: SentenceContext, lexicon: Lexicon, grammar: Grammar) -> list[Draft]:
    drafts: list[Draft] = []
    embedded_in: dict[int, Trigger] = {}
    for trigger in ctx.triggers:
        if trigger.predicate.control and trigger.head not in embedded_in:
            clause = clause_around(ctx.views, trigger.head, grammar)
            inner = _embedded(ctx, trigger, _widen(clause, ctx.views), grammar)
            if (
                inner is not None
                and inner.head not in embedded_in
                and not inner.predicate.control
                # an act that is no event alone («الكشف عن», «رحيل») is one when asked for or refused
                and (inner.predicate.alone or trigger.predicate.control in _REQUEST_CONTROLS)
            ):
                embedded_in[inner.head] = trigger
    controls = {
        id(c): inner for inner_head, c in embedded_in.items() for inner in ctx.triggers if inner.head == inner_head
    }
    for trigger in ctx.triggers:
        if trigger.head in embedded_in:
            continue
        inner = controls.get(id(trigger))
        draft = _code_trigger(ctx, trigger, inner, grammar, drafts)
        if draft is not None:
            drafts.append(draft)
            if inner is not None and _alleges_act(ctx.views, trigger, inner, grammar):
                alleged = _alleged_act(ctx, draft, inner, grammar, claim=trigger.predicate.control == "accuse")
                if alleged is not None:
                    drafts.append(alleged)
            if draft.sources and draft.sources[0].code:
                ctx.topic = draft.sources[:1]
            if draft.predicate.reciprocal and draft.sources and all(s.code for s in draft.sources):
                mutual = len(draft.sources) > 1 or [s.mention for s in draft.targets] == [draft.sources[0].mention]
                if mutual:
                    ctx.parties = list(draft.sources)
    _hosts_of_receptions(ctx, drafts, grammar)
    _untarget_meeting_matters(ctx, drafts)
    _targets_of_warnings(ctx, drafts)
    drafts = _judging_warnings(ctx, drafts)
    _targets_from_judged_events(ctx, drafts)
    _targets_from_previous_clause(ctx, drafts)
    _victims_of_attacks(ctx, drafts)
    _victims_of_results(ctx, drafts)
    _targets_of_claimed_acts(ctx, drafts)
    _targets_of_liberations(ctx, drafts)
    return drafts


@cache
def _reception_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_json("events", "grammar.json")["reception_frames"]
    return (
        frozenset(norm_word(w) for w in raw["nouns"]),
        frozenset(norm_word(w) for w in raw["setting_verbs"]),
        frozenset(norm_word(w) for w in raw["adjunct_words"]),
    )


_RECEPTION_SKIP = 6  # adjunct tokens between the reception noun and its host («بمطار طنجة، لدى وصوله»)


def _hosts_of_receptions(ctx: SentenceContext, drafts: Sequence[Draft], grammar: Grammar) -> None:
    """«وكان في استقباله نظيره X», «حيث وجد في استقباله مسؤولون من Y», «وكان في استقبال الوزير الرئيس Z», «وكان X
    في استقباله»: a reception noun after «في» that a form of «كان»/«وجد» sets in place (grammar `reception_frames`)
    is no act of the clause's subject: its host, who receives the visit, is written after it (after the noun's
    genitive) or between the verb and «في», and the visitor is what its pronoun stands for or its genitive."""
    nouns, verbs, adjuncts = _reception_words()
    views = ctx.views
    for draft in drafts:
        head = draft.trigger.head
        if draft.trigger.is_verb or head < 2 or not views[head].forms & nouns or views[head - 1].norm != "في":
            continue
        setting = head - 2
        host: Mention | None = None
        if not views[setting].forms & verbs:
            # «وكان تسيبراس في استقباله»: the host written between the verb and «في»
            host = next((m for m in ctx.mentions if m.end == head - 1 and m.head_start >= 1), None)
            if host is None or not views[host.head_start - 1].forms & verbs:
                continue
            setting = host.head_start - 1
        enclitic = bool(draft.trigger.split.enclitic)
        if not enclitic and "ال" in views[head].token.prefixes:
            continue  # «كما كان في الاستقبال X»: the visitor is not written, the phrase after is the host
        genitive = None if enclitic else next((m for m in ctx.mentions if m.head_start == head + 1), None)
        if not enclitic and genitive is None:
            continue
        if host is None:
            host = _reception_host(ctx, genitive.end if genitive is not None else head + 1, adjuncts, grammar)
        if host is None or not host.code:
            continue
        if genitive is not None:
            visitors = [side_of(ctx.doc, views, m, ctx.index) for m in group_of(genitive, ctx.mentions) if m.code]
        else:
            # the pronoun stands for the one who arrived: the nearest actor before with no preposition and no
            # place (not the clause's subject the adverbial reading gave the noun), else the one talked about
            before = [
                m
                for m in ctx.mentions
                if m.end <= setting
                and m.code
                and m.governor is None
                and _bare_before(views, m, grammar)
                and not _reception_place(views, m)
            ]
            # (an outlet the sentence before quoted is who reports the visit, not who makes it)
            topic = [t for t in ctx.topic[:1] if not (t.code or "").endswith("MED")]
            visitors = [side_of(ctx.doc, views, before[-1], ctx.index)] if before else topic
        hosts = [side_of(ctx.doc, views, m, ctx.index) for m in _host_group(ctx, host) if m.code]
        # one office received by its own people («سفير السعودية» meeting the Saudi king) is no hosted visit
        visitor_codes = {v.code for v in visitors}
        hosts = [h for h in hosts if h.code not in visitor_codes]
        if not visitors or not hosts:
            continue
        draft.sources = hosts
        draft.targets = visitors
        draft.explicit_source = True


def _bare_before(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> bool:
    """The mention's head carries no preposition of its own and follows none written apart."""
    if _preposition_clitic(views[mention.head_start], "بل"):
        return False
    return mention.head_start == 0 or views[mention.head_start - 1].norm not in grammar.prepositions


def _reception_host(ctx: SentenceContext, start: int, adjuncts: frozenset[str], grammar: Grammar) -> Mention | None:
    """The first actor phrase after `start` with no preposition, past places, times, commas and «لدى وصوله»."""
    views = ctx.views
    position, skipped = start, 0
    while position < len(views) and skipped <= _RECEPTION_SKIP:
        mention = next((m for m in ctx.mentions if m.head_start == position), None)
        if mention is not None and _bare_before(views, mention, grammar) and not _reception_place(views, mention):
            return mention
        view = views[position]
        if mention is not None:
            skipped += mention.end - position
            position = mention.end
            continue
        if view.is_word and not (
            view.in_timex
            or view.norm in adjuncts
            or view.norm in grammar.prepositions
            or _preposition_clitic(view, "بل")
            or (skipped and _preposition_clitic(views[position - 1], "ب"))
        ):
            return None
        if not view.is_word and view.token.text not in ("،", ","):
            return None
        position += 1
        skipped += 1
    return None


def _preposition_clitic(view: TokenView, letters: str) -> bool:
    """The word's first proclitic is one of the preposition `letters` («بالمطار», «لدى» is a word of its own)."""
    prefixes = view.token.prefixes
    return bool(prefixes) and len(prefixes[0]) == 1 and prefixes[0] in letters


def _reception_place(views: Sequence[TokenView], mention: Mention) -> bool:
    """A place named with no title before it («بمطار طنجة»): where the visitor is received, never who receives."""
    entity = mention.entity
    return entity is not None and entity.label == "LOC" and views[mention.head_start].token.start >= entity.start


def _host_group(ctx: SentenceContext, host: Mention) -> list[Mention]:
    """The host with the hosts coordinated right after it with «و» («نظيره X والمسؤول الثاني Y»)."""
    group = group_of(host, ctx.mentions)
    last = group[-1]
    for mention in sorted(ctx.mentions, key=lambda m: m.head_start):
        if mention.head_start <= last.end - 1 or mention in group:
            continue
        if mention.head_start - last.end > 1 or ctx.views[mention.head_start].token.prefixes[:1] != ("و",):
            break
        group.append(mention)
        last = mention
    return group


_WARNED_GOVERNORS = frozenset({None, "gen", "mod", "of-event"})
_WARNING_REACH = 6  # words after «من أن» where the one warned about is looked for
_WARNING_GAP = 8  # words between the warning verb and «من أن» (its subject, a date)


def _targets_of_warnings(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«وحذرت الخارجية التركية، مساء الجمعة، من أن العقوبات الأمريكية ستضر بالعلاقات», «حذرت X من أن أي تدخل
    أمريكي ...»: a warning with no one warned, followed by «من أن», is aimed at the first actor of the clause it
    introduces (not a place, not the warner's own side)."""
    views = ctx.views
    for draft in drafts:
        if draft.targets or not draft.code.startswith("13") or not draft.trigger.is_verb or draft.mutual:
            continue
        own = _own_codes(draft)
        that = _warned_clause(views, draft)
        if that is None:
            continue
        for mention in ctx.mentions:
            if mention.head_start < that or mention.code is None:
                continue
            if sum(1 for v in views[that : mention.head_start] if v.is_word) > _WARNING_REACH:
                break
            if _is_place(mention) or mention.code in own or mention.code[:3] in own or mention.anaphor is not None:
                continue
            if mention.generic and mention.code.endswith("CVL"):
                continue
            if mention.governor not in _WARNED_GOVERNORS or _venue(ctx.sides([mention])[0]):
                continue  # «أي هجوم على مرفأ المدينة», «القوة ضد سوريا»: where or on whom, not who
            draft.targets = ctx.sides(
                [m for m in ctx.mentions if m.group == mention.group] if mention.group else [mention]
            )
            break


def _own_codes(draft: Draft) -> set[str]:
    """The codes of the draft's sources, and their countries."""
    return {s.code for s in draft.sources if s.code} | {s.code[:3] for s in draft.sources if s.code}


def _warned_clause(views: Sequence[TokenView], draft: Draft) -> int | None:
    """The first word of the clause after «من أن» that follows the warning (across its subject and a date), or None."""
    taken = {i for s in draft.sources if s.mention is not None for i in range(s.mention.start, s.mention.end)}
    words = 0
    for index in range(draft.trigger.span[1], len(views) - 1):
        view = views[index]
        if view.norm in default_grammar().sentence_punctuation:
            return None
        if not view.is_word or index in taken or view.in_timex:
            continue
        if view.norm == "من" and views[index + 1].norm in ("ان", "أن"):
            return index + 2
        words += 1
        if words > _WARNING_GAP:
            return None
    return None


@dataclass(frozen=True)
class _Cues:
    """Single words (normalised) and multiword phrases (tuples of normalised words)."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]

    def found(self, words: Sequence[TokenView]) -> bool:
        return self.first(words) is not None

    def first(self, words: Sequence[TokenView]) -> int | None:
        """The token index of the first of `words` that is a cue or opens a cue phrase."""
        norms = tuple(view.norm for view in words)
        for position, view in enumerate(words):
            if view.forms & self.words:
                return view.index
            if any(norms[position : position + len(phrase)] == phrase for phrase in self.phrases):
                return view.index
        return None


def _cues(words: Sequence[str]) -> _Cues:
    normal = [norm_word(w) for w in words]
    return _Cues(frozenset(w for w in normal if " " not in w), tuple(tuple(w.split()) for w in normal if " " in w))


@cache
def _warning_threat_cues() -> _Cues:
    raw = load_json("events", "grammar.json")["warning_judgements"]
    grammar = default_grammar()
    keys = ("threat_words", "condition_words", "demand_words", "hypothetical_words", "own_side_words")
    listed = _cues([w for key in keys for w in raw[key]] + sorted(grammar.conditional_before))
    return _Cues(listed.words, listed.phrases + grammar.conditional_openers)


@cache
def _warning_reprisal_cues() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["warning_judgements"]["threat_words"])


@cache
def _warning_judging_cues() -> _Cues:
    return _cues(load_json("events", "grammar.json")["warning_judgements"]["judging_words"])


def _warning_tail(views: Sequence[TokenView], that: int, *, whole: bool = False) -> list[TokenView]:
    """The words from «من أن» up to a comma followed by «و» opening another statement («، ورأت الصحيفة أن ...»),
    or (`whole`) to the end of the sentence, where a reprisal may still be promised («، وقالت إنها سترد»)."""
    grammar = default_grammar()
    words = []
    for index in range(that, len(views)):
        view = views[index]
        if view.norm in grammar.sentence_punctuation:
            break
        if not whole and view.norm in ("،", ",") and index + 1 < len(views):
            following = views[index + 1]
            if "و" in following.proclitics and not _threat_word(following):
                break
        if view.is_word:
            words.append(view)
    return words


def _announced(modality: Modality) -> bool:
    """An act announced for later or on a condition, not denied nor only reported as someone's claim (the senses
    with `unreal=1`: «سترد بقوة», «إذا ... فسوف ترد عليه بإجراء أكبر»)."""
    return (modality.future or modality.conditional) and not modality.negated and not modality.claim


def _first_person_future(view: TokenView) -> bool:
    """«سنرد», «سأتخذ»: the warner's own act to come."""
    return "س" in view.token.prefixes and view.token.stem[:1] in ("ن", "ا")


def _threat_word(view: TokenView) -> bool:
    """A single word of reprisal, condition, demand or hypothetical act, or a first-person future verb."""
    return bool(view.forms & _warning_threat_cues().words) or _first_person_future(view)


def _threatens(ctx: SentenceContext, draft: Draft, that: int, clause: Sequence[TokenView]) -> bool:
    """A reprisal, price, condition, demand, hypothetical act or first-person future after «من أن», or the warner's
    own side there («حذر ترامب من أن ... سيجعل الولايات المتحدة ...»): the warning is a threat. Only a reprisal or
    the warner's own act to come counts in a statement after the warning's clause."""
    views = ctx.views
    if any(_threat_word(view) for view in clause) or _warning_threat_cues().found(clause):
        return True
    reprisals = _warning_reprisal_cues()
    if any(view.forms & reprisals or _first_person_future(view) for view in _warning_tail(views, that, whole=True)):
        return True
    end = clause[-1].index + 1 if clause else that
    own = {s.code for s in draft.sources if s.code}
    # a state's country is its own side; a newspaper's or a group's is not («صحيفة X ... في صالح إسرائيل»)
    own |= {s.code[:3] for s in draft.sources if s.code and (len(s.code) == 3 or s.code[3:6] in _STATE_SECTORS)}
    return any(
        that <= m.head_start < end and m.code is not None and (m.code in own or m.code[:3] in own) for m in ctx.mentions
    )


def _judging_warnings(ctx: SentenceContext, drafts: list[Draft]) -> list[Draft]:
    """«حذرت X من أن قرار Y ينتهك ...» criticises Y (111); «حذر X من أن الوضع قد يتدهور» foretells harm and names
    no one warned: no event. A warning whose «من أن» clause carries a reprisal, a condition, a demand or the
    warner's own act stays a threat, and so does one that names the one warned before «من أن» and judges nothing."""
    kept = []
    for draft in drafts:
        that = None if draft.code != "130" or draft.mutual else _warned_clause(ctx.views, draft)
        if that is None:
            kept.append(draft)
            continue
        clause = _warning_tail(ctx.views, that)
        if _threatens(ctx, draft, that, clause):
            kept.append(draft)
            continue
        judged = _warning_judging_cues().first(clause)
        if judged is not None:
            # the one criticised does the harm: named before the judging word, or warned by name; not what is
            # harmed or broken («تهدد الاستقرار في شرق أفريقيا», «انتهاكا لاتفاقية جنيف»)
            draft.targets = [s for s in draft.targets if _criticised(s, that, judged)]
            if draft.targets:
                draft.code = "111"
                kept.append(draft)
            continue
        if _warns_by_name(ctx, draft, that):
            kept.append(draft)
    return kept


def _criticised(target: Side, that: int, judged: int) -> bool:
    mention = target.mention
    if mention is None:
        return True
    if mention.head_start < that:
        return mention.governor is None  # «حذر X Y من أن ...»
    return mention.head_start < judged


def _warns_by_name(ctx: SentenceContext, draft: Draft, that: int) -> bool:
    """«حذر X Y من أن ...», «حذر وزير الدفاع، جيمس ماتيس، سوريا من أن ...»: a bare actor between the warning and
    «من أن», other than its subject, is the one warned."""
    own = _own_codes(draft)
    taken = {s.mention.head_start for s in draft.sources if s.mention is not None}
    return any(
        draft.trigger.span[1] <= m.head_start < that
        and m.code is not None
        and m.governor is None
        and m.head_start not in taken
        and m.code not in own
        for m in ctx.mentions
    )


@cache
def _meeting_purposes() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["meeting_purposes"]["words"])


_MEETING_CODES = ("04", "036", "026", "046")


def _untarget_meeting_matters(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«دعت X لعقد جلسة لدراسة الغارة التي نفذها Y», «قرر المجلس عقد جلسة لبحث ...»: an actor after the
    purpose of a meeting (grammar `meeting_purposes`) is the matter discussed, no party; the meeting keeps no target
    (a body named in the sentence before may still be found for it)."""
    purposes = _meeting_purposes()
    for draft in drafts:
        if not draft.code.startswith(_MEETING_CODES) or not draft.targets or draft.mutual:
            continue
        head = draft.trigger.head
        first = min((s.mention.head_start for s in draft.targets if s.mention is not None), default=-1)
        if first <= head:
            continue
        if any(
            view.is_word and "ل" in view.token.prefixes[:2] and bare(view.token.stem) in purposes
            for view in ctx.views[head + 1 : first]
        ):
            draft.targets = []


@cache
def _liberating_purposes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_json("events", "grammar.json")["liberating_purposes"]
    return (
        frozenset(bare(norm_word(w)) for w in raw["words"]),
        frozenset(bare(norm_word(w)) for w in raw["expelling"]),
        frozenset(bare(norm_word(w)) for w in raw["holders"]),
    )


_LIBERATION_GAP = 3  # adjectives between the operation noun and its purpose («عملية عسكرية واسعة لتحرير»)
_RELATIVE_REACH = 3  # words between a relative pronoun and the subject of its clause («التي تعتبرها أنقرة»)
_LIBERATION_REACH = 8  # words from the purpose to «من» and the holder («لتحرير مدينة الحديدة ومينائها من»)


def _targets_of_liberations(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«أطلق الجيش عملية عسكرية لتحرير الموصل من تنظيم X», «حملة لاستعادة الغوطة من يد المعارضة», «عملية
    عسكرية لطرد وحدات X»: a military operation, campaign or offensive that names no one it is aimed at (or only the
    place it is in) is aimed at whoever holds the ground it is to take back (grammar `liberating_purposes`)."""
    words, expelling, holders = _liberating_purposes()
    stops = default_grammar().clause_punctuation
    from_word = norm_word("من")
    for draft in drafts:
        trigger = draft.trigger
        if trigger.is_verb or not draft.code.startswith(("18", "19")):
            continue
        if draft.targets and not all(t.mention is not None and _bare_place(t.mention) for t in draft.targets):
            continue
        views = ctx.views
        purpose = next(
            (
                view.index
                for view in views[trigger.end : trigger.end + _LIBERATION_GAP + 1]
                if view.is_word and "ل" in view.token.prefixes[:2] and bare(view.token.stem) in words
            ),
            None,
        )
        # only the operation's own adjectives stand between («عملية عسكرية واسعة لتحرير»), not a phrase of its own
        # («لاستعادة السيطرة عليه وتمهيدا لطرد»)
        if purpose is None or any(
            not v.is_word or any(p != "ال" for p in v.token.prefixes) or v.norm in default_grammar().prepositions
            for v in views[trigger.end : purpose]
        ):
            continue
        # «مدينة الحديدة اليمنية التي بدأت قوات X الهجوم عليها», «الوحدات التي تعتبرها أنقرة إرهابية ... وتشارك في
        # عمليات»: an agent read across a relative pronoun, or inside a relative clause, is not who runs the operation
        firsts = [s.mention.start for s in draft.sources if s.mention is not None]
        if not firsts or any(
            is_relative(v, default_grammar()) for v in views[max(0, min(firsts) - _RELATIVE_REACH) : trigger.head]
        ):
            continue
        agents = {s.code for s in draft.sources}
        held: list[Mention] = []
        if bare(views[purpose].token.stem) in expelling:
            held = _genitive_after(ctx, purpose, len(views))
        if not held:
            for view in views[purpose + 1 : purpose + 1 + _LIBERATION_REACH]:
                if view.token.text in stops:
                    break
                if view.norm != from_word:
                    continue
                at = view.index
                if at + 1 < len(views) and bare(views[at + 1].token.stem) in holders:
                    at += 1
                held = _genitive_after(ctx, at, len(views))
                break
        # «لتحرير مزيد من المحافظات», «لتطهير عدد من المناطق»: a place counted is the ground taken back, no holder
        sides = [side_of(ctx.doc, ctx.views, m, ctx.index) for m in held if m.label != "LOC" and m.code not in agents]
        if sides and not any(_place_word(side, default_grammar()) for side in sides):
            draft.targets = sides


_CLAIM_CODE = "015"
_CLAIM_REACH = 4
_CLAIM_SENTENCES = 3  # a claim names an act reported this few sentences before


def _targets_of_claimed_acts(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«أعلنت طالبان مسؤوليتها عن الهجوم على القاعدة»: who claims an act claims it against the act's target, and
    is the act's agent when the text names no other."""
    for draft in drafts:
        act = _claimed_act(ctx, draft, drafts)
        if act is None:
            continue
        own = {s.code for s in draft.sources}
        draft.targets = [t for t in act.targets if t.code not in own] or draft.targets
        if not act.sources and draft.sources:
            act.sources = list(draft.sources)  # and claims it did it


def _claimed_act(ctx: SentenceContext, draft: Draft, drafts: Sequence[Draft]) -> Draft | None:
    """The act a claim of responsibility names after «عن» («مسؤوليتها عن الهجوم»)."""
    if not draft.code.startswith(_CLAIM_CODE):
        return None
    end = draft.trigger.span[1]
    for other in drafts:
        head = other.trigger.head
        if other is draft or other.trigger.is_verb or head < end:
            continue
        between = [v for v in ctx.views[end:head] if v.is_word]
        if len(between) > _CLAIM_REACH or any(v.token.text in ".،,؛" for v in ctx.views[end:head]):
            return None
        # «عن الهجوم», «عن هذا التفجير»
        words = [v.norm for v in between]
        if "عن" not in words:
            return None
        after = words[len(words) - 1 - words[::-1].index("عن") + 1 :]
        return other if all(w in default_grammar().determiners for w in after) else None
    return None


def _claims_earlier_act(
    contexts: Sequence[SentenceContext], sentence: Sequence[Draft], earlier: Sequence[Draft]
) -> None:
    """«أعلنت طالبان مسؤوليتها عن هذا التفجير» after the bombing was reported with no agent: the claim names the
    earlier act, whose agent the claimer is, and whose target the claim is against."""
    ctx = contexts[sentence[0].sentence] if sentence else None
    if ctx is None:
        return
    for draft in sentence:
        act = _claimed_act(ctx, draft, sentence)
        if act is None or act.targets or not draft.sources:
            continue
        view = ctx.views[act.trigger.head]
        previous = ctx.views[act.trigger.head - 1] if act.trigger.head > 0 else None
        named_before = "ال" in view.token.prefixes or (
            previous is not None and previous.norm in default_grammar().determiners
        )
        if not named_before:
            continue
        own = {s.code for s in draft.sources}
        for before in reversed(earlier):
            if before.sentence < draft.sentence - _CLAIM_SENTENCES:
                break
            if (
                before.trigger.is_verb
                or not before.code.startswith(VIOLENT_ROOTS)
                or before.confidence < MIN_CONFIDENCE
            ):
                continue  # (a reading too weak to report is no act the claim can be about)
            if any(s.code for s in before.sources):
                break  # an act reported with an agent of its own: the claim is about a later one
            # the same act named again («تفجير», «عملية انتحارية», «سيارة مفخخة»): each has the claimer as agent
            before.sources = list(draft.sources)
            if not draft.targets:
                draft.targets = [t for t in before.targets if t.code not in own]
            _victims_of_attacks(contexts[before.sentence], [d for d in earlier if d.sentence == before.sentence])


_VICTIM_GOVERNORS = (None, "gen", "count")


def _same_state(agent: str | None, victim: str) -> bool:
    """Both codes name the state apparatus of one country («SYRGOV», «SYRMIL»)."""
    if agent is None or agent[:3] != victim[:3]:
        return False
    return agent[3:6] in _STATE_SECTORS and victim[3:6] in _STATE_SECTORS


def _victims_of_attacks(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«قتل خمسة جنود في هجوم لحركة طالبان», «مقتل قيادي في الميليشيات في غارة لطائرات التحالف على الساحل»:
    the attack in the adverbial phrase, whose agent is named, was made on those the clause says were killed or
    hurt (by no one named): they are its target rather than the place it hit."""
    for draft in drafts:
        trigger = draft.trigger
        if trigger.is_verb or not draft.code.startswith(VIOLENT_ROOTS):
            continue
        named = any(s.code for s in draft.sources)
        if not named and draft.code.startswith("20"):
            continue  # «مقتل 40 قرويا في مجزرة»: the massacre is the killing itself, one event told once
        # «مقتل عشرين مسلحا بقصف جوي», «قتل ستة جنود في هجوم انتحاري»: the means or occasion of the killing, by no
        # one named, was still made on those killed
        manner = not named and "ب" in ctx.views[trigger.head].proclitics
        # «قتل مدنيون جراء قصف للجيش», «بعد انفجار لغم زرعه X»: the act the victims died in, right after them
        cause = _dies_in(ctx.views, trigger.head, drafts)
        if not _in_adjunct(ctx.views, trigger.head, default_grammar()) and not manner and not cause:
            continue
        struck = all(t.mention is not None and _struck_place(ctx.views, t.mention) for t in draft.targets)
        if draft.targets and not struck:
            continue
        harmed = [
            d
            for d in drafts
            if d.trigger.head < trigger.head
            and d.code.startswith(VIOLENT_ROOTS)
            and d.targets
            and not any(s.code for s in d.sources)
        ]
        if not harmed:
            continue
        agents = {s.code for s in draft.sources}
        # the subject of «قُتل», the genitive of «مقتل», a part counted («ستة من عناصر الشرطة»): no preposition
        # governs the victims («قتل مع مسلحين»)
        victims = [
            t
            for t in harmed[-1].targets
            if t.code
            and t.code not in agents
            # «مقتل 7 جنود من قوات الحكومة في حملتها»: a state's soldiers are no target of its own act
            and not any(_same_state(agent, t.code) for agent in agents)
            and t.mention is not None
            and t.mention.governor in _VICTIM_GOVERNORS
            # «قتل 19 من القوات والفصائل في اشتباكات»: a part counted in a clash is one of its sides, no target
            and not (t.mention.governor == "count" and draft.predicate.reciprocal)
        ]
        if victims:
            draft.targets = victims
            draft.unknown_agent = draft.unknown_agent or not named


@cache
def _result_links() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["result_links"]["words"])


_RESULT_REACH = 3  # words between the verb of result and the harm noun («ما أسفر عن مقتل», «أدى إلى إصابة»)


def _victims_of_results(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«شن مسلحون هجوما على قاعدة، ما أسفر عن مقتل خمسة جنود», «قصفت الطائرات بلدة، مما أدى إلى مقتل عشرة
    مدنيين»: a harm whose victims are named and whose agent is not, said to result from the violent act before it in
    its sentence (grammar `result_links`), was done by that act on them: the victims are its target when it names
    no actor as its own (only a place or nothing)."""
    views = ctx.views
    for harm in drafts:
        if harm.trigger.is_verb or not harm.code.startswith(VIOLENT_ROOTS) or not harm.targets:
            continue
        if any(s.code for s in harm.sources):
            continue
        before = [v for v in views[max(0, harm.trigger.head - _RESULT_REACH) : harm.trigger.head] if v.is_word]
        if not any(split.core in _result_links() for v in before for split in v.splits):
            continue
        acts = [
            d
            for d in drafts
            if d.trigger.head < harm.trigger.head
            and d.code.startswith(VIOLENT_ROOTS)
            and any(s.code for s in d.sources)
            # «هجمات على القنصليتين البريطانية والإيطالية»: a country adjective names the owner of what was hit
            and all(
                t.mention is not None and _bare_place(t.mention) and not is_nisba(views, t.mention) for t in d.targets
            )
        ]
        if not acts:
            continue
        act = acts[-1]
        agents = {s.code for s in act.sources}
        victims = [
            t
            for t in harm.targets
            if t.code and t.code not in agents and t.mention is not None and t.mention.governor in (None, "gen")
        ]
        if victims:
            act.targets = victims


def _dies_in(views: Sequence[TokenView], head: int, drafts: Sequence[Draft]) -> bool:
    """The act noun at `head` follows a preposition of cause («جراء», «إثر», «بعد»: grammar `harm_causes`) after a
    verb of harm whose victims are named and whose agent is not («قتل مدنيون جراء قصف للجيش», «وقتل القيادي الذي
    ...، الخميس، من جراء غارة»): the act they died in. Not across a subordinator opening another clause («قتل
    فلسطينيان في غارة، في حين أصيب ثلاثة من جراء إطلاق صواريخ»: the rockets hurt others)."""
    if not harm_cause_opened(views, head):
        return False
    grammar = default_grammar()
    for draft in reversed(drafts):
        before = draft.trigger.head
        if before >= head or any(s.code for s in draft.sources) or not draft.targets:
            continue
        between = views[before + 1 : head]
        return not any(v.norm in grammar.subordinators or v.token.text in ".؟!؛;" for v in between)
    return False


def _alleges_act(views: Sequence[TokenView], control: Trigger, act: Trigger, grammar: Grammar) -> bool:
    """An accusation says its target did the act («اتهم X إيران بتسليح الحوثيين»); a call to stop an act says
    the one called on is doing it («دعت X إيران إلى الكف عن إرسال أسلحة»)."""
    kind = control.predicate.control
    if kind == "accuse":
        return True
    return kind in ("appeal", "demand") and _called_to_stop(views, control.span[1], act.head, grammar)


def _collective_addressee(
    ctx: SentenceContext, trigger: Trigger, act: Trigger, sources: Sequence[Side], grammar: Grammar
) -> bool:
    """«دعا X المجتمع الدولي إلى», «حث X جميع الأطراف على», «طلبت X من دول العالم»: a collective that names no
    coded actor, right after the verb and its subject (bare or after «من») and a few words before the act called for
    (its preposition, an adjective, a quotation mark), is the one called on."""
    if not trigger.is_verb or not sources or act.head <= trigger.span[1]:
        return False
    if any(s.mention is None or s.mention.head_start >= act.head for s in sources):
        return False
    anchor = max([trigger.span[1]] + [s.mention.end for s in sources if s.mention is not None])
    words = [v for v in ctx.views[anchor : act.head] if v.is_word]
    if words and words[0].norm == "من":
        words = words[1:]
    if not words or words[0].proclitics - {"ال"}:
        return False
    if any(m.code is not None and anchor <= m.head_start < act.head for m in ctx.mentions):
        return False
    for phrase in grammar.collective_addressees:
        if len(phrase) <= len(words) <= len(phrase) + 3 and all(
            w in words[k].forms or w == words[k].norm for k, w in enumerate(phrase)
        ):
            return True
    return False


def _called_to_stop(views: Sequence[TokenView], start: int, act: int, grammar: Grammar) -> bool:
    """«الكف عن», «بالتوقف عن» right before the act (quotation marks may stand between)."""
    before = [v for v in views[start:act] if v.is_word]
    return len(before) >= 2 and bool(before[-2].forms & grammar.cease_words) and "عن" in before[-1].forms


def _alleged_act(ctx: SentenceContext, control: Draft, act: Trigger, grammar: Grammar, *, claim: bool) -> Draft | None:
    """The act an accusation or a call to stop alleges, by the accused or the one called on, beside the
    accusation or appeal itself; an accused act is a reported claim (the source does not vouch for it)."""
    if not control.targets or any(s.code is None for s in control.targets):
        return None
    draft = _code_trigger(ctx, act, None, grammar)
    if draft is None:
        return None
    agents = {s.code for s in control.targets}
    # the agent comes from the governing clause, so a genitive read as the verbal noun's agent is its object
    # («اتهمها بتزويد الحوثيين بالصواريخ»); only a named target: the country of an unnamed one («المتمردين»,
    # «الأحياء») is guessed from the sentence, which is the accuser's or the accused's
    targets = [t for t in draft.targets or draft.sources if t.code not in agents and t.entity is not None]
    if not targets:
        return None
    draft.sources = list(control.targets)
    draft.targets = targets
    draft.modality = draft.modality.merge(Modality(claim=claim))
    draft.topic = []
    return draft


_JUDGING_ROOTS = ("11", "12", "051", "052")
# acts done to another act's agents through the act: repressing protests («قمعت السلطات التظاهرات المعارضة»)
_ACTING_ON_ACTS = (*_JUDGING_ROOTS, "175", "016")
_JUDGED_REACH = 3


def _targets_from_judged_events(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«نددت الجامعة بالغارات الإسرائيلية», «رحبت بالضربات الغربية»: who is criticised, rejected or praised for
    an act is the act's agent, when the judging predicate names no one else."""
    for draft in drafts:
        repels = _repels(ctx.views[draft.trigger.head], draft)
        if not (draft.code.startswith(_ACTING_ON_ACTS) or repels):
            continue
        if draft.targets and not _past_judged_act(ctx.views, draft, drafts, ctx):
            continue
        end = draft.trigger.span[1]
        # «وانتقد وزير الخارجية الإيراني محمد جواد ظريف العقوبات الأمريكية»: the subject after the verb (with its
        # name in apposition) stands between the judging verb and the act right after it; it does not count
        subjects = [s.mention for s in draft.sources if s.mention is not None and s.mention.head_start >= end]
        for other in drafts:
            head = other.trigger.head
            if other is draft or other.trigger.is_verb or head < end or not other.sources:
                continue
            if repels and not other.code.startswith(_ATTACK_ROOTS):
                continue
            subject = _apposed_subject_tokens(ctx.views, subjects, ctx.mentions, head) or _aside_tokens(
                ctx.views, subjects, head, ctx.verb_heads
            )
            # a date, an adverb of manner («أدانت X اليوم بشدة الهجوم») or a short adverbial phrase («في كلمته»)
            # does not count either
            manner = default_grammar().manner_adverbs
            subject |= _adverbial_tokens(ctx, end, head) | _spoken_through(ctx, draft, end)
            if head >= 2 and what_described(ctx.views, head - 2, default_grammar()):
                subject |= {head - 2, head - 1}  # «نددت الخارجية بما وصفته بالعدوان الإسرائيلي»: what it was called
            between = [
                v for v in ctx.views[end:head] if v.index not in subject and not v.in_timex and not v.forms & manner
            ]
            if any(not v.is_word for v in between) or sum(1 for v in between if v.is_word) > _JUDGED_REACH:
                continue
            sources = {id(s.mention) for s in draft.sources}
            draft.targets = [s for s in other.sources if id(s.mention) not in sources]
            if draft.code.startswith("016") and other.code.startswith("11") and not other.targets:
                # «نفى الوزير اتهامات المنظمة»: the one who denies the accusation is the one accused
                other.targets = [s for s in draft.sources if s.code not in {t.code for t in draft.targets}]
            break
        if not draft.targets:
            codes = {s.code for s in draft.sources}
            after_subject = [s.mention.end for s in draft.sources if s.mention is not None and s.mention.start >= end]
            start = max([end, *after_subject])
            author = judged_author(ctx.views, start, draft.clause.end, ctx.mentions, default_grammar())
            draft.targets = [s for s in ctx.sides(author) if s.code not in codes]


_ATTACK_ROOTS = ("18", "19", "20")


def _repels(view: TokenView, draft: Draft) -> bool:
    """«تصدت القوات لهجوم الحوثيين», «صد الجيش هجوم المسلحين»: a use of force against an attack, whose agent it
    is aimed at."""
    return draft.code.startswith("19") and any(split.core in default_grammar().repel_words for split in view.splits)


def _adverbial_tokens(ctx: SentenceContext, start: int, end: int) -> set[int]:
    """«وانتقد الرئيس في كلمته الأحد اعتقال ...», «خلال خطابه»: «في», «خلال» or «عبر» and one word with a
    possessive pronoun (the speaker's words: no actor, no predicate) between a judging verb and the act it judges."""
    taken = {i for m in ctx.mentions for i in range(min(m.start, m.head_start), m.end)} | {t.head for t in ctx.triggers}
    # «بيانا أدانت فيه الغارات الإسرائيلية»: the pronoun of the words the verb is said in
    out: set[int] = {start} if start < end and speech_resumption(ctx.views[start]) else set()
    for index in range(start, end - 1):
        view, word = ctx.views[index], ctx.views[index + 1]
        if (
            view.is_word
            and view.norm in _SPEECH_OPENERS
            and word.is_word
            and word.token.suffixes
            and index + 1 not in taken
        ):
            out |= {index, index + 1}
    return out


_SPEECH_OPENERS = frozenset({"في", "خلال", "عبر"})


def _spoken_through(ctx: SentenceContext, draft: Draft, end: int) -> set[int]:
    """«وأدانت الكويت على لسان سفيرها فلان قتل ...»: the tokens of the one the judge spoke through, written after its
    subject (or right after the verb), which stand between the verb and the act it judges."""
    ends = [s.mention.end for s in draft.sources if s.mention is not None and s.mention.start >= end]
    start = skip_appositions(ctx.views, max([end, *ends]), ctx.mentions, ctx.verb_heads)
    through = speaking_through(ctx.views, start, ctx.mentions)
    return set(range(end, through)) if through > start else set()


def _past_judged_act(views: Sequence[TokenView], draft: Draft, drafts: Sequence[Draft], ctx: SentenceContext) -> bool:
    """«أدانت تركيا استهداف إسرائيل غزة»: the object found for a judging verb lies past the act it judges, inside
    that act's phrase; the one judged is the act's agent, not what the act was done to."""
    mentions = [t.mention for t in draft.targets]
    if any(m is None for m in mentions):
        return False
    end = draft.trigger.span[1]
    # the subject's whole phrase, its title included («وانتقد الرئيس التركي اعتقال ...»)
    subject = {
        i
        for s in draft.sources
        if s.mention is not None
        for i in range(min(s.mention.start, s.mention.head_start), s.mention.end)
    }
    subject |= _aside_tokens(views, [s.mention for s in draft.sources if s.mention is not None], len(views))
    for other in drafts:
        head = other.trigger.head
        if other is draft or other.trigger.is_verb or head < end or not other.sources:
            continue
        subject |= _adverbial_tokens(ctx, end, head) | _spoken_through(ctx, draft, end)
        # the act is the judging verb's object: right after it or its subject («خلال زيارته» is an adjunct)
        manner = default_grammar().manner_adverbs
        if any(v.index not in subject and not v.in_timex and not v.forms & manner for v in views[end:head]):
            return False
        written = views[head].proclitics & {"ب", "ل"}
        if written and not written & set(draft.predicate.preps):
            return False
        return all(m is not None and m.head_start > head for m in mentions)
    return False


def _apposed_subject_tokens(
    views: Sequence[TokenView], subjects: Sequence[Mention], mentions: Sequence[Mention], head: int
) -> set[int]:
    """The tokens of a post-verb subject ending right before `head`, with a name in apposition and the commas
    setting it off («وانتقد الرئيس الأمريكي، دونالد ترامب، العقوبات»)."""
    if not subjects:
        return set()
    first = min(m.head_start for m in subjects)
    own = {id(m) for m in subjects}
    tokens: set[int] = set()
    for mention in mentions:
        if mention.head_start < first or mention.end > head:
            continue
        start, end = mention.head_start, mention.end
        commas = start > 0 and views[start - 1].token.text in ("،", ",")
        closing = end < len(views) and views[end].token.text in ("،", ",")
        if id(mention) not in own and not (commas and closing):
            continue
        tokens.update(range(start - 1 if commas else start, end + 1 if closing else end))
    return tokens if tokens and max(tokens) + 1 == head else set()


def _aside_tokens(
    views: Sequence[TokenView], subjects: Sequence[Mention], head: int, verb_heads: Collection[int] = ()
) -> set[int]:
    """The tokens of a post-verb subject and of the description set off by commas after it («وأدانت الكويت، العضو
    غير الدائم في مجلس الأمن، الهجوم»), when the description ends before `head`."""
    if not subjects:
        return set()
    end = max(m.end for m in subjects)
    closing = described_aside(views, end, verb_heads)
    if closing is None or closing >= head:
        return set()
    for _ in range(STACKED_ASIDES - 1):
        # «وأدانت البرتغال، العضو في الاتحاد الأوروبي، في بيان، الغارات»: asides in a row
        further = described_aside(views, closing, verb_heads)
        if further is None or further >= head:
            break
        closing = further
    return set(range(min(m.start for m in subjects), closing + 1))


def _targets_from_earlier_acts(ctx: SentenceContext, drafts: Sequence[Draft], earlier: Sequence[Draft]) -> None:
    """«ورحب الأمين العام بوقف إطلاق النار»: an act judged with no agent in its sentence is the act reported
    earlier in the article under the same code; its agent there is the one judged."""
    for draft in drafts:
        if draft.targets or not draft.code.startswith(_JUDGING_ROOTS):
            continue
        act = _adjacent_act(ctx, draft, drafts)
        if act is None or act.sources:
            continue
        own = {s.code for s in draft.sources}
        for before in reversed(earlier):
            if before.code == act.code and before.sources and all(s.code for s in before.sources):
                draft.targets = [s for s in before.sources if s.code not in own]
                break


_AGAINST_SENTENCES = 3  # how far from a reaction the act done to the one reacting is looked for


def _targets_of_reactions(contexts: Sequence[SentenceContext], drafts: Sequence[Draft]) -> None:
    """Once the whole article is drafted: a judging predicate still with no target whose judged act has no agent
    (`_targets_from_earlier_acts`) takes the agents of the act of that root done to the judge nearby
    (`_agents_against`), told before it or after it (a lead sums up what the body tells)."""
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence, []).append(draft)
    for draft in drafts:
        if draft.targets or not draft.code.startswith(_JUDGING_ROOTS):
            continue
        act = _adjacent_act(contexts[draft.sentence], draft, by_sentence[draft.sentence])
        if act is not None and not act.sources:
            draft.targets = _agents_against(draft, act, [d for d in drafts if d is not act])


def _agents_against(draft: Draft, act: Draft, told: Sequence[Draft]) -> list[Side]:
    """«ونددت إيران بالعقوبات», «رفضت السعودية "التهديدات"»: a judged act with no agent in its sentence and
    not told before under its own code is the act of its root (sanction 16, threat 13, accusation 11) told
    nearest, at most a few sentences away, against the judge's own country: its agents are the ones judged."""
    own = {_country(s.code) for s in draft.sources if s.code}
    if not own:
        return []
    root = act.code[:2]
    near = [d for d in told if abs(d.sentence - draft.sentence) <= _AGAINST_SENTENCES and d.code[:2] == root]
    for before in sorted(near, key=lambda d: abs(d.sentence - draft.sentence)):
        if before.confidence < MIN_CONFIDENCE or not {_country(t.code) for t in before.targets if t.code} & own:
            continue
        agents = [s for s in before.sources if s.code and _country(s.code) not in own]
        if agents and len(agents) == len(before.sources):
            return agents
    return []


_STEP_SENTENCES = 2  # how many sentences back a step named by a demonstrative («هذه الخطوة») is looked for
_ACCUSING = "112"


_STEP_GAP = 2  # words between the subject and the demonstrative («في بيان», «بصورة منهجية»)


def _step_object(ctx: SentenceContext, draft: Draft, grammar: Grammar) -> str | None:
    """«ونفت موسكو هذه الاتهامات», «ورحبت الجامعة، الخميس، بهذه الخطوة», «وانتقدت فلانة، عضو المجلس، هذا
    الإعلان»: the object of a judging or denying predicate is a demonstrative and a noun for a step, written after
    the subject (its apposition, a date set off by commas, or two words of manner or place). Returns "accusation"
    or "" for another step, None when the object is something else."""
    views = ctx.views
    named = {i for m in ctx.mentions for i in range(m.head_start, m.end)}
    gap = 0
    position = draft.trigger.head + 1  # «ووصف الكرملين هذه الاتهامات بأنها»: the span may hold the object
    while position + 1 < len(views):
        view = views[position]
        if any(split.core in grammar.demonstratives and split.proclitics in ("", "ب", "ل") for split in view.splits):
            break
        if view.token.text in ("،", ","):
            gap = 0
        elif view.index in named or view.in_timex:
            pass
        elif view.is_word and gap < _STEP_GAP:
            gap += 1
        else:
            return None
        position += 1
    else:
        return None
    if not views[position + 1].forms & grammar.act_nouns:
        return None
    return "accusation" if views[position + 1].forms & grammar.accusation_nouns else ""


def _accuser(draft: Draft, earlier: Sequence[Draft]) -> list[Side]:
    """Who accused the one who denies or rejects an accusation: the source of the last accusation before it whose
    target is of the same country as the denier."""
    own = {_country(s.code) for s in draft.sources if s.code}
    for before in reversed(earlier):
        if not before.code.startswith(_ACCUSING) or draft.sentence - before.sentence > _STEP_SENTENCES:
            continue
        if not {_country(t.code) for t in before.targets if t.code} & own:
            continue
        found = [s for s in before.sources if s.code and _country(s.code) not in own]
        if found:
            return found
    return []


def _deniers_of_accusations(drafts: Sequence[Draft], earlier: Sequence[Draft]) -> None:
    """«وتتهم أنقرة فلانا بتدبير الانقلاب، غير أنه ينفي التهمة», «اتهم الوزير بالفساد، لكنه نفى ذلك»: a denial
    whose subject is only a pronoun («لكنه», «إلا أنها») answers the accusation just before it (in its sentence or
    the one before): the accused denies, to the accuser when one is named. The pronoun read as the accuser (the
    subject before it) is the accused: no one denies an accusation of their own; when the accused went unread, the
    denier is unknown rather than the accuser."""
    for draft in drafts:
        if not draft.code.startswith(_DENIAL) or draft.source_how not in _PRONOUN_SOURCES:
            continue
        before = [
            d
            for d in (*earlier, *drafts)
            if d is not draft
            and draft.sentence - d.sentence <= 1
            and (d.sentence < draft.sentence or d.trigger.head < draft.trigger.head)
        ]
        accusation = next((d for d in reversed(before) if d.code.startswith(_ACCUSING)), None)
        if accusation is None:
            continue
        accusers = [s for s in accusation.sources if s.code]
        accused = [s for s in accusation.targets if s.code]
        if draft.first_person:
            # «"ننفي الاتهام"»: the speaker denies, to whoever accused
            draft.targets = draft.targets or accusers
            continue
        if draft.trigger.features.number == "pl" and len(accused) == 1 and _one_person(accused[0]):
            continue  # «لكنهم نفوا»: a plural denier is not the one person accused
        read = {s.code for s in draft.sources}
        if read and accused and read <= {s.code for s in accused}:
            draft.source_how = "accused"  # «اتهم الوزير بالفساد، لكنه ينفي»: the pronoun read as the accused
        elif not read or (accusers and read <= {s.code for s in accusers}):
            draft.sources = accused
            draft.source_how = "accused" if accused else "opener-pronoun"
            draft.overt_subject = not accused
            draft.continues_topic = False
        else:
            continue  # the pronoun stands for someone else, read as such
        if not draft.targets:
            draft.targets = [s for s in accusers if s.code not in {a.code for a in draft.sources}]


_ISSUER_AFTER = 3  # words from a document named indefinitely to its issuer («بيان صادر عن الديوان», «بيانا للخارجية»)
_DOCUMENT_SENTENCES = 2  # how many sentences back the document a «البيان» speaks for is looked for


def _issuing_verb(view: TokenView) -> bool:
    return view.is_word and any(bare(split.core) in document_issuing_verbs() for split in view.splits)


def _issuers_of_documents(contexts: Sequence[SentenceContext], ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«تبنى مجلس حقوق الإنسان قرارا ... . وأضافت أن القرار يدين ...», «وقالت الخارجية في بيان ... . واتهم البيان
    واشنطن»: a document that speaks with no issuer of its own in its clause («البيان», «القرار») is the one named
    last, in its sentence before the verb or in the two sentences before, that has an issuer: the actor written after
    it («صادر عن», «ل», or in construct: «بيان الخارجية»), the subject of a verb of issuing it («أصدر», «تبنى»), or
    the actor right before «في» («قالت الخارجية في بيان»); else it names no one (a speaker quoted around a document
    is often the one it describes)."""
    for draft in drafts:
        if draft.source_how != "document" or draft.sources:
            continue
        views = ctx.views
        at = draft.trigger.end if speaking_document(views, draft.trigger.end) else draft.trigger.head - 1
        if at == draft.trigger.end and not _addressed_after(ctx, draft, at):
            continue  # the target of a call is found well only as the object right after the document
        noun = bare(views[at].token.stem)
        for back in range(_DOCUMENT_SENTENCES + 1):
            if ctx.index - back < 0:
                break
            where = contexts[ctx.index - back]
            # «أصدرت الخارجية بيانا يدين ...»: an indefinite document before the verb is itself the one issued
            limit = (at + 1 if indefinite_document(views[at]) else at) if back == 0 else len(where.views)
            named = [i for i in range(limit) if where.views[i].is_word and _names_document(where.views[i], noun)]
            issuer = next((found for i in reversed(named) if (found := _issuer_of(where, i))), [])
            if issuer:
                draft.sources = issuer
                draft.overt_subject = False
                break


def _addressed_after(ctx: SentenceContext, draft: Draft, at: int) -> bool:
    """«ودعا البيان النظام الإيراني إلى», «واتهم البيان واشنطن»: the draft's target is the bare actor right after the
    document (and its adjective), the verb's object."""
    start = at + 1
    if start < len(ctx.views) and "ال" in ctx.views[start].token.prefixes and ctx.views[start].norm.endswith("ي"):
        start += 1  # «البيان الختامي»
    return any(t.mention is not None and t.mention.head_start == start for t in draft.targets)


def _names_document(view: TokenView, noun: str) -> bool:
    """«بيان», «بيانا», «البيان», «ببيان»: the document noun in any case (the accusative «ا» kept on the stem)."""
    forms = {noun, noun + "ا"}
    return bool(noun) and any(bare(split.core) in forms for split in view.splits)


def _issuer_of(ctx: SentenceContext, index: int) -> list[Side]:
    # «بيان صادر عن الديوان», «بيانا للخارجية», «بيان الخارجية» (a construct: the document written without «ال»)
    construct = "ال" not in ctx.views[index].token.prefixes
    after = [
        m
        for m in ctx.mentions
        if index < m.head_start <= index + _ISSUER_AFTER
        and m.code
        and (m.governor in ("عن", "ل") or (construct and m.governor is None and m.head_start == index + 1))
    ]
    if after and not any(ctx.views[i].token.text in ("،", ",", ".") for i in range(index, after[0].head_start)):
        return ctx.sides(group_of(after[0], ctx.mentions))
    # the subject of a verb of issuing it, else who said it in the document, named right before «في»
    return ctx.sides(issuer_before(ctx.views, index, ctx.mentions, _issuing_verb))


def _one_person(side: Side) -> bool:
    return side.mention is not None and side.mention.label == "PERS"


def _targets_of_step_objects(
    ctx: SentenceContext, drafts: Sequence[Draft], earlier: Sequence[Draft], speaker: Sequence[Side]
) -> None:
    """«ووصف الكرملين هذه الاتهامات بأنها غير مقبولة», «وانتقدت عشراوي هذا الإعلان», «لكن طهران تنفي هذا
    الاتهام»: a judging or denying predicate whose object is a step named by a demonstrative judges a step the
    article reported just before: an accusation's accuser, else the agent of the nearest act before it (in its
    sentence, then the sentence before) from another country, else the one the sentence before quoted; an
    accusation or a denial is judged only as its accuser's, else as the one the sentence before quoted. A denial
    with no object of its own («ولا تزال روسيا تنفي أي تورط») answers the last accusation against the denier."""
    grammar = default_grammar()
    for draft in drafts:
        if draft.targets or not draft.sources or not draft.code.startswith(_REFERRING_ROOTS):
            continue
        kind = _step_object(ctx, draft, grammar)
        before = [
            d
            for d in (*earlier, *drafts)
            if d is not draft and (d.sentence < draft.sentence or d.trigger.head < draft.trigger.head)
        ]
        if kind is None:
            if draft.code.startswith("016"):
                draft.targets = _accuser(draft, before)
            continue
        own = {_country(s.code) for s in draft.sources if s.code}
        if kind == "accusation" or draft.code.startswith("016"):
            # who made the accusation, else the one the sentence before quoted; not an actor merely named before
            # in its own sentence («مذكرا بالقضية التي اتهم فيها الغرب موسكو، فيما نفت موسكو ذلك»)
            draft.targets = _accuser(draft, before) or [s for s in speaker if s.code and _country(s.code) not in own]
            continue
        draft.targets = _foreign_agents_before(draft, before, own, sentences_back=0)
        if not draft.targets:
            # «والسلطة التي تسعى إلى ...، فيما تعارض إسرائيل هذه المحاولات»: the actor of the clause before
            draft.targets = _first_foreign_actors(ctx, draft, own)
        if not draft.targets:
            draft.targets = _foreign_agents_before(draft, before, own, sentences_back=1)
        if not draft.targets:
            draft.targets = [s for s in speaker if s.code and _country(s.code) not in own]


_MEETING_REACH = 4  # words from the appeal to the meeting noun («إلى عقد اجتماع», «عقد جلسة»)
_BODY_REACH = 2  # words from the meeting noun to its body («اجتماع طارئ لمجلس الأمن»)


def _targets_of_called_meetings(
    ctx: SentenceContext, drafts: Sequence[Draft], previous: SentenceContext | None = None
) -> None:
    """«دعت بريطانيا إلى اجتماع طارئ لمجلس الأمن», «طلبت فرنسا عقد جلسة عاجلة لمجلس الأمن», «قالت البعثة إنها
    طلبت عقد الاجتماع»: an appeal for a meeting of a body, written with «ل» after the meeting noun, is an appeal
    to that body; so is one made in the body's session («طلبت روسيا في جلسة طارئة لمجلس الأمن»), not one made on
    its sidelines («على هامش اجتماع للأمم المتحدة»). With no body after the meeting noun, the international body or
    parliament the sentence before names at a meeting noun («قرر مجلس الأمن عقد اجتماع طارئ. ودعت X وY، لعقد
    اجتماع طارئ»)."""
    grammar = default_grammar()
    views = ctx.views
    for draft in drafts:
        if draft.targets or not draft.code.startswith("02"):
            continue
        own = {s.code for s in draft.sources}
        words = 0
        start = _after_subject(draft)
        if start < len(views) and views[start].token.text in ("،", ","):
            start += 1  # «ودعت X وY وZ، إلى اجتماع»
        for position in range(start, draft.clause.end):
            view = views[position]
            if not view.is_word or words > _MEETING_REACH:
                break
            words += 1
            if not view.forms & grammar.meeting_nouns:
                continue
            if not _meeting_called(views, position, start):
                break
            body = [
                m
                for m in ctx.mentions
                if m.governor == "ل"
                and m.code
                and m.code not in own
                and not _is_place(m)
                and position < m.head_start <= position + 1 + _BODY_REACH
                and all(v.is_word for v in views[position + 1 : m.head_start])
            ]
            if body:
                draft.targets = ctx.sides(body[:1])
            elif previous is not None:
                draft.targets = [s for s in previous.sides(_meeting_body(previous, grammar)) if s.code not in own]
            break


@dataclass(frozen=True)
class _SponsorWords:
    nouns: frozenset[str]
    only_sponsor: frozenset[str]
    before: frozenset[str]
    codes: tuple[str, ...]
    not_codes: tuple[str, ...]
    reach: int


@cache
def _sponsor_words() -> _SponsorWords:
    raw = load_json("events", "grammar.json")["sponsored_talks"]
    return _SponsorWords(
        nouns=frozenset(normalize(word) for word in raw["nouns"]),
        only_sponsor=frozenset(normalize(word) for word in raw["only_sponsor"]),
        before=frozenset(normalize(word) for word in raw["before"]),
        codes=tuple(raw["codes"]),
        not_codes=tuple(raw["not_codes"]),
        reach=int(raw["reach"]),
    )


_SPONSOR_OPENING = 2  # «وبرعاية X، استضافت ...»: the sponsoring phrase opens the sentence


def _sponsored(sponsor: Draft, talks: Draft, reach: int) -> bool:
    """The talks are named just before the sponsoring noun, or after it when it opens the sentence."""
    distance = sponsor.trigger.head - talks.trigger.head
    return 0 < distance <= reach or (sponsor.trigger.head <= _SPONSOR_OPENING and distance < 0)


def _parties_between(views: Sequence[TokenView], sponsor: Draft, reach: int) -> bool:
    """«بوساطة الأردن بين X و Y»: the sponsoring noun names its own parties after «بين»."""
    end = min(len(views), sponsor.clause.end, sponsor.trigger.head + reach)
    return any(views[i].norm == "بين" for i in range(sponsor.trigger.head + 1, end))


def _parties_of(talks: Draft, sides: Sequence[Side]) -> bool:
    """Every side is a party of the talks (and there is one)."""
    codes = {side.code for side in [*talks.sources, *talks.targets]}
    return bool(sides) and all(side.code in codes for side in sides)


def _own_parties(talks: Draft, sponsor: Draft) -> bool:
    """The talks' participants were found as their own (between, genitive, subject), or as the coordinated actors
    the clause lent them, written before the sponsoring noun, with no other party named («أجرت إثيوبيا وإريتريا
    محادثات», «المحادثات التي شارك فيها X و Y تحت إشراف»; not the sponsors' own phrase, «اتفاق خفض التصعيد الذي
    تم التوصل إليه برعاية روسيا وإيران حليفتي دمشق وتركيا»)."""
    if talks.source_how:
        return True
    head = sponsor.trigger.head
    before = all(side.mention is not None and side.mention.end <= head for side in talks.sources)
    return len(talks.sources) > 1 and not talks.targets and before


def _sponsors_of_talks(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«مفاوضات بين الحكومة والمتمردين برعاية الاتحاد الأفريقي», «هدنة مع إسرائيل بوساطة مصرية»: the third party
    named right after a sponsoring noun mediates between the parties of the talks (or truce, or agreement) it
    follows, which are its targets; it is no party to the talks itself. A sponsor of anything else mediates
    nothing."""
    words = _sponsor_words()
    views = ctx.views
    for sponsor in drafts:
        head = views[sponsor.trigger.head]
        if not sponsor.code.startswith("045") or not head.forms & words.nouns:
            continue
        before = views[sponsor.trigger.head - 1] if sponsor.trigger.head > 0 else None
        if "ب" not in head.proclitics and (before is None or before.norm not in words.before):
            if head.forms & words.only_sponsor:
                sponsor.sources, sponsor.targets = [], []  # «اتهمها برعاية الإرهاب»: no talks sponsored
            continue  # «عرضت وساطتها بين X و Y»: an offer, its parties after «بين»
        talks = [
            d
            for d in drafts
            if d is not sponsor
            and d.code.startswith(words.codes)
            and not d.code.startswith(words.not_codes)
            and _sponsored(sponsor, d, words.reach)
        ]
        if not talks and _parties_between(views, sponsor, words.reach):
            continue  # «بوساطة الأردن بين X و Y»: the parties are written with the sponsor
        nearest = min(talks, key=lambda d: abs(d.trigger.head - sponsor.trigger.head)) if talks else None
        if nearest is not None and sponsor.targets and _parties_of(nearest, sponsor.sources):
            # «المحادثات التي شارك فيها X و Y تحت إشراف الأمم المتحدة»: inside the relative clause the noun took the
            # clause's subjects as its own and its genitive, the sponsor, as target
            sponsor.sources, sponsor.targets = sponsor.targets, []
        own = {side.code for side in sponsor.sources}
        parties: list[Side] = []
        # the talks' own parties: not a subject lent by the verb that governs the talks noun («نظمت باكستان ...
        # محادثات»: the host, not a party), unless it is several coordinated actors with no one else named: they
        # hold the talks with each other («أجرت إثيوبيا وإريتريا محادثات»)
        written = [*nearest.sources, *nearest.targets] if nearest is not None and _own_parties(nearest, sponsor) else []
        for side in written if nearest is not None else []:
            if side.code and side.code not in own and all(side.code != p.code for p in parties):
                parties.append(side)
        if nearest is None or not parties or sponsor.source_how not in ("genitive", "adjective"):
            sponsor.sources, sponsor.targets = [], []  # «تدريب تحت إشراف مدربين», «تحت إشراف الأمم المتحدة»
            continue
        nearest.sources = [side for side in nearest.sources if side.code not in own]
        nearest.targets = [side for side in nearest.targets if side.code not in own]
        sponsor.targets = parties


def _meeting_body(ctx: SentenceContext, grammar: Grammar) -> list[Mention]:
    """The international body or parliament a sentence names right before or after a meeting noun («قرر مجلس
    الأمن الدولي عقد اجتماع», «طلبت من مجلس الأمن عقد جلسة», «اجتماع طارئ لمجلس الأمن»)."""
    for view in ctx.views:
        if not view.is_word or not view.forms & grammar.meeting_nouns:
            continue
        near = [
            m
            for m in ctx.mentions
            if m.code
            and (m.code.startswith("IGO") or m.code.endswith("LEG"))
            and (0 < view.index - m.end + 1 <= _MEETING_REACH or 0 < m.head_start - view.index <= 1 + _BODY_REACH)
        ]
        if near:
            return near[:1]
    return []


# «إلى اجتماع», «عقد جلسة», and «في جلسة طارئة لمجلس الأمن» (asked of the body in its session); not «على هامش»
_CALLED_BEFORE = frozenset(
    {norm_word("إلى"), norm_word("الى"), norm_word("عقد"), norm_word("بعقد"), norm_word("لعقد"), norm_word("في")}
)


def _meeting_called(views: Sequence[TokenView], position: int, start: int) -> bool:
    """The meeting noun is what is asked for or where the body is asked: right after the appeal, after «إلى»,
    «عقد» or «في», or with «ل»/«ب»."""
    if position == start or views[position].proclitics & {"ل", "ب"}:
        return True
    return views[position - 1].norm in _CALLED_BEFORE or function_core(views[position - 1]) in _CALLED_BEFORE


_INVESTIGATION_CODES = ("0213", "1013")  # appeal for, demand judicial cooperation (an investigation)
_INVESTIGATED_REACH = 6  # words from the appeal to the act investigated («إلى إجراء تحقيق دولي مستقل في»)
_SAME_ACT_SENTENCES = 6  # how far back the same act is looked for


def _targets_of_investigated_acts(ctx: SentenceContext, drafts: Sequence[Draft], earlier: Sequence[Draft]) -> None:
    """«ودعت فرنسا إلى تحقيق دولي في الهجوم الذي شنه النظام», «ودعا الاتحاد الأوروبي إلى تحقيق في مقتل
    الفلسطينيين»: an appeal or demand for an investigation into an act is addressed to the act's agent, named in
    its sentence or, when the act has none there, in the same act (same code, same victims) reported before."""
    views = ctx.views
    for draft in drafts:
        # a finite verb: the subject of a verbal noun of demanding («ومطالبتها») is too often misread
        if draft.targets or not draft.sources or not draft.trigger.is_verb:
            continue
        if not draft.code.startswith(_INVESTIGATION_CODES):
            continue
        own = {_country(s.code) for s in draft.sources if s.code}
        end = _after_subject(draft)  # the subject after the verb does not count toward the reach
        act = next(
            (
                d
                for d in drafts
                if not d.trigger.is_verb
                and end <= d.trigger.head < draft.clause.end
                and sum(1 for v in views[end : d.trigger.head] if v.is_word) <= _INVESTIGATED_REACH
                and all(v.is_word for v in views[end : d.trigger.head])
            ),
            None,
        )
        if act is None or act.code.startswith(_INVESTIGATION_CODES):
            continue
        agents = [s for s in act.sources if s.code and _country(s.code) not in own]
        if not act.sources:
            victims = {_country(t.code) for t in act.targets if t.code}
            for before in reversed(earlier):
                if ctx.index - before.sentence > _SAME_ACT_SENTENCES:
                    break
                if not _same_act_code(before.code, act.code) or not before.sources:
                    continue
                if victims and not victims & {_country(t.code) for t in before.targets if t.code}:
                    continue
                agents = [s for s in before.sources if s.code and _country(s.code) not in own]
                break
        draft.targets = agents


def _authorities_of_undergone(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«أمرت النيابة العامة الفرنسية بفتح تحقيق ... ويواجه رجل الأعمال اتهامات بالفساد», «وخضع الوزير السابق
    للتحقيق»: charges, an investigation or custody undergone by someone, with no agent named, are brought by the
    court or prosecutor (or, for custody and an investigation, the police) the article named before of the same
    country as the one who undergoes them: the latest such actor, in an earlier sentence or before the act in its
    own. Accusations so undergone with a court or prosecutor found are charges (115). A side of another country
    (a foreigner tried abroad) or none found leaves the agent unsaid."""
    for draft in drafts:
        if draft.sources or not draft.unknown_agent or draft.said_unknown or not draft.targets:
            continue
        sectors = _LEGAL_AUTHORITIES.get(draft.code[:3])
        if sectors is None or (draft.code.startswith(_ACCUSATION_ROOT) and draft.trigger.is_verb):
            continue  # «ويتهم X بتقييد الحريات»: a passive accusation is as often his critics' as a court's
        countries = {(t.code or "")[:3] for t in draft.targets}
        if len(countries) != 1 or any(len(t.code or "") <= len("ABC") for t in draft.targets):
            continue  # a whole state accused, or people of several countries
        if any((t.code or "")[3:6] in sectors for t in draft.targets):
            continue  # a court, a prosecutor or a police force that undergoes the act is not brought before itself
        if not all(_one_accused(t) for t in draft.targets):
            continue  # «الجيش الذي يواجه اتهامات بارتكاب انتهاكات», «أنقرة»: a body is accused, not charged
        before = [*ctx.history, *(side_of(ctx.doc, ctx.views, m, ctx.index) for m in ctx.mentions)]
        authority = next(
            (
                side
                for side in reversed(before)
                if side.code
                and side.code[:3] in countries
                and side.code[3:6] in sectors
                and not _defender(side)
                and not _set_off_before(ctx, side, draft.targets)
                and (side.mention is None or side.group[0] < ctx.index or side.mention.end <= draft.trigger.head)
            ),
            None,
        )
        if authority is None:
            continue
        draft.sources = [authority]
        if draft.code.startswith(_ACCUSATION_ROOT) and authority.code and authority.code[3:6] == _COURT:
            draft.code = _CHARGES_CODE


def _role_of(side: Side) -> str | None:
    entity = side.mention.entity if side.mention is not None else None
    return entity.actor.role if entity is not None and entity.actor is not None else None


@cache
def _person_roles() -> frozenset[str]:
    """The roles (data/actors/roles.json) a person or people hold, not a body («minister», «journalist»)."""
    return frozenset(term.role for term in roles().terms.values() if term.kind in ("person", "people"))


def _one_accused(side: Side) -> bool:
    """A person or people, named or by a title («زوما», «الوزير الفرنسي», «سبعة أشخاص»), not a body or a state
    («الجيش», «السلطات», «أنقرة»)."""
    mention = side.mention
    if mention is None or not side.code:
        return False
    if mention.entity is None:
        return side.code[3:6] not in _STATE_ORGANS
    return mention.entity.label == "PERS" or _role_of(side) in _person_roles()


def _defender(side: Side) -> bool:
    """A defendant's lawyer (coded JUD: «محاميه», a named lawyer) brings no charges."""
    if _role_of(side) == _LAWYER:
        return True
    return side.mention is not None and side.mention.entity is None and _LAWYER_STEM in normalize(side.text or "")


def _set_off_before(ctx: SentenceContext, side: Side, targets: Sequence[Side]) -> bool:
    """«ضابط الأمن، فلان، اعتقل»: a title set off by a comma right before the one who undergoes the act is his own."""
    if side.mention is None or side.group[0] != ctx.index:
        return False
    return any(
        t.mention is not None
        and side.mention.end <= t.mention.head_start
        and not any(v.is_word for v in ctx.views[side.mention.end : t.mention.head_start])
        for t in targets
    )


_LAWYER = "lawyer"
_LAWYER_STEM = "محام"
_COURT = "JUD"
_ACCUSATION_ROOT = "112"
_CHARGES_CODE = "115"
# the organs that bring charges (115), accusations that turn out to be charges (112), custody (173) and
# investigations (09x) on someone
_LEGAL_AUTHORITIES: dict[str, frozenset[str]] = {
    "115": frozenset({_COURT}),
    "112": frozenset({_COURT}),
    "173": frozenset({_COURT, "COP"}),
    "090": frozenset({_COURT, "COP"}),
    "091": frozenset({_COURT, "COP"}),
}


# a killing named as repression where it is reported (175) and as a killing where it is named again («مقتل»: 1823)
_KILLING_CODES = frozenset({"175", "1823"})


def _same_act_code(first: str, second: str) -> bool:
    return first == second or (first in _KILLING_CODES and second in _KILLING_CODES)


_VIOLENT_ROOTS = ("18", "19", "20")
_ATTACKED_WITH = (norm_word("على"), norm_word("ضد"))
_PLACED_REACH = 2  # words between a place noun and «في» («مواقع عسكرية في», «أهدافا إيرانية مهمة في»)


def _targets_of_placed_objects(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """«قصفت قواته 25 موقعا في غزة», «عقب استهداف إسرائيل مواقع في سوريا»: places struck (a place noun as the
    object, its number before it) that are named only by where they are belong to the country of that place."""
    grammar = default_grammar()
    views = ctx.views
    places = {m.head_start: m for m in ctx.mentions if m.governor == "في" and m.code and _placed_in(m)}
    # a country adjective («إيرانية»), not a place after a preposition («داخل سوريا»)
    owners = {
        m.head_start: m
        for m in ctx.mentions
        if m.entity is not None
        and m.code
        and m.head_start == m.start
        and m.governor in (None, "gen")
        and not views[m.head_start].proclitics & {"ب", "ل"}
        and (m.head_start == 0 or views[m.head_start - 1].norm not in grammar.prepositions)
    }
    for draft in drafts:
        if draft.targets or not draft.sources or not draft.code.startswith(_VIOLENT_ROOTS):
            continue
        preps = draft.predicate.target_preps
        if preps and not {"-", *_ATTACKED_WITH} & set(preps):
            continue  # «تحرير مواقع في ... من المتمردين»: the places are freed, the target is after «من»
        # an agent of the clause itself, not one read from outside it («قال الجيش إن الصواريخ التي استهدفت»)
        if not all(s.mention is not None and s.mention.start >= draft.clause.start for s in draft.sources):
            continue
        # unnamed people or a place as agent («أشخاص», «مدنيين», «فيضانات ضربت مناطق في البلاد») are more often
        # victims or a misread subject than who struck
        if any(
            s.mention is not None and ((s.mention.generic and _victim_like(s.code)) or _is_place(s.mention))
            for s in draft.sources
        ):
            continue
        position = _after_subject(draft)
        # «غارات جوية على مواقع في سوريا», «غارات ضد عشرات الأهداف الإيرانية»: the object may come after «على» or
        # «ضد», across one adjective of the act
        if (
            not draft.trigger.is_verb
            and position + 1 < len(views)
            and function_core(views[position + 1]) in _ATTACKED_WITH
            and views[position].is_word
        ):
            position += 1
        if position < len(views) and function_core(views[position]) in _ATTACKED_WITH:
            position += 1
        while position < len(views) and (
            views[position].token.kind == "number" or views[position].forms & grammar.quantifiers
        ):
            position += 1
        if position + 1 >= len(views) or not views[position].forms & grammar.construct_nouns:
            continue
        noun, following = views[position], views[position + 1]
        if pronoun_after_preposition(following.norm, ("ل",)) is not None or (
            # «مواقع الأكراد في العراق»: a genitive names an owner the coder has no actor for
            following.is_word
            and "ال" in following.token.prefixes
            and "ال" not in noun.token.prefixes
            and position + 1 not in owners
        ):
            continue  # «مواقع لهم في ...»: the places are someone's
        for reach in range(position + 1, min(len(views), position + 2 + _PLACED_REACH)):
            view = views[reach]
            if not view.is_word or reach in ctx.verb_heads:
                break
            owner = owners.get(reach)
            if owner is not None:
                # «الأهداف الإيرانية في سوريا»: a country adjective of the places names their owner
                draft.targets = ctx.sides([owner])
                break
            if function_core(view) == "في":
                place = places.get(reach + 1)
                if place is not None:
                    draft.targets = ctx.sides([place])
                break


def _after_subject(draft: Draft) -> int:
    """The token after the predicate and the subject written after it («قصفت الطائرات الروسية ...»)."""
    end = draft.trigger.span[1]
    return max([end] + [s.mention.end for s in draft.sources if s.mention is not None and s.mention.start >= end])


def _victim_like(code: str | None) -> bool:
    return code is None or len(code) == 3 or code.endswith("CVL")


def _placed_in(mention: Mention) -> bool:
    """A place named after «في»: a place entity or a generic place of a country."""
    if mention.generic:
        return mention.code is not None and len(mention.code) == 3
    return mention.entity is not None and mention.entity.label == "LOC"


def _adjacent_act(ctx: SentenceContext, draft: Draft, drafts: Sequence[Draft]) -> Draft | None:
    """The verbal noun a judging predicate governs: right after it, at most a few words between, no punctuation."""
    end = draft.trigger.span[1]
    for other in drafts:
        head = other.trigger.head
        if other is draft or other.trigger.is_verb or head < end:
            continue
        # «رفضت السعودية "التهديدات"»: quotation marks around the act are no break
        between = [v for v in ctx.views[end:head] if v.token.text not in _QUOTE_MARKS]
        if any(not v.is_word for v in between) or sum(1 for v in between if v.is_word) > _JUDGED_REACH:
            return None
        return other
    return None


# roots whose object can be the act of the clause before: criticism, rejection, praise and denial
_REFERRING_ROOTS = (*_JUDGING_ROOTS, "016")


def _judges_act_noun(views: Sequence[TokenView], trigger: Trigger, predicate: Predicate, grammar: Grammar) -> bool:
    """«في خطوة نددت بها إيران»: a judging verb right after a noun for a step, its pronoun on the preposition
    right after it."""
    head, end = trigger.head, trigger.end
    return (
        trigger.is_verb
        and predicate.cameo.startswith(_REFERRING_ROOTS)
        and head > 0
        and end < len(views)
        and bool(views[head - 1].forms & grammar.act_nouns)
        and pronoun_with_preposition(views[end])
    )


def _foreign_agents_before(draft: Draft, before: Sequence[Draft], own: set[str], sentences_back: int) -> list[Side]:
    """The agents from a country not in `own` of the nearest act before `draft` (read as active: a passive reading
    is too often a misread one), looking back at most `sentences_back` sentences."""
    for other in reversed(before):
        if draft.sentence - other.sentence > sentences_back:
            break
        if not (other.trigger.passive or other.predicate.passive):
            found = [s for s in other.sources if s.code and _country(s.code) not in own]
            if found:
                return found
    return []


def _first_foreign_actors(ctx: SentenceContext, draft: Draft, own: set[str]) -> list[Side]:
    """The first actor named (not a place) before the trigger from a country not in `own`, with the actors
    coordinated with it («رابطة آسيان والاتحاد الأفريقي»); none when there is no such actor."""
    for mention in ctx.mentions:
        if mention.end > draft.trigger.head:
            break
        if mention.code and mention.is_bare and not _is_place(mention) and _country(mention.code) not in own:
            group = [
                m
                for m in ctx.mentions
                if m.group == mention.group and m.code and m.end <= draft.trigger.head and _country(m.code) not in own
            ]
            return [side_of(ctx.doc, ctx.views, m, ctx.index) for m in group]
    return []


_CALLING_ROOTS = ("02", "10")  # appeals and demands: their callers are read even with no one called on


def _targets_from_previous_clause(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """The target of a judgement on the clause before («وهو ما نفته الرياض»): the agent of the nearest earlier
    act in the sentence from another country (an act read with both its participants: a passive or an object-less
    reading is too often a misread passive; an appeal or demand needs no one called on: «دعا X و Y إلى تحقيق ...،
    وهو ما رفضته Z» rejects both callers), else the sentence's first actor from another country."""
    for draft in drafts:
        if not draft.judges_previous or draft.targets:
            continue
        own = {_country(s.code) for s in draft.sources if s.code}
        earlier = [
            d
            for d in drafts
            if d.trigger.head < draft.trigger.head
            and (d.targets or d.code.startswith(_CALLING_ROOTS))
            and not (d.trigger.passive or d.predicate.passive)
        ]
        for other in reversed(earlier):
            found = [s for s in other.sources if s.code and _country(s.code) not in own]
            if found:
                draft.targets = found
                break
        if draft.targets:
            continue
        draft.targets = _first_foreign_actors(ctx, draft, own)


def _widen(clause: Clause, views: Sequence[TokenView]) -> Clause:
    """A governing predicate may reach across «أن» to its event («تعهد بأن يساعد»)."""
    end = clause.end
    for index in range(clause.end, len(views)):
        if views[index].norm in (".", "؟", "!", "؛", ";"):
            break
        end = index + 1
    return Clause(clause.start, end, clause.relative)


def _roles_for(ctx: SentenceContext, trigger: Trigger, predicate: Predicate, clause: Clause) -> Roles:
    grammar = default_grammar()
    if trigger.is_verb or predicate.verbal:
        adjuncts = [t.head for t in ctx.triggers if not t.is_verb and _in_adjunct(ctx.views, t.head, grammar)]
        roles = verb_roles(ctx.views, trigger, predicate, clause, ctx.mentions, ctx.verb_heads, grammar, adjuncts)
        if trigger.is_verb and predicate.cameo.startswith(SPEECH_ROOTS):
            speech = [t.head for t in ctx.triggers if t.predicate.cameo.startswith(SPEECH_ROOTS)]
            reporter = reporter_after_report(ctx.views, trigger, roles, clause, ctx.mentions, speech, grammar)
            if reporter:
                reporter_starts = {m.start for m in reporter}
                roles.sources, roles.source_how = reporter, "reporter"
                roles.targets = [m for m in roles.targets if m.start not in reporter_starts]
        if predicate.verbal and _detached_pronoun(ctx.views, trigger) is not None:
            # «، متهمة إياهم بـ»: the participle's subject is the main clause's, its object the pronoun
            roles.sources, roles.targets, roles.source_how = [], [], ""
        elif predicate.verbal and roles.source_how == "verb-subject":
            # a participle has no subject of its own: what follows it is its object
            roles.targets, roles.sources, roles.source_how = roles.targets or roles.sources, [], ""
        elif predicate.verbal and (
            (roles.source_how == "subject-verb" and trigger.head != clause.start) or roles.source_how in ("", "noun")
        ):
            # nor is an actor just before it its subject: that is an object of the main clause; a bare phrase
            # right after it is its own object («، داعيا إسرائيل إلى»)
            roles.sources, roles.source_how = [], ""
            if not roles.targets:
                roles.targets = targets_after(
                    ctx.views, trigger.end, clause, ctx.mentions, ["-"], [], ctx.verb_heads, allow_bare=True
                )
    else:
        roles = noun_roles(ctx.views, trigger, predicate, clause, ctx.mentions, ctx.verb_heads, grammar)
    if predicate.passive:
        roles.targets, roles.sources, roles.target_how = roles.sources, [], roles.source_how
        if trigger.obj is not None:
            # «لقي X مصرعه»: the one killed is named before the fixed object, never after it
            roles.targets = [m for m in roles.targets if m.start < trigger.obj[0]]
        # «لقي الجنديان مصرعهما برصاص المتمردين»: the agent phrase after the fixed object names who did it
        end = max([trigger.span[1], *(m.end for m in roles.targets)])
        agent = agent_after(ctx.views, end, clause, ctx.mentions, grammar)
        if agent:
            # the agent's phrase is never the patient, even when the subject search ran on into it
            starts = {m.start for m in agent}
            roles.targets = [m for m in roles.targets if m.start not in starts]
            roles.sources, roles.source_how = agent, "agent"
    return roles


def _in_adjunct(views: Sequence[TokenView], head: int, grammar: Grammar) -> bool:
    """«في غارة», «خلال زيارته», «عقب اجتماع»: a verbal noun in an adverbial phrase."""
    previous = next((v for v in reversed(views[:head]) if v.is_word), None)
    return previous is not None and (previous.norm == "في" or bool(previous.forms & grammar.adjunct_openers))


def _relative_support_subject(
    ctx: SentenceContext, trigger: Trigger, grammar: Grammar
) -> tuple[list[Mention], list[Mention]]:
    """«الغارات التي شنتها واشنطن»: the subject of a supporting verb in a relative clause after the noun, and the
    target the clause names right after that subject with one of the noun's target prepositions of acts done
    against someone («العقوبات التي فرضتها X على Y», «المعارك التي خاضها الجيش ضد المسلحين»)."""
    views = ctx.views
    if trigger.split.enclitic:
        return [], []  # «تأييدها الخطوات التي أعلنها»: the pronoun is the agent; the relative clause is the object's
    words = [v for v in views[trigger.span[1] : trigger.span[1] + 6] if v.is_word][:4]
    for index, view in enumerate(words):
        if is_relative(view, grammar) and index + 1 < len(words):
            verb = words[index + 1]
            if any(grammar.lend.get(split.core) == "none" for split in verb.splits):
                clause = clause_around(views, verb.index, grammar)
                group, how = verb_subject(views, verb.index, verb.index + 1, clause, ctx.mentions, ctx.verb_heads)
                if how != "verb-subject" or not group:
                    return [], []
                if function_core(verb) in grammar.passive_markers:
                    return group, []  # «الذي تم التوصل إليه برعاية X»: an impersonal verb names no one acted on
                allowed = _AGAINST_PREPS | (_GIVEN_TO if trigger.predicate.cameo.startswith(_GIVING_ROOTS) else set())
                preps = [p for p in trigger.predicate.target_preps or DEFAULT_TARGET_PREPS if p in allowed]
                return group, _relative_clause_target(ctx, group, clause, preps)
            return [], []
    return [], []


# the prepositions of acts done against someone, and of support, cooperation and aid given to someone («المساندة
# التي تقدمها X للجيش»); otherwise «مع», «إلى», «ل» more often name a partner or a destination whose side of the act
# the noun does not say («صفقة الأسلحة التي عقدتها X مع Y», «الزيارة التي قام بها الرئيس إلى X» may be planned)
_AGAINST_PREPS = frozenset({"علي", "ضد", "بحق"})
_GIVEN_TO = frozenset({"ل", "الي"})
_GIVING_ROOTS = ("05", "06", "07")
_RELATIVE_TARGET_GAP = 2  # words (a date, an adverb) between the relative clause's subject and the preposition


def _relative_clause_target(
    ctx: SentenceContext, subject: Sequence[Mention], clause: Clause, preps: Sequence[str]
) -> list[Mention]:
    """The actor right after a relative clause's subject, behind one of the act noun's target prepositions."""
    end = max(m.end for m in subject)
    for mention in ctx.mentions:
        if mention.start < end or mention.end > clause.end or not mention.code or mention.governor not in preps:
            continue
        gap = [v for v in ctx.views[end : mention.start] if v.is_word and not v.in_timex]
        if len(gap) > _RELATIVE_TARGET_GAP + 1 or any(v.index in ctx.verb_heads for v in gap):
            return []
        return [m for m in ctx.mentions if m.group == mention.group and m.code]
    return []


@cache
def _placing_verbs() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["placing_verbs"]["words"])


def _placing_core(core: str) -> bool:
    """«زرع», «أطلقت» (the feminine «ت» written before the object pronoun), «زرعو»."""
    verbs = _placing_verbs()
    return bare(core) in verbs or (core.endswith(("ت", "و")) and bare(core[:-1]) in verbs)


_MEANS_REACH = 4  # «انفجار ألغام أرضية تركها», «انفجار عبوة ناسفة تم زرعها»


def _means_placed_by(ctx: SentenceContext, trigger: Trigger) -> list[Mention]:
    """«انفجار لغم زرعه مسلحو X», «سقوط قذيفة أطلقتها الفصائل»: a violent act noun whose means is
    described right after it by a verb of placing or firing (grammar `placing_verbs`) carrying the means as an
    object pronoun: the actor right after that verb set the act off. Only an actor written at once after the verb,
    with no preposition; the verb may follow «التي/الذي»."""
    views = ctx.views
    words = [v for v in views[trigger.span[1] : trigger.span[1] + _MEANS_REACH + 2] if v.is_word][: _MEANS_REACH + 1]
    for view in words:
        if view.index in ctx.verb_heads:
            return []
        token = view.token
        if not set(token.suffixes) & _OBJECT_PRONOUNS or token.prefixes not in ((), ("و",)):
            continue
        if not any(_placing_core(split.core) for split in view.splits):
            continue
        after = view.index + 1
        first = next(
            (m for m in ctx.mentions if min(m.start, m.head_start) == after and m.code and m.governor is None), None
        )
        return [m for m in ctx.mentions if first is not None and m.group == first.group]
    return []


_DONE_BY = frozenset({"بها", "به", "بهما"})
_DONE_BY_REACH = 5


def _done_by_subject(ctx: SentenceContext, trigger: Trigger, grammar: Grammar) -> list[Mention]:
    """«زيارة إلى كوبا قام بها الرئيس»: the subject of a supporting verb that takes the noun back with «بها»."""
    views = ctx.views
    if trigger.split.enclitic or trigger.is_verb:
        return []
    words: list[TokenView] = []
    for view in views[trigger.span[1] :]:
        if not view.is_word:
            if view.token.text in "،,.؛;:!؟":
                break
            continue
        words.append(view)
        if len(words) > _DONE_BY_REACH + 1:
            break
    for index, view in enumerate(words[:-1]):
        if view.index in ctx.verb_heads:
            return []
        if words[index + 1].norm in _DONE_BY and any(grammar.lend.get(s.core) == "none" for s in view.splits[:1]):
            # the subject follows «بها» («قام بها الرئيس»); one before the verb is the main clause's
            after = words[index + 1].index + 1
            first = next((m for m in ctx.mentions if m.start == after and m.code and m.governor is None), None)
            return [m for m in ctx.mentions if first is not None and m.group == first.group]
    return []


_CUSTODY_CODES = ("173", "174")
_PLACE_REACH = 5


def _place_authority(
    ctx: SentenceContext, trigger: Trigger, clause: Clause, patients: Sequence[Side] = ()
) -> list[Side]:
    """«اعتقل في إستونيا», «اعتقال صحفي في إيران»: an arrest or deportation with no agent is done by the police
    of the country it happens in (the place counted from the end of the patient written after the verb: «اعتقل
    الصحفي ... فلان الفلاني في X»)."""
    after = max([trigger.span[1], *(s.mention.end for s in patients if s.mention is not None)])
    for mention in ctx.mentions:
        if mention.head_start < trigger.span[1] or mention.start >= clause.end:
            continue
        if sum(1 for v in ctx.views[after : mention.head_start] if v.is_word) > _PLACE_REACH:
            return []
        if mention.governor == "في" and mention.label == "LOC" and mention.code and mention.anaphor is None:
            side = ctx.sides([mention])[0]
            side.code = f"{mention.code[:3]}COP"
            return [side]
    return []


_PLACE_BEFORE_REACH = 3  # words between «في X» (and its comma) and the arrest it sets


def _place_authority_before(ctx: SentenceContext, trigger: Trigger, grammar: Grammar) -> list[Side]:
    """«وفي فرنسا، اعتقل ثلاثة أشخاص», «وفي تركيا تم توقيف»: a place set before an agentless arrest or deportation
    told by a verb (a verbal noun may name its agent after it: «في صنعاء مع اعتقال ميليشيا X»), with no verb between,
    is where it happens, so its police do it."""
    passive_marker = trigger.head > 0 and function_core(ctx.views[trigger.head - 1]) in grammar.passive_markers
    if not trigger.is_verb and not passive_marker:
        return []
    before = [m for m in ctx.mentions if m.end <= trigger.head]
    if not before:
        return []
    place = max(before, key=lambda m: m.end)
    between = ctx.views[place.end : trigger.head]
    if any(v.index in ctx.verb_heads for v in between) or sum(1 for v in between if v.is_word) > _PLACE_BEFORE_REACH:
        return []
    # «وفي فرنسا»: the preposition may carry the conjunction
    in_place = place.governor == "في" or (place.head_start > 0 and ctx.views[place.head_start - 1].norm == "وفي")
    if not in_place or place.label != "LOC" or not place.code or place.anaphor is not None:
        return []
    side = ctx.sides([place])[0]
    side.code = f"{place.code[:3]}COP"
    return [side]


_EXPULSION_CODE = "174"
_DEPARTURE_SECTORS = {"174": "COP", "161": "GOV"}  # a deportation by the police, diplomats sent away by the state


def _departure_authority(
    ctx: SentenceContext, trigger: Trigger, predicate: Predicate, clause: Clause, patients: Sequence[Side]
) -> list[Side]:
    """«تم ترحيل المهاجرين من ألمانيا», «طرد دبلوماسيين روس من بريطانيا»: a deportation or expulsion with no agent
    is done by the state of the country the one sent away is sent from (a country's own name after «من», counted
    from the end of the patient written after the act as in `_place_authority`; not a town, which the one who
    drives people out of it need not hold, nor a country adjective or its people, «عدد من السوريين»). Never for
    armed men driven out («طرد داعش من العراق»: fighting, by whoever fights them), nor for a verb with its object
    pronoun, whose subject follows («الذين طردهم الملوك من إسبانيا»)."""
    sector = _DEPARTURE_SECTORS.get(predicate.cameo[:3])
    if sector is None or not any(h.predicate.cameo.startswith(_EXPULSION_CODE) for h, _ in trigger.senses):
        return []
    if trigger.is_verb and trigger.split.enclitic:
        return []
    if any(_armed(s.code) for s in patients):
        return []
    after = max([trigger.span[1], *(s.mention.end for s in patients if s.mention is not None)])
    owned = _owned_country_after(ctx, after, clause)
    for mention in ctx.mentions:
        if mention.head_start < after or mention.start >= clause.end:
            continue
        if owned is not None and mention.head_start > owned:
            break
        if sum(1 for v in ctx.views[after : mention.head_start] if v.is_word) > _PLACE_REACH:
            return []
        if mention.governor != "من" or mention.label != "LOC" or not mention.code or mention.anaphor is not None:
            continue
        if mention.entity is None or knowledge_base().find_country(mention.entity.text) is None:
            return []
        if any(_country(s.code or "") == mention.code[:3] for s in patients):
            return []
        side = ctx.sides([mention])[0]
        side.code = f"{mention.code[:3]}{sector}"
        return [side]
    return _owned_country_departure(ctx, patients, sector) if owned is not None else []


def _owned_country_after(ctx: SentenceContext, after: int, clause: Clause) -> int | None:
    """The position of «بلاده», «أراضيها» (grammar `own_country_words` `owned`) right after «من», within the reach
    of a named country after the one sent away."""
    grammar = default_grammar()
    words = [v for v in ctx.views[after : clause.end] if v.is_word][: _PLACE_REACH + 1]
    for before, view in pairwise(words):
        if view.norm in grammar.owned_country_words and before.norm == "من":
            return view.index
    return None


def _owned_country_departure(ctx: SentenceContext, patients: Sequence[Side], sector: str) -> list[Side]:
    """«وفي إشارة إلى طرد دبلوماسيين روس من بلادهم، قال الزعماء», «قال الوزير إن ترحيل المهاجرين من بلاده ...»:
    the country after «من» is the own country of a possessive pronoun («بلاده», «أراضيها»; grammar
    `own_country_words` `owned`), within the same reach as a named one, so the one sent away leaves the country of
    the speaker named in the sentence (before the act or after it), whose state does it. The speaker's phrase,
    a group word among them («الزعماء»: the states named before), gives the countries; a speaker of the patient's
    own country («ترحيل مواطنيه من بلاده») or of no state is none."""
    speakers = _sentence_speakers(ctx)
    if not speakers:
        return []
    patient_countries = {_country(s.code or "") for s in patients}
    out: list[Side] = []
    for side in speakers:
        code = side.code or ""
        if _country(code) in patient_countries or not code[:3].isalpha() or code.startswith(_NON_STATE_PREFIXES):
            return []  # «ترحيل مواطنيه من بلاده», a speaker of no state («قال الأمين العام إن ... من بلاده»)
        if any(o.code == f"{code[:3]}{sector}" for o in out):
            continue
        out.append(replace(side, code=f"{code[:3]}{sector}"))
    return out


def _sentence_speakers(ctx: SentenceContext) -> list[Side]:
    """The speaker of the one quotation whose verb of saying stands in the sentence, as participants: the group of
    the actor phrase written at the speaker (a group word resolved to the actors it stands for), else the
    speaker's own code."""
    first, last = ctx.views[0].token.start, ctx.views[-1].token.end
    quotes = [q for q in ctx.doc.quotes if q.cue is not None and first <= q.cue.start and q.cue.end <= last]
    speakers = {
        (q.speaker.start, q.speaker.end)
        for q in quotes
        if q.speaker is not None and q.speaker.start is not None and q.speaker.end is not None
    }
    if len(speakers) != 1:
        return []
    start, end = next(iter(speakers))
    for mention in ctx.mentions:
        if ctx.views[mention.head_start].token.start < end and start < ctx.views[mention.end - 1].token.end:
            if mention.code is None and mention.anaphor is None:
                return []
            group = [m for m in ctx.mentions if m.group == mention.group and (m.code or m.anaphor is not None)]
            return ctx.sides(group)
    side = speaker_side(quotes[0], plural=True)
    return [side] if side is not None else []


_PATIENT_GAP = 1  # words between an arrest and the one arrested written after it («اعتقل أمس ثلاثة أشخاص»)


def _patient_right_after(ctx: SentenceContext, trigger: Trigger, targets: Sequence[Side]) -> bool:
    """The one arrested or deported is written right after the act («اعتقل ثلاثة أشخاص», «تم ترحيل المهاجرين»),
    so the act is told of them in its own clause, not read back to an actor before it."""
    heads = [t.mention.head_start for t in targets if t.mention is not None]
    if not heads or min(heads) < trigger.span[1]:
        return False
    return sum(1 for v in ctx.views[trigger.span[1] : min(heads)] if v.is_word) <= _PATIENT_GAP


def _earlier_custody(ctx: SentenceContext, trigger: Trigger, earlier: Sequence[Draft]) -> Draft | None:
    """The arrest or deportation told earlier in the sentence, by the police of a place, that an agentless one
    coordinated after it continues («اعتقل في X عام 2012 وتم ترحيله»)."""
    previous = next((d for d in reversed(earlier) if d.sentence == ctx.index and d.trigger.head < trigger.head), None)
    if previous is None or previous.code[:3] not in _CUSTODY_CODES or not previous.sources:
        return None
    if not all((s.code or "").endswith("COP") for s in previous.sources):
        return None
    coordinated = any(
        "و" in v.proclitics or v.norm in ("ثم", "وثم") for v in ctx.views[previous.trigger.span[1] : trigger.head + 1]
    )
    return previous if coordinated else None


def _same_codes(first: Sequence[Side], second: Sequence[Side]) -> bool:
    return bool(first) and {s.code for s in first} == {s.code for s in second}


_POPULATION_CODES = ("1723", "1724", "0813", "0814")
_SANCTION_ROOT = "16"
_ORIGIN_REACH = 8  # words between the predicate and the adjective of import («الرسوم على الألمنيوم والفولاذ ...»)


@cache
def _import_words() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["import_origin"]["words"])


def _import_origin(ctx: SentenceContext, trigger: Trigger, clause: Clause) -> list[Mention]:
    """The country after «من» right after an adjective of import following the predicate in its clause."""
    words = [v for v in ctx.views[trigger.span[1] : clause.end] if v.is_word][:_ORIGIN_REACH]
    for index, view in enumerate(words[:-1]):
        if view.norm in _import_words() and words[index + 1].norm == "من":
            origin = words[index + 1].index + 1
            found = [m for m in ctx.mentions if m.head_start == origin and m.code and m.governor == "من"]
            return [m for m in ctx.mentions if found and m.group == found[0].group and m.code]
    return []


_PROVOKER_REACH = 14  # words after an announced reply where the act it answers or its condition is looked for
_PROVOKER_NEAR = 5  # words after «على» or the conditional word where that act's actor is named


def _provoked(ctx: SentenceContext, trigger: Trigger, sources: Sequence[Side]) -> list[Side]:
    """«سترد على أي عقوبات أمريكية», «سترد إذا أوقفت الولايات المتحدة ...»: whoever would provoke the reply, not the
    replier's own country."""
    own = {(s.code or "")[:3] for s in sources}
    # (a body's own region: «الشركات الأوروبية» are the European Union's own, not what it answers)
    own |= {(s.code or "")[3:6] for s in sources if (s.code or "").startswith("IGO")}
    return [t for t in ctx.sides(_reply_provoker(ctx, trigger)) if (t.code or "")[:3] not in own]


def _reply_provoker(ctx: SentenceContext, trigger: Trigger) -> list[Mention]:
    """The actor a reply is announced against: the owner of the act after «على» («سترد على أي عقوبات أمريكية»,
    «على قرار ترامب») or the subject of the condition, after the verb or before it in its sentence («سترد إذا أوقفت
    الولايات المتحدة مبيعات السلاح», «في حال تخطت دمشق الخط الأحمر», «إذا ثبت أن روسيا وراء ... فسترد بريطانيا»),
    named within a few words; not a place after «في» nor the speaker's own forces («قواتها»)."""
    views, grammar = ctx.views, default_grammar()
    words = [v for v in views[trigger.head + 1 :] if v.is_word or v.token.text in (".", "؟", "!")][:_PROVOKER_REACH]
    seen: set[str] = set()
    for index, view in enumerate(words):
        if not view.is_word:
            break
        kind = "على" if view.norm == "علي" and not view.token.suffixes else ""
        if _opens_reply_condition(views, view, grammar):
            kind = "if"
        if not kind or kind in seen:
            continue  # (a second «على» names what the act answered would hit: «على أي اعتداء على قواتها»)
        seen.add(kind)
        found = _provoking_actor(ctx, words[index + 1 : index + 1 + _PROVOKER_NEAR])
        if found:
            return found
    before = [v for v in views[: trigger.head] if v.is_word or v.token.text in (".", "؟", "!")][-_PROVOKER_REACH:]
    for index in range(len(before) - 1, -1, -1):
        if not before[index].is_word:
            break
        if _opens_reply_condition(views, before[index], grammar):
            return _provoking_actor(ctx, before[index + 1 : index + 1 + _PROVOKER_NEAR])
    return []


def _opens_reply_condition(views: Sequence[TokenView], view: TokenView, grammar: Grammar) -> bool:
    """«إذا», «لو», «في حال(ة)»: a condition opens at this word."""
    return conditional_word(views, view, grammar) or (
        view.norm in ("حال", "حاله") and view.index > 0 and views[view.index - 1].norm == "في"
    )


def _provoking_actor(ctx: SentenceContext, words: Sequence[TokenView]) -> list[Mention]:
    near = {w.index for w in words}
    found = [
        m
        for m in ctx.mentions
        if m.head_start in near
        and m.code
        and m.governor != "في"
        and not m.locator
        and m.anaphor is None
        and not ctx.views[m.head_start].token.suffixes  # «قواتها»: the speaker's own
    ]
    if not found:
        return []
    first = min(found, key=lambda m: m.head_start)
    return [m for m in ctx.mentions if m.group == first.group and m.code]


def _restricted_population(ctx: SentenceContext, trigger: Trigger, clause: Clause, sources: list[Side]) -> list[Side]:
    """«أعلنت الحكومة حالة الطوارئ في طرابلس», «فرضت السلطات حظر التجول»: a curfew or a state of emergency (and
    its lifting) falls on the people of the place it is imposed in, else of the country whose authorities impose it."""
    for mention in ctx.mentions:
        if mention.head_start < trigger.span[1] or mention.start >= clause.end:
            continue
        if sum(1 for v in ctx.views[trigger.span[1] : mention.head_start] if v.is_word) > _PLACE_REACH:
            break
        if mention.governor == "في" and mention.label == "LOC" and mention.code and mention.anaphor is None:
            side = ctx.sides([mention])[0]
            side.code = mention.code[:3]
            return [side]
    country = next((s.code[:3] for s in sources if s.code and s.code[:3].isalpha() and len(s.code) >= 3), None)
    if country is None or country.startswith(("IGO", "NGO", "IMG")):
        return []
    return [Side(country, None, None)]


_ACT_PLACE_REACH = 6  # words from the act to the place it is done in («مقاطعة مؤتمر اقتصادي كبير في الرياض»)


@cache
def _placed_targets() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], dict[str, frozenset[str]]]:
    data = load_json("events", "grammar.json")["placed_targets"]
    events = frozenset(bare(norm_word(w)) for w in data["hosted_events"])
    objects = {code: frozenset(bare(norm_word(w)) for w in words) for code, words in data["people_objects"].items()}
    return tuple(data["people"]), tuple(data["host_government"]), events, objects


def _placed_target(
    ctx: SentenceContext, trigger: Trigger, clause: Clause, cameo: str, sources: Sequence[Side]
) -> list[Side]:
    """«خطط لبناء وحدات استيطانية في الضفة الغربية», «هدمت السلطات منازل في القدس الشرقية», «قاطعت كندا مؤتمرا
    في الرياض»: settlements built or homes demolished in a place with no one named as acted on fall on the place's
    people (its country code), a boycotted conference, summit or election held there on its host state's government
    (grammar `placed_targets`; the gold's convention). The place is the first one after «في»/«ب» within a few words
    of the act in its clause; a host state that is the boycotter's own government is no target."""
    people, host, hosted, objects = _placed_targets()
    hosting = cameo.startswith(host)
    if not (cameo.startswith(people) or hosting):
        return []
    needed = objects.get(cameo)
    if needed and not any(bare(v.norm) in needed for v in ctx.views[trigger.span[0] : trigger.span[1]]):
        return []  # «الاحتلال في لبنان»: occupation as such is no act on the place's people
    named_event = False
    words = 0
    views = ctx.views
    end = clause.end
    if end < len(views) and views[end].norm in default_grammar().relative_pronouns:
        end = len(views)  # «مؤتمر الاستثمار الذي يعقد في الرياض»: the relative clause says where it is held
    in_mentions = {i for m in ctx.mentions for i in range(m.head_start, m.end)}
    for view in views[trigger.span[1] : end]:
        if not view.is_word:
            if view.token.text in "،,.؛:":
                return []  # the place of another clause or an aside
            continue
        place = next((m for m in ctx.mentions if m.head_start == view.index), None)
        if place is not None and place.governor in ("في", "ب") and place.label == "LOC":
            if place.code is None or place.anaphor is not None or not place.code[:3].isalpha():
                return []
            if hosting and not named_event:
                return []
            side = ctx.sides([place])[0]
            side.code = place.code[:3] + "GOV" if hosting else place.code[:3]
            if side.code in {s.code for s in sources}:
                return []
            return [side]
        if view.index in in_mentions or view.in_timex or view.norm in ("في", "ب"):
            continue  # the act's subject and date («وهدمت السلطات الإسرائيلية صباح اليوم منازل في»)
        if end > clause.end and view.index > clause.end + 1 and view.index in ctx.verb_heads:
            return []  # past the relative clause's own verb: another act
        words += 1
        if words > _ACT_PLACE_REACH:
            return []
        named_event = named_event or bool({bare(view.norm), bare(view.token.stem)} & hosted)
    return []


def _bare_capital(
    ctx: SentenceContext, trigger: Trigger, clause: Clause, code: str, sources: Sequence[Side]
) -> list[Side]:
    """«الحوثيين الذين سيطروا على العاصمة», «تقصف العاصمة»: a force act whose object is the capital with no name or
    adjective after it (`arguments.bare_capital_object`) falls on the capital's country, as a named capital is
    coded by its country; that country is the one of its domestic challenger (rebels, insurgents, an armed
    opposition, grammar `bare_capitals`: one country among the sources, every source of those sectors; a state's
    forces may be foreign)."""
    roots, sectors = capital_acts()
    if not code.startswith(roots):
        return []
    countries = {
        s.code[:3]
        for s in sources
        if s.code and len(s.code) >= 6 and s.code[:3].isalpha() and not s.code.startswith(_NON_STATE_PREFIXES)
    }
    if len(countries) != 1 or not all(s.code and s.code[3:6] in sectors for s in sources):
        return []
    index = bare_capital_object(ctx.views, trigger.span[1], clause.end, ctx.mentions)
    if index < 0:
        return []
    token = ctx.views[index].token
    return [Side(countries.pop(), None, token.text, token.start, token.end)]


@cache
def _retreat_before() -> tuple[tuple[str, ...], str, frozenset[str], int]:
    data = load_json("events", "grammar.json")["retreat_before"]
    pushes = frozenset(norm_word(w) for w in data["pushes"])
    return tuple(data["codes"]), norm_word(data["word"]), pushes, int(data["reach"])


def _yielded_to(ctx: SentenceContext, trigger: Trigger, code: str, sources: Sequence[Side]) -> list[Side]:
    """«انسحابها من مناطق الساحل وتقهقرها أمام المقاومة», «انسحبوا من المدينة أمام تقدم الجيش»: a military retreat
    «أمام X» yields to X, its target (grammar `retreat_before`), not to the place it leaves. X is the actor right
    after «أمام» or after a noun of its push; one of the retreating side's own codes is no target."""
    codes, word, pushes, reach = _retreat_before()
    if not code.startswith(codes):
        return []
    views = ctx.views
    words = 0
    for view in views[trigger.span[1] :]:
        if not view.is_word:
            if view.token.text in ".؛":
                return []
            continue
        words += 1
        if words > reach:
            return []
        if function_core(view) != word:
            continue
        index = view.index + 1
        while index < len(views) and views[index].is_word and bare(views[index].norm) in pushes:
            index += 1
        yielded = [m for m in ctx.mentions if m.head_start == index or m.start == index]
        if not yielded:
            return []
        own = {s.code for s in sources}
        # «أمام المقاومة المشتركة وقوات التحالف»: every force coordinated there
        return [s for s in ctx.sides(group_of(yielded[0], ctx.mentions)) if s.code is not None and s.code not in own]
    return []


@cache
def _received_through_ala() -> frozenset[str]:
    return _inflected_verbs(load_json("events", "grammar.json")["receive_verbs"]["through_ala"])


def _obtained_noun(ctx: SentenceContext, verb: int, noun: int, in_mentions: set[int]) -> bool:
    """«حصلت الحكومة عام 2016 على قرض»: the noun right after the verb's «على», with only its subject and dates
    between («حصل ذلك أقدم على هجوم», «لم تحصل على تعليق» obtain no act)."""
    views = ctx.views
    if noun < 1 or views[noun - 1].norm != "علي":
        return False
    return all(not v.is_word or v.index in in_mentions or v.in_timex for v in views[verb + 1 : noun - 1])


def _undergoer(
    ctx: SentenceContext, trigger: Trigger, clause: Clause, grammar: Grammar
) -> tuple[list[Mention], list[Mention], int]:
    """«تعرضت الطائرة للتفجير», «تواجه العائلات اتهامات»: the subject of a verb of undergoing is the target of
    the act named by the verbal noun it governs. With a verb of receiving («تلقى الرئيس اتصالا من نظيره») the
    act's agent is the actor after «من»: (target, agent, the verb's index; -1 when there is none)."""
    in_mentions = {i for m in ctx.mentions for i in range(m.head_start, m.end)}
    trigger_heads = {t.head for t in ctx.triggers}
    words = 0
    for index in range(trigger.head - 1, clause.start - 1, -1):
        view = ctx.views[index]
        if not view.is_word:
            if view.token.text in "،,":
                return [], [], -1
            continue
        if index in in_mentions or view.in_timex:
            continue
        words += 1
        if words > _LEND_REACH or index in trigger_heads:
            return [], [], -1
        cores = {split.core for split in view.splits}
        through_ala = bool(cores & _received_through_ala())
        if through_ala and not _obtained_noun(ctx, index, trigger.head, in_mentions):
            return [], [], -1  # «لم يحصل على التصريح للقيام بـ»: only what is obtained, right after «على»
        if cores & (grammar.undergo_verbs | grammar.receive_verbs):
            others = ctx.verb_heads - {index}
            group, _how = verb_subject(ctx.views, index, index + 1, clause, ctx.mentions, others)
            after = targets_after(
                ctx.views, trigger.span[1], clause, ctx.mentions, ["من"], group, ctx.verb_heads, allow_bare=False
            )
            if not cores & grammar.receive_verbs:
                # «تتعرض المدينة للقصف من القوات التركية»: an actor with a sector after «من» is who does the
                # undergone act; a place or a country alone there may be where it comes from
                return group, [m for m in after if len(m.code or "") > 3], index
            if through_ala and not after:
                return [], [], -1  # «حصل على تأييد كاف»: obtained from no one named, no one's act
            return group, after, index
    return [], [], -1


def _adjunct_agent(
    ctx: SentenceContext, trigger: Trigger, clause: Clause, grammar: Grammar, targets: Sequence[Side] = ()
) -> list[Side]:
    """The agent of a verbal noun in an adverbial phrase (`_clause_agent`); but a protest set around an act of
    force by a state's organs is not theirs: «أطلقت قوات X النار على عشرات من مواطني Y خلال مظاهرة», «احتجزت
    شرطة X معارضا بارزا أثناء وقفة احتجاجية»: the protesters are the ones the force fell on, the bare actor after the
    subject, when its code is its own (another people, or the opposition); an unnamed person («الطفل») takes the
    forces' country by guess, so with no such actor the agent stays as it was."""
    agents = _clause_agent(ctx, trigger, clause, grammar, targets)
    if not trigger.predicate.cameo.startswith(_PROTEST_ROOT) or not agents:
        return agents
    if not all(s.code is not None and s.code[3:6] in _STATE_ORGANS and s.mention is not None for s in agents):
        return agents
    verbs = [h for h in ctx.verb_heads if clause.start <= h < trigger.head]
    if not verbs or not _repressive_verb(ctx, max(verbs)):
        return agents
    after = max(s.mention.end for s in agents if s.mention is not None)
    countries = {s.code[:3] for s in agents if s.code is not None}
    victim = next(
        (
            m
            for m in ctx.mentions
            if after <= m.head_start
            and m.end <= trigger.head
            and m.is_bare
            and m.code
            and m.anaphor is None
            and not _is_place(m)
        ),
        None,
    )
    if victim is None or victim.code is None:
        return agents
    if victim.code[:3] in countries and victim.code[3:6] not in _DISSENT_SECTORS:
        return agents
    return ctx.sides([m for m in ctx.mentions if m.group == victim.group])


# sectors of a state's own organs: government, army, police, courts, intelligence, legislature
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
_DISSENT_SECTORS = frozenset({"OPP"})  # a state's own people named as its opposition
_REPRESSION_ROOTS = ("17", "18", "19", "20")  # coercion, assault, fighting, mass violence


def _repressive_verb(ctx: SentenceContext, verb: int) -> bool:
    """The verb at `verb` is a trigger of coercion or force (arrest, kill, shoot at)."""
    return any(t.head == verb and t.is_verb and t.predicate.cameo.startswith(_REPRESSION_ROOTS) for t in ctx.triggers)


def _clause_agent(
    ctx: SentenceContext, trigger: Trigger, clause: Clause, grammar: Grammar, targets: Sequence[Side] = ()
) -> list[Side]:
    """«قال الجبوري عقب اجتماع مع ...», «اقتحموا منزلا لتوقيف ...»: a verbal noun in an adverbial phrase (after
    «خلال», «عقب» ..., or with the purpose «ل») has no agent of its own; it is the subject of the clause it
    modifies, or, after «جاء ذلك», the subject the previous sentence was about. After «قبل»/«بعد» (grammar
    `partner_adjunct_openers`) only a noun with its other party after «مع» or «من» is read so («وقال الرئيس قبل
    مباحثات مع نظيره», «سيطرت القوات على البلدة بعد معارك مع المتمردين», «بعد تحريرها من التنظيم»): other acts
    after «بعد» are more often someone else's, told as the cause or the time."""
    views = ctx.views
    head = views[trigger.head]
    previous = next((v for v in reversed(views[clause.start : trigger.head]) if v.is_word), None)
    # «مناهضة للتدخل»: «ل» governed by an adjective of opposition marks what is opposed, not a purpose
    purpose = "ل" in head.proclitics and (
        previous is None or not previous.forms & (grammar.prepositions | grammar.against_words)
    )
    partnered = bool(targets) and all(
        t.mention is not None and t.mention.governor in _PARTNER_PREPOSITIONS for t in targets
    )
    openers = grammar.adjunct_openers | (_partner_adjunct_openers() if partnered else frozenset())
    if not purpose and (previous is None or not previous.forms & openers):
        return []
    verbs = [h for h in ctx.verb_heads if clause.start <= h < trigger.head]
    for mention in ctx.mentions:
        if mention.head_start < clause.start or mention.end > trigger.head:
            continue
        if mention.is_bare and not mention.coordinated and mention.code and mention.anaphor is None:
            if verbs and mention.end <= max(verbs):
                # «منذ تبادل X و Y التهديدات، تعهد Z بكذا خلال قمة»: the phrase modifies the verb nearest before it,
                # whose subject written after it does the act, not an actor of an earlier phrase
                verb = max(verbs)
                subject, how = verb_subject(views, verb, verb + 1, clause, ctx.mentions, ctx.verb_heads)
                if how == "verb-subject" and subject and all(m.end <= trigger.head for m in subject):
                    return ctx.sides(subject)
            return ctx.sides([m for m in ctx.mentions if m.group == mention.group])
    if _opens_with(views, grammar.report_openers):
        return list(ctx.topic)
    return []


_PARTNER_PREPOSITIONS = frozenset({"مع", "من"})


@cache
def _partner_adjunct_openers() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["partner_adjunct_openers"]["words"])


def _opens_with(views: Sequence[TokenView], phrases: Sequence[tuple[str, ...]]) -> bool:
    words = [v for v in views if v.is_word][:3]
    return any(
        len(words) >= len(phrase) and all(word in words[k].forms for k, word in enumerate(phrase)) for phrase in phrases
    )


_PROTEST_ROOT = "14"
_AGAINST_REACH = 3
_OPPOSED_REACH = 4


def _opposed(ctx: SentenceContext, trigger: Trigger, clause: Clause, grammar: Grammar) -> list[Mention]:
    """«رفعوا لافتات مناهضة للتدخل العسكري التركي», «مظاهرات معادية للحكومة»: the actor an adjective of opposition
    after a protest names (or the agent of the act it names) is the protest's target."""
    words = [v for v in ctx.views[trigger.span[1] : clause.end] if v.is_word][:_AGAINST_REACH]
    against = next((v for v in words if v.forms & grammar.against_words), None)
    if against is None:
        return []
    for mention in ctx.mentions:
        if mention.head_start <= against.index or not mention.code or _is_place(mention):
            continue
        if sum(1 for v in ctx.views[against.index + 1 : mention.head_start] if v.is_word) > _OPPOSED_REACH:
            return []
        return [m for m in ctx.mentions if m.group == mention.group]
    return []


_BACKER_REACH = 2


def _struck_place(views: Sequence[TokenView], mention: Mention) -> bool:
    """«بقصف جوي قرب مدينة X», «في غارة على بلدة X»: a place (with the noun of its kind before its name, not a
    country adjective naming an owner) that an act hit, which those killed in it stand in for as its target."""
    return _bare_place(mention) or (
        mention.label == "LOC" and len(mention.code or "") == 3 and not is_nisba(views, mention)
    )


def _bare_place(mention: Mention) -> bool:
    """«مطار الحديدة»: a place named alone (a country code with no sector, no title before it), no one backed."""
    return mention.label == "LOC" and mention.head_start == mention.start and len(mention.code or "") <= 3


def _backer(ctx: SentenceContext, trigger: Trigger, clause: Clause, grammar: Grammar) -> list[Mention]:
    """«بدعم من X», «بإسناد جوي من X»: a verbal noun of backing in «ب» followed by «من» and an actor, the
    manner of the clause's act (grammar `backing_nouns`)."""
    view = ctx.views[trigger.head]
    if trigger.is_verb or "ب" not in view.proclitics or not view.forms & grammar.backing_nouns:
        return []
    words = [v for v in ctx.views[trigger.span[1] : clause.end] if v.is_word][: _BACKER_REACH + 1]
    marker = next((v for v in words if v.norm == "من"), None)
    if marker is None:
        return []
    actor = next((m for m in ctx.mentions if m.head_start > marker.index and m.code), None)
    if actor is None or actor.head_start - marker.index > _BACKER_REACH + 1:
        return []
    return [m for m in ctx.mentions if m.group == actor.group]


_BACKED_GOVERNORS = (None, "gen", "ل", "بين")


def _backed_actor(ctx: SentenceContext, trigger: Trigger, clause: Clause, grammar: Grammar) -> list[Mention]:
    """Whom «بدعم من X» backs: the actor phrase right before it (a comma between at most: «بين القوات المشتركة
    بإسناد من», «تقدم للجيش بإسناد من», «مشروع قدمته لندن بدعم من»), else the clause's subject before it, else,
    when the phrase opens its clause («وبإسناد من X، سيطرت القوات»), the subject after it; never a place."""
    views = ctx.views
    before = trigger.head - 1 if trigger.head > 0 and views[trigger.head - 1].token.text in ("،", ",") else trigger.head
    subject = [m for m in _first_subject(ctx, Clause(clause.start, trigger.head)) if not _bare_place(m)]
    subject_before = [m for m in subject if m.end <= trigger.head]
    adjacent = next((m for m in ctx.mentions if m.end == before and m.code), None)
    if adjacent is not None and is_nisba(views, adjacent):
        # «المقاومة الوطنية اليمنية، بإسناد»: the country adjective qualifies the phrase before it
        adjacent = next((m for m in ctx.mentions if m.end == adjacent.start and m.code), adjacent)

    def patron(mention: Mention) -> bool:
        return mention.start > 0 and bool(views[mention.start - 1].forms & grammar.patron_words)

    if (
        adjacent is not None
        and adjacent.governor in _BACKED_GOVERNORS
        and not _is_place(adjacent)
        and (len(adjacent.code or "") > 3 or adjacent in subject_before)
        and not patron(adjacent)
    ):
        # the genitive of a noun of advance or attack («تقدم الجيش», «للجيش»), a pair after «بين», or a bare phrase;
        # not the one fought («ضد X», «مع X»), a place («غرب تعز») unless it is the clause's subject, nor the
        # patron of «القوات الموالية للحكومة»
        return [m for m in ctx.mentions if m.group == adjacent.group and m.end <= before and not patron(m)]
    if subject_before:
        return subject_before
    actors_before = [
        m
        for m in ctx.mentions
        if clause.start <= m.head_start and m.end <= trigger.head and len(m.code or "") > 3 and not _is_place(m)
    ]
    if actors_before:
        return []
    return [m for m in subject if m.head_start < clause.end]


_PATRON_GAP = 1


def _armed_side(side: Side, grammar: Grammar) -> bool:
    """An armed actor: an IMG group, an armed sector, or a phrase opening with a word for armed men («قوات»)."""
    code = side.code or ""
    if code.startswith("IMG") or (len(code) >= 6 and code[3:6] in grammar.armed_sectors):
        return True
    first = (side.text or "").split()[:1]
    if not first:
        return False
    word = norm_word(first[0])
    return word in grammar.force_words or (word[:1] in ("و", "ل", "ب") and word[1:] in grammar.force_words)


_OBSTRUCT = "144"


def _decision_taken(view: TokenView, code: str, grammar: Grammar) -> bool:
    """«قررت X طرد/حبس/فرض»: a past decision to coerce or cut ties (grammar `decisions_taken`) is the act."""
    return bool(view.forms & grammar.decided_forms) and code[:2] in grammar.decided_roots


def _armed_object(views: Sequence[TokenView], trigger: Trigger, grammar: Grammar) -> bool:
    """«في أعقاب طرد المجموعات الإرهابية من المدينة»: the word right after an expulsion opens a phrase naming armed
    men, coded or not (the actor read may be the place they are driven from)."""
    after = trigger.span[1]
    return after < len(views) and views[after].is_word and bool(views[after].forms & grammar.force_words)


def _combatants(sides: Sequence[Side], grammar: Grammar) -> bool:
    """Every coded side is a combatant (an IMG group or an armed sector; not the police), and one is coded."""
    codes = {s.code for s in sides if s.code}
    return bool(codes) and all(c.startswith("IMG") or c[3:6] in grammar.armed_sectors for c in codes)


def _ground_forces(sources: Sequence[Side], grammar: Grammar) -> bool:
    """Every coded source is a non-state armed group (an IMG group, rebels, insurgents), and one is coded."""
    codes = {s.code for s in sources if s.code}
    return bool(codes) and all(
        c.startswith("IMG") or (len(c) >= 6 and c[3:6] in grammar.ground_shelling_sectors) for c in codes
    )


def _criminal_inquiry(views: Sequence[TokenView], trigger: Trigger, sources: Sequence[Side], grammar: Grammar) -> bool:
    """An inquiry opened by the police or the judiciary (every coded source of those sectors), or against a person or
    body named after «بحق»/«ضد» right after the inquiry's words: criminal proceedings (grammar `criminal_inquiry`)."""
    codes = {s.code for s in sources if s.code}
    if codes and all(len(c) >= 6 and c[3:6] in grammar.criminal_inquiry_sectors for c in codes):
        return True
    after = [v for v in views[trigger.span[1] : trigger.span[1] + 3] if v.is_word][:1]
    return bool(after) and after[0].norm in grammar.criminal_inquiry_against


def _armed_killing(sources: Sequence[Side], targets: Sequence[Side], grammar: Grammar) -> bool:
    """A killing in armed conflict: every named victim is a combatant (the police may be assaulted), none of them
    the killer's own code (an argument read twice)."""
    victims = {t.code for t in targets if t.code}
    return _combatants(targets, grammar) and not victims & {s.code for s in sources}


def _patron_backing(
    views: Sequence[TokenView], mentions: Sequence[Mention], trigger: Trigger, grammar: Grammar
) -> tuple[list[Mention], list[Mention]] | None:
    """«الحوثيين المدعومين من إيران»: (the backers named right after «من», the armed actor right before the
    participle), or None when either is missing or the actor before is no armed one."""
    words = [v for v in views[trigger.span[1] : trigger.span[1] + 3] if v.is_word]
    if not words or words[0].norm != "من":
        return None
    backer = next((m for m in mentions if m.head_start > words[0].index and m.code), None)
    if backer is None or backer.head_start - words[0].index > 2:
        return None
    # the phrase may end right before the participle or take it in («الحكومة المدعومة»)
    before = [m for m in mentions if m.start < trigger.head and m.end <= trigger.head + 1 and m.code]
    if not before:
        return None
    backed = max(before, key=lambda m: m.end)
    if sum(v.is_word for v in views[backed.end : trigger.head]) > _PATRON_GAP:
        return None
    code = backed.code or ""
    # «المدعومة من روسيا وإيران»: states coordinated with a state back it too, not a new subject after «و»
    # («المدعومة من التحالف وفصائل المعارضة المجتمعة في ...»)
    state = len(backer.code or "") == 3
    backers = [m for m in mentions if m is backer or (state and m.group == backer.group and len(m.code or "") == 3)]
    if not (code.startswith("IMG") or code[3:6] in grammar.armed_sectors):
        return None
    if code[:3] in {(m.code or "")[:3] for m in backers}:
        return None  # «وحداته النظامية المدعومة من كوبا وفنزويلا»: an unnamed actor read with a backer's country
    return backers, [backed]  # the participle agrees with the nearest phrase, not the whole list before it


_RETREAT = "0874"


def _own_forces(target: Side, sources: Sequence[Side]) -> bool:
    """Forces (a military or police sector) of the same country as a source: «القوات الفرنسية» pulled out by the
    French president are his own, not the party the retreat is aimed at."""
    if not target.code or target.code[3:6] not in ("MIL", "COP") or _is_place(target.mention):
        return False
    return any(s.code and _country(s.code) == _country(target.code) for s in sources)


def _place_left(ctx: SentenceContext, trigger: Trigger, clause: Clause) -> list[Mention]:
    """The first actor or place after «من» following the predicate in its clause: where the forces leave."""
    for mention in ctx.mentions:
        if trigger.span[1] <= mention.start < clause.end and mention.governor == "من" and mention.code:
            return [mention]
    return []


def _participle_owner(ctx: SentenceContext, trigger: Trigger) -> list[Mention]:
    """«وطالبت الجامعة إسرائيل بوقف الاستيطان، معربة عن تضامنها مع»: a participle after a comma that closes the main
    clause («معربا», «مؤكدة») has the main clause's subject as its own, and a possessive pronoun on the verbal noun
    it governs (one word or a preposition between) stands for that subject, not for the main clause's object."""
    views = ctx.views
    comma = next((i for i in range(trigger.head - 1, -1, -1) if views[i].token.text in ("،", ",")), None)
    if comma is None or trigger.head - comma > 3 or comma + 1 >= trigger.head:
        return []
    participle = views[comma + 1]
    word = participle.norm
    if not participle.is_word or participle.token.prefixes or len(word) < 4 or not word.startswith("م"):
        return []
    if not word.endswith(("ا", "ه", "ة")):
        return []  # the indefinite accusative «معربا», «معربة» (normalised «ه»)
    if any(m.head_start < trigger.head and m.end > comma for m in ctx.mentions):
        return []
    opened = _opened_clause_subject(ctx, comma)
    if opened:
        return opened
    for mention in ctx.mentions:
        if mention.end <= comma and mention.is_bare and not mention.coordinated and mention.code:
            return [m for m in ctx.mentions if m.group == mention.group]
    return []


def _opened_clause_subject(ctx: SentenceContext, comma: int) -> list[Mention]:
    """«وفر مليون سوري من البلاد، وقالت الخارجية السورية إن ...، داعية»: the subject written right after the verb
    of the last clause opened by a comma and «و» before the participle's comma at `comma`: the main clause the
    participle follows is that one, not the sentence's first."""
    views = ctx.views
    for opener in range(comma - 1, 0, -1):
        if views[opener - 1].token.text in ("،", ",") and views[opener].token.prefixes[:1] == ("و",):
            for mention in ctx.mentions:
                first = min(mention.start, mention.head_start)
                if first == opener + 1 and mention.is_bare and not mention.coordinated and mention.code:
                    return [m for m in ctx.mentions if m.group == mention.group]
            return []
    return []


def _same_subject_opened(
    ctx: SentenceContext, trigger: Trigger, predicate: Predicate, roles: Roles, grammar: Grammar
) -> list[Mention]:
    """«وصل الرئيس الفرنسي إلى بغداد حيث التقى رئيس الوزراء العراقي», «بعد أن انتقد العقوبات الأمريكية»: a
    transitive verb right after a word of time or place (grammar `same_subject_openers`) that goes on about the main
    clause, with one bare actor phrase after it and no object besides, has that phrase as object and the main
    clause's subject (its first bare actor) as subject. Only a past verb, not one carrying a pronoun or «و», nor a
    passive."""
    if not trigger.is_verb or roles.passive_reading or roles.source_how != "verb-subject" or roles.targets:
        return []
    views = ctx.views
    verb = views[trigger.head]
    if "-" not in predicate.target_preps or verb.token.suffixes or verb.token.prefixes:
        return []
    if trigger.features.tense != "past":
        return []  # «قبل أن يزور», «حيث يلتقي»: a visit still planned, whose modality the main clause holds
    opener = _opener_before(views, trigger.head, grammar)
    if opener is None or len(roles.sources) != 1:
        return []  # «حيث اعتقلت الشرطة فلانا وفلانا»: names joined to the phrase may be the object after a subject
    group = roles.sources
    if any(m.governor is not None or m.anaphor is not None for m in group):
        return []
    if _words_between_views(views, trigger.end, group[0].head_start):
        return []
    following = next((v for v in views[max(m.end for m in group) :] if not v.in_timex), None)
    if following is not None and following.is_word and not _opens_adjunct(following, grammar):
        return []  # «حيث تحتجز السلطات العديد من ...», «حيث التقى الرئيس نظيره»: an object after the subject
    main = clause_around(views, opener, grammar, ctx.named_tokens)
    subject = [m for m in _first_subject(ctx, Clause(main.start, opener)) if m.end <= opener]
    if not subject or any((m.label == "LOC" and len(m.code or "") == 3) or m.anaphor is not None for m in subject):
        return []  # «قبل أن يغادر بلدة مالبي ... حيث يلتقي»: a place is no one who goes on to act; «الرجلان»: unclear
    if {m.code for m in subject} & {m.code for m in group}:
        return []
    return subject


def _relative_object_subject(ctx: SentenceContext, trigger: Trigger, roles: Roles, clause: Clause) -> list[Mention]:
    """«شنت السلطات التركية حملة ضد أنصار غولن الذي اتهمته بتدبير الانقلاب», «يستهدف النظام الغوطة التي
    يحاصرها»: a singular third-person verb right after the relative pronoun that carries the pronoun standing for
    the antecedent (its object) and has no subject written after it has the main clause's subject, its first bare
    actor, as its unsaid subject: only when no other bare actor stands between that subject and the antecedent
    («تحدث المندوب منتقدا الدول التي اتهمها»: the nearer speaker) and the verb's form agrees with the subject's
    head in gender (a country or town is feminine, a named person and «النظام» masculine; an unknown gender
    gives nothing). Not a passive reading, not a bare country, not a group word, not the antecedent itself."""
    views = ctx.views
    relative = clause.relative
    if (
        not trigger.is_verb
        or roles.passive_reading
        or roles.sources
        or relative is None
        or trigger.features.person != 3
        or trigger.features.number != "sg"
        or not object_of_relative(views, trigger.head, clause)
    ):
        return []
    grammar = default_grammar()
    antecedent = relative - 1 if views[relative - 1].token.text not in ("،", ",") else relative - 2
    if not any(m.end == antecedent + 1 and m.code for m in ctx.mentions):
        return []  # «الأمر الذي نفته»: a thing resumed, whose denier's partners are no targets
    following = next((v for v in views[trigger.end :] if not v.in_timex), None)
    if following is not None and following.is_word and not _opens_adjunct(following, grammar):
        return []  # «الإجراءات التي اشترطها الدائنون»: a subject of its own that names no actor
    main = clause_around(views, relative, grammar, ctx.named_tokens)
    subject = [m for m in _first_subject(ctx, Clause(main.start, relative)) if m.end < relative]
    if not subject or any((m.label == "LOC" and len(m.code or "") == 3) or m.anaphor is not None for m in subject):
        return []
    if any(m.code is None for m in subject) or {m.code for m in subject} & {m.code for m in roles.targets}:
        return []
    ends = max(m.end for m in subject)
    own = {id(m) for m in subject}
    if any(
        m.is_bare and m.code and id(m) not in own and m.head_start >= ends and m.end <= antecedent for m in ctx.mentions
    ):
        return []
    verb = _relative_verb_gender(trigger)
    head = _subject_gender(views, subject[0])
    return subject if verb is not None and verb == head else []


def _relative_verb_gender(trigger: Trigger) -> str | None:
    """The gender a singular verb right after a relative pronoun says (it is a verb there, no verbal noun): «اتهمته»,
    «تحاصرها» feminine; «اتهمه», «يحاصرها» masculine."""
    core = trigger.split.core
    if trigger.features.tense == "present":
        return {"ي": "m", "ت": "f"}.get(core[:1])
    return "f" if core.endswith("ت") else "m"


def _subject_gender(views: Sequence[TokenView], mention: Mention) -> str | None:
    """A title or body noun says its gender («الرئيس», «الحكومة»), a plural in «ات» agrees as a feminine
    («القوات»), a named country or town is feminine and a named person masculine."""
    said = head_gender(views, mention)
    if said is not None:
        return said
    head = views[mention.head_start]
    titled = mention.head_start != mention.start or "ال" in head.token.prefixes
    if titled and head.is_word and head.norm.endswith("ات"):
        return "f"
    if mention.head_start == mention.start and mention.entity is not None:
        return {"LOC": "f", "PERS": "m"}.get(mention.entity.label)
    return None


def _opens_adjunct(view: TokenView, grammar: Grammar) -> bool:
    """A preposition, free or written on the word («في», «بالرياض», «لبحث»): no bare object begins here."""
    return view.norm in grammar.prepositions or bool(set(view.token.prefixes) & set(grammar.proclitic_prepositions))


def _opener_before(views: Sequence[TokenView], head: int, grammar: Grammar) -> int | None:
    """The first word of a `same_subject_openers` phrase written right before `head`."""
    for phrase in grammar.same_subject_openers:
        start = head - len(phrase)
        if start > 0 and all(views[start + k].norm == word for k, word in enumerate(phrase)):
            # «في حين», «إلى حين»: whereas, until — a clause of its own subject («إلى حيث التقى» is where he met)
            after_preposition = views[start - 1].norm in grammar.prepositions
            return None if after_preposition and views[start].norm == _WHEN else start
    return None


_WHEN = normalize("حين")


def _words_between_views(views: Sequence[TokenView], start: int, end: int) -> int:
    """Words from `start` to `end` that are no part of a time expression."""
    return sum(1 for v in views[start:end] if v.is_word and not v.in_timex)


def _first_subject(ctx: SentenceContext, clause: Clause) -> list[Mention]:
    for mention in ctx.mentions:
        if mention.head_start >= clause.start and mention.is_bare and not mention.coordinated:
            return [m for m in ctx.mentions if m.group == mention.group]
    return []


def _sense(
    trigger: Trigger, roles_of: dict[str, Roles], ctx: SentenceContext, clause: Clause
) -> tuple[Predicate, Roles]:
    """The first sense whose source constraint (a court for «أدان» = convict) holds."""
    for hit, _obj in trigger.senses:
        predicate = hit.predicate
        roles = roles_of.setdefault(predicate.id, _roles_for(ctx, trigger, predicate, clause))
        if not predicate.source_kinds:
            return predicate, roles
        kinds = {m.label for m in roles.sources} | {m.sector for m in roles.sources}
        if kinds & set(predicate.source_kinds):
            return predicate, roles
    predicate = trigger.senses[-1][0].predicate
    return predicate, roles_of.setdefault(predicate.id, _roles_for(ctx, trigger, predicate, clause))


def _code_trigger(
    ctx: SentenceContext, trigger: Trigger, inner: Trigger | None, grammar: Grammar, earlier: Sequence[Draft] = ()
) -> Draft | None:
    views = ctx.views
    clause = clause_around(views, trigger.head, grammar, ctx.named_tokens)
    roles_of: dict[str, Roles] = {}
    predicate, roles = _sense(trigger, roles_of, ctx, clause)
    if roles.passive_reading:
        trigger.passive = True  # read as «قُتل»: no topic or speaker stands in for its unsaid agent
    positions = [trigger.head]
    chain = [] if trigger.is_verb else _lend_chain(ctx, trigger.head, clause, grammar)
    sources = ctx.sides(roles.sources)
    targets = ctx.sides(roles.targets)
    main_subject = _same_subject_opened(ctx, trigger, predicate, roles, grammar)
    if main_subject:
        # «وصل الرئيس إلى بغداد حيث التقى رئيس الوزراء»: the phrase read as the verb's subject is its object
        sources, targets = ctx.sides(main_subject), sources
    elif not sources and (carried := _relative_object_subject(ctx, trigger, roles, clause)):
        # «حملة ضد أنصار غولن الذي اتهمته بتدبير الانقلاب»: the main clause's subject, unsaid in the relative
        sources = [s for s in ctx.sides(carried) if s.code not in {t.code for t in targets}]
    backer = _backer(ctx, trigger, clause, grammar)
    if backer:
        # «سيطرت القوات الحكومية على المدينة بدعم من الطيران الروسي»: the one named after «من» backs the clause's
        # subject
        sources = ctx.sides(backer)
        backed = _backed_actor(ctx, trigger, clause, grammar)
        targets = [s for s in ctx.sides(backed) if s.code not in {b.code for b in sources}]
    patron = not trigger.is_verb and bool(views[trigger.head].forms & grammar.patron_backed)
    if patron:
        # «الميليشيات المدعومة من X»: X backs the armed actor the participle qualifies; nothing else is its party
        backed_by = _patron_backing(views, ctx.mentions, trigger, grammar)
        if backed_by is None:
            return None
        sources, targets, chain = ctx.sides(backed_by[0]), ctx.sides(backed_by[1]), []
    described = _described_act(ctx, trigger, earlier, grammar)
    if described is not None:
        # «في غارة أمريكية استهدفته»: a verb right after an indefinite act noun describes it, the act's agent is
        # its subject; what it acts on is its object
        source_codes = {s.code for s in described.sources}
        if roles.source_how == "verb-subject" and _subject_relative_before(views, trigger, grammar) is not None:
            # «الغارات الإسرائيلية التي استهدفت مواقع للجيش»: the act is the subject, the phrase after the verb,
            # read as its subject, is what it acts on
            targets = sources
        sources = list(described.sources)
        targets = [t for t in targets if t.code not in source_codes]
    if not trigger.is_verb and (done_by := _done_by_subject(ctx, trigger, grammar)):
        # «خلال زيارة إلى كوبا قام بها الرئيس»: the one who did it is named after «قام بها», not the main clause
        sources = ctx.sides(done_by)
        targets = [t for t in targets if t.code not in {s.code for s in sources}]
    if not sources and not trigger.is_verb:
        subject, object_ = _relative_support_subject(ctx, trigger, grammar)
        sources = ctx.sides(subject)
        if not targets:
            targets = [t for t in ctx.sides(object_) if t.code not in {s.code for s in sources}]
    # «انفجار لغم زرعه مسلحو X»: who planted or fired the means set it off, so the blast was an attack
    violent_noun = not trigger.is_verb and predicate.cameo.startswith(_VIOLENT_ROOTS)
    placed = _means_placed_by(ctx, trigger) if violent_noun else []
    if placed and not sources:
        sources = ctx.sides(placed)
    placed_by = bool({m.code for m in placed} & {s.code for s in sources})
    if predicate.verbal and not sources:
        # «وأعرب العاهل ...، مشيدا بجهود X»: a participle after the main clause has the main clause's subject
        main = ctx.sides(_first_subject(ctx, Clause(0, trigger.head))) if trigger.head > 0 else []
        comma = next(
            (i for i in range(trigger.head - 1, max(trigger.head - 3, 0), -1) if views[i].token.text == "،"), 0
        )
        opened = _opened_clause_subject(ctx, comma) if comma else []
        main = ctx.sides(opened) if opened else main
        main = [s for s in main if s.code not in {t.code for t in targets}]
        sources = main or list(ctx.topic) or ctx.sides(_first_subject(ctx, clause))
    explicit = bool(sources)
    givers = _sought_from(ctx, trigger, chain, predicate.cameo)
    if givers is not None:
        # the act's own agent is whom it is sought from; the one seeking is found as a lent subject is
        givers = givers or [s.mention for s in sources if s.mention is not None]
        sources, targets = [], []
    lend_modality = Modality()
    first_person = False
    for link, (lend_position, effect) in enumerate(chain):
        if effect == "stop" and not _stopped_act(views, lend_position, trigger.head):
            break  # «توقفت الاشتباكات»: what stopped is the verb's subject, no act it lends its subject to
        lent_to = chain[link - 1][0] if link else trigger.head
        if _act_as_subject(views, lend_position, lent_to, grammar):
            continue  # «لو نجحت عملية الاغتيال», «فشلت المفاوضات»: the act is the verb's subject, lent nothing
        positions.append(lend_position)
        witness = not sources and any(
            split.core in grammar.lend_venue_only for split in views[lend_position].splits[:1]
        )
        if not witness and any(split.core in grammar.lend_first_person for split in views[lend_position].splits):
            first_person = True
        if effect == "intent" and givers is None:
            lend_modality = lend_modality.merge(Modality(intent=True))
        elif effect == "negate":
            lend_modality = lend_modality.merge(Modality(negated=True))
        elif effect == "stop":
            # «كفت عن مطالبة»: stopped, so not done; «لم تكف عن مطالبة»: never stopped, so done
            stopped = modality_at(views, [lend_position], lend_position + 1, clause.start, 0, grammar, is_noun=False)
            if stopped.negated:
                positions.remove(lend_position)
            else:
                lend_modality = lend_modality.merge(Modality(negated=True))
        lender = views[lend_position]
        is_noun = any(split.core in grammar.lend_nouns for split in lender.splits[:1])
        impersonal_verb = function_core(views[lend_position]) in grammar.passive_markers
        if link == 0 and roles.source_how == "genitive" and not roles.targets and not is_noun and not impersonal_verb:
            # «واصلت القوات قصف المدينة», «لم تكف الجمعيات عن مطالبة الدول الغربية بفتح تحقيقات»: under a verb
            # with a subject of its own the verbal noun's genitive is its object
            others = ctx.verb_heads - {lend_position}
            group, how = verb_subject(views, lend_position, lend_position + 1, clause, ctx.mentions, others)
            genitive_codes = {s.code for s in sources}
            # the subject between the verb and the noun, or right before the verb («أن بريطانيا لن تواصل تزويد»)
            inside = all(lend_position < m.start and m.end <= trigger.head for m in group)
            before = bool(group) and sum(v.is_word for v in views[max(m.end for m in group) : lend_position]) <= 1
            near = (how == "verb-subject" and inside) or (how == "subject-verb" and before)
            if group and near and not {m.code for m in group} & genitive_codes:
                targets, sources = sources, ctx.sides(group)
                explicit = True
        if not sources and not is_noun and not impersonal_verb and _after_preposition(views, lend_position, grammar):
            # «أفاد المرصد بشن الطيران الروسي غارات», «عن شن»: after a preposition the lending word is a verbal
            # noun, and an actor right after it is the agent; the reporting verb's subject is not
            sources = ctx.sides(_genitive_after(ctx, lend_position, trigger.head))
            explicit = bool(sources)
        if not sources and any(split.core in grammar.lend_verbal_nouns for split in lender.splits[:1]):
            # so is the bare actor right after a lender that is only a verbal noun («رفض إعلان البيت الأبيض فرض
            # عقوبات», «يسبق استئناف قوات النظام حملتها»), not one after «ل» («تنفيذ قرار لمجلس الأمن»: whose it is)
            sources = ctx.sides(_genitive_after(ctx, lend_position, trigger.head, bare=True))
            explicit = bool(sources)
        if not sources and not is_noun and not impersonal_verb:
            # a verbal noun has no subject of its own: keep climbing to the verb it depends on
            others = ctx.verb_heads - {lend_position}
            group, _how = verb_subject(views, lend_position, lend_position + 1, clause, ctx.mentions, others)
            sources = ctx.sides(group)
            explicit = bool(sources)
        if witness:
            # «شهدت القاهرة مظاهرات»: a place lends its people; «شهد الرئيس توقيع الاتفاق», «شهدنا تزايد الهجمات»:
            # who witnessed an act did not do it
            if not all(_place_side(s) or _place_only(s) for s in sources):
                sources, explicit = [], False
            break
        if not sources and not impersonal_verb:
            # «قرار الرئيس الأمريكي الاعتراف بالقدس»: the actor right after a lending noun is its genitive, the agent
            sources = ctx.sides(_genitive_after(ctx, lend_position, trigger.head))
            explicit = bool(sources)
    if givers is not None:
        seekers = {s.code for s in sources}
        targets = [t for t in ctx.sides(givers) if t.code not in seekers]
    if not targets and chain and predicate.cameo.startswith(_VISIT):
        # «يصل الرئيس غدا إلى كمبالا في زيارة رسمية»: the visit goes where the verb of arriving goes
        targets = ctx.sides(_motion_destination(ctx, chain[0][0], trigger.head))
    if roles.pronoun_source and not sources:
        sources = [s for s in ctx.sides(_participle_owner(ctx, trigger)) if s.code not in {t.code for t in targets}]
    if roles.pronoun_source and not sources:
        # «خلال زيارته»: the possessor is the nearest actor before it in the sentence, else the topic
        # the nearest subject-like actor, or an actor right before the phrase even when a preposition governs it
        # («برفقة ولي العهد خلال زيارته»; not «في إطار المنظمة، وذلك خلال محادثته»), never a place
        nearest = [
            m
            for m in ctx.mentions
            if m.end <= trigger.head
            and m.code
            and m.anaphor is None
            and not (m.generic and owned_institution(ctx.views[m.head_start]))  # «جيشه» is its owner's, no owner
            and (m.is_bare or (not _is_place(m) and _adjacent_words(ctx.views, m.end, trigger.head)))
        ]
        # «دعا الرئيس الميليشيات إلى ...، ودعا خلال لقائه»: in an adverbial phrase the object after a verb and its
        # subject is not whose meeting it is; the subject is
        previous = next((v for v in reversed(views[: trigger.head]) if v.is_word), None)
        if previous is not None and previous.forms & grammar.adjunct_openers:
            subjects = [m for m in nearest if not _object_after_subject(ctx, m)]
            nearest = subjects or nearest
        sources = ctx.sides([m for m in ctx.mentions if m.group == nearest[-1].group]) if nearest else list(ctx.topic)
        sources = [s for s in sources if s.code not in {t.code for t in targets}]
    if not sources and not trigger.is_verb and not predicate.passive:
        # the agent of an adverbial verbal noun is not the actor it acts on («عقب اجتماع المجلس التنفيذي للفيفا»)
        # («عقب اجتماع مع قادة الكتل»: a partner after a preposition is another party, even with the same code)
        if roles.target_how == "preposition":
            target_mentions = {id(s.mention) for s in targets if s.mention is not None}
            sources = [
                s
                for s in _adjunct_agent(ctx, trigger, clause, grammar, targets)
                if id(s.mention) not in target_mentions
            ]
        else:
            target_codes = {s.code for s in targets}
            sources = [s for s in _adjunct_agent(ctx, trigger, clause, grammar) if s.code not in target_codes]
    custody = predicate.cameo[:3] in _CUSTODY_CODES
    earlier_custody = _earlier_custody(ctx, trigger, earlier) if custody else None
    if not sources and custody:
        sources = _place_authority(ctx, trigger, clause, targets)
        if not sources and _patient_right_after(ctx, trigger, targets):
            sources = _place_authority_before(ctx, trigger, grammar)
        if not sources:
            sources = _departure_authority(ctx, trigger, predicate, clause, targets)
        if not sources and earlier_custody is not None:
            # «اعتقل في إستونيا ... وتم ترحيله»: the same authorities hold and then deport the one they arrested
            sources = list(earlier_custody.sources)
        if sources and not targets and trigger.is_verb and _opens_sentence(views, trigger.head, grammar):
            # «واعتقل في إستونيا»: the passive's subject is the one the article was talking about
            police = _country(sources[0].code or "")
            targets = [s for s in ctx.topic if s.code and _country(s.code) != police and not _place_side(s)]
    if not sources and not custody:
        # «طرد دبلوماسيين روس من بريطانيا»: diplomats expelled from a country, by its state
        sources = _departure_authority(ctx, trigger, predicate, clause, targets)
    if not targets and predicate.cameo.startswith(_PROTEST_ROOT):
        targets = [
            s for s in ctx.sides(_opposed(ctx, trigger, clause, grammar)) if s.code not in {x.code for x in sources}
        ]
    undergone = False
    if not trigger.is_verb:
        # «وتعرضت النمسا لانتقادات من منظمات ومؤيدين لتركيا»: whoever the noun seemed to take as its object, the
        # one who undergoes the act is its target
        undergoer, giver, undergoing_verb = _undergoer(ctx, trigger, clause, grammar)
        # only for the act noun the verb governs with «ل» («تعرض لانتقادات»), or with a giver after «من»: a
        # participle further on («يتعرض لحملة، نافيا») or a received object («تسلمت السيطرة على») keeps its own
        overrides = bool(giver) or ("ل" in views[trigger.head].proclitics and not trigger.predicate.verbal)
        if undergoer and (not targets or (overrides and all(m.end <= trigger.head for m in undergoer))):
            targets, undergone = ctx.sides(undergoer), not giver
            sources = ctx.sides(giver) or [s for s in sources if s.code not in {t.code for t in targets}]
            if giver and undergoing_verb not in positions:
                positions.append(undergoing_verb)  # «لا يحصلون على المساعدات من X»: not received, not given
    if not targets and trigger.is_verb and roles.source_how == "agent":
        # «قتل العشرات منهم بنيران المقاومة»: the passive's subject is a part of the people a pronoun stands for
        counted = _counted_pronoun(views, trigger.span[1], grammar)
        if counted is not None:
            targets = _pronoun_object(ctx, trigger, sources, counted)
            trigger.passive = True
    charged = _charged_passive(views, trigger, predicate, sources, targets, ctx.mentions)
    if charged:
        # «ولا يزال آبي يتهم بالمحسوبية»: no object before the charge, so the verb is a passive and its subject the
        # accused; who accuses is not said
        sources, targets = [], sources
    judges_previous = False
    if trigger.is_verb and free_relative_before(views, trigger.head, grammar):
        targets = []  # «على ما تطلبه الحكومة»: the object is «ما», whatever follows is another phrase
        judges_previous = predicate.cameo.startswith(_REFERRING_ROOTS)
    elif _judges_act_noun(views, trigger, predicate, grammar):
        targets, judges_previous = [], True
    elif (
        not targets
        and trigger.is_verb
        and not predicate.passive
        and trigger.split.enclitic in _OBJECT_PRONOUNS
        and roles.target_how != "described"
        # «القرار الذي ألغته»: a thing resumed is the whole object; an act or claim judged or denied («الأمر الذي
        # نفته») still has its author for a target, a thing seized or attacked («الأسلحة التي نهبتها») its owner
        and (
            predicate.cameo.startswith(_THING_OWNED_ROOTS)
            or not resumes_thing(views, trigger.head, clause, ctx.mentions)
        )
    ):
        targets = _pronoun_object(ctx, trigger, sources, trigger.split.enclitic)
    elif not targets and predicate.verbal and (detached := _detached_pronoun(views, trigger)) is not None:
        # «، متهما إياهم بـ»: a participle's object pronoun is written apart, on «إيا»
        targets = _pronoun_object(ctx, trigger, sources, detached)
    elif not targets and not predicate.passive and not trigger.passive:
        pronoun = (
            _prepositional_pronoun(views, trigger, clause, predicate)
            if trigger.is_verb
            else _against_pronoun(views, trigger)
        )
        if pronoun is not None:
            targets = _pronoun_object(ctx, trigger, sources, pronoun)
        else:
            preps = predicate.preps or predicate.target_preps or DEFAULT_TARGET_PREPS
            agents = [s.mention for s in sources if s.mention is not None]
            # «حصارها وقطع تعزيزاتها»: a trigger with its own pronoun already has its party; force or seizure only
            assets = predicate.cameo.startswith((*VIOLENT_ROOTS, "17")) and not trigger.split.enclitic
            owner = owner_pronoun(views, trigger.span[1], clause.end, preps, ctx.mentions, grammar, agents, assets)
            if owner is not None:
                targets = _pronoun_object(ctx, trigger, sources, owner, salient=True)
    if not targets and earlier_custody is not None and _same_codes(sources, earlier_custody.sources):
        targets = list(earlier_custody.targets)  # «وتم ترحيله»: the one arrested before
    # an instrument («هجوما بسيارة مفخخة», «بعبوة ناسفة») describes the act, whatever it names on its own
    heads = frozenset(t.head for t in ctx.triggers if "ب" not in views[t.head].proclitics)
    code = _refine(predicate.cameo, predicate, views, trigger.span[1], clause, grammar, heads, trigger.head)
    if givers is not None:
        code = transform("appeal", code)  # «تسعى إلى اعتراف من X»: 022, asked now
    if (
        predicate.refine == "fire"
        and code == predicate.cameo == "190"
        and not any(_armed_side(s, grammar) for s in sources)
        and (
            _verbal_attack(ctx, trigger, clause, chain, grammar) or _personal_attack(trigger, sources, targets, grammar)
        )
    ):
        code = grammar.verbal_attack_code  # «شن فلان هجوما على X، متهما إياه بـ»: the attack is words, not arms
    if predicate.refine == "expel" and (
        (targets and all(_armed_side(t, grammar) for t in targets)) or _armed_object(views, trigger, grammar)
    ):
        code = grammar.armed_expulsion_code  # «طردت القوات مسلحي التنظيم من الحي»: fighting, not a deportation
    if predicate.refine == "kill" and code == predicate.cameo and _armed_killing(sources, targets, grammar):
        code = grammar.armed_killing_code  # «قتل الجيش عشرة مسلحين»: combatants killed in fighting, no weapon named
    if (
        predicate.refine == "fire"
        and code == predicate.cameo == grammar.ground_shelling_default
        and _ground_forces(sources, grammar)
        # no word of the aerial group either («بطائرة مسيرة»), which refines to the default itself: the root's
        # unspecified code comes back unrefined
        and _refine(f"{code[:2]}0", predicate, views, trigger.span[1], clause, grammar, heads, trigger.head)
        == f"{code[:2]}0"
    ):
        code = grammar.ground_shelling_code  # «وقصف المتمردون القرى»: no air force, shelling from the ground
    if predicate.refine == "inv" and code == predicate.cameo and _criminal_inquiry(views, trigger, sources, grammar):
        code = grammar.criminal_inquiry_code  # «فتحت الشرطة تحقيقا», «تحقيق بحق المسؤول»: an inquiry into a crime
    if code.startswith(_OBSTRUCT) and _combatants(sources, grammar):
        code = grammar.armed_obstruction_code  # «قطعت القوات طرق إمداد المسلحين»: a blockade, no civilian roadblock
    if predicate.cameo == _RETREAT and sources and targets and all(_own_forces(t, sources) for t in targets):
        # «سحب القوات الفرنسية من مالي»: the forces pulled out are the source's own; the target is where they leave
        targets = ctx.sides(_place_left(ctx, trigger, clause))
    if code == _MEET and trigger.is_verb and sources and targets:
        partners = [t for t in targets if not _meeting_place(views, t)]
        if not partners:
            return None  # «التقى فيها الرئيسان ... بفيتنام»: the meeting is in the country, its partner unnamed here
        targets = partners
    evidence = trigger.span
    modality = modality_at(
        views,
        positions,
        trigger.span[1],
        clause.start,
        0,
        grammar,
        is_noun=not trigger.is_verb,
        present=trigger.is_verb and trigger.features.tense == "present",
    ).merge(lend_modality)
    if patron:
        modality = Modality()  # a description of who backs whom, whatever the clause around it says
    if givers is not None:
        # the verb of seeking is an intent cue of its own, but what it does here is ask, now
        modality = Modality(modality.negated, modality.future, False, modality.conditional, modality.claim)
        evidence = (chain[0][0], trigger.span[1])
    addressed_uncoded = False
    if inner is not None:
        inner_clause = clause_around(views, inner.head, grammar)
        inner_predicate, inner_roles = _sense(inner, {}, ctx, inner_clause)
        inner_code = _refine(
            inner_predicate.cameo, inner_predicate, views, inner.span[1], inner_clause, grammar, heads, inner.head
        )
        kind = predicate.control or ""
        inner_targets = ctx.sides(inner_roles.targets)
        # «طالبت بغداد بانسحاب القوات التركية من شمال العراق»: who is called on, asked or refused is the named agent
        # of the act, not where or to whom it would be done
        own = {x.code for x in sources if x.code} | {x.code[:3] for x in sources if x.code}
        asked = [s for s in ctx.sides(inner_roles.sources) if s.code and s.code not in own]
        accused_named = kind == "accuse" and _accused_before_act(trigger, inner, sources, targets, predicate)
        if kind in ("appeal", "demand") and _collective_addressee(ctx, trigger, inner, sources, grammar):
            # «دعا X المجتمع الدولي إلى إدانة Y»: the one called on is named and uncoded; Y is no addressee
            targets = []
            addressed_uncoded = True
        elif kind in ("appeal", "demand", "threat", "accuse", "deny") and targets:
            pass
        elif kind == "accuse":
            # «اتهامات الغرب لإيران بتسليح الحوثيين»: the accused is who would have done the embedded act
            targets = ctx.sides(inner_roles.sources)
        elif kind in ("appeal", "demand", "reject") and sources and asked and not inner_predicate.reciprocal:
            targets = asked
        elif inner_predicate.unrealised_only:
            # «حذرت X من أنها سترد إذا ...»: the warning threatens whoever would provoke the reply
            targets = _provoked(ctx, inner, sources)
        elif inner_targets:
            targets = inner_targets
        elif kind == "reject" and not targets:
            # «رفضها للعقوبات الأمريكية»: a rejected act of someone else's is a rejection of its agent
            source_codes = {s.code for s in sources}
            targets = [s for s in ctx.sides(inner_roles.sources) if s.code not in source_codes]
        first_person = trigger.is_verb and trigger.features.person == 1  # «ندعو X إلى»: the speaker calls
        if not sources and inner_roles.sources and roles.source_how != "document" and not first_person:
            # (a document that calls for an act is its subject: the act's agent is not who calls for it)
            sources = ctx.sides(inner_roles.sources)
        decided = kind == "intent" and _decision_taken(views[trigger.head], inner_code, grammar)
        if decided:
            code = inner_code  # «قررت الرياض طرد السفير»: the expulsion decided is done, no threat of one
        elif kind == "intent":
            conditional = modality.conditional or condition_after(views, inner.span[1])
            code = inner_code if inner_code[:2] in ("03", "13") else intent_code(inner_code, conditional)
            modality = modality.merge(Modality(intent=True))
        elif kind == "negate":
            code = inner_code
            modality = modality.merge(Modality(negated=True))
        elif kind == "absorb":
            pass
        elif kind == "accuse":
            code = _refine(
                transform("accuse", inner_code),
                Predicate("", "112", "v", "", "", refine="accuse"),
                views,
                trigger.span[1],
                _widen(clause, views),
                grammar,
            )
        elif kind in ("appeal", "demand") and _called_to_stop(views, trigger.span[1], inner.head, grammar):
            code = transform(kind + "_stop", inner_code)
        else:
            code = transform(kind, inner_code)
        evidence = (trigger.head, max(inner.span[1], trigger.span[1]))
        modality = modality.merge(
            modality_at(views, [inner.head], inner.span[1], inner_clause.start, 0, grammar, is_noun=not inner.is_verb)
            if kind == "intent" and not decided
            else Modality()
        )
        if kind != "absorb":
            accusing = predicate.confidence
            predicate = _governed(predicate, inner_predicate)
            if accused_named:
                # a doubtful reading of the blamed act («مقتل») only refines the accusation's code, as for a call
                predicate = replace(predicate, confidence=accusing)
    elif predicate.control == "accuse":
        code = _refine(
            code,
            Predicate("", code, "v", "", "", refine="accuse"),
            views,
            trigger.span[1],
            _widen(clause, views),
            grammar,
        )
    elif not predicate.alone:
        return None
    if predicate.unrealised_only and not _announced(modality):
        return None  # «ردت X بحزم»: a reply done; only one announced («سترد بحزم», «سنرد إذا ...») threatens
    governed_request = (inner is not None and predicate.control in ("appeal", "demand", "reject")) or (
        givers is not None
    )
    if modality.unrealised and not governed_request and code[:2] not in ("03", "13"):
        if not modality.negated:
            code = intent_code(code, modality.conditional or condition_after(views, trigger.span[1]))
        elif (refused := refusal(code)) is not None:
            code, modality = refused, Modality()  # «لن يتنحى»: a refusal, and that is asserted
    if not is_cameo(code):
        code = predicate.cameo
    if not targets and code.startswith(_SANCTION_ROOT) and sources:
        # «مضاعفة الرسوم على الصلب المستورد من تركيا»: the goods' country of origin bears the tariff
        targets = [
            t for t in ctx.sides(_import_origin(ctx, trigger, clause)) if t.code not in {s.code for s in sources}
        ]
    if predicate.unrealised_only:
        targets = _provoked(ctx, trigger, sources)
    if not targets and code.startswith(_POPULATION_CODES) and (trigger.is_verb or chain):
        # imposed or lifted by someone («أعلنت حالة الطوارئ»), not a state only named («تتجاوز حالة الطوارئ»)
        targets = _restricted_population(ctx, trigger, clause, sources)
    if not targets and sources and predicate.source == "rasd":
        # «خطط لبناء وحدات استيطانية في الضفة الغربية», «قاطعت كندا مؤتمرا في الرياض»: no one named is acted on
        targets = _placed_target(ctx, trigger, clause, predicate.cameo, sources)
    # a passive of fighting («حوصرت القوات», «لقوا مصرعهم») states a situation, not an attack by someone unknown;
    # an unknown perpetrator of fighting must be said («مسلحون مجهولون»)
    # «تعرضت السفارة لهجوم»: a verb of undergoing says the act happened at someone's hands, unnamed
    if code.startswith("19") and targets and all(_place_only(t) for t in targets):
        holder = _held_from(ctx, trigger, targets, {s.code for s in sources}, grammar)
        if holder:
            targets = holder  # «عملية عسكرية في نينوى لاستعادتها من أيدي التنظيم»: fought over, held by the group
    said_unknown = any(v.is_word and v.forms & grammar.unknown_words for v in views[clause.start : clause.end])
    unknown_agent = (
        undergone
        or charged
        or ((trigger.passive or predicate.passive) and not code.startswith("19"))
        or said_unknown
        # «هاجم مسلحون»: gunmen unnamed; «المسلحين الحوثيين», «للمسلحين» are gunmen the article names
        or any(
            v.is_word and v.forms & grammar.unknown_agent and "ال" not in v.proclitics
            for v in views[clause.start : clause.end]
        )
    )
    impersonal = any(
        v.is_word and function_core(v) in grammar.passive_markers for v in views[clause.start : trigger.head]
    )
    continues_topic = (
        trigger.is_verb
        and not (trigger.passive or predicate.passive)
        and trigger.features.person == 3
        and (
            (_opens_sentence(views, trigger.head, grammar) and _no_overt_subject(ctx, trigger, grammar))
            # «لكنه قال إنه لن يتنحى»: the opener's pronoun names no one in the sentence, so the one talked about
            or roles.source_how == "opener-pronoun"
            # «والتقى خلال الزيارة رئيس الوزراء»: the actor after the adverbial is the object, the subject unsaid
            or (
                not roles.sources
                and _opens_sentence(views, trigger.head, grammar)
                and bool(roles.targets)
                and all(freed_after_adverbial(views, m) for m in roles.targets)
            )
        )
    )
    return Draft(
        trigger,
        predicate,
        code,
        sources,
        targets,
        modality,
        evidence,
        clause,
        ctx.index,
        _announced_kill_confidence(
            views,
            trigger,
            predicate,
            positions[1:2],
            sources,
            targets,
            _agent_phrase_confidence(
                trigger,
                predicate,
                roles,
                _supported_confidence(
                    views,
                    positions[1:2],
                    max(predicate.confidence, SUPPORTED_CONFIDENCE) if placed_by else predicate.confidence,
                    grammar,
                ),
            ),
        ),
        explicit_source=explicit,
        impersonal=impersonal,
        unknown_agent=unknown_agent,
        said_unknown=said_unknown,
        verbal_chain=any(not any(s.core in grammar.lend_nouns for s in views[p].splits[:1]) for p in positions[1:]),
        topic=list(ctx.topic),
        first_person=first_person,
        continues_topic=continues_topic,
        mutual=roles.source_how == "between" and not roles.targets,
        judges_previous=judges_previous,
        # «ودعا البيان ...»: a document whose issuer the sentence does not name is a subject naming no actor
        overt_subject=roles.source_how in ("noun", "document") and not sources,
        source_how=roles.source_how,
        jointly=any(split.core in _joint_supports() for p in positions[1:2] for split in views[p].splits),
        # «تعرضت الأكاديمية لانتقادات», «تواجه الحكومة اتهامات»: criticised or accused by someone the text leaves
        # unsaid, as a passive accusation is
        charged=charged or (undergone and code.startswith(_UNDERGONE_JUDGEMENT)),
        addressed_uncoded=addressed_uncoded,
    )


_UNDERGONE_JUDGEMENT = ("11",)
# acts on a thing that still reach someone: judging or denying (its author), seizing or attacking (its owner)
_THING_OWNED_ROOTS = (*_REFERRING_ROOTS, "17", *VIOLENT_ROOTS)


def _place_only(side: Side) -> bool:
    """A side coded by country alone that names a place («محافظة نينوى», «المدينة»), no actor."""
    mention = side.mention
    return mention is not None and len(side.code or "") == 3 and (mention.label == "LOC" or mention.generic)


def _held_from(
    ctx: SentenceContext, trigger: Trigger, places: Sequence[Side], own: set[str | None], grammar: Grammar
) -> list[Side]:
    """The armed actor after «من» or «من أيدي/قبضة» a few words after the predicate: who holds the place. The «من»
    comes right after the place («لتحرير درنة من الإرهابيين») or after a verbal noun with a pronoun for it
    («لاستعادتها من أيدي التنظيم»), not after another noun («بتسهيل من القوات», «عدد من المتعاقدين»)."""
    views = ctx.views
    place_ends = {_next_word(views, s.mention.end) for s in places if s.mention is not None}
    words = [v.index for v in views[trigger.head + 1 :] if v.is_word][: grammar.held_from_reach]
    if not words:
        return []
    last = words[-1]
    for mention in ctx.mentions:
        if mention.head_start <= trigger.head or mention.start > last or not mention.code or mention.code in own:
            continue
        if not (mention.code.startswith("IMG") or mention.code[3:6] in grammar.armed_sectors):
            continue
        before = [v for v in views[max(0, mention.start - 2) : mention.start] if v.is_word]
        from_holder = len(before) == 2 and before[0].norm == "من" and bool(before[1].forms & grammar.held_from_words)
        if mention.governor != "من" and not from_holder:
            continue
        marker = (
            before[0].index
            if from_holder
            else next((v.index for v in reversed(views[: mention.start]) if v.is_word), -1)
        )
        previous = next((v for v in reversed(views[:marker]) if v.is_word), None)
        resumed = previous is not None and previous.index > trigger.head and bool(previous.token.suffixes)
        if marker in place_ends or resumed:
            return ctx.sides(group_of(mention, ctx.mentions))
    return []


def _next_word(views: Sequence[TokenView], index: int) -> int:
    """The first word at or after `index` (past quotation marks and commas)."""
    return next((v.index for v in views[index:] if v.is_word), len(views))


def _counted_pronoun(views: Sequence[TokenView], start: int, grammar: Grammar) -> str | None:
    """The pronoun of «منهم» right after a number or quantifier at `start` («العشرات منهم», «ثلاثة منهم»)."""
    words = [v for v in views[start : start + 3] if v.is_word][:2]
    if len(words) < 2 or not (words[0].token.kind == "number" or words[0].forms & grammar.quantifiers):
        return None
    return pronoun_after_preposition(words[1].norm, ("من",))


SUPPORTED_CONFIDENCE = 0.7


def _announced_kill_confidence(
    views: Sequence[TokenView],
    trigger: Trigger,
    predicate: Predicate,
    lenders: Sequence[int],
    sources: Sequence[Side],
    targets: Sequence[Side],
    confidence: float,
) -> float:
    """«أعلن الجيش الباكستاني مقتل ستة مسلحين», «أعلن الجيش عن مقتل خمسة من عناصر التنظيم»: a state's armed force
    announcing the death of armed men it fights tells what it did (military force, 190 by `_armed_code`), as sure
    as an agent phrase would make the noun; the death of anyone else it announces is only reported."""
    if trigger.is_verb or not predicate.cameo.startswith("18") or not lenders or not sources or not targets:
        return confidence
    if not any(split.core in _announcing_words() for split in views[lenders[0]].splits):
        return confidence
    if not all(s.code is not None and s.code[3:6] in _STATE_FORCES for s in sources):
        return confidence
    if not all(
        t.code is not None and (t.code.startswith("IMG") or t.code[3:6] in _NON_STATE_FIGHTERS) for t in targets
    ):
        return confidence
    return max(confidence, AGENT_PHRASE_CONFIDENCE)


_STATE_FORCES = frozenset({"MIL", "COP"})
_NON_STATE_FIGHTERS = frozenset({"REB", "INS"})


@cache
def _announcing_words() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["announcing_words"]["words"])


AGENT_PHRASE_CONFIDENCE = 0.6


def _agent_phrase_confidence(trigger: Trigger, predicate: Predicate, roles: Roles, confidence: float) -> float:
    """«مقتل ثلاثة صحفيين برصاص الشرطة», «مقتل جنديين على يد مسلحين»: a noun of harm that alone may only report a
    death is the act itself when an agent phrase names who did it (as sure as the verb «قتل»)."""
    if trigger.is_verb or roles.source_how != "agent" or not predicate.cameo.startswith(_HARM_PREFIXES):
        return confidence
    return max(confidence, AGENT_PHRASE_CONFIDENCE)


_HARM_PREFIXES = ("17", "18", "19", "20")


@cache
def _joint_supports() -> frozenset[str]:
    return finite_verb_forms(load_json("events", "grammar.json")["action_supports"]["joint"])


def _supported_confidence(
    views: Sequence[TokenView], supports: Sequence[int], confidence: float, grammar: Grammar
) -> float:
    """«خاض الجيش حربا», «دخل في حرب مع»: under a verb saying it happened, a verbal noun is an explicit act."""
    if any(split.core in grammar.action_supports for p in supports for split in views[p].splits):
        return max(confidence, SUPPORTED_CONFIDENCE)
    return confidence


def _charged_passive(
    views: Sequence[TokenView],
    trigger: Trigger,
    predicate: Predicate,
    sources: Sequence[Side],
    targets: Sequence[Side],
    mentions: Sequence[Mention],
) -> bool:
    """An accusing verb whose subject is followed directly by the charge («يتهم بالمحسوبية», «اتهم وزير المالية
    الكيني بالفساد»): an active verb would name the accused before «ب», so this is the passive."""
    if not trigger.is_verb or predicate.control != "accuse" or not sources or targets:
        return False
    if trigger.split.enclitic in _OBJECT_PRONOUNS:
        return False  # «اتهمه الرئيس بالخيانة»: the accused is the pronoun
    after = max([trigger.span[1], *(s.mention.end for s in sources if s.mention is not None)])
    codes = {s.code for s in sources}
    for mention in mentions:  # the rest of the subject's phrase («وزير المالية الكيني»), not its object
        if mention.head_start == after and mention.code in codes:  # («اتهمت فرنسا الطرفين بخرق …»)
            after = mention.end
    return after < len(views) and views[after].is_word and views[after].token.prefixes[:1] == ("ب",)


def _described_act(ctx: SentenceContext, trigger: Trigger, earlier: Sequence[Draft], grammar: Grammar) -> Draft | None:
    """The verbal noun (with its agent) right before a verb with no subject after it: after an indefinite noun the
    verb is an adjectival clause on that act («غارة أمريكية استهدفته»), after a definite one that nothing governs
    it is the predicate of the act as subject («أن الغارات التركية استهدفت مواقع»), not after a relative pronoun
    («الغارات التي شنتها واشنطن») or a preposition («بعد الهجوم الإسرائيلي قتل ثلاثة»)."""
    if not trigger.is_verb or trigger.head == 0:
        return None
    views = ctx.views
    relative = _subject_relative_before(views, trigger, grammar)
    for draft in reversed(earlier):
        noun = draft.trigger
        if noun.is_verb:
            continue
        if relative is not None:
            # «الغارات الإسرائيلية التي استهدفت مواقع»: the act, with its agent, right before the relative pronoun
            # the act definite by the article or by its agent in construct («غارات التحالف التي استهدفت»), its agent
            # written there (not one lent by a verb judging it: «أعرب الأزهر عن استنكاره للهجوم الذي استهدف»)
            own = [s.mention for s in draft.sources if s.mention is not None and noun.span[1] <= s.mention.start]
            construct = any(m.start == noun.span[1] for m in own)
            definite = "ال" in views[noun.head].token.prefixes or construct
            if own and len(own) == len(draft.sources) and definite and _act_end(draft) == relative:
                return draft
            continue
        if not draft.sources and "ال" in views[noun.head].token.prefixes:
            continue  # («بقصف جوي استهدف مواقعهم»: an indefinite act with no agent named still has the verb on it)
        if "ال" in views[noun.head].token.prefixes and not _free_subject(views, noun.head, grammar):
            continue
        if "ال" not in views[noun.head].token.prefixes and "ال" in views[noun.span[1] - 1].token.prefixes:
            continue  # «لوقف القتال»: a definite object makes the phrase definite, no adjectival clause follows
        if _act_end(draft) == trigger.head:
            return draft
    return None


def _act_end(draft: Draft) -> int:
    """The token after a verbal noun's phrase: its required object and the agent written right after it."""
    end = draft.trigger.span[1]
    for side in draft.sources:
        if side.mention is not None and side.mention.head_start <= end <= side.mention.start:
            end = side.mention.end  # «غارة أمريكية», «غارات جوية للتحالف»: the agent after the noun
    return end


def _subject_relative_before(views: Sequence[TokenView], trigger: Trigger, grammar: Grammar) -> int | None:
    """«الذي/التي» right before a verb (or a comma and the pronoun) when the antecedent is the verb's subject: no
    pronoun on the verb stands for it as object («التي شنتها»), nor one on a preposition after it («الذي قتل
    فيه»), and a present verb agrees with the pronoun («التي يتهم X» has its own subject). The pronoun's index."""
    relative = trigger.head - 1
    if relative < 1 or views[relative].norm not in _ACT_RELATIVES or views[trigger.head].token.suffixes:
        return None
    verb = views[trigger.head]
    against = "ي" if views[relative].norm == _ACT_RELATIVES[1] else "ت"
    if verb.token.stem.startswith(against) and any(s.core.startswith(against) for s in verb.splits[:1]):
        return None  # a present verb of the other gender: «التي يتهم X», «الذي تتهم X»
    pronoun = "ه" if views[relative].norm == _ACT_RELATIVES[0] else "ها"
    for view in views[trigger.end : trigger.end + _RESUMED_REACH]:
        if not view.is_word:
            break
        if pronoun_after_preposition(view.norm, grammar.all_prepositions) == pronoun:
            return None  # «الذي قتل فيه», «الاعتداء الذي أعلن X مسؤوليته عنه»: the antecedent is resumed
    return relative - 1 if views[relative - 1].token.text in ("،", ",") else relative


_ACT_RELATIVES = (normalize("الذي"), normalize("التي"))
_RESUMED_REACH = 8  # words after the verb where a preposition with the pronoun resumes the antecedent


def _free_subject(views: Sequence[TokenView], head: int, grammar: Grammar) -> bool:
    """A definite noun no preposition governs, opening its clause or after «أن/إن»: it can be a subject."""
    if set(views[head].token.prefixes) & set(grammar.proclitic_prepositions):
        return False
    previous = next((v for v in reversed(views[:head]) if not v.in_timex), None)
    return previous is None or not previous.is_word or is_complementizer(previous, grammar)


def _opens_sentence(views: Sequence[TokenView], head: int, grammar: Grammar) -> bool:
    """Nothing but openers («كما», «وكان قد»), dates and punctuation before the verb in its sentence."""
    for view in views[:head]:
        if view.is_word and not view.in_timex and not view.forms & grammar.topic_openers:
            return False
    return True


def _no_overt_subject(ctx: SentenceContext, trigger: Trigger, grammar: Grammar) -> bool:
    """What follows the verb is no subject: a preposition, «أن», an object in the oblique case
    («واتهم المتمردين»), a quotation — not a noun phrase that names no actor («ونقل كاتب المقال»)."""
    following = next((v for v in ctx.views[trigger.end :] if not v.in_timex), None)
    if following is None or not following.is_word:
        return True
    for mention in ctx.mentions:
        if mention.head_start <= following.index < mention.end:
            return mention.oblique
    if following.forms & grammar.prepositions:
        # «واعتقل في استونيا»: a bare verb followed by a place phrase is as often a passive
        return bool(following.forms & set(trigger.predicate.preps))
    if {"ب", "ل"} & set(following.token.prefixes):
        return True
    return is_complementizer(following, grammar)


_OBJECT_PRONOUNS = frozenset(OBJECT_PRONOUNS)


_PLURAL_PRONOUNS = frozenset({"هم", "هما", "هن"})
_OBLIQUE_OWNERS = frozenset({"ل", "ب", "من", "في"})
_PRONOUN_READ_AHEAD = 4
_SELF_PREPOSITIONS = frozenset({"عن", "من"})


def _prepositional_pronoun(
    views: Sequence[TokenView], trigger: Trigger, clause: Clause, predicate: Predicate
) -> str | None:
    """«فرض عقوبات ضده», «شن هجوما عليهم», «التقى معه»: the pronoun on a preposition the predicate takes its
    target with, within a few words after the trigger and before any other actor phrase."""
    preps = {p for p in (predicate.preps or predicate.target_preps or DEFAULT_TARGET_PREPS) if p != "-"}
    preps -= _SELF_PREPOSITIONS  # «نفى عنه»: about the subject itself, not an object
    words = 0
    for view in views[trigger.end : clause.end]:
        if not view.is_word:
            continue
        words += 1
        if words > _PRONOUN_READ_AHEAD:
            break
        pronoun = pronoun_after_preposition(view.norm, preps)
        if pronoun is not None:
            return pronoun
    return None


_AGAINST_READ_AHEAD = 8


def _against_pronoun(views: Sequence[TokenView], trigger: Trigger) -> str | None:
    """«الضربات التي نفذتها لندن وباريس بعده ضده»: «ضد» with a pronoun after an act noun, across the
    relative clause that names its agents, is its target (no other preposition is that sure a sign)."""
    words = 0
    for view in views[trigger.span[1] :]:
        if view.token.text in (".", "؛", "،", ",", "؟", "!"):
            return None
        if not view.is_word:
            continue
        words += 1
        if words > _AGAINST_READ_AHEAD:
            return None
        pronoun = pronoun_after_preposition(view.norm, ("ضد",))
        if pronoun is not None:
            return pronoun
    return None


_DETACHED_PRONOUN_BASE = "ايا"


def _detached_pronoun(views: Sequence[TokenView], trigger: Trigger) -> str | None:
    """The pronoun of «إياه/إياها/إياهم/إياهما» right after the trigger, if it is there."""
    following = next((v for v in views[trigger.span[1] : trigger.span[1] + 2] if v.is_word), None)
    if following is None or not following.norm.startswith(_DETACHED_PRONOUN_BASE):
        return None
    pronoun = following.norm[len(_DETACHED_PRONOUN_BASE) :]
    return pronoun if pronoun in _OBJECT_PRONOUNS else None


def _pronoun_object(
    ctx: SentenceContext,
    trigger: Trigger,
    sources: Sequence[Side],
    pronoun: str | None = None,
    *,
    salient: bool = False,
) -> list[Side]:
    """«اتهمه», «زارهم», «ضده»: a pronoun object stands for the nearest actor named before the predicate that is
    not its subject, in the sentence or else the one before; a dual or plural pronoun takes a whole coordinated
    group, a feminine one («ها») skips persons (states and organisations are feminine words, officials mostly
    named men). The owner of a noun (`salient`: «على تجمعاتهم») is a phrase no preposition governs, and is looked
    for in the sentence before when every actor of this one is taken."""
    taken = {s.code for s in sources if s.code}
    candidates = [m for m in ctx.mentions if m.code and m.anaphor is None and m.end <= trigger.head]
    for mention in reversed(candidates):
        if mention.code in taken or _is_place(mention):
            continue
        if salient and mention.governor in _OBLIQUE_OWNERS and not _members_of(ctx.views, mention, default_grammar()):
            continue  # «عناصر الميليشيات الموالية لإيران ... على تجمعاتهم»: the owner is the phrase, not «لإيران»
        if pronoun == "ها" and mention.label == "PERS":
            continue
        if (
            pronoun == "هم"
            and mention.label == "LOC"
            and len(mention.code or "") <= 3
            and mention.head_start == mention.start
        ):
            continue  # «إياهم», «زارهم»: people, not a city or a state named alone (states are «ها»)
        if pronoun == "ه" and mention.oblique:
            continue  # «استهدفته»: a singular pronoun, not «مسلحين» (a sound plural or dual)
        if pronoun in _PLURAL_PRONOUNS:
            group = _apposed_groups(ctx.views, mention, candidates)
            group = [m for m in group if m.code not in taken]
            if len(group) < 2 and mention.label == "PERS" and not mention.oblique:
                continue  # «زارهم»: not one named person (but «المسؤولين الأفارقة», a plural phrase)
            return ctx.sides(group)
        return [side_of(ctx.doc, ctx.views, mention, ctx.index)]
    if candidates and not salient:
        return []
    for side in reversed(ctx.history):
        if side.code and side.code not in taken and not _is_place(side.mention):
            if pronoun == "ها" and side.mention is not None and side.mention.label == "PERS":
                continue
            return [side]
    return []


def _members_of(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> bool:
    """«49 مسلحا من تنظيم داعش ... استهدف أوكارهم»: a body after «من» and a counted or member noun is the group the
    members named belong to, so an owner pronoun after it stands for that body."""
    index = min(mention.start, mention.head_start) - 1
    if mention.governor != "من" or index < 1 or views[index].norm != "من":
        return False
    # a member noun or a counted noun («عشرة من عناصر», «49 مسلحا من»); not «المئات من الأسر», people counted
    # with no membership
    return bool(views[index - 1].forms & grammar.member_nouns) or (
        index >= 2 and views[index - 2].token.kind == "number"
    )


def _apposed_groups(views: Sequence[TokenView], mention: Mention, candidates: Sequence[Mention]) -> list[Mention]:
    """The coordinated group of `mention` with the groups written right before it, name and title in apposition
    («رئيس الغابون علي بونغو وساسو نغيسو رئيس الكونغو إضافة إلى إدريس ديبي رئيس تشاد، متهمة إياهم»): a plural
    pronoun stands for the whole list, each person once."""
    chosen = [m for m in candidates if m.group == mention.group]
    while True:
        first = min(m.head_start for m in chosen)
        between_ok = {first}
        if first > 0 and views[first - 1].token.text in ("،", ","):
            between_ok.add(first - 1)
        joined = next((m for m in candidates if m.end in between_ok and m not in chosen and m.anaphor is None), None)
        if joined is None or _is_place(joined):
            break
        chosen = [m for m in candidates if m.group == joined.group] + chosen
    out: list[Mention] = []
    for member in chosen:
        if not any(m.code == member.code for m in out):
            out.append(member)
    return out


_PLACE_GOVERNORS = frozenset({"في", "الي", "من", "نحو", "قرب", "داخل"})


def _adjacent_words(views: Sequence[TokenView], start: int, end: int) -> bool:
    """At most one word and no punctuation between two token positions."""
    between = views[start:end]
    return len(between) <= 1 and all(v.is_word for v in between)


def _is_place(mention: Mention | None) -> bool:
    """«إلى أنقرة», «من المدينة»: a place the actors are in or go to, not an actor a pronoun stands for."""
    if mention is None or mention.code is None:
        return False
    if mention.generic and len(mention.code) == 3:
        return True
    return mention.label == "LOC" and mention.governor in _PLACE_GOVERNORS


def _governed(control: Predicate, inner: Predicate) -> Predicate:
    """The predicate record of an embedded event keeps the inner word's construction and the lower confidence."""
    return replace(
        inner,
        control=None,
        alone=True,
        # «تدعو روسيا وتركيا وإيران إلى هدنة»: who calls for, demands or rejects a mutual act is not its parties;
        # who intends it is («اتفق الطرفان على وقف إطلاق النار»)
        reciprocal=inner.reciprocal and control.control in _PARTY_CONTROLS,
        confidence=_governed_confidence(control, inner),
        # the embedded word is read as the controlling word's complement, not as a participle or a passive
        verbal=False,
        passive=False,
        unrealised_only=False,  # («حذرت X من أنها سترد»: the warning's own modality is the one that counts)
    )


_PARTY_CONTROLS = (None, "", "intent", "negate")


def _accused_before_act(
    trigger: Trigger, act: Trigger, sources: Sequence[Side], targets: Sequence[Side], predicate: Predicate
) -> bool:
    """«حمّلت X Y المسؤولية عن مقتل ...», «اتهمت X Y بالتآمر»: an active accusing verb with its accuser and its
    accused both named before the blamed act, the accused after the verb, is an accusation whatever the act is read
    as. A passive («واتهم الصحفيان بـ»), a pronoun or an actor after the act («مسؤولية مقتل 300 مدني») is no such
    sure reading: its doubt stays with the weaker word."""
    if not trigger.is_verb or predicate.source != "rasd" or not sources or not targets:
        return False
    if any(s.code is None or s.mention is None for s in (*sources, *targets)):
        return False
    if {s.code for s in sources} & {t.code for t in targets}:
        return False
    return all(s.mention is not None and s.mention.head_start < act.head for s in sources) and all(
        t.mention is not None and trigger.head < t.mention.head_start < act.head for t in targets
    )


def _governed_confidence(control: Predicate, inner: Predicate) -> float:
    """An appeal or a demand is as sure as the calling word: a doubtful reading of what is called for («حث X على
    السماح بدخول ...») only refines its code, the call itself stays; any other governed act is as sure as its
    weaker word."""
    if control.control in _CALLING_CONTROLS and control.source == "rasd":
        return control.confidence
    return min(control.confidence, inner.confidence)


_CALLING_CONTROLS = ("appeal", "demand")


def focus_country(doc: Doc) -> str | None:
    """The country an article is mostly about: the one its place names point to most often."""
    counts: dict[str, int] = {}
    for entity in doc.entities:
        if entity.label == "LOC" and entity.actor is not None and entity.actor.country:
            counts[entity.actor.country] = counts.get(entity.actor.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _kind_written_before(views: Sequence[TokenView], entity: Entity, grammar: Grammar) -> str | None:
    """«منظمة "شربا"», «حركة حماس»: the kind of organisation written right before a name that is the entity
    alone, by which the article may call it later («المنظمة»)."""
    if entity.label != "ORG" or entity.actor is None:
        return None
    first = next((v.index for v in views if v.token.start >= entity.start), None)
    index = (first or 0) - 1
    while first is not None and index >= 0 and views[index].token.text in NAME_MARKS:
        index -= 1
    if first is None or index < 0 or not views[index].is_word or "ال" in views[index].token.prefixes:
        return None
    kind = bare(views[index].token.stem)
    return kind if kind in grammar.organisation_kinds else None


def _outside_names(triggers: list[Trigger], views: Sequence[TokenView], entities: Sequence[Entity]) -> list[Trigger]:
    """A word inside the name of a place or the full name of a person is part of the name, not a predicate: a first
    name spelled like a verb («وقال دان ...» is a man named Dan, not «condemned»), a continent after «و» («وآسيا»,
    not «consoled»)."""
    # a verb standing alone as a person's name is more often the recogniser's slip («دان قاض ...» a judge convicted)
    spans = [(e.start, e.end) for e in entities if e.label == "LOC" or (e.label == "PERS" and " " in e.text.strip())]
    if not spans:
        return triggers
    return [
        t
        for t in triggers
        if not any(start < views[t.head].token.end <= end for start, end in spans)  # «وآسيا»: the name after «و»
    ]


def _verbal_nouns_after_subjects(
    views: Sequence[TokenView], triggers: Sequence[Trigger], mentions: Sequence[Mention], grammar: Grammar
) -> set[int]:
    """«أدانت الأمم المتحدة قتل المتظاهرين», «انتقدت الحكومة دعم إيران للحوثيين»: a bare word spelled both as a
    past verb and as its verbal noun, right after a verb and the actor that follows it as subject, is the verbal noun
    (the first verb's object); two verbs in a row with no «و» between them do not share that actor."""
    verbs = {t.head for t in triggers if t.is_verb}
    positions: set[int] = set()
    for trigger in triggers:
        if not _bare_verb_reading(views[trigger.head], trigger):
            continue
        # a date set off by commas may come between («أدانت الأمم المتحدة، الثلاثاء، قتل»), and so may an adverb of
        # manner («أدانت فرنسا بشدة قتل المدنيين»: no verb «killed» with France as its subject)
        gap = trigger.head
        while gap > 0 and (
            views[gap - 1].in_timex
            or views[gap - 1].token.text in ("،", ",")
            or views[gap - 1].forms & grammar.manner_adverbs
        ):
            gap -= 1
        subject = next((m for m in mentions if m.end == gap and m.is_bare and m.code), None)
        # after an indefinite actor a verb opens a clause describing it («عائلة طفل فلسطيني قتل برصاص»)
        if subject is None or not _definite_phrase(views, subject) or subject.head_start == 0:
            continue
        verb = subject.head_start - 1
        # after a verb that lends its subject («أكد الوزير دعم الحكومة للجهود») only with an agent of its own
        # before the «ل» of the patient: «أعلن الجيش قتل مسلحين» is the army's own act
        # («قررت النيابة حبس الناشط»: a verb of deciding lends its subject too, even when it is a trigger itself)
        lends = _lends(views[verb], grammar)
        if (verb in verbs and not lends) or (lends and _agent_before_lam(views, trigger.head, mentions)):
            positions.add(trigger.head)
        elif {split.core for split in views[verb].splits} & grammar.receive_verbs:
            positions.add(trigger.head)  # «تلقت الحكومة دعما من X»: what is received is a noun, no verb of two
    return positions


def _lends(view: TokenView, grammar: Grammar) -> bool:
    """A verb (not a noun) that lends its subject to the verbal noun after it («أكد», «واصل»)."""
    return any(s.core in grammar.lend and s.core not in grammar.lend_nouns for s in view.splits[:1])


def _agent_before_lam(views: Sequence[TokenView], head: int, mentions: Sequence[Mention]) -> bool:
    """«دعم الحكومة للجهود»: an actor right after the word, followed by the patient with «ل»."""
    agent = next((m for m in mentions if m.head_start == head + 1 and m.code and not m.coordinated), None)
    if agent is None:
        return False
    after = agent.end
    while after < len(views) and not views[after].is_word:
        after += 1
    return after < len(views) and "ل" in views[after].token.prefixes


def _definite_phrase(views: Sequence[TokenView], mention: Mention) -> bool:
    """A phrase whose last word has the article («الحكومة الفرنسية»), a person's name, or a name standing alone
    («فرنسا»; in «عائلة طفل فلسطيني» the name is an adjective of an indefinite noun)."""
    entity = mention.entity
    named = entity is not None and (
        entity.label == "PERS" or (mention.head_start == mention.start and entity.label != "MISC")
    )
    return named or "ال" in views[mention.end - 1].proclitics


def _bare_verb_reading(view: TokenView, trigger: Trigger) -> bool:
    """A word with no proclitic, read as a verb that needs no fixed words or object, with a noun sense of the same
    act (a required object, «حكما بسجن X», is found by the verb's construction only)."""
    if not trigger.is_verb or view.token.prefixes or trigger.hit.continuation or trigger.obj is not None:
        return False
    root = trigger.predicate.cameo[:2]
    return any(h.predicate.kind == "n" and h.predicate.cameo[:2] == root for h, _obj in trigger.senses)


_PARENTHESISED_ACTORS = ("ORG", "PERS")  # names whose parentheses are read through («ضد (داعش)»)


def sentence_contexts(doc: Doc) -> list[SentenceContext]:
    lexicon, grammar = default_lexicon(), default_grammar()
    focus = focus_country(doc)
    out = []
    named_heads: dict[str, list[Entity]] = {}
    group_heads: dict[str, str | None] = {}
    for index, sentence in enumerate(doc.sentences):
        tokens = doc.tokens[sentence.token_start : sentence.token_end]
        entities = [e for e in doc.entities if e.start >= sentence.start and e.end <= sentence.end]
        views = view_tokens(tokens, [(e.start, e.end, e.label in _PARENTHESISED_ACTORS) for e in entities])
        for timex in doc.timexes:
            if sentence.start <= timex.start < sentence.end:
                for view in views:
                    if view.token.start < timex.end and timex.start < view.token.end:
                        view.in_timex = True
        triggers = _unannounced_dropped(find_triggers(views, lexicon, grammar), views, grammar)
        # «المدعومة من X» is a trigger only after an armed actor, found with the participle left inside the phrase
        patrons = [t for t in triggers if not t.is_verb and views[t.head].forms & grammar.patron_backed]
        if patrons:
            triggers = [t for t in triggers if t not in patrons]
        triggers = _outside_names(triggers, views, entities)
        mentions = sentence_mentions(
            views, sentence.token_start, entities, triggers, grammar, focus, named_heads, group_heads
        )
        objects = _verbal_nouns_after_subjects(views, triggers, mentions, grammar)
        if objects:
            found = _unannounced_dropped(find_triggers(views, lexicon, grammar, objects), views, grammar)
            triggers = _outside_names(found, views, entities)
            mentions = sentence_mentions(
                views, sentence.token_start, entities, triggers, grammar, focus, named_heads, group_heads
            )
        if patrons:
            backing = [t for t in patrons if _patron_backing(views, mentions, t, grammar) is not None]
            triggers = sorted([*triggers, *backing], key=lambda t: t.head)
        for entity in entities:
            head = organisation_head(entity)
            if head is not None and head not in agent_lexicon().words:
                _note_named_head(named_heads, head, entity)
            # the kind written before the name is how the article calls it, even a generic word («المنظمة»)
            kind = _kind_written_before(views, entity, grammar)
            if kind is not None:
                _note_named_head(named_heads, kind, entity)
        for head, entity in titled_organisations(views, mentions, grammar):
            _note_named_head(named_heads, head, entity)
        _note_group_heads(views, mentions, group_heads)
        verb_heads = {t.head for t in triggers if t.is_verb}
        out.append(SentenceContext(doc, index, sentence.token_start, views, mentions, triggers, verb_heads, []))
    return out


def _unannounced_dropped(triggers: list[Trigger], views: Sequence[TokenView], grammar: Grammar) -> list[Trigger]:
    """Without the senses that hold only for an act announced (`unreal=1`) where the act is not («وكانت روسيا قد ردت
    بالمثل على بريطانيا وطردت ...»: a reply done is no trigger, and no verb that would cut the next one from its
    subject)."""

    def announced(trigger: Trigger) -> bool:
        clause = clause_around(views, trigger.head, grammar)
        present = trigger.is_verb and trigger.features.tense == "present"
        modality = modality_at(
            views, [trigger.head], trigger.span[1], clause.start, 0, grammar, is_noun=False, present=present
        )
        return _announced(modality)

    return [t for t in triggers if not t.predicate.unrealised_only or announced(t)]


def _note_named_head(named_heads: dict[str, list[Entity]], head: str, entity: Entity) -> None:
    """The organisations named so far with a head noun, one for each code, the last named last."""
    named = [e for e in named_heads.get(head, []) if actor_code(e) != actor_code(entity)]
    named_heads[head] = [*named, entity]


def _note_group_heads(
    views: Sequence[TokenView], mentions: Sequence[Mention], group_heads: dict[str, str | None]
) -> None:
    """The armed groups named so far by the noun they are written with («ميليشيات الحوثي»); a noun written with
    two groups of different codes, or with a country adjective («ميليشيات إيرانية»), stands for none (None or
    "")."""
    for mention in mentions:
        head = group_head(views, mention)
        if head is not None and mention.code is not None:
            code = mention.code if mention.label == "ORG" else ""
            known = group_heads.get(head, code)
            group_heads[head] = code if known == code else None


def _char_span(doc: Doc, draft: Draft, contexts: Sequence[SentenceContext]) -> tuple[int, int]:
    views = contexts[draft.sentence].views
    start, end = draft.evidence
    return views[start].token.start, views[end - 1].token.end


def _quote_of(doc: Doc, start: int, end: int) -> Quote | None:
    for quote in doc.quotes:
        if quote.content.start <= start and end <= quote.content.end:
            return _carried_speaker(doc, quote)
    return None


@cache
def _title_endings() -> tuple[str, ...]:
    words = load_json("events", "grammar.json")["title_number_endings"]["words"]
    return tuple(sorted((norm_word(w) for w in words), key=len, reverse=True))


def _title_stem(word: str, *, definite: bool) -> str | None:
    """«الوزيران», «وزيرا» → «وزير»: a title noun without its article and its endings of number and gender."""
    word = norm_word(word)
    if word.startswith("ال"):
        word = word[2:]
    elif definite:
        return None
    for ending in _title_endings():
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word if len(word) >= 3 else None


def _carried_speaker(doc: Doc, quote: Quote) -> Quote:
    """«وقال وزيرا الخارجية ... . وأشار الوزيران: "نحن ..."»: a speaker written as a definite title (with its
    adjectives) with no name and no actor is the last earlier speaker named with that title (grammar.json
    `title_number_endings`)."""
    speaker = quote.speaker
    if speaker is None or speaker.actor or speaker.entity or quote.cue is None:
        return quote
    words = (speaker.text or "").split()
    if not words or not all(norm_word(word).startswith("ال") for word in words):
        return quote  # the title alone or with its adjectives («الوزيران البريطانيان»), no name
    stem = _title_stem(words[0], definite=True)
    if stem is None:
        return quote
    earlier = [
        other
        for other in doc.quotes
        if other.cue is not None
        and other.cue.start < quote.cue.start
        and other.speaker is not None
        and other.speaker.actor
        and any(_title_stem(word, definite=False) == stem for word in (other.speaker.text or "").split())
    ]
    if not earlier:
        return quote
    return replace(quote, speaker=max(earlier, key=lambda other: other.cue.start if other.cue else 0).speaker)


def _date(doc: Doc, draft: Draft, ctx: SentenceContext, quote: Quote | None) -> EventDate:
    """The governing time expression of the clause, else the quote's or sentence's reporting date, else publication."""
    views = ctx.views
    clause = draft.clause
    head = draft.trigger.head
    best: tuple[int, Timex] | None = None
    sentence_timex: Timex | None = None
    segment_start, segment_end = _segment(views, head, clause)
    clause_start = views[segment_start].token.start if segment_start < len(views) else views[-1].token.end
    clause_end = views[segment_end - 1].token.end if segment_end > 0 else 0
    opening = _opening_end(ctx, views)
    head_char = views[head].token.start
    sentence_start, sentence_end = views[0].token.start, views[-1].token.end
    grammar = default_grammar()
    # the matter of a discussion is dated only after it, in its own phrase («لبحث ملف الغارة»)
    discussed = not draft.trigger.is_verb and _discussed_matter(views, head, grammar)
    trailing = _trailing_date_end(views, segment_end, grammar)
    if trailing is not None:
        clause_end = trailing
    for found in doc.timexes:
        if not (sentence_start <= found.start and found.end <= sentence_end):
            continue
        since = _after_since(views, found, grammar)
        if since and not _since_dates(ctx, draft.trigger, found, clause_start, grammar):
            continue
        timex = _since_date(found, doc.anchor_date) if since else found
        if timex is None or timex.type not in ("DATE", "TIME") or timex.value in _VAGUE or not timex.value:
            continue
        if discussed and timex.start < head_char:
            continue
        if _dates_a_noun(views, timex, grammar) and not since:
            continue  # («منذ حرب 2014»: «منذ» two words back dates the noun it governs; right before, the act)
        if (
            _words_after(views, head, timex.start) > _TIMEX_REACH
            and not _aside(views, timex, clause.end)
            and not (trailing is not None and timex.end <= trailing and timex.start > head_char)
        ):
            continue
        # (a span since is the sentence's only when «منذ» opens it: «ومنذ 2015، دخل التحالف ...»)
        opens = timex.end <= opening and (not since or _since_opens(views, timex, opening, head_char))
        if (clause_start <= timex.start and timex.end <= clause_end) or opens:
            distance = abs(timex.start - head_char)
            if best is None or distance < best[0]:
                best = (distance, timex)
        elif sentence_timex is None and timex.start < head_char and not since:
            sentence_timex = timex  # (when an act began dates only the act it governs, not the sentence)
    # (not for an act recoded by a word governing it, «التحضير للقمة التي عقدت الأسبوع الماضي»: the preparing is
    # dated by its own clause, the clause after the noun dates the summit)
    relative = (
        None
        if draft.code[:2] != draft.predicate.cameo[:2]
        else _relative_clause_timex(doc, views, draft.trigger, grammar)
    )
    # the relative clause that says when the act took place dates it before the clause it is named in does
    # («وأدانت الخارجية أمس الهجوم الذي وقع يوم الجمعة», «تأتي بعد اعتقالات تمت الخميس الماضي»)
    if relative is not None:
        return EventDate(_day_value(relative), relative.id, "timex")
    if best is not None:
        return EventDate(_governed_day(views, head, best[1], grammar), best[1].id, "timex")
    anchor = doc.anchor_date
    if discussed:
        # a discussed act is no part of the report or the story told around it
        return EventDate(anchor.isoformat() if anchor else None, None, "published" if anchor else "unknown")
    offset = _span_before_event(doc, views, head)
    if offset is not None:
        reference = _iso_day(_day_value(sentence_timex)) if sentence_timex is not None else doc.anchor_date
        if reference is not None:  # «ويأتي ذلك قبل ثلاثة أيام من اللقاء المقرر»: the meeting is three days on
            timex, days = offset
            return EventDate((reference + dt.timedelta(days=days)).isoformat(), timex.id, "timex")
    if quote is not None and quote.date:
        return EventDate(quote.date, None, "quote")
    if sentence_timex is not None:
        return EventDate(_day_value(sentence_timex), sentence_timex.id, "sentence")
    passage = _passage_day(doc, ctx, anchor)
    if passage is not None:
        return EventDate(_day_value(passage), passage.id, "passage")
    if anchor is not None:
        return EventDate(anchor.isoformat(), None, "published")
    return EventDate(None, None, "unknown")


def _discussed_matter(views: Sequence[TokenView], head: int, grammar: Grammar) -> bool:
    """«لمناقشة الهجوم», «لبحث قضية الهجوم», «تحقيق حول مقتل»: the act at `head` is the matter of a discussion or
    report, right after a verbal noun of discussing written with «ل» (grammar `meeting_purposes`) or a topic marker,
    or after one noun of a matter between (grammar `discussed_matters`)."""
    before = [v for v in views[max(0, head - 2) : head] if v.is_word]
    if before and before[-1].forms & grammar.matter_nouns and not before[-1].in_timex:
        before = before[:-1]
    if not before:
        return False
    word = before[-1]
    if word.forms & grammar.topic_markers:
        return True
    return "ل" in word.token.prefixes[:2] and bare(word.token.stem) in _meeting_purposes()


_SPAN_DAYS = {"D": 1, "W": 7}
_NEAR_PLAN_DAYS = 45  # a meeting dated to a day this close after the article is planned
_RELATIVE_MODIFIERS = 2  # adjectives between an act noun and its relative clause («الهجوم الإرهابي الانتحاري الذي»)
_RELATIVE_DATE_REACH = 8  # words of the relative clause where its date is looked for


def _trailing_date_end(views: Sequence[TokenView], segment_end: int, grammar: Grammar) -> int | None:
    """«وهاجمت القوات سفينة في ميناء الحديدة، مساء الاثنين.»: a date after the comma that closes the predicate's
    part of the clause, with nothing after it but the end of the sentence, is that part's date (Arabic news puts the
    day last, set off by a comma); the end (in characters) of that date, None when the clause ends otherwise."""
    if segment_end >= len(views) or views[segment_end].token.text not in ("،", ","):
        return None
    index = segment_end + 1
    if index < len(views) and views[index].norm == "في" and index + 1 < len(views) and views[index + 1].in_timex:
        index += 1  # «، في 26 يوليو.»
    first = index
    while index < len(views) and views[index].in_timex:
        index += 1
    if index == first or (index < len(views) and views[index].token.text not in grammar.sentence_punctuation):
        return None
    return views[index - 1].token.end


def _relative_clause_timex(doc: Doc, views: Sequence[TokenView], trigger: Trigger, grammar: Grammar) -> Timex | None:
    """«الهجوم الذي وقع في باريس ليلة السبت», «الغارة التي شنتها الطائرات أمس», «اعتقالات تمت الخميس الماضي»: the
    time expression of a relative clause right after an act noun whose verb says the act took place or who carried
    it out (grammar `dating_relative_verbs`). The clause describes the act itself, so its date is the act's when the
    noun's own clause names none (the reporting clause's publication or quote date is that of the report)."""
    if trigger.is_verb:
        return None
    definite = "ال" in views[trigger.head].token.prefixes or views[trigger.head].norm.startswith("ال")
    index, skipped = trigger.end, 0
    while index < len(views) and skipped < _RELATIVE_MODIFIERS and views[index].is_word:
        view = views[index]
        if view.norm in grammar.relative_pronouns or view.forms & grammar.dating_relative_verbs:
            break
        if definite != ("ال" in view.token.prefixes or view.norm.startswith("ال")):
            return None
        index += 1
        skipped += 1
    if index < len(views) and function_core(views[index]) in grammar.relative_pronouns:
        if not definite:
            return None
        index += 1
    elif definite:
        return None  # a definite noun takes its relative clause through a pronoun; a verb right after is a new clause
    if index >= len(views) or not any(split.core in grammar.dating_relative_verbs for split in views[index].splits):
        return None
    end, words = index + 1, 0
    while end < len(views) and words < _RELATIVE_DATE_REACH:
        text = views[end].token.text
        if text in grammar.clause_punctuation and not (text in ("،", ",") and _sets_off_date(views, end)):
            break
        words += views[end].is_word
        end += 1
    start_char, end_char = views[index].token.end, views[end - 1].token.end
    for timex in doc.timexes:
        if timex.type not in ("DATE", "TIME") or timex.value in _VAGUE or not timex.value:
            continue
        if start_char <= timex.start and timex.end <= end_char and not _dates_a_noun(views, timex, grammar):
            return timex
    return None


def _planned_by_date(
    draft: Draft,
    date: EventDate,
    published: dt.date | None,
    views: Sequence[TokenView],
    doc: Doc,
    others: Collection[int] = (),
) -> bool:
    """Whether an act stated plainly is dated after the article: a present verb or a noun whose governing time
    expression falls wholly after the publication day. A past verb is done whatever the date near it says
    («وافق البرلمان على إجراء الانتخابات في مايو المقبل»: the date is the election's)."""
    if published is None or date.basis != "timex" or not date.value:
        return False
    if draft.modality.label != "asserted" or draft.code.startswith(("03", "13")):
        return False
    first_day = _first_day(date.value)
    if first_day is None or first_day <= published:
        return False
    timex = next((t for t in doc.timexes if t.id == date.timex), None)
    timex_text = doc.text[timex.start : timex.end] if timex is not None else ""
    trigger = draft.trigger
    cues = _planned_cues()
    said_to_come = any(norm_word(word) in cues["future_words"] for word in timex_text.split())
    if trigger.is_verb:
        if trigger.features.tense != "present":
            return False
        # «وكانت ماي أول زعيم يزور ترامب»: a past auxiliary anywhere before it in the clause; and a bare month
        # («في يناير») is no plan unless said to come, as the year it is read in may be the wrong one
        before = views[draft.clause.start : trigger.head]
        if any(v.is_word and v.norm in cues["past_auxiliaries"] for v in before):
            return False
        return said_to_come or len(date.value) == 10
    # a noun has no tense: only a meeting said to be still to come («المقبل», «غدا»), the time expression's words
    # (a past date read as a future one must not make a finished negotiation a plan), or dated to a day soon after
    # the article («قمة سنغافورة في 12 يونيو»: a day and month read in the article's year, so never months ahead)
    # («في اليوم الثالث من زيارته» is a day of the visit, read as a day of the month)
    near = (
        len(date.value) == 10
        and (first_day - published).days <= _NEAR_PLAN_DAYS
        and not (len(timex_text.split()) > 1 and norm_word(timex_text.split()[0]) == "اليوم")
        and timex is not None
        and not _act_between(views, trigger.head, timex, others)
    )
    return draft.code.startswith("04") and (said_to_come or near)


def _act_between(views: Sequence[TokenView], head: int, timex: Timex, others: Collection[int]) -> bool:
    """Whether another act's word stands between the noun at `head` and its time expression: «تجري محادثات بناءة
    بشأن عقد القمة يوم 12 يونيو» dates the summit, not the talks going on."""
    low, high = sorted((views[head].token.start, timex.start))
    if any(other != head and low < views[other].token.start < high for other in others):
        return True
    cues = _planned_cues()
    nouns = cues["held_nouns"] | cues["meeting_nouns"]
    return any(low < view.token.start < high and bare(function_core(view)) in nouns for view in views if view.is_word)


@cache
def _planned_cues() -> dict[str, frozenset[str]]:
    entry = load_json("events", "grammar.json")["planned_by_date"]
    keys = ("past_auxiliaries", "future_words", "span_quantities", "held_nouns", "meeting_nouns")
    return {key: frozenset(norm_word(w) for w in entry[key]) for key in keys}


@cache
def _span_units() -> dict[str, int]:
    entry = load_json("events", "grammar.json")["planned_by_date"]["span_units"]
    return {norm_word(word): int(days) for word, days in entry.items()}


def _awaited_by_span(
    draft: Draft, date: EventDate, published: dt.date | None, views: Sequence[TokenView], doc: Doc
) -> bool:
    """«وتأتي المبادرة قبل أسابيع من زيارة البابا», «قبل ساعات من القمة», «قبل يوم من عقده قمة»: a meeting or visit
    noun after a span before it is still to come when its sentence is told; planned unless the sentence's own day
    with the fewest days the span says falls before the article («وقبل أيام من قمة 2015 ...» is past)."""
    if published is None or draft.trigger.is_verb or not draft.code.startswith("04"):
        return False
    if draft.modality.label != "asserted":
        return False
    days = _span_days_before(views, draft.trigger.head)
    if days is None:
        return False
    timex = next((t for t in doc.timexes if t.id == date.timex), None) if date.timex else None
    day = _iso_day(date.value[:10]) if date.value else None
    if day is None:
        return True  # no day of its own: the sentence is the article's
    if timex is not None and timex.type == "DURATION":
        days = 0  # «قبل ثلاثة أيام من اللقاء»: the day is already the meeting's (`_span_before_event`)
    return day + dt.timedelta(days=days) >= published


def _span_days_before(views: Sequence[TokenView], head: int) -> int | None:
    """The fewest days between «قبل SPAN من» and the noun at `head`, None when no such span stands right before it."""
    cues = _planned_cues()
    index = head - 1
    if index >= 1 and views[index].norm in cues["held_nouns"]:
        index -= 1  # «قبل يوم من عقده قمة»
    if index < 2 or views[index].norm != "من":
        return None
    index -= 1
    if views[index].norm in cues["span_quantities"]:
        index -= 1  # «قبل أيام قليلة من»
    days = _span_units().get(views[index].norm)
    if days is None:
        return None
    for back in range(index - 1, max(-1, index - 4), -1):
        view = views[back]
        if function_core(view) == "قبل":
            return days
        if not (view.in_timex or view.norm.isdigit() or view.norm in cues["span_quantities"]):
            return None
    return None


def _first_day(value: str) -> dt.date | None:
    """The first day of an ISO date, month or year («2018-05» → 1 May 2018); None for other values."""
    parts = value.split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            return dt.date(int(parts[0]), 1, 1)
        if len(parts) == 2 and len(parts[1]) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 3:
            return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return None


def _aside(views: Sequence[TokenView], timex: Timex, clause_end: int) -> bool:
    """«وقع الرئيس ... وقائد المتمردين ...، الأربعاء، اتفاق سلام»: a date set off by commas belongs to the clause it
    interrupts, however long the subject before it."""
    first = next((v.index for v in views if v.token.start >= timex.start), None)
    if first is None or first == 0 or views[first - 1].token.text not in ("،", ","):
        return False
    return date_aside(views, first - 1, clause_end)


def _span_before_event(doc: Doc, views: Sequence[TokenView], head: int) -> tuple[Timex, int] | None:
    """«قبل ثلاثة أيام من اللقاء» / «بعد يومين من الاجتماع»: (the span's timex, days from the sentence's own date to
    the event at `head`: positive when the event comes later)."""
    if head < 2 or views[head - 1].norm != "من":
        return None
    before_min = views[head - 1].token.start
    for timex in doc.timexes:
        if timex.type != "DURATION" or not (0 <= before_min - timex.end <= 1):
            continue
        found = re.fullmatch(r"P(\d+)([DW])", timex.value)
        word = doc.text[max(0, timex.start - 12) : timex.start].split()[-1:] if found else []  # «قبل», «بعد»
        if not found or not word:
            return None
        days = int(found.group(1)) * _SPAN_DAYS[found.group(2)]
        preposition = normalize(word[0])
        if preposition == "قبل":
            return timex, days
        if preposition == "بعد":
            return timex, -days
        return None
    return None


def _passage_day(doc: Doc, ctx: SentenceContext, anchor: dt.date | None) -> Timex | None:
    """The day the story is at when a sentence names none: the last day named in the sentence just before, outside
    quotations («قال فورار الخميس إن … .» then «وناشد فورار الناس …»). Only a day of
    the news (within a week of publication) carries over; background dates («في 2016») do not."""
    sentences = doc.sentences
    if ctx.index == 0 or anchor is None:
        return None
    previous = sentences[ctx.index - 1]
    found: Timex | None = None
    for timex in doc.timexes:
        if not (previous.start <= timex.start and timex.end <= previous.end):
            continue
        if timex.type not in ("DATE", "TIME") or _quote_of(doc, timex.start, timex.end) is not None:
            continue
        day = _iso_day(_day_value(timex))
        if day is not None and abs((day - anchor).days) <= _PASSAGE_DAYS:
            found = timex
    return found


def _iso_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _segment(views: Sequence[TokenView], head: int, clause: Clause) -> tuple[int, int]:
    """The part of the clause between commas around the predicate: a time expression beyond a comma dates
    something else («عين في منصبه في تموز 2016، وكان قد هدد»), but a date set off by commas is the clause's own
    («وحث الرئيس، الثلاثاء، الحكومة»)."""
    start, end = clause.start, clause.end
    for index in range(head - 1, clause.start - 1, -1):
        if views[index].token.text in ("،", ",") and not date_aside(views, index, clause.end):
            start = index + 1
            break
    for index in range(head + 1, clause.end):
        if views[index].token.text in ("،", ",") and not date_aside(views, index, clause.end):
            end = index
            break
    return start, end


def _opening_end(ctx: SentenceContext, views: Sequence[TokenView]) -> int:
    """The end (in characters) of a sentence-opening adverbial before the first comma and the first predicate
    («وفي عام 2020، وقّعت ...»): it dates the whole sentence; 0 when the sentence opens otherwise."""
    first_trigger = min((t.head for t in ctx.triggers), default=len(views))
    for view in views[:first_trigger]:
        if view.token.text in ("،", ","):
            return view.token.start
    return 0


def _governed_day(views: Sequence[TokenView], head: int, timex: Timex, grammar: Grammar) -> str:
    """The day a time expression gives the event at `head`. «غداة» dates its sentence to the day after the event
    it governs («ويأتي الإعلان غداة زيارة الوزير»): the visit was the day before."""
    value = _day_value(timex)
    before = head - 1
    while before >= 0 and not views[before].is_word:
        before -= 1
    if before < 0 or not (views[before].forms & grammar.day_after_words):
        return value
    if not (timex.start <= views[before].token.start and views[before].token.end <= timex.end):
        return value
    day = _iso_day(value)
    return (day - dt.timedelta(days=1)).isoformat() if day is not None else value


def _after_since(views: Sequence[TokenView], timex: Timex, grammar: Grammar) -> bool:
    """Whether the word right before a time expression is «منذ» (grammar `since_words`)."""
    before = [v for v in views if v.token.end <= timex.start and v.is_word][-1:]
    return any(v.forms & grammar.since_words for v in before)


_SINCE_SPAN = re.compile(r"P(\d+)([YMWD])")
_SINCE_REACH = 4  # words (not actors') between an act and the «منذ» written after it


def _since_dates(ctx: SentenceContext, trigger: Trigger, timex: Timex, clause_start: int, grammar: Grammar) -> bool:
    """Whether «منذ X» dates the act at `trigger` to when it began. Not when it counts the time since the last such
    act («أول سفير منذ 20 عاما», «لم يلتق به منذ 2004»: grammar `since_words.firsts` in the clause before «منذ»),
    nor when, written after the act, it is far from it or a participle between carries it («الحرب المستمرة منذ سبع
    سنوات», «تنظيمات تسيطر عليها منذ 2011»)."""
    before = [v for v in ctx.views if clause_start <= v.token.start and v.token.end <= timex.start and v.is_word]
    if any(v.forms & grammar.since_firsts for v in before):
        return False
    actors = {i for m in ctx.mentions for i in range(m.head_start, m.end)}
    # the words between the act and «منذ», but the actors'
    after_act = [v for v in before if v.index >= trigger.end and v.index not in actors][:-1]
    if timex.start < ctx.views[trigger.head].token.start:
        # written before the act, «منذ» is the act's unless a conjunction between opens another clause («وللفلسطينيين
        # وضع الدولة المراقبة منذ 2012 وانضمت فلسطين ...»)
        between = [v for v in ctx.views if timex.end <= v.token.start and v.index < trigger.head and v.is_word]
        return not any("و" in v.token.prefixes[:1] for v in [*between, ctx.views[trigger.head]])
    return len(after_act) <= _SINCE_REACH and not any(v.forms & grammar.since_holders for v in after_act)


def _since_opens(views: Sequence[TokenView], timex: Timex, opening: int, head_char: int) -> bool:
    """«ومنذ 2015، ...», «لكن ومنذ حزيران ...»: «منذ» is one of the first two words of the sentence, and the act is
    in the part right after its comma («ومنذ فبراير، استنفرت القوات ...، بالتزامن مع بدء العملية»: not the
    operation)."""
    words = [v for v in views if v.is_word and v.token.end <= timex.start]
    commas = [v for v in views if opening < v.token.start < head_char and v.token.text in ("،", ",")]
    return len(words) <= 2 and not commas


def _since_date(timex: Timex, anchor: dt.date | None) -> Timex | None:
    """When an act governed by «منذ X» began: the date X itself («منذ 2015»), or a counted span back from the
    publication date at the span's own precision («منذ سنتين» → the year two years back, «منذ أسبوع» → last week);
    the gold dates a lasting act by its start. A vague or bounded span («منذ سنوات», «منذ أكثر من عام») gives none."""
    if timex.type in ("DATE", "TIME"):
        return timex
    found = _SINCE_SPAN.fullmatch(timex.value) if timex.type == "DURATION" and timex.mod is None else None
    if found is None or anchor is None:
        return None
    amount, unit = int(found.group(1)), found.group(2)
    if unit == "Y":
        value = f"{anchor.year - amount:04d}"
    elif unit == "M":
        months = anchor.year * 12 + anchor.month - 1 - amount
        value = f"{months // 12:04d}-{months % 12 + 1:02d}"
    else:
        day = anchor - dt.timedelta(days=amount * (7 if unit == "W" else 1))
        year, week, _ = day.isocalendar()
        value = f"{year:04d}-W{week:02d}" if unit == "W" else day.isoformat()
    return replace(timex, type="DATE", value=value)


def _dates_a_noun(views: Sequence[TokenView], timex: Timex, grammar: Grammar) -> bool:
    """«القرار المؤرخ في 23 سبتمبر»: the date of a document, not of the event."""
    before = [v for v in views if v.token.end <= timex.start and v.is_word][-2:]
    return any(v.forms & grammar.dating_words for v in before)


def _words_after(views: Sequence[TokenView], head: int, start: int) -> int:
    return sum(1 for v in views[head:] if v.is_word and v.token.start < start)


def _day_value(timex: Timex) -> str:
    value = timex.value
    return value.split("T")[0] if "T" in value else value


def _location(draft: Draft, ctx: SentenceContext, used: set[int]) -> Location | None:
    """A place named in the clause (after «في», «ب» or as a bare place), not one of the participants."""
    mention = _location_mention(draft, ctx, used)
    return _location_of(mention) if mention is not None else None


def _location_of(mention: Mention) -> Location | None:
    if mention.entity is None:
        return None
    entity = mention.entity
    actor = entity.actor
    lat = lon = None
    if actor is not None:
        lat, lon = _coordinates(entity)
    return Location(
        entity.cluster or entity.id,
        entity.text,
        actor.country if actor is not None else None,
        lat,
        lon,
    )


def _location_mention(draft: Draft, ctx: SentenceContext, used: set[int]) -> Mention | None:
    clause = draft.clause
    grammar = default_grammar()
    for mention in ctx.mentions:
        if not mention.is_place or id(mention) in used or mention.entity is None:
            continue
        if mention.head_start < clause.start or mention.start >= clause.end:
            continue
        if normalize(mention.entity.text) in grammar.construct_nouns or not _placed(ctx, mention, grammar):
            continue
        return mention
    return None


def _placed(ctx: SentenceContext, mention: Mention, grammar: Grammar) -> bool:
    """«في عاصمة دولة قطر الدوحة», «بالعاصمة السودانية الخرطوم», «في قلب مدريد» (grammar `place_parts`): a place
    phrase opened by «في» or «ب»."""
    if mention.governor in ("في", "ب"):
        return True
    parts = place_parts()
    place_tokens = {i for m in ctx.mentions if m.is_place for i in range(m.head_start, m.end)}
    index = mention.head_start - 1
    while index >= 0:
        view = ctx.views[index]
        if view.token.text in "\"«»“”'":
            index -= 1
            continue
        if not view.is_word:
            return False
        if "ب" in view.token.prefixes:
            return True
        if view.norm in ("في", "ب"):
            return True
        if index in place_tokens or view.forms & grammar.construct_nouns or bare(view.token.stem) in parts:
            index -= 1
            continue
        return False
    return False


def _coordinates(entity: Entity) -> tuple[float | None, float | None]:
    from rasd.events.places import coordinates

    return coordinates(entity)


def finalize(doc: Doc, drafts: Sequence[Draft], contexts: Sequence[SentenceContext]) -> list[Event]:
    """Pairs of participants → events; quotes, dates and places attached; one event per real-world event."""
    candidates: list[tuple[float, int, Event, bool]] = []
    order = 0
    grammar = default_grammar()
    protests = _reports_protests(contexts, grammar)
    acts: list[tuple[Event, int | None]] = []  # each event kept, with where its source is written
    for draft in drafts:
        ctx = contexts[draft.sentence]
        start, end = _char_span(doc, draft, contexts)
        if _in_polar_question(doc, start):
            continue  # «هل ستحارب القوات داعش؟»: asked, not stated
        if draft.code.startswith("02") and _prompted(ctx.views, draft.trigger.head, grammar):
            continue  # «الأسباب التي دعت X إلى», «مما دعا X إلى»: a cause prompted X, no one appealed
        if _hypothetical(ctx.views, draft, grammar):
            continue  # «أي هجوم على ...», «ضربة محتملة»: an act imagined, not one stated, intended or threatened
        if draft.code.startswith("054") and _admission(ctx, draft):
            continue  # «اعترف باستخدام», «اعترافه بتوجيه»: an admission, no recognition
        if _coordinated_with_call(ctx, draft, grammar):
            continue  # «طالبوا بتفعيل حق العودة ورفع الحصار»: the second act is called for too, not done
        opener = _condition_opener(ctx.views, draft, grammar) if draft.modality.conditional else None
        if opener is not None and not _conditional_threat(draft, opener):
            continue  # «إذا انتهكت X الاتفاق»: the condition of something else; only a conditional threat is an act
        quote = _quote_of(doc, start, end)
        sources = list(draft.sources)
        confidence = draft.confidence
        passive = draft.trigger.passive or draft.predicate.passive
        if draft.trigger.split.core in grammar.speaker_modals:
            # «"يجب على مجلس الأمن أن يتحرك"»: an obligation laid on a named actor is the appeal of whoever says
            # it, never of an actor of the sentence; none outside a quotation, none laid on a pronoun («عليهم»)
            speaker = speaker_side(quote, plural=False) if quote is not None else None
            if speaker is None or not _laid_on_named(ctx.views, draft.trigger.head, grammar):
                continue
            sources = [speaker]
            confidence *= 0.9
        # «احتجزت امرأة ...، بحسب وكالة رويترز»: who reports a passive act is not its unsaid agent
        if not sources and quote is not None and not draft.overt_subject and not passive:
            speaker = _speaker_for(draft, quote, _written_first_person(ctx, draft))
            if speaker is not None:
                sources = [speaker]
                confidence *= 0.9
        elif (
            not sources
            and quote is not None
            and not passive
            and _said_before_in_sentence(quote, ctx, start)
            and _speaker_state_subject(ctx.views, draft, grammar)
        ):
            # «قال الوزير إن بلاده ستدعم الحكومة»: his country is the speaker's state, acting on another country
            # (an object of its own country, «سترسل قواتها», «رحلت مهاجرين», is no party)
            speaker = speaker_side(quote, plural=True)
            # (a reply announced, «إن بلاده سترد بقوة», threatens whether or not the one it answers is named)
            announced = draft.predicate.unrealised_only and not draft.targets
            if speaker is not None and speaker.code and (_all_foreign(draft.targets, speaker.code) or announced):
                sources = [speaker]
        elif sources and quote is not None and quote.kind == "direct" and _outside(sources, quote):
            # «نقلت الوكالة عن الرئيس قوله "سأزور موسكو وألتقي مع بوتين"»: the reporter outside the marks is not
            # the one who speaks in the first person inside them
            speaker = _speaker_for(draft, quote, _written_first_person(ctx, draft)) if not passive else None
            if speaker is not None:
                sources = [speaker]
        verbal = draft.trigger.is_verb or draft.verbal_chain
        if (
            not sources
            and draft.topic
            and verbal
            and not passive
            and not draft.unknown_agent
            and not draft.overt_subject
        ):
            target_codes = {s.code for s in draft.targets}
            sources = [s for s in draft.topic if s.code not in target_codes]
            if not draft.continues_topic:
                confidence *= TOPIC_FACTOR
        targets = draft.targets
        if not targets and sources:
            # «الحوثيين الذين سيطروا على العاصمة»: the capital unnamed stands for its country
            targets = _bare_capital(ctx, draft.trigger, draft.clause, draft.code, sources)
        if sources and (not targets or all(_place_only(t) for t in targets)):
            # «انسحبت من المدينة أمام تقدم الجيش»: a retreat yields to the one before it, not to the place left
            targets = _yielded_to(ctx, draft.trigger, draft.code, sources) or targets
        used = {id(s.mention) for s in [*sources, *targets] if s.mention is not None}
        location = _location(draft, ctx, used)
        # the draft's own reading: a topic or speaker read in for a subjectless verb is no agent of an explosion
        placed = _place_target(draft, ctx, draft.sources, draft.confidence)
        if placed is not None:
            sources, targets, location, confidence = [], [placed[0]], placed[1], draft.confidence
        pairs = _pairs(doc, draft, sources, targets, _partner_pronoun(ctx.views, draft, sources))
        date = _date(doc, draft, ctx, quote)
        modality = draft.modality
        drafted_code = draft.code
        if _halted_act(ctx, draft, grammar):
            drafted_code = "087"  # «أوقف التحالف العمليات ضد التنظيم»: halted, a de-escalation
        heads = [t.head for t in ctx.triggers]
        planned_visit = False  # a visit made a plan here is still a visit to whom its checks below ask about
        if _planned_by_date(draft, date, doc.anchor_date, ctx.views, doc, heads) or _awaited_by_span(
            draft, date, doc.anchor_date, ctx.views, doc
        ):
            planned_visit = drafted_code.startswith(_VISIT)
            # «يلتقي الوزير نظيره الاثنين المقبل», «يبدأ غدا زيارة»: an act dated after the article is planned,
            # however plain its verb; CAMEO codes the intent
            modality = modality.merge(Modality(future=True))
            conditional = modality.conditional or condition_after(ctx.views, draft.trigger.span[1])
            drafted_code = intent_code(drafted_code, conditional)
        plover = plover_for(drafted_code)
        if location is not None and drafted_code.startswith("040") and _third_place(location, sources, draft.targets):
            code = "044"
        else:
            code = drafted_code
        drafted = code
        for source, target in pairs:
            code = drafted  # each pair is coded afresh: «اشتباكات بين الشرطة ومحتجين» riot one way, not the other
            if (
                source.entity is not None
                and source.entity == target.entity
                and not (draft.predicate.reciprocal and _among_themselves(doc, source))
            ):
                continue  # one actor on both sides of a directed event: an argument read twice
            if _one_phrase_twice(code, draft, ctx.views, source, target, grammar):
                continue  # «يحظى بدعم واسع بين الناخبين»: one phrase read as both sides of a directed act
            if _own_country(source, target):
                continue  # «نفى المسؤول تورط بلاده», «طالب المتظاهرون في جنوب البلاد»: no other party is named
            if _reporting_outlet(source) and not code.startswith(_MEDIA_ACTS):
                continue  # «حسبما أفاد مراسل القناة», «نقلت الوكالة»: who reports a strike or a visit does not do it
            if _own_state(code, source, target):
                continue  # «أيدت الرياض ... المملكة», «تنفيه طهران ... إيران»: the state is no party to its own act
            if _one_body_twice(code, source, target):
                continue  # «قدم الجيش دعما عسكريا للقوات ...»: one body read on both sides, the other party missed
            visit = code.startswith(_VISIT) or planned_visit
            if visit and source.code is not None and len(source.code) == 3:
                continue  # «زار آلاف الهنود مكة»: a people or a place visiting is tourists, no visit
            if visit and _errand_place(target):
                continue  # «بعد زيارته للقنصلية»: a call at a consulate is an errand, no visit
            if quote is not None and _reports(quote, target, start):
                continue  # «… أصابت الصواريخ أهدافها، بحسب ما قالت وزارة الدفاع»: who reports the act is no party to it
            if not code.startswith("14") and _place_word(source, grammar):
                continue  # «أمن البلاد», «دول المنطقة», «لدخول المحافظة»: a place named by a common noun does nothing
            town_agent = code[:2] in _FORCE_ROOTS and _venue(source)
            if town_agent:
                source = Side(None, None, None)  # «قتل شخصان في هجمات في حي الزعفرانية»: a town uses no force
            if _locator(source) and not code.startswith(_LOCATED_SOURCE_ROOTS):
                continue  # «قتل مدنيون في غارات جنوبي سوريا»: where the act was, not who did it
            if _locator(target) and not code.startswith(_LOCATED_TARGET_ROOTS):
                continue  # «أدانت الغارة على حافلة في صعدة شمالي اليمن»: where, not whom it was said of
            if code.startswith("04") and not code.startswith("042") and _venue(target):
                continue  # «اجتمع الوزراء في مكة»: one meets people, the city is where
            if (
                _told_to_medium(doc.text, target, unnamed=True) or _told_apart_to_medium(doc.text, target)
            ) and not code.startswith("06"):
                continue  # «قال مسؤول لرويترز», «في حديث لتلفزيون فلسطين»: the outlet reports, it is no party
            if _told_to_medium(doc.text, source) or _told_apart_to_medium(doc.text, source):
                continue  # «وفي تعليق لشبكة X نفى المتحدث»: the outlet spoken to does not do what is said to it
            if _channel_outlet(doc, target) and not code.startswith("06"):
                continue  # «حذر في مقابلة مع صحيفة X», «في رسالة نشرتها صحيفة X»: the outlet carries the words
            if _attributed_outlet(doc, source) or (
                _attributed_outlet(doc, target, unnamed=True) and not code.startswith("06")
            ):
                continue  # «بحسب ما ذكرت وكالة X», «ونقلت شبكة X عن مسؤول»: the outlet reports the act, no party
            if not code.startswith("15") and _border_of(ctx, target):
                continue  # «البلدة المتاخمة للعراق», «المعبر الحدودي مع تركيا»: where, next to whom; no party
            target = _embassy_host(draft, ctx.views, target)
            if code.startswith("054"):
                target = _capital_of(doc, ctx, target)
            code = _armed_code(code, source.code, target.code)
            if protests and _repression(draft, code, source.code, target, grammar):
                code = grammar.repression_code  # «قتلت القوات عشرات الفلسطينيين» in the news of protests
            if code.startswith("14") and _state_protest(ctx.views[draft.trigger.head], source):
                code = "114"  # «احتجاج إيران», «احتج الرئيس»: a state lodges a complaint, it does not demonstrate
            target = _held_national(doc, code, source, target)
            resolved = (source.code is not None) + (target.code is not None)
            if resolved == 0:
                continue
            if resolved == 1 and not (town_agent or placed or _keep_partial(draft, code, source, target, confidence)):
                continue
            # an agent the text says is unknown is no argument missed, nor the agent of an assault on a place
            complete = resolved == 2 or ((draft.said_unknown or placed is not None) and source.code is None)
            score = confidence * (1.0 if complete else 0.75)
            if score < MIN_CONFIDENCE:
                continue
            order += 1
            event = Event(
                id="",
                cameo=code,
                plover=plover if code == drafted_code else plover_for(code),
                source=source.participant(),
                target=target.participant(),
                date=date,
                location=location,
                evidence=Offsets(start, end),
                modality=modality.label,
                negated=modality.negated,
                quote=quote.id if quote is not None else None,
                confidence=round(score, 3),
            )
            candidates.append((score, order, event, resolved == 2))
            acts.append((event, source.start))
    coded_words = [_char_span(doc, draft, contexts) for draft in drafts]
    for quote in speaking_quotes(doc):
        cue = quote.cue
        if cue is not None and any(start < cue.end and cue.start < end for start, end in coded_words):
            continue  # «انتقدت», «دعت»: the cue is a predicate of its own and was coded as one
        if cue is not None and _cue_asks_anonymity(cue.start, contexts):
            continue  # «صرح ... طالبا عدم نشر اسمه أن»: a request not to be named read as the cue says nothing
        statement = _statement_event(doc, quote, contexts)
        if statement is not None:
            order += 1
            candidates.append((STATEMENT_CONFIDENCE, order, statement, True))
        for blame in _believed_culprits(doc, quote, acts, contexts):
            order += 1
            candidates.append((STATEMENT_CONFIDENCE, order, blame, True))
    for considered in _considered_events(doc, contexts, coded_words):
        order += 1
        candidates.append((STATEMENT_CONFIDENCE, order, considered, True))
    if _commentary(doc):  # a column's undated acts are the writer's analysis, not reported events
        candidates = [item for item in candidates if item[2].date.basis not in _UNDATED]
    labels = {entity.id: entity.label for entity in doc.entities}
    labels.update({entity.cluster: entity.label for entity in doc.entities if entity.cluster is not None})
    mods = {timex.id: timex.mod for timex in doc.timexes if timex.mod}
    return _deduplicate(candidates, doc.text, labels, mods)


_FORECAST_REACH = 4
# how many words may stand between «أن» and the act of its clause («أن تشن قوات النظام السوري هجوما»)
_COMPLEMENT_REACH = 6


def _complement_opening(views: Sequence[TokenView], head: int) -> tuple[int, int] | None:
    """(index of the «أن» opening the clause the act at `head` stands in, words between them): the nearest «أن» a
    few words before the act with no punctuation between."""
    index, words = head - 1, 0
    while index >= 0 and words < _COMPLEMENT_REACH:
        view = views[index]
        if not view.is_word:
            if view.token.text in "،,.:؛":
                return None
        elif view.norm in ("أن", "ان"):
            return index, words
        else:
            words += 1
        index -= 1
    return None


def _cue_in(words: Sequence[TokenView], cues: frozenset[str]) -> bool:
    return any(v.norm in cues or _core_word(v) in cues for v in words)


def _forecast_or_wished(views: Sequence[TokenView], draft: Draft, grammar: Grammar) -> bool:
    """The act of a clause after «أن» that is only foreseen, feared, wished, required or warned of:
    «من المستبعد كثيرا أن توافق X», «وتوقعت أن يحقق المكتب مع» (grammar `hypothetical_cues.expected`), «تخشى
    X أن تهاجم Y» (`feared`, whoever would act), «يأمل X أن توقع Y», «يجب أن تنسحب Y», «حذر من أن Y قد تقصف»
    (`wished`, when the act's subject is written after «أن»: the hoper's own act, «نأمل أن نتوصل», stays), «يجب أن
    تنسحب Y», «يتعين على Y أن» (`required`, when the act's subject is written after the word of obligation), and an
    act after «في» right after a noun of hope whose subject follows it («أمله في إجراء حوار بين X و Y»)."""
    head = draft.trigger.head
    opening = _complement_opening(views, head)
    if opening is None:
        if draft.trigger.is_verb:
            return False
        before = [v for v in views[max(0, head - 3) : head] if v.is_word]
        if before and any(split.core in grammar.lend for split in before[-1].splits[:1]):
            before.pop()  # «أمله في إجراء حوار»: the noun that lends the act its subject
        if len(before) < 2 or before[-1].norm not in ("في", "من"):
            return False
        if before[-1].norm == "من":  # «لا بد من انسحاب X»: called for, as after «ضرورة»
            return _cue_in(before[-2:-1], grammar.hypothetical_required_nouns) and not _past_obligation(
                views, before[-2], grammar
            )
        return _cue_in(before[-2:-1], grammar.hypothetical_wished_nouns) and _subject_after(draft, before[-1].index)
    index, between = opening
    near = [v for v in views[max(0, index - 3) : index] if v.is_word]
    if between < _FORECAST_REACH and any(v.norm in grammar.hypothetical_expected for v in near):
        return True
    if not (draft.trigger.features.tense == "present" if draft.trigger.is_verb else draft.verbal_chain):
        return False  # «قلقه من أن القوات قصفت»: a fact after «أنّ»; «أن تؤدي الغارات إلى»: the noun is a subject
    if not draft.trigger.is_verb and head <= index + 2:
        return False  # «أن تعرقل قمة X ...»: the noun right after the verb is its subject, no act wished
    if any(v.is_word and v.norm in grammar.relative_pronouns for v in views[index + 1 : head]):
        return False  # «الميليشيا التي يمولها X»: a relative clause states what is so
    # «حذر الأمين العام للأمم المتحدة من أن»: a cue before «من أن» may stand across the subject
    cues = _clause_words_before(views, index, _CUE_REACH_ACROSS_SUBJECT) if near and near[-1].norm == "من" else near
    if _cue_in(cues, grammar.hypothetical_feared):
        return True
    if _cue_in(cues, grammar.hypothetical_wished) and _subject_after(draft, index):
        return True
    # «يتعين على الحكومة الجديدة أن تعيد ...», «لا ينبغي للمجلس أن يدين»: the one obliged stands between
    required = [
        v
        for v in _clause_words_before(views, index, _CUE_REACH_ACROSS_SUBJECT)
        if _cue_in([v], grammar.hypothetical_required)
    ]
    return (
        bool(required)
        and _subject_after(draft, required[0].index)
        and not _past_obligation(views, required[0], grammar)
    )


def _past_obligation(views: Sequence[TokenView], cue: TokenView, grammar: Grammar) -> bool:
    """«كان لابد من», «لم يكن ينبغي لها أن»: an obligation in the past (grammar `required_not_after`)."""
    return any(v.norm in grammar.hypothetical_required_not_after for v in _clause_words_before(views, cue.index, 2))


_CUE_REACH_ACROSS_SUBJECT = 8

# how many words back a verbal noun coordinated with «و» looks for the call, demand or necessity it shares
_CALL_REACH = 20
_CALLING = ("appeal", "demand", "reject", "threat")
_CALLED_ROOTS = ("02", "10", "12", "13")


def _noun_spelled_verb(ctx: SentenceContext, trigger: Trigger) -> bool:
    """A bare past verb of the third person masculine singular, no pronoun and no actor right after it as subject:
    spelled as its verbal noun («ورفع الحصار»), read so after a coordinating «و»."""
    features, split = trigger.features, trigger.split
    if features.tense != "past" or features.person != 3 or features.number != "sg" or split.enclitic:
        return False
    if split.core.endswith("ت"):
        return False
    return not any(m.head_start == trigger.head + 1 and m.code for m in ctx.mentions)


def _coordinated_with_call(ctx: SentenceContext, draft: Draft, grammar: Grammar) -> bool:
    """A verbal noun coordinated with «و» after an act that is called for, demanded, rejected, threatened or said to
    be necessary shares that governor («طالبوا بتفعيل حق العودة ورفع الحصار», «دعت إلى وقف إطلاق النار وانسحاب
    القوات», «ضرورة التزام طهران بحسن الجوار ... وانسحاب عناصرها»): it is not done either. Looking back from the noun
    through its clause (no comma, sentence mark or complementizer, no event verb of another kind) for the governing
    word; a draft the governor coded (an appeal, a demand) stays. A bare past verb spelled as the verbal noun («ورفع
    الحصار») is read so there."""
    trigger = draft.trigger
    if "و" not in trigger.split.proclitics or draft.code.startswith(_CALLED_ROOTS):
        return False
    if trigger.is_verb and not _noun_spelled_verb(ctx, trigger):
        return False  # «ورفعت», «وهاجم المتظاهرون»: a verb of its own; a bare «ورفع الحصار» is the verbal noun too
    heads = {t.head: t for t in ctx.triggers}
    called = _necessity_words() | grammar.hypothetical_required_nouns
    words = 0
    for index in range(trigger.head - 1, -1, -1):
        view = ctx.views[index]
        if not view.is_word:
            if view.norm in grammar.sentence_punctuation or view.token.text in "،,؛:;":
                return False
            continue
        if is_complementizer(view, grammar):
            return False
        other = heads.get(index)
        if other is not None and other.predicate.control in _CALLING:
            return True
        if other is not None and other.is_verb:
            return False
        if view.forms & called:
            return True
        words += 1
        if words > _CALL_REACH:
            return False
    return False


def _clause_words_before(views: Sequence[TokenView], index: int, count: int) -> list[TokenView]:
    """Up to `count` words before `index`, back to the nearest punctuation."""
    words: list[TokenView] = []
    for view in reversed(views[:index]):
        if not view.is_word:
            if view.token.text in "\"«»“”'":
                continue
            break
        words.append(view)
        if len(words) >= count:
            break
    return words


def _subject_after(draft: Draft, index: int) -> bool:
    """The act's subject is written after the word at `index` of its sentence: someone else's act, not the one of
    the clause before."""
    return any(side.mention is not None and side.mention.start > index for side in draft.sources)


def _hypothetical(views: Sequence[TokenView], draft: Draft, grammar: Grammar) -> bool:
    """An act only imagined: «أي» right before the act noun («بأي عمليات عسكرية») or before the noun subject of the
    act verb («أي عمل يستهدف»), or the act noun followed within a few words by «محتمل» («ضربة عسكرية محتملة»)."""
    head = draft.trigger.head
    if _forecast_or_wished(views, draft, grammar):
        return True
    before = [v for v in views[max(0, head - 3) : head] if v.is_word]
    if (
        draft.trigger.is_verb
        and draft.trigger.features.tense == "present"
        and before
        and (before[-1].norm in grammar.hypothetical_when or _core_word(before[-1]) in grammar.hypothetical_when)
    ):
        return True  # «عندما يدعوها الرئيس إلى»: whenever, or if, he calls; no call stated
    if before and before[-1].forms & _necessity_words() and draft.evidence[0] >= head:
        # «على ضرورة انسحاب الجنود»: called for, not done (no appeal governs it: that would code it); also a verbal noun
        # spelled like its past verb («ضرورة تعاون روسيا وإيران», «أهمية دعم الحكومة»): no verb follows such a noun
        return True
    if draft.trigger.is_verb:
        # «أي عمل يستهدف»: the subject right before the verb is any one («أية»/«إيه» in a name read alike: not here)
        return (
            len(before) >= 2
            and _any_word(before[-2], grammar)
            and not before[-2].norm.endswith(("ة", "ه"))
            and not before[-1].forms & grammar.prepositions
        )
    if before and _any_word(before[-1], grammar):
        return True
    if _agreement_sought(views, draft, before, grammar):
        return True
    if any(_core_word(view) in grammar.for_fear_of for view in before):
        return True  # «خوفا من التعرض لقصف», «تحسبا لهجوم»: feared, not done
    if (
        before
        and before[-1].forms & grammar.cancelled
        and not any(w.forms & grammar.cancelled_not_after for w in _clause_words_before(views, before[-1].index, 3))
    ):
        # «إلغاء القمة», «أرجأت زيارة الوزير»: called off or put off, not done; a calling off only threatened
        # («هددت بإلغاء القمة المرتقبة») leaves the plan as it was
        return True
    window = grammar.windows["hypothetical"]
    for view in views[draft.trigger.end : draft.trigger.end + window]:
        if not view.is_word:
            return False
        if view.forms & grammar.hypothetical_after:
            return True
    return False


def _halted_act(ctx: SentenceContext, draft: Draft, grammar: Grammar) -> bool:
    """«أوقف التحالف العمليات ضد التنظيم», «اضطرت واشنطن إلى وقف عملياتها ضد داعش», «علقت تركيا عملياتها العسكرية»:
    a violent act noun right after a word of halting or suspending (grammar `halt_words`), or after one and the actor
    it takes, is halted: a de-escalation (087), no attack. Not when the halting is negated («لم تتوقف هجمات
    التنظيم»: they go on) nor called for or demanded (the one called on is still doing the act)."""
    trigger = draft.trigger
    if trigger.is_verb or trigger.split.proclitics not in ("", "ال") or not draft.code.startswith(_VIOLENT_ROOTS):
        return False
    views = ctx.views
    index = _word_index_before(views, trigger.head)
    actor = next((m for m in ctx.mentions if m.head_start <= index < m.end), None)
    if actor is not None:
        if actor.code and actor.code[:3] not in {(side.code or "")[:3] for side in draft.sources}:
            return False  # «أوقفت الشرطة الهجوم»: someone else stopped the attack, which was made
        index = _word_index_before(views, actor.head_start)  # «علقت تركيا عملياتها»
    if index < 0 or not views[index].forms & grammar.halt_words:
        return False
    if views[index].norm not in grammar.halt_words and _core_word(views[index]).startswith(("ل", "ب")):
        return False  # «محاولات الحكومة لوقف الهجوم», «مقترح بإيقاف القتال»: a halt aimed at or proposed, not made
    negator = _word_index_before(views, index)
    if negator >= 0 and views[negator].norm in grammar.strong_negation | grammar.weak_negation:
        return False
    heads = {t.head: t for t in ctx.triggers}
    called = _necessity_words() | grammar.hypothetical_required_nouns
    for position in range(index - 1, max(index - _HALT_CALL_REACH, 0) - 1, -1):
        view = views[position]
        if view.norm in grammar.sentence_punctuation:
            break
        other = heads.get(position)
        if (other is not None and other.predicate.control in _CALLING_CONTROLS) or view.forms & called:
            return False
    return True


_HALT_CALL_REACH = 10  # tokens back from a halting word to a call or demand that governs it


def _word_index_before(views: Sequence[TokenView], index: int) -> int:
    """The index of the nearest word before `index`, over quotation marks only (-1 when there is none)."""
    for position in range(index - 1, -1, -1):
        if views[position].is_word:
            return position
        if views[position].token.text not in "\"«»“”'":
            return -1
    return -1


def _agreement_sought(views: Sequence[TokenView], draft: Draft, before: Sequence[TokenView], grammar: Grammar) -> bool:
    """«حددت واشنطن 12 شرطا للتوصل إلى اتفاق», «وصل الوفد لإبرام اتفاق»: an agreement noun written with the «ل» of
    purpose, which no governing word codes, is what the act before it aims at, not an agreement made."""
    if draft.code[:3] != "057" or draft.evidence[0] < draft.trigger.head:
        return False
    if "ل" not in views[draft.trigger.head].proclitics:
        return False
    return not (before and before[-1].forms & (grammar.prepositions | grammar.against_words))


@cache
def _necessity_words() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["hypothetical_cues"]["necessity"])


@cache
def _phrase_openings(phrases: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str]]:
    return frozenset((phrase[0], phrase[1]) for phrase in phrases if len(phrase) == 2)


# how far before an act a conditional word opens the condition the act is part of
_CONDITION_REACH = 6


def _conditional_threat(draft: Draft, opener: int) -> bool:
    """A threat coded for an act in a condition: a threat word («هدد»), an act said to come («سنرد إذا هاجمتنا»),
    or a threat by someone named before the condition against the doer named in it («حذرت X من عواقب إذا
    استخدمت Y ...»). An act in the past or present whose doer is written in the condition, or only understood
    there, is the condition: «في حال اندلعت مواجهة بين X وY», «ستهاجم X إذا قصفت منشآتها» threaten nothing."""
    if not draft.code.startswith("13"):
        return False
    if draft.predicate.cameo.startswith("13") or draft.modality.future:
        return True
    return _named_on_side(draft.sources, draft.sentence, before=opener) and _named_on_side(
        draft.targets, draft.sentence, after=opener
    )


def _named_on_side(sides: Sequence[Side], sentence: int, *, before: int = -1, after: int = -1) -> bool:
    """One of the sides is named in the sentence, ending before `before` or starting after `after`."""
    return any(
        s.mention is not None
        and s.group[0] == sentence
        and ((before >= 0 and s.mention.end <= before) or (after >= 0 and s.mention.start > after))
        for s in sides
    )


def _condition_opener(views: Sequence[TokenView], draft: Draft, grammar: Grammar) -> int | None:
    """The conditional word of which the act is the condition itself («إذا انتهكت X الاتفاق», «في حال اتفق
    الطرفان»): one a few words before it with no comma between; a participle after a condition («... في حال
    اتفقا"، داعيا X») has none."""
    count = 0
    for view in reversed(views[: draft.trigger.head]):
        if not view.is_word:
            if view.token.text in "\"«»“”'()":
                continue
            return None
        if conditional_word(views, view, grammar):
            return view.index
        if view.index > 0 and (views[view.index - 1].norm, view.norm) in _phrase_openings(grammar.conditional_openers):
            return view.index  # «في حال», «في حالة»
        count += 1
        if count >= _CONDITION_REACH:
            return None
    return None


def _prompted(views: Sequence[TokenView], head: int, grammar: Grammar) -> bool:
    """«دعا» whose subject is a cause: «مما دعا», «وهذا ما دعا», «الأسباب التي دعت» (grammar `prompting`)."""
    if not views[head].forms & grammar.prompting_verbs:
        return False
    before = [v for v in views[max(0, head - 3) : head] if v.is_word]
    if before and before[-1].norm in grammar.prompting_causes:
        return True
    return (
        len(before) >= 2
        and before[-1].norm in grammar.relative_pronouns
        and bool(before[-2].forms & grammar.prompting_causes)
    )


def _core_word(view: TokenView) -> str:
    """The word without a leading «و» or «ف»."""
    return view.norm[1:] if view.norm[:1] in ("و", "ف") and len(view.norm) > 3 else view.norm


def _any_word(view: TokenView, grammar: Grammar) -> bool:
    """«أي», «بأي», «لأي», «وأي» (not «أيه», «أيضا»): the word itself, with at most a one-letter proclitic."""
    word = view.norm
    return word in grammar.hypothetical_any or (word[:1] in "وبلف" and word[1:] in grammar.hypothetical_any)


_POLAR_QUESTION = re.compile(r"(?:^|[\s\"«(])[وف]?هل\s")


@cache
def _recognised_things() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["recognised_things"]["words"])


_ADMITTED_REACH = 5  # words from a recognition word to its phrase with «ب» (a subject and an adverb between)
_PRONOUN_PHRASES = frozenset({"به", "بها", "بهم", "بهما", "بهن"})


def _admission(ctx: SentenceContext, draft: Draft) -> bool:
    """A recognition word (054) whose first phrase with «ب» names neither an actor or a place nor a state's standing
    (grammar `recognised_things`): «اعترف باستخدام عاهرات», «اعترافه بتوجيه النظام للحوثيين», «اعترفت الميليشيات
    بمصرع قائدها» admit an act; «اعترفت بإسرائيل», «باستقلال الكويت», «لا تعترف بها» recognise."""
    views = ctx.views
    seen = 0
    for view in views[draft.trigger.end :]:
        if not view.is_word:
            if view.token.text in ("،", ",", ".", "؛", ":"):
                return False
            continue
        seen += 1
        if seen > _ADMITTED_REACH:
            return False
        if "ب" not in view.proclitics:
            continue
        if view.norm in _PRONOUN_PHRASES:
            return False
        if any(m.head_start <= view.index < m.end for m in ctx.mentions):
            return False
        return bare(view.token.stem) not in _recognised_things() and not view.forms & _recognised_things()
    return False


def _in_polar_question(doc: Doc, start: int) -> bool:
    """A yes/no question («هل ...؟») around the evidence states nothing (a question with «من/ماذا/لماذا» presupposes
    what it asks about, so only «هل» counts)."""
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return False
    text = doc.text[sentence.start : sentence.end].rstrip().rstrip("\"»”')").rstrip()
    if not text.endswith(("؟", "?")):  # «... داعش فقط؟»: the question mark inside a closing quote
        return False
    return _POLAR_QUESTION.search(doc.text, sentence.start, start) is not None


_ARMED_SECTORS = ("MIL", "REB", "INS", "COP")


def _object_after_subject(ctx: SentenceContext, mention: Mention) -> bool:
    """A bare phrase right after a verb's bare subject, in verb-subject-object order («دعا الرئيس اليمني
    الميليشيات»): the verb's object."""
    if not mention.is_bare:
        return False
    verb = max((h for h in ctx.verb_heads if h < mention.head_start), default=None)
    if verb is None:
        return False
    covered = [
        m
        for m in ctx.mentions
        if verb < m.head_start and m.end <= mention.head_start and m.is_bare and m.group != mention.group
    ]
    if not covered:
        return False
    inside = {i for m in covered for i in range(min(m.start, m.head_start), m.end)}
    return all(i in inside or not ctx.views[i].is_word for i in range(verb + 1, mention.head_start))


def _armed(code: str | None) -> bool:
    return code is not None and (code.startswith("IMG") or code[3:6] in _ARMED_SECTORS)


def _armed_code(code: str, source: str | None, target: str | None) -> str:
    """Armed actors killing armed actors («قتل 17 داعشيا في عمليات للجيش», «مقتل جنود في هجوم للمتمردين») fight:
    CAMEO codes that as military force (19), and killing by assault (1823) as what is done to the unarmed. Support
    an armed force gives an armed force («بدعم من طيران التحالف», «المساندة التي تقدمها قوات التحالف للجيش») is
    military aid (072)."""
    if code == "1823" and _armed(source) and _armed(target):
        return "190"
    if code in ("051", "070") and _armed(source) and _armed(target):
        return "072"
    crowd = _sector(source) in _CROWD_SECTORS
    if code.startswith("19") and crowd and (_sector(target) == "COP" or _civil_crowd(source, target)):
        # «اشتبك عشرات المحتجين مع الشرطة», «هاجم متظاهرون الجيش ورشقوه بالحجارة»: a crowd fighting the police or
        # the soldiers riots (CAMEO 145), no war; an opposition fighting soldiers may be armed
        return "145"
    return code


_REPRESSING_ACTS = ("kill", "shoot")


def _reports_protests(contexts: Sequence[SentenceContext], grammar: Grammar) -> bool:
    """Whether the article reports protests: a protest word anywhere in it (grammar `protest_repression.words`),
    not one after a word that makes it something else («طائرات مسيرة», drones)."""
    for ctx in contexts:
        views = ctx.views
        for index, view in enumerate(views):
            words = grammar.protest_words
            if not view.is_word or not (view.norm in words or _core_word(view) in words):
                continue
            if index == 0 or views[index - 1].norm not in grammar.protest_not_after:
                return True
    return False


def _repression(draft: Draft, code: str, source: str | None, victims: Side, grammar: Grammar) -> bool:
    """A killing or shooting (lexicon refine kill/shoot, read as an assault or small-arms fire) of civilians or a
    people by another state's soldiers or police: in the news of protests, the victims are demonstrators (CAMEO
    175). A people's own police killing one of them is as often what set the protests off («مظاهرات بسبب مقتل سود
    برصاص الشرطة»): it is repression only where its clause names the protesters (lexicon refine words). A place
    read as the victim («قتل جندي في أعمال العنف على حدود قطاع غزة») names no one killed."""
    if draft.predicate.refine not in _REPRESSING_ACTS or code not in grammar.repression_acts:
        return False
    target = victims.code
    entity = victims.mention.entity if victims.mention is not None else None
    if entity is not None and entity.label == "LOC" and knowledge_base().find_demonym(entity.text) is None:
        return False
    if not source or not target or _sector(source) not in grammar.repression_sectors or target[:3] == source[:3]:
        return False
    return len(target) == 3 or _sector(target) == "CVL"  # a people or its civilians, no combatants or officials


def _state_protest(view: TokenView, source: Side) -> bool:
    """A single protest («احتج», «احتجاج», «للاحتجاج») by a government, or by a country named right after the noun
    («احتجاج إيران الشديد»), not demonstrations («احتجاجات», «مظاهرات») nor a people's protest («احتجاجات فلسطينية»)."""
    core = view.norm
    for clitic in ("و", "ف", "ل", "ب"):
        if core.startswith(clitic + "ا") or core.startswith(clitic + "ي"):
            core = core[1:]
    core = core.removeprefix("ال").removeprefix("ل")
    if not core.startswith(("احتج", "يحتج", "تحتج")) or core.endswith("ات"):
        return False
    if _sector(source.code) == "GOV":
        return True
    mention = source.mention
    return (
        mention is not None
        and mention.entity is not None
        and mention.entity.label == "LOC"
        and len(source.code or "") == 3
        and mention.governor == "of-event"
        and not (source.text or "").endswith(("ي", "ية", "يين", "يون"))
    )


_CROWD_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB"})  # civilians, opposition, students, workers


def _civil_crowd(source: str | None, target: str | None) -> bool:
    return _sector(source) != "OPP" and _sector(target) == "MIL"


def _sector(code: str | None) -> str:
    return code[3:6] if code and not code.startswith(("IGO", "NGO", "IMG", "MNC")) else ""


# a statement coded by its content is right about as often as a predicate read from one word (dev gold)
STATEMENT_CONFIDENCE = 0.6


def _cue_asks_anonymity(cue_start: int, contexts: Sequence[SentenceContext]) -> bool:
    grammar = default_grammar()
    for ctx in contexts:
        for view in ctx.views:
            if view.token.start == cue_start:
                return asks_anonymity(ctx.views, view.index, grammar)
    return False


@cache
def _belief_cues() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "statements.json")["believed_culprits"]["cues"])


@cache
def _blamed_roots() -> tuple[str, ...]:
    return tuple(load_json("events", "statements.json")["believed_culprits"]["roots"])


def _believed_culprits(
    doc: Doc, quote: Quote, acts: Sequence[tuple[Event, int | None]], contexts: Sequence[SentenceContext]
) -> list[Event]:
    """«وتعتقد السلطات التركية أن الصحفي قتل على أيدي عناصر في المخابرات السعودية»: a belief or a finding
    (statements.json `believed_culprits`: «يعتقد», «يرجح», «خلص إلى», «زعم») that an actor did harm is the
    believer's accusation of that actor (112): the agent of a harmful act of the content, asserted, not negated and
    written inside the content, who is not the speaker. «قال» reports harm as often as it blames, so it is left out."""
    cue = quote.cue
    if cue is None or not {norm_word(w) for w in (cue.text + " " + cue.lemma).split()} & _belief_cues():
        return []
    speaker = speaker_side(quote, plural=False)
    if speaker is None or speaker.code is None:
        return []
    grammar = default_grammar()
    negations = grammar.strong_negation | grammar.weak_negation
    for ctx in contexts:
        if not any(v.token.start == cue.start for v in ctx.views):
            continue
        before = [v for v in ctx.views if v.is_word and v.token.end <= cue.start][-1:]
        if before and before[0].forms & negations:
            return []  # «ولا تعتقد X أن ...»: no belief held
    content = quote.content
    date = _said_date(doc, quote)
    out: list[Event] = []
    for act, where in acts:
        culprit = act.source.actor
        if not act.cameo.startswith(_blamed_roots()) or act.negated or act.modality not in _BELIEVED_MODALITIES:
            continue
        if where is None or not content.start <= where < content.end or culprit is None:
            continue
        if not content.start <= act.evidence.start < content.end:
            continue
        if culprit == speaker.code or (len(culprit) == 3 and culprit == speaker.code[:3]):
            continue
        if act.source.entity is not None and act.source.entity == speaker.entity:
            continue
        if culprit.endswith("CVL") or _mutual(act, acts):
            continue  # civilians read as the agent are the act's victims; a clash of two sides blames neither
        if _in_relative_clause(contexts, content.start, act.evidence.start):
            continue  # «أنهم سيطلقون سراح القس الذي تعتقله الحكومة»: a harm told in passing, not the one believed
        if any(e.target.actor == culprit for e in out):
            continue
        out.append(_comment_event(_BLAME_CODE, speaker.participant(), act.source, date, cue, quote.id))
    return out


def _comment_event(
    cameo: str, source: Participant, target: Participant, date: EventDate, evidence: Offsets | Cue, quote: str | None
) -> Event:
    """An event coded from what was said or judged: asserted, never negated, at the statements' confidence."""
    return Event(
        id="",
        cameo=cameo,
        plover=plover_for(cameo),
        source=source,
        target=target,
        date=date,
        location=None,
        evidence=Offsets(evidence.start, evidence.end),
        modality="asserted",
        negated=False,
        quote=quote,
        confidence=STATEMENT_CONFIDENCE,
    )


def _mutual(act: Event, acts: Sequence[tuple[Event, int | None]]) -> bool:
    """«أن يدخل الغرب وإيران في مواجهة»: the act is told both ways between its two sides."""
    return any(
        other.evidence == act.evidence
        and other.source.actor == act.target.actor
        and other.target.actor == act.source.actor
        for other, _ in acts
    )


def _in_relative_clause(contexts: Sequence[SentenceContext], start: int, trigger: int) -> bool:
    """A relative pronoun (grammar `relative_pronouns`) stands between the start of a quotation's content and an act."""
    grammar = default_grammar()
    return any(start <= v.token.start < trigger and is_relative(v, grammar) for ctx in contexts for v in ctx.views)


def _said_date(doc: Doc, quote: Quote) -> EventDate:
    """The date of a statement: its quotation's own, else the article's."""
    if quote.date:
        return EventDate(quote.date, None, "quote")
    anchor = doc.anchor_date
    return EventDate(anchor.isoformat() if anchor else None, None, "published" if anchor else "unknown")


_BLAME_CODE = "112"
_BELIEVED_MODALITIES = frozenset({"asserted", "reported_claim"})


def _statement_event(doc: Doc, quote: Quote, contexts: Sequence[SentenceContext]) -> Event | None:
    """«قال X إن مقترحات Y غير مقبولة»: the quotation's speaker criticises (accuses, praises ...) the actor its
    content names nearest the words that say so; the cue is the evidence."""
    speaker = speaker_side(_carried_speaker(doc, quote), plural=False)
    if speaker is None or speaker.code is None or quote.cue is None:
        return None
    grammar = default_grammar()
    for ctx in contexts:
        words = content_views(ctx.views, quote)
        if not words:
            continue
        negations = grammar.strong_negation | grammar.weak_negation
        statement = statement_code(words, negations)
        obliged = _obliged(ctx, words, grammar) if statement is None else None
        if obliged is not None:
            # «قال إن على إيران أن توقف ...»: an obligation laid on an actor is the speaker's appeal to it
            statement = Statement(_OBLIGATION_CODE, 0, 1)
        # «وصفت X تصريحات Y بأنها غير مقبولة»: the content after «بأنها» judges the object written before it
        described = described_object(ctx.views, quote, words) if obliged is None else None
        only_described = statement is None and described is not None
        if only_described:
            statement = described_code(words, negations)  # «بأنه "كارثي"»: a judgement only of the object
        if statement is None:
            continue
        first, last = words[0].index, words[-1].index
        said = (words[statement.start].index, words[statement.end - 1].index + 1)
        candidates = [
            mention
            for mention in _judgeable(ctx, speaker, first, last + 1)
            if not _victim_of_judged_act(ctx.views, statement.cameo, mention, said)
            and (obliged is None or mention is obliged)
        ]
        if described is not None and (only_described or not candidates):
            # the one judged is the object's first actor («تصريحات الرئيس التركي»), not the victim of a judged act
            # («الهجوم على السفارة الأمريكية بأنه جريمة»), nor one inside the speaker's words: a speaker read over the
            # object («ووصف الوزير X زعيم المعارضة Y بأنه») may be either of them
            spoken = quote.speaker.end if quote.speaker is not None and quote.speaker.end is not None else -1
            candidates = sorted(
                (
                    m
                    for m in _judgeable(ctx, speaker, *described)
                    if m.governor not in _victim_prepositions() and ctx.views[m.head_start].token.start >= spoken
                ),
                key=lambda m: m.head_start,
            )[:1]
        if not candidates:
            return None
        owner_first = _judges_owned_noun(ctx.views, said[0], first)
        mention = min(candidates, key=lambda m: (owner_first and m.end > said[0], _distance(said, m)))
        target = side_of(doc, ctx.views, mention, ctx.index)
        date = _said_date(doc, quote)
        return Event(
            id="",
            cameo=statement.cameo,
            plover=plover_for(statement.cameo),
            source=speaker.participant(),
            target=target.participant(),
            date=date,
            location=None,
            evidence=Offsets(quote.cue.start, quote.cue.end),
            modality="asserted",
            negated=False,
            quote=quote.id,
            confidence=STATEMENT_CONFIDENCE,
        )
    return None


@cache
def _embassy_words() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["embassy_hosts"]["words"])


def _embassy_host(draft: Draft, views: Sequence[TokenView], target: Side) -> Side:
    """«نقل السفارة الأمريكية إلى القدس»: the city an embassy moves to or opens in names its host state, the state of
    the largest city of that name (grammar `embassy_hosts`), not a namesake region of the article's own country."""
    obj = draft.trigger.obj
    mention = target.mention
    if obj is None or mention is None or mention.entity is None or not target.code or len(target.code) != 3:
        return target
    if not any(views[i].forms & _embassy_words() for i in range(obj[0], obj[1])):
        return target
    entity = mention.entity
    if entity.label != "LOC" or entity.actor is None or entity.actor.kb_source != "places":
        return target
    name = entity.text.strip()
    entries = knowledge_base().lookup(name) or knowledge_base().lookup(name[1:])  # «للقدس»: a clitic on the name
    towns = [e for e in entries if e.kind in ("place", "capital") and e.country]
    if len({e.country for e in towns}) < 2:
        return target
    host = max(towns, key=lambda e: e.population).country
    if host is None or host == target.code:
        return target
    return Side(host, target.entity, target.text, target.start, target.end, mention, target.group)


@cache
def _capital_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_json("events", "grammar.json")["capital_of"]
    return frozenset(norm_word(w) for w in raw["words"]), frozenset(norm_word(w) for w in raw["adjectives"])


def _capital_of(doc: Doc, ctx: SentenceContext, target: Side) -> Side:
    """«اعترف ترامب بالقدس عاصمة لإسرائيل»: a city recognised as a state's capital is a recognition of that state,
    the actor after «عاصمة» (and its adjectives) with «ل» (grammar `capital_of`)."""
    mention = target.mention
    if mention is None or mention.label != "LOC" or len(target.code or "") != 3:
        return target
    capitals, adjectives = _capital_words()
    views = ctx.views
    index = mention.end
    if index >= len(views) or not views[index].forms & capitals:
        return target
    index += 1
    while index < len(views) and views[index].is_word and views[index].forms & adjectives:
        index += 1
    state = next(
        (m for m in ctx.mentions if m.head_start == index and m.governor in ("ل", "gen") and len(m.code or "") == 3),
        None,
    )
    if state is None or views[index].token.prefixes[-1:] != ("ل",):
        return target
    return side_of(doc, views, state, ctx.index)


def _considered_events(doc: Doc, contexts: Sequence[SentenceContext], coded: Sequence[tuple[int, int]]) -> list[Event]:
    """«واعتبر وزير الخارجية الإيراني تصريحات الرئيس الأمريكي استفزازية», «لكن إسرائيل اعتبرت الخطوة الفلسطينية غير
    قانونية»: a verb of considering with no «أن» after it, its subject named right before or after it, an object
    naming an actor and a judgement right after the object (statements.json `considered_object`): the subject
    criticises or praises the object's first actor. The verb is the evidence."""
    grammar = default_grammar()
    verbs, reach = considering_verbs()
    negations = grammar.strong_negation | grammar.weak_negation
    anchor = doc.anchor_date
    date = EventDate(anchor.isoformat() if anchor else None, None, "published" if anchor else "unknown")
    out = []
    for ctx in contexts:
        views = ctx.views
        for verb in views:
            if not verb.is_word or not verb.forms & verbs or verb.token.suffixes:
                continue  # «واعتبرها»: the pronoun is the object, what it stands for is elsewhere
            start, end = verb.token.start, verb.token.end
            if any(s < end and start < e for s, e in coded):
                continue
            previous = next((v for v in reversed(views[: verb.index]) if v.is_word), None)
            if previous is not None and previous.forms & negations:
                continue  # «ولم تعتبر موسكو العقوبات عملا عدائيا»
            sides = _considering_sides(ctx, verb.index, reach, negations)
            if sides is None:
                continue
            speaker, judged, cameo = sides
            source = side_of(doc, views, speaker, ctx.index)
            target = side_of(doc, views, judged, ctx.index)
            evidence = Offsets(start, end)
            out.append(_comment_event(cameo, source.participant(), target.participant(), date, evidence, None))
    return out


def _considering_sides(
    ctx: SentenceContext, verb: int, reach: int, negations: frozenset[str]
) -> tuple[Mention, Mention, str] | None:
    """(subject, judged actor, CAMEO code) of a verb of considering at `verb`, or None when its sentence is not
    «subject verb object judgement» or «verb subject object judgement»."""
    views = ctx.views
    grammar = default_grammar()
    bare_mentions = [m for m in ctx.mentions if m.is_bare and m.code is not None and m.anaphor is None]
    after = next((m for m in bare_mentions if m.head_start == verb + 1), None)
    before = next((m for m in bare_mentions if m.end == verb), None)
    if after is not None and not after.generic:
        speaker, object_start = after, after.end
    elif before is not None and not before.generic and after is None:
        speaker, object_start = before, verb + 1
    else:
        return None
    actor = speaker.entity.actor if speaker.entity is not None else None
    if actor is not None and actor.kb_source == "places" and len(speaker.code or "") == 3:
        return None  # a town considers nothing (a capital read as its government does)
    side = Side(speaker.code, speaker.entity.id if speaker.entity else None, None, mention=speaker)
    words = 0
    for index in range(object_start, min(len(views), object_start + 2 * reach)):
        view = views[index]
        if not view.is_word:
            if view.token.text in _QUOTE_MARKS:
                continue
            return None  # a comma or a full stop: the object of another clause
        if is_complementizer(view, grammar):
            return None  # «اعتبر X أن ...»: a reported clause, read as a quotation
        words += 1
        if words > reach:
            return None
        judgement = judgement_at(views, index, negations) if index > object_start else None
        if judgement is None:
            continue
        judged = [
            m
            for m in _judgeable(ctx, side, object_start, index)
            if m.governor not in _victim_prepositions() and m is not speaker
        ]
        judged.sort(key=lambda m: m.head_start)
        return (speaker, judged[0], judgement.cameo) if judged else None
    return None


_QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})


def _judgeable(ctx: SentenceContext, speaker: Side, start: int, end: int) -> list[Mention]:
    """The actors of words [start, end) a statement can judge, in text order."""
    return [
        mention
        for mention in ctx.mentions
        if start <= mention.head_start
        and mention.end <= end
        and mention.code is not None
        and not mention.locator  # «إن سقوط الضحايا في عفرين شمالي سوريا غير مقبول»: where, not whom
        and _judged_in_statement(mention, speaker, _alongside(ctx.views, mention))
    ]


_OBLIGATION_CODE = "020"
_OBLIGED_QUANTIFIERS = frozenset({"جميع", "كل", "كافة", "كافه"})


def _obliged(ctx: SentenceContext, words: Sequence[TokenView], grammar: Grammar) -> Mention | None:
    """«إن على إيران أن توقف ...», «"على الحكومة وقف الاستيطان"», «أن على جميع الأطراف الليبية مضاعفة جهودها»:
    quoted words opening with «على», an actor (after «جميع»/«كل» at most) and then «أن» or a verbal noun lay an
    obligation on that actor. Returns its mention."""
    if len(words) < 3 or words[0].norm != "علي":
        return None
    start = words[0].index + 1
    if ctx.views[start].is_word and ctx.views[start].norm in _OBLIGED_QUANTIFIERS:
        start += 1
    mention = next((m for m in ctx.mentions if m.head_start == start and m.code is not None), None)
    if mention is None or mention.end >= len(ctx.views):
        return None
    following = ctx.views[mention.end]
    if not following.is_word or following.norm in grammar.prepositions:
        return None
    if following.norm in ("ان", "أن"):
        return mention
    # a verbal noun: no article, no clitic preposition («مضاعفة جهودها», «وقف الاستيطان»)
    return mention if not following.token.prefixes and not following.token.suffixes else None


@cache
def _victim_prepositions() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "statements.json")["victim_prepositions"]["words"])


def _victim_of_judged_act(views: Sequence[TokenView], code: str, mention: Mention, said: tuple[int, int]) -> bool:
    """«الجرائم ضد المدنيين»: an actor behind a preposition of whom the act befell (statements.json
    `victim_prepositions`) written right after the criticising or accusing words is the act's victim, not the one
    judged («... غير مقبولة وبأن على X أن تتوقف» is no such phrase: X is the one told to stop)."""
    if not code.startswith(("111", "112")) or said[1] >= len(views):
        return False
    preposition = views[said[1]].norm
    if preposition not in _victim_prepositions() or mention.governor != preposition:
        return False
    return said[1] < mention.start <= said[1] + 2


def _alongside(views: Sequence[TokenView], mention: Mention) -> bool:
    """«نقف إلى جانب المغرب»: the actor right after «جانب» is whom one stands by, not a place one goes to."""
    before = next((v for v in reversed(views[: mention.head_start]) if v.is_word), None)
    return before is not None and before.norm in _ALONGSIDE


_ALONGSIDE = frozenset({"جانب"})


def _judged_in_statement(mention: Mention, speaker: Side, alongside: bool = False) -> bool:
    """An actor a statement can be about: not a place, not an unresolved anaphor, not the speaker or (for a bare
    country) the speaker's own country («علاقاتنا مع تركيا» said by a Turkish official), not unnamed people
    («أشخاص», «الناس»): those are whom the judged act befell, not whom the speaker judges."""
    code = mention.code or ""
    if mention.anaphor is not None or (_is_place(mention) and not alongside) or code == speaker.code:
        return False
    if mention.generic and code.endswith("CVL"):
        return False
    if len(code) == 3 and speaker.code is not None and code == speaker.code[:3]:
        return False
    return mention.entity is None or mention.entity.id != speaker.entity


def _judges_owned_noun(views: Sequence[TokenView], said_start: int, content_start: int) -> bool:
    """«ثمن احتلالها غير الشرعي لأوكرانيا»: the judging words qualify a noun with a possessive pronoun, so what
    they judge belongs to an actor named before it, not to the one after."""
    before = said_start - 1
    return before >= content_start and views[before].is_word and bool(views[before].token.suffixes)


def _distance(said: tuple[int, int], mention: Mention) -> tuple[int, int]:
    """Words between what a statement says and an actor, an actor after it first on a tie («ندين العدوان
    الإسرائيلي»); the first actor of the content when the phrase is about no one nearer."""
    if mention.head_start >= said[1]:
        return (mention.head_start - said[1], 0)
    if mention.end <= said[0]:
        return (said[0] - mention.end, 1)
    return (0, 0)


def _outside(sides: Sequence[Side], quote: Quote) -> bool:
    content = quote.content
    return all(s.start is not None and not content.start <= s.start < content.end for s in sides)


def _written_first_person(ctx: SentenceContext, draft: Draft) -> bool:
    """«ألتقي» (I meet) and «التقى» (he met) normalise alike; a hamza written on the first letter of a verb whose
    perfect opens with a bare alif (forms VII-X) says first person present."""
    trigger = draft.trigger
    core = trigger.split.core
    # forms VIII («التقى»: the third letter is the infixed ت) and X («استقبل»); form IV («أطلق») keeps its hamza
    if not trigger.is_verb or not ((core[:1] == "ا" and core[2:3] == "ت") or core.startswith("است")):
        return False
    text = ctx.views[trigger.head].token.text
    return text[len(trigger.split.proclitics) :].startswith("أ")


def _laid_on_named(views: Sequence[TokenView], head: int, grammar: Grammar) -> bool:
    """«يجب على X»: the word after the verb of obligation is a bare «على» followed by no «أن» (not «عليهم», «عليّ
    أن»), and the word before it no «كان» (a reproach: «كان يجب على X») nor «ما» (what X must do)."""
    words = [v for v in views[head + 1 : head + 4] if v.is_word]
    if len(words) < 2 or words[0].norm != norm_word("على") or words[1].norm in (norm_word("أن"), norm_word("ان")):
        return False
    before = next((v for v in reversed(views[:head]) if v.is_word), None)
    return before is None or not (
        before.norm in grammar.speaker_modals_not_after or before.forms & grammar.speaker_modals_not_after
    )


def _all_foreign(targets: Sequence[Side], code: str) -> bool:
    return bool(targets) and all(t.code and t.code[:3] != code[:3] for t in targets)


def _said_before_in_sentence(quote: Quote, ctx: SentenceContext, start: int) -> bool:
    """The verb of saying stands in the event's sentence before it («قال الوزير إن بلاده ...»): the speaker is
    named there, not guessed from a quotation the words only seem to continue."""
    cue = quote.cue
    return cue is not None and ctx.views[0].token.start <= cue.start and cue.end <= start


def _speaker_state_subject(views: Sequence[TokenView], draft: Draft, grammar: Grammar) -> bool:
    """«إن بلاده لن تسمح», «أن حكومتها تدعم», «ستواصل بلاده دعم»: the subject of the verb is a word for the speaker's
    own state, right before it (particles aside) after «أن»/«إن», or right after it."""
    trigger = draft.trigger
    if not trigger.is_verb or trigger.features.person != 3:
        return False
    after = next((v for v in views[trigger.end : trigger.end + 1] if v.is_word), None)
    if after is not None and after.norm in grammar.speaker_state_words:
        return True
    before = [v for v in views[max(0, trigger.head - 4) : trigger.head] if v.is_word]
    while before and before[-1].norm in grammar.speaker_state_particles:
        before.pop()
    return (
        len(before) >= 2
        and before[-1].norm in grammar.speaker_state_words
        and before[-2].norm in grammar.complementizers
    )


def _speaker_for(draft: Draft, quote: Quote, written_first: bool = False) -> Side | None:
    """The source of a subjectless event inside a quotation: the speaker for a first-person verb («سنواصل»),
    the speaker's state for «نحن» and for impersonal constructions («يتم الإعداد لـ»)."""
    trigger = draft.trigger
    features = trigger.features
    plural = features.number == "pl" or trigger.split.enclitic == "نا"
    first = (
        written_first
        or draft.first_person
        or features.first_person
        or (trigger.is_verb and features.maybe_first)
        or trigger.split.enclitic == "نا"
    )
    if first:
        return speaker_side(quote, plural=plural)
    if draft.impersonal:
        speaker = speaker_side(quote, plural=True)
        if speaker is not None and speaker.code and len(speaker.code) >= 3:
            speaker.code = speaker.code[:3] + "GOV"
            return speaker
    return None


def _third_place(location: Location, sources: Sequence[Side], targets: Sequence[Side]) -> bool:
    """A meeting of states held in a country that is neither's (044). An organisation has no home country to tell
    a third place from («لقاء الرئيس اليمني مبعوث الأمم المتحدة بالرياض», «قمة مجموعة السبع في كندا»): 040."""
    if not location.country:
        return False
    if any(s.code and s.code.startswith(_NON_STATE_PREFIXES) for s in [*sources, *targets]):
        return False
    countries = {s.code[:3] for s in [*sources, *targets] if s.code}
    return bool(countries) and location.country not in countries


_NON_STATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
_NO_TARGET_ROOTS = ("14", "15")
_CALL_ROOTS = ("02", "10")
_DENIAL = "016"
# a subject read from a pronoun («لكنه ينفي», «وهو ما ينفيه») is often the accuser of the sentence before, not the
# accused who denies
_PRONOUN_SOURCES = ("pronoun", "opener-pronoun")
_UNKNOWN_AGENT_ROOTS = ("17", "18", "19", "20")


_PLACE_TARGET_CODES = ("180", "183")


def _place_target(
    draft: Draft, ctx: SentenceContext, sources: list[Side], confidence: float
) -> tuple[Side, Location] | None:
    """«انفجرت سيارة مفخخة في حي بالعاصمة», «هجوم في قلب المدينة»: a realised attack or bombing by no one named
    and on no one named falls on the country of the place it happens in (the gold's and ICEWS's convention). Only
    when the clause names no actor at all (one it names and the coder missed is the agent: «تبنى التنظيم هجوما في
    ...», unnamed people apart); a place read as the agent («في حي بغداد») is where, not who."""
    if not draft.code.startswith(_PLACE_TARGET_CODES) or not all(_place_side(t) for t in draft.targets):
        return None
    if draft.predicate.source != "rasd" or confidence < 0.6 or draft.modality.label != "asserted":
        return None
    trigger = draft.trigger
    bombing = draft.predicate.cameo.startswith("183")
    victims = draft.predicate.cameo == "1823" and draft.code.startswith("183")
    if trigger.is_verb and not (trigger.passive or draft.predicate.passive or bombing or victims):
        # an active verb of assault with its subject unread («يعتدي», «استهدفت» after the act it describes): the
        # agent was missed, not unsaid; a verb of bombing («انفجرت عبوة») has none to name, nor the killing of
        # the victims of a bombing («قتل 12 شخصا في تفجير»)
        return None
    if trigger.is_verb and draft.overt_subject and not (trigger.passive or victims):
        return None  # «فجرت امرأة عبوة»: the agent is named, as no actor
    happened: tuple[int, int] | None = None
    if not trigger.is_verb and not (trigger.head > 0 and ctx.views[trigger.head - 1].norm == "في"):
        # a noun as the object of some verb («أحبطت تفجيرين», «تبنى التنظيم هجوما») is no report of it, unless a
        # relative clause right after it says it took place («الهجوم الذي وقع في قلب المدينة»)
        happened = _took_place(ctx.views, trigger)
        if happened is None:
            return None
    grammar = default_grammar()
    if any(
        s.code and not (_place_side(s) and s.mention is not None and _placed(ctx, s.mention, grammar)) for s in sources
    ):
        return None  # (a place read as the agent, «في حي بغداد», «في العاصمة الصومالية مقديشو», is where)
    if happened is None:
        place = _location_mention(draft, ctx, set())
    else:
        place = next((m for m in ctx.mentions if _placed_within(ctx, m, happened)), None)
    location = _location_of(place) if place is not None else None
    if place is None or location is None or not location.country:
        return None
    span = (ctx.views[place.head_start].token.start, ctx.views[place.end - 1].token.end)
    if any(t.start < span[1] and span[0] < t.end for t in ctx.doc.timexes):
        return None  # «بتوقيت غرينتش»: a time zone, no place
    clause = draft.clause
    for mention in ctx.mentions:
        if mention.is_place or mention.head_start < clause.start or mention.start >= clause.end:
            continue
        if mention.entity is None and trigger.head < mention.start <= trigger.end:
            continue  # «الهجوم الإرهابي»: an adjective of the act says what kind it is, it names no one
        if mention.entity is not None or mention.sector != "CVL":
            return None  # an actor of the clause the argument finder did not place («قتل 15 شخصا» are victims)
    return Side(location.country, location.entity, location.name), location


_TOOK_PLACE_ADJECTIVES = 2  # «الهجوم الإرهابي الانتحاري الذي وقع»
_TOOK_PLACE_REACH = 8  # words of the relative clause where its place is looked for


@cache
def _took_place_words() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["took_place"]["words"])


def _took_place(views: Sequence[TokenView], trigger: Trigger) -> tuple[int, int] | None:
    """«الانفجار الانتحاري الذي وقع في سوق البلدة»: the token range of a relative clause right after an act noun (and
    its definite adjectives) whose verb says the act took place (grammar `took_place`); None when there is none."""
    grammar = default_grammar()
    index, adjectives = trigger.end, 0
    while (
        index < len(views)
        and adjectives < _TOOK_PLACE_ADJECTIVES
        and views[index].is_word
        and views[index].norm not in grammar.relative_pronouns
        and "ال" in views[index].token.prefixes
    ):
        index += 1
        adjectives += 1
    if index + 1 >= len(views) or views[index].norm not in grammar.relative_pronouns:
        return None
    if views[index + 1].norm not in _took_place_words():
        return None
    start = end = index + 2
    stops = grammar.clause_punctuation
    while end < len(views) and end - start < _TOOK_PLACE_REACH and views[end].token.text not in stops:
        end += 1
    return start, end


def _placed_within(ctx: SentenceContext, mention: Mention, window: tuple[int, int]) -> bool:
    """A named place phrase opened by «في» or «ب» inside the token range `window`."""
    grammar = default_grammar()
    if not mention.is_place or mention.entity is None or not window[0] <= mention.head_start < window[1]:
        return False
    return normalize(mention.entity.text) not in grammar.construct_nouns and _placed(ctx, mention, grammar)


# A place after the noun of a part of a place (Mention.locator, «في شمال سوريا», «في عفرين شمالي سوريا») says where
# the act was. Only protesters may take their country from where they gather, and only force may be aimed at the
# place itself («غارة استهدفت منطقة جنوب دمشق», «سيطر التنظيم على البوكمال في شرق سوريا»), or an appeal to
# de-escalate the fighting there («دعا إلى وقف فوري للتصعيد العسكري جنوب غربي سوريا»: its parties, by country).
_LOCATED_SOURCE_ROOTS = ("14",)
_LOCATED_TARGET_ROOTS = ("18", "19", "20", "0256")


def _locator(side: Side) -> bool:
    return side.mention is not None and side.mention.locator and side.code is not None


def _place_side(side: Side) -> bool:
    return side.mention is not None and side.mention.is_place


def _keep_partial(draft: Draft, code: str, source: Side, target: Side, confidence: float) -> bool:
    """An event with one participant unresolved is kept only for an explicit predicate (a rasd-curated word read
    with confidence) and only where CAMEO events commonly lack that participant: no target for protests,
    mobilisations, retreats and appeals, and for a denial whose denier is named; an unknown perpetrator for violence
    against a known target."""
    if draft.predicate.source != "rasd" or confidence < 0.6:
        return False
    if target.code is None:
        # a road cut by armed men is read as a blockade (191) and, like the roadblock it was, may name no target
        blockade = draft.predicate.cameo == _OBSTRUCT and code == default_grammar().armed_obstruction_code
        denial = code.startswith(_DENIAL) and _named_denier(draft, source)
        # an appeal or demand to a collective that codes no actor («حث X جميع الأطراف على») has no target to name
        called = draft.addressed_uncoded and code.startswith(_CALL_ROOTS)
        # a reply announced («سترد بحزم إذا ...») threatens whoever would provoke it, often not named
        announced = draft.predicate.unrealised_only and code.startswith("13")
        return code.startswith(_NO_TARGET_ROOTS) or blockade or denial or called or announced
    return (code.startswith(_UNKNOWN_AGENT_ROOTS) or draft.charged) and draft.unknown_agent


def _named_denier(draft: Draft, source: Side) -> bool:
    """«ونفت موسكو أي تورط», «الحكومة التي نفت استخدام ...», «، نافيا أن ...»: a denial is addressed to no one in
    particular (the accuser is seldom named with it), so it stands with its source alone when that source is the
    verb's own subject, named in its clause, and not a pronoun read back to an actor of an earlier sentence."""
    return draft.source_how not in _PRONOUN_SOURCES and source in draft.sources


_PARTNER_REACH = 3


def _partner_pronoun(views: Sequence[TokenView], draft: Draft, sources: Sequence[Side]) -> bool:
    """«تفاوضت معهم», «التقى الرئيسان الروسي والتركي معه»: the other party of a reciprocal act written as a
    pronoun after «مع», right after the predicate or its subjects (an adverb may come between)."""
    subject_words = {i for side in sources if side.mention for i in range(side.mention.head_start, side.mention.end)}
    others = 0
    for index in range(draft.trigger.span[1], min(draft.clause.end, len(views))):
        if index in subject_words:
            continue
        if views[index].token.stem == "مع" and views[index].token.suffixes:
            return True
        others += 1
        if others >= _PARTNER_REACH:
            return False
    return False


def _pairs(
    doc: Doc, draft: Draft, sources: list[Side], targets: list[Side], partner_pronoun: bool = False
) -> list[tuple[Side, Side]]:
    """Source-target pairs of a draft. Two or more sources of a reciprocal act with no target act on each other
    («اجتمعت روسيا وتركيا»), unless the other party is a pronoun after «مع» («روسيا والصين تفاوضتا معهم»): they
    did it together, with someone named before."""
    none = Side(None, None, None)
    # «شنت القوات النظامية ومقاتلو الحزب معركة»: subjects of a verb saying the act happened did it together, as allies
    mutual = (not partner_pronoun and not draft.jointly) or draft.mutual
    if not targets and (draft.predicate.reciprocal or draft.mutual) and len(sources) > 1 and mutual:
        if draft.code.startswith("057") and len(sources) >= _CO_SIGNATORIES:
            # «الاتفاق الذي وقعته واشنطن ولندن وباريس وبرلين مع طهران»: four or more signers named together are
            # the co-signatories of one side of a multilateral deal, not parties to agreements with each other
            return []
        pairs = []
        for i, left in enumerate(sources):
            for right in sources[i + 1 :]:
                if left.code == right.code and _in_apposition(left.mention, right.mention):
                    continue  # «والروسي فلاديمير بوتين»: one party named twice
                if _member_of(doc.text, left, right) or _member_of(doc.text, right, left):
                    continue  # «وزراء إيرانيين، بينهم وزير النفط»: a member of a group does not meet its group
                pairs.append((left, right))
                if not is_symmetric(draft.code):
                    pairs.append((right, left))
        return pairs
    out = []
    for source in sources or [none]:
        for target in targets or [none]:
            between_self = len(sources) == len(targets) == 1
            if source.mention is not None and source.mention is target.mention:
                if not between_self:
                    continue
                conjunct = _one_of_two(doc.text, source)
                # «بين وفد الحكومة وممثلين عن حركة X»: one conjunct of two, not a group among itself («اشتباكات
                # بين مجموعات مسلحة»); the other party, when a named actor, is read. An unnamed one («وشبان») is
                # most often of the same country: the one side stands for both, as before
                other = _other_party(doc, source, conjunct) if conjunct else None
                if other is not None:
                    out.append((source, other))
                    if not is_symmetric(draft.code):
                        out.append((other, source))
                    continue
            if _co_subjects(draft.code, source, target):
                continue
            out.append((source, target))
    return out


_CO_SIGNATORIES = 4


_NOT_CONJOINED = frozenset({"والي", "والد", "والده", "والدة"})  # «و» of the word itself, no conjunction


def _one_of_two(text: str, side: Side) -> int:
    """Which conjunct of «X و Y» the side is: 2 when «و» opens it, 1 when a word with «و» follows it right after,
    0 when neither."""
    if side.start is None or side.end is None or not side.text:
        return 0
    first = norm_word(side.text.split()[0])
    if (first.startswith("وال") and first not in _NOT_CONJOINED) or text[: side.start].endswith(" و "):
        return 2  # «والميليشيات», «و الجيش»; not «والي الولاية»
    before = text[max(0, side.start - _CONJUNCT_REACH) : side.start]
    first_conjunct = before[before.rfind("بين ") + 4 :] if "بين " in before else ""
    if first.startswith("و") and first_conjunct.strip() and not _CLAUSE_END.search(first_conjunct):
        return 2  # «بين الدول الست وإيران»; not «بين وفد X و...», whose «و» is the word's own
    after = text[side.end : side.end + _CONJUNCT_REACH].split()
    if not after or not after[0].startswith("و") or len(after[0]) < 3 or norm_word(after[0]) in _CLAUSE_OPENERS:
        return 0
    return 1


_CLAUSE_OPENERS = frozenset(norm_word(w) for w in ("وأن", "وإن", "ولكن", "وقد", "ولم", "ولا", "وهو", "وهي", "وكان"))


_CONJUNCT_REACH = 60  # characters of the other conjunct searched for a named actor
_CONJUNCT_WORDS = re.compile(r"^(\s*\S+){1,6}")  # «وعناصر من جماعة X», «ومجموعة تنتمي للطريقة المعروفة بـX»
_CLAUSE_END = re.compile(r"[.،,:؛()]| في ")  # the clause, and no place after «في» («وجماعات متشددة في سيناء»)


def _other_party(doc: Doc, side: Side, conjunct: int) -> Side | None:
    """The first named actor of the other conjunct of «بين X و Y» («وممثلين عن حركة X», «بين فصيل X والشرطة»),
    within its clause; None when it names none («وشبان غاضبين»)."""
    assert side.start is not None and side.end is not None
    if conjunct == 1:
        window = doc.text[side.end : side.end + _CONJUNCT_REACH]
        stop = _CLAUSE_END.search(window)
        leading = _CONJUNCT_WORDS.search(window)  # the conjunct, not a clause after it
        begin = side.end
        end = begin + min(stop.start() if stop is not None else len(window), leading.end() if leading else len(window))
    else:
        before = doc.text[max(0, side.start - _CONJUNCT_REACH) : side.start]
        at = before.rfind("بين ")
        if at < 0 or _CLAUSE_END.search(before[at:]):
            return None
        begin, end = side.start - len(before) + at + 4, side.start
    places = {word.removeprefix("ال") for word in default_grammar().generic_places}
    for entity in doc.entities:
        code = entity.actor.cameo if entity.actor is not None else None
        town = entity.actor is not None and ":" in (entity.actor.id or "")
        if not (begin <= entity.start and entity.end <= end and code and code != side.code and not town):
            continue
        words = [norm_word(w.strip('#«»"')).removeprefix("ال") for w in doc.text[begin : entity.start].split()]
        if places & set(words):
            return None  # «وقبليين من أهالي منطقة X»: where the people are from, not the other party
        return Side(code, entity.id, entity.text, entity.start, entity.end)
    return None


# acts done to someone (statements, appeals, praise, aid, yielding but a truce, demands, disapproval, rejection,
# threats, protest, force): never between two actors named together as «X و Y» («عارضته موسكو ودمشق»); agreeing,
# meeting, cooperating, a truce, cutting ties and fighting may be
_DIRECTED_ROOTS = (
    *("01", "02", "051", "052", "053", "054", "055", "056", "07", "080", "081", "082", "083", "084", "085", "086"),
    *("09", "10", "11", "12", "13", "14", "15", "17", "18", "20"),
)


def _co_subjects(code: str, source: Side, target: Side) -> bool:
    """Two actors of one «X و Y» group of the event's own sentence are not source and target of a directed act:
    they do it together, to someone else (or undergo it together)."""
    return (
        code.startswith(_DIRECTED_ROOTS)
        and source.mention is not None
        and target.mention is not None
        and source.mention is not target.mention
        and source.group[1] > 0
        and source.group == target.group
    )


@cache
def _errand_places() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["errand_places"]["words"])


def _errand_place(target: Side) -> bool:
    """The visit's target is an office one calls at on an errand (grammar `errand_places`): its first word."""
    words = (target.text or "").split()
    return bool(words) and norm_word(words[0]) in _errand_places()


# acts of a state's courts and police on a person: charged or tried (115), convicted or sentenced (116), arrested,
# detained or jailed (173); not sanctions (172) nor expulsion (174), which a state mostly takes against foreigners
_HELD_ROOTS = ("115", "116", "173")
_HOLDING_SECTORS = ("JUD", "COP", "GOV", "SPY")


def _held_national(doc: Doc, code: str, source: Side, target: Side) -> Side:
    """«أصدرت محكمة إسطنبول قرارا بحبس فلان»: a person the actors stage could give no country (no title, no
    gentilic, unknown to the knowledge base), charged, tried, convicted or detained by the courts, police or
    government of the country the article is mostly about (half its place names or more), is a person of that
    country (a foreigner held abroad is mostly written with the gentilic of his country, and the news of him names
    his country often). Coded as a civilian of it."""
    if target.code is not None or not source.code or not code.startswith(_HELD_ROOTS):
        return target
    entity = target.mention.entity if target.mention is not None else None
    if entity is None or entity.label != "PERS" or entity.actor is not None:
        return target
    country = source.code[:3]
    if source.code[3:6] not in _HOLDING_SECTORS or not _mostly_about(doc, country):
        return target
    return Side(country + "CVL", target.entity, target.text, target.start, target.end, target.mention, target.group)


def _mostly_about(doc: Doc, country: str) -> bool:
    """Do at least half of the article's place names that point to a country point to `country`?"""
    counts = [e.actor.country for e in doc.entities if e.label == "LOC" and e.actor is not None and e.actor.country]
    return 2 * counts.count(country) >= len(counts) > 0


def _own_country(source: Side, target: Side) -> bool:
    if not source.code or not target.code or source.code[:3] != target.code[:3] or not target.text:
        return False
    return norm_word(target.text) in default_grammar().own_country_words


def _own_state(code: str, source: Side, target: Side) -> bool:
    """One side is a whole state (a bare country code) and the other an official, body or people of the same state,
    in an event that is no protest and no use of force: a government does not praise, deny, visit or meet its own
    country; the country named is the act's topic or its other party's place («نفى مسؤول مغربي أن تكون الرباط قد
    استخدمت أسلحة»), and the real other party is elsewhere. Kept: a people's protest (14) against its rulers; force,
    coercion, their threats and retreats (15, 17-20, 132, 137, 138, 087), which reach a state's own towns and
    people, and so do a curfew or state of emergency eased (0813, 0814); the state against its own rebels; talks
    among a country's parties (both sides bare)."""
    if not source.code or not target.code or source.code[:3] != target.code[:3]:
        return False
    bare = (len(source.code) == 3) + (len(target.code) == 3)
    if bare == 0 or (bare == 2 and is_symmetric(code)):
        return False
    if source.code[3:6] in _STATE_OPPONENTS or target.code[3:6] in _STATE_OPPONENTS:
        return False
    if code.startswith("14"):
        return len(target.code) == 3  # «تظاهر البرازيليون ضد حكومتهم»: a people protests against its rulers
    return code[:2] not in _FORCE_ROOTS and not code.startswith(_OWN_STATE_ACTS)


# statements, intents, cooperation, aid, yielding, rejection, reduced relations, assault: between two actors; an
# actor of one code on both sides (not one entity: «الرئيس» and «الحكومة» are both KENGOV) is one side read twice
_OTHER_PARTY_ROOTS = frozenset({"01", "03", "06", "07", "08", "12", "16", "18"})


def _one_body_twice(code: str, source: Side, target: Side) -> bool:
    """Both sides carry the same full actor code in an act that needs another party (`_OTHER_PARTY_ROOTS`): a
    government supporting, aiding, rejecting or attacking itself is an argument read twice. Kept: appeals, meetings,
    praise, criticism, threats, protests and force, which one body's members do among themselves (a president
    asking his adviser, clashes between two rebel groups)."""
    if not source.code or len(source.code) == 3:
        return False  # «فشل الأفغان في الاتفاق»: a people among itself, its parties unnamed
    return source.code == target.code and (code[:2] in _OTHER_PARTY_ROOTS or code.startswith(_AGREEMENT))


# a formal agreement has two parties: «نفت الخارجية الفرنسية توصل باريس وروما لاتفاق» is no French-French deal
_AGREEMENT = "057"
_STATE_OPPONENTS = frozenset({"REB", "INS"})
# threatened or intended force, coercion and restriction («قررت السلطات فرض حظر التجول على البصرة»), retreats, and
# curfews and states of emergency imposed or eased
_OWN_STATE_ACTS = ("132", "137", "138", "087", *_POPULATION_CODES)


@cache
def _border_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_json("events", "grammar.json")["border_words"]
    words, border, links = ([norm_word(w) for w in raw[key]] for key in ("words", "border", "links"))
    return frozenset(bare(w) for w in words), frozenset(bare(w) for w in border), frozenset(links)


def _border_of(ctx: SentenceContext, side: Side) -> bool:
    """The side's actor names the state a place lies next to («البلدة المتاخمة للعراق», «المعبر الحدودي مع
    تركيا», «المجاورة للحدود اللبنانية»; grammar `border_words`): a description of where, not a party to the act."""
    mention = side.mention
    if mention is None or not any(mention is m for m in ctx.mentions):
        return False
    adjacent, border, links = _border_words()
    index = mention.head_start - 1
    if index >= 0 and ctx.views[index].norm in links:
        index -= 1
    if index >= 1 and ctx.views[index].forms & border:
        index -= 1  # «المجاور للحدود الأردنية»: the border itself, of the place next to it
    return index >= 0 and bool(ctx.views[index].forms & adjacent)


def _outlet(code: str | None) -> bool:
    """A news outlet's actor code (CAMEO sector MED)."""
    return (code or "").endswith("MED")


def _reports(quote: Quote, side: Side, trigger_start: int) -> bool:
    """The side is the source that reports the event: an outlet, or a source named after the act in an attribution
    («بحسب ما قالت وزارة الدفاع»). A speaker named before speaks of itself («يقول شريف إن الجيش يستهدفه»)."""
    speaker = quote.speaker
    if speaker is None or speaker.start is None or speaker.end is None or side.start is None:
        return False
    named_after = speaker.start > trigger_start
    outlet = _outlet(speaker.actor)
    return (named_after or outlet) and speaker.start <= side.start < speaker.end


_FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})  # force posture, coercion, assault, fighting, mass violence


def _venue(side: Side) -> bool:
    """A town or city that stands for no government (a capital read as one has a sector: «موسكو» is RUSGOV)."""
    mention = side.mention
    if mention is None or mention.entity is None or mention.entity.actor is None:
        return False
    actor = mention.entity.actor
    return ":" in (actor.id or "") and len(side.code or "") == 3


def _reporting_outlet(side: Side) -> bool:
    """A news outlet named as a body («وكالة الأنباء», «صحيفة التايمز», «رويترز»), not a journalist by name: what it
    does itself is say, praise, criticise, appeal, demand or protest (`_MEDIA_ACTS`); as the source of a strike, a
    visit, a meeting or aid it is the attribution of someone else's act («بحسب ما أفادت الوكالة»)."""
    mention = side.mention
    if mention is None or mention.entity is None or mention.entity.label != "ORG":
        return False  # «التلفزيون السوري» read on the country word reports its own state's act: country right
    return _outlet(side.code)


def _told_to_medium(text: str, side: Side, unnamed: bool = False) -> bool:
    """A news outlet after «ل» («لرويترز», «لصحيفة واشنطن بوست»): whom a statement was told to, not its target; it
    receives information («قدم مسؤولون أدلة لـCNN», CAMEO 06) and nothing else. With `unnamed`, also an outlet named
    by its kind right after words told («في بيان لوسائل الإعلام», «قال لوسائل إعلام محلية»; grammar.json
    `media_channels` `told`)."""
    mention = side.mention
    if mention is None or mention.governor != "ل":
        return False
    if _named_outlet(side):
        return True
    if not unnamed or not _outlet_body(side):
        return False  # «استهداف الميليشيات للصحافيين»: journalists are people, and may be targets
    before = text[max(0, (side.start or 0) - 30) : side.start or 0].split()
    if not before:
        return False
    word = norm_word(before[-1].strip('«»"“”(),،'))
    forms = {word, word.removeprefix("ال"), word[1:] if word[:1] in "وب" else word}
    forms |= {form.removesuffix("ه") for form in forms} | {form.removesuffix("ها") for form in forms}
    return bool(forms & _channel_words()[4])


def _named_outlet(side: Side) -> bool:
    """A news outlet read as an organisation («رويترز», «صحيفة التايمز»)."""
    mention = side.mention
    return mention is not None and mention.entity is not None and mention.entity.label == "ORG" and _outlet(side.code)


def _outlet_body(side: Side) -> bool:
    """A news outlet as a body: a named one, or one named by its kind, whose country is read on an adjective or from
    the article («وسائل إعلام إسرائيلية», «لوسائل الإعلام», «وكالة الأنباء الرسمية»); a journalist is a person and
    stays out («الصحفي الألماني»)."""
    if _named_outlet(side):
        return True
    if not _outlet(side.code) or not side.text:
        return False
    word = norm_word(side.text.split()[0].strip('«»"“”()'))
    kinds = _reporting_words()[1]
    forms = {word, word[1:] if word[:1] in "ولب" else word}
    return bool({form.removeprefix("ال") for form in forms} & kinds or forms & kinds)


def _place_word(side: Side, grammar: Grammar) -> bool:
    """An unnamed place («البلاد», «المنطقة», «المحافظة», «المدينة»; grammar `generic_places`, `own_country_words`):
    where something happens, never who acts (its people protest: CAMEO 14 keeps it)."""
    mention = side.mention
    if mention is None or mention.entity is not None or mention.anaphor is not None or not side.text:
        return False
    first = norm_word(side.text.split()[0])
    forms = {first, first[1:] if first[:1] in ("و", "ف") else first}
    return bool(forms & (grammar.generic_places | grammar.own_country_words))


def _told_apart_to_medium(text: str, side: Side) -> bool:
    """«في تعليق لـ CNN», «وقال لـ"الشرق الأوسط"»: a news outlet after «لـ» written apart, whom words were told to."""
    mention = side.mention
    if mention is None or mention.entity is None or mention.entity.label != "ORG" or not _outlet(side.code):
        return False
    before = text[max(0, mention.entity.start - 6) : mention.entity.start].rstrip(' «"“')
    return before.endswith("لـ") and (len(before) == 2 or not before[-3].isalpha())


@cache
def _reporting_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_json("events", "statements.json")
    cues = [*raw["attribution_cues"], *raw["reporting_outlet"]["cues"]]
    return frozenset(norm_word(w) for w in cues), frozenset(norm_word(w) for w in raw["reporting_outlet"]["fillers"])


_ATTRIBUTION_REACH = 5


def _attributed_outlet(doc: Doc, side: Side, unnamed: bool = False) -> bool:
    """A news outlet named as who reports (statements.json `reporting_outlet`): «وفقا لصحيفة X», «بحسب ما ذكرت
    وكالة X», «ونقلت شبكة X عن», «حسبما أفادت به وسائل إعلام»; also when it stands as the speaker of the words
    it attributes to someone else, whose «نحن» read as the outlet's state is no one's («"سنفرض عقوبات"، وفق ما
    ذكرت وكالة X»). With `unnamed`, also an outlet named by its kind («ونقلت وسائل إعلام إسرائيلية»)."""
    entity = next((e for e in doc.entities if e.id == side.entity), None) if side.entity is not None else None
    named = entity is not None and entity.label == "ORG" and entity.actor is not None and _outlet(entity.actor.cameo)
    if not named and not (unnamed and side.start is not None and _outlet_body(side)):
        return False  # «استهداف الصحافيين»: journalists are people
    cues, fillers = _reporting_words()
    start = side.start if side.start is not None else entity.start if entity is not None else 0
    words = doc.text[max(0, start - 60) : start].split()
    for raw in reversed(words[-_ATTRIBUTION_REACH:]):
        word = norm_word(raw.strip(' «»"“”()'))
        if not word or not word.replace("ـ", "").isalpha():
            return False  # a comma, a number or a date between: the outlet is named elsewhere
        forms = {word, word[1:] if word[:1] in "ولب" else word, word[2:] if word.startswith("ال") else word}
        if forms & cues:
            return True
        if not forms & fillers:
            return False
    return False


@cache
def _channel_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_json("events", "grammar.json")["media_channels"]
    nouns, fillers, titles, told = (
        frozenset(norm_word(w) for w in raw[key]) for key in ("nouns", "fillers", "titles", "told")
    )
    return nouns, tuple(norm_word(w) for w in raw["verbs"]), fillers, titles, told


_CHANNEL_REACH = 6
_WITH = ("مع", "معه", "معها", "معهم", "معهما")
_CHANNEL_PRONOUNS = ("ه", "ها", "هم", "هما")


def _channel_outlet(doc: Doc, side: Side) -> bool:
    """A news outlet named as the channel of someone's words (grammar.json `media_channels`): «في مقابلة مع صحيفة
    X», «خلال اتصال هاتفي أمس مع X», «في رسالة نشرتها صحيفة X». It is no target of what the words say (as a
    source it stands for the speaker's country more often than not: «في بيان بثته وكالة أنباء بلاده»)."""
    if not _outlet(side.code) or side.start is None:
        return False
    nouns, verbs, fillers, titles, _ = _channel_words()
    start = side.start
    outlets = [e for e in doc.entities if e.actor is not None and _outlet(e.actor.cameo)]
    while True:  # «صحيفة "كورير" النمساوية»: the adjective is read on its own, the outlet's name before it
        before_name = next((e for e in outlets if e.end <= start and not doc.text[e.end : start].strip(' «»"“”')), None)
        if before_name is None:
            break
        start = before_name.start
    words = [norm_word(w.strip('«»"“”()')) for w in doc.text[max(0, start - 80) : start].split()]
    words = [w for w in words if w]
    stops = [i for i, w in enumerate(words) if w[-1] in ".،,:؛"]
    if stops:
        words = words[stops[-1] + 1 :]  # the clause the outlet is named in
    while words and (words[-1] in titles or (words[-1][:1] in ("ل", "و") and words[-1][1:] in titles)):
        words.pop()
    if not words:
        return False
    last = words[-1]
    if last.endswith(_CHANNEL_PRONOUNS) and any(last.startswith(verb) and len(last) - len(verb) <= 3 for verb in verbs):
        return True  # «نشرتها صحيفة», «أوردته وكالة»; not «نشرت صحيفة تقريرا», where the outlet acts
    if last not in _WITH:
        return False
    before = [w for w in words[-_CHANNEL_REACH:-1] if w not in fillers]
    return bool(before) and bool(_channel_noun_forms(before[-1]) & nouns)


def _channel_noun_forms(word: str) -> set[str]:
    """A word read as a channel noun: bare, after «ال» or a clitic preposition, or with its owner's pronoun
    («حواره مع وكالة», «مقابلتها مع صحيفة»)."""
    forms = {word, word.removeprefix("ال")}
    if word[:1] in ("ب", "ل", "و"):
        forms.add(word[1:].removeprefix("ال"))
    for form in list(forms):
        for pronoun in _CHANNEL_PRONOUNS:
            stem = form.removesuffix(pronoun)
            if stem != form and len(stem) >= 3:
                forms.add(stem[:-1] + "ه" if stem.endswith("ت") else stem)
                forms.add(stem[:-1] + "ء" if stem.endswith("ئ") else stem)
    return forms


def _one_phrase_twice(
    code: str, draft: Draft, views: Sequence[TokenView], source: Side, target: Side, grammar: Grammar
) -> bool:
    """One phrase read as both parties of a directed act («يحظى بدعم واسع بين الناخبين», «انتقلت الدعوى بين أروقة
    المحاكم»): no body supports, sues or arrests itself, so the other party was missed. Acts one phrase may do among
    itself stay: reciprocal ones (talks, meetings), fighting («اشتباكات بين جماعات مسلحة») and acts said to be
    mutual (grammar `mutual_words`: «اتهامات متبادلة بين الكتل السياسية», «تقاذف الاتهامات بين الموالين»)."""
    mention = source.mention
    if mention is None or mention is not target.mention:
        return False
    if draft.predicate.reciprocal or is_symmetric(code) or code[:2] == "19":
        return False
    head = draft.trigger.head
    near = views[max(0, head - _MUTUAL_REACH) : head + _MUTUAL_REACH + 1]
    return not any(view.forms & grammar.mutual_words for view in near)


_MUTUAL_REACH = 3


def _among_themselves(doc: Doc, side: Side) -> bool:
    """A reciprocal event whose one named side is both parties: a group among itself («المفاوضات بين الأفغان»),
    not the second conjunct of a pair whose first party went unread («بين الشمال وواشنطن»), nor one person."""
    entity = side.mention.entity if side.mention is not None else None
    if entity is None:
        return True
    if entity.label == "PERS":
        return False
    if entity.label == "LOC" and knowledge_base().find_demonym(entity.text) is None:
        return False  # «بين طهران والقوى العظمى»: a state or a city is one party; «الأفغان» are many
    before = doc.text[max(0, entity.start - 2) : entity.start]
    conjunct = before == "و " or (before.endswith("و") and (len(before) < 2 or before[0].isspace()))
    return not conjunct


def _member_of(text: str, member: Side, group: Side) -> bool:
    """«دول الخليج، وعلى رأسها السعودية والإمارات»: `member` is listed after `group` as one of its members (grammar
    `group_members`, which joined them as coordinated actors)."""
    if member.group != group.group or member.group[0] < 0 or member.start is None or group.end is None:
        return False
    if member.start <= group.end:
        return False
    grammar = default_grammar()
    words = [norm_word(w) for w in text[group.end : member.start].replace("،", " ").replace(",", " ").split()]
    if words[1:] and words[0] in grammar.group_counts:
        words = words[1:]
    return any(tuple(words[: len(phrase)]) == phrase for phrase in grammar.group_members)


def _in_apposition(first: Mention | None, second: Mention | None) -> bool:
    """Two mentions written one right after the other, a title and a name («الروسي فلاديمير بوتين»)."""
    if first is None or second is None:
        return False
    first, second = sorted((first, second), key=lambda m: m.head_start)
    return first.end == second.head_start and not second.coordinated


_MEDIATION = "045"
_SAID_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})  # statements, appeals, demands, criticism, threats
# what a news outlet or its journalists do themselves: say, appeal, praise, demand, criticise, reject, threaten, protest
_MEDIA_ACTS = (*_SAID_ROOTS, "051", "14")


def _named_party(side: Participant, labels: Mapping[str, str]) -> bool:
    """A person or a body named as a participant (not a place, a demonym or an unnamed actor)."""
    return side.entity is not None and labels.get(side.entity) in ("PERS", "ORG")


def _deduplicate(
    candidates: list[tuple[float, int, Event, bool]],
    text: str,
    labels: Mapping[str, str] | None = None,
    mods: Mapping[str, str] | None = None,
) -> list[Event]:
    """Each real-world event once: among predictions with the same root code and the same source and target
    (countries for meetings and agreements, in either direction; codes and named entities otherwise), the most
    specific and best-evidenced one wins. Distinct named actors that share a code stay distinct events («أكدت
    حركتا حماس والجهاد أنهما تحملان ...»: two accusers), unless the same words name the act again with the same
    codes («التدخل العسكري التركي في سوريا» four times in an article is one intervention)."""
    best: dict[tuple[str, ...], tuple[tuple[float, ...], int, Event]] = {}
    members: dict[tuple[str, ...], list[Event]] = {}
    bins: dict[tuple[str, ...], list[list[str | None]]] = {}
    acts: dict[tuple[str, ...], list[set[str]]] = {}
    mods = mods or {}
    split = _mediated_apart(candidates)
    for score, order, event, complete in candidates:
        source, target = event.source.actor or "", event.target.actor or ""
        if is_symmetric(event.cameo):
            # a meeting or an agreement between the same countries is one event however its parties are named
            kind = event.cameo[:2] if event.cameo.startswith("04") else event.cameo[:3]
            sides = sorted((_country(source), _country(target)))
            if sides[0] == sides[1]:
                # a meeting inside one country is told apart by who meets whom (the president and the parliament,
                # the president and the army), not by the country
                sides = sorted((source, target))
            key: tuple[str, ...] = (kind, *sides)
            if event.cameo.startswith(_MEDIATION) and (_country(source), _country(target)) in split:
                # «محادثات بين الحكومة السودانية والمتمردين برعاية الاتحاد الأفريقي»: the mediator acts on each
                # party, and the two parties of one country's talks are two targets, told apart by their sectors
                key = (*key, target)
        elif event.cameo.startswith("03"):
            # intentions differ by what is intended (to give aid, to sign, to negotiate), not by who says them
            key = (event.cameo, _country(source), _country(target))
        elif event.cameo[:2] in _SAID_ROOTS and event.source.entity:
            # what one speaker says against one country is told again in the lead and the body («حذر ترامب
            # إيران ...» then «محذرا طهران ...»): one statement of that kind, whichever of the country's names it
            # addresses (a complaint and an accusation stay two)
            key = (event.cameo[:3], source, _country(target), event.source.entity)
        else:
            # an arrest and the deportation that follows it («اعتقل ... وتم ترحيله») are two acts of one root
            root = event.cameo[:3] if event.cameo[:3] in _CUSTODY_CODES else event.cameo[:2]
            key = (root, source, target, event.source.entity or "", event.target.entity or "")
            key = (*key, _act_bin(event.cameo[:3], key, acts))
        dated = 1.0 if event.date.basis == "timex" else 0.0
        rank: tuple[float, ...] = (complete, score, dated, len(source) + len(target), len(event.cameo))
        key = (*key, _date_bin(event, key, bins, mods))
        members.setdefault(key, []).append(event)
        current = best.get(key)
        if current is None or (rank, -order) > (current[0], -current[1]):
            best[key] = (rank, order, event)
    for key, (rank, order, event) in best.items():
        best[key] = (rank, order, _most_specific(event, members[key]))
    repeated: dict[tuple[str, ...], tuple[tuple[float, ...], int, Event]] = {}
    for rank, order, event in sorted(best.values(), key=lambda c: c[1]):
        key = (
            event.cameo,
            event.source.actor or "",
            event.target.actor or "",
            _evidence_words(text, event),
            normalize(event.source.text or ""),
            normalize(event.target.text or ""),
        )
        current = repeated.get(key)
        if current is not None and current[2].evidence.start == event.evidence.start:
            key = (*key, str(order))  # one word, two parties named alike («حركتا حماس والجهاد»): two events
            current = None
        if current is None or (rank, -order) > (current[0], -current[1]):
            repeated[key] = (rank, order, event)
    ordered = sorted(repeated.values(), key=lambda c: (c[2].evidence.start, c[1]))
    # places that stand for one country on the same words («مظاهرات في مدن X وY وZ», every town read as the
    # country) are one event; distinct people or bodies that share a code («حركتا حماس والجهاد») stay distinct
    labels = labels or {}
    seen: set[tuple[int, int, str, str | None, str | None]] = set()
    kept = []
    for _rank, _order, event in ordered:
        identical = (event.evidence.start, event.evidence.end, event.cameo, event.source.actor, event.target.actor)
        if identical in seen and not (_named_party(event.source, labels) or _named_party(event.target, labels)):
            continue
        seen.add(identical)
        kept.append(event)
    kept = [event for event in kept if not _protest_told_again(event, kept)]
    kept = [event for event in kept if not _unknown_agent_told_again(event, kept)]
    kept = [event for event in kept if not _country_told_again(event, kept)]
    return [_with_id(event, f"v{number}") for number, event in enumerate(kept, start=1)]


def _mediated_apart(candidates: Sequence[tuple[float, int, Event, bool]]) -> set[tuple[str, str]]:
    """(mediator country, party country) pairs with mediations of two parties of that one country (its government
    and its rebels): those stay apart; any other mediation merges with the meetings of the same countries."""
    targets: dict[tuple[str, str], set[str]] = {}
    for _score, _order, event, _complete in candidates:
        if event.cameo.startswith(_MEDIATION) and event.source.actor and event.target.actor:
            pair = (_country(event.source.actor), _country(event.target.actor))
            targets.setdefault(pair, set()).add(event.target.actor)
    return {pair for pair, codes in targets.items() if len(codes) > 1}


def _home_place(event: Event) -> bool:
    """The event is placed in the country of one of its parties."""
    place = event.location.country if event.location is not None else None
    parties = {_country(side.actor) for side in (event.source, event.target) if side.actor}
    return place is not None and place in parties


@cache
def _told_kinds() -> dict[str, frozenset[str]]:
    raw: dict[str, list[str]] = load_json("events", "grammar.json")["told_specific"]["codes"]
    return {code: frozenset(kinds) for code, kinds in raw.items()}


def _most_specific(event: Event, told: Sequence[Event]) -> Event:
    """The event merged from its tellings under the most specific code any of them supports: the act told as
    «الهجوم» and again as «الغارات» is an air strike (195), the talks held «في سنغافورة» a meeting at a third place
    (044), whichever telling gave the evidence. Only a code below the kept one counts, told with the same modality and
    negation: a sub-code of it («183» → «1832»), or for an unspecified code the codes that say how the same act was
    done (grammar `told_specific`: the weapon of force, the place of a meeting), not another act of its root (talks
    held at a meeting are negotiation, 046, but the meeting stays one)."""
    general = event.cameo
    kinds = _told_kinds().get(general, frozenset())
    found = general
    for other in told:
        code = other.cameo
        if other.modality != event.modality or other.negated != event.negated or code == general:
            continue
        if not (code.startswith(general) or code in kinds):
            continue
        if code == "044" and _home_place(event):
            continue  # «قمة ثانية ... في واشنطن»: this meeting is placed in one party's country, told apart
        if found == general or len(code) > len(found):
            found = code
    if found == general:
        return event
    return replace(event, cameo=found, plover=plover_for(found))


_TOLD_AGAIN_REACH = 150  # characters: the same sentence or the next words


def _unknown_agent_told_again(event: Event, events: Sequence[Event]) -> bool:
    """«لقي ثلاثون جنديا مصرعهم في هجمات شنها مسلحو X», «اعتقلت إسرائيل 800 ألف فلسطيني، بينهم 100 ألف اعتقلوا
    منذ ...»: an act with no agent named beside one of the same code on the same target whose agent is named, on the
    same date and a few words apart, is that act told again, not a second one by someone unknown."""
    if event.source.actor is not None or event.target.actor is None:
        return False
    return any(
        other is not event
        and other.source.actor is not None
        and other.cameo == event.cameo
        and other.target.actor == event.target.actor
        and other.date.value == event.date.value
        and abs(other.evidence.start - event.evidence.start) <= _TOLD_AGAIN_REACH
        for other in events
    )


def _country_told_again(event: Event, events: Sequence[Event]) -> bool:
    """«أعلنت فرنسا سحب قواتها من X» and «أكمل الجيش الفرنسي انسحابه من X»: an act whose agent is named only as a
    country (a bare country code) beside the same act on the same target, date, code and modality whose agent of
    that country is named with its sector (USA beside USAMIL) is that act told again, not a second one by the
    country at large; the telling that says who in the country acted stands. Only the agent: a bare target is
    often the place attacked («هاجم مسلحون مركز شرطة في بلدة X»), not the same party told loosely."""
    source = event.source.actor
    if is_symmetric(event.cameo) or not _bare_country(source):
        return False
    return any(
        other is not event
        and other.cameo == event.cameo
        and other.target.actor == event.target.actor
        and other.date.value == event.date.value
        and other.modality == event.modality
        and other.negated == event.negated
        and (other.source.actor or "").startswith(source or "-")
        and other.source.actor != source
        for other in events
    )


def _bare_country(code: str | None) -> bool:
    """A country named without its sector (USA, not USAMIL; not an organisation's code)."""
    return code is not None and len(code) == 3 and not code.startswith(("IGO", "NGO", "IMG", "MNC"))


def _protest_told_again(event: Event, events: Sequence[Event]) -> bool:
    """A protest with no target («وشارك في الاحتجاج نشطاء», «مظاهرات في عدة مدن بينها X») after or beside another
    protest by the same country's people on the same date is that protest told again (in other words, or naming one
    of its towns), not a second one: the first telling, or the one that says against whom, stands."""
    if not event.cameo.startswith("14") or event.target.actor is not None or not event.source.actor:
        return False
    country = _country(event.source.actor)
    for other in events:
        if other is event or not other.cameo.startswith("14") or not other.source.actor:
            continue
        if other.cameo.startswith("145"):
            continue  # «اشتباكات بين المحتجين والجيش»: a clash during the protest tells its own act, not the protest
        if _country(other.source.actor) != country or other.date.value != event.date.value:
            continue
        if other.target.actor is not None or other.evidence.start < event.evidence.start:
            return True
    return False


def _act_bin(code: str, key: tuple[str, ...], acts: dict[tuple[str, ...], list[set[str]]]) -> str:
    """Which act of its root an event tells, among the events that share `key`: the root's unspecified act told
    again in other words is the same act («الهجوم» then «الغارات»), but two distinct acts of one root, each named
    by its own code, are two events (the shelling of a town and its siege, an air strike and an artillery
    barrage)."""
    known = acts.setdefault(key, [])
    for number, codes in enumerate(known):
        if all(_one_act(code, other) for other in codes):
            codes.add(code)
            return str(number) if number else ""
    known.append({code})
    return str(len(known) - 1) if len(known) > 1 else ""


def _one_act(first: str, second: str) -> bool:
    """Two three-digit codes of one root that may tell one act: the same code, or the root's unspecified code (X0)
    beside any other, whose telling says how the act was done or names it vaguely («هجوم» told again as «اجتياح»).
    The forms of one protest (a march, a sit-in, a blocked road) by the same people are one protest, as
    `_protest_told_again` also reads them."""
    return first == second or first.endswith("0") or second.endswith("0") or first.startswith("14")


def _date_bin(
    event: Event,
    key: tuple[str, ...],
    bins: dict[tuple[str, ...], list[list[str | None]]],
    mods: Mapping[str, str],
) -> str:
    """Which of the events that share `key` this one is: the same act reported twice is one event, but two dates
    written in the text that cannot be the same day are two («وقع الطرفان الأربعاء اتفاق سلام» after «وكانا قد وقعا
    اتفاقا الشهر الماضي»; «التقى الوزراء السبت» after «اجتمع زعماؤهم مطلع الشهر»). An event dated otherwise
    (publication, reporting date) joins the first."""
    known = bins.setdefault(key, [])  # [bin name, the date written for it (None until one is)]
    value = None
    if event.date.basis == "timex" and event.date.value is not None:
        value = _dated_span(event.date.value, mods.get(event.date.timex or ""))
    for entry in known:
        if value is None or entry[1] is None or _same_time(entry[1], value):
            entry[1] = entry[1] or value
            return entry[0] or ""
    name = str(len(known)) if known else ""
    known.append([name, value])
    return name


_CALENDAR_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# the part of a month (days) or of a year (months) that «مطلع/منتصف/أواخر» point at, generously bounded
_PART_BOUNDS = {"START": (1, 10), "MID": (10, 20), "END": (20, 31)}
_YEAR_PART_BOUNDS = {"START": (1, 4), "MID": (4, 9), "END": (9, 12)}


def _dated_span(value: str, mod: str | None) -> str:
    """A TIMEX3 value as the time it may name, written `value` or `value~first~last` when a position modifier
    narrows a month to some of its days or a year to some of its months."""
    if mod is None or _CALENDAR_PREFIX.fullmatch(value) is None:
        return value
    if len(value) == len("2018-04") and mod in _PART_BOUNDS:
        first, last = _PART_BOUNDS[mod]
    elif len(value) == len("2018") and mod in _YEAR_PART_BOUNDS:
        first, last = _YEAR_PART_BOUNDS[mod]
    else:
        return value
    return f"{value}~{first}~{last}"


def _same_time(first: str, second: str) -> bool:
    """Whether two dated spans may name the same time: one calendar date within the other («2018-09» and
    «2018-09-12»), unless a part of the longer one's month or year is named and the other falls outside it
    («مطلع الشهر» is not the 28th); values of other shapes (weeks, seasons, unknown digits) are not told apart."""
    (a, *a_part), (b, *b_part) = first.split("~"), second.split("~")
    if _CALENDAR_PREFIX.fullmatch(a) is None or _CALENDAR_PREFIX.fullmatch(b) is None:
        return True
    (shorter, part), (longer, _) = sorted(((a, a_part), (b, b_part)), key=lambda item: len(item[0]))
    if not longer.startswith(shorter):
        return False
    if part and len(longer) > len(shorter):
        unit = int(longer[len(shorter) + 1 :][:2])  # the day (of a month) or the month (of a year) named
        return int(part[0]) <= unit <= int(part[1])
    if a_part and b_part:  # «مطلع الشهر» and «أواخره»
        return int(a_part[0]) <= int(b_part[1]) and int(b_part[0]) <= int(a_part[1])
    return True


def _evidence_words(text: str, event: Event) -> str:
    """The words of an event's evidence in matching form, without a leading «و»."""
    words = normalize(text[event.evidence.start : event.evidence.end]).split()
    if words and words[0].startswith("و") and len(words[0]) > 3:
        words[0] = words[0][1:]
    return " ".join(words)


def _country(code: str) -> str:
    return code[:6] if code.startswith(("IGO", "NGO", "IMG", "MNC")) else code[:3]


def _with_id(event: Event, identifier: str) -> Event:
    return Event(
        identifier,
        event.cameo,
        event.plover,
        event.source,
        event.target,
        event.date,
        event.location,
        event.evidence,
        event.modality,
        event.negated,
        event.quote,
        event.confidence,
    )


def extract_events(doc: Doc) -> list[Event]:
    if _sports_report(doc):
        return []  # clubs and matches: no political actors, and «مواجهة», «هجوم», «اللقاء» are games
    contexts, drafts = code_document(doc)
    return finalize(doc, drafts, contexts)


@cache
def _sport_words() -> tuple[frozenset[str], float, int]:
    raw = load_json("events", "grammar.json")["sport_words"]
    return frozenset(norm_word(w) for w in raw["words"]), float(raw["per_thousand"]), int(raw["at_least"])


def _sports_report(doc: Doc) -> bool:
    """An article dense in the words of sports reporting (see grammar.json `sport_words`)."""
    words, per_thousand, at_least = _sport_words()
    hits = sum(1 for token in doc.tokens if token.norm in words or (token.stem or token.norm) in words)
    return hits >= at_least and hits * 1000 / len(doc.text) >= per_thousand


_UNDATED = ("published", "unknown")


@cache
def _commentary_words() -> tuple[frozenset[str], frozenset[str], int, int]:
    raw = load_json("events", "grammar.json")["commentary_voice"]
    lead, voice = (frozenset(norm_word(w) for w in raw[key]) for key in ("lead_words", "voice_words"))
    return lead, voice, int(raw["lead_chars"]), int(raw["at_least"])


def _word_in(token: Token, words: frozenset[str]) -> bool:
    """The token's normal form, or that form after a conjunction «و»/«ف», is one of the words."""
    return token.norm in words or (token.norm[:1] in ("و", "ف") and token.norm[1:] in words)


def _commentary(doc: Doc) -> bool:
    """An opinion column or first-person account (grammar.json `commentary_voice`): no news lead in its opening
    characters, and first-person words of the author's own, outside attributed quotations and quotation marks."""
    lead, voice, lead_chars, at_least = _commentary_words()
    if any(token.start < lead_chars and _word_in(token, lead) for token in doc.tokens):
        return False
    quoted = [(quote.content.start, quote.content.end) for quote in doc.quotes if quote.speaker is not None]
    quoted += [match.span() for match in _QUOTATION_MARKS.finditer(doc.text)]
    voiced = (t for t in doc.tokens if _word_in(t, voice))
    return sum(1 for t in voiced if not any(start <= t.start < end for start, end in quoted)) >= at_least


_QUOTATION_MARKS = re.compile(r'«[^»]*»|"[^"]*"|“[^”]*”')


def _speaker_topic(doc: Doc, ctx: SentenceContext) -> list[Side]:
    """The speaker of the last quotation whose cue is in the sentence: who the next sentence's subjectless verb
    continues («وقال X إن ... . واتهم ...»)."""
    sentence = doc.sentences[ctx.index]
    cued = [
        (quote.cue.start, quote)
        for quote in doc.quotes
        if quote.cue is not None and sentence.start <= quote.cue.start < sentence.end and quote.speaker is not None
    ]
    if not cued:
        return []
    side = speaker_side(_carried_speaker(doc, max(cued, key=lambda item: item[0])[1]), plural=False)
    return [side] if side is not None and side.code else []


_OPENING_REACH = 4


def _opening_subject(ctx: SentenceContext) -> list[Side]:
    """«جدد الرئيس اليمني التأكيد على ...»: a sentence with no event still says who it is about, the bare actor
    right after its opening words; the next sentence's subjectless verb continues it."""
    found = _first_subject(ctx, Clause(0, len(ctx.views)))
    if not found or found[0].head_start > _OPENING_REACH or found[0].code is None or _is_place(found[0]):
        return []
    return ctx.sides(found[:1])


@dataclass(frozen=True)
class _CoalitionWords:
    heads: frozenset[str]
    relatives: frozenset[str]
    lead_words: frozenset[str]
    sector: str


@cache
def _coalition_words() -> _CoalitionWords:
    raw = load_json("events", "grammar.json")["coalition_leaders"]
    return _CoalitionWords(
        heads=frozenset(normalize(word) for word in raw["heads"]),
        relatives=frozenset(norm_word(word) for word in raw["relatives"]),
        lead_words=frozenset(norm_word(word) for word in raw["lead_words"]),
        sector=str(raw["sector"]),
    )


def _state_code(code: str | None) -> bool:
    """A country, its government or its military (not an organisation, a party or an armed group)."""
    return (
        code is not None
        and code[:3].isalpha()
        and not code.startswith(_NON_STATE_PREFIXES)
        and (len(code) == 3 or (len(code) == 6 and code[3:] in ("GOV", "MIL")))
    )


def _coalition_leaders(ctx: SentenceContext, mention: Mention) -> list[Mention]:
    """«التحالف الذي تقوده السعودية والإمارات», «قوات التحالف، بقيادة السعودية،»: the states named as leading the
    coalition phrase `mention`, right after it (none when the phrase is no coalition or a leader is no state)."""
    words = _coalition_words()
    views = ctx.views
    if not any(views[i].forms & words.heads for i in range(mention.head_start, mention.end)):
        return []
    index = mention.end
    while index < len(views) and not views[index].is_word:
        index += 1  # «التحالف، بقيادة»
    if index < len(views) and views[index].norm in words.relatives:
        index += 1
    if index >= len(views) or views[index].norm not in words.lead_words:
        return []
    # «بقيادة السعودية»: the tagger may read «قيادة» (command) as a title over the leader
    first = next((m for m in ctx.mentions if index + 1 in (m.head_start, m.start) and m.anaphor is None), None)
    if first is None:
        return []
    leaders = [first]
    if first.group:
        leaders += [m for m in ctx.mentions if m.group == first.group and m.start > first.start and m.anaphor is None]
    if not all(_state_code(m.code) for m in leaders):
        return []  # «تحالف سائرون الذي يقوده مقتدى الصدر»: a party led by a man is coded as itself
    return leaders


def _coalitions_by_leaders(ctx: SentenceContext, drafts: Sequence[Draft]) -> None:
    """A coalition named with the states that lead it acts as each of them (grammar.json `coalition_leaders`): its
    participant becomes one per leading state, with the coalition's military sector («دخل تحالف تقوده السعودية
    والإمارات في حرب مع الحوثيين»: Saudi and Emirati forces at war with the Houthis)."""
    for draft in drafts:
        sources = _led_sides(ctx, draft.sources)
        if draft.code[:2] in _FORCE_ROOTS:
            # «بدأ التحالف بقيادة السعودية والإمارات هجومه على المدينة» with the town read as Emirati: a coalition
            # fights abroad, so a leader of the attacked side's own country is the place misread, not an attacker
            attacked = {side.code[:3] for side in draft.targets if side.code}
            led = [side for side in sources if side not in draft.sources]
            sources = [side for side in sources if side not in led or (side.code or "")[:3] not in attacked]
        draft.sources = sources
        draft.targets = _led_sides(ctx, draft.targets)


def _led_sides(ctx: SentenceContext, sides: Sequence[Side]) -> list[Side]:
    """The sides with each coalition among them replaced by its leading states."""
    sector = _coalition_words().sector
    out: list[Side] = []
    for side in sides:
        mention = side.mention
        # a side carried from an earlier sentence (the topic, a group word) is named there, not here
        here = mention is not None and any(m is mention for m in ctx.mentions)
        leaders = _coalition_leaders(ctx, mention) if mention is not None and here else []
        for leader in leaders:
            led = side_of(ctx.doc, ctx.views, leader, ctx.index)
            code = (leader.code or "")[:3] + sector
            if all(code != s.code for s in out):
                # the coalition's entity: its acts told again under its own name are the same acts
                out.append(Side(code, side.entity, led.text, led.start, led.end, leader, led.group))
        if not leaders:
            out.append(side)
    return out


_BACKING_ROOTS = ("051", "053", "054", "07")  # support and aid (not a signed agreement, 057: parties at home sign)
_BACKED_SECTORS = frozenset({"REB", "INS", "OPP"})
_BACKING_STATE_SECTORS = frozenset({"", "GOV", "MIL"})


def _backed_groups_abroad(ctx: SentenceContext, drafts: Sequence[Draft], focus: str | None) -> None:
    """«دعمت تركيا فصائل المعارضة», «تساعد طهران الميليشيات», «موسكو دعمت متمردين في شرق أوكرانيا»: a state backs
    rebels, insurgents or an opposition of another country, not its own; an unnamed group it backs that took the
    state's country from the words around it (the nearest country named is the backer itself) belongs to the
    country the sentence places it in, else to the article's country, else to no known country."""
    for draft in drafts:
        if not draft.code.startswith(_BACKING_ROOTS):
            continue
        states = {
            s.code[:3]
            for s in draft.sources
            if s.code and len(s.code) in (3, 6) and s.code[3:] in _BACKING_STATE_SECTORS and s.code[:3].isalpha()
        }
        if not states or any(s.code and s.code.startswith(_NON_STATE_PREFIXES) for s in draft.sources):
            continue
        places = [m for m in ctx.mentions if _country_setting(ctx.views, m)]
        if any(m.code and m.code[:3] in states for m in places):
            continue  # «لجأت الحكومة في أفغانستان إلى تسليح الميليشيات المحلية»: set at home, its own militias
        targets: list[Side] = []
        for side in draft.targets:
            mention = side.mention
            if (
                mention is not None
                and mention.generic
                and side.code is not None
                and side.code[:3] in states
                and side.code[3:] in _BACKED_SECTORS
            ):
                abroad = sorted(places, key=lambda m: abs(m.start - mention.start))
                country = abroad[0].code[:3] if abroad and abroad[0].code else (focus if focus not in states else None)
                code = country + side.code[3:] if country else None
                side = Side(code, side.entity, side.text, side.start, side.end, mention, side.group)
            targets.append(side)
        draft.targets = targets


def _country_setting(views: Sequence[TokenView], mention: Mention) -> bool:
    """«في سوريا», «بسوريا», «في شرق أوكرانيا»: a place of a known country the sentence sets something in (not a
    region: «في الشرق الأوسط»)."""
    entity = mention.entity
    if mention.label != "LOC" or not mention.code or entity is None or entity.actor is None or not entity.actor.country:
        return False
    if mention.governor in ("في", "ب"):
        return True
    return mention.start >= 2 and views[mention.start - 2].norm == "في" and not views[mention.start - 1].token.prefixes


def code_document(doc: Doc) -> tuple[list[SentenceContext], list[Draft]]:
    """Sentence by sentence: the drafts of every predicate, before pairing, dating and de-duplication."""
    contexts = sentence_contexts(doc)
    lexicon, grammar = default_lexicon(), default_grammar()
    focus = focus_country(doc)
    drafts: list[Draft] = []
    topic: list[Side] = []
    history: list[Side] = []
    parties: list[Side] = []
    speaker: list[Side] = []  # who the sentence before quoted
    for ctx in contexts:
        ctx.topic = list(topic)
        ctx.history = history
        ctx.parties = list(parties)
        sentence_drafts = code_sentence(ctx, lexicon, grammar)
        _targets_from_earlier_acts(ctx, sentence_drafts, drafts)
        _deniers_of_accusations(sentence_drafts, drafts)
        _issuers_of_documents(contexts, ctx, sentence_drafts)
        _targets_of_step_objects(ctx, sentence_drafts, drafts, speaker)
        _targets_of_called_meetings(ctx, sentence_drafts, contexts[ctx.index - 1] if ctx.index else None)
        _sponsors_of_talks(ctx, sentence_drafts)
        _targets_of_investigated_acts(ctx, sentence_drafts, drafts)
        _authorities_of_undergone(ctx, sentence_drafts)
        _targets_of_placed_objects(ctx, sentence_drafts)
        _claims_earlier_act(contexts, sentence_drafts, drafts)
        _backed_groups_abroad(ctx, sentence_drafts, focus)
        _coalitions_by_leaders(ctx, sentence_drafts)
        drafts.extend(sentence_drafts)
        subject = [] if any(d.sources for d in sentence_drafts) else _opening_subject(ctx)
        speaker = _speaker_topic(doc, ctx)
        topic = speaker or subject or ctx.topic
        parties = ctx.parties
        history = history + [
            side_of(doc, ctx.views, m, ctx.index) for m in ctx.mentions if m.code and m.anaphor is None
        ]
    _targets_of_reactions(contexts, drafts)
    # «جمعيات مساعدة المهاجرين»: a verbal noun in a body's name codes no act; dropped only now, so that it
    # shapes the clauses and arguments around it as before
    views_of = {ctx.index: ctx.views for ctx in contexts}
    return contexts, [
        d for d in drafts if d.trigger.is_verb or not in_body_name(views_of[d.sentence], d.trigger.head, grammar)
    ]


__all__ = ["bare", "extract_events"]
