using Wasmbox.Host.Functions;
using Wasmbox.Host.Manifest;
using Wasmbox.Host.Storage;

namespace Wasmbox.Host.Admin;

/// <summary>The JSON the admin API answers with: what a person or the CLI needs to see of a function.</summary>
internal static class FunctionViews
{
    public static object Summary(LoadedFunction function) => new
    {
        name = function.Name,
        version = function.Version.Version,
        executor = function.Spec.Executor.ToString().ToLowerInvariant(),
        routes = function.Spec.Routes,
        module = new { hash = function.Version.ModuleHash, size = function.Version.ModuleSize },
        deployedBy = function.Version.DeployedBy,
        deployedAt = function.Version.DeployedAt,
        compileMilliseconds = Math.Round(function.CompileTime.TotalMilliseconds, 2),
        limits = Limits(function.Limits),
        instances = new { running = function.Admission.Running, queued = function.Admission.Queued, max = function.Admission.MaxRunning, queue = function.Admission.MaxQueued },
    };

    public static object Detail(LoadedFunction? function, string name, IReadOnlyList<StoredVersion> versions) => new
    {
        name,
        served = function is null ? null : Summary(function),
        environment = function?.Spec.Environment.ToDictionary(v => v.Key, v => v.Value),
        directories = function?.Spec.Directories.Select(d => new { host = d.Host, guest = d.Guest, readOnly = d.ReadOnly }),
        allowedHosts = function?.Spec.AllowedHosts,
        contentType = function?.Spec.ContentType,
        versions = versions.Select(v => new
        {
            version = v.Version,
            current = function?.Version.Version == v.Version,
            module = new { hash = v.ModuleHash, size = v.ModuleSize },
            executor = v.Spec.Executor.ToString().ToLowerInvariant(),
            routes = v.Spec.Routes,
            deployedBy = v.DeployedBy,
            deployedAt = v.DeployedAt,
        }),
    };

    private static object Limits(FunctionLimits limits) => new
    {
        memory = limits.MemoryBytes is { } memory ? Quantities.FormatSize(memory) : null,
        fuel = limits.Fuel,
        timeout = limits.Timeout is { } timeout ? Quantities.FormatDuration(timeout) : null,
        maxInstances = limits.MaxInstances,
        queue = limits.QueueLength,
        stack = limits.StackBytes is { } stack ? Quantities.FormatSize(stack) : null,
    };
}
