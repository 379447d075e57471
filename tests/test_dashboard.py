"""The dashboard end to end: `rasd serve` in its own process, driven by headless Chromium through Playwright.

Every request the page makes goes through a route that lets only this server through and records anything else,
so each test also proves that the dashboard works offline and never calls out (no CDN, fonts, tiles or trackers).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from api_corpus import build_db, corpus
from rasd.api.process import served

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOCS = {doc.id: doc for doc in corpus()}
EVENTS = [event for doc in DOCS.values() for event in doc.events]


def _chromium_problem() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (make setup installs it)"
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)) and not shutil.which(CHROMIUM):
        return f"no Chromium at {CHROMIUM} (apt-get install -y chromium; .ci/run does this)"
    return None


_PROBLEM = _chromium_problem()
if _PROBLEM and os.environ.get("CI"):
    pytest.fail(f"browser tests cannot run in CI: {_PROBLEM}", pytrace=False)
pytestmark = pytest.mark.skipif(_PROBLEM is not None, reason=_PROBLEM or "")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served(build_db(tmp_path_factory.mktemp("dashboard") / "rasd.duckdb")) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Page:
    """A fresh page whose every request is checked: only the test server is reached; anything else is recorded and
    aborted. Script errors are recorded too."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        own = urlsplit(base).netloc
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", self._console)
        self._own = own

    def _console(self, message: Any) -> None:
        # A 4xx answer to a deliberately bad filter is logged by the browser; it is shown to the user, not a bug.
        expected = message.text.startswith("Failed to load resource: the server responded with a status of 4")
        if message.type == "error" and not expected:
            self.errors.append(message.text)

    def _route(self, route: Any) -> None:
        url = route.request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if (parts.scheme in ("http", "https") and parts.netloc == self._own) or parts.scheme == "data":
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open(self, hash_route: str, ready: str) -> Any:
        self.page.goto(f"{self.base}/#/{hash_route}")
        self.wait_ready(ready)
        return self.page

    def then_ready(self, view: str, action: Any) -> None:
        """Run `action` (which re-renders the page) and wait until the view `view` has drawn its new data."""
        self.page.evaluate("() => { delete document.body.dataset.ready; }")
        action()
        self.wait_ready(view)

    def wait_ready(self, view: str) -> None:
        self.page.wait_for_selector(f'body[data-ready="{view}"]', state="attached", timeout=15_000)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Page]:
    checked = Page(browser, server)
    yield checked
    checked.close()
    assert checked.outside == [], f"requests left the server: {checked.outside}"
    assert checked.errors == [], f"script errors: {checked.errors}"
    assert checked.requests, "the page made no requests at all"


def article_ids(server: str) -> dict[str, str]:
    listed = httpx.get(f"{server}/api/articles", params={"limit": 100}).json()["items"]
    return {a["doc_id"]: a["article_id"] for a in listed}


def record_json(page: Any) -> list[dict[str, Any]]:
    page.wait_for_selector("#record:not([hidden]) pre.json")
    return [json.loads(text) for text in page.locator("#record pre.json").all_inner_texts()]


