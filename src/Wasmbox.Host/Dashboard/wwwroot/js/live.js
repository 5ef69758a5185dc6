// Live requests per second and latency percentiles per function, from the runs streamed since the
// page connected: a one-minute window of one-second buckets, redrawn once a second.
import { h, byId, fill } from "./dom.js";
import { milliseconds } from "./format.js";

const windowSeconds = 60;
const svgNs = "http://www.w3.org/2000/svg";
const perFunction = new Map();   // name → { buckets: Map(second → count), runs: [{ at, ms, failed }] }

/** A run that ended now (not the backlog: its rate is not now's). */
export function recordLive(invocation) {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  let stats = perFunction.get(invocation.function);
  if (!stats) perFunction.set(invocation.function, stats = { buckets: new Map(), runs: [] });
  stats.buckets.set(second, (stats.buckets.get(second) ?? 0) + 1);
  stats.runs.push({ at: now, ms: invocation.durationMs, failed: !invocation.succeeded });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function redraw() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  const cards = [];
  for (const [name, stats] of [...perFunction].sort(([a], [b]) => a.localeCompare(b))) {
    stats.runs = stats.runs.filter((r) => r.at > now - windowSeconds * 1000);
    for (const key of stats.buckets.keys()) if (key <= second - windowSeconds) stats.buckets.delete(key);
    if (stats.runs.length === 0) {
      perFunction.delete(name);
      continue;
    }
    // The last complete seconds, oldest first; the current one is still filling.
    const series = Array.from({ length: windowSeconds }, (_, i) => stats.buckets.get(second - windowSeconds + i) ?? 0);
    const recent = series.slice(-5);
    const rate = recent.reduce((a, b) => a + b, 0) / recent.length;
    const sorted = stats.runs.map((r) => r.ms).sort((a, b) => a - b);
    const failed = stats.runs.filter((r) => r.failed).length;
    cards.push(h("article", { class: "live-card", "aria-label": `${name}: live` },
      h("h3", { text: name }),
      h("div", { class: "rate" }, `${rate.toFixed(rate < 10 ? 1 : 0)}`, h("span", { class: "hint", text: " requests/s" })),
      sparkline(series, `${name}: requests per second over the last minute`),
      h("p", { class: "hint percentiles" }, [50, 90, 99].map((p) => h("span", { text: `p${p} ${milliseconds(percentile(sorted, p))}` }))),
      h("p", { class: "hint", text: `${stats.runs.length} runs in the last minute${failed ? `, ${failed} failed` : ""}` })));
  }
  fill(byId("live-list"), cards);
}

function sparkline(series, label) {
  const max = Math.max(1, ...series);
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", `0 0 ${series.length - 1} 100`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const baseline = document.createElementNS(svgNs, "line");
  baseline.setAttribute("class", "baseline");
  for (const [k, v] of [["x1", 0], ["y1", 99], ["x2", series.length - 1], ["y2", 99]]) baseline.setAttribute(k, v);
  const line = document.createElementNS(svgNs, "polyline");
  line.setAttribute("points", series.map((v, i) => `${i},${(99 - (v / max) * 95).toFixed(1)}`).join(" "));
  svg.append(baseline, line);
  return svg;
}

export function startLive() {
  setInterval(redraw, 1000);
}
