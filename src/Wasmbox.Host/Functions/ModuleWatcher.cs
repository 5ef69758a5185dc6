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
    private readonly List<WatchedModule> modules = new();
    private readonly FunctionRegistry registry;
    private readonly FunctionLogs logs;
    private volatile bool disposed;

    public ModuleWatcher(IReadOnlyList<ManifestFunction> manifest, FunctionRegistry registry, FunctionLogs logs)
    {
        this.registry = registry;
        this.logs = logs;
        foreach (var entry in manifest)
        {
            var module = new WatchedModule(this, entry);
            modules.Add(module);
            var watcher = new FileSystemWatcher(Path.GetDirectoryName(entry.ModulePath)!, Path.GetFileName(entry.ModulePath))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            FileSystemEventHandler changed = (_, _) => module.Schedule();
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Renamed += (_, _) => module.Schedule();
            // Events were lost (the kernel's queue overflowed): the file may have changed unseen, so look again.
            watcher.Error += (_, e) =>
            {
                logs.Write(entry.Spec.Name, null, null, LogLevel.Warning, $"watching {Path.GetFileName(entry.ModulePath)} missed events ({e.GetException().Message}); checking it again");
                module.Schedule();
            };
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        disposed = true;
        foreach (var watcher in watchers) watcher.Dispose();
        foreach (var module in modules) module.Dispose();
    }

    /// <summary>
    /// One manifest entry's module file. Editors and compilers write a file in several steps, so a
    /// pass runs once the file has been quiet for <see cref="Settle"/>: every change pushes the one
    /// timer back. Passes run one at a time and compare the file with what is served when they
    /// start, so a change seen during a pass gets a pass of its own after it, and a pass that comes
    /// after the deploy of the same bytes does nothing (no second version of one change).
    /// </summary>
    private sealed class WatchedModule : IDisposable
    {
        private readonly ModuleWatcher owner;
        private readonly ManifestFunction entry;
        private readonly Timer timer;
        private readonly SemaphoreSlim passes = new(1, 1);

        public WatchedModule(ModuleWatcher owner, ManifestFunction entry)
        {
            this.owner = owner;
            this.entry = entry;
            timer = new Timer(_ => _ = PassAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public void Schedule()
        {
            if (owner.disposed) return;
            try
            {
                timer.Change(Settle, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // An event that arrived as the server stopped.
            }
        }

        private async Task PassAsync()
        {
            await passes.WaitAsync().ConfigureAwait(false);
            try
            {
                if (owner.disposed) return;
                await RedeployAsync().ConfigureAwait(false);
            }
            finally
            {
                passes.Release();
            }
        }

        private async Task RedeployAsync()
        {
            var name = entry.Spec.Name;
            var registry = owner.registry;
            try
            {
                var wasm = FunctionRegistry.ReadModuleFile(entry);
                if (registry.Table.Functions.TryGetValue(name, out var served) && served.Version.ModuleHash == Storage.ModuleBlobs.HashOf(wasm)) return;
                var digest = FunctionRegistry.ManifestDigest(entry.Spec, wasm);
                await registry.DeployAsync(entry.Spec, wasm, $"watch ({Path.GetFileName(entry.ModulePath)} changed)", digest).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DeployException or ManifestException)
            {
                owner.logs.Write(name, registry.Table.Functions.GetValueOrDefault(name)?.Version.Version, null, LogLevel.Error,
                    $"{Path.GetFileName(entry.ModulePath)} changed but was refused; the running version keeps serving: {e.Message}");
            }
            catch (Exception e) when (!owner.disposed)
            {
                // Nothing awaits a pass: what went wrong goes to the function's log rather than nowhere.
                owner.logs.Write(name, registry.Table.Functions.GetValueOrDefault(name)?.Version.Version, null, LogLevel.Error,
                    $"{Path.GetFileName(entry.ModulePath)} changed but could not be deployed; the running version keeps serving: {e.Message}");
            }
        }

        public void Dispose() => timer.Dispose();
    }
}
