using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// Satisfies any module's imports with things of exactly the imported types: host functions that
/// return zeros, fresh tables, memories and globals. Sizes are capped so one input cannot make
/// the fuzzer allocate gigabytes; a module that needs more is not instantiated.
/// </summary>
internal sealed class ImportStubs : IDisposable
{
    private const ulong MaxStubMemoryPages = 1024;
    private const ulong MaxStubTableElements = 100_000;
    private readonly List<Memory> memories = [];

    /// <returns>A linker defining every import, or null when an import is beyond the caps.</returns>
    public Linker? LinkerFor(Module module)
    {
        // A module may import one name twice with different types; the later stub wins and the
        // engine must refuse the other with a LinkException.
        var linker = new Linker(module.Engine) { AllowShadowing = true };
        foreach (var import in module.Imports)
        {
            switch (import.Type)
            {
                case FunctionType type:
                    linker.DefineFunction(import.Module, import.Name, type, (_, _, results) =>
                    {
                        for (var i = 0; i < results.Length; i++) results[i] = Value.Default(type.Results[i]);
                    });
                    break;
                case TableType type:
                    if (type.Limits.Minimum > MaxStubTableElements) return null;
                    linker.Define(import.Module, import.Name, new Table(type));
                    break;
                case MemoryType type:
                    if (type.Limits.Minimum > MaxStubMemoryPages) return null;
                    var memory = new Memory(type);
                    memories.Add(memory);
                    linker.Define(import.Module, import.Name, memory);
                    break;
                case GlobalType type:
                    linker.Define(import.Module, import.Name, new Global(type, Value.Default(type.Kind)));
                    break;
            }
        }
        return linker;
    }

    public void Dispose()
    {
        foreach (var memory in memories) memory.Dispose();
        memories.Clear();
    }
}
