namespace Wasmbox.Programs.Tests.Building;

/// <summary>
/// Makes apt able to fetch source packages: a fresh Debian machine lists only binary packages
/// ("Types: deb"), so when no deb-src entry exists this adds one for the same archives and
/// refreshes the indexes. It changes /etc/apt, so it needs root (or password-less sudo).
/// </summary>
internal static class AptSourceIndexes
{
    private const string SourcesDirectory = "/etc/apt/sources.list.d";
    private const string DebianSources = SourcesDirectory + "/debian.sources";
    private const string SourcesList = "/etc/apt/sources.list";
    private const string Added = SourcesDirectory + "/debian-src";

    /// <summary>Adds a deb-src entry mirroring the binary one when there is none, then updates.</summary>
    public static void EnsureConfigured()
    {
        if (HasSourceEntry()) return;
        if (File.Exists(DebianSources)) Install(Added + ".sources", SourceStanzas(File.ReadAllText(DebianSources)));
        else if (File.Exists(SourcesList) && SourceLines(File.ReadAllText(SourcesList)) is { Length: > 0 } lines) Install(Added + ".list", lines);
        else throw new InvalidOperationException($"apt has no Debian archive configured to add a deb-src entry for; {Prerequisites.Hint}");
        Update();
    }

    /// <summary>deb822 stanzas (Debian 12 and later) for the same archives as <paramref name="binary"/>, with sources instead of binaries.</summary>
    public static string SourceStanzas(string binary) =>
        string.Join('\n', binary.Split('\n').Select(line => line.Trim() == "Types: deb" ? "Types: deb-src" : line));

    /// <summary>One-line entries (sources.list) for the same archives as the "deb" lines of <paramref name="binary"/>.</summary>
    public static string SourceLines(string binary) =>
        string.Concat(binary.Split('\n').Select(line => line.Trim())
            .Where(line => line.StartsWith("deb ", StringComparison.Ordinal))
            .Select(line => "deb-src " + line["deb ".Length..] + "\n"));

    /// <summary>Refreshes apt's package indexes, the source ones included.</summary>
    public static void Update() => RunAsRoot("apt-get", ["update", "-qq"]);

    private static bool HasSourceEntry()
    {
        var files = new List<string>();
        if (File.Exists(SourcesList)) files.Add(SourcesList);
        if (Directory.Exists(SourcesDirectory)) files.AddRange(Directory.GetFiles(SourcesDirectory));
        return files.Any(file => File.ReadLines(file).Select(line => line.Trim()).Any(line =>
            line.StartsWith("deb-src ", StringComparison.Ordinal) ||
            (line.StartsWith("Types:", StringComparison.Ordinal) && line.Split(' ').Contains("deb-src"))));
    }

    private static void Install(string path, string content)
    {
        var staged = Path.Combine(BuildCache.Root, Path.GetFileName(path));
        Directory.CreateDirectory(BuildCache.Root);
        File.WriteAllText(staged, content);
        RunAsRoot("install", ["-m", "644", staged, path]);
        File.Delete(staged);
    }

    private static void RunAsRoot(string tool, string[] arguments)
    {
        if (Environment.IsPrivilegedProcess) ExternalCommand.Run(tool, arguments);
        else ExternalCommand.Run("sudo", ["-n", tool, .. arguments]);
    }
}
