// An ordinary microservice using the official Dapr JS SDK over HTTP, as it would talk to daprd:
// the tests point DAPR_HTTP_PORT at wasmbox serve's Dapr API and read what it prints (one JSON
// object per line: the step and what the SDK returned or threw).
import { DaprClient, CommunicationProtocolEnum, HttpMethod } from "@dapr/dapr";

const client = new DaprClient({
  daprHost: "127.0.0.1",
  daprPort: process.env.DAPR_HTTP_PORT,
  communicationProtocol: CommunicationProtocolEnum.HTTP,
});

async function step(name, action) {
  try {
    const result = (await action()) ?? null;
    // Some calls answer {error} instead of throwing; an Error does not survive JSON, its message does.
    if (result?.error instanceof Error) console.log(JSON.stringify({ step: name, error: String(result.error.message) }));
    else console.log(JSON.stringify({ step: name, result }));
  } catch (e) {
    console.log(JSON.stringify({ step: name, error: String(e?.message ?? e) }));
  }
}

await step("save", () => client.state.save("statestore", [{ key: "from-js", value: { n: 42, by: "js" } }]));
await step("get", () => client.state.get("statestore", "from-js"));
await step("get-missing", () => client.state.get("statestore", "nothing-here"));
await step("bulk", () => client.state.getBulk("statestore", ["from-js", "nothing-here"]));
await step("transaction", () => client.state.transaction("statestore", [
  { operation: "upsert", request: { key: "tx-a", value: "A" } },
  { operation: "delete", request: { key: "from-js" } },
]));
await step("after-transaction", () => client.state.get("statestore", "tx-a"));
await step("publish", () => client.pubsub.publish("pubsub", "news", { headline: "from js" }));
await step("publish-bulk", () => client.pubsub.publishBulk("pubsub", "news", [{ headline: "bulk one" }, "bulk two"]));
await step("invoke", () => client.invoker.invoke("wasmbox", "hello", HttpMethod.POST, "JS"));
await step("secret", () => client.secret.get("localsecrets", "api-key"));
await step("metadata", async () => (await client.metadata.get()).id);
// ETags: read one, let it go stale, and see the SDK refuse a save and a delete that carry it.
await step("etag-save", () => client.state.save("statestore", [{ key: "guarded", value: 1 }]));
const stale = (await client.state.getBulk("statestore", ["guarded"]))[0]?.etag;
await step("etag-update", () => client.state.save("statestore", [{ key: "guarded", value: 2, etag: stale }]));
await step("etag-stale-save", () => client.state.save("statestore", [{ key: "guarded", value: 3, etag: stale }]));
await step("etag-stale-delete", () => client.state.delete("statestore", "guarded", { etag: stale }));
await step("etag-after", () => client.state.get("statestore", "guarded"));
await step("binding", () => client.binding.send("webhook", "post", "ring"));
await step("save-shared", () => client.state.save("statestore", [{ key: "shared", value: "saved by the js app" }]));
await step("unknown-store", () => client.state.get("nostore", "k"));
