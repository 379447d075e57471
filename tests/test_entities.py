"""Named entities: CoNLL I/O and scoring, the trained tagger, the `entities` stage and `rasd tag`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rasd.doc import Token
from rasd.entities.conll import TAGS, ConllError, Scores, chunks, read_conll
from rasd.entities.consistency import propagate
from rasd.entities.model import default_tagger
from rasd.entities.stage import proclitic_length
from rasd.pipeline import Pipeline

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


def test_tag_conll_keeps_docstart_lines() -> None:
    conll = "-DOCSTART- O\n\nزار O\nماكرون O\nبرلين O\n"
    result = _rasd("tag", "--conll", "-", stdin=conll.encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().split("\n\n")[0] == "-DOCSTART-\tO"
