using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Wasmbox.Runtime;

/// <summary>
/// A trap: execution of WebAssembly stopped. One exception type for every cause; <see cref="Kind"/>
/// says which, <see cref="Reason"/> carries the spec's message, and <see cref="WasmBacktrace"/>
/// names the Wasm functions that were active, innermost first.
/// </summary>
public sealed class TrapException : WasmException
{
    private IReadOnlyList<string>? backtrace;

    public TrapException(TrapKind kind, string? detail = null, Exception? inner = null)
        : base(detail is null ? TrapMessages.For(kind) : $"{TrapMessages.For(kind)}: {detail}", inner)
    {
        Kind = kind;
    }

    public TrapKind Kind { get; }

    /// <summary>The spec's message for the trap, e.g. "integer divide by zero".</summary>
    public string Reason => TrapMessages.For(Kind);

    /// <summary>Wasm functions on the stack when the trap happened, innermost first.</summary>
    public IReadOnlyList<string> WasmBacktrace => backtrace ??= InnerException is AccessViolationException fault
        ? [.. CompiledFrames.Describe(fault), .. CompiledFrames.Describe(this)]   // a guard-region fault: its frames first
        : CompiledFrames.Describe(this);

    /// <summary>The innermost Wasm function, when one was running.</summary>
    public string? FunctionName => WasmBacktrace.Count > 0 ? WasmBacktrace[0] : null;

    /// <summary>Trap message with the function it happened in, e.g. "unreachable (in wasm function $main)".</summary>
    public override string Message => FunctionName is { } name ? $"{base.Message} (in wasm function {name})" : base.Message;

    // Compiled code calls these and then emits `throw`, so the IL stays simple and the JIT keeps
    // the throwing path out of line.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static TrapException Create(TrapKind kind) => new(kind);
}

/// <summary>Maps .NET stack frames of compiled Wasm code back to Wasm function names.</summary>
internal static class CompiledFrames
{
    /// <summary>Compiled module types carry this prefix, so frames can be told apart from host code.</summary>
    public const string TypeNamePrefix = "Wasmbox.Compiled.Module";

    /// <summary>Types of the regions huge functions are split into; a region's frame is not a Wasm frame of its own.</summary>
    public const string RegionTypeNamePrefix = "Wasmbox.Compiled.ModuleRegions";

    public static IReadOnlyList<string> Describe(Exception exception)
    {
        var names = new List<string>();
        foreach (var frame in new StackTrace(exception, false).GetFrames())
        {
            var method = frame.GetMethod();
            if (IsCompiled(method) && !method!.DeclaringType!.FullName!.StartsWith(RegionTypeNamePrefix, StringComparison.Ordinal))
                names.Add(method.Name);
        }
        return names;
    }

    public static bool IsCompiled(System.Reflection.MethodBase? method) =>
        method?.DeclaringType?.FullName?.StartsWith(TypeNamePrefix, StringComparison.Ordinal) == true;
}
