"""Sentence splitter over tokens: Arabic and Latin terminal punctuation, paragraphs, quotations, abbreviations, lists.

Rules, in order:
- a line break always ends a sentence (news paragraphs are lines; quotations running over several paragraphs
  are joined by the quotes stage, not here);
- «.», «!», «?», «؟» (and runs of them) end a sentence, unless the period follows an abbreviation or an initial
  («د.», «U.S.», «J.»), or closes the number of a numbered list item at the start of a line («1. …»);
- boundaries inside a matched quotation are suppressed, so a quotation of several sentences stays in one sentence,
  but terminal punctuation right before the closing mark ends the sentence after that mark;
- closing quotes and brackets right after a terminal mark belong to the sentence they close;
- a dateline opening a paragraph with a listed news agency in brackets before a dash («القاهرة (رويترز) -») is a
  sentence of its own.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

from rasd.doc import Sentence, Token
from rasd.resources import load_json
from rasd.text.agencies import starts_with_agency
from rasd.text.normalize import normalize

_OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›", "(": ")", "[": "]"}
_QUOTE_OPENERS = frozenset("«“„‹")
_CLOSERS = frozenset("»”›)]\"'’")
_TOGGLES = frozenset('"')
_TERMINAL_CHARS = frozenset(".!?؟")
_DASH_CHARS = frozenset("-–—")
_DATELINE_REACH = 12  # tokens of place names (and commas) before the agency's bracket, at most
_AGENCY_WORDS = 6  # «(CNN)», «(رويترز)», «(أ.ف.ب)»


def _start_of(token: Token) -> int:
    return token.start


@cache
def _abbreviations() -> frozenset[str]:
    spec = load_json("text", "abbreviations.json")
    return frozenset(normalize(a) for a in spec["arabic"]) | frozenset(a.lower() for a in spec["latin"])


def _is_terminal(token: Token) -> bool:
    return token.kind == "punct" and all(c in _TERMINAL_CHARS for c in token.text)


def _quote_pairs(tokens: Sequence[Token], marks: Sequence[int]) -> dict[int, int]:
    """Matched quotation marks among the punctuation tokens `marks`: opening index -> closing index. Unbalanced
    marks are ignored."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for i in marks:
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


def _quoted_terminals(tokens: Sequence[Token], marks: Sequence[int], pairs: dict[int, int]) -> set[int]:
    """The terminal marks that lie strictly inside a matched quotation."""
    closing = set(pairs.values())
    quoted: set[int] = set()
    depth = 0
    for i in marks:
        if i in closing:
            depth -= 1
        if depth > 0 and _is_terminal(tokens[i]):
            quoted.add(i)
        if i in pairs:
            depth += 1
    return quoted


def _paragraph_starts(text: str, tokens: Sequence[Token]) -> list[int]:
    """Index of the first token of each line-separated paragraph (tokens never contain a line break)."""
    starts = [0]
    count = len(tokens)
    newline = text.find("\n", tokens[0].end)
    while newline >= 0:
        following = bisect_right(tokens, newline, key=_start_of)
        if following >= count:
            break
        if following > starts[-1]:
            starts.append(following)
        newline = text.find("\n", tokens[following].end)
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


def _dateline_end(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The dash ending a dateline that opens the paragraph at `first`: a place and a listed news agency in brackets
    («أتلانتا، الولايات المتحدة (CNN)--», «القاهرة (رويترز) -», or the agency alone: «(CNN)--»). It is a sentence of
    its own, so that no stage reads the place or the agency as the subject of the clause after it."""
    for i in range(first, min(last, first + _DATELINE_REACH)):
        token = tokens[i]
        if token.kind != "punct":
            continue
        if token.text != "(":
            if token.text in ("،", ","):
                continue
            return None  # only words and commas before the agency
        close = next((k for k in range(i + 2, min(last, i + _AGENCY_WORDS + 2)) if tokens[k].text == ")"), None)
        if close is None or close + 2 >= last:
            return None
        inside = [t.norm.lower() for t in tokens[i + 1 : close] if t.kind != "punct"]
        dash = tokens[close + 1]
        if dash.kind == "punct" and set(dash.text) <= _DASH_CHARS and starts_with_agency(inside):
            return close + 1
        return None
    return None


def split_sentences(text: str, tokens: Sequence[Token]) -> list[Sentence]:
    sentences: list[Sentence] = []
    if not tokens:
        return sentences
    # only punctuation can end a sentence or mark a quotation: the loops below visit those tokens alone
    marks = [i for i, token in enumerate(tokens) if token.kind == "punct"]
    starts = _paragraph_starts(text, tokens)
    next_mark = 0
    for p, first in enumerate(starts):
        last = starts[p + 1] if p + 1 < len(starts) else len(tokens)
        end_mark = bisect_left(marks, last, next_mark)
        paragraph_marks = marks[next_mark:end_mark]
        next_mark = end_mark
        pairs = _quote_pairs(tokens, paragraph_marks)
        quoted = _quoted_terminals(tokens, paragraph_marks, pairs)
        closing_marks = set(pairs.values())
        begin = first
        dateline = _dateline_end(tokens, first, last)
        if dateline is not None:
            sentences.append(Sentence(tokens[first].start, tokens[dateline].end, first, dateline + 1))
            begin = dateline + 1
        for i in paragraph_marks:
            if i < begin:
                continue  # a closing mark already taken into the sentence before
            token = tokens[i]
            end_here = False
            if _is_terminal(token) and not _is_abbreviation_period(tokens, i, first):
                if i not in quoted:
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
        if begin < last:
            sentences.append(Sentence(tokens[begin].start, tokens[last - 1].end, begin, last))
    return sentences
