;; Regressions found by the differential fuzzer (tests/Wasmbox.Fuzz), each reduced by hand
;; from the module the fuzzer saved. A section per bug: what diverged, and why.

;; 1. f32.reinterpret_i32 of a narrow load read four bytes.
;;    Found as: Wasmbox trapped "integer overflow" in
;;      (drop (i32.trunc_f32_u (f32.reinterpret_i32 (i32.load16_u (i32.const 2)))))
;;    where V8 and binaryen did not: with 0xf0 at address 5, the engine reinterpreted bytes 2..5.
;;    Cause: RyuJIT (.NET 10.0) folds BitConverter.Int32BitsToSingle(narrow load) into a 4-byte
;;    float load (movss), for 8- and 16-bit loads, signed or not, also through a local.
;;    The bytes after each loaded value below are non-zero, so a wide load gives another answer.
;;    The f64 forms go through i64 widening and were not affected; they are here as a guard.
(module
  (memory 1)
  (data (i32.const 0) "\01\80\ff\7f\aa\bb\cc\dd\11\22\33\44\55\66\77\88")
  (func (export "f32.load8_u") (param i32) (result f32) (f32.reinterpret_i32 (i32.load8_u (local.get 0))))
  (func (export "f32.load8_s") (param i32) (result f32) (f32.reinterpret_i32 (i32.load8_s (local.get 0))))
  (func (export "f32.load16_u") (param i32) (result f32) (f32.reinterpret_i32 (i32.load16_u (local.get 0))))
  (func (export "f32.load16_s") (param i32) (result f32) (f32.reinterpret_i32 (i32.load16_s (local.get 0))))
  (func (export "f32.load16_u_via_local") (param i32) (result f32) (local i32)
    (local.set 1 (i32.load16_u (local.get 0)))
    (f32.reinterpret_i32 (local.get 1)))
  (func (export "f32.load16_u_constant_address") (result f32)
    (f32.reinterpret_i32 (i32.load16_u (i32.const 2))))
  (func (export "trunc_after_reinterpret") (result i32)
    (drop (i32.trunc_f32_u (f32.reinterpret_i32 (i32.load16_u (i32.const 2)))))
    (i32.const -16))
  (func (export "f64.load8_u") (param i32) (result f64) (f64.reinterpret_i64 (i64.load8_u (local.get 0))))
  (func (export "f64.load8_s") (param i32) (result f64) (f64.reinterpret_i64 (i64.load8_s (local.get 0))))
  (func (export "f64.load16_u") (param i32) (result f64) (f64.reinterpret_i64 (i64.load16_u (local.get 0))))
  (func (export "f64.load16_s") (param i32) (result f64) (f64.reinterpret_i64 (i64.load16_s (local.get 0))))
  (func (export "f64.load32_u") (param i32) (result f64) (f64.reinterpret_i64 (i64.load32_u (local.get 0))))
  (func (export "f64.load32_s") (param i32) (result f64) (f64.reinterpret_i64 (i64.load32_s (local.get 0))))
)
(assert_return (invoke "f32.load8_u" (i32.const 0)) (f32.const 0x1p-149))
(assert_return (invoke "f32.load8_s" (i32.const 1)) (f32.const -nan:0x7fff80))
(assert_return (invoke "f32.load16_u" (i32.const 2)) (f32.const 0x1.fffcp-135))
(assert_return (invoke "f32.load16_u" (i32.const 4)) (f32.const 0x1.7754p-134))
(assert_return (invoke "f32.load16_s" (i32.const 1)) (f32.const -nan:0x7fff80))
(assert_return (invoke "f32.load16_u_via_local" (i32.const 2)) (f32.const 0x1.fffcp-135))
(assert_return (invoke "f32.load16_u_constant_address") (f32.const 0x1.fffcp-135))
(assert_return (invoke "trunc_after_reinterpret") (i32.const -16))
(assert_return (invoke "f64.load8_u" (i32.const 0)) (f64.const 0x0.0000000000001p-1022))
(assert_return (invoke "f64.load8_s" (i32.const 1)) (f64.const -nan:0xfffffffffff80))
(assert_return (invoke "f64.load16_u" (i32.const 2)) (f64.const 0x0.0000000007fffp-1022))
(assert_return (invoke "f64.load16_s" (i32.const 1)) (f64.const -nan:0xfffffffffff80))
(assert_return (invoke "f64.load32_u" (i32.const 4)) (f64.const 0x0.00000ddccbbaap-1022))
(assert_return (invoke "f64.load32_s" (i32.const 4)) (f64.const -nan:0xfffffddccbbaa))

;; The module as the fuzzer found it (reduced with wasm-reduce): a four-byte load would see 0xf0
;; in the top byte, a float far beyond the u32 range.
(module
  (memory 16 17)
  (data (i32.const 5) "\f0")
  (func (export "func") (result i32)
    (drop (i32.trunc_f32_u (f32.reinterpret_i32 (i32.load16_u (i32.const 2)))))
    (i32.const -16)))
(assert_return (invoke "func") (i32.const -16))
