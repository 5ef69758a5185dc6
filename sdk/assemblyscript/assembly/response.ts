// The generic request and its answer. The host keeps only the last answer, so the body is read
// whole right after each request; headers are read on demand and remembered, because a later
// request replaces them on the host.
import {
  wasmbox_dapr_request, wasmbox_response_body, wasmbox_response_body_length, wasmbox_response_header,
} from "./host";
import { json } from "./json";

/** errorCode of a request the host refused to read: a pointer or length outside memory (-1). */
export const ERR_BAD_POINTER = "ERR_BAD_POINTER";
/** errorCode of a request the host refused to read: text not UTF-8, a negative length (-2). */
export const ERR_BAD_ARGUMENT = "ERR_BAD_ARGUMENT";
/** errorCode of a 2xx answer whose body is not the JSON its route promises. */
export const ERR_MALFORMED_RESPONSE = "ERR_MALFORMED_RESPONSE";

/** Why a request failed: daprd's {"errorCode","message"} (errorCode "" when the body had none, e.g. a plain-text answer of another app). */
export class DaprError {
  /**
   * `refused`: the host made this answer instead of the component or remote server asked (a grant
   * missing, a host not allowed, the deadline passed), as its Wasmbox-Error header says; this
   * tells a refusal from a remote server's own 403 or 502.
   */
  constructor(public errorCode: string, public message: string, public refused: bool = false) {}

  toString(): string {
    return this.errorCode.length > 0 ? this.errorCode + ": " + this.message : this.message;
  }
}

/** What every call returns: the HTTP status (or -1/-2 when the host could not read the request) and, unless it succeeded, why. */
export class Result {
  constructor(public status: i32, public error: DaprError | null) {}

  /** A 2xx status with an answer as its route promises. */
  get ok(): bool {
    return this.error === null;
  }
}

// Bumped by every request, so a Response can tell whether the host still holds its headers.
let requestCount: u32 = 0;

/** A Dapr API (or outbound HTTP) answer: status, body, headers, and the error when it is not 2xx. */
export class Response extends Result {
  private readonly sequence: u32;
  private readonly headers: Map<string, string | null> = new Map<string, string | null>();

  constructor(status: i32, public readonly body: Uint8Array) {
    super(status, null);
    this.sequence = requestCount;
    if (status < 0) {
      this.error = status == -1
        ? new DaprError(ERR_BAD_POINTER, "the host could not read the request: a pointer or length outside memory")
        : new DaprError(ERR_BAD_ARGUMENT, "the host could not read the request: text that is not UTF-8, or a negative length");
    } else if (status < 200 || status > 299) {
      this.error = errorOf(this.text(), this.header("Wasmbox-Error"));
    }
  }

  /** The body decoded as UTF-8. */
  text(): string {
    return String.UTF8.decodeUnsafe(this.body.dataStart, this.body.length);
  }

  /**
   * Header `name` (any case) of this answer, or null when absent. The host keeps one answer at a
   * time: a header not read before the next request is gone (null); one read before is kept.
   */
  header(name: string): string | null {
    const key = name.toLowerCase();
    if (this.headers.has(key)) return this.headers.get(key);
    if (this.sequence != requestCount || this.status < 0) return null;
    const value = readHeader(name);
    this.headers.set(key, value);
    return value;
  }
}

function errorOf(body: string, wasmboxError: string | null): DaprError {
  const code = json.getString(body, "errorCode");
  const message = json.getString(body, "message");
  return new DaprError(
    code !== null ? code : (wasmboxError !== null ? wasmboxError : ""),
    message !== null ? message : body,
    wasmboxError !== null,
  );
}

function readHeader(name: string): string | null {
  const encodedName = String.UTF8.encode(name);
  let buffer = new ArrayBuffer(256);
  let length = wasmbox_response_header(changetype<usize>(encodedName), encodedName.byteLength, changetype<usize>(buffer), buffer.byteLength);
  if (length < 0) return null;
  if (length > buffer.byteLength) {
    buffer = new ArrayBuffer(length);
    length = wasmbox_response_header(changetype<usize>(encodedName), encodedName.byteLength, changetype<usize>(buffer), buffer.byteLength);
    if (length < 0) return null;
  }
  return String.UTF8.decodeUnsafe(changetype<usize>(buffer), length);
}

function readBody(): Uint8Array {
  const length = wasmbox_response_body_length();
  const body = new Uint8Array(length > 0 ? length : 0);
  let at = 0;
  while (at < body.length) {
    const copied = wasmbox_response_body(body.dataStart + at, body.length - at, at);
    if (copied <= 0) break;
    at += copied;
  }
  return at == body.length ? body : body.subarray(0, at);
}

/**
 * The default of a left-out body: a null reference, so `daprRequest<Uint8Array>("GET", path)`
 * sends nothing (with "" as the default, it would take a string for a Uint8Array).
 */
export const NO_BODY: usize = 0;

/** A body as bytes: a string is sent as UTF-8, an ArrayBuffer or Uint8Array as it is; none when left out. */
export function bytesOf<T>(body: T): Uint8Array {
  // A left-out body is a null reference of whatever T the caller named (see NO_BODY).
  if (changetype<usize>(body) == 0) return new Uint8Array(0);
  if (isString<T>()) return Uint8Array.wrap(String.UTF8.encode(changetype<string>(body)));
  if (body instanceof Uint8Array) return changetype<Uint8Array>(body);
  if (body instanceof ArrayBuffer) return Uint8Array.wrap(changetype<ArrayBuffer>(body));
  ERROR("a body is a string, an ArrayBuffer or a Uint8Array");
  return new Uint8Array(0);
}

/**
 * Sends a Dapr HTTP API request through the host: `method` (GET, POST, ...), `path`
 * (`/v1.0/state/statestore/count`, optionally with `?query`; or an absolute http(s) URL for
 * outbound HTTP), `headers` as "Name: value" lines separated by "\n", and a body (a string, an
 * ArrayBuffer or a Uint8Array; left out for none). Never traps: every failure is a Response with an error.
 */
export function daprRequest<T = string>(method: string, path: string, headers: string = "", body: T = changetype<T>(NO_BODY)): Response {
  const m = String.UTF8.encode(method);
  const p = String.UTF8.encode(path);
  const h = String.UTF8.encode(headers);
  const b = bytesOf<T>(body);
  const status = wasmbox_dapr_request(
    changetype<usize>(m), m.byteLength, changetype<usize>(p), p.byteLength,
    changetype<usize>(h), h.byteLength, b.dataStart, b.byteLength,
  );
  requestCount++;
  // A negative status leaves the previous answer in place: it is not this request's body.
  return new Response(status, status < 0 ? new Uint8Array(0) : readBody());
}
