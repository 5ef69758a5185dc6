using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.Capabilities;

/// <summary>
/// An answer the host made instead of the component or remote server the guest asked for: a
/// Dapr error body plus a <c>Wasmbox-Error</c> header holding the code, so a guest can tell "the
/// host refused" from a remote server's own 403 or 502 on outbound HTTP.
/// </summary>
public static class GuestRefusal
{
    public const string Header = "Wasmbox-Error";

    public static DaprResponse Response(int status, string errorCode, string message)
    {
        var response = new DaprError(status, errorCode, message).ToResponse();
        return response with { Headers = response.Headers.Add(new(Header, errorCode)) };
    }
}
