using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Differential;

/// <summary>A module made by binaryen's generator: where it is, how it was made, the binaryen that interprets it, and binaryen's own run of it when that came with the generation.</summary>
internal sealed record GeneratedModule(long Index, string Path, string Recipe, bool HasNaNs, Binaryen Binaryen, ToolRun? BinaryenRun);
