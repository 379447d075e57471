"""Actor mentions of a sentence: entity phrases with their actor code and what governs them (a preposition, a
preceding noun, or nothing: a bare noun phrase that can be a subject or a direct object)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from rasd.doc import Entity
from rasd.events.agents import NAME_MARKS, AgentPhrase, agent_lexicon, agent_phrase, owned_institution
from rasd.events.lexicon import Grammar, bare, norm_word
from rasd.events.matcher import TokenView, Trigger, is_complementizer
from rasd.resources import load_json

# quotation marks and the hashtag sign are transparent around a name («#الحوثي», «"شربا"»)


@dataclass(slots=True, init=False)
class Mention:
    """An actor phrase: tokens [start, end) of the sentence, extended left over title words to `head_start`."""

    start: int
    end: int
    head_start: int
    entity: Entity | None
    code: str | None
    governor: str | None
    coordinated: bool = False
    first_person: bool = False
    group: int = 0
    anaphor: int | None = None
    generic: bool = False
    oblique: bool = False  # the head is a sound plural or dual in the accusative/genitive («المتمردين»)
    # «في عفرين شمالي سوريا», «في شمال العراق»: a place after the noun of a part of a place, written to say where
    locator: bool = False
    listed: bool = False  # joined to the actor before it across «، و» (`_serial_member`)

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        start: int,
        end: int,
        head_start: int,
        entity: Entity | None,
        code: str | None,
        governor: str | None,
        coordinated: bool = False,
        first_person: bool = False,
        group: int = 0,
        anaphor: int | None = None,
        generic: bool = False,
        oblique: bool = False,
        locator: bool = False,
        listed: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.head_start = head_start
        self.entity = entity
        self.code = code
        self.governor = governor
        self.coordinated = coordinated
        self.first_person = first_person
        self.group = group
        self.anaphor = anaphor
        self.generic = generic
        self.oblique = oblique
        self.locator = locator
        self.listed = listed

    @property
    def label(self) -> str | None:
        return self.entity.label if self.entity else None

    @property
    def sector(self) -> str | None:
        if self.entity is None:
            # an unnamed actor («المتمردون» → YEMREB) carries its sector in its code
            return self.code[3:6] if self.code and len(self.code) >= 6 and self.generic else None
        return self.entity.actor.sector if self.entity.actor is not None else None

    @property
    def country(self) -> str | None:
        if self.entity is None or self.entity.actor is None:
            return None
        return self.entity.actor.country or (self.code[:3] if self.code else None)

    @property
    def is_bare(self) -> bool:
        """A subject or direct object candidate: nothing governs it."""
        return self.governor is None

    @property
    def is_place(self) -> bool:
        return self.label == "LOC"


def actor_code(entity: Entity) -> str | None:
    """The CAMEO actor code of an entity: its full code, else its country (ISO 3166 alpha-3 = CAMEO country)."""
    if entity.actor is None:
        return None
    return entity.actor.cameo or entity.actor.country


def _specificity(entity: Entity) -> tuple[int, int, int]:
    code = actor_code(entity) or ""
    return (1 if code else 0, 1 if entity.label in ("PERS", "ORG") else 0, len(code))


def sentence_mentions(
    views: Sequence[TokenView],
    offset: int,
    entities: Sequence[Entity],
    triggers: Sequence[Trigger],
    grammar: Grammar,
    focus: str | None = None,
    named_heads: Mapping[str, Sequence[Entity]] | None = None,
    group_heads: Mapping[str, str | None] | None = None,
) -> list[Mention]:
    """Mentions of the entities that fall in a sentence whose first token is `offset` in the document, plus
    unnamed actors («القوات الحكومية», «المتظاهرين») and generic places («المدن») of the article's country."""
    spans: list[tuple[int, int, Entity]] = []
    for entity in entities:
        first = last = None
        for view in views:
            token = view.token
            if token.end > entity.start and token.start < entity.end:
                first = view.index if first is None else first
                last = view.index
        if first is not None and last is not None:
            spans.append((first, last + 1, entity))
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged: list[tuple[int, int, Entity]] = []
    for start, end, entity in spans:
        if merged and _joined(views, merged[-1], (start, end, entity)):
            prev_start, prev_end, prev_entity = merged[-1]
            best = max((prev_entity, entity), key=_specificity)
            merged[-1] = (prev_start, max(prev_end, end), best)
        elif merged and start < merged[-1][1]:
            prev_start, prev_end, prev_entity = merged[-1]
            merged[-1] = (prev_start, max(prev_end, end), max((prev_entity, entity), key=_specificity))
        else:
            merged.append((start, end, entity))
    noun_triggers = {t.head for t in triggers if not t.is_verb and not t.predicate.verbal}  # participles take objects
    trigger_heads = {t.head for t in triggers}
    verb_triggers = {t.head for t in triggers if t.is_verb}
    # the object a predicate requires («إرسال قوات») is part of the predicate, not an unnamed actor
    predicate_words = trigger_heads | {i for t in triggers if t.obj for i in range(*t.obj)}
    entity_tokens = {i for start, end, _entity in merged for i in range(start, end)}
    mentions: list[Mention] = []
    adjectives = grammar.adjective_heads
    for start, end, entity in merged:
        head_start = start
        while head_start > 0 and head_start - 1 not in trigger_heads and head_start - 1 not in entity_tokens:
            before = views[head_start - 1]
            if before.forms & grammar.manner_adverbs:
                break  # «وانتقدت تونس بقوة الحكومة»: «بقوة» is how, no title («قوة» force)
            owner_after = "ل" in views[head_start].token.prefixes
            if (
                owner_after
                and head_start - 2 in trigger_heads
                and not before.token.prefixes
                and before.forms & adjectives
            ):
                break  # «غارة جوية لطيران التحالف»: the adjective qualifies the event, whose owner follows with «ل»
            if before.token.text in NAME_MARKS and head_start > 1 and _is_title(views[head_start - 2], grammar):
                head_start -= 1
                continue
            spokesman = _spokesman_before(views, head_start, trigger_heads, entity_tokens)
            if spokesman is not None:
                head_start = spokesman  # «المتحدث باسم الخارجية الإيرانية»: the spokesman speaks for the body
                break
            if before.forms & _owned_vehicles() and is_nisba(views, Mention(start, end, start, entity, None, None)):
                break  # «طائرات إثيوبية»: the country adjective qualifies the aircraft, a free phrase of its own
            if not _is_title(before, grammar):
                titled = _title_before_adjectives(views, head_start, trigger_heads | entity_tokens, grammar)
                if titled is None:
                    break
                head_start = titled
                continue
            named_kind = named_heads is not None and bare(before.token.stem) in named_heads
            # «دانت الشركة الفرنسية»: a country adjective right after the noun qualifies it, no object
            named_kind = named_kind and not (head_start == start and definite_nisba(views[start]))
            if named_kind and _kind_before_object(views, head_start, verb_triggers):
                break  # «وطالبت المنظمة الحكومة المصرية»: two definite nouns, the first the organisation named earlier
            if _subject_before_object(views, head_start, start, end, entity.label, verb_triggers):
                break  # «وطالب المتظاهرون الحكومة العراقية»: the verb's subject, then its object
            head_start -= 1
            if views[head_start].token.prefixes[:1] == ("و",):
                break
        code = actor_code(entity)
        if code is not None and len(code) == 3:
            code = code + _title_sector(views, head_start, start, end, grammar)
        mentions.append(Mention(start, end, head_start, entity, code, None))
    inside = {i for m in mentions for i in range(m.head_start, m.end)}
    for view in views:
        if view.is_word and view.index not in inside and view.index not in trigger_heads:
            size = next((grammar.group_anaphors[f] for f in view.forms if f in grammar.group_anaphors), None)
            if size is not None and _place_part_phrase(views, view.index):
                size = None  # «بأطراف المدينة», «على أطراف القرية»: the outskirts of a place, no parties
            if size is not None and view.norm in _CONSTRUCT_PARTIES and not _parties_of_conflict(views, view.index):
                size = None  # «أطراف المعارضة»: factions of a body named after it, not all the parties
            if size is not None:
                head_start = view.index
                while head_start > 0 and _is_title(views[head_start - 1], grammar) and head_start - 1 not in inside:
                    head_start -= 1
                mentions.append(Mention(view.index, view.index + 1, head_start, None, None, None, anaphor=size))
    if named_heads:
        mentions.extend(_named_head_mentions(views, mentions, trigger_heads, named_heads, grammar))
    mentions = _members_of_bodies(views, mentions, grammar)
    # «القوات المدعومة إماراتيا»: the patron named by an adverb is no party and gives the group no country
    mentions = [m for m in mentions if not _dateline(views, m) and not _adverbial_patron(views, m, grammar)]
    for mention in mentions:
        if _names_a_thing(views, mention):
            mention.code = None  # «اتفاق باريس»: it still fills its slot in the clause, as no actor
        mention.locator = _locates_a_place(views, mention)
    # governors of named mentions first: they say which country is the setting; again with the unnamed actors,
    # which take the tokens they cover out of the phrases before them (and nothing changes when there are none)
    _set_governors(views, mentions, noun_triggers, verb_triggers, grammar)
    generic = _generic_mentions(views, mentions, predicate_words, focus, grammar)
    if group_heads:
        _named_group_codes(views, generic, group_heads)
    if generic:
        mentions.extend(generic)
        _set_governors(views, mentions, noun_triggers, verb_triggers, grammar)
        for agent in generic:
            body = _body_of_members(views, agent.end, mentions, grammar)
            if body is not None:
                # the body's name is then no party of its own: a member noun before it («مقاتلون من») had lent it
                # its own phrase, the subject's
                body.governor = "من"
    _link_coordination(views, mentions, grammar, (noun_triggers, verb_triggers))
    _share_plural_title(views, mentions, grammar)
    _partner_countries(mentions)
    for mention in mentions:
        mention.oblique = _oblique(views[mention.head_start]) and not _counted(views, mention.head_start, grammar)
    return mentions


