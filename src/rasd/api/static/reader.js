// The article reader: the original text right to left, with entities, dates, quotations and events highlighted.
// Overlapping annotations are handled by cutting the text at every annotation boundary: each segment is one <span>
// carrying the classes of all annotations that cover it, so nesting never breaks and offsets stay exact.
import { showRecords } from "./record.js";
import { clear, h, quadOf, QUADS, who } from "./util.js";

const KINDS = [
  { kind: "entity", label: "Entities", swatches: ["PERS", "ORG", "LOC", "MISC"] },
  { kind: "timex", label: "Dates", swatches: ["timex"] },
  { kind: "quote", label: "Quotations", swatches: ["quote"] },
  { kind: "event", label: "Events", swatches: ["event"] },
];

/** Every highlightable span of a document (output contract: docs/schema.md) as {kind, start, end, record, title}. */
export function annotationsOf(doc) {
  const out = [];
  for (const e of doc.entities || []) {
    const actor = e.actor && (e.actor.cameo || e.actor.name_en || e.actor.id);
    out.push({ kind: "entity", cls: `l-${e.label}`, start: e.start, end: e.end, record: e, title: `${e.label} ${e.text}${actor ? ` → ${actor}` : ""}` });
  }
  for (const t of doc.timexes || []) {
    out.push({ kind: "timex", start: t.start, end: t.end, record: t, title: `${t.type} ${t.value}` });
  }
  for (const q of doc.quotes || []) {
    const speaker = q.speaker ? q.speaker.name || q.speaker.text || "?" : "?";
    out.push({ kind: "quote", start: q.content.start, end: q.content.end, record: q, title: `${q.kind} quotation by ${speaker}` });
    if (q.cue && q.cue.start !== null && q.cue.start !== undefined) {
      out.push({ kind: "cue", start: q.cue.start, end: q.cue.end, record: q, title: `cue ${q.cue.lemma || q.cue.text}` });
    }
  }
  for (const ev of doc.events || []) {
    const label = `${ev.cameo} ${who(ev.source) || "?"} → ${who(ev.target) || "?"}`;
    out.push({ kind: "event", start: ev.evidence.start, end: ev.evidence.end, record: ev, title: `event ${label}` });
  }
  const n = doc.text.length;
  return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end <= n && a.start < a.end);
}

