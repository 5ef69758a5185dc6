using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Wasmbox.Host.Logs;
using Wasmbox.Host.Manifest;
using Wasmbox.Host.Storage;

namespace Wasmbox.Host.Functions;

/// <summary>
/// Deploys, rolls back and deletes functions. Every change is: load (decode, validate, compile,
/// link) → build the new table (routes checked) → store the module and the version → swap the
/// table in one write. A refused change stops before the store, so nothing that was running
/// changes. Changes are made one at a time; requests never wait for them.
/// </summary>
public sealed class FunctionRegistry(FunctionStore store, FunctionLoader loader, FunctionLogs logs, TimeProvider time)
{
    private readonly SemaphoreSlim changes = new(1, 1);
    private FunctionTable table = FunctionTable.Empty;
    // js functions whose start waits for the JavaScript engine to be built (see ServeDeferredAsync).
    private readonly List<StoredVersion> deferredVersions = [];
    private readonly List<(ManifestFunction Entry, byte[] Script, string Digest)> deferredEntries = [];

    /// <summary>What is served now.</summary>
    public FunctionTable Table => Volatile.Read(ref table);

    /// <summary>Raised after every change of the table (outside the request path: triggers reconcile their subscriptions).</summary>
    public event Action<FunctionTable>? TableChanged;

    private void Swap(FunctionTable next)
    {
        Volatile.Write(ref table, next);
        TableChanged?.Invoke(next);
    }

    public FunctionStore Store => store;

