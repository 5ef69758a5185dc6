using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.Capabilities;

/// <summary>
/// A guest's outbound HTTP request (a dapr_request whose path is an absolute http(s) URL), sent
/// only to the hosts the function's manifest allows. Redirects are not followed, since the target
/// of a redirect was never checked: the guest gets the 3xx and may follow it through the same
/// check. The call is synchronous (host calls are) and ends when the guest's deadline passes; the
/// response body may not exceed the function's memory limit, as the guest could not hold more.
/// </summary>
public sealed class OutboundHttp : IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    public static bool IsOutbound(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public DaprResponse Send(GuestInstance guest, string method, string url, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        var spec = guest.Function.Spec;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return GuestRefusal.Response(400, "ERR_OUTBOUND_BAD_URL", $"\"{url}\" is not an http or https URL");
        if (!AllowedHosts.Permit(spec.AllowedHosts, uri))
            return GuestRefusal.Response(403, "ERR_OUTBOUND_HOST_FORBIDDEN",
                $"function {spec.Name} may not reach {uri.Authority} (allowed hosts: {(spec.AllowedHosts.IsEmpty ? "none" : string.Join(", ", spec.AllowedHosts))}; grant it with allowed-hosts: [{uri.Authority}])");
        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        HttpAnswer.Fill(request, method, headers, body);
        var limit = (long)(guest.Function.Limits.MemoryBytes ?? 64UL << 20);
        try
        {
            using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, guest.Cancellation);
            return HttpAnswer.Read(response, limit, guest.Cancellation)
                ?? GuestRefusal.Response(502, "ERR_OUTBOUND_TOO_LARGE", $"the response from {uri.Authority} is larger than the function's memory limit ({limit} bytes)");
        }
        catch (OperationCanceledException)
        {
            return GuestRefusal.Response(504, "ERR_OUTBOUND_CANCELLED", $"the request to {uri.Authority} was stopped: the function's deadline passed or its caller went away");
        }
        catch (HttpRequestException e)
        {
            return GuestRefusal.Response(502, "ERR_OUTBOUND_FAILED", $"the request to {uri.Authority} failed: {e.Message}");
        }
        catch (IOException e)
        {
            return GuestRefusal.Response(502, "ERR_OUTBOUND_FAILED", $"the response from {uri.Authority} broke off: {e.Message}");
        }
    }

    public void Dispose() => client.Dispose();
}
