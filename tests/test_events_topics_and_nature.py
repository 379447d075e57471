"""Precision on arbitrary news: words that name an act without stating it. Cooperation as a topic or a prospect
(«أوجه التعاون», «فرص للتعاون»), a natural force as the subject of a verb of striking or killing, and a meeting
with a news outlet written with its owner's pronoun («حواره مع وكالة»), and a relative clause whose verb has a
subject of its own («الذي تتهم X»), a verbal noun in a body's name («منظمة حظر الأسلحة»). Sentences written for
these tests."""

from __future__ import annotations

from rasd.pipeline import analyze


def _coded(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo[:2], e.source.actor, e.target.actor) for e in analyze(text).events}


def test_fields_and_prospects_of_cooperation_are_topics() -> None:
    discussed = "والتقى الوزير السعودي نظيره المصري وبحثا أوجه التعاون بين البلدين."
    coded = _coded(discussed)
    assert ("04", "SAUGOV", "EGYGOV") in coded
    assert not any(root == "06" for root, _, _ in coded)
    assert not _coded("وقال الرئيس إن المشروع يفتح فرصا كبيرة للتعاون بين مصر والسعودية.")
    fields = _coded("وناقش الوزير السعودي مع نظيره المصري مجالات التعاون بين البلدين.")
    assert not any(root == "06" for root, _, _ in fields)


def test_cooperation_stated_in_a_field_is_still_coded() -> None:
    coded = _coded("وقال الوزير السعودي إن بلاده تتعاون مع مصر في مجال مكافحة الإرهاب.")
    assert ("06", "SAUGOV", "EGY") in coded


def test_a_natural_force_strikes_no_one() -> None:
    assert not _coded("وبلغت حصيلة الزلزال العنيف الذي ضرب جنوب تشيلي أمس ثلاثين قتيلا.")
    assert not _coded("وقالت السلطات إن السيول قتلت عشرة أطفال في إندونيسيا.")


def test_an_actor_after_a_disaster_still_acts() -> None:
    assert ("19", "IDNMIL", "IDNREB") in _coded("وقالت السلطات إن الجيش قتل عشرة مسلحين في إندونيسيا.")
    assert ("11", "TUROPP", "TURGOV") in _coded("وبعد الزلزال اتهمت المعارضة التركية الحكومة التركية بالتقصير.")


def test_an_interview_with_its_owners_pronoun_is_no_meeting() -> None:
    assert not _coded("وتحدث ولي العهد السعودي في حواره مع وكالة بلومبرغ عن العلاقات مع إيران.")


def test_a_relative_verb_of_the_other_gender_has_its_own_subject() -> None:
    # «الذي تتهم»: the feminine verb cannot have the masculine antecedent as subject; the actor after it is
    coded = _coded("ووصل إلى دمشق الوزير الإيراني الذي تتهم الولايات المتحدة طهران بدعمه.")
    assert ("11", "USA", "IRN") in coded
    assert ("11", "IRNGOV", "USA") not in coded


def test_a_relative_verb_of_the_antecedents_gender_keeps_it_as_subject() -> None:
    text = "وزار بغداد وزير الخارجية الإيراني الذي يتهم الولايات المتحدة بزعزعة استقرار المنطقة."
    assert ("11", "IRNGOV", "USA") in _coded(text)


def test_what_a_statement_carried_is_no_dismissal() -> None:
    # «لما» here is «ل» + «ما» (according to what), not the particle before a jussive «نقل» (let us dismiss)
    said = 'وقال وزير الخارجية السعودي: "على إيران أن تتوقف عن دعم الإرهاب"، '
    coded = _coded(said + "وفقا لما نقله الحساب الرسمي للخارجية الأردنية.")
    assert not any(root == "17" for root, _, _ in coded)


def test_a_verbal_noun_in_a_bodys_name_is_no_act() -> None:
    assert not _coded("وقدمت ماليزيا وباكستان مسودة البيان باسم منظمة التعاون الإسلامي.")
    assert not _coded("وقالت منظمة حظر الأسلحة الكيميائية إن خبراءها غادروا دمشق بعد أسبوع.")


def test_a_definite_body_noun_is_no_name_head() -> None:
    coded = _coded("ونددت المنظمة باعتقال الشرطة التركية صحفيا ألمانيا في إسطنبول.")
    assert any(root == "17" for root, _, _ in coded)
