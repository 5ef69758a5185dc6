using System.Reflection;

namespace Wasmbox.Runtime.Compilation;

/// <summary>The compiled code of a module: one static method per defined function, and its entry point.</summary>
internal sealed class CompiledModule
{
    public CompiledModule(Type type, MethodInfo[] methods)
    {
        Type = type;
        Methods = methods;
        EntryPoints = methods.Select(m => m.MethodHandle.GetFunctionPointer()).ToArray();
    }

    /// <summary>The generated type; holding it keeps the collectible assembly alive.</summary>
    public Type Type { get; }
    public MethodInfo[] Methods { get; }
    public nint[] EntryPoints { get; }
}
