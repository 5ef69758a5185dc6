// Command guest: reads a JSON text on stdin and prints what the SDK's json helpers make of it,
// one line each: "valid: yes|no", then "string: ..." and "quoted: ..." for a string literal,
// "element: RAW" per array element, "member: NAME = RAW" per object member.
import { json } from "@wasmbox/sdk";

function readStdin(): string {
  const parts = new Array<string>();
  while (true) {
    const chunk = new ArrayBuffer(4096);
    const n = process.stdin.read(chunk);
    if (n <= 0) break;
    parts.push(String.UTF8.decodeUnsafe(changetype<usize>(chunk), n));
  }
  return parts.join("");
}

function describe(text: string): string[] {
  const lines = new Array<string>();
  lines.push("valid: " + (json.isValid(text) ? "yes" : "no"));
  const decoded = json.decodeString(text);
  if (decoded !== null) {
    lines.push("string: " + decoded);
    lines.push("quoted: " + json.quote(decoded));
  }
  const elements = json.elements(text);
  if (elements !== null) for (let i = 0; i < elements.length; i++) lines.push("element: " + elements[i]);
  const members = json.members(text);
  if (members !== null) {
    const names = members.keys();
    for (let i = 0; i < names.length; i++) lines.push("member: " + names[i] + " = " + members.get(names[i]));
  }
  return lines;
}

process.stdout.write(describe(readStdin()).join("\n") + "\n");
