"""The `--actors FILE` and `--predicates FILE` options of the commands that analyse text (analyze, ingest, serve)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from rasd.actors.user import use_actor_files
from rasd.dictionaries import DictionaryError
from rasd.events.user import use_predicate_files

F = TypeVar("F", bound=Callable[..., Any])


def _user(use: Callable[[Iterable[str | Path]], tuple[Path, ...]]) -> Callable[..., tuple[str, ...]]:
    def callback(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
        if value:
            try:
                use(value)
            except (DictionaryError, RuntimeError) as error:
                raise click.BadParameter(str(error), ctx=ctx, param=param) from error
        return value

    return callback


def dictionary_options(command: F) -> F:
    """Add `--actors FILE` and `--predicates FILE` (each repeatable): dictionaries of your own, read before any text
    (formats: rasd.actors.user, rasd.events.user)."""
    for name, use, text in (
        (
            "--predicates",
            use_predicate_files,
            "Your own event predicates (TSV: kind, word, cameo[, present, then, target, gloss]); repeatable. "
            "Also RASD_PREDICATES.",
        ),
        (
            "--actors",
            use_actor_files,
            "Your own actor dictionary (TSV: names, code[, kind, name_en, role, start, end, id]); repeatable. "
            "Also RASD_ACTORS.",
        ),
    ):
        command = click.option(
            name,
            multiple=True,
            type=click.Path(exists=True, dir_okay=False),
            expose_value=False,
            is_eager=True,
            callback=_user(use),
            help=text,
        )(command)
    return command
