using System.Reflection;
using System.Runtime.Loader;

namespace Wasmbox.Runtime.Persistence;

/// <summary>
/// A collectible load context per loaded module: the module's code unloads once nothing refers to
/// it. Its reference to the runtime resolves to the runtime instance already running, whichever
/// load context that is in, so the code binds to the same types as the engine.
/// </summary>
internal sealed class CompiledCodeLoadContext : AssemblyLoadContext
{
    private static readonly Assembly Runtime = typeof(CompiledCodeLoadContext).Assembly;

    public CompiledCodeLoadContext() : base("Wasmbox.Compiled", isCollectible: true) { }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        AssemblyName.ReferenceMatchesDefinition(assemblyName, Runtime.GetName()) ? Runtime : null;
}
