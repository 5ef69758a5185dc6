namespace Wasmbox.Bench.Building;

/// <summary>Builds a benchmark program twice from one C source: native and wasm32-wasi, both clang-19 -O2.</summary>
internal static class ProgramBuilder
{
    public static ProgramFiles Build(string source, string outputFolder) =>
        new(Clang.Native(source, outputFolder), Clang.Wasm(source, outputFolder));
}
