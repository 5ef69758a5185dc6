;; i32 arithmetic, bitwise, shift and comparison instructions.
;;
;; Most cases target places where a straightforward mapping to IL is wrong:
;;  - IL `div` throws for INT_MIN / -1 and `rem` throws for INT_MIN % -1 on x64;
;;    Wasm wants an "integer overflow" trap for div_s but 0 for rem_s.
;;  - IL `shl`/`shr`/`shr.un` are unspecified for counts >= 32; Wasm masks the
;;    count with 31.
;;  - Signed vs unsigned: IL has only one i32 type, so every _u operation must
;;    pick the `.un` opcode (div.un, rem.un, clt.un, cgt.un, shr.un).
;; Functions take their operands as parameters so the compiler cannot fold them;
;; the "const-*" functions check the folded path too (a folder that uses C#
;; checked arithmetic, or that divides at compile time, crashes on these).

(module
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "sub") (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func (export "mul") (param i32 i32) (result i32) (i32.mul (local.get 0) (local.get 1)))
  (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "div_u") (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1)))
  (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
  (func (export "rem_u") (param i32 i32) (result i32) (i32.rem_u (local.get 0) (local.get 1)))
  (func (export "and") (param i32 i32) (result i32) (i32.and (local.get 0) (local.get 1)))
  (func (export "or") (param i32 i32) (result i32) (i32.or (local.get 0) (local.get 1)))
  (func (export "xor") (param i32 i32) (result i32) (i32.xor (local.get 0) (local.get 1)))
  (func (export "shl") (param i32 i32) (result i32) (i32.shl (local.get 0) (local.get 1)))
  (func (export "shr_s") (param i32 i32) (result i32) (i32.shr_s (local.get 0) (local.get 1)))
  (func (export "shr_u") (param i32 i32) (result i32) (i32.shr_u (local.get 0) (local.get 1)))
  (func (export "rotl") (param i32 i32) (result i32) (i32.rotl (local.get 0) (local.get 1)))
  (func (export "rotr") (param i32 i32) (result i32) (i32.rotr (local.get 0) (local.get 1)))
  (func (export "clz") (param i32) (result i32) (i32.clz (local.get 0)))
  (func (export "ctz") (param i32) (result i32) (i32.ctz (local.get 0)))
  (func (export "popcnt") (param i32) (result i32) (i32.popcnt (local.get 0)))
  (func (export "eqz") (param i32) (result i32) (i32.eqz (local.get 0)))
  (func (export "eq") (param i32 i32) (result i32) (i32.eq (local.get 0) (local.get 1)))
  (func (export "ne") (param i32 i32) (result i32) (i32.ne (local.get 0) (local.get 1)))
  (func (export "lt_s") (param i32 i32) (result i32) (i32.lt_s (local.get 0) (local.get 1)))
  (func (export "lt_u") (param i32 i32) (result i32) (i32.lt_u (local.get 0) (local.get 1)))
  (func (export "gt_s") (param i32 i32) (result i32) (i32.gt_s (local.get 0) (local.get 1)))
  (func (export "gt_u") (param i32 i32) (result i32) (i32.gt_u (local.get 0) (local.get 1)))
  (func (export "le_s") (param i32 i32) (result i32) (i32.le_s (local.get 0) (local.get 1)))
  (func (export "le_u") (param i32 i32) (result i32) (i32.le_u (local.get 0) (local.get 1)))
  (func (export "ge_s") (param i32 i32) (result i32) (i32.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param i32 i32) (result i32) (i32.ge_u (local.get 0) (local.get 1)))

  ;; Constant operands: exercised by compilers that fold at compile time.
  (func (export "const-div_s-overflow") (result i32) (i32.div_s (i32.const 0x80000000) (i32.const -1)))
  (func (export "const-rem_s-overflow") (result i32) (i32.rem_s (i32.const 0x80000000) (i32.const -1)))
  (func (export "const-div_u-zero") (result i32) (i32.div_u (i32.const 1) (i32.const 0)))
  (func (export "const-rem_u-zero") (result i32) (i32.rem_u (i32.const 1) (i32.const 0)))
  (func (export "const-shl-33") (result i32) (i32.shl (i32.const 1) (i32.const 33)))
  (func (export "const-add-wrap") (result i32) (i32.add (i32.const 0x7fffffff) (i32.const 1)))
  (func (export "const-mul-wrap") (result i32) (i32.mul (i32.const 0x10000) (i32.const 0x10000)))

  ;; The trapping division must trap even when its result is dropped:
  ;; an optimiser must not remove a `div` whose value is unused.
  (func (export "div_s-dropped") (param i32 i32) (drop (i32.div_s (local.get 0) (local.get 1))))
  (func (export "rem_u-dropped") (param i32 i32) (drop (i32.rem_u (local.get 0) (local.get 1))))

  ;; Comparison results are used as i32 values (0/1), not as IL booleans only.
  (func (export "lt_u-plus") (param i32 i32) (result i32)
    (i32.add (i32.lt_u (local.get 0) (local.get 1)) (i32.const 10)))
)

