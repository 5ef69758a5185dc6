'use strict';
// The V8 oracle of Wasmbox.Fuzz. Reads one module path per line on stdin and runs it the way
// binaryen's --fuzz-exec-before does: instantiate with the fuzzing-support logging imports, then
// for each exported function in export-section order, call hangLimitInitializer (when exported)
// and then the function with zero arguments. Prints one normalized event per line and "end":
//   call NAME | log V... | result V... | trap MESSAGE | memory PAGES HASH | invalid MESSAGE | error MESSAGE
// "memory" follows every call: a hash of the first exported memory, so that a wrong store is
// seen at the call that made it, not when (or if) the module happens to log its memory.
// i64 values are BigInts; a logged i64 is printed as two i32 halves (low, high), as binaryen does.
// Export signatures are read from the binary here, so this oracle shares no decoder with Wasmbox.
// A line "validate PATH" only compiles the module and answers "valid" or "invalid MESSAGE".

const fs = require('fs');
const readline = require('readline');

function readSignatures(bytes) {
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
  const types = [], functionTypes = [], exports = [];
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 1) {
      for (let count = u32(); count > 0; count--) {
        pos++; // 0x60
        const paramCount = u32();
        const params = Array.from(bytes.subarray(pos, pos + paramCount)); pos += paramCount;
        const resultCount = u32(); pos += resultCount;
        types.push({ params, resultCount });
      }
    } else if (id === 2) {
      for (let count = u32(); count > 0; count--) {
        name(); name();
        const kind = bytes[pos++];
        if (kind === 0) functionTypes.push(u32());
        else if (kind === 1) { pos++; limits(); }
        else if (kind === 2) limits();
        else pos += 2;
      }
    } else if (id === 3) {
      for (let count = u32(); count > 0; count--) functionTypes.push(u32());
    } else if (id === 7) {
      for (let count = u32(); count > 0; count--) {
        const exportName = name();
        const kind = bytes[pos++];
        const index = u32();
        if (kind === 0) exports.push({ name: exportName, type: types[functionTypes[index]] });
      }
    }
    pos = end;
  }
  return exports;
}

function zeroOf(valueType) {
  switch (valueType) {
    case 0x7f: case 0x7d: case 0x7c: return 0;
    case 0x7e: return 0n;
    case 0x70: case 0x6f: return null;
    default: throw new Error('no zero value for type 0x' + valueType.toString(16));
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

function run(path) {
  const events = [];
  const bytes = new Uint8Array(fs.readFileSync(path));
  let module;
  try {
    module = new WebAssembly.Module(bytes);
  } catch (error) {
    events.push('invalid ' + oneLine(error.message));
    return events;
  }
  const imports = {};
  for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
    if (from !== 'fuzzing-support' || kind !== 'function') {
      events.push(`error unsupported import ${from}.${name}`);
      return events;
    }
    imports[from] ??= {};
    imports[from][name] = (...args) => { events.push(['log', ...args.flatMap(logTokens)].join(' ')); };
  }
  let instance;
  try {
    instance = new WebAssembly.Instance(module, imports);
  } catch (error) {
    events.push(isTrap(error) ? 'trap ' + oneLine(error.message) : 'error instantiation: ' + oneLine(error.message));
    return events;
  }
  const hangLimitInitializer = instance.exports.hangLimitInitializer;
  const memoryExport = WebAssembly.Module.exports(module).find((e) => e.kind === 'memory');
  const memory = memoryExport && instance.exports[memoryExport.name];
  for (const { name, type } of readSignatures(bytes)) {
    events.push('call ' + name);
    try {
      if (typeof hangLimitInitializer === 'function') hangLimitInitializer();
      const returned = instance.exports[name](...type.params.map(zeroOf));
      if (type.resultCount === 1) events.push('result ' + token(returned));
      else if (type.resultCount > 1) events.push('result ' + Array.from(returned, token).join(' '));
    } catch (error) {
      events.push(isTrap(error) ? 'trap ' + oneLine(error.message) : 'error ' + oneLine(error.message));
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
  let events;
  try {
    events = line.startsWith('validate ') ? validate(line.slice('validate '.length)) : run(line);
  } catch (error) {
    events = ['error harness: ' + oneLine(error.stack)];
  }
  events.push('end');
  process.stdout.write(events.join('\n') + '\n');
});
