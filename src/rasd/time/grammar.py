"""The time grammar: finds time expressions in the scanned items and reads what each one says (a `Meaning`).

At every item that can start a time expression, each pattern family is tried (calendar dates, day references,
clock times, relative units, durations, sets, seasons, decades, centuries, quarters, holidays, bare years, vague
references) and the longest parse wins. Extents follow the project's TIMEX3 guide: conjunctions and prepositions
in front stay out, except «منذ/قبل/بعد» when they turn a duration into a date; modifiers («مطلع», «نحو»,
«أكثر من», «الماضي») belong to the expression.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from rasd.text.normalize import normalize
from rasd.time.lexicon import ARTICLE_KEYS, Cat, Lexicon
from rasd.time.meaning import Meaning
from rasd.time.scan import Item, Items

_SEPARATORS = frozenset("/\\-–—")
_MIDNIGHT = "منتصف الليل"
_OR_AND = frozenset(normalize(w) for w in ("و", "أو"))
_RANGE_LINKS = frozenset(normalize(w) for w in ("إلى", "حتى", "غاية", "لغاية", "ولغاية", "و", "-", "–", "—"))
# in matching-normal form, as item keys are («إلى» → «الي»)
_CONNECTORS = frozenset(normalize(w) for w in ("و", "أو", "إلى", "حتى", "-", "–", "—"))
# Prepositions in front of which a lone month, season or year reads as a time.
_TIME_PREPS = frozenset({"in", "since", "until", "by", "to", "during", "before", "after", "from", "at"})
_QUANTITY_PREPS = frozenset({"before", "after", "since", "during", "for", "elapse", "by", "until"})
_UNIT_PERIOD = {"D": "D", "W": "W", "M": "M", "Y": "Y", "DE": "DE", "CE": "CE", "H": "H", "MIN": "M", "S": "S"}
_CLOCK_UNITS = frozenset({"H", "MIN", "S"})
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "CE": ("Y", 100)}
_SMALLER |= {"DE": ("Y", 10), "MIN": ("S", 60)}


@dataclass(slots=True)
class Mention:
    first: int  # first item
    last: int  # last item (inclusive)
    meaning: Meaning
    start: int = -1  # original offsets; -1 = from the items
    end: int = -1


def duration_value(unit: str, amount: float | None) -> str:
    """ISO 8601 period for `amount` units; None = an unknown number («سنوات» → PXY)."""
    clock = "T" if unit in _CLOCK_UNITS else ""
    if amount is None:
        return f"P{clock}X{_UNIT_PERIOD[unit]}"
    whole = int(amount)
    rest = amount - whole
    if rest > 0.01 and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        part = round(rest * factor)
        head = f"{whole}{_UNIT_PERIOD[unit]}" if whole else ""
        if smaller in _CLOCK_UNITS and not clock:
            return f"P{head}T{part}{_UNIT_PERIOD[smaller]}" if head else f"PT{part}{_UNIT_PERIOD[smaller]}"
        return f"P{clock}{head}{part}{_UNIT_PERIOD[smaller]}"
    return f"P{clock}{whole}{_UNIT_PERIOD[unit]}"


class Grammar:
    def __init__(self, items: Items, lexicon: Lexicon) -> None:
        self.items = items
        self.built = items.built  # read first: most items a rule looks at are built already
        self.lex = lexicon
        self.count = len(items)

    # ---------------------------------------------------------------- item helpers
    def at(self, i: int) -> Item | None:
        if 0 <= i < self.count:
            return self.built[i] or self.items[i]
        return None

    def key(self, i: int) -> str:
        item = self.at(i)
        return item.key if item is not None else ""

    def reading(self, i: int, cat: Cat) -> object | None:
        item = self.at(i)
        if item is None:
            return None
        lex = item.get(cat)
        return None if lex is None else lex.value

    def has(self, i: int, *cats: Cat) -> bool:
        item = self.at(i)
        return item is not None and item.has(*cats)

    def punct(self, i: int, chars: str | frozenset[str]) -> bool:
        item = self.at(i)
        return item is not None and item.kind == "punct" and item.key in chars

    def prep(self, i: int) -> str | None:
        item = self.at(i)
        if item is None:
            return None
        lex = item.get(Cat.PREP)
        return str(lex.value) if lex is not None else None

    def prep_before(self, i: int) -> str | None:
        """The preposition governing item i: the word before it, or a preposition glued to it («بعام»)."""
        item = self.at(i)
        if item is not None and item.proclitics.endswith("ب"):
            return "in"
        if item is not None and item.proclitics.endswith("ل"):
            return "for"
        return self.prep(i - 1)

    def unit(self, i: int) -> tuple[str, str] | None:
        value = self.reading(i, Cat.UNIT)
        return value if isinstance(value, tuple) else None

    def definite(self, i: int) -> bool:
        return self.key(i).startswith("ال")

    def year_unit(self, i: int) -> bool:
        unit = self.unit(i)
        return unit is not None and unit == ("Y", "1") and self.key(i) not in ("حول", "الحول")

    def span_direction(self, i: int) -> int | str | None:
        """A direction after a span of time, anaphoric ones included («الأيام الأربعة اللاحقة»)."""
        value = self.reading(i, Cat.DIR)
        return value if isinstance(value, int | str) else None

    def direction(self, i: int) -> int | None:
        value = self.reading(i, Cat.DIR)
        return value if isinstance(value, int) else None

    def mention(self, first: int, last: int, meaning: Meaning) -> Mention:
        return Mention(first, last, meaning)

    # ---------------------------------------------------------------- numbers
    def cardinal(self, i: int) -> tuple[int, int] | None:
        """(next index, value) of a number written in digits or words («ثلاثة», «خمسة وعشرين», «ألفين وعشرين»)."""
        item = self.at(i)
        if item is None:
            return None
        if item.number is not None:
            return i + 1, item.number
        lex = item.get(Cat.CARD)
        if lex is None or (item.get(Cat.WEEKDAY) is not None and not self.has(i + 1, Cat.TEEN)):
            return None
        total = int(lex.value)
        j = i + 1
        nxt = self.at(j)
        if nxt is not None and nxt.has(Cat.TEEN) and not nxt.proclitics and total < 10:
            total, j = total + 10, j + 1
        while True:
            nxt = self.at(j)
            if nxt is None:
                break
            card = nxt.get(Cat.CARD)
            if card is None or nxt.has(Cat.WEEKDAY):
                break
            if nxt.key in self.lex.sets["multipliers"] and not nxt.proclitics and total < 1000:
                total, j = total * int(card.value), j + 1
            elif nxt.proclitics == "و":
                total, j = total + int(card.value), j + 1
            else:
                break
        return j, total

    def ordinal(self, i: int) -> tuple[int, int] | None:
        """(next index, value) of an ordinal («الرابع», «الحادي عشر», «الثاني والعشرين»)."""
        item = self.at(i)
        if item is None:
            return None
        lex = item.get(Cat.ORD) or item.get(Cat.ORDC)
        if lex is None:
            return None
        value = int(lex.value)
        nxt = self.at(i + 1)
        if nxt is not None and value < 10 and nxt.has(Cat.TEEN) and not nxt.proclitics:
            return i + 2, value + 10
        if nxt is not None and value < 10 and nxt.proclitics == "و":
            tens = nxt.get(Cat.CARD) or nxt.get(Cat.ORD)
            if tens is not None and int(tens.value) in (20, 30, 40, 50, 60, 70, 80, 90):
                return i + 2, value + int(tens.value)
        if item.get(Cat.ORD) is None:
            return None
        return i + 1, value

    def day_number(self, i: int) -> tuple[int, int] | None:
        item = self.at(i)
        if item is None:
            return None
        if item.number is not None:
            if item.digits <= 2 and 1 <= item.number <= 31:
                return i + 1, item.number
            return None
        found = self.ordinal(i)
        if found is None or not 1 <= found[1] <= 31:
            return None
        if self.definite(i) or self.month_reading(found[0]):
            return found  # «الرابع من مارس», «سابع يونيو»
        if self.key(i) in self.lex.sets["first_day_words"] and self.month_relative(found[0]) is not None:
            return found  # «غرة الشهر الجاري» (not «قراءة ثانية الشهر المقبل»)
        return None

    # ---------------------------------------------------------------- shared pieces
    def position_mod(self, i: int) -> tuple[int, str | None]:
        item = self.at(i)
        if item is not None:
            lex = item.get(Cat.POSMOD)
            if lex is not None:
                j = i + 1
                if self.key(j) == "من" and not self.has(j + 1, Cat.PREP):
                    j += 1
                return j, str(lex.value)
        return i, None

    def weekday(self, i: int, *, loose: bool = False) -> int | None:
        item = self.at(i)
        if item is None:
            return None
        lex = item.get(Cat.WEEKDAY)
        if lex is None:
            return None
        if self.has(i + 1, Cat.TEEN) or self.key(i + 1) in self.lex.sets["weekday_blockers_after"]:
            return None
        if self.has(i + 1, Cat.ORD) and self.definite(i + 1) and not self.has(i + 1, Cat.DIR):
            return None  # «للجمعة الرابعة على التوالي»: a count of Fridays
        if item.key in self.lex.sets["weekday_ambiguous"] and not loose:
            if self.key(i - 1) in self.lex.sets["weekday_blockers_before"]:
                return None
            if self.prep(i - 1) == "from" and not self.has(i + 1, Cat.DIR):
                return None
        return int(lex.value)

    def month_group(self, i: int) -> tuple[int, int, bool, int] | None:
        """(next index, month, hijri, ambiguity) for «يوليو», «يوليو/تموز», «(يوليو) تموز», «شهر يوليو»…"""
        j = i
        named = False
        if self.has(j, Cat.MONTH_NOUN):
            named, j = True, j + 1
        opened = self.punct(j, "(")
        if opened:
            j += 1
        first = self.month_reading(j)
        if first is None:
            return None
        month, hijri, level = first
        j += 1
        if opened:
            if not self.punct(j, ")"):
                return None
            j += 1
        paired = False
        k = j
        if not opened and self.punct(k, _SEPARATORS):
            k += 1
        close = False
        if not opened and self.punct(k, "("):
            k, close = k + 1, True
        second = self.month_reading(k)
        if second is not None and second[0] == month and second[1] == hijri and (k == j or not opened or k > j):
            k += 1
            if close:
                if self.punct(k, ")"):
                    k += 1
                else:
                    k = -1
            if k > 0:
                j, paired = k, True
        return j, month, hijri, 0 if (paired or named) else level

    def month_reading(self, i: int) -> tuple[int, bool, int] | None:
        item = self.at(i)
        if item is None:
            return None
        lex = item.get(Cat.MONTH)
        if lex is not None:
            return int(lex.value), False, lex.level
        lex = item.get(Cat.HMONTH)
        if lex is not None:
            return int(lex.value), True, lex.level
        return None

    def era(self, i: int, meaning: Meaning) -> int:
        value = self.reading(i, Cat.ERA)
        if value is None:
            return i
        if value == "AH":
            meaning.hijri = True
        elif value == "BC" and meaning.year is not None:
            meaning.year = -meaning.year
        return i + 1

    def year_number(self, i: int) -> int | None:
        item = self.at(i)
        if item is not None and item.number is not None and item.digits == 4 and 1000 <= item.number <= 2999:
            return item.number
        return None

    def named_year(self, i: int) -> tuple[int, int] | None:
        """(next index, year) after «عام/سنة»: digits, or words («ألفين وعشرين»)."""
        year = self.year_number(i)
        if year is not None:
            return i + 1, year
        item = self.at(i)
        if item is None or item.number is not None:
            return None
        found = self.cardinal(i)
        if found is not None and 1000 <= found[1] <= 2999:
            return found
        return None

    def year_tail(self, i: int, meaning: Meaning) -> int:
        """Consume what says the year of a month or day: «2021», «من عام 2011», «من العام الماضي», «الماضي»."""
        year = self.year_number(i)
        if year is not None:
            meaning.year = year
            return self.era(i + 1, meaning)
        j = i + 1 if self.key(i) == "من" else i
        year = self.year_number(j) if j > i else None
        if year is not None:
            meaning.year = year
            return self.era(j + 1, meaning)
        if self.year_unit(j):
            named = self.named_year(j + 1)
            if named is not None:
                meaning.year = named[1]
                return self.era(named[0], meaning)
            direction = self.direction(j + 1)
            if self.definite(j) and direction is not None:
                meaning.year_rel = direction
                return j + 2
            if self.definite(j) and self.prep(j + 1) == "before" and self.direction(j + 2) == -1:
                meaning.year_rel = -2
                return j + 3
        if self.has(j, Cat.NEAR) and self.year_unit(j + 1) and self.definite(j + 1):
            meaning.year_rel = 0
            return j + 2
        direction = self.direction(i)
        if direction is not None:
            meaning.direction = direction
            i += 1
        year = self.year_number(i + 1) if self.punct(i, "(") and self.punct(i + 2, ")") else None
        if year is not None:  # «في كانون الأول/ديسمبر (2018)», «شباط/فبراير الماضي (2017)»
            meaning.year, meaning.direction = year, None
            return i + 3
        return i

    # ---------------------------------------------------------------- families
    def calendar_date(self, i: int) -> Mention | None:
        """Dates with a month: «الثلاثاء 22 يوليو/تموز 2021», «الرابع من مارس», «سبتمبر من العام الماضي»."""
        item = self.at(i)
        if item is None:
            return None
        if item.kind == "numdate":
            return self.numeric_date(i)
        j, mod = self.position_mod(i)
        # «اليوم الأول من أغسطس»: «اليوم» before an ordinal day of a month is «the day», not today
        day_noun = self.has(j, Cat.DAY_NOUN) or (
            self.key(j) == "اليوم" and self.ordinal(j + 1) is not None and self.definite(j + 1)
        )
        if day_noun:
            j += 1
        weekday = self.weekday(j, loose=True)
        if weekday is not None:
            j += 1
            if self.punct(j, "،,") and self.day_number(j + 1) is not None:
                j += 1
        day = self.day_number(j)
        if day is not None:
            k, day_value = day
            if self.key(k) == "من":
                k += 1
            group = self.month_group(k)
            if group is not None:
                k, month, hijri, _ = group
                yearly = self.every_year(k)
                if yearly is not None and not hijri and weekday is None:
                    # «في 8 مارس من كل عام»: the same day every year (TIMEX3 SET XXXX-03-08)
                    return self.mention(i, yearly - 1, Meaning("set", period=f"XXXX-{month:02d}-{day_value:02d}"))
                meaning = Meaning("date", month=month, day=day_value, hijri=hijri, weekday=weekday, mod=mod)
                end = self.year_tail(k, meaning)
                return self.mention(i, end - 1, meaning)
            relative = self.month_relative(k)
            if relative is not None:
                end, offset = relative
                meaning = Meaning("date", day=day_value, rel_unit="M", rel_offset=offset, mod=mod)
                return self.mention(i, end - 1, meaning)
            return None
        if weekday is not None or day_noun:
            return None
        group = self.month_group(j)
        if group is None:
            return None
        k, month, hijri, level = group
        meaning = Meaning("date", month=month, hijri=hijri, hijri_month_only=hijri, mod=mod)
        end = self.year_tail(k, meaning)
        if level and not self.month_context(i, k, end > k or mod is not None, level):
            return None
        return self.mention(i, end - 1, meaning)

    def month_context(self, start: int, after: int, tail: bool, level: int) -> bool:
        """Whether an ambiguous month name («مارس», «تموز») stands as a month here."""
        if tail:
            return True
        if level >= 2:
            return False
        prep = self.prep_before(start)
        if prep == "from":  # «من مارس إلى مايو», not «جانبا من رمضان» (a name)
            return self.prep(after) in ("to", "until")
        return prep in _TIME_PREPS or self.has(start - 1, Cat.POSMOD)

    def every_year(self, i: int) -> int | None:
        """The index after «من كل عام/سنة» at i, or None."""
        j = i + 1 if self.key(i) == "من" else i
        if self.has(j, Cat.EVERY) and self.year_unit(j + 1) and not self.definite(j + 1):
            return j + 2
        return None

    def month_relative(self, i: int) -> tuple[int, int] | None:
        """«الشهر الماضي», «هذا الشهر» after a day number: (next index, month offset)."""
        unit = self.unit(i)
        if unit == ("M", "1") and self.definite(i):
            direction = self.direction(i + 1)
            if direction is not None:
                return i + 2, direction
        if self.has(i, Cat.NEAR) and self.unit(i + 1) == ("M", "1") and self.definite(i + 1):
            return i + 2, 0
        return None

    def numeric_date(self, i: int) -> Mention | None:
        item = self.items[i]
        assert item.numdate is not None
        first, second, third, first_digits = item.numdate
        if first_digits == 4:
            year, month, day = first, second, third
        else:
            day, month, year = first, second, third
            if month > 12 and day <= 12:
                day, month = month, day
            if year < 100:
                year += 2000 if year < 50 else 1900
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        meaning = Meaning("date", year=year, month=month, day=day)
        end = self.era(i + 1, meaning)
        return self.mention(i, end - 1, meaning)

    def day_reference(self, i: int) -> Mention | None:
        """Days named relative to now or by weekday, with a part of the day: «أمس», «مساء الثلاثاء الماضي»."""
        j = i
        late = self.reading(j, Cat.LATE)
        if late is not None:
            j += 1
        part = self.reading(j, Cat.PART)
        part_at = j
        if part is not None:
            if self.key(j) in self.lex.sets["part_verbs_lookalike"] and not self.has(j + 1, Cat.DEIXIS, Cat.WEEKDAY):
                return None
            if self.has(j - 1, Cat.ORD, Cat.CARD) or (self.at(j - 1) is not None and self.at(j - 1).number is not None):  # type: ignore[union-attr]
                return None  # «لسادس ليلة»: a counted night, not a part of a day
            j += 1
            if self.key(j) == "من" or self.key(j) == "يوم":
                j += 1
        meaning = Meaning("date", mod=str(late) if late is not None else None)
        if part is not None:
            meaning.kind, meaning.part = "time", str(part)
        found = self.day_core(j, meaning)
        if found is None:
            if part is None:
                return None
            # «هذا المساء», «الليلة», «الليلة الماضية»
            key = self.key(part_at)
            if self.has(part_at - 1, Cat.NEAR) and self.definite(part_at):
                meaning.deixis = 0
                return self.mention(part_at - 1 if i == part_at else i, part_at, meaning)
            if key == "الليله":
                direction = self.direction(part_at + 1)
                if self.prep(part_at + 1) == "before" and self.direction(part_at + 2) == -1:
                    meaning.deixis = -2  # «الليلة قبل الماضية»
                    return self.mention(i, part_at + 2, meaning)
                meaning.deixis = -1 if direction == -1 else 0
                return self.mention(i, part_at + (1 if direction == -1 else 0), meaning)
            if " " in key:  # «غروب الشمس», «منتصف الليل»: on the day the text is speaking of
                meaning.anaphoric = 0
                return self.mention(i, part_at, meaning)
            return None
        end = found
        if late is not None and part is None and meaning.deixis is None and meaning.weekday is None:
            return None
        return self.mention(i, end - 1, meaning)

    def bound_tomorrow(self, j: int) -> bool:
        """«الغد» after a part of the day or «يوم» («صباح الغد», «يوم الغد»)."""
        return self.key(j) in self.lex.sets["tomorrow_after_day_words"] and self.has(j - 1, Cat.PART, Cat.DAY_NOUN)

    def day_core(self, j: int, meaning: Meaning) -> int | None:
        """The day part of a day reference; fills `meaning`, returns the next index."""
        if self.has(j, Cat.DAY_NOUN) and (
            self.has(j + 1, Cat.DEIXIS) or self.weekday(j + 1) is not None or self.bound_tomorrow(j + 1)
        ):
            j += 1
        if self.bound_tomorrow(j):
            meaning.deixis = 1
            return j + 1
        if self.has(j, Cat.FAR) and self.key(j + 1) == "اليوم":
            meaning.anaphoric = 0
            return j + 2
        deixis = self.reading(j, Cat.DEIXIS)
        if deixis is not None:
            key = self.key(j)
            if self.key(j - 1) in self.lex.sets["media_nouns"] or self.key(j - 2) in self.lex.sets["media_nouns"]:
                return None  # «صحيفة الغد», «إسرائيل اليوم»
            if key == "اليوم":
                if self.key(j + 1) in self.lex.sets["observance_adjectives"]:
                    return None  # «اليوم الدولي للتسامح»: the name of a day, not today
                ordinal = self.ordinal(j + 1)
                direction = self.reading(j + 1, Cat.DIR)
                if ordinal is not None and self.definite(j + 1):
                    if self.key(ordinal[0]) in ("على", "علي") and self.key(ordinal[0] + 1) == "التوالي":
                        return None  # «لليوم الثالث على التوالي»: a count of days, not a date
                    meaning.anaphoric = ordinal[1] - 1
                    meaning.ordinal_day = True
                    return ordinal[0]
                if direction == "next":
                    meaning.anaphoric = 1
                    return j + 2
                if direction == -1 and self.key(j + 1) in ("السابق", "الاخير"):
                    meaning.anaphoric = -1
                    return j + 2
                if self.key(j + 1) in ("الذي", "التي", "نفسه", "ذاته", "العالمي", "الوطني") or self.has(j - 1, Cat.FAR):
                    if self.has(j - 1, Cat.FAR) or self.key(j + 1) in ("نفسه", "ذاته"):
                        meaning.anaphoric = 0
                        return j + 1 if self.has(j - 1, Cat.FAR) else j + 2
                    return None
            meaning.deixis = int(str(deixis))
            j += 1
            weekday = self.weekday(j, loose=True)
            if weekday is not None:
                meaning.weekday = weekday
                j += 1
            elif (
                self.punct(j, "(")
                and self.punct(j + 2, ")")
                and (weekday := self.weekday(j + 1, loose=True)) is not None
            ):
                meaning.weekday = weekday  # «اليوم (الاثنين)»
                j += 3
            return j
        weekday = self.weekday(j)
        if weekday is None:
            return None
        if not self.weekday_stands(j, meaning.part is not None):
            return None
        meaning.weekday = weekday
        j += 1
        second = self.weekday(j, loose=True)
        if second is not None and meaning.part == "NI":
            j += 1  # «ليلة الأربعاء الخميس», «ليل الأحد للإثنين»: the night from the first day
        direction = self.direction(j)
        if direction is not None:
            meaning.direction = direction
            j += 1
        return j

    def weekday_stands(self, i: int, after_part: bool) -> bool:
        """«الأحد» and «الاثنين» are also «the one» and «the two»: accept them where a day name is expected."""
        item = self.items[i]
        if item.key not in self.lex.sets["weekday_ambiguous"] or after_part:
            return True
        if self.has(i - 1, Cat.DAY_NOUN, Cat.DEIXIS, Cat.PART) or self.has(i + 1, Cat.DIR):
            return True
        before = self.at(i - 1)
        after = self.at(i + 1)
        if before is None or before.kind == "punct":
            return True
        if after is None or after.kind == "punct" or after.has(Cat.PREP):
            return True
        return not before.has(Cat.PREP) or before.get(Cat.PREP) is None

    def clock_time(self, i: int) -> Mention | None:
        """«الساعة الثالثة عصرا», «الساعة 14:30 بتوقيت غرينتش الثلاثاء», «العاشرة صباحا»."""
        j = i
        qmod = self.at(j).get(Cat.QMOD) if self.at(j) is not None else None  # type: ignore[union-attr]
        start = i
        if qmod is not None:
            j += 1
            if qmod.level:
                start = j
        noun = self.has(j, Cat.CLOCK_NOUN) and self.definite(j)
        if noun:
            j += 1
        hour_found = self.clock_hour(j)
        if hour_found is None:
            return None
        j, hour, minute, written = hour_found
        meaning = Meaning("time", hour=hour, minute=minute, mod=str(qmod.value) if qmod is not None else None)
        # minutes: «والنصف», «إلا ربعا», «و10 دقائق»
        nxt = self.at(j)
        if nxt is not None and nxt.has(Cat.CLOCK_FRAC) and nxt.proclitics == "و":
            meaning.minute = int(str(nxt.get(Cat.CLOCK_FRAC).value))  # type: ignore[union-attr]
            j += 1
        elif self.has(j, Cat.MINUS) and self.has(j + 1, Cat.CLOCK_FRAC):
            minus = int(str(self.reading(j + 1, Cat.CLOCK_FRAC)))
            meaning.hour, meaning.minute = (hour - 1) % 24, 60 - minus
            j += 2
        elif (
            self.key(j) == "و"
            and (counted := self.cardinal(j + 1)) is not None
            and self.has(counted[0], Cat.MINUTE_NOUN)
        ):
            meaning.minute, j = counted[1], counted[0] + 1
        elif (
            nxt is not None
            and nxt.proclitics == "و"
            and (counted := self.cardinal(j)) is not None
            and self.has(counted[0], Cat.MINUTE_NOUN)
        ):
            meaning.minute, j = counted[1], counted[0] + 1  # «السادسة وستة وأربعين دقيقة»
        adverb = self.reading(j, Cat.PART_ADV)
        if adverb is not None:
            meaning.part = str(adverb)
            j += 1
        elif self.key(j) == "من" and self.has(j + 1, Cat.PART):
            meaning.part = str(self.reading(j + 1, Cat.PART))
            j += 2
        elif self.part_before_day(j):
            meaning.part = str(self.reading(j, Cat.PART))  # «الخامسة فجر اليوم», «العاشرة صباح الأحد»
            j += 1
        elif self.has(j, Cat.PART) and (self.definite(j) or self.key(j).startswith("بعد ")):
            meaning.part = str(self.reading(j, Cat.PART))  # «الرابعة والنصف بعد الظهر», «الثامنة المساء»
            j += 1
        elif self.prep(j) in ("after", "before") and self.key(j + 1) == _MIDNIGHT:
            # «الثانية بعد منتصف الليل» 02:00, «12.01 بعد منتصف الليل» 00:01, «الحادية عشرة قبل منتصف الليل» 23:00
            meaning.part = "MO" if self.prep(j) == "after" else "EV"
            j += 2
        if not self.clock_stands(i, j, noun=noun, written=written, part=meaning.part):
            return None
        wire = False
        if self.has(j, Cat.TZ):
            wire = self.key(j) in self.lex.sets["wire_timezones"]
            j = self.timezone(j)
        if meaning.part is None and self.part_before_day(j):
            meaning.part = str(self.reading(j, Cat.PART))  # «الساعة 02:15 بتوقيت غرينتش فجر الأحد»
            j += 1
        day = Meaning("date", deixis=0 if wire else None)  # «18:35 ت م» closes a wire item of the day
        # «الساعة العاشرة صباح الأحد», and through «من»: «حتى الثانية عشرة ظهرا من اليوم الجمعة»
        through = j + 1 if self.key(j) == "من" else j
        end = None
        if self.has(through, Cat.DAY_NOUN, Cat.DEIXIS) or self.weekday(through) is not None:
            end = self.day_core(through, day)
            if end is not None:
                j = end
                if day.weekday is not None and day.deixis is None and day.direction is None:
                    date = self.calendar_date(j) if self.day_number(j) is not None else None
                    if date is not None and date.meaning.month is not None:
                        day, j = date.meaning, date.last + 1  # «مساء الثلاثاء 20 يوليو»: the date names the day
        if end is None and self.key(j) in ("يوم", "من") and self.day_number(j + 1) is not None:
            date = self.calendar_date(j + 1)  # «الخامسة صباحا يوم 11 أبريل»
            if date is not None:
                day, j = date.meaning, date.last + 1
        for name in _DAY_FIELDS:
            setattr(meaning, name, getattr(day, name))
        if meaning.part is not None and meaning.hour is not None:
            meaning.hour = _clock_hour(meaning.hour, meaning.part)
        return Mention(start, j - 1, meaning)

    def part_before_day(self, j: int) -> bool:
        """A part of the day that a day follows: «فجر اليوم», «صباح الأحد», «مساء الغد»."""
        return self.has(j, Cat.PART) and (
            self.has(j + 1, Cat.DEIXIS, Cat.DAY_NOUN) or self.weekday(j + 1) is not None or self.bound_tomorrow(j + 1)
        )

    def clock_stands(self, i: int, j: int, *, noun: bool, written: str, part: str | None) -> bool:
        """A clock time needs «الساعة»; or a clock written «14:30» with a part of day, a time zone or a
        preposition; or a bare number or hour word with a part of day («10 صباحا», «العاشرة صباحا»)."""
        if noun:
            return True
        if written == "clock":
            return part is not None or self.has(j, Cat.TZ) or self.prep(i - 1) in ("at", "in", "until", "since", "to")
        if written in ("digits", "decimal"):  # «عند 3.45 مليار سنة» is no clock time
            return part is not None or (written == "decimal" and self.has(j, Cat.TZ))
        return part is not None and self.definite(i)

    def clock_hour(self, j: int) -> tuple[int, int, int, str] | None:
        """(next index, hour, minute, how it was written: clock, digits or word) of the hour of a clock time."""
        item = self.at(j)
        if item is None:
            return None
        if item.clock is not None:
            return j + 1, item.clock[0], item.clock[1], "clock" if item.kind == "clock" else "decimal"
        if item.number is not None and item.digits <= 2 and 0 <= item.number <= 24:
            return j + 1, item.number, 0, "digits"
        found = self.ordinal(j)
        if found is not None and self.definite(j) and 1 <= found[1] <= 12 and item.key.endswith("ه"):
            return found[0], found[1], 0, "word"
        if item.key == "الواحده":
            return j + 1, 1, 0, "word"
        return None

    def timezone(self, j: int) -> int:
        """The end of «بتوقيت غرينتش», «بالتوقيت المحلي», «بتوقيت شرق الولايات المتحدة»: a genitive chain of up
        to four words, ended by punctuation, a time word, or an indefinite word after a definite one."""
        definite_seen = self.definite(j)
        j += 1
        for _ in range(4):
            item = self.at(j)
            if item is None or item.kind in ("punct", "number", "clock", "other"):
                break
            if item.kind == "latin" and not item.has(Cat.TZ):
                break  # «ت م NNNN»: the wire's end mark
            if item.readings and not item.has(Cat.TZ):
                break
            if definite_seen and not self.definite(j) and not item.has(Cat.TZ) and item.kind == "word":
                break
            definite_seen = definite_seen or self.definite(j)
            j += 1
        return j

    def relative_unit(self, i: int) -> Mention | None:
        """«الأسبوع الماضي», «هذا العام», «مطلع الشهر المقبل», «العام قبل الماضي», «ذلك العام»."""
        j, mod = self.position_mod(i)
        near = self.has(j, Cat.NEAR)
        far = self.has(j, Cat.FAR)
        if near or far:
            j += 1
        unit = self.unit(j)
        if unit is None or unit[1] != "1" or unit[0] not in ("W", "M", "Y", "DE", "CE") or not self.definite(j):
            return None
        if unit[0] == "Y" and not self.year_unit(j):
            return None
        if unit[0] == "Y" and self.key(j - 1) in self.lex.sets["general_adjective_heads"]:
            return None  # «النائب العام السابق»: the adjective «general»
        if unit[0] == "W" and not (near or far):
            week = self.week_of_month(j, mod)
            if week is not None:
                return self.mention(i, week[0] - 1, week[1])
        meaning = Meaning("date", rel_unit=unit[0], mod=mod)
        if unit[0] == "Y" and self.reading(j + 1, Cat.ERA) == "AH":
            meaning.hijri, j = True, j + 1  # «العام الهجري القادم»
        direction = self.reading(j + 1, Cat.DIR)
        if near:
            meaning.rel_offset = 0
            return self.mention(i, j, meaning)
        if far:
            meaning.anaphoric, meaning.anaphoric_unit, meaning.rel_unit = 0, unit[0], None
            return self.mention(i, j, meaning)
        if direction == "next":
            meaning.anaphoric, meaning.anaphoric_unit, meaning.rel_unit = 1, unit[0], None
            return self.mention(i, j + 1, meaning)
        if isinstance(direction, int):
            meaning.rel_offset = direction
            return self.mention(i, j + 1, meaning)
        if self.prep(j + 1) == "before" and self.direction(j + 2) == -1:
            meaning.rel_offset = -2
            return self.mention(i, j + 2, meaning)
        if self.has(j + 1, Cat.NEAR):  # «العام هذا» is rare but «الأسبوع هذا» occurs
            return None
        if mod is not None or (unit[0] == "W" and self.prep(j - 1) == "during"):
            meaning.rel_offset = 0
            return self.mention(i, j, meaning)
        if self.key(j - 1) == "من" and self.has(j - 2, Cat.VAGUE):
            meaning.rel_offset = 0  # «في وقت سابق من العام»: this year
            return self.mention(i, j, meaning)
        return None

    def week_of_month(self, j: int, mod: str | None) -> tuple[int, Meaning] | None:
        """«الأسبوع الأول من أغسطس», «الأسبوع الأخير من سبتمبر 2022»: a week of a month, read as the month with the
        week's place in it (first START, second and third MID, last END); (next index, meaning)."""
        ordinal = self.ordinal(j + 1)
        if ordinal is not None and self.definite(j + 1):
            k, position = ordinal[0], _WEEK_OF_MONTH_MODS.get(ordinal[1], "END")
        elif self.key(j + 1) == "الاخير":
            k, position = j + 2, "END"
        else:
            return None
        group = self.month_group(k + 1) if self.key(k) == "من" else None
        if group is None:
            return None
        k, month, hijri, _ = group
        meaning = Meaning("date", month=month, hijri=hijri, mod=mod or position)
        return self.year_tail(k, meaning), meaning

    def duration(self, i: int) -> Mention | None:
        """«ثلاثة أيام», «14 شهراً», «أكثر من 18 عاماً», «عامين ونصف العام», «السنوات الـ 49 الماضية», «سنوات»."""
        item = self.at(i)
        if item is None:
            return None
        j = i
        start = i
        mod = None
        qmod = item.get(Cat.QMOD)
        if qmod is not None:
            mod = str(qmod.value)
            j += 1
            if qmod.level:
                start = j
        found = self.quantity(j, quantified=mod is not None)
        if found is None:
            return None
        end, unit, amount, definite = found
        if amount is not None and self.is_age(start, end, unit):
            return None
        nxt = self.at(end)
        if nxt is not None and not definite and nxt.has(Cat.FULL) and not nxt.proclitics:
            end += 1  # «يومين متتاليين», «عام كامل»
            nxt = self.at(end)
        if nxt is not None and nxt.has(Cat.APPROX_AFTER):
            mod, end = "APPROX", end + 1
        meaning = Meaning("duration", duration=duration_value(unit, amount), mod=mod)
        mention = self.mention(start, end - 1, meaning)
        if not definite:
            self.anchor_duration(mention, unit, amount)
        return mention

    def quantity(self, j: int, *, quantified: bool) -> tuple[int, str, float | None, bool] | None:
        """(next index, unit, amount or None, definite) of a counted span of time."""
        item = self.at(j)
        if item is None:
            return None
        if item.key in ARTICLE_KEYS and self.at(j + 1) is not None:
            definite_number = self.cardinal(j + 1)
            if definite_number is not None and self.unit(definite_number[0]) is not None:
                return self.definite_quantity(j, definite_number[0], definite_number[1])
            return None
        unit = self.unit(j)
        if unit is not None:
            return self.unit_first(j, unit, quantified=quantified)
        fraction = self.reading(j, Cat.FRAC)
        if fraction is not None:
            unit = self.unit(j + 1)
            if unit is not None and unit[1] == "1":
                return j + 2, unit[0], float(str(fraction)), False
            return None
        if item.has(Cat.FEW):
            unit = self.unit(j + 1)
            if unit is not None and unit[1] == "pl":
                return self.direction_tail(j + 2, unit[0], None, False)
            return None
        number = self.cardinal(j)
        if number is None:
            return None
        after, amount = number
        if item.has(Cat.ORD) and not item.has(Cat.CARD) and item.number is None:
            return None
        unit = self.unit(after)
        if unit is None or unit[1] == "2" or (self.definite(after) and not self.definite(j)):
            return None  # «بلغ العدد 300 الشهر الماضي»: an indefinite count never takes a definite unit
        following = self.at(after + 1)
        if (
            self.key(after) in self.lex.sets["units_also_prepositions"]
            and following is not None
            and following.kind == "word"
            and not following.has(Cat.FULL)
        ):
            return None  # «9400 حول العالم»: around the world
        if self.at(after) is not None and self.at(after).proclitics:  # type: ignore[union-attr]
            return None
        total = float(amount)  # an int in a float variable is an error in the compiled build
        end = after + 1
        total, end = self.half_tail(end, unit[0], total)
        definite = self.definite(j) and item.number is None
        if definite:
            return self.direction_tail(end, unit[0], total, True)
        return end, unit[0], total, False

    def unit_first(
        self, j: int, unit: tuple[str, str], *, quantified: bool
    ) -> tuple[int, str, float | None, bool] | None:
        code, count = unit
        key = self.key(j)
        definite = self.definite(j)
        if definite:
            if code in _CLOCK_UNITS and count == "1":
                return None
            number = None
            k = j + 1
            if self.key(k) in ARTICLE_KEYS:
                k += 1
            found = self.cardinal(k)
            if found is not None and (self.definite(k) or k > j + 1 or self.at(k).number is not None):  # type: ignore[union-attr]
                k, number = found
            if self.has(k, Cat.FEW_AFTER):
                k += 1
            direction = self.span_direction(k)
            if (direction is None or direction == 0) and count == "pl" and self.prep(j - 1) == "elapse":
                return k, code, None, True  # «مع مرور السنين»
            if direction is None and quantified and count == "1" and number is None:
                return k, code, 1.0, True  # «ما يزيد عن العام»
            if direction is None or direction == 0:
                return None
            amount: float | None = 2.0 if count == "2" else (float(number) if number is not None else None)
            if count == "1" and number is None:
                return None
            return k + 1, code, amount, True
        if count == "2":
            total, end = self.half_tail(j + 1, code, 2.0)
            return end, code, total, False
        if count == "pl":
            previous = self.at(j - 1)
            if previous is not None and (previous.number is not None or previous.has(Cat.CARD)):
                return None  # counted: read from the number («خمس سنوات»), or rejected there (an age)
            if key in self.lex.sets["unit_needs_number"] and self.prep_before(j) not in ("since", "during", "for"):
                return None
            if self.year_number(j + 1) is not None:
                return None  # «بعد أعوام 1994 و1998»: the years are named
            if previous is not None and previous.key in self.lex.sets["partitives_before_plural_units"]:
                return None  # «أول أيام العيد»: the first days of something, not a span of days
            if key in self.lex.sets["plural_unit_ambiguous"] and not (
                self.prep_before(j) in _QUANTITY_PREPS or self.has(j + 1, Cat.FEW_AFTER, Cat.DIR)
            ):
                return None  # «من أشهر الجزر»: the most famous, not months
            end = j + 1
            counted = self.cardinal(end)
            after = self.at(end)
            if (
                counted is not None
                and after is not None
                and not after.proclitics
                and after.number is None
                and 3 <= counted[1] <= 10
            ):
                return counted[0], code, float(counted[1]), False  # «سنوات ثلاث»
            if self.has(end, Cat.FEW_AFTER):
                end += 1
            return end, code, None, False
        # a singular unit counts as one only where a quantity is expected
        if key in self.lex.sets["unit_needs_number"]:
            return None
        before = self.unit(j - 2)
        if self.prep(j - 1) == "after" and before is not None and before[0] == code:
            return None  # «عاما بعد عام»: year after year
        nxt = self.at(j + 1)
        full = nxt is not None and nxt.has(Cat.FULL) and not nxt.proclitics
        if full or quantified or self.prep_before(j) in _QUANTITY_PREPS:
            if self.has(j + 1, Cat.DIR) or self.year_number(j + 1) is not None or self.has(j + 1, Cat.NEAR):
                return None
            total, end = self.half_tail(j + 1 + (1 if full else 0), code, 1.0)
            return end, code, total, False
        return None

    def definite_quantity(self, j: int, unit_at: int, amount: int) -> tuple[int, str, float | None, bool] | None:
        unit = self.unit(unit_at)
        assert unit is not None
        return self.direction_tail(unit_at + 1, unit[0], float(amount), True)

    def direction_tail(
        self, k: int, code: str, amount: float | None, definite: bool
    ) -> tuple[int, str, float | None, bool] | None:
        if self.has(k, Cat.FEW_AFTER):
            k += 1
        direction = self.span_direction(k)
        if direction is not None and direction != 0:
            return k + 1, code, amount, definite
        if definite:
            return None
        return k, code, amount, definite

    def half_tail(self, j: int, code: str, amount: float) -> tuple[float, int]:
        """«ونصف», «ونصف العام» after a count."""
        item = self.at(j)
        if item is not None and item.proclitics == "و" and item.get(Cat.FRAC) is not None:
            fraction = float(str(item.get(Cat.FRAC).value))  # type: ignore[union-attr]
            j += 1
            if self.unit(j) is not None and self.unit(j)[0] == code:  # type: ignore[index]
                j += 1
            return amount + fraction, j
        return amount, j

    def is_age(self, start: int, end: int, unit: str) -> bool:
        """«عمره 40 عاما», «(45 عاما)», «، 44 عاما،» — ages are not time expressions."""
        if unit != "Y":
            return False
        if self.key(start - 1) in self.lex.sets["age_cues_adjacent"]:
            return True  # «منتخب تحت 17 عاما»
        for k in range(start - 1, max(-1, start - 7), -1):
            item = self.at(k)
            if item is None or (item.kind == "punct" and item.key not in "()"):
                break
            if item.key in self.lex.sets["age_cues"] or (item.key == "عمر" and item.proclitics):
                return True  # «عمره», «بعمر 16 و18 عاما»
            if item.key == "عمر" and self.key(k - 1) == "عن":
                return True  # «توفي عن عمر ناهز 85 عاما»
        before = self.at(start - 1)
        if before is not None and before.kind == "punct" and before.key in "(،,":
            return True  # «سبيكة شيخ، 18 عاما»: an age in apposition
        return self.key(end) in ("عمرا", "ربيعا") or (self.key(end) == "من" and self.key(end + 1) in ("العمر", "عمره"))

    def anchor_duration(self, mention: Mention, unit: str, amount: float | None) -> None:
        """«قبل يومين» / «منذ ثلاثة أيام» / «بعد أسبوعين» are dates, not durations (the preposition joins the span)."""
        prep = self.prep(mention.first - 1)
        if prep not in ("before", "since", "after") or unit in _CLOCK_UNITS or unit in ("DE", "CE"):
            return
        follower = mention.last + (2 if self.key(mention.last + 1) == "فقط" else 1)
        if self.key(follower) in ("من", "على", "علي"):
            return  # «قبل ثلاثة أيام (فقط) من القمة»: a span before another event
        if prep == "since" and (unit not in ("D", "W") or amount is None or mention.meaning.mod is not None):
            return  # «منذ سنوات», «منذ أكثر من أسبوعين»: how long a state has lasted
        if prep == "after" and not self.future_clause(mention.first):
            return
        if prep == "before" and self.prep(mention.first - 2) in ("from", "until", "in"):
            return
        whole = None if amount is None else int(amount)
        if amount is not None and amount != whole and unit in ("Y", "M"):
            unit, whole = ("M", round(amount * 12)) if unit == "Y" else ("D", round(amount * 30))
        meaning = mention.meaning
        mod = meaning.mod
        if mod == "MORE_THAN":
            mod = "BEFORE" if prep != "after" else "AFTER"
        elif mod == "LESS_THAN":
            mod = "AFTER" if prep != "after" else "BEFORE"
        sign = 1 if prep == "after" else -1
        mention.meaning = Meaning(
            "date", rel_unit=unit, rel_offset=None if whole is None else sign * whole, mod=mod, duration=None
        )
        mention.first -= 1

    def future_clause(self, i: int) -> bool:
        sentence = self.items[i].sentence
        for k in range(max(0, i - 8), min(self.count, i + 4)):
            item = self.items[k]
            if item.sentence == sentence and (item.future_prefix or item.key in self.lex.future_cues):
                return True
        return False

    def recurrence(self, i: int) -> Mention | None:
        """«كل أسبوع», «كل ثلاثة أشهر», «كل خميس», «سنويا», «دخله الشهري»."""
        item = self.at(i)
        if item is None:
            return None
        period = item.get(Cat.SET)
        if period is not None:
            if self.definite(i) and self.key(i - 1) in self.lex.sets["set_adjective_blockers_before"]:
                return None
            return self.mention(i, i, Meaning("set", period=str(period.value)))
        if not item.has(Cat.EVERY):
            return None
        j = i + 1
        if self.has(j, Cat.DAY_NOUN) and self.weekday(j + 1, loose=True) is not None:
            j += 1
        weekday = self.weekday(j, loose=True)
        if weekday is None and self.key(j).startswith("ال") is False:
            weekday_bare = self.lex.lookup("ال" + self.key(j))
            for lex in weekday_bare:
                if lex.cat is Cat.WEEKDAY:
                    weekday = int(lex.value)
        if weekday is not None:
            return self.mention(i, j, Meaning("set", period="P1W", set_weekday=weekday))
        number = self.cardinal(j)
        amount = 1
        if number is not None:
            j, amount = number
        unit = self.unit(j)
        if unit is None or self.definite(j):
            return None
        if unit[1] == "2":
            amount = 2
        elif unit[1] == "pl" and number is None:
            return None
        return self.mention(i, j, Meaning("set", period=duration_value(unit[0], amount)))

    def season(self, i: int) -> Mention | None:
        j, mod = self.position_mod(i)
        noun = self.has(j, Cat.SEASON_NOUN)
        if noun:
            j += 1
        season = self.reading(j, Cat.SEASON)
        if season is None:
            return None
        if self.key(j + 1) in self.lex.sets["season_blockers_after"]:
            return None
        meaning = Meaning("date", season=str(season), mod=mod)
        end = self.year_tail(j + 1, meaning)
        near = self.has(i - 1, Cat.NEAR) and i == j
        if not (noun or mod or end > j + 1 or near or self.prep(i - 1) in ("in", "during", "since", "until", "by")):
            return None  # «بالشتاء والصيف»: seasons in general
        if near:
            meaning.year_rel = 0
            return self.mention(i - 1, end - 1, meaning)
        return self.mention(i, end - 1, meaning)

    def decade(self, i: int) -> Mention | None:
        j, mod = self.position_mod(i)
        if self.unit(j) == ("DE", "1") and self.definite(j) is False:
            j += 1
        digit = self.reading(j, Cat.DECADE)
        if digit is None or (self.key(j + 1) == "من" and self.key(j + 2).startswith(("العمر", "عمر"))):
            return None
        century = None
        end = j + 1
        found = self.century_number(end)
        if found is not None:
            end, century = found
        meaning = Meaning("date", decade=int(str(digit)), century=century, mod=mod)
        return self.mention(i, end - 1, meaning)

    def century_number(self, i: int) -> tuple[int, int] | None:
        """«القرن العشرين» → 19, «القرن الحادي والعشرين» → 20, «القرن الماضي» → -1 relative (as -1000-offset)."""
        if self.unit(i) != ("CE", "1") or not self.definite(i):
            return None
        ordinal = self.ordinal(i + 1)
        if ordinal is None:
            card = self.cardinal(i + 1)
            if card is not None and self.at(i + 1).number is not None:  # type: ignore[union-attr]
                ordinal = card
        if ordinal is not None and 1 <= ordinal[1] <= 30:
            return ordinal[0], ordinal[1] - 1
        direction = self.direction(i + 1)
        if direction is not None:
            return i + 2, -1000 + direction
        return None

    def century(self, i: int) -> Mention | None:
        j, mod = self.position_mod(i)
        found = self.century_number(j)
        if found is None:
            return None
        end, century = found
        return self.mention(i, end - 1, Meaning("date", century=century, mod=mod))

    def quarter(self, i: int) -> Mention | None:
        """«الربع الثالث من العام الجاري», «نهاية النصف الأول من 2022»."""
        j, mod = self.position_mod(i)
        quarter = self.has(j, Cat.QUARTER_NOUN)
        half = self.has(j, Cat.HALF_NOUN)
        if not (quarter or half) or not self.definite(j):
            return None
        ordinal = self.ordinal(j + 1)
        if ordinal is not None:
            end, number = ordinal
        elif self.direction(j + 1) == -1 and self.key(j + 1) in ("الاخير",):
            end, number = j + 2, 4 if quarter else 2
        else:
            return None
        if number > (4 if quarter else 2):
            return None
        meaning = Meaning("date", quarter=number if quarter else None, half=number if half else None, mod=mod)
        tail = self.year_tail(end, meaning)
        if tail == end and not (self.key(end) == "من" and self.year_unit(end + 1) and self.definite(end + 1)):
            return None
        if tail == end:
            meaning.year_rel, tail = 0, end + 2
        if meaning.direction is not None:
            return None
        return self.mention(i, tail - 1, meaning)

    def months_of_year(self, i: int) -> Mention | None:
        """«الأشهر الستة الأولى من العام الجاري» (H1), «الأشهر الثلاثة الأخيرة من 2020» (Q4): the first or last
        three or six months of a named year are its quarter or half (the first nine have no TIMEX3 value)."""
        if self.unit(i) != ("M", "pl") or not self.definite(i):
            return None
        counted = self.cardinal(i + 1)
        if counted is None or counted[1] not in (3, 6):
            return None
        end, months = counted
        key = self.key(end)
        if key not in _FIRST_LAST:
            return None
        number = 1 if _FIRST_LAST[key] == "first" else 12 // months
        meaning = Meaning("date", quarter=number if months == 3 else None, half=number if months == 6 else None)
        tail = self.year_tail(end + 1, meaning)
        if tail == end + 1:
            if not (self.key(end + 1) == "من" and self.year_unit(end + 2) and self.definite(end + 2)):
                return None
            meaning.year_rel, tail = 0, end + 3  # «من العام»: the year spoken of
        if meaning.direction is not None:
            return None
        return self.mention(i, tail - 1, meaning)

    def holiday(self, i: int) -> Mention | None:
        value = self.reading(i, Cat.HOLIDAY)
        if not isinstance(value, tuple):
            return None
        meaning = Meaning("date", holiday=(str(value[0]), str(value[1])))
        end = self.year_tail(i + 1, meaning)
        return self.mention(i, end - 1, meaning)

    def bare_year(self, i: int) -> Mention | None:
        """«عام 2020», «العام 1987», «منتصف 2019», and a lone 4-digit number where it reads as a year."""
        j, mod = self.position_mod(i)
        if self.year_unit(j):
            named = self.named_year(j + 1)
            if named is None:
                return None
            meaning = Meaning("date", year=named[1], mod=mod)
            end = self.era(named[0], meaning)
            return self.mention(i, end - 1, meaning)
        year = self.year_number(j)
        if year is None:
            return None
        meaning = Meaning("date", year=year, mod=mod)
        end = self.era(j + 1, meaning)
        if meaning.hijri or end > j + 1:
            return self.mention(i, end - 1, meaning)
        if mod is None and not self.year_stands(j):
            return None
        return self.mention(i, end - 1, meaning)

    def year_stands(self, i: int) -> bool:
        """Whether a lone 4-digit number is a year: a time preposition before it, or nothing counted after it."""
        number = self.items[i].number or 0
        if not 1900 <= number <= 2100:
            return False
        before, after = self.at(i - 1), self.at(i + 1)
        if before is not None and before.key in self.lex.sets["year_number_blockers_before"]:
            return False
        if self.prep_before(i) in ("in", "since", "until", "by", "to", "during", "before", "after", "between"):
            return True
        if before is not None and before.kind == "punct" and before.key in "-–" and self.year_number(i - 2):
            return True
        unit = self.unit(i - 1)
        if unit is not None and unit[0] == "Y" and (self.definite(i - 1) or unit[1] != "1"):
            return True  # «في العامين 2017 و2018», «بعد أعوام 1994 و1998»
        if before is not None and before.key in self.lex.sets["dual_year_nouns"]:
            return True  # «بين عامي 2011 و2013»
        if before is not None and before.key == "و" and self.year_number(i - 2) is not None and self.year_stands(i - 2):
            return True  # the second of two coordinated years
        if after is None or after.kind == "punct":
            return before is None or not before.has(Cat.QMOD)
        if after.has(Cat.PREP, Cat.ERA) or after.key in self.lex.sets["year_followers_ok"]:
            return before is None or not before.has(Cat.QMOD)
        return False

    def vague(self, i: int) -> Mention | None:
        value = self.reading(i, Cat.VAGUE)
        if value is None:
            return None
        return self.mention(i, i, Meaning("vague", vague=str(value)))

    # ---------------------------------------------------------------- driver
    def parse(self) -> list[Mention]:
        # bound methods in a local, not an attribute: held by the grammar they would make a reference cycle that
        # kept each document's items and tokens alive until the garbage collector came by
        families: dict[str, Callable[[int], Mention | None]] = {
            "calendar_date": self.calendar_date,
            "day_reference": self.day_reference,
            "clock_time": self.clock_time,
            "relative_unit": self.relative_unit,
            "duration": self.duration,
            "recurrence": self.recurrence,
            "season": self.season,
            "decade": self.decade,
            "century": self.century,
            "quarter": self.quarter,
            "months_of_year": self.months_of_year,
            "holiday": self.holiday,
            "bare_year": self.bare_year,
            "vague": self.vague,
        }
        mentions: list[Mention] = []
        items = self.items
        position = 0  # first item not inside a mention
        # only eagerly scanned items can start an expression: a plain word's readings are empty
        for i in items.eager:
            if i < position:
                continue
            item = items[i]
            if not item.cats and item.kind == "word" and item.key not in ARTICLE_KEYS:
                continue  # most words start nothing
            names = _families_for(item)
            if not names:
                continue
            best: Mention | None = None
            for name in names:
                found = families[name](i)
                if found is not None and (best is None or found.last > best.last):
                    best = found
            if best is None:
                continue
            if mentions and best.first <= mentions[-1].last:
                best.first = mentions[-1].last + 1
                if best.first > best.last:
                    continue
            mentions.append(best)
            position = best.last + 1
        self.coordinate(mentions)
        return mentions

    def coordinate_ordinal(self, mention: Mention, taken: set[int], extra: list[Mention]) -> None:
        meaning = mention.meaning
        first = self.items[mention.first]
        previous = mention.first - 1
        if first.proclitics != "و" or previous in taken or meaning.kind != "date" or meaning.day is None:
            return
        ordinal = self.ordinal(previous)
        if ordinal is not None and ordinal[0] == mention.first and self.definite(previous) and ordinal[1] < meaning.day:
            extra.append(Mention(previous, previous, _day_copy(meaning, ordinal[1])))

    def joined(
        self, first: Mention, second: Mention, links: frozenset[str], *, most: int, glued: tuple[str, ...]
    ) -> bool:
        """Whether `second` follows `first` after at most `most` connector words in `links`, or with a connector
        glued to it («والأربعاء»)."""
        between = [self.key(k) for k in range(first.last + 1, second.first)]
        if between:
            return len(between) <= most and all(word in links for word in between)
        return self.items[second.first].proclitics in glued

    def coordinate_weekdays(self, mentions: list[Mention]) -> None:
        """«الثلاثاء والأربعاء», «الاثنين والثلاثاء الماضيين»: a weekday coordinated after another one names a day
        after it, and a direction said after the last one holds for the first too."""
        for first, second in pairwise(mentions):
            a, b = first.meaning, second.meaning
            if not (_bare_weekday(a) and _bare_weekday(b)):
                continue
            if self.joined(first, second, _OR_AND, most=1, glued=("و", "او")):
                b.follows_weekday = True
                if a.direction is None:
                    a.direction = b.direction

    def coordinate_range_years(self, mentions: list[Mention]) -> None:
        """«من 20 مارس 2020 إلى غاية 20 أبريل»: the end of a range names no year when it shares the start's (or
        falls in the year after it); «في مارس وأبريل 2017»: a coordinated month before takes the year named after."""
        for first, second in pairwise(mentions):
            a, b = first.meaning, second.meaning
            if a.kind != "date" or b.kind != "date" or a.month is None or b.month is None or a.hijri or b.hijri:
                continue
            if not self.joined(first, second, _RANGE_LINKS, most=2, glued=("و", "ل")):
                continue
            if a.year is not None and _yearless(b):
                b.year = a.year if b.month >= a.month else a.year + 1
            elif b.year is not None and _yearless(a):
                a.year = b.year if a.month <= b.month else b.year - 1  # «في مارس وأبريل 2017»
            elif b.direction is not None and _yearless(a) and a.day is None and b.day is None:
                a.direction = b.direction  # «في يونيو ويوليو الماضيين»: both past (not «بين 14 يونيو و15 يوليو المقبل»)

    def day_then_clock(self, mentions: list[Mention]) -> None:
        """«اليوم الساعة العاشرة صباحا», «الأربعاء في الساعة الثالثة», «مساء الغد الساعة الثامنة»: a day right before
        a clock time that names no day is the clock's day, and the two are one expression (as a day after the clock
        already is: «الساعة العاشرة صباح الأحد»)."""
        kept: list[Mention] = []
        for mention in mentions:
            previous = kept[-1] if kept else None
            if (
                previous is not None
                and _names_a_day(previous.meaning)
                and _dayless_clock(mention.meaning)
                and all(self.key(k) == "في" for k in range(previous.last + 1, mention.first))
                and mention.first - previous.last <= 2
            ):
                kept.pop()
                day, clock = previous.meaning, mention.meaning
                for name in _DAY_FIELDS:
                    setattr(clock, name, getattr(day, name))
                if clock.part is None and day.part is not None and clock.hour is not None:
                    clock.part, clock.hour = day.part, _clock_hour(clock.hour, day.part)
                clock.mod = clock.mod or day.mod
                mention.first = previous.first
            kept.append(mention)
        mentions[:] = kept

    def coordinate(self, mentions: list[Mention]) -> None:
        """«من 10 إلى 15 أغسطس», «10 و11 أغسطس», «بين 30 و40 عاما»: the bare first number shares the second's unit."""
        self.day_then_clock(mentions)
        self.coordinate_weekdays(mentions)
        self.coordinate_range_years(mentions)
        taken = {k for m in mentions for k in range(m.first, m.last + 1)}
        extra: list[Mention] = []
        for mention in mentions:
            meaning = mention.meaning
            first = self.at(mention.first)
            if first is None:
                continue
            if first.number is None:
                self.coordinate_ordinal(mention, taken, extra)
                continue
            if meaning.kind == "date" and meaning.hijri and meaning.month is None and meaning.year is not None:
                earlier = self.at(mention.first - 2)
                if (
                    earlier is not None
                    and self.punct(mention.first - 1, "/-")
                    and self.year_number(mention.first - 2) is not None
                    and mention.first - 2 not in taken
                ):  # «العام الدراسي 1435 / 1436هـ»: both years are Hijri
                    extra.append(
                        Mention(mention.first - 2, mention.first - 2, Meaning("date", year=earlier.number, hijri=True))
                    )
                continue
            link = self.at(mention.first - 1)
            number = self.at(mention.first - 2)
            if link is None or number is None or number.number is None or mention.first - 2 in taken:
                continue
            if link.key not in _CONNECTORS and link.get(Cat.PREP) is None:
                continue
            if meaning.kind == "date" and meaning.day is not None and meaning.month is not None:
                if 1 <= number.number <= 31 and number.number < (meaning.day or 0):
                    extra.append(Mention(mention.first - 2, mention.first - 2, _day_copy(meaning, number.number)))
            elif meaning.kind == "duration" and meaning.duration and meaning.duration[-1] in "DWMY":
                unit = meaning.duration.lstrip("PT").lstrip("0123456789")
                if unit and unit in "DWMY":
                    code = "MIN" if meaning.duration.startswith("PT") and unit == "M" else unit
                    if meaning.duration.startswith("PT") and unit != "M":
                        code = "H" if unit == "H" else code
                    extra.append(
                        Mention(
                            mention.first - 2,
                            mention.first - 2,
                            Meaning("duration", duration=duration_value(code, number.number)),
                        )
                    )
        if extra:
            mentions.extend(extra)
            mentions.sort(key=lambda m: m.first)