;; --- add / sub / mul wrap around modulo 2^32
(assert_return (invoke "add" (i32.const 1) (i32.const 1)) (i32.const 2))
(assert_return (invoke "add" (i32.const 0x7fffffff) (i32.const 1)) (i32.const 0x80000000))
(assert_return (invoke "add" (i32.const 0x80000000) (i32.const 0x80000000)) (i32.const 0))
(assert_return (invoke "add" (i32.const -1) (i32.const -1)) (i32.const -2))
(assert_return (invoke "sub" (i32.const 0x80000000) (i32.const 1)) (i32.const 0x7fffffff))
(assert_return (invoke "sub" (i32.const 0) (i32.const 0x80000000)) (i32.const 0x80000000))
(assert_return (invoke "sub" (i32.const 0) (i32.const 1)) (i32.const -1))
(assert_return (invoke "mul" (i32.const 0x10000) (i32.const 0x10000)) (i32.const 0))
(assert_return (invoke "mul" (i32.const 0x80000000) (i32.const -1)) (i32.const 0x80000000))
(assert_return (invoke "mul" (i32.const 0x7fffffff) (i32.const 0x7fffffff)) (i32.const 1))
(assert_return (invoke "mul" (i32.const 0x12345679) (i32.const 0x9abcdef3)) (i32.const 0xf58702db))
(assert_return (invoke "mul" (i32.const -1) (i32.const -1)) (i32.const 1))

