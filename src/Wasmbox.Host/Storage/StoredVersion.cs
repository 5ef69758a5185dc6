using Wasmbox.Host.Functions;

namespace Wasmbox.Host.Storage;

/// <summary>One deployed version of a function, as recorded: which module, with which spec, deployed by whom and when.</summary>
public sealed record StoredVersion(string Name, int Version, string ModuleHash, long ModuleSize, FunctionSpec Spec, string DeployedBy, DateTimeOffset DeployedAt);

/// <summary>A function's record: the version served (none once deleted), and the manifest entry it was last deployed from.</summary>
public sealed record StoredFunction(string Name, int? CurrentVersion, string? ManifestDigest);
