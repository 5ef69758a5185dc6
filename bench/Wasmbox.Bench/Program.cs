using System.Globalization;
using Wasmbox.Bench;
using Wasmbox.Bench.Building;
using Wasmbox.Bench.Memory;
using Wasmbox.Bench.Speed;

// `Wasmbox.Bench speed ROOT [RUNS] [PROGRAM]`: the programs against native and node.
// `Wasmbox.Bench simd ROOT [RUNS] [PROGRAM]`: the programs that vectorize, built with -msimd128, against native and node.
// `Wasmbox.Bench instantiation ROOT [ITERATIONS]`: time to a ready instance, against node.
// `Wasmbox.Bench compile ROOT [RUNS]`: MB of Wasm per second to ready code, against node.
// `Wasmbox.Bench memory ROOT [INSTANCES]`: resident memory of idle instances, against node.
// `Wasmbox.Bench limits [RUNS]`: the cost of fuel metering and interruption checks.
// `Wasmbox.Bench module-load MODULE [RUNS]`: Module creation compiled, through the cache, deserialized.
// `Wasmbox.Bench generate-module FUNCTIONS OUTPUT`: a large synthetic module for those.
// `Wasmbox.Bench dapr-load grpc|http get|save STORE CONNECTIONS SECONDS`: a Dapr API under the .NET SDK's load.
// `Wasmbox.Bench js-snapshot ENGINE SCRIPT [ITERATIONS]`: the JavaScript engine ready for SCRIPT, initialized or from a snapshot.
var mode = args.Length > 0 ? args[0] : "speed";
var kernels = Path.Combine(AppContext.BaseDirectory, "kernels");
return mode switch
{
    "speed" when args.Length > 1 => SpeedComparison.Run(args[1], Number(2, 3), args.Length > 3 && args[3].Length > 0 ? args[3] : null, Console.Out),
    "simd" when args.Length > 1 => SimdComparison.Run(args[1], Number(2, 3), args.Length > 3 && args[3].Length > 0 ? args[3] : null, Console.Out),
    "instantiation" when args.Length > 1 => InstantiationTimes.Run(args[1], Number(2, 10_000), Console.Out),
    "compile" when args.Length > 1 => CompileSpeed.Run(args[1], Number(2, 5), Console.Out),
    "memory" when args.Length > 1 => IdleMemory.Run(args[1], Number(2, 1000), Console.Out),
    "hold-instances" when args.Length > 2 => InstanceHolder.Run(args[1], Number(2, 1000)),
    "limits" => LimitsOverhead.Run(kernels, Number(1, 5), Console.Out),
    "module-load" when args.Length > 1 => ModuleLoadTimes.Run(args[1], Number(2, 5), Console.Out),
    "generate-module" when args.Length > 2 => LargeModuleGenerator.Run(Number(1, 0), args[2]),
    "dapr-load" when args.Length > 5 => DaprApiLoad.Run(args[1], args[2], args[3], Number(4, 1), Number(5, 5), Console.Out),
    "js-snapshot" when args.Length > 2 => JsSnapshotTimes.Run(args[1], args[2], Number(3, 10_000), Console.Out),
    _ => Usage(),
};

int Number(int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine("usage: Wasmbox.Bench speed ROOT [RUNS] [PROGRAM] | simd ROOT [RUNS] [PROGRAM] | instantiation ROOT [ITERATIONS] | compile ROOT [RUNS] | memory ROOT [INSTANCES]\n" +
        "       | limits [RUNS] | module-load MODULE [RUNS] | generate-module FUNCTIONS OUTPUT\n" +
        "       | dapr-load grpc|http get|save STORE CONNECTIONS SECONDS | js-snapshot ENGINE SCRIPT [ITERATIONS]");
    return 2;
}
