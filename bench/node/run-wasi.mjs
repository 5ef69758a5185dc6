// Runs a WASI command module on node (V8) the way `wasmbox run` does: argv, no preopens,
// stdio inherited. Used by the benchmark harness to time V8 on the same binaries.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { argv, exit } from 'node:process';

const [path, ...args] = argv.slice(2);
const wasi = new WASI({ version: 'preview1', args: [path, ...args], env: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(path));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
exit(wasi.start(instance));
