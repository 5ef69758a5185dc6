// Resident memory of idle instances on node (V8): compiles the module, makes one instance, then
// holds COUNT more, each with its own WASI object, instantiated but not run. Prints the resident
// set size (process.memoryUsage().rss, KiB) before and after, each after a full garbage
// collection, as JSON. Needs --expose-gc.   node --expose-gc idle-instances.mjs MODULE COUNT
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { argv, memoryUsage } from 'node:process';

const [path, countText] = argv.slice(2);
const count = Number(countText);
const module = await WebAssembly.compile(await readFile(path));
const instantiate = async () => {
  const wasi = new WASI({ version: 'preview1', args: [path], env: {}, returnOnExit: true });
  return { wasi, instance: await WebAssembly.instantiate(module, wasi.getImportObject()) };
};
const settled = () => { gc(); gc(); return Math.round(memoryUsage().rss / 1024); };

const held = [await instantiate()];
const before = settled();
for (let i = 0; i < count; i++) held.push(await instantiate());
const after = settled();
console.log(JSON.stringify({ before, after, instances: held.length - 1 }));
