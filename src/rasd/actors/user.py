"""Actor dictionaries of your own: names and CAMEO codes that rasd adds to its knowledge base, ahead of its own.

Event-data work always needs actors no built-in list has: a new armed group, a local governor, a party's spokesman.
A dictionary is a UTF-8, tab-separated file with a header line; `#` starts a comment line:

    names                              code       kind     name_en              role       start       end
    كتائب النسر الأحمر|النسر الأحمر    SYRREB     org      Red Eagle Brigades
    سليم الحداد                        LBNGOV     person   Salim al-Haddad      minister   2024-02-01

- `names` (required): the Arabic names and aliases, separated by `|`. A name is found in running text even where
  the named-entity model sees nothing; prefix it with `~` to link it only when the model tags it (a name that is
  also a common word).
- `code` (required): the full CAMEO actor code the name denotes (`SYRREB`, `IGOUNO`, `NGOHRW`, `IMGMUSISI`); for a
  person, the code of the office held.
- `kind`: `org` (the default) or `person`; `name_en`, `role`: free text; `start`, `end`: the dates (YYYY,
  YYYY-MM-DD) a person held the office. A person with several offices takes one line per office under the same
  `id` (optional, default: the first name).

Names are matched as the knowledge base matches its own (clitics, the article, hamza and alif spellings aside), and
an entry of yours comes before a built-in one with the same name. Set the files with `rasd analyze|ingest|serve
--actors FILE` (repeatable) or the environment variable RASD_ACTORS (paths separated by `os.pathsep`), which worker
processes inherit. They are read once, when the knowledge base is first loaded; a file that cannot be read, or a
line that is not right, stops the run with the file and line named. The store's analysis version includes a digest
of the files, so `rasd ingest --reanalyze` analyses again the articles stored under other dictionaries.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from rasd.dictionaries import DictionaryError, UserDictionaries, read_rows

ACTORS_ENV: Final = "RASD_ACTORS"
KINDS: Final = ("org", "person")
_CODE: Final = re.compile(r"^(?:[A-Z]{3}){1,5}$")
_FILES: Final = UserDictionaries("actor", ACTORS_ENV)


class ActorFileError(DictionaryError):
    """An actor dictionary that cannot be read, or a line of it that is not right (the message names both)."""


@dataclass(frozen=True, slots=True)
class UserActor:
    """One line of a dictionary: an organisation, or one office of a person."""

    id: str
    kind: str
    names: tuple[str, ...]  # as written, a leading «~» marking a name linked only when the model tags it
    code: str
    name_en: str | None
    role: str | None
    start: dt.date | None
    end: dt.date | None
    origin: str  # file:line


def actor_files() -> tuple[Path, ...]:
    """The dictionary files named by RASD_ACTORS, in order."""
    return _FILES.files()


def use_actor_files(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    """Check the files now (a bad one raises ActorFileError before any article is read) and add them to RASD_ACTORS
    for this process and the worker processes it starts; returns every file in use. RuntimeError when the knowledge
    base of this process is already loaded: the files are read once, and words already looked up keep what they
    found."""
    from rasd.actors.kb import knowledge_base

    return _FILES.use(paths, check=read_actor_file, loaded=lambda: knowledge_base.cache_info().currsize > 0)


def read_actor_file(path: Path) -> list[UserActor]:
    """Every line of one dictionary file; ActorFileError for an unreadable file or a wrong line."""
    try:
        rows = read_rows(path, "actor", ("names", "code"), ("kind", "name_en", "role", "start", "end", "id"))
    except DictionaryError as error:
        raise ActorFileError(str(error)) from error
    return [_actor(origin, row) for origin, row in rows]


def _actor(origin: str, row: dict[str, str]) -> UserActor:
    names = tuple(dict.fromkeys(n.strip() for n in row["names"].split("|") if n.strip().lstrip("~").strip()))
    if not names:
        raise ActorFileError(f"{origin}: no name")
    code = row["code"].upper()
    if not _CODE.match(code):
        raise ActorFileError(f"{origin}: {row['code']!r} is not a CAMEO actor code (3 to 15 letters, e.g. SYRREB)")
    kind = row["kind"].lower() or "org"
    if kind not in KINDS:
        raise ActorFileError(f"{origin}: kind {row['kind']!r} is not one of {', '.join(KINDS)}")
    start, end = _date(row["start"], origin), _date(row["end"], origin)
    if start is not None and end is not None and end < start:
        raise ActorFileError(f"{origin}: the office ends ({end}) before it starts ({start})")
    if kind == "org" and (start or end or row["role"]):
        raise ActorFileError(f"{origin}: role, start and end are for people (kind person)")
    first = names[0].lstrip("~").strip()
    return UserActor(
        row["id"] or f"user:{first}",
        kind,
        names,
        code,
        row["name_en"] or None,
        row["role"] or None,
        start,
        end,
        origin,
    )


def _date(value: str, origin: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date(int(value), 1, 1) if len(value) == 4 else dt.date.fromisoformat(value)
    except ValueError as error:
        raise ActorFileError(f"{origin}: {value!r} is not a date (YYYY or YYYY-MM-DD)") from error


def user_actors() -> list[UserActor]:
    """The lines of every file in RASD_ACTORS, in order."""
    return [actor for path in actor_files() for actor in read_actor_file(path)]


def actor_files_digest() -> str | None:
    """SHA-256 (first 12 hex digits) of the dictionary files' contents, None without any (see UserDictionaries)."""
    return _FILES.digest()
