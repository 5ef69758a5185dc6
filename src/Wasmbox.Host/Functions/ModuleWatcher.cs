using Microsoft.Extensions.Logging;
using Wasmbox.Host.Logs;
using Wasmbox.Host.Manifest;

namespace Wasmbox.Host.Functions;

/// <summary>
/// `wasmbox serve --watch`: redeploys a manifest function when its module file changes (as
/// `spin watch` does, but in place: requests keep being served through the swap). A refused
/// module leaves the running version serving, and the reason goes to the function's log.
/// </summary>
public sealed class ModuleWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private readonly List<FileSystemWatcher> watchers = new();
    private readonly Dictionary<string, Timer> pending = new(StringComparer.Ordinal);
    private readonly FunctionRegistry registry;
    private readonly FunctionLogs logs;

    public ModuleWatcher(IReadOnlyList<ManifestFunction> manifest, FunctionRegistry registry, FunctionLogs logs)
    {
        this.registry = registry;
        this.logs = logs;
        foreach (var entry in manifest)
        {
            var watcher = new FileSystemWatcher(Path.GetDirectoryName(entry.ModulePath)!, Path.GetFileName(entry.ModulePath))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            FileSystemEventHandler changed = (_, _) => Schedule(entry);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Renamed += (_, _) => Schedule(entry);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Editors and compilers write a file in several steps: deploy once it has been quiet for a moment.</summary>
    private void Schedule(ManifestFunction entry)
    {
        lock (pending)
        {
            if (pending.TryGetValue(entry.Spec.Name, out var timer)) timer.Change(Settle, Timeout.InfiniteTimeSpan);
            else pending[entry.Spec.Name] = new Timer(_ => _ = RedeployAsync(entry), null, Settle, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task RedeployAsync(ManifestFunction entry)
    {
        lock (pending)
        {
            if (pending.Remove(entry.Spec.Name, out var timer)) timer.Dispose();
        }
        try
        {
            var wasm = FunctionRegistry.ReadModuleFile(entry);
            var digest = FunctionRegistry.ManifestDigest(entry.Spec, wasm);
            if (registry.Table.Functions.TryGetValue(entry.Spec.Name, out var served) && served.Version.ModuleHash == Storage.ModuleBlobs.HashOf(wasm)) return;
            await registry.DeployAsync(entry.Spec, wasm, $"watch ({Path.GetFileName(entry.ModulePath)} changed)", digest).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DeployException or ManifestException)
        {
            logs.Write(entry.Spec.Name, registry.Table.Functions.GetValueOrDefault(entry.Spec.Name)?.Version.Version, null, LogLevel.Error,
                $"{Path.GetFileName(entry.ModulePath)} changed but was refused; the running version keeps serving: {e.Message}");
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        lock (pending)
        {
            foreach (var timer in pending.Values) timer.Dispose();
            pending.Clear();
        }
    }
}
