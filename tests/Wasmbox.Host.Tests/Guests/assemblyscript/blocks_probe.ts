// Command guest: runs the SDK's helpers for the building blocks beyond state (secrets, an output
// binding, service invocation, outbound HTTP, the log) and prints one line per step,
// "step: STATUS [refused] ERRORCODE detail", for the test to read. REMOTE is the base URL of an
// echo server the function's allowed-hosts lists; the next port up is not listed.
import { bindings, http, invoke, json, log, secrets, Result } from "@wasmbox/sdk";

const lines = new Array<string>();

function step(name: string, result: Result, detail: string = ""): void {
  const error = result.error;
  let line = name + ": " + result.status.toString();
  if (error !== null) line += (error.refused ? " refused " : " ") + error.errorCode;
  lines.push(detail.length > 0 ? line + " " + detail : line);
}

function run(remote: string): void {
  const secret = secrets.get("localsecrets", "db-password");
  const value = secret.value("db-password");
  step("secret", secret, value !== null ? value : "(none)");
  const nested = secrets.get("localsecrets", "redis:password");
  const nestedValue = nested.value("redis:password");
  step("nested secret", nested, nestedValue !== null ? nestedValue : "(none)");
  const missing = secrets.get("localsecrets", "nothing");
  step("missing secret", missing, missing.values.size.toString() + " values");
  step("ungranted secret", secrets.get("vault", "db-password"));

  const bound = bindings.invoke("webhook", "post", json.quote("delivered"));
  step("binding", bound, bound.text());
  step("ungranted binding", bindings.invoke("pager", "post"));

  const invoked = invoke("wasmbox", "/echo/deep?x=1", "PUT", "hello there", "Content-Type: text/plain");
  step("invoke", invoked, invoked.text());
  step("ungranted invoke", invoke("billing", "pay"));

  const fetched = http.fetch("POST", remote + "/echo", "Content-Type: text/plain", "round trip");
  step("fetch", fetched, fetched.text());
  const port = I32.parseInt(remote.substring(remote.lastIndexOf(":") + 1));
  const forbidden = http.fetch("GET", remote.substring(0, remote.lastIndexOf(":") + 1) + (port + 1).toString() + "/echo");
  step("forbidden fetch", forbidden);

  log.warn("probe: disk almost full");
}

run(process.env.has("REMOTE") ? process.env.get("REMOTE") : "http://127.0.0.1:1");
process.stdout.write(lines.join("\n") + "\n");
