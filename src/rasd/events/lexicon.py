"""The predicate lexicon (`data/events/predicates.json`) and the function-word grammar (`data/events/grammar.json`),
loaded once per process and expanded into an index of written forms."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from rasd.events.morphology import NOUN, FormFeatures, derive_present, noun_forms, verb_forms
from rasd.events.user import user_predicate_entries
from rasd.resources import load_json
from rasd.text.normalize import devocalize, normalize

Control = Literal["intent", "appeal", "demand", "reject", "threat", "accuse", "deny", "negate", "absorb"]


def norm_word(word: str) -> str:
    return normalize(devocalize(word)).strip()


def bare(word: str) -> str:
    """A normalised word without the definite article."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@dataclass(frozen=True, slots=True)
class Predicate:
    """One sense of an Arabic event word: its CAMEO code and the construction it needs."""

    id: str
    cameo: str
    kind: Literal["v", "n"]
    gloss: str
    source: str
    objects: tuple[tuple[str, ...], ...] = ()
    preps: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    genitive: Literal["src", "tgt"] = "src"
    source_kinds: tuple[str, ...] = ()
    not_after: frozenset[str] = frozenset()
    not_objects: tuple[tuple[str, ...], ...] = ()
    not_subjects: frozenset[str] = frozenset()
    other_words: frozenset[str] = frozenset()
    control: Control | None = None
    alone: bool = True
    reciprocal: bool = False
    refine: str | None = None
    confidence: float = 0.8
    verbal: bool = False
    passive: bool = False
    unrealised_only: bool = False

    @property
    def direct_object(self) -> bool:
        """Whether a bare noun phrase after the subject is the target (transitive use)."""
        return self.kind == "v" and (not self.target_preps or "-" in self.target_preps)


@dataclass(frozen=True, slots=True)
class FormHit:
    predicate: Predicate
    features: FormFeatures
    continuation: tuple[str, ...]


def _predicate(raw: dict[str, Any]) -> Predicate:
    return Predicate(
        id=raw["id"],
        cameo=raw["cameo"],
        kind=raw["kind"],
        gloss=raw.get("gloss", ""),
        source=raw.get("source", "rasd"),
        objects=tuple(tuple(bare(norm_word(w)) for w in words) for words in raw.get("obj", [])),
        preps=tuple(norm_word(p) for p in raw.get("prep", [])),
        target_preps=tuple("-" if p == "-" else norm_word(p) for p in raw.get("tgt", [])),
        genitive=raw.get("gen", "src"),
        source_kinds=tuple(raw.get("src", [])),
        not_after=frozenset(norm_word(w) for w in raw.get("notpre", [])),
        # a multiword excluded object is written «أفراد + من + الشرطة», as the forms are
        not_objects=tuple(tuple(bare(norm_word(part.strip())) for part in w.split("+")) for w in raw.get("notobj", [])),
        not_subjects=frozenset(bare(norm_word(w)) for w in raw.get("notsubj", [])),
        other_words=frozenset(norm_word(w) for w in raw.get("notform", [])),
        control=raw.get("ctl"),
        alone=raw.get("alone", True),
        reciprocal=raw.get("recip", False),
        refine=raw.get("refine"),
        confidence=float(raw.get("conf", 0.8)),
        verbal=raw.get("verbal", False),
        passive=raw.get("passive", False),
        unrealised_only=raw.get("unreal", False),
    )


class Lexicon:
    """Written form (normal form) -> the predicate senses it can express, in lexicon order."""

    def __init__(self, entries: Iterable[dict[str, Any]]) -> None:
        self.predicates: list[Predicate] = []
        index: dict[str, list[FormHit]] = defaultdict(list)
        for raw in entries:
            predicate = _predicate(raw)
            self.predicates.append(predicate)
            for form in raw["forms"]:
                continuation = tuple(bare(norm_word(w)) for w in form.get("cont", []))
                if predicate.kind == "v":
                    for written, features in verb_forms(form["past"], form.get("present", "")).items():
                        index[written].append(FormHit(predicate, features, continuation))
                else:
                    for written in noun_forms(form["noun"]):
                        index[written].append(FormHit(predicate, NOUN, continuation))
        self.index = dict(index)

    def lookup(self, form: str) -> list[FormHit]:
        return self.index.get(form, [])

    def __len__(self) -> int:
        return len(self.predicates)


