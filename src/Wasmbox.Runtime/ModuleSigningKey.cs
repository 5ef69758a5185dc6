using System.Security.Cryptography;

namespace Wasmbox.Runtime;

/// <summary>
/// A secret that signs compiled modules (HMAC-SHA256). A compiled module is code that runs with
/// the host's rights, not sandboxed Wasm; with a key, <see cref="Module.Deserialize"/> only
/// loads files written by someone holding the same key, so a file that was altered, or planted
/// by someone else, is refused before any of it runs.
/// </summary>
public sealed class ModuleSigningKey
{
    /// <summary>Bytes in a generated key.</summary>
    public const int Length = 32;

    private const int MinimumLength = 16;
    private readonly byte[] secret;

    private ModuleSigningKey(byte[] secret) => this.secret = secret;

    /// <summary>A new random key.</summary>
    public static ModuleSigningKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>A key from its bytes (at least 16).</summary>
    public static ModuleSigningKey FromBytes(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumLength) throw new ArgumentException($"a signing key needs at least {MinimumLength} bytes, {secret.Length} given", nameof(secret));
        return new ModuleSigningKey(secret.ToArray());
    }

    /// <summary>Reads a key file; refuses one that users other than its owner may read or write.</summary>
    /// <exception cref="IOException">the file cannot be read, is too short, or is not private</exception>
    public static ModuleSigningKey Load(string path)
    {
        RequirePrivate(path);
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < MinimumLength) throw new IOException($"the key file {path} holds {bytes.Length} bytes; a key needs at least {MinimumLength}");
        return new ModuleSigningKey(bytes);
    }

    /// <summary>Reads a key file, or creates it with a new random key, readable by its owner only.</summary>
    public static ModuleSigningKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            var key = Generate();
            // Written aside and then moved in, so another process never reads a half-written key.
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using (var file = new FileStream(temporary, options)) file.Write(key.secret);
                File.Move(temporary, path, overwrite: false);
                return key;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs, so both sign alike.
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        return Load(path);
    }

    internal byte[] Sign(ReadOnlySpan<byte> data) => HMACSHA256.HashData(secret, data);

    private static void RequirePrivate(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        const UnixFileMode shared = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        var mode = File.GetUnixFileMode(path);
        if ((mode & shared) != 0)
            throw new IOException($"the key file {path} may be read or written by other users (mode {Convert.ToString((int)mode, 8)}); make it private with chmod 600");
    }
}
