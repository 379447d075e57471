"""Event predicates of your own: Arabic verbs and verbal nouns with the CAMEO code they express, ahead of rasd's own.

A dictionary is a UTF-8, tab-separated file with a header line; `#` starts a comment line:

    kind    word     cameo   present   then    target   gloss
    verb    عرقل     1245    يعرقل              -        obstruct international involvement
    noun    عرقلة    1245                                obstruction
    verb    أطلق     193               النار   على      open fire

- `kind` (required): `verb` (`word` is the perfect, 3rd person masculine singular: «عرقل») or `noun` (a verbal
  noun or another event noun, singular: «عرقلة»); every inflected and cliticised form is matched, as for the
  built-in lexicon.
- `cameo` (required): the CAMEO event code, at the most specific level the words support.
- `present`: the imperfect («يعرقل»), when it is not regular (hollow verbs: «قال» → «يقول»); derived otherwise.
- `then`: words that must follow for this sense («أطلق النار»), separated by spaces.
- `target`: how the target is introduced: `-` for a direct object, or prepositions («على», «ضد»), separated by
  spaces; by default the built-in rules for the event's category.
- `gloss`: free text.

Your senses come before the built-in ones of the same written form; sources, targets, dates, places, modality and
negation are found by the same rules as for the built-in lexicon. Set the files with `rasd analyze|ingest|serve
--predicates FILE` (repeatable) or the environment variable RASD_PREDICATES; they are read once per process, and a
wrong line stops the run with the file and line named. The files' digest joins the store's analysis version.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from rasd.dictionaries import DictionaryError, UserDictionaries, read_rows

PREDICATES_ENV: Final = "RASD_PREDICATES"
_KINDS: Final = {"verb": "v", "noun": "n"}
_ARABIC: Final = re.compile(r"^[\u0621-\u064a\u064b-\u0652\u0670\u0671]+$")
_FILES: Final = UserDictionaries("predicate", PREDICATES_ENV)


class PredicateFileError(DictionaryError):
    """A predicate dictionary that cannot be read, or a line of it that is not right (the message names both)."""


def predicate_files() -> tuple[Path, ...]:
    """The dictionary files named by RASD_PREDICATES, in order."""
    return _FILES.files()


def use_predicate_files(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    """Check the files now and add them to RASD_PREDICATES (see `rasd.dictionaries.UserDictionaries.use`);
    RuntimeError when this process has loaded the lexicon already."""
    from rasd.events.lexicon import default_lexicon

    return _FILES.use(paths, check=read_predicate_file, loaded=lambda: default_lexicon.cache_info().currsize > 0)


def read_predicate_file(path: Path) -> list[dict[str, Any]]:
    """Every line of one dictionary file as a lexicon entry (the layout of data/events/predicates.json)."""
    try:
        rows = read_rows(path, "predicate", ("kind", "word", "cameo"), ("present", "then", "target", "gloss"))
    except DictionaryError as error:
        raise PredicateFileError(str(error)) from error
    return [_entry(origin, row) for origin, row in rows]


def _entry(origin: str, row: dict[str, str]) -> dict[str, Any]:
    from rasd.events.coding import is_cameo
    from rasd.events.morphology import derive_present

    kind = _KINDS.get(row["kind"].lower())
    if kind is None:
        raise PredicateFileError(f"{origin}: kind {row['kind']!r} is not one of {', '.join(_KINDS)}")
    word, present = row["word"], row["present"]
    for value in (word, present) if present else (word,):
        if not _ARABIC.match(value):
            raise PredicateFileError(f"{origin}: {value!r} is not one Arabic word")
    if present and kind == "n":
        raise PredicateFileError(f"{origin}: present is for verbs")
    code = row["cameo"]
    if not is_cameo(code):
        raise PredicateFileError(f"{origin}: {code!r} is not a CAMEO event code (e.g. 190, 0332)")
    then = row["then"].split()
    form: dict[str, Any] = {"past": word, "present": present or derive_present(word)} if kind == "v" else {"noun": word}
    if then:
        form["cont"] = then
    entry: dict[str, Any] = {
        "id": f"user:{origin}",
        "cameo": code,
        "kind": kind,
        "gloss": row["gloss"],
        "source": "user",
        "forms": [form],
    }
    if row["target"]:
        entry["tgt"] = row["target"].split()
    return entry


def user_predicate_entries() -> list[dict[str, Any]]:
    """The entries of every file in RASD_PREDICATES, in order."""
    return [entry for path in predicate_files() for entry in read_predicate_file(path)]


def predicate_files_digest() -> str | None:
    """SHA-256 (first 12 hex digits) of the dictionary files' contents, None without any."""
    return _FILES.digest()
