"""The time stage on sentences written for these tests (one group per case of the time-expressions issue)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.doc import Doc
from rasd.pipeline import Pipeline, analyze, make_doc
from rasd.time import find_timexes, tag_time

PUB = "2021-07-22"  # a Thursday

Expected = tuple[str, str, str, str | None]


def found(text: str, published: str | None = PUB) -> list[Expected]:
    return [(t.text, t.type, t.value, t.mod) for t in find_timexes(text, published=published)]


def check(text: str, expected: list[Expected], published: str | None = PUB) -> None:
    got = found(text, published)
    assert got == expected, f"{text}\n got {got}\nwant {expected}"


# 1. Gregorian months under every naming, paired forms as one expression
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد في 5 كانون الثاني 2020 إلى بيروت.", [("5 كانون الثاني 2020", "DATE", "2020-01-05", None)]),
        ("انتهت المهلة في 3 شباط 2019.", [("3 شباط 2019", "DATE", "2019-02-03", None)]),
        ("وقعت الحادثة يوم 14 جانفي 2011 في تونس.", [("يوم 14 جانفي 2011", "DATE", "2011-01-14", None)]),
        ("تنطلق الدورة في 2 فيفري 2022.", [("2 فيفري 2022", "DATE", "2022-02-02", None)]),
        ("أعلنت الحكومة في 9 أفريل 2018 عن خطتها.", [("9 أفريل 2018", "DATE", "2018-04-09", None)]),
        ("جرت الانتخابات في 12 جوان 2019.", [("12 جوان 2019", "DATE", "2019-06-12", None)]),
        ("عيد الاستقلال في 5 جويلية 1962.", [("5 جويلية 1962", "DATE", "1962-07-05", None)]),
        ("انعقد المؤتمر في 20 أوت 2016.", [("20 أوت 2016", "DATE", "2016-08-20", None)]),
        ("صدر القرار في 8 ماي 2020.", [("8 ماي 2020", "DATE", "2020-05-08", None)]),
        ("صدر الحكم في 3 إبريل 2017.", [("3 إبريل 2017", "DATE", "2017-04-03", None)]),
        ("بدأت الأزمة في يونيه 2013.", [("يونيه 2013", "DATE", "2013-06", None)]),
        ("افتتح المعرض في 23 يوليه 2015.", [("23 يوليه 2015", "DATE", "2015-07-23", None)]),
        ("جاء ذلك في 7 اغسطس 2014.", [("7 اغسطس 2014", "DATE", "2014-08-07", None)]),
        ("وقع الاتفاق في 22 يوليو/تموز 2021.", [("22 يوليو/تموز 2021", "DATE", "2021-07-22", None)]),
        ("أقر المجلس القرار في 23 سبتمبر/ أيلول 2013.", [("23 سبتمبر/ أيلول 2013", "DATE", "2013-09-23", None)]),
        ("وصل الرئيس في 4 (يوليو) تموز 2019.", [("4 (يوليو) تموز 2019", "DATE", "2019-07-04", None)]),
        ("عاد السفير في 9 تموز (يوليو) 2019.", [("9 تموز (يوليو) 2019", "DATE", "2019-07-09", None)]),
        ("أدانته المحكمة في نوفمبر تشرين الثاني 2016.", [("نوفمبر تشرين الثاني 2016", "DATE", "2016-11", None)]),
        ("افتتح الجسر في 3 دجنبر 2019 بالرباط.", [("3 دجنبر 2019", "DATE", "2019-12-03", None)]),
    ],
)
def test_month_namings(text: str, expected: list[Expected]) -> None:
    check(text, expected)


# 2. Hijri dates, converted with the Umm al-Qura calendar; an AH/AD pair gives two expressions
def test_hijri_date_and_its_gregorian_pair() -> None:
    check(
        "صدر المرسوم يوم 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م.",
        [
            ("يوم 25 شوال 1436 هـ", "DATE", "2015-08-10", None),
            ("10 أغسطس 2015 م", "DATE", "2015-08-10", None),
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ارتفعت الأسعار في رمضان الماضي.", [("رمضان الماضي", "DATE", "2021-04", None)]),
        ("يبدأ الصيام مطلع رمضان المقبل.", [("مطلع رمضان المقبل", "DATE", "2022-04-02", "START")]),
        ("تعود الحكومة إلى العمل بعد عيد الأضحى.", [("عيد الأضحى", "DATE", "2021-07-20", None)]),
        ("ولد الشاعر في 12 ربيع الأول 1400 للهجرة.", [("12 ربيع الأول 1400 للهجرة", "DATE", "1980-01-30", None)]),
    ],
)
def test_hijri_months_and_feasts(text: str, expected: list[Expected]) -> None:
    check(text, expected)


# 3. Arabic-Indic, Persian and ASCII digits, numeric dates, ordinal and word numbers
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشرت الصورة في ٢٢/٧/٢٠٢١ على الموقع.", [("٢٢/٧/٢٠٢١", "DATE", "2021-07-22", None)]),
        ("يبدأ التسجيل في 2021-09-01.", [("2021-09-01", "DATE", "2021-09-01", None)]),
        ("وقعت الحادثة عام ۲۰۱۹.", [("عام ۲۰۱۹", "DATE", "2019", None)]),
        ("اجتمع المجلس في الثاني والعشرين من يوليو.", [("الثاني والعشرين من يوليو", "DATE", "2021-07-22", None)]),
        ("تأسست الجمعية عام ألفين وعشرين.", [("عام ألفين وعشرين", "DATE", "2020", None)]),
        ("وقع الانفجار في الحادي عشر من سبتمبر 2001.", [("الحادي عشر من سبتمبر 2001", "DATE", "2001-09-11", None)]),
        ("ستنطلق الحملة في العاشر من الشهر المقبل.", [("العاشر من الشهر المقبل", "DATE", "2021-08-10", None)]),
    ],
)
def test_digits_and_number_words(text: str, expected: list[Expected]) -> None:
    check(text, expected)


# 4. Weekdays, parts of day and clock times
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقى الوزير نظيره الثلاثاء في عمان.", [("الثلاثاء", "DATE", "2021-07-20", None)]),
        ("يلتقي الوزير نظيره الثلاثاء في عمان.", [("الثلاثاء", "DATE", "2021-07-27", None)]),
        ("سيزور الرئيس باريس يوم السبت.", [("يوم السبت", "DATE", "2021-07-24", None)]),
        ("وصل الوفد مساء الثلاثاء الماضي.", [("مساء الثلاثاء الماضي", "TIME", "2021-07-20TEV", None)]),
        ("أعلن الجيش صباح اليوم عن عملية.", [("صباح اليوم", "TIME", "2021-07-22TMO", None)]),
        ("انطلقت المسيرة الساعة الثالثة عصرا.", [("الساعة الثالثة عصرا", "TIME", "XXXX-XX-XXT15:00", None)]),
        (
            "بدأ القصف فجر الخميس وتوقف الساعة 14:30 بتوقيت غرينتش.",
            [
                ("فجر الخميس", "TIME", "2021-07-22TMO", None),
                ("الساعة 14:30 بتوقيت غرينتش", "TIME", "2021-07-22T14:30", None),
            ],
        ),
        ("دوت انفجارات ليل الأربعاء في المدينة.", [("ليل الأربعاء", "TIME", "2021-07-21TNI", None)]),
        ("انطلقت القافلة الساعة الخامسة فجر اليوم.", [("الساعة الخامسة فجر اليوم", "TIME", "2021-07-22T05:00", None)]),
        (
            "تستمر الهدنة حتى الساعة الثانية عشرة ظهرا من اليوم.",
            [("الساعة الثانية عشرة ظهرا من اليوم", "TIME", "2021-07-22T12:00", None)],
        ),
        (
            "وقع الانفجار الساعة 12.05 بعد منتصف الليل.",
            [("الساعة 12.05 بعد منتصف الليل", "TIME", "XXXX-XX-XXT00:05", None)],
        ),
        (
            "أغلقت المحال الساعة الحادية عشرة قبل منتصف الليل.",
            [("الساعة الحادية عشرة قبل منتصف الليل", "TIME", "XXXX-XX-XXT23:00", None)],
        ),
        ("يعقد الاجتماع في العاشرة صباحا.", [("العاشرة صباحا", "TIME", "XXXX-XX-XXT10:00", None)]),
        ("تبدأ الجلسة الساعة السابعة والنصف مساء.", [("الساعة السابعة والنصف مساء", "TIME", "XXXX-XX-XXT19:30", None)]),
        (
            "رصد الهلال الساعة السادسة وستة وأربعين دقيقة من مساء اليوم (الخميس).",
            [("الساعة السادسة وستة وأربعين دقيقة من مساء اليوم (الخميس)", "TIME", "2021-07-22T18:46", None)],
        ),
    ],
)
def test_weekdays_parts_of_day_and_clock(text: str, expected: list[Expected]) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day right before a clock time is the clock's day: one expression
        ("وصل الوفد اليوم الساعة العاشرة صباحا.", [("اليوم الساعة العاشرة صباحا", "TIME", "2021-07-22T10:00", None)]),
        ("تبدأ الجلسة غدا في الساعة الثانية ظهرا.", [("غدا في الساعة الثانية ظهرا", "TIME", "2021-07-23T14:00", None)]),
        ("يبدأ الحفل مساء الغد الساعة الثامنة.", [("مساء الغد الساعة الثامنة", "TIME", "2021-07-23T20:00", None)]),
        (
            "انطلق السباق في 19 يوليو الجاري الساعة 12:00 بتوقيت غرينتش.",
            [("19 يوليو الجاري الساعة 12:00 بتوقيت غرينتش", "TIME", "2021-07-19T12:00", None)],
        ),
        # and a date after it, also through «يوم» or a weekday
        (
            "وقع الانفجار الساعة الخامسة صباحا يوم 11 أبريل الماضي.",
            [("الساعة الخامسة صباحا يوم 11 أبريل الماضي", "TIME", "2021-04-11T05:00", None)],
        ),
        (
            "بدأ الاجتماع حوالي الساعة الثامنة مساء الثلاثاء 20 يوليو.",
            [("حوالي الساعة الثامنة مساء الثلاثاء 20 يوليو", "TIME", "2021-07-20T20:00", "APPROX")],
        ),
        (
            "قصفت الطائرات المدينة الساعة 02:15 بتوقيت غرينتش فجر الأحد.",
            [("الساعة 02:15 بتوقيت غرينتش فجر الأحد", "TIME", "2021-07-18T02:15", None)],
        ),
        # «بعد الظهر» and definite parts of the day set the clock's half of the day
        (
            "بدأ القصف قرابة الساعة الرابعة والنصف بعد الظهر.",
            [("قرابة الساعة الرابعة والنصف بعد الظهر", "TIME", "XXXX-XX-XXT16:30", "APPROX")],
        ),
        ("تفتح المكاتب أبوابها الثالثة بعد الظهر.", [("الثالثة بعد الظهر", "TIME", "XXXX-XX-XXT15:00", None)]),
        # a week of a month is the month with the week's place in it, not the month's first day
        (
            "ستعقد القمة في الأسبوع الأول من أغسطس المقبل.",
            [("الأسبوع الأول من أغسطس المقبل", "DATE", "2021-08", "START")],
        ),
        (
            "ستعقد القمة خلال الأسبوع الثالث من سبتمبر 2022.",
            [("الأسبوع الثالث من سبتمبر 2022", "DATE", "2022-09", "MID")],
        ),
        ("يجتمع المجلس في الأسبوع الأخير من سبتمبر.", [("الأسبوع الأخير من سبتمبر", "DATE", "2021-09", "END")]),
        # «اليوم الأول من أغسطس» is the first of August; «اليوم الثاني من الزيارة» the visit's second day
        ("وصل في اليوم الأول من أغسطس.", [("اليوم الأول من أغسطس", "DATE", "2021-08-01", None)]),
        # the first or last three or six months of a year are its quarter or half; the last six months a duration
        (
            "ارتفعت الصادرات خلال الأشهر الستة الأولى من العام الجاري.",
            [("الأشهر الستة الأولى من العام الجاري", "DATE", "2021-H1", None)],
        ),
        (
            "زادت الأرباح في الشهور الثلاثة الأخيرة من العام الماضي.",
            [("الشهور الثلاثة الأخيرة من العام الماضي", "DATE", "2020-Q4", None)],
        ),
        ("زادت الأرباح في الأشهر الستة الماضية.", [("الأشهر الستة الماضية", "DURATION", "P6M", None)]),
        ("هبطت الأسعار في السنوات العشر الأخيرة.", [("السنوات العشر الأخيرة", "DURATION", "P10Y", None)]),
        # the ten days of a Hijri month
        ("يعتكف المصلون في العشر الأواخر من رمضان.", [("العشر الأواخر من رمضان", "DATE", "2021-04", "END")]),
    ],
)
def test_clock_times_with_their_day_and_parts_of_months_and_years(text: str, expected: list[Expected]) -> None:
    check(text, expected)


def test_a_past_act_before_a_weekday_dates_it_whatever_future_follows() -> None:
    # the Tuesday of the announcement, not of the operation announced
    check("أعلن الجيش الثلاثاء عن عملية ستنطلق قريبا.", [("الثلاثاء", "DATE", "2021-07-20", None)])
    # a verbal noun with a verb's letters is no past act: the talks planned for Monday and Tuesday are ahead
    check(
        "من المزمع عقد مفاوضات يومي الاثنين والثلاثاء في جنيف.",
        [("الاثنين", "DATE", "2021-07-26", None), ("الثلاثاء", "DATE", "2021-07-27", None)],
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # published on the Tuesday: the Wednesday is the next day, whatever the tense says of a lone weekday
            "تحتضن المدينة الثلاثاء والأربعاء مؤتمرا للمانحين.",
            "2018-04-24",
            [("الثلاثاء", "DATE", "2018-04-24", None), ("الأربعاء", "DATE", "2018-04-25", None)],
        ),
        (
            "سقط عشرات الجرحى في مواجهات الاثنين والثلاثاء الماضيين.",
            "2018-05-18",
            [("الاثنين", "DATE", "2018-05-14", None), ("الثلاثاء الماضيين", "DATE", "2018-05-15", None)],
        ),
        (  # the direction after the second weekday holds for the first
            "يعقد المجلس جلستين الأحد و الاثنين المقبلين.",
            "2021-07-21",
            [("الأحد", "DATE", "2021-07-25", None), ("الاثنين المقبلين", "DATE", "2021-07-26", None)],
        ),
        (
            "وقعت اشتباكات مساء الجمعة أو السبت.",
            "2021-07-22",
            [("مساء الجمعة", "TIME", "2021-07-16TEV", None), ("السبت", "DATE", "2021-07-17", None)],
        ),
        (  # not coordinated: each weekday on its own
            "التقى الوزير نظيره الأربعاء والتقى الرئيس الخميس.",
            "2021-07-22",
            [("الأربعاء", "DATE", "2021-07-21", None), ("الخميس", "DATE", "2021-07-22", None)],
        ),
    ],
)
def test_coordinated_weekdays_follow_each_other(text: str, published: str, expected: list[Expected]) -> None:
    check(text, expected, published)


# 5. Relative and anaphoric expressions against the publication date
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير أمس إن المفاوضات مستمرة.", [("أمس", "DATE", "2021-07-21", None)]),
        ("تصل البعثة غدا إلى القاهرة.", [("غدا", "DATE", "2021-07-23", None)]),
        ("جرت الانتخابات أول أمس.", [("أول أمس", "DATE", "2021-07-20", None)]),
        ("نشرت الحكومة الأسبوع الماضي تقريرا.", [("الأسبوع الماضي", "DATE", "2021-W28", None)]),
        ("ارتفعت الأسعار خلال الشهر الجاري.", [("الشهر الجاري", "DATE", "2021-07", None)]),
        ("تراجع النمو في العام الماضي.", [("العام الماضي", "DATE", "2020", None)]),
        ("اختفى الصحفي منذ ثلاثة أيام.", [("منذ ثلاثة أيام", "DATE", "2021-07-19", None)]),
        ("سيعود الوفد بعد يومين إلى بلاده.", [("بعد يومين", "DATE", "2021-07-24", None)]),
        ("وقع الهجوم قبل أسبوعين.", [("قبل أسبوعين", "DATE", "2021-W27", None)]),
        ("وفي وقت سابق، أعلنت الشرطة اعتقال مشتبه به.", [("وقت سابق", "DATE", "PAST_REF", None)]),
        ("بدأت المحادثات في سبتمبر من العام الماضي.", [("سبتمبر من العام الماضي", "DATE", "2020-09", None)]),
        ("جرى الاتصال في أوائل يوليو الجاري.", [("أوائل يوليو الجاري", "DATE", "2021-07", "START")]),
        ("وصلت الشحنة في 30 مارس الماضي.", [("30 مارس الماضي", "DATE", "2021-03-30", None)]),
        ("غادر الوفد في 2 مارس.", [("2 مارس", "DATE", "2021-03-02", None)]),
        ("تنتهي المهلة في 2 أغسطس.", [("2 أغسطس", "DATE", "2021-08-02", None)]),
        ("سيغادر الوفد في 2 مارس.", [("2 مارس", "DATE", "2022-03-02", None)]),
        ("وصل الوفد في ديسمبر.", [("ديسمبر", "DATE", "2020-12", None)]),
        ("سيصل الوفد في ديسمبر.", [("ديسمبر", "DATE", "2021-12", None)]),
        ("قال الوزير الأحد إن الوفد سيصل.", [("الأحد", "DATE", "2021-07-18", None)]),
        ("ومن المتوقع أن يصدر الحكم الأحد.", [("الأحد", "DATE", "2021-07-25", None)]),
        ("حذرت المتحدثة الثلاثاء من أنه لن يسمح بذلك.", [("الثلاثاء", "DATE", "2021-07-20", None)]),
        ("وقعت الهجمات في 11 يناير.", [("11 يناير", "DATE", "2021-01-11", None)]),
        ("وفرضت العقوبات وقطاع الطاقة في 4 سبتمبر.", [("4 سبتمبر", "DATE", "2021-09-04", None)]),
        ("أعلن الطرفان الاتفاق قبل أيام فقط من الانتخابات.", [("أيام", "DURATION", "PXD", None)]),
        (
            "وصل الفريق في 3 مارس 2019. وفي اليوم التالي بدأ العمل.",
            [("3 مارس 2019", "DATE", "2019-03-03", None), ("اليوم التالي", "DATE", "2019-03-04", None)],
        ),
        ("اجتمعت اللجنة مطلع الشهر الماضي.", [("مطلع الشهر الماضي", "DATE", "2021-06", "START")]),
        ("يحذر الخبراء من عاصفة مرتقبة السبت.", [("السبت", "DATE", "2021-07-24", None)]),
        ("صدت القوات هجوما الليلة قبل الماضية.", [("الليلة قبل الماضية", "TIME", "2021-07-20TNI", None)]),
        ("تواصل القصف لليوم الثالث على التوالي.", []),
        (
            "قتل العشرات بين الثالث والعاشر من يوليو الجاري.",
            [("الثالث", "DATE", "2021-07-03", None), ("العاشر من يوليو الجاري", "DATE", "2021-07-10", None)],
        ),
        ("تتواصل الاشتباكات منذ أشهر.", [("أشهر", "DURATION", "PXM", None)]),
        ("أعلن المتحدث اليوم (الخميس) عن اتفاق.", [("اليوم (الخميس)", "DATE", "2021-07-22", None)]),
        (
            "ارتفع المؤشر في وقت سابق من العام.",
            [("وقت سابق", "DATE", "PAST_REF", None), ("العام", "DATE", "2021", None)],
        ),
        ("اختفى الباحث قبل عامين ونصف تقريبا.", [("قبل عامين ونصف تقريبا", "DATE", "2019-01", "APPROX")]),
        ("وافق البرلمان أمس الثلاثاء على القانون.", [("أمس الثلاثاء", "DATE", "2021-07-20", None)]),
        (
            "تجرى الانتخابات خلال شهري سبتمبر (أيلول) وأكتوبر.",
            [("شهري سبتمبر (أيلول)", "DATE", "2021-09", None), ("أكتوبر", "DATE", "2021-10", None)],
        ),
        ("وارتفع سعر الذهب 2 في المائة.  // انتهى //  18:35 ت م", [("18:35 ت م", "TIME", "2021-07-22T18:35", None)]),
        ("يحتجز الصحفي منذ عامين.", [("عامين", "DURATION", "P2Y", None)]),
    ],
)
def test_relative_and_anaphoric(text: str, expected: list[Expected]) -> None:
    check(text, expected)


def test_today_inside_a_quotation_is_the_day_of_speaking() -> None:
    check(
        "وقال الرئيس السبت: «سنعلن اليوم عن خطة جديدة».",
        [("السبت", "DATE", "2021-07-17", None), ("اليوم", "DATE", "2021-07-17", None)],
    )
    check(
        'قال الوزير في 5 مارس 2019: "وصل الوفد أمس". ووصل وفد آخر أمس.',
        [
            ("5 مارس 2019", "DATE", "2019-03-05", None),
            ("أمس", "DATE", "2019-03-04", None),
            ("أمس", "DATE", "2021-07-21", None),
        ],
    )


def test_an_explicit_anchor_overrides_the_publication_date() -> None:
    doc = tag_time(Doc(text="وصل المبعوث أمس.", published=dt.date(2021, 7, 22)), anchor="2020-01-01")
    assert [(t.value, t.anchor) for t in doc.timexes] == [("2019-12-31", "2020-01-01")]


def test_without_any_anchor_relative_values_keep_placeholders() -> None:
    check(
        "وصل المبعوث أمس في 5 مارس.",
        [("أمس", "DATE", "XXXX-XX-XX", None), ("5 مارس", "DATE", "XXXX-03-05", None)],
        None,
    )


# 6. Fuzzy parts, modifiers, decades, centuries, seasons, quarters
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تنتهي الأعمال في منتصف 2022.", [("منتصف 2022", "DATE", "2022", "MID")]),
        ("غادر في أواخر العام الماضي.", [("أواخر العام الماضي", "DATE", "2020", "END")]),
        ("تعقد القمة نهاية الشهر المقبل.", [("نهاية الشهر المقبل", "DATE", "2021-08", "END")]),
        ("بدأت الحرب في بداية القرن الحادي والعشرين.", [("بداية القرن الحادي والعشرين", "DATE", "20", "START")]),
        ("كانت المدينة مزدهرة في الثمانينيات.", [("الثمانينيات", "DATE", "198", None)]),
        ("سادت الفوضى في تسعينيات القرن الماضي.", [("تسعينيات القرن الماضي", "DATE", "199", None)]),
        ("تراجعت السياحة في الصيف الماضي.", [("الصيف الماضي", "DATE", "2020-SU", None)]),
        ("نما الاقتصاد في الربع الأول من العام الجاري.", [("الربع الأول من العام الجاري", "DATE", "2021-Q1", None)]),
        ("ستعلن النتائج في النصف الثاني من 2022.", [("النصف الثاني من 2022", "DATE", "2022-H2", None)]),
        ("بقي الأسرى نحو عام في السجن.", [("نحو عام", "DURATION", "P1Y", "APPROX")]),
        ("سافر قبل أكثر من عامين.", [("قبل أكثر من عامين", "DATE", "2019", "BEFORE")]),
        ("تصل الشحنة حوالي الساعة 10 صباحا.", [("حوالي الساعة 10 صباحا", "TIME", "XXXX-XX-XXT10:00", "APPROX")]),
        (
            "يكتمل المشروع بحلول نهاية الربع الثالث من العام الجاري.",
            [("نهاية الربع الثالث من العام الجاري", "DATE", "2021-Q3", "END")],
        ),
        (
            "تنطلق الدورة التدريبية في الفاتح من أكتوبر القادم.",
            [("الفاتح من أكتوبر القادم", "DATE", "2021-10-01", None)],
        ),
        ("تغير اقتصاد البلاد خلال العقد الماضي.", [("العقد الماضي", "DATE", "201", None)]),
        (
            "تضاعف عدد السكان بين عامي 2011 و2013 في المدينة.",
            [("2011", "DATE", "2011", None), ("2013", "DATE", "2013", None)],
        ),
        (
            "فرضت السلطات الحجر من 20 مارس 2020 إلى غاية 20 أبريل.",
            [("20 مارس 2020", "DATE", "2020-03-20", None), ("20 أبريل", "DATE", "2020-04-20", None)],
        ),
        (
            "امتدت الدورة من 5 نوفمبر 2019 حتى 3 فبراير.",
            [("5 نوفمبر 2019", "DATE", "2019-11-05", None), ("3 فبراير", "DATE", "2020-02-03", None)],
        ),
        (  # an indefinite count never takes a definite unit: «300» counts people, «الشهر الماضي» is the date
            "ارتفع عدد الضحايا إلى 300 الشهر الماضي.",
            [("الشهر الماضي", "DATE", "2021-06", None)],
        ),
        ("يصل المبعوث الأممي صباح الغد إلى العاصمة.", [("صباح الغد", "TIME", "2021-07-23TMO", None)]),
        ("يبدأ العمل بالقرار في غرة الشهر الجاري.", [("غرة الشهر الجاري", "DATE", "2021-07-01", None)]),
        ("أعلن عن الموعد في غرة شوال 1442.", [("غرة شوال 1442", "DATE", "2021-05-13", None)]),
        ("بلغت النسبة ذروتها في شباط/فبراير الماضي (2019).", [("شباط/فبراير الماضي (2019)", "DATE", "2019-02", None)]),
        (
            "زار الوفد العاصمة في مارس وأبريل 2019.",
            [("مارس", "DATE", "2019-03", None), ("أبريل 2019", "DATE", "2019-04", None)],
        ),
        (
            "تراجعت الصادرات في مايو ويونيو الماضيين.",
            [("مايو", "DATE", "2021-05", None), ("يونيو الماضيين", "DATE", "2021-06", None)],
        ),
    ],
)
def test_modifiers_and_coarse_dates(text: str, expected: list[Expected]) -> None:
    check(text, expected)


# 7. Durations and sets
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تنسحب القوات في غضون 14 شهراً.", [("14 شهراً", "DURATION", "P14M", None)]),
        ("خلال ما يقرب من 10 أشهر لم يحدث تقدم.", [("ما يقرب من 10 أشهر", "DURATION", "P10M", "APPROX")]),
        ("انتهت حرب استمرت أكثر من 18 عاماً.", [("أكثر من 18 عاماً", "DURATION", "P18Y", "MORE_THAN")]),
        ("حكم عليه بالسجن ثلاث سنوات.", [("ثلاث سنوات", "DURATION", "P3Y", None)]),
        ("استمر الحصار عامين ونصف العام.", [("عامين ونصف العام", "DURATION", "P2Y6M", None)]),
        ("دام الاجتماع نصف ساعة.", [("نصف ساعة", "DURATION", "PT30M", None)]),
        ("تراجعت الصادرات خلال الأشهر الماضية.", [("الأشهر الماضية", "DURATION", "PXM", None)]),
        ("قتل العشرات في الأيام الثلاثة الماضية.", [("الأيام الثلاثة الماضية", "DURATION", "P3D", None)]),
        ("يستغرق البناء سنوات.", [("سنوات", "DURATION", "PXY", None)]),
        ("بقيت المحطة مغلقة 48 ساعة.", [("48 ساعة", "DURATION", "PT48H", None)]),
        ("تأخرت الانتخابات ما يزيد عن العام.", [("ما يزيد عن العام", "DURATION", "P1Y", "MORE_THAN")]),
        ("تصدر القوانين خلال الأيام القليلة المقبلة.", [("الأيام القليلة المقبلة", "DURATION", "PXD", None)]),
        ("يسجل المرشحون خلال الأيام الأربعة اللاحقة.", [("الأيام الأربعة اللاحقة", "DURATION", "P4D", None)]),
        (
            "يضرب العمال يومين متتاليين كل أسبوع.",
            [("يومين متتاليين", "DURATION", "P2D", None), ("كل أسبوع", "SET", "P1W", None)],
        ),
        ("يجتمع المجلس كل أسبوع.", [("كل أسبوع", "SET", "P1W", None)]),
        ("يزور الطبيب القرية كل ثلاثة أشهر.", [("كل ثلاثة أشهر", "SET", "P3M", None)]),
        ("تصدر الوزارة تقريرها سنويا.", [("سنويا", "SET", "P1Y", None)]),
        ("تقام الصلاة كل جمعة.", [("كل جمعة", "SET", "XXXX-WXX-5", None)]),
        ("وقع الاتفاق قبل ثلاثة أيام من القمة.", [("ثلاثة أيام", "DURATION", "P3D", None)]),
        ("استقال بعد يومين من الاجتماع.", [("يومين", "DURATION", "P2D", None)]),
        (
            "يستغرق المشروع ما بين 30 و40 عاما.",
            [("30", "DURATION", "P30Y", None), ("40 عاما", "DURATION", "P40Y", None)],
        ),
        ("تحيي المنظمات ذكرى التأسيس في 8 مارس من كل عام.", [("8 مارس من كل عام", "SET", "XXXX-03-08", None)]),
    ],
)
def test_durations_and_sets(text: str, expected: list[Expected]) -> None:
    check(text, expected)


# 8. No false hits on look-alikes
@pytest.mark.parametrize(
    "text",
    [
        "قالت رئيسة الوزراء تيريزا ماي إن الحكومة مستعدة.",
        "صلى الكاهن باسم الآب والابن.",
        "وقف عند باب المنزل.",
        "كتب الشاعر أيار حسين قصيدة جديدة.",
        "استقبل الوزير أحمد تموز الوفد.",
        "مارس الضغط على الحكومة لسنوات طويلة" + ".",
        "نشرت الوزارة 2000 جندي على الحدود.",
        "تبنى مجلس الأمن القرار رقم 2043 بالإجماع.",
        "تقع القاعدة العسكرية 201 في المدينة.",
        "لا إله إلا الله الواحد الأحد.",
        "اتفق الاثنان على التعاون وقالا إن الفرق بين الاثنين كبير.",
        "عاد اللاعبون الأحد عشر إلى الملعب.",
        "قال الشاهد إن عمره 40 عاما.",
        "قتل الطفل (5 أعوام) في القصف.",
        "وكانت بين القتلى الطالبة سارة، 18 عاما، من المدينة.",
        "توفي العالم عن عمر 76 عاما.",
        "أقال الوزير النائب العام السابق.",
        "تعد الجزيرة من أشهر الوجهات السياحية.",
        "قال محامي العائلة آلان فوترفاس إن موكله بريء.",
        "اعتقل ولدان بعمر 16 و18 عاما.",
        "تظاهر المحتجون للجمعة الرابعة على التوالي.",
        "لا ترتبط القراءة عندهم بالشتاء والصيف.",
        "كشفت المشتكية جانبا مروعا من رمضان وسلوكه.",
        "ركب سيارة نيسان بيضاء.",
        "انطلقت ثورات الربيع العربي في تونس.",
        "ذكرت صحيفة الغد الأردنية أن الحكومة ستستقيل.",
        "أحيت المدارس اليوم الدولي للتسامح بأنشطة متنوعة.",
        "شارك الآلاف في حملة #اليوم_الوطني على المنصات.",
        "رحل الشاعر عن عمر ناهز 90 عاما.",
        "احتفلت العائلات في أول أيام العيد بالحدائق.",
        "تشغل الشركة 5200 موظف منهم 3100 حول العالم.",
    ],
)
def test_no_false_hits(text: str) -> None:
    got = [t for t in found(text) if t[0] != "سنوات طويلة"]
    assert got == [], got


def test_years_after_a_plural_year_noun_and_ordinals_without_article() -> None:
    check("عمل في السفارة بين 1985 و1990.", [("1985", "DATE", "1985", None), ("1990", "DATE", "1990", None)])
    check(
        "استضافت البطولة بعد أعوام 1994 و1998.",
        [("1994", "DATE", "1994", None), ("1998", "DATE", "1998", None)],
    )
    check("قصفت الطائرات المدينة يوم الجمعة سابع مايو.", [("يوم الجمعة سابع مايو", "DATE", "2021-05-07", None)])


def test_hijri_years_and_wire_trailers() -> None:
    check(
        "يبدأ التطبيق مع مطلع العام الهجري القادم.",
        [("مطلع العام الهجري القادم", "DATE", "2022", "START")],
    )
    check(
        "تفوقت الطالبات خلال العام الدراسي 1435 / 1436هـ .",
        [("1435", "DATE", "2014", None), ("1436هـ", "DATE", "2015", None)],
    )
    check("وجداول البيانات .  // انتهى //  16:29 ت م NNNN", [("16:29 ت م", "TIME", "2021-07-22T16:29", None)])
    check("يقف عمر المجال عند 3.45 مليار سنة.", [])
    check("تتكرر الشكاوى عامًا بعد عام.", [])
    check("حكم بين عامي 1798 و1790 قبل الميلاد.", [("1790 قبل الميلاد", "DATE", "BC1790", None)])


def test_look_alike_month_in_a_date_is_still_a_month() -> None:
    check("التقى ماي في 8 ماي 2018 بلندن.", [("8 ماي 2018", "DATE", "2018-05-08", None)])
    check("وقعت المعركة في 14 تموز 2006.", [("14 تموز 2006", "DATE", "2006-07-14", None)])


# 9. Publication date stated by the text itself
def test_dateline_gives_the_publication_date() -> None:
    doc = analyze("دمشق – 22 تموز (يوليو) 2021: أعلنت الحكومة أمس عن خطة جديدة.")
    assert doc.published is None
    assert doc.published_detected == dt.date(2021, 7, 22)
    assert [(t.text, t.value, t.anchor) for t in doc.timexes] == [
        ("22 تموز (يوليو) 2021", "2021-07-22", None),
        ("أمس", "2021-07-21", "2021-07-22"),
    ]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("الرباط، 5 يناير/كانون الثاني 2022 (رويترز) - قال الوزير اليوم إن الخطة جاهزة.", dt.date(2022, 1, 5)),
        ("وهران في 2 جويلية 2021 (واج) - أعلن الوالي اليوم عن برنامج.", dt.date(2021, 7, 2)),
        ("القاهرة في 14 فبراير 2021 /أ ش أ/ أعلن الوزير اليوم عن خطة.", dt.date(2021, 2, 14)),
        # a bracket after a date in a sentence is no agency: no dateline
        ("أعلن الوزير في 3 مارس 2019 (قبل عامين) خطة جديدة.", None),
    ],
)
def test_a_date_closed_by_a_news_agency_is_a_dateline(text: str, published: dt.date | None) -> None:
    assert analyze(text).published_detected == published


def test_footer_gives_the_publication_date_and_a_given_date_wins() -> None:
    text = "قال الوزير الثلاثاء إن الاتفاق قريب. نُشر في 5 مارس 2020."
    doc = analyze(text)
    assert doc.published_detected == dt.date(2020, 3, 5)
    assert doc.timexes[0].value == "2020-03-03"
    given = analyze(text, published="2020-03-06")
    assert given.published_detected is None
    assert given.timexes[0].value == "2020-03-03"


def test_offsets_point_into_the_original_text_with_diacritics_and_clitics() -> None:
    text = "وَصَلَ الوفدُ الْيَوْمَ، ووقّعوا الاتفاقَ وللعامِ المقبلِ خطةٌ."
    timexes = find_timexes(text, published=PUB)
    assert [(text[t.start : t.end], t.value) for t in timexes] == [("الْيَوْمَ", "2021-07-22"), ("لعامِ المقبلِ", "2022")]
    assert [t.id for t in timexes] == ["t1", "t2"]


def test_empty_and_time_free_texts() -> None:
    assert find_timexes("") == ()
    assert find_timexes("   \n ") == ()
    assert find_timexes("قال الوزير إن المفاوضات مستمرة.", published=PUB) == ()


_PIECES = [
    "في", "منذ", "قبل", "بعد", "أمس", "اليوم", "غدا", "الثلاثاء", "الأحد", "يوليو", "/", "تموز", "(", ")", "2021",
    "22", "٢٢", "الساعة", "الثالثة", "عصرا", "14:30", "أكثر من", "نحو", "يومين", "أشهر", "الماضي", "المقبل", "كل",
    "أسبوع", "مطلع", "العام", "هـ", "شوال", "1436", "ونصف", "،", ".", "الوفد", "وصل", "سيزور", "ماي", "آب", "الآب",
    "َ", "ـ", "\u200f", "٢٢/٧/٢٠٢١", "الثاني", "والعشرين", "من", "كانون", "الثاني", "عمره", "عاما", "ت م",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([None, "2021-07-22", "2015-08-10"]))
def test_any_mix_of_time_words_gives_valid_spans(pieces: list[str], published: str | None) -> None:
    text = " ".join(pieces)
    timexes = find_timexes(text, published=published)
    previous_end = 0
    for number, timex in enumerate(timexes, 1):
        assert timex.id == f"t{number}"
        assert previous_end <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.value
        previous_end = timex.end


def test_relative_years_before_the_common_era_are_timex3_bc_years() -> None:
    # 2021 years before 2021 is year 0, which TIMEX3 (astronomical numbering) writes as 1 BC
    (timex,) = find_timexes("حدث ذلك قبل 2021 عام كما يقال.", published="2021-07-22")
    assert (timex.text, timex.value) == ("قبل 2021 عام", "BC0001")
    (far,) = find_timexes("عاش هذا الكائن قبل 99999 عام.", published="2021-07-22")
    assert far.value == "BC97979"


_CLITIC_PIECES = [
    *_PIECES, "وأمس", "للعام", "وفي", "بعدها", "لليوم", "ستعقد", "سيلتقي", "وسيزور", "وبعد", "فاليوم", "والأسبوع",
    "بالأسبوع", "لأشهر", "وكانون", "وآب", "كموعد", "ولذلك", "السنة", "سنته", "عامها", "الـ", "24", "ساعة",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CLITIC_PIECES), max_size=30), st.sampled_from([None, "2021-07-22"]))
def test_the_stage_alone_reads_text_as_the_pipeline_does(pieces: list[str], published: str | None) -> None:
    # run alone, the stage tokenises lightly and analyses the clitics of a word only when a rule reads it; the
    # pipeline gives every token its analysis first: both must find the same expressions with the same values
    text = " ".join(pieces)
    alone = find_timexes(text, published=published)
    piped = Pipeline(["tokenize", "sentences", "time"])(make_doc(text, published=published)).timexes
    assert alone == piped
    assert Pipeline(["time"])(make_doc(text, published=published)).timexes == piped
