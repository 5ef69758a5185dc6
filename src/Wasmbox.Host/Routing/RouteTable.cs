using System.Collections.Frozen;

namespace Wasmbox.Host.Routing;

/// <summary>What a request path matched: the target, its route, parameters and the rest of the path after a wildcard.</summary>
public sealed record RouteMatch<T>(T Target, RoutePattern Route, IReadOnlyDictionary<string, string> Parameters, string PathInfo);

/// <summary>
/// Routes to targets, immutable. Exact routes are one dictionary lookup; other routes are tried
/// most specific first: more literal segments, then parameters, then wildcards, longest first.
/// </summary>
public sealed class RouteTable<T>
{
    private static readonly IReadOnlyDictionary<string, string> NoParameters = FrozenDictionary<string, string>.Empty;
    private readonly FrozenDictionary<string, (T Target, RoutePattern Route)> exact;
    private readonly (T Target, RoutePattern Route)[] ordered;

    /// <exception cref="ArgumentException">two targets claim the same route; the message names both</exception>
    public RouteTable(IEnumerable<(T Target, RoutePattern Route, string Owner)> routes)
    {
        var byShape = new Dictionary<string, string>(StringComparer.Ordinal);
        var exactRoutes = new Dictionary<string, (T, RoutePattern)>(StringComparer.Ordinal);
        var others = new List<(T Target, RoutePattern Route)>();
        foreach (var (target, route, owner) in routes)
        {
            if (byShape.TryGetValue(route.Shape, out var other))
                throw new ArgumentException($"route \"{route.Text}\" of {owner} is already served by {other}");
            byShape[route.Shape] = owner;
            if (route.IsExact) exactRoutes[route.Prefix] = (target, route);
            else others.Add((target, route));
        }
        exact = exactRoutes.ToFrozenDictionary(StringComparer.Ordinal);
        ordered = others
            .OrderBy(r => r.Route.IsWildcard)
            .ThenByDescending(r => r.Route.Segments.Count(s => !s.StartsWith(':')))
            .ThenByDescending(r => r.Route.Segments.Count)
            .ToArray();
    }

    public static RouteTable<T> Empty { get; } = new([]);

    public RouteMatch<T>? Match(string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (trimmed.Length == 0) trimmed = "/";
        if (exact.TryGetValue(trimmed, out var hit)) return new RouteMatch<T>(hit.Target, hit.Route, NoParameters, "");
        if (ordered.Length == 0) return null;
        var segments = trimmed == "/" ? [] : trimmed[1..].Split('/');
        // A wildcard's rest keeps the request's trailing slash ("/files/docs/" gives "/docs/"), as a directory URL.
        var trailingSlash = trimmed.Length != path.Length;
        foreach (var (target, route) in ordered)
        {
            if (route.TryMatch(segments, out var parameters, out var pathInfo))
                return new RouteMatch<T>(target, route, parameters ?? NoParameters, trailingSlash && route.IsWildcard ? pathInfo + "/" : pathInfo);
        }
        return null;
    }
}
