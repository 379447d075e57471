"""Dictionaries of your own (actors, event predicates): tab-separated files named by an environment variable.

The shared part of `rasd.actors.user` and `rasd.events.user`: which files are in use (the environment variable, so
that worker processes inherit it), adding files before the data they extend is loaded, reading a file's header and
rows with errors that name the file and line, and the digest of the files that joins the stored analysis version.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


class DictionaryError(ValueError):
    """A dictionary file that cannot be read, or a line of it that is not right (the message names both)."""


Row = dict[str, str]


@dataclass(frozen=True, slots=True)
class UserDictionaries:
    """The files of one kind of dictionary, named by `env` (paths separated by `os.pathsep`)."""

    kind: str  # "actor", "predicate": for messages
    env: str

    def files(self) -> tuple[Path, ...]:
        value = os.environ.get(self.env, "")
        return tuple(Path(part) for part in value.split(os.pathsep) if part.strip())

    def use(
        self, paths: Iterable[str | Path], *, check: Callable[[Path], object], loaded: Callable[[], bool]
    ) -> tuple[Path, ...]:
        """`check` each new file now (a bad one raises before any article is read) and add it to the environment
        variable, for this process and the worker processes it starts; returns every file in use. RuntimeError when
        the data they extend is `loaded` already: the files are read once per process."""
        files = list(self.files())
        for path in paths:
            resolved = Path(path).expanduser().resolve()
            check(resolved)
            if resolved not in files:
                files.append(resolved)
        if tuple(files) != self.files() and loaded():
            raise RuntimeError(
                f"{self.kind} files must be set before a process analyses its first text (they are read once)"
            )
        os.environ[self.env] = os.pathsep.join(str(f) for f in files)
        return tuple(files)

    def digest(self) -> str | None:
        """SHA-256 (first 12 hex digits) of the files' contents, None without any: part of the analysis version, so
        that articles stored under other dictionaries are known to be."""
        files = self.files()
        if not files:
            return None
        digest = hashlib.sha256()
        for path in files:
            try:
                digest.update(path.read_bytes())
            except OSError as error:
                raise DictionaryError(f"{path}: cannot read the {self.kind} file ({error})") from error
            digest.update(b"\0")
        return digest.hexdigest()[:12]


def read_rows(path: Path, kind: str, required: Sequence[str], optional: Sequence[str]) -> list[tuple[str, Row]]:
    """The rows of a UTF-8, tab-separated file with a header line (`#` starts a comment line), as (file:line, {column:
    stripped value}) with every known column present; DictionaryError for an unreadable file, a header without the
    `required` columns or with unknown ones, or a row with more fields than columns."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise DictionaryError(f"{path}: cannot read the {kind} file ({error})") from error
    numbered = enumerate(text.splitlines(), start=1)
    lines = [(n, line) for n, line in numbered if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    header_line, header = lines[0][0], [cell.strip().lower() for cell in lines[0][1].split("\t")]
    known = (*required, *optional)
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in known]
    if missing or unknown:
        problem = f"missing column(s) {', '.join(missing)}" if missing else f"unknown column(s) {', '.join(unknown)}"
        raise DictionaryError(
            f"{path}:{header_line}: {problem}; the header is tab-separated {', '.join(required)} and optionally "
            f"{', '.join(optional)}"
        )
    rows = []
    cells_of = csv.reader((line for _, line in lines[1:]), delimiter="\t", quoting=csv.QUOTE_NONE)
    for (n, _), cells in zip(lines[1:], cells_of, strict=True):
        origin = f"{path}:{n}"
        if len(cells) > len(header):
            raise DictionaryError(f"{origin}: {len(cells)} fields for {len(header)} columns (a tab inside a value?)")
        row = dict.fromkeys(known, "")
        row.update({column: cells[i].strip() for i, column in enumerate(header) if i < len(cells)})
        rows.append((origin, row))
    return rows
