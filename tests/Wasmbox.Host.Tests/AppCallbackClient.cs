using Dapr.AppCallback.Autogen.Grpc.v1;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;

namespace Wasmbox.Host.Tests;

/// <summary>
/// daprd's side of the gRPC app channel. Dapr.Protos generates AppCallback for servers only, so
/// the client is bound by hand from the service descriptors the package ships (the names are
/// read from them, not typed here, so they are the ones the server binds).
/// </summary>
internal sealed class AppCallbackClient(GrpcChannel channel, string? apiToken = null) : IDisposable
{
    private static readonly string AppCallbackService = AppCallback.Descriptor.FullName;
    private static readonly string HealthCheckService = AppCallbackHealthCheck.Descriptor.FullName;

    public static AppCallbackClient For(Uri address, string? apiToken = null) => new(GrpcChannel.ForAddress(address), apiToken);

    public Task<InvokeResponse> OnInvokeAsync(InvokeRequest request, Metadata? metadata = null) => Call(AppCallbackService, "OnInvoke", request, InvokeResponse.Parser, metadata);
    public Task<ListTopicSubscriptionsResponse> ListTopicSubscriptionsAsync() => Call(AppCallbackService, "ListTopicSubscriptions", new Empty(), ListTopicSubscriptionsResponse.Parser);
    public Task<TopicEventResponse> OnTopicEventAsync(TopicEventRequest request) => Call(AppCallbackService, "OnTopicEvent", request, TopicEventResponse.Parser);
    public Task<ListInputBindingsResponse> ListInputBindingsAsync() => Call(AppCallbackService, "ListInputBindings", new Empty(), ListInputBindingsResponse.Parser);
    public Task<BindingEventResponse> OnBindingEventAsync(BindingEventRequest request) => Call(AppCallbackService, "OnBindingEvent", request, BindingEventResponse.Parser);
    public Task<HealthCheckResponse> HealthCheckAsync() => Call(HealthCheckService, "HealthCheck", new Empty(), HealthCheckResponse.Parser);

    /// <summary>The last call's response headers and trailers.</summary>
    public Metadata? Headers { get; private set; }

    private async Task<TResponse> Call<TRequest, TResponse>(string service, string name, TRequest request, MessageParser<TResponse> parser, Metadata? extra = null)
        where TRequest : class, IMessage<TRequest> where TResponse : class, IMessage<TResponse>
    {
        var method = new Method<TRequest, TResponse>(MethodType.Unary, service, name,
            Marshallers.Create<TRequest>(m => m.ToByteArray(), _ => throw new NotSupportedException("requests are not read here")),
            Marshallers.Create<TResponse>(_ => throw new NotSupportedException("responses are not written here"), parser.ParseFrom));
        var metadata = new Metadata();
        foreach (var entry in extra ?? []) metadata.Add(entry);
        if (apiToken is not null) metadata.Add("dapr-api-token", apiToken);
        using var call = channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(metadata, DateTime.UtcNow.AddSeconds(60)), request);
        Headers = await call.ResponseHeadersAsync;
        return await call.ResponseAsync;
    }

    public void Dispose() => channel.Dispose();
}
