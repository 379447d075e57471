"""One error shape for every failure: `{"error": {"status": 4xx, "message": "one line", "details": [...]}}`.

Validation problems name the parameter and say what was expected; store query errors become 400, an unusable
database 503, and anything unforeseen a 500 whose message hides internals (the traceback goes to the server log).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.io import InputError
from rasd.store import QueryError, StoreError

log = logging.getLogger("rasd.api")


class ApiError(Exception):
    """An error with an HTTP status and a one-line message meant for the client."""

    def __init__(self, status: int, message: str, details: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = list(details)


def error_response(status: int, message: str, details: Sequence[Any] = ()) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "message": message}
    if details:
        body["details"] = list(details)
    return JSONResponse({"error": body}, status_code=status)


def describe_validation(errors: Sequence[Any]) -> tuple[str, list[dict[str, Any]]]:
    """A one-line message ("invalid query parameter 'limit': ...") and JSON-safe details from pydantic errors."""
    details = []
    lines = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ())]
        where, name = (location[0], ".".join(location[1:])) if location else ("request", "")
        place = {"query": "query parameter", "path": "path parameter", "body": "body field", "header": "header"}
        what = place.get(where, where)
        message = str(error.get("msg", "invalid value"))
        context = error.get("ctx") or {}
        if error.get("type") == "json_invalid" and "error" in context:
            lines.append(f"request body is not valid JSON: {context['error']}")
        elif where == "body" and not name:
            lines.append("request body must be a JSON object sent with 'Content-Type: application/json'")
        elif name:
            lines.append(f"invalid {what} '{name}': {message}")
        else:
            lines.append(f"invalid {what}: {message}")
        details.append({"location": location, "message": message, "type": str(error.get("type", ""))})
    return "; ".join(lines) or "invalid request", details


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> JSONResponse:
        return error_response(error.status, error.message, error.details)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
        message, details = describe_validation(error.errors())
        return error_response(422, message, details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 404 and error.detail == "Not Found":
            return error_response(404, f"no such resource: {request.url.path}")
        if error.status_code == 405:
            return error_response(405, f"method {request.method} is not allowed on {request.url.path}")
        if error.status_code == 400 and error.detail == "There was an error parsing the body":
            return error_response(400, "request body could not be read as JSON (is it valid UTF-8?)")
        return error_response(error.status_code, str(error.detail))

    @app.exception_handler(QueryError)
    async def query_error(request: Request, error: QueryError) -> JSONResponse:
        return error_response(400, str(error))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> JSONResponse:
        return error_response(503, str(error))

    @app.exception_handler(InputError)
    async def input_error(request: Request, error: InputError) -> JSONResponse:
        return error_response(422, str(error))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, f"internal error ({type(error).__name__}); see the server log")
