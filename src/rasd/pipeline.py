"""Stage registry and pipelines.

A stage is a plain callable `Doc -> Doc` registered under a name with `@stage("name")`. Where each stage lives and
the default order are data (`data/pipeline.json`); third-party packages can add stages through the
`rasd.stages` entry-point group. A `Pipeline` is a list of stage names, resolved and checked when it is built.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from rasd.doc import Doc
from rasd.resources import load_json

StageFunction = Callable[[Doc], Doc]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    function: StageFunction
    requires: tuple[str, ...] = ()


_REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, requires: Iterable[str] = ()) -> Callable[[StageFunction], StageFunction]:
    """Register a `Doc -> Doc` callable as the stage `name`; `requires` names stages that must run before it."""

    def register(function: StageFunction) -> StageFunction:
        _REGISTRY[name] = Stage(name, function, tuple(requires))
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


def default_stage_names() -> tuple[str, ...]:
    return tuple(load_json("pipeline.json")["default"])


class Pipeline:
    """An ordered list of stages; calling it on a text or a `Doc` runs them in order."""

    def __init__(self, names: Sequence[str] | None = None) -> None:
        names = tuple(names) if names is not None else default_stage_names()
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
        return doc


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