_FIRST_LAST: Final = {
    normalize("الأولى"): "first",
    normalize("الأخيرة"): "last",
}  # normal forms: «الاخيرة» is the same key
_WEEK_OF_MONTH_MODS: Final = {1: "START", 2: "MID", 3: "MID"}  # the fourth and fifth weeks: END

# What a clock time takes from the day it is said on.
_DAY_FIELDS: Final = ("year", "month", "day", "weekday", "deixis", "direction", "anaphoric", "year_rel", "hijri")


def _names_a_day(meaning: Meaning) -> bool:
    """A single day, with or without a part of it: «اليوم», «الأربعاء», «19 يوليو الجاري», «مساء الغد»."""
    return (
        meaning.kind in ("date", "time")
        and meaning.hour is None
        and meaning.rel_unit is None
        and (meaning.deixis is not None or meaning.weekday is not None or meaning.day is not None)
    )


def _dayless_clock(meaning: Meaning) -> bool:
    return (
        meaning.kind == "time"
        and meaning.hour is not None
        and all(getattr(meaning, name) is None for name in ("day", "weekday", "deixis", "anaphoric", "month", "year"))
    )


def _yearless(meaning: Meaning) -> bool:
    return meaning.year is None and meaning.year_rel is None and meaning.direction is None


def _bare_weekday(meaning: Meaning) -> bool:
    """A weekday with no date of its own («الثلاثاء», «مساء الأربعاء», «الجمعة الماضية»)."""
    return (
        meaning.kind in ("date", "time")
        and meaning.weekday is not None
        and meaning.day is None
        and meaning.month is None
        and meaning.year is None
        and meaning.deixis is None
    )


