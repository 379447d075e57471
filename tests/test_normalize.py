from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalize import NormalizedText, devocalize, normalize


def test_diacritics_tatweel_and_alef_variants() -> None:
    assert normalize("أَعْلَنَ") == "اعلن"
    assert normalize("إِعلان") == "اعلان"
    assert normalize("آلاف") == "الاف"
    assert normalize("ٱلرحمن") == "الرحمن"
    assert normalize("جمـــيل") == "جميل"


def test_maqsura_ta_marbuta_and_digits() -> None:
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("حكومة") == "حكومه"
    assert normalize("٢٢/٧/٢٠٢١") == "22/7/2021"
    assert normalize("۱۴۰۰") == "1400"
    assert normalize("٣٫٥") == "3.5"


def test_controls_removed_and_nfkc_ligatures_unfolded() -> None:
    assert normalize("سو\u200fريا\u200c") == "سوريا"
    assert normalize("\ufefbبد") == "لابد"  # lam-alef presentation form
    assert normalize("\ufeffنص") == "نص"


def test_devocalize_keeps_hamza_and_ta_marbuta() -> None:
    assert devocalize("أَكَّدَتْ الحُكومةُ") == "أكدت الحكومة"


def test_offsets_map_back_through_removals_and_expansions() -> None:
    original = "أَعلنَ ﻻ ٢٠٢١"
    normal = NormalizedText.of(original)
    assert normal.text == "اعلن لا 2021"
    start = normal.text.index("لا")
    s, e = normal.to_original(start, start + 2)
    assert original[s:e] == "ﻻ"
    s, e = normal.to_original(0, 4)
    assert original[s:e] == "أَعلنَ"


def test_aligned_text_needs_no_offset_table() -> None:
    assert NormalizedText.of("الرئيس 2021").origin is None


@given(st.text())
def test_every_normalised_span_maps_inside_the_original(text: str) -> None:
    normal = NormalizedText.of(text)
    assert normal.text == normalize(text)
    for i in range(len(normal.text)):
        s, e = normal.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert normalize(text[s:e]).find(normal.text[i]) >= 0


def test_the_normalize_stage_keeps_a_normal_form_made_for_the_same_text_and_only_that() -> None:
    from rasd.pipeline import make_doc
    from rasd.text.stages import normalize_stage

    text = "أعلنَ الوزيرُ ﻻ تراجع"
    given = NormalizedText.of(text, normalize(text))
    assert given == NormalizedText.of(text)
    doc = make_doc(text)
    doc.normalized = given
    assert normalize_stage(doc).normalized is given
    doc.normalized = NormalizedText.of("نص آخر")
    assert normalize_stage(doc).normalized == given


_MIXED = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x600, max_codepoint=0x6FF),  # Arabic letters, marks, digits
        st.sampled_from("ـ\u200c\u200f\u00a0 \n.،ﻻﷲﷺ①㎒ＡⅣ𝐀😀abc123٣"),  # tatweel, controls, NFKC expansions
    ),
)


@given(_MIXED)
def test_the_normal_form_made_per_distinct_character_is_the_one_made_per_character(text: str) -> None:
    long = text * (1 + 200 // max(len(text), 1))  # past the length from which `normalize` works per distinct character
    for sample in (text, long):
        by_character = NormalizedText._of_by_character(sample)
        assert NormalizedText.of(sample) == by_character
        assert NormalizedText.of(sample, by_character.text) == by_character
        assert normalize(sample) == by_character.text
