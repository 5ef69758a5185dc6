namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// <c>dapr.proto.runtime.v1.Dapr</c> as Grpc.AspNetCore serves it: the instance each call is
/// handed, holding the parts that answer the RPCs (bound by <see cref="DaprGrpcMethods"/>).
/// Dapr.Protos has no server base class for this service, so there is no generated base here.
/// </summary>
public sealed class DaprGrpcService(StateRpcs state, PubSubRpcs pubSub, InvokeRpcs invoke, SecretsAndBindingsRpcs secretsAndBindings, SidecarRpcs sidecar)
{
    public StateRpcs State { get; } = state;
    public PubSubRpcs PubSub { get; } = pubSub;
    public InvokeRpcs Invoke { get; } = invoke;
    public SecretsAndBindingsRpcs SecretsAndBindings { get; } = secretsAndBindings;
    public SidecarRpcs Sidecar { get; } = sidecar;
}
