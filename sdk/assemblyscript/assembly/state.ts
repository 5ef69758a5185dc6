// The state building block over daprd's HTTP routes (docs/guest-api.md section 3). Values are
// JSON text both ways: what is saved is stored as written, and a get answers it unchanged.
import { daprRequest, DaprError, Response, Result, ERR_MALFORMED_RESPONSE } from "./response";
import { json } from "./json";
import { encodeSegment } from "./url";

const JSON_HEADER = "Content-Type: application/json";

/** How a save is checked and kept. Every field may be left out: `{ etag: e }`, `{ firstWrite: true }`. */
export class SaveOptions {
  /** Save only if the stored ETag still is this one (409 otherwise, also when the key is missing). */
  etag: string = "";
  /** Without an ETag, save only if the key is missing (409 when it exists). */
  firstWrite: bool = false;
  /** Expire the key this many seconds after the save; 0 keeps it forever (and removes an earlier TTL). */
  ttlSeconds: i32 = 0;
}

/** A get: `found` with the value (its JSON text) and ETag on a 200; not found on a 204. */
export class StateValue extends Result {
  constructor(status: i32, error: DaprError | null, public found: bool, public value: string, public etag: string) {
    super(status, error);
  }
}

/** One key of a bulk get: `data` is the stored JSON text, or "" when not `found`; `error` is a per-key failure. */
export class BulkStateItem {
  constructor(public key: string, public found: bool, public data: string, public etag: string, public error: string) {}
}

/** A bulk get: one item per key asked, in order. */
export class BulkStateResult extends Result {
  constructor(status: i32, error: DaprError | null, public items: BulkStateItem[]) {
    super(status, error);
  }
}

/** One operation of a transaction: an upsert or a delete. */
export class TransactionOperation {
  private constructor(public readonly text: string) {}

  /** Saves `jsonValue` under `key`, only if `etag` still matches when given; `ttlSeconds` 0 for none. */
  static upsert(key: string, jsonValue: string, etag: string = "", ttlSeconds: i32 = 0): TransactionOperation {
    const options = new SaveOptions();
    options.etag = etag;
    options.ttlSeconds = ttlSeconds;
    return new TransactionOperation("{\"operation\":\"upsert\",\"request\":" + item(key, jsonValue, options) + "}");
  }

  /** Deletes `key`, only if `etag` still matches when given. */
  static delete(key: string, etag: string = ""): TransactionOperation {
    const request = "{\"key\":" + json.quote(key) + (etag.length > 0 ? ",\"etag\":" + json.quote(etag) : "") + "}";
    return new TransactionOperation("{\"operation\":\"delete\",\"request\":" + request + "}");
  }
}

function item(key: string, jsonValue: string, options: SaveOptions | null): string {
  let text = "{\"key\":" + json.quote(key) + ",\"value\":" + jsonValue;
  if (options !== null) {
    if (options.etag.length > 0) text += ",\"etag\":" + json.quote(options.etag);
    if (options.firstWrite) text += ",\"options\":{\"concurrency\":\"first-write\"}";
    if (options.ttlSeconds != 0) text += ",\"metadata\":{\"ttlInSeconds\":\"" + options.ttlSeconds.toString() + "\"}";
  }
  return text + "}";
}

function storePath(store: string): string {
  return "/v1.0/state/" + encodeSegment(store);
}

// A class of static methods rather than a namespace: `delete` is a reserved word, and only a
// method may be called state.delete.
/** The state building block: get, save, delete, bulk get and transactions on a granted store. */
export abstract class state {
  /** Reads `key`: 200 found (value is its JSON text, with its ETag), 204 not found, or an error. */
  static get(store: string, key: string): StateValue {
    const response = daprRequest("GET", storePath(store) + "/" + encodeSegment(key));
    if (response.status != 200) return new StateValue(response.status, response.error, false, "", "");
    const etag = response.header("ETag");
    return new StateValue(200, null, true, response.text(), etag !== null ? etag : "");
  }

  /** Saves `jsonValue` (JSON text: `42`, `"text"`, `{"a":1}`) under `key`: 204, or 409 when the ETag or first-write check fails. */
  static save(store: string, key: string, jsonValue: string, options: SaveOptions | null = null): Response {
    return daprRequest("POST", storePath(store), JSON_HEADER, "[" + item(key, jsonValue, options) + "]");
  }

  /** Deletes `key` (only if `etag` still matches, when given): 204, or 409 on a mismatch. */
  static delete(store: string, key: string, etag: string = ""): Response {
    return daprRequest("DELETE", storePath(store) + "/" + encodeSegment(key), etag.length > 0 ? "If-Match: " + etag : "");
  }

  /** Reads several keys at once: 200 with one item per key, in order. */
  static bulkGet(store: string, keys: string[]): BulkStateResult {
    const quoted = new Array<string>(keys.length);
    for (let i = 0; i < keys.length; i++) quoted[i] = json.quote(keys[i]);
    const response = daprRequest("POST", storePath(store) + "/bulk", JSON_HEADER, "{\"keys\":[" + quoted.join(",") + "]}");
    const items = new Array<BulkStateItem>();
    if (!response.ok) return new BulkStateResult(response.status, response.error, items);
    const elements = json.elements(response.text());
    if (elements === null) return malformedBulk(response.status, items);
    for (let i = 0; i < elements.length; i++) {
      const entry = json.members(elements[i]);
      if (entry === null || !entry.has("key")) return malformedBulk(response.status, items);
      const key = json.decodeString(entry.get("key"));
      if (key === null) return malformedBulk(response.status, items);
      const found = entry.has("data");
      items.push(new BulkStateItem(key, found, found ? entry.get("data") : "", stringMember(entry, "etag"), stringMember(entry, "error")));
    }
    return new BulkStateResult(response.status, null, items);
  }

  /** Applies every operation or none: 204, or 500 ERR_STATE_TRANSACTION when an ETag or first-write check fails. */
  static transaction(store: string, operations: TransactionOperation[]): Response {
    const parts = new Array<string>(operations.length);
    for (let i = 0; i < operations.length; i++) parts[i] = operations[i].text;
    return daprRequest("POST", storePath(store) + "/transaction", JSON_HEADER, "{\"operations\":[" + parts.join(",") + "]}");
  }
}

function stringMember(members: Map<string, string>, name: string): string {
  if (!members.has(name)) return "";
  const value = json.decodeString(members.get(name));
  return value !== null ? value : "";
}

function malformedBulk(status: i32, items: BulkStateItem[]): BulkStateResult {
  return new BulkStateResult(status, new DaprError(ERR_MALFORMED_RESPONSE, "the bulk get answer is not an array of {\"key\",\"data\",\"etag\"}"), items);
}
