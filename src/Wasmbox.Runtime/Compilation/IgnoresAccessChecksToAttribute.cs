namespace System.Runtime.CompilerServices;

/// <summary>
/// Recognised by the runtime on dynamic assemblies: lets compiled Wasm code use this assembly's
/// internal fields and helpers, so the engine's internals need not be public API.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal sealed class IgnoresAccessChecksToAttribute : Attribute
{
    public IgnoresAccessChecksToAttribute(string assemblyName) => AssemblyName = assemblyName;

    public string AssemblyName { get; }
}
