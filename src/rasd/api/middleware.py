"""Pure ASGI middleware (no task groups, so errors raised while a body is read reach FastAPI's handlers unwrapped).

`BodySizeLimit` enforces a request-body size limit while the body is read, before any of it is parsed or kept: a
declared `Content-Length` over the limit is refused at once; a chunked body is counted as it arrives and refused as
soon as it passes the limit, so a client cannot make the server buffer more than the limit. `SecurityHeaders` adds
fixed headers to every response.
"""

from __future__ import annotations

from fastapi import HTTPException
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasd.api.errors import error_response


class BodySizeLimit:
    """ASGI middleware: bodies larger than `limits[path]` bytes get a 413 (paths not listed are not limited)."""

    def __init__(self, app: ASGIApp, limits: dict[str, int]) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.limits.get(scope.get("path", "")) if scope["type"] == "http" else None
        if limit is None:
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            response = error_response(413, _too_large(declared, limit))
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # Raised inside the route's body read, where FastAPI lets HTTPException through to its handler.
                    raise HTTPException(413, _too_large(seen, limit, at_least=True))
            return message

        await self.app(scope, counted, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    amount = f"at least {size:,}" if at_least else f"{size:,}"
    return f"request body is too large ({amount} bytes; at most {limit:,})"


class SecurityHeaders:
    """ASGI middleware: add `headers` to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp, headers: dict[str, str]) -> None:
        self.app = app
        self.headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
