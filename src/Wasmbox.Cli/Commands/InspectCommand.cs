using Wasmbox.Runtime;
using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Persistence;

namespace Wasmbox.Cli.Commands;

/// <summary>`wasmbox inspect FILE`: what a module imports, exports and contains; for a compiled module, also what it was compiled by and for.</summary>
internal static class InspectCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Count != 1)
        {
            error.WriteLine("usage: wasmbox inspect FILE");
            return 2;
        }
        var path = arguments[0];
        byte[] bytes;
        ModuleDefinition module;
        try
        {
            bytes = File.ReadAllBytes(path);
            if (Module.IsSerialized(bytes)) bytes = DescribeCompiled(bytes, output);
            module = ModuleReader.Read(bytes);
        }
        catch (Exception e) when (e is MalformedModuleException or CompiledModuleException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: {e.Message}");
            return 1;
        }

        output.WriteLine($"module {module.ModuleName ?? Path.GetFileName(path)}: {bytes.Length} bytes");
        output.WriteLine($"functions: {module.TotalFunctionCount} ({module.ImportedFunctionCount} imported, {module.FunctionTypeIndices.Count} defined)");
        output.WriteLine($"code size: {module.Bodies.Sum(b => (long)b.Size)} bytes, {module.Bodies.Sum(b => (long)b.Code.Length)} instructions");

        output.WriteLine("sections:");
        foreach (var section in module.Sections)
            output.WriteLine($"  {section.Name,-12} offset 0x{section.Offset:x6}  size {section.Size}");

        output.WriteLine($"imports ({module.Imports.Count}):");
        foreach (var import in module.Imports)
            output.WriteLine($"  {import.Module}.{import.Name}: {Describe(module, import)}");

        output.WriteLine($"exports ({module.Exports.Count}):");
        foreach (var export in module.Exports)
            output.WriteLine($"  {export.Name}: {DescribeExport(module, export)}");

        if (module.StartFunction is { } start) output.WriteLine($"start: {module.FunctionDisplayName((int)start)}");
        output.WriteLine($"memories: {string.Join(", ", module.AllMemories().Select(m => m.ToString()))}");
        output.WriteLine($"tables: {string.Join(", ", module.AllTables().Select(t => t.ToString()))}");
        output.WriteLine($"globals: {module.TotalGlobalCount}, data segments: {module.Datas.Count} ({module.Datas.Sum(d => (long)d.Bytes.Length)} bytes), element segments: {module.Elements.Count}");
        if (module.CustomSections.Count > 0)
            output.WriteLine($"custom sections: {string.Join(", ", module.CustomSections.Select(c => $"{c.Name} ({c.Contents.Length} bytes)"))}");

        try
        {
            Module.Validate(bytes);
            output.WriteLine("valid: yes");
        }
        catch (InvalidModuleException e)
        {
            output.WriteLine($"valid: no: {e.Message}");
            return 1;
        }
        return 0;
    }

    /// <summary>Prints the compiled module's header, unverified (running it verifies it), and returns its Wasm.</summary>
    private static byte[] DescribeCompiled(byte[] file, TextWriter output)
    {
        var image = CompiledModuleFile.Read(file, key: null, checkTag: false);
        var (signed, checksumHolds) = CompiledModuleFile.DescribeTag(file);
        var settings = image.Settings;
        output.WriteLine($"compiled module (format {CompiledModuleFile.FormatVersion}): by {image.Build}, .NET {image.DotnetVersion}");
        output.WriteLine($"  compiled for: fuel {(settings.ConsumeFuel ? $"on (costs {settings.FuelCostsHash[..12]})" : "off")}, " +
            $"interruptible {(settings.Interruptible ? "yes" : "no")}, call depth {(settings.MaxCallDepth == 0 ? "not counted" : settings.MaxCallDepth)}, " +
            $"bounds checks {(settings.BoundsChecks == BoundsChecks.GuardRegion ? "guard region" : "explicit")}, " +
            $"functions split {(settings.SplitFunctionsOver == 0 ? "never" : settings.SplitFunctionsOver > 0 ? $"over {settings.SplitFunctionsOver} units" : "everywhere (test setting)")}");
        var kind = Wasmbox.Runtime.Persistence.NativeImageLoader.IsNative(image.Assembly)
            ? "machine code from crossgen2, ReadyToRun" : "IL, which .NET compiles to machine code as it runs";
        output.WriteLine($"  wasm: {image.Wasm.Length} bytes, sha256 {Convert.ToHexStringLower(image.WasmHash)}; compiled code: {image.Assembly.Length} bytes ({kind})");
        output.WriteLine(signed ? "  signed: yes (wasmbox run verifies it with your key)" : $"  signed: no; checksum {(checksumHolds ? "holds" : "does not hold")}");
        output.WriteLine(image.Build == BuildIdentity.Current ? "  runs with this wasmbox: yes" : $"  runs with this wasmbox: no, it is {BuildIdentity.Current}");
        return image.Wasm.ToArray();
    }

    private static string Describe(ModuleDefinition module, Import import) => import.Kind switch
    {
        ExternalKind.Function => $"func {TypeName(module, import.FunctionTypeIndex)}",
        ExternalKind.Table => import.TableType!.ToString(),
        ExternalKind.Memory => import.MemoryType!.ToString(),
        _ => $"global {import.GlobalType}",
    };

    private static string DescribeExport(ModuleDefinition module, Export export) => export.Kind switch
    {
        ExternalKind.Function when export.Index < module.TotalFunctionCount =>
            $"func {module.FunctionDisplayName((int)export.Index)} {TypeName(module, module.FunctionTypeIndex((int)export.Index))}",
        _ => $"{export.Kind.ToString().ToLowerInvariant()} {export.Index}",
    };

    private static string TypeName(ModuleDefinition module, uint typeIndex) =>
        typeIndex < module.Types.Count ? module.Types[(int)typeIndex].ToString() : $"<type {typeIndex}>";
}
