using Wasmbox.Host.Functions;

namespace Wasmbox.Host.Manifest;

/// <summary>A function as wasmbox.yaml declares it: its spec, the module file (absolute), and where it was declared.</summary>
public sealed record ManifestFunction(FunctionSpec Spec, string ModulePath, string File, long Line);
