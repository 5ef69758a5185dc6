// Command guest: runs the SDK's state and publish helpers against the state store named by STORE
// and prints one line per step, "step: STATUS ERRORCODE detail", for the test to read. Granted the
// store, every step reaches it; not granted, the first answers 403 ERR_PERMISSION_DENIED and the
// guest stops there, having read why through the SDK.
import { daprRequest, json, pubsub, state, Result, TransactionOperation } from "@wasmbox/sdk";

const lines = new Array<string>();

function step(name: string, result: Result, detail: string = ""): bool {
  const error = result.error;
  lines.push(name + ": " + result.status.toString() + (error !== null ? " " + error.errorCode + " " + error.message : "") + (detail.length > 0 ? " " + detail : ""));
  return result.ok;
}

function run(store: string): void {
  if (!step("save", state.save(store, "probe", json.quote("v1")))) return;
  const got = state.get(store, "probe");
  step("get", got, got.value + " etag=" + (got.etag.length > 0 ? "yes" : "no"));
  step("stale save", state.save(store, "probe", "2", { etag: "not-the-etag" }));
  step("first-write on a stored key", state.save(store, "probe", "2", { firstWrite: true }));
  step("save with the etag", state.save(store, "probe", json.quote("v2"), { etag: got.etag }));

  const odd = "a/b?c%d e \u00e9";
  step("odd key save", state.save(store, odd, json.quote(odd)));
  const oddValue = state.get(store, odd);
  const decoded = json.decodeString(oddValue.value);
  step("odd key get", oddValue, decoded !== null && decoded == odd ? "same" : "different: " + oddValue.value);

  step("ttl save", state.save(store, "short", "1", { ttlSeconds: 60 }));
  const ttl = daprRequest("GET", "/v1.0/state/" + store + "/short");
  step("ttl get", ttl, ttl.header("metadata.ttlExpireTime") !== null ? "expires" : "forever");

  const bulk = state.bulkGet(store, ["probe", "nothing"]);
  let items = "";
  for (let i = 0; i < bulk.items.length; i++) {
    const item = bulk.items[i];
    items += " " + item.key + "=" + (item.found ? item.data + (item.etag.length > 0 ? "+etag" : "") : "missing");
  }
  step("bulk", bulk, items.trim());

  step("transaction", state.transaction(store, [TransactionOperation.upsert("t1", "[1]"), TransactionOperation.delete("short")]));
  step("after the transaction", state.get(store, "short"), state.get(store, "t1").value);

  step("stale delete", state.delete(store, "probe", "not-the-etag"));
  const current = state.get(store, "probe");
  step("delete", state.delete(store, "probe", current.etag));
  step("deleted", state.get(store, "probe"));

  step("publish", pubsub.publish("pubsub", "forbidden", "{}", "application/json"));
}

run(process.env.has("STORE") ? process.env.get("STORE") : "statestore");
process.stdout.write(lines.join("\n") + "\n");
