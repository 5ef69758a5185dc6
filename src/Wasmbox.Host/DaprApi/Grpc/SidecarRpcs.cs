using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// <c>GetMetadata</c>, <c>SetMetadata</c> and <c>Shutdown</c>: the same <see cref="DaprMetadata"/>
/// and <see cref="SidecarShutdown"/> as <c>/v1.0/metadata</c> and <c>/v1.0/shutdown</c>. The JS
/// SDK's gRPC client waits for the sidecar by calling GetMetadata until it succeeds.
/// </summary>
public sealed class SidecarRpcs(DaprMetadata metadata, SidecarShutdown shutdown)
{
    public Task<GetMetadataResponse> GetMetadata(GetMetadataRequest request, ServerCallContext context)
    {
        var snapshot = metadata.Snapshot();
        var response = new GetMetadataResponse
        {
            Id = snapshot.Id,
            RuntimeVersion = DaprMetadata.RuntimeVersion,
            AppConnectionProperties = new AppConnectionProperties { Port = snapshot.AppPort, Protocol = "http", ChannelAddress = snapshot.AppChannelAddress },
            ActorRuntime = new ActorRuntime { RuntimeStatus = ActorRuntime.Types.ActorRuntimeStatus.Disabled },
        };
        foreach (var component in snapshot.Components)
        {
            var registered = new RegisteredComponents { Name = component.Name, Type = component.Type, Version = component.Version };
            registered.Capabilities.Add(component.Capabilities);
            response.RegisteredComponents.Add(registered);
        }
        response.ExtendedMetadata.Add(snapshot.Extended.ToDictionary());
        foreach (var subscription in snapshot.Subscriptions)
        {
            var entry = new PubsubSubscription
            {
                PubsubName = subscription.PubSub,
                Topic = subscription.Topic,
                DeadLetterTopic = subscription.DeadLetterTopic,
                Rules = new PubsubSubscriptionRules(),
                Type = subscription.Type == "PROGRAMMATIC" ? PubsubSubscriptionType.Programmatic : PubsubSubscriptionType.Declarative,
            };
            entry.Metadata.Add(subscription.Metadata.ToDictionary());
            entry.Rules.Rules.Add(subscription.Rules.Select(r => new PubsubSubscriptionRule { Match = r.Match, Path = r.Path }));
            response.Subscriptions.Add(entry);
        }
        return Task.FromResult(response);
    }

    public Task<Empty> SetMetadata(SetMetadataRequest request, ServerCallContext context)
    {
        metadata.Set(request.Key, request.Value);
        return Task.FromResult(new Empty());
    }

    public Task<Empty> Shutdown(ShutdownRequest request, ServerCallContext context)
    {
        shutdown.Request();
        return Task.FromResult(new Empty());
    }
}
