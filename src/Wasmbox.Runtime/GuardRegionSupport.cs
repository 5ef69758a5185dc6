using System.Runtime.InteropServices;
using System.Text;

namespace Wasmbox.Runtime;

/// <summary>
/// Whether this process can use <see cref="BoundsChecks.GuardRegion"/>. .NET delivers a fault in
/// managed code as a catchable <see cref="AccessViolationException"/> only when the runtime was
/// started with the environment variable <c>DOTNET_legacyCorruptedStateExceptionsPolicy=1</c>;
/// without it, the fault ends the process. The runtime reads the variable once, at start-up, so
/// this looks at the environment the process started with (/proc/self/environ), not at the
/// current one, which <see cref="Environment.SetEnvironmentVariable(string, string)"/> can change.
/// </summary>
public static class GuardRegionSupport
{
    /// <summary>The variable, and the value, that the process must start with.</summary>
    public const string EnvironmentVariable = "DOTNET_legacyCorruptedStateExceptionsPolicy";

    private static readonly Lazy<string?> unavailableBecause = new(FindWhyUnavailable);

    /// <summary>True when compiled code may rely on faults in the guard region.</summary>
    public static bool IsAvailable => unavailableBecause.Value is null;

    /// <summary>Why guard regions cannot be used here, or null when they can.</summary>
    public static string? UnavailableBecause => unavailableBecause.Value;

    private static string? FindWhyUnavailable()
    {
        // Other architectures may write part of a store that faults (arm64 does), and other
        // systems deliver faults differently; only x86-64 Linux is known to give the spec's trap.
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            return $"guard regions need x86-64 Linux, and this is {RuntimeInformation.OSDescription} on {RuntimeInformation.ProcessArchitecture}";
        string[] startup;
        try
        {
            startup = Encoding.UTF8.GetString(File.ReadAllBytes("/proc/self/environ")).Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the environment this process started with cannot be read ({e.Message})";
        }
        foreach (var prefix in new[] { "DOTNET_", "COMPlus_" })
        {
            var setting = Array.Find(startup, s => s.StartsWith(prefix + "legacyCorruptedStateExceptionsPolicy=", StringComparison.Ordinal));
            if (setting is not null && setting[(setting.IndexOf('=') + 1)..] == "1") return null;
        }
        return $"the process was not started with {EnvironmentVariable}=1, so .NET would end it at the first fault instead of reporting it";
    }
}
