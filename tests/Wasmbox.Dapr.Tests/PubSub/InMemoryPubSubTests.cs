using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Dapr.Tests.Components;

namespace Wasmbox.Dapr.Tests.PubSub;

/// <summary>pubsub.in-memory: the conformance scenarios, within one process.</summary>
public sealed class InMemoryPubSubTests : PubSubConformanceTests
{
    protected override IPubSub CreatePubSub() => new InMemoryPubSub();

    protected override long Pending(IPubSub pubsub, string subscriber, string topic) => ((InMemoryPubSub)pubsub).Pending(subscriber);

    [Fact]
    public async Task AComponentFileDeclaresItAndItTakesNoMetadata()
    {
        var resources = ComponentFiles.Directory(("events.yaml", ComponentFiles.Component("events", "pubsub.in-memory")));
        await using var set = ComponentSet.Load(resources, Directory.CreateTempSubdirectory("wasmbox-data-").FullName, "app");
        Assert.IsType<InMemoryPubSub>(set.PubSubs["events"]);
        var refused = ComponentFiles.Directory(("events.yaml", ComponentFiles.Component("events", "pubsub.in-memory", "  metadata:\n  - name: size\n    value: \"1\"\n")));
        var error = Assert.Throws<ComponentException>(() => ComponentSet.Load(refused, Path.GetTempPath(), "app"));
        Assert.Contains("unknown metadata \"size\" for pubsub.in-memory (known: none)", error.Message);
    }
}
