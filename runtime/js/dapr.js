// dapr.js: the module "wasmbox:dapr", the Dapr building blocks over the `wasmbox` host call, in
// the shape of sdk/c/wasmbox.h and sdk/assemblyscript: state, pubsub, invoke, bindings, secrets.
// Every call answers once the host has (the host call is synchronous); a Dapr error status
// rejects with a DaprError carrying the status, daprd's errorCode and message. The function's
// manifest entry must grant each store, topic, binding and app id (dapr: {...}).
const host = globalThis.__wasmboxDaprHost;
delete globalThis.__wasmboxDaprHost;
const { decoder, encoder, Headers } = host;

/** A Dapr error answer: `status` (403, 404, 409, 500, ...), `code` (ERR_...), and daprd's message. */
export class DaprError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "DaprError";
    this.status = status;
    this.code = code;
  }
}

/** The raw call: method, a Dapr API path, headers, a body; answers { status, headers(name), bytes, text(), json() }. */
export function request(method, path, { headers = {}, body } = {}) {
  const status = host.hostCall(method, path, new Headers(headers), typeof body === "string" ? encoder.encode(body) : body);
  const bytes = new Uint8Array(host.responseBody());
  const etag = host.responseHeader("ETag");
  const refusal = host.responseHeader("Wasmbox-Error");
  const expires = host.responseHeader("metadata.ttlExpireTime");
  const contentType = host.responseHeader("Content-Type");
  return {
    status, bytes, etag, refusal, expires, contentType,
    text: () => decoder.decode(bytes),
    json: () => JSON.parse(decoder.decode(bytes)),
  };
}

function ok(answer, what) {
  if (answer.status >= 200 && answer.status < 300) return answer;
  let code = answer.refusal || `HTTP_${answer.status}`, message = answer.text();
  try {
    const body = JSON.parse(message);
    code = body.errorCode || code;
    message = body.message || message;
  } catch { }
  throw new DaprError(answer.status, code, `${what}: ${answer.status} ${code}: ${message}`);
}

const segment = text => encodeURIComponent(String(text));

function metadataQuery(metadata) {
  const entries = Object.entries(metadata || {});
  return entries.length ? "?" + entries.map(([k, v]) => `metadata.${segment(k)}=${segment(v)}`).join("&") : "";
}

function parseStored(answer) {
  const text = answer.text();
  try { return JSON.parse(text); } catch { return text; }
}

function saveItem(key, value, options = {}) {
  const item = { key: String(key), value };
  if (options.etag) item.etag = String(options.etag);
  if (options.firstWrite || options.concurrency === "first-write") item.options = { concurrency: "first-write" };
  if (options.ttlInSeconds !== undefined) item.metadata = { ttlInSeconds: String(options.ttlInSeconds) };
  if (options.metadata) item.metadata = { ...(item.metadata || {}), ...options.metadata };
  return item;
}

/** State stores: values are JSON; ETags guard concurrent writers (a mismatch rejects with status 409). */
export const state = {
  /** The value of `key` (parsed JSON), or undefined when the key is missing. */
  async get(store, key) {
    const entry = await state.getEntry(store, key);
    return entry ? entry.value : undefined;
  },
  /** { value, etag, expires } of `key`, or undefined when it is missing. */
  async getEntry(store, key) {
    const answer = ok(request("GET", `/v1.0/state/${segment(store)}/${segment(key)}`), `state get ${store}/${key}`);
    if (answer.status === 204) return undefined;
    return { value: parseStored(answer), etag: answer.etag, expires: answer.expires ?? undefined };
  },
  /** Saves `value` (any JSON value). Options: etag (save only if it still matches), firstWrite, ttlInSeconds, metadata. */
  async save(store, key, value, options = {}) {
    ok(request("POST", `/v1.0/state/${segment(store)}`, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify([saveItem(key, value, options)]),
    }), `state save ${store}/${key}`);
  },
  /** Saves several items at once: [{ key, value, etag?, firstWrite?, ttlInSeconds? }]. */
  async saveMany(store, items) {
    ok(request("POST", `/v1.0/state/${segment(store)}`, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify(items.map(item => saveItem(item.key, item.value, item))),
    }), `state save ${store}`);
  },
  /** Deletes `key` (only if `etag` still matches, when given). */
  async delete(store, key, options = {}) {
    const headers = options.etag ? { "if-match": String(options.etag) } : {};
    ok(request("DELETE", `/v1.0/state/${segment(store)}/${segment(key)}`, { headers }), `state delete ${store}/${key}`);
  },
  /** [{ key, value, etag }] for `keys`, in order; value and etag are undefined for a missing key. */
  async getBulk(store, keys) {
    const answer = ok(request("POST", `/v1.0/state/${segment(store)}/bulk`, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ keys: keys.map(String) }),
    }), `state bulk get ${store}`);
    return answer.json().map(item => ({ key: item.key, value: item.data, etag: item.etag, error: item.error }));
  },
  /** All or nothing: [{ operation: "upsert", key, value, etag? } | { operation: "delete", key, etag? }]. */
  async transaction(store, operations) {
    ok(request("POST", `/v1.0/state/${segment(store)}/transaction`, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        operations: operations.map(op => ({
          operation: op.operation,
          request: op.operation === "delete" ? { key: String(op.key), ...(op.etag ? { etag: String(op.etag) } : {}) } : saveItem(op.key, op.value, op),
        })),
      }),
    }), `state transaction ${store}`);
  },
};

