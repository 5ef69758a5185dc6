using System.Text;
using Wasmbox.Runtime;

namespace Wasmbox.Wasi.Tests;

/// <summary>Snapshots of WASI guests under <see cref="WasiSnapshotPolicy"/>: what it lets the initializer do, and what it refuses.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void AGuestInitializedWithClockAndStdoutRunsFromTheSnapshotWithoutInitializingAgain()
    {
        var engine = new Engine();
        var linker = WasiPreview1.AddToLinker(new Linker(engine), store => (WasiContext)store.Data!);
        var pre = linker.Prepare(Module.FromFile(engine, GuestPrograms.Reactor("snapshot")));
        var initializationOutput = new MemoryStream();
        Snapshot snapshot;
        using (var context = new WasiContext(WasiConfiguration.Default.WithStandardOutput(initializationOutput)))
        using (var store = new Store(engine, context))
            snapshot = pre.CreateSnapshot(store, WasiSnapshotPolicy.Options());
        Assert.Equal("initialized\n", Encoding.UTF8.GetString(initializationOutput.ToArray()));

        for (var request = 0; request < 3; request++)
        {
            var output = new MemoryStream();
            using var context = new WasiContext(WasiConfiguration.Default.WithStandardOutput(output));
            using var store = new Store(engine, context);
            snapshot.Instantiate(store).GetAction("greet")();
            Assert.Equal("hello from the snapshot (initialized after 2020)\n", Encoding.UTF8.GetString(output.ToArray()));
        }
    }

    [Fact]
    public void AnInitializerThatOpensAFileIsRefusedWithTheReason()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "config.txt"), "from a file");
        var engine = new Engine();
        using var context = new WasiContext(WasiConfiguration.Default.WithPreopenedDirectory(directory.Path, "/data", readOnly: true));
        var linker = WasiPreview1.AddToLinker(new Linker(engine), context);
        var pre = linker.Prepare(Module.FromFile(engine, GuestPrograms.Reactor("snapshot")));
        using var store = new Store(engine);
        var refused = Assert.Throws<SnapshotException>(() =>
            pre.CreateSnapshot(store, WasiSnapshotPolicy.Options().WithInitializer("initialize_with_file")));
        Assert.Contains("wasi_snapshot_preview1.fd_prestat_get", refused.Reason);
        Assert.Contains("preopened directories belong to each instance's WASI context", refused.Reason);
    }
}
