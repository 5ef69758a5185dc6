// Try a function from the page: a request to a path on this server (as any client sends it), or,
// with no path, through the admin API's invoke; shows the status, a few headers and the body.
import { authorization, functionPath } from "./api.js";
import { h, byId, fill } from "./dom.js";
import { bytes } from "./format.js";
import { showRequestLogs } from "./invocations.js";

const shownBytes = 64 * 1024;

/** The path a route suggests: itself when exact, its prefix for "/x/...", as written with parameters (to edit). */
function pathOf(route) {
  if (!route) return "";
  return route.endsWith("/...") ? route.slice(0, -3) : route === "/..." ? "/" : route;
}

export function offerFunctions(functions) {
  const select = byId("try-function");
  const current = select.value;
  fill(select, functions.map((f) => h("option", { value: f.name, "data-route": f.routes[0] ?? "", text: f.name })));
  if (functions.some((f) => f.name === current)) select.value = current;
  else suggestPath();
}

function suggestPath() {
  const option = byId("try-function").selectedOptions[0];
  byId("try-path").value = pathOf(option?.dataset.route);
}

function headers() {
  const result = new Headers();
  for (const line of byId("try-headers").value.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) result.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return result;
}

async function send(event) {
  event.preventDefault();
  const name = byId("try-function").value;
  const method = byId("try-method").value;
  const path = byId("try-path").value.trim();
  const box = byId("try-result");
  const status = byId("try-status");
  const meta = byId("try-meta");
  const output = byId("try-response");
  box.hidden = false;
  status.textContent = "…";
  fill(meta);
  output.textContent = "";
  const sent = headers();
  let url = path;
  if (!path) {
    url = `/admin/v1${functionPath(name)}/invoke`;
    for (const [k, v] of Object.entries(authorization())) sent.set(k, v);
  } else if (!path.startsWith("/")) {
    status.textContent = "not sent";
    output.textContent = "The path starts with / (it is a path on this server).";
    return;
  }
  const body = method === "GET" || method === "HEAD" ? undefined : byId("try-body").value;
  const started = performance.now();
  try {
    const response = await fetch(url, { method, headers: sent, body, cache: "no-store", redirect: "manual" });
    const data = new Uint8Array(await response.arrayBuffer());
    const elapsed = performance.now() - started;
    status.textContent = `${response.status} ${response.statusText}`.trim();
    status.className = response.ok ? "ok" : "error";
    const requestId = response.headers.get("x-request-id");
    fill(meta, `${response.headers.get("content-type") ?? "no content type"} · ${bytes(data.length)} · ${elapsed.toFixed(1)} ms`,
      requestId ? [" · request ", h("button", { type: "button", class: "quiet mono", "aria-label": `Log lines of request ${requestId}`,
        onclick: () => showRequestLogs(name, requestId) }, requestId)] : []);
    const text = new TextDecoder("utf-8", { fatal: false }).decode(data.slice(0, shownBytes));
    output.textContent = data.length > shownBytes ? `${text}\n… (${bytes(data.length - shownBytes)} more)` : text;
  } catch (error) {
    status.textContent = "no answer";
    status.className = "error";
    output.textContent = error.message;
  }
}

export function bindTry() {
  byId("try-function").addEventListener("change", suggestPath);
  byId("try-form").addEventListener("submit", send);
  document.addEventListener("try-function", (event) => {
    byId("try-function").value = event.detail;
    suggestPath();
    byId("try").scrollIntoView();
    byId("try-method").focus();
  });
}
