// The side panel that shows the structured record(s) behind whatever was clicked.
import { clear, h } from "./util.js";

const panel = () => document.getElementById("record");

export function initRecordPanel() {
  document.getElementById("record-close").addEventListener("click", hideRecords);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideRecords();
  });
}

export function hideRecords() {
  panel().hidden = true;
  document.body.classList.remove("has-record");
}

/** Show records: items are {kind, title, record}; each is listed with its flattened fields and its raw JSON. */
export function showRecords(title, items) {
  document.getElementById("record-title").textContent = title;
  const body = clear(document.getElementById("record-body"));
  for (const item of items) {
    const fields = h("dl", {});
    for (const [key, value] of flatten(item.record)) {
      fields.append(h("dt", {}, key), h("dd", { dir: "auto" }, value));
    }
    body.append(
      h(
        "section",
        { class: `rec rec-${item.kind}`, dataset: { kind: item.kind, id: item.record.id ?? "" } },
        h("h4", { dir: "auto" }, item.title),
        fields,
        h("pre", { class: "json" }, JSON.stringify(item.record, null, 2)),
      ),
    );
  }
  panel().hidden = false;
  document.body.classList.add("has-record");
}

function flatten(value, prefix = "") {
  const out = [];
  if (value === null || value === undefined) return prefix ? [[prefix, "—"]] : out;
  if (Array.isArray(value)) {
    if (!value.length) return prefix ? [[prefix, "[]"]] : out;
    if (value.every((v) => typeof v !== "object" || v === null)) return [[prefix, value.join(", ")]];
    value.forEach((v, i) => out.push(...flatten(v, `${prefix}[${i}]`)));
    return out;
  }
  if (typeof value === "object") {
    for (const [key, v] of Object.entries(value)) out.push(...flatten(v, prefix ? `${prefix}.${key}` : key));
    return out;
  }
  return [[prefix, String(value)]];
}