def test_reader_renders_rtl_text_with_highlights_and_shows_records(page: Page, server: str) -> None:
    doc = DOCS["cairo-talks"]
    view = page.open(f"articles/{article_ids(server)['cairo-talks']}", "articles")
    text = view.locator("#reader .article-text")
    assert text.get_attribute("dir") == "rtl" and text.get_attribute("lang") == "ar"
    assert view.evaluate("() => getComputedStyle(document.querySelector('#reader .article-text')).direction") == "rtl"
    assert view.locator("#reader .reader-head a").get_attribute("href") == doc.url
    # The segments add up to the original text exactly: highlights never add, drop or move a character.
    assert view.evaluate("() => document.querySelector('#reader .article-text').textContent") == doc.text
    for kind, records in (
        ("entity", doc.entities),
        ("timex", doc.timexes),
        ("quote", doc.quotes),
        ("event", doc.events),
    ):
        assert view.locator(f"#reader .article-text .a-{kind}").count() >= len(records) > 0, kind
    covered = view.evaluate(
        """() => [...document.querySelectorAll('#reader .article-text .a-entity.l-PERS')]
                 .map(s => [Number(s.dataset.start), Number(s.dataset.end)])"""
    )
    for entity in (e for e in doc.entities if e.label == "PERS"):
        inside = [(s, e) for s, e in covered if entity.start <= s and e <= entity.end]
        assert sum(e - s for s, e in inside) == entity.end - entity.start, entity.text

    event = doc.events[0]
    view.locator(f'#reader .article-text .a-event[data-start="{event.evidence.start}"]').first.click()
    shown = record_json(view)
    assert any(r.get("cameo") == event.cameo and r["source"]["actor"] == event.source.actor for r in shown)
    view.locator("#record-close").click()
    assert view.locator("#record").is_hidden()

    timex = doc.timexes[0]
    view.locator(f'#reader .article-text .a-timex[data-start="{timex.start}"]').first.click()
    assert any(r.get("value") == timex.value for r in record_json(view))

    quote = doc.quotes[0]
    view.locator("#reader .annotation-lists li[data-kind='quote']").first.click()
    assert any(r.get("kind") == quote.kind and r["content"]["start"] == quote.content.start for r in record_json(view))
    selected = view.evaluate(
        "() => [...document.querySelectorAll('#reader .article-text .seg.selected')].map(s => s.textContent).join('')"
    )
    assert selected == doc.text[quote.content.start : quote.content.end]


def test_markup_in_titles_and_text_is_shown_as_text_never_run(page: Page, server: str) -> None:
    view = page.open(f"articles/{article_ids(server)['markup']}", "articles")
    assert view.locator("#reader h2").inner_text() == DOCS["markup"].title
    assert view.evaluate("() => document.querySelector('#reader .article-text').textContent") == DOCS["markup"].text
    assert view.locator("#reader script, #reader img, #reader b, .article-list img").count() == 0
    assert view.locator("#reader a").count() == 0  # its url is "javascript:...": never made a link
    assert view.evaluate("() => window.__pwned === undefined")


def test_events_table_filters(page: Page) -> None:
    view = page.open("events", "events")
    rows = view.locator("#events-table tbody tr")
    assert rows.count() == len(EVENTS)
    view.fill("#filters input[name=actor]", "EGY")
    page.then_ready("events", lambda: view.click("#filters button[type=submit]"))
    egyptian = [
        e for e in EVENTS if (e.source.actor or "").startswith("EGY") or (e.target.actor or "").startswith("EGY")
    ]
    assert rows.count() == len(egyptian)
    assert "actor=EGY" in view.url
    view.fill("#filters input[name=code]", "04")
    page.then_ready("events", lambda: view.click("#filters button[type=submit]"))
    codes = [c.strip() for c in view.locator("#events-table tbody tr td.code:nth-child(2)").all_inner_texts()]
    assert sorted(codes) == sorted(e.cameo for e in egyptian if e.cameo.startswith("04"))
    rows.first.click()
    assert record_json(view)[0]["cameo"] == codes[0]

    view.fill("#filters input[name=code]", "abc")
    page.then_ready("events", lambda: view.click("#filters button[type=submit]"))
    assert "code must be a CAMEO event code prefix" in view.locator("#filter-error").inner_text()

    page.then_ready("events", lambda: view.click("#reset-filters"))
    assert rows.count() == len(EVENTS)
    assert view.locator("#filter-error").inner_text() == ""


