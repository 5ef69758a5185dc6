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

;; 2. A rotate by a constant compared with zero was always "not zero".
;;    Found as: Wasmbox trapped "out of bounds memory access" where V8 and binaryen logged a value;
;;    reduced (wasm-reduce, then by hand) to a hang-limit loop whose
;;      (br_if $loop (i32.eqz (i32.rotl (local.get $x) (i32.const 31))))
;;    never looped for $x = 0, so execution fell through into code that trapped.
;;    Cause: RyuJIT (.NET 10.0, x64) emits `rol reg, imm` and then `sete` (or `je`) on the flags
;;    of the rotate, but an x86 rotate does not set ZF. Both directions, both widths, in values
;;    and in branches; a rotate by a variable count was right.
(module
  (func (export "i32.rotl_eqz") (param i32) (result i32) (i32.eqz (i32.rotl (local.get 0) (i32.const 31))))
  (func (export "i32.rotr_eqz") (param i32) (result i32) (i32.eqz (i32.rotr (local.get 0) (i32.const 1))))
  (func (export "i32.rotl_ne") (param i32) (result i32) (i32.ne (i32.rotl (local.get 0) (i32.const 5)) (i32.const 0)))
  (func (export "i64.rotl_eqz") (param i64) (result i32) (i64.eqz (i64.rotl (local.get 0) (i64.const 63))))
  (func (export "i64.rotr_eqz") (param i64) (result i32) (i64.eqz (i64.rotr (local.get 0) (i64.const 7))))
  (func (export "br_if_rotl") (param i32) (result i32)
    (block $zero
      (br_if $zero (i32.eqz (i32.rotl (local.get 0) (i32.const 1))))
      (return (i32.const 0)))
    (i32.const 1))
  (func (export "if_rotr") (param i64) (result i32)
    (if (result i32) (i64.eqz (i64.rotr (local.get 0) (i64.const 3))) (then (i32.const 1)) (else (i32.const 0))))
  ;; The loop as the fuzzer found it: it must run until the counter runs out and return 0.
  (global $limit (mut i32) (i32.const 10))
  (func (export "hang_limit_loop") (result i64) (local i32)
    (loop $again
      (global.set $limit (i32.sub (global.get $limit) (i32.const 1)))
      (if (i32.eqz (global.get $limit)) (then (return (i64.const 0))))
      (br_if $again (i32.eqz (i32.rotl (local.get 0) (i32.const 31))))
      (unreachable))
    (unreachable))
)
(assert_return (invoke "i32.rotl_eqz" (i32.const 0)) (i32.const 1))
(assert_return (invoke "i32.rotl_eqz" (i32.const 1)) (i32.const 0))
(assert_return (invoke "i32.rotr_eqz" (i32.const 0)) (i32.const 1))
(assert_return (invoke "i32.rotr_eqz" (i32.const -1)) (i32.const 0))
(assert_return (invoke "i32.rotl_ne" (i32.const 0)) (i32.const 0))
(assert_return (invoke "i32.rotl_ne" (i32.const 2)) (i32.const 1))
(assert_return (invoke "i64.rotl_eqz" (i64.const 0)) (i32.const 1))
(assert_return (invoke "i64.rotl_eqz" (i64.const 1)) (i32.const 0))
(assert_return (invoke "i64.rotr_eqz" (i64.const 0)) (i32.const 1))
(assert_return (invoke "br_if_rotl" (i32.const 0)) (i32.const 1))
(assert_return (invoke "br_if_rotl" (i32.const 4)) (i32.const 0))
(assert_return (invoke "if_rotr" (i64.const 0)) (i32.const 1))
(assert_return (invoke "if_rotr" (i64.const 8)) (i32.const 0))
(assert_return (invoke "hang_limit_loop") (i64.const 0))

