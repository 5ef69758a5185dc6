using System.Collections.Immutable;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.Capabilities;
using Wasmbox.Host.Manifest;

namespace Wasmbox.Host.DaprApi;

/// <summary>
/// The Dapr backend for a server running as a Dapr app next to a real daprd: a guest's
/// building-block call is sent to daprd's HTTP API as it is (the guest ABI is that API, so the
/// request needs no translation and keeps daprd's exact semantics), with <c>dapr-api-token</c>
/// when <c>DAPR_API_TOKEN</c> is set, and daprd's answer comes back as it is. daprd out of reach
/// is 503 ERR_DAPR_UNAVAILABLE, daprd slower than <paramref name="callTimeout"/> 504
/// ERR_DAPR_TIMEOUT, a call past the guest's deadline 504 ERR_CANCELLED: answers, not traps.
/// </summary>
public sealed class DaprSidecarApi(Uri sidecar, string? apiToken, TimeSpan callTimeout) : IDaprApi, IDisposable
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
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(callTimeout);
        try
        {
            using var response = request.CallerBlocks
                ? client.Send(message, HttpCompletionOption.ResponseHeadersRead, limit.Token)
                : await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            var answer = HttpAnswer.Read(response, MaxResponseBytes, limit.Token)
                ?? throw new DaprError(502, "ERR_DAPR_RESPONSE_TOO_LARGE", $"daprd's answer to {request.Method} {request.Path} is larger than {MaxResponseBytes} bytes");
            return answer with { Headers = [.. answer.Headers.Where(h => !Hop.Contains(h.Key))] };
        }
        catch (DaprError e) { return e.ToResponse(); }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return new DaprError(504, "ERR_CANCELLED", $"{request.Method} {request.Path} was stopped: the caller's deadline passed or it went away").ToResponse();
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            return new DaprError(504, "ERR_DAPR_TIMEOUT", $"daprd at {sidecar} did not answer {request.Method} {request.Path} within {Quantities.FormatDuration(callTimeout)}").ToResponse();
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            return new DaprError(503, "ERR_DAPR_UNAVAILABLE", $"daprd at {sidecar} did not answer {request.Method} {request.Path}: {e.Message}").ToResponse();
        }
    }

    public void Dispose() => client.Dispose();
}