    /// <summary>
    /// Loads what was deployed before, then applies the manifest: an entry that changed since it
    /// was last applied becomes a new version; an unchanged one leaves the function as it was
    /// (rolled back, redeployed or deleted through the admin API); a function the manifest no
    /// longer declares stops being served. Nothing is stored unless every manifest entry loads; a
    /// stored version that cannot be served now, or whose route a manifest entry took, is logged
    /// and left out, so one function never keeps the others down.
    /// </summary>
    /// <exception cref="ManifestException">a manifest entry cannot be served (names the file and line)</exception>
    /// <exception cref="InvalidDataException">stored state cannot be loaded (names the file)</exception>
    public void Start(IReadOnlyList<ManifestFunction>? manifest)
    {
        changes.Wait();
        try
        {
            var stored = store.Functions().ToDictionary(f => f.Name, StringComparer.Ordinal);
            var loaded = new Dictionary<string, LoadedFunction>(StringComparer.Ordinal);
            foreach (var function in stored.Values)
            {
                if (function.CurrentVersion is not { } number) continue;
                var version = store.Versions(function.Name).FirstOrDefault(v => v.Version == number)
                    ?? throw new InvalidDataException($"{function.Name}: version {number} is served but not recorded");
                if (version.Spec.Executor == ExecutorKind.Js && !loader.CanLoadScriptsNow)
                {
                    Defer(function.Name, number);
                    deferredVersions.Add(version);
                    continue;
                }
                try
                {
                    loaded[function.Name] = loader.Load(version, store.Modules.Read(version.ModuleHash));
                }
                catch (Exception e) when (e is DeployException or InvalidDataException)
                {
                    // One function that cannot be served now (a granted directory is gone, a module file is
                    // damaged) must not keep the others down; its records stay, for rollback or a new deploy.
                    logs.Write(function.Name, number, null, LogLevel.Error, $"version {number} cannot be served now, so the function is not served: {e.Message}");
                }
            }

            var pending = new List<(ManifestFunction Entry, LoadedFunction Function, byte[] Wasm, string Digest)>();
            foreach (var entry in manifest ?? [])
            {
                var wasm = ReadModuleFile(entry);
                var digest = ManifestDigest(entry.Spec, wasm);
                if (stored.TryGetValue(entry.Spec.Name, out var previous) && previous.ManifestDigest == digest) continue;
                if (entry.Spec.Executor == ExecutorKind.Js && !loader.CanLoadScriptsNow)
                {
                    Defer(entry.Spec.Name, null);
                    deferredVersions.RemoveAll(v => v.Name == entry.Spec.Name);
                    loaded.Remove(entry.Spec.Name);
                    deferredEntries.Add((entry, wasm, digest));
                    continue;
                }
                try
                {
                    var function = loader.Load(Provisional(entry.Spec, wasm, $"manifest {Path.GetFileName(entry.File)}"), wasm);
                    pending.Add((entry, function, wasm, digest));
                    loaded[entry.Spec.Name] = function;
                }
                catch (DeployException e)
                {
                    throw new ManifestException(entry.File, entry.Line, $"function \"{entry.Spec.Name}\" ({Path.GetFileName(entry.ModulePath)}): {e.Message}");
                }
            }
            // Without a manifest (none given, none in the directory) nothing counts as dropped from it.
            var declared = manifest?.Select(m => m.Spec.Name).ToHashSet(StringComparer.Ordinal);
            var dropped = declared is null ? [] : stored.Values.Where(f => f.ManifestDigest is not null && !declared.Contains(f.Name)).ToList();
            foreach (var function in dropped) loaded.Remove(function.Name);
            // The manifest is the operator's declared intent: its functions get their routes first. A
            // function deployed through the admin API whose route the manifest now takes is not served
            // (logged, records kept), rather than keeping the whole server down.
            var servable = new List<LoadedFunction>();
            var routed = FunctionTable.Empty;
            foreach (var function in loaded.Values.OrderBy(f => declared?.Contains(f.Name) == true ? 0 : 1).ThenBy(f => f.Name, StringComparer.Ordinal))
            {
                try
                {
                    routed = routed.With(function.Name, function);
                    servable.Add(function);
                }
                catch (DeployException e) when (declared?.Contains(function.Name) != true)
                {
                    logs.Write(function.Name, function.Version.Version, null, LogLevel.Error,
                        $"not served: {e.Message}; deploy it with another route, or delete the function that has it");
                }
                catch (DeployException e)
                {
                    var entry = manifest!.First(m => m.Spec.Name == function.Name);
                    throw new ManifestException(entry.File, entry.Line, $"function \"{function.Name}\": {e.Message}");
                }
            }
            loaded = servable.ToDictionary(f => f.Name, StringComparer.Ordinal);

            foreach (var (entry, function, wasm, digest) in pending)
            {
                var version = Record(function, wasm, digest);
                CountCompile(function);
                loaded[entry.Spec.Name] = function.As(version);
                logs.Write(version.Name, version.Version, null, LogLevel.Information, $"deployed from {Path.GetFileName(entry.File)} ({Describe(version)})");
            }
            foreach (var function in dropped)
            {
                store.SetCurrent(function.Name, null);
                store.ClearManifestDigest(function.Name);
                if (function.CurrentVersion is not null) logs.Write(function.Name, null, null, LogLevel.Information, "no longer in the manifest: stopped");
            }
            Swap(FunctionTable.Build(loaded.Values, 1));
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>The js functions waiting for the JavaScript engine, which <see cref="ServeDeferredAsync"/> then serves.</summary>
    public IReadOnlyList<string> Deferred => [.. deferredVersions.Select(v => v.Name), .. deferredEntries.Select(e => e.Entry.Spec.Name)];

    private void Defer(string name, int? version) =>
        logs.Write(name, version, null, LogLevel.Warning, "not served yet: a js function, and the JavaScript engine is not built; it is being built now (a minute or more), and the function is served once it is");

    /// <summary>
    /// Builds the JavaScript engine, then serves the js functions the start left waiting for it:
    /// stored versions as they were, manifest entries as a deploy from the manifest. Run after the
    /// server listens, so the other functions never wait for the build. A function deployed or
    /// deleted meanwhile is left as it is now; one that cannot be served is logged.
    /// </summary>
    public async Task ServeDeferredAsync(CancellationToken cancellation)
    {
        if (deferredVersions.Count == 0 && deferredEntries.Count == 0) return;
        try
        {
            await Task.Run(loader.PrepareScriptEngine, cancellation).ConfigureAwait(false);
        }
        catch (DeployException e)
        {
            foreach (var name in Deferred) logs.Write(name, null, null, LogLevel.Error, $"not served: {e.Message}");
            return;
        }
        cancellation.ThrowIfCancellationRequested();
        foreach (var version in deferredVersions)
        {
            await changes.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                if (store.Function(version.Name)?.CurrentVersion != version.Version || Table.Functions.ContainsKey(version.Name)) continue;
                var function = loader.Load(version, store.Modules.Read(version.ModuleHash));
                Swap(Table.With(version.Name, function));
                logs.Write(version.Name, version.Version, null, LogLevel.Information, $"served now that the JavaScript engine is built ({Describe(version)})");
            }
            catch (Exception e) when (e is DeployException or InvalidDataException)
            {
                logs.Write(version.Name, version.Version, null, LogLevel.Error, $"version {version.Version} cannot be served now, so the function is not served: {e.Message}");
            }
            finally
            {
                changes.Release();
            }
        }
        foreach (var (entry, script, digest) in deferredEntries)
        {
            try
            {
                await DeployAsync(entry.Spec, script, $"manifest {Path.GetFileName(entry.File)}", digest, cancellation).ConfigureAwait(false);
            }
            catch (DeployException e)
            {
                logs.Write(entry.Spec.Name, null, null, LogLevel.Error, $"{Path.GetFileName(entry.File)}:{entry.Line}: not served: {e.Message}");
            }
        }
        deferredVersions.Clear();
        deferredEntries.Clear();
    }

    /// <summary>A deploy's compile time, for the metrics; loading a stored version again (start, rollback) is not a deploy.</summary>
    private void CountCompile(LoadedFunction function) =>
        Telemetry.WasmboxMeter.CompileDuration.Record(function.CompileTime.TotalSeconds, new KeyValuePair<string, object?>("function", function.Name));

    /// <summary>Deploys a new version; the one served so far keeps serving if this one is refused.</summary>
    /// <exception cref="DeployException">the module or spec cannot be served; nothing changed</exception>
    public async Task<LoadedFunction> DeployAsync(FunctionSpec spec, byte[] wasm, string deployedBy, string? manifestDigest = null, CancellationToken cancellation = default)
    {
        await changes.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var function = loader.Load(Provisional(spec, wasm, deployedBy), wasm);
            _ = Table.With(spec.Name, function);   // route conflicts refuse the deploy before it is stored
            var version = Record(function, wasm, manifestDigest);
            CountCompile(function);
            var served = function.As(version).Succeeding(Table.Functions.GetValueOrDefault(spec.Name));
            Swap(Table.With(spec.Name, served));
            logs.Write(spec.Name, version.Version, null, LogLevel.Information, $"deployed by {deployedBy} ({Describe(version)})");
            return served;
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>Serves an earlier version again: <paramref name="to"/>, or the one before the version served now.</summary>
    /// <exception cref="KeyNotFoundException">no such function or version</exception>
    /// <exception cref="DeployException">the version cannot be served now (e.g. a directory it needs is gone)</exception>
    public async Task<LoadedFunction> RollbackAsync(string name, int? to, CancellationToken cancellation = default)
    {
        await changes.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var versions = store.Versions(name);
            if (versions.Count == 0) throw new KeyNotFoundException($"there is no function named \"{name}\"");
            var current = store.Function(name)?.CurrentVersion;
            StoredVersion target;
            if (to is { } wanted)
            {
                target = versions.FirstOrDefault(v => v.Version == wanted)
                    ?? throw new KeyNotFoundException($"{name} has no version {wanted} (versions: {string.Join(", ", versions.Select(v => v.Version))})");
            }
            else
            {
                if (current is null) throw new KeyNotFoundException($"{name} is not served now; name the version to serve with --to");
                target = versions.LastOrDefault(v => v.Version < current)
                    ?? throw new KeyNotFoundException($"{name} has no version before {current} to roll back to");
            }
            var function = loader.Load(target, store.Modules.Read(target.ModuleHash)).Succeeding(Table.Functions.GetValueOrDefault(name));
            var next = Table.With(name, function);
            store.SetCurrent(name, target.Version);
            Swap(next);
            logs.Write(name, target.Version, null, LogLevel.Information, $"rolled back to version {target.Version}{(current is { } c ? $" from {c}" : "")}");
            return function;
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>Stops serving a function; its versions stay recorded, so rollback --to can bring one back.</summary>
    /// <exception cref="KeyNotFoundException">no such function is served</exception>
    public async Task DeleteAsync(string name, CancellationToken cancellation = default)
    {
        await changes.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (!Table.Functions.ContainsKey(name)) throw new KeyNotFoundException($"there is no function named \"{name}\"");
            store.SetCurrent(name, null);
            Swap(Table.With(name, null));
            logs.Write(name, null, null, LogLevel.Information, "deleted: no longer served");
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>The digest that tells whether a manifest entry changed since it was last applied.</summary>
    public static string ManifestDigest(FunctionSpec spec, ReadOnlySpan<byte> wasm) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(spec) + "\n" + ModuleBlobs.HashOf(wasm))));

    /// <exception cref="ManifestException">the module file cannot be read</exception>
    public static byte[] ReadModuleFile(ManifestFunction entry)
    {
        try
        {
            return File.ReadAllBytes(entry.ModulePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException(entry.File, entry.Line, $"function \"{entry.Spec.Name}\": cannot read {entry.ModulePath}: {e.Message}");
        }
    }

    private StoredVersion Provisional(FunctionSpec spec, byte[] wasm, string deployedBy) =>
        new(spec.Name, 0, ModuleBlobs.HashOf(wasm), wasm.Length, spec, deployedBy, time.GetUtcNow());

    private StoredVersion Record(LoadedFunction function, byte[] wasm, string? manifestDigest)
    {
        var hash = store.Modules.Save(wasm);
        var provisional = function.Version;
        return store.AddVersion(hash, wasm.Length, provisional.Spec, provisional.DeployedBy, provisional.DeployedAt, manifestDigest);
    }

    private static string Describe(StoredVersion version) =>
        $"version {version.Version}, module {version.ModuleHash[..12]}, {version.ModuleSize} bytes";
}
