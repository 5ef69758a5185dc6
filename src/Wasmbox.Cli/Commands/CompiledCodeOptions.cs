using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// Where `run` and `compile` find the compilation cache and the key compiled modules are signed
/// with: --cache-dir and --key, else the per-user cache directory and its key.
/// </summary>
internal sealed record CompiledCodeOptions(string? CacheDirectory, string? KeyPath)
{
    public string CacheDirectoryOrDefault => CacheDirectory ?? CompilationCache.DefaultDirectory;

    public string KeyPathOrDefault => KeyPath ?? Path.Combine(CacheDirectoryOrDefault, CompilationCache.KeyFileName);

    /// <summary>
    /// The signing key. The cache's key is created on first use, with the cache directory; a key
    /// file given by --key is created only when <paramref name="create"/> (to sign, not to verify).
    /// </summary>
    /// <exception cref="IOException">the key cannot be read or created, or is not private</exception>
    /// <exception cref="UnauthorizedAccessException">no permission to it</exception>
    public ModuleSigningKey OpenKey(bool create)
    {
        if (KeyPath is not { } path) return new CompilationCache(CacheDirectoryOrDefault).OpenKey();
        return create ? ModuleSigningKey.LoadOrCreate(path) : ModuleSigningKey.Load(path);
    }
}
