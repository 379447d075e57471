"""Place a `Meaning` on the calendar: TIMEX3 type, value and mod, against an anchor date and the clause's tense.

Relative expressions are resolved against the anchor (the publication date, given or detected); a weekday, a day
of a month or a month said without a year goes backward from the anchor unless the clause speaks of the future;
anaphoric ones («اليوم التالي», «ذلك اليوم») against the last date the text mentioned. Hijri dates are converted
with the Umm al-Qura calendar (hijridate).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from rasd.time.meaning import Meaning

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_OF_MONTH = {1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA"}
_SEASON_OF_MONTH |= {11: "FA", 12: "WI"}
_SEASONS = ("SP", "SU", "FA", "WI")
RECENT = dt.timedelta(days=14)
PAST_LEAN = 2.5  # a day ahead counts as 2.5 days behind when choosing the year of «16 تموز»
MONTH_PAST_LEAN = 3  # a month ahead counts as three behind when a month is named without a year
MAX_COORDINATED_GAP = 3  # «الاثنين والخميس»: coordinated weekdays at most this many days apart follow in order


@dataclass(slots=True)
class Reference:
    """The last calendar day (and its granularity) the text has mentioned: the anchor of «ذلك اليوم»."""

    date: dt.date | None = None
    granularity: str = ""  # D, M or Y
    sentence: int = -1
    episode: dt.date | None = None  # the day «اليوم الثاني/الثالث» count from, while they follow each other


@dataclass(frozen=True, slots=True)
class Resolved:
    type: str
    value: str
    mod: str | None
    day: dt.date | None = None  # the calendar day it denotes, when it denotes one
    granularity: str = ""


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        gregorian: dt.date = Hijri(year, month, day).to_gregorian()
        return gregorian
    except (OverflowError, ValueError):
        return None


def hijri_month_majority(year: int, month: int) -> tuple[int, int] | None:
    """(year, month) of the Gregorian month holding most days of a Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    if first is None:
        return None
    length = Hijri(year, month, 1).month_length()
    middle = first + dt.timedelta(days=length // 2)
    return middle.year, middle.month


def hijri_year_of(day: dt.date) -> int | None:
    try:
        return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
    except (OverflowError, ValueError):
        return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], anchor: dt.date, future: bool) -> dt.date:
    """The candidate the clause means: the latest on or before the anchor, or the first on or after it if future."""
    if future:
        ahead = [c for c in candidates if c >= anchor]
        recent = [c for c in candidates if anchor - RECENT <= c < anchor]
        if ahead and not recent:  # a day of the last fortnight is the past, whatever the clause says
            return min(ahead)
    behind = [c for c in candidates if c <= anchor]
    ahead = [c for c in candidates if c > anchor]
    if behind and ahead:
        # no future cue: the nearer day wins, with news leaning to the past
        latest, soonest = max(behind), min(ahead)
        return soonest if (soonest - anchor).days * PAST_LEAN < (anchor - latest).days else latest
    return max(behind) if behind else min(ahead)


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


