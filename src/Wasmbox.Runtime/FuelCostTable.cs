using System.Collections.Immutable;
using System.Security.Cryptography;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime;

/// <summary>
/// What each instruction costs in fuel: 1 by default, 0 for the structural ones (nop, block,
/// loop, else, end, drop). Immutable; <see cref="With"/> returns a copy with one cost changed.
/// </summary>
public sealed class FuelCostTable
{
    private readonly ImmutableDictionary<Opcode, int> overrides;

    private FuelCostTable(ImmutableDictionary<Opcode, int> overrides) => this.overrides = overrides;

    public static FuelCostTable Default { get; } = new(ImmutableDictionary<Opcode, int>.Empty
        .Add(Opcode.Nop, 0).Add(Opcode.Block, 0).Add(Opcode.Loop, 0).Add(Opcode.Else, 0)
        .Add(Opcode.End, 0).Add(Opcode.Drop, 0));

    public int CostOf(Opcode opcode) => overrides.TryGetValue(opcode, out var cost) ? cost : 1;

    /// <summary>A copy of this table where <paramref name="opcode"/> costs <paramref name="cost"/>.</summary>
    public FuelCostTable With(Opcode opcode, int cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        return new FuelCostTable(overrides.SetItem(opcode, cost));
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
