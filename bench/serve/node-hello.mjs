// The node peer of bench/run-serve: what `wasmbox serve` does for a command function, with
// node:http and node:wasi. The module is compiled once at start; every request gets a new WASI
// (preview1) and a new instance, its body on stdin, and what the guest writes to stdout as the
// response body (200, text/plain; charset=utf-8), or 500 when it exits non-zero or traps.
//
// node's WASI takes file descriptors for stdio, and node has neither pipe(2) nor lseek(2), so:
// - stdout is one file on tmpfs (/dev/shm) opened once with O_APPEND, shared by all requests: each
//   request truncates it to 0, runs the guest (whose writes land at the end, whatever the offset),
//   and reads it back with pread. node runs guests one at a time (wasi.start is synchronous), and
//   nothing awaits between the truncate and the read, so requests never see each other's output.
// - stdin is /dev/null for a request without a body (hello's benchmark requests are GETs); a body
//   is written to a per-request file on tmpfs, opened for the guest and closed and removed after.
// stderr goes to node's own stderr.
//
// Usage: node node-hello.mjs MODULE.wasm PORT   (GET /readyz answers 200 once listening)
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { WASI } from 'node:wasi';

const [modulePath, port] = process.argv.slice(2);
if (!modulePath || !port) {
  console.error('usage: node node-hello.mjs MODULE.wasm PORT');
  process.exit(2);
}

const module = new WebAssembly.Module(fs.readFileSync(modulePath));
const scratch = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'node-hello-'));
const stdout = fs.openSync(path.join(scratch, 'stdout'), 'a+');
const devNull = fs.openSync('/dev/null', 'r');
let output = Buffer.alloc(64 * 1024);
let bodies = 0;

process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));

async function invoke(body) {
  let stdin = devNull;
  let stdinPath = null;
  if (body.length > 0) {
    stdinPath = path.join(scratch, `stdin-${bodies++}`);
    fs.writeFileSync(stdinPath, body);
    stdin = fs.openSync(stdinPath, 'r');
  }
  try {
    const wasi = new WASI({ version: 'preview1', args: ['hello'], env: {}, stdin, stdout, stderr: 2, returnOnExit: true });
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
    // From here to the read-back nothing awaits: no other request can touch the stdout file.
    fs.ftruncateSync(stdout, 0);
    const status = wasi.start(instance);
    const size = fs.fstatSync(stdout).size;
    if (size > output.length) output = Buffer.alloc(size);
    const read = size === 0 ? 0 : fs.readSync(stdout, output, 0, size, 0);
    return { status, bytes: Buffer.from(output.subarray(0, read)) };
  } finally {
    if (stdinPath !== null) {
      fs.closeSync(stdin);
      fs.rmSync(stdinPath, { force: true });
    }
  }
}

const server = http.createServer((request, response) => {
  if (request.url === '/readyz') {
    response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('ready\n');
    return;
  }
  if (request.url !== '/hello') {
    response.writeHead(404).end();
    return;
  }
  const chunks = [];
  request.on('data', chunk => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const { status, bytes } = await invoke(Buffer.concat(chunks));
      if (status !== 0) {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`hello exited with ${status}\n`);
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': bytes.length });
      response.end(bytes);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`hello failed: ${error}\n`);
    }
  });
});
server.listen(Number(port), '127.0.0.1');
