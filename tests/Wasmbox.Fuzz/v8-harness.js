'use strict';
// The V8 oracle of Wasmbox.Fuzz. Reads one module path per line on stdin and runs it the way
// binaryen's --fuzz-exec-before does: instantiate with the fuzzing-support imports, then go
// through the exports in export-section order: for a function, call hangLimitInitializer (when
// exported: binaryen 108's modules have one) and then the function with zero arguments; for a
// global, log its value (binaryen 132 does; 108 exports none). Prints one normalized event per
// line and "end":
//   call NAME | log V... | result V... | trap MESSAGE | exception MESSAGE | memory PAGES HASH |
//   invalid MESSAGE | error MESSAGE
// "memory" follows every call: a hash of the first exported memory, so that a wrong store is
// seen at the call that made it, not when (or if) the module happens to log its memory.
// i64 values are BigInts; a logged i64 is printed as two i32 halves (low, high), as binaryen does
// (an exported i64 global whole, as binaryen 132 prints it).
// Export signatures are read from the binary here, so this oracle shares no decoder with Wasmbox.
// A line "validate PATH" only compiles the module and answers "valid" or "invalid MESSAGE".
//
// v128 (SIMD) values cannot cross the JS boundary: JS throws a TypeError when it calls an export
// with a v128 parameter or result, reads a v128 global, or when Wasm calls a JS import with one.
// So that V8 still runs every export of a SIMD module, the v128 crossings go through small Wasm
// adapter modules made here, which turn a v128 into four i32 lanes on the Wasm side:
// "log-v128" is a Wasm function that calls a JS logger with the lanes; each export with a v128
// in its type is called through a Wasm function that passes zeros (v128.const 0 too) and returns
// its results with every v128 as four i32s; each v128 global is read by a Wasm function. A v128
// is printed as binaryen prints one (i32x4 lanes, lowest first, hex), joined by commas:
// "0x00000001,0x00000000,0xffffffff,0x7fc00000".
//
// Binaryen 132's other imports are given the meaning fuzz_shell.js (binaryen's own JS harness)
// gives them: "sleep" returns its id; "call-export" calls an export by index from JS, with null
// for every parameter, and "call-export-catch" does too and returns 1 when that threw an exception
// (not a trap), 0 when not. Those calls are plain JS calls, so an export JS cannot call throws a
// TypeError there, as in binaryen's interpreter, which models the same JS semantics.

const fs = require('fs');
const readline = require('readline');

const I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, V128 = 0x7b, FUNCREF = 0x70, EXTERNREF = 0x6f;
const FUNCTION = 0, GLOBAL = 3;

function readModule(bytes) {
  let pos = 8;
  const u32 = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = bytes[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const name = () => { const length = u32(); const text = Buffer.from(bytes.subarray(pos, pos + length)).toString('utf8'); pos += length; return text; };
  const limits = () => { const flags = u32(); u32(); if (flags & 1) u32(); };
  const valueType = () => {
    const type = bytes[pos++];
    if (type === 0x63 || type === 0x64) u32(); // (ref null? HEAPTYPE): a typed reference, passed as null
    return type;
  };
  // Skips a constant expression (the initializer of a global).
  const constant = () => {
    for (;;) {
      const op = bytes[pos++];
      if (op === 0x0b) return;
      if (op === 0x41 || op === 0x42 || op === 0x23 || op === 0xd2) u32();
      else if (op === 0x43) pos += 4;
      else if (op === 0x44) pos += 8;
      else if (op === 0xd0) u32();
      else if (op === 0xfd && u32() === 12) pos += 16;
      else if (!(op >= 0x6a && op <= 0x6c) && !(op >= 0x7c && op <= 0x7e)) throw new Error(`opcode 0x${op.toString(16)} in a constant expression`);
    }
  };
  const types = [], functionTypes = [], globals = [], exports = [];
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 1) {
      for (let count = u32(); count > 0; count--) {
        pos++; // 0x60
        const params = []; for (let n = u32(); n > 0; n--) params.push(valueType());
        const results = []; for (let n = u32(); n > 0; n--) results.push(valueType());
        types.push({ params, results });
      }
    } else if (id === 2) {
      for (let count = u32(); count > 0; count--) {
        name(); name();
        const kind = bytes[pos++];
        if (kind === 0) functionTypes.push(u32());
        else if (kind === 1) { valueType(); limits(); }
        else if (kind === 2) limits();
        else if (kind === 3) { const type = valueType(); globals.push({ type, mutable: bytes[pos++] === 1 }); }
        else { pos++; u32(); }
      }
    } else if (id === 3) {
      for (let count = u32(); count > 0; count--) functionTypes.push(u32());
    } else if (id === 6) {
      for (let count = u32(); count > 0; count--) {
        const type = valueType();
        globals.push({ type, mutable: bytes[pos++] === 1 });
        constant();
      }
    } else if (id === 7) {
      for (let count = u32(); count > 0; count--) {
        const exportName = name();
        const kind = bytes[pos++];
        const index = u32();
        if (kind === FUNCTION) exports.push({ name: exportName, kind, type: types[functionTypes[index]] });
        else if (kind === GLOBAL) exports.push({ name: exportName, kind, global: globals[index] });
        else exports.push({ name: exportName, kind });
      }
    }
    pos = end;
  }
  return exports;
}