def _set_governors(
    views: Sequence[TokenView],
    mentions: list[Mention],
    noun_triggers: set[int],
    verb_triggers: set[int],
    grammar: Grammar,
) -> None:
    """Sort the mentions by position and set what governs each."""
    mentions.sort(key=lambda m: m.start)
    inside = {i for m in mentions for i in range(m.start, m.end)}
    for mention in mentions:
        mention.governor = _governor(views, mention, mention.entity, noun_triggers, verb_triggers, inside, grammar)


def _counted(views: Sequence[TokenView], index: int, grammar: Grammar) -> bool:
    """«آلاف المتظاهرين», «ثلاثة مدنيين»: a noun after a number or a quantifier is its complement."""
    return index > 0 and (views[index - 1].token.kind == "number" or bool(views[index - 1].forms & grammar.quantifiers))


_OBLIQUE_ENDINGS = ("ين", "ي")


def _oblique(view: TokenView) -> bool:
    """«اتهم المتمردين»: a sound masculine plural or a dual in «ين» (or a construct in «ي») is accusative or genitive,
    never the subject of the verb before it; broken plurals and names show no case."""
    sense = agent_lexicon().sense(view)
    return (
        sense is not None
        and sense.number in ("pl", "du")
        and view.token.stem.endswith(_OBLIQUE_ENDINGS)
        and not view.token.suffixes
    )


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "هذين", "هاتين", "تلك", "ذلك"})


def organisation_head(entity: Entity) -> str | None:
    """The head noun an organisation is later called by («اللجنة الدولية للصليب الأحمر» → «لجنة»)."""
    if entity.label != "ORG" or entity.actor is None or not entity.text.strip():
        return None
    first = bare(norm_word(entity.text.split()[0]))
    return first if len(first) >= 3 else None


def definite_word(view: TokenView) -> bool:
    """A noun with the article, also when the clitic analysis leaves the article on the stem of a word whose first
    letter is «ل» («باللجنة», «واللجنة»: «ب» + «اللجنة»)."""
    return "ال" in view.token.prefixes or (view.token.stem.startswith("ال") and len(view.token.stem) > 4)


_GROUP_SECTORS = frozenset({"REB"})


def group_head(views: Sequence[TokenView], mention: Mention) -> str | None:
    """The armed-group noun a named actor is written with, in construct with the name («ميليشيات الحوثي»,
    «عناصر ميليشيات الحوثي», «ميليشيات إيرانية», «الميليشيات الحوثية» → «ميليشيات»): the entity's own first word
    or the word right before it, with the article only before the name's adjective («أغلق المتمردون البنك
    المركزي» names no rebels)."""
    if mention.entity is None or mention.code is None:
        return None
    for index in (mention.start, mention.start - 1):
        if index < 0 or not views[index].is_word:
            continue
        if definite_word(views[index]):
            # «الميليشيات الحوثية»: a definite noun names the group only with the name's adjective after it
            adjective = index + 1
            if adjective >= mention.end or adjective < mention.start or not definite_nisba(views[adjective]):
                continue
        elif index < mention.head_start:
            continue
        sense = agent_lexicon().sense(views[index])
        if sense is not None and sense.sector in _GROUP_SECTORS:
            return bare(views[index].token.stem)
    return None


def _named_group_codes(
    views: Sequence[TokenView], generic: Sequence[Mention], group_heads: Mapping[str, str | None]
) -> None:
    """«الميليشيات» after «ميليشيات الحوثي»: a definite armed-group noun with no owner of its own stands for the
    one group the article named earlier with the same noun (when it named two with it, or a group by its country
    only, «ميليشيات إيرانية», for neither), not for an unnamed group of the country around it."""
    for mention in generic:
        view = views[mention.start]
        if mention.end != mention.start + 1 or not definite_word(view):
            continue  # «الفصائل المعارضة»: an adjective of its own may name another group
        if mention.code is None or mention.code.startswith(_NON_STATE):
            continue
        if mention.code[3:] not in _GROUP_SECTORS:
            continue  # an owner, a body of members or a possessor gave it another sector
        code = group_heads.get(bare(view.token.stem))
        if code:
            mention.code = code


def _named_head_mentions(
    views: Sequence[TokenView],
    mentions: Sequence[Mention],
    trigger_heads: set[int],
    named_heads: Mapping[str, Sequence[Entity]],
    grammar: Grammar,
) -> list[Mention]:
    """«اللجنة», «هذه المنظمة», «الحركة»: a definite (or demonstrative) head noun of an organisation named earlier in
    the article refers to the last one named with it, unless an adjective of its own names another body («المحكمة
    العليا», «المجلس الوطني»); the noun with a possessive pronoun or the article, followed by the rest of a name it
    has («حزبه الجمهوري» after «الحزب الجمهوري»), is that organisation."""
    taken = {i for m in mentions for i in range(m.head_start, m.end)}
    out: list[Mention] = []
    for view in views:
        if not view.is_word or view.index in taken or view.index in trigger_heads:
            continue
        previous = views[view.index - 1] if view.index > 0 else None
        demonstrative = previous is not None and previous.is_word and previous.norm in _DEMONSTRATIVES
        possessed = bool(view.token.suffixes) and not demonstrative
        if not definite_word(view) and not demonstrative and not possessed:
            continue
        named = named_heads.get(bare(view.token.stem))
        if not named:
            continue
        end, entity = _rest_of_name(views, view.index, named, taken)
        if entity is None:
            if possessed or _qualified_head(views, view.index):
                continue  # «حزبه», «المحكمة العليا»: which body is not said, or another one
            entity = named[-1]  # the last named (item 2: «التنظيم» after «تنظيم داعش» and another «تنظيم»)
        start = view.index - 1 if demonstrative else view.index
        out.append(Mention(view.index, end, start, entity, actor_code(entity), None))
    return out


_TITLED_ADJECTIVES = 2  # «الأكاديمية الملكية السويدية»: adjectives between the organisation's noun and its country's


@cache
def _titled_nouns() -> frozenset[str]:
    """Nouns of organisations, no agent words of the lexicon («الاحتلال الإسرائيلي», «القرار الأمريكي» name none)."""
    words = load_json("events", "grammar.json")["titled_organisation_nouns"]["words"]
    return frozenset(bare(norm_word(word)) for word in words)


def titled_organisations(
    views: Sequence[TokenView], mentions: Sequence[Mention], grammar: Grammar
) -> list[tuple[str, Entity]]:
    """«الأكاديمية الملكية السويدية», «الجامعة الأمريكية»: an organisation found only as its country adjective, with
    the sector its noun gives (the actor stage's role), written after a definite noun that is no actor word of the
    lexicon and no title of the phrase (at most two definite adjectives between): the article may call it later by
    that noun («الأكاديمية»).
    Each as (noun, the organisation as a name of its own)."""
    out: list[tuple[str, Entity]] = []
    for mention in mentions:
        entity = mention.entity
        if entity is None or entity.actor is None or not entity.actor.sector or not is_nisba(views, mention):
            continue
        # the first of the definite words right before the adjective («الأكاديمية الملكية»): the noun, whose
        # ending cannot tell it from an adjective
        index = mention.start
        while index > mention.start - 1 - _TITLED_ADJECTIVES and index > 0 and views[index - 1].is_word:
            if not definite_word(views[index - 1]):
                break
            index -= 1
        view = views[index]
        noun = bare(view.token.stem)
        if (
            index < mention.head_start
            and len(noun) >= 3
            and noun in _titled_nouns()
            and not view.token.suffixes
            and not _is_title(view, grammar)  # «وزارة الخارجية السعودية»: a title is folded into the phrase
        ):
            start, end = view.token.start, views[mention.end - 1].token.end
            text = " ".join(v.token.text for v in views[index : mention.end])
            out.append((noun, replace(entity, start=start, end=end, text=text, label="ORG")))
    return out


def _name_words(entity: Entity) -> list[str]:
    return [bare(norm_word(word)) for word in entity.text.split()]


def _rest_of_name(
    views: Sequence[TokenView], index: int, named: Sequence[Entity], taken: set[int]
) -> tuple[int, Entity | None]:
    """The end of the words after a head noun that go on as the name of one of the organisations named with it
    («حزبه الجمهوري» after «الحزب الجمهوري»), and that organisation; (index + 1, None) when none goes on."""
    ends: list[tuple[int, Entity]] = []
    for entity in named:
        rest = _name_words(entity)[1:]
        end = index + 1
        while (
            end - index - 1 < len(rest)
            and end < len(views)
            and end not in taken
            and views[end].is_word
            and bare(views[end].norm) == rest[end - index - 1]
        ):
            end += 1
        if end - index - 1 == len(rest):  # the whole name: «الجمعية الوطنية» is not «الجمعية الوطنية للبنادق»
            ends.append((end, entity))
    longest = max((end for end, _entity in ends), default=index + 1)
    found = [entity for end, entity in ends if end == longest]
    if longest == index + 1 or len({actor_code(e) for e in found}) != 1:
        return index + 1, None
    return longest, found[0]


