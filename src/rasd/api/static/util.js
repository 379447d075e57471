// Small helpers shared by the dashboard views. Data is always inserted as text nodes, never as HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

/** Create an element: h("td", {class: "code", dir: "auto"}, "text", childNode, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Create an SVG element with attributes (and optional children). */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An SVG <title> (native hover tooltip). */
export function tip(text) {
  return s("title", {}, text);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export class ApiError extends Error {}

/** GET/POST a JSON endpoint of this server; a non-2xx answer raises ApiError with the server's message. */
export async function api(path, params = {}, init = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" }, ...init });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `${response.status} ${response.statusText}`;
    throw new ApiError(message);
  }
  return body;
}

export const QUADS = {
  0: "uncoded",
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

/** CAMEO quad class of an event code: 01–05 verbal coop., 06–09 material coop., 10–14 verbal conflict, 15–20 material. */
export function quadOf(code) {
  const root = parseInt(String(code || "").slice(0, 2), 10);
  if (!root) return 0;
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

export function chartLegend() {
  return h("div", { class: "chart-legend" }, [1, 2, 3, 4, 0].map((q) => h("span", {}, h("i", { class: `q${q}` }), QUADS[q])));
}

/** The participant label: actor code when known, else the text as written. */
export function who(participant) {
  if (!participant) return "";
  return participant.actor || participant.text || "";
}

export function fmtNumber(n) {
  return Number(n || 0).toLocaleString("en");
}

/** Pager: "‹ prev | a–b of n | next ›" calling onPage(newOffset). */
export function pager(el, { total, limit, offset }, onPage) {
  clear(el);
  if (!total) return;
  const last = Math.min(offset + limit, total);
  el.append(
    h("button", { type: "button", disabled: offset <= 0, onclick: () => onPage(Math.max(0, offset - limit)) }, "‹ prev"),
    h("span", {}, `${fmtNumber(offset + 1)}–${fmtNumber(last)} of ${fmtNumber(total)}`),
    h("button", { type: "button", disabled: last >= total, onclick: () => onPage(offset + limit) }, "next ›"),
  );
}
