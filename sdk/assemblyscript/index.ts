// The package's entry for `import { state } from "@wasmbox/sdk"`: asc resolves a package to the
// index.ts at its root (it does not read package.json), and the sources live in assembly/.
export * from "./assembly/index";
