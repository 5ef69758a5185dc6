using System.Runtime.CompilerServices;
using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// What the engine does with one hostile input: decode and validate, compile, JIT-compile every
/// function (so invalid IL or a JIT limit shows up now, not at a first call in production),
/// instantiate with stub imports (running any start function), and call every exported function
/// with zero arguments, all within a deadline and a memory limit, as a server would run a guest.
/// Any exception other than the engine's own escapes to the caller: that is a finding.
/// </summary>
/// <param name="jitEveryFunction">JIT-compile every function rather than a sample (for replaying one input).</param>
internal sealed class InputChecker(bool jitEveryFunction = false)
{
    /// <summary>Inputs compiled by one engine before a fresh one: sharing exercises its caches, renewing bounds them.</summary>
    private const int InputsPerEngine = 2000;

    /// <summary>
    /// Functions JIT-compiled per module: the largest (where deep nesting and deep operand stacks
    /// were put) and two others. JIT time dominates a valid module's cost, and most of a mutated
    /// module is its unchanged seed, so a sample keeps the rate up; small modules are compiled whole.
    /// </summary>
    private const int FunctionsJitted = 3;

    /// <summary>How long one module may run in all (start function and exports): mutated loops rarely end.</summary>
    private static readonly TimeSpan RunTime = TimeSpan.FromMilliseconds(100);

    private static readonly StoreLimits Limits = StoreLimits.Unlimited.WithMaxMemoryBytes(64 << 20).WithMaxTableElements(1 << 20);

    private Engine engine = new();
    private int inputsOnEngine;

    /// <param name="input">The module bytes.</param>
    /// <param name="random">Chooses which functions to JIT-compile when there are many.</param>
    public InputOutcome Check(byte[] input, FuzzRandom random)
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

        var methods = module.Compiled.Methods;
        if (jitEveryFunction || methods.Length <= FunctionsJitted)
        {
            foreach (var method in methods) RuntimeHelpers.PrepareMethod(method.MethodHandle);
        }
        else
        {
            var bodies = module.Definition.Bodies;
            var largest = Enumerable.Range(0, bodies.Count).MaxBy(i => bodies[i].Code.Length);
            RuntimeHelpers.PrepareMethod(methods[largest].MethodHandle);
            for (var i = 1; i < FunctionsJitted; i++) RuntimeHelpers.PrepareMethod(random.Pick(methods).MethodHandle);
        }

        using var stubs = new ImportStubs();
        var linker = stubs.LinkerFor(module);
        if (linker is null) return InputOutcome.NotInstantiated;
        using var store = new Store(engine, limits: Limits);
        store.SetDeadline(RunTime);
        Instance instance;
        try
        {
            instance = linker.Instantiate(store, module);
        }
        catch (TrapException) { return InputOutcome.Trapped; }
        // LinkException, or any other refusal of the engine's own (store limits).
        catch (WasmException) { return InputOutcome.LinkFailed; }

        var trapped = false;
        foreach (var function in instance.Exports.Values.OfType<Function>())
        {
            try
            {
                function.Invoke(function.Type.Parameters.Select(Value.Default).ToArray());
            }
            catch (TrapException) { trapped = true; }
        }
        return trapped ? InputOutcome.Trapped : InputOutcome.Ran;
    }
}
