using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Wasmbox.Host.Executors;

/// <summary>
/// Where guests run. A guest computes synchronously for as long as its timeout allows. Functions
/// that answer quickly (most do: hello takes about 11 µs) run on the request's own pool thread,
/// with no hand-off. Functions whose recent requests took longer than <see cref="InlineLimit"/>
/// (or that ask for a stack larger than a pool thread's) run on threads of their own, reused,
/// with 16 MiB stacks: on pool threads, a few slow guests would leave Kestrel, the admin API and
/// the health checks waiting for the pool to grow (it adds a thread about twice a second), and a
/// pool told to grow at once keeps dozens of threads spinning. A hand-off costs two thread
/// wake-ups (measured: hello at 64 connections went from 26 to 43 µs per request when every guest
/// was handed off), which only slow functions pay, where it is noise. A version that has not yet
/// finished a run has no average to go by, so its requests run on guest threads until one has: a
/// slow function's first requests (after every deploy or rollback) would otherwise each hold a pool
/// thread for up to its whole timeout, and a handful of them stalled Kestrel, the admin API and
/// every timer in the process for that long. Idle threads end after <see cref="IdleTimeout"/>.
/// </summary>
public sealed class GuestThreads
{
    /// <summary>A function whose requests take longer than this on average runs on guest threads.</summary>
    public static readonly TimeSpan InlineLimit = TimeSpan.FromMilliseconds(1);

    /// <summary>The largest stack limit a guest may have on a pool thread (their stacks are 1.5 MiB; host code needs the rest).</summary>
    public const ulong InlineStackBytes = 512 * 1024;

    /// <summary>Each guest thread's stack: room for the largest stack limit a function may ask for, and a reserve for host code.</summary>
    public const int StackBytes = 16 << 20;

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);

    private readonly ConcurrentStack<Worker> idle = new();
    private int threads;

    /// <summary>Threads alive now, busy or idle.</summary>
    public int Threads => Volatile.Read(ref threads);

    // The versions that have finished a run, so that their running average says how long they take.
    private readonly ConditionalWeakTable<Functions.LoadedFunction, object> paced = new();
    private static readonly object Paced = new();

    /// <summary>Runs a request's guest where it belongs (see the class), and keeps the function's running average.</summary>
    public async ValueTask<GuestResult> RunAsync(Functions.LoadedFunction function, Func<GuestResult> run)
    {
        if (function.RunsLong || function.Limits.StackBytes > InlineStackBytes || !paced.TryGetValue(function, out _))
        {
            var handedOff = await RunAsync(run).ConfigureAwait(false);
            function.RecordRun(handedOff.Duration);
            paced.AddOrUpdate(function, Paced);
            return handedOff;
        }
        var result = run();
        function.RecordRun(result.Duration);
        return result;
    }

    /// <summary>Runs <paramref name="work"/> on a guest thread; the task completes on the thread pool.</summary>
    public Task<T> RunAsync<T>(Func<T> work)
    {
        var item = new WorkItem<T>(work);
        while (idle.TryPop(out var worker))
        {
            if (worker.TryAssign(item)) return item.Task;
        }
        Interlocked.Increment(ref threads);
        var thread = new Thread(new Worker(this, item).Loop, StackBytes) { IsBackground = true, Name = "wasmbox guest" };
        thread.UnsafeStart();   // each work item brings its own execution context
        return item.Task;
    }

    private abstract class WorkItemBase
    {
        public abstract void Run();
    }

    /// <summary>
    /// Work with the execution context of the request that handed it off (its span, its log
    /// scopes): a reused thread would otherwise run it in the context of the thread's first request.
    /// </summary>
    private sealed class WorkItem<T>(Func<T> work) : WorkItemBase
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ExecutionContext? context = ExecutionContext.Capture();
        public Task<T> Task => completion.Task;

        public override void Run()
        {
            if (context is null) Execute();
            else ExecutionContext.Run(context, static item => ((WorkItem<T>)item!).Execute(), this);
        }

        private void Execute()
        {
            try { completion.SetResult(work()); }
            catch (Exception e) { completion.SetException(e); }
        }
    }

    private sealed class Worker(GuestThreads owner, WorkItemBase first)
    {
        private const int Idle = 0, Assigned = 1, Retired = 2;
        private readonly SemaphoreSlim signal = new(0, 1);
        private WorkItemBase? next = first;
        private int state = Assigned;

        public bool TryAssign(WorkItemBase item)
        {
            if (Interlocked.CompareExchange(ref state, Assigned, Idle) != Idle) return false;
            next = item;
            signal.Release();
            return true;
        }

        public void Loop()
        {
            while (true)
            {
                var item = next!;
                next = null;
                item.Run();
                Volatile.Write(ref state, Idle);
                owner.idle.Push(this);
                if (signal.Wait(IdleTimeout)) continue;
                // Idle too long: retire, unless a request claimed this thread in the meantime.
                if (Interlocked.CompareExchange(ref state, Retired, Idle) == Idle) break;
                signal.Wait();
            }
            Interlocked.Decrement(ref owner.threads);
        }
    }
}
