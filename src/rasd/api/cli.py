"""`rasd serve`: the HTTP API and dashboard over a database, with uvicorn."""

from __future__ import annotations

import ipaddress

import click

from rasd.api.analyze import DEFAULT_MAX_CHARS
from rasd.dictionary_cli import dictionary_options
from rasd.store import DEFAULT_DB, StoreError


@click.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="The rasd database to serve (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free).")
@click.option(
    "--max-analyze-chars",
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    type=click.IntRange(1, 10_000_000),
    help="Longest text POST /api/analyze accepts.",
)
@click.option(
    "--max-queries",
    type=click.IntRange(1, 256),
    help="Database queries run at once at most (default: the number of CPU cores); others wait their turn.",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
)
@dictionary_options
def serve(
    db: str,
    host: str,
    port: int,
    max_analyze_chars: int,
    max_queries: int | None,
    log_level: str,
) -> None:
    """Serve the JSON API (/api/..., schema at /openapi.json) and the web dashboard (/) for a database."""
    import uvicorn

    from rasd.api.app import create_app

    try:
        app = create_app(db, max_analyze_chars=max_analyze_chars, max_queries=max_queries)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    if not _is_loopback(host):
        click.echo(f"rasd: warning: listening on {host}: the API has no authentication", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"rasd: serving {db} at http://{shown}:{port}/ (API schema: /openapi.json); Ctrl+C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=log_level == "debug", server_header=False)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
