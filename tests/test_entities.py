"""Named entities: CoNLL I/O and scoring, the trained tagger, the `entities` stage and `rasd tag`."""

from __future__ import annotations

import itertools
import subprocess
import sys

import numpy as np
import pytest

from rasd.doc import Token
from rasd.entities.adverbs import drop_adverbs
from rasd.entities.clubs import mark_city_clubs
from rasd.entities.conll import TAGS, ConllError, Scores, aqmar_tag, chunks, read_conll
from rasd.entities.consistency import propagate
from rasd.entities.homographs import drop_bare_heads, mark_homographs, mark_quoted_orgs
from rasd.entities.known_orgs import mark_known_orgs
from rasd.entities.model import default_tagger
from rasd.entities.neural import MODEL_FILE, BiLstmCrf, default_model
from rasd.entities.org_context import mark_described_orgs
from rasd.entities.places import mark_document_places, mark_places
from rasd.entities.stage import proclitic_length
from rasd.entities.titles import mark_titles
from rasd.pipeline import Pipeline
from rasd.resources import data_path

# Sentences written for these tests (not taken from any article).
TEXT = (
    "وصل الرئيس الروسي فلاديمير بوتين إلى القاهرة يوم الاثنين، والتقى وزير الخارجية المصري سامح شكري.\n"
    "وقالت الأمم المتحدة إن روسيا وفرنسا ستبحثان الأزمة في مجلس الأمن.\n"
    "وأضاف المتحدث أن الوفد سيزور لبنان وسوريا والأردن الأسبوع المقبل."
)


def test_read_conll_takes_first_column_and_sentence_breaks() -> None:
    lines = ["روسيا x B-LOC", "تدعم y O", "", "", "باريس\tB-LOC", "وبرلين B-LOC", "  ", "لندن B-LOC"]
    sentences = list(read_conll(lines, with_tags=True))
    assert [s.tokens for s in sentences] == [("روسيا", "تدعم"), ("باريس", "وبرلين"), ("لندن",)]
    assert [s.tags for s in sentences] == [("B-LOC", "O"), ("B-LOC", "B-LOC"), ("B-LOC",)]
    assert next(iter(read_conll(["كلمة", ""]))).tags is None


def test_read_conll_rejects_missing_tags_and_binary() -> None:
    with pytest.raises(ConllError, match="line 2 has no tag column"):
        list(read_conll(["روسيا B-LOC", "تدعم"], with_tags=True))
    with pytest.raises(ConllError, match="NUL"):
        list(read_conll(["ab\x00cd"]))


def test_chunks_follow_conll_rules() -> None:
    assert chunks(["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"),
        (3, 5, "LOC"),
        (5, 6, "LOC"),
        (6, 7, "ORG"),
    ]


def test_scores_need_exact_span_and_label() -> None:
    scores = Scores.empty()
    scores.add(["B-PERS", "I-PERS", "O", "B-LOC"], ["B-PERS", "O", "O", "B-LOC"])
    scores.add(["B-ORG"], ["B-LOC"])
    assert scores.prf("LOC") == (0.5, 1.0, pytest.approx(2 / 3))
    assert scores.prf("PERS") == (0.0, 0.0, 0.0)
    precision, recall, _ = scores.prf()
    assert (precision, recall) == (pytest.approx(1 / 3), pytest.approx(1 / 3))


def test_tagger_finds_people_places_and_organisations() -> None:
    words = [
        "التقى",
        "فلاديمير",
        "بوتين",
        "في",
        "موسكو",
        "مع",
        "الأمين",
        "العام",
        "للأمم",
        "المتحدة",
        "أنطونيو",
        "غوتيريش",
    ]
    tags = default_tagger().tag(words)
    assert set(tags) <= set(TAGS)
    found = {(" ".join(words[a:b]), label) for a, b, label in chunks(tags)}
    assert ("فلاديمير بوتين", "PERS") in found
    assert ("موسكو", "LOC") in found
    assert ("أنطونيو غوتيريش", "PERS") in found
    assert any(label == "ORG" and "المتحدة" in name for name, label in found)


