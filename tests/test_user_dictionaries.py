"""Dictionaries of one's own, actors (rasd.actors.user) and event predicates (rasd.events.user): the file formats,
their errors, and their effect on analysis."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.actors.user import (
    ACTORS_ENV,
    ActorFileError,
    actor_files_digest,
    read_actor_file,
    use_actor_files,
)
from rasd.events.user import PREDICATES_ENV, PredicateFileError, read_predicate_file
from rasd.store.schema import analysis_version

# Invented names: an armed group and a minister no built-in list has.
DICTIONARY = (
    "names\tcode\tkind\tname_en\trole\tstart\tend\n"
    "# a comment line\n"
    "كتائب النسر الأحمر|النسر الأحمر\tSYRREB\torg\tRed Eagle Brigades\n"
    "~الفجر الجديد\tlbyreb\n"
    "سليم الحداد\tLBNGOV\tperson\tSalim al-Haddad\tminister\t2024-02-01\t\n"
)
ATTACK = "هاجمت كتائب النسر الأحمر مواقع الجيش السوري قرب مدينة حمص فجر الأحد."
MEETING = "التقى الوزير سليم الحداد السفير الفرنسي في بيروت يوم الخميس."


def _write(tmp_path: Path, text: str, name: str = "actors.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_dictionary_file_is_read_line_by_line(tmp_path: Path) -> None:
    group, militia, minister = read_actor_file(_write(tmp_path, DICTIONARY))
    assert group.names == ("كتائب النسر الأحمر", "النسر الأحمر") and group.code == "SYRREB" and group.kind == "org"
    assert group.id == "user:كتائب النسر الأحمر" and group.origin.endswith(":3")
    assert militia.code == "LBYREB" and militia.names == ("~الفجر الجديد",)  # upper-cased; «~»: only when tagged
    assert minister.kind == "person" and minister.role == "minister" and str(minister.start) == "2024-02-01"
    assert minister.end is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name\tcode\nفلان\tSYRREB\n", "missing column(s) names"),
        ("names\tcode\tcolour\nفلان\tSYRREB\tred\n", "unknown column(s) colour"),
        ("names\tcode\nفلان\tSYR-REB\n", "is not a CAMEO actor code"),
        ("names\tcode\n|\tSYRREB\n", "no name"),
        ("names\tcode\tkind\nفلان\tSYRREB\tparty\n", "kind 'party' is not one of org, person"),
        ("names\tcode\tkind\tstart\nفلان\tSYRGOV\tperson\t2024-13-01\n", "is not a date"),
        ("names\tcode\tkind\tstart\tend\nفلان\tSYRGOV\tperson\t2024-05-01\t2023-01-01\n", "ends (2023-01-01) before"),
        ("names\tcode\trole\nفلان\tSYRREB\tleader\n", "are for people"),
        ("names\tcode\nفلان\tSYRREB\textra\n", "3 fields for 2 columns"),
    ],
)
def test_a_wrong_line_names_the_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ActorFileError) as raised:
        read_actor_file(path)
    assert message in str(raised.value) and f"{path}:" in str(raised.value)


def test_an_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ActorFileError, match="cannot read the actor file"):
        read_actor_file(tmp_path / "missing.tsv")
    (tmp_path / "latin1.tsv").write_bytes("names\tcode\n\xe9\tSYRREB\n".encode("latin-1"))
    with pytest.raises(ActorFileError, match="cannot read the actor file"):
        read_actor_file(tmp_path / "latin1.tsv")


def test_the_analysis_version_changes_with_the_dictionaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ACTORS_ENV, raising=False)
    plain = analysis_version(["events"])
    assert actor_files_digest() is None
    first = _write(tmp_path, DICTIONARY)
    monkeypatch.setenv(ACTORS_ENV, str(first))
    with_first = analysis_version(["events"])
    assert with_first.startswith(plain + " actors:")
    first.write_text(DICTIONARY + "حركة الغد\tLBYOPP\n", encoding="utf-8")
    assert analysis_version(["events"]) not in (plain, with_first)


def test_dictionaries_cannot_change_once_the_knowledge_base_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rasd.actors.kb import knowledge_base

    monkeypatch.delenv(ACTORS_ENV, raising=False)
    knowledge_base()
    with pytest.raises(RuntimeError, match="before a process analyses its first text"):
        use_actor_files([_write(tmp_path, DICTIONARY)])
    assert ACTORS_ENV not in os.environ
    assert use_actor_files([]) == ()  # nothing new: fine


def _analyze(tmp_path: Path, text: str, *extra: str) -> dict[str, object]:
    """`rasd analyze` in a fresh process (the knowledge base is read once per process)."""
    env = {k: v for k, v in os.environ.items() if k not in (ACTORS_ENV, PREDICATES_ENV)}
    done = subprocess.run(
        [sys.executable, "-m", "rasd", "analyze", "-", "--published", "2024-03-10", *extra],
        input=text,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _events(result: dict[str, object]) -> list[tuple[str, str | None, str | None]]:
    events = result["events"]
    assert isinstance(events, list)
    return [(e["cameo"][:2], (e["source"] or {}).get("actor"), (e["target"] or {}).get("actor")) for e in events]


def test_a_dictionary_adds_actors_the_events_are_coded_with(tmp_path: Path) -> None:
    path = _write(tmp_path, DICTIONARY)
    text = ATTACK + "\n" + MEETING
    before, after = _analyze(tmp_path, text), _analyze(tmp_path, text, "--actors", str(path))
    assert ("19", "SYRREB", "SYRMIL") not in _events(before)
    assert ("19", "SYRREB", "SYRMIL") in _events(after)  # the group was no entity at all without the dictionary
    assert ("04", "LBNGOV", "FRAGOV") in _events(after)  # the minister is Lebanon's, not the ambassador's country
    entities = after["entities"]
    assert isinstance(entities, list)
    mine = {e["text"]: e["actor"] for e in entities if (e.get("actor") or {}).get("kb_source") == "user"}
    assert mine["كتائب النسر الأحمر"]["cameo"] == "SYRREB"
    assert mine["سليم الحداد"]["cameo"] == "LBNGOV" and mine["سليم الحداد"]["role"] == "minister"


def test_a_bad_dictionary_stops_the_command_before_any_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "names\tcode\nفلان\tNOT-A-CODE\n")
    done = subprocess.run(
        [sys.executable, "-m", "rasd", "analyze", "-", "--actors", str(path)],
        input=ATTACK,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert f"{path}:2" in done.stderr and "is not a CAMEO actor code" in done.stderr


def test_the_python_api_takes_dictionaries_before_the_first_analysis(tmp_path: Path) -> None:
    path = _write(tmp_path, DICTIONARY)
    script = (
        "import json, sys, rasd\n"
        f"rasd.use_actor_files([{str(path)!r}])\n"
        "doc = rasd.analyze(sys.stdin.read(), published='2024-03-10')\n"
        "print(json.dumps([(e.cameo, e.source.actor, e.target.actor) for e in doc.events]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != ACTORS_ENV}
    done = subprocess.run(
        [sys.executable, "-c", script], input=ATTACK, capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert ["190", "SYRREB", "SYRMIL"] in json.loads(done.stdout)


# An invented use: «عرقل» (obstruct), which the built-in lexicon does not have, as CAMEO 1245.
PREDICATES = (
    "kind\tword\tcameo\tpresent\tthen\ttarget\tgloss\n"
    "verb\tعرقل\t1245\t\t\t-\tobstruct\n"
    "noun\tعرقلة\t1245\n"
    "verb\tقال\t010\tيقول\n"
    "verb\tأطلق\t193\t\tالنار\tعلى\topen fire\n"
)
OBSTRUCTION = "عرقلت السلطات السودانية عمل بعثة الأمم المتحدة في دارفور يوم الثلاثاء."


def test_a_predicate_file_becomes_lexicon_entries(tmp_path: Path) -> None:
    verb, noun, hollow, phrase = read_predicate_file(_write(tmp_path, PREDICATES, "predicates.tsv"))
    assert verb["kind"] == "v" and verb["cameo"] == "1245" and verb["tgt"] == ["-"] and verb["source"] == "user"
    assert verb["forms"] == [{"past": "عرقل", "present": "يعرقل"}]  # the regular imperfect, derived
    assert noun["kind"] == "n" and noun["forms"] == [{"noun": "عرقلة"}] and "tgt" not in noun
    assert hollow["forms"] == [{"past": "قال", "present": "يقول"}]
    assert phrase["forms"] == [{"past": "أطلق", "present": "يطلق", "cont": ["النار"]}] and phrase["tgt"] == ["على"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("kind\tword\nverb\tعرقل\n", "missing column(s) cameo"),
        ("kind\tword\tcameo\nadjective\tكبير\t190\n", "kind 'adjective' is not one of verb, noun"),
        ("kind\tword\tcameo\nverb\tblock\t190\n", "'block' is not one Arabic word"),
        ("kind\tword\tcameo\nverb\tعرقل\t999\n", "'999' is not a CAMEO event code"),
        ("kind\tword\tcameo\tpresent\nnoun\tعرقلة\t1245\tيعرقل\n", "present is for verbs"),
    ],
)
def test_a_wrong_predicate_line_names_the_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text, "predicates.tsv")
    with pytest.raises(PredicateFileError) as raised:
        read_predicate_file(path)
    line = 1 if "column" in message else 2  # the header, or the first entry
    assert message in str(raised.value) and f"{path}:{line}:" in str(raised.value)


def test_a_predicate_dictionary_codes_a_verb_the_lexicon_lacks(tmp_path: Path) -> None:
    path = _write(tmp_path, PREDICATES, "predicates.tsv")
    before, after = _analyze(tmp_path, OBSTRUCTION), _analyze(tmp_path, OBSTRUCTION, "--predicates", str(path))
    assert not [e for e in _events(before) if e[0] == "12"]
    assert ("12", "SDNGOV", "IGOUNO") in _events(after)
    events = after["events"]
    assert isinstance(events, list)
    assert [e["cameo"] for e in events if e["cameo"].startswith("12")] == ["1245"]


def test_the_analysis_version_counts_predicate_files_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ACTORS_ENV, raising=False)
    monkeypatch.delenv(PREDICATES_ENV, raising=False)
    plain = analysis_version(["events"])
    monkeypatch.setenv(PREDICATES_ENV, str(_write(tmp_path, PREDICATES, "predicates.tsv")))
    assert analysis_version(["events"]).startswith(plain + " predicates:")
