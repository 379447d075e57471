"""Matching-normal forms of Arabic text, with a map from every normalised character back to the original.

The normal form removes tashkeel, tatweel and bidi/zero-width controls, unifies alef variants, alef maqsura → ya,
ta marbuta → ha, maps Arabic-Indic and Persian digits to ASCII, and applies NFKC per character (which also
unfolds Arabic presentation forms such as the lam-alef ligature). The character tables live in
`data/text/normalization.json`.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache
from itertools import compress

from rasd.caches import per_word
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


_CHAR_MAPS: dict[bool, _CharMap] = {}


def _char_map(light: bool = False) -> _CharMap:
    # a plain dict rather than `functools.cache`: called on every `normalize`, which a compiled caller then reaches
    # without a generic call
    found = _CHAR_MAPS.get(light)
    if found is None:
        found = _CHAR_MAPS[light] = _make_char_map(light)
    return found


def _make_char_map(light: bool) -> _CharMap:
    spec = load_json("text", "normalization.json")
    removed = frozenset(c for group in spec["remove"].values() for c in group)
    replaced = {
        k: v for name, group in spec["replace"].items() if not light or name in _LIGHT_GROUPS for k, v in group.items()
    }
    return _CharMap(removed, replaced)


# Code points looked at once and found to be their own normal form: Latin, Arabic, general punctuation. A text's
# other characters (few) are looked up one by one.
_KNOWN_RANGES = ((0x0000, 0x0700), (0x0750, 0x0780), (0x2000, 0x2070), (0x20A0, 0x20C0), (0xFB50, 0xFE00))


_LONG = 200  # characters from which `normalize` replaces per distinct character


@cache
def _fixed_chars() -> frozenset[str]:
    table = _char_map()
    return frozenset(chr(c) for low, high in _KNOWN_RANGES for c in range(low, high) if table[c] == chr(c))


@cache
def _unsure_chars() -> re.Pattern[str]:
    """Matches a character not known to be its own normal form."""
    return re.compile("[^" + "".join(re.escape(c) for c in sorted(_fixed_chars())) + "]")


@per_word(1_000)
def _char_class(chars: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def normalize(text: str) -> str:
    """The matching-normal form of `text` (for lookups; never for output)."""
    if len(text) < _LONG:
        return text.translate(_char_map())
    # a long text: each of the few distinct characters that change replaced in C (see `NormalizedText.of`)
    table = _char_map()
    fixed = _fixed_chars()
    out = text
    for char in set(_unsure_chars().findall(text)):
        value = table[ord(char)]
        if value != char:
            if not all(c in fixed for c in value):
                return text.translate(table)  # a change whose result changes again: rare
            out = out.replace(char, value)
    return out


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
        # Only the few distinct characters the normal form changes are looked at (a regular expression finds those
        # not known to stay as they are), and each is replaced in C over the whole text: `str.translate` with a
        # mapping does a lookup (and for Arabic letters an int allocation) per character.
        changed: dict[str, str] = {}
        for char in set(_unsure_chars().findall(original)):
            value = table[ord(char)]
            if value != char:
                changed[char] = value
        if not changed:
            return cls(original if normal is None else normal, None, original)
        fixed = _fixed_chars()
        if any(len(v) > 1 for v in changed.values()) or not all(c in fixed for v in changed.values() for c in v):
            return cls._of_by_character(original, normal)  # expansions (NFKC ligatures) or chained changes: rare
        text = normal
        if text is None:
            text = original
            for char, value in changed.items():
                text = text.replace(char, value)
        removed = "".join(sorted(char for char, value in changed.items() if not value))
        if not removed:
            return cls(text, None, original)
        lengths = bytearray(b"\x01") * len(original)
        for found in _char_class(removed).finditer(original):
            lengths[found.start()] = 0
        origin = array("l", compress(range(len(original)), lengths))
        origin.append(len(original))
        return cls(text, origin, original)

    @classmethod
    def _of_by_character(cls, original: str, normal: str | None = None) -> NormalizedText:
        table = _char_map()
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
