"""Linking entity mentions to actors: knowledge-base lookup, demonyms with the sector of the noun they modify,
capitals as metonyms, places with coordinates, and titles that give unknown people a country, sector and role."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from rasd.actors.kb import KbEntry, best_place, knowledge_base, name_key, office_cameo
from rasd.actors.lexicon import is_name_word, word_key
from rasd.actors.roles import Term, roles, term_ending_at, term_starting_at, token_bare, token_key
from rasd.doc import Actor, Token

_QUOTES = frozenset("\"«»“”'‘’")
_LINEAGE = frozenset({"بن", "ابن", "بنت"})  # «محمد بن سلمان بن عبد العزيز»: the father's name after the person's
_HOSTS = frozenset({"في", "لدي", "الي"})  # «سفيرها لدى واشنطن», «المبعوث الأممي إلى اليمن»: the host
TitleParts = tuple[Term | None, list[str], str | None, KbEntry | None]  # role term, modifiers, country, body
_MOVEMENT_CODES = ("NGO", "MOS")  # codes of movements with national branches (NGOHLHIRC, MOSOPP)
_COUNTRY_AFTER_WORDS = 4  # «X الجوية الأميركية في ألمانيا»: how far after an unknown place its country may be said
_HEADLINE_TOKENS = 30  # a brief's headline, the sentence before its dateline, is at most this long
FOREIGN_TOWN = 100_000  # below this, a place abroad that shares its name with others loses to the article's country
DESCRIPTIVE_TOWN = 1_000_000  # «الدار البيضاء» is Casablanca wherever the article is

# Codes of an organisation rather than a country or region: a gentilic of one («الأممي») takes no sector code.
_ORGANISATION_CODES = ("IGO", "NGO")
_GROUP_SECTORS = frozenset({"REB", "OPP", "INS"})  # armed or opposition groups a spokesman may speak for (not ranks)
_PAST_STATE = "SUN"  # the Soviet Union: CAMEO's (Phoenix's) code, kept with the regions (no ISO country today)
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})  # offices a former holder no longer acts for
_PHRASE_OPENERS = frozenset({"و", "ف", "ب"})  # not «ل»: «الرئيس التنفيذي لشركة …» is one title
# «اللجنة المصرية برئاسة اللواء …», «المتحدث باسم الرئاسة …»: written with a preposition, yet inside the title
_TITLE_LINKS = frozenset({"رئاسه", "قياده", "اسم"})


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A mention as a token range [start, end) with the knowledge-base entries its words name."""

    start: int
    end: int
    label: str
    entries: tuple[KbEntry, ...]

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(self, start: int, end: int, label: str, entries: tuple[KbEntry, ...]) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "entries", entries)


def _letter_of_the_name(span: Span, first: Token) -> bool:
    """«قالت بيونغ يانغ»: the «ب» the clitic analysis splits off is the name's own first letter when a
    knowledge-base name of the span is written with it."""
    written = token_key(first)
    return any(name_key(entry.name_ar).split(" ")[:1] == [written] for entry in span.entries)


def _opens_phrase(token: Token) -> bool:
    """A conjunction or «ب» written on the word: a title cannot reach across it to the words before."""
    return any(prefix in _PHRASE_OPENERS for prefix in token.prefixes)


def label_of(entry: KbEntry) -> str:
    return {"person": "PERS", "org": "ORG"}.get(entry.kind, "LOC")


def focus_countries(spans: Sequence[Span]) -> tuple[str, ...]:
    """The countries an article is about, most mentioned first (country names, demonyms, capitals, and places whose
    name only one country has: an ambiguous place cannot vouch for its own country)."""
    counts: Counter[str] = Counter()
    for span in spans:
        # an armed party named with a gentilic («المقاومة اليمنية»: rasd.actors.theatres) carries it after its entry
        gentilics = (
            [e for e in span.entries[1:] if e.kind == "demonym"]
            if span.entries[:1] and span.entries[0].kind == "org"
            else []
        )
        for entry in [*span.entries[:1], *gentilics]:
            if entry.kind in ("place", "capital") and span.label != "LOC":
                continue  # «آبي» the person is no vote for Abyei
            if entry.kind == "place" and len({e.country for e in span.entries if e.kind == "place"}) > 1:
                continue
            if entry.country and entry.kind in ("country", "demonym", "capital", "seat", "place"):
                counts[entry.country] += 2 if entry.kind == "country" else 1
    return tuple(code for code, _ in counts.most_common(3))


