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
an entry of yours comes before a built-in one with the same name. Set the files with `rasd analyze|ingest|serve|tag
--actors FILE` (repeatable) or the environment variable RASD_ACTORS (paths separated by `os.pathsep`), which worker
processes inherit. They are read once, when the knowledge base is first loaded; a file that cannot be read, or a
line that is not right, stops the run with the file and line named. The store's analysis version includes a digest
of the files, so `rasd ingest --reanalyze` analyses again the articles stored under other dictionaries.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

ACTORS_ENV: Final = "RASD_ACTORS"
KINDS: Final = ("org", "person")
_CODE: Final = re.compile(r"^(?:[A-Z]{3}){1,5}$")
_COLUMNS: Final = ("names", "code", "kind", "name_en", "role", "start", "end", "id")


class ActorFileError(ValueError):
    """A dictionary file that cannot be read, or a line of it that is not right (the message names both)."""


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
    value = os.environ.get(ACTORS_ENV, "")
    return tuple(Path(part) for part in value.split(os.pathsep) if part.strip())


def use_actor_files(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    """Check the files now (a bad one raises ActorFileError before any article is read) and add them to RASD_ACTORS
    for this process and the worker processes it starts; returns every file in use.

    Raises RuntimeError when the knowledge base of this process is already loaded with other files: the files are
    read once, and words already looked up keep what they found."""
    from rasd.actors.kb import knowledge_base

    files = list(actor_files())
    for path in paths:
        resolved = Path(path).expanduser().resolve()
        read_actor_file(resolved)
        if resolved not in files:
            files.append(resolved)
    if tuple(files) != actor_files() and knowledge_base.cache_info().currsize:
        raise RuntimeError(
            "actor files must be set before a process analyses its first text (the knowledge base was read)"
        )
    os.environ[ACTORS_ENV] = os.pathsep.join(str(f) for f in files)
    return tuple(files)


def read_actor_file(path: Path) -> list[UserActor]:
    """Every line of one dictionary file; ActorFileError for an unreadable file or a wrong line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ActorFileError(f"{path}: cannot read the actor file ({error})") from error
    numbered = enumerate(text.splitlines(), start=1)
    lines = [(n, line) for n, line in numbered if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    header_line, header = lines[0][0], [cell.strip().lower() for cell in lines[0][1].split("\t")]
    missing = [c for c in ("names", "code") if c not in header]
    unknown = [c for c in header if c not in _COLUMNS]
    if missing or unknown:
        problem = f"missing column(s) {', '.join(missing)}" if missing else f"unknown column(s) {', '.join(unknown)}"
        raise ActorFileError(
            f"{path}:{header_line}: {problem}; the header is tab-separated names, code and optionally "
            f"{', '.join(_COLUMNS[2:])}"
        )
    rows = csv.reader((line for _, line in lines[1:]), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [_actor(path, n, header, cells) for (n, _), cells in zip(lines[1:], rows, strict=True)]


def _actor(path: Path, line: int, header: Sequence[str], cells: Sequence[str]) -> UserActor:
    origin = f"{path}:{line}"
    if len(cells) > len(header):
        raise ActorFileError(f"{origin}: {len(cells)} fields for {len(header)} columns (a tab inside a name?)")
    row = {column: cells[i].strip() if i < len(cells) else "" for i, column in enumerate(header)}
    names = tuple(dict.fromkeys(n.strip() for n in row["names"].split("|") if n.strip().lstrip("~").strip()))
    if not names:
        raise ActorFileError(f"{origin}: no name")
    code = row["code"].upper()
    if not _CODE.match(code):
        raise ActorFileError(f"{origin}: {row['code']!r} is not a CAMEO actor code (3 to 15 letters, e.g. SYRREB)")
    kind = row.get("kind", "").lower() or "org"
    if kind not in KINDS:
        raise ActorFileError(f"{origin}: kind {row.get('kind')!r} is not one of {', '.join(KINDS)}")
    start, end = _date(row.get("start", ""), origin), _date(row.get("end", ""), origin)
    if start is not None and end is not None and end < start:
        raise ActorFileError(f"{origin}: the office ends ({end}) before it starts ({start})")
    if kind == "org" and (start or end or row.get("role")):
        raise ActorFileError(f"{origin}: role, start and end are for people (kind person)")
    first = names[0].lstrip("~").strip()
    return UserActor(
        row.get("id") or f"user:{first}",
        kind,
        names,
        code,
        row.get("name_en") or None,
        row.get("role") or None,
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
    """SHA-256 (first 12 hex digits) of the dictionary files' contents, None without any: part of the analysis
    version, so that articles stored under other dictionaries are known to be."""
    files = actor_files()
    if not files:
        return None
    digest = hashlib.sha256()
    for path in files:
        try:
            digest.update(path.read_bytes())
        except OSError as error:
            raise ActorFileError(f"{path}: cannot read the actor file ({error})") from error
        digest.update(b"\0")
    return digest.hexdigest()[:12]
