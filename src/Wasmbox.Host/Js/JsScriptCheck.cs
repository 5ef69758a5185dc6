using Wasmbox.Host.Executors;
using Wasmbox.Host.Functions;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Js;

/// <summary>
/// Runs a js function's init phase once at deploy: the script is compiled and its top level
/// evaluated, and a script that throws (a syntax error, an exception, no default export with a
/// fetch method) is refused with the JavaScript error and its position, as a malformed module is.
/// </summary>
public sealed class JsScriptCheck(GuestRunner runner)
{
    /// <exception cref="DeployException">the script fails; the message is the JavaScript error</exception>
    public void Check(LoadedFunction function)
    {
        function = JsScript.ForTopLevel(function);
        var errors = new GuestErrorOutput();
        var configuration = function.Grants
            .WithEnvironmentVariable(JsScript.CheckVariable, "1")
            .WithArguments([function.Name])
            .WithStandardInput(new MemoryStream([], writable: false))
            .WithStandardOutput(new GuestErrorOutput())
            .WithStandardError(errors);
        var result = runner.Run(function, configuration, "deploy check", CancellationToken.None);
        if (result.Succeeded) return;
        var message = string.Join("\n", errors.Lines()).Trim();
        throw new DeployException(result.Outcome switch
        {
            ExecutionOutcome.ExitedWithError when message.Length > 0 => $"the script fails: {message}",
            ExecutionOutcome.TimedOut => $"the script's top level did not finish within {Manifest.Quantities.FormatDuration(function.Limits.Timeout!.Value)} at deploy",
            _ => $"the script's top level did not finish: {result.Detail}{(message.Length > 0 ? $" ({message})" : "")}",
        });
    }
}
