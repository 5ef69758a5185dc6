// Just enough JSON for what the Dapr API answers (error bodies, bulk gets, secrets) and for
// building request bodies: values stay raw JSON text, and only strings are decoded. A full
// parser with a DOM would cost every guest its size for little gain: state values are the
// caller's own JSON, which it can hand to whichever JSON library it prefers.

// Deep enough for any real document, shallow enough that a hostile one cannot exhaust the stack.
const MAX_DEPTH = 256;

function isWhitespace(c: i32): bool {
  return c == 0x20 || c == 0x09 || c == 0x0a || c == 0x0d;
}

function skipWhitespace(text: string, at: i32): i32 {
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return at;
}

/** The index just past the string literal starting at `at` (a quote), or -1. */
function scanString(text: string, at: i32): i32 {
  if (at >= text.length || text.charCodeAt(at) != 0x22) return -1;
  at++;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c == 0x22) return at + 1;
    if (c == 0x5c) {
      at = scanEscape(text, at + 1);
      if (at < 0) return -1;
    } else if (c < 0x20) return -1;
    else at++;
  }
  return -1;
}

function isHexDigit(c: i32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** The index past the escape whose letter is at `at` (after the backslash), or -1. */
function scanEscape(text: string, at: i32): i32 {
  if (at >= text.length) return -1;
  const c = text.charCodeAt(at);
  if (c == 0x75) {
    for (let i = 1; i <= 4; i++) if (at + i >= text.length || !isHexDigit(text.charCodeAt(at + i))) return -1;
    return at + 5;
  }
  // " \ / b f n r t
  return c == 0x22 || c == 0x5c || c == 0x2f || c == 0x62 || c == 0x66 || c == 0x6e || c == 0x72 || c == 0x74 ? at + 1 : -1;
}

function scanLiteral(text: string, at: i32, literal: string): i32 {
  return text.substr(at, literal.length) == literal ? at + literal.length : -1;
}

function scanNumber(text: string, at: i32): i32 {
  const start = at;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    // Lenient on purpose: digits, sign, point and exponent in any order; the host wrote it.
    if ((c >= 0x30 && c <= 0x39) || c == 0x2d || c == 0x2b || c == 0x2e || c == 0x65 || c == 0x45) at++;
    else break;
  }
  return at > start ? at : -1;
}

/** The index just past the JSON value starting at `at` (after whitespace), or -1 when malformed. */
function scanValue(text: string, at: i32, depth: i32): i32 {
  at = skipWhitespace(text, at);
  if (at >= text.length || depth > MAX_DEPTH) return -1;
  const c = text.charCodeAt(at);
  if (c == 0x22) return scanString(text, at);
  if (c == 0x7b || c == 0x5b) return scanContainer(text, at, depth);
  if (c == 0x74) return scanLiteral(text, at, "true");
  if (c == 0x66) return scanLiteral(text, at, "false");
  if (c == 0x6e) return scanLiteral(text, at, "null");
  return scanNumber(text, at);
}

function scanContainer(text: string, at: i32, depth: i32): i32 {
  const isObject = text.charCodeAt(at) == 0x7b;
  const close = isObject ? 0x7d : 0x5d;
  at = skipWhitespace(text, at + 1);
  if (at < text.length && text.charCodeAt(at) == close) return at + 1;
  while (true) {
    if (isObject) {
      at = scanString(text, skipWhitespace(text, at));
      if (at < 0) return -1;
      at = skipWhitespace(text, at);
      if (at >= text.length || text.charCodeAt(at) != 0x3a) return -1;
      at++;
    }
    at = scanValue(text, at, depth + 1);
    if (at < 0) return -1;
    at = skipWhitespace(text, at);
    if (at >= text.length) return -1;
    const next = text.charCodeAt(at);
    if (next == close) return at + 1;
    if (next != 0x2c) return -1;
    at++;
  }
}

