// Percent-encoding for the parts of a Dapr API path. The host decodes each path segment, so a
// key holding '/', '?', '%' or a space must travel encoded to read back what was saved.

const HEX = "0123456789ABCDEF";

function isUnreserved(b: u8): bool {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39)
    || b == 0x2d || b == 0x5f || b == 0x2e || b == 0x7e;
}

function encode(text: string, keepSlash: bool): string {
  const bytes = Uint8Array.wrap(String.UTF8.encode(text));
  const out = new Uint8Array(bytes.length * 3);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (isUnreserved(b) || (keepSlash && b == 0x2f)) {
      out[n++] = b;
    } else {
      out[n++] = 0x25;
      out[n++] = <u8>HEX.charCodeAt(b >> 4);
      out[n++] = <u8>HEX.charCodeAt(b & 15);
    }
  }
  return String.UTF8.decodeUnsafe(out.dataStart, n);
}

/** `text` as one path segment or query component: UTF-8, every byte but A-Z a-z 0-9 - _ . ~ as %XX. */
export function encodeSegment(text: string): string {
  return encode(text, false);
}

/** As encodeSegment, but '/' stays: for a topic or a method path that spans segments. */
export function encodePath(text: string): string {
  return encode(text, true);
}

/** `?metadata.NAME=VALUE&...` for each entry (encoded), or "" for none: how daprd takes metadata on a URL. */
export function metadataQuery(metadata: Map<string, string> | null): string {
  if (metadata === null || metadata.size == 0) return "";
  const names = metadata.keys();
  const pairs = new Array<string>(names.length);
  for (let i = 0; i < names.length; i++) {
    pairs[i] = "metadata." + encodeSegment(names[i]) + "=" + encodeSegment(metadata.get(names[i]));
  }
  return "?" + pairs.join("&");
}
