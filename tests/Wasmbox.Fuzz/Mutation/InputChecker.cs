using System.Runtime.CompilerServices;
using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// What the engine does with one hostile input: decode and validate, compile, JIT-compile every
/// function (so invalid IL or a JIT limit shows up now, not at a first call in production), and
/// instantiate with stub imports when the module has no start function. Any exception other than
/// the engine's own escapes to the caller: that is a finding.
/// </summary>
internal sealed class InputChecker
{
    /// <summary>Inputs compiled by one engine before a fresh one: sharing exercises its caches, renewing bounds them.</summary>
    private const int InputsPerEngine = 2000;

    private Engine engine = new();
    private int inputsOnEngine;

    public InputOutcome Check(byte[] input)
    {
        if (++inputsOnEngine > InputsPerEngine)
        {
            engine = new Engine();
            inputsOnEngine = 1;
        }
        Module module;
        try
        {
            module = Module.FromBytes(engine, input);
        }
        catch (MalformedModuleException) { return InputOutcome.Malformed; }
        catch (InvalidModuleException) { return InputOutcome.Invalid; }

        foreach (var method in module.Compiled.Methods) RuntimeHelpers.PrepareMethod(method.MethodHandle);

        // Without fuel or interruption (not built yet) a start function could loop forever.
        if (WasmSections.HasStartSection(input)) return InputOutcome.Compiled;
        using var stubs = new ImportStubs();
        var linker = stubs.LinkerFor(module);
        if (linker is null) return InputOutcome.NotInstantiated;
        using var store = new Store(engine);
        try
        {
            linker.Instantiate(store, module);
            return InputOutcome.Instantiated;
        }
        catch (TrapException) { return InputOutcome.Trapped; }
        catch (LinkException) { return InputOutcome.LinkFailed; }
    }
}
