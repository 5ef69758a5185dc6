using System.Text;
using Wasmbox.Dapr;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.Functions;
using Microsoft.Extensions.Logging;
using Wasmbox.Runtime;

namespace Wasmbox.Host.Capabilities;

/// <summary>
/// The guest's door to the Dapr building blocks: one host call that takes a Dapr API request
/// (verb, path, headers, body) and answers with its status, routed in-process by the same
/// <see cref="DaprRouter"/> every other door uses; the answer's body and headers are then read
/// in pieces. Import module <c>wasmbox</c> (see sdk/c/wasmbox.h):
/// <code>
/// i32 dapr_request(method, method_len, path, path_len, headers, headers_len, body, body_len)  → HTTP status, or &lt; 0
/// i32 response_body(buf, buf_len, offset)          → bytes copied from offset (0 at the end)
/// i32 response_body_length()                       → the last answer's body length
/// i32 response_header(name, name_len, buf, buf_len) → the value's length (copied up to buf_len), or -1 when absent
/// i32 log(level, text, text_len)                   → 0; level 0 debug, 1 info, 2 warn, 3 error
/// </code>
/// A path that is an absolute http(s) URL is outbound HTTP (<see cref="OutboundHttp"/>), to the
/// function's allowed hosts only. A function reaches only the components its manifest names
/// (deny by default, <see cref="GuestGrants"/>): any other is a 403 answer, like every failure a
/// value the guest reads, never a trap.
/// </summary>
public sealed class DaprCapability(IDaprApi router, Wasmbox.Dapr.Components.ComponentSet components, OutboundHttp outbound, Logs.FunctionLogs logs, ServeOptions options)
{
    public const string ModuleName = "wasmbox";

    /// <summary>Returned for a pointer or length outside the guest's memory.</summary>
    public const int BadPointer = -1;
    /// <summary>Returned for an argument that is not what the call takes (text not UTF-8, a negative length).</summary>
    public const int BadArgument = -2;

