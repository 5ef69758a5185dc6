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
    console.log(JSON.stringify({ step: name, result: (await action()) ?? null }));
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
await step("invoke", () => client.invoker.invoke("wasmbox", "hello", HttpMethod.POST, "JS"));
await step("secret", () => client.secret.get("localsecrets", "api-key"));
await step("metadata", async () => (await client.metadata.get()).id);
await step("save-shared", () => client.state.save("statestore", [{ key: "shared", value: "saved by the js app" }]));
await step("unknown-store", () => client.state.get("nostore", "k"));