/** Pub/sub: publish(pubsub, topic, data): objects go as JSON, strings as text, bytes as they are. */
export const pubsub = {
  async publish(pubsubName, topic, data, options = {}) {
    let body = data, contentType = options.contentType;
    if (typeof data === "string") contentType ??= "text/plain";
    else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) contentType ??= "application/octet-stream";
    else {
      body = JSON.stringify(data);
      contentType ??= "application/json";
    }
    ok(request("POST", `/v1.0/publish/${segment(pubsubName)}/${String(topic).split("/").map(segment).join("/")}${metadataQuery(options.metadata)}`, {
      headers: { "content-type": contentType },
      body,
    }), `publish ${pubsubName}/${topic}`);
  },
};

/**
 * Service invocation: calls `method` (a path, with a query if any) of app `appId`, this server's
 * own ("wasmbox" unless --app-id) reaching its functions. Answers a Response whatever its status.
 */
export async function invoke(appId, method, init = {}) {
  const path = `/v1.0/invoke/${segment(appId)}/method/${String(method).replace(/^\//, "")}`;
  const body = init.body === undefined || init.body === null ? undefined
    : typeof init.body === "string" || init.body instanceof ArrayBuffer || ArrayBuffer.isView(init.body) ? init.body : JSON.stringify(init.body);
  const headers = new Headers(init.headers);
  if (body !== undefined && !headers.has("content-type"))
    headers.set("content-type", typeof init.body === "string" ? "text/plain" : init.body instanceof ArrayBuffer || ArrayBuffer.isView(init.body) ? "application/octet-stream" : "application/json");
  const answer = request(init.method || (body === undefined ? "GET" : "POST"), path, { headers: Object.fromEntries(headers), body });
  if (answer.refusal) ok(answer, `invoke ${appId}/${method}`);
  const responseHeaders = {};
  if (answer.contentType) responseHeaders["content-type"] = answer.contentType;
  const nullBody = answer.status === 204 || answer.status === 205 || answer.status === 304;
  return new Response(nullBody ? null : answer.bytes, { status: answer.status, headers: responseHeaders });
}

/** Output bindings: invoke(name, operation, data, metadata) answers the binding's body as text (or undefined). */
export const bindings = {
  async invoke(name, operation, data = null, metadata = {}) {
    const answer = ok(request("POST", `/v1.0/bindings/${segment(name)}`, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ operation, data, metadata }),
    }), `binding ${name} ${operation}`);
    return answer.status === 204 ? undefined : answer.text();
  },
};

/** Secret stores: get(store, name) answers { KEY: value, ... } (undefined when there is no such secret); bulk(store) all of them. */
export const secrets = {
  async get(store, name) {
    const answer = ok(request("GET", `/v1.0/secrets/${segment(store)}/${segment(name)}`), `secret ${store}/${name}`);
    return answer.status === 204 ? undefined : answer.json();
  },
  async bulk(store) {
    return ok(request("GET", `/v1.0/secrets/${segment(store)}/bulk`), `secrets ${store}`).json();
  },
};

export default { state, pubsub, invoke, bindings, secrets, request, DaprError };
