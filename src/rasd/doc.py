"""The document model: one `Doc` per article and small frozen records that point into its original text.

Every record carries `start`/`end` character offsets (Python `str` indices) into `Doc.text` exactly as given.
Normalised forms exist for matching only; nothing in the output points into a normalised copy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from rasd.text.normalize import NormalizedText
from rasd.text.words import WordFacts

TokenKind = Literal["word", "latin", "number", "date", "time", "url", "email", "punct", "symbol", "other"]


class Token(NamedTuple):
    """A token with its matching-normal form and, for Arabic words, its clitic analysis.

    A named tuple rather than a dataclass: a corpus has hundreds of millions of tokens, and tuple construction is
    several times cheaper while staying just as immutable. `prefixes`, `stem` and `suffixes` are empty on the light
    tokens of `make_tokens(text, clitics=False)`, which only the time stage run alone uses. `facts` is the record
    every token of the same written word shares (`rasd.text.words`), where the stages keep what they worked out for
    the word; None on a token built by hand, whose stages then work it out each time. It is not part of the output.
    """

    start: int
    end: int
    text: str
    kind: TokenKind
    norm: str
    prefixes: tuple[str, ...] = ()
    stem: str = ""
    suffixes: tuple[str, ...] = ()
    facts: WordFacts | None = None

    @property
    def lookup(self) -> str:
        """The form to look up in lexicons: the bare stem for Arabic words, else the normal form."""
        return self.stem or self.norm


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Actor:
    id: str | None = None
    name_ar: str | None = None
    name_en: str | None = None
    country: str | None = None
    cameo: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_source: str | None = None
    lat: float | None = None  # places: coordinates (WGS84) from the gazetteer
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    start: int
    end: int
    text: str
    label: Literal["PERS", "ORG", "LOC", "MISC"]
    cluster: str | None = None
    actor: Actor | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    id: str
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None = None
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Offsets:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str
    lemma: str


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int | None
    end: int | None
    text: str | None
    name: str | None
    entity: str | None = None
    actor: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: Literal["direct", "indirect", "mixed"]
    content: Offsets
    cue: Cue | None
    speaker: Speaker | None
    channel: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Plover:
    type: str | None
    mode: str | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Participant:
    entity: str | None
    actor: str | None
    text: str | None


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None
    timex: str | None
    basis: Literal["timex", "quote", "sentence", "passage", "published", "unknown"]


@dataclass(frozen=True, slots=True)
class Location:
    entity: str | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    cameo: str
    plover: Plover
    source: Participant
    target: Participant
    date: EventDate
    location: Location | None
    evidence: Offsets
    modality: str = "asserted"
    negated: bool = False
    quote: str | None = None
    confidence: float = 0.0


@dataclass(slots=True)
class Doc:
    """One article. Stages fill the annotation tuples; the text is never modified."""

    text: str
    id: str = "doc"
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    published_detected: dt.date | None = None
    normalized: NormalizedText | None = None
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def anchor_date(self) -> dt.date | None:
        """The date relative expressions are resolved against: the given publication date, else the detected one."""
        return self.published or self.published_detected

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.token_start : sentence.token_end]

    def iter_sentence_tokens(self) -> Iterator[tuple[Sentence, tuple[Token, ...]]]:
        for sentence in self.sentences:
            yield sentence, self.sentence_tokens(sentence)

    def to_dict(self, *, with_tokens: bool = False) -> dict[str, Any]:
        """The JSON output contract (docs/schema.md)."""
        out: dict[str, Any] = {
            "id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "published_detected": self.published_detected.isoformat() if self.published_detected else None,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "text": self.text,
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
        }
        if with_tokens:
            out["tokens"] = [record_to_dict(t) for t in self.tokens]
        for name in ("entities", "timexes", "quotes", "events"):
            out[name] = [record_to_dict(r) for r in getattr(self, name)]
        if self.meta:
            out["meta"] = self.meta
        return out


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})
_RECORD_FIELDS: dict[type, tuple[str, ...]] = {}  # field names per record class, in order


_TOKEN_OUTPUT_FIELDS = Token._fields[: Token._fields.index("facts")]


def record_to_dict(record: Any) -> Any:
    """Convert a frozen record (and nested records) to plain JSON-ready values."""
    kind = type(record)
    if kind in _PLAIN_TYPES:  # most values: answered before the record checks
        return record
    names = _RECORD_FIELDS.get(kind)
    if names is None and dataclasses.is_dataclass(record) and not isinstance(record, type):
        names = _RECORD_FIELDS[kind] = tuple(f.name for f in dataclasses.fields(record))
    if names is not None:
        return {name: record_to_dict(getattr(record, name)) for name in names}
    if isinstance(record, Token):
        return {name: record_to_dict(value) for name, value in zip(_TOKEN_OUTPUT_FIELDS, record, strict=False)}
    if isinstance(record, tuple | list):
        return [record_to_dict(r) for r in record]
    if isinstance(record, dt.date):
        return record.isoformat()
    return record


def spans_text(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]
