using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Wasmbox.Runtime;

/// <summary>
/// Where crossgen2, .NET's ReadyToRun compiler, is, for <see cref="EngineConfig.NativeCompiler"/>.
/// It comes in the NuGet package Microsoft.NETCore.App.Crossgen2.&lt;rid&gt;, which the .NET SDK
/// restores for ReadyToRun builds; Wasmbox's own build copies its tools next to the CLI.
/// </summary>
public static class ReadyToRunCompiler
{
    /// <summary>The folder next to the application that Wasmbox's build copies crossgen2 into.</summary>
    public const string BundledFolder = "crossgen2";

    /// <summary>The environment variable that turns native code off ("off") where it would be used.</summary>
    public const string SwitchVariable = "WASMBOX_NATIVE_CODE";

    /// <summary><see cref="Find"/>, unless <see cref="SwitchVariable"/> is "off".</summary>
    public static string? FromEnvironment() =>
        Environment.GetEnvironmentVariable(SwitchVariable) == "off" ? null : Find();

    /// <summary>
    /// crossgen2 next to the application, else in the NuGet package folder for this runtime's
    /// version (or another patch of the same major and minor version); null when there is none.
    /// </summary>
    public static string? Find()
    {
        var executable = OperatingSystem.IsWindows() ? "crossgen2.exe" : "crossgen2";
        var bundled = Path.Combine(AppContext.BaseDirectory, BundledFolder, executable);
        if (File.Exists(bundled)) return bundled;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages))
            packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var package = Path.Combine(packages, $"microsoft.netcore.app.crossgen2.{RuntimeInformation.RuntimeIdentifier}");
        if (!Directory.Exists(package)) return null;
        var runtime = Environment.Version;
        var candidates = Directory.GetDirectories(package)
            .Select(directory => (Directory: directory, Version: Version.TryParse(Path.GetFileName(directory), out var version) ? version : null))
            .Where(c => c.Version is not null && c.Version.Major == runtime.Major && c.Version.Minor == runtime.Minor)
            .OrderByDescending(c => c.Version == runtime).ThenByDescending(c => c.Version);
        foreach (var candidate in candidates)
        {
            var path = Path.Combine(candidate.Directory, "tools", executable);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>
    /// Compiles the IL assembly <paramref name="ilImage"/> (which references only the framework
    /// and Wasmbox.Runtime) to a ReadyToRun image with crossgen2, optimised; null and the reason
    /// when crossgen2 fails or cannot run.
    /// </summary>
    internal static byte[]? Compile(string crossgen2, byte[] ilImage, out string? problem)
    {
        DirectoryInfo? directory = null;
        try
        {
            // Created private (0700): nobody else can swap the files between crossgen2 and us.
            directory = Directory.CreateTempSubdirectory("wasmbox-crossgen2-");
            var input = Path.Combine(directory.FullName, "Wasmbox.Compiled.dll");
            var output = Path.Combine(directory.FullName, "native", "Wasmbox.Compiled.dll");
            File.WriteAllBytes(input, ilImage);
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            var start = new ProcessStartInfo(crossgen2)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                input, "-o", output, "-O",
                "-r", Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"),
                "-r", typeof(Engine).Assembly.Location,
                "--targetos", OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "osx" : "linux",
                "--targetarch", RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(),
            }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var messages = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                problem = "crossgen2 took more than 10 minutes";
                return null;
            }
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                var said = (errors.Result + messages).Trim();
                problem = $"crossgen2 failed (exit {process.ExitCode}): {(said.Length > 500 ? said[..500] : said)}";
                return null;
            }
            problem = null;
            return File.ReadAllBytes(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            problem = $"crossgen2 could not run: {e.Message}";
            return null;
        }
        finally
        {
            try { directory?.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