// A small Wasm encoder for the adapter modules.
const leb = (value) => { const out = []; do { let byte = value & 0x7f; value >>>= 7; if (value) byte |= 0x80; out.push(byte); } while (value); return out; };
const vector = (items) => [...leb(items.length), ...items.flat()];
const text = (string) => vector([...Buffer.from(string, 'utf8')]);
const section = (id, items) => [id, ...leb(vector(items).length), ...vector(items)];
const functionType = (params, results) => [0x60, ...vector(params), ...vector(results)];
const body = (locals, code) => { const content = [...vector(locals.map((type) => [1, type])), ...code, 0x0b]; return [...leb(content.length), ...content]; };
const extractLanes = (get) => [0, 1, 2, 3].flatMap((lane) => [...get, 0xfd, 0x1b, lane]); // i32x4.extract_lane
const zeroCode = (type) => {
  switch (type) {
    case I32: return [0x41, 0];
    case I64: return [0x42, 0];
    case F32: return [0x43, 0, 0, 0, 0];
    case F64: return [0x44, 0, 0, 0, 0, 0, 0, 0, 0];
    case V128: return [0xfd, 0x0c, ...new Array(16).fill(0)];
    default: return [0xd0, type === EXTERNREF ? EXTERNREF : FUNCREF];
  }
};
const wasm = (sections) => new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...sections.flat()]));

// The events of the module being run (the v128 logger writes there).
let events = [];

function lanesToken(lanes) {
  return Array.from(lanes, (lane) => '0x' + (lane >>> 0).toString(16).padStart(8, '0')).join(',');
}

// fuzzing-support.log-v128: Wasm, so that the v128 reaches JS as four i32 lanes.
const logV128 = new WebAssembly.Instance(wasm([
  section(1, [functionType([I32, I32, I32, I32], []), functionType([V128], [])]),
  section(2, [[...text('js'), ...text('log'), 0, 0]]),
  section(3, [[1]]),
  section(7, [[...text('log-v128'), 0, 1]]),
  section(10, [body([], [...extractLanes([0x20, 0]), 0x10, 0])]),
]), { js: { log: (...lanes) => { events.push('log ' + lanesToken(lanes)); } } }).exports['log-v128'];

const hasV128 = (type) => type.params.includes(V128) || type.results.includes(V128);

// The adapter for one instance: a Wasm function per export with a v128 in its type (zeros in,
// results out with each v128 as four i32s) and per v128 global (its lanes). Null when none is needed.
function adapterFor(instance, exports) {
  const functions = exports.filter((e) => e.kind === FUNCTION && hasV128(e.type));
  const globals = exports.filter((e) => e.kind === GLOBAL && e.global.type === V128);
  if (functions.length === 0 && globals.length === 0) return null;
  const types = [], imports = [], declarations = [], bodies = [], exported = [], given = {};
  const lanesType = types.push(functionType([], [I32, I32, I32, I32])) - 1;
  functions.forEach((e, k) => {
    const { params, results } = e.type;
    const imported = types.push(functionType(params, results)) - 1;
    const wrapper = types.push(functionType([], results.flatMap((t) => (t === V128 ? [I32, I32, I32, I32] : [t])))) - 1;
    imports.push([...text('m'), ...text('f' + k), 0, ...leb(imported)]);
    given['f' + k] = instance.exports[e.name];
    declarations.push(leb(wrapper));
    const code = [...params.flatMap(zeroCode), 0x10, ...leb(k)];
    for (let i = results.length - 1; i >= 0; i--) code.push(0x21, ...leb(i));
    results.forEach((t, i) => code.push(...(t === V128 ? extractLanes([0x20, ...leb(i)]) : [0x20, ...leb(i)])));
    bodies.push(body(results, code));
    exported.push([...text('f' + k), 0, ...leb(functions.length + k)]);
    e.adapter = 'f' + k;
  });
  globals.forEach((e, k) => {
    imports.push([...text('m'), ...text('g' + k), 3, V128, e.global.mutable ? 1 : 0]);
    given['g' + k] = instance.exports[e.name];
    declarations.push(leb(lanesType));
    bodies.push(body([], extractLanes([0x23, ...leb(k)])));
    exported.push([...text('g' + k), 0, ...leb(functions.length + functions.length + k)]);
    e.adapter = 'g' + k;
  });
  return new WebAssembly.Instance(wasm([
    section(1, types), section(2, imports), section(3, declarations), section(7, exported), section(10, bodies),
  ]), { m: given }).exports;
}

function zeroOf(valueType) {
  switch (valueType) {
    case I32: case F32: case F64: return 0;
    case I64: return 0n;
    default: return null;
  }
}

function token(value) {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return value === null ? 'null' : 'ref';
}

function logTokens(value) {
  if (typeof value !== 'bigint') return [token(value)];
  return [BigInt.asIntN(32, value).toString(), BigInt.asIntN(32, value >> 32n).toString()];
}

