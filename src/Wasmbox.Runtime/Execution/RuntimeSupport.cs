using System.Runtime.CompilerServices;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Operations compiled code calls instead of inlining: table access, bulk memory, segments and
/// indirect-call resolution. Arguments come in the order the Wasm operand stack holds them, with
/// the table, memory or context last, so the IL can push those after the operands.
/// </summary>
internal static unsafe class RuntimeSupport
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Function ResolveIndirect(int index, Table table, int expectedTypeId)
    {
        if ((uint)index >= (uint)table.Count) throw TrapException.Create(TrapKind.UndefinedElement);
        if (table.Elements[index] is not Function function) throw TrapException.Create(TrapKind.UninitializedElement);
        if (function.TypeId != expectedTypeId) throw TrapException.Create(TrapKind.IndirectCallTypeMismatch);
        return function;
    }

    public static object? TableGet(int index, Table table)
    {
        if ((uint)index >= (uint)table.Count) throw TrapException.Create(TrapKind.TableOutOfBounds);
        return table.Elements[index];
    }

    public static void TableSet(int index, object? value, Table table)
    {
        if ((uint)index >= (uint)table.Count) throw TrapException.Create(TrapKind.TableOutOfBounds);
        table.Elements[index] = value;
    }

    public static int TableSize(Table table) => table.Count;

    public static int TableGrow(object? initial, int delta, Table table) => table.Grow((uint)delta, initial);

    public static void TableFill(int start, object? value, int count, Table table)
    {
        if ((ulong)(uint)start + (uint)count > (ulong)table.Count) throw TrapException.Create(TrapKind.TableOutOfBounds);
        Array.Fill(table.Elements, value, start, count);
    }

    public static void TableCopy(int destination, int source, int count, Table destinationTable, Table sourceTable)
    {
        if ((ulong)(uint)source + (uint)count > (ulong)sourceTable.Count ||
            (ulong)(uint)destination + (uint)count > (ulong)destinationTable.Count)
            throw TrapException.Create(TrapKind.TableOutOfBounds);
        Array.Copy(sourceTable.Elements, source, destinationTable.Elements, destination, count);
    }

    public static void TableInit(int destination, int source, int count, InstanceContext context, int segmentIndex, int tableIndex)
    {
        var segment = context.ElementSegments[segmentIndex] ?? [];
        var table = context.Tables[tableIndex];
        if ((ulong)(uint)source + (uint)count > (ulong)segment.Length ||
            (ulong)(uint)destination + (uint)count > (ulong)table.Count)
            throw TrapException.Create(TrapKind.TableOutOfBounds);
        Array.Copy(segment, source, table.Elements, destination, count);
    }

    public static void ElemDrop(InstanceContext context, int segmentIndex) => context.ElementSegments[segmentIndex] = null;

    public static int MemoryGrow(int deltaPages, Memory memory) => (int)memory.Grow((uint)deltaPages);

    public static void MemoryFill(int destination, int value, int count, Memory memory)
    {
        memory.CheckBounds((uint)destination, (uint)count);
        System.Runtime.InteropServices.NativeMemory.Fill(memory.BasePointer + (uint)destination, (uint)count, (byte)value);
    }

    public static void MemoryCopy(int destination, int source, int count, Memory memory)
    {
        memory.CheckBounds((uint)source, (uint)count);
        memory.CheckBounds((uint)destination, (uint)count);
        // NativeMemory.Copy handles overlapping ranges like memmove.
        System.Runtime.InteropServices.NativeMemory.Copy(memory.BasePointer + (uint)source, memory.BasePointer + (uint)destination, (uint)count);
    }

    public static void MemoryInit(int destination, int source, int count, InstanceContext context, int segmentIndex)
    {
        var segment = context.DataSegments[segmentIndex].Span;
        var memory = context.Memory0!;
        if ((ulong)(uint)source + (uint)count > (ulong)segment.Length) throw TrapException.Create(TrapKind.MemoryOutOfBounds);
        memory.CheckBounds((uint)destination, (uint)count);
        segment.Slice(source, count).CopyTo(new Span<byte>(memory.BasePointer + (uint)destination, count));
    }

    public static void DataDrop(InstanceContext context, int segmentIndex) => context.DataSegments[segmentIndex] = default;

    /// <summary>ref.func: the function's reference, made on first use.</summary>
    public static Function RefFunc(InstanceContext context, int index) => context.FunctionAt(index);

    /// <summary>
    /// A function entry found its stack pointer below the store's limit: a pending interrupt (the
    /// limit was raised to trip this check), a real exhaustion, or an interrupt already handled.
    /// Returns the trap to throw, or null to carry on.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TrapException? OnStackLimit(StoreContext store, nuint stackPointer)
    {
        if (Volatile.Read(ref store.InterruptFlag) != StoreContext.NotInterrupted)
        {
            Volatile.Write(ref store.StackLimit, store.RealStackLimit);
            return InterruptTrap(store);
        }
        Volatile.Write(ref store.StackLimit, store.RealStackLimit);
        return stackPointer < store.RealStackLimit ? new TrapException(TrapKind.CallStackExhausted) : null;
    }

    /// <summary>The trap for a raised interrupt flag; a one-off interrupt is cleared so the store can run again.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TrapException InterruptTrap(StoreContext store)
    {
        if (Interlocked.CompareExchange(ref store.InterruptFlag, StoreContext.NotInterrupted, StoreContext.InterruptRequested) == StoreContext.InterruptRequested)
            return new TrapException(TrapKind.Interrupted);
        return new TrapException(TrapKind.DeadlineExceeded);
    }

    /// <summary>Host functions are called through a stub with the Wasm calling convention; it lands here.</summary>
    public static Value[] CallHost(Value[] arguments, InstanceContext context)
    {
        var host = (HostContext)context;
        var definition = host.Definition;
        context.Store.Owner.InitializationGate?.Check(definition, arguments);
        var results = new Value[definition.Type.Results.Count];
        definition.Invoke(new Caller(host.Caller, context.Store.Owner), arguments, results);
        return results;
    }

    // Global writes take the value first and the cell last, matching the order on the IL stack.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void GlobalSetI32(int value, Global global) => global.Bits = (uint)value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void GlobalSetI64(long value, Global global) => global.Bits = value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void GlobalSetF32(float value, Global global) => global.Bits = (uint)BitConverter.SingleToInt32Bits(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void GlobalSetF64(double value, Global global) => global.Bits = BitConverter.DoubleToInt64Bits(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void GlobalSetV128(System.Runtime.Intrinsics.Vector128<byte> value, Global global) => global.Vector = value;

    /// <summary>v128.const: the halves are IL constants, so after inlining RyuJIT loads one constant vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static System.Runtime.Intrinsics.Vector128<byte> V128FromHalves(long low, long high) =>
        System.Runtime.Intrinsics.Vector128.AsByte(System.Runtime.Intrinsics.Vector128.Create(low, high));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void GlobalSetRef(object? value, Global global) => global.Reference = value;
}
