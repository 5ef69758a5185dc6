using System.Reflection;
using System.Runtime.Loader;

namespace Wasmbox.Runtime.Persistence;

/// <summary>
/// A collectible load context per loaded module: the module's code unloads once nothing refers to
/// it (ReadyToRun images excepted: see <see cref="NativeImageLoader"/>). Its reference to the
/// runtime resolves to the runtime instance already running, whichever load context that is in,
/// so the code binds to the same types as the engine.
/// </summary>
internal sealed class CompiledCodeLoadContext : AssemblyLoadContext
{
    private static readonly Assembly Runtime = typeof(CompiledCodeLoadContext).Assembly;

    public CompiledCodeLoadContext(bool collectible = true) : base("Wasmbox.Compiled", isCollectible: collectible) { }

    protected override Assembly? Load(AssemblyName assemblyName) =>
        AssemblyName.ReferenceMatchesDefinition(assemblyName, Runtime.GetName()) ? Runtime : null;
}