def test_entities_stage_offsets_point_into_original_text() -> None:
    doc = Pipeline(["normalize", "tokenize", "sentences", "entities"])(TEXT)
    assert doc.entities, "no entities found"
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(doc.entities) + 1)]
    for entity in doc.entities:
        assert TEXT[entity.start : entity.end] == entity.text
        assert entity.text == entity.text.strip()
    texts = {(e.text, e.label) for e in doc.entities}
    assert ("فلاديمير بوتين", "PERS") in texts
    assert ("القاهرة", "LOC") in texts
    # «وفرنسا», «وسوريا»: the conjunction is not part of the name.
    assert ("فرنسا", "LOC") in texts
    assert ("سوريا", "LOC") in texts


def test_proclitic_length_skips_conjunction_and_preposition_letters_with_their_marks() -> None:
    def token(text: str) -> Token:
        return Token(0, len(text), text, "word", text)

    assert proclitic_length(token("وروسيا")) == 1
    assert proclitic_length(token("لبريطانيا")) == 1
    assert proclitic_length(token("وَروسيا")) == 2
    assert proclitic_length(token("بالقاهرة")) == 1  # the article stays with the name
    assert proclitic_length(token("روسيا")) == 0
    # Names whose first letter only looks like a preposition keep it.
    assert proclitic_length(token("كريس")) == 0
    assert proclitic_length(token("بيونغ")) == 0


def _rasd(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "rasd", *args], input=stdin, capture_output=True, timeout=120)


def test_tag_conll_keeps_tokens_and_sentence_breaks() -> None:
    conll = "ذهب O\nبوتين B-PERS\nإلى O\nباريس B-LOC\n\n\nوقال O\nماكرون\n.\n"
    result = _rasd("tag", "--conll", "-", stdin=conll.encode())
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.decode().rstrip("\n").split("\n\n")
    assert len(blocks) == 2
    rows = [[line.split("\t") for line in block.split("\n")] for block in blocks]
    assert [r[0] for r in rows[0]] == ["ذهب", "بوتين", "إلى", "باريس"]
    assert [r[0] for r in rows[1]] == ["وقال", "ماكرون", "."]
    assert all(len(r) == 2 and r[1] in TAGS for block in rows for r in block)
    assert rows[0][3][1] == "B-LOC"


@pytest.mark.parametrize("tagger", ["neural", "crf"])
def test_tag_with_either_tagger_finds_the_capital(tagger: str) -> None:
    conll = "وصل الوفد O\nإلى O\nالقاهرة B-LOC\nمساء O\nأمس O\n.\n".replace(" الوفد O", "\nالوفد O")
    result = _rasd("tag", "--conll", "--tagger", tagger, "-", stdin=conll.encode())
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.decode().splitlines()]
    assert [r[0] for r in rows] == ["وصل", "الوفد", "إلى", "القاهرة", "مساء", "أمس", "."]
    assert dict(rows)["القاهرة"] == "B-LOC"


def test_tag_rejects_an_unknown_tagger() -> None:
    result = _rasd("tag", "--conll", "--tagger", "bert", "-", stdin=b"x\n")
    assert result.returncode != 0 and b"bert" in result.stderr


def test_tag_plain_text_tokenizes_first() -> None:
    result = _rasd("tag", "-", stdin="زار ماكرون الجزائر.".encode())
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[0] for line in result.stdout.decode().splitlines()] == ["زار", "ماكرون", "الجزائر", "."]


@pytest.mark.parametrize(
    ("stdin", "message"),
    [(b"\x00\x01binary", "binary"), (b"\xff\xfe\xfa bad", "not valid"), (b"", "empty input")],
)
def test_tag_bad_input_gives_one_line_error(stdin: bytes, message: str) -> None:
    result = _rasd("tag", "--conll", "-", stdin=stdin)
    assert result.returncode != 0
    error = result.stderr.decode()
    assert message in error
    assert error.count("\n") == 1 and "Traceback" not in error


def test_consistency_tags_repeated_names_left_untagged() -> None:
    sentences = [["أعلنت", "شركة", "نيسان", "أرباحها"], ["وقالت", "لنيسان", "مصادر"], ["نيسان", "موتورز", "تعمل"]]
    tags = [["O", "O", "B-ORG", "O"], ["O", "O", "O"], ["B-LOC", "O", "O"]]
    out = propagate(sentences, tags)
    assert out[0] == tags[0]
    assert out[1] == ["O", "B-ORG", "O"]  # «لنيسان» repeats «نيسان» behind a preposition
    assert out[2] == tags[2]  # a stretch the tagger did label is never changed


