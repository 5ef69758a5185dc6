using System.Diagnostics;

namespace Wasmbox.Cli.Wast;

/// <summary>Turns a .wast script into wast2json's JSON and modules, in a fresh temporary folder.</summary>
internal static class WastConverter
{
    /// <summary>Returns the JSON path, or throws with wast2json's own complaint.</summary>
    public static string Convert(string wastPath)
    {
        var folder = Directory.CreateTempSubdirectory("wasmbox-wast-").FullName;
        var json = Path.Combine(folder, Path.GetFileNameWithoutExtension(wastPath) + ".json");
        var start = new ProcessStartInfo("wast2json", [Path.GetFullPath(wastPath), "-o", json])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("wast2json was not found: install wabt (apt-get install wabt), or pass wast2json's .json output");
        }
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"wast2json could not convert {wastPath}: {errors.Trim().Split('\n').FirstOrDefault()}");
        return json;
    }
}
