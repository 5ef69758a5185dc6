using System.Security.Cryptography;

namespace Wasmbox.Host.Storage;

/// <summary>
/// Module bytes stored by their SHA-256 under the data directory. A module is written to a
/// temporary file, flushed to disk and renamed into place, so a crash leaves either the whole
/// module or none; a file that does not hash to its name is refused when read.
/// </summary>
public sealed class ModuleBlobs(string directory)
{
    public string Directory { get; } = System.IO.Directory.CreateDirectory(directory).FullName;

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string PathOf(string hash) => Path.Combine(Directory, hash + ".wasm");

    /// <summary>Stores the bytes (once per content) and returns their hash.</summary>
    public string Save(ReadOnlySpan<byte> bytes)
    {
        var hash = HashOf(bytes);
        var path = PathOf(hash);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length) return hash;
        var temporary = Path.Combine(Directory, $".{hash}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        return hash;
    }

    /// <exception cref="InvalidDataException">the file is missing or does not hash to its name</exception>
    public byte[] Read(string hash)
    {
        var path = PathOf(hash);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"the stored module {path} cannot be read: {e.Message}");
        }
        if (HashOf(bytes) != hash) throw new InvalidDataException($"the stored module {path} is damaged: its content does not match its hash");
        return bytes;
    }

    /// <summary>Removes temporary files a crash left behind.</summary>
    public void RemoveLeftovers()
    {
        foreach (var leftover in System.IO.Directory.EnumerateFiles(Directory, ".*.tmp")) File.Delete(leftover);
    }
}
