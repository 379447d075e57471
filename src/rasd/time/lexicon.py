"""The time lexicon: every word and phrase of `data/time/*.json`, in matching-normal form, with the role it plays.

Built once per process. A word may have several readings («الثانية» is an ordinal and the unit «second»,
«اليوم» is «today» and «the day»); the grammar picks by context.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import Any, Final

from rasd.resources import load_json
from rasd.text.normalize import normalize


class Cat(Enum):
    """The grammatical role of a lexicon reading."""

    MONTH = "month"  # value: month number; level: how much context it needs
    HMONTH = "hijri_month"
    WEEKDAY = "weekday"  # value: 0 = Monday
    CARD = "cardinal"  # value: int
    TEEN = "teen"  # «عشر» after a unit number
    ORD = "ordinal"  # value: int
    ORDC = "compound_ordinal"  # «الحادي» (only before «عشر» or «والعشرين»)
    FRAC = "fraction"  # value: float
    UNIT = "unit"  # value: (unit code, "1" | "2" | "pl")
    DEIXIS = "deixis"  # value: day offset from the anchor
    PART = "part_of_day"  # value: MO AF EV NI
    PART_ADV = "part_of_day_adverb"
    DIR = "direction"  # value: -1, 0, 1 or "next" (anaphoric «التالي»)
    NEAR = "demonstrative_near"
    FAR = "demonstrative_far"
    POSMOD = "position_modifier"  # value: START MID END
    QMOD = "quantity_modifier"  # value: APPROX MORE_THAN LESS_THAN; level 1: not part of the extent
    APPROX_AFTER = "approx_after"
    LATE = "late_early"  # value: START END
    PREP = "preposition"  # value: in since before after during until by from to on at with for elapse
    EVERY = "every"
    SET = "set"  # value: ISO period
    SEASON = "season"  # value: SP SU FA WI
    SEASON_NOUN = "season_noun"
    DECADE = "decade"  # value: tens digit
    ERA = "era"  # value: AH AD BC
    CORRESP = "corresponding"
    DAY_NOUN = "day_noun"
    MONTH_NOUN = "month_noun"
    CLOCK_NOUN = "clock_noun"
    CLOCK_FRAC = "clock_fraction"  # value: minutes
    MINUS = "minus"
    MINUTE_NOUN = "minute_noun"
    TZ = "timezone"
    FULL = "full"
    FEW = "few"
    FEW_AFTER = "few_after"
    VAGUE = "vague"  # value: PAST_REF PRESENT_REF FUTURE_REF
    HOLIDAY = "holiday"  # value: ("gregorian" | "hijri", "MM-DD")
    QUARTER_NOUN = "quarter_noun"
    HALF_NOUN = "half_noun"


@dataclass(frozen=True, slots=True)
class Lex:
    cat: Cat
    value: Any = None
    level: int = 0


ARTICLE_KEYS: Final = frozenset({"ال", "الـ"})  # a bare article may start a duration («الـ 24 ساعة»)


@dataclass(slots=True)
class Lexicon:
    words: dict[str, tuple[Lex, ...]] = field(default_factory=dict)
    # first word -> [(remaining words, readings)], longest first
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[Lex, ...]]]] = field(default_factory=dict)
    phrase_seconds: dict[str, frozenset[str]] = field(default_factory=dict)  # first word -> possible second words
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    future_cues: frozenset[str] = frozenset()
    past_overrides: frozenset[str] = frozenset()
    dateline_cues: tuple[tuple[str, ...], ...] = ()
    dateline_max_start: int = 120
    keys: frozenset[str] = frozenset()  # every key a word may have to start an item: words, phrase starts, article

    def add(self, form: str, lex: Lex, *, article: str = "no") -> None:
        """Register `form`; `article` is "no" (as written), "optional" (with and without «ال») or "required"."""
        words = normalize(form).split()
        if not words:
            return
        variants = [words]
        bare = words[0][2:] if words[0].startswith("ال") and len(words[0]) > 3 else None
        if article == "optional":
            variants.append(["ال" + words[0], *words[1:]] if bare is None else [bare, *words[1:]])
        for variant in variants:
            if len(variant) == 1:
                self.words[variant[0]] = _merge(self.words.get(variant[0], ()), lex)
            else:
                bucket = self.phrases.setdefault(variant[0], [])
                rest = tuple(variant[1:])
                for index, (other, readings) in enumerate(bucket):
                    if other == rest:
                        bucket[index] = (rest, _merge(readings, lex))
                        break
                else:
                    bucket.append((rest, (lex,)))
                    bucket.sort(key=lambda entry: -len(entry[0]))

    def lookup(self, word: str) -> tuple[Lex, ...]:
        return self.words.get(word, ())

    def in_set(self, name: str, word: str) -> bool:
        return word in self.sets.get(name, frozenset())


def _merge(readings: tuple[Lex, ...], lex: Lex) -> tuple[Lex, ...]:
    return readings if lex in readings else (*readings, lex)


def _normal_set(forms: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(f) for f in forms)


@cache
def lexicon() -> Lexicon:
    """The time lexicon, built once per process from the data files."""
    lex = Lexicon()
    _add_months(lex)
    _add_numbers(lex)
    _add_words(lex)
    holidays = load_json("time", "holidays.json")
    for calendar in ("gregorian", "hijri"):
        for form, month_day in holidays[calendar].items():
            lex.add(form, Lex(Cat.HOLIDAY, (calendar, month_day)), article="optional")
    tense = load_json("time", "tense.json")
    lex.future_cues = _normal_set(tense["future"])
    lex.past_overrides = _normal_set(tense["past_overrides"])
    lex.sets["future_after_min"] = _normal_set(tense["future_after_min"])
    lex.sets["past_clause_verbs"] = _normal_set(tense["past_clause_verbs"])
    lex.sets["future_adjectives"] = _normal_set(tense["future_adjectives"])
    lex.sets["clause_boundaries"] = _normal_set(tense["clause_boundaries"])
    dateline = load_json("time", "dateline.json")
    lex.dateline_cues = tuple(tuple(normalize(c).split()) for c in dateline["cues"])
    lex.dateline_max_start = int(dateline["dateline_max_start"])
    lex.phrase_seconds = {first: frozenset(rest[0] for rest, _ in entries) for first, entries in lex.phrases.items()}
    lex.keys = frozenset(lex.words) | frozenset(lex.phrases) | ARTICLE_KEYS
    return lex


def _add_months(lex: Lexicon) -> None:
    curated = load_json("time", "months.json")
    cldr = load_json("time", "months_cldr.json")
    for month, names in cldr["gregorian"].items():
        ambiguity = curated["gregorian"][month]["ambiguity"]
        for name in names:
            lex.add(name, Lex(Cat.MONTH, int(month), ambiguity.get(name, 0)))
    for cat, calendar in ((Cat.MONTH, "gregorian"), (Cat.HMONTH, "hijri")):
        for month, spec in curated[calendar].items():
            for name in spec["names"]:
                lex.add(name, Lex(cat, int(month), spec["ambiguity"].get(name, 0)))
    for day, names in cldr["weekdays"].items():
        for name in names:
            lex.add(name, Lex(Cat.WEEKDAY, int(day)))


def _add_numbers(lex: Lexicon) -> None:
    numbers = load_json("time", "numbers.json")
    for form, value in numbers["cardinals"].items():
        lex.add(form, Lex(Cat.CARD, value), article="optional")
    for form in numbers["teen"]:
        lex.add(form, Lex(Cat.TEEN))
    for form, value in numbers["ordinals"].items():
        lex.add(form, Lex(Cat.ORD, value), article="optional")
    for form, value in numbers["compound_ordinals"].items():
        lex.add(form, Lex(Cat.ORDC, value), article="optional")
    for form, value in numbers["fractions"].items():
        lex.add(form, Lex(Cat.FRAC, value), article="optional")
    lex.sets["multipliers"] = _normal_set(numbers["multipliers"])


def _add_words(lex: Lexicon) -> None:
    words = load_json("time", "words.json")
    for form, day in words["weekdays"]["forms"].items():
        lex.add(form, Lex(Cat.WEEKDAY, day))
    lex.sets["weekday_ambiguous"] = _normal_set(words["weekday_ambiguous"])
    for name in ("weekday_blockers_before", "weekday_blockers_after", "set_adjective_blockers_before"):
        lex.sets[name] = _normal_set(words[name])
    for unit, counts in words["units"].items():
        for count, forms in counts.items():
            for form in forms:
                lex.add(form, Lex(Cat.UNIT, (unit, count)), article="optional")
    lex.sets["unit_needs_number"] = _normal_set(words["unit_needs_number"])
    lex.sets["surface_blockers"] = frozenset(words["surface_blockers"])
    for form, offset in words["deictic_days"].items():
        lex.add(form, Lex(Cat.DEIXIS, offset))
    for part, forms in words["parts_of_day"].items():
        for form in forms:
            lex.add(form, Lex(Cat.PART, part))
    for form, part in words["part_adverbs"].items():
        lex.add(form, Lex(Cat.PART_ADV, part))
    lex.sets["part_verbs_lookalike"] = _normal_set(words["part_verbs_lookalike"])
    for direction, forms in words["directions"].items():
        value: int | str = "next" if direction == "next_anaphoric" else int(direction)
        for form in forms:
            lex.add(form, Lex(Cat.DIR, value))
    for form in words["demonstratives"]["near"]:
        lex.add(form, Lex(Cat.NEAR))
    for form in words["demonstratives"]["far"]:
        lex.add(form, Lex(Cat.FAR))
    simple_groups: list[tuple[str, Cat]] = [
        ("position_modifiers", Cat.POSMOD),
        ("quantity_modifiers", Cat.QMOD),
        ("late_early", Cat.LATE),
        ("era", Cat.ERA),
        ("seasons", Cat.SEASON),
        ("vague", Cat.VAGUE),
    ]
    for group, cat in simple_groups:
        for value, forms in words[group].items():
            for form in forms:
                lex.add(form, Lex(cat, value))
    lex.sets["position_modifier_needs_time_noun"] = _normal_set(words["position_modifier_needs_time_noun"])
    for form in words["approx_outside_extent"]:
        lex.add(form, Lex(Cat.QMOD, "APPROX", level=1))
    for form, role in words["prepositions"].items():
        lex.add(form, Lex(Cat.PREP, role))
    for form, period in words["sets"].items():
        lex.add(form, Lex(Cat.SET, period))
    for form, decade in words["decades"].items():
        lex.add(form, Lex(Cat.DECADE, decade), article="optional")
    for form, minutes in words["clock_fractions"].items():
        lex.add(form, Lex(Cat.CLOCK_FRAC, minutes))
    list_groups: list[tuple[str, Cat]] = [
        ("every", Cat.EVERY),
        ("approx_after", Cat.APPROX_AFTER),
        ("corresponding", Cat.CORRESP),
        ("day_noun", Cat.DAY_NOUN),
        ("month_noun", Cat.MONTH_NOUN),
        ("clock_noun", Cat.CLOCK_NOUN),
        ("clock_minus", Cat.MINUS),
        ("minute_noun", Cat.MINUTE_NOUN),
        ("timezone_cues", Cat.TZ),
        ("full", Cat.FULL),
        ("few", Cat.FEW),
        ("few_after", Cat.FEW_AFTER),
        ("season_noun", Cat.SEASON_NOUN),
    ]
    for group, cat in list_groups:
        for form in words[group]:
            lex.add(form, Lex(cat))
    for form in words["quarters"]["noun"]:
        lex.add(form, Lex(Cat.QUARTER_NOUN), article="optional")
    for form in words["quarters"]["half_noun"]:
        lex.add(form, Lex(Cat.HALF_NOUN), article="optional")
    for name in (
        "age_cues",
        "year_number_blockers_before",
        "season_blockers_after",
        "media_nouns",
        "observance_adjectives",
        "dual_year_nouns",
        "tomorrow_after_day_words",
        "partitives_before_plural_units",
        "units_also_prepositions",
        "first_day_words",
        "year_followers_ok",
        "age_cues_adjacent",
        "general_adjective_heads",
        "wire_timezones",
        "plural_unit_ambiguous",
    ):
        lex.sets[name] = _normal_set(words[name])
