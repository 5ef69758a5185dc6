// Instantiation times on node (V8) for a WASI command module compiled once: after a warm-up, each
// of ITERATIONS iterations is timed with process.hrtime.bigint (the warm-up lasts a tenth as many
// iterations and at least a second, as in Wasmbox.Bench). Prints the medians in microseconds
// as JSON:
//   instantiate  await WebAssembly.instantiate(module, imports), imports from one WASI object made once
//   instance     new WebAssembly.Instance(module, imports), the synchronous form
//   start        new WASI(...), WebAssembly.instantiate, wasi.start(instance): a fresh run of _start
// Output goes to /dev/null.   node instantiate.mjs MODULE ITERATIONS
import { readFile } from 'node:fs/promises';
import { openSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { argv } from 'node:process';

const [path, iterationsText] = argv.slice(2);
const iterations = Number(iterationsText);
const warmUp = Math.floor(iterations / 10);
const module = await WebAssembly.compile(await readFile(path));
const devNull = openSync('/dev/null', 'w');
const newWasi = () => new WASI({ version: 'preview1', args: [path], env: {}, stdout: devNull, returnOnExit: true });
const imports = newWasi().getImportObject();

async function median(body) {
  const warmUpEnds = process.hrtime.bigint() + 1_000_000_000n;
  for (let i = 0; i < warmUp || process.hrtime.bigint() < warmUpEnds; i++) await body();
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await body();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  return times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
}

const instantiate = await median(() => WebAssembly.instantiate(module, imports));
const instance = await median(() => { new WebAssembly.Instance(module, imports); });
const start = await median(async () => {
  const wasi = newWasi();
  wasi.start(await WebAssembly.instantiate(module, wasi.getImportObject()));
});
console.log(JSON.stringify({ instantiate, instance, start }));
