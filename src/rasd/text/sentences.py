"""Sentence splitter over tokens: Arabic and Latin terminal punctuation, paragraphs, quotations, abbreviations, lists.

Rules, in order:
- a line break always ends a sentence (news paragraphs are lines; quotations running over several paragraphs
  are joined by the quotes stage, not here);
- «.», «!», «?», «؟» (and runs of them) end a sentence, unless the period follows an abbreviation or an initial
  («د.», «U.S.», «J.»), or closes the number of a numbered list item at the start of a line («1. …»);
- boundaries inside a matched quotation are suppressed, so a quotation of several sentences stays in one sentence,
  but terminal punctuation right before the closing mark ends the sentence after that mark;
- closing quotes and brackets right after a terminal mark belong to the sentence they close.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rasd.doc import Sentence, Token
from rasd.resources import load_json
from rasd.text.normalize import normalize

_OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›", "(": ")", "[": "]"}
_QUOTE_OPENERS = frozenset("«“„‹")
_CLOSERS = frozenset("»”›)]\"'’")
_TOGGLES = frozenset('"')
_TERMINAL_CHARS = frozenset(".!?؟")


@cache
def _abbreviations() -> frozenset[str]:
    spec = load_json("text", "abbreviations.json")
    return frozenset(normalize(a) for a in spec["arabic"]) | frozenset(a.lower() for a in spec["latin"])


def _is_terminal(token: Token) -> bool:
    return token.kind == "punct" and all(c in _TERMINAL_CHARS for c in token.text)


def _quote_pairs(tokens: Sequence[Token], first: int, last: int) -> dict[int, int]:
    """Matched quotation marks in tokens[first:last]: opening index -> closing index. Unbalanced marks are ignored."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for i in range(first, last):
        char = tokens[i].text
        if len(char) != 1:
            continue
        if char in _TOGGLES:
            if stack and stack[-1][0] == char:
                pairs[stack.pop()[1]] = i
            else:
                stack.append((char, i))
        elif char in _QUOTE_OPENERS:
            stack.append((_OPENERS[char], i))
        elif stack and char == stack[-1][0]:
            pairs[stack.pop()[1]] = i
        elif char in ("»", "”", "›") and any(closer == char for closer, _ in stack):
            while stack and stack[-1][0] != char:  # close over marks left open inside the quotation
                stack.pop()
            pairs[stack.pop()[1]] = i
    return pairs


def _paragraph_starts(text: str, tokens: Sequence[Token]) -> list[int]:
    starts = [0]
    for i in range(1, len(tokens)):
        if "\n" in text[tokens[i - 1].end : tokens[i].start]:
            starts.append(i)
    return starts


def _is_abbreviation_period(tokens: Sequence[Token], i: int, paragraph_start: int) -> bool:
    if tokens[i].text != "." or i == 0 or tokens[i - 1].end != tokens[i].start:
        return False
    previous = tokens[i - 1]
    if previous.kind == "latin" and (len(previous.text) == 1 or previous.text.lower() in _abbreviations()):
        return True
    if previous.kind == "word" and previous.norm in _abbreviations():
        return True
    # «1.» opening a numbered list item at the start of a line
    return previous.kind == "number" and i - 1 == paragraph_start and len(previous.text) <= 3


def split_sentences(text: str, tokens: Sequence[Token]) -> list[Sentence]:
    sentences: list[Sentence] = []
    if not tokens:
        return sentences
    starts = _paragraph_starts(text, tokens)
    for p, first in enumerate(starts):
        last = starts[p + 1] if p + 1 < len(starts) else len(tokens)
        pairs = _quote_pairs(tokens, first, last)
        inside = [0] * (last - first + 1)
        for open_i, close_i in pairs.items():
            inside[open_i - first + 1] += 1
            inside[close_i - first] -= 1
        depth = 0
        quoted = []
        for d in inside[: last - first]:
            depth += d
            quoted.append(depth > 0)
        closing_marks = set(pairs.values())
        begin = first
        i = first
        while i < last:
            token = tokens[i]
            end_here = False
            if _is_terminal(token) and not _is_abbreviation_period(tokens, i, first):
                if not quoted[i - first]:
                    end_here = True
                elif i + 1 < last and (i + 1) in closing_marks:
                    end_here = True  # «… انتهى.» ends with its closing mark
            if end_here:
                while (
                    i + 1 < last
                    and tokens[i + 1].text in _CLOSERS
                    and ((i + 1) in closing_marks or tokens[i + 1].text not in _TOGGLES)
                ):
                    i += 1
                sentences.append(Sentence(tokens[begin].start, tokens[i].end, begin, i + 1))
                begin = i + 1
            i += 1
        if begin < last:
            sentences.append(Sentence(tokens[begin].start, tokens[last - 1].end, begin, last))
    return sentences
