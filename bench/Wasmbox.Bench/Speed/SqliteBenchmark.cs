namespace Wasmbox.Bench.Speed;

/// <summary>
/// The sqlite3 shell runs bench/workloads/sqlite.sql on a new database file in its working
/// directory: the script generates its own rows, indexes them and queries them; it prints results.
/// The shell reads the script from a file (`.read`), not stdin: node's WASI can find a pipe empty
/// and report EAGAIN, which wasi-libc takes for the end of input.
/// </summary>
internal sealed class SqliteBenchmark() : RealProgramBenchmark("sqlite3", "sqlite3")
{
    private const string Settings = "settings.sqliterc";
    private const string Script = "workload.sql";
    private string? workload;

    protected override void PrepareInput(string root) => workload = Path.Combine(root, "bench", "workloads", "sqlite.sql");

    public override (TimeSpan Elapsed, string Output) Run(Runner runtime)
    {
        var directory = FreshDirectory();
        // An empty settings file, so neither build looks for ~/.sqliterc (the guest has no home).
        File.WriteAllBytes(Path.Combine(directory, Settings), []);
        File.Copy(workload!, Path.Combine(directory, Script));
        return runtime.Run(Files, new Invocation(["-init", Settings, "bench.db", $".read {Script}"], directory));
    }
}
