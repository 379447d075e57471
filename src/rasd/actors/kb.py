"""The actor knowledge base: countries, demonyms, regions, capitals, places, organisations and people.

Stable API for other stages (quotes, events, store):

    from rasd.actors.kb import knowledge_base, name_key
    kb = knowledge_base()                      # loaded once per process
    kb.lookup("الروسية")                       # every entry whose name has that key (here the demonym of RUS)
    kb.country("RUS")                          # Country record (names, capitals, coordinates)
    kb.find_country("روسيا الاتحادية")         # Country or None
    kb.find_demonym("الروسيين")                # KbEntry of kind "demonym" or None
    kb.find_org("الأمم المتحدة")               # KbEntry of kind "org" (cameo IGOUNO) or None
    kb.find_person("فلاديمير بوتين", date)      # (KbEntry, Office) valid on `date` or None
    kb.geocode("دوشنبه", prefer=("TJK",))      # Place with country and coordinates, or None

Names are matched by `name_key`: the matching-normal form (rasd.text.normalize) with punctuation dropped and the
article ال removed from each word, so «الأمم المتحدة», «أمم متحدة» and «للأمم المتحدة» (after clitic removal) meet.
A word written with a hamza on its first alif («ألمانيا», «ألبان») has no article: its «ال» stays, so «ألبان» does
not become «بان» and meet the function word «بأن».
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from rasd.actors.user import UserActor, user_actors
from rasd.caches import remember, word_cache
from rasd.resources import data_path, load_json
from rasd.text.normalize import devocalize, normalize

EntryKind = Literal["country", "region", "demonym", "capital", "seat", "place", "org", "person"]

RECENT = dt.timedelta(days=45)
_PUNCT = re.compile(r"[\"'«»“”‘’()\[\]{}#_،,.:;!?؟\-–—/\\]+")


def strip_article(word: str) -> str:
    """«الروسية» → «روسيه» (matching form); short words keep their letters («الى» is not an article + «ى»)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


_HAMZA_AL = ("أل", "إل", "آل")


# called for every token window the linker and the role parser look at: a plain dict, which a compiled caller
# reads without calling through a `functools.cache` wrapper
_NAME_KEYS: dict[str, str] = {}
_NAME_KEYS_LIMIT = 300_000
word_cache(_NAME_KEYS.clear)


def name_key(text: str) -> str:
    """The lookup key of a name: normal form, punctuation as space, article removed from every word."""
    found = _NAME_KEYS.get(text)
    if found is None:
        found = remember(_NAME_KEYS, text, _name_key(text), _NAME_KEYS_LIMIT)
    return found


def _name_key(text: str) -> str:
    words = _PUNCT.sub(" ", devocalize(text)).split()
    return " ".join(normalize(w) if w.startswith(_HAMZA_AL) else strip_article(normalize(w)) for w in words)


@cache
def _spelling() -> tuple[re.Pattern[str], frozenset[str], int, frozenset[str]]:
    spec = load_json("actors", "spelling.json")
    return (
        re.compile(f"[{spec['long_vowels']}]"),
        frozenset(spec["foreign_articles"]),
        int(spec["min_letters"]),
        frozenset(spec["native_script_countries"]),
    )


def spelling_key(text: str) -> str | None:
    """A transcription-tolerant key (data/actors/spelling.json): `name_key` without the long vowels after each
    word's first letter and without doubled letters, so the many Arabic spellings of a foreign name meet. None when
    too short to be safe."""
    long_vowels, articles, min_letters, _ = _spelling()
    words = [w for w in name_key(text).split() if w not in articles]
    skeleton = [re.sub(r"(.)\1+", r"\1", w[0] + long_vowels.sub("", w[1:])) for w in words if w]
    key = " ".join(skeleton)
    return key if len(key.replace(" ", "")) >= min_letters else None


