using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.AppChannel.Grpc;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// A <see cref="DaprError"/> (daprd's HTTP status and error code) as the gRPC status daprd gives
/// for the same failure. Most follow the HTTP status as gRPC maps it (400 InvalidArgument, 409
/// Aborted, 500 Internal, …: <see cref="InvokeError.CodeFor"/>); the exceptions are those where
/// daprd's gRPC API picks another code (dapr/dapr pkg/messages/predefined.go, pkg/api/errors,
/// pkg/api/grpc/grpc.go). The error code travels as the reason of a <c>google.rpc.ErrorInfo</c>
/// (domain dapr.io) in the status details, where an SDK's rich error reading finds it.
/// </summary>
public static class DaprGrpcErrors
{
    public static StatusCode CodeFor(DaprError error) => (error.ErrorCode, error.Status) switch
    {
        // "Not configured at all" is a precondition over gRPC, whatever its HTTP status.
        ("ERR_STATE_STORE_NOT_CONFIGURED" or "ERR_PUBSUB_NOT_CONFIGURED" or "ERR_SECRET_STORES_NOT_CONFIGURED", _) => StatusCode.FailedPrecondition,
        // A name the caller got wrong is an argument error over gRPC (HTTP says 400, 401 or 404).
        ("ERR_STATE_STORE_NOT_FOUND" or "ERR_SECRET_STORE_NOT_FOUND" or "ERR_PUBSUB_EMPTY" or "ERR_TOPIC_NAME_EMPTY", _) => StatusCode.InvalidArgument,
        ("ERR_PUBSUB_NOT_FOUND", 404) => StatusCode.InvalidArgument,
        ("ERR_PUBSUB_CLOUD_EVENTS_SER", _) => StatusCode.InvalidArgument,
        // A transaction the store cannot run, or an operation that is not upsert or delete.
        ("ERR_STATE_STORE_NOT_SUPPORTED" or "ERR_NOT_SUPPORTED_STATE_OPERATION", _) => StatusCode.Unimplemented,
        // daprd reports every output binding and invocation failure as Internal.
        ("ERR_INVOKE_OUTPUT_BINDING" or "ERR_DIRECT_INVOKE", _) => StatusCode.Internal,
        _ => InvokeError.CodeFor(error.Status),
    };

    public static RpcException ToRpcException(DaprError error)
    {
        var code = CodeFor(error);
        var details = new Google.Rpc.Status
        {
            Code = (int)code,
            Message = error.Message,
            Details = { Any.Pack(new Google.Rpc.ErrorInfo { Reason = error.ErrorCode, Domain = "dapr.io" }) },
        };
        return new RpcException(new Status(code, error.Message), new Metadata { { "grpc-status-details-bin", details.ToByteArray() } });
    }
}