@cache
def _body_adjectives() -> frozenset[str]:
    return frozenset(bare(norm_word(word)) for word in load_json("events", "grammar.json")["body_adjectives"]["words"])


def _qualified_head(views: Sequence[TokenView], index: int) -> bool:
    """«المحكمة العليا», «المجلس الوطني»: an adjective right after the noun names another body (a country's does
    not: «الاحتلال الإسرائيلي», «الصحيفة البريطانية» are the body named before)."""
    after = index + 1
    if after >= len(views) or not views[after].is_word:
        return False
    return "ال" in views[after].token.prefixes and bare(views[after].token.stem) in _body_adjectives()


@cache
def _place_named_things() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["place_named_things"]["nouns"])


def _names_a_thing(views: Sequence[TokenView], mention: Mention) -> bool:
    """«اتفاق باريس», «بمؤتمر ميونخ للأمن», «قمة الرياض»: a town or capital (a gazetteer place, not a country) right
    after the noun of an agreement, conference or process in construct names the thing, no party to an event; not
    when another party follows it («اتفاق أنقرة وموسكو», «اتفاق أنقرة مع موسكو»)."""
    entity = mention.entity
    if entity is None or entity.label != "LOC" or entity.actor is None or entity.actor.kb_source != "places":
        return False
    start = mention.start
    if start == 0 or views[start].token.prefixes:
        return False
    noun = views[start - 1]
    if not noun.is_word or "ال" in noun.token.prefixes or bare(noun.token.stem) not in _place_named_things():
        return False
    after = views[mention.end] if mention.end < len(views) else None
    return after is None or not (after.norm == "مع" or after.token.prefixes[:1] == ("و",))


_LOCATOR_PARTS = 2  # «شمال شرقي سوريا»
_LOCATOR_PREFIXES = frozenset({"و", "ف", "ب"})  # «وجنوب سوريا», «بجنوب لندن»; not «لشمال»


def _locates_a_place(views: Sequence[TokenView], mention: Mention) -> bool:
    """«في صعدة شمالي اليمن», «القامشلي شمال شرقي سوريا», «في شمال سوريا»: a named place right after one or two
    nouns of a part of a place (grammar `place_parts`, with no article, and no preposition but «ب») says where
    the act or the place before it lies; not after «على» or «ضد» («غارات على جنوب غزة»), which make the part of
    the place what the act is aimed at. The coder decides by the event whether it may still be a party."""
    entity = mention.entity
    if entity is None or entity.label != "LOC" or mention.head_start != mention.start:
        return False
    start = mention.start
    if views[start].token.prefixes:
        return False
    index = start - 1
    parts = 0
    while index >= 0 and parts < _LOCATOR_PARTS and views[index].is_word:
        view = views[index]
        if set(view.token.prefixes) - _LOCATOR_PREFIXES or bare(view.token.stem) not in place_parts():
            break
        parts += 1
        index -= 1
    if not parts:
        return False
    return not (index >= 0 and views[index].is_word and views[index].norm in _AIMED_PREPOSITIONS)


_AIMED_PREPOSITIONS = frozenset({"على", "علي", "ضد"})


def _dateline(views: Sequence[TokenView], mention: Mention) -> bool:
    """«بغداد 25 شوال 1436 هـ ... واس»: the place of a dateline opens the sentence and is followed by its date."""
    if mention.head_start != 0 or mention.end >= len(views):
        return False
    following = views[mention.end]
    return following.token.kind in ("number", "date") or following.in_timex or following.token.text in ("-", "–", "—")


_ARMED_GROUP_SECTORS = frozenset({"REB", "INS"})


def _partner_countries(mentions: Sequence[Mention]) -> None:
    """«بين القوات الحكومية وطالبان»: an unnamed actor takes the country of the named actor it is paired with (an
    armed group only as the other side of «بين»: one named alongside, as an ally, may fight abroad)."""
    for mention in mentions:
        if not mention.generic or mention.code is None:
            continue
        partners = [m for m in mentions if m.group == mention.group and not m.generic and m.code]
        paired = any(m.governor == "بين" for m in mentions if m.group == mention.group)
        if not paired and partners and all(m.code and m.code[3:] in _ARMED_GROUP_SECTORS for m in partners):
            continue  # «يحاصرها حزب الله وقوات النظام»: an armed group fighting alongside may be foreign
        countries = {m.code[:3] for m in partners if m.code and not m.code.startswith(("IGO", "NGO", "IMG"))}
        if len(countries) == 1:
            mention.code = countries.pop() + mention.code[3:]


def _generic_mentions(
    views: Sequence[TokenView],
    mentions: Sequence[Mention],
    trigger_heads: set[int],
    focus: str | None,
    grammar: Grammar,
) -> list[Mention]:
    """Unnamed actors and generic places, coded with the country the phrase or the sentence (or else the article)
    is about.

    «القوات الحكومية» in a sentence about Afghanistan is AFGMIL, «خبراء الصحة» there AFGHLH, «المدن الكبيرة» AFG;
    «سكان القرى في اليمن» are YEMCVL, «خبراء تابعون للأمم المتحدة» IGOUNO. Named entities always win: a word inside
    (or titling) an entity phrase is no generic mention.
    """
    taken = {i for m in mentions for i in range(m.head_start, m.end)}
    blocked = taken | trigger_heads
    countries = [
        (m.start, m.code[:3], m.governor == "في")
        for m in mentions
        if m.code
        and (m.label == "LOC" or _opens_with_nisba(views, m))
        and not m.code.startswith(_NON_STATE)  # «القوات المسلحة» after «الجماعة الداعشية» is no IMGMIL
        and not _patron(views, m, grammar)
    ]
    out: list[Mention] = []
    index = 0
    while index < len(views):
        agent = agent_phrase(views, index, blocked, grammar, named=taken)
        if agent is not None:
            owner = _affiliation(views, agent.end, mentions, grammar)
            body = _body_of_members(views, agent.end, mentions, grammar)
            possessor: str | None = None
            if body is not None:
                code: str | None = body.code
            elif owner is not None and owner.startswith(_NON_STATE):
                code = owner
            else:
                nearest = _context_country(countries, index)
                if agent.sector in _DOMESTIC_SECTORS and focus is not None and _foreign_before(countries, index):
                    # «حرب مع المتمردين» after «تحالف تقوده السعودية والإمارات»: rebels fight in the country the
                    # article is about, not in the foreign one named last
                    nearest = focus
                elif agent.sector in _OPPOSITION_SECTORS and focus in {c for _, c, _ in countries}:
                    # «وتتهم دمشق وموسكو مقاتلي المعارضة»: the opposition of the country the article is about, when
                    # the sentence names it too, not of the foreign one named last
                    nearest = focus
                elif agent.sector in _CIVILIAN_SECTORS and nearest is not None and _placed_civilians(views, agent):
                    nearest = _civilians_country(countries, index, nearest, focus, [*mentions, *out], trigger_heads)
                owned = owned_institution(views[index])
                possessor = _possessor_country(views, views[index], [*mentions, *out]) if owned else None
                if owned and possessor is None:
                    index = agent.end  # «حكومته» with no owner found in its sentence: whose is not safe to say
                    continue
                country = owner or possessor or _located_in(views, agent.end, mentions) or nearest or focus
                if owner is None and any(views[i].forms & grammar.other_country_words for i in range(index, agent.end)):
                    country = _other_country(countries, index, country)
                code = country + agent.sector if country else None
            if code is not None:
                out.append(Mention(index, agent.end, index, None, code, None, generic=True))
                if not code.startswith(_NON_STATE) and possessor is None and body is None:
                    # «والذين سيطروا على العاصمة وطردوا الحكومة» after «المتمردين الحوثيين»: the unnamed actor
                    # just placed is the nearest context of the next one
                    countries = sorted([*countries, (index, code[:3], False)])
            index = agent.end
            continue
        view = views[index]
        if not view.is_word or index in blocked or not ("ال" in view.token.prefixes or _counted(views, index, grammar)):
            index += 1
            continue
        if bare(view.token.stem) not in grammar.generic_places and view.norm not in grammar.generic_places:
            index += 1
            continue
        end = index + 1
        while end < len(views) and views[end].is_word and end not in blocked and "ال" in views[end].token.prefixes:
            end += 1
        if any(views[i].forms & grammar.foreign_words for i in range(index, end)):
            index = end  # «المناطق الأجنبية»: foreign to the article's country, so of no known country
            continue
        country = _located_in(views, end, mentions) or _context_country(countries, index) or focus
        if country is not None:
            out.append(Mention(index, end, index, None, country, None, generic=True))
        index = end
    return out


_NON_STATE = ("IGO", "NGO", "IMG", "MNC")


