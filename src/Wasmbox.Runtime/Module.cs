using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Compilation;
using Wasmbox.Runtime.Validation;

namespace Wasmbox.Runtime;

/// <summary>An import a module needs: where from, and of what type.</summary>
public sealed record ImportDescription(string Module, string Name, ExternalKind Kind, object Type);

/// <summary>An export a module offers, and its type.</summary>
public sealed record ExportDescription(string Name, ExternalKind Kind, object Type);

/// <summary>
/// A decoded, validated and compiled module. Compile once, instantiate many times.
/// </summary>
public sealed class Module
{
    private Module(Engine engine, ModuleDefinition definition, CompiledModule compiled, string name)
    {
        Engine = engine;
        Definition = definition;
        Compiled = compiled;
        Name = name;
    }

    public Engine Engine { get; }
    public string Name { get; }
    internal ModuleDefinition Definition { get; }
    internal CompiledModule Compiled { get; }

    /// <summary>Decodes, validates and compiles a binary module.</summary>
    /// <exception cref="MalformedModuleException">the bytes are not a well-formed module</exception>
    /// <exception cref="InvalidModuleException">the module breaks a validation rule, or uses what the compiler does not support yet (SIMD)</exception>
    public static Module FromBytes(Engine engine, ReadOnlyMemory<byte> bytes, string? name = null)
    {
        var definition = Decode(bytes);
        // A valid module the compiler cannot translate yet (v128 values, SIMD instructions) is
        // refused like an invalid one, not with an exception the embedder does not expect. Types
        // are checked here because an import or global of type v128 is never compiled, yet could
        // not be linked or read.
        if (definition.Types.Any(t => t.Parameters.Contains(ValueKind.V128) || t.Results.Contains(ValueKind.V128)) ||
            definition.AllGlobals().Any(g => g.Kind == ValueKind.V128))
            throw new InvalidModuleException("not supported yet: value type v128 (SIMD)", "");
        CompiledModule compiled;
        try
        {
            compiled = ModuleCompiler.Compile(definition, engine.TypeIds, engine.Config);
        }
        catch (NotSupportedException e)
        {
            throw new InvalidModuleException($"not supported yet: {e.Message}", "");
        }
        return new Module(engine, definition, compiled, name ?? definition.ModuleName ?? "module");
    }

    public static Module FromFile(Engine engine, string path) =>
        FromBytes(engine, File.ReadAllBytes(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>Decodes and validates without compiling; throws what <see cref="FromBytes"/> would.</summary>
    public static void Validate(ReadOnlyMemory<byte> bytes) => Decode(bytes);

    private static ModuleDefinition Decode(ReadOnlyMemory<byte> bytes)
    {
        var definition = ModuleReader.Read(bytes);
        ModuleValidator.Validate(definition);
        return definition;
    }

    public IReadOnlyList<ImportDescription> Imports => Definition.Imports.Select(i => new ImportDescription(i.Module, i.Name, i.Kind, i.Kind switch
    {
        ExternalKind.Function => Definition.Types[(int)i.FunctionTypeIndex],
        ExternalKind.Table => i.TableType!,
        ExternalKind.Memory => i.MemoryType!,
        _ => (object)i.GlobalType!,
    })).ToList();

    public IReadOnlyList<ExportDescription> Exports => Definition.Exports.Select(e => new ExportDescription(e.Name, e.Kind, e.Kind switch
    {
        ExternalKind.Function => Definition.FunctionSignature((int)e.Index),
        ExternalKind.Table => Definition.AllTables().ElementAt((int)e.Index),
        ExternalKind.Memory => Definition.AllMemories().ElementAt((int)e.Index),
        _ => (object)Definition.AllGlobals().ElementAt((int)e.Index),
    })).ToList();
}
