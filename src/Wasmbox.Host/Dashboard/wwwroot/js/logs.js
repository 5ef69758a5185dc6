// The live tail of every function's log, filtered by function and level.
import { h, byId, fill } from "./dom.js";
import { logLine } from "./format.js";

const kept = 1000;
const rank = { debug: 0, info: 1, warn: 2, error: 3 };
let lines = [];
const seen = new Set();
let paused = false;
let waiting = [];

const key = (l) => `${l.time}|${l.function}|${l.requestId}|${l.text}`;

function filters() {
  return { name: byId("log-function").value, level: rank[byId("log-level").value] ?? 0 };
}

const matches = (line, { name, level }) => (!name || line.function === name) && (rank[line.level] ?? 1) >= level;

function row(line) {
  return h("span", { class: line.level }, logLine(line) + "\n");
}

export function addLogLine(line) {
  const k = key(line);
  if (seen.has(k)) return;
  seen.add(k);
  lines.push(line);
  if (lines.length > kept) for (const old of lines.splice(0, lines.length - kept)) seen.delete(key(old));
  offer(line.function);
  if (paused || !matches(line, filters())) return;
  waiting.push(line);
  // No frames come while the tab is hidden: keep only what the tail would show.
  if (waiting.length > kept) waiting.splice(0, waiting.length - kept);
  if (waiting.length === 1) requestAnimationFrame(flush);
}

/** Appends the lines that came since the last frame at once: one layout a frame, not one a line. */
function flush() {
  const view = byId("log-lines");
  const atBottom = view.scrollHeight - view.scrollTop - view.clientHeight < 24;
  view.append(...waiting.splice(0).slice(-kept).map(row));
  while (view.childElementCount > kept) view.firstElementChild.remove();
  if (atBottom) view.scrollTop = view.scrollHeight;
}

function redraw() {
  waiting = [];
  const chosen = filters();
  const view = byId("log-lines");
  fill(view, lines.filter((l) => matches(l, chosen)).map(row));
  view.scrollTop = view.scrollHeight;
}

/** Adds a function to the filter's choices when it is new. */
export function offer(name) {
  const select = byId("log-function");
  if ([...select.options].some((o) => o.value === name)) return;
  const options = [...select.options].slice(1).map((o) => o.value).concat(name).sort();
  const current = select.value;
  fill(select, h("option", { value: "", text: "All functions" }), options.map((n) => h("option", { value: n, text: n })));
  select.value = current;
}

export function bindLogs() {
  byId("log-function").addEventListener("change", redraw);
  byId("log-level").addEventListener("change", redraw);
  const pause = byId("pause-logs");
  pause.addEventListener("click", () => {
    paused = !paused;
    pause.setAttribute("aria-pressed", String(paused));
    pause.textContent = paused ? "Resume" : "Pause";
    if (!paused) redraw();
  });
  document.addEventListener("show-logs", (event) => {
    offer(event.detail);
    byId("log-function").value = event.detail;
    redraw();
    byId("logs").scrollIntoView();
    byId("log-lines").focus();
  });
}
