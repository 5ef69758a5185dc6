// Runs a WASI command module on node (V8) the way `wasmbox run` does: argv, stdio inherited, and
// the directories given with --dir HOST[::GUEST] preopened (read-write, as GUEST, default HOST).
// Used by the benchmark harness to time V8 on the same binaries.
//   node run-wasi.mjs [--dir HOST[::GUEST]]... MODULE [ARGS...]
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { argv, exit } from 'node:process';

const options = argv.slice(2);
const preopens = {};
while (options[0] === '--dir' && options.length > 1) {
  const [host, guest = host] = options[1].split('::');
  preopens[guest] = host;
  options.splice(0, 2);
}
const [path, ...args] = options;
const wasi = new WASI({ version: 'preview1', args: [path, ...args], env: {}, preopens, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(path));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
exit(wasi.start(instance));
