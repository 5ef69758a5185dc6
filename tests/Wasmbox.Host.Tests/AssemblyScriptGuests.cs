using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Wasmbox.Host.Tests;

/// <summary>
/// AssemblyScript guests built from source at test set-up, in their npm project folder of the
/// repository (an example, or Guests/assemblyscript): `npm ci` from the project's lockfile (the
/// compiler, the WASI shim, and the SDK as a file: dependency), then `asc` with the project's
/// asconfig.json, as its Makefile builds it. Builds are cached by the hash of everything they read.
/// </summary>
internal static class AssemblyScriptGuests
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new();
    private static readonly ConcurrentDictionary<string, object> Installs = new();

    /// <summary>examples/NAME/NAME.ts built to .wasm (not over the committed one).</summary>
    public static string Example(string name) =>
        Build(System.IO.Path.Combine(TestGuests.RepositoryRoot, "examples", name), name);

    /// <summary>tests/Wasmbox.Host.Tests/Guests/assemblyscript/NAME.ts built to .wasm.</summary>
    public static string Guest(string name) =>
        Build(System.IO.Path.Combine(TestGuests.RepositoryRoot, "tests", "Wasmbox.Host.Tests", "Guests", "assemblyscript"), name);

    private static string Build(string project, string name) =>
        Built.GetOrAdd(System.IO.Path.Combine(project, name), _ => new(() => Compile(project, name))).Value;

    private static string Compile(string project, string name)
    {
        var sdk = System.IO.Path.Combine(TestGuests.RepositoryRoot, "sdk", "assemblyscript");
        var inputs = new[] { name + ".ts", "asconfig.json", "package.json", "package-lock.json" }.Select(f => System.IO.Path.Combine(project, f))
            .Concat(Directory.EnumerateFiles(sdk, "*.ts", SearchOption.AllDirectories).Where(f => !f.Contains("node_modules")).Order(StringComparer.Ordinal));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Concat(inputs.Select(f => System.IO.Path.GetRelativePath(TestGuests.RepositoryRoot, f) + "\n" + File.ReadAllText(f) + "\n")))))[..16];
        Directory.CreateDirectory(TestGuests.Cache);
        var output = System.IO.Path.Combine(TestGuests.Cache, $"as-{name}-{hash}.wasm");
        if (File.Exists(output)) return output;
        // Two guests of one project share its node_modules: one install at a time.
        lock (Installs.GetOrAdd(project, _ => new object())) Install(project);
        var temporary = output + $".{Environment.ProcessId}.tmp";
        TestGuests.Run("npx", ["--no-install", "asc", name + ".ts", "-o", temporary], project);
        File.Move(temporary, output, overwrite: true);
        return output;
    }

    /// <summary>`npm ci` unless node_modules already matches the lockfile (the Makefiles' rule).</summary>
    internal static void Install(string project)
    {
        var installed = new FileInfo(System.IO.Path.Combine(project, "node_modules", ".package-lock.json"));
        var lockfile = new FileInfo(System.IO.Path.Combine(project, "package-lock.json"));
        var manifest = new FileInfo(System.IO.Path.Combine(project, "package.json"));
        if (installed.Exists && installed.LastWriteTimeUtc >= lockfile.LastWriteTimeUtc && installed.LastWriteTimeUtc >= manifest.LastWriteTimeUtc) return;
        TestGuests.Run("npm", ["ci", "--no-audit", "--no-fund"], project);
    }
}
