using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime.Persistence;

/// <summary>
/// Loads compiled images that crossgen2 made ReadyToRun (<see cref="EngineConfig.NativeCompiler"/>).
/// .NET runs an assembly's ReadyToRun code only when the assembly is loaded from a file and
/// cannot be unloaded, so the image goes through a private temporary file (deleted once mapped)
/// into a load context of its own that stays for the life of the process; the same image bound
/// to the same engine is loaded once, however many modules are made of it.
/// </summary>
internal static class NativeImageLoader
{
    private static readonly ConcurrentDictionary<(FunctionTypeIds Engine, string Hash), Lazy<Func<string, Type>>> loaded = new();

    /// <summary>Whether <paramref name="image"/> holds ReadyToRun code (a managed native header), not only IL.</summary>
    public static bool IsNative(ReadOnlyMemory<byte> image)
    {
        try
        {
            using var stream = MemoryMarshal.TryGetArray(image, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(image.ToArray(), writable: false);
            using var reader = new PEReader(stream);
            return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>The types of the loaded image, by name.</summary>
    public static Func<string, Type> Load(ReadOnlyMemory<byte> image, FunctionTypeIds engine)
    {
        var key = (engine, Convert.ToHexStringLower(SHA256.HashData(image.Span)));
        var load = loaded.GetOrAdd(key, _ => new Lazy<Func<string, Type>>(() => LoadOnce(image)));
        try
        {
            return load.Value;
        }
        catch
        {
            // Not remembered: a full temporary folder now need not fail every later load.
            loaded.TryRemove(KeyValuePair.Create(key, load));
            throw;
        }
    }

    private static Func<string, Type> LoadOnce(ReadOnlyMemory<byte> image)
    {
        // Private (0700), so nobody else can replace the file before it is loaded.
        var directory = Directory.CreateTempSubdirectory("wasmbox-native-");
        try
        {
            var path = Path.Combine(directory.FullName, "Wasmbox.Compiled.dll");
            File.WriteAllBytes(path, image.ToArray());
            var assembly = new CompiledCodeLoadContext(collectible: false).LoadFromAssemblyPath(path);
            return name => assembly.GetType(name, throwOnError: true)!;
        }
        finally
        {
            // The runtime has the file mapped: removing its name does not take the code away.
            try { directory.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