class Resolver:
    def __init__(self, anchor: dt.date | None) -> None:
        self.anchor = anchor
        self.reference = Reference()
        self.last_day = Reference()  # the last day-level date, for «ذلك اليوم» close after it

    def resolve(self, meaning: Meaning, *, future: bool, sentence: int) -> Resolved:
        if meaning.kind == "vague":
            return Resolved("DATE", meaning.vague or "PAST_REF", None)
        if meaning.kind == "duration":
            return Resolved("DURATION", meaning.duration or "PXD", meaning.mod)
        if meaning.kind == "set":
            if meaning.set_weekday is not None:
                return Resolved("SET", f"XXXX-WXX-{meaning.set_weekday + 1}", None)
            return Resolved("SET", meaning.period or "P1D", None)
        if meaning.future is not None:
            future = meaning.future
        try:
            value, day, granularity = self.calendar(meaning, future, sentence)
        except (ValueError, OverflowError):  # arithmetic past the calendar's range («قبل 2021 عام»): keep it vague
            return Resolved("DATE", "FUTURE_REF" if future else "PAST_REF", None)
        if meaning.kind == "time":
            if day is not None:
                prefix = day.isoformat()
                episode = self.reference.episode if day == self.reference.date else None
                self.reference = self.last_day = Reference(day, "D", sentence, episode)
            elif meaning.has_day or meaning.anaphoric is not None or meaning.month is not None:
                prefix = value if value.count("-") == 2 else "XXXX-XX-XX"
            else:
                prefix = self.clock_day(sentence)
            if meaning.hour is not None:
                value = f"{prefix}T{meaning.hour:02d}:{(meaning.minute or 0):02d}"
            else:
                value = f"{prefix}T{meaning.part or 'DT'}"
            return Resolved("TIME", value, meaning.mod, day, "D")
        if day is not None or granularity:
            episode = self.reference.episode if meaning.ordinal_day else None
            if meaning.ordinal_day and episode is None:
                episode = day - dt.timedelta(days=meaning.anaphoric or 0) if day else None
            self.reference = Reference(day, granularity, sentence, episode)
            if granularity == "D":
                self.last_day = self.reference
        return Resolved("DATE", value, meaning.mod, day, granularity)

    def clock_day(self, sentence: int) -> str:
        reference = self.reference
        if reference.date is not None and reference.granularity == "D" and sentence - reference.sentence <= 1:
            return reference.date.isoformat()
        return "XXXX-XX-XX"

    # ------------------------------------------------------------------ calendar values
    def calendar(self, m: Meaning, future: bool, sentence: int) -> tuple[str, dt.date | None, str]:
        """(value, day denoted or None, granularity D/M/Y or "")."""
        anchor = self.anchor
        if m.anaphoric is not None:
            return self.anaphora(m, sentence)
        if m.holiday is not None:
            return self.holiday(m, future)
        if m.hijri:
            return self.hijri(m, future)
        if m.deixis is not None:
            if anchor is None:
                return "XXXX-XX-XX", None, ""
            day = anchor + dt.timedelta(days=m.deixis)
            if m.weekday is not None and m.weekday != day.weekday():
                # «أمس الأربعاء» in an article dated a day late: the named weekday nearest that day wins
                shift = (m.weekday - day.weekday() + 3) % 7 - 3
                day += dt.timedelta(days=shift)
            return day.isoformat(), day, "D"
        if m.day is not None and m.month is not None:
            return self.day_of_month(m, future)
        if m.day is not None and m.rel_unit == "M":
            if anchor is None:
                return f"XXXX-XX-{m.day:02d}", None, ""
            year, month = _add_months(anchor.year, anchor.month, m.rel_offset or 0)
            in_month = _date(year, month, m.day)
            if in_month is None:
                return f"{year}-{month:02d}-{m.day:02d}", None, ""
            return in_month.isoformat(), in_month, "D"
        if m.month is not None:
            return self.month_only(m, future)
        if m.weekday is not None:
            return self.weekday(m, future)
        if m.rel_unit is not None:
            return self.relative(m)
        if m.season is not None:
            return self.season(m, future)
        if m.quarter is not None or m.half is not None:
            of_year = self.year_of(m)
            if of_year is None:
                return ("XXXX-Q" if m.quarter else "XXXX-H") + str(m.quarter or m.half), None, ""
            return (f"{of_year}-Q{m.quarter}" if m.quarter else f"{of_year}-H{m.half}"), None, "Y"
        if m.decade is not None:
            century = self.century_value(m.century) if m.century is not None else 19
            return f"{century}{m.decade}", None, ""
        if m.century is not None:
            return f"{self.century_value(m.century):02d}", None, ""
        if m.year is not None:
            if m.year < 0:
                return f"BC{-m.year:04d}", None, ""  # TIMEX3 writes years before the common era «BC»
            return f"{m.year:04d}", dt.date(m.year, 1, 1), "Y"
        return "XXXX-XX-XX", None, ""

    def century_value(self, century: int) -> int:
        if century < -500:  # relative: -1000 + direction
            base = (self.anchor.year // 100) if self.anchor else 20
            return base + (century + 1000)
        return century

    def year_of(self, m: Meaning) -> int | None:
        if m.year is not None:
            return m.year
        if self.anchor is None:
            return None
        return self.anchor.year + (m.year_rel or 0)

    def day_of_month(self, m: Meaning, future: bool) -> tuple[str, dt.date | None, str]:
        assert m.day is not None and m.month is not None
        anchor = self.anchor
        day: dt.date | None
        if m.year is not None or m.year_rel is not None:
            year = self.year_of(m)
            if year is None:
                return f"XXXX-{m.month:02d}-{m.day:02d}", None, ""
            day = _date(year, m.month, m.day)
            return (day.isoformat(), day, "D") if day else (f"{year}-{m.month:02d}-{m.day:02d}", None, "")
        if anchor is None:
            return f"XXXX-{m.month:02d}-{m.day:02d}", None, ""
        if m.direction == 0:
            day = _date(anchor.year, m.month, m.day)
        else:
            candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _date(y, m.month, m.day))]
            if not candidates:
                return f"XXXX-{m.month:02d}-{m.day:02d}", None, ""
            if m.direction == -1:
                candidates = [c for c in candidates if c < anchor] or candidates
            elif m.direction == 1:
                candidates = [c for c in candidates if c > anchor] or candidates
            day = _pick(candidates, anchor, future or m.direction == 1)
        if day is None:
            return f"{anchor.year}-{m.month:02d}-{m.day:02d}", None, ""
        return day.isoformat(), day, "D"

    def month_only(self, m: Meaning, future: bool) -> tuple[str, dt.date | None, str]:
        assert m.month is not None
        anchor = self.anchor
        year: int | None = m.year
        if year is None and m.year_rel is not None and anchor is not None:
            year = anchor.year + m.year_rel
        if year is None and anchor is not None:
            current = anchor.year * 12 + anchor.month - 1
            options = [y * 12 + m.month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
            if m.direction == 0:
                year = anchor.year
            elif m.direction == -1:
                year = max(o for o in options if o < current) // 12
            elif m.direction == 1 or future:
                year = min(o for o in options if o >= current + (1 if m.direction == 1 else 0)) // 12
            else:
                behind = max(o for o in options if o <= current)
                ahead = min(o for o in options if o > current)
                # no tense cue: next month's name speaks of next month, one nine months back is last year's
                year = (ahead if (ahead - current) * MONTH_PAST_LEAN < current - behind else behind) // 12
        if year is None:
            return f"XXXX-{m.month:02d}", None, ""
        return f"{year:04d}-{m.month:02d}", dt.date(year, m.month, 1), "M"

    def weekday(self, m: Meaning, future: bool) -> tuple[str, dt.date | None, str]:
        assert m.weekday is not None
        anchor = self.anchor
        if anchor is None:
            return "XXXX-WXX-" + str(m.weekday + 1), None, ""
        previous = self.reference
        if m.follows_weekday and previous.date is not None and previous.granularity == "D":
            after = (m.weekday - previous.date.weekday()) % 7
            if 1 <= after <= MAX_COORDINATED_GAP:  # named in order: the days after the first one
                day = previous.date + dt.timedelta(days=after)
                return day.isoformat(), day, "D"
        delta = (m.weekday - anchor.weekday()) % 7  # days forward to the next such day (0 = today)
        if m.direction == -1:
            day = anchor - dt.timedelta(days=(7 - delta) if delta else 7)
        elif m.direction == 1:
            day = anchor + dt.timedelta(days=delta or 7)
        elif delta == 0:
            day = anchor
        elif future:
            day = anchor + dt.timedelta(days=delta)
        else:
            day = anchor - dt.timedelta(days=7 - delta)
        return day.isoformat(), day, "D"

    def relative(self, m: Meaning) -> tuple[str, dt.date | None, str]:
        anchor = self.anchor
        unit, offset = m.rel_unit, m.rel_offset
        if anchor is None:
            blank = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}
            return blank.get(unit or "", "XXXX-XX-XX"), None, ""
        if unit == "D":
            if offset is None:
                return f"{anchor.year}-{anchor.month:02d}-XX", None, ""
            day = anchor + dt.timedelta(days=offset)
            return day.isoformat(), day, "D"
        if unit == "W":
            if offset is None:
                return f"{anchor.isocalendar()[0]}-WXX", None, ""
            return _week(anchor + dt.timedelta(weeks=offset)), None, ""
        if unit == "M":
            if offset is None:
                return f"{anchor.year}-XX", None, ""
            year, month = _add_months(anchor.year, anchor.month, offset)
            return f"{year}-{month:02d}", dt.date(year, month, 1), "M"
        if unit == "Y":
            if offset is None:
                return "PAST_REF", None, ""
            year = anchor.year + offset
            if year < dt.MINYEAR:  # «قبل 14 ألف عام»: TIMEX3 writes years before the common era «BC»
                return f"BC{1 - year:04d}", None, ""
            return f"{year:04d}", dt.date(year, 1, 1), "Y"
        if unit == "DE":  # «العقد الماضي» (published in 2021): the 2010s
            return f"{anchor.year // 10 + (offset or 0):03d}", None, ""
        if unit == "CE":
            return f"{anchor.year // 100 + (offset or 0):02d}", None, ""
        return "PAST_REF", None, ""

    def season(self, m: Meaning, future: bool) -> tuple[str, dt.date | None, str]:
        assert m.season is not None
        year = m.year
        anchor = self.anchor
        if year is None and m.year_rel is not None and anchor is not None:
            year = anchor.year + m.year_rel
        if year is None and anchor is not None:
            now = anchor.year * 12 + anchor.month - 1
            starts = [y * 12 + _SEASON_START[m.season] - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
            current = _SEASON_OF_MONTH[anchor.month]
            if m.season == current and m.direction in (None, 0):
                year = anchor.year
            elif m.direction == 1 or (m.direction is None and future):
                year = min(s for s in starts if s > now) // 12
            else:
                year = max(s for s in starts if s + 2 < now) // 12
        if year is None:
            return f"XXXX-{m.season}", None, ""
        return f"{year}-{m.season}", None, "Y"

    def holiday(self, m: Meaning, future: bool) -> tuple[str, dt.date | None, str]:
        assert m.holiday is not None
        calendar, month_day = m.holiday
        month, day_number = (int(x) for x in month_day.split("-"))
        anchor = self.anchor
        if calendar == "gregorian":
            return self.day_of_month(
                Meaning("date", year=m.year, year_rel=m.year_rel, month=month, day=day_number, direction=m.direction),
                future,
            )
        if m.year is not None and m.year > 1300:
            day = hijri_to_gregorian(m.year, month, day_number)
            return (day.isoformat(), day, "D") if day else ("XXXX-XX-XX", None, "")
        if anchor is None:
            return "XXXX-XX-XX", None, ""
        base = hijri_year_of(anchor)
        if base is None:
            return "XXXX-XX-XX", None, ""
        candidates = [d for y in (base - 1, base, base + 1) if (d := hijri_to_gregorian(y, month, day_number))]
        if m.year is not None and m.year > 0:
            candidates = [c for c in candidates if c.year == m.year] or candidates
        if m.direction == -1:
            candidates = [c for c in candidates if c < anchor] or candidates
        elif m.direction == 1:
            candidates = [c for c in candidates if c > anchor] or candidates
        day = _pick(candidates, anchor, future) if candidates else None
        return (day.isoformat(), day, "D") if day else ("XXXX-XX-XX", None, "")

    def hijri(self, m: Meaning, future: bool) -> tuple[str, dt.date | None, str]:
        anchor = self.anchor
        year = m.year
        if m.rel_unit == "Y" and year is None and anchor is not None:
            base = hijri_year_of(anchor)
            year = base + (m.rel_offset or 0) if base is not None else None
        if year is not None and year < 1300 and m.month is None:
            return f"{year:04d}", None, "Y"
        if m.month is None:
            if year is None:
                return "XXXX", None, ""
            first, last = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year, 12, 1)
            if first is None or last is None:
                return f"{round(year * 0.970229 + 621.5643):04d}", None, "Y"
            middle = first + (last - first) / 2
            return f"{middle.year}", None, "Y"
        years = [year] if year is not None else []
        if not years and anchor is not None:
            base = hijri_year_of(anchor)
            years = [base - 1, base, base + 1] if base else []
        if m.day is None:
            if m.mod == "START":
                options = [d for y in years if (d := hijri_to_gregorian(y, m.month, 1))]
                if options:
                    day = options[0] if len(options) == 1 or anchor is None else _pick(options, anchor, future)
                    m.mod = "START"
                    return day.isoformat(), day, "D"
            majority = [dt.date(*hm, 1) for y in years if (hm := hijri_month_majority(y, m.month))]
            if not majority:
                return "XXXX-XX", None, ""
            chosen = majority[0]
            if len(majority) > 1 and anchor is not None:
                chosen = _pick(majority, anchor.replace(day=1), future)
            return f"{chosen.year}-{chosen.month:02d}", chosen, "M"
        options = [d for y in years if (d := hijri_to_gregorian(y, m.month, m.day))]
        if not options:
            return "XXXX-XX-XX", None, ""
        day = options[0] if len(options) == 1 or anchor is None else _pick(options, anchor, future)
        return day.isoformat(), day, "D"

    def anaphora(self, m: Meaning, sentence: int) -> tuple[str, dt.date | None, str]:
        reference = self.reference
        unit = m.anaphoric_unit
        offset = m.anaphoric or 0
        if unit == "D" and self.last_day.date is not None and sentence - self.last_day.sentence <= 2:
            reference = self.last_day
        if m.ordinal_day and reference.episode is not None:
            day = reference.episode + dt.timedelta(days=offset)
            return day.isoformat(), day, "D"
        if reference.date is None:
            blank = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}
            return blank.get(unit, "XXXX-XX-XX"), None, ""
        ref = reference.date
        if unit == "D":
            if reference.granularity == "D":
                day = ref + dt.timedelta(days=offset)
                return day.isoformat(), day, "D"
            if reference.granularity == "M":
                return f"{ref.year}-{ref.month:02d}-XX", None, ""
            return f"{ref.year}-XX-XX", None, ""
        if unit == "W":
            return _week(ref + dt.timedelta(weeks=offset)), None, ""
        if unit == "M":
            year, month = _add_months(ref.year, ref.month, offset)
            return f"{year}-{month:02d}", dt.date(year, month, 1), "M"
        return f"{ref.year + offset}", dt.date(ref.year + offset, 1, 1), "Y"
