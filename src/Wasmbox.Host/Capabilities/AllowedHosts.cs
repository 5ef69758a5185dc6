namespace Wasmbox.Host.Capabilities;

/// <summary>
/// Whether a function's outbound HTTP may reach a URL. An entry is a host with an optional port:
/// <c>api.example.com</c> (the scheme's default port only, so granting a name does not open every
/// service on that machine), <c>api.example.com:8443</c>, <c>localhost:*</c> (any port),
/// <c>*.example.com</c> (subdomains, not the bare domain), <c>[::1]:9000</c>, or <c>*</c> (anything).
/// Names compare case-insensitively; no DNS is involved, so the grant is about what the guest asked for.
/// </summary>
public static class AllowedHosts
{
    public static bool Permit(IEnumerable<string> entries, Uri url) => entries.Any(entry => Matches(entry, url));

    private static bool Matches(string entry, Uri url)
    {
        if (entry == "*") return true;
        var (host, port) = Split(entry);
        var portMatches = port switch
        {
            null => url.IsDefaultPort,
            "*" => true,
            _ => int.TryParse(port, out var number) && number == url.Port,
        };
        if (!portMatches) return false;
        var target = url.IdnHost.Trim('[', ']');
        host = host.Trim('[', ']');
        return host.StartsWith("*.", StringComparison.Ordinal)
            ? target.EndsWith(host[1..], StringComparison.OrdinalIgnoreCase)
            : target.Equals(host, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"host:port" into its parts; an IPv6 address is bracketed, so its colons are not a port.</summary>
    private static (string Host, string? Port) Split(string entry)
    {
        var colon = entry.LastIndexOf(':');
        if (colon < 0 || (entry.StartsWith('[') && entry.LastIndexOf(']') > colon)) return (entry, null);
        return (entry[..colon], entry[(colon + 1)..]);
    }
}
