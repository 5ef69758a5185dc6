namespace Wasmbox.Deploy.Tests;

/// <summary>
/// The files the final stage of deploy/Dockerfile copies from the build context, laid out in a
/// temporary directory at their paths in the image, .dockerignore applied: what the container
/// will find on its (read-only) root filesystem, short of the published server itself.
/// </summary>
internal sealed class ImageLayout : IDisposable
{
    private ImageLayout(string root, string workingDirectory)
    {
        Root = root;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>The directory standing for the image's "/".</summary>
    public string Root { get; }

    /// <summary>The final WORKDIR, as a path in the image.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Where a path of the image (absolute, or relative to the WORKDIR) is in <see cref="Root"/>.</summary>
    public string HostPath(string imagePath) =>
        Path.Combine(Root, (imagePath.StartsWith('/') ? imagePath : WorkingDirectory.TrimEnd('/') + "/" + imagePath).TrimStart('/'));

    public static ImageLayout Build()
    {
        var root = Directory.CreateTempSubdirectory("wasmbox-image-layout-").FullName;
        var ignored = DockerIgnore.Read(Path.Combine(DeployFolder.RepositoryRoot, ".dockerignore"));
        var workdir = "/";
        foreach (var instruction in DockerfileStages.Final)
        {
            if (instruction.Keyword == "WORKDIR") workdir = instruction.Arguments.StartsWith('/') ? instruction.Arguments : workdir.TrimEnd('/') + "/" + instruction.Arguments;
            if (instruction.Keyword != "COPY" || instruction.Words.Any(w => w.StartsWith("--from", StringComparison.Ordinal))) continue;
            var words = instruction.Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
            var destination = words[^1].StartsWith('/') ? words[^1] : workdir.TrimEnd('/') + "/" + words[^1];
            foreach (var source in words[..^1])
            {
                var from = Path.Combine(DeployFolder.RepositoryRoot, source.TrimEnd('/'));
                var to = Path.Combine(root, destination.TrimStart('/'));
                if (Directory.Exists(from)) CopyDirectory(from, to, source.TrimEnd('/'), ignored);
                else if (File.Exists(from) && !ignored.Excludes(source))
                {
                    var target = destination.EndsWith('/') ? Path.Combine(to, Path.GetFileName(from)) : to;
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(from, target);
                }
                else Assert.Fail($"COPY {source}: not in the build context (or excluded by .dockerignore)");
            }
        }
        return new ImageLayout(root, workdir);
    }

    private static void CopyDirectory(string from, string to, string contextPath, DockerIgnore ignored)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in Directory.EnumerateFileSystemEntries(from))
        {
            var name = Path.GetFileName(entry);
            var path = contextPath + "/" + name;
            if (ignored.Excludes(path)) continue;
            if (Directory.Exists(entry)) CopyDirectory(entry, Path.Combine(to, name), path, ignored);
            else File.Copy(entry, Path.Combine(to, name));
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The patterns of .dockerignore this repository uses: a top-level path, or <c>**/NAME</c> at any depth.</summary>
internal sealed class DockerIgnore(IReadOnlyList<string> patterns)
{
    public IReadOnlyList<string> Patterns => patterns;

    public static DockerIgnore Read(string path) => new(File.Exists(path)
        ? [.. File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]
        : []);

    /// <summary>Whether a path of the build context (relative, with '/') is left out.</summary>
    public bool Excludes(string contextPath)
    {
        var segments = contextPath.Split('/');
        foreach (var pattern in patterns)
        {
            var anyDepth = pattern.StartsWith("**/", StringComparison.Ordinal);
            var name = anyDepth ? pattern[3..] : pattern;
            Assert.False(pattern.StartsWith('!') || name.Contains('*') || name.Contains('?'),
                $".dockerignore pattern {pattern}: this test understands only PATH and **/NAME; teach it the new form");
            if (anyDepth ? segments.Contains(name) : contextPath == name || contextPath.StartsWith(name + "/", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