def test_name_after_a_descriptor_noun_becomes_an_organisation() -> None:
    words = ["فاز", "فريق", "النجوم", "على", "نادي", "دمشق", "بهدفين", "وكتبت", "صحيفة", "الأفق", "."]
    tags = ["O", "O", "O", "O", "O", "B-LOC", "O", "O", "O", "O", "O"]
    out = mark_described_orgs(words, tags)
    assert out[2] == "B-ORG"  # a definite name after «فريق» left untagged
    assert out[5] == "B-ORG"  # «نادي دمشق»: the club, not the city
    assert out[9] == "B-ORG"  # glued punctuation-free definite word after «صحيفة»
    assert [out[i] for i in (1, 4, 8)] == ["O", "O", "O"]  # the descriptor itself stays untagged


def test_descriptor_rule_leaves_common_noun_phrases_alone() -> None:
    cases = [
        (["باعت", "شركة", "السيارات", "الألمانية", "أسهمها"], ["O"] * 5),  # two definite words: a description
        (["قال", "مدرب", "فريقه", "الأول", "إن"], ["O"] * 5),  # enclitic pronoun: not a construct head
        (["زار", "الفريق", "المدينة", "أمس"], ["O"] * 4),  # the descriptor with its article names no one
        (["شركة", "التي", "تأسست"], ["O"] * 3),  # a relative pronoun never starts a name
    ]
    for words, tags in cases:
        assert mark_described_orgs(words, tags) == tags


def test_a_known_place_after_the_word_for_canal_or_channel_is_the_canal() -> None:
    words = ["عبرت", "ناقلة", "النفط", "قناة", "السويس", "متجهة", "إلى", "قناة", "بنما"]
    tags = ["O", "O", "O", "O", "B-ORG", "O", "O", "O", "B-LOC"]
    out = mark_described_orgs(words, tags)
    assert out[4] == out[8] == "B-LOC"
    # a channel with a name that is no place is still the channel
    assert mark_described_orgs(["وقالت", "قناة", "المحور", "إن"], ["O"] * 4)[2] == "B-ORG"


def test_listed_organisations_missed_or_mislabelled_become_org() -> None:
    words = ["تعادل", "بنفيكا", "مع", "شاختار", "دونيتسك", "وأعلنت", "لبوينغ", "و", "إيرباص", "عن", "طلبيات", "."]
    tags = ["O", "B-LOC", "O", "B-PERS", "I-PERS", "O", "O", "O", "O", "O", "O", "O"]
    out = mark_known_orgs(words, tags)
    assert out[1] == "B-ORG"  # one entity of another label, exactly the name
    assert out[3:5] == ["B-ORG", "I-ORG"]  # a two-word club
    assert out[6] == "B-ORG"  # behind a glued preposition
    assert out[8] == "B-ORG"
    assert [out[i] for i in (0, 2, 5, 7, 9, 10, 11)] == ["O"] * 7


def test_listed_names_inside_a_longer_entity_or_unlisted_lookalikes_stay() -> None:
    cases = [
        # the tagger's entity reaches beyond the name: its reading is kept
        (["لاعب", "تويوتا", "اليابانية", "للسيارات"], ["O", "B-ORG", "I-ORG", "O"]),
        # a listed name that is part of a person's name stays a person
        (["قال", "جان", "رينو", "إن"], ["O", "B-PERS", "I-PERS", "O"]),
        # a month and a common word that clubs also use are not on the list
        (["في", "نيسان", "الماضي", "فاز", "الأهلي"], ["O", "O", "O", "O", "O"]),
    ]
    for words, tags in cases:
        assert mark_known_orgs(words, tags) == tags


