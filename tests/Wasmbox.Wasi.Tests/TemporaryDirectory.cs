namespace Wasmbox.Wasi.Tests;

/// <summary>A scratch directory for one test, removed afterwards.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory() => Path = Directory.CreateTempSubdirectory("wasmbox-wasi-").FullName;

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string CreateDirectory(params string[] parts) => Directory.CreateDirectory(Combine(parts)).FullName;

    public string WriteFile(string relative, string content)
    {
        var path = Combine(relative);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Every file, directory and link beneath <paramref name="relative"/>, with file contents, for comparing trees. Links are not followed.</summary>
    public string Describe(string relative)
    {
        var root = Combine(relative);
        var lines = new List<string>();
        Walk(new DirectoryInfo(root));
        return string.Join('\n', lines.Order(StringComparer.Ordinal));

        void Walk(DirectoryInfo directory)
        {
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                var name = System.IO.Path.GetRelativePath(root, entry.FullName);
                if (entry.LinkTarget is { } target) lines.Add($"{name} -> {target}");
                else if (entry is DirectoryInfo subdirectory)
                {
                    lines.Add($"{name}/");
                    Walk(subdirectory);
                }
                else lines.Add($"{name}: {File.ReadAllText(entry.FullName)}");
            }
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