    /// <summary>Checks a spec's grants at deploy: every component it names must exist.</summary>
    /// <exception cref="DeployException">a granted component does not exist</exception>
    public void Validate(FunctionSpec spec)
    {
        foreach (var grant in spec.Dapr.Publish)
        {
            if (grant.Split('/', 2) is not [var pubsub, { Length: > 0 }]) throw new DeployException($"the publish grant \"{grant}\" is not PUBSUB/TOPIC (or PUBSUB/*)");
            if (!Remote && !components.PubSubs.ContainsKey(pubsub))
                throw new DeployException($"the function may publish to pub/sub \"{pubsub}\", which does not exist (pub/subs: {string.Join(", ", components.PubSubs.Keys.Order())})");
        }
        if (spec.Subscriptions.GroupBy(t => (t.PubSub, t.Topic)).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DeployException($"the function subscribes to {twice.Key.PubSub}/{twice.Key.Topic} twice (one subscription per topic)");
        foreach (var subscription in spec.Subscriptions)
        {
            if (!Remote && !components.PubSubs.ContainsKey(subscription.PubSub))
                throw new DeployException($"the function subscribes to pub/sub \"{subscription.PubSub}\", which does not exist (pub/subs: {string.Join(", ", components.PubSubs.Keys.Order())})");
        }
        Exist(spec.Dapr.StateStores, components.StateStores.Keys, "state store");
        Exist(spec.Dapr.SecretStores, components.SecretStores.Keys, "secret store");
        Exist(spec.Dapr.Bindings, components.OutputBindings.Keys, "output binding");
    }

    /// <summary>Next to a daprd, the components are daprd's: it answers for names it does not know.</summary>
    private bool Remote => options.DaprSidecar is not null;

    private void Exist(IEnumerable<string> granted, IEnumerable<string> existing, string what)
    {
        if (Remote) return;
        foreach (var name in granted)
        {
            if (!existing.Contains(name))
                throw new DeployException($"the function is granted {what} \"{name}\", which does not exist ({what}s: {(existing.Any() ? string.Join(", ", existing.Order()) : "none")})");
        }
    }

    public void Define(Linker linker)
    {
        linker.DefineFunction(ModuleName, "dapr_request", Type(8, 1), (caller, arguments, results) =>
            results[0] = Value.I32(Guard(caller, arguments.ToArray(), Request)));
        linker.DefineFunction(ModuleName, "response_body", Type(3, 1), (caller, arguments, results) =>
            results[0] = Value.I32(Guard(caller, arguments.ToArray(), ReadBody)));
        linker.DefineFunction(ModuleName, "response_body_length", Type(0, 1), (caller, _, results) =>
            results[0] = Value.I32(Instance(caller).LastResponse?.Body.Length ?? 0));
        linker.DefineFunction(ModuleName, "response_header", Type(4, 1), (caller, arguments, results) =>
            results[0] = Value.I32(Guard(caller, arguments.ToArray(), ReadHeader)));
        linker.DefineFunction(ModuleName, "log", Type(3, 1), (caller, arguments, results) =>
            results[0] = Value.I32(Guard(caller, arguments.ToArray(), Log)));
    }

    /// <summary>The most of one log line kept; a longer one is cut, so a guest cannot make one line of megabytes.</summary>
    public const int MaxLogLineBytes = 16 * 1024;

    private int Log(Caller caller, Value[] arguments)
    {
        var level = arguments[0].AsI32() switch
        {
            0 => LogLevel.Debug,
            1 => LogLevel.Information,
            2 => LogLevel.Warning,
            3 => LogLevel.Error,
            _ => (LogLevel?)null,
        };
        if (level is null) return BadArgument;
        var length = arguments[2].AsI32();
        var bytes = Bytes(caller.Memory ?? throw new ArgumentException("the module has no memory"), arguments[1].AsI32(), length);
        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, MaxLogLineBytes)]).TrimEnd('\n', '\r');
        var guest = Instance(caller);
        logs.Write(guest.Function.Spec.Name, guest.Function.Version.Version, guest.RequestId, level.Value, text);
        return 0;
    }

    private static FunctionType Type(int parameters, int results) =>
        new(Enumerable.Repeat(ValueKind.I32, parameters).ToArray(), Enumerable.Repeat(ValueKind.I32, results).ToArray());

    private static GuestInstance Instance(Caller caller) => (GuestInstance)caller.Store.Data!;

    /// <summary>A pointer outside the guest's memory is an answer (-1), never a trap the host caused.</summary>
    private static int Guard(Caller caller, Value[] arguments, Func<Caller, Value[], int> call)
    {
        try
        {
            return call(caller, arguments);
        }
        catch (TrapException trap) when (trap.Kind == TrapKind.MemoryOutOfBounds) { return BadPointer; }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException) { return BadArgument; }
    }

    private int Request(Caller caller, Value[] arguments)
    {
        var guest = Instance(caller);
        var memory = caller.Memory ?? throw new ArgumentException("the module has no memory");
        var method = Text(memory, arguments[0].AsI32(), arguments[1].AsI32());
        var path = Text(memory, arguments[2].AsI32(), arguments[3].AsI32());
        var headers = Text(memory, arguments[4].AsI32(), arguments[5].AsI32());
        var body = Bytes(memory, arguments[6].AsI32(), arguments[7].AsI32()).ToArray();
        method = method.ToUpperInvariant();
        var isOutbound = OutboundHttp.IsOutbound(path);
        var (route, query) = isOutbound ? (path, Enumerable.Empty<KeyValuePair<string, string>>()) : SplitQuery(path);
        var span = Telemetry.InvocationTracing.StartBuildingBlockCall(method, isOutbound ? path.Split('?', 2)[0] : route);
        guest.LastResponse = null;
        try
        {
            if (isOutbound)
            {
                guest.LastResponse = outbound.Send(guest, method, path, WithTraceContext(ParseHeaders(headers)).ToList(), body);
                return guest.LastResponse.Status;
            }
            var request = new DaprRequest(method, route, body) { Query = [.. query], Headers = [.. WithTraceContext(ParseHeaders(headers))], CallerBlocks = true };
            guest.LastResponse = GuestGrants.Refusal(guest.Function.Spec, request)
                // Host calls are synchronous: components see CallerBlocks and do their I/O on this thread.
                ?? router.HandleAsync(request, guest.Cancellation).AsTask().GetAwaiter().GetResult();
            return guest.LastResponse.Status;
        }
        finally
        {
            Telemetry.InvocationTracing.EndBuildingBlockCall(span, guest.LastResponse?.Status ?? 0);
        }
    }

    /// <summary>
    /// The guest's headers plus the trace context of its call's span, as daprd sends it on: an
    /// invoked app continues the trace, a published event carries it, a daprd beside us joins it. A
    /// guest that sets its own <c>traceparent</c> keeps it.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> WithTraceContext(IEnumerable<KeyValuePair<string, string>> headers)
    {
        if (Telemetry.InvocationTracing.Outgoing() is not { } context) return headers;
        var list = headers.ToList();
        if (list.Any(h => h.Key.Equals("traceparent", StringComparison.OrdinalIgnoreCase))) return list;
        list.Add(new("traceparent", context.TraceParent));
        if (context.TraceState is { Length: > 0 } state) list.Add(new("tracestate", state));
        return list;
    }

    private static int ReadBody(Caller caller, Value[] arguments)
    {
        var (buffer, length, offset) = (arguments[0].AsI32(), arguments[1].AsI32(), arguments[2].AsI32());
        if (length < 0 || offset < 0) return BadArgument;
        var body = Instance(caller).LastResponse?.Body ?? ReadOnlyMemory<byte>.Empty;
        if (offset >= body.Length) return 0;
        var count = Math.Min(length, body.Length - offset);
        body.Span.Slice(offset, count).CopyTo(caller.Memory!.GetSpan((uint)buffer, count));
        return count;
    }

    private static int ReadHeader(Caller caller, Value[] arguments)
    {
        var memory = caller.Memory!;
        var name = Text(memory, arguments[0].AsI32(), arguments[1].AsI32());
        var (buffer, length) = (arguments[2].AsI32(), arguments[3].AsI32());
        if (length < 0) return BadArgument;
        var response = Instance(caller).LastResponse;
        if (response is null) return -1;
        var found = response.Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (found.Key is null) return -1;
        var value = Encoding.UTF8.GetBytes(found.Value);
        var count = Math.Min(length, value.Length);
        value.AsSpan(0, count).CopyTo(memory.GetSpan((uint)buffer, count));
        return value.Length;
    }

    private static ReadOnlySpan<byte> Bytes(Memory memory, int address, int length) =>
        length < 0 ? throw new ArgumentException("negative length") : memory.GetSpan((uint)address, length);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private static string Text(Memory memory, int address, int length) => StrictUtf8.GetString(Bytes(memory, address, length));

    private static (string Path, IEnumerable<KeyValuePair<string, string>> Query) SplitQuery(string path)
    {
        var question = path.IndexOf('?');
        if (question < 0) return (path, []);
        var query = path[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=');
            return equals < 0
                ? new KeyValuePair<string, string>(Uri.UnescapeDataString(pair), "")
                : new KeyValuePair<string, string>(Uri.UnescapeDataString(pair[..equals]), Uri.UnescapeDataString(pair[(equals + 1)..]));
        });
        return (path[..question], query.ToList());
    }

    /// <summary>Headers as the guest writes them: "Name: value" lines.</summary>
    private static IEnumerable<KeyValuePair<string, string>> ParseHeaders(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Contains(':'))
            .Select(line => new KeyValuePair<string, string>(line[..line.IndexOf(':')].Trim(), line[(line.IndexOf(':') + 1)..].Trim()))
            .ToList();
}