;;    Since then only rotates whose value may reach a comparison take the slower form; the others
;;    are `rol reg, imm` again (RotateFlagHazards). These are the ways a value can get there.
(module
  (func (export "via_local") (param i32) (result i32) (local i32)
    (local.set 1 (i32.rotl (local.get 0) (i32.const 31)))
    (i32.eqz (local.get 1)))
  (func (export "via_tee") (param i32) (result i32) (local i32)
    (drop (local.tee 1 (i32.rotr (local.get 0) (i32.const 3))))
    (if (result i32) (local.get 1) (then (i32.const 0)) (else (i32.const 1))))
  (func (export "via_locals") (param i64) (result i32) (local i64 i64)
    (local.set 1 (i64.rotl (local.get 0) (i64.const 13)))
    (local.set 2 (local.get 1))
    (i64.eqz (local.get 2)))
  (func (export "via_identity") (param i32) (result i32)
    (i32.eqz (i32.xor (i32.or (i32.rotl (local.get 0) (i32.const 7)) (i32.const 0)) (i32.const 0))))
  (func (export "via_constant_count_in_a_local") (param i32) (result i32) (local i32)
    (local.set 1 (i32.const 9))
    (i32.eqz (i32.rotl (local.get 0) (local.get 1))))
  (func (export "as_select_condition") (param i32) (result i32)
    (select (i32.const 0) (i32.const 1) (i32.rotl (local.get 0) (i32.const 1))))
  (func (export "as_divisor") (param i32) (result i32)
    (i32.div_u (i32.const 12) (i32.rotl (local.get 0) (i32.const 1))))
  (func (export "through_a_block") (param i32) (result i32)
    (i32.eqz (block (result i32) (i32.rotl (local.get 0) (i32.const 5)))))
  (func (export "in_a_loop") (param i32) (result i32) (local i32)
    (loop $again
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (local.set 0 (i32.rotl (local.get 0) (i32.const 1)))
      (br_if $again (i32.and (i32.eqz (local.get 0)) (i32.lt_u (local.get 1) (i32.const 3)))))
    (local.get 1))
  (func (export "before_a_loop") (param i32) (result i32) (local i32 i32)
    ;; the JIT may copy the loop's first test to before the loop, right after the rotate
    (local.set 1 (i32.rotl (local.get 0) (i32.const 3)))
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get 1)))
        (local.set 2 (i32.add (local.get 2) (i32.const 1)))
        (local.set 1 (i32.shr_u (local.get 1) (i32.const 1)))
        (br $again)))
    (local.get 2))
  (func (export "reused_local") (param i32) (result i32) (local i32 i32)
    ;; local 1 is a counter compared in one region and a hash in the next; only the rotate stored
    ;; into it in the region where it is compared needs the slow form
    (loop $count
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if $count (i32.lt_u (local.get 1) (i32.const 4))))
    (local.set 1 (i32.rotl (local.get 0) (i32.const 8)))
    (local.set 2 (i32.xor (local.get 1) (i32.rotr (local.get 1) (i32.const 4))))
    (if (result i32) (i32.eqz (local.get 2)) (then (i32.const -1)) (else (local.get 2))))
  (func (export "mixed") (param i32) (result i32) (local i32)
    ;; a hash step (never compared) next to a tested rotate
    (local.set 1 (i32.xor (i32.rotl (local.get 0) (i32.const 5)) (i32.rotr (local.get 0) (i32.const 9))))
    (i32.add (local.get 1) (i32.eqz (i32.rotl (local.get 0) (i32.const 2)))))
)
(assert_return (invoke "via_local" (i32.const 0)) (i32.const 1))
(assert_return (invoke "via_local" (i32.const 1)) (i32.const 0))
(assert_return (invoke "via_tee" (i32.const 0)) (i32.const 1))
(assert_return (invoke "via_tee" (i32.const 8)) (i32.const 0))
(assert_return (invoke "via_locals" (i64.const 0)) (i32.const 1))
(assert_return (invoke "via_locals" (i64.const 2)) (i32.const 0))
(assert_return (invoke "via_identity" (i32.const 0)) (i32.const 1))
(assert_return (invoke "via_identity" (i32.const 16)) (i32.const 0))
(assert_return (invoke "via_constant_count_in_a_local" (i32.const 0)) (i32.const 1))
(assert_return (invoke "as_select_condition" (i32.const 0)) (i32.const 1))
(assert_return (invoke "as_select_condition" (i32.const 2)) (i32.const 0))
(assert_trap (invoke "as_divisor" (i32.const 0)) "integer divide by zero")
(assert_return (invoke "as_divisor" (i32.const 2)) (i32.const 3))
(assert_return (invoke "through_a_block" (i32.const 0)) (i32.const 1))
(assert_return (invoke "in_a_loop" (i32.const 0)) (i32.const 3))
(assert_return (invoke "in_a_loop" (i32.const 1)) (i32.const 1))
(assert_return (invoke "before_a_loop" (i32.const 0)) (i32.const 0))
(assert_return (invoke "before_a_loop" (i32.const 1)) (i32.const 4))
(assert_return (invoke "reused_local" (i32.const 0)) (i32.const -1))
(assert_return (invoke "reused_local" (i32.const 1)) (i32.const 0x110))
(assert_return (invoke "mixed" (i32.const 0)) (i32.const 1))
(assert_return (invoke "mixed" (i32.const 1)) (i32.const 0x00800020))
