// rasd dashboard: hash routes (#/view[/id][?filters]) over the JSON API of the same server. No external requests.
import { drawMap } from "./map.js";
import { drawNetwork } from "./network.js";
import { renderDocument } from "./reader.js";
import { hideRecords, initRecordPanel, showRecords } from "./record.js";
import { drawTimeline } from "./timeline.js";
import { api, clear, fmtNumber, h, pager, quadOf, QUADS, who } from "./util.js";

const FILTERS = ["actor", "code", "since", "until", "text"];
const PAGE = 50;
let renderToken = 0;

function parseRoute() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?");
  const [view = "articles", ...rest] = path.split("/");
  return { view: view || "articles", arg: rest.length ? decodeURIComponent(rest.join("/")) : null, params: new URLSearchParams(query) };
}

function go(view, arg = null, params = currentFilters()) {
  const query = new URLSearchParams([...params].filter(([, v]) => v !== "" && v !== null));
  const path = arg ? `${view}/${encodeURIComponent(arg)}` : view;
  const hash = `#/${path}${query.toString() ? `?${query}` : ""}`;
  if (location.hash === hash) render();
  else location.hash = hash;
}

function currentFilters() {
  const form = document.getElementById("filters");
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function filterParams(params) {
  const out = {};
  for (const name of FILTERS) if (params.get(name)) out[name] = params.get(name);
  return out;
}

function showError(error) {
  document.getElementById("filter-error").textContent = error ? String(error.message || error) : "";
}

async function render() {
  const token = ++renderToken;
  const route = parseRoute();
  delete document.body.dataset.ready;
  hideRecords();
  const form = document.getElementById("filters");
  for (const name of FILTERS) form.elements[name].value = route.params.get(name) || "";
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${route.view}`;
  for (const tab of document.querySelectorAll("#tabs a")) tab.classList.toggle("active", tab.dataset.view === route.view);
  form.hidden = route.view === "analyze";
  showError(null);
  const views = { articles: showArticles, events: showEvents, timeline: showTimeline, network: showNetwork, map: showMap, analyze: () => {} };
  const view = views[route.view];
  if (!view) return go("articles");
  try {
    await view(route, () => token === renderToken);
  } catch (error) {
    if (token === renderToken) showError(error);
  }
  if (token === renderToken) document.body.dataset.ready = route.view;
}

async function showArticles(route, fresh) {
  const offset = Number(route.params.get("offset") || 0);
  const page = await api("/api/articles", { ...filterParams(route.params), limit: PAGE, offset });
  if (!fresh()) return;
  document.getElementById("articles-count").textContent = `${fmtNumber(page.total)} found`;
  const list = clear(document.getElementById("article-list"));
  for (const item of page.items) {
    list.append(
      h(
        "li",
        {
          dataset: { id: item.article_id, doc: item.doc_id },
          class: item.article_id === route.arg ? "active" : null,
          onclick: () => go("articles", item.article_id, withOffset(route.params, offset)),
        },
        h("span", { class: "title", dir: "auto", lang: "ar" }, item.title || item.doc_id),
        h("span", { class: "meta" }, [item.day, item.source, `${item.n_events} events · ${item.n_quotes} quotes · ${item.n_entities} entities`].filter(Boolean).join(" · ")),
      ),
    );
  }
  pager(document.getElementById("articles-pager"), page, (next) => go("articles", route.arg, withOffset(route.params, next)));
  const id = route.arg || (page.items[0] && page.items[0].article_id);
  const pane = document.getElementById("reader");
  if (!id) {
    clear(pane).append(h("p", { class: "empty" }, "No articles match these filters."));
    return;
  }
  const doc = await api(`/api/articles/${encodeURIComponent(id)}`);
  if (!fresh()) return;
  renderDocument(pane, doc, { focus: route.params.get("focus") });
}

function withOffset(params, offset) {
  const copy = new URLSearchParams(params);
  if (offset) copy.set("offset", offset);
  else copy.delete("offset");
  copy.delete("focus");
  return copy;
}

async function showEvents(route, fresh) {
  const offset = Number(route.params.get("offset") || 0);
  const page = await api("/api/events", { ...filterParams(route.params), limit: PAGE, offset });
  if (!fresh()) return;
  document.getElementById("events-count").textContent = `${fmtNumber(page.total)} found`;
  const body = clear(document.querySelector("#events-table tbody"));
  if (!page.items.length) body.append(h("tr", {}, h("td", { colspan: 8, class: "empty" }, "No events match these filters.")));
  for (const ev of page.items) {
    const row = h(
      "tr",
      { dataset: { id: ev.id, article: ev.article_id }, title: QUADS[quadOf(ev.cameo)] },
      h("td", {}, ev.day || ""),
      h("td", { class: "code" }, ev.cameo),
      h("td", {}, ev.plover ? ev.plover.type || "" : ""),
      h("td", { class: "code" }, who(ev.source)),
      h("td", { class: "code" }, who(ev.target)),
      h("td", { dir: "auto", class: "ar" }, ev.location ? ev.location.name || ev.location.country || "" : ""),
      h("td", {}, ev.negated ? `${ev.modality} (negated)` : ev.modality),
      h("td", { dir: "rtl", lang: "ar", class: "ar" }, h("a", { href: `#/articles/${encodeURIComponent(ev.article_id)}?focus=${encodeURIComponent(ev.id)}`, onclick: (e) => e.stopPropagation() }, ev.evidence_text || "…")),
    );
    row.addEventListener("click", () => showRecords(`event ${ev.cameo}`, [{ kind: "event", title: `${ev.cameo} ${who(ev.source) || "?"} → ${who(ev.target) || "?"}`, record: ev }]));
    body.append(row);
  }
  pager(document.getElementById("events-pager"), page, (next) => go("events", null, withOffset(route.params, next)));
}

