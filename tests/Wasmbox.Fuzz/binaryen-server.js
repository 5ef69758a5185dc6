'use strict';
// A tool server for the npm package binaryen's wasm-opt, which is not a native program but
// Emscripten's build of it: a node script holding 11 MB of Wasm. Started the ordinary way, every
// run pays node's start, the decoding and compilation of that Wasm, and then runs on V8's
// baseline code (0.5 s before any work; 1.2 s for one -ttf). This server compiles the Wasm once
// and keeps the compiled module, which V8 tiers up as it runs, and runs each request in a fresh
// instance of it with fresh Emscripten glue, so no state leaks from one run into the next (the
// glue is compiled once too, and only evaluated per run).
//
// It speaks the protocol of Native/fork-server.c, so ForkServer.cs drives both. Requests, one per
// line on stdin, fields separated by tabs:
//   SECONDS  STDOUT-PATH  STDERR-PATH  ARGUMENT...
// Replies, one line per request on stdout: "exit N", or "signal 6" when wasm-opt crashed (a trap
// in its Wasm, an abort). A run cannot be interrupted from here: the parent enforces SECONDS by
// killing this process.
//
// Runs go on a worker thread with a stack of 256 MiB: binaryen's interpreter recurses on deep
// expressions, and its Wasm frames are on V8's stack, whose default of under 1 MiB a few fuzzed
// modules in a thousand exhaust (native wasm-opt has the process's 8 MiB).
// Usage: node binaryen-server.js PATH-TO/node_modules/binaryen/bin/wasm-opt

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const vm = require('vm');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const worker = new Worker(__filename, { argv: process.argv.slice(2), resourceLimits: { stackSizeMb: 256 } });
  worker.on('message', (reply) => process.stdout.write(reply + '\n'));
  worker.on('error', (error) => { process.stderr.write(`binaryen-server: ${error && error.stack || error}\n`); process.exit(3); });
  worker.on('exit', (code) => process.exit(code));
  readline.createInterface({ input: process.stdin, terminal: false })
    .on('line', (line) => worker.postMessage(line))
    .on('close', () => worker.postMessage(null));
} else {
  serve();
}

// The worker: loads the tool once, then runs the requests its parent posts, one at a time.
function serve() {
  const script = process.argv[2];
  const source = fs.readFileSync(script, 'utf8').replace(/^#!.*\n/, '');

  // The Wasm is a string literal in the glue: `function findWasmBinary(){return binaryDecode('...')}`.
  const opening = "function findWasmBinary(){return binaryDecode('";
  const closing = "')}";
  const start = source.indexOf(opening);
  // The literal's closing quote: the first one no backslash escapes.
  let end = start < 0 ? -1 : start + opening.length;
  while (end >= 0 && end < source.length && source[end] !== "'") end += source[end] === '\\' ? 2 : 1;
  if (start < 0 || !source.startsWith(closing, end)) {
    process.stderr.write(`binaryen-server: ${script} does not hold its Wasm where this server looks for it\n`);
    process.exit(2);
  }
  const decodeAt = source.indexOf('function binaryDecode(');
  const decodeEnd = source.indexOf('return o}', decodeAt) + 'return o}'.length;
  const bytes = vm.runInThisContext(`(function(){${source.slice(decodeAt, decodeEnd)};return binaryDecode(` +
    source.slice(start + opening.length - 1, end + 1) + ')})()');
  const wasmModule = new WebAssembly.Module(bytes);
  // The glue without the Wasm; instances come from Module.instantiateWasm below.
  const glue = vm.compileFunction(
    source.slice(0, start) + 'function findWasmBinary(){throw new Error("binaryen-server: the Wasm is compiled already")}' +
      source.slice(end + closing.length),
    ['Module', 'require', 'process', '__filename', '__dirname'], { filename: script });

  // The request being run, so that a crash the glue leaves unhandled ends it.
  let current = null;
  process.on('unhandledRejection', (error) => finish(current, 'signal', 6, error));
  process.on('uncaughtException', (error) => finish(current, 'signal', 6, error));

  function finish(run, kind, number, error) {
    if (!run || run.done) {
      if (error) { process.stderr.write(`binaryen-server: ${error && error.stack || error}\n`); process.exit(3); }
      return;
    }
    run.done = true;
    if (error) run.errors.push(Buffer.from(`binaryen-server: ${error && error.stack || error}\n`));
    fs.writeFileSync(run.outputPath, Buffer.concat(run.output));
    fs.writeFileSync(run.errorsPath, Buffer.concat(run.errors));
    current = null;
    parentPort.postMessage(`${kind} ${number}`);
    next();
  }

  // wasm-opt writes its stdout and stderr through Emscripten's NODERAWFS, straight to file
  // descriptors 1 and 2 with fs.writeSync: this fs collects them instead.
  function capturingFs(run) {
    return new Proxy(fs, {
      get(target, name) {
        if (name === 'writeSync') {
          return (fd, buffer, offset, length, position) => {
            if (fd !== 1 && fd !== 2) return fs.writeSync(fd, buffer, offset, length, position);
            if (typeof buffer === 'string') buffer = Buffer.from(buffer);
            else buffer = Buffer.from(buffer.buffer, buffer.byteOffset + (offset ?? 0), length ?? buffer.byteLength - (offset ?? 0));
            (fd === 1 ? run.output : run.errors).push(Buffer.from(buffer));
            return buffer.length;
          };
        }
        return target[name];
      },
    });
  }

  function execute(line) {
    const [, outputPath, errorsPath, ...args] = line.split('\t');
    const run = { outputPath, errorsPath, output: [], errors: [], done: false };
    current = run;
    const runFs = capturingFs(run);
    const runRequire = (name) => (name === 'fs' || name === 'node:fs' ? runFs : require(name));
    // Its own argv and exit code: the glue reads the first and sets the second on exit.
    const runProcess = Object.create(process, {
      argv: { value: [process.argv[0], script, ...args], writable: true },
      exitCode: { value: undefined, writable: true },
    });
    const text = (stream) => (line) => stream.push(Buffer.from(line + '\n'));
    const Module = {
      arguments: args,
      thisProgram: script,
      print: text(run.output),
      printErr: text(run.errors),
      instantiateWasm(imports, receive) {
        receive(new WebAssembly.Instance(wasmModule, imports));
        return {};
      },
      postRun: [() => queueMicrotask(() => finish(run, 'exit', runProcess.exitCode ?? 0))],
      };
    try {
      glue(Module, runRequire, runProcess, script, path.dirname(script));
    } catch (error) {
      finish(run, 'signal', 6, error);
    }
  }

  const queue = [];
  function next() {
    if (current || queue.length === 0) return;
    const line = queue.shift();
    if (line === null) process.exit(0);
    execute(line);
  }

  parentPort.on('message', (line) => { queue.push(line); next(); });
}