def _patron(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> bool:
    """«الميليشيات الموالية لإيران», «الفصائل المدعومة من تركيا»: the country named is who backs the group, not
    where it acts, so it gives no country to the unnamed actors around it."""
    before = words_before_backing(views, mention.start, mention.governor, 2)
    if not before:
        return False
    return bool(views[before[-1]].forms & grammar.patron_words)


def words_before_backing(views: Sequence[TokenView], start: int, governor: str | None, reach: int) -> list[int] | None:
    """The words among the `reach` tokens before a phrase at `start` that a word of backing would end («الموالية
    لإيران», «المدعومة من تركيا»: a «من» before the phrase is dropped); None when neither «من» nor «ل» governs it."""
    words = [v.index for v in views[max(0, start - reach) : start] if v.is_word]
    if words and views[words[-1]].norm == "من":
        words.pop()
    elif governor != "ل":
        return None
    return words


def _adverbial_patron(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> bool:
    """«الجيش المدعوم إماراتيا», «الفصائل الموالية إيرانيا»: a country adjective written as an adverb
    (accusative «ـيا») right after a word of backing names the patron, not where the group acts."""
    if mention.end - mention.start != 1 or mention.start == 0 or not views[mention.start].norm.endswith("يا"):
        return False
    return bool(views[mention.start - 1].forms & grammar.patron_words)


def _affiliation(views: Sequence[TokenView], end: int, mentions: Sequence[Mention], grammar: Grammar) -> str | None:
    """«خبراء تابعون للأمم المتحدة», «الفرق التابعة للتحالف»: the actor an unnamed group belongs to (its full code
    for an organisation, its country otherwise)."""
    if end + 1 >= len(views) or not views[end].forms & grammar.affiliation_words:
        return None
    for mention in mentions:
        if mention.head_start == end + 1 and mention.code and mention.governor == "ل":
            return mention.code if mention.code.startswith(_NON_STATE) else mention.code[:3]
    return None


# «مسلحون من حركة طالبان» and «المسلحون في ميليشيا حزب الله»: of and in a body; a place after «في» is no body (the
# mention must be an organisation)
_MEMBERSHIP_WORDS = frozenset({"من", "في"})


def _body_of_members(
    views: Sequence[TokenView], end: int, mentions: Sequence[Mention], grammar: Grammar
) -> Mention | None:
    """«مسلحون من حركة طالبان», «متشددين من تنظيم داعش»: unnamed people some of a named organisation right after
    them are that organisation (a country after «من», «جهاديين من فرنسا», is where they come from, no body; nor is
    a patron after a word of backing, «قوات الجيش المسنودة من التحالف»)."""
    if end >= len(views) or views[end].norm not in _MEMBERSHIP_WORDS or views[end - 1].forms & grammar.patron_words:
        return None
    for mention in mentions:
        opens = mention.start == end + 1 or mention.head_start == end + 1
        # «من تنظيم داعش» with the entity on the name alone: the kind written before it opens the phrase
        kind = mention.start == end + 2 and bare(views[end + 1].norm) in grammar.organisation_kinds
        if (opens or kind) and mention.code and mention.label == "ORG":
            return mention
    return None


def _located_in(views: Sequence[TokenView], end: int, mentions: Sequence[Mention]) -> str | None:
    """«المتظاهرين في إيران»: an unnamed actor placed in a country right after it, across one indefinite
    adjective («مقاتلين أكراد في سوريا»)."""
    if end + 1 < len(views) and views[end].is_word and not views[end].token.prefixes and views[end + 1].norm == "في":
        end += 1
    if end < len(views) and views[end].norm == "في":
        for mention in mentions:
            if mention.start == end + 1 and mention.code and mention.label == "LOC":
                return mention.code[:3]
    return None


_DOMESTIC_SECTORS = frozenset({"REB", "INS"})
_OPPOSITION_SECTORS = frozenset({"OPP"})


def _foreign_before(countries: Sequence[tuple[int, str, bool]], index: int) -> bool:
    """Countries named before `index`, none of them the sentence's setting («في اليمن»)."""
    before = [is_setting for start, _c, is_setting in countries if start < index]
    return bool(before) and not any(before)


_CIVILIAN_SECTORS = frozenset({"CVL"})


def _force_countries(mentions: Sequence[Mention], trigger_heads: Collection[int]) -> set[str]:
    """Countries of the sentence's armies and governing bodies («قوات الاحتلال», «الجيش الإسرائيلي», «السلطات
    الإسرائيلية») and of the adjective of an act («خلال العملية التركية», «الغارات الروسية»): who acts, not where.
    The police and security services of a country act at home («قوات الأمن الأردني» raid a cell in Jordan), so
    they say nothing against the country the context gives."""
    out = set()
    for mention in mentions:
        code = mention.code
        if not code or code.startswith(_NON_STATE) or len(code) < 3:
            continue
        if code[3:6] == "MIL" or (code[3:6] == "GOV" and mention.label != "PERS"):
            out.add(code[:3])  # a head of state speaking of people («عبر الملك عن تعازيه لأسر الضحايا») is no force
        elif len(code) == 3 and mention.head_start == mention.start and mention.start - 1 in trigger_heads:
            out.add(code)
    return out


@cache
def _own_people() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["civilians_of_place"]["own_people"])


def _placed_civilians(views: Sequence[TokenView], agent: AgentPhrase) -> bool:
    """Civilians whose country is where they are: not a phrase with a pronoun («مواطنيها»: the owner's people),
    nor citizens, voters or a people (grammar `civilians_of_place.own_people`), who belong to their state."""
    words = views[agent.start : agent.end]
    if any(v.token.suffixes for v in words):
        return False
    return not any(v.norm in _own_people() or bare(v.token.stem) in _own_people() for v in words)


def _civilians_country(
    countries: Sequence[tuple[int, str, bool]],
    index: int,
    nearest: str,
    focus: str | None,
    mentions: Sequence[Mention],
    trigger_heads: Collection[int],
) -> str:
    """«حين أطلق الجنود النار على محتجين قرب السياج في غزة»: unnamed civilians are of
    the place they are in, not of the forces that act on them (grammar `civilians_of_place`). When the country the
    context gives them (with no setting of the sentence before them) is that of a force or an act of the sentence,
    they are of the article's own country, unless that is a force's too or the sentence names a town of the force's
    country: then the context's guess stands (police dispersing their own country's protesters)."""
    if any(is_setting and start < index for start, _c, is_setting in countries):
        return nearest
    forces = _force_countries(mentions, trigger_heads)
    if nearest not in forces or focus is None or focus in forces:
        return nearest
    if any(_is_town(m) and m.code and m.code[:3] == nearest for m in mentions):
        return nearest  # «أمام آلاف المحتجين في وسط إسطنبول»: they are where the force is
    return focus


def _is_town(mention: Mention) -> bool:
    """A town or region from the gazetteer, not a country's name or adjective (which may name its state)."""
    entity = mention.entity
    return (
        entity is not None and entity.label == "LOC" and entity.actor is not None and entity.actor.kb_source == "places"
    )


def _context_country(countries: Sequence[tuple[int, str, bool]], index: int) -> str | None:
    """The sentence's setting («تجري في أفغانستان ...») first, else the nearest country named before."""
    settings = [c for start, c, is_setting in countries if is_setting and start < index]
    if settings:
        return settings[0]
    before = [c for start, c, _setting in countries if start < index]
    if before:
        return before[-1]
    return countries[0][1] if countries else None


def _other_country(countries: Sequence[tuple[int, str, bool]], index: int, nearest: str | None) -> str | None:
    """«أكد الرئيس الروسي الاستعداد لدعم الدولة الصديقة ... مع الرئيس الطاجيكي»: a friendly, brotherly or
    neighbouring state is not the country the context names, but the other one of the sentence: the nearest after
    the phrase, else the nearest before it. None when the sentence names no other."""
    after = [c for start, c, _setting in countries if start > index and c != nearest]
    if after:
        return after[0]
    before = [c for start, c, _setting in countries if start < index and c != nearest]
    return before[-1] if before else None


def _title_sector(views: Sequence[TokenView], head_start: int, start: int, end: int, grammar: Grammar) -> str:
    """The sector a title gives a bare country: «وزير خارجية روسيا» → GOV, «الجيش الباكستاني» → MIL."""
    agents = agent_lexicon()
    phrase = agents.phrase_at(views, head_start) if head_start < start else None
    if phrase is not None and phrase[1] and phrase[0] <= start:
        return phrase[1]  # «قوات الأمن العراقية» → COP, before the title word «قوات» alone (MIL)
    titles = [i for i in range(head_start, start) if not views[i].forms & grammar.district_words]
    for index in titles:
        for form in views[index].forms:
            sector = grammar.title_sectors.get(form) or grammar.title_sectors.get(bare(form))
            if sector:
                return sector
    for index in titles:
        sense = agents.sense(views[index])
        if sense is not None and sense.sector:
            return sense.sector  # «سكان غزة» → PSECVL, «مسلحي الميليشيات» → REB
    return ""


def _joined(views: Sequence[TokenView], first: tuple[int, int, Entity], second: tuple[int, int, Entity]) -> bool:
    """A country word right before a person's name is one actor phrase («الرئيس الروسي فلاديمير بوتين»);
    two adjacent places are two phrases («انتقدت ألمانيا إيران»)."""
    return (
        second[0] == first[1]
        and views[second[0]].token.prefixes[:1] != ("و",)
        and first[2].label == "LOC"
        and second[2].label == "PERS"
    )


_SPOKESMEN = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه"})
_OFFICIAL_WORDS = frozenset({"رسمي", "رسميه"})


def _spokesman_before(
    views: Sequence[TokenView], head_start: int, triggers: Collection[int], names: Collection[int]
) -> int | None:
    """«المتحدث باسم الخارجية الإيرانية», «متحدثة باسم الشرطة», «الناطق الرسمي باسم الجيش»: a spokesman's title
    right before «باسم» and the actor phrase after it heads that phrase (the spokesman speaks for the body; the
    phrase is no prepositional one); the index of the title, None when none stands there."""
    index = head_start - 1
    name = views[index]
    if not name.is_word or name.token.prefixes != ("ب",) or name.token.stem != "اسم" or name.token.suffixes:
        return None
    index -= 1
    blocked = {*triggers, *names}
    if index >= 0 and index not in blocked and views[index].is_word and views[index].token.stem in _OFFICIAL_WORDS:
        index -= 1  # «الناطق الرسمي باسم»
    if index < 0 or index in blocked or not views[index].is_word or views[index].token.stem not in _SPOKESMEN:
        return None
    before = views[index - 1] if index > 0 else None
    if before is not None and index - 1 not in triggers and (index - 1 in names or "ال" in before.token.prefixes):
        return None  # «وزير الإعلام الناطق باسم الحكومة», «فلان المتحدث باسم»: in apposition to the phrase before
    if before is not None and before.token.text in ("،", ","):
        return None  # «اتهم العقيد فلان، المتحدث باسم التحالف، ...»: an aside on the name before the comma
    return index


@cache
def _owned_vehicles() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["owned_vehicles"]["words"])


