namespace Wasmbox.Host.Routing;

/// <summary>
/// A route as manifests write it: exact (<c>/hello</c>), with parameters (<c>/users/:id</c>), or a
/// prefix wildcard (<c>/files/...</c>, and <c>/...</c> for everything), as Spin writes routes.
/// </summary>
public sealed class RoutePattern
{
    public const string Wildcard = "...";

    private static readonly string[] ReservedPrefixes = ["/admin", "/healthz", "/readyz", "/metrics", "/dapr", "/v1.0"];

    private RoutePattern(string text, string[] segments, bool isWildcard)
    {
        Text = text;
        Segments = segments;
        IsWildcard = isWildcard;
        // The path a WAGI guest is told it is mounted at: the route without its wildcard.
        Prefix = "/" + string.Join('/', segments);
    }

    /// <summary>The route as written.</summary>
    public string Text { get; }
    /// <summary>Segments before any wildcard; ":name" is a parameter.</summary>
    public IReadOnlyList<string> Segments { get; }
    public bool IsWildcard { get; }
    public string Prefix { get; }
    public bool IsExact => !IsWildcard && Segments.All(s => !s.StartsWith(':'));

    /// <summary>The shape two routes conflict on: parameters all look alike.</summary>
    public string Shape => "/" + string.Join('/', Segments.Select(s => s.StartsWith(':') ? ":" : s)) + (IsWildcard ? "/..." : "");

    public override string ToString() => Text;

    /// <exception cref="FormatException">the route is malformed; the message says how</exception>
    public static RoutePattern Parse(string text)
    {
        if (!text.StartsWith('/')) throw new FormatException($"route \"{text}\" must start with /");
        if (text.Contains('?') || text.Contains('#')) throw new FormatException($"route \"{text}\" cannot contain a query or fragment");
        var parts = text == "/" ? [] : text[1..].TrimEnd('/').Split('/');
        var wildcard = parts.Length > 0 && parts[^1] == Wildcard;
        if (wildcard) parts = parts[..^1];
        var names = new HashSet<string>();
        foreach (var part in parts)
        {
            if (part.Length == 0) throw new FormatException($"route \"{text}\" has an empty segment");
            if (part == Wildcard) throw new FormatException($"route \"{text}\": ... may only end a route, as in /files/...");
            if (part.StartsWith(':') && (part.Length == 1 || !names.Add(part)))
                throw new FormatException($"route \"{text}\": parameter \"{part}\" needs a name used once");
            if (part.Contains('*')) throw new FormatException($"route \"{text}\": write a wildcard as /prefix/..., not *");
        }
        var pattern = new RoutePattern(text, parts, wildcard);
        // "/..." may cover everything: the server's own paths are matched before any route.
        foreach (var reserved in ReservedPrefixes)
        {
            if (pattern.Prefix.Equals(reserved, StringComparison.OrdinalIgnoreCase) || pattern.Prefix.StartsWith(reserved + "/", StringComparison.OrdinalIgnoreCase))
                throw new FormatException($"route \"{text}\": {reserved} is reserved for the server");
        }
        return pattern;
    }

    /// <summary>Matches a request path (already split); on success gives the parameters and, for a wildcard, the rest of the path.</summary>
    public bool TryMatch(string[] pathSegments, out Dictionary<string, string>? parameters, out string pathInfo)
    {
        parameters = null;
        pathInfo = "";
        if (pathSegments.Length < Segments.Count || (!IsWildcard && pathSegments.Length != Segments.Count)) return false;
        for (var i = 0; i < Segments.Count; i++)
        {
            var segment = Segments[i];
            if (segment.StartsWith(':'))
            {
                (parameters ??= new Dictionary<string, string>(StringComparer.Ordinal))[segment[1..]] = pathSegments[i];
            }
            else if (!string.Equals(segment, pathSegments[i], StringComparison.Ordinal)) return false;
        }
        if (IsWildcard && pathSegments.Length > Segments.Count) pathInfo = "/" + string.Join('/', pathSegments[Segments.Count..]);
        return true;
    }
}
