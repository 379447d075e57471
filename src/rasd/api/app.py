"""The rasd web application: the JSON API under `/api/` and the dashboard (bundled assets) at `/`.

    from rasd.api import create_app
    app = create_app("rasd.duckdb")          # or create_app(None): only /api/analyze and the dashboard shell

The database is opened read-only once and shared by the worker threads (each query runs on its own cursor).
FastAPI's interactive docs pages load their scripts from a CDN, so they are switched off: the OpenAPI schema is at
`/openapi.json` and nothing the server sends makes a browser fetch anything from elsewhere (see the CSP header).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from starlette.middleware.gzip import GZipMiddleware

from rasd.api import analyze, data
from rasd.api.assets import find_asset
from rasd.api.errors import ApiError, install_error_handlers
from rasd.api.middleware import BodySizeLimit, SecurityHeaders
from rasd.store import Store

# Everything the dashboard loads comes from this server; a browser refuses anything else.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

API_DESCRIPTION = """Read-only access to a rasd event database (articles, events, quotations, actors, timeline,
network and location aggregates) and analysis of single texts. Every record carries character offsets into the
original article text. Errors are `{"error": {"status", "message", "details"}}`."""


def create_app(
    db: str | Path | None,
    *,
    max_analyze_chars: int = analyze.DEFAULT_MAX_CHARS,
    max_queries: int | None = None,
) -> FastAPI:
    """The application over the database file `db` (opened read-only now: a missing or unusable file raises
    `StoreError` with a one-line message), or over no database (`None`: the data endpoints answer 503).
    `max_queries` bounds concurrent database queries (default: the number of CPU cores). Answers are cached by
    the read-only `Store` itself (the database cannot change while the server holds it)."""
    store = Store.open(db, read_only=True) if db is not None else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if store is not None:
                store.close()

    app = FastAPI(
        title="rasd",
        summary="Arabic news in, structured event data out.",
        description=API_DESCRIPTION,
        version=_version(),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.max_analyze_chars = max_analyze_chars
    app.state.store = store
    app.state.max_queries = max_queries or os.cpu_count() or 2
    app.state.query_slots = None
    install_error_handlers(app)
    app.include_router(analyze.router)
    app.include_router(data.router)
    _add_dashboard_routes(app)

    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    app.add_middleware(SecurityHeaders, headers=_SECURITY_HEADERS)
    app.add_middleware(BodySizeLimit, limits={"/api/analyze": analyze.max_body_bytes(max_analyze_chars)})
    return app


def _add_dashboard_routes(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return _asset_response("index.html")

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> FileResponse:
        return _asset_response(name)


def _asset_response(name: str) -> FileResponse:
    asset = find_asset(name)
    if asset is None:
        raise ApiError(404, f"no such asset: {name!r}")
    return FileResponse(asset.path, media_type=asset.media_type, headers={"Cache-Control": "no-cache"})


def _version() -> str:
    try:
        return version("rasd")
    except PackageNotFoundError:
        return "0"
