using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Dapr.Tests.PubSub;

/// <summary>pubsub.in-memory: the conformance scenarios, within one process.</summary>
public sealed class InMemoryPubSubTests : PubSubConformanceTests
{
    protected override IPubSub CreatePubSub() => new InMemoryPubSub();

    protected override long Pending(IPubSub pubsub, string subscriber, string topic) => ((InMemoryPubSub)pubsub).Pending(subscriber);
}