/** Render `text` into `container` as segments; returns the annotation list in the order used by data-ann indexes. */
export function renderHighlighted(container, text, annotations) {
  const cuts = new Set([0, text.length]);
  for (const a of annotations) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  // Sweep: annotations sorted by start enter the active set; those ending at or before the segment leave it.
  const order = annotations.map((a, i) => i).sort((x, y) => annotations[x].start - annotations[y].start);
  let next = 0;
  let active = [];
  const fragment = document.createDocumentFragment();
  for (let p = 0; p < points.length - 1; p++) {
    const from = points[p];
    const to = points[p + 1];
    while (next < order.length && annotations[order[next]].start <= from) active.push(order[next++]);
    active = active.filter((i) => annotations[i].end > from);
    const covering = active.filter((i) => annotations[i].start <= from && annotations[i].end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(["seg"]);
    for (const i of covering) {
      classes.add(`a-${annotations[i].kind}`);
      if (annotations[i].cls) classes.add(annotations[i].cls);
    }
    const titles = covering.map((i) => annotations[i].title);
    fragment.append(
      h("span", { class: [...classes].join(" "), title: titles.join("\n"), dataset: { ann: covering.join(" "), start: from, end: to } }, piece),
    );
  }
  container.append(fragment);
}

/** Render a whole document (metadata, legend, highlighted text, annotation lists) into `pane`. */
export function renderDocument(pane, doc, { focus = null } = {}) {
  clear(pane);
  const annotations = annotationsOf(doc);
  const textEl = h("div", { class: "article-text", dir: "rtl", lang: "ar", id: "article-text" });
  renderHighlighted(textEl, doc.text, annotations);
  textEl.addEventListener("click", (event) => {
    const seg = event.target.closest(".seg");
    if (!seg) return;
    const picked = seg.dataset.ann.split(" ").map(Number).map((i) => annotations[i]);
    // The innermost (shortest) annotation first: that is what the reader pointed at.
    picked.sort((a, b) => a.end - a.start - (b.end - b.start));
    select(textEl, new Set(seg.dataset.ann.split(" ")));
    const unique = [...new Map(picked.map((a) => [`${a.kind === "cue" ? "quote" : a.kind}:${a.record.id}`, a])).values()];
    showRecords(
      doc.text.slice(Number(seg.dataset.start), Number(seg.dataset.end)),
      unique.map((a) => ({ kind: a.kind === "cue" ? "quote" : a.kind, title: a.title, record: a.record })),
    );
  });

  const meta = [doc.published && `published ${doc.published}`, doc.source, doc.id && `id ${doc.id}`].filter(Boolean);
  // Only web links become links: a stored url like "javascript:..." is shown as nothing rather than made clickable.
  const link = typeof doc.url === "string" && /^https?:\/\//i.test(doc.url) ? doc.url : null;
  pane.append(
    h(
      "div",
      { class: "reader-head" },
      h("h2", { dir: "auto", lang: "ar" }, doc.title || doc.id),
      h("div", { class: "meta" }, meta.join(" · "), link ? [" · ", h("a", { href: link, rel: "noreferrer noopener", target: "_blank" }, "source")] : null),
    ),
    legend(textEl, doc),
    textEl,
    annotationLists(doc, annotations, textEl),
  );
  if (focus) {
    const index = annotations.findIndex((a) => a.record.id === focus && a.kind !== "cue");
    if (index >= 0) {
      select(textEl, new Set([String(index)]));
      const first = textEl.querySelector(".seg.selected");
      if (first) first.scrollIntoView({ block: "center" });
    }
  }
}

function select(textEl, indexes) {
  for (const seg of textEl.querySelectorAll(".seg")) {
    seg.classList.toggle("selected", seg.dataset.ann.split(" ").some((i) => indexes.has(i)));
  }
}

function legend(textEl, doc) {
  const counts = { entity: (doc.entities || []).length, timex: (doc.timexes || []).length, quote: (doc.quotes || []).length, event: (doc.events || []).length };
  return h(
    "div",
    { class: "legend" },
    KINDS.map(({ kind, label, swatches }) => {
      const box = h("input", { type: "checkbox", checked: true, name: `show-${kind}` });
      box.addEventListener("change", () => textEl.classList.toggle(`hide-${kind}`, !box.checked));
      return h("label", {}, box, swatches.map((sw) => h("span", { class: `swatch s-${sw}`, title: sw })), `${label} (${counts[kind]})`);
    }),
  );
}

function annotationLists(doc, annotations, textEl) {
  // A quotation has two spans (content and cue): its list entry selects the content.
  const byRecord = new Map(annotations.map((a, i) => [a.record, i]).filter(([, i]) => annotations[i].kind !== "cue"));
  const item = (record, kind, children) =>
    h(
      "li",
      {
        dataset: { kind, id: record.id },
        onclick: () => {
          const index = byRecord.get(record);
          if (index !== undefined) {
            select(textEl, new Set([String(index)]));
            const first = textEl.querySelector(".seg.selected");
            if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
          }
          showRecords(kind, [{ kind, title: kind, record }]);
        },
      },
      children,
    );
  const section = (title, list) => h("div", {}, h("h3", {}, title), list.length ? h("ul", {}, list) : h("p", { class: "empty" }, "none"));
  return h(
    "div",
    { class: "annotation-lists" },
    section(
      "Events",
      (doc.events || []).map((ev) =>
        item(ev, "event", [h("span", { class: "code" }, ev.cameo), " ", `${who(ev.source) || "?"} → ${who(ev.target) || "?"}`, h("small", {}, ` · ${QUADS[quadOf(ev.cameo)]}`)]),
      ),
    ),
    section(
      "Quotations",
      (doc.quotes || []).map((q) =>
        item(q, "quote", [h("span", { dir: "rtl", lang: "ar" }, q.speaker ? q.speaker.name || q.speaker.text || "؟" : "؟"), h("small", {}, ` · ${q.kind}`)]),
      ),
    ),
    section(
      "Dates",
      (doc.timexes || []).map((t) => item(t, "timex", [h("span", { dir: "rtl", lang: "ar" }, t.text), " ", h("span", { class: "code" }, t.value)])),
    ),
    section(
      "Entities",
      (doc.entities || []).map((e) =>
        item(e, "entity", [h("span", { dir: "rtl", lang: "ar" }, e.text), " ", h("span", { class: "code" }, `${e.label}${e.actor && e.actor.cameo ? ` ${e.actor.cameo}` : ""}`)]),
      ),
    ),
  );
}