// The results of a call through the adapter, as tokens: each v128 is four i32s there.
function adaptedTokens(results, returned) {
  const values = results.length === 1 && results[0] !== V128 ? [returned] : Array.from(returned ?? []);
  const tokens = [];
  for (const type of results) tokens.push(type === V128 ? lanesToken(values.splice(0, 4)) : token(values.shift()));
  return tokens;
}

function memoryEvent(memory) {
  const words = new Int32Array(memory.buffer);
  let hash = 0;
  for (let i = 0; i < words.length; i++) hash = (Math.imul(hash, 31) + words[i]) | 0;
  return `memory ${memory.buffer.byteLength / 65536} ${hash}`;
}

function isTrap(error) {
  // A stack overflow is V8's "call stack exhausted" trap.
  return error instanceof WebAssembly.RuntimeError || error instanceof RangeError;
}

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ');
}

// fuzz_shell.js's callFunc and tryCall: a call from JS with null for every parameter, and one
// that catches what it throws except traps and host limits, answering 1 when it caught.
function callFunc(func) {
  const args = [];
  for (let i = 0; i < func.length; i++) args.push(null);
  return func.apply(null, args);
}

function tryCall(func) {
  try {
    func();
    return 0;
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) throw error;
    const message = String(error);
    if (['requested new array is too large', 'out of memory', 'Maximum call stack size exceeded'].some((m) => message.includes(m))) throw error;
    return 1;
  }
}

function run(path) {
  events = [];
  const bytes = new Uint8Array(fs.readFileSync(path));
  let module;
  try {
    module = new WebAssembly.Module(bytes);
  } catch (error) {
    events.push('invalid ' + oneLine(error.message));
    return events;
  }
  // Every export in order, for call-export's index; filled once the instance exists.
  const exportList = [];
  const imports = {};
  for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
    let value;
    if (from === 'fuzzing-support' && kind === 'function') {
      if (name === 'log-v128') value = logV128;
      else if (name.startsWith('log-') && name !== 'log-branch') value = (...args) => { events.push(['log', ...args.flatMap(logTokens)].join(' ')); };
      else if (name === 'sleep') value = (ms, id) => id;
      else if (name === 'call-export') value = (index) => { callFunc(exportList[index].value); };
      else if (name === 'call-export-catch') value = (index) => tryCall(() => callFunc(exportList[index].value));
    }
    if (value === undefined) {
      events.push(`error unsupported import ${from}.${name}`);
      return events;
    }
    imports[from] ??= {};
    imports[from][name] = value;
  }
  let instance;
  try {
    instance = new WebAssembly.Instance(module, imports);
  } catch (error) {
    events.push((isTrap(error) ? 'trap ' : 'exception instantiation: ') + oneLine(error.message));
    return events;
  }
  for (const { name } of WebAssembly.Module.exports(module)) exportList.push({ name, value: instance.exports[name] });
  const exports = readModule(bytes);
  let adapter;
  try {
    adapter = adapterFor(instance, exports);
  } catch (error) {
    events.push('error harness: the v128 adapter: ' + oneLine(error.stack));
    return events;
  }
  const hangLimitInitializer = instance.exports.hangLimitInitializer;
  const memoryExport = WebAssembly.Module.exports(module).find((e) => e.kind === 'memory');
  const memory = memoryExport && instance.exports[memoryExport.name];
  for (const e of exports) {
    if (e.kind === GLOBAL) {
      events.push('call ' + e.name);
      events.push('log ' + (e.adapter ? lanesToken(adapter[e.adapter]()) : token(instance.exports[e.name].value)));
      continue;
    }
    if (e.kind !== FUNCTION) continue;
    events.push('call ' + e.name);
    try {
      if (typeof hangLimitInitializer === 'function') hangLimitInitializer();
      const { params, results } = e.type;
      if (e.adapter) {
        const returned = adapter[e.adapter]();
        if (results.length > 0) events.push('result ' + adaptedTokens(results, returned).join(' '));
      } else {
        const returned = instance.exports[e.name](...params.map(zeroOf));
        if (results.length === 1) events.push('result ' + token(returned));
        else if (results.length > 1) events.push('result ' + Array.from(returned, token).join(' '));
      }
    } catch (error) {
      events.push((isTrap(error) ? 'trap ' : 'exception ') + oneLine(error.message));
    }
    if (memory) events.push(memoryEvent(memory));
  }
  return events;
}

function validate(path) {
  try {
    new WebAssembly.Module(fs.readFileSync(path));
    return ['valid'];
  } catch (error) {
    return ['invalid ' + oneLine(error.message)];
  }
}

readline.createInterface({ input: process.stdin, terminal: false }).on('line', (line) => {
  let reply;
  try {
    reply = line.startsWith('validate ') ? validate(line.slice('validate '.length)) : run(line);
  } catch (error) {
    reply = [...events, 'error harness: ' + oneLine(error.stack)];
  }
  reply.push('end');
  process.stdout.write(reply.join('\n') + '\n');
});
