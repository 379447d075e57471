// Actor network: who acts on whom. Nodes are actor codes, a directed edge source → target has width ∝ log(events).
// Laid out with a small deterministic force simulation (Fruchterman–Reingold), drawn as SVG.
import { clear, fmtNumber, s, tip } from "./util.js";

const WIDTH = 960;
const HEIGHT = 600;
const PAD = 40;

/** Draw `network` ({nodes: [{code, name, events}], edges: [{source, target, weight}]}); onPick(code) on node click. */
export function drawNetwork(container, network, onPick) {
  clear(container);
  const nodes = network.nodes || [];
  const edges = (network.edges || []).filter((e) => e.source !== e.target);
  if (!nodes.length) {
    container.append(Object.assign(document.createElement("p"), { className: "empty", textContent: "No actor-to-actor events match these filters." }));
    return;
  }
  const pos = layout(nodes, edges);
  const maxEvents = Math.max(...nodes.map((n) => n.events), 1);
  const maxWeight = Math.max(...edges.map((e) => e.weight), 1);
  const radius = (n) => 5 + 15 * Math.sqrt(n.events / maxEvents);
  const byCode = new Map(nodes.map((n) => [n.code, n]));

  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "network", role: "img", "aria-label": "actor network" });
  svg.append(
    s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerUnits: "userSpaceOnUse", markerWidth: 10, markerHeight: 10, orient: "auto-start-reverse" }, s("path", { d: "M0,0 L10,5 L0,10 z" }))),
  );
  const edgeLayer = s("g", {});
  for (const e of edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    // A slight curve keeps A→B and B→A apart; the end stops at the target's rim so the arrow stays visible.
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const rb = radius(byCode.get(e.target)) + 2;
    const ex = b.x - (dx / len) * rb;
    const ey = b.y - (dy / len) * rb;
    const cx = (a.x + ex) / 2 - (dy / len) * len * 0.12;
    const cy = (a.y + ey) / 2 + (dx / len) * len * 0.12;
    const width = 1 + 5 * (Math.log1p(e.weight) / Math.log1p(maxWeight));
    const path = s("path", { class: "edge", d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`, "stroke-width": width.toFixed(2), "marker-end": "url(#arrow)", "data-source": e.source, "data-target": e.target, "data-weight": e.weight });
    path.append(tip(`${e.source} → ${e.target}: ${fmtNumber(e.weight)} event(s)`));
    edgeLayer.append(path);
  }
  const nodeLayer = s("g", {});
  for (const n of nodes) {
    const p = pos.get(n.code);
    const g = s("g", { class: "node", transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`, "data-code": n.code });
    g.append(
      s("circle", { r: radius(n).toFixed(1) }),
      s("text", { x: radius(n) + 3, y: 4 }, n.code),
      tip(`${n.code}${n.name ? ` — ${n.name}` : ""}: ${fmtNumber(n.events)} event(s)`),
    );
    g.addEventListener("click", () => onPick(n.code));
    nodeLayer.append(g);
  }
  svg.append(edgeLayer, nodeLayer);
  container.append(svg);
}

function layout(nodes, edges) {
  const n = nodes.length;
  const area = (WIDTH - 2 * PAD) * (HEIGHT - 2 * PAD);
  const k = Math.sqrt(area / Math.max(n, 1)) * 0.6;
  const index = new Map(nodes.map((node, i) => [node.code, i]));
  // Start on a circle, busiest actors first: deterministic, so the same data always gives the same picture.
  const xs = nodes.map((_, i) => WIDTH / 2 + (WIDTH / 3) * Math.cos((2 * Math.PI * i) / n));
  const ys = nodes.map((_, i) => HEIGHT / 2 + (HEIGHT / 3) * Math.sin((2 * Math.PI * i) / n));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.weight]).filter(([a, b]) => a !== undefined && b !== undefined);
  // Dense graphs would collapse into a ball: each link pulls in proportion to its weight's share, divided by the
  // mean degree, so the total pull on a node stays comparable to the push from the others.
  const maxWeight = Math.max(1, ...links.map(([, , w]) => w));
  const meanDegree = Math.max(1, (2 * links.length) / Math.max(n, 1));
  const pull = links.map(([, , w]) => (0.3 + 0.7 * (Math.log1p(w) / Math.log1p(maxWeight))) / meanDegree);
  let temperature = WIDTH / 10;
  const iterations = 250;
  for (let it = 0; it < iterations; it++) {
    const fx = new Float64Array(n);
    const fy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = xs[i] - xs[j];
        let dy = ys[i] - ys[j];
        let d = Math.hypot(dx, dy);
        if (d < 0.01) {
          dx = 0.01 * (i - j);
          dy = 0.01;
          d = Math.hypot(dx, dy);
        }
        const force = (k * k) / d;
        fx[i] += (dx / d) * force;
        fy[i] += (dy / d) * force;
        fx[j] -= (dx / d) * force;
        fy[j] -= (dy / d) * force;
      }
    }
    links.forEach(([a, b], l) => {
      const dx = xs[a] - xs[b];
      const dy = ys[a] - ys[b];
      const d = Math.hypot(dx, dy) || 0.01;
      const force = ((d * d) / k) * pull[l];
      fx[a] -= (dx / d) * force;
      fy[a] -= (dy / d) * force;
      fx[b] += (dx / d) * force;
      fy[b] += (dy / d) * force;
    });
    for (let i = 0; i < n; i++) {
      // Gentle pull to the centre keeps disconnected actors on screen.
      fx[i] += (WIDTH / 2 - xs[i]) * 0.05 * k * 0.05;
      fy[i] += (HEIGHT / 2 - ys[i]) * 0.05 * k * 0.05;
      const d = Math.hypot(fx[i], fy[i]) || 1;
      const move = Math.min(d, temperature);
      xs[i] = Math.min(WIDTH - PAD, Math.max(PAD, xs[i] + (fx[i] / d) * move));
      ys[i] = Math.min(HEIGHT - PAD, Math.max(PAD, ys[i] + (fy[i] / d) * move));
    }
    temperature *= 0.97;
  }
  return new Map(nodes.map((node, i) => [node.code, { x: xs[i], y: ys[i] }]));
}
