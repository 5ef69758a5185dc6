using Wasmbox.Cli.Commands;

namespace Wasmbox.Cli;

/// <summary>The `wasmbox` command.</summary>
public static class Program
{
    /// <summary>Guest code runs on a thread with a large stack, so deep Wasm recursion has room before it traps.</summary>
    private const int GuestStackBytes = 256 * 1024 * 1024;

    public static int Main(string[] args)
    {
        GuardRegionRelaunch.RelaunchIfNeeded();
        StartupProfile.Enabled = true;
        var status = 0;
        var thread = new Thread(() => status = Dispatch(args, Console.Out, Console.Error, GuestStdio.Console()), GuestStackBytes);
        thread.Start();
        thread.Join();
        return status;
    }

    internal static int Dispatch(string[] args, TextWriter output, TextWriter error) =>
        Dispatch(args, output, error, GuestStdio.Console());

    /// <summary>Runs a command; <paramref name="stdio"/> is what a guest started by `run` reads and writes.</summary>
    internal static int Dispatch(string[] args, TextWriter output, TextWriter error, GuestStdio stdio)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args.Skip(1).ToArray();
        return args[0] switch
        {
            "run" => RunCommand.Run(rest, output, error, stdio),
            "compile" => CompileCommand.Run(rest, output, error),
            "validate" => ValidateCommand.Run(rest, output, error),
            "inspect" => InspectCommand.Run(rest, output, error),
            "wast" => WastCommand.Run(rest, output),
            "version" or "--version" => Version(output),
            "serve" => Commands.Server.ServeCommand.Run(rest, output, error),
            "deploy" or "list" or "invoke" or "logs" or "rollback" or "delete" => Commands.Server.ClientCommands.Run(args[0], rest, output, error, stdio),
            _ => Unknown(args[0], error),
        };
    }

    private static int Version(TextWriter output)
    {
        var version = typeof(Program).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
        output.WriteLine($"wasmbox {version}");
        output.WriteLine($".NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        output.WriteLine($"SIMD: {Runtime.SimdHardware.Description}");
        return 0;
    }

    private static int Unknown(string command, TextWriter error)
    {
        error.WriteLine($"wasmbox: unknown command \"{command}\"");
        error.WriteLine(Usage);
        return 2;
    }

    private const string Usage = """
        wasmbox: a WebAssembly runtime and serverless sidecar

        usage:
          wasmbox serve [OPTIONS]                        serve the functions of wasmbox.yaml over HTTP; see wasmbox serve --help
          wasmbox deploy NAME MODULE [OPTIONS]           deploy a new version to a running server; see wasmbox deploy --help
          wasmbox list | invoke NAME | logs NAME | rollback NAME | delete NAME   manage a running server
          wasmbox run [OPTIONS] MODULE [ARGS...]         run a WASI command, or --invoke an export; see wasmbox run --help
          wasmbox compile [OPTIONS] MODULE -o FILE       compile ahead of time; wasmbox run FILE runs the result
          wasmbox validate FILE...                       decode and validate; say why a module is refused
          wasmbox inspect FILE                           imports, exports, sections and sizes
          wasmbox wast [-v] [--serialize] PATH...        run spec test scripts (.wast, or wast2json .json)
          wasmbox version                                the version, and the vector hardware SIMD code uses
        """;
}
