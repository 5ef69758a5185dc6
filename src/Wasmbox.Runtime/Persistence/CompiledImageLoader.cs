using System.Runtime.InteropServices;
using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime.Persistence;

/// <summary>Loads an assembly image from <see cref="ModuleCompiler.CompileToImage"/> and binds it to an engine.</summary>
internal static class CompiledImageLoader
{
    /// <exception cref="CompiledModuleException">the image does not load, or does not hold the code of <paramref name="definition"/></exception>
    public static CompiledModule Load(ReadOnlyMemory<byte> image, ModuleDefinition definition, FunctionTypeIds typeIds)
    {
        if (NativeImageLoader.IsNative(image))
        {
            try
            {
                return CompiledModule.Bind(NativeImageLoader.Load(image, typeIds), definition, typeIds, loadContext: null, checkSignatures: true, native: true);
            }
            catch (Exception e) when (e is BadImageFormatException or TypeLoadException or MissingMemberException
                or TypeInitializationException or InvalidOperationException or FileLoadException or ArgumentException or IOException)
            {
                throw new CompiledModuleException(CompiledModuleProblem.Corrupted, $"corrupted compiled module: its native code does not load ({e.Message})", e);
            }
        }
        var context = new CompiledCodeLoadContext();
        try
        {
            using var stream = MemoryMarshal.TryGetArray(image, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(image.ToArray(), writable: false);
            var assembly = context.LoadFromStream(stream);
            return CompiledModule.Bind(name => assembly.GetType(name, throwOnError: true)!, definition, typeIds, context, checkSignatures: true);
        }
        catch (Exception e) when (e is BadImageFormatException or TypeLoadException or MissingMemberException
            or TypeInitializationException or InvalidOperationException or FileLoadException or ArgumentException)
        {
            context.Unload();
            throw new CompiledModuleException(CompiledModuleProblem.Corrupted, $"corrupted compiled module: its code does not load ({e.Message})", e);
        }
    }
}
