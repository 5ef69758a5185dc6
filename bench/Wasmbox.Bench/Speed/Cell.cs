namespace Wasmbox.Bench.Speed;

/// <summary>One cell of a speed table: a program run several times on one runtime, its median time.</summary>
internal static class Cell
{
    /// <summary>
    /// Runs <paramref name="run"/> <paramref name="runs"/> times, after one untimed run when
    /// <paramref name="warmUp"/>, and returns the median of the timed runs in seconds. Every run
    /// must print <paramref name="expected"/> (the first run's output when it is null, which it
    /// then becomes); a run that prints something else, or fails, throws
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    public static double MedianSeconds(string program, string column, Func<(TimeSpan Elapsed, string Output)> run, int runs, bool warmUp, ref string? expected)
    {
        var times = new List<double>();
        for (var i = warmUp ? -1 : 0; i < runs; i++)
        {
            var (elapsed, text) = run();
            expected ??= text;
            if (text != expected)
                throw new InvalidOperationException($"{program} on {column} printed\n{text}\nbut native printed\n{expected}");
            if (i >= 0) times.Add(elapsed.TotalSeconds);
        }
        return Reporting.Statistics.Median(times);
    }
}