@cache
def default_lexicon() -> Lexicon:
    """The built-in predicates, after those of your own dictionaries (RASD_PREDICATES: see rasd.events.user)."""
    return Lexicon([*user_predicate_entries(), *load_json("events", "predicates.json")["entries"]])


@dataclass(frozen=True, slots=True)
class Grammar:
    """The function words of `data/events/grammar.json`, normalised."""

    prepositions: frozenset[str]
    proclitic_prepositions: frozenset[str]
    complementizers: frozenset[str]
    subordinators: frozenset[str]
    embedding_links: frozenset[str]
    embedding_copulas: frozenset[str]
    relative_pronouns: frozenset[str]
    clause_punctuation: frozenset[str]
    sentence_punctuation: frozenset[str]
    strong_negation: frozenset[str]
    weak_negation: frozenset[str]
    not_negation_before: frozenset[str]
    continuing_after_negation: frozenset[str]
    relative_negators: frozenset[str]
    future_negation: frozenset[str]
    future_particles: frozenset[str]
    intent_before: frozenset[str]
    intent_after: frozenset[str]
    conditional_before: frozenset[str]
    conditional_phrases: tuple[tuple[str, ...], ...]
    conditional_openers: tuple[tuple[str, ...], ...]  # «في حال»: opens a condition as «إذا» does
    whether: frozenset[str]  # «عما إذا»: whether, no condition
    not_conditional: frozenset[str]  # «لطالما»: has long done
    claim_before: frozenset[str]
    claim_after: frozenset[str]
    prompting_verbs: frozenset[str]  # «دعت» after a cause: prompted
    prompting_causes: frozenset[str]  # «الأسباب التي دعت», «مما دعا»
    apposition_roles: frozenset[str]  # «حليفة»: «X حليفة Y» has X as the phrase's actor
    aside_words: frozenset[str]  # «، في بيان،»: an adverbial aside between subject and object
    aside_phrases: tuple[tuple[str, ...], ...]  # «، على لسان وزيرها،»
    pair_side_words: frozenset[str]  # «بين X من جهة و Y من جهة أخرى»: the nouns after «من» that mark a side
    relative_resumptive: frozenset[tuple[str, str]]  # («الذين», «هم»): the pronoun that stands for the antecedent
    hypothetical_any: frozenset[str]  # «أي هجوم»: any act, none stated
    hypothetical_after: frozenset[str]  # «ضربة محتملة»: a possible act
    hypothetical_when: frozenset[str]  # «عندما يدعو»: whenever, a present verb
    for_fear_of: frozenset[str]  # «خوفا من التعرض لقصف»: an act only feared
    hypothetical_expected: frozenset[str]  # «من المستبعد أن», «توقعت أن»: a forecast by someone else
    hypothetical_feared: frozenset[str]  # «تخشى X أن»: an act only feared
    hypothetical_wished: frozenset[str]  # «يأمل أن», «حذر من أن»: someone else's act wished or warned of
    hypothetical_required: frozenset[str]  # «يجب أن», «ينبغي على X أن»: an act required
    hypothetical_required_not_after: frozenset[str]  # «كان لابد من»: a past obligation, often met
    hypothetical_wished_nouns: frozenset[str]  # «أمله في»: a hope for the act after «في»
    hypothetical_required_nouns: frozenset[str]  # «لا بد من»: the act after «من» is called for
    speaker_modals: frozenset[str]  # «يجب على X»: an obligation the speaker lays on X
    patron_backed: frozenset[str]  # «المدعومة من X» after an armed actor: X backs it
    armed_sectors: frozenset[str]  # sectors of armed actors («REB», «MIL»)
    speaker_modals_not_after: frozenset[str]  # «كان يجب على X»: a reproach, no appeal
    lend: dict[str, str]
    lend_first_person: frozenset[str]
    lend_nouns: frozenset[str]
    lend_verbal_nouns: frozenset[str]  # «إعلان», «استئناف»: lenders that are only verbal nouns (genitive = agent)
    lend_venue_only: frozenset[str]  # «شهد»: lends only a place («شهدت القاهرة مظاهرات»), no witness
    lend_through_preposition: frozenset[str]  # «نجح في»: an act right after the verb is its subject, lent nothing
    lend_present: frozenset[str]  # present forms of the lending verbs of no effect («تواصل», «يقوم»), not «يتم»
    passive_markers: frozenset[str]
    agent_markers: tuple[tuple[str, ...], ...]
    transparent_nouns: frozenset[str]
    construct_nouns: frozenset[str]
    generic_places: frozenset[str]
    actor_heads: frozenset[str]
    adjective_heads: frozenset[str]  # «جوية» bare after an event noun qualifies the event («غارة جوية»)
    title_sectors: dict[str, str]
    affiliation_words: frozenset[str]
    unknown_words: frozenset[str]  # «مجهولين»: the text says the agent is unknown
    patron_words: frozenset[str]  # «الموالية لإيران», «المدعومة من روسيا»: the country backing, not the one acting
    foreign_words: frozenset[str]
    other_country_words: frozenset[str]  # «الدولة الصديقة»: a state other than the one the context names
    topic_markers: frozenset[str]
    dating_words: frozenset[str]
    stop_words: frozenset[str]
    member_nouns: frozenset[str]
    quantifiers: frozenset[str]
    approximators: frozenset[str]  # «ما لا يقل عن», «أكثر من», «نحو» before a number
    about_words: frozenset[str]  # «على نحو 50 هدفا»: «about» between a preposition and a number
    held_from_words: frozenset[str]  # «من أيدي/قبضة X»: X holds the place fought over
    held_from_reach: int
    armed_expulsion_code: str  # «طرد» of armed actors: fighting (192), not an expulsion of individuals
    force_words: frozenset[str]  # «قوات», «مسلحي»: a phrase opening with one names armed men
    armed_killing_code: str  # «قتل» of armed actors, no weapon named: fighting (190), not an assault (1823)
    armed_obstruction_code: str  # roads cut or closed by armed actors: a blockade (191), not a protest (144)
    repression_code: str  # killing of civilians by soldiers or police in the news of protests: repression (175)
    repression_acts: tuple[str, ...]  # the codes so recoded (1823 assault, 193 small arms)
    repression_sectors: frozenset[str]  # the killer's sectors (MIL, COP)
    protest_words: frozenset[str]  # «المتظاهرين», «مسيرات»: words that make an article one about protests
    protest_not_after: frozenset[str]  # «طائرات مسيرة»: drones, no marches
    criminal_inquiry_code: str  # an inquiry by the police or the judiciary, or against a person: crime (091)
    criminal_inquiry_sectors: frozenset[str]  # «COP», «JUD»: the sectors whose inquiries are criminal ones
    criminal_inquiry_against: frozenset[str]  # «بحق», «ضد»: the inquiry is into a named person or body
    ground_shelling_code: str  # a bombardment by a non-state armed group, no weapon named: artillery (194)
    ground_shelling_default: str  # the aerial code («قصف», 195) such a bombardment is recoded from
    ground_shelling_sectors: frozenset[str]  # «REB», «INS»: sectors of armed groups with no air force
    matter_nouns: frozenset[str]  # «قضية», «ملف» between a word of discussing and the act discussed
    decided_forms: frozenset[str]  # «قررت»: a decision taken, not an intent
    decided_roots: tuple[str, ...]  # CAMEO roots whose decided act is the act itself (16 reduce relations, 17 coerce)
    harm_companions: frozenset[str]  # «وأصيب», «وجرح» after a harm verb's subject: the verb is passive
    harm_companion_counts: frozenset[str]  # «اثنان» between that subject and the companion verb
    attacked_assets: frozenset[str]  # «تعزيزات», «أوكار»: owned assets whose owner is an attack's target
    attack_asset_preps: frozenset[str]  # «على», «ضد»: before such a noun, it is the thing attacked
    lam_owners: frozenset[str]  # «غارات للتحالف», «مواقع للحوثيين»: «ل» after them marks the owner
    district_words: frozenset[str]  # «قضاء سنجار»: a district, no judiciary
    own_country_words: frozenset[str]  # «البلاد», «بلاده»: the actor's own country
    owned_country_words: frozenset[str]  # «بلاده», «أراضيها»: the own country with a possessive pronoun
    speaker_state_words: frozenset[str]  # «بلاده», «حكومتها» as a subject in reported words: the speaker's state
    speaker_state_particles: frozenset[str]  # «إن بلاده لن تسمح»: what may stand between that subject and its verb
    unknown_agent: frozenset[str]
    agent_act_readings: dict[str, frozenset[str]]  # «القضاء» before «على»: elimination, no judiciary
    mutual_words: frozenset[str]  # «متبادلة», «تقاذف»: an act one group does among itself
    both_words: frozenset[str]
    determiners: frozenset[str]
    group_anaphors: dict[str, int]
    first_singular: frozenset[str]
    first_plural: frozenset[str]
    refinements: dict[str, list[dict[str, Any]]]
    refinement_firsts: dict[str, frozenset[str]]
    windows: dict[str, int]
    adjunct_openers: frozenset[str] = frozenset()
    manner_adverbs: frozenset[str] = frozenset()  # «بشدة», «رسميا»: between a verb's subject and its object
    closed_phrase_ends: frozenset[str] = frozenset()  # «طيار» of «من دون طيار»: owns no phrase after it
    disclosure_words: frozenset[str] = frozenset()  # «الكشف», «نشر» of «طلب عدم نشر اسمه»
    identity_words: frozenset[str] = frozenset()  # «اسمه», «هويته»
    anonymity_negators: frozenset[str] = frozenset()  # «عدم»
    report_openers: tuple[tuple[str, ...], ...] = ()
    topic_openers: frozenset[str] = frozenset()
    sequence_conjunctions: frozenset[str] = frozenset()
    nominal_negation: frozenset[str] = frozenset()
    free_relative_after: frozenset[str] = frozenset()
    free_relative_fused: frozenset[str] = frozenset()
    non_event_heads: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()  # «الزلزال الذي ضرب»: no actor strikes
    cancelled: frozenset[str] = frozenset()  # «إلغاء لقاء», «أرجأت زيارة»: an act called off or put off
    cancelled_not_after: frozenset[str] = frozenset()  # «هددت بإلغاء القمة»: only threatened, the plan stands
    verbal_attack_code: str = "111"  # «شن هجوما على X، متهما إياه»: an attack made of words
    verbal_attack_stems: tuple[str, ...] = ()
    verbal_attack_companions: frozenset[str] = frozenset()
    verbal_attack_participles: frozenset[str] = frozenset()
    verbal_attack_reach: int = 0
    instrument_reach: int = 0  # «هجوما بالأسلحة الكيماوية»: words back to the «ب» of an instrument phrase
    instrument_stops: frozenset[str] = frozenset()  # «ردا على تقارير عن استخدام السلاح الكيماوي»: no instrument
    topic_heads: frozenset[str] = frozenset()  # «أوجه التعاون»: a field of an act, no act
    purpose_bodies: frozenset[str] = frozenset()  # «هيئة مكافحة الفساد»: a body's name, no act
    act_nouns: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()  # «هذه الاتهامات»: a step reported before
    accusation_nouns: frozenset[str] = frozenset()
    meeting_nouns: frozenset[str] = frozenset()  # «اجتماع طارئ لمجلس الأمن»: the body meets
    group_members: frozenset[tuple[str, ...]] = frozenset()
    group_counts: frozenset[str] = frozenset()  # «دول غربية عدة، على رأسها»: a number between group and members
    members_after_plural: frozenset[tuple[str, ...]] = frozenset()  # «منها», «بينها»: only after a plural group
    group_plurals: frozenset[str] = frozenset()  # «دول», «القوى»: a group's plural head
    # «الداعمتان للحكومة», «المؤيدة للمعارضة»: an actor's qualifier with an actor complement (with patron and
    # affiliation words)
    parallel_qualifiers: frozenset[str] = frozenset()
    all_prepositions: frozenset[str] = frozenset()  # free-standing and proclitic («على», «ب»)
    undergo_verbs: frozenset[str] = frozenset()
    repel_words: frozenset[str] = frozenset()  # «تصدت لهجوم X»: the attack's agent is the target
    describing_verbs: frozenset[str] = frozenset()  # «ما وصفه بأنه»: no clause boundary after them
    receive_verbs: frozenset[str] = frozenset()
    lead_to_verbs: frozenset[str] = frozenset()  # «تقود إلى توقيف»: leads to, lends no subject across «إلى»
    cease_words: frozenset[str] = frozenset()
    halt_words: frozenset[str] = frozenset()  # «أوقف/علق/وقف/تعليق» right before an act: halted (087)
    collective_addressees: tuple[tuple[str, ...], ...] = ()
    day_after_words: frozenset[str] = frozenset()
    since_words: frozenset[str] = frozenset()  # «منذ»: the time expression after it is when the act began
    since_firsts: frozenset[str] = frozenset()  # «أول ... منذ», «لم ... منذ»: the span counts since the last act
    since_holders: frozenset[str] = frozenset()  # «الحرب المستمرة منذ»: the participle carries the span
    organisation_kinds: frozenset[str] = frozenset()
    same_subject_openers: tuple[tuple[str, ...], ...] = ()  # «حيث التقى X»: the main subject meets X
    additive_links: tuple[tuple[str, ...], ...] = ()
    action_supports: frozenset[str] = frozenset()
    backing_nouns: frozenset[str] = frozenset()
    lend_through_ba: frozenset[str] = frozenset()
    # «الهجوم الذي وقع أمس», «الغارة التي شنتها الطائرات الثلاثاء»: a relative clause that dates the act noun
    dating_relative_verbs: frozenset[str] = frozenset()
    against_words: frozenset[str] = frozenset()


