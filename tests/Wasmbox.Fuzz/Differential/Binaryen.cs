using System.Reflection;
using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// binaryen's wasm-opt as module generator (-ttf) and as the first oracle (its interpreter,
/// --fuzz-exec-before), in two builds: Debian's (version 108, native) for the core fuzzer, and the
/// npm package's (version 132, wasm-opt compiled to Wasm and run by node) for SIMD, which 108's
/// generator and interpreter do not cover as 2.0 defines it.
/// </summary>
internal sealed class Binaryen
{
    /// <summary>What Wasmbox implements of Wasm 2.0 besides reference types and SIMD; threads, exceptions, GC, tail calls, memory64 stay off.</summary>
    public static readonly string[] CoreFeatures =
    [
        "--mvp-features", "--enable-sign-ext", "--enable-mutable-globals", "--enable-nontrapping-float-to-int",
        "--enable-multivalue", "--enable-bulk-memory",
    ];

    /// <summary>
    /// Binaryen 108 models reference types after an older draft (funcref a subtype of anyref, which it
    /// writes as externref, and typed function references), so most modules it generates with them
    /// are invalid Wasm 2.0. They are generated anyway, for the valid minority and to compare
    /// validators; modules both V8 and Wasmbox refuse are skipped.
    /// </summary>
    public const string ReferenceTypes = "--enable-reference-types";

    public static readonly string[] AllFeatures = [.. CoreFeatures, ReferenceTypes];

    /// <summary>The core features and fixed-width SIMD (not relaxed SIMD, which Wasmbox does not implement).</summary>
    public static readonly string[] SimdFeatures = [.. CoreFeatures, "--enable-simd"];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Debian's wasm-opt 108 (package binaryen), through fork servers.</summary>
    public static readonly Binaryen Debian = new("binaryen 108 (Debian's wasm-opt)", AllFeatures, () => ForkServerPool.Native("wasm-opt"));

    /// <summary>The npm package binaryen 132 (tests/Wasmbox.Fuzz/binaryen), through binaryen-server.js.</summary>
    public static readonly Binaryen Npm = new("binaryen 132 (npm package binaryen)", SimdFeatures, () => ForkServerPool.Emscripten(NpmPackage.WasmOpt()));

    private readonly Lazy<ForkServerPool> tools;
    /// <summary>The features the interpreter runs modules with: all the generator may have used.</summary>
    private readonly string[] interpreterFeatures;

    private Binaryen(string description, string[] interpreterFeatures, Func<ForkServerPool> tools)
    {
        Description = description;
        this.interpreterFeatures = interpreterFeatures;
        this.tools = new(tools);
    }

    public string Description { get; }

    /// <summary>Makes sure the tool is there (installing the npm package if need be); throws <see cref="InvalidOperationException"/> when it cannot be had.</summary>
    public void Prepare() => _ = tools.Value;

    public ToolRun Run(IReadOnlyList<string> arguments) => tools.Value.Run(arguments, Timeout);

    /// <summary>Binaryen's interpreter on a module: every export called in order, as a trace.</summary>
    public ToolRun Interpret(string path) => Run([path, .. interpreterFeatures, "--fuzz-exec-before"]);

    /// <summary>The trace's one event when the interpreter ran out of time.</summary>
    public const string TimedOutText = "binaryen interpreter failed: timed out";

    public static List<TraceEvent> TraceOf(ToolRun run) =>
        run.Succeeded ? BinaryenTraceParser.Parse(run.Output)
        : run.TimedOut ? [TraceEvent.Of(TraceEventKind.Error, TimedOutText)]
        : [TraceEvent.Of(TraceEventKind.Error, $"binaryen interpreter failed: {run.Describe()}")];

    /// <summary>
    /// The npm project tests/Wasmbox.Fuzz/binaryen (package.json and package-lock.json pin binaryen
    /// 132), installed with `npm ci` when its node_modules is missing or older than the lockfile
    /// (scripts/install-prerequisites installs it too).
    /// </summary>
    private static class NpmPackage
    {
        public static string WasmOpt()
        {
            var project = Path.Combine(ProjectDirectory(), "binaryen");
            var wasmOpt = Path.Combine(project, "node_modules", "binaryen", "bin", "wasm-opt");
            var installed = new FileInfo(Path.Combine(project, "node_modules", ".package-lock.json"));
            var lockfile = new FileInfo(Path.Combine(project, "package-lock.json"));
            if (File.Exists(wasmOpt) && installed.Exists && installed.LastWriteTimeUtc >= lockfile.LastWriteTimeUtc) return wasmOpt;
            Console.Error.WriteLine($"note: installing binaryen 132 from npm into {project} (npm ci)");
            ToolRun install;
            try
            {
                install = ToolRun.Execute("npm", ["ci", "--no-audit", "--no-fund", "--prefix", project], TimeSpan.FromMinutes(5));
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"npm is needed to install binaryen 132 for SIMD fuzzing ({e.Message})");
            }
            if (!install.Succeeded || !File.Exists(wasmOpt))
                throw new InvalidOperationException($"npm ci in {project} failed ({install.Describe()}); binaryen 132 is needed for SIMD fuzzing");
            return wasmOpt;
        }

        /// <summary>This project's source folder, recorded at build time (the program runs from its output folder).</summary>
        private static string ProjectDirectory() =>
            typeof(Binaryen).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "FuzzProjectDirectory")?.Value
            ?? throw new InvalidOperationException("the build did not record the project's folder");
    }
}
