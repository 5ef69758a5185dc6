using System.Reflection.Emit;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Scratch IL locals, reused by type. Blocks nest, so a local handed back at a block's end is
/// never still in use when it is handed out again.
/// </summary>
internal sealed class LocalPool
{
    private readonly ILGenerator il;
    private readonly Dictionary<Type, Stack<LocalBuilder>> free = new();

    public LocalPool(ILGenerator il) => this.il = il;

    public LocalBuilder Rent(Type type) =>
        free.TryGetValue(type, out var stack) && stack.Count > 0 ? stack.Pop() : il.DeclareLocal(type);

    public LocalBuilder Rent(ValueKind kind) => Rent(WasmCallingConvention.ClrType(kind));

    public void Return(LocalBuilder local)
    {
        if (!free.TryGetValue(local.LocalType, out var stack)) free[local.LocalType] = stack = new Stack<LocalBuilder>();
        stack.Push(local);
    }

    public void Return(IEnumerable<LocalBuilder> locals)
    {
        foreach (var local in locals) Return(local);
    }
}
