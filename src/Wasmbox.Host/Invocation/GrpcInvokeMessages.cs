using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.Invocation;

/// <summary>
/// <c>common.v1.InvokeRequest</c>/<c>InvokeResponse</c> read as the HTTP request a function route
/// answers, and that answer written back, the same way for daprd's <c>OnInvoke</c> on the gRPC app
/// channel and for an app's <c>InvokeService</c> on the Dapr gRPC API: verb from
/// <c>http_extension</c> (POST without one), path <c>/METHOD</c> with the extension's query, the
/// call's metadata as headers, and the answer's body back as raw bytes,
/// <c>Any{type_url: "", value: body}</c>, which is how daprd wraps an HTTP app's answer (a type URL
/// would make it application/x-protobuf).
/// </summary>
public static class GrpcInvokeMessages
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

    public static string Verb(InvokeRequest request) =>
        request.HttpExtension is { Verb: not HTTPExtension.Types.Verb.None } extension ? extension.Verb.ToString().ToUpperInvariant() : "POST";

    public static string PathAndQuery(InvokeRequest request) =>
        "/" + request.Method.TrimStart('/') + (request.HttpExtension?.Querystring is { Length: > 0 } given ? "?" + given.TrimStart('?') : "");

    public static ReadOnlyMemory<byte> Body(InvokeRequest request) => request.Data?.Value.Memory ?? ReadOnlyMemory<byte>.Empty;

    /// <summary>The call's metadata as the request's headers (daprd passes the caller's headers so), without gRPC's own, plus the body's content type.</summary>
    public static List<KeyValuePair<string, string>> Headers(InvokeRequest request, Metadata metadata)
    {
        var headers = metadata.Where(e => !e.IsBinary && !e.Key.StartsWith(':') && !e.Key.StartsWith("grpc-", StringComparison.Ordinal) && !CallMetadata.Contains(e.Key))
            .Select(e => new KeyValuePair<string, string>(e.Key, e.Value))
            .ToList();
        if (ContentType(request) is { } contentType) headers.Add(new("Content-Type", contentType));
        return headers;
    }

    /// <summary>The function's response headers as response metadata, as daprd relays an app's headers to the caller.</summary>
    public static Metadata ResponseMetadata(DaprResponse answer)
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

    /// <summary>A 2xx answer as the response message.</summary>
    public static InvokeResponse Response(DaprResponse answer) => new()
    {
        Data = new Any { Value = ByteString.CopyFrom(answer.Body.Span) },
        ContentType = answer.Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "",
    };

    /// <summary>The body's content type, as daprd's own HTTP channel infers it when the call names none.</summary>
    private static string? ContentType(InvokeRequest request) =>
        request.ContentType is { Length: > 0 } named ? named
        : request.Data is { TypeUrl.Length: > 0 } ? "application/x-protobuf"
        : request.Data is { Value.IsEmpty: false } ? "application/json"
        : null;

    /// <summary>gRPC metadata keys are lower-case letters, digits, '-', '_' and '.'.</summary>
    private static bool IsMetadataKey(string key) => key.Length > 0 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.');
}
