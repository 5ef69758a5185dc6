using System.Runtime;
using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// .NET's multicore JIT for the CLI's own code. wasmbox is not compiled ahead of time (ReadyToRun
/// of its dependencies made the first ./wasmbox build minutes longer, of its own assemblies about
/// 40 s on a 2-core machine), so a run spends much of its start in RyuJIT
/// compiling the runtime, WASI and the CLI at tier 0. With a profile, each run records which
/// methods it compiled, and the next one compiles them on another core, ahead of the thread that
/// needs them (<see cref="ProfileOptimization"/>). The profile lives in the compilation cache, so a
/// run with --no-cache writes nothing.
/// </summary>
internal static class StartupProfile
{
    public const string FolderName = "startup";

    /// <summary>
    /// Set by Program.Main: only a process of its own records and plays back a profile. A host
    /// that runs commands in-process (the tests do) keeps its JIT to itself.
    /// </summary>
    public static bool Enabled { get; set; }

    /// <summary>Starts recording (and playing back the previous run's) <paramref name="command"/>.jitprofile in <paramref name="cacheDirectory"/>.</summary>
    public static void Start(string cacheDirectory, string command)
    {
        if (!Enabled) return;
        string folder;
        try
        {
            folder = new CompilationCache(cacheDirectory).CreateSubdirectory(FolderName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;   // no profile: the run is only slower to start
        }
        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile($"{command}.jitprofile");
    }
}