@cache
def _title_adjectives() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["title_adjectives"]["words"])


_TITLE_ADJECTIVES_REACH = 2


def _title_before_adjectives(
    views: Sequence[TokenView], head_start: int, blocked: Collection[int], grammar: Grammar
) -> int | None:
    """«المنسق الإنساني للأمم المتحدة», «المبعوث الخاص للأمم المتحدة»: the title before one or two adjectives
    that stand between it and the actor it belongs to (None when no title precedes them)."""
    index = head_start - 1
    for _ in range(_TITLE_ADJECTIVES_REACH):
        if index < 0 or index in blocked or not views[index].forms & _title_adjectives():
            return None
        index -= 1
        if index >= 0 and index not in blocked and _is_title(views[index], grammar):
            return index
    return None


def _kind_before_object(views: Sequence[TokenView], head_start: int, verb_triggers: set[int]) -> bool:
    """«وطالبت المنظمة الحكومة المصرية», «وطالبت الحركة إسرائيل»: a definite noun right before an actor phrase is
    no title of it when both are definite, or when a verb stands right before the noun (a name after a definite
    noun is no construct: the noun is the verb's subject and the name its object)."""
    before = views[head_start - 1]
    if "ال" not in before.token.prefixes:
        return False
    if "ال" in views[head_start].token.prefixes:
        return True
    return head_start - 2 in verb_triggers


@cache
def name_office_words(key: str) -> frozenset[str]:
    """Word groups of grammar `name_office`: honorifics, ranks, chain and between words around a person's name."""
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["name_office"][key])


def _subject_before_object(
    views: Sequence[TokenView], head_start: int, start: int, end: int, label: str | None, verb_triggers: set[int]
) -> bool:
    """«وطالب المتظاهرون الحكومة العراقية», «وطالب التحالف مجلس الأمن», «استقبل الملك الرئيس الفرنسي»: right after a
    verb, a definite noun is no title of the noun phrase after it when that phrase opens with a noun of its own, a
    definite noun (not a country adjective: «الحكومة الفرنسية») or an indefinite construct head (a definite noun is
    never in construct); a person's name after a definite title is the same person («الرئيس ترامب»)."""
    before = views[head_start - 1]
    if head_start - 2 not in verb_triggers or "ال" not in before.token.prefixes:
        return False
    opening = head_start
    while opening < start and views[opening].token.text in NAME_MARKS:
        opening += 1  # «الشيخ #فلان»: the marks around a name are transparent
    first = views[opening]
    if first.token.prefixes[:1] in (("و",), ("ل",), ("ب",)):
        return False  # «يطلبه العالم وأميركا»: coordinated, one subject; «للرئيس»: a preposition's, no object
    if first.norm.endswith(_NISBA_ENDINGS) or first.forms & _title_adjectives():
        return False  # «الجيش السوري», «الأمين العام»: an adjective
    if agent_lexicon().phrase_at(views, head_start - 1) is not None:
        return False  # «القوات الحكومية»: one agent phrase
    if label == "PERS":
        courtesy = name_office_words("ranks") | name_office_words("honorifics")
        if opening == start or before.norm in courtesy or first.norm in courtesy:
            return False  # «الرئيس البشير», «الفريق الركن الشيخ فلان»: titles of the one person named
    if opening == start and label in ("LOC", "MISC") and end == start + 1 and "ال" in first.token.prefixes:
        return False  # «المتظاهرون المغاربة», «الجنود الروس»: a people's name, read as the adjective it agrees as
    if "ال" in first.token.prefixes:
        return True
    return opening < start or label != "PERS"


def unnamed_subject_before(
    views: Sequence[TokenView], mention: Mention, verb_heads: set[int], grammar: Grammar
) -> bool:
    """«وحمل الأهالي النظام مسؤولية ...»: the definite noun between a verb and the actor phrase right after it, left
    out of that phrase (no title of it), is the verb's subject even when it names no actor; the phrase is the
    object."""
    start = mention.head_start
    if start < 2 or not _is_title(views[start - 1], grammar):
        return False
    return _subject_before_object(views, start, mention.start, mention.end, mention.label, verb_heads)


def _is_title(view: TokenView, grammar: Grammar) -> bool:
    """A word that heads an actor or place phrase («وزير خارجية روسيا», «مسلحي حركة طالبان», «الأراضي الأفغانية»)."""
    if not view.is_word:
        return False
    heads = agent_lexicon().heads
    return any(
        bare(form) in grammar.actor_heads
        or form in grammar.actor_heads
        or form in grammar.generic_places
        or bare(form) in heads
        for form in view.forms
    )


_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يان")


def is_nisba(views: Sequence[TokenView], mention: Mention) -> bool:
    """A one-word country adjective («الأمريكية», «روسي»)."""
    single = mention.end - mention.start == 1 and mention.label == "LOC"
    return single and views[mention.start].norm.endswith(_NISBA_ENDINGS)


def _opens_with_nisba(views: Sequence[TokenView], mention: Mention) -> bool:
    """«الأمريكي ستيفن منوتشين»: a name read with the country adjective before it still says which country."""
    return definite_nisba(views[mention.start])


def definite_nisba(view: TokenView) -> bool:
    """A definite word with a country adjective's ending («السويدية», «الأمريكي»)."""
    return "ال" in view.token.prefixes and view.norm.endswith(_NISBA_ENDINGS)


