namespace Wasmbox.Bench.Building;

/// <summary>A program's two builds from one source: the native executable and the wasm32-wasi module.</summary>
internal sealed record ProgramFiles(string Native, string Wasm);