def test_org_names_that_are_common_nouns_need_organisation_context() -> None:
    # the channel: after «قناة» (glued preposition, quotes), before a word only it takes, between quotes
    words = ["وصرح", "لقناة", "«", "الجزيرة", "»", "بأن", "الجزيرة", "نت", "نشرت", "'", "الجزيرة", "'", "الخبر"]
    tags = ["O", "O", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "B-ORG", "O", "O"]
    out = mark_homographs(words, tags)
    assert [out[3], out[6], out[10]] == ["B-ORG", "B-ORG", "B-ORG"]
    assert [out[i] for i in (0, 1, 2, 4, 5, 7, 8, 9, 11, 12)] == ["O"] * 10
    # an island: the word on its own is a common noun, whatever the tagger read
    words = ["وصل", "الزوار", "إلى", "الجزيرة", "بعد", "أن", "ضربت", "العاصفة", "جزيرة", "مجاورة"]
    tags = ["O", "O", "O", "B-ORG", "O", "O", "O", "O", "B-LOC", "O"]
    assert mark_homographs(words, tags) == ["O"] * 10
    # a longer entity is the tagger's reading: «شبه الجزيرة الكورية», «جزيرة كريت», a construct with an article
    cases = [
        (["في", "شبه", "الجزيرة", "الكورية"], ["O", "B-LOC", "I-LOC", "I-LOC"]),
        (["زار", "جزيرة", "كريت"], ["O", "B-LOC", "I-LOC"]),
        (["على", "شاطئ", "القناة", "الجزيرة", "هادئة"], ["O", "O", "O", "O", "O"]),
    ]
    for words, tags in cases:
        assert mark_homographs(words, tags) == tags


