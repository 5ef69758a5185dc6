namespace Wasmbox.Fuzz.Differential;

/// <summary>The first place where Wasmbox's trace and an oracle's differ.</summary>
internal sealed record Divergence(Oracle Oracle, int EventIndex, string Description);

/// <summary>Compares Wasmbox's trace with an oracle's, event by event, with the same call sequence, logged values, results and traps required of both.</summary>
internal static class TraceComparer
{
    public static Divergence? Compare(IReadOnlyList<TraceEvent> wasmbox, IReadOnlyList<TraceEvent> oracle, Oracle kind)
    {
        // Binaryen's interpreter cannot report memory hashes; against it they are left out.
        if (kind == Oracle.Binaryen) wasmbox = wasmbox.Where(e => e.Kind != TraceEventKind.Memory).ToList();
        for (var i = 0; ; i++)
        {
            var mine = i < wasmbox.Count ? wasmbox[i] : null;
            var theirs = i < oracle.Count ? oracle[i] : null;
            if (mine is null && theirs is null) return null;
            // After a host limit binaryen's results are not comparable (its own limit, not Wasm's).
            if (theirs?.Kind == TraceEventKind.HostLimit) return null;
            if (mine is null || theirs is null || !Same(mine, theirs, kind))
                return new Divergence(kind, i, $"event {i}: Wasmbox `{mine?.ToString() ?? "(nothing)"}`, {kind} `{theirs?.ToString() ?? "(nothing)"}`");
        }
    }

    private static bool Same(TraceEvent mine, TraceEvent theirs, Oracle oracle)
    {
        if (mine.Kind != theirs.Kind) return false;
        return mine.Kind switch
        {
            TraceEventKind.Call or TraceEventKind.Memory => mine.Text == theirs.Text,
            TraceEventKind.Log or TraceEventKind.Result => mine.Values.Count == theirs.Values.Count
                && mine.Values.Zip(theirs.Values).All(pair => OracleValues.Match(pair.First, pair.Second, oracle)),
            TraceEventKind.Trap or TraceEventKind.Exception or TraceEventKind.Invalid => true,
            _ => false,
        };
    }
}
