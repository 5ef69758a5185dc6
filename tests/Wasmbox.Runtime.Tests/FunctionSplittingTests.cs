using System.Text;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Huge functions compiled as several methods (regions sharing the function's locals through a
/// frame): the same results, traps, backtraces and fuel as the function compiled whole.
/// </summary>
public sealed class FunctionSplittingTests
{
    /// <summary>
    /// A function like a bytecode interpreter: a loop around a switch of many cases, each a
    /// stretch of work on several locals of every type, some with loops of their own, one that
    /// returns from inside, one that traps, one that branches out of the loop.
    /// </summary>
    private static readonly byte[] Interpreter = Wabt.Wat2Wasm(BuildInterpreter(cases: 60), "--debug-names");

    internal static string BuildInterpreter(int cases)
    {
        var text = new StringBuilder();
        text.AppendLine("""
            (module
              (memory (export "memory") 1)
              (func $run (export "run") (param $steps i32) (param $seed i64) (result i64)
                (local $op i32) (local $a i64) (local $b i64) (local $x f64) (local $i i32) (local $n i32)
                (local.set $a (local.get $seed))
                (local.set $x (f64.const 1.5))
                (block $halt
                  (loop $dispatch
                    (br_if $halt (i32.eqz (local.get $steps)))
                    (local.set $steps (i32.sub (local.get $steps) (i32.const 1)))
                    (local.set $op (i32.wrap_i64 (i64.rem_u (local.get $a) (i64.const
            """);
        text.Append(cases).AppendLine("))))");
        // The switch: nested blocks, innermost first, a br_table picking the case.
        for (var c = cases - 1; c >= 0; c--) text.AppendLine($"(block $case{c}");
        text.Append("(br_table");
        for (var c = 0; c < cases; c++) text.Append($" $case{c}");
        text.AppendLine(" $case0 (local.get $op))");
        for (var c = 0; c < cases; c++)
        {
            text.AppendLine(")");   // end of block $case{c}: its code follows
            text.AppendLine(c switch
            {
                7 => "(if (i64.eq (local.get $a) (i64.const 424242)) (then (return (i64.const -1))))",
                13 => "(if (i64.eq (i64.and (local.get $a) (i64.const 0xffff)) (i64.const 77)) (then (unreachable)))",
                21 => "(br_if $halt (i64.eq (i64.and (local.get $a) (i64.const 0x3ff)) (i64.const 5)))",
                _ => "",
            });
            text.AppendLine($"""
                (local.set $a (i64.add (i64.mul (local.get $a) (i64.const 6364136223846793005)) (i64.const {c * 2 + 1})))
                (local.set $b (i64.xor (local.get $b) (i64.rotl (local.get $a) (i64.const {c % 63 + 1}))))
                (local.set $x (f64.add (f64.mul (local.get $x) (f64.const 1.0001)) (f64.convert_i64_u (i64.and (local.get $b) (i64.const 255)))))
                (i64.store (i32.mul (i32.const 8) (i32.const {c})) (local.get $b))
                """);
            if (c % 5 == 0)
            {
                text.AppendLine($"""
                    (local.set $i (i32.const 0))
                    (local.set $n (i32.add (i32.const 3) (i32.wrap_i64 (i64.and (local.get $a) (i64.const 7)))))
                    (loop $inner
                      (local.set $b (i64.add (local.get $b) (i64.load (i32.shl (i32.and (local.get $i) (i32.const 63)) (i32.const 3)))))
                      (local.set $i (i32.add (local.get $i) (i32.const 1)))
                      (br_if $inner (i32.lt_u (local.get $i) (local.get $n))))
                    """);
            }
            text.AppendLine("(br $dispatch)");
        }
        text.AppendLine("""
                  ))
                (i64.add (i64.add (local.get $a) (local.get $b)) (i64.trunc_sat_f64_u (local.get $x))))
              (func (export "outer") (param i32 i64) (result i64) (call $run (local.get 0) (local.get 1))))
            """);
        return text.ToString();
    }

    private static (Instance Instance, Store Store) Start(EngineConfig config)
    {
        var engine = new Engine(config);
        var module = Module.FromBytes(engine, Interpreter);
        var store = new Store(engine);
        return (new Linker(engine).Instantiate(store, module), store);
    }

    private static bool HasRegions(Instance instance) =>
        instance.Module.Compiled.Type.Assembly.GetTypes().Any(t => t.FullName!.StartsWith(CompiledFrames.RegionTypeNamePrefix, StringComparison.Ordinal));

    public static TheoryData<int> SplitSizes() => [2, 40, 400];

    [Theory]
    [MemberData(nameof(SplitSizes))]
    public void ASplitFunctionComputesWhatTheWholeOneDoes(int units)
    {
        var (whole, wholeStore) = Start(EngineConfig.Default.WithSplitFunctionsOver(0));
        var (split, splitStore) = Start(EngineConfig.Default.WithForcedSplitting(units));
        using var _ = wholeStore;
        using var __ = splitStore;
        Assert.False(HasRegions(whole));
        Assert.True(HasRegions(split));
        foreach (var (steps, seed) in new[] { (0, 1L), (1, 2L), (500, 3L), (5000, 123456789L), (20000, -7L) })
        {
            var expected = Outcome(whole, steps, seed);
            Assert.Equal(expected, Outcome(split, steps, seed));
            Assert.Equal(whole.GetMemory("memory")!.ReadInt64(8 * 17), split.GetMemory("memory")!.ReadInt64(8 * 17));
        }
    }

    /// <summary>The result, or the trap with its backtrace: a region is not a Wasm frame of its own.</summary>
    internal static string Outcome(Instance instance, int steps, long seed)
    {
        try
        {
            return instance.GetFunction<int, long, long>("outer")(steps, seed).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (TrapException trap)
        {
            return $"{trap.Reason} at {string.Join(" < ", trap.WasmBacktrace)}";
        }
    }

    [Fact]
    public void ATrapInARegionNamesTheFunctionOnce()
    {
        var (split, store) = Start(EngineConfig.Default.WithForcedSplitting(40));
        using var _ = store;
        var outcomes = Enumerable.Range(1, 3000).Select(seed => Outcome(split, 2000, seed)).Where(o => o.StartsWith("unreachable", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.Equal("unreachable at run < outer", o));
    }

    [Fact]
    public void FuelIsChargedTheSameAcrossRegions()
    {
        var (whole, wholeStore) = Start(EngineConfig.Default.WithFuel(true).WithSplitFunctionsOver(0));
        var (split, splitStore) = Start(EngineConfig.Default.WithFuel(true).WithForcedSplitting(40));
        using var _ = wholeStore;
        using var __ = splitStore;
        wholeStore.SetFuel(10_000_000);
        splitStore.SetFuel(10_000_000);
        Assert.Equal(Outcome(whole, 3000, 99), Outcome(split, 3000, 99));
        Assert.Equal(wholeStore.FuelConsumed, splitStore.FuelConsumed);
        // Running out inside a region stops at the same instruction.
        wholeStore.SetFuel(5_000);
        splitStore.SetFuel(5_000);
        Assert.StartsWith("all fuel consumed", Outcome(whole, 3000, 99));
        Assert.StartsWith("all fuel consumed", Outcome(split, 3000, 99));
        Assert.Equal(wholeStore.FuelConsumed, splitStore.FuelConsumed);
    }

    [Fact]
    public void OnlyFunctionsTooBigToOptimiseAreSplitByDefault()
    {
        var (instance, store) = Start(EngineConfig.Default);
        using var _ = store;
        // About 3,000 units: RyuJIT optimises that whole, so it stays whole.
        Assert.False(HasRegions(instance));
        Assert.Equal(EngineConfig.DefaultSplitFunctionsOver, instance.Module.Engine.Config.SplitFunctionsOver);
    }
}
