using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// Asks V8 (node and v8-harness.js) whether a module Wasmbox accepted is valid: a validator that
/// accepts what the spec refuses would hand the compiler code it assumes cannot exist.
/// </summary>
internal sealed class V8Validator(string scratchDirectory) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly LineWorker node = Differential.V8Oracle.StartHarness();
    private readonly string scratch = Path.Combine(scratchDirectory, $"accepted-{Environment.ProcessId}.wasm");

    /// <returns>Null when V8 accepts the module too, else why it refuses it (or why it could not say).</returns>
    public string? Refusal(byte[] module)
    {
        File.WriteAllBytes(scratch, module);
        var reply = node.Ask("validate " + scratch, Timeout);
        if (reply.Outcome != WorkerOutcome.Completed) return $"V8 did not answer ({reply.Outcome}): {reply.Diagnostics}";
        var answer = reply.Lines.Count == 1 ? reply.Lines[0] : string.Join(" / ", reply.Lines);
        return answer == "valid" ? null : answer;
    }

    public void Dispose()
    {
        node.Dispose();
        File.Delete(scratch);
    }
}
