namespace Wasmbox.Bench.Speed;

/// <summary>
/// The sqlite3 shell runs bench/workloads/sqlite.sql on a new database file in its working
/// directory: the script generates its own rows, indexes them and queries them; it prints results.
/// </summary>
internal sealed class SqliteBenchmark() : RealProgramBenchmark("sqlite3", "sqlite3")
{
    private const string Settings = "settings.sqliterc";
    private string? workload;

    protected override void PrepareInput(string root) => workload = Path.Combine(root, "bench", "workloads", "sqlite.sql");

    public override (TimeSpan Elapsed, string Output) Run(Runtime runtime)
    {
        var directory = FreshDirectory();
        // An empty settings file, so neither build looks for ~/.sqliterc (the guest has no home).
        File.WriteAllBytes(Path.Combine(directory, Settings), []);
        return runtime.Run(Files, new Invocation(["-init", Settings, "bench.db"], directory, workload));
    }
}
