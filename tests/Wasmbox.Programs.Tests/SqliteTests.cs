using System.Globalization;
using System.Text;
using Wasmbox.Programs.Tests.Building;
using Wasmbox.Programs.Tests.Running;
using Wasmbox.Programs.Tests.Workloads;
using Wasmbox.Wasi.Tests;

namespace Wasmbox.Programs.Tests;

/// <summary>The sqlite3 shell, from Debian's source package, runs SQL workloads on database files as its native build does.</summary>
public sealed class SqliteTests
{
    private static readonly RealProgram Sqlite3 = RealProgram.Sqlite3;

    private static byte[] Workload(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Workloads", name));

    /// <summary>
    /// A run in a fresh pair of directories. "-init" names an empty settings file, so neither build
    /// looks for ~/.sqliterc (the native one would find a home directory through the password
    /// database, the guest has none).
    /// </summary>
    private static SideBySide Shell()
    {
        var run = new SideBySide(Sqlite3);
        run.WriteFile("settings.sqliterc", []);
        return run;
    }

    [Fact]
    public void RunsTheShopWorkloadAndLeavesTheSameDatabaseFile()
    {
        using var run = Shell();

        var outcome = run.Run(Workload("shop.sql"), "-init", "settings.sqliterc", "shop.db");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.ErrorText);
        Assert.Contains("customers|products|orders|lines\n3000|400|20000|60000\n", outcome.OutputText);
        Assert.Contains("integrity_check\nok\n", outcome.OutputText);
        Assert.True(new FileInfo(Path.Combine(run.WasmDirectory, "shop.db")).Length > 1_000_000);
    }

    [Fact]
    public void ImportsSortsReportsDumpsAndBacksUpThroughFiles()
    {
        using var run = Shell();
        run.WriteFile("readings.csv", Readings(40_000));
        run.WriteFile("summary.sql", "SELECT 'warm', count(*) FROM readings WHERE value > 50;\n"u8.ToArray());

        var outcome = run.Run(Workload("readings.sql"), "-init", "settings.sqliterc", "readings.db");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.ErrorText);
        Assert.StartsWith("imported|sensors|first|last\n40000|", outcome.OutputText);
        Assert.EndsWith("done\n", outcome.OutputText);
        foreach (var written in new[] { "readings.db", "report.txt", "dump.sql", "copy.db" })
            Assert.True(File.Exists(Path.Combine(run.WasmDirectory, written)), written);
        // The sorter's temporary files were created in the guest's directory and unlinked while open.
        Assert.DoesNotContain(Directory.GetFiles(run.WasmDirectory), file => Path.GetFileName(file).StartsWith("etilqs_", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportsSqlErrorsAsTheNativeBuildDoes()
    {
        using var run = Shell();
        var script = """
            CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, n INTEGER CHECK (n >= 0));
            INSERT INTO t VALUES (1, 'one', 1);
            INSERT INTO t VALUES (2, 'one', 2);
            INSERT INTO t VALUES (3, 'three', -3);
            INSERT INTO t VALUES (4, NULL, 4);
            SELEC * FROM t;
            SELECT * FROM missing;
            SELECT nosuchfunction(1);
            .read nothere.sql
            .nosuchcommand
            SELECT 'still running', count(*) FROM t;
            """;

        var lenient = run.Run(Encoding.UTF8.GetBytes(script), "-init", "settings.sqliterc", "errors.db");
        var bail = run.Run(Encoding.UTF8.GetBytes(script), "-init", "settings.sqliterc", "-bail", "bail.db");

        Assert.Equal(1, lenient.ExitCode);
        Assert.Contains("UNIQUE constraint failed: t.name", lenient.ErrorText);
        Assert.Contains("CHECK constraint failed", lenient.ErrorText);
        Assert.Contains("no such table: missing", lenient.ErrorText);
        Assert.Equal("still running|1\n", lenient.OutputText);
        Assert.Equal(1, bail.ExitCode);
        Assert.Equal("", bail.OutputText);
    }

    [Fact]
    public void ReadsADatabaseInADirectoryGrantedReadOnly()
    {
        using var run = new SideBySide(Sqlite3, readOnlyDirectory: true);
        run.WriteFile("settings.sqliterc", []);
        run.WriteFile("shop.db", ShopDatabase.Value);

        var read = run.Run(Encoding.UTF8.GetBytes("""
            SELECT count(*), sum(quantity) FROM order_lines;
            SELECT c.country, count(*) FROM customers u JOIN cities c ON c.id = u.city GROUP BY c.country ORDER BY 1;
            INSERT INTO cities VALUES (11, 'Quito', 'EC');
            """), "-init", "settings.sqliterc", "-readonly", "shop.db");

        Assert.Equal(1, read.ExitCode);
        Assert.Contains("attempt to write a readonly database", read.ErrorText);
        Assert.Contains("CH|300\n", read.OutputText);
    }

    /// <summary>The shop workload's database, made once by the native build (how it is made is another test's business).</summary>
    private static readonly Lazy<byte[]> ShopDatabase = new(() =>
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("settings.sqliterc", "");
        NativeRun.Run(Sqlite3, directory.Path, ["-init", "settings.sqliterc", "shop.db"], Workload("shop.sql"));
        return File.ReadAllBytes(directory.Combine("shop.db"));
    });

    /// <summary>Sensor readings as CSV with a header: twenty sensors, a year of times, values with three decimals.</summary>
    private static byte[] Readings(int count)
    {
        var data = new SampleData(seed: 3);
        string[] directions = ["north", "south", "east", "west"];
        var csv = new StringBuilder("sensor,taken,value\n");
        for (var i = 0; i < count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{directions[data.Next(4)]}-{1 + data.Next(5)},2023-{1 + data.Next(12):00}-{1 + data.Next(28):00} {data.Next(24):00}:{data.Next(60):00}:00,");
            csv.Append(((data.Next(100_000) - 20_000) / 1000.0).ToString("F3", CultureInfo.InvariantCulture)).Append('\n');
        }
        return Encoding.ASCII.GetBytes(csv.ToString());
    }
}
