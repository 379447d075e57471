"""What a time expression says before it is placed on the calendar: the fields the grammar read from the text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Meaning:
    """The parsed content of one time expression. Unset fields were not said.

    Absolute fields (`year`, `month`, `day`, …) come straight from the text; relative ones are resolved against
    the anchor date (`deixis`, `rel_unit`/`rel_offset`, `year_rel`, `direction`) or against the last date the
    text mentioned (`anaphoric`).
    """

    kind: str  # date, time, duration, set, vague
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False  # year/month/day are Hijri (Umm al-Qura)
    year_rel: int | None = None  # «من العام الماضي»: year = anchor year + year_rel
    direction: int | None = None  # «الماضي/الجاري/المقبل» on a weekday, month, season or holiday
    weekday: int | None = None
    deixis: int | None = None  # day offset from the anchor («أمس» = -1)
    rel_unit: str | None = None  # D W M Y DE CE: «الأسبوع الماضي», «قبل يومين»
    rel_offset: int | None = 0  # None = an unknown number of units («قبل أسابيع»)
    anaphoric: int | None = None  # days after the last day the text mentioned («اليوم التالي» = 1)
    anaphoric_unit: str = "D"
    ordinal_day: bool = False  # «اليوم الثاني»: counted from the start of the episode, not the last mention
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 198 for the 1980s
    century: int | None = None  # 20 for the 21st century
    part: str | None = None  # MO AF EV NI
    hour: int | None = None
    minute: int | None = None
    holiday: tuple[str, str] | None = None  # ("gregorian" | "hijri", "MM-DD")
    hijri_month_only: bool = False  # a Hijri month without a day: «رمضان»
    duration: str | None = None  # ISO 8601 period
    period: str | None = None  # SET value
    set_weekday: int | None = None  # «كل خميس»
    vague: str | None = None  # PAST_REF PRESENT_REF FUTURE_REF
    mod: str | None = None
    future: bool | None = None  # tense forced by the expression itself
    follows_weekday: bool = False  # «الثلاثاء والأربعاء»: the second of coordinated weekdays, read after the first

    @property
    def has_day(self) -> bool:
        return self.day is not None or self.weekday is not None or self.deixis is not None
