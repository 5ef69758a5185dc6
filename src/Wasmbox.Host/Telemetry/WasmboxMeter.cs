using System.Diagnostics.Metrics;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// The server's metric instruments, on one meter named <see cref="Name"/>. One per process, not one
/// per server: OpenTelemetry tells instruments apart by meter and instrument name only, so a second
/// server's meter in the same process (tests run many) would be taken for a duplicate of the first,
/// and its series would vanish when the first server stopped. Names follow OpenTelemetry's; the
/// Prometheus exporter turns them into <c>wasmbox_…</c> names with the unit as a suffix (seconds,
/// bytes) and <c>_total</c> on counters. With nothing listening (metrics off), recording a
/// measurement is one check of a flag.
/// </summary>
public static class WasmboxMeter
{
    public const string Name = "Wasmbox";

    // Latency buckets from 50 µs (hello takes about 15 µs of guest time) to a function's longest timeouts.
    private static readonly double[] SecondsBuckets = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
    // Fuel is roughly one unit per Wasm instruction: a thousand to ten billion, by tenfold steps.
    private static readonly long[] FuelBuckets = [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000];
    // Linear memory grows by 64 KiB pages: 64 KiB to 4 GiB, by fourfold steps.
    private static readonly long[] MemoryBuckets = [65_536, 262_144, 1_048_576, 4_194_304, 16_777_216, 67_108_864, 268_435_456, 1_073_741_824, 4_294_967_296];
    // Compiling a module: a millisecond (a cache hit) to a minute (a large module).
    private static readonly double[] CompileBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> Invocations { get; } = Meter.CreateCounter<long>("wasmbox.invocations", "{invocation}",
        "Runs of functions, and requests refused by a full queue, by function, version, trigger and outcome");
    public static Histogram<double> Duration { get; } = Meter.CreateHistogram("wasmbox.invocation.duration", "s",
        "How long a function's instance ran (instantiation and the call), by function, version and trigger",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
    public static Histogram<long> Fuel { get; } = Meter.CreateHistogram("wasmbox.invocation.fuel", "{fuel}",
        "Fuel one run consumed, for functions with a fuel limit (metering is compiled in only for them)",
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = FuelBuckets });
    public static Histogram<long> PeakMemory { get; } = Meter.CreateHistogram("wasmbox.invocation.peak_memory", "By",
        "The largest size the linear memory of one run reached",
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = MemoryBuckets });
    public static Histogram<double> CompileDuration { get; } = Meter.CreateHistogram("wasmbox.compile.duration", "s",
        "Decoding, validating and compiling a deployed module (or loading its compiled code from the cache), per deploy",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = CompileBuckets });
    public static Counter<long> Deliveries { get; } = Meter.CreateCounter<long>("wasmbox.pubsub.deliveries", "{delivery}",
        "Deliveries of pub/sub messages to subscribers (retries included), by pub/sub, topic, subscriber and answer");
    public static Counter<long> Retries { get; } = Meter.CreateCounter<long>("wasmbox.pubsub.retries", "{delivery}",
        "Deliveries that were a retry (a second or later attempt)");
    public static Counter<long> DeadLetters { get; } = Meter.CreateCounter<long>("wasmbox.pubsub.dead_letters", "{message}",
        "Messages a subscriber gave up on (DROP, or out of attempts): sent to the dead-letter topic when there is one, dropped otherwise");
}
