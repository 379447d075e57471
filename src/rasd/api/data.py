"""Read-only endpoints over the store: list/filter articles, events, quotes, entities and actors, one article with
all its annotations, and the aggregates the dashboard draws (timeline, actor network, locations, summary).

Query parameters mirror `rasd query`: `actor` (CAMEO actor-code prefix or actor key), `code` (CAMEO event-code
prefix), `since`/`until` (inclusive dates), `text` (words that must all occur), plus `source`, `article` and a few
per-endpoint ones. Values are validated twice: FastAPI checks types and lengths (422), then `Filter.parse` checks
meaning (400). Every value reaches DuckDB as a bound parameter (see `rasd.store.queries`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.dependencies.models import Dependant
from pydantic import BaseModel, Field

from rasd.api.errors import ApiError
from rasd.store import Filter, Page, Store
from rasd.store.queries import Result, to_json_value
from rasd.store.rows import record_from_row


async def reject_unknown_parameters(request: Request) -> None:
    """A misspelt filter (`actr=EGY`) must not silently return everything: unknown query parameters are a 422."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ApiError(
            422,
            f"unknown query parameter{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} "
            f"(this endpoint takes: {', '.join(sorted(known)) or 'none'})",
        )


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


router = APIRouter(prefix="/api", tags=["data"], dependencies=[Depends(reject_unknown_parameters)])

MAX_PAGE = 500
Interval = Literal["day", "week", "month", "year"]
MAX_BUCKETS = 5_000

