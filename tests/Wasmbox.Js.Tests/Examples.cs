namespace Wasmbox.Js.Tests;

/// <summary>The repository's examples/ directory, found above the test's output.</summary>
internal static class Examples
{
    public static string Path(string relative)
    {
        for (var at = new DirectoryInfo(AppContext.BaseDirectory); at is not null; at = at.Parent)
        {
            var candidate = System.IO.Path.Combine(at.FullName, "examples", relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"examples/{relative} is not above {AppContext.BaseDirectory}");
    }
}