def _words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(norm_word(v) for v in values)


def _phrases(values: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(norm_word(w) for w in v.split()) for v in values)


def _finite_verb_forms(words: list[str]) -> frozenset[str]:
    """All inflected forms of verbs written «past|present» (present derived when omitted)."""
    forms: set[str] = set()
    for word in words:
        past, _, present = word.partition("|")
        forms |= set(verb_forms(past, present or derive_present(past)))
    return frozenset(forms)


finite_verb_forms = _finite_verb_forms


@cache
def default_grammar() -> Grammar:
    raw: dict[str, Any] = load_json("events", "grammar.json")
    lend: dict[str, str] = {}
    first_person: set[str] = set()
    lend_nouns: set[str] = set()
    lend_present: set[str] = set()
    for effect in ("none", "intent", "negate", "stop"):
        for word in raw["lend_subject"][effect]:
            past, _, present = word.partition("|")
            inflected = verb_forms(past, present or derive_present(past))
            finite = [form for form, features in inflected.items() if features.mood != "jussive"]
            first_person |= {form for form, features in inflected.items() if features.first_person}
            nouns = noun_forms(past) - set(inflected)
            lend_nouns |= nouns
            if effect == "none":
                lend_present |= {form for form in finite if inflected[form].tense == "present"}
            for form in (*finite, *nouns):
                lend.setdefault(form, effect)
    lend_verbal_nouns = frozenset(form for word in raw["lend_subject"]["verbal_nouns"] for form in noun_forms(word))
    lend_venue_only = _finite_verb_forms(raw["lend_subject"]["venue_only"])
    # third person only: «أفشل» (he foiled) is written like «أفشل» (I fail)
    lend_through_preposition = frozenset(
        form
        for word in raw["lend_subject"]["through_preposition"]
        for form, features in verb_forms(word, derive_present(word)).items()
        if not features.first_person
    )
    undergo, receive = (
        _finite_verb_forms(raw["undergo_verbs"]["words"]),
        _finite_verb_forms(raw["receive_verbs"]["words"]),
    )
    refinements = {
        name: [
            {**group, "words": [tuple(bare(norm_word(w)) for w in phrase.split(" + ")) for phrase in group["words"]]}
            for group in groups
        ]
        for name, groups in raw["refinements"].items()
        if isinstance(groups, list)
    }
    prepositions = _words(raw["prepositions"])
    sector_words = {
        bare(norm_word(word))
        for table in (raw["title_sectors"],)
        for words in table.values()
        if isinstance(words, list)
        for word in words
        if " " not in word
    }
    agent_heads = {word for word in load_json("events", "agent_heads.json")["heads"] if word not in prepositions} - set(
        default_lexicon().index
    )
    return Grammar(
        prepositions=prepositions,
        proclitic_prepositions=_words(raw["proclitic_prepositions"]),
        complementizers=_words(raw["complementizers"]),
        subordinators=_words(w for w in raw["subordinators"] if " " not in w),
        embedding_links=_words(raw["embedding_links"]),
        embedding_copulas=_words(raw["embedding_copulas"]["words"]),
        relative_pronouns=_words(raw["relative_pronouns"]),
        clause_punctuation=frozenset(raw["clause_punctuation"]),
        sentence_punctuation=frozenset(raw["sentence_punctuation"]),
        strong_negation=_words(raw["negation"]["strong"]),
        weak_negation=_words(raw["negation"]["weak"]),
        not_negation_before=_words(raw["negation"]["not_before"]),
        continuing_after_negation=_words(raw["negation"]["continuing"]),
        relative_negators=_words(raw["negation"]["also_relative"]),
        future_negation=_words(raw["negation"]["future_negation"]),
        future_particles=_words(raw["future"]["particles"]),
        intent_before=_words(raw["intent_cues"]["before"]),
        intent_after=_words(raw["intent_cues"]["after"]),
        conditional_before=_words(raw["conditional_cues"]["before"]),
        conditional_phrases=_phrases(raw["conditional_cues"]["phrases"]),
        conditional_openers=_phrases(raw["conditional_cues"]["openers"]),
        whether=_words(raw["conditional_cues"]["whether"]),
        not_conditional=_words(raw["conditional_cues"]["not_conditional"]),
        claim_before=_words(raw["claim_cues"]["before"]),
        claim_after=_words(raw["claim_cues"]["after"]),
        prompting_verbs=_words(raw["prompting"]["verbs"]),
        prompting_causes=_words(raw["prompting"]["causes"]),
        apposition_roles=_words(raw["apposition_roles"]["words"]),
        aside_words=_words(raw["aside_openers"]["words"]),
        aside_phrases=_phrases(raw["aside_openers"]["phrases"]),
        pair_side_words=_words(raw["pair_sides"]["words"]),
        relative_resumptive=frozenset(
            (norm_word(relative), norm_word(pronoun))
            for relative, pronoun in (pair.split("|") for pair in raw["relative_resumptive"]["pairs"])
        ),
        hypothetical_any=_words(raw["hypothetical_cues"]["any"]),
        hypothetical_after=_words(raw["hypothetical_cues"]["after"]),
        hypothetical_when=_words(raw["hypothetical_cues"]["when"]),
        for_fear_of=_words(raw["hypothetical_cues"]["for_fear_of"]),
        cancelled=_words(raw["hypothetical_cues"]["cancelled"]),
        cancelled_not_after=_words(raw["hypothetical_cues"]["cancelled_not_after"]),
        hypothetical_expected=_words(raw["hypothetical_cues"]["expected"]),
        hypothetical_feared=_words(raw["hypothetical_cues"]["feared"]),
        hypothetical_wished=_words(raw["hypothetical_cues"]["wished"]),
        hypothetical_wished_nouns=_words(raw["hypothetical_cues"]["wished_nouns"]),
        hypothetical_required=_words(raw["hypothetical_cues"]["required"]),
        hypothetical_required_not_after=_words(raw["hypothetical_cues"]["required_not_after"]),
        hypothetical_required_nouns=_words(raw["hypothetical_cues"]["required_nouns"]),
        speaker_modals=_words(raw["speaker_modals"]["words"]),
        patron_backed=_words(raw["patron_backed"]["words"]),
        armed_sectors=frozenset(raw["patron_backed"]["sectors"]),
        speaker_modals_not_after=_words(raw["speaker_modals"]["not_after"]),
        lend=lend,
        lend_first_person=frozenset(first_person),
        lend_nouns=frozenset(lend_nouns),
        lend_verbal_nouns=lend_verbal_nouns,
        lend_venue_only=lend_venue_only,
        lend_through_preposition=lend_through_preposition,
        lend_present=frozenset(lend_present) - _words(raw["passive_markers"]),
        passive_markers=_words(raw["passive_markers"]),
        agent_markers=_phrases(raw["agent_markers"]),
        transparent_nouns=_words(raw["transparent_nouns"]),
        construct_nouns=_words(raw["construct_nouns"]),
        generic_places=_words(raw["generic_places"]),
        adjective_heads=_words(raw["adjective_heads"]["words"]),
        actor_heads=(
            _words(raw["actor_heads"])
            | frozenset(bare(norm_word(w)) for w in raw["actor_heads"])
            | agent_heads
            | sector_words
        ),
        title_sectors={
            form: sector
            for sector, words in raw["title_sectors"].items()
            if isinstance(words, list)
            for word in words
            if " " not in word
            for form in (norm_word(word), bare(norm_word(word)))
        },
        affiliation_words=_words(raw["affiliation_words"]),
        patron_words=_words(raw["patron_words"]),
        unknown_words=_words(raw["unknown_words"]),
        foreign_words=_words(raw["foreign_words"]),
        other_country_words=_words(raw["other_country_words"]),
        topic_markers=_words(raw["topic_markers"]),
        dating_words=_words(raw["dating_words"]),
        stop_words=_words(raw["stop_words"]),
        member_nouns=_words(raw["member_nouns"]),
        undergo_verbs=undergo,
        repel_words=_finite_verb_forms(raw["repel_words"]["verbs"]) | _words(raw["repel_words"]["nouns"]),
        describing_verbs=_finite_verb_forms(raw["describing_verbs"]["words"]),
        receive_verbs=receive,
        lead_to_verbs=_finite_verb_forms(raw["lead_to_verbs"]["words"]),
        cease_words=_words(raw["cease_words"]["words"]),
        halt_words=_finite_verb_forms(raw["halt_words"]["verbs"]) | _words(raw["halt_words"]["nouns"]),
        collective_addressees=_phrases(raw["collective_addressees"]["words"]),
        day_after_words=_words(raw["day_after_words"]["words"]),
        since_words=_words(raw["since_words"]["words"]),
        since_firsts=_words(raw["since_words"]["firsts"]),
        since_holders=_words(raw["since_words"]["holders"]),
        quantifiers=_words(raw["quantifiers"]),
        approximators=_words(raw["approximators"]["words"]),
        about_words=_words(raw["about_words"]["words"]),
        held_from_words=_words(raw["held_from"]["words"]),
        held_from_reach=int(raw["held_from"]["reach"]),
        armed_expulsion_code=str(raw["armed_expulsion"]["code"]),
        force_words=_words(raw["armed_expulsion"]["force_words"]),
        armed_killing_code=str(raw["armed_killing"]["code"]),
        armed_obstruction_code=str(raw["armed_obstruction"]["code"]),
        repression_code=str(raw["protest_repression"]["code"]),
        repression_acts=tuple(raw["protest_repression"]["acts"]),
        repression_sectors=frozenset(raw["protest_repression"]["sectors"]),
        protest_words=_words(raw["protest_repression"]["words"]),
        protest_not_after=_words(raw["protest_repression"]["not_after"]),
        criminal_inquiry_code=str(raw["criminal_inquiry"]["code"]),
        criminal_inquiry_sectors=frozenset(raw["criminal_inquiry"]["sectors"]),
        criminal_inquiry_against=_words(raw["criminal_inquiry"]["against_words"]),
        ground_shelling_code=str(raw["ground_shelling"]["code"]),
        ground_shelling_default=str(raw["ground_shelling"]["aerial"]),
        ground_shelling_sectors=frozenset(raw["ground_shelling"]["sectors"]),
        matter_nouns=_words(raw["discussed_matters"]["matter_nouns"]),
        decided_forms=_words(raw["decisions_taken"]["words"]),
        decided_roots=tuple(raw["decisions_taken"]["roots"]),
        harm_companions=_words(raw["harm_companions"]["words"]),
        harm_companion_counts=_words(raw["harm_companions"]["counts"]),
        attacked_assets=_words(raw["attacked_assets"]["words"]),
        attack_asset_preps=_words(raw["attacked_assets"]["after"]),
        lam_owners=_words(raw["lam_owned_acts"]["words"]) | _words(raw["construct_nouns"]),
        district_words=_words(raw["district_words"]["words"]),
        own_country_words=_words(raw["own_country_words"]["words"]),
        owned_country_words=_words(raw["own_country_words"]["owned"]),
        speaker_state_words=_words(raw["speaker_state_words"]["words"]),
        speaker_state_particles=_words(raw["speaker_state_words"]["particles"]),
        unknown_agent=_words(raw["unknown_agent"]) | _words(raw["unknown_words"]),
        mutual_words=_words(raw["mutual_words"]["words"]),
        agent_act_readings={
            bare(norm_word(noun)): _words(preps) for noun, preps in raw["agent_act_readings"]["words"].items()
        },
        both_words=_words(raw["both_words"]),
        determiners=_words(raw["determiners"]),
        group_anaphors={
            norm_word(word): (0 if size == "all" else int(size))
            for size, words in raw["group_anaphors"].items()
            for word in words
            if " " not in word
        },
        first_singular=_words(raw["pronoun_subjects"]["first_singular"]),
        first_plural=_words(raw["pronoun_subjects"]["first_plural"]),
        refinements=refinements,
        refinement_firsts={
            name: frozenset(phrase[0] for group in groups for phrase in group["words"] if phrase)
            for name, groups in refinements.items()
        },
        windows={
            "negation": int(raw["negation"]["window"]),
            "future": int(raw["future"]["window"]),
            "intent": int(raw["intent_cues"]["window"]),
            "conditional": int(raw["conditional_cues"]["window"]),
            "claim": int(raw["claim_cues"]["window"]),
            "hypothetical": int(raw["hypothetical_cues"]["window"]),
        },
        adjunct_openers=_words(raw["adjunct_openers"]["words"]),
        report_openers=_phrases(raw["report_openers"]["words"]),
        topic_openers=_words(raw["topic_openers"]["words"]),
        sequence_conjunctions=_words(raw["sequence_conjunctions"]["words"]),
        nominal_negation=_words(raw["negation"]["nominal"]),
        manner_adverbs=_words(raw["manner_adverbs"]["words"]),
        closed_phrase_ends=_words(raw["closed_phrase_ends"]["words"]),
        disclosure_words=_words(raw["anonymity"]["disclosure"]),
        identity_words=_words(raw["anonymity"]["identity"]),
        anonymity_negators=_words(raw["anonymity"]["negators"]),
        free_relative_after=_words(raw["free_relative"]["after"]) | prepositions,
        free_relative_fused=_words(raw["free_relative"]["fused"]),
        non_event_heads=_words(raw["non_event_heads"]["words"]),
        natural_forces=_words(raw["natural_forces"]["words"]),
        verbal_attack_code=str(raw["verbal_attacks"]["code"]),
        verbal_attack_stems=tuple(sorted(_words(raw["verbal_attacks"]["stems"]))),
        verbal_attack_companions=_words(raw["verbal_attacks"]["companions"]),
        verbal_attack_participles=_words(raw["verbal_attacks"]["participles"]),
        verbal_attack_reach=int(raw["verbal_attacks"]["reach"]),
        instrument_reach=int(raw["instrument_phrases"]["reach"]),
        instrument_stops=_words(raw["instrument_phrases"]["stops"])
        | frozenset(bare(norm_word(w)) for w in raw["instrument_phrases"]["stops"]),
        topic_heads=_words(raw["topic_heads"]["words"]),
        purpose_bodies=_words(raw["purpose_bodies"]["words"]),
        organisation_kinds=_words(raw["organisation_kinds"]["words"]),
        same_subject_openers=_phrases(raw["same_subject_openers"]["words"]),
        additive_links=_phrases(raw["additive_links"]["words"]),
        action_supports=_finite_verb_forms(raw["action_supports"]["words"]),
        backing_nouns=_words(raw["backing_nouns"]["words"]),
        lend_through_ba=_finite_verb_forms(raw["lend_through_ba"]["words"]),
        dating_relative_verbs=_finite_verb_forms(raw["dating_relative_verbs"]["words"]),
        against_words=_words(raw["against_words"]["words"]),
        act_nouns=_words(raw["act_nouns"]["words"]),
        demonstratives=_words(raw["act_nouns"]["demonstratives"]),
        accusation_nouns=_words(raw["act_nouns"]["accusations"]),
        meeting_nouns=_words(raw["meeting_nouns"]["words"]),
        group_members=frozenset(_phrases(raw["group_members"]["words"])),
        group_counts=_words(raw["group_members"]["counts"]),
        members_after_plural=frozenset(_phrases(raw["group_members"]["after_plural"])),
        group_plurals=_words(raw["group_members"]["plurals"]),
        parallel_qualifiers=_words(raw["parallel_qualifiers"]["words"])
        | _words(raw["patron_words"])
        | _words(raw["affiliation_words"]),
        all_prepositions=prepositions | _words(raw["proclitic_prepositions"]),
    )
