// Guestbook: a WAGI function in AssemblyScript over the Wasmbox SDK (sdk/assemblyscript).
//   POST /guestbook with a text body appends it to the JSON array under key "entries" of state
//   store "statestore" and answers the new count; GET /guestbook answers the array.
// Appending reads the array with its ETag and saves only if the ETag still matches (first-write
// when the key is missing), reading again when another request saved first: concurrent posts
// lose no entry. The manifest grants it: dapr: { state: [statestore] }.
import { state, json, log, DaprError } from "@wasmbox/sdk";

const STORE = "statestore";
const KEY = "entries";
// Each overtaken attempt means another post got in; past this many the client should retry.
const MAX_ATTEMPTS = 100;

function respond(status: string, contentType: string, body: string, extraHeaders: string = ""): void {
  process.stdout.write("Status: " + status + "\nContent-Type: " + contentType + "\n" + extraHeaders + "\n" + body + "\n");
}

function fail(what: string, status: i32, error: DaprError | null): void {
  const reason = what + " failed (" + status.toString() + "): " + (error !== null ? error.toString() : "");
  log.error(reason);
  respond("502 Bad Gateway", "text/plain; charset=utf-8", reason);
}

function readRequestBody(): string {
  const chunks = new Array<Uint8Array>();
  let total = 0;
  while (true) {
    const chunk = new ArrayBuffer(16 * 1024);
    const n = process.stdin.read(chunk);
    if (n <= 0) break;
    chunks.push(Uint8Array.wrap(chunk, 0, n));
    total += n;
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < chunks.length; i++) {
    body.set(chunks[i], at);
    at += chunks[i].length;
  }
  return String.UTF8.decodeUnsafe(body.dataStart, body.length);
}

function post(): void {
  const entry = readRequestBody();
  if (entry.length == 0) {
    respond("400 Bad Request", "text/plain; charset=utf-8", "POST the entry's text");
    return;
  }
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const current = state.get(STORE, KEY);
    if (!current.ok) return fail("reading the guestbook", current.status, current.error);
    const entries = current.found ? json.elements(current.value) : new Array<string>();
    if (entries === null) {
      respond("500 Internal Server Error", "text/plain; charset=utf-8", "the stored guestbook is not a JSON array");
      return;
    }
    entries.push(json.quote(entry));
    // With the ETag read, the save fails (409) if anyone saved since; without one (the key was
    // missing), first-write makes it fail if anyone created the key since.
    const saved = state.save(STORE, KEY, "[" + entries.join(",") + "]", { etag: current.etag, firstWrite: !current.found });
    if (saved.status == 204) {
      log.info("guestbook: entry " + entries.length.toString() + " (" + entry.length.toString() + " characters), attempt " + attempt.toString());
      respond("200 OK", "text/plain; charset=utf-8", entries.length.toString());
      return;
    }
    if (saved.status != 409) return fail("saving the guestbook", saved.status, saved.error);
  }
  respond("503 Service Unavailable", "text/plain; charset=utf-8", "too many concurrent posts; try again", "Retry-After: 1\n");
}

function list(): void {
  const current = state.get(STORE, KEY);
  if (!current.ok) return fail("reading the guestbook", current.status, current.error);
  respond("200 OK", "application/json", current.found ? current.value : "[]");
}

const method = process.env.has("REQUEST_METHOD") ? process.env.get("REQUEST_METHOD") : "";
if (method == "POST") post();
else if (method == "GET") list();
else respond("405 Method Not Allowed", "text/plain; charset=utf-8", "GET or POST", "Allow: GET, POST\n");
