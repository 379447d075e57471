"""Matching-normal forms of Arabic text, with a map from every normalised character back to the original.

The normal form removes tashkeel, tatweel and bidi/zero-width controls, unifies alef variants, alef maqsura → ya,
ta marbuta → ha, maps Arabic-Indic and Persian digits to ASCII, and applies NFKC per character (which also
unfolds Arabic presentation forms such as the lam-alef ligature). The character tables live in
`data/text/normalization.json`.
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache
from itertools import compress

from rasd.resources import load_json


class _CharMap(dict[int, str]):
    """`str.translate` table computed lazily: each code point maps to its normal-form string (possibly empty)."""

    def __init__(self, removed: frozenset[str], replaced: dict[str, str]) -> None:
        super().__init__()
        self._removed = removed
        self._replaced = replaced

    def __missing__(self, code: int) -> str:
        char = chr(code)
        out = []
        for c in unicodedata.normalize("NFKC", char):
            if c in self._removed:
                continue
            out.append(self._replaced.get(c, c))
        value = "".join(out)
        self[code] = value
        return value


# Replacement groups that keep letter identity; the light form applies only these (hamza and ta marbuta survive).
_LIGHT_GROUPS = ("digits", "separators")


@cache
def _char_map(light: bool = False) -> _CharMap:
    spec = load_json("text", "normalization.json")
    removed = frozenset(c for group in spec["remove"].values() for c in group)
    replaced = {
        k: v for name, group in spec["replace"].items() if not light or name in _LIGHT_GROUPS for k, v in group.items()
    }
    return _CharMap(removed, replaced)


def normalize(text: str) -> str:
    """The matching-normal form of `text` (for lookups; never for output)."""
    return text.translate(_char_map())


def devocalize(text: str) -> str:
    """A lighter form for morphology: marks, tatweel and controls removed, digits mapped, letters left as written."""
    return text.translate(_char_map(light=True))


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normal form plus the original offsets of each of its characters.

    `origin[i]` is the index in the original text of the character that produced normalised character `i`;
    `origin[len(text)]` is the original length, so spans map back with `to_original`.
    """

    text: str
    origin: array[int] | None  # None when the normal form is aligned 1:1 with the original
    original: str

    @classmethod
    def of(cls, original: str, normal: str | None = None) -> NormalizedText:
        """`normal`, when the caller has it already, must be `normalize(original)`."""
        table = _char_map()
        # Work per distinct character so that the per-character work is C-level translate calls.
        lengths_table = {ord(c): chr(min(len(table[ord(c)]), 2)) for c in set(original)}
        text = original.translate(table) if normal is None else normal
        if all(n == "\x01" for n in lengths_table.values()):
            return cls(text, None, original)
        lengths = original.translate(lengths_table).encode("latin-1")
        if b"\x02" not in lengths:
            origin = array("l", compress(range(len(original)), lengths))
        else:
            origin = array("l")
            for index, char in enumerate(original):
                origin.extend([index] * len(table[ord(char)]))
        origin.append(len(original))
        return cls(text, origin, original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normal form to the span of original text it came from."""
        if self.origin is None:
            return start, end
        if end <= start:
            position = self.origin[start]
            return position, position
        last = self.origin[end - 1] + 1
        # Marks and tatweel removed after the last character belong to it: «أعلنَ» keeps its final fatha.
        limit = self.origin[end]
        while last < limit and (unicodedata.combining(self.original[last]) or self.original[last] == "\u0640"):
            last += 1
        return self.origin[start], last
