"""The `--actors FILE` option shared by the commands that analyse text (analyze, ingest, serve, tag)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from rasd.actors.user import ActorFileError, use_actor_files

F = TypeVar("F", bound=Callable[..., Any])


def _use(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    if value:
        try:
            use_actor_files(value)
        except (ActorFileError, RuntimeError) as error:
            raise click.BadParameter(str(error), ctx=ctx, param=param) from error
    return value


def actors_option(command: F) -> F:
    """Add `--actors FILE` (repeatable): actor dictionaries of your own (see rasd.actors.user for the format)."""
    return click.option(
        "--actors",
        "actor_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        expose_value=False,
        is_eager=True,
        callback=_use,
        help="Your own actor dictionary (TSV: names, code[, kind, name_en, role, start, end, id]); repeatable. "
        "Also RASD_ACTORS.",
    )(command)
