using Microsoft.AspNetCore.Http;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Routing;

namespace Wasmbox.Host.Executors;

/// <summary>One HTTP request to one function version: read once from the table, kept to the end.</summary>
public sealed record HttpInvocation(HttpContext Context, LoadedFunction Function, RouteMatch<LoadedFunction>? Match, byte[] Body)
{
    public string RequestId => Context.TraceIdentifier;
}