def _owner_noun_with_lam(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> int | None:
    """«غارات للتحالف», «مواقع مختلفة للحوثيين»: «ل» after an indefinite noun of an armed act or a place (one
    adjective may come between) links its owner, so the mention is governed as that noun's genitive would be.
    Returns the noun's index."""
    for noun in (mention.head_start - 1, mention.head_start - 2):
        if noun < 0:
            return None
        adjectives = views[noun + 1 : mention.head_start]
        if any(
            not v.is_word or v.token.prefixes or v.token.suffixes or v.norm in grammar.prepositions for v in adjectives
        ):
            return None
        if any(v.forms & grammar.affiliation_words for v in adjectives):
            return None  # «قافلة تابعة للأمم المتحدة»: «تابعة ل» links its owner in its own way
        head = views[noun]
        indefinite = head.is_word and "ال" not in head.token.prefixes and not head.token.suffixes
        if indefinite and head.forms & grammar.lam_owners:
            return noun
        if indefinite and head.forms & grammar.attacked_assets and _after_attack_preposition(views, noun, grammar):
            # «غارات على تعزيزات للحوثيين»: the assets attacked are their owner's; only after «على/ضد», since
            # «أرسل تعزيزات عسكرية للجيش» names the receiver with «ل»
            return noun
    return None


def _after_attack_preposition(views: Sequence[TokenView], noun: int, grammar: Grammar) -> bool:
    """The noun at `noun` follows «على» or «ضد» written apart («غارات على تعزيزات»)."""
    return noun > 0 and views[noun - 1].is_word and views[noun - 1].norm in grammar.attack_asset_preps


def _governor(
    views: Sequence[TokenView],
    mention: Mention,
    entity: Entity | None,
    noun_triggers: set[int],
    verb_triggers: set[int],
    inside_mentions: set[int],
    grammar: Grammar,
) -> str | None:
    first = views[mention.head_start]
    inner = ""
    begins_in_first = entity is not None and first.token.start <= entity.start < first.token.end
    if entity is not None and mention.head_start == mention.start:
        if begins_in_first:
            inner = first.token.text[: entity.start - first.token.start]
        elif not first.norm.endswith(_NISBA_ENDINGS):
            # a person joined to a country's name («في اليمن فلان», «وتتهم تركيا فلانا»): the place is no title of
            # the person, and how the two should be read apart is still open, so the phrase keeps the reading of
            # the place word it has had (measured: governing it from the context here is right half the time)
            inner = first.token.text[: max(0, entity.start - first.token.start)]
        # (after a country's adjective joined to the name, «الأمريكي دونالد ترامب», the adjective's own letters
        # are no clitics of the name: the phrase is governed from what stands before it)
    lam = "ل" in inner or "ل" in first.token.prefixes
    owner_noun = _owner_noun_with_lam(views, mention, grammar) if lam else None
    owned = owner_noun is not None
    for letter in reversed(inner):
        if letter in grammar.proclitic_prepositions and not (letter == "ل" and owned):
            return letter
    for prefix in reversed(first.token.prefixes):
        if prefix in grammar.proclitic_prepositions and not (prefix == "ل" and owned):
            return prefix
    previous = mention.head_start - 1 if owner_noun is None else owner_noun
    past_time = False
    while previous >= 0 and (
        views[previous].token.text in NAME_MARKS
        or views[previous].in_timex
        or views[previous].forms & grammar.manner_adverbs  # «وانتقدت تونس بشدة الحكومة»
    ):
        past_time = past_time or views[previous].in_timex
        previous -= 1
    if previous < 0 or previous in inside_mentions:
        return None
    before = views[previous]
    if not before.is_word:
        return None
    if past_time and before.norm in grammar.prepositions and not first.in_timex:
        # «وهددت فرنسا في الأيام الأخيرة سوريا», «واتهمت روسيا في وقت سابق بريطانيا»: the preposition governs the
        # time expression written right after it, and the phrase after the time is free (the verb's object); a
        # word of the time expression itself («خلال الأشهر الثلاثة») stays in the preposition's phrase
        return None
    if entity is None and owned_institution(first) and _construct_head(before):
        return "gen"  # «قادة جيشه», «عناصر شرطتها»: the owned body is the genitive of the actor noun before it
    if before.forms & grammar.construct_nouns:
        # «على مواقع المعارضة», «بمقر السفارة»: the owner takes the preposition of the place noun
        for prefix in reversed(before.token.prefixes):
            if prefix in grammar.proclitic_prepositions:
                return prefix
        earlier = previous - 1
        if earlier >= 0 and views[earlier].is_word and bare(views[earlier].token.stem) in place_parts():
            # «في قلب العاصمة الصومالية», «بوسط المدينة»: a part of the place between the preposition and the noun
            for prefix in reversed(views[earlier].token.prefixes):
                if prefix in grammar.proclitic_prepositions:
                    return prefix
            earlier -= 1
        if earlier >= 0 and views[earlier].norm in grammar.prepositions:
            if views[earlier].norm == "من" and earlier > 0 and _counted(views, earlier, grammar):
                # «قصف عشرات من الأهداف الإيرانية»: the owner of the places counted, in the phrase of the number
                return _preposition_of_noun(views, earlier - 1, grammar) or "count"
            return views[earlier].norm
        if is_nisba(views, mention) and _agrees_in_definiteness(before, views[mention.start]):
            # «قصفت الطائرات الروسية», «سفن إيرانية»: an adjective, so the phrase is as free as its noun (a subject
            # as well as an object)
            return None
        return "gen"
    if before.norm in grammar.prepositions:
        if before.norm == "من" and previous > 0 and views[previous - 1].forms & grammar.both_words:
            # «في كل من العراق وسوريا», «بكل من»: the preposition before the quantifier governs the group
            for prefix in reversed(views[previous - 1].token.prefixes):
                if prefix in grammar.proclitic_prepositions:
                    return prefix
            if previous > 1 and views[previous - 2].norm in grammar.prepositions:
                return views[previous - 2].norm
            return None  # «كلا من روسيا وسوريا»: both Russia and Syria; «عددا من ممثلي الحكومة»: some of
        member = _member_before(views, previous, grammar)
        if before.norm in ("في", "من") and member is not None:
            # «اتهامات إلى 12 عنصرا في المخابرات الروسية», «لقاء مع أعضاء من الكونغرس», «شركاءها الـ14 في
            # المجلس»: members of, so the phrase of the member noun
            return _preposition_of_noun(views, member, grammar)
        if before.norm == "من" and _counted(views, previous, grammar) and not views[previous - 1].in_timex:
            # «اختطاف 3 من موظفي اللجنة», «ثلاثة من قادة الحركة»: a part of the group counted, in the phrase
            # of the number: an object or genitive where the number is bare, never a subject (the verb before
            # a counted group is mostly passive: «قتل 26 من عناصر الميليشيات»)
            return _preposition_of_noun(views, previous - 1, grammar) or "count"
        return before.norm
    if previous in noun_triggers:
        return "of-event"  # «الغارات الإسرائيلية»: the agent or patient of a verbal noun
    if before.forms & grammar.transparent_nouns or bare(before.norm) in grammar.transparent_nouns:
        # «مشيدا بجهود فرنسا»: the owner takes the preposition written on the transparent noun
        return _preposition_of_noun(views, previous, grammar) or "gen"
    if before.forms & grammar.closed_phrase_ends:
        return None
    # «بأن قواته»: a complementizer carrying «ب» is no noun in a prepositional phrase
    inherited = None if is_complementizer(before, grammar) else _preposition_of_noun(views, previous, grammar)
    if inherited is not None:
        # «ندد بموقف أردوغان», «رحبت بالضربات الغربية»: the owner of a noun in a prepositional phrase
        return inherited
    if _qualifies_construct_noun(views, previous, mention, noun_triggers | verb_triggers | inside_mentions, grammar):
        # «وشنت الطائرات الحربية السعودية غارات»: the country adjective of a definite place or vehicle noun, across
        # its other adjectives, makes a free phrase (the Saudi aircraft), as right after the noun
        return None
    if "ال" in before.token.prefixes and previous not in noun_triggers and previous not in verb_triggers:
        # (a verb read as «ال» + stem — «والتقى», «والتحق» — governs its subject, it does not qualify it)
        # «الجنسيتين الإيرانية»: a country adjective after a definite noun qualifies that noun.
        if not is_nisba(views, mention) and any(
            views[i].token.text in NAME_MARKS for i in range(previous + 1, mention.head_start)
        ):
            # «وكالة الأنباء الرسمية "X"»: a name in quotation marks after a definite phrase is its name, in
            # apposition, as free as the phrase
            return None
        if _named_after_adjective(views, mention):
            # «باسم المستشارة الألمانية فلانة», «والتقت المستشارة الألمانية فلانة»: a person named after the country
            # adjective of a noun that is no known title is that noun, in apposition, and governed as it is
            # up the construct chain («لنجمة تلفزيون الواقع الأمريكية فلانة»: the preposition of its first noun)
            noun_index = previous
            for _ in range(_CONSTRUCT_CHAIN):
                noun = Mention(noun_index, noun_index + 1, noun_index, None, None, None)
                governor = _governor(views, noun, None, noun_triggers, verb_triggers, inside_mentions, grammar)
                if governor is not None or _opens_clause(views, noun_index, verb_triggers, grammar):
                    return governor
                noun_index -= 1
                if noun_index in inside_mentions or noun_index in noun_triggers or not views[noun_index].is_word:
                    break
        return "mod"
    return None


_CONSTRUCT_PARTIES = frozenset({norm_word("أطراف"), norm_word("وأطراف")})


@cache
def _conflict_nouns() -> frozenset[str]:
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["conflict_nouns"]["words"])


def _parties_of_conflict(views: Sequence[TokenView], index: int) -> bool:
    """«أطراف النزاع», «أطراف الصراع»: the construct word for parties followed by a conflict (grammar
    `conflict_nouns`), all the parties to it."""
    following = next((v for v in views[index + 1 :] if v.is_word), None)
    return following is not None and bare(following.token.stem) in _conflict_nouns()


def _place_part_phrase(views: Sequence[TokenView], index: int) -> bool:
    """A word naming a part of a place (grammar `place_parts`: «أطراف», «محيط») written with «ب» or right after a
    preposition of place."""
    view = views[index]
    if bare(view.token.stem) not in place_parts():
        return False
    if "ب" in view.proclitics:
        return True
    previous = next((v for v in reversed(views[:index]) if v.is_word), None)
    return previous is not None and previous.norm in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = frozenset({"في", "علي", "على", "من", "الي", "إلى", "عند", "قرب"})


@cache
def place_parts() -> frozenset[str]:
    """Nouns naming a part of a place («قلب», «وسط», «شمال»; grammar `place_parts`)."""
    return frozenset(bare(norm_word(w)) for w in load_json("events", "grammar.json")["place_parts"]["words"])


_ADJECTIVES_BETWEEN = 2


def _qualifies_construct_noun(
    views: Sequence[TokenView], previous: int, mention: Mention, taken: Collection[int], grammar: Grammar
) -> bool:
    """A definite country adjective after a definite construct noun and up to two definite adjectives."""
    if not is_nisba(views, mention) or "ال" not in views[mention.start].token.prefixes:
        return False
    for index in range(previous, max(-1, previous - _ADJECTIVES_BETWEEN - 1), -1):
        view = views[index]
        if not view.is_word or index in taken or "ال" not in view.token.prefixes or view.token.suffixes:
            return False
        if view.forms & grammar.construct_nouns:
            preceding = views[index - 1] if index > 0 else None
            governed = preceding is not None and preceding.norm in grammar.prepositions
            return index < previous and not governed and not set(view.token.prefixes) & {"ب", "ل"}
    return False


def _agrees_in_definiteness(noun: TokenView, adjective: TokenView) -> bool:
    """«الطائرات الروسية», «سفن إيرانية»; a noun with a possessive pronoun is definite («مقرها لاهاي» is no
    adjective phrase)."""
    definite_noun = "ال" in noun.token.prefixes or bool(noun.token.suffixes)
    return definite_noun == ("ال" in adjective.token.prefixes)


def _members_of_bodies(views: Sequence[TokenView], mentions: list[Mention], grammar: Grammar) -> list[Mention]:
    """«موظف باللجنة الدولية», «موظفة تونسية بالصليب الأحمر»: a staff member stands for the body, so the body's
    phrase opens at the member noun; the member's nationality between them is no actor of its own."""
    nationalities: set[int] = set()
    for mention in mentions:
        member = _member_of_body(views, mention, grammar)
        if member is not None:
            nationalities.update(range(member + 1, mention.head_start))
            mention.head_start = member
    return [m for m in mentions if m.start not in nationalities]


