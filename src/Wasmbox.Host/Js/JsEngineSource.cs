namespace Wasmbox.Host.Js;

/// <summary>
/// Where the js executor's engine (runtime/js, QuickJS compiled to Wasm) comes from:
/// <see cref="ModulePath"/>, made or brought up to date by <see cref="BuildScript"/> (runtime/js/build.sh)
/// when one is given, on the first use of the js executor.
/// </summary>
public sealed record JsEngineSource(string ModulePath, string? BuildScript = null)
{
    /// <summary>
    /// The engine of a source checkout: <c>.build/js/wasmbox-js.wasm</c>, built by <c>runtime/js/build.sh</c>,
    /// found from <paramref name="directory"/> or a directory above it that holds runtime/js; null when there is none.
    /// </summary>
    public static JsEngineSource? FromCheckout(string directory)
    {
        for (var at = new DirectoryInfo(directory); at is not null; at = at.Parent)
        {
            var script = Path.Combine(at.FullName, "runtime", "js", "build.sh");
            if (File.Exists(script)) return new JsEngineSource(Path.Combine(at.FullName, ".build", "js", "wasmbox-js.wasm"), script);
        }
        return null;
    }
}
