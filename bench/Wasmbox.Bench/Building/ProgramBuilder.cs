namespace Wasmbox.Bench.Building;

/// <summary>Builds a benchmark program twice from one C source: native and wasm32-wasi, both clang-19 -O2.</summary>
internal static class ProgramBuilder
{
    public static ProgramFiles Build(string source, string outputFolder) =>
        new(Clang.Native(source, outputFolder), Clang.Wasm(source, outputFolder));

    /// <summary>
    /// The same, with the Wasm build given 128-bit SIMD (<c>-msimd128</c>, at compile time): clang's
    /// auto-vectorizers then use v128 instructions where they use SSE2 natively.
    /// </summary>
    public static ProgramFiles BuildWithSimd(string source, string outputFolder) =>
        new(Clang.Native(source, outputFolder), Clang.Wasm(source, outputFolder, compileFlags: ["-msimd128"]));
}
