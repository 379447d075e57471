"""Where an untold title's country comes from when the text names none next to it: the scene a sentence opens on
(«وفي واشنطن، …») before the article's main country; and the head of a mission or embassy, whose «لدى»/«في» names
the host, not the employer. Sentences written for these tests."""

from __future__ import annotations

from test_actors import actor_of, run


def test_a_sentence_opening_on_a_capital_gives_its_country_to_an_untold_ministry() -> None:
    text = (
        "هددت فنزويلا بالرد على العقوبات وقالت كراكاس إنها لن تتراجع. "
        "وفي مدريد، أعلنت وزارة الخارجية استدعاء السفير الفنزويلي."
    )
    doc = run(
        text,
        [
            ("فنزويلا", "LOC"),
            ("كراكاس", "LOC"),
            ("مدريد", "LOC"),
            ("وزارة الخارجية", "ORG"),
            ("الفنزويلي", "LOC"),
        ],
    )
    scene = actor_of(doc, "وزارة الخارجية")
    assert scene is not None and scene.cameo == "ESPGOV" and scene.kb_source == "title+scene"
    madrid = actor_of(doc, "مدريد")
    assert madrid is not None and madrid.cameo == "ESP"  # «وفي مدريد» is where, not the government


def test_a_scene_gives_a_titled_person_its_country_but_a_named_country_wins() -> None:
    text = (
        "رفضت كوبا الاتهامات الأمريكية. "
        "وفي الولايات المتحدة، قال المتحدث باسم وزارة الخارجية جون ميلر إن بلاده ستواصل الضغط. "
        "وفي هافانا، قال وزير الخارجية الكندي بيتر غرين إن الحوار ممكن."
    )
    doc = run(
        text,
        [
            ("كوبا", "LOC"),
            ("الأمريكية", "LOC"),
            ("الولايات المتحدة", "LOC"),
            ("جون ميلر", "PERS"),
            ("هافانا", "LOC"),
            ("الكندي", "LOC"),
            ("بيتر غرين", "PERS"),
        ],
    )
    spokesman = actor_of(doc, "جون ميلر")
    assert spokesman is not None and spokesman.cameo == "USAGOV"
    canadian = actor_of(doc, "بيتر غرين")
    assert canadian is not None and canadian.cameo == "CANGOV"


def test_a_sentence_opening_on_a_time_or_a_town_sets_no_scene() -> None:
    text = "هددت فنزويلا بالرد. وفي الأسبوع الماضي، أعلنت وزارة الخارجية استدعاء السفير الفنزويلي."
    doc = run(text, [("فنزويلا", "LOC"), ("وزارة الخارجية", "ORG"), ("الفنزويلي", "LOC")])
    actor = actor_of(doc, "وزارة الخارجية")
    assert actor is not None and actor.cameo == "VENGOV" and actor.kb_source == "title+focus"


def test_the_head_of_a_mission_is_the_employers_not_the_hosts() -> None:
    text = (
        "وقال رئيس بعثة الأمم المتحدة في السودان كارلوس مندوزا إن الهدنة صامدة، "
        "فيما قال رئيس بعثة البرازيل لدى الأمم المتحدة ماريو سيلفا إن بلاده تدعم الحوار."
    )
    doc = run(
        text,
        [
            ("الأمم المتحدة", "ORG"),
            ("السودان", "LOC"),
            ("كارلوس مندوزا", "PERS"),
            ("البرازيل", "LOC"),
            ("الأمم المتحدة", "ORG"),
            ("ماريو سيلفا", "PERS"),
        ],
    )
    envoy = actor_of(doc, "كارلوس مندوزا")
    assert envoy is not None and envoy.cameo == "IGOUNO"
    ambassador = actor_of(doc, "ماريو سيلفا")
    assert ambassador is not None and ambassador.cameo == "BRAGOV"
