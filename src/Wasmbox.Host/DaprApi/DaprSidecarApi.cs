using System.Collections.Immutable;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.Capabilities;

namespace Wasmbox.Host.DaprApi;

/// <summary>
/// The Dapr backend for a server running as a Dapr app next to a real daprd: a guest's
/// building-block call is sent to daprd's HTTP API as it is (the guest ABI is that API, so the
/// request needs no translation and keeps daprd's exact semantics), with <c>dapr-api-token</c>
/// when <c>DAPR_API_TOKEN</c> is set, and daprd's answer comes back as it is. daprd out of reach
/// is 503 ERR_DAPR_UNAVAILABLE, a call past the deadline 504 ERR_CANCELLED: answers, not traps.
/// </summary>
public sealed class DaprSidecarApi(Uri sidecar, string? apiToken) : IDaprApi, IDisposable
{
    /// <summary>The most a daprd answer may hold; more is refused rather than buffered.</summary>
    private const long MaxResponseBytes = 64L << 20;

    private static readonly HashSet<string> Hop = new(StringComparer.OrdinalIgnoreCase) { "Host", "Connection", "Transfer-Encoding", "Content-Length", "dapr-api-token" };

    private readonly HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public Uri Address => sidecar;

    public async ValueTask<DaprResponse> HandleAsync(DaprRequest request, CancellationToken cancellation = default)
    {
        var query = request.Query.IsEmpty ? "" : "?" + string.Join('&', request.Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        // Path-absolute, so a path cannot name another host.
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(sidecar, "/" + request.Path.TrimStart('/') + query));
        HttpAnswer.Fill(message, request.Method, request.Headers.Where(h => !Hop.Contains(h.Key)), request.Body);
        if (apiToken is not null) message.Headers.TryAddWithoutValidation("dapr-api-token", apiToken);
        try
        {
            using var response = request.CallerBlocks
                ? client.Send(message, HttpCompletionOption.ResponseHeadersRead, cancellation)
                : await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            var answer = HttpAnswer.Read(response, MaxResponseBytes, cancellation)
                ?? throw new DaprError(502, "ERR_DAPR_RESPONSE_TOO_LARGE", $"daprd's answer to {request.Method} {request.Path} is larger than {MaxResponseBytes} bytes");
            return answer with { Headers = [.. answer.Headers.Where(h => !Hop.Contains(h.Key))] };
        }
        catch (DaprError e) { return e.ToResponse(); }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return new DaprError(504, "ERR_CANCELLED", $"{request.Method} {request.Path} was stopped: the caller's deadline passed or it went away").ToResponse();
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            return new DaprError(503, "ERR_DAPR_UNAVAILABLE", $"daprd at {sidecar} did not answer {request.Method} {request.Path}: {e.Message}").ToResponse();
        }
    }

    public void Dispose() => client.Dispose();
}
