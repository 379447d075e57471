from __future__ import annotations

import pytest

from rasd.text.clitics import analyze_clitics


@pytest.mark.parametrize(
    ("word", "prefixes", "stem"),
    [
        ("واطلقوا", ("و",), "اطلقوا"),  # «وأطلقوا» written without its hamza
        ("واضاف", ("و",), "اضاف"),
        ("واعرب", ("و",), "اعرب"),
        ("واصدر", ("و",), "اصدر"),
    ],
)
def test_a_hamza_less_alif_after_a_proclitic_is_read_through_the_hamza(
    word: str, prefixes: tuple[str, ...], stem: str
) -> None:
    analysis = analyze_clitics(word)
    assert (analysis.prefixes, analysis.stem) == (prefixes, stem)


@pytest.mark.parametrize("word", ["وافق", "واحد", "كان", "واضح", "لازمة"])
def test_an_alif_of_the_word_itself_is_kept(word: str) -> None:
    assert analyze_clitics(word).prefixes == ()
