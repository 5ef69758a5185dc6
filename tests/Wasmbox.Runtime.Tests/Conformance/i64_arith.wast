;; i64 arithmetic, bitwise, shift and comparison instructions.
;;
;; Same pitfalls as i32 (IL div/rem throwing on INT64_MIN / -1, unmasked shift
;; counts, signed vs unsigned opcodes) plus i64-specific ones:
;;  - the shift/rotate count is an i64 operand but IL shifts take an int32
;;    count: it must be masked with 63 (not 31) after narrowing;
;;  - clz/ctz/popcnt return i64, while eqz and comparisons return i32;
;;  - i64 constants beyond the i32 range must not be truncated when emitted
;;    (ldc.i8, not ldc.i4 + conv.i8).

(module
  (func (export "add") (param i64 i64) (result i64) (i64.add (local.get 0) (local.get 1)))
  (func (export "sub") (param i64 i64) (result i64) (i64.sub (local.get 0) (local.get 1)))
  (func (export "mul") (param i64 i64) (result i64) (i64.mul (local.get 0) (local.get 1)))
  (func (export "div_s") (param i64 i64) (result i64) (i64.div_s (local.get 0) (local.get 1)))
  (func (export "div_u") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
  (func (export "rem_s") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
  (func (export "rem_u") (param i64 i64) (result i64) (i64.rem_u (local.get 0) (local.get 1)))
  (func (export "and") (param i64 i64) (result i64) (i64.and (local.get 0) (local.get 1)))
  (func (export "or") (param i64 i64) (result i64) (i64.or (local.get 0) (local.get 1)))
  (func (export "xor") (param i64 i64) (result i64) (i64.xor (local.get 0) (local.get 1)))
  (func (export "shl") (param i64 i64) (result i64) (i64.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param i64 i64) (result i64) (i64.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u") (param i64 i64) (result i64) (i64.shr_u (local.get 0) (local.get 1)))
  (func (export "rotl") (param i64 i64) (result i64) (i64.rotl (local.get 0) (local.get 1)))
  (func (export "rotr") (param i64 i64) (result i64) (i64.rotr (local.get 0) (local.get 1)))
  (func (export "clz") (param i64) (result i64) (i64.clz (local.get 0)))
  (func (export "ctz") (param i64) (result i64) (i64.ctz (local.get 0)))
  (func (export "popcnt") (param i64) (result i64) (i64.popcnt (local.get 0)))
  (func (export "eqz") (param i64) (result i32) (i64.eqz (local.get 0)))
  (func (export "eq") (param i64 i64) (result i32) (i64.eq (local.get 0) (local.get 1)))
  (func (export "ne") (param i64 i64) (result i32) (i64.ne (local.get 0) (local.get 1)))
  (func (export "lt_s") (param i64 i64) (result i32) (i64.lt_s (local.get 0) (local.get 1)))
  (func (export "lt_u") (param i64 i64) (result i32) (i64.lt_u (local.get 0) (local.get 1)))
  (func (export "gt_s") (param i64 i64) (result i32) (i64.gt_s (local.get 0) (local.get 1)))
  (func (export "gt_u") (param i64 i64) (result i32) (i64.gt_u (local.get 0) (local.get 1)))
  (func (export "le_s") (param i64 i64) (result i32) (i64.le_s (local.get 0) (local.get 1)))
  (func (export "le_u") (param i64 i64) (result i32) (i64.le_u (local.get 0) (local.get 1)))
  (func (export "ge_s") (param i64 i64) (result i32) (i64.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param i64 i64) (result i32) (i64.ge_u (local.get 0) (local.get 1)))

  ;; Folded constant forms.
  (func (export "const-div_s-overflow") (result i64)
    (i64.div_s (i64.const 0x8000000000000000) (i64.const -1)))
  (func (export "const-rem_s-overflow") (result i64)
    (i64.rem_s (i64.const 0x8000000000000000) (i64.const -1)))
  (func (export "const-div_u-zero") (result i64) (i64.div_u (i64.const 1) (i64.const 0)))
  (func (export "const-shl-65") (result i64) (i64.shl (i64.const 1) (i64.const 65)))
  ;; a 64-bit constant whose low 32 bits look like a small negative int32
  (func (export "const-big") (result i64) (i64.const 0x00000001_ffffffff))
  (func (export "div_s-dropped") (param i64 i64) (drop (i64.div_s (local.get 0) (local.get 1))))
)

;; --- wraparound
(assert_return (invoke "add" (i64.const 0x7fffffffffffffff) (i64.const 1)) (i64.const 0x8000000000000000))
(assert_return (invoke "add" (i64.const -1) (i64.const 1)) (i64.const 0))
;; carry from the low into the high 32 bits
(assert_return (invoke "add" (i64.const 0xffffffff) (i64.const 1)) (i64.const 0x100000000))
(assert_return (invoke "sub" (i64.const 0x100000000) (i64.const 1)) (i64.const 0xffffffff))
(assert_return (invoke "sub" (i64.const 0x8000000000000000) (i64.const 1)) (i64.const 0x7fffffffffffffff))
(assert_return (invoke "sub" (i64.const 0) (i64.const 0x8000000000000000)) (i64.const 0x8000000000000000))
(assert_return (invoke "mul" (i64.const 0x100000000) (i64.const 0x100000000)) (i64.const 0))
(assert_return (invoke "mul" (i64.const 0x8000000000000000) (i64.const -1)) (i64.const 0x8000000000000000))
(assert_return (invoke "mul" (i64.const 0x0f1e2d3c4b5a6978) (i64.const 0x1122334455667789)) (i64.const 0x2a2f333638393938))
(assert_return (invoke "mul" (i64.const 0xffffffff) (i64.const 0xffffffff)) (i64.const 0xfffffffe00000001))

;; --- div_s
(assert_trap (invoke "div_s" (i64.const 1) (i64.const 0)) "integer divide by zero")
(assert_trap (invoke "div_s" (i64.const 0x8000000000000000) (i64.const 0)) "integer divide by zero")
(assert_trap (invoke "div_s" (i64.const 0x8000000000000000) (i64.const -1)) "integer overflow")
(assert_return (invoke "div_s" (i64.const 0x8000000000000000) (i64.const 2)) (i64.const 0xc000000000000000))
(assert_return (invoke "div_s" (i64.const -7) (i64.const 2)) (i64.const -3))
(assert_return (invoke "div_s" (i64.const 7) (i64.const -2)) (i64.const -3))
(assert_return (invoke "div_s" (i64.const 0x7fffffffffffffff) (i64.const -1)) (i64.const 0x8000000000000001))
;; a 32-bit-looking divisor must not be treated as the i32 INT_MIN/-1 case
(assert_return (invoke "div_s" (i64.const 0x80000000) (i64.const -1)) (i64.const -0x80000000))
(assert_return (invoke "div_s" (i64.const 0xffffffff80000000) (i64.const -1)) (i64.const 0x80000000))

;; --- div_u
(assert_trap (invoke "div_u" (i64.const 1) (i64.const 0)) "integer divide by zero")
(assert_return (invoke "div_u" (i64.const 0x8000000000000000) (i64.const -1)) (i64.const 0))
(assert_return (invoke "div_u" (i64.const -1) (i64.const 2)) (i64.const 0x7fffffffffffffff))
(assert_return (invoke "div_u" (i64.const -1) (i64.const 0x100000000)) (i64.const 0xffffffff))
(assert_return (invoke "div_u" (i64.const 0xdeadbeefcafebabe) (i64.const 0x100000003)) (i64.const 0x00000000deadbeed))

;; --- rem_s
(assert_trap (invoke "rem_s" (i64.const 1) (i64.const 0)) "integer divide by zero")
(assert_return (invoke "rem_s" (i64.const 0x8000000000000000) (i64.const -1)) (i64.const 0))
(assert_return (invoke "rem_s" (i64.const 0x8000000000000000) (i64.const 3)) (i64.const -2))
(assert_return (invoke "rem_s" (i64.const -7) (i64.const 2)) (i64.const -1))
(assert_return (invoke "rem_s" (i64.const 7) (i64.const -2)) (i64.const 1))

;; --- rem_u
(assert_trap (invoke "rem_u" (i64.const 1) (i64.const 0)) "integer divide by zero")
(assert_return (invoke "rem_u" (i64.const 0x8000000000000000) (i64.const -1)) (i64.const 0x8000000000000000))
(assert_return (invoke "rem_u" (i64.const -1) (i64.const 10)) (i64.const 5))
(assert_return (invoke "rem_u" (i64.const 0xdeadbeefcafebabe) (i64.const 0x100000003)) (i64.const 0x000000002ef57df7))

;; --- folded
(assert_trap (invoke "const-div_s-overflow") "integer overflow")
(assert_return (invoke "const-rem_s-overflow") (i64.const 0))
(assert_trap (invoke "const-div_u-zero") "integer divide by zero")
(assert_return (invoke "const-shl-65") (i64.const 2))
(assert_return (invoke "const-big") (i64.const 0x1ffffffff))
(assert_trap (invoke "div_s-dropped" (i64.const 0x8000000000000000) (i64.const -1)) "integer overflow")

;; --- bitwise (the high half must participate)
(assert_return (invoke "and" (i64.const 0xf0f0ffff_00000000) (i64.const 0xfffff0f0_ffffffff)) (i64.const 0xf0f0f0f0_00000000))
(assert_return (invoke "or" (i64.const 0xf0f0ffff_00000000) (i64.const 0x0000000f_0000000f)) (i64.const 0xf0f0ffff_0000000f))
(assert_return (invoke "xor" (i64.const -1) (i64.const 0x8000000000000000)) (i64.const 0x7fffffffffffffff))

;; --- shifts: count is masked with 63
(assert_return (invoke "shl" (i64.const 1) (i64.const 31)) (i64.const 0x80000000))
(assert_return (invoke "shl" (i64.const 1) (i64.const 32)) (i64.const 0x100000000))
(assert_return (invoke "shl" (i64.const 1) (i64.const 63)) (i64.const 0x8000000000000000))
(assert_return (invoke "shl" (i64.const 1) (i64.const 64)) (i64.const 1))
(assert_return (invoke "shl" (i64.const 1) (i64.const 65)) (i64.const 2))
(assert_return (invoke "shl" (i64.const 1) (i64.const -1)) (i64.const 0x8000000000000000))
;; count with high bits set: only the low 6 bits matter
(assert_return (invoke "shl" (i64.const 1) (i64.const 0x100000021)) (i64.const 0x200000000))
(assert_return (invoke "shr_s" (i64.const 0x8000000000000000) (i64.const 63)) (i64.const -1))
(assert_return (invoke "shr_s" (i64.const 0x8000000000000000) (i64.const 64)) (i64.const 0x8000000000000000))
(assert_return (invoke "shr_s" (i64.const 0x8000000000000000) (i64.const 32)) (i64.const 0xffffffff80000000))
(assert_return (invoke "shr_s" (i64.const 0x8000000000000000) (i64.const 0x8000000000000021)) (i64.const 0xffffffffc0000000))
(assert_return (invoke "shr_u" (i64.const 0x8000000000000000) (i64.const 63)) (i64.const 1))
(assert_return (invoke "shr_u" (i64.const 0x8000000000000000) (i64.const 64)) (i64.const 0x8000000000000000))
(assert_return (invoke "shr_u" (i64.const 0x8000000000000000) (i64.const 32)) (i64.const 0x80000000))
(assert_return (invoke "shr_u" (i64.const -1) (i64.const 1)) (i64.const 0x7fffffffffffffff))
(assert_return (invoke "shr_u" (i64.const -1) (i64.const -1)) (i64.const 1))

;; --- rotates
(assert_return (invoke "rotl" (i64.const 0x8000000000000001) (i64.const 1)) (i64.const 3))
(assert_return (invoke "rotl" (i64.const 0x13579bdf2468ace1) (i64.const 0)) (i64.const 0x13579bdf2468ace1))
(assert_return (invoke "rotl" (i64.const 0x13579bdf2468ace1) (i64.const 64)) (i64.const 0x13579bdf2468ace1))
(assert_return (invoke "rotl" (i64.const 0x13579bdf2468ace1) (i64.const 4)) (i64.const 0x3579bdf2468ace11))
(assert_return (invoke "rotl" (i64.const 0x13579bdf2468ace1) (i64.const 32)) (i64.const 0x2468ace113579bdf))
(assert_return (invoke "rotl" (i64.const 0x13579bdf2468ace1) (i64.const -4)) (i64.const 0x113579bdf2468ace))
(assert_return (invoke "rotr" (i64.const 0x8000000000000001) (i64.const 1)) (i64.const 0xc000000000000000))
(assert_return (invoke "rotr" (i64.const 0x13579bdf2468ace1) (i64.const 4)) (i64.const 0x113579bdf2468ace))
(assert_return (invoke "rotr" (i64.const 0x13579bdf2468ace1) (i64.const 68)) (i64.const 0x113579bdf2468ace))
(assert_return (invoke "rotr" (i64.const 1) (i64.const 63)) (i64.const 2))
(assert_return (invoke "rotr" (i64.const 1) (i64.const 32)) (i64.const 0x100000000))

;; --- clz / ctz / popcnt
(assert_return (invoke "clz" (i64.const 0)) (i64.const 64))
(assert_return (invoke "clz" (i64.const -1)) (i64.const 0))
(assert_return (invoke "clz" (i64.const 1)) (i64.const 63))
(assert_return (invoke "clz" (i64.const 0xffffffff)) (i64.const 32))
(assert_return (invoke "clz" (i64.const 0x100000000)) (i64.const 31))
(assert_return (invoke "ctz" (i64.const 0)) (i64.const 64))
(assert_return (invoke "ctz" (i64.const -1)) (i64.const 0))
(assert_return (invoke "ctz" (i64.const 0x8000000000000000)) (i64.const 63))
(assert_return (invoke "ctz" (i64.const 0x100000000)) (i64.const 32))
(assert_return (invoke "popcnt" (i64.const 0)) (i64.const 0))
(assert_return (invoke "popcnt" (i64.const -1)) (i64.const 64))
(assert_return (invoke "popcnt" (i64.const 0x8000000080000000)) (i64.const 2))
(assert_return (invoke "popcnt" (i64.const 0x0123456789abcdef)) (i64.const 32))

;; --- eqz: a value whose low 32 bits are zero is not zero
(assert_return (invoke "eqz" (i64.const 0)) (i32.const 1))
(assert_return (invoke "eqz" (i64.const 0x100000000)) (i32.const 0))
(assert_return (invoke "eqz" (i64.const 0x8000000000000000)) (i32.const 0))

;; --- comparisons (including ones that differ only in the high half)
(assert_return (invoke "eq" (i64.const 0x100000001) (i64.const 1)) (i32.const 0))
(assert_return (invoke "ne" (i64.const 0x100000001) (i64.const 1)) (i32.const 1))
(assert_return (invoke "eq" (i64.const -1) (i64.const 0xffffffffffffffff)) (i32.const 1))
(assert_return (invoke "lt_s" (i64.const -1) (i64.const 1)) (i32.const 1))
(assert_return (invoke "lt_u" (i64.const -1) (i64.const 1)) (i32.const 0))
(assert_return (invoke "lt_s" (i64.const 0x8000000000000000) (i64.const 0x7fffffffffffffff)) (i32.const 1))
(assert_return (invoke "lt_u" (i64.const 0x8000000000000000) (i64.const 0x7fffffffffffffff)) (i32.const 0))
(assert_return (invoke "lt_u" (i64.const 0xffffffff) (i64.const 0x100000000)) (i32.const 1))
(assert_return (invoke "gt_s" (i64.const -1) (i64.const 1)) (i32.const 0))
(assert_return (invoke "gt_u" (i64.const -1) (i64.const 1)) (i32.const 1))
(assert_return (invoke "gt_u" (i64.const 0x100000000) (i64.const 0xffffffff)) (i32.const 1))
(assert_return (invoke "le_s" (i64.const 0x8000000000000000) (i64.const 0x8000000000000000)) (i32.const 1))
(assert_return (invoke "le_u" (i64.const -1) (i64.const 1)) (i32.const 0))
(assert_return (invoke "le_s" (i64.const -1) (i64.const 1)) (i32.const 1))
(assert_return (invoke "ge_s" (i64.const -1) (i64.const 1)) (i32.const 0))
(assert_return (invoke "ge_u" (i64.const -1) (i64.const 1)) (i32.const 1))
(assert_return (invoke "ge_u" (i64.const 0) (i64.const 0x8000000000000000)) (i32.const 0))
(assert_return (invoke "ge_s" (i64.const 0) (i64.const 0x8000000000000000)) (i32.const 1))
