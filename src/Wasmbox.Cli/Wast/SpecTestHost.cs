using Wasmbox.Runtime;

namespace Wasmbox.Cli.Wast;

/// <summary>The "spectest" module every official script may import from, as the reference interpreter defines it.</summary>
internal static class SpecTestHost
{
    public static void Define(Linker linker, Store store, TextWriter output)
    {
        void Print(string name, params ValueKind[] parameters) =>
            linker.DefineFunction("spectest", name, new FunctionType(parameters, []), (_, args, _) =>
                output.WriteLine(string.Join(" ", args.ToArray().Select(WastValue.Describe))));

        Print("print");
        Print("print_i32", ValueKind.I32);
        Print("print_i64", ValueKind.I64);
        Print("print_f32", ValueKind.F32);
        Print("print_f64", ValueKind.F64);
        Print("print_i32_f32", ValueKind.I32, ValueKind.F32);
        Print("print_f64_f64", ValueKind.F64, ValueKind.F64);
        linker.Define("spectest", "global_i32", new Global(new GlobalType(ValueKind.I32, false), Value.I32(666)));
        linker.Define("spectest", "global_i64", new Global(new GlobalType(ValueKind.I64, false), Value.I64(666)));
        linker.Define("spectest", "global_f32", new Global(new GlobalType(ValueKind.F32, false), Value.F32(666.6f)));
        linker.Define("spectest", "global_f64", new Global(new GlobalType(ValueKind.F64, false), Value.F64(666.6)));
        linker.Define("spectest", "table", new Table(new TableType(ValueKind.FuncRef, new Limits(10, 20))));
        var memory = new Memory(new MemoryType(new Limits(1, 2)));
        linker.Define("spectest", "memory", memory);
    }
}
