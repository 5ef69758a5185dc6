using Wasmbox.Host.Js;

namespace Wasmbox.Js.Tests;

/// <summary>
/// The JavaScript engine the tests' servers use: runtime/js/build.sh of this checkout, building
/// into the temp folder (as the real programs are), so the first server to need it builds it and
/// every later one, in this run or the next, finds it up to date.
/// </summary>
internal static class JsEngineBuild
{
    public static readonly JsEngineSource Source = new(
        Path.Combine(Path.GetTempPath(), "wasmbox-real-programs", "wasmbox-js", "wasmbox-js.wasm"),
        JsEngineSource.FromCheckout(AppContext.BaseDirectory)?.BuildScript
            ?? throw new InvalidOperationException($"runtime/js/build.sh is not above {AppContext.BaseDirectory}: the tests run from a source checkout"));

    /// <summary>The engine's path, built (or found up to date) first.</summary>
    public static string Built()
    {
        new JsEngine(Source, Microsoft.Extensions.Logging.Abstractions.NullLogger<JsEngine>.Instance).Bytes();
        return Source.ModulePath;
    }

    public static string Script(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scripts", name));
}
