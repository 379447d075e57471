"""The seed article must come out fully right: every date, relative date and duration, with its value.

The article is read from ../shared only here; the test is skipped where ../shared is absent. The expected
strings below are short time expressions (facts), not sentences of the article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rasd.pipeline import analyze

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_b4213ac8ddd93d18.txt"

EXPECTED = [
    ("22 يوليو/تموز 2021", "DATE", "2021-07-22", None),
    ("23 سبتمبر/ أيلول 2013", "DATE", "2013-09-23", None),
    ("أوائل يوليو/ تموز الجاري", "DATE", "2021-07", "START"),
    ("11 سبتمبر/ أيلول 2021", "DATE", "2021-09-11", None),
    ("عام 2020", "DATE", "2020", None),
    ("أكثر من 18 عاماً", "DURATION", "P18Y", "MORE_THAN"),
    ("14 شهراً", "DURATION", "P14M", None),
    ("سبتمبر/ أيلول من العام الماضي", "DATE", "2020-09", None),
    ("ما يقرب من 10 أشهر", "DURATION", "P10M", "APPROX"),
]


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")
def test_seed_article_every_time_expression() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = analyze(text)
    assert doc.published_detected == dt.date(2021, 7, 22)  # «نُشر في 22 يوليو/تموز 2021»
    scored = [(t.text, t.type, t.value, t.mod) for t in doc.timexes if not t.value.endswith("_REF")]
    assert scored == EXPECTED
    vague = [(t.text, t.value) for t in doc.timexes if t.value.endswith("_REF")]
    assert ("وقت سابق", "PAST_REF") in vague
    for timex in doc.timexes:
        assert text[timex.start : timex.end] == timex.text