# `spelling_key` of the names met in text (the linker asks for every candidate name, each a few regular-expression
# passes), remembered; the knowledge base's own names are keyed once at load, outside this cache
_SPELLING_KEYS: dict[str, str | None] = {}
_SPELLING_KEYS_LIMIT = 100_000
word_cache(_SPELLING_KEYS.clear)


def _text_spelling_key(text: str) -> str | None:
    if text in _SPELLING_KEYS:
        return _SPELLING_KEYS[text]
    return remember(_SPELLING_KEYS, text, spelling_key(text), _SPELLING_KEYS_LIMIT)


def _file_spelling(table: dict[str, KbEntry | None], name: str, entry: KbEntry) -> None:
    """File `entry` under the spelling key of `name`; a key two entries share names neither."""
    key = spelling_key(name)
    if key is not None:
        known = table.get(key, entry)
        table[key] = entry if known is not None and known.id == entry.id else None


def hamzaless_key(text: str) -> str | None:
    """The key of a hamza-initial name as often typed without the hamza («المانيا» for «ألمانيا» → «مانيا»), when
    what is left is long enough not to be a common word («ألبان» would give «بان»)."""
    words = _PUNCT.sub(" ", devocalize(text)).split()
    if not any(w.startswith(_HAMZA_AL) for w in words):
        return None
    key = " ".join(strip_article(normalize(w)) for w in words)
    return key if all(len(w) >= 4 for w in key.split()) else None


