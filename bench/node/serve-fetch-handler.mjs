// Serves a Workers-style module (`export default { fetch(request) }`) natively on node:http, the
// peer of the js executor in bench/run-js: the same handler, with node's own Request and Response,
// in one long-lived V8 isolate (no sandbox, no fresh state per request).
//   node serve-fetch-handler.mjs SCRIPT PORT
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { argv } from 'node:process';

const [script, port] = argv.slice(2);
const handler = (await import(pathToFileURL(resolve(script)).href)).default;

createServer(async (incoming, outgoing) => {
  const chunks = [];
  for await (const chunk of incoming) chunks.push(chunk);
  const body = incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : Buffer.concat(chunks);
  const request = new Request(`http://${incoming.headers.host}${incoming.url}`, { method: incoming.method, headers: incoming.headers, body });
  let response;
  try {
    response = await handler.fetch(request, {}, { waitUntil() {}, passThroughOnException() {} });
  } catch (error) {
    response = new Response(`${error.stack}\n`, { status: 500 });
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': bytes.length });
  outgoing.end(bytes);
}).listen(Number(port), '127.0.0.1');
