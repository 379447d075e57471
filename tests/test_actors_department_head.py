"""«مدير الوقاية بوزارة الصحة، فلان»: the head of a department no list knows, of a body named right after it with
«ب» or «في», is that body's officer (README item 112). Sentences written for these tests."""

from __future__ import annotations

from actors_helpers import actor_codes


def test_department_head_with_bi_takes_the_ministry() -> None:
    codes = actor_codes("وصرح مدير التخطيط بوزارة الزراعة المغربية، كريم بنعلي، بأن المحصول وفير هذا العام.")
    assert (codes.get("كريم بنعلي") or "")[:3] == "MAR"


def test_department_head_with_fi_takes_the_ministry() -> None:
    codes = actor_codes("وصرح مدير التخطيط في وزارة الزراعة المغربية، كريم بنعلي، بأن المحصول وفير هذا العام.")
    assert (codes.get("كريم بنعلي") or "")[:3] == "MAR"


def test_head_of_an_unknown_body_says_nothing() -> None:
    codes = actor_codes("وصرح مدير المركز كريم بنعلي بأن المحصول وفير هذا العام في المغرب.")
    assert codes.get("كريم بنعلي") is None
