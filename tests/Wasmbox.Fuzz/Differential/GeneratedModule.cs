using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Differential;

/// <summary>A module made by binaryen's generator: where it is, how it was made, and binaryen's own run of it when that came with the generation.</summary>
internal sealed record GeneratedModule(long Index, string Path, string Recipe, bool HasNaNs, ToolRun? BinaryenRun);
