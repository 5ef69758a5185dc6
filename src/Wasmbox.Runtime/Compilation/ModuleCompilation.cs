using System.Reflection.Emit;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>What every function compiler of one module shares: the definition, methods and signature ids.</summary>
internal sealed class ModuleCompilation
{
    public ModuleCompilation(ModuleDefinition definition, MethodBuilder[] methods, SignatureIdFields signatureIds, EngineConfig config)
    {
        Config = config;
        Definition = definition;
        Methods = methods;
        SignatureIds = signatureIds;
        GlobalKinds = definition.AllGlobals().Select(g => g.Kind).ToArray();
        TableKinds = definition.AllTables().Select(t => t.ElementKind).ToArray();
    }

    public ModuleDefinition Definition { get; }
    /// <summary>Decides what is compiled in: fuel metering, interruption checks, a call-depth count.</summary>
    public EngineConfig Config { get; }
    /// <summary>One method per defined (not imported) function.</summary>
    public MethodBuilder[] Methods { get; }
    /// <summary>Where compiled code reads the engine's signature id of each type in the type section.</summary>
    public SignatureIdFields SignatureIds { get; }
    public ValueKind[] GlobalKinds { get; }
    public ValueKind[] TableKinds { get; }
}
