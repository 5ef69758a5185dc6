using System.Text;
using Wasmbox.Host.Functions;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Js;

/// <summary>
/// A js function's script, as the engine (runtime/js/main.c) takes it: the source in one
/// environment variable and its file name in another, read by the engine's init phase. The
/// variables are the engine's, not the script's: its handler's `env` leaves them out.
/// </summary>
public static class JsScript
{
    public const string SourceVariable = "WASMBOX_JS_SOURCE";
    public const string NameVariable = "WASMBOX_JS_NAME";
    /// <summary>"request" when stdin is an HTTP request (the js executor); absent for a pub/sub message or a binding's event.</summary>
    public const string InputVariable = "WASMBOX_JS_INPUT";
    /// <summary>"1": run the init phase only and exit 1 with the script's error on stderr (the deploy-time check).</summary>
    public const string CheckVariable = "WASMBOX_JS_CHECK";

    /// <summary>
    /// A js function's stack unless its entry sets one: the interpreter takes about 2 KiB of native
    /// stack per JavaScript call, so at 8 MiB (the most allowed) a script recurses a few thousand
    /// calls deep and QuickJS's own limit ("InternalError: stack overflow", which the script can
    /// catch) comes before the host's; at the 256 KiB default for other functions, about a hundred.
    /// </summary>
    public const ulong DefaultStackBytes = Manifest.ManifestReader.MaxStackBytes;

    /// <summary>
    /// How long the script's top level may run at deploy (the check, and the snapshot): the
    /// function's timeout, but at least 30 s, because the first run of the engine in a server also
    /// compiles the engine's code to machine code, which takes seconds on a loaded machine and is
    /// no fault of the script's. A top level that never ends is still stopped, and refused.
    /// </summary>
    public static LoadedFunction ForTopLevel(LoadedFunction function)
    {
        var timeout = function.Limits.Timeout!.Value;
        return timeout >= TopLevelTimeout ? function
            : new LoadedFunction(function.Version, function.InstancePre, function.Limits with { Timeout = TopLevelTimeout }, function.Grants, function.CompileTime);
    }

    private static readonly TimeSpan TopLevelTimeout = TimeSpan.FromSeconds(30);

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The script's text.</summary>
    /// <exception cref="DeployException">it is not UTF-8 text</exception>
    public static string Decode(ReadOnlySpan<byte> script)
    {
        string text;
        try
        {
            text = Strict.GetString(script);
        }
        catch (DecoderFallbackException)
        {
            throw new DeployException("the script is not UTF-8 text (the js executor runs a JavaScript file, not a .wasm module)");
        }
        if (text.Contains('\0')) throw new DeployException("the script has a NUL character: it is not JavaScript text (the js executor runs a .js file)");
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    /// <summary><paramref name="grants"/> without the script's source: for instances whose engine evaluated it already (a snapshot's).</summary>
    public static WasiConfiguration WithoutSource(WasiConfiguration grants) => grants with
    {
        EnvironmentVariables = [.. grants.EnvironmentVariables.Where(variable => variable.Key != SourceVariable)],
    };

    /// <summary><paramref name="grants"/> with the script for the engine to read; it appears in stack traces as NAME.js.</summary>
    public static WasiConfiguration Grant(WasiConfiguration grants, string functionName, string source) =>
        grants.WithEnvironmentVariable(SourceVariable, source).WithEnvironmentVariable(NameVariable, functionName + ".js");
}
