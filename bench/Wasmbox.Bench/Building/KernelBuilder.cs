namespace Wasmbox.Bench.Building;

/// <summary>Builds the benchmark kernels from their C sources with clang-19, as library modules (no WASI, no _start).</summary>
internal static class KernelBuilder
{
    public static string Build(string source, string outputFolder) =>
        Clang.Wasm(source, outputFolder, linkFlags: ["-nostartfiles", "-Wl,--no-entry"]);
}