def test_an_events_evidence_opens_the_article_with_the_event_selected(page: Page) -> None:
    doc = DOCS["moscow-statement"]
    event = doc.events[0]
    view = page.open(f"events?code={event.cameo}&actor=RUS", "events")
    assert view.locator("#events-table tbody tr").count() == 1
    page.then_ready("articles", view.locator("#events-table tbody tr td a").first.click)
    selected = view.evaluate(
        "() => [...document.querySelectorAll('#reader .article-text .seg.selected')].map(s => s.textContent).join('')"
    )
    assert selected == doc.text[event.evidence.start : event.evidence.end]
    assert view.locator("#reader h2").inner_text() == doc.title


def test_timeline_draws_every_event_and_a_bar_opens_its_events(page: Page) -> None:
    view = page.open("timeline?interval=month", "timeline")
    bars = view.locator("#timeline svg g.bar")
    assert bars.count() == 4
    totals = [
        int(t)
        for t in view.evaluate("() => [...document.querySelectorAll('#timeline g.bar')].map(g => g.dataset.total)")
    ]
    assert sum(totals) == len(EVENTS)
    assert view.locator("#timeline svg g.bar rect").count() >= len([t for t in totals if t])
    march = view.locator('#timeline g.bar[data-period="2024-03-01"]')
    expected = int(march.get_attribute("data-total") or 0)
    page.then_ready("events", march.click)
    assert "since=2024-03-01" in view.url and "until=2024-03-31" in view.url
    assert view.locator("#events-table tbody tr").count() == expected == 3


def test_network_links_actors_with_weighted_edges(page: Page) -> None:
    view = page.open("network", "network")
    pairs = {(e.source.actor, e.target.actor) for e in EVENTS if e.source.actor and e.target.actor}
    codes = {code for pair in pairs for code in pair}
    assert (
        set(view.evaluate("() => [...document.querySelectorAll('#network g.node')].map(g => g.dataset.code)")) == codes
    )
    drawn = view.evaluate(
        """() => [...document.querySelectorAll('#network path.edge')]
                 .map(p => [p.dataset.source, p.dataset.target, +p.dataset.weight])"""
    )
    assert {(s, t) for s, t, _ in drawn} == {p for p in pairs if p[0] != p[1]}
    assert all(w == sum(1 for e in EVENTS if (e.source.actor, e.target.actor) == (s, t)) for s, t, w in drawn)
    page.then_ready("events", view.locator('#network g.node[data-code="RUSGOV"] circle').click)
    assert "actor=RUSGOV" in view.url
    assert view.locator("#events-table tbody tr").count() == 1


def test_map_draws_the_bundled_world_and_event_places(page: Page) -> None:
    view = page.open("map", "map")
    assert view.locator("#map path.country").count() > 150
    shaded = set(view.evaluate("() => [...document.querySelectorAll('#map path.has-events')].map(p => p.dataset.iso3)"))
    located = {e.location.country for e in EVENTS if e.location}
    assert shaded == located
    places = view.evaluate(
        "() => [...document.querySelectorAll('#map circle.place')].map(c => [c.dataset.name, +c.dataset.events])"
    )
    expected: dict[str, int] = {}
    for e in EVENTS:
        if e.location and e.location.name:
            expected[e.location.name] = expected.get(e.location.name, 0) + 1
    assert dict(places) == expected
    view.locator('#map circle.place[data-name="موسكو"]').click(force=True)
    assert record_json(view)[0]["name"] == "موسكو"


def test_analyze_view_renders_a_pasted_text(page: Page) -> None:
    view = page.open("analyze", "analyze")
    text = "أعلنت الحكومة أمس عن خطة جديدة. وقال الوزير: «سنبدأ التنفيذ قريبا»."
    view.fill("#analyze-form textarea", text)
    view.click("#analyze-form button[type=submit]")
    view.wait_for_selector("#analyze-result .article-text")
    result = view.locator("#analyze-result .article-text")
    assert result.get_attribute("dir") == "rtl"
    assert view.evaluate("() => document.querySelector('#analyze-result .article-text').textContent") == text
    assert "entities" in view.locator("#analyze-status").inner_text()
