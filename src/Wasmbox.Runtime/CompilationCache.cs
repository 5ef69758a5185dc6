using System.Security.Cryptography;
using System.Text;
using Wasmbox.Runtime.Persistence;

namespace Wasmbox.Runtime;

/// <summary>
/// Compiled modules on disk, so the second <see cref="Module.FromBytes"/> of the same Wasm skips
/// compiling (like wazero's compilation cache). An entry is found by the SHA-256 of the Wasm
/// bytes, the engine settings that shape the code, and the Wasmbox build; it is signed with a
/// per-user key kept in the directory (<c>key</c>, created readable by its owner only), and
/// loading checks the signature, the build, the settings and the hash, so a file that was
/// altered, planted by another user, or left by another version is compiled again, never run.
/// A cache is as trustworthy as its directory: it is created private (0700) and not used when
/// other users may write to it.
/// </summary>
public sealed class CompilationCache
{
    /// <summary>The file in the cache directory holding the signing key.</summary>
    public const string KeyFileName = "key";

    private const string EntriesDirectoryName = "modules";
    private const UnixFileMode PrivateDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private readonly object setUpLock = new();
    private ModuleSigningKey? key;
    private long hits, misses;

    public CompilationCache(string directory) => Directory = Path.GetFullPath(directory);

    /// <summary>The per-user default: $XDG_CACHE_HOME/wasmbox, else ~/.cache/wasmbox.</summary>
    public static string DefaultDirectory
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "wasmbox");
        }
    }

    public string Directory { get; }

    /// <summary>Modules loaded from the cache.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Modules compiled because the cache had no usable entry for them.</summary>
    public long Misses => Interlocked.Read(ref misses);

    /// <summary>The last reason an entry could not be read or written, or the cache not used at all; null when all went well.</summary>
    public string? LastProblem { get; private set; }

    /// <summary>
    /// The key entries are signed with (also what <c>wasmbox compile</c> signs with), created
    /// on first use, with the directory.
    /// </summary>
    /// <exception cref="IOException">the directory or key cannot be created, or others may write or read them</exception>
    /// <exception cref="UnauthorizedAccessException">no permission to the directory</exception>
    public ModuleSigningKey OpenKey()
    {
        lock (setUpLock)
        {
            if (key is not null) return key;
            CreatePrivateDirectory(Directory);
            CreatePrivateDirectory(EntriesDirectory);
            return key = ModuleSigningKey.LoadOrCreate(Path.Combine(Directory, KeyFileName));
        }
    }

    /// <summary>
    /// A subdirectory of the cache for other files a tool keeps with it (`wasmbox run`'s startup
    /// profile), created private like the cache itself, the cache directory included.
    /// </summary>
    /// <exception cref="IOException">a directory cannot be created, or others may write to it</exception>
    /// <exception cref="UnauthorizedAccessException">no permission to the directory</exception>
    public string CreateSubdirectory(string name)
    {
        var path = Path.Combine(Directory, name);
        CreatePrivateDirectory(Directory);
        CreatePrivateDirectory(path);
        return path;
    }

    private string EntriesDirectory => Path.Combine(Directory, EntriesDirectoryName);

    /// <summary>Where the entry for these Wasm bytes, compiled for <paramref name="config"/> by this build, lives.</summary>
    public string EntryPath(ReadOnlySpan<byte> wasm, EngineConfig config) => EntryPath(SHA256.HashData(wasm), config);

    private string EntryPath(byte[] wasmHash, EngineConfig config)
    {
        // Unrolled or not, compiled code runs in any engine, but each setting keeps its own entry.
        var compiledBy = Encoding.UTF8.GetBytes($"{BuildIdentity.Current}|{BuildIdentity.Current.RuntimeId}|{CodeGenerationSettings.Of(config)}"
            + (config.UnrollLoops ? "" : "|no-unrolling"));
        var variant = Convert.ToHexStringLower(SHA256.HashData(compiledBy))[..16];
        return Path.Combine(EntriesDirectory, $"{Convert.ToHexStringLower(wasmHash)}-{variant}.cwasm");
    }

    internal Module GetOrCompile(Engine engine, ReadOnlyMemory<byte> wasm, string? name)
    {
        ModuleSigningKey signingKey;
        try
        {
            signingKey = OpenKey();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LastProblem = $"compilation cache {Directory} not used: {e.Message}";
            Interlocked.Increment(ref misses);
            return Module.CompileInMemory(engine, wasm, name);
        }

        var hash = SHA256.HashData(wasm.Span);
        var path = EntryPath(hash, engine.Config);
        if (File.Exists(path))
        {
            try
            {
                var module = Module.Load(engine, File.ReadAllBytes(path), signingKey, hash, ModuleOrigin.CompilationCache, name);
                Interlocked.Increment(ref hits);
                return module;
            }
            catch (Exception e) when (e is CompiledModuleException or IOException or UnauthorizedAccessException)
            {
                LastProblem = $"cache entry {path} refused and compiled again: {e.Message}";
            }
        }

        Interlocked.Increment(ref misses);
        var compiled = Module.CompileForCache(engine, wasm, name, signingKey, out var serialized, out var nativeProblem);
        if (nativeProblem is not null) LastProblem = $"{name ?? "module"}: no native code ({nativeProblem}); it runs as IL";
        try
        {
            WriteEntry(path, serialized);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LastProblem = $"cache entry {path} not written: {e.Message}";
        }
        return compiled;
    }

    /// <summary>Written aside and moved in, so a reader (another process, perhaps) never sees half an entry.</summary>
    private static void WriteEntry(string path, byte[] contents)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var file = new FileStream(temporary, options)) file.Write(contents);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(path);
            return;
        }
        System.IO.Directory.CreateDirectory(path, PrivateDirectory);
        const UnixFileMode othersWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        var mode = File.GetUnixFileMode(path);
        if ((mode & othersWrite) != 0)
            throw new IOException($"{path} may be written by other users (mode {Convert.ToString((int)mode, 8)}); make it private with chmod 700");
    }
}
