"""Pair quotation marks of every style into quoted spans, tolerating the slips of real news text.

Styles: «…», “…”, „…“, ‹…›, "…", '…', ‘…’ (and the reversed curly marks common in right-to-left text). Straight
and single marks are told apart by their flanking: a mark followed by a letter and preceded by a space opens, one
preceded by a letter and followed by a space or punctuation closes, so nested same-character quotes
(«"إن تقنية "في اي آر" شيء…"») pair correctly. An opener left open at the end of a paragraph closes there (the
closing mark was dropped); a quotation whose paragraph ends open and whose next paragraph starts with an opener (the
convention for quotations of several paragraphs) or closes with an orphan closer is one quotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rasd.doc import Token

_FAMILY = {
    "«": "guillemet",
    "»": "guillemet",
    "‹": "single_guillemet",
    "›": "single_guillemet",
    '"': "double",
    "“": "double",
    "”": "double",
    "„": "double",
    "‟": "double",
    "'": "single",
    "‘": "single",
    "’": "single",
    "‚": "single",
    "‛": "single",
}
_OPENERS = frozenset("«‹„‚")
_CLOSERS = frozenset("»›")
QUOTE_CHARS = frozenset(_FAMILY)


@dataclass(frozen=True, slots=True, init=False)
class MarkSpan:
    """A quoted span: `start`/`end` are the character offsets of the words inside the marks."""

    open_token: int
    close_token: int | None  # None when the closing mark is missing (the span runs to the paragraph end)
    start: int
    end: int
    first_token: int  # first token inside
    last_token: int  # one past the last token inside

    # written out (init=False): mypyc compiles it, where the generated one runs interpreted and 3-10x slower
    def __init__(
        self,
        open_token: int,
        close_token: int | None,
        start: int,
        end: int,
        first_token: int,
        last_token: int,
    ) -> None:
        object.__setattr__(self, "open_token", open_token)
        object.__setattr__(self, "close_token", close_token)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "first_token", first_token)
        object.__setattr__(self, "last_token", last_token)

    @property
    def closed(self) -> bool:
        return self.close_token is not None

    def contains_token(self, index: int) -> bool:
        return self.first_token <= index < self.last_token


def _paragraph_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _role(text: str, token: Token, char: str, open_families: list[str]) -> str:
    """'open', 'close' or 'either' for one mark, from its style and flanking."""
    if char in _OPENERS:
        return "open"
    if char in _CLOSERS:
        return "close"
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    left_flanking = not after.isspace() and after not in ".,،؛;:!?؟)]»"
    right_flanking = not before.isspace() and before not in "([«:"
    family = _FAMILY[char]
    if left_flanking and not right_flanking:
        return "open"
    if right_flanking and not left_flanking:
        return "close"
    return "close" if family in open_families else "open"


def _end_paragraph(
    tokens: Sequence[Token],
    spans: list[MarkSpan],
    stack: list[tuple[str, int]],
    carried: list[list[Any]],
    continued: bool,
    last: int,
) -> list[list[Any]]:
    """Close a paragraph: the quotations carried from above end here unless this paragraph continued them, and the
    double marks left open go on to the next paragraph (a second one ends here). Returns what is carried on.

    A function of its own, not a closure: compiled, a closure's environment and the closure refer to each other,
    and that cycle kept each document's tokens for the garbage collector."""
    if carried and continued:
        for item in carried:
            item[2] = last
    else:
        spans.extend(_span(tokens, opener, None, stop) for _, opener, stop in carried)
        carried = []
    for family, opener in stack:
        if family == "single":
            continue
        if carried:
            spans.append(_span(tokens, opener, None, last))
        else:
            carried.append([family, opener, last])
    stack.clear()
    return carried


def find_mark_spans(text: str, tokens: Sequence[Token]) -> list[MarkSpan]:
    """All quoted spans of a text, in order of their opening mark (nested spans included)."""
    spans: list[MarkSpan] = []
    stack: list[tuple[str, int]] = []  # (family, opener token) in the current paragraph
    carried: list[list[Any]] = []  # [family, opener, last token] of quotations left open above
    continued = False  # the current paragraph opened with a mark continuing the carried quotation
    paragraph_end = -1
    last = -1  # last token of the current paragraph

    for index, token in enumerate(tokens):
        if token.start >= paragraph_end:
            if paragraph_end >= 0:
                carried = _end_paragraph(tokens, spans, stack, carried, continued, last)
                continued = False
            paragraph_end = _paragraph_end(text, token.start)
        last = index
        if token.kind != "punct" or len(token.text) != 1 or token.text not in _FAMILY:
            continue
        family = _FAMILY[token.text]
        role = _role(text, token, token.text, [f for f, _ in stack])
        slipped = role == "open" and family == "double" and any(f == family for f, _ in stack)
        if slipped and not _later_in_paragraph(tokens, index, family, paragraph_end):
            role = "close"  # «"جمعية الأطفال "بالسودان»: the closing mark slipped before the space
        if role == "open" and carried and not stack and carried[-1][0] == family and _starts_paragraph(text, token):
            continued = True
            continue
        if role == "close":
            if any(f == family for f, _ in stack):
                while stack and stack[-1][0] != family:
                    stack.pop()
                spans.append(_span(tokens, stack.pop()[1], index, index))
            elif carried and carried[-1][0] == family:
                spans.append(_span(tokens, carried.pop()[1], index, index))
                continued = bool(carried) and continued
            elif family == "double" and _next_closes(text, tokens, index, family, paragraph_end):
                stack.append((family, index))  # «إن" ما يجري…"»: a closer-shaped mark that opens
            continue
        stack.append((family, index))
    if paragraph_end >= 0:
        carried = _end_paragraph(tokens, spans, stack, carried, continued, last)
    spans.extend(_span(tokens, opener, None, stop) for _, opener, stop in carried)
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def _starts_paragraph(text: str, token: Token) -> bool:
    line_start = text.rfind("\n", 0, token.start) + 1
    return not text[line_start : token.start].strip()


def _later_in_paragraph(tokens: Sequence[Token], index: int, family: str, paragraph_end: int) -> bool:
    for token in tokens[index + 1 :]:
        if token.start >= paragraph_end:
            return False
        if token.kind == "punct" and _FAMILY.get(token.text) == family:
            return True
    return False


def _next_closes(text: str, tokens: Sequence[Token], index: int, family: str, paragraph_end: int) -> bool:
    """Is the next mark of this family in the paragraph shaped as a closer (so an orphan closer here opens)?"""
    for token in tokens[index + 1 :]:
        if token.start >= paragraph_end:
            return False
        if token.kind == "punct" and _FAMILY.get(token.text) == family:
            return _role(text, token, token.text, []) == "close"
    return False


def _span(tokens: Sequence[Token], opener: int, closer: int | None, stop: int) -> MarkSpan:
    """The span inside an opener and its closer (or up to token `stop`, inclusive, when there is no closer)."""
    first = opener + 1
    last = closer if closer is not None else stop + 1
    if last <= first:
        return MarkSpan(opener, closer, tokens[opener].end, tokens[opener].end, first, first)
    return MarkSpan(opener, closer, tokens[first].start, tokens[last - 1].end, first, last)
