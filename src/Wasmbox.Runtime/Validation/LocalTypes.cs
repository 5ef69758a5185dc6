using System.Runtime.CompilerServices;

namespace Wasmbox.Runtime.Validation;

/// <summary>The types of one function's locals, parameters first, looked up by local index.</summary>
internal sealed class LocalTypes
{
    /// <summary>
    /// Functions with more locals than this are looked up by binary search over the declared runs
    /// instead of being expanded, so a declared count in the billions costs nothing.
    /// </summary>
    private const long ExpandedLimit = 1 << 16;

    private ValueKind[] expanded = new ValueKind[32];
    private long[]? runEnds;
    private ValueKind[]? runKinds;

    /// <summary>Parameters plus declared locals.</summary>
    public long Count { get; private set; }

    public void Reset(ValueKind[] parameters, Binary.LocalGroup[] groups)
    {
        long total = parameters.Length;
        foreach (var group in groups) total += group.Count;
        Count = total;

        if (total <= ExpandedLimit)
        {
            runEnds = null;
            runKinds = null;
            if (expanded.Length < total) expanded = new ValueKind[Math.Max(total, expanded.Length * 2L)];
            parameters.CopyTo(expanded, 0);
            var next = parameters.Length;
            foreach (var group in groups)
            {
                expanded.AsSpan(next, (int)group.Count).Fill(group.Kind);
                next += (int)group.Count;
            }
            return;
        }

        // Parameters become runs of one; the runs' ends increase, so a binary search finds the
        // run holding an index.
        var runs = parameters.Length + groups.Length;
        var ends = new long[runs];
        var kinds = new ValueKind[runs];
        long end = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            ends[i] = ++end;
            kinds[i] = parameters[i];
        }
        for (var i = 0; i < groups.Length; i++)
        {
            end += groups[i].Count;
            ends[parameters.Length + i] = end;
            kinds[parameters.Length + i] = groups[i].Kind;
        }
        runEnds = ends;
        runKinds = kinds;
    }

    /// <summary>The type of local <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public ValueKind this[ulong index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (runEnds is null) return expanded[index];

            var ends = runEnds;
            int low = 0, high = ends.Length - 1;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if ((ulong)ends[middle] > index) high = middle;
                else low = middle + 1;
            }
            return runKinds![low];
        }
    }
}
