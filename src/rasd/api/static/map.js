// Map of event locations over the bundled Natural Earth 1:110m country outlines (equirectangular projection, SVG).
// Countries with events are shaded; each place is a circle whose area grows with its number of events.
import { api, clear, fmtNumber, s, tip } from "./util.js";

const WIDTH = 960;
const HEIGHT = 480;
let worldPromise = null;

function world() {
  if (!worldPromise) worldPromise = api("/static/world.json");
  return worldPromise;
}

const project = ([lon, lat]) => [((lon + 180) / 360) * WIDTH, ((90 - lat) / 180) * HEIGHT];

function pathOf(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const parts = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      parts.push(ring.map((point, i) => {
        const [x, y] = project(point);
        return `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
      }).join("") + "Z");
    }
  }
  return parts.join("");
}

/** Draw `locations` ({places: [{name, country, lat, lon, events}], countries: [{country, events}]}). */
export async function drawMap(container, locations, onPick) {
  const geo = await world();
  clear(container);
  const places = (locations.places || []).filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const byCountry = new Map((locations.countries || []).map((c) => [c.country, c.events]));
  const view = viewBox(places);
  const zoom = WIDTH / view[2];
  const svg = s("svg", { viewBox: view.map((v) => v.toFixed(1)).join(" "), class: "map", role: "img", "aria-label": "event locations" });
  svg.append(s("rect", { class: "sea", x: 0, y: 0, width: WIDTH, height: HEIGHT }));
  const land = s("g", {});
  for (const feature of geo.features) {
    const iso3 = feature.properties.iso3;
    const count = byCountry.get(iso3) || 0;
    const path = s("path", { class: count ? "country has-events" : "country", d: pathOf(feature.geometry), "data-iso3": iso3 || "" });
    path.append(tip(`${feature.properties.name}${count ? `: ${fmtNumber(count)} event(s)` : ""}`));
    land.append(path);
  }
  svg.append(land);
  const maxEvents = Math.max(...places.map((p) => p.events), 1);
  const dots = s("g", {});
  for (const place of [...places].sort((a, b) => b.events - a.events)) {
    const [x, y] = project([place.lon, place.lat]);
    const r = (3 + 12 * Math.sqrt(place.events / maxEvents)) / zoom;
    const dot = s("circle", { class: "place", cx: x.toFixed(2), cy: y.toFixed(2), r: r.toFixed(2), "data-name": place.name || "", "data-events": place.events });
    dot.append(tip(`${place.name || "?"}${place.country ? ` (${place.country})` : ""}: ${fmtNumber(place.events)} event(s)`));
    dot.addEventListener("click", () => onPick(place));
    dots.append(dot);
  }
  svg.append(dots);
  if (!places.length && !byCountry.size) {
    container.append(Object.assign(document.createElement("p"), { className: "empty", textContent: "No located events match these filters." }));
  }
  container.append(svg);
}

/** The projected box that frames every place with a margin (at least a region's size), else the whole world. */
function viewBox(places) {
  if (!places.length) return [0, 0, WIDTH, HEIGHT];
  const xy = places.map((p) => project([p.lon, p.lat]));
  let [x0, x1] = [Math.min(...xy.map((p) => p[0])), Math.max(...xy.map((p) => p[0]))];
  let [y0, y1] = [Math.min(...xy.map((p) => p[1])), Math.max(...xy.map((p) => p[1]))];
  const minW = WIDTH / 8;
  let w = Math.max(x1 - x0, minW) * 1.4;
  let h = w / 2;
  if ((y1 - y0) * 1.4 > h) {
    h = (y1 - y0) * 1.4;
    w = h * 2;
  }
  w = Math.min(w, WIDTH);
  h = Math.min(h, HEIGHT);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  x0 = Math.min(Math.max(cx - w / 2, 0), WIDTH - w);
  y0 = Math.min(Math.max(cy - h / 2, 0), HEIGHT - h);
  return [x0, y0, w, h];
}
