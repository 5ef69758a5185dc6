using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Wasmbox.Bench.Building;

/// <summary>
/// Writes a large synthetic module (loops, loads, arithmetic, direct and indirect calls), for
/// measuring what compiling costs and what the compilation cache saves. Its export "main" runs
/// only a few of its functions, so a run's time is mostly getting the module ready.
/// </summary>
internal static class LargeModuleGenerator
{
    public static int Run(int functions, string output)
    {
        Write(functions, output);
        Console.WriteLine($"{output}: {functions} functions, {new FileInfo(output).Length} bytes");
        return 0;
    }

    /// <summary>Writes the module with <paramref name="functions"/> functions to <paramref name="output"/>.</summary>
    public static void Write(int functions, string output)
    {
        var wat = new StringBuilder();
        wat.AppendLine("(module");
        wat.AppendLine("  (type $op (func (param i32 i32) (result i32)))");
        wat.AppendLine("  (memory (export \"memory\") 1)");
        wat.AppendLine(CultureInfo.InvariantCulture, $"  (table {functions} funcref)");
        wat.Append("  (elem (i32.const 0) func");
        for (var i = 0; i < functions; i++) wat.Append(CultureInfo.InvariantCulture, $" $f{i}");
        wat.AppendLine(")");
        for (var i = 0; i < functions; i++) AppendFunction(wat, i);
        wat.AppendLine(CultureInfo.InvariantCulture,
            $"  (func (export \"main\") (result i32) (call_indirect (type $op) (i32.const 1) (i32.const 3) (i32.const {functions - 1}))))");

        var watPath = Path.ChangeExtension(output, ".wat");
        File.WriteAllText(watPath, wat.ToString());
        using var process = Process.Start(new ProcessStartInfo("wat2wasm", [watPath, "--debug-names", "-o", output]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("cannot start wat2wasm");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        File.Delete(watPath);
        if (process.ExitCode != 0) throw new InvalidOperationException($"wat2wasm failed: {errors}");
    }

    private static void AppendFunction(StringBuilder wat, int index)
    {
        var random = new Random(index);
        wat.AppendLine(CultureInfo.InvariantCulture, $"  (func $f{index} (type $op) (local $k i32) (local $acc i32)");
        wat.AppendLine("    (local.set $acc (local.get 0))");
        wat.AppendLine("    (block $done (loop $next");
        wat.AppendLine("      (br_if $done (i32.ge_u (local.get $k) (local.get 1)))");
        for (var statement = 0; statement < 24; statement++)
        {
            var multiplier = random.Next(3, 1 << 20) | 1;
            var offset = random.Next(0, 1024) * 4;
            var operation = random.Next(4) switch { 0 => "i32.add", 1 => "i32.xor", 2 => "i32.sub", _ => "i32.or" };
            wat.AppendLine(CultureInfo.InvariantCulture,
                $"      (local.set $acc ({operation} (i32.mul (local.get $acc) (i32.const {multiplier})) (i32.load offset={offset} (i32.and (i32.shl (local.get $k) (i32.const 2)) (i32.const 0xfff)))))");
        }
        wat.AppendLine("      (local.set $k (i32.add (local.get $k) (i32.const 1)))");
        wat.AppendLine("      (br $next)))");
        if (index > 0)
        {
            var call = index % 2 == 0
                ? $"(call $f{index - 1} (local.get $acc) (i32.const 0))"
                : $"(call_indirect (type $op) (local.get $acc) (i32.const 0) (i32.const {index - 1}))";
            wat.AppendLine(CultureInfo.InvariantCulture, $"    (if (i32.gt_u (local.get 1) (i32.const 0)) (then (local.set $acc (i32.xor (local.get $acc) {call}))))");
        }
        wat.AppendLine("    (local.get $acc))");
    }
}
