using System.Diagnostics;
using Wasmbox.Host.Storage;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Functions;

/// <summary>A module or spec the server refuses to deploy; the message says why, in the user's terms.</summary>
public sealed class DeployException(string message) : Exception(message);

/// <summary>
/// Turns a module and its spec into a <see cref="LoadedFunction"/>: decode, validate, compile
/// (or load from the compilation cache), resolve imports against WASI once, check the grants.
/// Everything that can refuse a deploy happens here, before anything is stored or swapped.
/// </summary>
public sealed class FunctionLoader(EngineSet engines, FunctionLimits defaults, Capabilities.DaprCapability dapr, Js.JsEngine? jsEngine = null, Js.JsScriptCheck? jsCheck = null,
    Js.JsSnapshots? jsSnapshots = null)
{
    // The JavaScript engine, compiled and linked once per engine (kind of code) for every js function.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Engine, Lazy<(InstancePre Prepared, TimeSpan CompileTime)>> jsModules = new();

    public FunctionLimits Defaults => defaults;

    /// <summary>Whether a js function can be loaded now without first building the JavaScript engine.</summary>
    public bool CanLoadScriptsNow => jsEngine?.IsBuilt == true;

    /// <summary>Builds the JavaScript engine if it is missing (a minute or more; the caller waits).</summary>
    /// <exception cref="DeployException">it cannot be built; the message says why</exception>
    public void PrepareScriptEngine()
    {
        if (jsEngine is null) throw new DeployException("the js executor is not available in this server");
        jsEngine.Bytes();
    }

    /// <exception cref="DeployException">the module or the spec cannot be served; the message says why</exception>
    public LoadedFunction Load(StoredVersion version, ReadOnlyMemory<byte> wasm)
    {
        var spec = version.Spec;
        var limits = spec.Limits.Over(spec.Executor == ExecutorKind.Js ? defaults with { StackBytes = Js.JsScript.DefaultStackBytes } : defaults);
        CheckGrants(spec);
        dapr.Validate(spec);
        var engine = engines.For(limits);
        if (spec.Executor == ExecutorKind.Js) return LoadScript(version, wasm, limits, engine);
        var (instancePre, compileTime) = Prepare(engine, wasm, spec.Name, spec.Executor);
        return new LoadedFunction(version, instancePre, limits, Grants(spec), compileTime);
    }

    /// <summary>
    /// A js function: its module is the JavaScript engine, shared by every js function; its code is
    /// the script, checked by running the engine's init phase once (a script that fails is refused),
    /// then run once more to take the snapshot its requests start from.
    /// </summary>
    private LoadedFunction LoadScript(StoredVersion version, ReadOnlyMemory<byte> script, FunctionLimits limits, Engine engine)
    {
        if (jsEngine is null || jsCheck is null) throw new DeployException("the js executor is not available in this server");
        var source = Js.JsScript.Decode(script.Span);
        var prepared = jsModules.GetOrAdd(engine, key => new(() =>
        {
            var compiled = Prepare(key, jsEngine.Bytes(), "wasmbox-js", ExecutorKind.Js);
            jsEngine.ReportCompiled(compiled.Prepared.Module, compiled.CompileTime);
            return compiled;
        }, LazyThreadSafetyMode.PublicationOnly)).Value;
        var function = new LoadedFunction(version, prepared.Prepared, limits, Js.JsScript.Grant(Grants(version.Spec), version.Name, source), prepared.CompileTime);
        jsCheck.Check(function);
        return jsSnapshots?.WithSnapshot(function, source) ?? function;
    }

    private (InstancePre Prepared, TimeSpan CompileTime) Prepare(Engine engine, ReadOnlyMemory<byte> wasm, string name, ExecutorKind executor)
    {
        var started = Stopwatch.GetTimestamp();
        Module module;
        try
        {
            module = Module.FromBytes(engine, wasm, name);
        }
        catch (MalformedModuleException e) { throw new DeployException($"malformed module: {e.Message}{JavaScriptHint(wasm.Span)}"); }
        catch (InvalidModuleException e) { throw new DeployException($"invalid module: {e.Message}"); }
        catch (CompiledModuleException e) { throw new DeployException($"the compiled module cannot be used: {e.Message}"); }
        var compileTime = Stopwatch.GetElapsedTime(started);

        if (!module.Exports.Any(e => e.Name == "_start" && e.Kind == ExternalKind.Function))
            throw new DeployException($"the module exports no _start function: the {executor.ToString().ToLowerInvariant()} executor runs WASI commands (build with a WASI target, not as a library)");
        foreach (var import in module.Imports)
        {
            if (import.Module != WasiPreview1.ModuleName && import.Module != Capabilities.DaprCapability.ModuleName)
                throw new DeployException($"the module imports {import.Module}.{import.Name}, which Wasmbox does not provide (functions may import {WasiPreview1.ModuleName} and {Capabilities.DaprCapability.ModuleName})");
        }
        try
        {
            // Every request gets its own WASI context, found through the store.
            var linker = WasiPreview1.AddToLinker(new Linker(engine), store => ((Capabilities.GuestInstance)store.Data!).Wasi);
            dapr.Define(linker);
            return (linker.Prepare(module), compileTime);
        }
        catch (LinkException e) { throw new DeployException($"cannot link the module: {e.Message}"); }
    }

    /// <summary>A hint for a JavaScript file given to the command or wagi executor, which wants a .wasm module.</summary>
    private static string JavaScriptHint(ReadOnlySpan<byte> bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        return text.Contains("export default", StringComparison.Ordinal) || text.Contains("fetch(", StringComparison.Ordinal)
            ? " (this looks like JavaScript: deploy it with executor js)"
            : "";
    }

    private static WasiConfiguration Grants(FunctionSpec spec)
    {
        var grants = WasiConfiguration.Default;
        foreach (var (name, value) in spec.Environment) grants = grants.WithEnvironmentVariable(name, value);
        foreach (var directory in spec.Directories) grants = grants.WithPreopenedDirectory(directory.Host, directory.Guest, directory.ReadOnly);
        return grants;
    }

    private static void CheckGrants(FunctionSpec spec)
    {
        if (Manifest.ManifestReader.ValidateName(spec.Name) is { } nameProblem) throw new DeployException(nameProblem);
        foreach (var route in spec.Routes)
        {
            try { Routing.RoutePattern.Parse(route); }
            catch (FormatException e) { throw new DeployException(e.Message); }
        }
        foreach (var (name, value) in spec.Environment)
        {
            if (name.Length == 0 || name.Contains('=') || name.Contains('\0') || value.Contains('\0'))
                throw new DeployException($"\"{name}\" is not a valid environment variable");
        }
        foreach (var directory in spec.Directories)
        {
            if (!Path.IsPathFullyQualified(directory.Host)) throw new DeployException($"the directory {directory.Host} must be an absolute path on the server");
            if (!Directory.Exists(directory.Host)) throw new DeployException($"the directory {directory.Host} does not exist on the server");
            if (directory.Guest.Length == 0 || directory.Guest.Contains('\0')) throw new DeployException("a directory's guest path is empty");
        }
        foreach (var host in spec.AllowedHosts)
        {
            if (Manifest.ManifestReader.ValidateHost(host) is { } problem) throw new DeployException(problem);
        }
        if (spec.ContentType is { } contentType &&
            (contentType.Any(c => c < ' ' || c > '~') || !System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out _)))
            throw new DeployException($"\"{contentType}\" is not a content type (e.g. text/html; charset=utf-8)");
        var limits = spec.Limits;
        if (limits.StackBytes is { } stack && (stack < 16 * 1024 || stack > Manifest.ManifestReader.MaxStackBytes))
            throw new DeployException($"a stack of {stack} bytes is outside 16 KiB to {Manifest.Quantities.FormatSize(Manifest.ManifestReader.MaxStackBytes)}");
        if (limits.MemoryBytes is < 65536) throw new DeployException("the memory limit is less than one 64 KiB page");
        if (limits.MaxInstances is < 1) throw new DeployException("max-instances must be at least 1");
        if (limits.QueueLength is < 0) throw new DeployException("the queue length cannot be negative");
        if (limits.Timeout is { } timeout && timeout <= TimeSpan.Zero) throw new DeployException("the timeout must be positive");
        if (limits.Fuel is 0) throw new DeployException("the fuel limit must be positive");
    }
}
