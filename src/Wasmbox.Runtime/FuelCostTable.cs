using System.Security.Cryptography;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime;

/// <summary>
/// What each instruction costs in fuel: 1 by default, 0 for the structural ones (nop, block,
/// loop, else, end, drop). Immutable; <see cref="With"/> returns a copy with one cost changed.
/// </summary>
public sealed class FuelCostTable
{
    // The opcodes whose cost is not 1, sorted, and their costs: a few entries, searched without
    // generic collections, whose instantiations over Opcode .NET would have to compile at every
    // start (every engine reads the default table).
    private readonly Opcode[] opcodes;
    private readonly int[] costs;

    private FuelCostTable(Opcode[] opcodes, int[] costs)
    {
        this.opcodes = opcodes;
        this.costs = costs;
    }

    public static FuelCostTable Default { get; } = new(
        [Opcode.Nop, Opcode.Block, Opcode.Loop, Opcode.Else, Opcode.End, Opcode.Drop], [0, 0, 0, 0, 0, 0]);

    public int CostOf(Opcode opcode)
    {
        var found = IndexOf(opcode);
        return found >= 0 ? costs[found] : 1;
    }

    /// <summary>A copy of this table where <paramref name="opcode"/> costs <paramref name="cost"/>.</summary>
    public FuelCostTable With(Opcode opcode, int cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        var found = IndexOf(opcode);
        if (found >= 0)
        {
            var changed = (int[])costs.Clone();
            changed[found] = cost;
            return new FuelCostTable(opcodes, changed);
        }
        var at = ~found;
        return new FuelCostTable([.. opcodes.AsSpan(0, at), opcode, .. opcodes.AsSpan(at)], [.. costs.AsSpan(0, at), cost, .. costs.AsSpan(at)]);
    }

    /// <summary>The index of <paramref name="opcode"/> in the sorted opcodes, or the complement of where it would go.</summary>
    private int IndexOf(Opcode opcode)
    {
        int low = 0, high = opcodes.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (opcodes[middle] == opcode) return middle;
            if (opcodes[middle] < opcode) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
    }

    /// <summary>A hash of every opcode's cost: equal for tables that charge alike, whichever way they were built.</summary>
    internal string ContentHash()
    {
        using var costs = new MemoryStream();
        using var writer = new BinaryWriter(costs);
        foreach (var opcode in Enum.GetValues<Opcode>())
        {
            var cost = CostOf(opcode);
            if (cost == 1) continue;
            writer.Write((int)opcode);
            writer.Write(cost);
        }
        writer.Flush();
        return Convert.ToHexStringLower(SHA256.HashData(costs.ToArray()));
    }
}
