using System.Collections.Immutable;
using Dapr.AppCallback.Autogen.Grpc.v1;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Wasmbox.Dapr.Bindings;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Triggers;
using EventStatus = Dapr.AppCallback.Autogen.Grpc.v1.TopicEventResponse.Types.TopicEventResponseStatus;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// <c>dapr.proto.runtime.v1.AppCallback</c>: what daprd calls on a gRPC app, answered by the same
/// code as the HTTP app channel. Subscriptions come from <see cref="AppSubscriptions"/> (routed to
/// <c>/dapr/events/FUNCTION</c>, which daprd hands back as the event's <c>path</c>), events run
/// through <see cref="PubSubTrigger.DeliverAsync"/>, binding events through
/// <see cref="BindingTrigger.RunAsync"/>, invocations through the function routes
/// (<see cref="FunctionInvoke"/>). Bulk events and jobs are left to the base class
/// (Unimplemented): no subscription asks for bulk delivery, and there are no jobs.
/// </summary>
public sealed class AppCallbackService(
    AppSubscriptions subscriptions, FunctionRegistry registry, PubSubTrigger pubSub, BindingTrigger bindings,
    FunctionInvoke invoke, ILogger<AppCallbackService> logger) : AppCallback.AppCallbackBase
{
    public override Task<InvokeResponse> OnInvoke(InvokeRequest request, ServerCallContext context) => invoke.InvokeAsync(request, context);

    public override Task<ListTopicSubscriptionsResponse> ListTopicSubscriptions(Empty request, ServerCallContext context)
    {
        var response = new ListTopicSubscriptionsResponse();
        response.Subscriptions.Add(subscriptions.List().Select(s => new TopicSubscription
        {
            PubsubName = s.PubSub,
            Topic = s.Topic,
            Routes = new TopicRoutes { Default = s.Route },
            DeadLetterTopic = s.DeadLetterTopic ?? "",
        }));
        return Task.FromResult(response);
    }

    /// <summary>
    /// An event for a path that names no function served now is dropped with a warning, as the
    /// HTTP channel's 404 is: daprd drops on DROP, whereas a gRPC error (NotFound included) would
    /// have it retry an event that no retry can deliver.
    /// </summary>
    public override async Task<TopicEventResponse> OnTopicEvent(TopicEventRequest request, ServerCallContext context)
    {
        var function = request.Path.StartsWith(AppSubscriptions.EventsPrefix, StringComparison.Ordinal)
            ? Uri.UnescapeDataString(request.Path[AppSubscriptions.EventsPrefix.Length..])
            : null;
        if (function is null || !registry.Table.Functions.ContainsKey(function))
        {
            logger.LogWarning("gRPC app channel: event {Id} on {PubSub}/{Topic} for path {Path}, which no function serves: DROP",
                request.Id, request.PubsubName, request.Topic, request.Path);
            return new TopicEventResponse { Status = EventStatus.Drop };
        }
        var result = await pubSub.DeliverAsync(function, new Delivery(TopicEventMessage.From(request), 1), context.CancellationToken).ConfigureAwait(false);
        return new TopicEventResponse
        {
            Status = result switch
            {
                DeliveryResult.Success => EventStatus.Success,
                DeliveryResult.Retry => EventStatus.Retry,
                _ => EventStatus.Drop,
            },
        };
    }

    public override Task<ListInputBindingsResponse> ListInputBindings(Empty request, ServerCallContext context)
    {
        var response = new ListInputBindingsResponse();
        response.Bindings.Add(bindings.BoundNames());
        return Task.FromResult(response);
    }

    /// <summary>An empty response: the functions' output goes nowhere (no state to save, no output bindings to call).</summary>
    public override async Task<BindingEventResponse> OnBindingEvent(BindingEventRequest request, ServerCallContext context)
    {
        if (!bindings.IsBound(request.Name))
            throw new RpcException(new Status(StatusCode.NotFound, $"no function takes input binding {request.Name}"));
        var metadata = request.Metadata.ToImmutableDictionary(StringComparer.Ordinal);
        var succeeded = await bindings.RunAsync(request.Name, new BindingEvent(request.Data.Memory, metadata), context.CancellationToken).ConfigureAwait(false);
        if (!succeeded) throw new RpcException(new Status(StatusCode.Internal, $"a function bound to {request.Name} failed: see wasmbox logs"));
        return new BindingEventResponse();
    }
}
