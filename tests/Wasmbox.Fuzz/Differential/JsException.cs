namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// What a JS host function of the fuzzing harness throws where JS would (see
/// WasmboxExecutor.CallExportAsJs): an exception, not a trap. Wasmbox hands it to the Wasm caller
/// as a host-error trap carrying it, which unwinds like JS's exception through Wasm frames.
/// </summary>
internal sealed class JsException(string message) : Exception(message)
{
    /// <summary>Whether the exception is one of these, or a trap caused by one.</summary>
    public static bool Caused(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is JsException) return true;
        return false;
    }
}
