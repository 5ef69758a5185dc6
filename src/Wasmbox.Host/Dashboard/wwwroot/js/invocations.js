// The recent runs, newest first, with status, duration, fuel and peak memory; each opens its log
// lines (by request id).
import { json } from "./api.js";
import { h, byId, fill } from "./dom.js";
import { bytes, count, milliseconds, time, logLine } from "./format.js";

const shown = 100;
let runs = [];
const seen = new Set();
let dirty = false;
let paused = false;

const key = (r) => `${r.function}|${r.requestId}|${r.started}`;

export function addInvocation(record) {
  const k = key(record);
  if (seen.has(k)) return;   // the backlog of a reconnect, or a run in both backlog and stream
  seen.add(k);
  runs.unshift(record);
  if (runs.length > shown) for (const old of runs.splice(shown)) seen.delete(key(old));
  dirty = true;
}

function render() {
  const body = byId("invocations-body");
  // Not under a keyboard user's focus: a rebuilt row would take the focus away.
  if (!dirty || paused || body.contains(document.activeElement)) return;
  dirty = false;
  fill(body, runs.map((r) => h("tr", { class: r.succeeded ? "" : "failed" },
    h("td", { class: "mono", text: time(r.started) }),
    h("td", { text: `${r.function}@${r.version}` }),
    h("td", { text: r.trigger }),
    h("td", { title: r.detail ?? "", text: r.outcome }),
    h("td", { text: r.status ?? "—" }),
    h("td", { class: "number", text: milliseconds(r.durationMs) }),
    h("td", { class: "number", text: r.fuel === null ? "—" : count(r.fuel) }),
    h("td", { class: "number", text: bytes(r.peakMemoryBytes) }),
    h("td", {}, h("button", { type: "button", class: "quiet mono", "aria-label": `Log lines of request ${r.requestId}`,
      onclick: () => showRequestLogs(r.function, r.requestId) }, r.requestId)))));
}

/** Opens the panel with the log lines of one request of one function. */
export async function showRequestLogs(name, requestId) {
  const panel = byId("request-logs");
  const lines = byId("request-logs-lines");
  byId("request-logs-title").textContent = `Log lines of ${name}, request ${requestId}`;
  lines.textContent = "Loading…";
  panel.hidden = false;
  panel.focus();
  try {
    const found = await json(`/logs?function=${encodeURIComponent(name)}&requestId=${encodeURIComponent(requestId)}&lines=2000`);
    lines.textContent = found.length ? found.map(logLine).join("\n") : "This request wrote no log lines.";
  } catch (error) {
    lines.textContent = `The log lines could not be read: ${error.message}`;
  }
}

export function bindInvocations() {
  byId("close-request-logs").addEventListener("click", () => { byId("request-logs").hidden = true; });
  const pause = byId("pause-invocations");
  pause.addEventListener("click", () => {
    paused = !paused;
    pause.setAttribute("aria-pressed", String(paused));
    pause.textContent = paused ? "Resume" : "Pause";
    dirty = true;
  });
  setInterval(render, 400);
}