def _day_copy(meaning: Meaning, day: int) -> Meaning:
    """The same month (and year, direction) as `meaning`, another day: «بين الثالث والعاشر من أكتوبر»."""
    copy = Meaning("date", year=meaning.year, month=meaning.month, day=day, hijri=meaning.hijri)
    copy.year_rel, copy.direction = meaning.year_rel, meaning.direction
    copy.rel_unit, copy.rel_offset = meaning.rel_unit, meaning.rel_offset
    return copy


def _clock_hour(hour: int, part: str) -> int:
    if part in ("AF", "EV") and hour < 12:
        return hour + 12
    if part == "NI" and 6 <= hour < 12:
        return hour + 12
    if part == "MO" and hour == 12:
        return 0
    return hour


# Which pattern families can start on an item, by the categories of its readings (and digits, «(», «الـ»).
_STARTS: dict[str, frozenset[Cat]] = {
    "calendar_date": frozenset(
        {Cat.POSMOD, Cat.DAY_NOUN, Cat.DEIXIS, Cat.WEEKDAY, Cat.MONTH, Cat.HMONTH, Cat.MONTH_NOUN, Cat.ORD, Cat.ORDC}
    ),
    "day_reference": frozenset({Cat.LATE, Cat.PART, Cat.DAY_NOUN, Cat.DEIXIS, Cat.WEEKDAY, Cat.FAR}),
    "clock_time": frozenset({Cat.QMOD, Cat.CLOCK_NOUN, Cat.ORD, Cat.CARD}),
    "relative_unit": frozenset({Cat.POSMOD, Cat.NEAR, Cat.FAR, Cat.UNIT}),
    "duration": frozenset({Cat.QMOD, Cat.UNIT, Cat.FRAC, Cat.FEW, Cat.CARD}),
    "recurrence": frozenset({Cat.SET, Cat.EVERY}),
    "season": frozenset({Cat.POSMOD, Cat.SEASON_NOUN, Cat.SEASON}),
    "decade": frozenset({Cat.POSMOD, Cat.UNIT, Cat.DECADE}),
    "century": frozenset({Cat.POSMOD, Cat.UNIT}),
    "quarter": frozenset({Cat.POSMOD, Cat.QUARTER_NOUN, Cat.HALF_NOUN}),
    "months_of_year": frozenset({Cat.UNIT}),
    "holiday": frozenset({Cat.HOLIDAY}),
    "bare_year": frozenset({Cat.POSMOD, Cat.UNIT}),
    "vague": frozenset({Cat.VAGUE}),
}
_DIGIT_STARTS = ("calendar_date", "clock_time", "duration", "bare_year")
_FAMILIES_BY_CATS: dict[tuple[frozenset[Cat], str], tuple[str, ...]] = {}


def _families_for(item: Item) -> tuple[str, ...]:
    if item.number is not None or item.clock is not None:
        shape = "digits"
    elif item.numdate is not None:
        return ("calendar_date",)
    elif item.key in ARTICLE_KEYS:
        shape = "article"
    elif item.key == "(":
        shape = "paren"
    elif not item.cats:
        return ()
    else:
        shape = ""
    cache_key = (item.cats, shape)
    found = _FAMILIES_BY_CATS.get(cache_key)
    if found is None:
        names = [name for name, starts in _STARTS.items() if starts & item.cats]
        if shape == "digits":
            names += [name for name in _DIGIT_STARTS if name not in names]
        elif shape == "article":
            names.append("duration")
        elif shape == "paren":
            names.append("calendar_date")
        found = _FAMILIES_BY_CATS[cache_key] = tuple(names)
    return found
