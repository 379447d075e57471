// Event timeline: stacked bars of events per period, split by CAMEO quad class, drawn as SVG.
import { chartLegend, clear, fmtNumber, QUADS, s, tip } from "./util.js";

const WIDTH = 960;
const HEIGHT = 320;
const MARGIN = { top: 12, right: 12, bottom: 46, left: 48 };

/** Draw `timeline` ({interval, buckets: [{period, start, end, total, by_quad}]}); onPick(bucket) on bar click. */
export function drawTimeline(container, timeline, onPick) {
  clear(container);
  const buckets = timeline.buckets || [];
  if (!buckets.length) {
    container.append(Object.assign(document.createElement("p"), { className: "empty", textContent: "No events match these filters." }));
    return;
  }
  const max = Math.max(...buckets.map((b) => b.total), 1);
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1];
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = plotW / buckets.length;
  const barW = Math.max(1, step * 0.8);
  const y = (v) => MARGIN.top + plotH - (v / top) * plotH;

  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": `events per ${timeline.interval}`, class: "timeline" });
  const axis = s("g", { class: "axis" });
  for (const t of ticks) {
    axis.append(
      s("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t) }),
      s("text", { x: MARGIN.left - 6, y: y(t) + 4, "text-anchor": "end" }, fmtNumber(t)),
    );
  }
  svg.append(axis);

  const labelEvery = Math.ceil(buckets.length / 12);
  buckets.forEach((bucket, i) => {
    const x = MARGIN.left + i * step + (step - barW) / 2;
    const group = s("g", { class: "bar", "data-period": bucket.period, "data-total": bucket.total });
    let base = 0;
    for (const q of [1, 2, 3, 4, 0]) {
      const count = (bucket.by_quad && bucket.by_quad[q]) || 0;
      if (!count) continue;
      group.append(s("rect", { class: `q${q}`, x, width: barW, y: y(base + count), height: y(base) - y(base + count) }));
      base += count;
    }
    const lines = [1, 2, 3, 4, 0].filter((q) => bucket.by_quad && bucket.by_quad[q]).map((q) => `${QUADS[q]}: ${bucket.by_quad[q]}`);
    group.append(tip(`${bucket.label}: ${bucket.total} event(s)\n${lines.join("\n")}`));
    group.addEventListener("click", () => onPick(bucket));
    svg.append(group);
    if (i % labelEvery === 0) {
      svg.append(s("text", { x: x + barW / 2, y: HEIGHT - MARGIN.bottom + 16, "text-anchor": "middle" }, bucket.label));
    }
  });
  container.append(chartLegend(), svg);
}

function niceTicks(max) {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((v) => v >= raw) || magnitude;
  const ticks = [];
  for (let v = 0; v <= max + step - 1e-9; v += step) ticks.push(Math.round(v));
  return ticks.length > 1 ? ticks : [0, 1];
}