@dataclass(frozen=True, slots=True)
class Office:
    """A role a person held: `code` is the CAMEO root (ISO3 country or an IGO/NGO/IMG code)."""

    code: str
    sector: str
    role: str
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class KbEntry:
    id: str
    kind: EntryKind
    name_ar: str
    name_en: str | None = None
    country: str | None = None  # ISO 3166 alpha-3
    cameo: str | None = None  # the CAMEO code the entry denotes on its own (RUS, IGOUNO, USAGOV, AFGINS)
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    scannable: bool = True  # safe to recognise in running text without a named-entity model
    needs_head: bool = False  # a regional adjective that denotes an actor only after a noun such as «الدول»
    offices: tuple[Office, ...] = ()
    source: str = "rasd"

    def office_on(self, day: dt.date | None) -> Office | None:
        """The office held on `day`; without a date, or between offices, the latest one that started before."""
        if not self.offices:
            return None
        if day is not None:
            for office in self.offices:
                if office.holds_on(day):
                    return office
            for office in self.offices:
                # news about a resignation or a death still names the office just left
                if office.end is not None and office.end < day <= office.end + RECENT:
                    return office
            earlier = [o for o in self.offices if o.start is None or o.start <= day]
            if earlier:
                last = max(earlier, key=lambda o: o.start or dt.date.min)
                return Office(last.code, "ELI", f"former {last.role}", last.start, last.end)
            return None
        return max(self.offices, key=lambda o: o.start or dt.date.min)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    cameo: str
    name_en: str
    name_ar: str
    capitals: tuple[str, ...]
    lat: float | None
    lon: float | None


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    entries: dict[str, list[KbEntry]] = field(default_factory=lambda: defaultdict(list))
    max_words: int = 1
    surnames: dict[str, list[KbEntry]] = field(default_factory=lambda: defaultdict(list))
    _prefixes: frozenset[str] | None = None
    _first_names: frozenset[str] | None = None
    org_spellings: dict[str, KbEntry | None] = field(default_factory=dict)  # spelling_key → org (None: ambiguous)
    person_spellings: dict[str, KbEntry | None] = field(default_factory=dict)  # full names of foreign people
    _shared_starts: frozenset[str] | None = None
    # name key → the football confederation sports news calls by a union's name (data/actors/sport_bodies.json)
    sport_bodies: dict[str, KbEntry] = field(default_factory=dict)
    sport_words: frozenset[str] = frozenset()  # name keys of the words that make a sentence a sports one
    # name key → the other countries whose government went by that name (data/actors/shared_government_names.json)
    government_names: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, name: str, entry: KbEntry, *, first: bool = False) -> None:
        """File `entry` under `name`'s keys, after the entries already there (`first`: before them)."""
        for key in (name_key(name), hamzaless_key(name)):
            if not key:
                continue
            bucket = self.entries[key]
            if any(e.id == entry.id and e.kind == entry.kind for e in bucket):
                continue
            if first:
                bucket.insert(0, entry)
            else:
                bucket.append(entry)
            self.max_words = max(self.max_words, key.count(" ") + 1)

    def lookup(self, name: str, *, key: str | None = None) -> tuple[KbEntry, ...]:
        return tuple(self.entries.get(key if key is not None else name_key(name), ()))

    def lookup_key(self, key: str) -> tuple[KbEntry, ...]:
        return tuple(self.entries.get(key, ()))

    def starts_a_name(self, key: str) -> bool:
        """Whether some name's key begins with these whole words (for scanning text without trying every window)."""
        return key in self.name_prefixes()

    def name_prefixes(self) -> frozenset[str]:
        """Every run of a name's first words (the keys `starts_a_name` accepts)."""
        if self._prefixes is None:
            prefixes: set[str] = set()
            for name in self.entries:
                words = name.split(" ")
                prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
            self._prefixes = frozenset(prefixes)
        return self._prefixes

    def shared_country_start(self, key: str) -> bool:
        """Whether these words begin the names of two countries or more and name none alone: «كوريا» (North and
        South Korea), «غينيا» — a name that says no one country."""
        if self._shared_starts is None:
            countries: dict[str, set[str]] = defaultdict(set)
            for name, found in self.entries.items():
                words = name.split(" ")
                for entry in found:
                    if entry.kind == "country" and entry.country:
                        for n in range(1, len(words)):
                            countries[" ".join(words[:n])].add(entry.country)
            self._shared_starts = frozenset(k for k, codes in countries.items() if len(codes) > 1)
        return key in self._shared_starts and not any(e.kind == "country" for e in self.lookup_key(key))

    def is_first_name(self, word: str) -> bool:
        """Whether some person's full name in the knowledge base starts with this word (a name key)."""
        if self._first_names is None:
            self._first_names = frozenset(
                key.split(" ")[0]
                for key, found in self.entries.items()
                if " " in key and any(e.kind == "person" for e in found)
            )
        return word in self._first_names

    def people_by_surname(self, word: str) -> tuple[KbEntry, ...]:
        """People whose full name ends with this word (a name key: «ماي» → Theresa May, …)."""
        return tuple(self.surnames.get(word, ()))

    def country(self, iso3: str | None) -> Country | None:
        return self.countries.get(iso3 or "")

    def _first(self, name: str, kinds: tuple[EntryKind, ...]) -> KbEntry | None:
        for entry in self.lookup(name):
            if entry.kind in kinds:
                return entry
        return None

    def find_country(self, name: str) -> Country | None:
        entry = self._first(name, ("country",))
        return self.country(entry.country) if entry else None

    def find_demonym(self, word: str) -> KbEntry | None:
        return self._first(word, ("demonym",))

    def find_org(self, name: str) -> KbEntry | None:
        return self._first(name, ("org",))

    def find_org_by_spelling(self, name: str) -> KbEntry | None:
        """An organisation whose foreign name is transcribed with other long vowels («أسوشييتد بريس» for
        «أسوشيتد برس», «ذي إيكونومست» for «الإيكونوميست»), when only one organisation is spelt that way."""
        key = _text_spelling_key(name)
        return self.org_spellings.get(key) if key else None

    def find_person_by_spelling(self, name: str) -> KbEntry | None:
        """A person with a foreign full name transcribed another way («فلاديمير بوتن» for «فلاديمير بوتين»)."""
        key = _text_spelling_key(name) if " " in name.strip() else None
        return self.person_spellings.get(key) if key else None

    def find_person(self, name: str, day: dt.date | None = None) -> tuple[KbEntry, Office | None] | None:
        entry = self._first(name, ("person",))
        return (entry, entry.office_on(day)) if entry else None

    def geocode(self, name: str, prefer: tuple[str, ...] = ()) -> KbEntry | None:
        """The place a name most likely denotes: a country or capital first, then the preferred countries' places,
        then the most populous."""
        return best_place(self.lookup(name), prefer)