;; --- div_s: traps on zero divisor and on the single overflowing case
(assert_trap (invoke "div_s" (i32.const 1) (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "div_s" (i32.const 0) (i32.const 0)) "integer divide by zero")
;; zero check must come first: INT_MIN / 0 is "divide by zero", not overflow
(assert_trap (invoke "div_s" (i32.const 0x80000000) (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "div_s" (i32.const 0x80000000) (i32.const -1)) "integer overflow")
(assert_return (invoke "div_s" (i32.const 0x80000000) (i32.const 1)) (i32.const 0x80000000))
(assert_return (invoke "div_s" (i32.const 0x80000000) (i32.const 2)) (i32.const 0xc0000000))
(assert_return (invoke "div_s" (i32.const 0x7fffffff) (i32.const -1)) (i32.const 0x80000001))
;; truncation toward zero, not toward -infinity
(assert_return (invoke "div_s" (i32.const -7) (i32.const 2)) (i32.const -3))
(assert_return (invoke "div_s" (i32.const 7) (i32.const -2)) (i32.const -3))
(assert_return (invoke "div_s" (i32.const -7) (i32.const -2)) (i32.const 3))
(assert_return (invoke "div_s" (i32.const -1) (i32.const 2)) (i32.const 0))

;; --- div_u: operands are unsigned; 0x80000000 / -1 is 0, not a trap
(assert_trap (invoke "div_u" (i32.const 1) (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "div_u" (i32.const 0x80000000) (i32.const 0)) "integer divide by zero")
(assert_return (invoke "div_u" (i32.const 0x80000000) (i32.const -1)) (i32.const 0))
(assert_return (invoke "div_u" (i32.const -1) (i32.const 2)) (i32.const 0x7fffffff))
(assert_return (invoke "div_u" (i32.const -1) (i32.const -1)) (i32.const 1))
(assert_return (invoke "div_u" (i32.const -7) (i32.const 2)) (i32.const 0x7ffffffc))
(assert_return (invoke "div_u" (i32.const 0x80000000) (i32.const 2)) (i32.const 0x40000000))
(assert_return (invoke "div_u" (i32.const 5) (i32.const 0x80000000)) (i32.const 0))

;; --- rem_s: INT_MIN rem -1 is 0 (x64 idiv faults here, so does IL `rem`)
(assert_trap (invoke "rem_s" (i32.const 1) (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "rem_s" (i32.const 0x80000000) (i32.const 0)) "integer divide by zero")
(assert_return (invoke "rem_s" (i32.const 0x80000000) (i32.const -1)) (i32.const 0))
(assert_return (invoke "rem_s" (i32.const 0x80000000) (i32.const 2)) (i32.const 0))
(assert_return (invoke "rem_s" (i32.const 0x80000000) (i32.const 3)) (i32.const -2))
(assert_return (invoke "rem_s" (i32.const 0x7fffffff) (i32.const -1)) (i32.const 0))
;; the sign of the result follows the dividend
(assert_return (invoke "rem_s" (i32.const -7) (i32.const 2)) (i32.const -1))
(assert_return (invoke "rem_s" (i32.const 7) (i32.const -2)) (i32.const 1))
(assert_return (invoke "rem_s" (i32.const -7) (i32.const -2)) (i32.const -1))
(assert_return (invoke "rem_s" (i32.const 5) (i32.const 7)) (i32.const 5))

;; --- rem_u
(assert_trap (invoke "rem_u" (i32.const 1) (i32.const 0)) "integer divide by zero")
(assert_return (invoke "rem_u" (i32.const 0x80000000) (i32.const -1)) (i32.const 0x80000000))
(assert_return (invoke "rem_u" (i32.const -7) (i32.const 2)) (i32.const 1))
(assert_return (invoke "rem_u" (i32.const -1) (i32.const 10)) (i32.const 5))
(assert_return (invoke "rem_u" (i32.const 0xdeadbeef) (i32.const 0x10003)) (i32.const 0x000022ee))

;; --- constant-folded forms
(assert_trap (invoke "const-div_s-overflow") "integer overflow")
(assert_return (invoke "const-rem_s-overflow") (i32.const 0))
(assert_trap (invoke "const-div_u-zero") "integer divide by zero")
(assert_trap (invoke "const-rem_u-zero") "integer divide by zero")
(assert_return (invoke "const-shl-33") (i32.const 2))
(assert_return (invoke "const-add-wrap") (i32.const 0x80000000))
(assert_return (invoke "const-mul-wrap") (i32.const 0))

;; --- dead division results still trap
(assert_trap (invoke "div_s-dropped" (i32.const 0x80000000) (i32.const -1)) "integer overflow")
(assert_trap (invoke "div_s-dropped" (i32.const 3) (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "rem_u-dropped" (i32.const 3) (i32.const 0)) "integer divide by zero")
(assert_return (invoke "div_s-dropped" (i32.const 3) (i32.const 1)))

;; --- bitwise
(assert_return (invoke "and" (i32.const 0xff00f0f3) (i32.const 0x0ff0ff30)) (i32.const 0x0f00f030))
(assert_return (invoke "or" (i32.const 0xff00f0f3) (i32.const 0x0ff0ff30)) (i32.const 0xfff0fff3))
(assert_return (invoke "xor" (i32.const 0xff00f0f3) (i32.const 0x0ff0ff30)) (i32.const 0xf0f00fc3))
(assert_return (invoke "xor" (i32.const 0x80000000) (i32.const -1)) (i32.const 0x7fffffff))

;; --- shifts: count is taken modulo 32
(assert_return (invoke "shl" (i32.const 1) (i32.const 31)) (i32.const 0x80000000))
(assert_return (invoke "shl" (i32.const 1) (i32.const 32)) (i32.const 1))
(assert_return (invoke "shl" (i32.const 1) (i32.const 33)) (i32.const 2))
(assert_return (invoke "shl" (i32.const 1) (i32.const -1)) (i32.const 0x80000000))
(assert_return (invoke "shl" (i32.const 0xff) (i32.const 0x7fffffbc)) (i32.const 0xf0000000))
(assert_return (invoke "shl" (i32.const 0x80000000) (i32.const 1)) (i32.const 0))
(assert_return (invoke "shr_s" (i32.const 0x80000000) (i32.const 31)) (i32.const -1))
(assert_return (invoke "shr_s" (i32.const 0x80000000) (i32.const 32)) (i32.const 0x80000000))
(assert_return (invoke "shr_s" (i32.const 0x80000000) (i32.const 33)) (i32.const 0xc0000000))
(assert_return (invoke "shr_s" (i32.const -1) (i32.const 100)) (i32.const -1))
(assert_return (invoke "shr_s" (i32.const 0x7fffffff) (i32.const -1)) (i32.const 0))
(assert_return (invoke "shr_s" (i32.const 0x40000000) (i32.const 0x80000001)) (i32.const 0x20000000))
(assert_return (invoke "shr_u" (i32.const 0x80000000) (i32.const 31)) (i32.const 1))
(assert_return (invoke "shr_u" (i32.const 0x80000000) (i32.const 32)) (i32.const 0x80000000))
(assert_return (invoke "shr_u" (i32.const 0x80000000) (i32.const 33)) (i32.const 0x40000000))
;; shr_u must not sign-extend (IL `shr` instead of `shr.un` does)
(assert_return (invoke "shr_u" (i32.const -1) (i32.const 1)) (i32.const 0x7fffffff))
(assert_return (invoke "shr_u" (i32.const -1) (i32.const -1)) (i32.const 1))
(assert_return (invoke "shr_u" (i32.const -1) (i32.const 0)) (i32.const -1))

;; --- rotates: count modulo 32; rotl by 0 and by 32 are identity
(assert_return (invoke "rotl" (i32.const 0x80000001) (i32.const 1)) (i32.const 3))
(assert_return (invoke "rotl" (i32.const 0x5c3a1e97) (i32.const 0)) (i32.const 0x5c3a1e97))
(assert_return (invoke "rotl" (i32.const 0x5c3a1e97) (i32.const 32)) (i32.const 0x5c3a1e97))
(assert_return (invoke "rotl" (i32.const 0x5c3a1e97) (i32.const 4)) (i32.const 0xc3a1e975))
(assert_return (invoke "rotl" (i32.const 0x5c3a1e97) (i32.const 36)) (i32.const 0xc3a1e975))
(assert_return (invoke "rotl" (i32.const 0x5c3a1e97) (i32.const -4)) (i32.const 0x75c3a1e9))
(assert_return (invoke "rotl" (i32.const 0x00004001) (i32.const 37)) (i32.const 0x00080020))
(assert_return (invoke "rotr" (i32.const 0x80000001) (i32.const 1)) (i32.const 0xc0000000))
(assert_return (invoke "rotr" (i32.const 0x5c3a1e97) (i32.const 0)) (i32.const 0x5c3a1e97))
(assert_return (invoke "rotr" (i32.const 0x5c3a1e97) (i32.const 32)) (i32.const 0x5c3a1e97))
(assert_return (invoke "rotr" (i32.const 0x5c3a1e97) (i32.const 4)) (i32.const 0x75c3a1e9))
(assert_return (invoke "rotr" (i32.const 0x5c3a1e97) (i32.const -4)) (i32.const 0xc3a1e975))
(assert_return (invoke "rotr" (i32.const 1) (i32.const 31)) (i32.const 2))
(assert_return (invoke "rotr" (i32.const -1) (i32.const 17)) (i32.const -1))

;; --- clz / ctz / popcnt at 0 and all ones (x86 bsr/bsf are undefined for 0)
(assert_return (invoke "clz" (i32.const 0)) (i32.const 32))
(assert_return (invoke "clz" (i32.const -1)) (i32.const 0))
(assert_return (invoke "clz" (i32.const 1)) (i32.const 31))
(assert_return (invoke "clz" (i32.const 0x00020001)) (i32.const 14))
(assert_return (invoke "clz" (i32.const 0x7fffffff)) (i32.const 1))
(assert_return (invoke "ctz" (i32.const 0)) (i32.const 32))
(assert_return (invoke "ctz" (i32.const -1)) (i32.const 0))
(assert_return (invoke "ctz" (i32.const 0x80000000)) (i32.const 31))
(assert_return (invoke "ctz" (i32.const 0x80000400)) (i32.const 10))
(assert_return (invoke "popcnt" (i32.const 0)) (i32.const 0))
(assert_return (invoke "popcnt" (i32.const -1)) (i32.const 32))
(assert_return (invoke "popcnt" (i32.const 0x80000000)) (i32.const 1))
(assert_return (invoke "popcnt" (i32.const 0x5555aaab)) (i32.const 17))
(assert_return (invoke "popcnt" (i32.const 0x12345678)) (i32.const 13))

;; --- eqz: any non-zero value, including ones with only the sign bit set, is false
(assert_return (invoke "eqz" (i32.const 0)) (i32.const 1))
(assert_return (invoke "eqz" (i32.const 1)) (i32.const 0))
(assert_return (invoke "eqz" (i32.const 0x80000000)) (i32.const 0))
(assert_return (invoke "eqz" (i32.const -1)) (i32.const 0))

;; --- comparisons: signed vs unsigned disagree whenever the sign bit differs
(assert_return (invoke "eq" (i32.const 0x80000000) (i32.const 0x80000000)) (i32.const 1))
(assert_return (invoke "eq" (i32.const 0) (i32.const 0x80000000)) (i32.const 0))
(assert_return (invoke "ne" (i32.const 0) (i32.const 0x80000000)) (i32.const 1))
(assert_return (invoke "ne" (i32.const -1) (i32.const -1)) (i32.const 0))
(assert_return (invoke "lt_s" (i32.const -1) (i32.const 1)) (i32.const 1))
(assert_return (invoke "lt_u" (i32.const -1) (i32.const 1)) (i32.const 0))
(assert_return (invoke "lt_s" (i32.const 0x80000000) (i32.const 0x7fffffff)) (i32.const 1))
(assert_return (invoke "lt_u" (i32.const 0x80000000) (i32.const 0x7fffffff)) (i32.const 0))
(assert_return (invoke "lt_u" (i32.const 0) (i32.const -1)) (i32.const 1))
(assert_return (invoke "lt_s" (i32.const 5) (i32.const 5)) (i32.const 0))
(assert_return (invoke "gt_s" (i32.const -1) (i32.const 1)) (i32.const 0))
(assert_return (invoke "gt_u" (i32.const -1) (i32.const 1)) (i32.const 1))
(assert_return (invoke "gt_s" (i32.const 0x7fffffff) (i32.const 0x80000000)) (i32.const 1))
(assert_return (invoke "gt_u" (i32.const 0x7fffffff) (i32.const 0x80000000)) (i32.const 0))
(assert_return (invoke "gt_u" (i32.const 5) (i32.const 5)) (i32.const 0))
(assert_return (invoke "le_s" (i32.const -1) (i32.const 1)) (i32.const 1))
(assert_return (invoke "le_u" (i32.const -1) (i32.const 1)) (i32.const 0))
(assert_return (invoke "le_s" (i32.const 5) (i32.const 5)) (i32.const 1))
(assert_return (invoke "le_u" (i32.const -1) (i32.const -1)) (i32.const 1))
(assert_return (invoke "le_u" (i32.const 0x80000000) (i32.const 0x7fffffff)) (i32.const 0))
(assert_return (invoke "ge_s" (i32.const -1) (i32.const 1)) (i32.const 0))
(assert_return (invoke "ge_u" (i32.const -1) (i32.const 1)) (i32.const 1))
(assert_return (invoke "ge_s" (i32.const 0x80000000) (i32.const 0x80000000)) (i32.const 1))
(assert_return (invoke "ge_u" (i32.const 0) (i32.const 0x80000000)) (i32.const 0))
(assert_return (invoke "ge_s" (i32.const 0) (i32.const 0x80000000)) (i32.const 1))
(assert_return (invoke "lt_u-plus" (i32.const 1) (i32.const -1)) (i32.const 11))
(assert_return (invoke "lt_u-plus" (i32.const -1) (i32.const 1)) (i32.const 10))
