using Microsoft.Extensions.Logging;
using Wasmbox.Dapr.Bindings;
using Wasmbox.Dapr.Components;
using Wasmbox.Host.Executors;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Logs;

namespace Wasmbox.Host.Triggers;

/// <summary>
/// Runs functions for the events of the input bindings they name (manifest <c>input-bindings</c>):
/// the embedded ones (bindings.cron) fire here; daprd's reach <see cref="RunAsync"/> through the
/// app channel's <c>POST /BINDING</c>. Each event runs every function that names the binding, in a
/// fresh instance: the data on stdin, <c>BINDING_NAME</c> and each metadata entry as
/// <c>BINDING_METADATA_KEY</c> (upper case) in the environment. Failures are logged; input
/// bindings do not retry (daprd's do not either without a resiliency policy).
/// </summary>
public sealed class BindingTrigger : IAsyncDisposable
{
    private readonly FunctionRegistry registry;
    private readonly ComponentSet components;
    private readonly TriggerRunner runner;
    private readonly FunctionLogs logs;
    private readonly object gate = new();
    private readonly Dictionary<string, IAsyncDisposable> started = new(StringComparer.Ordinal);

    public BindingTrigger(FunctionRegistry registry, ComponentSet components, TriggerRunner runner, FunctionLogs logs)
    {
        this.registry = registry;
        this.components = components;
        this.runner = runner;
        this.logs = logs;
        registry.TableChanged += Reconcile;
        Reconcile(registry.Table);
    }

    /// <summary>Whether some function served now names input binding <paramref name="name"/>.</summary>
    public bool IsBound(string name) => registry.Table.Functions.Values.Any(f => f.Spec.InputBindings.Contains(name));

    /// <summary>Every input binding some function served now names, in order (what the app channel tells daprd it takes).</summary>
    public IReadOnlyList<string> BoundNames() =>
        registry.Table.Functions.Values.SelectMany(f => f.Spec.InputBindings).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Starts the embedded bindings some function names, stops those no function names any more.</summary>
    private void Reconcile(FunctionTable table)
    {
        lock (gate)
        {
            var wanted = table.Functions.Values.SelectMany(f => f.Spec.InputBindings).Where(components.InputBindings.ContainsKey).ToHashSet(StringComparer.Ordinal);
            foreach (var name in started.Keys.Where(n => !wanted.Contains(n)).ToList())
            {
                started.Remove(name, out var running);
                running!.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            foreach (var name in wanted.Where(n => !started.ContainsKey(n)))
                started[name] = components.InputBindings[name].Start((e, cancellation) => new ValueTask(RunAsync(name, e, cancellation)));
        }
    }

    /// <summary>Runs every function bound to <paramref name="binding"/> for one event; true when all of them succeeded.</summary>
    public async Task<bool> RunAsync(string binding, BindingEvent bindingEvent, CancellationToken cancellation)
    {
        var functions = registry.Table.Functions.Values.Where(f => f.Spec.InputBindings.Contains(binding)).Select(f => f.Name).ToList();
        var eventId = $"binding {binding} {Guid.NewGuid().ToString("N")[..8]}";
        var environment = bindingEvent.Metadata
            .Select(m => new KeyValuePair<string, string>("BINDING_METADATA_" + EnvironmentName(m.Key), m.Value))
            .Prepend(new("BINDING_NAME", binding))
            .ToList();
        var results = await Task.WhenAll(functions.Select(async name =>
        {
            var run = await runner.RunAsync(name, Telemetry.InvocationTrigger.Binding, eventId, bindingEvent.Data.ToArray(), environment, cancellation).ConfigureAwait(false);
            if (run is null)
            {
                logs.Write(name, null, eventId, LogLevel.Warning, $"input binding {binding}: the event was not run (the function's queue is full)");
                return false;
            }
            if (run.Result.Outcome == ExecutionOutcome.Succeeded) return true;
            logs.Write(name, run.Version, eventId, LogLevel.Error, $"input binding {binding}: {run.Result.Detail}");
            return false;
        })).ConfigureAwait(false);
        return results.All(ok => ok);
    }

    private static string EnvironmentName(string key) =>
        new([.. key.ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    public async ValueTask DisposeAsync()
    {
        registry.TableChanged -= Reconcile;
        List<IAsyncDisposable> running;
        lock (gate)
        {
            running = [.. started.Values];
            started.Clear();
        }
        foreach (var binding in running) await binding.DisposeAsync().ConfigureAwait(false);
    }
}
