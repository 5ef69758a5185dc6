using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// The defined functions a call to one function can reach through direct calls, in the order a run
/// first reaches them (depth first, each body's calls in the order they are written): the order in
/// which to have their machine code ready before they are called. Indirect calls are not followed,
/// their targets being known only at run time.
/// </summary>
internal static class CallOrder
{
    /// <param name="definition">a definition with its function bodies decoded</param>
    /// <param name="entryFunction">the function index of the entry (an import yields nothing)</param>
    /// <param name="limit">at most this many functions</param>
    public static List<int> From(ModuleDefinition definition, int entryFunction, int limit)
    {
        var imported = definition.ImportedFunctionCount;
        var order = new List<int>();
        var reached = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(entryFunction);
        while (pending.Count > 0 && order.Count < limit)
        {
            var function = pending.Pop();
            if (function < imported || !reached.Add(function)) continue;
            order.Add(function);
            var code = definition.Bodies[function - imported].Code;
            // Pushed last to first, so that the body's first call is the next one followed.
            for (var i = code.Length - 1; i >= 0; i--)
            {
                if (code[i].Op == Opcode.Call) pending.Push(code[i].Index);
            }
        }
        return order;
    }
}
