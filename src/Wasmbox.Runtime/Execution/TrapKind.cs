namespace Wasmbox.Runtime;

/// <summary>Why execution trapped. Each kind has the spec's message.</summary>
public enum TrapKind
{
    Unreachable,
    MemoryOutOfBounds,
    TableOutOfBounds,
    UndefinedElement,
    UninitializedElement,
    IndirectCallTypeMismatch,
    IntegerDivideByZero,
    IntegerOverflow,
    InvalidConversionToInteger,
    CallStackExhausted,
    OutOfFuel,
    Interrupted,
    DeadlineExceeded,
    NullReference,
    HostError,
}

/// <summary>The spec's trap messages, by kind.</summary>
public static class TrapMessages
{
    public static string For(TrapKind kind) => kind switch
    {
        TrapKind.Unreachable => "unreachable",
        TrapKind.MemoryOutOfBounds => "out of bounds memory access",
        TrapKind.TableOutOfBounds => "out of bounds table access",
        TrapKind.UndefinedElement => "undefined element",
        TrapKind.UninitializedElement => "uninitialized element",
        TrapKind.IndirectCallTypeMismatch => "indirect call type mismatch",
        TrapKind.IntegerDivideByZero => "integer divide by zero",
        TrapKind.IntegerOverflow => "integer overflow",
        TrapKind.InvalidConversionToInteger => "invalid conversion to integer",
        TrapKind.CallStackExhausted => "call stack exhausted",
        TrapKind.OutOfFuel => "all fuel consumed",
        TrapKind.Interrupted => "interrupted",
        TrapKind.DeadlineExceeded => "deadline exceeded",
        TrapKind.NullReference => "null reference",
        TrapKind.HostError => "host function failed",
        _ => kind.ToString(),
    };
}
