using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>The parsed command line of `wasmbox run`: what to run, and what the guest is granted.</summary>
internal sealed class RunOptions
{
    public const string Usage = """
        usage: wasmbox run [OPTIONS] MODULE [ARGS...]

        Runs a WASI command (its _start), or with --invoke calls an export with ARGS as Wasm values.
        MODULE is a .wasm, or a compiled module from `wasmbox compile`.
        The guest is granted nothing but what these options give it:
          --dir HOST[::GUEST]      a host directory, read-write, seen by the guest as GUEST (default: HOST)
          --dir-ro HOST[::GUEST]   the same, read-only
          --env NAME=VALUE         an environment variable
          --env NAME               the host's value of NAME, if it has one
          --tcplisten HOST:PORT    a listening TCP socket the guest may accept connections on
          --invoke NAME            call the export NAME with ARGS instead of running _start
        Snapshots (pre-initialization, see docs/engine.md):
          --snapshot FILE          start from the snapshot in FILE; when FILE does not exist, run the
                                   module's initializer once, save the snapshot there, and start from it
          --initializer NAME       the export that initializes (default wizer.initialize)
        Limits (a guest that hits one traps, and wasmbox says which limit it was):
          --fuel N                 run at most N instructions (metered per basic block)
          --max-memory SIZE        linear memory in all, e.g. 64MiB (memory.grow past it returns -1)
          --timeout DURATION       wall-clock time, e.g. 500ms or 2s
          --max-stack SIZE         native stack for Wasm calls, e.g. 8MiB (default 1MiB)
        Compiled code (a .wasm is compiled once and cached; a compiled module must be signed with your key):
          --no-cache               compile the .wasm afresh, without the compilation cache
          --cache-dir DIR          the compilation cache (default $XDG_CACHE_HOME/wasmbox or ~/.cache/wasmbox)
          --key FILE               the key compiled modules are signed with (default: the cache's key)
          --bounds-checks MODE     auto (a guard region when possible, the default), explicit or guard-region
        """;

    public string ModulePath { get; private set; } = "";
    public IReadOnlyList<string> Arguments { get; private set; } = [];
    public string? Invoke { get; private set; }
    public string? SnapshotPath { get; private set; }
    public string Initializer { get; private set; } = SnapshotOptions.WizerInitializer;
    public List<(string Host, string Guest, bool ReadOnly)> Directories { get; } = [];
    public List<KeyValuePair<string, string>> Environment { get; } = [];
    public List<string> TcpListen { get; } = [];
    public ulong? Fuel { get; private set; }
    public ulong? MaxMemoryBytes { get; private set; }
    public TimeSpan? Timeout { get; private set; }
    public ulong? MaxStackBytes { get; private set; }
    public bool NoCache { get; private set; }
    public BoundsChecks BoundsChecks { get; private set; }
    public CompiledCodeOptions CompiledCode { get; private set; } = new(null, null);

