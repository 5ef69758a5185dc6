// Compile times on node (V8): WebAssembly.compile of one module RUNS times after one warm-up,
// timed with process.hrtime.bigint; prints the median and minimum in milliseconds as JSON. V8
// keeps compiled modules by their bytes, so each compile gets bytes of its own: the module with
// a custom section appended that holds the run's number (custom sections are not compiled).
// Tiers are node's flags: by default V8 validates the module and compiles each function on its
// first call (lazily); --no-wasm-lazy-compilation compiles them all with Liftoff up front.
//   node [FLAGS] compile.mjs MODULE RUNS
import { readFile } from 'node:fs/promises';
import { argv } from 'node:process';

const [path, runsText] = argv.slice(2);
const runs = Number(runsText);
const wasm = await readFile(path);

function withCustomSection(number) {
  const name = Buffer.from('bench');
  const content = Buffer.from(String(number));
  const size = 1 + name.length + content.length; // one byte of name length; all sizes are below 128
  return Buffer.concat([wasm, Buffer.from([0, size, name.length]), name, content]);
}

const times = [];
for (let run = -1; run < runs; run++) {
  const bytes = withCustomSection(run + 1);
  const start = process.hrtime.bigint();
  await WebAssembly.compile(bytes);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (run >= 0) times.push(elapsed);
}
times.sort((a, b) => a - b);
const middle = times.length >> 1;
const median = times.length % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
console.log(JSON.stringify({ median, min: times[0] }));
