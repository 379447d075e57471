"""`POST /api/analyze`: run the default pipeline on one text and answer with the JSON output contract.

Nothing is stored. The text is limited in characters (and the body in bytes, by `BodySizeLimit`); analyses run one
at a time on a worker thread, because the pipeline is CPU-bound Python and parallel runs would only slow the API's
read endpoints down. A request that waits too long for its turn gets a 503 instead of queueing forever.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, ConfigDict, Field

from rasd.api.errors import ApiError
from rasd.io import check_article_text
from rasd.pipeline import analyze_doc, make_doc

DEFAULT_MAX_CHARS = 100_000
_WAIT_SECONDS = 30.0
_turn = threading.Lock()
_SURROGATE = re.compile("[\ud800-\udfff]")

router = APIRouter(tags=["analyze"])


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"text": "قال وزير الخارجية إن المحادثات ستستأنف غدا.", "published": "2024-05-02"}]
        },
    )

    text: str = Field(description="The article text, exactly as published (offsets in the answer point into it).")
    published: dt.date | None = Field(None, description="Publication date YYYY-MM-DD; anchors relative dates.")
    id: str = Field("api", max_length=200, description="Document id echoed in the answer.")
    title: str | None = Field(None, max_length=2_000)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2_000)


def max_body_bytes(max_chars: int) -> int:
    """Bytes a JSON body may take for `max_chars` characters: `\\uXXXX` escapes take 6 bytes a character."""
    return 6 * max_chars + 64 * 1024


@router.post(
    "/api/analyze",
    summary="Analyse one text (not stored)",
    response_description="The document in the rasd JSON output contract (docs/schema.md): text, sentences, "
    "entities, timexes, quotes and events, every record with offsets into `text`.",
    responses={
        413: {"description": "text or body too large"},
        422: {"description": "invalid body"},
        503: {"description": "the analyser is busy"},
    },
)
def analyze(request: Request, body: Annotated[AnalyzeRequest, Body()]) -> dict[str, Any]:
    limit: int = request.app.state.max_analyze_chars
    if len(body.text) > limit:
        raise ApiError(413, f"text is too long ({len(body.text):,} characters; at most {limit:,})")
    if _SURROGATE.search(body.text):
        raise ApiError(422, "text contains unpaired UTF-16 surrogates (\\ud800-\\udfff); send valid Unicode")
    check_article_text(body.text)
    doc = make_doc(body.text, id=body.id, published=body.published, source=body.source, title=body.title, url=body.url)
    if not _turn.acquire(timeout=_WAIT_SECONDS):
        raise ApiError(503, "the analyser is busy; retry in a moment")
    try:
        return analyze_doc(doc).to_dict()
    finally:
        _turn.release()
