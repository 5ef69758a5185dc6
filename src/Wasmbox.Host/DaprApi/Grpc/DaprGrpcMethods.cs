using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Dapr.Client.Autogen.Grpc.v1;
using DaprServiceDescriptor = Dapr.Client.Autogen.Grpc.v1.Dapr;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// Binds the RPCs of <c>dapr.proto.runtime.v1.Dapr</c> that Wasmbox answers to
/// <see cref="DaprGrpcService"/>, with marshallers from the Dapr.Protos messages (the package
/// ships the messages and a client, but no server base class to bind them). Every other RPC of
/// the service is answered Unimplemented by Grpc.AspNetCore. Each binding is checked against the
/// service's own descriptor when the server starts: a misspelt name or a wrong message type stops
/// the start rather than leaving an RPC that no SDK call reaches.
/// </summary>
public sealed class DaprGrpcMethods : IServiceMethodProvider<DaprGrpcService>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<DaprGrpcService> context)
    {
        Add<GetStateRequest, GetStateResponse>(context, "GetState", (s, r, c) => s.State.GetState(r, c));
        Add<GetBulkStateRequest, GetBulkStateResponse>(context, "GetBulkState", (s, r, c) => s.State.GetBulkState(r, c));
        Add<SaveStateRequest, Google.Protobuf.WellKnownTypes.Empty>(context, "SaveState", (s, r, c) => s.State.SaveState(r, c));
        Add<DeleteStateRequest, Google.Protobuf.WellKnownTypes.Empty>(context, "DeleteState", (s, r, c) => s.State.DeleteState(r, c));
        Add<DeleteBulkStateRequest, Google.Protobuf.WellKnownTypes.Empty>(context, "DeleteBulkState", (s, r, c) => s.State.DeleteBulkState(r, c));
        Add<ExecuteStateTransactionRequest, Google.Protobuf.WellKnownTypes.Empty>(context, "ExecuteStateTransaction", (s, r, c) => s.State.ExecuteStateTransaction(r, c));
        Add<PublishEventRequest, Google.Protobuf.WellKnownTypes.Empty>(context, "PublishEvent", (s, r, c) => s.PubSub.PublishEvent(r, c));
        Add<BulkPublishRequest, BulkPublishResponse>(context, "BulkPublishEvent", (s, r, c) => s.PubSub.BulkPublishEvent(r, c));
        Add<BulkPublishRequest, BulkPublishResponse>(context, "BulkPublishEventAlpha1", (s, r, c) => s.PubSub.BulkPublishEventAlpha1(r, c));
        Add<InvokeServiceRequest, InvokeResponse>(context, "InvokeService", (s, r, c) => s.Invoke.InvokeService(r, c));
        Add<InvokeBindingRequest, InvokeBindingResponse>(context, "InvokeBinding", (s, r, c) => s.SecretsAndBindings.InvokeBinding(r, c));
        Add<GetSecretRequest, GetSecretResponse>(context, "GetSecret", (s, r, c) => s.SecretsAndBindings.GetSecret(r, c));
        Add<GetBulkSecretRequest, GetBulkSecretResponse>(context, "GetBulkSecret", (s, r, c) => s.SecretsAndBindings.GetBulkSecret(r, c));
        Add<GetMetadataRequest, GetMetadataResponse>(context, "GetMetadata", (s, r, c) => s.Sidecar.GetMetadata(r, c));
        Add<SetMetadataRequest, Google.Protobuf.WellKnownTypes.Empty>(context, "SetMetadata", (s, r, c) => s.Sidecar.SetMetadata(r, c));
        Add<ShutdownRequest, Google.Protobuf.WellKnownTypes.Empty>(context, "Shutdown", (s, r, c) => s.Sidecar.Shutdown(r, c));
    }

    private static void Add<TRequest, TResponse>(ServiceMethodProviderContext<DaprGrpcService> context, string name, UnaryServerMethod<DaprGrpcService, TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var service = DaprServiceDescriptor.Descriptor;
        var described = service.FindMethodByName(name)
            ?? throw new InvalidOperationException($"{service.FullName} has no method {name}");
        if (described.IsClientStreaming || described.IsServerStreaming || described.InputType.ClrType != typeof(TRequest) || described.OutputType.ClrType != typeof(TResponse))
            throw new InvalidOperationException($"{service.FullName}/{name} is not unary {typeof(TRequest).Name} -> {typeof(TResponse).Name}");
        var method = new Method<TRequest, TResponse>(MethodType.Unary, service.FullName, name, Messages<TRequest>.Marshaller, Messages<TResponse>.Marshaller);
        context.AddUnaryMethod(method, [], handler);
    }

    /// <summary>One marshaller per message type: the message's own wire format.</summary>
    private static class Messages<T> where T : class, IMessage<T>, new()
    {
        public static readonly Marshaller<T> Marshaller = Marshallers.Create(message => message.ToByteArray(), new MessageParser<T>(() => new T()).ParseFrom);
    }
}
