using System.Reflection;
using System.Reflection.Emit;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// The signature ids call_indirect compares against, as static readonly fields of one generated
/// type, so compiled code holds no per-process number and can be persisted. The type's
/// initializer fills the fields from <see cref="SignatureIdBinding"/> when the code is loaded
/// into an engine; because that runs before any function is compiled to machine code, RyuJIT
/// folds each field to a constant and the check stays a compare with an immediate.
/// </summary>
internal sealed class SignatureIdFields
{
    public const string TypeName = "Wasmbox.Compiled.SignatureIds";

    private readonly TypeBuilder type;
    private readonly int typeCount;
    private readonly Dictionary<int, FieldBuilder> fields = new();

    /// <param name="module">Where the type is defined: the module's assembly.</param>
    /// <param name="typeCount">How many types the module's type section has: the binding must supply one id for each.</param>
    public SignatureIdFields(ModuleBuilder module, int typeCount)
    {
        this.typeCount = typeCount;
        type = module.DefineType(TypeName, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
    }

    /// <summary>The field holding the engine's id for the type at <paramref name="typeIndex"/> of the type section.</summary>
    public FieldInfo FieldFor(int typeIndex)
    {
        if (!fields.TryGetValue(typeIndex, out var field))
        {
            field = type.DefineField($"Type{typeIndex}", typeof(int), FieldAttributes.Public | FieldAttributes.Static | FieldAttributes.InitOnly);
            fields.Add(typeIndex, field);
        }
        return field;
    }

    /// <summary>Emits the initializer (it takes the ids of the binding in progress) and creates the type.</summary>
    public Type Complete()
    {
        var il = type.DefineTypeInitializer().GetILGenerator();
        var ids = il.DeclareLocal(typeof(int[]));
        il.Emit(OpCodes.Ldc_I4, typeCount);
        il.Emit(OpCodes.Call, typeof(SignatureIdBinding).GetMethod(nameof(SignatureIdBinding.Take))!);
        il.Emit(OpCodes.Stloc, ids);
        foreach (var (typeIndex, field) in fields.OrderBy(f => f.Key))
        {
            il.Emit(OpCodes.Ldloc, ids);
            il.Emit(OpCodes.Ldc_I4, typeIndex);
            il.Emit(OpCodes.Ldelem_I4);
            il.Emit(OpCodes.Stsfld, field);
        }
        il.Emit(OpCodes.Ret);
        return type.CreateType();
    }
}