def best_place(entries: tuple[KbEntry, ...], prefer: tuple[str, ...] = ()) -> KbEntry | None:
    places = [e for e in entries if e.kind in ("country", "capital", "seat", "place", "region") and e.lat is not None]
    if not places:
        return None
    rank = {code: i for i, code in enumerate(prefer)}

    def score(entry: KbEntry) -> tuple[int, int, int]:
        primary = 0 if entry.kind in ("country", "capital", "seat") else 1
        preferred = rank.get(entry.country or "", len(rank))
        return (preferred if preferred < len(rank) else len(rank), primary, -entry.population)

    return min(places, key=score)


def _date(value: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    if len(value) == 4:
        return dt.date(int(value), 1, 1)
    return dt.date.fromisoformat(value[:10])


def _cameo(code: str, sector: str) -> str:
    return code if code.startswith(("IGO", "NGO", "IMG", "MNC")) else code + sector


def _load_countries(kb: KnowledgeBase) -> None:
    data = load_json("actors", "countries.json")
    for item in data["countries"]:
        iso3 = item["iso3"]
        country = Country(
            iso3,
            item["iso2"],
            item["cameo"],
            item["name_en"],
            item["name_ar"],
            tuple(item["capitals"]),
            _coordinate(item["lat"]),
            _coordinate(item["lon"]),
        )
        kb.countries[iso3] = country
        for name in item["names"]:
            kb.add(
                name,
                KbEntry(
                    iso3,
                    "country",
                    item["name_ar"],
                    item["name_en"],
                    iso3,
                    item["cameo"],
                    lat=_coordinate(item["lat"]),
                    lon=_coordinate(item["lon"]),
                    population=10**9,
                ),
            )
        for form in item["demonyms"]:
            kb.add(form, KbEntry(iso3, "demonym", item["name_ar"], item["name_en"], iso3, item["cameo"]))
        for form in item.get("head_demonyms", ()):
            entry = KbEntry(iso3, "demonym", item["name_ar"], item["name_en"], iso3, item["cameo"], needs_head=True)
            kb.add(form, entry)
    for item in data["regions"]:
        for name in item["names"]:
            kb.add(name, KbEntry(item["code"], "region", item["name_ar"], None, None, item["code"]))
        for form in item["demonyms"]:
            kb.add(
                form,
                KbEntry(
                    item["code"], "demonym", item["name_ar"], None, None, item["code"], needs_head=item["needs_head"]
                ),
            )


_PlaceRow = tuple[str, str, str, str, str, str]  # name_ar, name_en, country, lat, lon, population


def _place_rows() -> list[_PlaceRow]:
    with gzip.open(data_path("actors", "places.tsv.gz"), "rt", encoding="utf-8") as fh:
        next(fh)
        return [tuple(line.rstrip("\n").split("\t")[:6]) for line in fh]  # type: ignore[misc]


def _curated_places() -> tuple[set[tuple[str, str]], list[_PlaceRow]]:
    """Corrections to the generated place list (`places_curated.tsv`): rows to drop, a name and a country (foreign
    places the source data wrote with the Arabic name of a famous region), and regions the news names daily that it
    lacks («الجولان», «سيناء», «دارفور»)."""
    dropped: set[tuple[str, str]] = set()
    added: list[_PlaceRow] = []
    with data_path("actors", "places_curated.tsv").open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            action, name_ar, name_en, iso3, lat, lon, population, _note = line.rstrip("\n").split("\t")
            if action == "drop":
                dropped.add((name_ar, iso3))
            else:
                added.append((name_ar, name_en, iso3, lat, lon, population))
    return dropped, added


def _load_places(kb: KnowledgeBase) -> None:
    capitals = {(name_key(c), iso3) for iso3, country in kb.countries.items() for c in country.capitals}
    data = load_json("actors", "countries.json")
    seats = {(name_key(s), item["iso3"]) for item in data["countries"] for s in item["seats"]}
    located: set[tuple[str, str]] = set()
    dropped, added = _curated_places()
    for name_ar, name_en, iso3, lat, lon, population in [*_place_rows(), *added]:
        if (name_ar, iso3) in dropped:
            continue
        key = name_key(name_ar)
        is_capital = (key, iso3) in capitals
        located.add((key, iso3))
        country = kb.countries.get(iso3)
        kb.add(
            name_ar,
            KbEntry(
                f"{iso3}:{name_en or name_ar}",
                "capital" if is_capital else "place",
                name_ar,
                name_en or None,
                iso3,
                country.cameo if country else iso3,
                lat=float(lat),
                lon=float(lon),
                population=int(population) + (10**8 if is_capital else 0),
                scannable=is_capital,
            ),
        )
    for iso3, country in kb.countries.items():
        for capital in country.capitals:
            if (name_key(capital), iso3) not in located:
                kb.add(
                    capital,
                    KbEntry(
                        f"{iso3}:capital",
                        "capital",
                        capital,
                        None,
                        iso3,
                        country.cameo,
                        lat=country.lat,
                        lon=country.lon,
                        population=10**8,
                    ),
                )
    for key_iso in seats:
        key, iso3 = key_iso
        country = kb.countries[iso3]
        seat_name = next(
            s for item in data["countries"] if item["iso3"] == iso3 for s in item["seats"] if name_key(s) == key
        )
        kb.add(
            seat_name,
            KbEntry(
                f"{iso3}:seat:{key}",
                "seat",
                seat_name,
                None,
                iso3,
                country.cameo + "GOV",
                sector="GOV",
                lat=country.lat,
                lon=country.lon,
                population=10**8,
            ),
        )


def _load_orgs(kb: KnowledgeBase) -> None:
    for item in load_json("actors", "orgs.json")["organizations"]:
        code = item["cameo"]
        country = code[:3] if code[:3] in kb.countries else None
        sector = code[3:6] if country and len(code) > 3 else None
        for name in item["names"]:
            entry = KbEntry(
                item["id"],
                "org",
                item["name_ar"],
                item["name_en"],
                country,
                code,
                sector=sector,
                scannable=not name.startswith("~"),
                source="rasd_curated",
            )
            kb.add(name.lstrip("~"), entry)
            _file_spelling(kb.org_spellings, name.lstrip("~"), entry)


def _load_sport_bodies(kb: KnowledgeBase) -> None:
    spec = load_json("actors", "sport_bodies.json")
    for name, org in spec["names"].items():
        confederation = next((e for key in kb.entries.values() for e in key if e.id == org and e.kind == "org"), None)
        if confederation is None:
            raise ValueError(f"sport_bodies.json: no organisation {org!r} in orgs.json")
        kb.sport_bodies[name_key(name)] = confederation
    kb.sport_words = frozenset(name_key(word) for word in spec["context_words"])


def _load_government_names(kb: KnowledgeBase) -> None:
    for name, countries in load_json("actors", "shared_government_names.json")["names"].items():
        kb.government_names[name_key(name)] = frozenset(countries)


def _load_people(kb: KnowledgeBase) -> None:
    offices: dict[str, list[Office]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    meta: dict[str, tuple[str, str]] = {}
    with gzip.open(data_path("actors", "people.tsv.gz"), "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            pid, name_en, names_ar, code, sector, role, start, end, source = line.rstrip("\n").split("\t")
            offices[pid].append(Office(code, sector, role, _date(start), _date(end)))
            for name in names_ar.split("|"):
                if name not in names[pid]:
                    names[pid].append(name)
            meta[pid] = (name_en, source)
    for pid, person_offices in offices.items():
        name_en, source = meta[pid]
        aliases = names[pid]
        latest = max(person_offices, key=lambda o: o.start or dt.date.min)
        country = latest.code if latest.code in kb.countries else None
        for alias in aliases:
            bare = alias.lstrip("*")
            single = " " not in bare.strip()
            entry = KbEntry(
                pid,
                "person",
                aliases[0].lstrip("*"),
                name_en or None,
                country,
                _cameo(latest.code, latest.sector),
                sector=latest.sector,
                offices=tuple(person_offices),
                source=source,
                scannable=alias.startswith("*") or (not single and source == "rasd_curated"),
            )
            kb.add(bare, entry)
            words = name_key(bare).split()
            if len(words) >= 2 and country not in _spelling()[3]:
                _file_spelling(kb.person_spellings, bare, entry)
            if len(words) >= 2 and not any(e.id == pid for e in kb.surnames[words[-1]]):
                kb.surnames[words[-1]].append(entry)


def _load_user_actors(kb: KnowledgeBase) -> None:
    """The dictionaries of RASD_ACTORS (rasd.actors.user), each entry before the built-in ones of its names."""
    people: dict[str, list[UserActor]] = defaultdict(list)
    for actor in user_actors():
        if actor.kind == "person":
            people[actor.id].append(actor)
            continue
        country = actor.code[:3] if actor.code[:3] in kb.countries else None
        entry = KbEntry(
            actor.id,
            "org",
            actor.names[0].lstrip("~").strip(),
            actor.name_en,
            country,
            actor.code,
            sector=actor.code[3:6] if country and len(actor.code) > 3 else None,
            source="user",
        )
        for name in actor.names:
            kb.add(name.lstrip("~").strip(), replace(entry, scannable=not name.startswith("~")), first=True)
    for pid, lines in people.items():
        offices = tuple(Office(*_office_code(kb, line.code), line.role or "", line.start, line.end) for line in lines)
        latest = max(offices, key=lambda o: o.start or dt.date.min)
        aliases = list(dict.fromkeys(name for line in lines for name in line.names))
        entry = KbEntry(
            pid,
            "person",
            aliases[0].lstrip("~").strip(),
            next((line.name_en for line in lines if line.name_en), None),
            latest.code if latest.code in kb.countries else None,
            office_cameo(latest),
            sector=latest.sector,
            offices=offices,
            source="user",
        )
        for alias in aliases:
            bare = alias.lstrip("~").strip()
            kb.add(bare, replace(entry, scannable=not alias.startswith("~")), first=True)
            words = name_key(bare).split()
            if len(words) >= 2 and not any(e.id == pid for e in kb.surnames[words[-1]]):
                kb.surnames[words[-1]].insert(0, entry)


def _office_code(kb: KnowledgeBase, code: str) -> tuple[str, str]:
    """A full actor code as an office's (root, sector): USAGOV → (USA, GOV); IGOUNO, NGOHRW stay whole."""
    if code[:3] in kb.countries:
        return code[:3], code[3:]
    return code, ""


@cache
def knowledge_base() -> KnowledgeBase:
    """The process-wide knowledge base (built once from the files under data/actors/, then the dictionaries of
    RASD_ACTORS: see rasd.actors.user)."""
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_orgs(kb)
    _load_sport_bodies(kb)  # before the places and people: it looks the confederations up among few entries
    _load_government_names(kb)
    _load_places(kb)
    _load_people(kb)
    _load_user_actors(kb)
    return kb


def office_cameo(office: Office) -> str:
    """The full CAMEO code of an office: RUS + GOV → RUSGOV; IGO/NGO/IMG codes stand alone."""
    return _cameo(office.code, office.sector)


def _coordinate(value: float | int | None) -> float | None:
    """Degrees as a float: the data file writes whole degrees as integers («35»), the output contract has numbers that
    are floats in every build (the compiled one converts an int stored in a float field, the pure one would not)."""
    return None if value is None else float(value)
