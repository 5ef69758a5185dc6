using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// binaryen's wasm-opt (version 108) as module generator (-ttf) and as the first oracle (its
/// interpreter, --fuzz-exec-before).
/// </summary>
internal static class Binaryen
{
    public const string Tool = "wasm-opt";

    /// <summary>What Wasmbox implements of Wasm 2.0 besides reference types; SIMD, threads, exceptions, GC, tail calls, memory64 stay off.</summary>
    public static readonly string[] CoreFeatures =
    [
        "--mvp-features", "--enable-sign-ext", "--enable-mutable-globals", "--enable-nontrapping-float-to-int",
        "--enable-multivalue", "--enable-bulk-memory",
    ];

    /// <summary>
    /// Binaryen 108 models reference types after an older draft (funcref a subtype of anyref, which it
    /// writes as externref, and typed function references), so most modules it generates with them
    /// are invalid Wasm 2.0. They are generated anyway, for the valid minority and to compare
    /// validators; modules both V8 and Wasmbox refuse are skipped.
    /// </summary>
    public const string ReferenceTypes = "--enable-reference-types";

    public static readonly string[] AllFeatures = [.. CoreFeatures, ReferenceTypes];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly ForkServerPool Tools = new(Tool);

    public static ToolRun Run(IReadOnlyList<string> arguments) => Tools.Run(arguments, Timeout);

    /// <summary>Binaryen's interpreter on a module: every export called in order, as a trace.</summary>
    public static ToolRun Interpret(string path) => Run([path, .. AllFeatures, "--fuzz-exec-before"]);

    public static List<TraceEvent> TraceOf(ToolRun run) => run.Succeeded
        ? BinaryenTraceParser.Parse(run.Output)
        : [TraceEvent.Of(TraceEventKind.Error, $"binaryen interpreter failed: {run.Describe()}")];
}
