using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.Invocation;

namespace Wasmbox.Host.AppChannel.Grpc;

/// <summary>
/// <c>OnInvoke</c>: daprd's service invocation of a gRPC app, run as the HTTP request it stands
/// for (verb from <c>http_extension</c>, POST without one; path <c>/METHOD</c>; the query string;
/// the call's metadata as headers) over loopback to this server's own HTTP port, so the function
/// route runs exactly as it would for daprd's HTTP channel. The answer's body goes back as raw
/// bytes, <c>Any{type_url: "", value: body}</c>, which is how daprd wraps raw data itself and
/// reads it back with the answer's content type (a type URL would make it
/// application/x-protobuf). A non-2xx answer is a gRPC error (<see cref="InvokeError"/>).
/// </summary>
public sealed class FunctionInvoke(LoopbackHttp loopback)
{
    /// <summary>Metadata that describes the gRPC call, not the request it carries.</summary>
    private static readonly HashSet<string> CallMetadata = new(StringComparer.OrdinalIgnoreCase)
    {
        "content-type", "content-length", "te", "user-agent", "host", "connection", "keep-alive", "upgrade",
        "transfer-encoding", "accept-encoding", "dapr-api-token",
    };

    /// <summary>Response headers that HTTP/2 or gRPC set themselves.</summary>
    private static readonly HashSet<string> ConnectionHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "content-type", "content-length", "transfer-encoding", "connection", "keep-alive", "date", "server",
    };

    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, ServerCallContext context)
    {
        var verb = request.HttpExtension is { Verb: not HTTPExtension.Types.Verb.None } extension ? extension.Verb.ToString().ToUpperInvariant() : "POST";
        var query = request.HttpExtension?.Querystring is { Length: > 0 } given ? "?" + given.TrimStart('?') : "";
        var body = request.Data?.Value.Memory ?? ReadOnlyMemory<byte>.Empty;
        var headers = RequestHeaders(context.RequestHeaders);
        if (ContentType(request) is { } contentType) headers.Add(new("Content-Type", contentType));

        DaprResponse? answer;
        try
        {
            answer = await loopback.SendAsync(verb, "/" + request.Method.TrimStart('/') + query, headers, body, blocking: false, context.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "the call was cancelled"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"the function route could not be called: {e.Message}"));
        }
        if (answer is null)
            throw new RpcException(new Status(StatusCode.ResourceExhausted, $"the answer is larger than {LoopbackHttp.MaxResponseBytes} bytes"));

        await context.WriteResponseHeadersAsync(ResponseMetadata(answer)).ConfigureAwait(false);
        if (answer.Status is < 200 or >= 300) throw InvokeError.From(answer);
        return new InvokeResponse
        {
            Data = new Any { Value = ByteString.CopyFrom(answer.Body.Span) },
            ContentType = Header(answer, "Content-Type") ?? "",
        };
    }

    /// <summary>The body's content type, as daprd's own HTTP channel infers it when the call names none.</summary>
    private static string? ContentType(InvokeRequest request) =>
        request.ContentType is { Length: > 0 } named ? named
        : request.Data is { TypeUrl.Length: > 0 } ? "application/x-protobuf"
        : request.Data is { Value.IsEmpty: false } ? "application/json"
        : null;

    /// <summary>The call's metadata as the request's headers (daprd passes the caller's headers so), without gRPC's own.</summary>
    private static List<KeyValuePair<string, string>> RequestHeaders(Metadata metadata) =>
        metadata.Where(e => !e.IsBinary && !e.Key.StartsWith(':') && !e.Key.StartsWith("grpc-", StringComparison.Ordinal) && !CallMetadata.Contains(e.Key))
            .Select(e => new KeyValuePair<string, string>(e.Key, e.Value))
            .ToList();

    /// <summary>The function's response headers as response metadata, as daprd relays an app's headers to the caller.</summary>
    private static Metadata ResponseMetadata(DaprResponse answer)
    {
        var metadata = new Metadata();
        foreach (var (name, value) in answer.Headers)
        {
            var key = name.ToLowerInvariant();
            if (ConnectionHeaders.Contains(key) || key.StartsWith("grpc-", StringComparison.Ordinal) || key.EndsWith("-bin", StringComparison.Ordinal) || !IsMetadataKey(key)) continue;
            metadata.Add(key, value);
        }
        return metadata;
    }

    /// <summary>gRPC metadata keys are lower-case letters, digits, '-', '_' and '.'.</summary>
    private static bool IsMetadataKey(string key) => key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.');

    private static string? Header(DaprResponse answer, string name) =>
        answer.Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
