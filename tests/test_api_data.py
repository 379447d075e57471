"""The read endpoints over a small annotated database: filters, aggregates, one article, and hostile parameters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient

from api_corpus import PLACES, build_db, corpus
from rasd.api import create_app
from rasd.api.data import quad_class
from rasd.doc import EventDate
from rasd.store import StoreError

DOCS = {doc.id: doc for doc in corpus()}
EVENTS = [(doc, event) for doc in DOCS.values() for event in doc.events]

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE events; --",
    '" OR 1=1 --',
    "EGY' UNION SELECT text, text FROM articles --",
    "1; DELETE FROM articles",
    "%' OR 1=1 --",
    "\\'; UPDATE articles SET title = 'x'; --",
    "'; ATTACH 'owned.duckdb' AS owned; --",
    "'); COPY articles TO '/tmp/rasd-leak.csv'; --",
    "04' OR starts_with(cameo, '",
    "*/ OR 1=1 /*",
    "\u0000",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("api") / "rasd.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def items(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] >= len(body["items"])
    return list(body["items"])


def error_message(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    message = response.json()["error"]["message"]
    assert isinstance(message, str) and message and "Traceback" not in message
    return message


def test_articles_list_and_filters(client: TestClient) -> None:
    assert {a["doc_id"] for a in items(client, "/api/articles")} == set(DOCS)
    egyptian = {a["doc_id"] for a in items(client, "/api/articles", actor="EGY")}
    assert egyptian == {
        d.id for d in DOCS.values() if any(e.actor and e.actor.cameo.startswith("EGY") for e in d.entities)
    }
    assert {a["doc_id"] for a in items(client, "/api/articles", code="19")} == {"gaza-strikes"}
    march = {a["doc_id"] for a in items(client, "/api/articles", since="2024-03-01", until="2024-03-31")}
    assert march == {d.id for d in DOCS.values() if d.published and d.published.month == 3}
    assert {a["doc_id"] for a in items(client, "/api/articles", text="زاخاروفا")} == {"moscow-statement"}
    page = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == len(DOCS) and len(page["items"]) == 2 and page["offset"] == 2


def test_one_article_has_every_annotation_with_offsets_into_its_text(client: TestClient) -> None:
    listed = {a["doc_id"]: a["article_id"] for a in items(client, "/api/articles")}
    for doc_id, doc in DOCS.items():
        article = client.get(f"/api/articles/{listed[doc_id]}").json()
        text = article["text"]
        assert text == doc.text and article["id"] == doc_id
        assert [e["text"] for e in article["entities"]] == [text[e["start"] : e["end"]] for e in article["entities"]]
        assert [t["text"] for t in article["timexes"]] == [text[t["start"] : t["end"]] for t in article["timexes"]]
        assert len(article["quotes"]) == len(doc.quotes) and len(article["events"]) == len(doc.events)
        for ev, expected in zip(article["events"], doc.events, strict=True):
            assert (ev["evidence"]["start"], ev["evidence"]["end"]) == (expected.evidence.start, expected.evidence.end)
            assert ev["cameo"] == expected.cameo and ev["source"]["actor"] == expected.source.actor
    by_doc_id = client.get("/api/articles/cairo-talks").json()
    assert by_doc_id["article_id"] == listed["cairo-talks"]
    assert "no article" in error_message(client.get("/api/articles/no-such-article"), 404)


def test_events_filters_match_the_corpus(client: TestClient) -> None:
    def expected(predicate: Any) -> Counter[str]:
        return Counter(event.cameo for _, event in EVENTS if predicate(event))

    def got(**params: Any) -> Counter[str]:
        return Counter(e["cameo"] for e in items(client, "/api/events", limit=500, **params))

    assert got() == expected(lambda e: True)
    assert got(actor="EGY") == expected(lambda e: "EGY" in ((e.source.actor or "")[:3], (e.target.actor or "")[:3]))
    assert got(actor="ISRMIL") == expected(lambda e: "ISRMIL" in (e.source.actor, e.target.actor))
    assert got(code="11") == expected(lambda e: e.cameo.startswith("11"))
    assert got(plover="ACCUSE") == expected(lambda e: e.plover.type == "ACCUSE")
    assert got(code="04", actor="EGY") == expected(lambda e: e.cameo.startswith("04") and e.source.actor == "EGYGOV")
    first = items(client, "/api/events", code="073")[0]
    assert first["article"]["id"] == "amman-aid" and first["source"]["actor"] == "JORGOV"
    assert first["evidence_text"] == DOCS["amman-aid"].text[first["evidence"]["start"] : first["evidence"]["end"]]


def test_quotes_entities_and_actors(client: TestClient) -> None:
    quotes = items(client, "/api/quotes", limit=100)
    assert len(quotes) == sum(len(d.quotes) for d in DOCS.values())
    direct = items(client, "/api/quotes", kind="direct")
    assert {q["article"]["id"] for q in direct} == {"cairo-talks", "un-demand"}
    russian = items(client, "/api/quotes", actor="RUS")
    assert [q["speaker"]["name"] for q in russian] == ["ماريا زاخاروفا"]
    people = items(client, "/api/entities", label="PERS", limit=100)
    assert len(people) == sum(1 for d in DOCS.values() for e in d.entities if e.label == "PERS")
    actors = {a["actor_key"]: a for a in items(client, "/api/actors", limit=100)}
    assert actors["kb:Sameh Shoukry"]["mentions"] == 2 and actors["kb:Sameh Shoukry"]["as_source"] == 2
    assert actors["kb:Antonio Guterres"]["cameo"] == "IGOUNO"
    assert {a["actor_key"] for a in items(client, "/api/actors", actor="RUS")} == {
        "kb:Russian foreign ministry",
        "kb:Maria Zakharova",
    }


def test_timeline_counts_every_event_once_in_contiguous_periods(client: TestClient) -> None:
    for interval in ("day", "week", "month", "year", "auto"):
        timeline = client.get("/api/timeline", params={"interval": interval}).json()
        buckets = timeline["buckets"]
        assert sum(b["total"] for b in buckets) == len(EVENTS), interval
        for before, after in itertools.pairwise(buckets):
            assert dt.date.fromisoformat(before["end"]) + dt.timedelta(days=1) == dt.date.fromisoformat(after["start"])
        assert all(b["total"] == sum(b["by_quad"].values()) for b in buckets)
    month = client.get("/api/timeline", params={"interval": "month"}).json()["buckets"]
    assert [b["label"] for b in month] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    quads: Counter[int] = Counter()
    for bucket in month:
        quads.update({int(q): n for q, n in bucket["by_quad"].items()})
    assert quads == Counter(quad_class(event.cameo[:2]) for _, event in EVENTS)
    filtered = client.get("/api/timeline", params={"interval": "month", "code": "19"}).json()["buckets"]
    assert [(b["label"], b["by_quad"]) for b in filtered] == [("2024-03", {"4": 1})]


def test_network_edges_weigh_events_between_actor_codes(client: TestClient) -> None:
    network = client.get("/api/network").json()
    expected = Counter((e.source.actor, e.target.actor) for _, e in EVENTS if e.source.actor and e.target.actor)
    assert {(e["source"], e["target"]): e["weight"] for e in network["edges"]} == dict(expected)
    nodes = {n["code"]: n for n in network["nodes"]}
    assert nodes["EGYGOV"]["as_source"] == sum(n for (s, _), n in expected.items() if s == "EGYGOV")
    assert set(nodes) == {code for pair in expected for code in pair}
    only = client.get("/api/network", params={"actor": "RUS"}).json()
    assert [(e["source"], e["target"]) for e in only["edges"]] == [("RUSGOV", "USAGOV")]


def test_locations_group_events_by_place_and_country(client: TestClient) -> None:
    located = client.get("/api/locations").json()
    places = {p["name"]: p for p in located["places"]}
    expected = Counter(e.location.name for _, e in EVENTS if e.location)
    assert {name: p["events"] for name, p in places.items()} == dict(expected)
    for name, place in places.items():
        assert (place["country"], place["lat"], place["lon"]) == PLACES[name]
    countries = {c["country"]: c["events"] for c in located["countries"]}
    assert countries["EGY"] == expected["القاهرة"] and countries["PSE"] == expected["غزة"] + expected["خان يونس"]


def test_stats_summarise_the_database(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] == len(DOCS) and stats["counts"]["events"] == len(EVENTS)
    assert stats["first_day"] == "2024-01-15" and stats["last_day"] == "2024-04-10"


@pytest.mark.parametrize(
    ("path", "params", "status", "fragment"),
    [
        ("/api/events", {"limit": 0}, 422, "'limit'"),
        ("/api/events", {"limit": 501}, 422, "'limit'"),
        ("/api/events", {"limit": "ten"}, 422, "'limit'"),
        ("/api/events", {"offset": -1}, 422, "'offset'"),
        ("/api/events", {"offset": 10**30}, 422, "'offset'"),
        ("/api/events", {"since": "yesterday"}, 400, "since"),
        ("/api/events", {"since": "2024-05-01", "until": "2024-04-01"}, 400, "after until"),
        ("/api/events", {"code": "abc"}, 400, "code"),
        ("/api/events", {"code": "12345"}, 422, "'code'"),
        ("/api/events", {"actor": "x" * 101}, 422, "'actor'"),
        ("/api/events", {"text": " ".join(["كلمة"] * 13)}, 400, "too many words"),
        ("/api/quotes", {"kind": "shouted"}, 422, "'kind'"),
        ("/api/entities", {"label": "PERSON"}, 422, "'label'"),
        ("/api/timeline", {"interval": "hour"}, 422, "'interval'"),
        ("/api/timeline", {"interval": "day", "since": "1000", "until": "9999"}, 200, ""),
        ("/api/network", {"min_events": 0}, 422, "'min_events'"),
        ("/api/locations", {"limit": 10_001}, 422, "'limit'"),
        ("/api/stats", {"top": 0}, 422, "'top'"),
    ],
)
def test_bad_parameters_get_a_4xx_naming_the_parameter(
    client: TestClient, path: str, params: dict[str, Any], status: int, fragment: str
) -> None:
    response = client.get(path, params=params)
    if status == 200:
        assert response.status_code == 200
        return
    assert fragment in error_message(response, status)


def test_a_timeline_too_fine_for_its_span_is_refused(tmp_path: Path) -> None:
    doc = corpus()[0]
    undated = tuple(dataclasses.replace(e, date=EventDate(None, None, "published")) for e in doc.events)
    old = dataclasses.replace(doc, text=doc.text + " انتهى.", id="old", published=dt.date(1990, 1, 1), events=undated)
    db = build_db(tmp_path / "span.duckdb", [corpus()[0], old])
    message = error_message(TestClient(create_app(db)).get("/api/timeline", params={"interval": "day"}), 400)
    assert "choose a longer interval" in message


def _string_parameters(client: TestClient) -> list[tuple[str, str]]:
    """Every (GET path, query parameter) of the API, read from its own OpenAPI schema."""
    spec = client.get("/openapi.json").json()
    found = []
    for path, operations in spec["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            if parameter["in"] == "query":
                found.append((path, parameter["name"]))
    return found


def test_sql_injection_in_every_parameter_is_inert(client: TestClient, db: Path) -> None:
    parameters = _string_parameters(client)
    assert len(parameters) > 40  # every endpoint's parameters, not a hand-picked few
    before = client.get("/api/stats").json()["counts"]
    for path, name in parameters:
        for attack in INJECTIONS:
            target = path.replace("{key}", "cairo-talks")
            response = client.get(target, params={name: attack})
            assert response.status_code in (200, 400, 404, 422), (path, name, attack, response.text)
            if response.status_code == 200 and name in ("actor", "text", "source", "article", "plover", "code"):
                body = response.json()
                rows = body.get("items", body.get("edges", body.get("places", body.get("buckets"))))
                assert not rows, (path, name, attack)  # a literal that matches nothing, not a widened query
    for attack in INJECTIONS:
        response = client.get(f"/api/articles/{quote(attack, safe='')}")
        assert response.status_code in (404, 422), (attack, response.text)
    assert client.get("/api/stats").json()["counts"] == before
    assert not Path("/tmp/rasd-leak.csv").exists() and not (db.parent / "owned.duckdb").exists()


def test_the_database_is_opened_read_only(client: TestClient) -> None:
    store = client.app.state.store  # type: ignore[attr-defined]
    assert store.read_only
    with pytest.raises(duckdb.Error, match="read-only"):
        store.cursor().execute("DELETE FROM articles")


def test_without_a_database_data_endpoints_say_so_and_missing_files_fail_early(tmp_path: Path) -> None:
    bare = TestClient(create_app(None))
    assert "rasd serve --db" in error_message(bare.get("/api/events"), 503)
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "missing.duckdb")


@pytest.mark.parametrize(
    ("path", "params", "named"),
    [
        ("/api/events", {"actr": "EGY"}, "'actr'"),
        ("/api/timeline", {"interval": "month", "cod": "04"}, "'cod'"),
        ("/api/articles/cairo-talks", {"full": "1"}, "'full'"),
        ("/api/stats", {"actor": "EGY"}, "'actor'"),
    ],
)
def test_unknown_parameters_are_refused_not_ignored(
    client: TestClient, path: str, params: dict[str, str], named: str
) -> None:
    message = error_message(client.get(path, params=params), 422)
    assert named in message and "this endpoint takes" in message