class Linker:
    """Resolves each mention of one document; `mask[i]` tells which entity (if any) covers token i."""

    def __init__(
        self,
        tokens: tuple[Token, ...],
        spans: Sequence[Span],
        day: dt.date | None,
        sentence_starts: Sequence[int] = (),
    ) -> None:
        self.kb = knowledge_base()
        self.sentence_starts = sentence_starts  # the first token of each sentence, ascending
        self.roles = roles()
        self.tokens = tokens
        self.spans = spans
        self.day = day
        self.mask: list[int | None] = [None] * len(tokens)
        for number, span in enumerate(spans):
            for i in range(span.start, span.end):
                self.mask[i] = number
        self.focus = focus_countries(spans)
        self.sections = self._digest_sections()
        self.section_starts = [start for start, _ in self.sections]

    def _digest_sections(self) -> list[tuple[int, tuple[str, ...]]]:
        """A page of briefs, each under its own dateline («رانغون - …», «تايبه - …»): (first token, main countries) of
        each brief, so that a brief's untold titles take its own countries, not the page's. A single dateline is an
        ordinary article's: the whole text keeps one focus."""
        datelines = [first for first in self.sentence_starts if self._dateline_at(first)]
        if len(datelines) < 2:
            return []
        starts = []
        for first in datelines:
            number = self.sentence_starts.index(first)
            # the brief's headline is the short sentence right before its dateline
            headline = self.sentence_starts[number - 1] if number > 0 else first
            starts.append(headline if first - headline <= _HEADLINE_TOKENS else first)
        starts[0] = 0
        bounds = [*starts, len(self.tokens)]
        sections = []
        for start, end in pairwise(bounds):
            inside = [span for span in self.spans if start <= span.start < end]
            sections.append((start, focus_countries(inside) or self.focus))
        return sections

    def _dateline_at(self, first: int) -> bool:
        """Does the sentence starting at token `first` open on a place's name and a dash («تايبه - «الشرق الأوسط»:
        …»)? The name is looked up whole, whatever the tagger made of it (a dateline has no context to tag from)."""
        for dash in (first + 1, first + 2):
            if dash >= len(self.tokens) or self.tokens[dash].text not in ("-", "–", "—"):
                continue
            words = self.tokens[first:dash]
            if any(t.kind != "word" for t in words):
                return False
            name = " ".join(t.text for t in words)
            if any(e.kind in ("capital", "seat", "place", "country") for e in self.kb.lookup(name)):
                return True
            # a town the gazetteer spells otherwise («رانغون»), credited to a source: «تايبه - «الشرق الأوسط»:»
            return dash + 1 < len(self.tokens) and self.tokens[dash + 1].text in ("«", '"', "(")
        return False

    def focus_at(self, index: int) -> tuple[str, ...]:
        """The main countries of the brief holding token `index` (of the whole text when it is one article)."""
        if not self.sections:
            return self.focus
        return self.sections[bisect_right(self.section_starts, index) - 1][1]

    # ---- public -------------------------------------------------------------------------------------------------
    def resolve(self, number: int) -> Actor | None:
        span = self.spans[number]
        entries = span.entries
        if span.label == "PERS":
            person = next((e for e in entries if e.kind == "person"), None)
            if person is not None:
                return self.person_actor(person)
            lineage = self.person_by_lineage(span) or self.person_by_spelling(span)
            if lineage is not None:
                return self.person_actor(lineage)
            titled = self.titled_person(span)
            if titled is None or titled.kb_source == "title+focus":
                known = self.person_by_surname(span)
                if known is not None:
                    return self.person_actor(known)
            return titled
        if entries:
            # names two bodies share, told apart by the sentence or the article (computed once for both checks)
            key = name_key(" ".join(t.text for t in self.tokens[span.start : span.end]))
            sport = self.sport_body(span, key)
            if sport is not None:
                return self.entry_actor(sport, span)
            elsewhere = self.government_elsewhere(span, key)
            if elsewhere is not None:
                return elsewhere
        if span.label == "LOC" and len({e.kind for e in entries} & {"country", "demonym"}) == 2:
            # «السعودية» names the country and is its feminine gentilic: after «القنصلية» it is the adjective
            gentilic = next(e for e in entries if e.kind == "demonym")
            if self.no_actor(gentilic, span):
                return None  # «في لحظة سعودية خطيرة»: the adjective of a thing
            actor = self.demonym(gentilic, span)
            if actor is not None and actor.sector:
                return actor
        if span.label == "ORG" and not any(e.kind == "org" for e in entries):
            spelt = self.org_by_spelling(span)
            entries = entries if spelt is None else (spelt, *entries)
        for kinds in self.preferences(span.label):
            for entry in entries:
                if entry.kind in kinds:
                    actor = self.entry_actor(entry, span)
                    if actor is not None:
                        return actor
        if span.label == "ORG":
            return self.institution(span)
        if span.label == "LOC" and not entries:
            if self.shared_country_start(span):
                return None
            return self.country_of_gentilic(span) or self.country_said_after(span) or self.in_focus_country(span)
        return None

    def sport_body(self, span: Span, key: str) -> KbEntry | None:
        """The football confederation that a sports sentence calls by a union's name («رئيس الاتحاد الأوروبي» beside
        «الفيفا», «كأس الاتحاد الأفريقي»): data/actors/sport_bodies.json."""
        kb = self.kb
        body = kb.sport_bodies.get(key)
        if body is None:
            return None
        number = bisect_right(self.sentence_starts, span.start) - 1
        start = self.sentence_starts[number] if number >= 0 else 0
        end = self.sentence_starts[number + 1] if number + 1 < len(self.sentence_starts) else len(self.tokens)
        words = kb.sport_words
        # after a preposition («للفيفا», «بالبطولة») the stem is tried as well, but not after «ف»: «فكرة» is an idea
        sporting = any(
            t.kind == "word"
            and (name_key(t.text) in words or (bool({"ل", "ب"} & set(t.prefixes)) and name_key(t.lookup) in words))
            for t in self.tokens[start:end]
        )
        return body if sporting else None

    def government_elsewhere(self, span: Span, key: str) -> Actor | None:
        """A government's name that other countries used too («حكومة الوفاق الوطني»), in an article about one of them
        and not about the country the knowledge base files it under: that country's government."""
        others = self.kb.government_names.get(key)
        filed = next((e for e in span.entries if e.kind == "org"), None)
        if not others or filed is None:
            return None
        focus = self.focus_at(span.start)
        if filed.country in focus:
            return None
        for code in focus:
            country = self.kb.country(code) if code in others else None
            if country is not None:
                return Actor(None, None, None, country.iso3, country.cameo + "GOV", "GOV", None, "focus")
        return None

    def person_by_spelling(self, span: Span) -> KbEntry | None:
        """A known foreign person under another transcription of the full name («فلاديمير بوتن»)."""
        words = [token_key(t) for t in self.tokens[span.start : span.end]]
        return self.kb.find_person_by_spelling(" ".join(words)) if len(words) >= 2 else None

    def org_by_spelling(self, span: Span) -> KbEntry | None:
        """A known organisation under another transcription of its foreign name («أسوشييتد بريس»)."""
        words = [token_key(t) for t in self.tokens[span.start : span.end]]
        found = self.kb.find_org_by_spelling(" ".join(words))
        if found is None and token_bare(self.tokens[span.start]) != words[0]:
            found = self.kb.find_org_by_spelling(" ".join([token_bare(self.tokens[span.start]), *words[1:]]))
        return found

    def no_territory(self, span: Span) -> bool:
        """«البحر الأحمر», «السفينة أكواريوس»: open water or a ship, which no article's country holds («موانئ البحر
        الأحمر اليمنية» says whose)."""
        if token_bare(self.tokens[span.start]) in self.roles.water_words:
            words = self.tokens[span.start + 1 : span.end]
            return not any(
                e.kind == "demonym" for t in words if t.kind == "word" for e in self.kb.lookup_key(token_bare(t))
            )
        before = self.previous_word(span.start)
        return before is not None and token_bare(self.tokens[before]) in self.roles.vessel_words

    def shared_country_start(self, span: Span) -> bool:
        """«شطري كوريا»: a place the gazetteer does not know whose words begin the names of several countries (a
        definite noun, «المملكة», «الجمهورية», is the article's own country)."""
        words = [t for t in self.tokens[span.start : span.end] if t.kind == "word"]
        if not words or any("ال" in t.prefixes for t in words):
            return False
        return self.kb.shared_country_start(" ".join([token_bare(words[0]), *(token_key(t) for t in words[1:])]))

    def person_by_surname(self, span: Span) -> KbEntry | None:
        """«ماي» alone in an article about Britain: the one knowledge-base person of an article's country with that
        surname who holds an office on the article's date."""
        words = [t for t in self.tokens[span.start : span.end] if t.kind == "word"]
        focus = self.focus_at(span.start)
        if len(words) != 1 or not focus:
            return None
        key = token_bare(words[0])
        found = {
            e.id: e
            for e in self.kb.people_by_surname(key)
            if e.country in focus[:2] and (office := e.office_on(self.day)) is not None and office.sector != "ELI"
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def person_by_lineage(self, span: Span) -> KbEntry | None:
        """«الأمير محمد بن سلمان بن عبد العزيز ولي ولي»: a name the knowledge base holds, then more of the lineage
        («بن …») or a title the span ran into, is that person."""
        words = [t for t in self.tokens[span.start : span.end] if t.kind == "word"]
        keys = [token_bare(words[0]), *(token_key(t) for t in words[1:])] if words else []
        for length in range(len(keys) - 1, 1, -1):
            rest = keys[length]
            if rest not in _LINEAGE and rest not in self.roles.terms and rest not in self.roles.modifiers:
                continue
            person = next((e for e in self.kb.lookup_key(" ".join(keys[:length])) if e.kind == "person"), None)
            if person is not None:
                return person
        return None

    def country_of_gentilic(self, span: Span) -> Actor | None:
        """«صعدة اليمنية», «بلدة الكرامة السورية»: a place the gazetteer does not hold whole, ending in a country's
        gentilic or followed by one, is in that country, whatever the article's main country is."""
        words = [t for t in self.tokens[span.start : span.end] if t.kind == "word"]
        if words and token_bare(words[0]) in self.roles.water_words:
            return None  # «المحيط الهندي» is no Indian place; whose waters a port is, `no_territory` weighs
        candidates = words[-1:] if len(words) > 1 else []
        after = self.tokens[span.end] if span.end < len(self.tokens) else None
        if after is not None and after.kind == "word" and "ال" in after.prefixes:
            candidates.append(after)  # «مدينة هورست الهولندية»: the gentilic tagged apart from the name
        gentilic = next(
            (e for word in candidates for e in self.kb.lookup_key(token_bare(word)) if e.kind == "demonym"), None
        )
        country = self.kb.country(gentilic.country) if gentilic is not None else None
        if country is None:
            return None
        return Actor(None, None, None, country.iso3, country.cameo, None, None, "gentilic")

    def country_said_after(self, span: Span) -> Actor | None:
        """«قاعدة رامشتاين الجوية الأميركية في ألمانيا»: a place the gazetteer does not hold, followed within a few
        words (no punctuation between) by «في» and a country, is in that country."""
        for index in range(span.end, min(span.end + _COUNTRY_AFTER_WORDS, len(self.tokens) - 1)):
            token = self.tokens[index]
            if token.kind != "word":
                return None
            if token.norm != "في":
                continue
            covering = self.mask[index + 1]
            if covering is None:
                return None
            entry = next(iter(self.spans[covering].entries), None)
            country = self.kb.country(entry.country) if entry is not None and entry.kind == "country" else None
            if country is None:
                return None
            return Actor(None, None, None, country.iso3, country.cameo, None, None, "gentilic")
        return None

    def in_focus_country(self, span: Span) -> Actor | None:
        """A place the gazetteer does not know (a street, an airport, a small town): the article's main country (not
        open water or a ship's name)."""
        focus = self.focus_at(span.start)
        if not focus or self.no_territory(span):
            return None
        country = self.kb.country(focus[0])
        if country is None:
            return None
        return Actor(None, None, None, country.iso3, country.cameo, None, None, "focus")

    # ---- per kind -----------------------------------------------------------------------------------------------
    @staticmethod
    def preferences(label: str) -> tuple[tuple[str, ...], ...]:
        if label == "ORG":
            return (("org",), ("seat",), ("country", "demonym"), ("capital",), ("person",))
        if label == "MISC":  # an event, a prize, a currency: only a name the knowledge base is sure of
            return (("country", "demonym"), ("org",), ("person",))
        return (("country", "region"), ("demonym",), ("seat",), ("capital",), ("org",), ("place",), ("person",))

    def entry_actor(self, entry: KbEntry, span: Span) -> Actor | None:
        kind = entry.kind
        if kind == "country":
            return Actor(
                entry.id,
                entry.name_ar,
                entry.name_en,
                entry.country,
                entry.cameo,
                None,
                None,
                "countries",
                entry.lat,
                entry.lon,
            )
        if kind == "region":
            return Actor(entry.id, entry.name_ar, None, None, entry.cameo, None, None, "countries")
        if kind == "demonym":
            return self.demonym(entry, span)
        if kind == "org":
            return self.national_branch(entry, span) or Actor(
                entry.id, entry.name_ar, entry.name_en, entry.country, entry.cameo, entry.sector, None, entry.source
            )
        if kind == "seat":
            return self.capital(entry, span, seat=True)
        if kind == "capital":
            return self.capital(entry, span, seat=False)
        if kind == "place":
            focus = self.focus_at(span.start)
            place = best_place(self.written_namesakes(span), focus) or entry
            abroad = bool(focus) and place.country not in focus
            namesakes = len({e.country for e in span.entries if e.kind == "place"}) > 1
            descriptive = place.population < DESCRIPTIVE_TOWN and self.descriptive(span)
            if abroad and ((namesakes and place.population < FOREIGN_TOWN) or descriptive):
                # a small town among namesakes abroad, or a name made of common words («الساحل الغربي», «القصر
                # الكبير») that the article's own country is likelier to have than the gazetteer knows
                return self.in_focus_country(span)
            return Actor(
                place.id,
                place.name_ar,
                place.name_en,
                place.country,
                place.cameo,
                None,
                None,
                "places",
                place.lat,
                place.lon,
            )
        if kind == "person":
            return self.person_actor(entry)
        return None

    def written_namesakes(self, span: Span) -> tuple[KbEntry, ...]:
        """The span's places, narrowed to those written as the text writes the name when namesakes differ in it.
        The lookup key drops the article, so «القدس» (Jerusalem) also finds Iran's «قدس» (Qods), which the
        article's focus on Iran would then pick: the article (or its absence) on the name's first word keeps the
        namesake spelled that way when it is the largest of them: «زيارة بومبيو للرياض والقدس» Jerusalem."""
        places = tuple(e for e in span.entries if e.kind == "place")
        if len({e.country for e in places}) < 2 or span.start >= len(self.tokens):
            return places
        article = "ال" in self.tokens[span.start].prefixes
        written = tuple(e for e in places if e.name_ar.startswith("ال") == article)
        if not written or len(written) == len(places):
            return places
        # only towards the major place: an entry keeps one of its spellings, so a namesake written otherwise
        # may be the same famous city under its other spelling («اسكندريه» for Egypt's «الإسكندرية»)
        others = max(e.population for e in places if e not in written)
        return written if max(e.population for e in written) >= others else places

    def national_branch(self, entry: KbEntry, span: Span) -> Actor | None:
        """«الهلال الأحمر السعودي», «الإخوان المسلمين المصرية»: a movement of many countries (a code with no country and
        a sector of its own: NGOHLHIRC, MOSOPP) followed by a country's gentilic is that country's branch, coded with
        the country and the movement's sector."""
        code = entry.cameo or ""
        if entry.country or not code.startswith(_MOVEMENT_CODES) or len(code) < 6 or self.kb.country(code[3:6]):
            return None  # NGOGBR: a British charity, not a movement with national branches
        after = span.end
        if after >= len(self.tokens) or self.tokens[after].kind != "word":
            return None
        gentilic = self.kb.find_demonym(self.tokens[after].text)
        info = self.kb.country(gentilic.country) if gentilic is not None else None
        if info is None or (gentilic is not None and (gentilic.cameo or "").startswith(_ORGANISATION_CODES)):
            return None
        sector = code[3:6]
        return Actor(entry.id, entry.name_ar, entry.name_en, info.iso3, info.cameo + sector, sector, None, entry.source)

    def descriptive(self, span: Span) -> bool:
        """«الساحل الغربي», «القصر الكبير»: definite common words that name some place in many countries."""
        words = [t for t in self.tokens[span.start : span.end] if t.kind == "word"]
        return len(words) >= 2 and all(t.norm.startswith("ال") and not is_name_word(word_key(t)) for t in words)

    def person_actor(self, entry: KbEntry) -> Actor:
        office = entry.office_on(self.day)
        if office is None:
            return Actor(
                entry.id, entry.name_ar, entry.name_en, entry.country, entry.cameo, entry.sector, None, entry.source
            )
        country = office.code if office.code in self.kb.countries else None
        return Actor(
            entry.id,
            entry.name_ar,
            entry.name_en,
            country,
            office_cameo(office),
            office.sector,
            office.role,
            entry.source,
        )

    def demonym(self, entry: KbEntry, span: Span) -> Actor | None:
        first = self.tokens[span.start]
        if self.no_actor(entry, span):
            return None
        head, head_start = self.head_term(span.start - 1, coordinated="و" in first.prefixes)
        if entry.needs_head and head is None:
            return None
        if head is None and self._language_gentilic(span.start):
            return None  # «قرأت البيان بالصينية والإنجليزية»: in Chinese and English
        sector = head.sector if head is not None else None
        if entry.cameo and entry.cameo.startswith(_ORGANISATION_CODES):
            cameo = entry.cameo  # «المبعوث الأممي»: the UN's own envoy is IGOUNO; CAMEO adds no role to an IGO
        else:
            cameo = (entry.cameo or "") + (sector or "")
        role = None
        if head is not None and sector:
            role = head.role
            modifier = self.modifier_before(head_start)
            if modifier:
                role = f"{modifier} {role}"
        return Actor(entry.id, entry.name_ar, entry.name_en, entry.country, cameo, sector, role, "countries")

    def no_actor(self, entry: KbEntry, span: Span) -> bool:
        """A gentilic that names no actor: a patron's epithet, a direction, or the adjective of a language or a thing
        («باللغة الفرنسية», «قمر صناعي فرنسي»)."""
        if self.epithet(entry, span) or self.direction(span):
            return True
        head, start = self.head_term(span.start - 1, coordinated="و" in self.tokens[span.start].prefixes)
        if head is None:
            return False
        if head.kind == "language":
            return True
        # a thing only right before the adjective, or before the gentilics chained with it («قمر صناعي فرنسي
        # إيطالي»): «صور الأقمار الصناعية لمواقع إيرانية» are Iranian sites
        before = self.previous_word(span.start)
        while before is not None and (covering := self.mask[before]) is not None:
            if not any(e.kind == "demonym" for e in self.spans[covering].entries):
                break
            before = self.previous_word(self.spans[covering].start)
        return head.kind == "object" and start + head.words - 1 == before

    def epithet(self, entry: KbEntry, span: Span) -> bool:
        """«ميليشيات الحوثي الإيرانية»: a gentilic right after an organisation the knowledge base places in another
        country is an epithet (the patron, an accusation), not an actor of its own."""
        before = self.previous_word(span.start)
        covering = self.mask[before] if before is not None else None
        if covering is None or entry.country is None or "و" in self.tokens[span.start].prefixes:
            return False
        named = self.spans[covering]
        org = next((e for e in named.entries if e.kind == "org"), None) if named.label == "ORG" else None
        return org is not None and org.country is not None and org.country != entry.country

    def direction(self, span: Span) -> bool:
        """«جنوب غربي سوريا», «غربي مدينة غزة»: an indefinite compass adjective after a compass noun or before the
        place it points from is a direction («west of»), not the West."""
        first = self.tokens[span.start]
        if span.end - span.start != 1 or "ال" in first.prefixes or token_bare(first) not in self.roles.compass:
            return False
        before = self.previous_word(span.start)
        if before is not None and token_bare(self.tokens[before]) in self.roles.compass_nouns:
            return True
        if span.end >= len(self.tokens):
            return False
        after = self.tokens[span.end]
        if after.kind != "word" or "و" in after.prefixes or after.norm in self.roles.boundaries:
            return False
        covering = self.mask[span.end]
        if covering is not None:
            return self.spans[covering].label != "PERS"
        # a definite word or a place or institution noun («غربي البلاد», «غربي محافظة تعز», «غربي مركز المديرية»)
        if "ال" in after.prefixes or token_bare(after) in self.roles.name_heads:
            return True
        return term_starting_at(self.tokens, span.end) is not None

    def _language_gentilic(self, index: int) -> bool:
        """A feminine gentilic after «بـ» with no noun before it is a language («بالصينية»), and so is one
        coordinated with it («بالصينية والإنجليزية»)."""
        token = self.tokens[index]
        if not token.norm.endswith("يه"):
            return False
        if token.prefixes[-2:] == ("ب", "ال"):
            return True
        before = self.previous_word(index)
        covering = self.mask[before] if before is not None else None
        if "و" in token.prefixes and covering is not None:
            previous = self.spans[covering]
            return any(e.kind == "demonym" for e in previous.entries) and self._language_gentilic(previous.start)
        return False

    def modifier_before(self, index: int) -> str | None:
        """«نائب» before «وزير الخارجية» makes a deputy foreign minister."""
        before = self.previous_word(index)
        if before is None or self.mask[before] is not None:
            return None
        found = self.roles.modifiers.get(token_bare(self.tokens[before]))
        return found[0] if found and not found[1] else None

    def capital(self, entry: KbEntry, span: Span, *, seat: bool) -> Actor:
        country = self.kb.country(entry.country)
        root = country.cameo if country else (entry.country or "")
        if self.is_locative(span):
            return Actor(
                entry.id, entry.name_ar, entry.name_en, entry.country, root, None, None, "places", entry.lat, entry.lon
            )
        return Actor(
            entry.id,
            entry.name_ar,
            entry.name_en,
            entry.country,
            root + "GOV",
            "GOV",
            "seat of government" if seat else "capital (government)",
            "places",
            entry.lat,
            entry.lon,
        )

    # ---- context ------------------------------------------------------------------------------------------------
    def is_locative(self, span: Span) -> bool:
        """«في موسكو», «بلندن», «العاصمة الروسية موسكو», a dateline «دبي، الإمارات» — a place, not a government."""
        first = self.tokens[span.start]
        if ("ب" in first.prefixes and not _letter_of_the_name(span, first)) or span.start == 0:
            return True
        before = self.previous_word(span.start)
        if before is not None:
            if (
                token_bare(self.tokens[before]) in self.roles.locative
                or token_key(self.tokens[before]) in self.roles.locative
            ) and not self._asked(before):
                return True
            term = term_ending_at(self.tokens, before)
            if term is not None and term.kind == "place":
                return True
            other = self.mask[before]
            if other is not None and any(e.kind == "country" for e in self.spans[other].entries[:1]):
                return True  # «عاصمة دولة قطر الدوحة»: the capital in apposition to its country
            if other is not None and any(e.kind == "demonym" for e in self.spans[other].entries):
                term = term_ending_at(self.tokens, self.spans[other].start - 1)
                if term is not None and term.kind == "place":
                    return True
            if other is not None and "و" in first.prefixes and other != self.mask[span.start]:
                # «بمدينتي مونتريال وأوتاوا»: a conjunct is read as the place or government before it is
                previous = self.spans[other]
                kinds = {e.kind for e in previous.entries}
                if previous.label == "LOC" and (
                    "place" in kinds or ("capital" in kinds and self.is_locative(previous))
                ):
                    return True
        after = span.end
        if after + 1 < len(self.tokens) and self._comma_at(after):
            other = self.mask[after + 1]
            if other is not None and any(e.kind == "country" for e in self.spans[other].entries):
                return True
        return False

    def _asked(self, preposition: int) -> bool:
        """Is the «من» at token `preposition` the one of asking someone («طلبت موسكو من واشنطن»: Washington is asked,
        the government), with a verb of asking up to three words before it?"""
        if self.tokens[preposition].norm != "من":
            return False
        return any(
            self.tokens[i].kind == "word" and self.tokens[i].stem in self.roles.addressees
            for i in range(max(0, preposition - 3), preposition)
        )

    def previous_word(self, index: int) -> int | None:
        index -= 1
        while index >= 0 and self.tokens[index].text in _QUOTES:
            index -= 1
        return index if index >= 0 else None

    def head_term(self, index: int, *, coordinated: bool = False, stop: int | None = None) -> tuple[Term | None, int]:
        """`_head_term` read with the words after it up to `stop` (default: the adjective at index+1)."""
        term, start = self._head_term(index, coordinated=coordinated)
        if term is None or self._known_org_at(start):
            return term, start  # «وكالة الأناضول التركية»: a known organisation's name is not a definite noun
        return self.read_body(term, start, index + 1 if stop is None else stop), start

    def spans_start_known_org(self, index: int) -> bool:
        """Does a known organisation's name start at token `index` («وكالة الأناضول» after «وكالة»)?"""
        covering = self.mask[index]
        return covering is not None and self.spans[covering].start == index and self._known_org_at(index)

    def _known_org_at(self, index: int) -> bool:
        covering = self.mask[index] if 0 <= index < len(self.mask) else None
        return covering is not None and any(e.kind == "org" for e in self.spans[covering].entries)

    def _head_term(self, index: int, *, coordinated: bool = False) -> tuple[Term | None, int]:
        """The noun a country adjective at index+1 modifies: scan left over names, quotes and a few unknown words.

        «وزير الخارجية الأمريكي» → minister (GOV); «صحيفة الغد الأردنية» → newspaper (MED); «والروسي» after
        «الرئيس الأمريكي دونالد ترامب» takes the head of the adjective it is coordinated with.
        """
        unknown = 0
        crossed_org = False
        while index >= 0 and unknown <= 2:
            token = self.tokens[index]
            if token.text in _QUOTES:
                index -= 1
                continue
            if token.kind in ("punct", "number") or token.norm in self.roles.boundaries:
                return None, index  # («عشرات الفلسطينيين», «17 فلسطينيا»: counted people, no adjective)
            covering = self.mask[index]
            if covering is not None:
                covered = self.spans[covering]
                is_demonym = any(e.kind == "demonym" for e in covered.entries)
                is_name = covered.label in ("PERS", "ORG") or is_demonym
                if not is_name:
                    return None, index
                if is_demonym and not coordinated:
                    return self._term_at(covered.start - 1)
                if covered.label == "ORG":
                    own = term_ending_at(self.tokens, covered.end - 1) or term_starting_at(self.tokens, covered.start)
                    if own is not None:
                        return own, covered.start
                    crossed_org = True
                index = covered.start - 1
                continue
            if self._is_counterpart(token):
                return self.roles.terms.get("رئيس"), index
            term = term_ending_at(self.tokens, index)
            if term is not None:
                if crossed_org and term.kind == "person":
                    return None, index  # «رئيس الفيفا السويسري»: the adjective is the person's nationality
                return term, index - term.words + 1
            unknown += 1
            index -= 1
        return None, index

    def _term_at(self, end: int) -> tuple[Term | None, int]:
        term = term_ending_at(self.tokens, end) if end >= 0 else None
        return (term, end - term.words + 1) if term is not None else (None, end)

    def titled_person(self, span: Span) -> Actor | None:
        """An unknown person's actor from the title before («نائب وزير خارجية روسيا أندريه …») or after the name."""
        if self.owner_named(span.start - 1):
            return None
        title = self.title_before(span.start - 1)
        # a flag, not `title is …`: compiled, a tuple is rebuilt when it is passed around, so identity says nothing
        read_before = True
        if title is None or (title[0] is not None and title[0].honorific):
            # «الدكتور فلان، وزير الآثار»: the office after the name says more than a courtesy title before it
            # «وزير التربية المصري، الدكتور فلان»: or the office set off before it
            before = self._office_before_rank(span) if title is not None else None
            after = self.title_after(span.end)
            if before is not None and (after is None or after[0] is None or after[0].kind != "person"):
                after = None  # «…، الدكتور فلان، القرار بأنه …»: a body word after the name is no office of his
            read_before = not (after or before)
            title = after or before or title
        elif title[2] is None and title[3] is None and (title[0] is None or title[0].country is None):
            # (a title that implies its country, «السيناتور», keeps its own office: «رئيس لجنة …» after it is a role)
            # «العميد فلان، المتحدث باسم الجيش الليبي»: a rank names no country; the office set off after the name
            # may (not «التقى الأمير فلان رئيس الوزراء …», whose object holds that office), or the one set off
            # before the rank («المتحدث باسم المركز الروسي، اللواء فلان»)
            after = self.title_after(span.end)
            if not self._comma_at(span.end) and not self._same_office(title[0], after):
                after = None
            # «ولي العهد الأردني، الأمير فلان»: a royal title, as a rank, takes the office set off before it
            ranked = title[0] is not None and (title[0].sector == "MIL" or title[0].royal)
            before = self._office_before_rank(span) if ranked else None
            if before is not None and (before[0] is None or before[0].kind != "person"):
                before = None  # «بمقر الرئاسة في رام الله، الأمير فلان»: a place, not his office
            for office in (after, before):
                if office is not None and office[0] is not None and (office[2] or (office[3] and office[3].country)):
                    title, read_before = office, False
                    break
        if title is None:
            return self.nationality(span)
        term, modifiers, country, org = title
        body_only = read_before and term is not None and term.kind == "institution" and org is None
        if body_only and self._subject_of_verb_before(span):
            # «وبرأت المحكمة فلان», «واحتجزت السلطات التركية فلان»: the body is the subject of the verb before it and
            # the name its object, not one of its members; a gentilic right before the name is the body's (the holding
            # country), not the detainee's
            return None
        role = " ".join([*modifiers, term.role]) if term else None
        if org is not None and (
            term is None or term.of or term.kind != "person" or org.country is None or country is None
        ):  # «قائد قوات التدخل في ميليشيات الحوثي»: with no country of its own, the title's body is the employer
            sector = org.sector if org.sector else (term.sector if term else None)
            code = org.cameo + sector if org.cameo == _PAST_STATE and sector else org.cameo
            return Actor(None, None, None, org.country, code, sector, role, "title")
        if term is None or term.sector is None:
            return None
        country_code: str | None
        if country is None and term.country is not None:
            country_code, source = term.country, "title"  # «السناتور»
        elif country is None and term.roams:
            # «المدرب فلان» in news of a league abroad: no country is said, unless a gentilic before the name says it
            return self.nationality(span) or Actor(None, None, None, None, None, term.sector, role, "title")
        elif country is None and (family := self.ruling_family(span)) is not None:
            country_code, source = family, "title"
        elif country is None and (scene := self.scene_country(span.start)) is not None:
            country_code, source = scene, "title+scene"
        elif country is None and (partner := self._coordinated_person_country(span)) is not None:
            country_code, source = partner, "title+scene"
        elif country is None:
            host = self._host_country(span) if term.host else None
            country_code, source = self._focus_for(term, span.start, host), "title+focus"
        else:
            country_code, source = country, "title"
        if country_code is None:
            return Actor(None, None, None, None, None, term.sector, role, "title")
        info = self.kb.country(country_code)
        root = info.cameo if info else country_code
        sector = None if term.honorific else term.sector  # «الدكتور فلان»: a country at most, office unknown
        if sector in _STATE_SECTORS and "former" in modifiers:
            sector = "ELI"  # «وزير الخارجية السابق»: a former office holder is an elite, as known people are
        return Actor(None, None, None, country_code if info else None, root + (sector or ""), sector, role, source)

    def ruling_family(self, span: Span) -> str | None:
        """The country of a ruling family whose name ends the person's («الشيخ فلان بن فلان آل ثاني» is Qatari,
        whatever the article is about): `ruling_families` in roles.json."""
        families, size = self.roles.ruling_families, span.end - span.start
        last = self.tokens[span.end - 1].text
        if size >= 3 and (found := families.get(name_key(self.tokens[span.end - 2].text + " " + last))):
            return found
        return families.get(name_key(last)) if size >= 2 else None

    def _subject_of_verb_before(self, span: Span) -> bool:
        """Does a past verb of the feminine singular, the agreement of a body («المحكمة», «السلطات», «النيابة»),
        stand right before the title of `span` («برأت», «احتجزت»)?"""
        start = self._title_extent_before(span.start - 1)[0]
        before = self.previous_word(start)
        if before is None or self.mask[before] is not None or term_ending_at(self.tokens, before) is not None:
            return False
        token = self.tokens[before]
        bare = token_bare(token)
        return token.kind == "word" and "ال" not in token.prefixes and len(bare) >= 4 and bare.endswith("ت")

    def scene_country(self, index: int) -> str | None:
        """«وفي واشنطن، قالت وزارة الخارجية …»: a sentence that opens on «في» and a country or capital sets the scene,
        and an office or body after it that names no country of its own is that country's, not the article's."""
        if not self.sentence_starts:
            return None
        first = self.sentence_starts[bisect_right(self.sentence_starts, index) - 1]
        if first >= index or first < 0 or self.tokens[first].norm not in ("في", "وفي"):
            return None
        covering = self.mask[first + 1] if first + 1 < len(self.tokens) else None
        if covering is None:
            return None
        place = self.spans[covering]
        if place.label != "LOC" or place.start != first + 1 or place.end > index or not place.entries:
            return None
        entry = place.entries[0]
        if entry.kind not in ("country", "capital", "seat") or not entry.country:
            return None
        return entry.country

    def _coordinated_person_country(self, span: Span) -> str | None:
        """«الرئيس فلان ووزير الخارجية فلان»: an office that names no country, joined by «و» to the person named
        right before it, is of that person's country when that one is known (not itself the article's guess)."""
        start = self._title_extent_before(span.start - 1)[0]
        if start >= span.start or "و" not in self.tokens[start].prefixes:
            return None
        before = self.previous_word(start)
        if before is not None and self._comma_at(before):
            before = self.previous_word(before)
        if before is None or (covering := self.mask[before]) is None:
            return None
        if self.spans[covering].label != "PERS" or self.spans[covering].end != before + 1:
            return None
        partner = self.resolve(covering)
        if partner is None or partner.country is None or partner.kb_source in ("title+focus", "title+scene"):
            return None
        # an office holder of the day: not a citizen named by his nationality in a list of several countries'
        # («واللبناني فلان، والدكتور فلان»), nor a former one met by the other side («لقاء الرئيس الأسبق فلان ونائب …»)
        if partner.sector in (None, "CVL", "ELI"):
            return None
        return partner.country

    @staticmethod
    def _same_office(title: Term | None, after: TitleParts | None) -> bool:
        """Is the title after a name, with no comma, the same office said again in full («السفير فلان سفير مصر لدى
        …», «العقيد فلان الملحق العسكري …»)? Otherwise it is more likely the object of the verb («التقى الأمير فلان
        رئيس الوزراء»)."""
        if title is None or after is None or after[0] is None:
            return False
        return after[0].role == title.role or (title.sector == "MIL" == after[0].sector and not title.royal)

    def _focus_for(self, term: Term, index: int, host: str | None = None) -> str | None:
        """The article's main country as the country of an untold title; for a royal title («الأمير وليام» in news
        of Israel) the first of the main countries that has a monarch, if one has (a king of a country that has
        none now is a king of its past: «الملك فاروق»). An envoy is never the host's («سفير المملكة لدى الأردن»
        in news of Jordan): the next main country, if any."""
        focus = tuple(code for code in self.focus_at(index) if code != host)
        if not focus:
            return None
        if term.royal:
            return next((code for code in focus if code in self.roles.monarchies), focus[0])
        return focus[0]

    def _host_country(self, span: Span) -> str | None:
        """The country an envoy's title before the name is posted to («سفير المملكة لدى الأردن فلان»): the country
        or capital right after «لدى»/«في»/«إلى» in it."""
        for index in range(self._title_extent_before(span.start - 1)[0], span.start - 1):
            if token_bare(self.tokens[index]) not in _HOSTS:
                continue
            covering = self.mask[index + 1]
            if covering is None:
                continue
            entry = next(iter(self.spans[covering].entries), None)
            if entry is not None and entry.kind in ("country", "capital", "seat") and entry.country:
                return entry.country
        return None

    def _office_before_rank(self, span: Span) -> TitleParts | None:
        """The title that ends in a comma right before the title of the name («المتحدث باسم المركز الروسي،
        اللواء فلان»): the same person's office, said first."""
        start = self._title_extent_before(span.start - 1)[0]
        if start >= span.start or not self._comma_at(start - 1) or "و" in self.tokens[start].prefixes:
            return None  # «وزير الدفاع، واللواء فلان»: «و» adds another person
        return self.title_before(start - 2)

    def _comma_at(self, index: int) -> bool:
        return 0 <= index < len(self.tokens) and self.tokens[index].text in "،,"

    def nationality(self, span: Span) -> Actor | None:
        """«الإرهابي المصري هشام …», «الإسباني رافايل …»: a country adjective right before a name with no title
        gives the person's country, as a civilian (no office is said)."""
        before = span.start - 1
        covering = self.mask[before] if before >= 0 else None
        if covering is None or self.spans[covering].end != span.start or self.spans[covering].label != "LOC":
            return None
        covered = self.spans[covering]
        if covered.end - covered.start != 1 or "ال" not in self.tokens[before].prefixes:
            return None
        gentilic = next((e for e in covered.entries if e.kind == "demonym" and e.country), None)
        if gentilic is None or (gentilic.cameo or "").startswith(_ORGANISATION_CODES):
            return None
        info = self.kb.country(gentilic.country) if gentilic.country else None
        if info is None:
            return None
        if covered.start > 0 and self._is_counterpart(self.tokens[covered.start - 1]):
            # «نظيره اليوناني فلان»: the counterpart of an office holder holds that country's office
            return Actor(None, None, None, gentilic.country, info.cameo + "GOV", "GOV", "counterpart", "title")
        # a person is a civilian unless an office is said: never the bare country, which is the state or its people
        return Actor(None, None, None, gentilic.country, info.cameo + "CVL", "CVL", None, "gentilic")

    def _is_counterpart(self, token: Token) -> bool:
        return token_bare(token) in self.roles.counterparts or token.norm in self.roles.counterparts

    def owner_named(self, index: int) -> bool:
        """Is the name after token `index` the owner of the body that word names («مكتب كوهين», «استخبارات
        القذافي», «مستشفى الرنتيسي»: the construct state, no article)? Then the title before it is someone else's
        («رئيس جهاز استخبارات القذافي»). A government body is headed by its owner («حكومة راخوي», «نظام كاسترو»)
        and keeps the title reading, unless it is only the person's own (`owned`: «مكتب», «موقع»)."""
        if index < 0 or "ال" in self.tokens[index].prefixes:
            return False
        body = term_ending_at(self.tokens, index)
        if body is not None and body.kind == "person":
            return self._possessor_named(body, index)
        return body is not None and body.kind == "institution" and (body.owned or body.sector != "GOV")

    def _possessor_named(self, title: Term, index: int) -> bool:
        """«محامي فلان», «مستشار فلان», «نائب فلان»: an office word without the article right before a name is in
        the construct state, so the name is whose lawyer, adviser or deputy it is; the office is another person's.
        Ranks and courtesy titles are written before a name without the article too («لواء فلان»); they keep it."""
        if title.words != 1 or title.honorific or title.country is not None or title.sector == "CVL":
            return False  # «رجل نمساوي»: a plain noun before an adjective
        if title.sector == "MIL" and not title.of:
            return False
        token = self.tokens[index]
        # «زعيمه فلان», «محاميه فلان»: the pronoun makes the office definite, and the name is its holder; a word that
        # ends a longer title («الأمين العام للمجلس النرويجي للاجئين فلان») is no office of its own
        return token.kind == "word" and not token.suffixes and self._title_extent_before(index)[0] == index

    def _title_parts(self, start: int, stop: int) -> TitleParts:
        """Interpret tokens[start:stop] as a title phrase: role term, modifiers, country, organisation."""
        term: Term | None = None
        modifiers: list[str] = []
        country: str | None = None
        org: KbEntry | None = None
        host = False
        index = start
        org_end = -1  # where the organisation's name ended: a country adjective right after it is the body's
        bare_body: tuple[int, Term] | None = None  # a definite body noun alone («المنظمة»): one named before
        bodied = False  # whether a body has been named: a medium with «ل» after it is another thing
        term_at = start
        while index < stop:
            token = self.tokens[index]
            covering = self.mask[index]
            if covering is not None:
                covered = self.spans[covering]
                entry = covered.entries[0] if covered.entries else None
                if entry is not None and entry.sector == "MED" and self._spoken_to(index, term, bodied):
                    break  # «قائد عملية تحرير عدن لـ«الشرق الأوسط»»
                bodied = bodied or covered.label == "ORG"
                if entry is None and covered.label == "ORG" and org is None and not host and (term is None or term.of):
                    entry = self._unlisted_body(covered)  # «المتحدث باسم وكالة الأمن الداخلي الكندية»
                if entry is not None and not host:
                    if entry.kind == "demonym" and org is None and (entry.cameo or "").startswith(_ORGANISATION_CODES):
                        org = entry  # «المبعوث الأممي»: the adjective of an organisation names the employer
                    elif entry.kind == "demonym" and org is None and entry.cameo == _PAST_STATE and country is None:
                        org = entry  # «الزعيم السوفياتي»: a state of the past, with a code but no country today
                    elif entry.kind == "demonym" and covered.start == org_end:
                        pass  # «في ميليشيات الحوثي الإيرانية»: an epithet of the body, not the person's country
                    elif entry.kind in ("country", "demonym") and country is None and entry.country:
                        country = entry.country
                    elif entry.kind == "org" and (org is None or not org.scannable):
                        # «رئيسة المنظمة الدولية «أطباء بلا حدود»»: a descriptive name gives way to the proper one
                        org, org_end = entry, covered.end
                    elif entry.kind in ("seat", "capital") and country is None and entry.country:
                        country = entry.country
                    elif entry.kind == "person" and country is None and term is not None and term.host:
                        country = entry.country  # «سفير خادم الحرمين الشريفين»: the envoy of a known person
                index = covered.end
                continue
            key = token_bare(token)
            if key in _HOSTS and term is not None and term.host:
                host = True
                index += 1
                continue
            found = term_starting_at(self.tokens, index)
            if found is not None and self._medium_spoken_to(found, index, stop, term, bodied):
                break
            if found is not None:
                bodied = bodied or found.kind == "institution"
                if found.kind == "institution" and self._bare_definite_body(found, index, stop):
                    bare_body = (index, found)
                if (
                    key in self.roles.modifiers
                    and index + found.words < stop
                    and term_starting_at(self.tokens, index + found.words)
                ):
                    modifiers.append(self.roles.modifiers[key][0])
                    index += 1
                    continue
                if term is None or (term.kind != "person" and found.kind == "person"):
                    term, term_at = found, index
                elif found.kind == "person" and self._rank_in_construct(term, term_at, index):
                    term, term_at = found, index  # «فريق المدرب فلان»: the coach's team, not a general
                elif term.of and term.kind == "person" and found.kind == "institution" and found.sector:
                    # «المتحدث باسم الجيش»: the army's sector; a generic body takes that of a more specific body
                    # word right after it («رئيس جهاز الأمن»)
                    # «رئيس بعثة مصر لدى الأمم المتحدة»: the head of a mission or embassy is hosted where it is
                    term = replace(
                        term, sector=self.read_body(found, index, stop).sector, of=False, host=term.host or found.host
                    )
                elif term.of and term.kind == "person" and found.kind == "institution" and found.member_sector:
                    term = replace(term, sector=found.member_sector, of=False)  # «قائد المنتخب», «رئيس النادي»
                elif term.of and term.kind == "person" and found.kind == "person" and found.sector in _GROUP_SECTORS:
                    term = replace(term, sector=found.sector, of=False)  # «الناطق باسم المتمردين»: the rebels'
                index += found.words
                continue
            if key in self.roles.modifiers and self.roles.modifiers[key][1]:
                modifiers.insert(0, self.roles.modifiers[key][0])
            index += 1
        if org is None and country is None and bare_body is not None:
            org = self._antecedent_body(*bare_body)  # «منسق البرامج في المنظمة فلان»: the organisation named before
        return term, modifiers, country, org

    def _bare_definite_body(self, found: Term, index: int, stop: int) -> bool:
        """Is the institution word at `index` a definite noun of one word that ends its phrase in the title
        («في المنظمة», «باسم الوكالة»), so that it refers to a body named before rather than naming one?"""
        token = self.tokens[index]
        if found.words != 1 or "ال" not in token.prefixes or token.suffixes:
            return False
        after = index + 1
        if after >= stop or self.tokens[after].kind != "word":
            return True
        covering = self.mask[after]
        if covering is not None:
            return self.spans[covering].label == "PERS"  # «المتحدث باسم المنظمة فلان»; not «المحكمة الأفريقية»
        # an adjective or a name of its own («المحكمة العليا», «الهيئة الوطنية …») makes it another body
        return "ال" not in self.tokens[after].prefixes and term_starting_at(self.tokens, after) is not None

    def _antecedent_body(self, index: int, body: Term) -> KbEntry | None:
        """The known organisation most recently named before token `index` whose name begins with the same noun
        («منظمة الهجرة الدولية» … «المنظمة»), or, for a non-governmental body's noun, any international or
        non-governmental organisation («هيومن رايتس ووتش» … «المنظمة»)."""
        head = token_bare(self.tokens[index])
        for span in reversed(self.spans):
            if span.end > index or span.label != "ORG":
                continue
            entry = next((e for e in span.entries if e.kind == "org"), None)
            if entry is None:
                if self._names_body_with(span, head):
                    # «منظمة «نور الحياة»» … «المنظمة»: the nearest body named with the same noun, though unknown, not a
                    # known one named before it
                    return None
                continue
            if token_bare(self.tokens[span.start]) == head:
                return entry
            if (
                body.sector == "NGO"
                and (entry.cameo or "").startswith(_ORGANISATION_CODES)
                and term_starting_at(self.tokens, span.start) is None  # not «المحكمة الجنائية الدولية»
            ):
                return entry
        return None

    def _names_body_with(self, span: Span, head: str) -> bool:
        """Does `span` name a body with the noun `head` in the construct state («منظمة «نور الحياة»», «هيئة
        الانتخابات»), the noun inside the span or right before it? A definite noun is a mention of a body named
        before («المنظمة الحقوقية»), not a new one."""
        for index in (span.start, self.previous_word(span.start)):
            if index is None:
                continue
            token = self.tokens[index]
            if token_bare(token) == head:
                return not self._definite(token)
        return False

    def _rank_in_construct(self, rank: Term, at: int, index: int) -> bool:
        """Is the rank at token `at` a common noun in the construct state with the definite title at `index` right
        after it («فريق المدرب»: the coach's team; a rank before a title is definite: «الفريق الركن»)?"""
        return (
            rank.sector == "MIL"
            and not rank.of
            and index == at + rank.words
            and "ال" not in self.tokens[at].prefixes
            and "ال" in self.tokens[index].prefixes
        )

    def _medium_spoken_to(self, found: Term, index: int, stop: int, term: Term | None, bodied: bool) -> bool:
        """«رئيس حزب الجمهوريين لإذاعة …»; not «الرئيس الأسبق لوكالة الاستخبارات», a state agency."""
        if found.kind != "institution" or found.sector != "MED":
            return False
        return self.read_body(found, index, stop).sector == "MED" and self._spoken_to(index, term, bodied)

    def _spoken_to(self, index: int, term: Term | None, bodied: bool) -> bool:
        """Is the medium named at token `index`, with «ل», whom the person spoke to, so the title ended before it?
        So after a title that has named its body («رئيس حزب الجمهوريين لإذاعة …») or one of another sector
        («قائد عملية تحرير عدن لـ«الشرق الأوسط»»); a journalist's title keeps it («مراسل لقناة الجزيرة»)."""
        if not bodied and (term is None or term.sector == "MED"):
            return False
        if "ل" in self.tokens[index].prefixes:
            return True
        before = index - 1
        while before >= 0 and self.tokens[before].text in _QUOTES:
            before -= 1
        return before >= 0 and self.tokens[before].text in ("لـ", "ل")

    def title_before(self, index: int) -> TitleParts | None:
        start, end = self._title_extent_before(index)
        if start >= end:
            return None
        parts = self._title_parts(start, end)
        return parts if parts[0] is not None else None

    def title_start(self, first: int) -> int | None:
        """Where the person title before the mention starting at token `first` starts («الرئيس الروسي» before
        «فلاديمير بوتين»), or None when no person title precedes it."""
        start, end = self._title_extent_before(first - 1)
        if start >= end:
            return None
        term = self._title_parts(start, end)[0]
        return start if term is not None and term.kind == "person" else None

    def _title_extent_before(self, index: int) -> tuple[int, int]:
        """The token range [start, end) of the title words (and the names inside them) that end at `index`."""
        end = index + 1
        if index >= 0 and self._comma_at(index):
            index -= 1
        start = index + 1
        steps = 0
        crossed = -1  # where the last name crossed ends, while no title word has been read before it
        nearest: tuple[Term, int] | None = None  # the title word read first (the nearest the name) and its end
        while index >= 0 and steps < 8:
            token = self.tokens[index]
            if token.text in _QUOTES:
                index -= 1
                continue
            if token.kind == "punct":
                break
            covering = self.mask[index]
            if covering is not None:
                if self.spans[covering].label == "PERS" and not self._envoy_of(self.spans[covering]):
                    break
                crossed = self.spans[covering].end if self._subject_before_title(self.spans[covering]) else -1
                index = self.spans[covering].start - 1
                start = index + 1
                steps += 1
                continue
            key = token_bare(token)
            term = term_ending_at(self.tokens, index)
            known = (
                term is not None
                or key in self.roles.modifiers
                or key in _HOSTS
                or key in ("اسم", "شؤون", "عام", "دائم", "خاص")  # «باسم» without its «ب»
            )
            if not known:
                portfolio = self._portfolio_head(index)
                if portfolio is None:
                    break
                term, index = term_ending_at(self.tokens, portfolio), portfolio
            if term is not None and nearest is not None and self._another_holder(term, index, nearest):
                # «استقبل الملك الأردني السفير فلان»: the king received the ambassador; the gentilic is the king's
                start = nearest[1] - nearest[0].words + 1
                crossed = -1
                break
            if term is not None and nearest is None:
                nearest = (term, index)
            # «مبعوث الأمين العام للأمم المتحدة»: a term of several words is crossed whole, so the title reaches the
            # word before it
            first = index - term.words + 1 if term is not None else index
            start = first
            crossed = -1
            index = first - 1
            steps += 1
            opens = _opens_phrase(self.tokens[first]) and token_bare(self.tokens[first]) not in _TITLE_LINKS
            if opens and not (key in self.roles.modifiers and "و" not in self.tokens[first].prefixes):
                break  # «التقى الوزير بمبعوث …»: a preposition or «و» on the word starts the title («بالنيابة» not)
        if crossed != -1:
            start = crossed  # «اعتقلت تركيا القس الأمريكي فلان»: a title opens on a title word, not on a name
        return start, end

    def _another_holder(self, term: Term, end: int, nearest: tuple[Term, int]) -> bool:
        """Is the definite office word ending at `end` another person's than the definite envoy's title read after
        it, nearer the name («استقبل الملك الأردني السفير فلان»: the king received the ambassador; each has its own
        article)? Not an office in the genitive («المبعوث الخاص للأمين العام فلان»)."""
        near, near_end = nearest
        if term.kind != "person" or not near.host or term.host or term.role == near.role:
            return False
        near_first = self.tokens[near_end - near.words + 1]
        first = self.tokens[end - term.words + 1]
        return near_first.prefixes == ("ال",) and first.prefixes[-1:] == ("ال",) and first.prefixes[:1] != ("ل",)

    def _envoy_of(self, span: Span) -> bool:
        """Is the known person of `span` whose envoy the title word right before it names («سفير خادم الحرمين
        الشريفين لدى …», «مبعوث الرئيس فلان إلى …»: the construct state, no article)? Then the title goes on past the
        name, and the person's country is the envoy's."""
        before = span.start - 1
        term = term_ending_at(self.tokens, before) if before >= 0 else None
        if term is None or not term.host or term.kind != "person":
            return False
        if "ال" in self.tokens[before - term.words + 1].prefixes:
            return False
        return any(entry.kind == "person" and entry.country for entry in span.entries)

    def _subject_before_title(self, span: Span) -> bool:
        """A country's or capital's name right before a definite title word («اعتقلت تركيا القس الأمريكي فلان») is
        the verb's subject, not part of the title: in a title, a country's name comes after its office word
        («وزير خارجية روسيا»), and a gentilic or a body before a title is the title's own («البحريني الشيخ فلان»)."""
        entry = next(iter(span.entries), None)
        if entry is None or entry.kind not in ("country", "capital") or span.end >= len(self.tokens):
            return False
        after = self.tokens[span.end]
        return "ال" in after.prefixes and term_starting_at(self.tokens, span.end) is not None

    def _portfolio_head(self, index: int) -> int | None:
        """«وزير الثقافة والسياحة التركي»: definite words no list knows, up to three, after a title that is an office
        of its own (the minister's portfolio); the position of that title's last word, or None."""
        for back in range(index, max(index - 3, 0), -1):
            token = self.tokens[back]
            if token.kind != "word" or "ب" in token.prefixes or self.mask[back] is not None:
                return None
            # a body's name may be a word the analyser keeps whole («المحاسبات»); a portfolio's must read as definite
            term = term_ending_at(self.tokens, back - 1)
            if term is not None and self._headed_body(term, back - 1) and self._definite(token):
                return back - 1  # «رئيس جهاز المحاسبات المصري»: a known kind of body with a name no list knows
            if "ال" not in token.prefixes:
                return None
            if term is not None and term.kind == "person" and not term.of:
                return back - 1  # not «مدير المركز»: the head of a body no list knows says nothing of its sector
            if term is not None and term.kind == "person" and self._department_of_body(index + 1):
                return back - 1  # «مدير الوقاية بوزارة الصحة»: the head of a department of the body named after it
        return None

    def _department_of_body(self, index: int) -> bool:
        """Does a body's name open at `index` with «ب» or after «في» («… بوزارة الصحة», «… في وزارة الصحة»), so
        that the definite words before it name one of its departments?"""
        if index < len(self.tokens) and token_bare(self.tokens[index]) == "في":
            index += 1
        elif index >= len(self.tokens) or "ب" not in self.tokens[index].prefixes:
            return False
        covering = self.mask[index] if index < len(self.tokens) else None
        return covering is not None and self.spans[covering].label == "ORG" and self.spans[covering].start == index

    def _headed_body(self, term: Term, end: int) -> bool:
        """Is the term ending at `end` a body with a sector of its own or of its officers («رئيس نادي الوحدة»), right
        after a person's title of it?"""
        if term.kind != "institution" or (term.sector is None and term.member_sector is None) or term.owned:
            return False
        head = term_ending_at(self.tokens, end - term.words) if end - term.words >= 0 else None
        return head is not None and head.kind == "person" and head.of

    def title_after(self, index: int) -> TitleParts | None:
        if self._comma_at(index):
            index += 1
        if index >= len(self.tokens):
            return None
        first = self.tokens[index]
        if "و" in first.prefixes:
            return None  # «لماي والرئيس الفرنسي»: a second person, not a title
        if first.prefixes[:1] == ("ل",):
            return None  # «وقال فلان لصحيفة …»: the outlet spoken to, not the employer
        if token_bare(first) in ("من", "في") or first.prefixes[:1] == ("ب",):
            # «ديان سوير من قناة أي بي سي»: the person speaks for the organisation named right after
            for look in range(index, min(index + 4, len(self.tokens))):
                covering = self.mask[look]
                if covering is not None and "ل" in self.tokens[self.spans[covering].start].prefixes:
                    return None  # «في تصريح لوكالة الأنباء الكويتية»: the outlet spoken to
                if covering is not None and self.spans[covering].label == "ORG":
                    entry = next((e for e in self.spans[covering].entries if e.kind == "org"), None)
                    if entry is not None:
                        return (None, [], None, entry)
            return None
        if term_starting_at(self.tokens, index) is None:
            return None
        stop = index
        while stop < len(self.tokens) and stop < index + 8:
            token = self.tokens[stop]
            if token.kind == "punct" and token.text not in _QUOTES:
                break
            if token.norm in self.roles.boundaries and token_bare(token) not in _HOSTS:
                break
            covering = self.mask[stop]
            person = covering is not None and self.spans[covering].label == "PERS"
            if person and covering is not None and not self._envoy_of(self.spans[covering]):
                break
            stop = self.spans[covering].end if covering is not None else stop + 1
        parts = self._title_parts(index, stop)
        return parts if parts[0] is not None else None

    def _institution_country_tokens(self, span: Span) -> list[int]:
        """Where an institution's country is said: inside its name, in the gentilic right after it, or after «في» /
        «لدى» right after it («مجلس النواب في العراق»); not in the clause that follows («… أن روسيا …»)."""
        out = list(range(span.start, span.end))
        after = span.end
        while after < len(self.tokens) and self.tokens[after].text in _QUOTES:
            after += 1
        after = self._past_portfolio(after)
        if token_bare(self.tokens[span.end - 1]) in self.roles.patron_words:
            return out  # «الميليشيات الموالية لإيران»: the country after backs the body; it is not its own
        if after < len(self.tokens):
            out.append(after)
            if token_bare(self.tokens[after]) in _HOSTS and after + 1 < len(self.tokens):
                out.append(after + 1)
        return out

    def _past_portfolio(self, index: int) -> int:
        """Past a second portfolio coordinated with a body's name, up to a gentilic («وزارة الحج والعمرة السعودية»,
        «وزارة الزراعة والثروة السمكية العمانية»): definite words no list knows, the first with «و»; where the
        gentilic would be, or `index` when there is no such portfolio. Another body («والسفارة الأمريكية») is none."""
        tokens = self.tokens
        first = tokens[index] if index < len(tokens) else None
        if first is None or first.prefixes[:2] != ("و", "ال") or self.mask[index] is not None:
            return index
        cursor = index
        while cursor < len(tokens) and cursor - index < 3 and self.mask[cursor] is None:
            token = tokens[cursor]
            if token.kind != "word" or not self._definite(token) or term_starting_at(tokens, cursor) is not None:
                return index
            cursor += 1
        covering = self.mask[cursor] if cursor < len(tokens) else None
        if covering is None or not any(e.kind == "demonym" for e in self.spans[covering].entries):
            return index
        return cursor

    def _seat_after(self, span: Span) -> KbEntry | None:
        """The place or international organisation named with «في» or «ب» right after a body's name: where, or whose,
        the body is («وزارة الصحة بقطاع غزة», «مكتب … في الأمم المتحدة»). A place must be a known one of a single
        country; an organisation must be an IGO."""
        after = span.end
        if after < len(self.tokens) and self.tokens[after].norm == "في":
            after += 1
        elif after >= len(self.tokens) or "ب" not in self.tokens[after].prefixes:
            return None
        if after >= len(self.tokens):
            return None
        place_noun = term_starting_at(self.tokens, after)
        if self.mask[after] is None and place_noun is not None and place_noun.kind == "place":
            after += place_noun.words  # «بقطاع غزة», «في مدينة طرابلس»
        covering = self.mask[after] if after < len(self.tokens) else None
        if covering is None or self.spans[covering].start != after:
            return None
        entries = self.spans[covering].entries
        entry = next(iter(entries), None)
        if entry is None:
            return None
        if entry.kind == "org":
            return entry if (entry.cameo or "").startswith("IGO") else None
        places = [e for e in entries if e.kind in ("place", "capital", "seat")]
        if places and len({e.country for e in places}) == 1 and places[0].country:
            return places[0]
        return None

    def _coordinated_country(self, span: Span) -> str | None:
        """«البيت الأبيض أو وزارة الخارجية», «الكرملين ووزارة الدفاع»: a body named with «و»/«أو» right after one
        whose country is known is of the same country."""
        before = span.start - 1
        if before >= 0 and self.tokens[before].norm == "او":
            before -= 1
        elif "و" not in self.tokens[span.start].prefixes:
            return None
        covering = self.mask[before] if before >= 0 else None
        if covering is None or self.spans[covering].end != before + 1:
            return None
        entry = next(iter(self.spans[covering].entries), None)
        if entry is None or entry.kind not in ("org", "country", "seat", "capital") or not entry.country:
            return None
        return entry.country

    def _country_named(self, index: int) -> KbEntry | None:
        """The country whose name is the word at `index`, if it is one."""
        token = self.tokens[index]
        if token.kind != "word" or token.prefixes:
            return None
        return next((e for e in self.kb.lookup(token.text) if e.kind == "country" and e.country), None)

    def _city_in_name(self, start: int, stop: int) -> str | None:
        """«جامعة بوسطن», «بلدية إسطنبول»: a city named right after the body word of an unknown body is where the body
        is. Only a capital or a city of at least `DESCRIPTIVE_TOWN` people, ten times larger than any namesake
        abroad: smaller places are too often common words or people's names («الدعوة», «صباح»), and a newspaper's
        name is full of foreign words that are some capital's name («ديلي»), so media are not read this way."""
        for last in range(min(stop, start + 3), start, -1):
            words = self.tokens[start:last]
            if any(t.kind != "word" for t in words):
                continue
            found = [
                e
                for e in self.kb.lookup(" ".join(t.text for t in words))
                if e.kind in ("capital", "seat", "place") and e.country
            ]
            if not found:
                continue
            found.sort(key=lambda e: -e.population)
            rival = next((e.population for e in found if e.country != found[0].country), 0)
            if found[0].population >= max(DESCRIPTIVE_TOWN, 10 * rival):
                return found[0].country  # Boston, Massachusetts, not the English market town
            return None
        return None

    def waterway(self, index: int) -> Actor | None:
        """«قناة السويس»: a known place's name after a waterway word is the canal, in that place's country."""
        if index >= len(self.tokens):
            return None
        places = [e for e in self.kb.lookup_key(token_bare(self.tokens[index])) if e.kind in ("place", "capital")]
        # a town of size wherever it is («السويس»), else one in the article's country; not «قناة أون تي», a
        # village abroad that shares a channel's name
        towns = [e for e in places if e.kind == "capital" or e.population >= FOREIGN_TOWN]
        focus = self.focus_at(index)
        place = best_place(tuple(towns or [e for e in places if e.country in focus]), focus)
        if place is None:
            return None
        info = self.kb.country(place.country)
        if info is None:
            return None
        return Actor(None, None, None, info.iso3, info.cameo, None, None, "places")

    def _unlisted_body(self, span: Span) -> KbEntry | None:
        """An organisation the knowledge base does not know, as an entry with the country and sector its own
        words give («هيئة الانتخابات التونسية» → TUNGOV); None when they give no sector."""
        actor = self.institution(span)
        if actor is None or actor.sector is None or actor.kb_source != "title":
            return None
        return KbEntry("", "org", "", None, actor.country, actor.cameo, actor.sector)

    def read_body(self, term: Term, start: int, stop: int) -> Term:
        """The body word at tokens[start] as the words after it, up to `stop`, read it: «وكالة الفضاء» is a state
        agency where «وكالة إنترفاكس» is a news agency; a generic body takes the sector of a more specific body word
        right after it («جهاز الأمن»)."""
        longer = term_starting_at(self.tokens, start)
        if longer is not None and longer.words > term.words and start + longer.words <= stop:
            term = longer  # «وكالة» before «الأنباء» is the term «وكالة أنباء»
        after = start + term.words
        reads_definite = (
            term.definite_sector is not None
            and after < stop
            and self._definite(self.tokens[after])
            and not self.spans_start_known_org(after)
            # not «وكالة الأناضول للأنباء»: a word of the body's own sector later in the name (or right after the
            # words read, where a tagger's span may stop) keeps that reading
            and not any(self._body_of_sector(i, term.sector) for i in range(after, min(stop + 1, len(self.tokens))))
        )
        if reads_definite:
            term = replace(term, sector=term.definite_sector, role=term.definite_role or term.role, generic=True)
        if term.generic:
            return self._specific_body(after, stop) or term
        return term

    def _body_of_sector(self, index: int, sector: str | None) -> bool:
        if self.roles.sector_words.get(token_bare(self.tokens[index])) == sector:
            return True
        found = term_starting_at(self.tokens, index)
        return found is not None and found.kind == "institution" and found.sector == sector

    def _definite(self, token: Token) -> bool:
        return token.kind == "word" and ("ال" in token.prefixes or (not token.prefixes and token.text.startswith("ال")))

    def _specific_body(self, start: int, stop: int) -> Term | None:
        """A body word with a sector of its own right at tokens[start], inside the name ending before `stop`
        («الأمن» in «جهاز الأمن الوقائي»; not «البحرية» at the end of a transport agency's name)."""
        if start >= stop:
            return None
        term = term_starting_at(self.tokens, start)
        if term is not None and term.kind == "institution" and term.sector and not term.generic:
            return term
        return None

    def institution(self, span: Span) -> Actor | None:
        """An organisation unknown to the knowledge base: «وزارة الدفاع» + «الإسرائيلية» → ISRGOV."""
        own = term_starting_at(self.tokens, span.start)
        if own is not None:
            term: Term | None = self.read_body(own, span.start, span.end)
        else:  # «وكالة» + «المسح الجيولوجي الأمريكية»: the body word before the name, read with the name
            term = self.head_term(span.start - 1, stop=span.end)[0]
        if term is not None and term.waterway:
            waterway = self.waterway(span.start + (own.words if own is not None else 0))
            if waterway is not None:
                return waterway
        opening = token_bare(self.tokens[span.start])
        party = term is None and opening in self.roles.party_heads and span.end > span.start + 1
        if not party and (term is None or term.sector is None):
            return None
        if term is not None and term.kind == "person" and (term.of or term.person_only):
            return None  # «رئيس حزب الدستور»: the party is what the president heads; «فريق البيسبول» is a team
        country: str | None = None
        region: str | None = None
        for index in self._institution_country_tokens(span):
            covering = self.mask[index]
            if covering is None:
                continue
            covered = self.spans[covering]
            entry = covered.entries[0] if covered.entries else None
            if covered is span and index > span.start:
                # «الخطوط الجوية الهندية», «مجلة فوربس الأمريكية»: a gentilic inside the name
                entry = self.kb.find_demonym(self.tokens[index].text)
                if entry is None and term is not None and term.sector == "MED":
                    entry = self._country_named(index)  # «صحيفة لاليبر بلجيكا»: a medium named after its country
            if entry is not None and entry.kind in ("country", "demonym", "capital") and entry.country:
                country = entry.country
                break
            if entry is not None and entry.kind == "demonym" and entry.cameo and not entry.needs_head and not region:
                region = entry.cameo  # «البنك المركزي الأوروبي»: a region's body, in none of its countries
        if country is None and region is not None and term is not None and term.sector is not None:
            return Actor(None, None, None, None, region + term.sector, term.sector, term.role, "title")
        source = "title"
        if country is None and own is not None and term is not None and term.sector != "MED":
            country = self._city_in_name(span.start + own.words, span.end)
        seat = self._seat_after(span) if country is None else None
        if seat is not None and seat.kind == "org":
            # «منظمة تنسيق الشؤون الإنسانية في الأمم المتحدة»: a body of an international organisation is its own
            return Actor(None, None, None, None, seat.cameo, None, term.role if term else None, "title")
        if seat is not None:
            country = seat.country  # «وزارة الصحة بقطاع غزة», «وزارة الداخلية في طرابلس»
        if country is None:
            country = self._coordinated_country(span)
        if country is None and (scene := self.scene_country(span.start)) is not None:
            country, source = scene, "title+scene"
        if country is None and (term is None or not term.roams) and (focus := self.focus_at(span.start)):
            # (an association or channels named without a country are as often foreign as the article's; the people
            # heading them mostly are the article's)
            country, source = focus[0], "title+focus"
        if country is None:
            return None
        info = self.kb.country(country)
        root = info.cameo if info else country
        if term is None or term.sector is None:  # a party: whether it governs is not in the words
            return Actor(None, None, None, country, root, None, "party", source)
        return Actor(None, None, None, country, root + term.sector, term.sector, term.role, source)
