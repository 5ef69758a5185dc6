using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// The hostile-input fuzzer: mutated modules fed to Module.FromBytes (then JIT-compiled and
/// instantiated when they are valid), in a worker process that this parent watches. Every input
/// must end in one of <see cref="InputOutcome"/>; an unexpected exception, a dead worker (a stack
/// overflow or an access violation kills a .NET process) or an input that takes longer than the
/// hang limit is a failure, saved with its seed and index for replay.
/// </summary>
internal static class MutationFuzzer
{
    /// <summary>Generous, as the machine may be shared: the deepest legitimate inputs compile in seconds.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(30);

    public static int Run(FuzzOptions options, TextWriter output)
    {
        output.WriteLine($"mutation fuzzing for {options.Seconds} s with seed {options.Seed} (replay: --seed {options.Seed})");
        var work = Directory.CreateTempSubdirectory("wasmbox-mutate-");
        try
        {
            var corpusDirectory = Path.Combine(work.FullName, "corpus");
            SeedCorpus.Build(corpusDirectory, options.Seed, output);
            var corpus = SeedCorpus.Load(corpusDirectory);
            var archive = new FailureArchive(options.OutputDirectory);
            var progressPath = Path.Combine(work.FullName, "progress");
            using var board = ProgressBoard.Open(progressPath);

            var totals = new MutationCounts();
            long unexpected = 0, disagreements = 0, crashesAndHangs = 0, inputs = 0, next = 0;
            long Failures() => unexpected + disagreements + crashesAndHangs;
            var clock = Stopwatch.StartNew();
            var nextProgress = ProgressInterval;
            while (clock.Elapsed.TotalSeconds < options.Seconds && Failures() < options.MaxFailures && next < options.MaxItems)
            {
                var budget = Math.Max(1, options.Seconds - clock.Elapsed.TotalSeconds);
                var session = WorkerSession.Start(corpusDirectory, options.Seed, next, options.MaxItems, budget, progressPath, board);
                while (session.Next(HangLimit) is { } message)
                {
                    if (message.Kind == WorkerMessageKind.Unexpected)
                    {
                        unexpected++;
                        Report(output, archive, corpus, options.Seed, message.Index, $"unexpected exception {message.Text}");
                    }
                    else if (message.Kind == WorkerMessageKind.Disagreement)
                    {
                        disagreements++;
                        Report(output, archive, corpus, options.Seed, message.Index, message.Text);
                    }
                    if (clock.Elapsed >= nextProgress)
                    {
                        nextProgress += ProgressInterval;
                        var done = inputs + session.Counts.Total;
                        output.WriteLine($"  {clock.Elapsed.TotalSeconds:0} s: {done} inputs ({done / clock.Elapsed.TotalSeconds:0}/s), {Failures()} failures");
                    }
                    if (Failures() >= options.MaxFailures) break;
                }
                session.Stop();
                totals.Add(session.Counts);
                inputs += session.InputsFinished;
                next = session.NextIndex;
                if (session.Failure is { } failure)
                {
                    crashesAndHangs++;
                    Report(output, archive, corpus, options.Seed, session.FailedIndex, failure);
                }
            }

            output.WriteLine($"{inputs / clock.Elapsed.TotalSeconds:0} inputs/s; {totals.Describe()}");
            if (totals.SlowestIndex >= 0)
            {
                var slowest = archive.Save($"slowest-{options.Seed}-{totals.SlowestIndex}",
                    Mutator.Mutate(corpus, FuzzRandom.ForItem(options.Seed, totals.SlowestIndex)), $"the slowest input of the run: {totals.SlowestMilliseconds:0} ms\n");
                output.WriteLine($"slowest input kept as {slowest} (not a failure)");
            }
            output.WriteLine($"{totals.Accepted} inputs accepted by Wasmbox were checked with V8: {disagreements} refused by it");
            output.WriteLine($"{inputs} inputs, {unexpected} unexpected exceptions, {crashesAndHangs} crashes or hangs, {disagreements} validator disagreements");
            return Failures() == 0 ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void Report(TextWriter output, FailureArchive archive, IReadOnlyList<byte[]> corpus, ulong seed, long index, string what)
    {
        var input = Mutator.Mutate(corpus, FuzzRandom.ForItem(seed, index));
        var report = $"{what}\nrun seed {seed}, input index {index}; check again with: Wasmbox.Fuzz check FILE\n";
        var saved = archive.Save($"mutate-{seed}-{index}", input, report);
        output.WriteLine($"FAILURE: input {index} (seed {seed}): {what}");
        output.WriteLine($"  saved {saved}; replay: Wasmbox.Fuzz check {saved}");
    }
}
