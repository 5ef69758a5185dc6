using System.Runtime.InteropServices;
using System.Text;
using Wasmbox.Runtime;

namespace Wasmbox.Cli;

/// <summary>
/// Guard-region bounds checks (the fast ones) need the .NET runtime started with
/// <see cref="GuardRegionSupport.EnvironmentVariable"/>=1, which only the environment can set.
/// The ./wasmbox script sets it; when wasmbox is started another way without it, this replaces the
/// process with itself, same arguments, with the variable added (one more runtime start-up, about
/// 50 ms), rather than run every guest with slower explicit checks.
/// </summary>
internal static class GuardRegionRelaunch
{
    public static void RelaunchIfNeeded()
    {
        if (GuardRegionSupport.IsAvailable || !OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return;
        // Set but not to 1: the user chose; set to 1 yet unavailable: relaunching would not help.
        if (Environment.GetEnvironmentVariable(GuardRegionSupport.EnvironmentVariable) is not null) return;
        string[] arguments;
        try
        {
            arguments = Encoding.UTF8.GetString(File.ReadAllBytes("/proc/self/cmdline")).TrimEnd('\0').Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Select(name => $"{name}={Environment.GetEnvironmentVariable(name)}")
            .Append($"{GuardRegionSupport.EnvironmentVariable}=1");
        Console.Out.Flush();
        execve("/proc/self/exe", NullTerminated(arguments), NullTerminated(environment));
        // execve returns only when it failed: go on with explicit bounds checks.
    }

    private static nint[] NullTerminated(IEnumerable<string> strings) =>
        [.. strings.Select(Marshal.StringToCoTaskMemUTF8), 0];

    [DllImport("libc", SetLastError = true)]
    private static extern int execve([MarshalAs(UnmanagedType.LPUTF8Str)] string path, nint[] argv, nint[] envp);
}
