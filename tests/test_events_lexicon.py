"""The predicate lexicon, its inflection, and trigger matching through the clitic analysis."""

from __future__ import annotations

import pytest

from rasd.events.coding import cameo_table, is_symmetric, plover_for, transform
from rasd.events.lexicon import default_grammar, default_lexicon
from rasd.events.matcher import find_triggers, view_tokens
from rasd.events.morphology import derive_present, noun_forms, verb_forms
from rasd.text.stages import make_tokens


def codes_in(sentence: str) -> list[tuple[str, str]]:
    views = view_tokens(make_tokens(sentence))
    return [(views[t.head].text, t.predicate.cameo) for t in find_triggers(views, default_lexicon(), default_grammar())]


def test_lexicon_covers_every_cameo_root_with_enough_entries() -> None:
    lexicon = default_lexicon()
    assert len(lexicon) >= 400
    roots = {p.cameo[:2] for p in lexicon.predicates}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    table = cameo_table()
    assert all(p.cameo in table for p in lexicon.predicates)


def test_plover_mapping_follows_the_cameo2plover_table() -> None:
    assert plover_for("0332").type == "AGREE"
    assert plover_for("0332").context == ("military",)
    assert plover_for("041").type == "CONSULT" and plover_for("041").mode == "phone"
    assert plover_for("190").type == "ASSAULT"
    assert plover_for("163").type == "COERCE"
    assert plover_for("020").type is None  # PLOVER has no appeal category


@pytest.mark.parametrize(
    ("kind", "code", "expected"),
    [
        ("intent", "072", "0332"),
        ("intent", "046", "036"),
        ("intent", "0874", "0356"),
        ("intent", "190", "138"),
        ("intent", "111", "111"),
        ("appeal", "0871", "0256"),
        ("demand", "0841", "1053"),
        ("reject", "046", "125"),
        ("threat", "163", "1312"),
        ("accuse", "176", "1125"),
    ],
)
def test_cameo_recoding_of_unrealised_events(kind: str, code: str, expected: str) -> None:
    assert transform(kind, code) == expected


def test_symmetric_codes() -> None:
    assert is_symmetric("040") and is_symmetric("057") and is_symmetric("036")
    assert not is_symmetric("042") and not is_symmetric("190")


def test_verb_inflection_sound_hollow_and_final_weak() -> None:
    sound = verb_forms("ساعد", "يساعد")
    assert {"ساعد", "ساعدت", "ساعدوا", "تساعد", "يساعدون", "نساعد"} <= set(sound)
    assert sound["نساعد"].first_person and sound["ساعدنا"].person == 1
    hollow = verb_forms("زار", "يزور")
    assert {"زارت", "زاروا", "زرنا", "يزور", "تزور"} <= set(hollow)
    final_w = verb_forms("دعا", "يدعو")
    assert {"دعت", "دعوا", "يدعو", "يدعون"} <= set(final_w)
    final_y = verb_forms("التقى", "يلتقي")
    assert {"التقي", "التقت", "التقوا", "يلتقي", "يلتقون"} <= set(final_y)


def test_present_stem_is_derived_from_the_perfect() -> None:
    assert derive_present("أرسل") == "يرسل"
    assert derive_present("انسحب") == "ينسحب"
    assert derive_present("استقبل") == "يستقبل"
    assert derive_present("دعا") == "يدعو"
    assert derive_present("نفى") == "ينفي"
    assert derive_present("وقع") == "يوقع"


def test_noun_forms_include_dual_plural_and_accusative() -> None:
    assert {"مساعده", "مساعدات", "مساعدتان"} <= noun_forms("مساعدة")
    assert {"هجوم", "هجوما"} <= noun_forms("هجوم")


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("قال الوزير إن بلاده ستساعد الجيران في بناء المطار", "ستساعد", "070"),
        ("أكد أن الحكومة لن تتوقف عن تقديم المساعدة للاجئين", "المساعدة", "070"),
        ("وقّعت الدولتان اتفاق تعاون في العاصمة", "وقّعت", "057"),
        ("بدأ انسحاب القوات من المدينة", "انسحاب", "0874"),
        ("شنّ المسلحون هجوما على القرية", "هجوما", "190"),
        ("استؤنفت المفاوضات بين الجانبين أمس", "المفاوضات", "046"),
        ("أجرى الرئيس محادثة هاتفية مع نظيره", "محادثة", "041"),
        ("وتعهدت الحكومة بالإفراج عن المعتقلين", "وتعهدت", "030"),
        ("اعتقلت الشرطة عشرة أشخاص", "اعتقلت", "173"),
        ("ندد المجلس بالغارات الجوية على المدينة", "ندد", "111"),
    ],
)
def test_triggers_are_found_through_clitics_and_inflection(sentence: str, word: str, code: str) -> None:
    assert (word, code) in codes_in(sentence)


def test_sense_depends_on_the_construction() -> None:
    # «وقع» signs only with an agreement; «وقع الحادث» (it happened) is no event
    assert not codes_in("وقع الحادث في وسط المدينة صباحا")
    # the object of «فتح تحقيقا» is consumed: one trigger, not two
    assert codes_in("فتحت النيابة تحقيقا في الحادث") == [("فتحت", "090")]
    # «وقف إطلاق النار» is a ceasefire, not gunfire
    assert ("وقف", "0871") in codes_in("اتفق الطرفان على وقف إطلاق النار")
    assert codes_in("أعلن الطرفان وقف إطلاق النار") == [("أعلن", "0871")]  # declared: the subject's act
    assert all(code != "193" for _, code in codes_in("أعلن الطرفان وقف إطلاق النار"))


def test_frequent_whole_words_are_not_split_into_clitic_and_predicate() -> None:
    assert not codes_in("أصدرت وزارة الصحة بيانا")  # «وزارة» is not و + زار + ه
    assert not [c for w, c in codes_in("وعودة اللاجئين إلى ديارهم") if c.startswith("03")]
