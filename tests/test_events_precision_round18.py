"""Round 18 (precision on arbitrary news): a singular verb whose form says its gender takes no subject of the other
gender; sentences written for these tests."""

from __future__ import annotations

from events_helpers import build, events_of

Spec = tuple[str, str, str | None]


def _triggers(text: str, specs: list[Spec]) -> list[tuple[str, str, str | None, str | None]]:
    doc = build(text, specs)
    return [
        (doc.text[e.evidence.start : e.evidence.end], e.cameo, e.source.actor, e.target.actor) for e in events_of(doc)
    ]


def test_a_feminine_verb_does_not_carry_an_earlier_masculine_subject() -> None:
    # the raid killed the policemen, not the president who arrived before it
    text = "وصل الرئيس الكيني إلى المدينة، وقتلت الغارة ثلاثة من عناصر الشرطة الصومالية."
    specs: list[Spec] = [("الكيني", "LOC", "KENGOV"), ("الشرطة الصومالية", "ORG", "SOMCOP")]
    assert [t for t in _triggers(text, specs) if t[2] == "KENGOV"] == []


def test_a_masculine_subject_before_a_feminine_verb_gives_way_to_the_actor_after_it() -> None:
    # «اعتقلت» cannot have «التنظيم» as subject: the police named after the verb made the arrest
    text = "وتبنى التنظيم المسلح الهجوم على المتجر، وقد اعتقلت الشرطة النمساوية قائد الجماعة الشيشانية أمس."
    specs: list[Spec] = [
        ("التنظيم المسلح", "ORG", "IMGREB"),
        ("الشرطة النمساوية", "ORG", "AUTCOP"),
        ("الجماعة الشيشانية", "ORG", "RUSREB"),
    ]
    found = _triggers(text, specs)
    assert [t for t in found if t[0] == "اعتقلت" and t[2] == "IMGREB"] == []
    assert [t for t in found if t[0] == "اعتقلت" and t[2] == "AUTCOP"] != []


def test_a_subject_that_agrees_is_kept() -> None:
    # the minister (feminine) and her verb agree: she met the president
    text = "وصلت الوزيرة النرويجية إلى العاصمة، والتقت الرئيس الكيني."
    specs: list[Spec] = [("النرويجية", "LOC", "NORGOV"), ("الكيني", "LOC", "KENGOV")]
    assert ("والتقت", "040", "NORGOV", "KENGOV") in _triggers(text, specs)


def test_the_head_of_a_construct_phrase_decides_the_gender() -> None:
    # «قوات التحالف» is feminine by «قوات», whatever «التحالف» is; «مقررة البرلمان» by «مقررة»
    forces = "وقال المتحدث إن قوات التحالف تساعد الشرطة الليبية في حماية الحدود."
    specs: list[Spec] = [("التحالف", "ORG", "IGONAT"), ("الشرطة الليبية", "ORG", "LBYCOP")]
    assert [t for t in _triggers(forces, specs) if t[0] == "تساعد" and t[2] == "IGONAT"] != []
    rapporteur = "وكانت مقررة البرلمان الأوروبي قد نددت أمس بموقف الحكومة المجرية."
    specs = [("البرلمان الأوروبي", "ORG", "IGOEUR"), ("المجرية", "LOC", "HUNGOV")]
    assert ("نددت", "111", "IGOEUR", "HUNGOV") in _triggers(rapporteur, specs)


def test_a_bare_past_verb_written_like_a_verbal_noun_is_left_alone() -> None:
    # «قصف» may be the verbal noun after «واصلت»: no gender is read from its bare form
    text = "وواصلت الحكومة السودانية قصف مواقع المتمردين في دارفور."
    specs: list[Spec] = [("الحكومة السودانية", "ORG", "SDNGOV"), ("المتمردين", "ORG", "SDNREB")]
    assert [t for t in _triggers(text, specs) if t[2] == "SDNGOV"] != []
