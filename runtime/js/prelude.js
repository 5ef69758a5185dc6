// prelude.js: the web platform a Wasmbox JavaScript function sees (Request, Response, Headers,
// URL, URLSearchParams, TextEncoder, TextDecoder, console, fetch, crypto.getRandomValues, atob,
// btoa), and the dispatcher main.c calls to run a request. Evaluated once, before the user's
// script, as a plain script; the natives it is built on (host.c) are taken off the global object
// here so that user code reaches the host only through these APIs.
(function () {
  "use strict";
  const native = globalThis.__wasmbox;
  delete globalThis.__wasmbox;

  const LOG_DEBUG = 0, LOG_INFO = 1, LOG_WARN = 2, LOG_ERROR = 3;

  function define(name, value) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  }

  // ---- text ----------------------------------------------------------------------------------

  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(input = "") { return new Uint8Array(native.encodeUtf8(String(input))); }
    encodeInto(input, destination) {
      const bytes = this.encode(input);
      const written = Math.min(bytes.length, destination.length);
      destination.set(bytes.subarray(0, written));
      return { read: String(input).length, written };
    }
  }

  class TextDecoder {
    constructor(label = "utf-8", options = {}) {
      const name = String(label).trim().toLowerCase();
      if (name !== "utf-8" && name !== "utf8" && name !== "unicode-1-1-utf-8")
        throw new RangeError(`TextDecoder: only utf-8 is supported, not "${label}"`);
      this.fatal = !!options.fatal;
      this.ignoreBOM = !!options.ignoreBOM;
    }
    get encoding() { return "utf-8"; }
    decode(input) {
      if (input === undefined) return "";
      const bytes = toBytes(input);
      let text = native.decodeUtf8(bytes);
      if (this.fatal && text.includes("\uFFFD") && !encodedReplacement(bytes))
        throw new TypeError("TextDecoder: the input is not valid UTF-8");
      if (!this.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return text;
    }
  }

  // Whether U+FFFD in a decoded text was in the bytes themselves (EF BF BD) rather than made for an error.
  function encodedReplacement(bytes) {
    for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
    return false;
  }

  function toBytes(input) {
    if (input instanceof Uint8Array) return input;
    if (input instanceof ArrayBuffer) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    throw new TypeError("expected an ArrayBuffer or a typed array");
  }

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // ---- base64 ---------------------------------------------------------------------------------

  const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  function btoa(text) {
    text = String(text);
    let out = "";
    for (let i = 0; i < text.length; i += 3) {
      const a = text.charCodeAt(i), b = text.charCodeAt(i + 1), c = text.charCodeAt(i + 2);
      if (a > 255 || b > 255 || c > 255) throw new DOMException("btoa: the string has characters outside Latin-1", "InvalidCharacterError");
      const n = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += BASE64[n >> 18] + BASE64[(n >> 12) & 63] + (i + 1 < text.length ? BASE64[(n >> 6) & 63] : "=") + (i + 2 < text.length ? BASE64[n & 63] : "=");
    }
    return out;
  }

  function atob(data) {
    const text = String(data).replace(/[\t\n\f\r ]/g, "").replace(/={1,2}$/, "");
    if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) throw new DOMException("atob: not base64", "InvalidCharacterError");
    let out = "";
    for (let i = 0; i < text.length; i += 4) {
      const n = (BASE64.indexOf(text[i]) << 18) | (BASE64.indexOf(text[i + 1]) << 12) |
        ((i + 2 < text.length ? BASE64.indexOf(text[i + 2]) : 0) << 6) | (i + 3 < text.length ? BASE64.indexOf(text[i + 3]) : 0);
      out += String.fromCharCode(n >> 16);
      if (i + 2 < text.length) out += String.fromCharCode((n >> 8) & 255);
      if (i + 3 < text.length) out += String.fromCharCode(n & 255);
    }
    return out;
  }

  class DOMException extends Error {
    constructor(message = "", name = "Error") {
      super(message);
      this.name = name;
    }
  }

  // ---- console --------------------------------------------------------------------------------

  function inspect(value, seen = new Set()) {
    if (typeof value === "string") return value;
    if (value instanceof Error) return value.stack ? `${value.name}: ${value.message}\n${value.stack.trimEnd()}` : `${value.name}: ${value.message}`;
    if (value === null || typeof value !== "object") return typeof value === "function" ? `[Function ${value.name || "anonymous"}]` : String(value);
    if (seen.has(value)) return "[Circular]";
    seen.add(value);
    try {
      if (Array.isArray(value)) return `[ ${value.map(v => quoted(v, seen)).join(", ")} ]`;
      if (value instanceof Map) return `Map(${value.size}) { ${[...value].map(([k, v]) => `${quoted(k, seen)} => ${quoted(v, seen)}`).join(", ")} }`;
      if (value instanceof Set) return `Set(${value.size}) { ${[...value].map(v => quoted(v, seen)).join(", ")} }`;
      if (value instanceof Headers || value instanceof URLSearchParams) return `${value.constructor.name} { ${[...value].map(([k, v]) => `${quoted(k, seen)}: ${quoted(v, seen)}`).join(", ")} }`;
      if (value instanceof URL) return `URL ${value.href}`;
      const entries = Object.keys(value).map(key => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${quoted(value[key], seen)}`);
      const name = value.constructor && value.constructor !== Object ? value.constructor.name + " " : "";
      return entries.length ? `${name}{ ${entries.join(", ")} }` : `${name}{}`;
    } finally {
      seen.delete(value);
    }
  }

  function quoted(value, seen) {
    return typeof value === "string" ? JSON.stringify(value) : inspect(value, seen);
  }

  function format(args) {
    if (typeof args[0] === "string" && /%[sdifoOj%]/.test(args[0]) && args.length > 1) {
      let i = 1;
      const first = args[0].replace(/%([sdifoOj%])/g, (match, kind) => {
        if (kind === "%") return "%";
        if (i >= args.length) return match;
        const value = args[i++];
        switch (kind) {
          case "s": return typeof value === "string" ? value : inspect(value);
          case "d": case "i": return String(kind === "i" ? Math.trunc(Number(value)) : Number(value));
          case "f": return String(Number(value));
          case "j": return JSON.stringify(value);
          default: return quoted(value, new Set());
        }
      });
      return [first, ...args.slice(i).map(v => inspect(v))].join(" ");
    }
    return args.map(v => inspect(v)).join(" ");
  }

  const counts = new Map(), timers = new Map();
  const console = {
    debug: (...args) => native.log(LOG_DEBUG, format(args)),
    log: (...args) => native.log(LOG_INFO, format(args)),
    info: (...args) => native.log(LOG_INFO, format(args)),
    warn: (...args) => native.log(LOG_WARN, format(args)),
    error: (...args) => native.log(LOG_ERROR, format(args)),
    trace: (...args) => native.log(LOG_DEBUG, format(args) + "\n" + (new Error().stack || "").split("\n").slice(1).join("\n").trimEnd()),
    assert: (condition, ...args) => { if (!condition) native.log(LOG_ERROR, "Assertion failed" + (args.length ? ": " + format(args) : "")); },
    count: (label = "default") => { counts.set(label, (counts.get(label) || 0) + 1); native.log(LOG_INFO, `${label}: ${counts.get(label)}`); },
    countReset: (label = "default") => counts.delete(label),
    time: (label = "default") => timers.set(label, native.monotonicNow()),
    timeEnd: (label = "default") => {
      if (!timers.has(label)) return;
      native.log(LOG_INFO, `${label}: ${(native.monotonicNow() - timers.get(label)).toFixed(3)}ms`);
      timers.delete(label);
    },
    timeLog: (label = "default", ...args) => {
      if (timers.has(label)) native.log(LOG_INFO, `${label}: ${(native.monotonicNow() - timers.get(label)).toFixed(3)}ms${args.length ? " " + format(args) : ""}`);
    },
  };

  // ---- URLSearchParams and URL ----------------------------------------------------------------

  function percentDecode(text) {
    const bytes = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x25 && i + 2 < text.length && /^[0-9A-Fa-f]{2}$/.test(text.substr(i + 1, 2))) {
        bytes.push(parseInt(text.substr(i + 1, 2), 16));
        i += 2;
      } else if (c < 0x80) bytes.push(c);
      else for (const b of encoder.encode(text[i] + ((c & 0xfc00) === 0xd800 ? text[++i] || "" : ""))) bytes.push(b);
    }
    return native.decodeUtf8(new Uint8Array(bytes));
  }

  // A regular expression matching the texts that are all ASCII characters `keep` accepts: made once
  // per `keep` (in a snapshot, at deploy), it lets the usual URL part through in one test instead
  // of a test per character.
  const plainTexts = new WeakMap();
  function plainFor(keep) {
    let plain = plainTexts.get(keep);
    if (!plain) {
      let accepted = "";
      for (let b = 0; b < 0x80; b++) if (keep(String.fromCharCode(b))) accepted += "\\x" + b.toString(16).padStart(2, "0");
      plainTexts.set(keep, plain = new RegExp(`^[${accepted}]*$`));
    }
    return plain;
  }

  // Percent-encodes every byte of text's UTF-8 that `keep` does not accept (an existing %XX stays when keepPercent).
  function percentEncode(text, keep) {
    if (plainFor(keep).test(text)) return text;
    let out = "";
    for (const b of encoder.encode(text)) {
      const c = String.fromCharCode(b);
      out += b < 0x80 && keep(c) ? c : "%" + b.toString(16).toUpperCase().padStart(2, "0");
    }
    return out;
  }

  const FORM_SAFE = c => /[A-Za-z0-9*\-._]/.test(c);

  const FORM_KEEP = c => FORM_SAFE(c) || c === " ";

  function formEncode(text) {
    return percentEncode(text, FORM_KEEP).replace(/ /g, "+");
  }

  class URLSearchParams {
    #list = [];
    #url = null;

    constructor(init = "") {
      if (init instanceof URLSearchParams) this.#list = init.#list.map(([k, v]) => [k, v]);
      else if (typeof init === "object" && init !== null && typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const entry = [...pair];
          if (entry.length !== 2) throw new TypeError("URLSearchParams: each pair must have two elements");
          this.#list.push([String(entry[0]), String(entry[1])]);
        }
      } else if (typeof init === "object" && init !== null) {
        for (const key of Object.keys(init)) this.#list.push([key, String(init[key])]);
      } else this.#parse(String(init));
    }

    #parse(text) {
      this.#list = [];
      if (text.startsWith("?")) text = text.slice(1);
      for (const part of text.split("&")) {
        if (part === "") continue;
        const equals = part.indexOf("=");
        const name = equals < 0 ? part : part.slice(0, equals), value = equals < 0 ? "" : part.slice(equals + 1);
        this.#list.push([percentDecode(name.replace(/\+/g, " ")), percentDecode(value.replace(/\+/g, " "))]);
      }
    }

    static attach(params, url, query) {
      params.#url = url;
      params.#parse(query);
    }

    #update() {
      if (this.#url) URL.setQueryFromParams(this.#url, this.toString());
    }

    get size() { return this.#list.length; }
    append(name, value) { this.#list.push([String(name), String(value)]); this.#update(); }
    delete(name, value) {
      name = String(name);
      this.#list = this.#list.filter(([k, v]) => k !== name || (value !== undefined && v !== String(value)));
      this.#update();
    }
    get(name) { const found = this.#list.find(([k]) => k === String(name)); return found ? found[1] : null; }
    getAll(name) { return this.#list.filter(([k]) => k === String(name)).map(([, v]) => v); }
    has(name, value) { return this.#list.some(([k, v]) => k === String(name) && (value === undefined || v === String(value))); }
    set(name, value) {
      name = String(name);
      const index = this.#list.findIndex(([k]) => k === name);
      if (index < 0) this.#list.push([name, String(value)]);
      else {
        this.#list[index][1] = String(value);
        this.#list = this.#list.filter(([k], i) => k !== name || i === index);
      }
      this.#update();
    }
    sort() {
      this.#list = this.#list.map((entry, i) => [entry, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map(([entry]) => entry);
      this.#update();
    }
    forEach(callback, thisArg) { for (const [k, v] of this.#list) callback.call(thisArg, v, k, this); }
    *keys() { for (const [k] of this.#list) yield k; }
    *values() { for (const [, v] of this.#list) yield v; }
    *entries() { for (const [k, v] of this.#list) yield [k, v]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this.#list.map(([k, v]) => formEncode(k) + "=" + formEncode(v)).join("&"); }
  }

  const SPECIAL_PORTS = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443", "ftp:": "21", "file:": "" };
  const PATH_KEEP = c => !/[ "#<>?`{}]/.test(c) && c > " " && c !== "\x7f";
  const QUERY_KEEP = c => !/[ "#<>]/.test(c) && c > " " && c !== "\x7f";
  const SPECIAL_QUERY_KEEP = c => QUERY_KEEP(c) && c !== "'";
  const FRAGMENT_KEEP = c => !/[ "<>`]/.test(c) && c > " " && c !== "\x7f";
  const OPAQUE_PATH_KEEP = c => c >= " " && c !== "\x7f";
  const USER_KEEP = c => PATH_KEEP(c) && !/[/:;=@[\\\]^|]/.test(c);
  // Made now, while the prelude runs: in a snapshot what a request makes is lost when it ends.
  for (const keep of [PATH_KEEP, QUERY_KEEP, SPECIAL_QUERY_KEEP, FRAGMENT_KEEP, OPAQUE_PATH_KEEP, USER_KEEP, FORM_KEEP]) plainFor(keep);

  // See URL's #parseSimple: characters every part of such a URL keeps unencoded (no "'" in the query,
  // which a special scheme's query encodes; no "#", "\\", spaces or controls anywhere).
  const SIMPLE_URL = /^(https?):\/\/([A-Za-z0-9.-]+)(?::(\d*))?(\/[A-Za-z0-9\-._~!$&'()*+,;=:@\/%]*)?(?:\?([A-Za-z0-9\-._~!$&()*+,;=:@\/?%]*))?$/;

  // The parts of a URL the simple parse takes, or null for one it leaves to the full parse. The
  // last one is remembered: a handler's `new URL(request.url)` parses what the request's url
  // getter parsed a moment before.
  let lastSimpleInput = null, lastSimpleParts = null;
  function simpleParts(input) {
    if (input === lastSimpleInput) return lastSimpleParts;
    let parts = null;
    const match = SIMPLE_URL.exec(input);
    if (match) {
      const [, protocol, host, port, path = "", query] = match;
      if (!/\/\.|%2e/i.test(path) && (port === undefined || port === "" || Number(port) <= 65535)) {
        const scheme = protocol + ":";
        parts = {
          protocol: scheme, hostname: host.toLowerCase(),
          port: port === undefined || port === "" || String(Number(port)) === SPECIAL_PORTS[scheme] ? "" : String(Number(port)),
          path: path === "" ? "/" : path, query,
        };
      }
    }
    lastSimpleInput = input;
    lastSimpleParts = parts;
    return parts;
  }

  // Dot segments removed, as a path is resolved; `segments` are the path's parts after its first "/".
  function normalizeSegments(segments) {
    const out = [];
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      const s = segment.toLowerCase();
      if (s === ".." || s === ".%2e" || s === "%2e." || s === "%2e%2e") {
        out.pop();
        if (last) out.push("");
      } else if (s === "." || s === "%2e") {
        if (last) out.push("");
      } else out.push(segment);
    });
    return out;
  }

  function parseHost(text, special) {
    if (text.startsWith("[")) {
      if (!/^\[[0-9A-Fa-f:.]+\]$/.test(text)) throw new TypeError(`Invalid URL: bad IPv6 address ${text}`);
      return text.toLowerCase();
    }
    const host = special ? percentDecode(text).toLowerCase() : text;
    if (special && host === "") throw new TypeError("Invalid URL: empty host");
    if (/[\x00-\x20#%/:<>?@[\\\]^|]/.test(host)) throw new TypeError(`Invalid URL: bad host ${text}`);
    if (/[^\x00-\x7f]/.test(host)) throw new TypeError(`Invalid URL: internationalized host names are not supported (${text}); use its punycode form`);
    return host;
  }

  class URL {
    #protocol = ""; #username = ""; #password = ""; #hostname = ""; #port = ""; #path = ""; #opaque = false;
    #query = null; #fragment = null; #searchParams = new URLSearchParams();

    constructor(input, base) {
      input = String(input);
      if (this.#parseSimple(input)) {
        URLSearchParams.attach(this.#searchParams, this, this.#query || "");
        return;
      }
      input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "").replace(/[\t\n\r]/g, "");
      const scheme = /^([A-Za-z][A-Za-z0-9+.\-]*):/.exec(input);
      if (scheme) this.#parseAbsolute(scheme[1].toLowerCase() + ":", input.slice(scheme[0].length));
      else {
        if (base === undefined) throw new TypeError(`Invalid URL: ${input}`);
        this.#resolve(input, base instanceof URL ? base : new URL(base));
      }
      URLSearchParams.attach(this.#searchParams, this, this.#query || "");
    }

    // The URL of nearly every request, in one regular expression: http or https, a host name or
    // IPv4 address, a port, a path without dot segments and a query, of characters the full parse
    // below keeps as they are. Anything else (and any error) is left to it; the result is the same.
    #parseSimple(input) {
      const parts = simpleParts(input);
      if (parts === null) return false;
      this.#protocol = parts.protocol;
      this.#hostname = parts.hostname;
      this.#port = parts.port;
      this.#path = parts.path;
      if (parts.query !== undefined) this.#query = parts.query;
      return true;
    }

    static canParse(input, base) {
      try { new URL(input, base); return true; } catch { return false; }
    }

    static setQueryFromParams(url, query) { url.#query = query === "" ? null : query; }

    get #special() { return this.#protocol in SPECIAL_PORTS; }

    #parseAbsolute(protocol, rest) {
      this.#protocol = protocol;
      const special = this.#special;
      if (special) rest = rest.replace(/\\/g, "/");
      rest = this.#takeFragment(rest);
      rest = this.#takeQuery(rest);
      if (special && protocol !== "file:") {
        rest = rest.replace(/^\/*/, "");
        this.#parseAuthority(rest);
      } else if (rest.startsWith("//")) {
        this.#parseAuthority(rest.slice(2));
      } else if (!special && !rest.startsWith("/")) {
        this.#opaque = true;
        this.#path = percentEncode(rest, OPAQUE_PATH_KEEP);
      } else this.#setPath(rest);
    }

    #takeFragment(rest) {
      const hash = rest.indexOf("#");
      if (hash < 0) return rest;
      this.#fragment = percentEncode(rest.slice(hash + 1), FRAGMENT_KEEP);
      return rest.slice(0, hash);
    }

    #takeQuery(rest) {
      const question = rest.indexOf("?");
      if (question < 0) return rest;
      this.#query = percentEncode(rest.slice(question + 1), this.#special ? SPECIAL_QUERY_KEEP : QUERY_KEEP);
      return rest.slice(0, question);
    }

    #parseAuthority(rest) {
      const slash = rest.indexOf("/");
      const authority = slash < 0 ? rest : rest.slice(0, slash);
      const path = slash < 0 ? "" : rest.slice(slash);
      const at = authority.lastIndexOf("@");
      if (at >= 0) {
        const userinfo = authority.slice(0, at);
        const colon = userinfo.indexOf(":");
        this.#username = percentEncode(colon < 0 ? userinfo : userinfo.slice(0, colon), USER_KEEP);
        this.#password = colon < 0 ? "" : percentEncode(userinfo.slice(colon + 1), USER_KEEP);
      }
      const hostport = authority.slice(at + 1);
      const portMatch = /:(\d*)$/.exec(hostport.startsWith("[") ? hostport.slice(hostport.indexOf("]")) : hostport);
      const hostText = portMatch ? hostport.slice(0, hostport.length - portMatch[0].length) : hostport;
      if (!portMatch && /:/.test(hostport.startsWith("[") ? hostport.slice(hostport.indexOf("]")) : hostport))
        throw new TypeError(`Invalid URL: bad port in ${hostport}`);
      this.#hostname = parseHost(hostText, this.#special && this.#protocol !== "file:");
      if (portMatch && portMatch[1] !== "") {
        const port = Number(portMatch[1]);
        if (port > 65535) throw new TypeError(`Invalid URL: port ${portMatch[1]} is out of range`);
        this.#port = String(port) === SPECIAL_PORTS[this.#protocol] ? "" : String(port);
      }
      this.#setPath(path);
    }

    #setPath(path) {
      if (path === "" && !this.#special) { this.#path = ""; return; }
      const segments = path.replace(/^\//, "").split("/");
      this.#path = "/" + normalizeSegments(segments).map(s => percentEncode(s, PATH_KEEP)).join("/");
    }

    #resolve(input, base) {
      this.#protocol = base.#protocol;
      if (this.#special) input = input.replace(/\\/g, "/");
      if (input.startsWith("//")) {
        this.#parseAbsolute(this.#protocol, input);
        return;
      }
      if (base.#opaque && !input.startsWith("#")) throw new TypeError(`Invalid URL: ${input} against ${base.href}`);
      this.#username = base.#username; this.#password = base.#password; this.#hostname = base.#hostname; this.#port = base.#port;
      this.#opaque = base.#opaque;
      input = this.#takeFragment(input);
      if (input === "") {
        this.#path = base.#path;
        this.#query = base.#query;
        return;
      }
      input = this.#takeQuery(input);
      if (input === "") this.#path = base.#path;
      else if (input.startsWith("/")) this.#setPath(input);
      else {
        const directory = base.#path.slice(0, base.#path.lastIndexOf("/") + 1);
        this.#setPath((directory || "/") + input);
      }
      if (input === "" && this.#query === null) this.#query = base.#query;
    }

    get href() {
      const authority = this.#hostname !== "" || this.#special
        ? "//" + (this.#username || this.#password ? this.#username + (this.#password ? ":" + this.#password : "") + "@" : "") + this.host
        : "";
      return this.#protocol + authority + this.#path + this.search + this.hash;
    }
    set href(value) {
      const parsed = new URL(value);
      this.#protocol = parsed.#protocol; this.#username = parsed.#username; this.#password = parsed.#password;
      this.#hostname = parsed.#hostname; this.#port = parsed.#port; this.#path = parsed.#path; this.#opaque = parsed.#opaque;
      this.#query = parsed.#query; this.#fragment = parsed.#fragment;
      URLSearchParams.attach(this.#searchParams, this, this.#query || "");
    }
    get origin() { return this.#special && this.#protocol !== "file:" ? `${this.#protocol}//${this.host}` : "null"; }
    get protocol() { return this.#protocol; }
    get username() { return this.#username; }
    set username(value) { this.#username = percentEncode(String(value), USER_KEEP); }
    get password() { return this.#password; }
    set password(value) { this.#password = percentEncode(String(value), USER_KEEP); }
    get host() { return this.#hostname + (this.#port ? ":" + this.#port : ""); }
    set host(value) {
      const parsed = new URL(`${this.#protocol}//${value}`);
      this.#hostname = parsed.#hostname;
      this.#port = parsed.#port;
    }
    get hostname() { return this.#hostname; }
    set hostname(value) { this.#hostname = parseHost(String(value), this.#special); }
    get port() { return this.#port; }
    set port(value) {
      value = String(value);
      if (value === "") { this.#port = ""; return; }
      const digits = /^\d+/.exec(value);
      if (!digits || Number(digits[0]) > 65535) return;
      this.#port = String(Number(digits[0])) === SPECIAL_PORTS[this.#protocol] ? "" : String(Number(digits[0]));
    }
    get pathname() { return this.#path; }
    set pathname(value) { if (!this.#opaque) this.#setPath((String(value).startsWith("/") ? "" : "/") + String(value)); }
    get search() { return this.#query ? "?" + this.#query : ""; }
    set search(value) {
      value = String(value).replace(/^\?/, "");
      this.#query = null;
      if (value !== "") this.#takeQuery("?" + value);
      URLSearchParams.attach(this.#searchParams, this, this.#query || "");
    }
    get searchParams() { return this.#searchParams; }
    get hash() { return this.#fragment ? "#" + this.#fragment : ""; }
    set hash(value) {
      value = String(value).replace(/^#/, "");
      this.#fragment = null;
      if (value !== "") this.#takeFragment("#" + value);
    }
    toString() { return this.href; }
    toJSON() { return this.href; }
  }

  // ---- Headers, bodies, Request, Response ------------------------------------------------------

  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

  let setCheckedHeader, headerLines;   // made by Headers' static block

  class Headers {
    #map = new Map();   // lower-case name → values in order

    constructor(init) {
      if (init === undefined || init === null) return;
      if (init instanceof Headers) for (const [name, values] of init.#map) this.#map.set(name, [...values]);
      else if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const entry = Array.isArray(pair) ? pair : [...pair];
          if (entry.length !== 2) throw new TypeError("Headers: each header must be a [name, value] pair");
          this.append(entry[0], entry[1]);
        }
      } else for (const name of Object.keys(init)) this.append(name, init[name]);
    }

    static #check(name, value) {
      name = String(name);
      if (!TOKEN.test(name)) throw new TypeError(`Headers: "${name}" is not a valid header name`);
      value = String(value);
      // Most values have nothing to trim and no line break: told with a few character tests.
      if (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) value = value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
      if (value.includes("\n") || value.includes("\r") || value.includes("\0")) throw new TypeError(`Headers: the value of ${name} has a line break or NUL`);
      return [name.toLowerCase(), value];
    }

    append(name, value) {
      const [key, text] = Headers.#check(name, value);
      const values = this.#map.get(key);
      if (values) values.push(text);
      else this.#map.set(key, [text]);
    }
    set(name, value) { const [key, text] = Headers.#check(name, value); this.#map.set(key, [text]); }
    delete(name) { this.#map.delete(String(name).toLowerCase()); }
    get(name) { const values = this.#map.get(String(name).toLowerCase()); return values ? values.join(", ") : null; }
    getSetCookie() { return [...(this.#map.get("set-cookie") || [])]; }
    has(name) { return this.#map.has(String(name).toLowerCase()); }
    forEach(callback, thisArg) { for (const [k, v] of this) callback.call(thisArg, v, k, this); }
    *entries() {
      for (const name of [...this.#map.keys()].sort()) {
        if (name === "set-cookie") for (const value of this.#map.get(name)) yield [name, value];
        else yield [name, this.get(name)];
      }
    }
    *keys() { for (const [k] of this) yield k; }
    *values() { for (const [, v] of this) yield v; }
    [Symbol.iterator]() { return this.entries(); }

    static {
      // The prelude's own ways in, for names and values it made or checked itself: no validation,
      // no sorting, no generator (a request pays for these on every response).
      setCheckedHeader = (headers, name, value) => { headers.#map.set(name, [value]); };
      headerLines = headers => {
        let text = "";
        for (const [name, values] of headers.#map) {
          if (name === "set-cookie") for (const value of values) text += `${name}: ${value}\n`;
          else text += `${name}: ${values.join(", ")}\n`;
        }
        return text;
      };
    }
  }

  // A body given to Request or Response, as bytes and the Content-Type it implies.
  function extractBody(body) {
    if (body === undefined || body === null) return { bytes: null, type: null };
    if (typeof body === "string") return { bytes: encoder.encode(body), type: "text/plain;charset=UTF-8" };
    if (body instanceof URLSearchParams) return { bytes: encoder.encode(body.toString()), type: "application/x-www-form-urlencoded;charset=UTF-8" };
    if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body.slice(0)), type: null };
    if (ArrayBuffer.isView(body)) return { bytes: new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
    if (typeof body.getReader === "function") throw new TypeError("streams are not supported as a body: give a string, an ArrayBuffer or a typed array");
    return { bytes: encoder.encode(String(body)), type: "text/plain;charset=UTF-8" };
  }

  // What Request and Response share: the body read once, as text, JSON or bytes.
  class Body {
    #bytes; #used = false;
    constructor(bytes) { this.#bytes = bytes; }
    get body() { return this.#bytes; }
    get bodyUsed() { return this.#used; }
    #consume() {
      if (this.#used) throw new TypeError("the body has already been read");
      this.#used = true;
      return this.#bytes || new Uint8Array(0);
    }
    async arrayBuffer() { const bytes = this.#consume(); return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength); }
    async bytes() { return new Uint8Array(await this.arrayBuffer()); }
    async text() { return decoder.decode(this.#consume()); }
    async json() { return JSON.parse(await this.text()); }
    async formData() { throw new TypeError("formData() is not supported: read text() and parse it with URLSearchParams"); }
    async blob() { throw new TypeError("blob() is not supported: read arrayBuffer()"); }
    static bytesOf(body) { return body.#bytes; }
  }

  const METHODS = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"];
  // The standard methods in upper case, as fetch normalises them; any other as given.
  function normalizeMethod(method) {
    const upper = method.toUpperCase();
    return METHODS.includes(upper) ? upper : method;
  }

  // A request the host sent (httpRequest): its URL and headers are parsed when first read, since
  // many handlers read neither. Only the prelude has this key.
  const FROM_HOST = Symbol("from host");

  class Request extends Body {
    #method; #url; #headers; #hostUrl = null; #hostHeaders = null;
    constructor(input, init = {}) {
      const host = init[FROM_HOST];
      if (host) {
        super(host.body);
        this.#method = host.method;
        this.#hostUrl = host.url;
        this.#hostHeaders = host.headers;
        return;
      }
      const from = input instanceof Request ? input : null;
      let bytes = from ? Body.bytesOf(from) : null;
      let type = null;
      if (init.body !== undefined) ({ bytes, type } = extractBody(init.body));
      super(bytes);
      const method = String(init.method ?? (from ? from.method : "GET"));
      this.#method = normalizeMethod(method);
      if (!TOKEN.test(this.#method)) throw new TypeError(`Request: "${method}" is not a valid method`);
      if ((this.#method === "GET" || this.#method === "HEAD") && bytes && bytes.length > 0 && init.body !== undefined)
        throw new TypeError(`Request with ${this.#method} method cannot have a body`);
      this.#url = from ? from.url : new URL(String(input)).href;
      this.#headers = new Headers(init.headers ?? (from ? from.headers : undefined));
      if (type && !this.#headers.has("content-type")) this.#headers.set("content-type", type);
    }
    get method() { return this.#method; }
    get url() {
      if (this.#hostUrl !== null) { this.#url = new URL(this.#hostUrl).href; this.#hostUrl = null; }
      return this.#url;
    }
    get headers() {
      if (this.#hostHeaders !== null) { this.#headers = new Headers(this.#hostHeaders); this.#hostHeaders = null; }
      return this.#headers;
    }
    get redirect() { return "manual"; }
    get signal() { return undefined; }
    clone() {
      if (this.bodyUsed) throw new TypeError("cannot clone a Request whose body was read");
      return new Request(this);
    }
  }

  const REASONS = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found", 303: "See Other",
    304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 410: "Gone", 413: "Content Too Large", 415: "Unsupported Media Type",
    422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout" };

  class Response extends Body {
    #status; #statusText; #headers; #url;
    constructor(body = null, init = {}) {
      const { bytes, type } = extractBody(body);
      super(bytes);
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!Number.isInteger(status) || status < 200 || status > 599) throw new RangeError(`Response: status ${init.status} is not from 200 to 599`);
      if (bytes && (status === 204 || status === 205 || status === 304)) throw new TypeError(`Response with status ${status} cannot have a body`);
      this.#status = status;
      this.#statusText = init.statusText === undefined ? "" : String(init.statusText);
      this.#headers = new Headers(init.headers);
      if (type && (init.headers === undefined || !this.#headers.has("content-type"))) setCheckedHeader(this.#headers, "content-type", type);
      this.#url = init[URL_KEY] || "";
    }
    static json(data, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
      return new Response(JSON.stringify(data), { ...init, headers });
    }
    static redirect(url, status = 302) {
      if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Response.redirect: ${status} is not a redirect status`);
      return new Response(null, { status, headers: { location: new URL(url).href } });
    }
    get status() { return this.#status; }
    get statusText() { return this.#statusText; }
    get ok() { return this.#status >= 200 && this.#status < 300; }
    get headers() { return this.#headers; }
    get url() { return this.#url; }
    get redirected() { return false; }
    get type() { return "default"; }
    clone() {
      if (this.bodyUsed) throw new TypeError("cannot clone a Response whose body was read");
      return new Response(Body.bytesOf(this), { status: this.#status, statusText: this.#statusText, headers: this.#headers, [URL_KEY]: this.#url });
    }
  }
  const URL_KEY = Symbol("url");

  // ---- fetch: outbound HTTP through the host, to the hosts the manifest allows ------------------

  // The host reads an answer's headers by name only (docs/guest-api.md), so a fetch's Response carries these.
  const FETCHED_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-disposition", "etag",
    "last-modified", "location", "cache-control", "expires", "date", "retry-after", "www-authenticate", "set-cookie", "link",
    "vary", "server", "x-request-id", "traceparent", "wasmbox-error"];

  // One call of the host's dapr_request; a negative status (a bad argument) is a bug of ours, thrown.
  function hostCall(method, path, headers, body) {
    const status = native.request(method, path, headerLines(headers), body);
    if (status < 0) throw new TypeError(`the host refused the call ${method} ${path} (${status})`);
    return status;
  }

  async function fetch(input, init = {}) {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`fetch: only http and https URLs can be fetched, not ${url.protocol}`);
    const status = hostCall(request.method, url.href, request.headers, Body.bytesOf(request));
    const refusal = native.responseHeader("Wasmbox-Error");
    const body = native.responseBody();
    if (refusal !== null) {
      // Not allowed, unreachable or timed out: what a browser's fetch reports as a network error.
      let message = refusal;
      try { message = JSON.parse(decoder.decode(new Uint8Array(body))).message || refusal; } catch { }
      const error = new TypeError(`fetch ${url.href} failed: ${message}`);
      error.code = refusal;
      throw error;
    }
    const headers = new Headers();
    for (const name of FETCHED_HEADERS) {
      const value = native.responseHeader(name);
      if (value !== null) headers.set(name, value);
    }
    const nullBody = status === 204 || status === 205 || status === 304 || request.method === "HEAD";
    return new Response(nullBody ? null : body, { status, statusText: REASONS[status] || "", headers, [URL_KEY]: url.href });
  }

  // ---- crypto, performance, queueMicrotask ------------------------------------------------------

  const crypto = {
    getRandomValues(array) {
      if (!(array instanceof Int8Array || array instanceof Uint8Array || array instanceof Uint8ClampedArray || array instanceof Int16Array ||
        array instanceof Uint16Array || array instanceof Int32Array || array instanceof Uint32Array || array instanceof BigInt64Array || array instanceof BigUint64Array))
        throw new TypeError("getRandomValues needs an integer typed array");
      return native.randomFill(array);
    },
    randomUUID() {
      const b = crypto.getRandomValues(new Uint8Array(16));
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const hex = [...b].map(x => x.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };

  // Math.random from xoshiro128+, seeded from WASI's random_get anew in every request (dispatch
  // forgets the seed; the first call takes one): QuickJS seeds its own generator once, when the
  // context starts, and a snapshot taken after that would give every request the same numbers.
  const randomState = new Uint32Array(4);
  let seeded = false;
  function seedRandom() {
    do native.randomFill(randomState); while ((randomState[0] | randomState[1] | randomState[2] | randomState[3]) === 0);
    seeded = true;
  }
  function next32() {
    if (!seeded) seedRandom();
    const s = randomState;
    const result = (s[0] + s[3]) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t;
    s[3] = (s[3] << 11) | (s[3] >>> 21);
    return result;
  }
  Object.defineProperty(Math, "random", {
    value: function random() { return ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992; },
    writable: true, configurable: true, enumerable: false,
  });

  // performance.now() counts from the start of the request (dispatch resets it), not from the
  // deploy a snapshot was taken at.
  let origin = native.monotonicNow();
  const performance = { now: () => native.monotonicNow() - origin, timeOrigin: Date.now() };
  function startClock() {
    origin = native.monotonicNow();
    performance.timeOrigin = Date.now();
  }

  for (const [name, value] of Object.entries({ TextEncoder, TextDecoder, URL, URLSearchParams, Headers, Request, Response, fetch, console,
    crypto, performance, atob, btoa, DOMException, queueMicrotask: callback => Promise.resolve().then(callback) }))
    define(name, value);

  // ---- what main.c calls: install the script's handler, dispatch a request ------------------------

  let handler = null;
  let initError = null;

  // The error and its stack, without the prelude's own frames (the dispatcher's call of fetch).
  function describe(error) {
    if (error instanceof Error) {
      const stack = (error.stack || "").split("\n").filter(line => line.trim() !== "" && !line.includes("(wasmbox:prelude")).join("\n");
      return `${error.name}: ${error.message}\n${stack}`.trimEnd();
    }
    return `uncaught: ${inspect(error)}`;
  }

  // An answer to a request that the function could not give: 500, the error as text, and a log line.
  function failure(text) {
    native.log(LOG_ERROR, text);
    return { head: "Status: 500\nContent-Type: text/plain; charset=utf-8\n\n", body: encoder.encode(text + "\n").buffer, exit: 0 };
  }

  // The environment the handler sees as `env`: the function's own variables, not the executor's.
  function userEnvironment(variables, event) {
    const env = {};
    for (const name of Object.keys(variables)) {
      if (name.startsWith("WASMBOX_JS_")) continue;
      if (event && (name.startsWith("CE_") || name.startsWith("BINDING_"))) continue;
      env[name] = variables[name];
    }
    return env;
  }

  // The request the executor sent: one line of JSON (method, url, headers), then the body's bytes.
  function httpRequest(input) {
    const bytes = new Uint8Array(input);
    const newline = bytes.indexOf(10);
    const head = JSON.parse(decoder.decode(bytes.subarray(0, newline < 0 ? bytes.length : newline)));
    const body = newline < 0 ? new Uint8Array(0) : bytes.subarray(newline + 1);
    const bodyless = head.method === "GET" || head.method === "HEAD";
    return new Request(head.url, { [FROM_HOST]: { method: normalizeMethod(head.method), url: head.url, headers: head.headers, body: bodyless ? null : new Uint8Array(body) } });
  }

  // A pub/sub message or an input binding's event, as Dapr's HTTP app channel posts one: the data as
  // the body, the CloudEvent's attributes as ce-* headers (binding-* for a binding's).
  function eventRequest(variables, input) {
    const headers = new Headers();
    let path = "/";
    for (const name of Object.keys(variables)) {
      if (name.startsWith("CE_")) headers.set("ce-" + name.slice(3).toLowerCase().replace(/_/g, "-"), variables[name]);
      else if (name.startsWith("BINDING_")) headers.set("binding-" + name.slice(8).toLowerCase().replace(/_/g, "-"), variables[name]);
    }
    if (variables.CE_DATACONTENTTYPE) headers.set("content-type", variables.CE_DATACONTENTTYPE);
    if (variables.CE_TOPIC) path = "/" + encodeURIComponent(variables.CE_TOPIC);
    else if (variables.BINDING_NAME) path = "/" + encodeURIComponent(variables.BINDING_NAME);
    return new Request("http://localhost" + path, { method: "POST", headers, body: new Uint8Array(input) });
  }

  // How Dapr reads an app's answer to an event: 2xx is SUCCESS unless its JSON says RETRY or DROP;
  // 404 is DROP; any other status is RETRY. As exit statuses: 0, 75 (EX_TEMPFAIL), 1.
  function eventExit(status, bytes) {
    if (status === 404) return 1;
    if (status < 200 || status > 299) return 75;
    try {
      const answer = JSON.parse(decoder.decode(bytes));
      if (answer && answer.status === "RETRY") return 75;
      if (answer && answer.status === "DROP") return 1;
    } catch { }
    return 0;
  }

  async function dispatch(variables, input) {
    seeded = false;
    startClock();
    if (initError !== null) return failure(initError);
    const event = variables.WASMBOX_JS_INPUT !== "request";
    let response;
    try {
      const request = event ? eventRequest(variables, input) : httpRequest(input);
      response = await handler.fetch(request, userEnvironment(variables, event), { waitUntil() { }, passThroughOnException() { } });
    } catch (error) {
      return failure(describe(error));
    }
    if (!(response instanceof Response))
      return failure(`TypeError: the fetch handler answered ${inspect(response)}, not a Response (return new Response(...))`);
    return answer(response, event);
  }

  // What main.c writes out for a response: the CGI head, the body's bytes, the exit status.
  function answer(response, event) {
    const bytes = Body.bytesOf(response) || new Uint8Array(0);
    let head = `Status: ${response.status}${response.statusText ? " " + response.statusText : ""}\n`;
    head += headerLines(response.headers);
    return { head: head + "\n", body: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), exit: event ? eventExit(response.status, bytes) : 0 };
  }

  // Run once at the end of a snapshot's init (main.c), never in a request: what requests commonly
  // do, with no code of the user's, so that what QuickJS makes lazily on first use (the built-in
  // functions of its prototypes, shapes, atoms) is in the snapshot rather than made again by every
  // request started from it.
  function warmUp() {
    const builtIns = [Object, Object.prototype, Function.prototype, Array, Array.prototype, String, String.prototype, Number,
      Number.prototype, Boolean.prototype, Symbol, Symbol.prototype, Math, JSON, Reflect, Promise, Promise.prototype, Map.prototype,
      Set.prototype, WeakMap.prototype, Date, Date.prototype, RegExp.prototype, Error.prototype, ArrayBuffer, ArrayBuffer.prototype,
      DataView.prototype, Object.getPrototypeOf(Uint8Array), Object.getPrototypeOf(Uint8Array.prototype), Uint8Array.prototype,
      BigInt, BigInt.prototype, globalThis];
    for (const object of builtIns)
      for (const key of Reflect.ownKeys(object)) {
        try { void object[key]; } catch { }   // a getter may refuse the prototype itself: touched all the same
      }
    const line = JSON.stringify({ method: "POST", url: "http://localhost/warm-up?name=x&y=1", headers: [["Content-Type", "text/plain"], ["X-Warm-Up", "1"]] });
    const request = httpRequest(encoder.encode(`${line}\n{"a":[1,"b"]}`).buffer);
    const url = new URL(request.url);
    url.searchParams.get("name");
    request.headers.get("content-type");
    for (const entry of request.headers) void entry;
    userEnvironment({ NAME: "value" }, false);
    request.json().then(value => JSON.stringify(value));
    answer(new Response(`Hello, ${url.searchParams.get("name")}!\n`), false);
    answer(Response.json({ ok: true }, { status: 201, headers: { "X-Id": "1" } }), false);
    answer(new Response(new Uint8Array(1).buffer, { status: 404 }), true);
  }

  function install(namespace) {
    const exported = namespace.default;
    if (!exported || typeof exported.fetch !== "function")
      throw new TypeError("the script has no handler: it must end with export default { async fetch(request, env) { return new Response(...) } }");
    handler = exported;
  }

  function failInit(error) {
    initError = describe(error);
  }

  define("__wasmboxInternal", Object.freeze({ install, failInit, dispatch, warmUp, initError: () => initError }));
  // The dapr module (dapr.js) reaches the host through this, once; it removes it.
  define("__wasmboxDaprHost", { hostCall, responseBody: native.responseBody, responseHeader: native.responseHeader, decoder, encoder, Headers });
})();
