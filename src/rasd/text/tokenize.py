"""Tokenizer with character offsets into the original text.

URLs, e-mail addresses, numeric dates (22/7/2021, 2021-07-22), clock times (14:30), numbers with Arabic or Latin
decimal/thousands separators and Latin words (F-16, COVID-19) stay whole; Arabic and Latin punctuation become
tokens of their own. Bidi and zero-width controls inside a word stay in the word; elsewhere they are skipped like
white space. Every other non-space character ends up in exactly one token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from rasd.doc import TokenKind

# Arabic script letters (base + extended + presentation forms) and the marks that ride on them.
_AR_LETTER = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc"
)
_AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08ca-\u08ff"
_TATWEEL = "\u0640"
_CONTROL = "\u200b-\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad"
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"

_PATTERNS: Final[list[tuple[TokenKind, str]]] = [
    ("url", r"(?:https?://|www\.)[^\s«»\"“”<>()\[\]]+[^\s«»\"“”<>()\[\].,;:!?،؛؟'’]"),
    ("email", rf"[{_LATIN}{_DIGIT}._%+\-]+@[{_LATIN}{_DIGIT}\-]+(?:\.[{_LATIN}{_DIGIT}\-]+)*\.[{_LATIN}]{{2,}}"),
    ("date", rf"[{_DIGIT}]{{1,4}}(?P<datesep>[/\-.])[{_DIGIT}]{{1,2}}(?P=datesep)[{_DIGIT}]{{1,4}}(?![{_DIGIT}])"),
    ("time", rf"[{_DIGIT}]{{1,2}}:[{_DIGIT}]{{2}}(?::[{_DIGIT}]{{2}})?(?![{_DIGIT}:])"),
    ("number", rf"[{_DIGIT}]+(?:[.,٫٬][{_DIGIT}]+)*"),
    (
        "word",
        rf"[{_AR_LETTER}{_TATWEEL}][{_AR_LETTER}{_AR_MARK}{_TATWEEL}]*(?:[{_CONTROL}]+[{_AR_LETTER}{_AR_MARK}{_TATWEEL}]+)*",
    ),
    ("latin", rf"[{_LATIN}{_DIGIT}]*[{_LATIN}][{_LATIN}{_DIGIT}]*(?:['’\-&][{_LATIN}{_DIGIT}]+)*"),
    ("other", r"[^\W\d_]+"),
    ("punct", r"\.{2,}|…|[!?؟]{2,}|-{2,}|[\u2010-\u2015]|[^\w\s]"),
    ("symbol", r"\S"),
]

_TOKEN_RE: Final = re.compile(
    "|".join([f"(?P<skip>[{_CONTROL}]+)", *(f"(?P<{kind}>{pattern})" for kind, pattern in _PATTERNS)])
)
_SKIP: Final = re.compile(rf"[\s{_CONTROL}]+")
_PUNCT_CATEGORIES: Final = frozenset("!\"#%&'()*,-./:;?@[\\]_{}«»“”„‟‘’‚‛‹›،؛؟…–—―٪٭۔")


def iter_token_spans(text: str) -> Iterator[tuple[int, int, TokenKind]]:
    """Yield `(start, end, kind)` for every token of `text`, left to right."""
    for found in _TOKEN_RE.finditer(text):
        kind = token_kind(found)
        if kind is not None:
            start, end = found.span()
            yield start, end, kind


def token_matches(text: str) -> Iterator[re.Match[str]]:
    """The raw matches behind the tokens, left to right: a match whose `token_kind` is None is no token (format
    controls between words). For callers that remember what they know of a surface and need a kind only for new
    ones."""
    return _TOKEN_RE.finditer(text)


def token_kind(found: re.Match[str]) -> TokenKind | None:
    kind = found.lastgroup
    if kind == "skip":
        return None
    if kind == "symbol" and found.group() in _PUNCT_CATEGORIES:
        return "punct"
    return kind  # type: ignore[return-value]


def is_skippable(char: str) -> bool:
    """Characters the tokenizer treats as space (white space and format controls)."""
    return bool(_SKIP.fullmatch(char))