async function showTimeline(route, fresh) {
  const select = document.getElementById("timeline-interval");
  select.value = route.params.get("interval") || "auto";
  const timeline = await api("/api/timeline", { ...filterParams(route.params), interval: select.value });
  if (!fresh()) return;
  drawTimeline(document.getElementById("timeline"), timeline, (bucket) => {
    const params = currentFilters();
    params.set("since", bucket.start);
    params.set("until", bucket.end);
    go("events", null, params);
  });
}

async function showNetwork(route, fresh) {
  const network = await api("/api/network", { ...filterParams(route.params), limit: 150 });
  if (!fresh()) return;
  drawNetwork(document.getElementById("network"), network, (code) => {
    const params = currentFilters();
    params.set("actor", code);
    go("events", null, params);
  });
}

async function showMap(route, fresh) {
  const locations = await api("/api/locations", filterParams(route.params));
  if (!fresh()) return;
  await drawMap(document.getElementById("map"), locations, (place) =>
    showRecords(place.name || "place", [{ kind: "place", title: `${place.name || "?"} · ${place.events} event(s)`, record: place }]),
  );
}

async function analyze(event) {
  event.preventDefault();
  const form = event.target;
  const status = document.getElementById("analyze-status");
  const text = form.elements.text.value;
  status.textContent = "analysing…";
  try {
    const doc = await api("/api/analyze", {}, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ text, published: form.elements.published.value || null }),
    });
    renderDocument(document.getElementById("analyze-result"), doc);
    status.textContent = `${doc.entities.length} entities, ${doc.timexes.length} dates, ${doc.quotes.length} quotations, ${doc.events.length} events`;
  } catch (error) {
    status.textContent = String(error.message || error);
  }
}

async function loadStats() {
  try {
    const stats = await api("/api/stats");
    const range = stats.first_day ? ` · ${stats.first_day} → ${stats.last_day}` : "";
    const { articles, events, quotes } = stats.counts;
    document.getElementById("stats").textContent = `${fmtNumber(articles)} articles · ${fmtNumber(events)} events · ${fmtNumber(quotes)} quotes${range}`;
  } catch (error) {
    document.getElementById("stats").textContent = String(error.message || error);
  }
}

function init() {
  initRecordPanel();
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    hideRecords();
    const since = form.elements.since.value;
    const until = form.elements.until.value;
    if (since && until && since > until) return showError(new Error("'since' is after 'until'"));
    go(parseRoute().view);
  });
  document.getElementById("reset-filters").addEventListener("click", () => {
    for (const name of FILTERS) form.elements[name].value = "";
    go(parseRoute().view, null, new URLSearchParams());
  });
  document.getElementById("timeline-interval").addEventListener("change", (event) => {
    const params = currentFilters();
    params.set("interval", event.target.value);
    go("timeline", null, params);
  });
  document.getElementById("analyze-form").addEventListener("submit", analyze);
  window.addEventListener("hashchange", render);
  loadStats();
  render();
}

init();