# Shared parameter declarations: the same name, meaning and limits on every endpoint.
Actor = Annotated[
    str | None, Query(max_length=100, description="CAMEO actor-code prefix (`EGY`, `EGYGOV`) or an actor key.")
]
Code = Annotated[str | None, Query(max_length=4, description="CAMEO event-code prefix (`04`, `0332`).")]
Since = Annotated[str | None, Query(max_length=10, description="Inclusive start date: YYYY-MM-DD, YYYY-MM or YYYY.")]
Until = Annotated[str | None, Query(max_length=10, description="Inclusive end date: YYYY-MM-DD, YYYY-MM or YYYY.")]
Text = Annotated[str | None, Query(max_length=200, description="Words that must all occur (Arabic is normalised).")]
Source = Annotated[str | None, Query(max_length=200, description="The outlet, exactly as stored.")]
ArticleKey = Annotated[str | None, Query(max_length=200, description="One article: its article_id or doc_id.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (1-{MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=100_000_000, description="Rows to skip.")]


class ListPage(BaseModel):
    total: int = Field(description="Rows matching the filters before paging.")
    limit: int
    offset: int
    items: list[dict[str, Any]]


class Bucket(BaseModel):
    period: str = Field(description="First day of the period (ISO date).")
    label: str = Field(description="The period as people write it: 2024, 2024-03, 2024-W11 or 2024-03-14.")
    start: str
    end: str = Field(description="Last day of the period (inclusive).")
    total: int
    by_quad: dict[int, int] = Field(description="Events per CAMEO quad class (1-4; 0 = uncoded root).")


class Timeline(BaseModel):
    interval: Interval
    buckets: list[Bucket]


class Node(BaseModel):
    code: str
    events: int = Field(description="Events in which the actor is source or target (self-loops counted once).")
    as_source: int
    as_target: int


class Edge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Number of events source -> target.")
    articles: int
    root_codes: list[str]


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class Locations(BaseModel):
    places: list[dict[str, Any]]
    countries: list[dict[str, Any]] = Field(description="Events per location country (ISO alpha-3), from the places.")


async def open_store(request: Request) -> AsyncIterator[Store]:
    """The database, held for one request. At most `max_queries` requests query it at a time: past the number of
    cores, more concurrent DuckDB queries only contend for CPU. Waiting happens on the event loop, so a queued
    request holds no worker thread."""
    store: Store | None = request.app.state.store
    if store is None:
        raise ApiError(503, "no database is open: start the server with 'rasd serve --db FILE'")
    state = request.app.state
    if getattr(state, "query_slots", None) is None:  # created on the server's event loop, on first use
        state.query_slots = anyio.Semaphore(state.max_queries)
    async with state.query_slots:
        yield store


Db = Annotated[Store, Depends(open_store)]


async def event_filters(
    actor: Actor = None,
    code: Code = None,
    since: Since = None,
    until: Until = None,
    text: Text = None,
    source: Source = None,
) -> dict[str, str | None]:
    """The filters every event-based endpoint takes, as given (`Filter.parse` validates them)."""
    return {"actor": actor, "code": code, "since": since, "until": until, "text": text, "source": source}


EventFilters = Annotated[dict[str, str | None], Depends(event_filters)]


def _page(result: Result, page: Page, items: list[dict[str, Any]]) -> ListPage:
    return ListPage(total=result.total or 0, limit=page.limit, offset=page.offset, items=items)


def _with_article(record: dict[str, Any], row: dict[str, Any], *extra: str) -> dict[str, Any]:
    """A contract record plus where it was found: `article_id`, the `extra` columns and the article's metadata
    under `article` (nested, because records have their own `source`, `date`, ...)."""
    record["article_id"] = row["article_id"]
    for name in extra:
        record[name] = to_json_value(row[name])
    record["article"] = {
        "id": row["doc_id"],
        "source": row["source"],
        "title": row["title"],
        "published": to_json_value(row["published"]),
    }
    return record


@router.get("/stats", summary="Counts, date range and the most frequent actors, event codes and speakers")
def stats(store: Db, top: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    summary: dict[str, Any] = to_json_value(store.summary(top))
    return summary


@router.get("/articles", summary="Articles (metadata and annotation counts, no text)")
def articles(
    store: Db,
    filters: EventFilters,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ListPage:
    where = Filter.parse(**filters)
    page = Page(limit, offset)
    result = store.articles(where, page)
    return _page(result, page, result.jsonable())


@router.get(
    "/articles/{key}",
    summary="One article with all its annotations (the JSON output contract)",
    responses={404: {"description": "no such article"}},
)
def article(store: Db, key: Annotated[str, Path(max_length=200, description="article_id or doc_id")]) -> dict[str, Any]:
    found = store.article(key)
    if found is None:
        raise ApiError(404, f"no article with id {key!r}")
    return found


@router.get("/events", summary="Events, newest first, with their article's metadata")
def events(
    store: Db,
    filters: EventFilters,
    article: ArticleKey = None,
    plover: Annotated[str | None, Query(max_length=50, description="PLOVER event type, e.g. ACCUSE.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ListPage:
    where = Filter.parse(**filters, article=article, plover=plover)
    page = Page(limit, offset)
    result = store.events(where, page)
    items = [_with_article(record_from_row("events", row), row, "day", "evidence_text") for row in result.rows]
    return _page(result, page, items)


@router.get("/quotes", summary="Quotations, newest first, with their article's metadata")
def quotes(
    store: Db,
    actor: Annotated[str | None, Query(max_length=100, description="Speaker's CAMEO actor-code prefix.")] = None,
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, Query(max_length=200, description="Words in the quotation or speaker's name.")] = None,
    source: Source = None,
    article: ArticleKey = None,
    kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query(description="Quotation kind.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ListPage:
    where = Filter.parse(actor=actor, since=since, until=until, text=text, source=source, article=article, kind=kind)
    page = Page(limit, offset)
    result = store.quotes(where, page)
    items = [_with_article(record_from_row("quotes", row), row, "day", "content_text") for row in result.rows]
    return _page(result, page, items)


@router.get("/entities", summary="Entity mentions with their linked actors")
def entities(
    store: Db,
    actor: Actor = None,
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, Query(max_length=200, description="Words in the mention.")] = None,
    source: Source = None,
    article: ArticleKey = None,
    label: Annotated[Literal["PERS", "ORG", "LOC", "MISC"] | None, Query(description="Entity label.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ListPage:
    where = Filter.parse(actor=actor, since=since, until=until, text=text, source=source, article=article, label=label)
    page = Page(limit, offset)
    result = store.entities(where, page)
    return _page(result, page, result.jsonable())


@router.get("/actors", summary="Actors by number of mentions, with their roles in events")
def actors(
    store: Db,
    actor: Actor = None,
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, Query(max_length=200, description="Words in the actor's name or a mention.")] = None,
    source: Source = None,
    article: ArticleKey = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ListPage:
    where = Filter.parse(actor=actor, since=since, until=until, text=text, source=source, article=article)
    page = Page(limit, offset)
    result = store.actors(where, page)
    return _page(result, page, result.jsonable())


@router.get("/timeline", summary="Events per period, split by CAMEO quad class, with empty periods filled in")
def timeline(
    store: Db,
    filters: EventFilters,
    interval: Annotated[
        Literal["auto", "day", "week", "month", "year"],
        Query(description="Period length; `auto` picks one that gives a readable number of bars."),
    ] = "auto",
) -> Timeline:
    where = Filter.parse(**filters)
    return _timeline(store, where, interval)


def _timeline(store: Store, where: Filter, interval: Interval | Literal["auto"]) -> Timeline:
    chosen: Interval = _auto_interval(store, where) if interval == "auto" else interval
    rows = store.timeline(where, chosen, "root").rows
    counts: dict[dt.date, Counter[int]] = {}
    for row in rows:
        counts.setdefault(row["period"], Counter())[quad_class(row["key"])] += int(row["events"])
    if not counts:
        return Timeline(interval=chosen, buckets=[])
    periods = list(_periods(min(counts), max(counts), chosen))
    buckets = []
    for start, end in periods:
        by_quad = counts.get(start, Counter())
        buckets.append(
            Bucket(
                period=start.isoformat(),
                label=_label(start, chosen),
                start=start.isoformat(),
                end=end.isoformat(),
                total=sum(by_quad.values()),
                by_quad=dict(sorted(by_quad.items())),
            )
        )
    return Timeline(interval=chosen, buckets=buckets)


@router.get("/network", summary="Who acts on whom: actor codes and directed edges weighted by events")
def network(
    store: Db,
    filters: EventFilters,
    min_events: Annotated[int, Query(ge=1, le=1_000_000, description="Drop edges with fewer events.")] = 1,
    limit: Annotated[int, Query(ge=1, le=2_000, description="Most edges to return (heaviest first).")] = 200,
) -> Network:
    where = Filter.parse(**filters)
    return _network(store, where, min_events, limit)


def _network(store: Store, where: Filter, min_events: int, limit: int) -> Network:
    rows = store.network(where, min_events, limit).rows
    edges = [
        Edge(
            source=r["source"],
            target=r["target"],
            weight=int(r["events"]),
            articles=int(r["articles"]),
            root_codes=list(r["root_codes"]),
        )
        for r in rows
    ]
    as_source: Counter[str] = Counter()
    as_target: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for edge in edges:
        as_source[edge.source] += edge.weight
        as_target[edge.target] += edge.weight
        total[edge.source] += edge.weight
        if edge.target != edge.source:
            total[edge.target] += edge.weight
    nodes = [
        Node(code=code_, events=count, as_source=as_source[code_], as_target=as_target[code_])
        for code_, count in sorted(total.items(), key=lambda item: (-item[1], item[0]))
    ]
    return Network(nodes=nodes, edges=edges)


@router.get("/locations", summary="Event locations with coordinates, and events per country")
def locations(
    store: Db,
    filters: EventFilters,
    limit: Annotated[int, Query(ge=1, le=10_000, description="Most places to return (busiest first).")] = 1_000,
) -> Locations:
    where = Filter.parse(**filters)
    return _locations(store, where, limit)


def _locations(store: Store, where: Filter, limit: int) -> Locations:
    places = store.locations(where, limit).jsonable()
    per_country: Counter[str] = Counter()
    for place in places:
        if place["country"]:
            per_country[place["country"]] += int(place["events"])
    countries = [{"country": c, "events": n} for c, n in sorted(per_country.items(), key=lambda i: (-i[1], i[0]))]
    return Locations(places=places, countries=countries)


# ---------------------------------------------------------------- periods


def quad_class(root_code: str | None) -> int:
    """CAMEO quad class of a root code: 01-05 verbal cooperation (1), 06-09 material cooperation (2), 10-14 verbal
    conflict (3), 15-20 material conflict (4); 0 when the code is not a CAMEO root."""
    try:
        root = int(root_code or "")
    except ValueError:
        return 0
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 9:
        return 2
    if 10 <= root <= 14:
        return 3
    if 15 <= root <= 20:
        return 4
    return 0


def _auto_interval(store: Store, where: Filter) -> Interval:
    months = [row["period"] for row in store.timeline(where, "month").rows]
    if not months:
        return "month"
    span = (months[-1].year - months[0].year) * 12 + months[-1].month - months[0].month + 1
    if span <= 2:
        return "day"
    if span <= 18:
        return "week"
    if span <= 180:
        return "month"
    return "year"


def _next(start: dt.date, interval: str) -> dt.date:
    if interval == "day":
        return start + dt.timedelta(days=1)
    if interval == "week":
        return start + dt.timedelta(days=7)
    if interval == "month":
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return dt.date(start.year + 1, 1, 1)


def _periods(first: dt.date, last: dt.date, interval: str) -> list[tuple[dt.date, dt.date]]:
    out: list[tuple[dt.date, dt.date]] = []
    start = first
    while start <= last:
        if len(out) >= MAX_BUCKETS:
            raise ApiError(
                400, f"more than {MAX_BUCKETS:,} {interval}s between {first} and {last}: choose a longer interval"
            )
        try:
            following = _next(start, interval)
        except (ValueError, OverflowError):  # the calendar ends (year 9999)
            out.append((start, dt.date.max))
            break
        out.append((start, following - dt.timedelta(days=1)))
        start = following
    return out


def _label(start: dt.date, interval: str) -> str:
    if interval == "year":
        return f"{start.year}"
    if interval == "month":
        return f"{start.year}-{start.month:02d}"
    if interval == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.isoformat()
