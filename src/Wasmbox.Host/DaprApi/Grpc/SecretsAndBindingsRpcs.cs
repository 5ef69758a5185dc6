using System.Collections.Immutable;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Grpc.Core;
using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.DaprApi.Grpc;

/// <summary>
/// <c>GetSecret</c>, <c>GetBulkSecret</c> and <c>InvokeBinding</c>, answered by
/// <see cref="SecretsApi"/> and <see cref="BindingsApi"/>, the same code as <c>/v1.0/secrets</c>
/// and <c>/v1.0/bindings</c>. A binding's data goes as the bytes given (the HTTP route reads them
/// out of a JSON body). daprd also copies the call's metadata into the binding's metadata, for
/// tracing; Wasmbox traces nothing there, so only the request's own metadata goes.
/// </summary>
public sealed class SecretsAndBindingsRpcs(DaprRouter router)
{
    /// <summary>A secret the store does not have is an empty answer, as the HTTP route's 204 is.</summary>
    public Task<GetSecretResponse> GetSecret(GetSecretRequest request, ServerCallContext context)
    {
        var response = new GetSecretResponse();
        if (router.Secrets.Secret(request.StoreName, request.Key) is { } secret) response.Data.Add(secret.ToDictionary());
        return Task.FromResult(response);
    }

    public Task<GetBulkSecretResponse> GetBulkSecret(GetBulkSecretRequest request, ServerCallContext context)
    {
        var response = new GetBulkSecretResponse();
        foreach (var (name, values) in router.Secrets.AllSecrets(request.StoreName))
        {
            var secret = new SecretResponse();
            secret.Secrets.Add(values.ToDictionary());
            response.Data[name] = secret;
        }
        return Task.FromResult(response);
    }

    public async Task<InvokeBindingResponse> InvokeBinding(InvokeBindingRequest request, ServerCallContext context)
    {
        var call = new Wasmbox.Dapr.Bindings.BindingRequest(request.Operation, request.Data.Memory, request.Metadata.ToImmutableDictionary(StringComparer.Ordinal));
        var answer = await router.Bindings.CallAsync(request.Name, call, context.CancellationToken).ConfigureAwait(false);
        var response = new InvokeBindingResponse { Data = ByteString.CopyFrom(answer.Data.Span) };
        response.Metadata.Add(answer.Metadata);
        return response;
    }
}
