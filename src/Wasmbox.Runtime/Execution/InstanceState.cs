namespace Wasmbox.Runtime.Execution;

/// <summary>A captured global or table element: a value, or a reference to one of the module's own functions by index.</summary>
internal readonly record struct CapturedValue(Value Value, int FunctionIndex = -1)
{
    public static CapturedValue Function(int index) => new(default, index);

    /// <summary>The value in an instance of the module: function references are made anew in it.</summary>
    public Value In(InstanceContext context) => FunctionIndex >= 0 ? Value.FuncRef(context.FunctionAt(FunctionIndex)) : Value;
}

/// <summary>A table's size and elements; each element is null (-1) or the index of a function of the module.</summary>
internal sealed record CapturedTable(int Size, int[] FunctionIndices);

/// <summary>
/// What an instance of a module holds after initialization, without any reference to that
/// instance or its store: the memory as an image, the module's own globals and tables, and which
/// segments are dropped. An instance made from it is as the initialized one was.
/// </summary>
internal sealed record InstanceState(
    ulong MemoryPages,
    MemoryImage? Memory,
    CapturedValue[] Globals,
    CapturedTable[] Tables,
    bool[] DroppedData,
    bool[] DroppedElements);
