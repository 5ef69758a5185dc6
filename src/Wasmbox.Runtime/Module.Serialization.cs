using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Compilation;
using Wasmbox.Runtime.Persistence;

namespace Wasmbox.Runtime;

// Compiled modules as bytes: saved with their Wasm and the settings they were compiled for, and
// loaded again without compiling, in this process or another (like wasmtime's serialize).
public sealed partial class Module
{
    /// <summary>
    /// The module's compiled code with its Wasm, for <see cref="Deserialize"/> in any process with
    /// this build of Wasmbox and an engine configured alike. Compiles the module again to save it
    /// (as <see cref="Engine.Precompile"/> does).
    /// With a key the file is signed, and only loads with the same key; without one it carries a checksum.
    /// </summary>
    public byte[] Serialize(ModuleSigningKey? key = null) => Precompile(Engine, wasm, key);

    /// <summary>
    /// Loads a module from <see cref="Serialize"/> without compiling it. The bytes are code that
    /// runs with the host's rights: load only bytes you wrote, or signed ones with the key (a
    /// signed file is refused without its key, an unsigned one with a key).
    /// </summary>
    /// <exception cref="CompiledModuleException">the bytes are damaged, not signed as asked, from another build of Wasmbox, or compiled for another engine configuration</exception>
    public static Module Deserialize(Engine engine, ReadOnlyMemory<byte> serialized, ModuleSigningKey? key = null, string? name = null) =>
        Load(engine, serialized, key, [], ModuleOrigin.Deserialized, name);

    /// <summary><see cref="Deserialize"/> of a file, named after it.</summary>
    public static Module DeserializeFile(Engine engine, string path, ModuleSigningKey? key = null) =>
        Deserialize(engine, File.ReadAllBytes(path), key, Path.GetFileNameWithoutExtension(path));

    /// <summary>Whether <paramref name="bytes"/> start like the output of <see cref="Serialize"/> (rather than like Wasm).</summary>
    public static bool IsSerialized(ReadOnlySpan<byte> bytes) => CompiledModuleFile.HasMagic(bytes);

    /// <summary>Decodes, validates and compiles straight to the serialized form, for <see cref="Engine.Precompile"/>.</summary>
    internal static byte[] Precompile(Engine engine, ReadOnlyMemory<byte> bytes, ModuleSigningKey? key)
    {
        var definition = Decode(bytes);
        var image = Translate(() => CompileImage(definition, engine, out _));
        return CompiledModuleFile.Write(CompiledModuleImage.ForCurrentBuild(bytes, engine.Config, image), key);
    }

    /// <summary>Compiles to a persistable image and runs that image, so what the cache stores is exactly what ran.</summary>
    internal static Module CompileForCache(Engine engine, ReadOnlyMemory<byte> bytes, string? name, ModuleSigningKey key, out byte[] serialized,
        out string? nativeProblem)
    {
        var definition = Decode(bytes);
        string? problem = null;
        var image = Translate(() => CompileImage(definition, engine, out problem));
        nativeProblem = problem;
        var compiled = CompiledImageLoader.Load(image, definition, engine.TypeIds);
        var wasm = bytes.ToArray();
        serialized = CompiledModuleFile.Write(CompiledModuleImage.ForCurrentBuild(wasm, engine.Config, image), key);
        return new Module(engine, definition, compiled, wasm, name, ModuleOrigin.Compiled);
    }

    /// <summary>
    /// The module's assembly image: IL, or ReadyToRun machine code when the engine has a native
    /// compiler and some function would otherwise run unoptimised. <paramref name="nativeProblem"/>
    /// says why native code was wanted and not made (the IL image is used then).
    /// </summary>
    private static byte[] CompileImage(ModuleDefinition definition, Engine engine, out string? nativeProblem)
    {
        nativeProblem = null;
        var config = engine.Config;
        if (config.NativeCompiler is not { } crossgen2 || !ModuleCompiler.HasFunctionsLeftUnoptimized(definition, config))
            return ModuleCompiler.CompileToImage(definition, config);
        var native = ReadyToRunCompiler.Compile(crossgen2, ModuleCompiler.CompileToImage(definition, config, markLoopsHot: false), out nativeProblem);
        return native ?? ModuleCompiler.CompileToImage(definition, config);
    }

    /// <summary>Checks everything the file records before any of its code is loaded; then decodes its Wasm and binds its code.</summary>
    internal static Module Load(Engine engine, ReadOnlyMemory<byte> serialized, ModuleSigningKey? key,
        ReadOnlySpan<byte> expectedWasmHash, ModuleOrigin origin, string? name)
    {
        var image = CompiledModuleFile.Read(serialized, key);
        image.CheckRunnable(engine.Config, expectedWasmHash);
        ModuleDefinition definition;
        try
        {
            // Not validated again: this build validated these very bytes (the hash says so) before
            // compiling them. The function bodies are not even decoded: their code is compiled already.
            definition = ModuleReader.ReadWithoutCode(image.Wasm);
        }
        catch (MalformedModuleException e)
        {
            throw new CompiledModuleException(CompiledModuleProblem.Corrupted, $"corrupted compiled module: its Wasm does not decode ({e.Message})", e);
        }
        var compiled = CompiledImageLoader.Load(image.Assembly, definition, engine.TypeIds);
        return new Module(engine, definition, compiled, image.Wasm.ToArray(), name, origin);
    }
}
