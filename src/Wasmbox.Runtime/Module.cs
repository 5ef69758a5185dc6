using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Compilation;
using Wasmbox.Runtime.Validation;

namespace Wasmbox.Runtime;

/// <summary>An import a module needs: where from, and of what type.</summary>
public sealed record ImportDescription(string Module, string Name, ExternalKind Kind, object Type);

/// <summary>An export a module offers, and its type.</summary>
public sealed record ExportDescription(string Name, ExternalKind Kind, object Type);

/// <summary>Where a module's compiled code came from.</summary>
public enum ModuleOrigin
{
    /// <summary>Compiled from Wasm by this process.</summary>
    Compiled,
    /// <summary>Loaded from the engine's <see cref="Runtime.CompilationCache"/>: nothing was compiled.</summary>
    CompilationCache,
    /// <summary>Loaded by <see cref="Module.Deserialize"/>.</summary>
    Deserialized,
}

/// <summary>
/// A decoded, validated and compiled module. Compile once, instantiate many times.
/// </summary>
public sealed partial class Module
{
    // The Wasm bytes, kept (a copy) so the module can be serialized with them.
    private readonly byte[] wasm;
    // Built on the first instantiation, not at compile time: a module that is only compiled
    // (wasmbox compile, the compilation cache) should not pay for it.
    private readonly Lazy<Execution.MemoryImage?> dataImage;
    private byte[]? wasmHash;

    private Module(Engine engine, ModuleDefinition definition, CompiledModule compiled, byte[] wasm, string? name, ModuleOrigin origin)
    {
        Engine = engine;
        Definition = definition;
        Compiled = compiled;
        this.wasm = wasm;
        Name = name ?? definition.ModuleName ?? "module";
        Origin = origin;
        dataImage = new(() => Execution.DataSegmentImage.For(definition, engine.Config, Name));
    }

    public Engine Engine { get; }
    public string Name { get; }
    /// <summary>Whether the code was compiled here, or loaded from the compilation cache or serialized bytes.</summary>
    public ModuleOrigin Origin { get; }
    internal ModuleDefinition Definition { get; }
    internal CompiledModule Compiled { get; }

    /// <summary>The module's Wasm bytes (not a copy: callers only read them).</summary>
    internal ReadOnlyMemory<byte> WasmBytes => wasm;

    /// <summary>
    /// Starts compiling to machine code, on a thread of its own, the functions that a call to the
    /// exported function <paramref name="export"/> reaches through direct calls (at most 256), in
    /// the order the call first reaches them, so that the call finds them compiled instead of
    /// waiting for RyuJIT as it goes. Worth it when the call comes soon but not at once:
    /// `wasmbox run` starts it for _start before it sets up WASI and instantiates. Changes nothing
    /// but timing. Does nothing on a machine with one core or when no function has that export name.
    /// </summary>
    /// <returns>A task that completes, never faulted, with the number of functions prepared.</returns>
    public Task<int> PrepareInBackground(string export)
    {
        var entry = Definition.Exports.FirstOrDefault(e => e.Kind == ExternalKind.Function && e.Name == export);
        return entry is null ? Task.FromResult(0) : BackgroundPreparation.Start(this, (int)entry.Index);
    }

    /// <summary>
    /// Whether the module runs machine code compiled ahead of time by crossgen2 (see
    /// <see cref="EngineConfig.NativeCompiler"/>) rather than IL that RyuJIT compiles as it runs.
    /// </summary>
    public bool HasNativeCode => Compiled.IsNative;

    private int[]? typeIds;

    /// <summary>
    /// The engine's id of function <paramref name="functionIndex"/>'s signature, by type index,
    /// found once per module: an instance's table may hold thousands of functions (an interpreter's
    /// handlers), each made into a reference at every instantiation of a snapshot.
    /// </summary>
    internal int TypeIdOf(int functionIndex)
    {
        var ids = typeIds ??= Definition.Types.Select(Engine.TypeIds.IdOf).ToArray();
        return ids[(int)Definition.FunctionTypeIndex(functionIndex)];
    }

    /// <summary>The module's active data segments as one copy-on-write image, or null when instances copy them.</summary>
    internal Execution.MemoryImage? DataImage => dataImage.Value;

    /// <summary>The SHA-256 of the module's Wasm, which ties a serialized snapshot to it.</summary>
    internal byte[] WasmHash => wasmHash ??= Execution.SnapshotFile.HashOf(wasm);

    /// <summary>
    /// Decodes, validates and compiles a binary module; with a compilation cache configured
    /// (<see cref="EngineConfig.WithCompilationCache"/>), loads the code compiled earlier from the same bytes instead.
    /// </summary>
    /// <exception cref="MalformedModuleException">the bytes are not a well-formed module</exception>
    /// <exception cref="InvalidModuleException">the module breaks a validation rule</exception>
    public static Module FromBytes(Engine engine, ReadOnlyMemory<byte> bytes, string? name = null)
    {
        if (engine.CompilationCache is { } cache) return cache.GetOrCompile(engine, bytes, name);
        return CompileInMemory(engine, bytes, name);
    }

    internal static Module CompileInMemory(Engine engine, ReadOnlyMemory<byte> bytes, string? name)
    {
        var definition = Decode(bytes);
        var compiled = Translate(() => ModuleCompiler.CompileInMemory(definition, engine.TypeIds, engine.Config));
        return new Module(engine, definition, compiled, bytes.ToArray(), name, ModuleOrigin.Compiled);
    }

    /// <summary>The compiler refuses what it cannot translate yet with NotSupportedException; embedders see an invalid module.</summary>
    private static T Translate<T>(Func<T> compile)
    {
        try
        {
            return compile();
        }
        catch (NotSupportedException e)
        {
            throw new InvalidModuleException($"not supported yet: {e.Message}", "");
        }
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
