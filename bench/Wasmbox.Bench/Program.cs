using Wasmbox.Bench;

// `Wasmbox.Bench limits [RUNS]`: the cost of fuel metering and interruption checks.
// `Wasmbox.Bench module-load MODULE [RUNS]`: Module creation compiled, through the cache, deserialized.
// `Wasmbox.Bench generate-module FUNCTIONS OUTPUT`: a large synthetic module for those.
var mode = args.Length > 0 ? args[0] : "limits";
var runs = mode == "limits" && args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var kernels = Path.Combine(AppContext.BaseDirectory, "kernels");
return mode switch
{
    "limits" => LimitsOverhead.Run(kernels, runs, Console.Out),
    "module-load" when args.Length > 1 => ModuleLoadTimes.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5, Console.Out),
    "generate-module" when args.Length > 2 => LargeModuleGenerator.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Wasmbox.Bench limits [RUNS] | module-load MODULE [RUNS] | generate-module FUNCTIONS OUTPUT");
    return 2;
}
