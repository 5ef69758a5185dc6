using Wasmbox.Dapr.Api;
using Wasmbox.Host.Capabilities;

namespace Wasmbox.Host.Invocation;

/// <summary>
/// Calls this server's own HTTP endpoint over loopback, so that a call that did not arrive as an
/// HTTP request (a guest's service invocation, daprd's gRPC <c>OnInvoke</c>) goes through exactly
/// what an outside request goes through: routing, limits, admission, logs, request id; and the
/// other apps the manifest names, at their app ports.
/// </summary>
public sealed class LoopbackHttp(ListenEndpoints endpoints) : IDisposable
{
    /// <summary>The most a called function's answer may hold; more is refused rather than buffered.</summary>
    public const long MaxResponseBytes = 64L << 20;

    private readonly HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>
    /// Sends <paramref name="method"/> <paramref name="pathAndQuery"/> to this server and reads the
    /// whole answer; null when it is larger than <see cref="MaxResponseBytes"/>. With
    /// <paramref name="blocking"/>, the caller waits on this thread (a guest's host call), so the
    /// request is sent synchronously rather than blocking a pool thread on an async continuation.
    /// </summary>
    /// <exception cref="HttpRequestException">the call failed in transport</exception>
    public ValueTask<DaprResponse?> SendAsync(string method, string pathAndQuery, IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlyMemory<byte> body, bool blocking, CancellationToken cancellation) =>
        SendToAsync(ListenEndpoints.LoopbackAddressOf(endpoints.Http), method, pathAndQuery, headers, body, blocking, cancellation);

    /// <summary>As <see cref="SendAsync"/>, to another app on this machine (its app port at <paramref name="address"/>).</summary>
    /// <exception cref="HttpRequestException">the call failed in transport</exception>
    public async ValueTask<DaprResponse?> SendToAsync(Uri address, string method, string pathAndQuery, IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlyMemory<byte> body, bool blocking, CancellationToken cancellation)
    {
        using var message = new HttpRequestMessage(new HttpMethod(method), Target(address, pathAndQuery));
        HttpAnswer.Fill(message, method, headers.Where(h => !h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)), body);
        using var response = blocking
            ? client.Send(message, HttpCompletionOption.ResponseHeadersRead, cancellation)
            : await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
        var answer = HttpAnswer.Read(response, MaxResponseBytes, cancellation);
        return answer is null ? null : answer with { Headers = [.. answer.Headers.Where(h => !h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))] };
    }

    /// <summary>
    /// The URL on this server. The path is caller-controlled text (a guest's invoke method,
    /// daprd's OnInvoke method): with one leading slash it is a path-absolute reference, which
    /// resolves against this server whatever follows (<c>/http://elsewhere/</c>, <c>/\\elsewhere</c>
    /// stay paths here), where a relative one that parsed as an absolute URL would reach another host.
    /// </summary>
    private static Uri Target(Uri address, string pathAndQuery) => new(address, "/" + pathAndQuery.TrimStart('/'));

    public void Dispose() => client.Dispose();
}
