// The Dapr components and who subscribes to which topic: deliveries waiting, made, retried and given up on.
import { json } from "./api.js";
import { h, byId, fill } from "./dom.js";
import { count } from "./format.js";

const empty = (columns, text) => h("tr", {}, h("td", { colspan: columns, class: "hint", text }));

export async function loadDapr() {
  const dapr = await json("/dapr");
  fill(byId("components-body"), dapr.components.length
    ? dapr.components.map((c) => h("tr", {}, h("td", { text: c.name }), h("td", { class: "mono", text: c.type }), h("td", { text: c.version })))
    : empty(3, "No components (next to a daprd, they are daprd's)."));
  fill(byId("subscriptions-body"), dapr.subscriptions.length
    ? dapr.subscriptions.map((s) => h("tr", {},
      h("td", { text: s.pubsub }), h("td", { text: s.topic }), h("td", { text: s.subscriber }),
      h("td", { text: s.deadLetterTopic ?? "—" }), h("td", { class: "number", text: s.pending === null ? "—" : count(s.pending) }),
      h("td", { class: "number", text: count(s.deliveries) }), h("td", { class: "number", text: count(s.retries) }),
      h("td", { class: s.deadLetters > 0 ? "number error" : "number", text: count(s.deadLetters) })))
    : empty(8, "Nothing subscribes to a topic."));
}

export function bindDapr() {
  byId("refresh-dapr").addEventListener("click", () => loadDapr().catch(() => {}));
}
