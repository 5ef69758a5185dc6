using System.Diagnostics;
using Wasmbox.Bench.Building;
using Wasmbox.Runtime;

namespace Wasmbox.Bench.Speed;

/// <summary>
/// A column of the speed table: how a program's native build, or its module on one Wasm runtime,
/// is started for an <see cref="Invocation"/>. <see cref="WarmUp"/> runtimes get one untimed run first.
/// </summary>
internal sealed record Runner(string Name, Func<ProgramFiles, Invocation, ProcessStartInfo> Start, bool WarmUp = false)
{
    /// <summary>native, wasmbox, node with its default tiers, node with TurboFan only.</summary>
    public static Runner[] All(string root)
    {
        var wasmbox = Path.Combine(root, ".build", "cli", "wasmbox.dll");
        var cache = Path.Combine(root, ".build", "bench-cache");
        var node = Path.Combine(root, "bench", "node", "run-wasi.mjs");
        return
        [
            new("native", (files, run) => Process(files.Native, run.Arguments, run)),
            // `wasmbox run` as ./wasmbox starts it (with the variable that lets compiled code rely on
            // guard regions; without it the CLI starts itself again), and with a compilation cache of
            // its own: the untimed first run fills it, so timed runs load the module from it, as any
            // run of a module after its first does.
            new("wasmbox", (files, run) =>
            {
                var start = Process("dotnet", [wasmbox, "run", "--cache-dir", cache, .. Preopen(run), files.Wasm, .. run.Arguments], run);
                start.Environment[GuardRegionSupport.EnvironmentVariable] = "1";
                return start;
            }, WarmUp: true),
            new("node", (files, run) => Process("node", ["--no-warnings", node, .. Preopen(run), files.Wasm, .. run.Arguments], run)),
            new("node --no-liftoff", (files, run) => Process("node", ["--no-warnings", "--no-liftoff", node, .. Preopen(run), files.Wasm, .. run.Arguments], run)),
        ];
    }

    /// <summary>Runs <paramref name="files"/> once as <paramref name="run"/> says, timed; a non-zero exit status throws.</summary>
    public (TimeSpan Elapsed, string Output) Run(ProgramFiles files, Invocation run) => TimedProcess.Run(Start(files, run));

    private static string[] Preopen(Invocation run) => run.Directory is { } directory ? ["--dir", $"{directory}::."] : [];

    private static ProcessStartInfo Process(string file, IEnumerable<string> arguments, Invocation run) =>
        new(file, arguments) { WorkingDirectory = run.Directory ?? Environment.CurrentDirectory };
}
