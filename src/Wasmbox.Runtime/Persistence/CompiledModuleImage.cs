using System.Security.Cryptography;

namespace Wasmbox.Runtime.Persistence;

/// <summary>
/// What a compiled module file holds: who compiled it and for which engine settings, the
/// original Wasm (its imports, exports, segments and names are read from it again), and the
/// assembly with the compiled code.
/// </summary>
internal sealed record CompiledModuleImage(
    BuildIdentity Build,
    string DotnetVersion,
    byte[] WasmHash,
    CodeGenerationSettings Settings,
    ReadOnlyMemory<byte> Wasm,
    ReadOnlyMemory<byte> Assembly)
{
    public static CompiledModuleImage ForCurrentBuild(ReadOnlyMemory<byte> wasm, EngineConfig config, ReadOnlyMemory<byte> assembly) =>
        new(BuildIdentity.Current, Environment.Version.ToString(), SHA256.HashData(wasm.Span), CodeGenerationSettings.Of(config), wasm, assembly);

    /// <summary>
    /// Refuses an image that this build must not run in an engine with <paramref name="config"/>,
    /// or (with <paramref name="expectedWasmHash"/>) one compiled from other Wasm bytes.
    /// </summary>
    public void CheckRunnable(EngineConfig config, ReadOnlySpan<byte> expectedWasmHash)
    {
        if (Build != BuildIdentity.Current)
            throw new CompiledModuleException(CompiledModuleProblem.OtherBuild,
                $"compiled by {Build}, not by this {BuildIdentity.Current}: compile the module again");
        if (!SHA256.HashData(Wasm.Span).AsSpan().SequenceEqual(WasmHash))
            throw new CompiledModuleException(CompiledModuleProblem.Corrupted, "corrupted compiled module: its Wasm does not match the hash it was compiled from");
        if (!expectedWasmHash.IsEmpty && !expectedWasmHash.SequenceEqual(WasmHash))
            throw new CompiledModuleException(CompiledModuleProblem.OtherModule, "the compiled module was compiled from other Wasm bytes");
        if (Settings.DifferenceFrom(CodeGenerationSettings.Of(config)) is { } difference)
            throw new CompiledModuleException(CompiledModuleProblem.ConfigurationMismatch,
                $"compiled for another engine configuration: {difference}");
    }
}
