from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

RASD = [sys.executable, "-m", "rasd"]
SAMPLE = "أعلن وزير الخارجية أن الوفد سيصل غدا. وقال: «سنعمل معا»."


def run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*RASD, *args], input=data, capture_output=True, timeout=300)


def assert_clean_error(result: subprocess.CompletedProcess[bytes], fragment: str) -> None:
    assert result.returncode != 0
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert fragment in err


def test_file_and_stdin_give_the_same_analysis(tmp_path: Path, schema: dict) -> None:
    path = tmp_path / "article.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    from_file = run(["analyze", str(path), "--published", "2021-07-22"])
    from_stdin = run(["analyze", "-", "--published", "2021-07-22"], SAMPLE.encode())
    assert from_file.returncode == 0 and from_stdin.returncode == 0
    a, b = json.loads(from_file.stdout), json.loads(from_stdin.stdout)
    jsonschema.validate(a, schema)
    assert a["id"] == "article" and b["id"] == "stdin"
    assert a["sentences"] == b["sentences"] and len(a["sentences"]) == 2
    assert a["published"] == "2021-07-22"


def test_jsonl_streams_in_order_and_reports_bad_lines(schema: dict) -> None:
    lines = [
        json.dumps({"id": "a", "text": SAMPLE, "published": "2021-07-22", "outlet": "x"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "body": "no text field"}),
        "",
        json.dumps({"id": "d", "text": "نص قصير.", "published": "22/07/2021"}, ensure_ascii=False),
        json.dumps({"id": "e", "text": "نص آخر."}, ensure_ascii=False),
    ]
    result = run(["analyze", "--jsonl", "-", "--format", "json"], "\n".join(lines).encode())
    assert result.returncode == 0
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", "line-2", "c", "d", "e"]
    for o in out:
        jsonschema.validate(o, schema)
    assert out[0]["meta"] == {"outlet": "x"}
    assert "not valid JSON" in out[1]["error"]
    assert "'text'" in out[2]["error"]
    assert "invalid date" in out[3]["error"]
    assert "error" not in out[4]
    assert "3 document(s) failed" in result.stderr.decode()


def test_text_format_is_readable() -> None:
    result = run(["analyze", "-", "--format", "text"], SAMPLE.encode())
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "وزير الخارجية" in out and "[2]" in out


def test_utf16_with_bom_is_read() -> None:
    result = run(["analyze", "-"], codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["text"] == SAMPLE


def test_cp1256_with_explicit_encoding() -> None:
    result = run(["analyze", "-", "--encoding", "cp1256"], SAMPLE.replace("«", '"').replace("»", '"').encode("cp1256"))
    assert result.returncode == 0
    assert "وزير" in json.loads(result.stdout)["text"]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty input"),
        (b"   \n\t ", "empty input"),
        (b"abc \xfa not utf8 \x81", "not valid UTF-8"),
        (bytes(range(256)) * 4, "binary"),
        ("نص".encode() + b"\xc3\x28", "not valid UTF-8"),
    ],
)
def test_bad_input_gives_one_line_error(data: bytes, fragment: str) -> None:
    assert_clean_error(run(["analyze", "-"]), "empty input") if not data else None
    assert_clean_error(run(["analyze", "-"], data), fragment)


def test_bad_arguments_give_one_line_errors(tmp_path: Path) -> None:
    assert_clean_error(run(["analyze", str(tmp_path / "missing.txt")]), "no such file")
    assert_clean_error(run(["analyze", str(tmp_path)]), "is a directory")
    assert_clean_error(run(["analyze", "-", "--published", "yesterday"], SAMPLE.encode()), "invalid date")
    assert_clean_error(run(["analyze", "-", "--stages", "tokenize,bogus"], SAMPLE.encode()), "unknown stage")


def test_mixed_scripts_and_control_characters() -> None:
    text = "قال Reuters إن 中国 и Россия\x01\x07 وافقت\u202e على الخطة\u200f."
    result = run(["analyze", "-", "--tokens"], text.encode())
    assert result.returncode == 0
    out = json.loads(result.stdout)
    assert all(text[t["start"] : t["end"]] == t["text"] for t in out["tokens"])


def test_twenty_megabyte_input(tmp_path: Path) -> None:
    paragraph = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد، وقال الوزير إنها ستنفذ خلال عامين.\n"
    path = tmp_path / "big.txt"
    path.write_text(paragraph * (20_000_000 // len(paragraph.encode())), encoding="utf-8")
    result = run(["analyze", str(path), "--stages", "normalize,tokenize,sentences"])
    assert result.returncode == 0
    assert json.loads(result.stdout)["sentences"][-1]["end"] == len(path.read_text(encoding="utf-8")) - 1
