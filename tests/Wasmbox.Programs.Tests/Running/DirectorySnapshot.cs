using System.Security.Cryptography;

namespace Wasmbox.Programs.Tests.Running;

/// <summary>What a working directory holds after a run: every entry's relative path, and each file's size and content hash.</summary>
internal static class DirectorySnapshot
{
    public static string Describe(string root)
    {
        var lines = new List<string>();
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(root, entry.FullName);
            if (entry.LinkTarget is { } target) lines.Add($"{name} -> {target}");
            else if (entry is DirectoryInfo) lines.Add($"{name}/");
            else lines.Add($"{name}: {((FileInfo)entry).Length} bytes, sha256 {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)))[..16]}");
        }
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }
}
