// The functions served: versions (hash, size, who deployed when), routes, executor, limits and
// instances; roll back from the page.
import { json, call, functionPath } from "./api.js";
import { h, byId, fill } from "./dom.js";
import { bytes, dateTime } from "./format.js";

const listeners = [];
let functions = [];

/** Called with the list of functions (summaries) each time it is loaded. */
export function onFunctions(listener) {
  listeners.push(listener);
}

export const currentFunctions = () => functions;

export async function loadFunctions() {
  const summaries = await json("/functions");
  // Each function's versions come with its detail; a few functions make a few small requests.
  const details = await Promise.all(summaries.map((f) => json(functionPath(f.name)).catch(() => null)));
  functions = summaries.map((summary, i) => ({ ...summary, versions: details[i]?.versions ?? [] }));
  render();
  for (const listener of listeners) listener(functions);
}

function render() {
  const list = byId("functions-list");
  const open = new Set([...list.querySelectorAll("details[open]")].map((d) => d.dataset.function));
  if (functions.length === 0) {
    fill(list, h("p", { class: "hint", text: "No function is served. Deploy one below, or list them in wasmbox.yaml." }));
    return;
  }
  fill(list, functions.map((f) => card(f, open.has(f.name))));
}

function card(f, open) {
  const limits = f.limits;
  const previous = f.versions.filter((v) => v.version < f.version).length > 0;
  return h("article", { class: "card", "aria-labelledby": `function-${f.name}` },
    h("h3", { id: `function-${f.name}` }, f.name,
      h("span", { class: "badge", text: `v${f.version}` }),
      h("span", { class: "badge", text: f.executor })),
    h("dl", {},
      h("dt", { text: "Routes" }), h("dd", { class: "mono", text: f.routes.length ? f.routes.join(", ") : "none (events only)" }),
      h("dt", { text: "Module" }), h("dd", {}, h("span", { class: "mono", title: f.module.hash, text: f.module.hash.slice(0, 12) }), ` · ${bytes(f.module.size)}`),
      h("dt", { text: "Deployed" }), h("dd", { text: `${dateTime(f.deployedAt)} by ${f.deployedBy}` }),
      h("dt", { text: "Limits" }), h("dd", { text: [
        `memory ${limits.memory ?? "—"}`, `timeout ${limits.timeout ?? "—"}`,
        `fuel ${limits.fuel ?? "unmetered"}`, `stack ${limits.stack ?? "—"}`].join(", ") }),
      h("dt", { text: "Instances" }), h("dd", { text: `${f.instances.running} running of ${f.instances.max}, ${f.instances.queued} queued of ${f.instances.queue}` })),
    h("div", { class: "actions" },
      h("button", { type: "button", disabled: !previous, "aria-label": `Roll back ${f.name}`, onclick: () => rollBack(f.name, null) }, "Roll back"),
      h("button", { type: "button", class: "quiet", "aria-label": `Try ${f.name}`, onclick: () => document.dispatchEvent(new CustomEvent("try-function", { detail: f.name })) }, "Try"),
      h("button", { type: "button", class: "quiet", "aria-label": `Logs of ${f.name}`, onclick: () => document.dispatchEvent(new CustomEvent("show-logs", { detail: f.name })) }, "Logs")),
    versions(f, open));
}

function versions(f, open) {
  return h("details", { "data-function": f.name, open },
    h("summary", {}, `Versions (${f.versions.length})`),
    h("div", { class: "scroll" },
      h("table", {},
        h("thead", {}, h("tr", {}, ["Version", "Module", "Size", "Deployed", ""].map((t) => h("th", { scope: "col", text: t })))),
        h("tbody", {}, [...f.versions].reverse().map((v) => h("tr", {},
          h("td", { text: v.current ? `${v.version} (served)` : String(v.version) }),
          h("td", { class: "mono", title: v.module.hash, text: v.module.hash.slice(0, 12) }),
          h("td", { class: "number", text: bytes(v.module.size) }),
          h("td", { title: v.deployedBy, text: dateTime(v.deployedAt) }),
          h("td", {}, v.current ? "" : h("button", { type: "button", class: "quiet", onclick: () => rollBack(f.name, v.version) }, `Serve version ${v.version}`))))))));
}

async function rollBack(name, version) {
  const message = byId("functions-message");
  try {
    const query = version === null ? "" : `?to=${version}`;
    const served = await (await call(`${functionPath(name)}/rollback${query}`, { method: "POST" })).json();
    message.className = "message ok";
    message.textContent = `${name} now serves version ${served.version}.`;
  } catch (error) {
    message.className = "message error";
    message.textContent = `Rolling back ${name} failed: ${error.message}`;
  }
  await loadFunctions().catch(() => {});
}

export function bindFunctions() {
  byId("refresh-functions").addEventListener("click", () => loadFunctions().catch(() => {}));
}
