from __future__ import annotations

from rasd import Pipeline

SPLIT = Pipeline(["tokenize", "sentences"])


def sentences(text: str) -> list[str]:
    doc = SPLIT(text)
    return [text[s.start : s.end] for s in doc.sentences]


def test_arabic_terminal_punctuation() -> None:
    assert sentences("هل انتهى الاجتماع؟ نعم انتهى. وغادر الوفد!") == [
        "هل انتهى الاجتماع؟",
        "نعم انتهى.",
        "وغادر الوفد!",
    ]


def test_paragraphs_end_sentences_even_without_punctuation() -> None:
    assert sentences("عنوان الخبر\nنص الفقرة الأولى.") == ["عنوان الخبر", "نص الفقرة الأولى."]


def test_quotation_of_several_sentences_stays_whole() -> None:
    text = "وقال الوزير: «سنواصل العمل. لن نتراجع أبدا». ثم غادر القاعة."
    assert sentences(text) == ["وقال الوزير: «سنواصل العمل. لن نتراجع أبدا».", "ثم غادر القاعة."]


def test_terminal_inside_closing_quote_ends_sentence_after_the_mark() -> None:
    text = 'قال المتحدث: "انتهت الجولة." وأضاف أن الوفد سيعود.'
    assert sentences(text) == ['قال المتحدث: "انتهت الجولة."', "وأضاف أن الوفد سيعود."]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = "قال المسؤول «إن المحادثات بدأت. وستستمر يومين.\nفقرة جديدة."
    assert sentences(text) == ["قال المسؤول «إن المحادثات بدأت.", "وستستمر يومين.", "فقرة جديدة."]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    assert sentences("التقى د. محمد بالسفير J. Smith من U.S. أمس. ثم عاد.") == [
        "التقى د. محمد بالسفير J. Smith من U.S. أمس.",
        "ثم عاد.",
    ]


def test_numbered_list_items() -> None:
    text = "تضمن الاتفاق بندين:\n1. وقف إطلاق النار.\n2. تبادل الأسرى."
    assert sentences(text) == ["تضمن الاتفاق بندين:", "1. وقف إطلاق النار.", "2. تبادل الأسرى."]


def test_decimal_numbers_do_not_split() -> None:
    assert sentences("بلغ النمو 3.5 في المئة. وهذا جيد.") == ["بلغ النمو 3.5 في المئة.", "وهذا جيد."]


def test_a_dateline_with_a_news_agency_is_a_sentence_of_its_own() -> None:
    assert sentences("عمّان، الأردن (CNN)-- قال المتحدث إن المعبر مفتوح.") == [
        "عمّان، الأردن (CNN)--",
        "قال المتحدث إن المعبر مفتوح.",
    ]
    assert sentences("الخرطوم (أ.ف.ب) – أعلن الجيش السيطرة على الجسر.") == [
        "الخرطوم (أ.ف.ب) –",
        "أعلن الجيش السيطرة على الجسر.",
    ]
    # words in brackets that name no agency are part of the sentence
    assert sentences("قال الوزير (الذي عاد أمس) - إن الوضع هادئ.") == ["قال الوزير (الذي عاد أمس) - إن الوضع هادئ."]


def test_the_place_in_a_dateline_is_not_the_subject_of_the_first_sentence() -> None:
    from rasd.pipeline import analyze

    doc = analyze("الرياض، السعودية (CNN)-- علّق المتحدث باسم التحالف على الهجوم، قائلا إنه لن يمر دون رد.")
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["المتحدث باسم التحالف"]
    doc = analyze("عمّان، الأردن (CNN)— انتقد النائب الأول لرئيس البرلمان قرار الحكومة، قائلا إنه يضر بالاقتصاد.")
    assert [(e.cameo, e.source.actor) for e in doc.events] == [("111", "JORLEG")]  # not the agency, CNN
