"""The quotes stage on sentences written for these tests (and on the seed article, when ../shared is present)."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

import rasd
from rasd.doc import Actor, Doc, Entity, Quote
from rasd.pipeline import Pipeline, make_doc
from rasd.quotes import find_quotes
from rasd.quotes.lexicon import lexicon
from rasd.quotes.marks import find_mark_spans
from rasd.text.stages import make_tokens

TEXT_LAYER = Pipeline(["normalize", "tokenize", "sentences"])
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_b4213ac8ddd93d18.txt"


def quotes_of(text: str, **fields: object) -> tuple[Doc, tuple[Quote, ...]]:
    doc = TEXT_LAYER(make_doc(text, **fields))  # type: ignore[arg-type]
    return doc, find_quotes(doc)


def content(doc: Doc, quote: Quote) -> str:
    return doc.text[quote.content.start : quote.content.end]


def only(quotes: tuple[Quote, ...]) -> Quote:
    assert len(quotes) == 1, quotes
    return quotes[0]


# --- quotation marks ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, inside",
    [
        ("قال: «نحن هنا».", ["نحن هنا"]),
        ('قال: "نحن هنا".', ["نحن هنا"]),
        ("قال: “نحن هنا”.", ["نحن هنا"]),
        ("قال: „نحن هنا“.", ["نحن هنا"]),
        ("قال: 'نحن هنا'.", ["نحن هنا"]),
        ('قال: "إن خطة "الجسر الأخضر" ستنجح".', ['إن خطة "الجسر الأخضر" ستنجح', "الجسر الأخضر"]),
    ],
)
def test_quote_mark_styles_pair(text: str, inside: list[str]) -> None:
    spans = find_mark_spans(text, make_tokens(text))
    assert [text[s.start : s.end] for s in spans] == inside


def test_missing_closing_mark_closes_at_the_paragraph_end() -> None:
    text = 'وقال المدير: "سنفتح المصنع في الربيع\nوفي خبر آخر ارتفعت الأسعار.'
    (span,) = find_mark_spans(text, make_tokens(text))
    assert text[span.start : span.end] == "سنفتح المصنع في الربيع"
    assert not span.closed


def test_quotation_over_two_paragraphs_is_one_quote() -> None:
    text = 'وقال رئيس البلدية سمير الحداد: "سنبني جسرا جديدا فوق النهر.\n"وسنفتح ثلاث مدارس قبل نهاية العام".'
    doc, quotes = quotes_of(text)
    quote = only(quotes)
    assert quote.kind == "direct"
    assert content(doc, quote).startswith("سنبني جسرا") and content(doc, quote).endswith("قبل نهاية العام")
    assert quote.speaker is not None and quote.speaker.name == "سمير الحداد"


# --- cue lexicon ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, lemma, category",
    [
        ("وأضاف", "أضاف", "verb"),
        ("فقال", "قال", "verb"),
        ("وأكدت", "أكد", "verb"),
        ("وقالوا", "قال", "verb"),
        ("تقول", "قال", "verb"),
        ("مضيفا", "أضاف", "participle"),
        ("مشيرةً", "أشار", "participle"),
        ("قوله", "قال", "masdar"),
        ("واعتبرتها", "اعتبر", "verb"),
        ("ونفت", "نفى", "verb"),
    ],
)
def test_cue_forms_are_found_through_their_clitics(word: str, lemma: str, category: str) -> None:
    (token,) = make_tokens(word)
    match = lexicon().cue(token)
    assert match is not None and match.form.lemma == lemma and match.form.category == category


@pytest.mark.parametrize("word", ["امرأة", "إشارة", "المتهم", "الإعلان", "عبر"])
def test_look_alike_words_are_not_cues_on_their_own(word: str) -> None:
    _doc, quotes = quotes_of(f"وصل {word} أمس إلى المدينة وغادرها بعد ساعة.")
    assert quotes == ()


# --- indirect, direct, mixed ----------------------------------------------------------------------------------------


def test_indirect_speech_excludes_the_complementiser() -> None:
    doc, quotes = quotes_of("أعلن وزير الزراعة كريم المنصوري، أن الحكومة ستدعم صغار المزارعين هذا الموسم.")
    quote = only(quotes)
    assert quote.kind == "indirect"
    assert content(doc, quote) == "الحكومة ستدعم صغار المزارعين هذا الموسم"
    assert quote.cue is not None and quote.cue.text == "أعلن" and quote.cue.lemma == "أعلن"
    assert quote.speaker is not None and quote.speaker.text == "وزير الزراعة كريم المنصوري"
    assert quote.speaker.name == "كريم المنصوري" and quote.speaker.type == "person"


def test_cue_with_preposition_before_the_complementiser() -> None:
    doc, quotes = quotes_of("وأكدت الوزيرة ليلى الخطيب على أن المستشفى الجديد سيفتح أبوابه في الخريف.")
    assert content(doc, only(quotes)) == "المستشفى الجديد سيفتح أبوابه في الخريف"


def test_new_cue_starts_a_new_quotation() -> None:
    text = "قال المتحدث باسم الشركة إن الأرباح تضاعفت، مضيفا أن الشركة ستوظف مئة مهندس."
    doc, quotes = quotes_of(text)
    assert [content(doc, q) for q in quotes] == ["الأرباح تضاعفت", "الشركة ستوظف مئة مهندس"]
    assert all(q.speaker is not None and q.speaker.text == "المتحدث باسم الشركة" for q in quotes)


def test_direct_quote_after_a_colon() -> None:
    doc, quotes = quotes_of("وقال رئيس النادي فادي سليمان: «الفريق جاهز للمباراة النهائية».")
    quote = only(quotes)
    assert quote.kind == "direct" and content(doc, quote) == "الفريق جاهز للمباراة النهائية"


def test_mixed_quote_keeps_its_inner_marks() -> None:
    doc, quotes = quotes_of('وأوضح الخبير أن الاتفاق "خطوة أولى" نحو تهدئة طويلة.')
    quote = only(quotes)
    assert quote.kind == "mixed" and content(doc, quote) == 'الاتفاق "خطوة أولى" نحو تهدئة طويلة'


def test_wholly_quoted_content_after_the_complementiser_is_mixed_without_marks() -> None:
    doc, quotes = quotes_of('ووصف المعارض القرار بأنه "غير دستوري".')
    quote = only(quotes)
    assert quote.kind == "mixed" and content(doc, quote) == "غير دستوري"


def test_content_introduced_by_the_lemmas_preposition() -> None:
    doc, quotes = quotes_of("ودعت المنظمة الأطراف المتنازعة إلى وقف القتال فورا.")
    assert content(doc, only(quotes)) == "وقف القتال فورا"


def test_attribution_phrase_takes_the_clause_before_it() -> None:
    doc, quotes = quotes_of("ارتفع عدد الضحايا إلى عشرين شخصا، بحسب وكالة رويترز.")
    quote = only(quotes)
    assert content(doc, quote) == "ارتفع عدد الضحايا إلى عشرين شخصا"
    assert quote.cue is not None and quote.cue.text == "بحسب"
    assert quote.speaker is not None and quote.speaker.type == "media"


def test_impersonal_passive_is_not_a_quotation() -> None:
    _doc, quotes = quotes_of("ويذكر أن المدينة شهدت فيضانات مماثلة قبل عامين.")
    assert quotes == ()


def test_headline_is_not_a_quotation() -> None:
    text = "الوزير يقول إن الأسعار ستنخفض\nقال وزير التجارة إن الأسعار ستنخفض قريبا."
    _doc, quotes = quotes_of(text)
    quote = only(quotes)
    assert quote.content.start > text.index("\n")


# --- speakers -------------------------------------------------------------------------------------------------------


def test_speaker_carries_over_to_a_cue_without_subject() -> None:
    text = "قال وزير المالية سامي النجار إن العجز تراجع. وأضاف أن الدين العام سيستقر. وتابع: «لن نرفع الضرائب»."
    _doc, quotes = quotes_of(text)
    assert len(quotes) == 3
    assert [q.speaker.name for q in quotes if q.speaker] == ["سامي النجار"] * 3


def test_carry_over_agrees_in_gender() -> None:
    text = "قالت المديرة هالة يوسف إن المدرسة ستفتح. وقال المهندس عمر بكري إن البناء انتهى. وأضافت أن التسجيل يبدأ غدا."
    _doc, quotes = quotes_of(text)
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "هالة يوسف"


def test_role_mention_gets_the_fullest_name() -> None:
    text = "قال وزير الخارجية سامي النجار إن المحادثات مثمرة.\nوأكد الوزير أن جولة جديدة ستعقد الشهر المقبل."
    _doc, quotes = quotes_of(text)
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.text == "الوزير" and quotes[1].speaker.name == "سامي النجار"


def test_surname_gets_the_fullest_name_in_the_article() -> None:
    text = "التقى الرئيس بالمبعوث ماركو فيلاني أمس.\nوقال فيلاني إن الجانبين اتفقا على هدنة."
    _doc, quotes = quotes_of(text)
    assert only(quotes).speaker is not None and only(quotes).speaker.name == "ماركو فيلاني"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("قال مصدر مطلع إن المفاوضات توقفت.", "anonymous"),
        ("وقالت وزارة الخارجية في بيان إن السفير استدعي.", "institution"),
        ("وذكرت صحيفة الأيام أن الميناء أغلق.", "media"),
        ("وأفاد تقرير للأمم المتحدة بأن المجاعة تتسع.", "document"),
        ("أكدت الجزائر أن الحدود ستبقى مفتوحة.", "institution"),
    ],
)
def test_speaker_types(text: str, kind: str) -> None:
    _doc, quotes = quotes_of(text)
    speaker = only(quotes).speaker
    assert speaker is not None and speaker.type == kind


def test_nested_statement_keeps_both_speakers() -> None:
    text = 'وقال السفير نبيل حمدان إن "رئيس الوزراء رامي الصافي أكد دعمه الكامل للاتفاق خلال لقائهما".'
    doc, quotes = quotes_of(text)
    assert len(quotes) == 2
    outer, inner = sorted(quotes, key=lambda q: q.content.start)
    assert outer.speaker is not None and outer.speaker.name == "نبيل حمدان"
    assert inner.speaker is not None and inner.speaker.name == "رامي الصافي"
    assert content(doc, inner).startswith("دعمه الكامل للاتفاق")


def test_participle_takes_the_subject_of_its_sentence() -> None:
    text = "ورفضت النقابة العامة للمعلمين الخطة الجديدة، معتبرة أنها تهدد حقوق المعلمين."
    doc, quotes = quotes_of(text)
    last = quotes[-1]
    assert content(doc, last) == "تهدد حقوق المعلمين"
    assert last.speaker is not None and last.speaker.text == "النقابة العامة للمعلمين"


def test_speaker_from_entities_with_cluster_and_actor() -> None:
    text = "قالت الوزيرة نادية سالم إن الحوار سيستمر. وأضافت سالم أن الوفد يصل غدا."
    doc = TEXT_LAYER(make_doc(text))
    actor = Actor(id="Q1", name_ar="نادية سالم", cameo="XYZGOV", sector="GOV")
    first = text.index("نادية سالم")
    second = text.rindex("سالم")
    doc.entities = (
        Entity("e1", first, first + len("نادية سالم"), "نادية سالم", "PERS", cluster="e1", actor=actor),
        Entity("e2", second, second + len("سالم"), "سالم", "PERS", cluster="e1", actor=actor),
    )
    quotes = find_quotes(doc)
    assert len(quotes) == 2
    for quote in quotes:
        assert quote.speaker is not None
        assert quote.speaker.entity == "e1" and quote.speaker.actor == "XYZGOV" and quote.speaker.name == "نادية سالم"


# --- channel and date -------------------------------------------------------------------------------------------------


def test_channel_and_date_of_a_statement() -> None:
    text = "وقال وزير الطاقة خالد العمري في مقابلة مع قناة الشرق يوم الثلاثاء إن الإنتاج سيرتفع."
    doc = rasd.analyze(text, published="2024-03-14")
    quote = only(doc.quotes)
    assert quote.channel == "في مقابلة مع قناة الشرق"
    assert quote.date == "2024-03-12"


def test_date_falls_back_to_the_publication_date() -> None:
    doc = rasd.analyze("وقالت الشرطة في بيان إن الطريق أعيد فتحه.", published="2024-03-14")
    quote = only(doc.quotes)
    assert quote.channel == "في بيان" and quote.date == "2024-03-14"


def test_quotes_output_matches_the_schema(schema: dict) -> None:  # type: ignore[type-arg]
    doc = rasd.analyze("وقال مصدر حكومي لوكالة الأنباء إن الاجتماع تأجل.", published="2024-03-14")
    out = doc.to_dict()
    jsonschema.validate(out, schema)
    (quote,) = out["quotes"]
    assert quote["id"] == "q1" and quote["speaker"]["type"] == "anonymous"


# --- the seed article -------------------------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")
def test_seed_article_quotations() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = rasd.analyze(text, id="seed")
    interview = "في مقابلة مع وكالة نوفوستي"
    expected = [
        # (content starts with, cue, speaker name, channel, date)
        ("روسيا ستساعد طاجيكستان", "أعلن", "أندريه رودينكو", interview, "2021-07-22"),
        ("سنواصل بلا شك", "وقال", "أندريه رودينكو", interview, "2021-07-22"),
        ("الرئيس الروسي فلاديمير بوتين كان قد أكد", "وأضاف", "أندريه رودينكو", interview, "2021-07-22"),
        ("الاستعداد لدعم الدولة الصديقة", "أكد", "فلاديمير بوتين", None, "2021-07"),
        ("القاعدة العسكرية الروسية رقم 201", "قال", "إيغور لياكين فرولوف", "في تصريح لوكالة نوفوستي", None),
    ]
    said = [q for q in doc.quotes if q.cue is not None and q.cue.lemma != "نصّ"]
    assert len(said) == len(expected)
    for quote, (start, cue, name, channel, date) in zip(said, expected, strict=True):
        assert doc.text[quote.content.start : quote.content.end].startswith(start)
        assert quote.cue is not None and quote.cue.text == cue
        assert quote.speaker is not None and quote.speaker.name == name and quote.speaker.type == "person"
        if channel is not None:
            assert quote.channel == channel
        if date is not None:
            assert quote.date == date
    putin = said[3]
    assert putin.channel is not None and "محادثته الهاتفية" in putin.channel
    rudenko = {q.speaker.entity for q in said[:3] if q.speaker is not None}
    assert len(rudenko) == 1 and None not in rudenko
    assert said[0].speaker is not None and said[0].speaker.actor == "RUSGOV"
    frolov = said[4]
    assert doc.text[frolov.content.end - 20 : frolov.content.end].endswith("للإرهابيين الأفغان")


# --- command line -----------------------------------------------------------------------------------------------------


def test_quotes_command_lists_speakers(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from rasd.cli import cli

    article = tmp_path / "article.txt"
    article.write_text("قال وزير النقل فادي عيسى إن الطريق سيفتح غدا.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["quotes", str(article), "--published", "2024-05-02", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.strip().splitlines()
    import json

    row = json.loads(line)
    assert row["speaker"]["name"] == "فادي عيسى" and row["content"]["text"] == "الطريق سيفتح غدا"
    assert row["date"] == "2024-05-02" and row["doc"] == "article"


def test_parenthetical_attribution_keeps_its_clause() -> None:
    text = 'ارتفعت الأسعار في الأسواق، ولكن الوضع - بحسب ما قاله مسؤول في الوزارة - "تحت السيطرة".'
    doc, quotes = quotes_of(text)
    quote = only(quotes)
    assert content(doc, quote).startswith("الوضع") and content(doc, quote).endswith('تحت السيطرة"')
    assert quote.speaker is not None and quote.speaker.type == "anonymous"


def test_relayed_statement_is_the_quoted_persons() -> None:
    text = "ونقلت وكالة الأنباء الرسمية عن المتحدث العسكري سامر خليل قوله إن الهدنة صامدة."
    _doc, quotes = quotes_of(text)
    quote = only(quotes)
    assert quote.cue is not None and quote.cue.text == "قوله"
    assert quote.speaker is not None and quote.speaker.name == "سامر خليل"


def test_relative_clause_speaker_is_its_antecedent() -> None:
    text = "وتحدث التقرير عن الجيش الذي أعلن أنه دمر عشرين منصة للصواريخ."
    _doc, quotes = quotes_of(text)
    quote = only(quotes)
    assert quote.speaker is not None and quote.speaker.text == "الجيش"


def test_as_said_attribution_after_the_clause() -> None:
    text = "وتصبح المدينة بذلك أول مدينة خالية من السيارات، كما قال متحدث باسم البلدية."
    doc, quotes = quotes_of(text)
    quote = only(quotes)
    assert content(doc, quote).startswith("وتصبح المدينة") and quote.speaker is not None
    assert quote.speaker.text == "متحدث باسم البلدية" and quote.speaker.type == "anonymous"


def test_photo_caption_is_not_a_quotation() -> None:
    text = (
        "الرئيس يقول إن البلاد تجاوزت الأزمة الاقتصادية بعد سنوات من الركود الطويل في الأسواق (رويترز)\n"
        "وقال الرئيس في خطاب أمام البرلمان إن الاقتصاد تعافى."
    )
    doc, quotes = quotes_of(text)
    quote = only(quotes)
    assert content(doc, quote) == "الاقتصاد تعافى"


def test_honorific_pronoun_refers_to_the_person_last_named() -> None:
    text = (
        "استقبل وزير التعليم الدكتور ماجد الحربي وفدا من الطلاب. وأوضح معاليه أن المنح ستزيد. وبين أن التسجيل يبدأ غدا."
    )
    doc, quotes = quotes_of(text)
    assert [content(doc, q) for q in quotes] == ["المنح ستزيد", "التسجيل يبدأ غدا"]
    assert all(q.speaker is not None and q.speaker.name is not None and "ماجد" in q.speaker.name for q in quotes)


def test_preposition_bayna_is_not_a_cue() -> None:
    _doc, quotes = quotes_of("وجرى اللقاء بين الوزير والسفير، الذي قال إن العلاقات ممتازة.")
    assert len(quotes) == 1 and quotes[0].cue is not None and quotes[0].cue.text == "قال"


def test_medium_relaying_a_statement_is_a_second_source() -> None:
    text = 'وقال الوزير في المقابلة، بحسب وكالة رويترز: "سنغلق المعبر غدا".'
    doc, quotes = quotes_of(text)
    assert len(quotes) == 2
    relay, said = quotes
    assert relay.cue is not None and relay.cue.text == "بحسب" and relay.speaker is not None
    assert relay.speaker.type == "media" and content(doc, said) == "سنغلق المعبر غدا"


def test_first_person_cue_inside_a_quotation_is_the_quoted_speaker() -> None:
    text = 'وأضاف رئيس البلدية وائل قاسم: "قلت لهم: افتحوا الطريق فورا".'
    doc, quotes = quotes_of(text)
    inner = next(q for q in quotes if q.cue is not None and q.cue.text == "قلت")
    assert content(doc, inner) == "افتحوا الطريق فورا"
    assert inner.speaker is not None and inner.speaker.name == "وائل قاسم"


def test_predicate_of_an_object_pronoun_is_the_content() -> None:
    doc, quotes = quotes_of('ورحبت الحكومة بالقرار واعتبرته "خطوة شجاعة".')
    quote = only(quotes)
    assert content(doc, quote) == "خطوة شجاعة" and quote.kind == "mixed"
    assert quote.speaker is not None and quote.speaker.text == "الحكومة"


def test_closing_mark_slipped_before_the_space() -> None:
    text = 'وتصف "رابطة المزارعين "بالمنطقة الأسعار بالظالمة.'
    spans = find_mark_spans(text, make_tokens(text))
    assert [text[s.start : s.end] for s in spans] == ["رابطة المزارعين"]


def test_any_as_subject_names_no_speaker() -> None:
    text = "وشدد السفير على أن بلاده ترفض أي تدخل خارجي يمس السيادة، مضيفا أن الحوار هو الحل."
    doc = rasd.analyze(text, published="2024-03-10")
    assert {q.speaker.text for q in doc.quotes if q.speaker is not None} == {"السفير"}


def test_a_body_in_the_title_is_not_part_of_the_speakers_name() -> None:
    text = "ورحب رئيس المفوضية الأوروبية جان كلود يونكر بالاتفاق، داعيا الأطراف إلى الالتزام به."
    doc = rasd.analyze(text, published="2024-03-10")
    (quote,) = doc.quotes
    assert quote.speaker is not None and quote.speaker.name == "جان كلود يونكر"
