using Wasmbox.Bench;

// `Wasmbox.Bench limits [RUNS]`: the cost of fuel metering and interruption checks.
var mode = args.Length > 0 ? args[0] : "limits";
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var kernels = Path.Combine(AppContext.BaseDirectory, "kernels");
return mode switch
{
    "limits" => LimitsOverhead.Run(kernels, runs, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Wasmbox.Bench limits [RUNS]");
    return 2;
}