_MEMBER_PREPOSITIONS = frozenset({"من"})


def _member_of_body(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> int | None:
    """The member noun of «موظف بالأمم المتحدة» (across one adjective: «موظفة تونسية بالصليب الأحمر») before an
    organisation written with «ب» or after «من» («قتل 30 عنصرا من حركة X في غارات»): the member's index."""
    first = views[mention.head_start]
    if mention.label != "ORG" or mention.head_start != mention.start or mention.head_start == 0:
        return None
    index = mention.head_start - 1
    if first.token.prefixes[:1] != ("ب",):
        # «عنصر من تنظيم داعش»: «من» written as a word of its own («في» is left: «الدول الأعضاء في الاتحاد»
        # are states, «أعضاء في الحزب» criticising it no source of criticism it faces)
        if index == 0 or views[index].token.prefixes or views[index].norm not in _MEMBER_PREPOSITIONS:
            return None
        index -= 1
    if index > 0 and "ال" not in views[index].token.prefixes and views[index].norm.endswith(_NISBA_ENDINGS):
        index -= 1
    if views[index].is_word and views[index].forms & grammar.member_nouns:
        return index
    return None


def _member_before(views: Sequence[TokenView], preposition: int, grammar: Grammar) -> int | None:
    """The member noun before «في/من», across the number that counts it («أعضاء الـ 14 في»)."""
    index = preposition - 1
    while index > 0 and (views[index].token.kind == "number" or views[index].norm in ("ال", "الـ")):
        index -= 1
    if index >= 0 and views[index].is_word and views[index].forms & grammar.member_nouns:
        return index
    return None


def _preposition_of_noun(views: Sequence[TokenView], index: int, grammar: Grammar) -> str | None:
    """The preposition governing the noun at `index`: «ب» on the word (never on a verb), «ل» on a definite noun,
    or a preposition word right before it."""
    view = views[index]
    prefixes = view.token.prefixes
    if "ب" in prefixes:
        return "ب"
    if "ل" in prefixes and "ال" in prefixes:
        return "ل"
    is_count = view.token.kind == "number" or bool(view.forms & grammar.quantifiers)
    if is_count and _count_start(views, index, grammar) < index:
        # «قتل ما لا يقل عن ستة من رجال الشرطة», «نحو ستة من»: the approximate count is no preposition
        return _preposition_before_count(views, _count_start(views, index, grammar), grammar)
    if index > 0 and views[index - 1].norm in grammar.prepositions and views[index - 1].norm != "في":
        return views[index - 1].norm
    counter = views[index - 1] if index > 1 else None
    counted = counter is not None and (counter.token.kind == "number" or bool(counter.forms & grammar.quantifiers))
    plain = counter is not None and not counter.in_timex and "ال" not in counter.token.prefixes
    if counted and plain and counter is not None and not is_count and prefixes[:1] != ("و",):
        # «عن عشرة صيادين تونسيين», «على 3 مواقع»: the preposition right before the number that counts the noun
        # («نحو 8 آلاف» is «about», no preposition; «الاثنين ثلاث قرى»: a day, then the count)
        if "ب" in counter.token.prefixes:
            return "ب"
        start = _count_start(views, index - 1, grammar)
        if start < index - 1:
            # «غارات على نحو 50 هدفا إيرانيا», «بنحو 17 ألفا», «اعتقلت أكثر من عشرين طالبا»: the preposition
            # before the approximate count, if any
            return _preposition_before_count(views, start, grammar)
        written = views[index - 2].norm
        if written in grammar.prepositions and written not in ("في", "نحو"):
            return written
    return None


@cache
def _comparative_counts() -> frozenset[str]:
    return frozenset(norm_word(w) for w in load_json("events", "grammar.json")["comparative_counts"]["words"])


def _count_start(views: Sequence[TokenView], number: int, grammar: Grammar) -> int:
    """The first word of the approximate count before the number at `number` («نحو», «حوالي»; «أكثر من», «ما لا
    يقل عن», «ما يزيد على»: grammar `about_words`, `comparative_counts`), or `number` itself when there is none."""
    if number > 0 and views[number - 1].is_word and views[number - 1].forms & grammar.about_words:
        return number - 1
    if number < 2 or views[number - 1].norm not in ("عن", "من", "علي", "على"):
        return number
    comparative = views[number - 2]
    if not (comparative.is_word and (comparative.forms | {comparative.norm}) & _comparative_counts()):
        return number
    start = number - 2
    while start > 0 and views[start - 1].norm in ("ما", "لا") and not views[start - 1].token.prefixes:
        start -= 1
    return start


def _preposition_before_count(views: Sequence[TokenView], start: int, grammar: Grammar) -> str | None:
    """The preposition of a counted phrase whose approximate count opens at `start`: «ب» on its first word
    («بنحو»), or a preposition right before it («على نحو 50 هدفا»); none when the count is bare."""
    if "ب" in views[start].token.prefixes:
        return "ب"
    before = views[start - 1].norm if start > 0 else ""
    return before if before in grammar.prepositions and before != "في" else None


def _added_by_link(words: Sequence[str], grammar: Grammar) -> bool:
    """«إضافة إلى», «فضلا عن مقر»: an additive link, then at most construct nouns before the next actor."""
    return any(
        tuple(words[: len(link)]) == link and all(w in grammar.construct_nouns for w in words[len(link) :])
        for link in grammar.additive_links
    )


def _plural_title(view: TokenView, grammar: Grammar) -> bool:
    """A title written for two or more holders: a dual or plural of the agent lexicon («وزيري», «وزراء»,
    «الحكومتان»), or a singular title with the dual ending of the construct state («وزيرا خارجية», «رئيسي وزراء»)."""
    if view.token.suffixes:
        return False
    sense = agent_lexicon().sense(view)
    if sense is not None and sense.number in ("du", "pl"):
        return True
    if "ال" in view.token.prefixes:
        return False
    stem = view.token.stem
    if len(stem) < 4 or stem[-1] not in ("ا", "ي"):
        return False
    singular = stem[:-1]
    return singular in grammar.title_sectors or bare(singular) in grammar.title_sectors


def _share_plural_title(views: Sequence[TokenView], mentions: Sequence[Mention], grammar: Grammar) -> None:
    """«وزيرا خارجية روسيا والصين», «وزراء خارجية X و Y و Z»: a title written for several holders, followed by
    countries joined by «و», gives every country its sector, not the first one alone (with a singular title the
    next country is an actor of its own: «وزير خارجية فرنسا وإيران» may be the French minister and Iran)."""
    titled: Mention | None = None  # the first member of the current group, when its title is plural
    for mention in mentions:
        if not mention.coordinated:
            titled = mention if _titles_a_country(views, mention, grammar) else None
            continue
        if titled is None or mention.group != titled.group or mention.head_start != mention.start:
            titled = None  # «وزراء خارجية X ووزير دفاع Y»: a member with a title of its own ends the sharing
            continue
        if mention.entity is None or mention.code is None or len(mention.code) != 3 or not titled.code:
            continue
        if mention.end < len(views) and "ال" in views[mention.end].token.prefixes and is_nisba(views, mention):
            continue  # «الجيشين التركي والسوري الحر»: a further adjective names a body of its own, not the title's
        mention.code = mention.code + titled.code[3:]


def _titles_a_country(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> bool:
    """A country named after a plural title that gave it its sector («وزراء خارجية روسيا» → RUSGOV)."""
    if mention.entity is None or mention.head_start == mention.start or mention.code is None:
        return False
    own = actor_code(mention.entity)
    if own is None or len(own) != 3 or len(mention.code) <= 3 or mention.code[:3] != own:
        return False
    title = views[mention.head_start]
    if "ال" in title.token.prefixes and not is_nisba(views, mention):
        return False  # a definite title is in construct with no name; only country adjectives follow it
    return _plural_title(title, grammar)


def _link_coordination(
    views: Sequence[TokenView],
    mentions: list[Mention],
    grammar: Grammar,
    triggers: tuple[set[int], set[int]] = (set(), set()),
) -> None:
    """«X و Y»: the second mention joins the first one's group and takes its governor."""
    group = 0
    for index, mention in enumerate(mentions):
        if index > 0:
            previous = mentions[index - 1]
            _members_word_outside(views, previous, mention, grammar)
            between = _between(views, previous, mention)
            joined_by_waw = _plain_waw(views, previous, mention)
            # «دول غربية، على رأسها الولايات المتحدة»: the members named after the group act with it
            members = [v.norm for v in between if v.is_word]
            if members[1:] and members[0] in grammar.group_counts:
                members = members[1:]  # «دول غربية عدة، على رأسها فرنسا»
            if (
                members
                and tuple(members) in grammar.group_members
                and all(v.is_word or v.token.text in ("،", ",") for v in between)
                and (tuple(members) not in grammar.members_after_plural or _plural_group(views, previous, grammar))
            ):
                joined_by_waw = True
            # «أدانت السعودية، والإمارات، والبحرين الهجوم»: a list written with commas
            if not joined_by_waw and _serial_member(views, mentions, index, triggers, grammar):
                joined_by_waw = mention.listed = True
            # «رئيس الغابون إضافة إلى رئيس تشاد»: added to the actor before, in the same role
            added = _added_by_link(members, grammar)
            if joined_by_waw or added:
                # «روسيا وإيران الداعمتان للحكومة وتركيا المؤيدة للمعارضة»: the list is of the qualified actors
                listed = _qualified_before(views, mentions, index, grammar) if joined_by_waw else None
                joined = listed if listed is not None else previous
                mention.coordinated = True
                if mention.governor in (None, "و") or added or listed is not None:
                    mention.governor = joined.governor
                mention.group = joined.group
                continue
        group += 1
        mention.group = group


def _plural_group(views: Sequence[TokenView], mention: Mention, grammar: Grammar) -> bool:
    """«دول غربية», «القوى الكبرى», «قادة الفصائل»: a phrase written with a plural, the group a pronoun after it
    may stand for."""
    for view in views[min(mention.start, mention.head_start) : mention.end]:
        sense = agent_lexicon().sense(view)
        if (sense is not None and sense.number == "pl") or bare(view.token.stem or view.norm) in grammar.group_plurals:
            return True
    return False


def _members_word_outside(views: Sequence[TokenView], previous: Mention, mention: Mention, grammar: Grammar) -> None:
    """«دول الخليج، وخاصة السعودية»: a word that opens the members of a group (grammar `group_members`) read as the
    first word of the member's phrase is no part of it: the phrase starts at the member's name."""
    if mention.head_start >= mention.start or previous.end > mention.head_start:
        return
    words = [v for v in views[previous.end : mention.start] if v.token.text not in ("،", ",")]
    if words and all(v.is_word for v in words) and tuple(v.norm for v in words) in grammar.group_members:
        mention.head_start = mention.start


def _between(views: Sequence[TokenView], previous: Mention, mention: Mention) -> list[TokenView]:
    """The tokens between two mentions, past quotation marks."""
    return [v for v in views[previous.end : mention.head_start] if v.token.text not in NAME_MARKS]


def _plain_waw(views: Sequence[TokenView], previous: Mention, mention: Mention) -> bool:
    """«X وY», «X و Y»: only «و» between two mentions."""
    between = _between(views, previous, mention)
    return (not between and views[mention.head_start].token.prefixes[:1] == ("و",)) or (
        len(between) == 1 and between[0].norm == "و"
    )


def _comma_waw(views: Sequence[TokenView], previous: Mention, mention: Mention) -> bool:
    """Only «،» between two mentions, and «و» on the first word of the second («X، وY»)."""
    between = _between(views, previous, mention)
    return (
        len(between) == 1
        and between[0].token.text in ("،", ",")
        and views[mention.head_start].token.prefixes[:1] == ("و",)
    )


def _member_kind(views: Sequence[TokenView], mention: Mention) -> tuple[str, bool, bool] | None:
    """What a list member is: its entity's label, whether a title is written before the name, and whether it is a
    people named by its adjective («والسوريين الأكراد» is no member of a list of states)."""
    entity = mention.entity
    if entity is None or not mention.code or mention.anaphor is not None or mention.generic:
        return None
    titled = mention.head_start < mention.start
    if not titled and (entity.actor is None or entity.actor.kb_source == "focus"):
        return None  # a word the recogniser read as a place of the article's country, no actor it knows
    # «السوريين», «الأكراد»: a people in the plural of its adjective (not «السعودية», a name spelled like one)
    plural_nisba = is_nisba(views, mention) and views[mention.start].norm.endswith(_PEOPLE_ENDINGS)
    people = plural_nisba or (entity.actor is not None and entity.actor.kb_source == "gentilic")
    return (entity.label or "", titled, people)


_PEOPLE_ENDINGS = ("يين", "يون")


def _serial_member(
    views: Sequence[TokenView],
    mentions: Sequence[Mention],
    index: int,
    triggers: tuple[set[int], set[int]],
    grammar: Grammar,
) -> bool:
    """«أدانت السعودية، والإمارات، والبحرين الهجوم», «فرض عقوبات على روسيا، وإيران، وسوريا»: an actor after «، و»
    is a member of the list before it when every member is an actor of the same kind standing alone (a name, or a
    name with a title), and the list ends before the shared verb's object, a preposition, a complementizer or the
    sentence's end; a word of any other kind after the list («، وإيران تقوم», «، وإسرائيل لن تنتظر») opens a new
    clause whose subject the actor after the comma is."""
    noun_triggers, verb_triggers = triggers
    mention, previous = mentions[index], mentions[index - 1]
    kind = _member_kind(views, previous)
    if kind is None or _member_kind(views, mention) != kind or mention.governor is not None:
        return False
    if not _comma_waw(views, previous, mention):
        return False
    last = index
    while last + 1 < len(mentions):
        following = mentions[last + 1]
        if _comma_waw(views, mentions[last], following) and _member_kind(views, following) != kind:
            return (
                False  # «دولة الكويت، ودولة قطر، والإمارات العربية المتحدة»: where a list of mixed kinds ends is unsure
            )
        linked = _plain_waw(views, mentions[last], following) or _comma_waw(views, mentions[last], following)
        if _member_kind(views, following) != kind or not linked:
            break
        last += 1
    end = mentions[last].end
    while end < len(views) and views[end].token.text in NAME_MARKS:
        end += 1
    if end >= len(views):
        return True
    after = views[end]
    if not after.is_word:
        # «دول أوبك (أنغولا، والجزائر، وفنزويلا)»: a list in parentheses names the members of what is before it
        return after.token.text not in ("-", "–", "—", ")")
    if end in verb_triggers or after.norm in grammar.strong_negation | grammar.weak_negation:
        return False
    if end in noun_triggers or after.norm in grammar.prepositions or is_complementizer(after, grammar):
        return True
    if any(m.head_start == end and m.code for m in mentions):
        return True  # «وانتقدت السعودية، والإمارات قطر»: the object, an actor of its own
    prefixes = after.token.prefixes
    return "ال" in prefixes or any(p in grammar.proclitic_prepositions for p in prefixes)


def _qualifier_complement(
    views: Sequence[TokenView], end: int, mentions: Sequence[Mention], grammar: Grammar
) -> Mention | None:
    """The actor a qualifier written right at `end` takes as complement («الداعمة للحكومة», «المدعومة من
    تركيا»), when it is one."""
    if end >= len(views) or not views[end].forms & grammar.parallel_qualifiers:
        return None
    start = end + 1
    if start < len(views) and views[start].norm in ("من", "مع"):
        start += 1
    return next((m for m in mentions if m.head_start == start and m.start >= start and m.code), None)


def _qualified_before(
    views: Sequence[TokenView], mentions: Sequence[Mention], index: int, grammar: Grammar
) -> Mention | None:
    """«روسيا وإيران الداعمتان للحكومة وتركيا المؤيدة للمعارضة»: the actor qualified before the mention at `index`
    (joined with «و» to the qualifier's complement) when that mention carries such a qualifier with an actor
    complement of its own: the list joins the qualified actors, not the first complement and the next actor
    («المدعومة من روسيا والفصائل الموالية لها» has no actor after its second qualifier and stays as it was)."""
    mention, previous = mentions[index], mentions[index - 1]
    if not mention.code or _qualifier_complement(views, mention.end, mentions, grammar) is None:
        return None
    for qualified in mentions[: index - 1]:
        if qualified.code and _qualifier_complement(views, qualified.end, mentions, grammar) is previous:
            return qualified
    return None


_CONSTRUCT_CHAIN = 3  # nouns in construct read back from a name's adjective to the phrase's first noun


def _opens_clause(views: Sequence[TokenView], index: int, verb_triggers: set[int], grammar: Grammar) -> bool:
    """The word at `index` comes first in its clause or right after an event verb or a complementizer."""
    if index == 0 or not views[index - 1].is_word:
        return True
    return index - 1 in verb_triggers or is_complementizer(views[index - 1], grammar)


def _named_after_adjective(views: Sequence[TokenView], mention: Mention) -> bool:
    """«الألمانية فلانة الفلانية»: a person's name whose phrase opens with the country adjective written before it."""
    entity = mention.entity
    return (
        entity is not None
        and entity.label == "PERS"
        and mention.head_start == mention.start
        and views[mention.start].token.end <= entity.start
        and _opens_with_nisba(views, mention)
    )


def _possessor_country(views: Sequence[TokenView], view: TokenView, before: Sequence[Mention]) -> str | None:
    """The country of the owner a possessive pronoun points back to («وقال الرئيس التركي إن قواته», «أعلنت
    إثيوبيا أن جيشها»): the nearest actor named before it in the sentence whose kind agrees with the pronoun (the
    masculine «ه» a person or body, the feminine «ها» a country or body), read as a subject or object."""
    kinds = ("PERS", "ORG", None) if view.token.suffixes[-1] == "ه" else ("LOC", "ORG", None)
    candidates = [
        m
        for m in before
        if m.end <= view.index
        and m.code
        and not m.code.startswith(_NON_STATE)
        and m.label in kinds
        and not (m.generic and owned_institution(views[m.head_start]))
    ]
    owner = max(candidates, key=lambda m: m.end) if candidates else None
    if owner is None or not owner.is_bare or owner.code is None:
        # «تصدت لإسرائيل وطردت جيشها», «محادثات مع X لأن ... نظامه»: the nearest actor sits in a phrase of its
        # own, and which of the two the pronoun means is not safe to say
        return None
    return owner.code[:3]


def _construct_head(view: TokenView) -> bool:
    """«قادة», «عناصر»: an actor noun without the article or a pronoun, in construct with the noun after it."""
    return "ال" not in view.token.prefixes and not view.token.suffixes and agent_lexicon().sense(view) is not None