    /// <summary>Parses options up to the module path; everything after it belongs to the guest.</summary>
    public static RunOptions? Parse(IReadOnlyList<string> arguments, out string? error)
    {
        var options = new RunOptions();
        error = null;
        var index = 0;
        for (; index < arguments.Count && arguments[index].StartsWith('-'); index++)
        {
            var argument = arguments[index];
            if (argument == "--")
            {
                index++;
                break;
            }
            var (name, inlineValue) = SplitOption(argument);
            string? Value()
            {
                if (inlineValue is not null) return inlineValue;
                return index + 1 < arguments.Count ? arguments[++index] : null;
            }

            switch (name)
            {
                case "--dir" or "--dir-ro":
                    if (Value() is not { } directory) return Missing(name, "HOST[::GUEST]", out error);
                    var separator = directory.IndexOf("::", StringComparison.Ordinal);
                    var host = separator < 0 ? directory : directory[..separator];
                    var guest = separator < 0 ? directory : directory[(separator + 2)..];
                    if (host.Length == 0 || guest.Length == 0) return Invalid($"{name} {directory}: expected HOST[::GUEST]", out error);
                    options.Directories.Add((host, guest, name == "--dir-ro"));
                    break;
                case "--env":
                    if (Value() is not { } variable) return Missing(name, "NAME[=VALUE]", out error);
                    var equals = variable.IndexOf('=');
                    if (equals == 0) return Invalid($"--env {variable}: the name is empty", out error);
                    if (equals > 0) options.Environment.Add(new(variable[..equals], variable[(equals + 1)..]));
                    else if (System.Environment.GetEnvironmentVariable(variable) is { } inherited) options.Environment.Add(new(variable, inherited));
                    break;
                case "--tcplisten":
                    if (Value() is not { } endpoint) return Missing(name, "HOST:PORT", out error);
                    options.TcpListen.Add(endpoint);
                    break;
                case "--invoke":
                    if (Value() is not { } export) return Missing(name, "NAME", out error);
                    options.Invoke = export;
                    break;
                case "--snapshot":
                    if (Value() is not { } snapshot) return Missing(name, "FILE", out error);
                    options.SnapshotPath = snapshot;
                    break;
                case "--initializer":
                    if (Value() is not { } initializer) return Missing(name, "NAME", out error);
                    options.Initializer = initializer;
                    break;
                case "--fuel":
                    if (Value() is not { } fuel) return Missing(name, "N", out error);
                    if (!ulong.TryParse(fuel, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var units) || units == 0)
                        return Invalid($"--fuel {fuel}: expected a positive whole number", out error);
                    options.Fuel = units;
                    break;
                case "--max-memory" or "--max-stack":
                    if (Value() is not { } size) return Missing(name, "SIZE", out error);
                    if (!LimitValues.TryParseSize(size, out var bytes) || bytes == 0)
                        return Invalid($"{name} {size}: expected a size such as 65536, 64KiB or 64MiB", out error);
                    if (name == "--max-memory") options.MaxMemoryBytes = bytes;
                    else options.MaxStackBytes = bytes;
                    break;
                case "--timeout":
                    if (Value() is not { } timeout) return Missing(name, "DURATION", out error);
                    if (!LimitValues.TryParseDuration(timeout, out var duration) || duration <= TimeSpan.Zero)
                        return Invalid($"--timeout {timeout}: expected a duration such as 500ms, 2s or 1m", out error);
                    options.Timeout = duration;
                    break;
                case "--no-cache":
                    options.NoCache = true;
                    break;
                case "--bounds-checks":
                    if (Value() is not { } mode) return Missing(name, "MODE", out error);
                    if (!BoundsCheckOption.TryParse(mode, out var checks)) return Invalid(BoundsCheckOption.Invalid(mode), out error);
                    options.BoundsChecks = checks;
                    break;
                case "--cache-dir":
                    if (Value() is not { } cache) return Missing(name, "DIR", out error);
                    options.CompiledCode = options.CompiledCode with { CacheDirectory = cache };
                    break;
                case "--key":
                    if (Value() is not { } key) return Missing(name, "FILE", out error);
                    options.CompiledCode = options.CompiledCode with { KeyPath = key };
                    break;
                default:
                    return Invalid($"unknown option {argument}", out error);
            }
        }
        if (index >= arguments.Count) return Invalid("no module given", out error);
        options.ModulePath = arguments[index];
        options.Arguments = arguments.Skip(index + 1).ToArray();
        return options;
    }

    private static (string Name, string? Value) SplitOption(string argument)
    {
        var equals = argument.IndexOf('=');
        return equals > 0 && argument.StartsWith("--", StringComparison.Ordinal)
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
    }

    private static RunOptions? Missing(string option, string what, out string error) =>
        Invalid($"{option} needs {what}", out error);

    private static RunOptions? Invalid(string message, out string error)
    {
        error = message;
        return null;
    }
}
