"""Stage registry and pipelines.

A stage is a plain callable `Doc -> Doc` registered under a name with `@stage("name")`. Where each stage lives and
the default order are data (`data/pipeline.json`); third-party packages can add stages through the
`rasd.stages` entry-point group. A `Pipeline` is a list of stage names, resolved and checked when it is built.

A stage may also give a batch form, `list[Doc] -> list[Doc]`, for work that is cheaper on many documents at once
(the NER network computes the sentences of several articles in the same matrix products). `Pipeline.pipe` runs
documents through in batches and uses it; a batch that raises is re-run one document at a time, so one bad article
fails alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points
from itertools import islice
from typing import Any

from rasd.caches import trim_word_caches
from rasd.doc import Doc
from rasd.resources import load_json

StageFunction = Callable[[Doc], Doc]
BatchFunction = Callable[[list[Doc]], list[Doc]]
DEFAULT_BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    function: StageFunction
    requires: tuple[str, ...] = ()
    batch: BatchFunction | None = None


@dataclass(frozen=True, slots=True)
class Failed:
    """A document a stage raised on, in `Pipeline.pipe_results`: which stage, and the exception."""

    doc: Doc
    stage: str
    error: Exception


_REGISTRY: dict[str, Stage] = {}


def stage(
    name: str, *, requires: Iterable[str] = (), batch: BatchFunction | None = None
) -> Callable[[StageFunction], StageFunction]:
    """Register a `Doc -> Doc` callable as the stage `name`; `requires` names stages that must run before it;
    `batch`, when given, does the same to a list of documents (and must give what the callable gives each one)."""

    def register(function: StageFunction) -> StageFunction:
        _REGISTRY[name] = Stage(name, function, tuple(requires), batch)
        return function

    return register


class UnknownStageError(ValueError):
    pass


def get_stage(name: str) -> Stage:
    if name not in _REGISTRY:
        module = load_json("pipeline.json")["stages"].get(name)
        if module:
            importlib.import_module(module)
        else:
            for point in entry_points(group="rasd.stages"):
                if point.name == name:
                    point.load()
    if name not in _REGISTRY:
        known = sorted(set(load_json("pipeline.json")["stages"]) | set(_REGISTRY))
        raise UnknownStageError(f"unknown stage {name!r}; known stages: {', '.join(known)}")
    return _REGISTRY[name]


# a sentence that wakes every default stage: a person, a place, a title, a date, a quotation cue and an event
_WARM_UP_TEXT = "قال وزير الخارجية في القاهرة يوم الأحد إن المحادثات ستستأنف الأسبوع المقبل."
# gen-0 collections every 100,000 net allocations instead of 700, gen-1 every 50 of them: the stages leave no cyclic
# garbage (0 objects collected over 1,000 articles), so a collection only walks live objects. Over 1,000 articles of
# `rasd ingest` the collector took 0.45 ms/article against 0.8-1.3 with (10,000, 10, 10).
_MANY_DOCS_GC_THRESHOLDS = (100_000, 50, 10)
# In many-documents mode what survives a batch is frozen after it (mostly the per-word cache entries of new words,
# ~1,000 objects an article, which young collections otherwise walked once and gen-1 collections again and again:
# ~0.5 ms/article), and a full collection runs every this many batches, so that cyclic garbage (a failed stage's
# traceback; none from the stages otherwise) is still freed: ~0.5 s every 8,192 articles.
_FULL_COLLECTION_BATCHES = 512


def default_stage_names() -> tuple[str, ...]:
    return tuple(load_json("pipeline.json")["default"])


class Pipeline:
    """An ordered list of stages; calling it on a text or a `Doc` runs them in order."""

    def __init__(self, names: Sequence[str] | None = None) -> None:
        names = tuple(names) if names is not None else default_stage_names()
        self._many_docs = False  # `prepare_for_many` was called: the collector is managed batch by batch
        self.stages = tuple(get_stage(name) for name in names)
        seen: set[str] = set()
        for item in self.stages:
            missing = [r for r in item.requires if r not in seen]
            if missing:
                raise ValueError(f"stage {item.name!r} needs {', '.join(missing)} earlier in the pipeline")
            seen.add(item.name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    def __call__(self, doc: Doc | str, **fields: Any) -> Doc:
        if isinstance(doc, str):
            doc = make_doc(doc, **fields)
        for item in self.stages:
            doc = item.function(doc)
        trim_word_caches()
        return doc

    def prepare_for_many(self) -> Pipeline:
        """Get this process ready to analyse many documents: every stage's data loaded now, and the garbage
        collector told to leave it alone.

        Loading happens through one short built-in text. Then everything loaded so far (models, lexicons, the
        knowledge base: about a million objects) is frozen out of the collector's sight (`gc.freeze`), and young
        collections run less often. Without this, each full collection walks all of it, and collections took about
        a seventh of the CPU time of a long run (measured over 1,000 articles). After each batch of documents,
        what it left alive (new per-word cache entries) is frozen too, and a full collection every
        `_FULL_COLLECTION_BATCHES` batches frees any cyclic garbage. This changes the process-wide collector, so
        the library never does it on its own: `rasd ingest`, `rasd analyze --jsonl` and the Dask workers call it
        once; a script of yours that analyses many documents may too."""
        with contextlib.suppress(Exception):  # a custom stage that rejects this text fails on real documents
            self(make_doc(_WARM_UP_TEXT, published="2024-01-07"))
        gc.collect()
        gc.freeze()
        gc.set_threshold(*_MANY_DOCS_GC_THRESHOLDS)
        self._many_docs = True
        return self

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Doc]:
        """The documents analysed, in order, `batch_size` at a time; the first failure is raised."""
        for result in self.pipe_results(docs, batch_size=batch_size):
            if isinstance(result, Failed):
                raise result.error
            yield result

    def pipe_results(self, docs: Iterable[Doc], *, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Doc | Failed]:
        """Like `pipe`, but a document a stage raises on comes out as `Failed` and the others go on."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        iterator = iter(docs)
        while chunk := list(islice(iterator, batch_size)):
            yield from self._run_batch(chunk)

    def _run_batch(self, docs: list[Doc]) -> list[Doc | Failed]:
        results: list[Doc | Failed] = list(docs)
        alive = list(enumerate(docs))
        for item in self.stages:
            if item.batch is not None and len(alive) > 1:
                try:  # a batch form that raises, or gives back another number of documents, is not trusted
                    batched = [(i, doc) for (i, _), doc in zip(alive, item.batch([d for _, d in alive]), strict=True)]
                except Exception:
                    pass  # re-run one by one below: only the document at fault fails
                else:
                    alive = batched
                    continue
            still: list[tuple[int, Doc]] = []
            for i, doc in alive:
                try:
                    still.append((i, item.function(doc)))
                except Exception as error:
                    results[i] = Failed(doc, item.name, error)
            alive = still
        for i, doc in alive:
            results[i] = doc
        trim_word_caches()  # the per-word caches stay within their bounds between batches
        if self._many_docs:
            _freeze_batch()
        return results


_batches_frozen = 0


def _freeze_batch() -> None:
    """Freeze what a batch left alive (see `_FULL_COLLECTION_BATCHES`); every so many batches, collect it all."""
    global _batches_frozen
    _batches_frozen += 1
    if _batches_frozen >= _FULL_COLLECTION_BATCHES:
        _batches_frozen = 0
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def make_doc(
    text: str,
    *,
    id: str = "doc",
    published: dt.date | str | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Doc:
    if isinstance(published, str):
        published = parse_date(published)
    return Doc(text=text, id=id, published=published, source=source, title=title, url=url, meta=dict(meta or {}))


def parse_date(value: str) -> dt.date:
    """Accept `YYYY-MM-DD` or an ISO 8601 date-time (the date part is kept)."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD") from None


@cache
def default_pipeline() -> Pipeline:
    return Pipeline()


def analyze(text: str, *, published: dt.date | str | None = None, **fields: Any) -> Doc:
    """Run the default pipeline on one text. `published` anchors relative dates."""
    return default_pipeline()(make_doc(text, published=published, **fields))


def analyze_doc(doc: Doc) -> Doc:
    """The picklable per-document function that the CLI, the store, the API and the Dask runner all call."""
    return default_pipeline()(doc)
