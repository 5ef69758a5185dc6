using System.Diagnostics;
using System.Globalization;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// The child-process side of the mutation fuzzer: checks inputs seed/from, seed/from+1, ... until
/// its time is up or it reaches input --until, writing the current index to the progress board before each one, a stats line
/// every second, an "unexpected" line for any exception that is not the engine's own, and a
/// "disagreement" line for a module Wasmbox accepts and V8 refuses.
/// </summary>
internal static class MutationWorker
{
    public const string Command = "mutate-worker";
    private static readonly TimeSpan StatsInterval = TimeSpan.FromSeconds(1);

    public static int Run(IReadOnlyList<string> arguments)
    {
        string Argument(string name) => arguments[arguments.ToList().IndexOf(name) + 1];
        var corpusDirectory = Argument("--corpus");
        var corpus = SeedCorpus.Load(corpusDirectory);
        var seed = ulong.Parse(Argument("--seed"), CultureInfo.InvariantCulture);
        var from = long.Parse(Argument("--from"), CultureInfo.InvariantCulture);
        var seconds = double.Parse(Argument("--seconds"), CultureInfo.InvariantCulture);
        var until = long.Parse(Argument("--until"), CultureInfo.InvariantCulture);
        using var board = ProgressBoard.Open(Argument("--progress"));
        using var output = new StreamWriter(Console.OpenStandardOutput());

        // A thread with the default stack (1.5 MiB on Linux), as a server's request thread would
        // have: the decoder and validator must not need more, whatever the nesting.
        using var v8 = new V8Validator(Path.GetDirectoryName(Path.GetFullPath(corpusDirectory))!);
        var thread = new Thread(() => CheckInputs(corpus, seed, from, until, seconds, board, v8, output));
        thread.Start();
        thread.Join();
        return 0;
    }

    private static void CheckInputs(IReadOnlyList<byte[]> corpus, ulong seed, long from, long until, double seconds, ProgressBoard board, V8Validator v8, StreamWriter output)
    {
        var checker = new InputChecker();
        var counts = new MutationCounts();
        var clock = Stopwatch.StartNew();
        var nextStats = StatsInterval;
        for (var index = from; index < until && clock.Elapsed.TotalSeconds < seconds; index++)
        {
            board.CurrentIndex = index;
            var random = FuzzRandom.ForItem(seed, index);
            var input = Mutator.Mutate(corpus, random);
            var started = clock.Elapsed;
            try
            {
                var outcome = checker.Check(input, random);
                counts.Record(outcome, (clock.Elapsed - started).TotalMilliseconds);
                if (outcome is not (InputOutcome.Malformed or InputOutcome.Invalid) && v8.Refusal(input) is { } refusal)
                {
                    counts.Disagreements++;
                    output.WriteLine($"disagreement {index} Wasmbox accepts a module V8 refuses: {OneLine(refusal)}");
                    output.Flush();
                }
            }
            catch (Exception e)
            {
                counts.Unexpected++;
                output.WriteLine($"unexpected {index} {e.GetType().FullName}: {OneLine(e.Message)}");
                output.Flush();
                Console.Error.WriteLine($"input {index}: {e}");
            }
            counts.RecordTime(index, (clock.Elapsed - started).TotalMilliseconds);
            if (clock.Elapsed >= nextStats)
            {
                nextStats += StatsInterval;
                output.WriteLine(counts.ToLine());
                output.Flush();
            }
        }
        output.WriteLine(counts.ToLine());
        output.WriteLine("end");
        output.Flush();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
