from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.stages import make_tokens
from rasd.text.tokenize import is_skippable, iter_token_spans


def surfaces(text: str) -> list[str]:
    return [t.text for t in make_tokens(text)]


def kinds(text: str) -> dict[str, str]:
    return {t.text: t.kind for t in make_tokens(text)}


def test_arabic_punctuation_is_split_off() -> None:
    assert surfaces("قال الوزير: «نعم»، ثم غادر؛ لماذا؟") == [
        "قال", "الوزير", ":", "«", "نعم", "»", "،", "ثم", "غادر", "؛", "لماذا", "؟",
    ]  # fmt: skip
    assert surfaces("“بيان” … انتهى!") == ["“", "بيان", "”", "…", "انتهى", "!"]


def test_numbers_dates_and_times_stay_whole() -> None:
    text = "ارتفع بنسبة ٣٫٥٪ إلى 1,250,000 دولار في 22/7/2021 و2021-07-22 الساعة 14:30"
    found = kinds(text)
    assert found["٣٫٥"] == "number"
    assert found["٪"] == "punct"
    assert found["1,250,000"] == "number"
    assert found["22/7/2021"] == "date"
    assert found["2021-07-22"] == "date"
    assert found["14:30"] == "time"
    assert surfaces("و2021-07-22") == ["و", "2021-07-22"]


def test_urls_emails_and_latin_words_stay_whole() -> None:
    text = "راجع https://example.org/news?id=5. أو اكتب إلى press@un.org عن مقاتلات F-16 وCOVID-19 (Reuters)."
    found = kinds(text)
    assert found["https://example.org/news?id=5"] == "url"
    assert found["press@un.org"] == "email"
    assert found["F-16"] == "latin"
    assert found["COVID-19"] == "latin"
    assert found["Reuters"] == "latin"


def test_clitics_exposed_on_tokens() -> None:
    token = make_tokens("وبالاتفاق")[0]
    assert token.prefixes == ("و", "ب", "ال")
    assert token.stem == "اتفاق"
    assert token.lookup == "اتفاق"


def test_zero_width_joiner_inside_word_stays_in_word() -> None:
    assert surfaces("سو\u200cريا اليوم") == ["سو\u200cريا", "اليوم"]


@settings(max_examples=300)
@given(st.text())
def test_tokens_are_exact_slices_and_cover_all_non_space(text: str) -> None:
    tokens = make_tokens(text)
    covered = [False] * len(text)
    previous_end = 0
    for token in tokens:
        assert token.text == text[token.start : token.end]
        assert token.start >= previous_end and token.end > token.start
        previous_end = token.end
        for i in range(token.start, token.end):
            covered[i] = True
    for i, char in enumerate(text):
        assert covered[i] or is_skippable(char), (text, i, char)


@given(st.text(alphabet=st.sampled_from(list('وبالكتاب «»"،.؟ 0123456789٠١٢/-:\u200c\u064e'))))
def test_arabic_heavy_text_properties(text: str) -> None:
    tokens = make_tokens(text)
    assert all(t.text == text[t.start : t.end] for t in tokens)
    visible = "".join(c for c in text if not is_skippable(c))
    assert "".join(c for t in tokens for c in t.text if not is_skippable(c)) == visible


_MIXED = st.sampled_from(
    [
        *'وبالكتبمنيشر«»"،.؟:-/()0123456789٠١٢aZ@',
        *("\u200c", "\u200f", "\u064e", "\u0640", "\xa0", "\t", "\n", "\x1c"),
        *(" ", "  ", "https://", "22/7/2021", "14:30"),
    ]
)


@settings(max_examples=300)
@given(st.lists(_MIXED).map("".join))
def test_tokens_of_a_text_are_those_of_the_token_pattern_over_the_whole_text(text: str) -> None:
    # make_tokens cuts the text at white space and remembers each chunk's tokens; the same text read by the token
    # pattern in one pass (iter_token_spans) must give the same tokens, also when chunks repeat across texts
    expected = [(start, end, kind) for start, end, kind in iter_token_spans(text)]
    for _ in range(2):
        assert [(t.start, t.end, t.kind) for t in make_tokens(text)] == expected


@settings(max_examples=200)
@given(st.lists(_MIXED).map("".join))
def test_light_tokens_are_the_tokens_without_their_clitic_analysis(text: str) -> None:
    full = make_tokens(text)
    light = make_tokens(text, clitics=False)
    assert [(t.start, t.end, t.text, t.kind, t.norm) for t in light] == [
        (t.start, t.end, t.text, t.kind, t.norm) for t in full
    ]
    assert all(t.prefixes == () and t.stem == "" and t.suffixes == () for t in light)


def test_light_tokens_do_not_leak_into_analysed_ones() -> None:
    # the two kinds are remembered apart: asking for light tokens first must not leave the analysed ones bare
    text = "وبالمفاوضات ولروسيا"
    light = make_tokens(text, clitics=False)
    full = make_tokens(text)
    assert light[0].stem == "" and full[0].prefixes == ("و", "ب", "ال")
    assert full[1].prefixes == ("و", "ل") and full[1].stem == "روسيا"


def test_tokens_of_one_written_word_share_one_record_of_what_the_stages_made_of_it() -> None:
    from rasd.doc import Token, record_to_dict
    from rasd.quotes.lexicon import Lexicon, lexicon
    from rasd.resources import load_json

    first, second = make_tokens("وقالت الممرضة إن الطبيب وقالت ذلك")[0], make_tokens("ثم وقالت")[1]
    assert first.text == second.text and first is not second
    assert first.facts is not None and first.facts is second.facts  # one surface, one analysis, one record
    light = make_tokens("وقالت", clitics=False)[0]
    assert light.facts is not None and light.facts is not first.facts  # the light token has no clitic analysis
    cue = lexicon().cue(first)
    assert cue is not None and cue.form.category == "verb"
    assert first.facts.cue is cue and first.facts.cue_owner is lexicon()  # kept on the record, for this lexicon
    assert lexicon().cue(second) is cue
    assert lexicon().cue(light) == lexicon()._cue(light)  # the light reading is answered by its own analysis
    # a lexicon with other data does not take the answer another lexicon left on the record
    cues = load_json("quotes", "cues.json")
    other = Lexicon({**cues, "verbs": [v for v in cues["verbs"] if "قال" not in v.get("perfect", ())]},
                    load_json("quotes", "words.json"))  # fmt: skip
    assert other.cue(second) is None and lexicon().cue(second) == cue
    # a token built by hand has no record and gets the same answers, worked out each time
    rebuilt = Token(*second[:8])
    assert rebuilt.facts is None and lexicon().cue(rebuilt) == cue
    assert "facts" not in record_to_dict(second) and record_to_dict(rebuilt) == record_to_dict(second)


def test_a_pickled_token_leaves_what_the_stages_kept_on_its_word_behind() -> None:
    import pickle

    import rasd

    doc = rasd.analyze("قالت الوزارة إن الوفد سيزور موسكو الأسبوع المقبل.", published="2024-05-01")
    kept = doc.tokens[0].facts
    assert kept is not None and kept.cue_owner is not None  # the quote stage kept the cue on the word
    restored = pickle.loads(pickle.dumps(doc.tokens))
    assert [token[:8] for token in restored] == [token[:8] for token in doc.tokens]
    assert restored[0].facts is not None and restored[0].facts.cue_owner is None
    assert len(pickle.dumps(doc.tokens)) < 20_000  # no lexicon travels with the tokens
