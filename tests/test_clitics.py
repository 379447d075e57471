from __future__ import annotations

import pytest

from rasd.text.clitics import analyze_clitics


@pytest.mark.parametrize(
    ("word", "prefixes", "stem", "suffixes"),
    [
        ("وقال", ("و",), "قال", ()),
        ("وأضاف", ("و",), "اضاف", ()),
        ("والرئيس", ("و", "ال"), "رئيس", ()),
        ("للرئيس", ("ل", "ال"), "رئيس", ()),
        ("وللمرة", ("و", "ل", "ال"), "مره", ()),
        ("وبالتالي", ("و", "ب", "ال"), "تالي", ()),
        ("فسيقوم", ("ف", "س"), "يقوم", ()),
        ("ستساعد", ("س",), "تساعد", ()),
        ("لطاجيكستان", ("ل",), "طاجيكستان", ()),
        ("للبنان", ("ل",), "لبنان", ()),
        ("قواتها", (), "قوات", ("ها",)),
        ("حكومته", (), "حكومه", ("ه",)),
        ("بكتابه", ("ب",), "كتاب", ("ه",)),
        ("الروسية", ("ال",), "روسيه", ()),
    ],
)
def test_clitics_are_split(word: str, prefixes: tuple[str, ...], stem: str, suffixes: tuple[str, ...]) -> None:
    analysis = analyze_clitics(word)
    assert (analysis.prefixes, analysis.stem, analysis.suffixes) == (prefixes, stem, suffixes)


@pytest.mark.parametrize(
    "word",
    ["وزير", "وصل", "ولد", "وفد", "وجود", "بريطانيا", "بلد", "بوتين", "كتاب", "كبير", "فرض", "فتح", "ليبيا", "لجنة"],
)
def test_letters_that_belong_to_the_word_are_kept(word: str) -> None:
    analysis = analyze_clitics(word)
    assert analysis.prefixes == ()
    assert analysis.surface_stem == word


@pytest.mark.parametrize("word", ["الله", "التي", "الذي", "ألمانيا", "إلى", "ألف", "الآن"])
def test_function_words_and_hamza_initial_names_are_not_split(word: str) -> None:
    assert analyze_clitics(word).prefixes == ()


def test_future_marker_only_before_imperfect_verbs() -> None:
    assert analyze_clitics("سلام").prefixes == ()
    assert analyze_clitics("سيزور").prefixes == ("س",)
