using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Wasmbox.Host.Functions;

namespace Wasmbox.Host.Js;

/// <summary>
/// The bytes of the JavaScript engine module every js function runs. The first use builds it (or
/// checks that it is up to date) with the build script, once per server, and waits for it: on a
/// fresh checkout that fetches QuickJS's source from Debian and compiles it, about a minute. Until
/// a js function is deployed nothing is built, so the other functions never wait for it.
/// </summary>
public sealed class JsEngine(JsEngineSource? source, ILogger<JsEngine> logger)
{
    private readonly Lock gate = new();
    private byte[]? bytes;

    /// <summary>
    /// Whether the engine is there to load (built before, or given): when not, loading it means a
    /// build of a minute or more, which a server start does in the background rather than wait for.
    /// </summary>
    public bool IsBuilt => Volatile.Read(ref bytes) is not null || (source is not null && File.Exists(source.ModulePath));

    /// <summary>The engine module's bytes.</summary>
    /// <exception cref="DeployException">there is no engine and it cannot be built; the message says why</exception>
    public byte[] Bytes()
    {
        lock (gate)
        {
            if (bytes is not null) return bytes;
            if (source is null)
                throw new DeployException("the js executor is not available: this server was given no JavaScript engine (run it from a source checkout, which builds runtime/js, or set WASMBOX_JS_ENGINE to a wasmbox-js.wasm)");
            if (source.BuildScript is { } script) Build(script);
            try
            {
                bytes = File.ReadAllBytes(source.ModulePath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DeployException($"the js executor is not available: the JavaScript engine {source.ModulePath} cannot be read ({e.Message})");
            }
            return bytes;
        }
    }

    /// <summary>
    /// Says how the engine's module was compiled for a kind of code: with native code ahead of time
    /// (its interpreter loop is one function RyuJIT would leave unoptimised), or why not.
    /// </summary>
    public void ReportCompiled(Runtime.Module module, TimeSpan compileTime)
    {
        var engine = module.Engine;
        if (module.HasNativeCode)
            logger.LogInformation("the JavaScript engine is ready as native code compiled ahead of time ({Seconds:0.0} s, or from the compilation cache)", compileTime.TotalSeconds);
        else if (engine.Config.NativeCompiler is null)
            logger.LogWarning("the JavaScript engine runs jitted, its interpreter loop unoptimised (2 to 3 times slower): no crossgen2 found, or WASMBOX_NATIVE_CODE=off");
        else
            logger.LogWarning("the JavaScript engine runs jitted, its interpreter loop unoptimised (2 to 3 times slower): {Problem}", engine.CompilationCache?.LastProblem ?? "crossgen2 made no native code");
    }

    private void Build(string script)
    {
        var fresh = !File.Exists(source!.ModulePath);
        if (fresh) logger.LogWarning("building the JavaScript engine for the js executor ({Script}): QuickJS from Debian's source, about a minute on first use", script);
        var started = Stopwatch.GetTimestamp();
        var start = new ProcessStartInfo("bash", [script, Path.GetDirectoryName(source.ModulePath)!])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string errors;
        int exitCode;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            _ = output.Result;
            exitCode = process.ExitCode;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new DeployException($"the js executor is not available: cannot run {script} to build the JavaScript engine ({e.Message})");
        }
        if (exitCode != 0)
        {
            var reason = string.Join("; ", errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));
            if (!fresh)
            {
                // Built before (or copied in) on a machine that can no longer build it: serve with that one.
                logger.LogWarning("cannot check that the JavaScript engine {Path} is up to date, so it is used as it is: {Reason}", source.ModulePath, reason);
                return;
            }
            logger.LogError("the JavaScript engine could not be built: {Reason}", reason);
            throw new DeployException($"the js executor is not available: the JavaScript engine could not be built ({reason})");
        }
        if (fresh) logger.LogWarning("built the JavaScript engine {Path} in {Seconds:0} s", source.ModulePath, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