/** The characters of the string literal text[start, end) (quotes included, escapes checked by scanString), unescaped. */
function unescape(text: string, start: i32, end: i32): string {
  const parts = new Array<string>();
  let run = start + 1;
  let at = run;
  while (at < end - 1) {
    if (text.charCodeAt(at) != 0x5c) {
      at++;
      continue;
    }
    parts.push(text.substring(run, at));
    const e = text.charCodeAt(at + 1);
    at += 2;
    if (e == 0x75) {
      // \uXXXX is one UTF-16 code unit, which is what an AssemblyScript string holds, so a
      // surrogate pair written as two escapes comes out as the pair.
      parts.push(String.fromCharCode(<i32>parseInt(text.substr(at, 4), 16)));
      at += 4;
    } else if (e == 0x6e) parts.push("\n");
    else if (e == 0x72) parts.push("\r");
    else if (e == 0x74) parts.push("\t");
    else if (e == 0x62) parts.push("\b");
    else if (e == 0x66) parts.push("\f");
    else parts.push(String.fromCharCode(e));
    run = at;
  }
  parts.push(text.substring(run, end - 1));
  return parts.join("");
}

function escapeOf(c: i32): string {
  if (c == 0x22) return "\\\"";
  if (c == 0x5c) return "\\\\";
  if (c == 0x0a) return "\\n";
  if (c == 0x0d) return "\\r";
  if (c == 0x09) return "\\t";
  if (c < 0x20) return "\\u00" + (c < 0x10 ? "0" : "") + c.toString(16);
  return "";
}

/** Helpers over JSON text: values are kept as their raw text, strings are decoded. */
export namespace json {
  /** `text` as a JSON string literal, quotes included: `a"b` becomes `"a\"b"`. */
  export function quote(text: string): string {
    const parts = new Array<string>();
    parts.push("\"");
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const escaped = escapeOf(text.charCodeAt(i));
      if (escaped.length == 0) continue;
      parts.push(text.substring(run, i));
      parts.push(escaped);
      run = i + 1;
    }
    parts.push(text.substring(run));
    parts.push("\"");
    return parts.join("");
  }

  /** Whether `text` is one JSON value (whitespace around it allowed). */
  export function isValid(text: string): bool {
    const end = scanValue(text, 0, 0);
    return end >= 0 && skipWhitespace(text, end) == text.length;
  }

  /** The string a JSON string literal holds (`"a\nb"` gives a, newline, b), or null when `literal` is not one. */
  export function decodeString(literal: string): string | null {
    const start = skipWhitespace(literal, 0);
    const end = scanString(literal, start);
    if (end < 0 || skipWhitespace(literal, end) != literal.length) return null;
    return unescape(literal, start, end);
  }

  /** The raw text of each element of a JSON array, in order, or null when `array` is not one. */
  export function elements(array: string): string[] | null {
    const start = skipWhitespace(array, 0);
    if (start >= array.length || array.charCodeAt(start) != 0x5b || !isValid(array)) return null;
    const items = new Array<string>();
    let at = skipWhitespace(array, start + 1);
    if (array.charCodeAt(at) == 0x5d) return items;
    while (true) {
      const from = skipWhitespace(array, at);
      const end = scanValue(array, from, 1);
      items.push(array.substring(from, end));
      at = skipWhitespace(array, end);
      if (array.charCodeAt(at) == 0x5d) return items;
      at++;
    }
  }

  /** Each member of a JSON object, name (decoded) to raw value text, or null when `object` is not one. A repeated name keeps its last value. */
  export function members(object: string): Map<string, string> | null {
    const start = skipWhitespace(object, 0);
    if (start >= object.length || object.charCodeAt(start) != 0x7b || !isValid(object)) return null;
    const found = new Map<string, string>();
    let at = skipWhitespace(object, start + 1);
    if (object.charCodeAt(at) == 0x7d) return found;
    while (true) {
      const nameStart = skipWhitespace(object, at);
      const nameEnd = scanString(object, nameStart);
      const valueStart = skipWhitespace(object, skipWhitespace(object, nameEnd) + 1);
      const valueEnd = scanValue(object, valueStart, 1);
      found.set(unescape(object, nameStart, nameEnd), object.substring(valueStart, valueEnd));
      at = skipWhitespace(object, valueEnd);
      if (object.charCodeAt(at) == 0x7d) return found;
      at++;
    }
  }

  /** The raw text of member `name` of a JSON object, or null when absent or `object` is not one. */
  export function get(object: string, name: string): string | null {
    const all = members(object);
    return all !== null && all.has(name) ? all.get(name) : null;
  }

  /** Member `name` of a JSON object decoded as a string, or null when absent or not a string. */
  export function getString(object: string, name: string): string | null {
    const raw = get(object, name);
    return raw !== null ? decodeString(raw) : null;
  }
}
