// The live stream of runs and log lines (GET /admin/v1/events): server-sent events read through
// fetch, since EventSource cannot send the Authorization header. Reconnects after a pause.
import { call, AdminError } from "./api.js";

/**
 * Calls handlers.invocation(record, live), handlers.log(line, live) and handlers.state("live" |
 * "retrying" | "off") until signal aborts. Events before "ready" are the recent backlog (live false).
 */
export async function follow(handlers, signal) {
  let delay = 1000;
  while (!signal.aborted) {
    try {
      const response = await call("/events", { signal, headers: { Accept: "text/event-stream" } });
      delay = 1000;
      await read(response.body, handlers, signal);
    } catch (error) {
      if (signal.aborted || (error instanceof AdminError && error.status === 401)) break;
    }
    if (signal.aborted) break;
    handlers.state("retrying", delay);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 15000);
  }
  handlers.state("off");
}

async function read(body, handlers, signal) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  signal.addEventListener("abort", () => reader.cancel().catch(() => {}), { once: true });
  let buffered = "";
  let live = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    // A chunk may end inside an event: the unfinished block waits for the next chunk.
    const blocks = (buffered + value.replace(/\r\n?/g, "\n")).split("\n\n");
    buffered = blocks.pop();
    for (const block of blocks) {
      const event = parse(block);
      if (!event) continue;
      if (event.type === "ready") {
        live = true;
        handlers.state("live");
      } else if (event.type === "invocation") handlers.invocation(event.data, live);
      else if (event.type === "log") handlers.log(event.data, live);
    }
  }
}

/** One event block: "event:" and "data:" lines (data may span several). */
function parse(block) {
  let type = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") type = value;
    else if (field === "data") data.push(value);
  }
  if (data.length === 0) return null;
  try {
    return { type, data: JSON.parse(data.join("\n")) };
  } catch {
    return null;
  }
}
