// Runs wasmbox-js.wasm (built with its JS as source) under node's WASI to write the bytecode of
// its prelude or of wasmbox:dapr to stdout, for build.sh to embed in the final module: the
// engine that will read the bytecode is the one that writes it.
//   node write-bytecode.mjs ENGINE.wasm prelude|dapr > FILE
import { readFileSync } from "node:fs";
import { WASI } from "node:wasi";

const [engine, which] = process.argv.slice(2);
const wasi = new WASI({ version: "preview1", env: { WASMBOX_JS_WRITE_BYTECODE: which }, returnOnExit: true });
// Compiling calls no host import; these answer "no" should that ever change.
const wasmbox = { dapr_request: () => -2, response_body: () => 0, response_body_length: () => 0, response_header: () => -1, log: () => 0 };
const { instance } = await WebAssembly.instantiate(readFileSync(engine), { wasi_snapshot_preview1: wasi.wasiImport, wasmbox });
process.exitCode = wasi.start(instance);
