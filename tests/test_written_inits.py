"""Dataclasses with a written `__init__` (`init=False`, for the compiled build's speed) take exactly their fields."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import sys
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

import rasd


def _written_init_classes() -> list[type]:
    found = []
    for module in pkgutil.walk_packages(rasd.__path__, "rasd."):
        if module.name.startswith(("rasd.api", "rasd.scale")) or module.name.endswith(".cli"):
            continue  # optional dependencies; no records of the stages there
        for value in vars(importlib.import_module(module.name)).values():
            params = getattr(value, "__dataclass_params__", None)
            if isinstance(value, type) and params is not None and not params.init and value.__module__ == module.name:
                found.append(value)
    return found


CLASSES = _written_init_classes()


def _skip_compiled(cls: type) -> None:
    if (getattr(sys.modules[cls.__module__], "__file__", None) or "").endswith(tuple(EXTENSION_SUFFIXES)):
        pytest.skip("compiled (make fast): the __init__ has no signature and checks its argument types")


def test_the_hot_records_are_found() -> None:
    names = {f"{c.__module__}.{c.__name__}" for c in CLASSES}
    assert {"rasd.events.matcher.TokenView", "rasd.time.scan.Item", "rasd.actors.mentions.Mention"} <= names


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_written_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    _skip_compiled(cls)
    parameters = list(inspect.signature(cls).parameters.values())
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        if field.default is not dataclasses.MISSING:
            assert parameter.default == field.default, field.name
        elif field.default_factory is not dataclasses.MISSING:
            assert parameter.default is None, field.name  # the factory's value is made in the body
        else:
            assert parameter.default is inspect.Parameter.empty, field.name


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_written_init_sets_every_field(cls: type) -> None:
    _skip_compiled(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    required = [f for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    marker = object()
    record = cls(*[marker for _ in required])
    for field in fields:
        value = getattr(record, field.name)
        if field in required:
            assert value is marker, field.name
        elif field.default_factory is not dataclasses.MISSING:
            assert value == field.default_factory(), field.name
        else:
            assert value == field.default, field.name
