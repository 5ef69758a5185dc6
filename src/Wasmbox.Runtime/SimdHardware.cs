using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Wasmbox.Runtime;

/// <summary>
/// Which of the host's vector instruction sets compiled SIMD code uses. Results never depend on
/// it (every operation has a portable path with the same bits); speed does.
/// </summary>
public static class SimdHardware
{
    /// <summary>"hardware (SSE2 SSSE3 SSE4.1 SSE4.2 AVX AVX2)", or "portable (no vector hardware)" when .NET uses none.</summary>
    public static string Description
    {
        get
        {
            if (!Vector128.IsHardwareAccelerated) return "portable (no vector hardware)";
            var sets = new List<string>();
            if (Sse2.IsSupported) sets.Add("SSE2");
            if (Ssse3.IsSupported) sets.Add("SSSE3");
            if (Sse41.IsSupported) sets.Add("SSE4.1");
            if (Sse42.IsSupported) sets.Add("SSE4.2");
            if (Avx.IsSupported) sets.Add("AVX");
            if (Avx2.IsSupported) sets.Add("AVX2");
            if (Avx512F.VL.IsSupported) sets.Add("AVX-512VL");
            if (System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported) sets.Add("AdvSIMD");
            return $"hardware ({string.Join(' ', sets)})";
        }
    }
}
