namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Stands in front of every host call while a snapshot's initializer runs: a host function that
/// may have changed host state (opened a file, read a preopen, kept a socket) would leave the
/// snapshot pointing at state that later instances do not have, so only those the embedder
/// allowed may run; the first other call stops initialization with the reason.
/// </summary>
internal sealed class InitializationGate
{
    private readonly SnapshotOptions options;
    private readonly Dictionary<HostFunctionDefinition, string> importNames = new(ReferenceEqualityComparer.Instance);

    public InitializationGate(SnapshotOptions options, Module module, IReadOnlyList<object> imports)
    {
        this.options = options;
        for (var i = 0; i < imports.Count; i++)
        {
            var import = module.Definition.Imports[i];
            if (imports[i] is HostFunctionDefinition host) importNames.TryAdd(host, $"{import.Module}.{import.Name}");
        }
    }

    /// <summary>Why initialization was stopped, once a host call was refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Lets the call run, or throws the trap that ends initialization.</summary>
    public void Check(HostFunctionDefinition definition, ReadOnlySpan<Value> arguments)
    {
        var name = importNames.GetValueOrDefault(definition) ?? definition.Name;
        if (options.AllowedHostFunctions.Contains(name)) return;
        var dot = name.IndexOf('.');
        var why = options.AllowHostCall is { } filter && dot > 0
            ? filter(name[..dot], name[(dot + 1)..], arguments)
            : "the host state it may touch, such as open files, preopened directories or sockets, cannot be captured; " +
              "SnapshotOptions.AllowingHostFunctions allows one known to be safe";
        if (why is null) return;
        Refusal ??= $"the initializer called {name}, a host function not allowed during initialization: {why}";
        throw new TrapException(TrapKind.HostError, Refusal);
    }
}
