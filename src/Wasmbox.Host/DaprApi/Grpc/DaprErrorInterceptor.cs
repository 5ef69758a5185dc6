using Grpc.Core;
using Grpc.Core.Interceptors;
using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// Turns what the building blocks throw into gRPC statuses, as <see cref="DaprRouter.HandleAsync"/>
/// turns it into HTTP answers: a <see cref="DaprError"/> into daprd's status for it
/// (<see cref="DaprGrpcErrors"/>); the caller going away into Cancelled; a component failing in a
/// way it did not map (a database gone) into Internal with its message, where Grpc.AspNetCore
/// would answer Unknown with none.
/// </summary>
public sealed class DaprErrorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (DaprError error)
        {
            throw DaprGrpcErrors.ToRpcException(error);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Cancelled, $"{context.Method} was stopped: the caller's deadline passed or it went away"));
        }
        catch (Exception e) when (e is not (RpcException or OutOfMemoryException or InvalidProgramException))
        {
            throw new RpcException(new Status(StatusCode.Internal, $"{context.Method} failed in its component: {e.Message}"));
        }
    }
}