def test_a_quoted_organisation_name_is_the_organisation() -> None:
    words = ["وأكد", "الوزير", "ل", "«", "الشرق", "الأوسط", "»", "أن", "الشرق", "الأوسط", "يتغير"]
    tags = ["O", "O", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-LOC", "I-LOC", "O"]
    out = mark_quoted_orgs(words, tags)
    assert out[4:6] == ["B-ORG", "I-ORG"]  # the newspaper, between quotation marks
    assert out[8:10] == ["B-LOC", "I-LOC"]  # the region
    # a quoted place that names no organisation stays a place
    words = ["أقيمت", "المباراة", "في", '"', "الدوحة", '"']
    assert mark_quoted_orgs(words, ["O", "O", "O", "O", "B-LOC", "O"])[4] == "B-LOC"


def test_a_city_with_the_masculine_gentilic_of_its_country_is_the_club() -> None:
    words = ["فاز", "فريقنا", "على", "ميلان", "الإيطالي", "وخسر", "أمام", "هامبورغ", "الألماني", "في", "هامبورغ"]
    tags = ["O", "O", "O", "B-LOC", "O", "O", "O", "B-LOC", "O", "O", "B-LOC"]
    out = mark_city_clubs(words, tags)
    assert [out[3], out[7]] == ["B-ORG", "B-ORG"]
    assert out[10] == "B-LOC" and out[4] == out[8] == "O"
    cases = [
        (["وصلت", "السفينة", "إلى", "ميناء", "جدة", "السعودي"], ["O", "O", "O", "O", "B-LOC", "O"]),  # the port's
        (["سافر", "الوفد", "إلى", "ميلان", "الإيطالية"], ["O", "O", "O", "B-LOC", "O"]),  # feminine: the city
        (["على", "ميلان", "الفرنسي"], ["O", "B-LOC", "O"]),  # not the gentilic of the city's country
        (["أمام", "ليبيا", "الجديدة"], ["O", "B-LOC", "O"]),
    ]
    for words, tags in cases:
        assert mark_city_clubs(words, tags) == tags


def test_adverbs_read_as_names_are_dropped_and_countries_kept() -> None:
    words = ["هددت", "الدولة", "المسلحة", "نوويا", "سوريا", "وبثت", "خطابا", "تلفزيونيا", "عن", "كوريا"]
    tags = ["O", "O", "O", "B-LOC", "B-LOC", "O", "O", "B-PERS", "O", "B-LOC"]
    out = drop_adverbs(words, tags)
    assert out[3] == out[7] == "O"
    assert out[4] == out[9] == "B-LOC"  # names written far more often than any adjective sharing their letters
    # a gentilic in the accusative stays for the actors stage to read as the country
    assert drop_adverbs(["قتل", "شابا", "فلسطينيا"], ["O", "O", "B-LOC"])[2] == "B-LOC"


def test_a_bare_institution_noun_is_no_name() -> None:
    words = ["انتقد", "الحزب", "قرار", "حزب", '"', "الأمل", '"', "ولجنة", "حزب", "الوسط", "#", "حزب", "_الأمل"]
    tags = ["O", "B-ORG", "O", "B-ORG", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "O"]
    out = drop_bare_heads(words, tags)
    assert out[1] == out[3] == "O"
    assert out[8:10] == ["B-ORG", "I-ORG"]  # a name that opens with the noun stays
    assert out[11] == "B-ORG"  # the first part of a hashtag


def test_quoted_titles_after_a_work_noun_are_misc() -> None:
    words = ["قدمت", "برنامجا", "بعنوان", "«", "ليالي", "الصيف", "»", "وشاركت", "في", "فيلم", '"', "الطريق", '"']
    tags = ["O"] * len(words)
    out = mark_titles(words, tags)
    assert out[4:6] == ["B-MISC", "I-MISC"]
    assert out[11] == "B-MISC"
    assert [out[i] for i in (0, 1, 2, 3, 6, 7, 8, 9, 10, 12)] == ["O"] * 10
    # a programme the tagger read as an organisation is the programme
    assert (
        mark_titles(["في", "برنامج", '"', "صباح", "الخير", '"'], ["O", "O", "O", "B-ORG", "I-ORG", "O"])[3] == "B-MISC"
    )
    cases = [
        # a quoted phrase with a person in it stays as tagged
        (["كتاب", '"', "رحلة", "سامي", "عادل", '"'], ["O", "O", "O", "B-PERS", "I-PERS", "O"]),
        # the quotation mark after the noun closes a phrase: «فيلم" ، قال "»
        (["فيلم", '"', "،", "قال", "المخرج", '"'], ["O"] * 6),
        # no work noun before the quotation
        (["وقال", '"', "سنعود", "قريبا", '"'], ["O"] * 5),
    ]
    for words, tags in cases:
        assert mark_titles(words, tags) == tags


def test_an_island_is_not_linked_to_the_channel_of_the_same_name() -> None:
    island = Pipeline()("وصل مئات السياح إلى الجزيرة صباح الأحد بعد أن هدأت العاصفة التي ضربت سواحلها.")
    assert not [e for e in island.entities if "الجزيرة" in e.text]
    channel = Pipeline()("وقال الوزير في مقابلة مع قناة الجزيرة إن المفاوضات مستمرة.")
    assert [(e.label, e.actor.cameo if e.actor else None) for e in channel.entities] == [("ORG", "QATMED")]


def test_known_places_in_a_place_context_become_loc() -> None:
    words = ["وصلت", "القافلة", "إلى", "أبها", "ثم", "بالنجف", "وانتقلت", "شمال", "الغوطة", "قرب", "حمص", "وحماه"]
    tags = ["O"] * len(words)
    out = mark_places(words, tags)
    assert [out[i] for i in (3, 5, 8, 10, 11)] == ["B-LOC"] * 5  # after «إلى», with «ب», after «شمال», «قرب», «و»
    assert [out[i] for i in (0, 1, 2, 4, 6, 7, 9)] == ["O"] * 7
    # the tagger's words: «أبها» of a sentence with no place word before it stays untagged
    assert mark_places(["غادرت", "أبها", "الطائرة"], ["O"] * 3) == ["O"] * 3


def test_town_names_that_are_ordinary_words_stay_untagged() -> None:
    cases = [
        ["وقف", "المصلون", "في", "باحة", "المسجد"],  # «الباحة» is the town; a construct besides
        ["أحاط", "الجنود", "المبنى", "بسور", "داخلي"],  # an indefinite adjective: a noun
        ["جاء", "القرار", "في", "صالح", "المواطنين"],  # a word of person names
        ["درس", "العلماء", "الضوء", "في", "هالة", "الشمس"],  # the head of a construct
        ["يعيش", "اللاجئون", "في", "مأوى", "مؤقت"],  # spelt otherwise than the town «ماوي»
        ["وقعت", "الحادثة", "في", "أمام", "الناس"],  # a common word
    ]
    for words in cases:
        assert mark_places(words, ["O"] * len(words)) == ["O"] * len(words)
    # a word the document tags as a person is not made a place elsewhere in it
    sentences = [["وصل", "أبها", "إلى", "الحفل"], ["ثم", "سافر", "إلى", "أبها"]]
    tags = [["O", "B-PERS", "O", "O"], ["O"] * 4]
    assert mark_document_places(sentences, tags) == tags


def test_tag_conll_keeps_docstart_lines() -> None:
    conll = "-DOCSTART- O\n\nزار O\nماكرون O\nبرلين O\n"
    result = _rasd("tag", "--conll", "-", stdin=conll.encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().split("\n\n")[0] == "-DOCSTART-\tO"


def test_neural_tags_do_not_depend_on_what_else_is_in_the_batch() -> None:
    """Padding and the shrinking batch of the numpy LSTM must not leak between sentences."""
    model = default_model()
    sentences = [
        ["استقبل", "الملك", "عبدالله", "الثاني", "في", "عمان", "رئيس", "وزراء", "اليابان", "أمس"],
        ["وزار", "الوفد", "بغداد"],
        [],
        ["قال", "المتحدث", "باسم", "منظمة", "الصحة", "العالمية", "في", "جنيف", "إن", "الفريق", "وصل"],
        ["ليون"],
    ]
    together = model.tag_sentences(sentences)
    assert together == [model.tag_sentences([s])[0] for s in sentences]
    assert [len(t) for t in together] == [len(s) for s in sentences]
    scores, lengths = model.emissions(sorted((s for s in sentences if s), key=len, reverse=True))
    assert scores.shape == (4, 11, len(TAGS)) and lengths.tolist() == [11, 10, 3, 1]
    with pytest.raises(ValueError, match="longest first"):
        model.emissions([["قصيرة"], ["جملة", "أطول"]])


def test_neural_projection_cache_keeps_recurring_words_when_full() -> None:
    """A full cache keeps the words read by more than one batch and forgets those read once; the tags are those of
    a model that never had to forget."""
    model = BiLstmCrf(data_path("entities", MODEL_FILE), projection_cache=12)
    batches = [
        [["قال", "الوزير", "في", "بغداد"], ["وصل", "الوفد", "إلى", "عمان"]],
        [["قال", "الوزير", "في", "دمشق"], ["غادر", "السفير", "إلى", "الرياض"]],
        [["قال", "الرئيس", "في", "القاهرة"], ["عاد", "المبعوث", "من", "جنيف"]],
        [["قال", "الوزير", "في", "بيروت"], ["التقى", "الأمين", "العام", "في", "نيويورك"]],
    ]
    for sentences in batches:
        assert model.tag_sentences(sentences) == default_model().tag_sentences(sentences)
        assert len(model._projections) <= 12
    assert {"قال", "الوزير", "في"} <= set(model._projections)  # read by every batch: never forgotten
    assert "عمان" not in model._projections  # read once, long ago
    assert all(model._row_words[row] == word for word, row in model._projections.items())
    assert sum(map(bool, model._row_words)) == len(model._projections) == 12 - len(model._free_rows)


def test_neural_viterbi_finds_the_best_tag_sequence() -> None:
    model = default_model()
    scores = np.random.default_rng(7).normal(size=(2, 3, len(model.tags))).astype(np.float32)
    lengths = np.array([3, 2])
    decoded = model.viterbi(scores, lengths)
    for row, n in enumerate(lengths.tolist()):

        def total(path: tuple[int, ...], row: int = row, n: int = n) -> float:
            value = model.start[path[0]] + model.end[path[-1]] + sum(scores[row, t, k] for t, k in enumerate(path))
            return float(value + sum(model.transitions[a, b] for a, b in itertools.pairwise(path)))

        best = max(itertools.product(range(len(model.tags)), repeat=n), key=total)
        assert tuple(decoded[row, :n].tolist()) == best


def test_aqmar_tags_map_to_anercorp_labels() -> None:
    mapped = [aqmar_tag(t) for t in ("B-PER", "I-PER", "B-ORG", "I-LOC", "B-MIS2", "I-MIS-1", "O", "B-OTHER")]
    assert mapped == ["B-PERS", "I-PERS", "B-ORG", "I-LOC", "B-MISC", "I-MISC", "O", "O"]
    assert all(tag in TAGS for tag in mapped)
