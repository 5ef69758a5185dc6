using System.Collections.Frozen;
using Wasmbox.Host.Routing;

namespace Wasmbox.Host.Functions;

/// <summary>
/// The functions being served and their routes: an immutable snapshot, replaced whole on every
/// change. A request reads it once and keeps what it found.
/// </summary>
public sealed class FunctionTable
{
    private FunctionTable(FrozenDictionary<string, LoadedFunction> functions, RouteTable<LoadedFunction> routes, long revision)
    {
        Functions = functions;
        Routes = routes;
        Revision = revision;
    }

    public static FunctionTable Empty { get; } = new(FrozenDictionary<string, LoadedFunction>.Empty, RouteTable<LoadedFunction>.Empty, 0);

    public FrozenDictionary<string, LoadedFunction> Functions { get; }
    public RouteTable<LoadedFunction> Routes { get; }
    public long Revision { get; }

    /// <summary>This table with <paramref name="changed"/> put in (or, when null, <paramref name="name"/> taken out).</summary>
    /// <exception cref="DeployException">a route is already served by another function</exception>
    public FunctionTable With(string name, LoadedFunction? changed)
    {
        var functions = Functions.Where(f => f.Key != name).Select(f => f.Value).ToList();
        if (changed is not null) functions.Add(changed);
        return Build(functions, Revision + 1);
    }

    /// <exception cref="DeployException">two functions claim the same route</exception>
    public static FunctionTable Build(IEnumerable<LoadedFunction> functions, long revision)
    {
        var list = functions.ToList();
        RouteTable<LoadedFunction> routes;
        try
        {
            routes = new RouteTable<LoadedFunction>(list.SelectMany(f => f.Spec.Routes.Select(r => (f, RoutePattern.Parse(r), $"function \"{f.Name}\""))));
        }
        catch (ArgumentException e) { throw new DeployException(e.Message); }
        return new FunctionTable(list.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal), routes, revision);
    }
}
