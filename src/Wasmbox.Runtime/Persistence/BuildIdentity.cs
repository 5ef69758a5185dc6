using System.Reflection;

namespace Wasmbox.Runtime.Persistence;

/// <summary>
/// Which build of Wasmbox compiled a module: the version people read, and the module version id
/// of the runtime assembly. Compiled code calls the runtime's internal fields and helpers by
/// name, so it is only sound with the very build that emitted it; the id (a hash of the
/// assembly, as builds are deterministic) changes whenever the runtime's code does.
/// </summary>
internal sealed record BuildIdentity(string Version, Guid RuntimeId)
{
    public static BuildIdentity Current { get; } = new(
        typeof(Module).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(Module).Assembly.GetName().Version?.ToString() ?? "unknown",
        typeof(Module).Module.ModuleVersionId);

    public override string ToString() => $"Wasmbox {Version} (runtime build {RuntimeId.ToString("N")[..12]})";
}
