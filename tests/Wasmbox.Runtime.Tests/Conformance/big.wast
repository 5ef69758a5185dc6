;; Large modules and functions: thousands of locals, ~1000 functions, a long
;; straight-line function, and br_table with ~1000 targets.
;;
;; (The bodies below were produced by a throwaway script and pasted as text.)
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - IL short forms (ldloc.s/stloc.s/ldarg.s) only reach index 255; beyond
;;    that the long forms are needed.  A method may have at most 65535 locals.
;;  - Locals are zero-initialised on every call (IL `.locals init`), even when
;;    the stack memory was just dirtied by another call.
;;  - Short branch forms (br.s, ±127 bytes) cannot reach across long bodies.
;;  - IL `switch` tables, dispatch tables and label maps must scale to
;;    ~1000 entries; nothing may be quadratic enough to time out.
;;  - A recursive compiler may overflow its own stack on deep nesting.

;; ---------------------------------------------------------------- 2500 locals
(module
  ;; locals 1..1200 are i32, 1201..2000 are i64, 2001..2500 are f64 (local 0 is the param $x).
  ;; Local k is set to x + k through a local.tee chain (plain instruction syntax),
  ;; then every local is read back and summed: i32 locals with i32 wraparound,
  ;; the rest into an i64.
  (func (export "many-locals") (param $x i32) (result i32 i64)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    (local f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64)
    local.get 0
    i32.const 1 i32.add local.tee 1 i32.const 1 i32.add local.tee 2 i32.const 1 i32.add local.tee 3 i32.const 1 i32.add local.tee 4 i32.const 1 i32.add local.tee 5
    i32.const 1 i32.add local.tee 6 i32.const 1 i32.add local.tee 7 i32.const 1 i32.add local.tee 8 i32.const 1 i32.add local.tee 9 i32.const 1 i32.add local.tee 10
    i32.const 1 i32.add local.tee 11 i32.const 1 i32.add local.tee 12 i32.const 1 i32.add local.tee 13 i32.const 1 i32.add local.tee 14 i32.const 1 i32.add local.tee 15
    i32.const 1 i32.add local.tee 16 i32.const 1 i32.add local.tee 17 i32.const 1 i32.add local.tee 18 i32.const 1 i32.add local.tee 19 i32.const 1 i32.add local.tee 20
    i32.const 1 i32.add local.tee 21 i32.const 1 i32.add local.tee 22 i32.const 1 i32.add local.tee 23 i32.const 1 i32.add local.tee 24 i32.const 1 i32.add local.tee 25
    i32.const 1 i32.add local.tee 26 i32.const 1 i32.add local.tee 27 i32.const 1 i32.add local.tee 28 i32.const 1 i32.add local.tee 29 i32.const 1 i32.add local.tee 30
    i32.const 1 i32.add local.tee 31 i32.const 1 i32.add local.tee 32 i32.const 1 i32.add local.tee 33 i32.const 1 i32.add local.tee 34 i32.const 1 i32.add local.tee 35
    i32.const 1 i32.add local.tee 36 i32.const 1 i32.add local.tee 37 i32.const 1 i32.add local.tee 38 i32.const 1 i32.add local.tee 39 i32.const 1 i32.add local.tee 40
    i32.const 1 i32.add local.tee 41 i32.const 1 i32.add local.tee 42 i32.const 1 i32.add local.tee 43 i32.const 1 i32.add local.tee 44 i32.const 1 i32.add local.tee 45
    i32.const 1 i32.add local.tee 46 i32.const 1 i32.add local.tee 47 i32.const 1 i32.add local.tee 48 i32.const 1 i32.add local.tee 49 i32.const 1 i32.add local.tee 50
    i32.const 1 i32.add local.tee 51 i32.const 1 i32.add local.tee 52 i32.const 1 i32.add local.tee 53 i32.const 1 i32.add local.tee 54 i32.const 1 i32.add local.tee 55
    i32.const 1 i32.add local.tee 56 i32.const 1 i32.add local.tee 57 i32.const 1 i32.add local.tee 58 i32.const 1 i32.add local.tee 59 i32.const 1 i32.add local.tee 60
    i32.const 1 i32.add local.tee 61 i32.const 1 i32.add local.tee 62 i32.const 1 i32.add local.tee 63 i32.const 1 i32.add local.tee 64 i32.const 1 i32.add local.tee 65
    i32.const 1 i32.add local.tee 66 i32.const 1 i32.add local.tee 67 i32.const 1 i32.add local.tee 68 i32.const 1 i32.add local.tee 69 i32.const 1 i32.add local.tee 70
    i32.const 1 i32.add local.tee 71 i32.const 1 i32.add local.tee 72 i32.const 1 i32.add local.tee 73 i32.const 1 i32.add local.tee 74 i32.const 1 i32.add local.tee 75
    i32.const 1 i32.add local.tee 76 i32.const 1 i32.add local.tee 77 i32.const 1 i32.add local.tee 78 i32.const 1 i32.add local.tee 79 i32.const 1 i32.add local.tee 80
    i32.const 1 i32.add local.tee 81 i32.const 1 i32.add local.tee 82 i32.const 1 i32.add local.tee 83 i32.const 1 i32.add local.tee 84 i32.const 1 i32.add local.tee 85
    i32.const 1 i32.add local.tee 86 i32.const 1 i32.add local.tee 87 i32.const 1 i32.add local.tee 88 i32.const 1 i32.add local.tee 89 i32.const 1 i32.add local.tee 90
    i32.const 1 i32.add local.tee 91 i32.const 1 i32.add local.tee 92 i32.const 1 i32.add local.tee 93 i32.const 1 i32.add local.tee 94 i32.const 1 i32.add local.tee 95
    i32.const 1 i32.add local.tee 96 i32.const 1 i32.add local.tee 97 i32.const 1 i32.add local.tee 98 i32.const 1 i32.add local.tee 99 i32.const 1 i32.add local.tee 100
    i32.const 1 i32.add local.tee 101 i32.const 1 i32.add local.tee 102 i32.const 1 i32.add local.tee 103 i32.const 1 i32.add local.tee 104 i32.const 1 i32.add local.tee 105
    i32.const 1 i32.add local.tee 106 i32.const 1 i32.add local.tee 107 i32.const 1 i32.add local.tee 108 i32.const 1 i32.add local.tee 109 i32.const 1 i32.add local.tee 110
    i32.const 1 i32.add local.tee 111 i32.const 1 i32.add local.tee 112 i32.const 1 i32.add local.tee 113 i32.const 1 i32.add local.tee 114 i32.const 1 i32.add local.tee 115
    i32.const 1 i32.add local.tee 116 i32.const 1 i32.add local.tee 117 i32.const 1 i32.add local.tee 118 i32.const 1 i32.add local.tee 119 i32.const 1 i32.add local.tee 120
    i32.const 1 i32.add local.tee 121 i32.const 1 i32.add local.tee 122 i32.const 1 i32.add local.tee 123 i32.const 1 i32.add local.tee 124 i32.const 1 i32.add local.tee 125
    i32.const 1 i32.add local.tee 126 i32.const 1 i32.add local.tee 127 i32.const 1 i32.add local.tee 128 i32.const 1 i32.add local.tee 129 i32.const 1 i32.add local.tee 130
    i32.const 1 i32.add local.tee 131 i32.const 1 i32.add local.tee 132 i32.const 1 i32.add local.tee 133 i32.const 1 i32.add local.tee 134 i32.const 1 i32.add local.tee 135
    i32.const 1 i32.add local.tee 136 i32.const 1 i32.add local.tee 137 i32.const 1 i32.add local.tee 138 i32.const 1 i32.add local.tee 139 i32.const 1 i32.add local.tee 140
    i32.const 1 i32.add local.tee 141 i32.const 1 i32.add local.tee 142 i32.const 1 i32.add local.tee 143 i32.const 1 i32.add local.tee 144 i32.const 1 i32.add local.tee 145
    i32.const 1 i32.add local.tee 146 i32.const 1 i32.add local.tee 147 i32.const 1 i32.add local.tee 148 i32.const 1 i32.add local.tee 149 i32.const 1 i32.add local.tee 150
    i32.const 1 i32.add local.tee 151 i32.const 1 i32.add local.tee 152 i32.const 1 i32.add local.tee 153 i32.const 1 i32.add local.tee 154 i32.const 1 i32.add local.tee 155
    i32.const 1 i32.add local.tee 156 i32.const 1 i32.add local.tee 157 i32.const 1 i32.add local.tee 158 i32.const 1 i32.add local.tee 159 i32.const 1 i32.add local.tee 160
    i32.const 1 i32.add local.tee 161 i32.const 1 i32.add local.tee 162 i32.const 1 i32.add local.tee 163 i32.const 1 i32.add local.tee 164 i32.const 1 i32.add local.tee 165
    i32.const 1 i32.add local.tee 166 i32.const 1 i32.add local.tee 167 i32.const 1 i32.add local.tee 168 i32.const 1 i32.add local.tee 169 i32.const 1 i32.add local.tee 170
    i32.const 1 i32.add local.tee 171 i32.const 1 i32.add local.tee 172 i32.const 1 i32.add local.tee 173 i32.const 1 i32.add local.tee 174 i32.const 1 i32.add local.tee 175
    i32.const 1 i32.add local.tee 176 i32.const 1 i32.add local.tee 177 i32.const 1 i32.add local.tee 178 i32.const 1 i32.add local.tee 179 i32.const 1 i32.add local.tee 180
    i32.const 1 i32.add local.tee 181 i32.const 1 i32.add local.tee 182 i32.const 1 i32.add local.tee 183 i32.const 1 i32.add local.tee 184 i32.const 1 i32.add local.tee 185
    i32.const 1 i32.add local.tee 186 i32.const 1 i32.add local.tee 187 i32.const 1 i32.add local.tee 188 i32.const 1 i32.add local.tee 189 i32.const 1 i32.add local.tee 190
    i32.const 1 i32.add local.tee 191 i32.const 1 i32.add local.tee 192 i32.const 1 i32.add local.tee 193 i32.const 1 i32.add local.tee 194 i32.const 1 i32.add local.tee 195
    i32.const 1 i32.add local.tee 196 i32.const 1 i32.add local.tee 197 i32.const 1 i32.add local.tee 198 i32.const 1 i32.add local.tee 199 i32.const 1 i32.add local.tee 200
    i32.const 1 i32.add local.tee 201 i32.const 1 i32.add local.tee 202 i32.const 1 i32.add local.tee 203 i32.const 1 i32.add local.tee 204 i32.const 1 i32.add local.tee 205
    i32.const 1 i32.add local.tee 206 i32.const 1 i32.add local.tee 207 i32.const 1 i32.add local.tee 208 i32.const 1 i32.add local.tee 209 i32.const 1 i32.add local.tee 210
    i32.const 1 i32.add local.tee 211 i32.const 1 i32.add local.tee 212 i32.const 1 i32.add local.tee 213 i32.const 1 i32.add local.tee 214 i32.const 1 i32.add local.tee 215
    i32.const 1 i32.add local.tee 216 i32.const 1 i32.add local.tee 217 i32.const 1 i32.add local.tee 218 i32.const 1 i32.add local.tee 219 i32.const 1 i32.add local.tee 220
    i32.const 1 i32.add local.tee 221 i32.const 1 i32.add local.tee 222 i32.const 1 i32.add local.tee 223 i32.const 1 i32.add local.tee 224 i32.const 1 i32.add local.tee 225
    i32.const 1 i32.add local.tee 226 i32.const 1 i32.add local.tee 227 i32.const 1 i32.add local.tee 228 i32.const 1 i32.add local.tee 229 i32.const 1 i32.add local.tee 230
    i32.const 1 i32.add local.tee 231 i32.const 1 i32.add local.tee 232 i32.const 1 i32.add local.tee 233 i32.const 1 i32.add local.tee 234 i32.const 1 i32.add local.tee 235
    i32.const 1 i32.add local.tee 236 i32.const 1 i32.add local.tee 237 i32.const 1 i32.add local.tee 238 i32.const 1 i32.add local.tee 239 i32.const 1 i32.add local.tee 240
    i32.const 1 i32.add local.tee 241 i32.const 1 i32.add local.tee 242 i32.const 1 i32.add local.tee 243 i32.const 1 i32.add local.tee 244 i32.const 1 i32.add local.tee 245
    i32.const 1 i32.add local.tee 246 i32.const 1 i32.add local.tee 247 i32.const 1 i32.add local.tee 248 i32.const 1 i32.add local.tee 249 i32.const 1 i32.add local.tee 250
    i32.const 1 i32.add local.tee 251 i32.const 1 i32.add local.tee 252 i32.const 1 i32.add local.tee 253 i32.const 1 i32.add local.tee 254 i32.const 1 i32.add local.tee 255
    i32.const 1 i32.add local.tee 256 i32.const 1 i32.add local.tee 257 i32.const 1 i32.add local.tee 258 i32.const 1 i32.add local.tee 259 i32.const 1 i32.add local.tee 260
    i32.const 1 i32.add local.tee 261 i32.const 1 i32.add local.tee 262 i32.const 1 i32.add local.tee 263 i32.const 1 i32.add local.tee 264 i32.const 1 i32.add local.tee 265
    i32.const 1 i32.add local.tee 266 i32.const 1 i32.add local.tee 267 i32.const 1 i32.add local.tee 268 i32.const 1 i32.add local.tee 269 i32.const 1 i32.add local.tee 270
    i32.const 1 i32.add local.tee 271 i32.const 1 i32.add local.tee 272 i32.const 1 i32.add local.tee 273 i32.const 1 i32.add local.tee 274 i32.const 1 i32.add local.tee 275
    i32.const 1 i32.add local.tee 276 i32.const 1 i32.add local.tee 277 i32.const 1 i32.add local.tee 278 i32.const 1 i32.add local.tee 279 i32.const 1 i32.add local.tee 280
    i32.const 1 i32.add local.tee 281 i32.const 1 i32.add local.tee 282 i32.const 1 i32.add local.tee 283 i32.const 1 i32.add local.tee 284 i32.const 1 i32.add local.tee 285
    i32.const 1 i32.add local.tee 286 i32.const 1 i32.add local.tee 287 i32.const 1 i32.add local.tee 288 i32.const 1 i32.add local.tee 289 i32.const 1 i32.add local.tee 290
    i32.const 1 i32.add local.tee 291 i32.const 1 i32.add local.tee 292 i32.const 1 i32.add local.tee 293 i32.const 1 i32.add local.tee 294 i32.const 1 i32.add local.tee 295
    i32.const 1 i32.add local.tee 296 i32.const 1 i32.add local.tee 297 i32.const 1 i32.add local.tee 298 i32.const 1 i32.add local.tee 299 i32.const 1 i32.add local.tee 300
    i32.const 1 i32.add local.tee 301 i32.const 1 i32.add local.tee 302 i32.const 1 i32.add local.tee 303 i32.const 1 i32.add local.tee 304 i32.const 1 i32.add local.tee 305
    i32.const 1 i32.add local.tee 306 i32.const 1 i32.add local.tee 307 i32.const 1 i32.add local.tee 308 i32.const 1 i32.add local.tee 309 i32.const 1 i32.add local.tee 310
    i32.const 1 i32.add local.tee 311 i32.const 1 i32.add local.tee 312 i32.const 1 i32.add local.tee 313 i32.const 1 i32.add local.tee 314 i32.const 1 i32.add local.tee 315
    i32.const 1 i32.add local.tee 316 i32.const 1 i32.add local.tee 317 i32.const 1 i32.add local.tee 318 i32.const 1 i32.add local.tee 319 i32.const 1 i32.add local.tee 320
    i32.const 1 i32.add local.tee 321 i32.const 1 i32.add local.tee 322 i32.const 1 i32.add local.tee 323 i32.const 1 i32.add local.tee 324 i32.const 1 i32.add local.tee 325
    i32.const 1 i32.add local.tee 326 i32.const 1 i32.add local.tee 327 i32.const 1 i32.add local.tee 328 i32.const 1 i32.add local.tee 329 i32.const 1 i32.add local.tee 330
    i32.const 1 i32.add local.tee 331 i32.const 1 i32.add local.tee 332 i32.const 1 i32.add local.tee 333 i32.const 1 i32.add local.tee 334 i32.const 1 i32.add local.tee 335
    i32.const 1 i32.add local.tee 336 i32.const 1 i32.add local.tee 337 i32.const 1 i32.add local.tee 338 i32.const 1 i32.add local.tee 339 i32.const 1 i32.add local.tee 340
    i32.const 1 i32.add local.tee 341 i32.const 1 i32.add local.tee 342 i32.const 1 i32.add local.tee 343 i32.const 1 i32.add local.tee 344 i32.const 1 i32.add local.tee 345
    i32.const 1 i32.add local.tee 346 i32.const 1 i32.add local.tee 347 i32.const 1 i32.add local.tee 348 i32.const 1 i32.add local.tee 349 i32.const 1 i32.add local.tee 350
    i32.const 1 i32.add local.tee 351 i32.const 1 i32.add local.tee 352 i32.const 1 i32.add local.tee 353 i32.const 1 i32.add local.tee 354 i32.const 1 i32.add local.tee 355
    i32.const 1 i32.add local.tee 356 i32.const 1 i32.add local.tee 357 i32.const 1 i32.add local.tee 358 i32.const 1 i32.add local.tee 359 i32.const 1 i32.add local.tee 360
    i32.const 1 i32.add local.tee 361 i32.const 1 i32.add local.tee 362 i32.const 1 i32.add local.tee 363 i32.const 1 i32.add local.tee 364 i32.const 1 i32.add local.tee 365
    i32.const 1 i32.add local.tee 366 i32.const 1 i32.add local.tee 367 i32.const 1 i32.add local.tee 368 i32.const 1 i32.add local.tee 369 i32.const 1 i32.add local.tee 370
    i32.const 1 i32.add local.tee 371 i32.const 1 i32.add local.tee 372 i32.const 1 i32.add local.tee 373 i32.const 1 i32.add local.tee 374 i32.const 1 i32.add local.tee 375
    i32.const 1 i32.add local.tee 376 i32.const 1 i32.add local.tee 377 i32.const 1 i32.add local.tee 378 i32.const 1 i32.add local.tee 379 i32.const 1 i32.add local.tee 380
    i32.const 1 i32.add local.tee 381 i32.const 1 i32.add local.tee 382 i32.const 1 i32.add local.tee 383 i32.const 1 i32.add local.tee 384 i32.const 1 i32.add local.tee 385
    i32.const 1 i32.add local.tee 386 i32.const 1 i32.add local.tee 387 i32.const 1 i32.add local.tee 388 i32.const 1 i32.add local.tee 389 i32.const 1 i32.add local.tee 390
    i32.const 1 i32.add local.tee 391 i32.const 1 i32.add local.tee 392 i32.const 1 i32.add local.tee 393 i32.const 1 i32.add local.tee 394 i32.const 1 i32.add local.tee 395
    i32.const 1 i32.add local.tee 396 i32.const 1 i32.add local.tee 397 i32.const 1 i32.add local.tee 398 i32.const 1 i32.add local.tee 399 i32.const 1 i32.add local.tee 400
    i32.const 1 i32.add local.tee 401 i32.const 1 i32.add local.tee 402 i32.const 1 i32.add local.tee 403 i32.const 1 i32.add local.tee 404 i32.const 1 i32.add local.tee 405
    i32.const 1 i32.add local.tee 406 i32.const 1 i32.add local.tee 407 i32.const 1 i32.add local.tee 408 i32.const 1 i32.add local.tee 409 i32.const 1 i32.add local.tee 410
    i32.const 1 i32.add local.tee 411 i32.const 1 i32.add local.tee 412 i32.const 1 i32.add local.tee 413 i32.const 1 i32.add local.tee 414 i32.const 1 i32.add local.tee 415
    i32.const 1 i32.add local.tee 416 i32.const 1 i32.add local.tee 417 i32.const 1 i32.add local.tee 418 i32.const 1 i32.add local.tee 419 i32.const 1 i32.add local.tee 420
    i32.const 1 i32.add local.tee 421 i32.const 1 i32.add local.tee 422 i32.const 1 i32.add local.tee 423 i32.const 1 i32.add local.tee 424 i32.const 1 i32.add local.tee 425
    i32.const 1 i32.add local.tee 426 i32.const 1 i32.add local.tee 427 i32.const 1 i32.add local.tee 428 i32.const 1 i32.add local.tee 429 i32.const 1 i32.add local.tee 430
    i32.const 1 i32.add local.tee 431 i32.const 1 i32.add local.tee 432 i32.const 1 i32.add local.tee 433 i32.const 1 i32.add local.tee 434 i32.const 1 i32.add local.tee 435
    i32.const 1 i32.add local.tee 436 i32.const 1 i32.add local.tee 437 i32.const 1 i32.add local.tee 438 i32.const 1 i32.add local.tee 439 i32.const 1 i32.add local.tee 440
    i32.const 1 i32.add local.tee 441 i32.const 1 i32.add local.tee 442 i32.const 1 i32.add local.tee 443 i32.const 1 i32.add local.tee 444 i32.const 1 i32.add local.tee 445
    i32.const 1 i32.add local.tee 446 i32.const 1 i32.add local.tee 447 i32.const 1 i32.add local.tee 448 i32.const 1 i32.add local.tee 449 i32.const 1 i32.add local.tee 450
    i32.const 1 i32.add local.tee 451 i32.const 1 i32.add local.tee 452 i32.const 1 i32.add local.tee 453 i32.const 1 i32.add local.tee 454 i32.const 1 i32.add local.tee 455
    i32.const 1 i32.add local.tee 456 i32.const 1 i32.add local.tee 457 i32.const 1 i32.add local.tee 458 i32.const 1 i32.add local.tee 459 i32.const 1 i32.add local.tee 460
    i32.const 1 i32.add local.tee 461 i32.const 1 i32.add local.tee 462 i32.const 1 i32.add local.tee 463 i32.const 1 i32.add local.tee 464 i32.const 1 i32.add local.tee 465
    i32.const 1 i32.add local.tee 466 i32.const 1 i32.add local.tee 467 i32.const 1 i32.add local.tee 468 i32.const 1 i32.add local.tee 469 i32.const 1 i32.add local.tee 470
    i32.const 1 i32.add local.tee 471 i32.const 1 i32.add local.tee 472 i32.const 1 i32.add local.tee 473 i32.const 1 i32.add local.tee 474 i32.const 1 i32.add local.tee 475
    i32.const 1 i32.add local.tee 476 i32.const 1 i32.add local.tee 477 i32.const 1 i32.add local.tee 478 i32.const 1 i32.add local.tee 479 i32.const 1 i32.add local.tee 480
    i32.const 1 i32.add local.tee 481 i32.const 1 i32.add local.tee 482 i32.const 1 i32.add local.tee 483 i32.const 1 i32.add local.tee 484 i32.const 1 i32.add local.tee 485
    i32.const 1 i32.add local.tee 486 i32.const 1 i32.add local.tee 487 i32.const 1 i32.add local.tee 488 i32.const 1 i32.add local.tee 489 i32.const 1 i32.add local.tee 490
    i32.const 1 i32.add local.tee 491 i32.const 1 i32.add local.tee 492 i32.const 1 i32.add local.tee 493 i32.const 1 i32.add local.tee 494 i32.const 1 i32.add local.tee 495
    i32.const 1 i32.add local.tee 496 i32.const 1 i32.add local.tee 497 i32.const 1 i32.add local.tee 498 i32.const 1 i32.add local.tee 499 i32.const 1 i32.add local.tee 500
    i32.const 1 i32.add local.tee 501 i32.const 1 i32.add local.tee 502 i32.const 1 i32.add local.tee 503 i32.const 1 i32.add local.tee 504 i32.const 1 i32.add local.tee 505
    i32.const 1 i32.add local.tee 506 i32.const 1 i32.add local.tee 507 i32.const 1 i32.add local.tee 508 i32.const 1 i32.add local.tee 509 i32.const 1 i32.add local.tee 510
    i32.const 1 i32.add local.tee 511 i32.const 1 i32.add local.tee 512 i32.const 1 i32.add local.tee 513 i32.const 1 i32.add local.tee 514 i32.const 1 i32.add local.tee 515
    i32.const 1 i32.add local.tee 516 i32.const 1 i32.add local.tee 517 i32.const 1 i32.add local.tee 518 i32.const 1 i32.add local.tee 519 i32.const 1 i32.add local.tee 520
    i32.const 1 i32.add local.tee 521 i32.const 1 i32.add local.tee 522 i32.const 1 i32.add local.tee 523 i32.const 1 i32.add local.tee 524 i32.const 1 i32.add local.tee 525
    i32.const 1 i32.add local.tee 526 i32.const 1 i32.add local.tee 527 i32.const 1 i32.add local.tee 528 i32.const 1 i32.add local.tee 529 i32.const 1 i32.add local.tee 530
    i32.const 1 i32.add local.tee 531 i32.const 1 i32.add local.tee 532 i32.const 1 i32.add local.tee 533 i32.const 1 i32.add local.tee 534 i32.const 1 i32.add local.tee 535
    i32.const 1 i32.add local.tee 536 i32.const 1 i32.add local.tee 537 i32.const 1 i32.add local.tee 538 i32.const 1 i32.add local.tee 539 i32.const 1 i32.add local.tee 540
    i32.const 1 i32.add local.tee 541 i32.const 1 i32.add local.tee 542 i32.const 1 i32.add local.tee 543 i32.const 1 i32.add local.tee 544 i32.const 1 i32.add local.tee 545
    i32.const 1 i32.add local.tee 546 i32.const 1 i32.add local.tee 547 i32.const 1 i32.add local.tee 548 i32.const 1 i32.add local.tee 549 i32.const 1 i32.add local.tee 550
    i32.const 1 i32.add local.tee 551 i32.const 1 i32.add local.tee 552 i32.const 1 i32.add local.tee 553 i32.const 1 i32.add local.tee 554 i32.const 1 i32.add local.tee 555
    i32.const 1 i32.add local.tee 556 i32.const 1 i32.add local.tee 557 i32.const 1 i32.add local.tee 558 i32.const 1 i32.add local.tee 559 i32.const 1 i32.add local.tee 560
    i32.const 1 i32.add local.tee 561 i32.const 1 i32.add local.tee 562 i32.const 1 i32.add local.tee 563 i32.const 1 i32.add local.tee 564 i32.const 1 i32.add local.tee 565
    i32.const 1 i32.add local.tee 566 i32.const 1 i32.add local.tee 567 i32.const 1 i32.add local.tee 568 i32.const 1 i32.add local.tee 569 i32.const 1 i32.add local.tee 570
    i32.const 1 i32.add local.tee 571 i32.const 1 i32.add local.tee 572 i32.const 1 i32.add local.tee 573 i32.const 1 i32.add local.tee 574 i32.const 1 i32.add local.tee 575
    i32.const 1 i32.add local.tee 576 i32.const 1 i32.add local.tee 577 i32.const 1 i32.add local.tee 578 i32.const 1 i32.add local.tee 579 i32.const 1 i32.add local.tee 580
    i32.const 1 i32.add local.tee 581 i32.const 1 i32.add local.tee 582 i32.const 1 i32.add local.tee 583 i32.const 1 i32.add local.tee 584 i32.const 1 i32.add local.tee 585
    i32.const 1 i32.add local.tee 586 i32.const 1 i32.add local.tee 587 i32.const 1 i32.add local.tee 588 i32.const 1 i32.add local.tee 589 i32.const 1 i32.add local.tee 590
    i32.const 1 i32.add local.tee 591 i32.const 1 i32.add local.tee 592 i32.const 1 i32.add local.tee 593 i32.const 1 i32.add local.tee 594 i32.const 1 i32.add local.tee 595
    i32.const 1 i32.add local.tee 596 i32.const 1 i32.add local.tee 597 i32.const 1 i32.add local.tee 598 i32.const 1 i32.add local.tee 599 i32.const 1 i32.add local.tee 600
    i32.const 1 i32.add local.tee 601 i32.const 1 i32.add local.tee 602 i32.const 1 i32.add local.tee 603 i32.const 1 i32.add local.tee 604 i32.const 1 i32.add local.tee 605
    i32.const 1 i32.add local.tee 606 i32.const 1 i32.add local.tee 607 i32.const 1 i32.add local.tee 608 i32.const 1 i32.add local.tee 609 i32.const 1 i32.add local.tee 610
    i32.const 1 i32.add local.tee 611 i32.const 1 i32.add local.tee 612 i32.const 1 i32.add local.tee 613 i32.const 1 i32.add local.tee 614 i32.const 1 i32.add local.tee 615
    i32.const 1 i32.add local.tee 616 i32.const 1 i32.add local.tee 617 i32.const 1 i32.add local.tee 618 i32.const 1 i32.add local.tee 619 i32.const 1 i32.add local.tee 620
    i32.const 1 i32.add local.tee 621 i32.const 1 i32.add local.tee 622 i32.const 1 i32.add local.tee 623 i32.const 1 i32.add local.tee 624 i32.const 1 i32.add local.tee 625
    i32.const 1 i32.add local.tee 626 i32.const 1 i32.add local.tee 627 i32.const 1 i32.add local.tee 628 i32.const 1 i32.add local.tee 629 i32.const 1 i32.add local.tee 630
    i32.const 1 i32.add local.tee 631 i32.const 1 i32.add local.tee 632 i32.const 1 i32.add local.tee 633 i32.const 1 i32.add local.tee 634 i32.const 1 i32.add local.tee 635
    i32.const 1 i32.add local.tee 636 i32.const 1 i32.add local.tee 637 i32.const 1 i32.add local.tee 638 i32.const 1 i32.add local.tee 639 i32.const 1 i32.add local.tee 640
    i32.const 1 i32.add local.tee 641 i32.const 1 i32.add local.tee 642 i32.const 1 i32.add local.tee 643 i32.const 1 i32.add local.tee 644 i32.const 1 i32.add local.tee 645
    i32.const 1 i32.add local.tee 646 i32.const 1 i32.add local.tee 647 i32.const 1 i32.add local.tee 648 i32.const 1 i32.add local.tee 649 i32.const 1 i32.add local.tee 650
    i32.const 1 i32.add local.tee 651 i32.const 1 i32.add local.tee 652 i32.const 1 i32.add local.tee 653 i32.const 1 i32.add local.tee 654 i32.const 1 i32.add local.tee 655
    i32.const 1 i32.add local.tee 656 i32.const 1 i32.add local.tee 657 i32.const 1 i32.add local.tee 658 i32.const 1 i32.add local.tee 659 i32.const 1 i32.add local.tee 660
    i32.const 1 i32.add local.tee 661 i32.const 1 i32.add local.tee 662 i32.const 1 i32.add local.tee 663 i32.const 1 i32.add local.tee 664 i32.const 1 i32.add local.tee 665
    i32.const 1 i32.add local.tee 666 i32.const 1 i32.add local.tee 667 i32.const 1 i32.add local.tee 668 i32.const 1 i32.add local.tee 669 i32.const 1 i32.add local.tee 670
    i32.const 1 i32.add local.tee 671 i32.const 1 i32.add local.tee 672 i32.const 1 i32.add local.tee 673 i32.const 1 i32.add local.tee 674 i32.const 1 i32.add local.tee 675
    i32.const 1 i32.add local.tee 676 i32.const 1 i32.add local.tee 677 i32.const 1 i32.add local.tee 678 i32.const 1 i32.add local.tee 679 i32.const 1 i32.add local.tee 680
    i32.const 1 i32.add local.tee 681 i32.const 1 i32.add local.tee 682 i32.const 1 i32.add local.tee 683 i32.const 1 i32.add local.tee 684 i32.const 1 i32.add local.tee 685
    i32.const 1 i32.add local.tee 686 i32.const 1 i32.add local.tee 687 i32.const 1 i32.add local.tee 688 i32.const 1 i32.add local.tee 689 i32.const 1 i32.add local.tee 690
    i32.const 1 i32.add local.tee 691 i32.const 1 i32.add local.tee 692 i32.const 1 i32.add local.tee 693 i32.const 1 i32.add local.tee 694 i32.const 1 i32.add local.tee 695
    i32.const 1 i32.add local.tee 696 i32.const 1 i32.add local.tee 697 i32.const 1 i32.add local.tee 698 i32.const 1 i32.add local.tee 699 i32.const 1 i32.add local.tee 700
    i32.const 1 i32.add local.tee 701 i32.const 1 i32.add local.tee 702 i32.const 1 i32.add local.tee 703 i32.const 1 i32.add local.tee 704 i32.const 1 i32.add local.tee 705
    i32.const 1 i32.add local.tee 706 i32.const 1 i32.add local.tee 707 i32.const 1 i32.add local.tee 708 i32.const 1 i32.add local.tee 709 i32.const 1 i32.add local.tee 710
    i32.const 1 i32.add local.tee 711 i32.const 1 i32.add local.tee 712 i32.const 1 i32.add local.tee 713 i32.const 1 i32.add local.tee 714 i32.const 1 i32.add local.tee 715
    i32.const 1 i32.add local.tee 716 i32.const 1 i32.add local.tee 717 i32.const 1 i32.add local.tee 718 i32.const 1 i32.add local.tee 719 i32.const 1 i32.add local.tee 720
    i32.const 1 i32.add local.tee 721 i32.const 1 i32.add local.tee 722 i32.const 1 i32.add local.tee 723 i32.const 1 i32.add local.tee 724 i32.const 1 i32.add local.tee 725
    i32.const 1 i32.add local.tee 726 i32.const 1 i32.add local.tee 727 i32.const 1 i32.add local.tee 728 i32.const 1 i32.add local.tee 729 i32.const 1 i32.add local.tee 730
    i32.const 1 i32.add local.tee 731 i32.const 1 i32.add local.tee 732 i32.const 1 i32.add local.tee 733 i32.const 1 i32.add local.tee 734 i32.const 1 i32.add local.tee 735
    i32.const 1 i32.add local.tee 736 i32.const 1 i32.add local.tee 737 i32.const 1 i32.add local.tee 738 i32.const 1 i32.add local.tee 739 i32.const 1 i32.add local.tee 740
    i32.const 1 i32.add local.tee 741 i32.const 1 i32.add local.tee 742 i32.const 1 i32.add local.tee 743 i32.const 1 i32.add local.tee 744 i32.const 1 i32.add local.tee 745
    i32.const 1 i32.add local.tee 746 i32.const 1 i32.add local.tee 747 i32.const 1 i32.add local.tee 748 i32.const 1 i32.add local.tee 749 i32.const 1 i32.add local.tee 750
    i32.const 1 i32.add local.tee 751 i32.const 1 i32.add local.tee 752 i32.const 1 i32.add local.tee 753 i32.const 1 i32.add local.tee 754 i32.const 1 i32.add local.tee 755
    i32.const 1 i32.add local.tee 756 i32.const 1 i32.add local.tee 757 i32.const 1 i32.add local.tee 758 i32.const 1 i32.add local.tee 759 i32.const 1 i32.add local.tee 760
    i32.const 1 i32.add local.tee 761 i32.const 1 i32.add local.tee 762 i32.const 1 i32.add local.tee 763 i32.const 1 i32.add local.tee 764 i32.const 1 i32.add local.tee 765
    i32.const 1 i32.add local.tee 766 i32.const 1 i32.add local.tee 767 i32.const 1 i32.add local.tee 768 i32.const 1 i32.add local.tee 769 i32.const 1 i32.add local.tee 770
    i32.const 1 i32.add local.tee 771 i32.const 1 i32.add local.tee 772 i32.const 1 i32.add local.tee 773 i32.const 1 i32.add local.tee 774 i32.const 1 i32.add local.tee 775
    i32.const 1 i32.add local.tee 776 i32.const 1 i32.add local.tee 777 i32.const 1 i32.add local.tee 778 i32.const 1 i32.add local.tee 779 i32.const 1 i32.add local.tee 780
    i32.const 1 i32.add local.tee 781 i32.const 1 i32.add local.tee 782 i32.const 1 i32.add local.tee 783 i32.const 1 i32.add local.tee 784 i32.const 1 i32.add local.tee 785
    i32.const 1 i32.add local.tee 786 i32.const 1 i32.add local.tee 787 i32.const 1 i32.add local.tee 788 i32.const 1 i32.add local.tee 789 i32.const 1 i32.add local.tee 790
    i32.const 1 i32.add local.tee 791 i32.const 1 i32.add local.tee 792 i32.const 1 i32.add local.tee 793 i32.const 1 i32.add local.tee 794 i32.const 1 i32.add local.tee 795
    i32.const 1 i32.add local.tee 796 i32.const 1 i32.add local.tee 797 i32.const 1 i32.add local.tee 798 i32.const 1 i32.add local.tee 799 i32.const 1 i32.add local.tee 800
    i32.const 1 i32.add local.tee 801 i32.const 1 i32.add local.tee 802 i32.const 1 i32.add local.tee 803 i32.const 1 i32.add local.tee 804 i32.const 1 i32.add local.tee 805
    i32.const 1 i32.add local.tee 806 i32.const 1 i32.add local.tee 807 i32.const 1 i32.add local.tee 808 i32.const 1 i32.add local.tee 809 i32.const 1 i32.add local.tee 810
    i32.const 1 i32.add local.tee 811 i32.const 1 i32.add local.tee 812 i32.const 1 i32.add local.tee 813 i32.const 1 i32.add local.tee 814 i32.const 1 i32.add local.tee 815
    i32.const 1 i32.add local.tee 816 i32.const 1 i32.add local.tee 817 i32.const 1 i32.add local.tee 818 i32.const 1 i32.add local.tee 819 i32.const 1 i32.add local.tee 820
    i32.const 1 i32.add local.tee 821 i32.const 1 i32.add local.tee 822 i32.const 1 i32.add local.tee 823 i32.const 1 i32.add local.tee 824 i32.const 1 i32.add local.tee 825
    i32.const 1 i32.add local.tee 826 i32.const 1 i32.add local.tee 827 i32.const 1 i32.add local.tee 828 i32.const 1 i32.add local.tee 829 i32.const 1 i32.add local.tee 830
    i32.const 1 i32.add local.tee 831 i32.const 1 i32.add local.tee 832 i32.const 1 i32.add local.tee 833 i32.const 1 i32.add local.tee 834 i32.const 1 i32.add local.tee 835
    i32.const 1 i32.add local.tee 836 i32.const 1 i32.add local.tee 837 i32.const 1 i32.add local.tee 838 i32.const 1 i32.add local.tee 839 i32.const 1 i32.add local.tee 840
    i32.const 1 i32.add local.tee 841 i32.const 1 i32.add local.tee 842 i32.const 1 i32.add local.tee 843 i32.const 1 i32.add local.tee 844 i32.const 1 i32.add local.tee 845
    i32.const 1 i32.add local.tee 846 i32.const 1 i32.add local.tee 847 i32.const 1 i32.add local.tee 848 i32.const 1 i32.add local.tee 849 i32.const 1 i32.add local.tee 850
    i32.const 1 i32.add local.tee 851 i32.const 1 i32.add local.tee 852 i32.const 1 i32.add local.tee 853 i32.const 1 i32.add local.tee 854 i32.const 1 i32.add local.tee 855
    i32.const 1 i32.add local.tee 856 i32.const 1 i32.add local.tee 857 i32.const 1 i32.add local.tee 858 i32.const 1 i32.add local.tee 859 i32.const 1 i32.add local.tee 860
    i32.const 1 i32.add local.tee 861 i32.const 1 i32.add local.tee 862 i32.const 1 i32.add local.tee 863 i32.const 1 i32.add local.tee 864 i32.const 1 i32.add local.tee 865
    i32.const 1 i32.add local.tee 866 i32.const 1 i32.add local.tee 867 i32.const 1 i32.add local.tee 868 i32.const 1 i32.add local.tee 869 i32.const 1 i32.add local.tee 870
    i32.const 1 i32.add local.tee 871 i32.const 1 i32.add local.tee 872 i32.const 1 i32.add local.tee 873 i32.const 1 i32.add local.tee 874 i32.const 1 i32.add local.tee 875
    i32.const 1 i32.add local.tee 876 i32.const 1 i32.add local.tee 877 i32.const 1 i32.add local.tee 878 i32.const 1 i32.add local.tee 879 i32.const 1 i32.add local.tee 880
    i32.const 1 i32.add local.tee 881 i32.const 1 i32.add local.tee 882 i32.const 1 i32.add local.tee 883 i32.const 1 i32.add local.tee 884 i32.const 1 i32.add local.tee 885
    i32.const 1 i32.add local.tee 886 i32.const 1 i32.add local.tee 887 i32.const 1 i32.add local.tee 888 i32.const 1 i32.add local.tee 889 i32.const 1 i32.add local.tee 890
    i32.const 1 i32.add local.tee 891 i32.const 1 i32.add local.tee 892 i32.const 1 i32.add local.tee 893 i32.const 1 i32.add local.tee 894 i32.const 1 i32.add local.tee 895
    i32.const 1 i32.add local.tee 896 i32.const 1 i32.add local.tee 897 i32.const 1 i32.add local.tee 898 i32.const 1 i32.add local.tee 899 i32.const 1 i32.add local.tee 900
    i32.const 1 i32.add local.tee 901 i32.const 1 i32.add local.tee 902 i32.const 1 i32.add local.tee 903 i32.const 1 i32.add local.tee 904 i32.const 1 i32.add local.tee 905
    i32.const 1 i32.add local.tee 906 i32.const 1 i32.add local.tee 907 i32.const 1 i32.add local.tee 908 i32.const 1 i32.add local.tee 909 i32.const 1 i32.add local.tee 910
    i32.const 1 i32.add local.tee 911 i32.const 1 i32.add local.tee 912 i32.const 1 i32.add local.tee 913 i32.const 1 i32.add local.tee 914 i32.const 1 i32.add local.tee 915
    i32.const 1 i32.add local.tee 916 i32.const 1 i32.add local.tee 917 i32.const 1 i32.add local.tee 918 i32.const 1 i32.add local.tee 919 i32.const 1 i32.add local.tee 920
    i32.const 1 i32.add local.tee 921 i32.const 1 i32.add local.tee 922 i32.const 1 i32.add local.tee 923 i32.const 1 i32.add local.tee 924 i32.const 1 i32.add local.tee 925
    i32.const 1 i32.add local.tee 926 i32.const 1 i32.add local.tee 927 i32.const 1 i32.add local.tee 928 i32.const 1 i32.add local.tee 929 i32.const 1 i32.add local.tee 930
    i32.const 1 i32.add local.tee 931 i32.const 1 i32.add local.tee 932 i32.const 1 i32.add local.tee 933 i32.const 1 i32.add local.tee 934 i32.const 1 i32.add local.tee 935
    i32.const 1 i32.add local.tee 936 i32.const 1 i32.add local.tee 937 i32.const 1 i32.add local.tee 938 i32.const 1 i32.add local.tee 939 i32.const 1 i32.add local.tee 940
    i32.const 1 i32.add local.tee 941 i32.const 1 i32.add local.tee 942 i32.const 1 i32.add local.tee 943 i32.const 1 i32.add local.tee 944 i32.const 1 i32.add local.tee 945
    i32.const 1 i32.add local.tee 946 i32.const 1 i32.add local.tee 947 i32.const 1 i32.add local.tee 948 i32.const 1 i32.add local.tee 949 i32.const 1 i32.add local.tee 950
    i32.const 1 i32.add local.tee 951 i32.const 1 i32.add local.tee 952 i32.const 1 i32.add local.tee 953 i32.const 1 i32.add local.tee 954 i32.const 1 i32.add local.tee 955
    i32.const 1 i32.add local.tee 956 i32.const 1 i32.add local.tee 957 i32.const 1 i32.add local.tee 958 i32.const 1 i32.add local.tee 959 i32.const 1 i32.add local.tee 960
    i32.const 1 i32.add local.tee 961 i32.const 1 i32.add local.tee 962 i32.const 1 i32.add local.tee 963 i32.const 1 i32.add local.tee 964 i32.const 1 i32.add local.tee 965
    i32.const 1 i32.add local.tee 966 i32.const 1 i32.add local.tee 967 i32.const 1 i32.add local.tee 968 i32.const 1 i32.add local.tee 969 i32.const 1 i32.add local.tee 970
    i32.const 1 i32.add local.tee 971 i32.const 1 i32.add local.tee 972 i32.const 1 i32.add local.tee 973 i32.const 1 i32.add local.tee 974 i32.const 1 i32.add local.tee 975
    i32.const 1 i32.add local.tee 976 i32.const 1 i32.add local.tee 977 i32.const 1 i32.add local.tee 978 i32.const 1 i32.add local.tee 979 i32.const 1 i32.add local.tee 980
    i32.const 1 i32.add local.tee 981 i32.const 1 i32.add local.tee 982 i32.const 1 i32.add local.tee 983 i32.const 1 i32.add local.tee 984 i32.const 1 i32.add local.tee 985
    i32.const 1 i32.add local.tee 986 i32.const 1 i32.add local.tee 987 i32.const 1 i32.add local.tee 988 i32.const 1 i32.add local.tee 989 i32.const 1 i32.add local.tee 990
    i32.const 1 i32.add local.tee 991 i32.const 1 i32.add local.tee 992 i32.const 1 i32.add local.tee 993 i32.const 1 i32.add local.tee 994 i32.const 1 i32.add local.tee 995
    i32.const 1 i32.add local.tee 996 i32.const 1 i32.add local.tee 997 i32.const 1 i32.add local.tee 998 i32.const 1 i32.add local.tee 999 i32.const 1 i32.add local.tee 1000
    i32.const 1 i32.add local.tee 1001 i32.const 1 i32.add local.tee 1002 i32.const 1 i32.add local.tee 1003 i32.const 1 i32.add local.tee 1004 i32.const 1 i32.add local.tee 1005
    i32.const 1 i32.add local.tee 1006 i32.const 1 i32.add local.tee 1007 i32.const 1 i32.add local.tee 1008 i32.const 1 i32.add local.tee 1009 i32.const 1 i32.add local.tee 1010
    i32.const 1 i32.add local.tee 1011 i32.const 1 i32.add local.tee 1012 i32.const 1 i32.add local.tee 1013 i32.const 1 i32.add local.tee 1014 i32.const 1 i32.add local.tee 1015
    i32.const 1 i32.add local.tee 1016 i32.const 1 i32.add local.tee 1017 i32.const 1 i32.add local.tee 1018 i32.const 1 i32.add local.tee 1019 i32.const 1 i32.add local.tee 1020
    i32.const 1 i32.add local.tee 1021 i32.const 1 i32.add local.tee 1022 i32.const 1 i32.add local.tee 1023 i32.const 1 i32.add local.tee 1024 i32.const 1 i32.add local.tee 1025
    i32.const 1 i32.add local.tee 1026 i32.const 1 i32.add local.tee 1027 i32.const 1 i32.add local.tee 1028 i32.const 1 i32.add local.tee 1029 i32.const 1 i32.add local.tee 1030
    i32.const 1 i32.add local.tee 1031 i32.const 1 i32.add local.tee 1032 i32.const 1 i32.add local.tee 1033 i32.const 1 i32.add local.tee 1034 i32.const 1 i32.add local.tee 1035
    i32.const 1 i32.add local.tee 1036 i32.const 1 i32.add local.tee 1037 i32.const 1 i32.add local.tee 1038 i32.const 1 i32.add local.tee 1039 i32.const 1 i32.add local.tee 1040
    i32.const 1 i32.add local.tee 1041 i32.const 1 i32.add local.tee 1042 i32.const 1 i32.add local.tee 1043 i32.const 1 i32.add local.tee 1044 i32.const 1 i32.add local.tee 1045
    i32.const 1 i32.add local.tee 1046 i32.const 1 i32.add local.tee 1047 i32.const 1 i32.add local.tee 1048 i32.const 1 i32.add local.tee 1049 i32.const 1 i32.add local.tee 1050
    i32.const 1 i32.add local.tee 1051 i32.const 1 i32.add local.tee 1052 i32.const 1 i32.add local.tee 1053 i32.const 1 i32.add local.tee 1054 i32.const 1 i32.add local.tee 1055
    i32.const 1 i32.add local.tee 1056 i32.const 1 i32.add local.tee 1057 i32.const 1 i32.add local.tee 1058 i32.const 1 i32.add local.tee 1059 i32.const 1 i32.add local.tee 1060
    i32.const 1 i32.add local.tee 1061 i32.const 1 i32.add local.tee 1062 i32.const 1 i32.add local.tee 1063 i32.const 1 i32.add local.tee 1064 i32.const 1 i32.add local.tee 1065
    i32.const 1 i32.add local.tee 1066 i32.const 1 i32.add local.tee 1067 i32.const 1 i32.add local.tee 1068 i32.const 1 i32.add local.tee 1069 i32.const 1 i32.add local.tee 1070
    i32.const 1 i32.add local.tee 1071 i32.const 1 i32.add local.tee 1072 i32.const 1 i32.add local.tee 1073 i32.const 1 i32.add local.tee 1074 i32.const 1 i32.add local.tee 1075
    i32.const 1 i32.add local.tee 1076 i32.const 1 i32.add local.tee 1077 i32.const 1 i32.add local.tee 1078 i32.const 1 i32.add local.tee 1079 i32.const 1 i32.add local.tee 1080
    i32.const 1 i32.add local.tee 1081 i32.const 1 i32.add local.tee 1082 i32.const 1 i32.add local.tee 1083 i32.const 1 i32.add local.tee 1084 i32.const 1 i32.add local.tee 1085
    i32.const 1 i32.add local.tee 1086 i32.const 1 i32.add local.tee 1087 i32.const 1 i32.add local.tee 1088 i32.const 1 i32.add local.tee 1089 i32.const 1 i32.add local.tee 1090
    i32.const 1 i32.add local.tee 1091 i32.const 1 i32.add local.tee 1092 i32.const 1 i32.add local.tee 1093 i32.const 1 i32.add local.tee 1094 i32.const 1 i32.add local.tee 1095
    i32.const 1 i32.add local.tee 1096 i32.const 1 i32.add local.tee 1097 i32.const 1 i32.add local.tee 1098 i32.const 1 i32.add local.tee 1099 i32.const 1 i32.add local.tee 1100
    i32.const 1 i32.add local.tee 1101 i32.const 1 i32.add local.tee 1102 i32.const 1 i32.add local.tee 1103 i32.const 1 i32.add local.tee 1104 i32.const 1 i32.add local.tee 1105
    i32.const 1 i32.add local.tee 1106 i32.const 1 i32.add local.tee 1107 i32.const 1 i32.add local.tee 1108 i32.const 1 i32.add local.tee 1109 i32.const 1 i32.add local.tee 1110
    i32.const 1 i32.add local.tee 1111 i32.const 1 i32.add local.tee 1112 i32.const 1 i32.add local.tee 1113 i32.const 1 i32.add local.tee 1114 i32.const 1 i32.add local.tee 1115
    i32.const 1 i32.add local.tee 1116 i32.const 1 i32.add local.tee 1117 i32.const 1 i32.add local.tee 1118 i32.const 1 i32.add local.tee 1119 i32.const 1 i32.add local.tee 1120
    i32.const 1 i32.add local.tee 1121 i32.const 1 i32.add local.tee 1122 i32.const 1 i32.add local.tee 1123 i32.const 1 i32.add local.tee 1124 i32.const 1 i32.add local.tee 1125
    i32.const 1 i32.add local.tee 1126 i32.const 1 i32.add local.tee 1127 i32.const 1 i32.add local.tee 1128 i32.const 1 i32.add local.tee 1129 i32.const 1 i32.add local.tee 1130
    i32.const 1 i32.add local.tee 1131 i32.const 1 i32.add local.tee 1132 i32.const 1 i32.add local.tee 1133 i32.const 1 i32.add local.tee 1134 i32.const 1 i32.add local.tee 1135
    i32.const 1 i32.add local.tee 1136 i32.const 1 i32.add local.tee 1137 i32.const 1 i32.add local.tee 1138 i32.const 1 i32.add local.tee 1139 i32.const 1 i32.add local.tee 1140
    i32.const 1 i32.add local.tee 1141 i32.const 1 i32.add local.tee 1142 i32.const 1 i32.add local.tee 1143 i32.const 1 i32.add local.tee 1144 i32.const 1 i32.add local.tee 1145
    i32.const 1 i32.add local.tee 1146 i32.const 1 i32.add local.tee 1147 i32.const 1 i32.add local.tee 1148 i32.const 1 i32.add local.tee 1149 i32.const 1 i32.add local.tee 1150
    i32.const 1 i32.add local.tee 1151 i32.const 1 i32.add local.tee 1152 i32.const 1 i32.add local.tee 1153 i32.const 1 i32.add local.tee 1154 i32.const 1 i32.add local.tee 1155
    i32.const 1 i32.add local.tee 1156 i32.const 1 i32.add local.tee 1157 i32.const 1 i32.add local.tee 1158 i32.const 1 i32.add local.tee 1159 i32.const 1 i32.add local.tee 1160
    i32.const 1 i32.add local.tee 1161 i32.const 1 i32.add local.tee 1162 i32.const 1 i32.add local.tee 1163 i32.const 1 i32.add local.tee 1164 i32.const 1 i32.add local.tee 1165
    i32.const 1 i32.add local.tee 1166 i32.const 1 i32.add local.tee 1167 i32.const 1 i32.add local.tee 1168 i32.const 1 i32.add local.tee 1169 i32.const 1 i32.add local.tee 1170
    i32.const 1 i32.add local.tee 1171 i32.const 1 i32.add local.tee 1172 i32.const 1 i32.add local.tee 1173 i32.const 1 i32.add local.tee 1174 i32.const 1 i32.add local.tee 1175
    i32.const 1 i32.add local.tee 1176 i32.const 1 i32.add local.tee 1177 i32.const 1 i32.add local.tee 1178 i32.const 1 i32.add local.tee 1179 i32.const 1 i32.add local.tee 1180
    i32.const 1 i32.add local.tee 1181 i32.const 1 i32.add local.tee 1182 i32.const 1 i32.add local.tee 1183 i32.const 1 i32.add local.tee 1184 i32.const 1 i32.add local.tee 1185
    i32.const 1 i32.add local.tee 1186 i32.const 1 i32.add local.tee 1187 i32.const 1 i32.add local.tee 1188 i32.const 1 i32.add local.tee 1189 i32.const 1 i32.add local.tee 1190
    i32.const 1 i32.add local.tee 1191 i32.const 1 i32.add local.tee 1192 i32.const 1 i32.add local.tee 1193 i32.const 1 i32.add local.tee 1194 i32.const 1 i32.add local.tee 1195
    i32.const 1 i32.add local.tee 1196 i32.const 1 i32.add local.tee 1197 i32.const 1 i32.add local.tee 1198 i32.const 1 i32.add local.tee 1199 i32.const 1 i32.add local.tee 1200
    i64.extend_i32_s
    i64.const 1 i64.add local.tee 1201 i64.const 1 i64.add local.tee 1202 i64.const 1 i64.add local.tee 1203 i64.const 1 i64.add local.tee 1204 i64.const 1 i64.add local.tee 1205
    i64.const 1 i64.add local.tee 1206 i64.const 1 i64.add local.tee 1207 i64.const 1 i64.add local.tee 1208 i64.const 1 i64.add local.tee 1209 i64.const 1 i64.add local.tee 1210
    i64.const 1 i64.add local.tee 1211 i64.const 1 i64.add local.tee 1212 i64.const 1 i64.add local.tee 1213 i64.const 1 i64.add local.tee 1214 i64.const 1 i64.add local.tee 1215
    i64.const 1 i64.add local.tee 1216 i64.const 1 i64.add local.tee 1217 i64.const 1 i64.add local.tee 1218 i64.const 1 i64.add local.tee 1219 i64.const 1 i64.add local.tee 1220
    i64.const 1 i64.add local.tee 1221 i64.const 1 i64.add local.tee 1222 i64.const 1 i64.add local.tee 1223 i64.const 1 i64.add local.tee 1224 i64.const 1 i64.add local.tee 1225
    i64.const 1 i64.add local.tee 1226 i64.const 1 i64.add local.tee 1227 i64.const 1 i64.add local.tee 1228 i64.const 1 i64.add local.tee 1229 i64.const 1 i64.add local.tee 1230
    i64.const 1 i64.add local.tee 1231 i64.const 1 i64.add local.tee 1232 i64.const 1 i64.add local.tee 1233 i64.const 1 i64.add local.tee 1234 i64.const 1 i64.add local.tee 1235
    i64.const 1 i64.add local.tee 1236 i64.const 1 i64.add local.tee 1237 i64.const 1 i64.add local.tee 1238 i64.const 1 i64.add local.tee 1239 i64.const 1 i64.add local.tee 1240
    i64.const 1 i64.add local.tee 1241 i64.const 1 i64.add local.tee 1242 i64.const 1 i64.add local.tee 1243 i64.const 1 i64.add local.tee 1244 i64.const 1 i64.add local.tee 1245
    i64.const 1 i64.add local.tee 1246 i64.const 1 i64.add local.tee 1247 i64.const 1 i64.add local.tee 1248 i64.const 1 i64.add local.tee 1249 i64.const 1 i64.add local.tee 1250
    i64.const 1 i64.add local.tee 1251 i64.const 1 i64.add local.tee 1252 i64.const 1 i64.add local.tee 1253 i64.const 1 i64.add local.tee 1254 i64.const 1 i64.add local.tee 1255
    i64.const 1 i64.add local.tee 1256 i64.const 1 i64.add local.tee 1257 i64.const 1 i64.add local.tee 1258 i64.const 1 i64.add local.tee 1259 i64.const 1 i64.add local.tee 1260
    i64.const 1 i64.add local.tee 1261 i64.const 1 i64.add local.tee 1262 i64.const 1 i64.add local.tee 1263 i64.const 1 i64.add local.tee 1264 i64.const 1 i64.add local.tee 1265
    i64.const 1 i64.add local.tee 1266 i64.const 1 i64.add local.tee 1267 i64.const 1 i64.add local.tee 1268 i64.const 1 i64.add local.tee 1269 i64.const 1 i64.add local.tee 1270
    i64.const 1 i64.add local.tee 1271 i64.const 1 i64.add local.tee 1272 i64.const 1 i64.add local.tee 1273 i64.const 1 i64.add local.tee 1274 i64.const 1 i64.add local.tee 1275
    i64.const 1 i64.add local.tee 1276 i64.const 1 i64.add local.tee 1277 i64.const 1 i64.add local.tee 1278 i64.const 1 i64.add local.tee 1279 i64.const 1 i64.add local.tee 1280
    i64.const 1 i64.add local.tee 1281 i64.const 1 i64.add local.tee 1282 i64.const 1 i64.add local.tee 1283 i64.const 1 i64.add local.tee 1284 i64.const 1 i64.add local.tee 1285
    i64.const 1 i64.add local.tee 1286 i64.const 1 i64.add local.tee 1287 i64.const 1 i64.add local.tee 1288 i64.const 1 i64.add local.tee 1289 i64.const 1 i64.add local.tee 1290
    i64.const 1 i64.add local.tee 1291 i64.const 1 i64.add local.tee 1292 i64.const 1 i64.add local.tee 1293 i64.const 1 i64.add local.tee 1294 i64.const 1 i64.add local.tee 1295
    i64.const 1 i64.add local.tee 1296 i64.const 1 i64.add local.tee 1297 i64.const 1 i64.add local.tee 1298 i64.const 1 i64.add local.tee 1299 i64.const 1 i64.add local.tee 1300
    i64.const 1 i64.add local.tee 1301 i64.const 1 i64.add local.tee 1302 i64.const 1 i64.add local.tee 1303 i64.const 1 i64.add local.tee 1304 i64.const 1 i64.add local.tee 1305
    i64.const 1 i64.add local.tee 1306 i64.const 1 i64.add local.tee 1307 i64.const 1 i64.add local.tee 1308 i64.const 1 i64.add local.tee 1309 i64.const 1 i64.add local.tee 1310
    i64.const 1 i64.add local.tee 1311 i64.const 1 i64.add local.tee 1312 i64.const 1 i64.add local.tee 1313 i64.const 1 i64.add local.tee 1314 i64.const 1 i64.add local.tee 1315
    i64.const 1 i64.add local.tee 1316 i64.const 1 i64.add local.tee 1317 i64.const 1 i64.add local.tee 1318 i64.const 1 i64.add local.tee 1319 i64.const 1 i64.add local.tee 1320
    i64.const 1 i64.add local.tee 1321 i64.const 1 i64.add local.tee 1322 i64.const 1 i64.add local.tee 1323 i64.const 1 i64.add local.tee 1324 i64.const 1 i64.add local.tee 1325
    i64.const 1 i64.add local.tee 1326 i64.const 1 i64.add local.tee 1327 i64.const 1 i64.add local.tee 1328 i64.const 1 i64.add local.tee 1329 i64.const 1 i64.add local.tee 1330
    i64.const 1 i64.add local.tee 1331 i64.const 1 i64.add local.tee 1332 i64.const 1 i64.add local.tee 1333 i64.const 1 i64.add local.tee 1334 i64.const 1 i64.add local.tee 1335
    i64.const 1 i64.add local.tee 1336 i64.const 1 i64.add local.tee 1337 i64.const 1 i64.add local.tee 1338 i64.const 1 i64.add local.tee 1339 i64.const 1 i64.add local.tee 1340
    i64.const 1 i64.add local.tee 1341 i64.const 1 i64.add local.tee 1342 i64.const 1 i64.add local.tee 1343 i64.const 1 i64.add local.tee 1344 i64.const 1 i64.add local.tee 1345
    i64.const 1 i64.add local.tee 1346 i64.const 1 i64.add local.tee 1347 i64.const 1 i64.add local.tee 1348 i64.const 1 i64.add local.tee 1349 i64.const 1 i64.add local.tee 1350
    i64.const 1 i64.add local.tee 1351 i64.const 1 i64.add local.tee 1352 i64.const 1 i64.add local.tee 1353 i64.const 1 i64.add local.tee 1354 i64.const 1 i64.add local.tee 1355
    i64.const 1 i64.add local.tee 1356 i64.const 1 i64.add local.tee 1357 i64.const 1 i64.add local.tee 1358 i64.const 1 i64.add local.tee 1359 i64.const 1 i64.add local.tee 1360
    i64.const 1 i64.add local.tee 1361 i64.const 1 i64.add local.tee 1362 i64.const 1 i64.add local.tee 1363 i64.const 1 i64.add local.tee 1364 i64.const 1 i64.add local.tee 1365
    i64.const 1 i64.add local.tee 1366 i64.const 1 i64.add local.tee 1367 i64.const 1 i64.add local.tee 1368 i64.const 1 i64.add local.tee 1369 i64.const 1 i64.add local.tee 1370
    i64.const 1 i64.add local.tee 1371 i64.const 1 i64.add local.tee 1372 i64.const 1 i64.add local.tee 1373 i64.const 1 i64.add local.tee 1374 i64.const 1 i64.add local.tee 1375
    i64.const 1 i64.add local.tee 1376 i64.const 1 i64.add local.tee 1377 i64.const 1 i64.add local.tee 1378 i64.const 1 i64.add local.tee 1379 i64.const 1 i64.add local.tee 1380
    i64.const 1 i64.add local.tee 1381 i64.const 1 i64.add local.tee 1382 i64.const 1 i64.add local.tee 1383 i64.const 1 i64.add local.tee 1384 i64.const 1 i64.add local.tee 1385
    i64.const 1 i64.add local.tee 1386 i64.const 1 i64.add local.tee 1387 i64.const 1 i64.add local.tee 1388 i64.const 1 i64.add local.tee 1389 i64.const 1 i64.add local.tee 1390
    i64.const 1 i64.add local.tee 1391 i64.const 1 i64.add local.tee 1392 i64.const 1 i64.add local.tee 1393 i64.const 1 i64.add local.tee 1394 i64.const 1 i64.add local.tee 1395
    i64.const 1 i64.add local.tee 1396 i64.const 1 i64.add local.tee 1397 i64.const 1 i64.add local.tee 1398 i64.const 1 i64.add local.tee 1399 i64.const 1 i64.add local.tee 1400
    i64.const 1 i64.add local.tee 1401 i64.const 1 i64.add local.tee 1402 i64.const 1 i64.add local.tee 1403 i64.const 1 i64.add local.tee 1404 i64.const 1 i64.add local.tee 1405
    i64.const 1 i64.add local.tee 1406 i64.const 1 i64.add local.tee 1407 i64.const 1 i64.add local.tee 1408 i64.const 1 i64.add local.tee 1409 i64.const 1 i64.add local.tee 1410
    i64.const 1 i64.add local.tee 1411 i64.const 1 i64.add local.tee 1412 i64.const 1 i64.add local.tee 1413 i64.const 1 i64.add local.tee 1414 i64.const 1 i64.add local.tee 1415
    i64.const 1 i64.add local.tee 1416 i64.const 1 i64.add local.tee 1417 i64.const 1 i64.add local.tee 1418 i64.const 1 i64.add local.tee 1419 i64.const 1 i64.add local.tee 1420
    i64.const 1 i64.add local.tee 1421 i64.const 1 i64.add local.tee 1422 i64.const 1 i64.add local.tee 1423 i64.const 1 i64.add local.tee 1424 i64.const 1 i64.add local.tee 1425
    i64.const 1 i64.add local.tee 1426 i64.const 1 i64.add local.tee 1427 i64.const 1 i64.add local.tee 1428 i64.const 1 i64.add local.tee 1429 i64.const 1 i64.add local.tee 1430
    i64.const 1 i64.add local.tee 1431 i64.const 1 i64.add local.tee 1432 i64.const 1 i64.add local.tee 1433 i64.const 1 i64.add local.tee 1434 i64.const 1 i64.add local.tee 1435
    i64.const 1 i64.add local.tee 1436 i64.const 1 i64.add local.tee 1437 i64.const 1 i64.add local.tee 1438 i64.const 1 i64.add local.tee 1439 i64.const 1 i64.add local.tee 1440
    i64.const 1 i64.add local.tee 1441 i64.const 1 i64.add local.tee 1442 i64.const 1 i64.add local.tee 1443 i64.const 1 i64.add local.tee 1444 i64.const 1 i64.add local.tee 1445
    i64.const 1 i64.add local.tee 1446 i64.const 1 i64.add local.tee 1447 i64.const 1 i64.add local.tee 1448 i64.const 1 i64.add local.tee 1449 i64.const 1 i64.add local.tee 1450
    i64.const 1 i64.add local.tee 1451 i64.const 1 i64.add local.tee 1452 i64.const 1 i64.add local.tee 1453 i64.const 1 i64.add local.tee 1454 i64.const 1 i64.add local.tee 1455
    i64.const 1 i64.add local.tee 1456 i64.const 1 i64.add local.tee 1457 i64.const 1 i64.add local.tee 1458 i64.const 1 i64.add local.tee 1459 i64.const 1 i64.add local.tee 1460
    i64.const 1 i64.add local.tee 1461 i64.const 1 i64.add local.tee 1462 i64.const 1 i64.add local.tee 1463 i64.const 1 i64.add local.tee 1464 i64.const 1 i64.add local.tee 1465
    i64.const 1 i64.add local.tee 1466 i64.const 1 i64.add local.tee 1467 i64.const 1 i64.add local.tee 1468 i64.const 1 i64.add local.tee 1469 i64.const 1 i64.add local.tee 1470
    i64.const 1 i64.add local.tee 1471 i64.const 1 i64.add local.tee 1472 i64.const 1 i64.add local.tee 1473 i64.const 1 i64.add local.tee 1474 i64.const 1 i64.add local.tee 1475
    i64.const 1 i64.add local.tee 1476 i64.const 1 i64.add local.tee 1477 i64.const 1 i64.add local.tee 1478 i64.const 1 i64.add local.tee 1479 i64.const 1 i64.add local.tee 1480
    i64.const 1 i64.add local.tee 1481 i64.const 1 i64.add local.tee 1482 i64.const 1 i64.add local.tee 1483 i64.const 1 i64.add local.tee 1484 i64.const 1 i64.add local.tee 1485
    i64.const 1 i64.add local.tee 1486 i64.const 1 i64.add local.tee 1487 i64.const 1 i64.add local.tee 1488 i64.const 1 i64.add local.tee 1489 i64.const 1 i64.add local.tee 1490
    i64.const 1 i64.add local.tee 1491 i64.const 1 i64.add local.tee 1492 i64.const 1 i64.add local.tee 1493 i64.const 1 i64.add local.tee 1494 i64.const 1 i64.add local.tee 1495
    i64.const 1 i64.add local.tee 1496 i64.const 1 i64.add local.tee 1497 i64.const 1 i64.add local.tee 1498 i64.const 1 i64.add local.tee 1499 i64.const 1 i64.add local.tee 1500
    i64.const 1 i64.add local.tee 1501 i64.const 1 i64.add local.tee 1502 i64.const 1 i64.add local.tee 1503 i64.const 1 i64.add local.tee 1504 i64.const 1 i64.add local.tee 1505
    i64.const 1 i64.add local.tee 1506 i64.const 1 i64.add local.tee 1507 i64.const 1 i64.add local.tee 1508 i64.const 1 i64.add local.tee 1509 i64.const 1 i64.add local.tee 1510
    i64.const 1 i64.add local.tee 1511 i64.const 1 i64.add local.tee 1512 i64.const 1 i64.add local.tee 1513 i64.const 1 i64.add local.tee 1514 i64.const 1 i64.add local.tee 1515
    i64.const 1 i64.add local.tee 1516 i64.const 1 i64.add local.tee 1517 i64.const 1 i64.add local.tee 1518 i64.const 1 i64.add local.tee 1519 i64.const 1 i64.add local.tee 1520
    i64.const 1 i64.add local.tee 1521 i64.const 1 i64.add local.tee 1522 i64.const 1 i64.add local.tee 1523 i64.const 1 i64.add local.tee 1524 i64.const 1 i64.add local.tee 1525
    i64.const 1 i64.add local.tee 1526 i64.const 1 i64.add local.tee 1527 i64.const 1 i64.add local.tee 1528 i64.const 1 i64.add local.tee 1529 i64.const 1 i64.add local.tee 1530
    i64.const 1 i64.add local.tee 1531 i64.const 1 i64.add local.tee 1532 i64.const 1 i64.add local.tee 1533 i64.const 1 i64.add local.tee 1534 i64.const 1 i64.add local.tee 1535
    i64.const 1 i64.add local.tee 1536 i64.const 1 i64.add local.tee 1537 i64.const 1 i64.add local.tee 1538 i64.const 1 i64.add local.tee 1539 i64.const 1 i64.add local.tee 1540
    i64.const 1 i64.add local.tee 1541 i64.const 1 i64.add local.tee 1542 i64.const 1 i64.add local.tee 1543 i64.const 1 i64.add local.tee 1544 i64.const 1 i64.add local.tee 1545
    i64.const 1 i64.add local.tee 1546 i64.const 1 i64.add local.tee 1547 i64.const 1 i64.add local.tee 1548 i64.const 1 i64.add local.tee 1549 i64.const 1 i64.add local.tee 1550
    i64.const 1 i64.add local.tee 1551 i64.const 1 i64.add local.tee 1552 i64.const 1 i64.add local.tee 1553 i64.const 1 i64.add local.tee 1554 i64.const 1 i64.add local.tee 1555
    i64.const 1 i64.add local.tee 1556 i64.const 1 i64.add local.tee 1557 i64.const 1 i64.add local.tee 1558 i64.const 1 i64.add local.tee 1559 i64.const 1 i64.add local.tee 1560
    i64.const 1 i64.add local.tee 1561 i64.const 1 i64.add local.tee 1562 i64.const 1 i64.add local.tee 1563 i64.const 1 i64.add local.tee 1564 i64.const 1 i64.add local.tee 1565
    i64.const 1 i64.add local.tee 1566 i64.const 1 i64.add local.tee 1567 i64.const 1 i64.add local.tee 1568 i64.const 1 i64.add local.tee 1569 i64.const 1 i64.add local.tee 1570
    i64.const 1 i64.add local.tee 1571 i64.const 1 i64.add local.tee 1572 i64.const 1 i64.add local.tee 1573 i64.const 1 i64.add local.tee 1574 i64.const 1 i64.add local.tee 1575
    i64.const 1 i64.add local.tee 1576 i64.const 1 i64.add local.tee 1577 i64.const 1 i64.add local.tee 1578 i64.const 1 i64.add local.tee 1579 i64.const 1 i64.add local.tee 1580
    i64.const 1 i64.add local.tee 1581 i64.const 1 i64.add local.tee 1582 i64.const 1 i64.add local.tee 1583 i64.const 1 i64.add local.tee 1584 i64.const 1 i64.add local.tee 1585
    i64.const 1 i64.add local.tee 1586 i64.const 1 i64.add local.tee 1587 i64.const 1 i64.add local.tee 1588 i64.const 1 i64.add local.tee 1589 i64.const 1 i64.add local.tee 1590
    i64.const 1 i64.add local.tee 1591 i64.const 1 i64.add local.tee 1592 i64.const 1 i64.add local.tee 1593 i64.const 1 i64.add local.tee 1594 i64.const 1 i64.add local.tee 1595
    i64.const 1 i64.add local.tee 1596 i64.const 1 i64.add local.tee 1597 i64.const 1 i64.add local.tee 1598 i64.const 1 i64.add local.tee 1599 i64.const 1 i64.add local.tee 1600
    i64.const 1 i64.add local.tee 1601 i64.const 1 i64.add local.tee 1602 i64.const 1 i64.add local.tee 1603 i64.const 1 i64.add local.tee 1604 i64.const 1 i64.add local.tee 1605
    i64.const 1 i64.add local.tee 1606 i64.const 1 i64.add local.tee 1607 i64.const 1 i64.add local.tee 1608 i64.const 1 i64.add local.tee 1609 i64.const 1 i64.add local.tee 1610
    i64.const 1 i64.add local.tee 1611 i64.const 1 i64.add local.tee 1612 i64.const 1 i64.add local.tee 1613 i64.const 1 i64.add local.tee 1614 i64.const 1 i64.add local.tee 1615
    i64.const 1 i64.add local.tee 1616 i64.const 1 i64.add local.tee 1617 i64.const 1 i64.add local.tee 1618 i64.const 1 i64.add local.tee 1619 i64.const 1 i64.add local.tee 1620
    i64.const 1 i64.add local.tee 1621 i64.const 1 i64.add local.tee 1622 i64.const 1 i64.add local.tee 1623 i64.const 1 i64.add local.tee 1624 i64.const 1 i64.add local.tee 1625
    i64.const 1 i64.add local.tee 1626 i64.const 1 i64.add local.tee 1627 i64.const 1 i64.add local.tee 1628 i64.const 1 i64.add local.tee 1629 i64.const 1 i64.add local.tee 1630
    i64.const 1 i64.add local.tee 1631 i64.const 1 i64.add local.tee 1632 i64.const 1 i64.add local.tee 1633 i64.const 1 i64.add local.tee 1634 i64.const 1 i64.add local.tee 1635
    i64.const 1 i64.add local.tee 1636 i64.const 1 i64.add local.tee 1637 i64.const 1 i64.add local.tee 1638 i64.const 1 i64.add local.tee 1639 i64.const 1 i64.add local.tee 1640
    i64.const 1 i64.add local.tee 1641 i64.const 1 i64.add local.tee 1642 i64.const 1 i64.add local.tee 1643 i64.const 1 i64.add local.tee 1644 i64.const 1 i64.add local.tee 1645
    i64.const 1 i64.add local.tee 1646 i64.const 1 i64.add local.tee 1647 i64.const 1 i64.add local.tee 1648 i64.const 1 i64.add local.tee 1649 i64.const 1 i64.add local.tee 1650
    i64.const 1 i64.add local.tee 1651 i64.const 1 i64.add local.tee 1652 i64.const 1 i64.add local.tee 1653 i64.const 1 i64.add local.tee 1654 i64.const 1 i64.add local.tee 1655
    i64.const 1 i64.add local.tee 1656 i64.const 1 i64.add local.tee 1657 i64.const 1 i64.add local.tee 1658 i64.const 1 i64.add local.tee 1659 i64.const 1 i64.add local.tee 1660
    i64.const 1 i64.add local.tee 1661 i64.const 1 i64.add local.tee 1662 i64.const 1 i64.add local.tee 1663 i64.const 1 i64.add local.tee 1664 i64.const 1 i64.add local.tee 1665
    i64.const 1 i64.add local.tee 1666 i64.const 1 i64.add local.tee 1667 i64.const 1 i64.add local.tee 1668 i64.const 1 i64.add local.tee 1669 i64.const 1 i64.add local.tee 1670
    i64.const 1 i64.add local.tee 1671 i64.const 1 i64.add local.tee 1672 i64.const 1 i64.add local.tee 1673 i64.const 1 i64.add local.tee 1674 i64.const 1 i64.add local.tee 1675
    i64.const 1 i64.add local.tee 1676 i64.const 1 i64.add local.tee 1677 i64.const 1 i64.add local.tee 1678 i64.const 1 i64.add local.tee 1679 i64.const 1 i64.add local.tee 1680
    i64.const 1 i64.add local.tee 1681 i64.const 1 i64.add local.tee 1682 i64.const 1 i64.add local.tee 1683 i64.const 1 i64.add local.tee 1684 i64.const 1 i64.add local.tee 1685
    i64.const 1 i64.add local.tee 1686 i64.const 1 i64.add local.tee 1687 i64.const 1 i64.add local.tee 1688 i64.const 1 i64.add local.tee 1689 i64.const 1 i64.add local.tee 1690
    i64.const 1 i64.add local.tee 1691 i64.const 1 i64.add local.tee 1692 i64.const 1 i64.add local.tee 1693 i64.const 1 i64.add local.tee 1694 i64.const 1 i64.add local.tee 1695
    i64.const 1 i64.add local.tee 1696 i64.const 1 i64.add local.tee 1697 i64.const 1 i64.add local.tee 1698 i64.const 1 i64.add local.tee 1699 i64.const 1 i64.add local.tee 1700
    i64.const 1 i64.add local.tee 1701 i64.const 1 i64.add local.tee 1702 i64.const 1 i64.add local.tee 1703 i64.const 1 i64.add local.tee 1704 i64.const 1 i64.add local.tee 1705
    i64.const 1 i64.add local.tee 1706 i64.const 1 i64.add local.tee 1707 i64.const 1 i64.add local.tee 1708 i64.const 1 i64.add local.tee 1709 i64.const 1 i64.add local.tee 1710
    i64.const 1 i64.add local.tee 1711 i64.const 1 i64.add local.tee 1712 i64.const 1 i64.add local.tee 1713 i64.const 1 i64.add local.tee 1714 i64.const 1 i64.add local.tee 1715
    i64.const 1 i64.add local.tee 1716 i64.const 1 i64.add local.tee 1717 i64.const 1 i64.add local.tee 1718 i64.const 1 i64.add local.tee 1719 i64.const 1 i64.add local.tee 1720
    i64.const 1 i64.add local.tee 1721 i64.const 1 i64.add local.tee 1722 i64.const 1 i64.add local.tee 1723 i64.const 1 i64.add local.tee 1724 i64.const 1 i64.add local.tee 1725
    i64.const 1 i64.add local.tee 1726 i64.const 1 i64.add local.tee 1727 i64.const 1 i64.add local.tee 1728 i64.const 1 i64.add local.tee 1729 i64.const 1 i64.add local.tee 1730
    i64.const 1 i64.add local.tee 1731 i64.const 1 i64.add local.tee 1732 i64.const 1 i64.add local.tee 1733 i64.const 1 i64.add local.tee 1734 i64.const 1 i64.add local.tee 1735
    i64.const 1 i64.add local.tee 1736 i64.const 1 i64.add local.tee 1737 i64.const 1 i64.add local.tee 1738 i64.const 1 i64.add local.tee 1739 i64.const 1 i64.add local.tee 1740
    i64.const 1 i64.add local.tee 1741 i64.const 1 i64.add local.tee 1742 i64.const 1 i64.add local.tee 1743 i64.const 1 i64.add local.tee 1744 i64.const 1 i64.add local.tee 1745
    i64.const 1 i64.add local.tee 1746 i64.const 1 i64.add local.tee 1747 i64.const 1 i64.add local.tee 1748 i64.const 1 i64.add local.tee 1749 i64.const 1 i64.add local.tee 1750
    i64.const 1 i64.add local.tee 1751 i64.const 1 i64.add local.tee 1752 i64.const 1 i64.add local.tee 1753 i64.const 1 i64.add local.tee 1754 i64.const 1 i64.add local.tee 1755
    i64.const 1 i64.add local.tee 1756 i64.const 1 i64.add local.tee 1757 i64.const 1 i64.add local.tee 1758 i64.const 1 i64.add local.tee 1759 i64.const 1 i64.add local.tee 1760
    i64.const 1 i64.add local.tee 1761 i64.const 1 i64.add local.tee 1762 i64.const 1 i64.add local.tee 1763 i64.const 1 i64.add local.tee 1764 i64.const 1 i64.add local.tee 1765
    i64.const 1 i64.add local.tee 1766 i64.const 1 i64.add local.tee 1767 i64.const 1 i64.add local.tee 1768 i64.const 1 i64.add local.tee 1769 i64.const 1 i64.add local.tee 1770
    i64.const 1 i64.add local.tee 1771 i64.const 1 i64.add local.tee 1772 i64.const 1 i64.add local.tee 1773 i64.const 1 i64.add local.tee 1774 i64.const 1 i64.add local.tee 1775
    i64.const 1 i64.add local.tee 1776 i64.const 1 i64.add local.tee 1777 i64.const 1 i64.add local.tee 1778 i64.const 1 i64.add local.tee 1779 i64.const 1 i64.add local.tee 1780
    i64.const 1 i64.add local.tee 1781 i64.const 1 i64.add local.tee 1782 i64.const 1 i64.add local.tee 1783 i64.const 1 i64.add local.tee 1784 i64.const 1 i64.add local.tee 1785
    i64.const 1 i64.add local.tee 1786 i64.const 1 i64.add local.tee 1787 i64.const 1 i64.add local.tee 1788 i64.const 1 i64.add local.tee 1789 i64.const 1 i64.add local.tee 1790
    i64.const 1 i64.add local.tee 1791 i64.const 1 i64.add local.tee 1792 i64.const 1 i64.add local.tee 1793 i64.const 1 i64.add local.tee 1794 i64.const 1 i64.add local.tee 1795
    i64.const 1 i64.add local.tee 1796 i64.const 1 i64.add local.tee 1797 i64.const 1 i64.add local.tee 1798 i64.const 1 i64.add local.tee 1799 i64.const 1 i64.add local.tee 1800
    i64.const 1 i64.add local.tee 1801 i64.const 1 i64.add local.tee 1802 i64.const 1 i64.add local.tee 1803 i64.const 1 i64.add local.tee 1804 i64.const 1 i64.add local.tee 1805
    i64.const 1 i64.add local.tee 1806 i64.const 1 i64.add local.tee 1807 i64.const 1 i64.add local.tee 1808 i64.const 1 i64.add local.tee 1809 i64.const 1 i64.add local.tee 1810
    i64.const 1 i64.add local.tee 1811 i64.const 1 i64.add local.tee 1812 i64.const 1 i64.add local.tee 1813 i64.const 1 i64.add local.tee 1814 i64.const 1 i64.add local.tee 1815
    i64.const 1 i64.add local.tee 1816 i64.const 1 i64.add local.tee 1817 i64.const 1 i64.add local.tee 1818 i64.const 1 i64.add local.tee 1819 i64.const 1 i64.add local.tee 1820
    i64.const 1 i64.add local.tee 1821 i64.const 1 i64.add local.tee 1822 i64.const 1 i64.add local.tee 1823 i64.const 1 i64.add local.tee 1824 i64.const 1 i64.add local.tee 1825
    i64.const 1 i64.add local.tee 1826 i64.const 1 i64.add local.tee 1827 i64.const 1 i64.add local.tee 1828 i64.const 1 i64.add local.tee 1829 i64.const 1 i64.add local.tee 1830
    i64.const 1 i64.add local.tee 1831 i64.const 1 i64.add local.tee 1832 i64.const 1 i64.add local.tee 1833 i64.const 1 i64.add local.tee 1834 i64.const 1 i64.add local.tee 1835
    i64.const 1 i64.add local.tee 1836 i64.const 1 i64.add local.tee 1837 i64.const 1 i64.add local.tee 1838 i64.const 1 i64.add local.tee 1839 i64.const 1 i64.add local.tee 1840
    i64.const 1 i64.add local.tee 1841 i64.const 1 i64.add local.tee 1842 i64.const 1 i64.add local.tee 1843 i64.const 1 i64.add local.tee 1844 i64.const 1 i64.add local.tee 1845
    i64.const 1 i64.add local.tee 1846 i64.const 1 i64.add local.tee 1847 i64.const 1 i64.add local.tee 1848 i64.const 1 i64.add local.tee 1849 i64.const 1 i64.add local.tee 1850
    i64.const 1 i64.add local.tee 1851 i64.const 1 i64.add local.tee 1852 i64.const 1 i64.add local.tee 1853 i64.const 1 i64.add local.tee 1854 i64.const 1 i64.add local.tee 1855
    i64.const 1 i64.add local.tee 1856 i64.const 1 i64.add local.tee 1857 i64.const 1 i64.add local.tee 1858 i64.const 1 i64.add local.tee 1859 i64.const 1 i64.add local.tee 1860
    i64.const 1 i64.add local.tee 1861 i64.const 1 i64.add local.tee 1862 i64.const 1 i64.add local.tee 1863 i64.const 1 i64.add local.tee 1864 i64.const 1 i64.add local.tee 1865
    i64.const 1 i64.add local.tee 1866 i64.const 1 i64.add local.tee 1867 i64.const 1 i64.add local.tee 1868 i64.const 1 i64.add local.tee 1869 i64.const 1 i64.add local.tee 1870
    i64.const 1 i64.add local.tee 1871 i64.const 1 i64.add local.tee 1872 i64.const 1 i64.add local.tee 1873 i64.const 1 i64.add local.tee 1874 i64.const 1 i64.add local.tee 1875
    i64.const 1 i64.add local.tee 1876 i64.const 1 i64.add local.tee 1877 i64.const 1 i64.add local.tee 1878 i64.const 1 i64.add local.tee 1879 i64.const 1 i64.add local.tee 1880
    i64.const 1 i64.add local.tee 1881 i64.const 1 i64.add local.tee 1882 i64.const 1 i64.add local.tee 1883 i64.const 1 i64.add local.tee 1884 i64.const 1 i64.add local.tee 1885
    i64.const 1 i64.add local.tee 1886 i64.const 1 i64.add local.tee 1887 i64.const 1 i64.add local.tee 1888 i64.const 1 i64.add local.tee 1889 i64.const 1 i64.add local.tee 1890
    i64.const 1 i64.add local.tee 1891 i64.const 1 i64.add local.tee 1892 i64.const 1 i64.add local.tee 1893 i64.const 1 i64.add local.tee 1894 i64.const 1 i64.add local.tee 1895
    i64.const 1 i64.add local.tee 1896 i64.const 1 i64.add local.tee 1897 i64.const 1 i64.add local.tee 1898 i64.const 1 i64.add local.tee 1899 i64.const 1 i64.add local.tee 1900
    i64.const 1 i64.add local.tee 1901 i64.const 1 i64.add local.tee 1902 i64.const 1 i64.add local.tee 1903 i64.const 1 i64.add local.tee 1904 i64.const 1 i64.add local.tee 1905
    i64.const 1 i64.add local.tee 1906 i64.const 1 i64.add local.tee 1907 i64.const 1 i64.add local.tee 1908 i64.const 1 i64.add local.tee 1909 i64.const 1 i64.add local.tee 1910
    i64.const 1 i64.add local.tee 1911 i64.const 1 i64.add local.tee 1912 i64.const 1 i64.add local.tee 1913 i64.const 1 i64.add local.tee 1914 i64.const 1 i64.add local.tee 1915
    i64.const 1 i64.add local.tee 1916 i64.const 1 i64.add local.tee 1917 i64.const 1 i64.add local.tee 1918 i64.const 1 i64.add local.tee 1919 i64.const 1 i64.add local.tee 1920
    i64.const 1 i64.add local.tee 1921 i64.const 1 i64.add local.tee 1922 i64.const 1 i64.add local.tee 1923 i64.const 1 i64.add local.tee 1924 i64.const 1 i64.add local.tee 1925
    i64.const 1 i64.add local.tee 1926 i64.const 1 i64.add local.tee 1927 i64.const 1 i64.add local.tee 1928 i64.const 1 i64.add local.tee 1929 i64.const 1 i64.add local.tee 1930
    i64.const 1 i64.add local.tee 1931 i64.const 1 i64.add local.tee 1932 i64.const 1 i64.add local.tee 1933 i64.const 1 i64.add local.tee 1934 i64.const 1 i64.add local.tee 1935
    i64.const 1 i64.add local.tee 1936 i64.const 1 i64.add local.tee 1937 i64.const 1 i64.add local.tee 1938 i64.const 1 i64.add local.tee 1939 i64.const 1 i64.add local.tee 1940
    i64.const 1 i64.add local.tee 1941 i64.const 1 i64.add local.tee 1942 i64.const 1 i64.add local.tee 1943 i64.const 1 i64.add local.tee 1944 i64.const 1 i64.add local.tee 1945
    i64.const 1 i64.add local.tee 1946 i64.const 1 i64.add local.tee 1947 i64.const 1 i64.add local.tee 1948 i64.const 1 i64.add local.tee 1949 i64.const 1 i64.add local.tee 1950
    i64.const 1 i64.add local.tee 1951 i64.const 1 i64.add local.tee 1952 i64.const 1 i64.add local.tee 1953 i64.const 1 i64.add local.tee 1954 i64.const 1 i64.add local.tee 1955
    i64.const 1 i64.add local.tee 1956 i64.const 1 i64.add local.tee 1957 i64.const 1 i64.add local.tee 1958 i64.const 1 i64.add local.tee 1959 i64.const 1 i64.add local.tee 1960
    i64.const 1 i64.add local.tee 1961 i64.const 1 i64.add local.tee 1962 i64.const 1 i64.add local.tee 1963 i64.const 1 i64.add local.tee 1964 i64.const 1 i64.add local.tee 1965
    i64.const 1 i64.add local.tee 1966 i64.const 1 i64.add local.tee 1967 i64.const 1 i64.add local.tee 1968 i64.const 1 i64.add local.tee 1969 i64.const 1 i64.add local.tee 1970
    i64.const 1 i64.add local.tee 1971 i64.const 1 i64.add local.tee 1972 i64.const 1 i64.add local.tee 1973 i64.const 1 i64.add local.tee 1974 i64.const 1 i64.add local.tee 1975
    i64.const 1 i64.add local.tee 1976 i64.const 1 i64.add local.tee 1977 i64.const 1 i64.add local.tee 1978 i64.const 1 i64.add local.tee 1979 i64.const 1 i64.add local.tee 1980
    i64.const 1 i64.add local.tee 1981 i64.const 1 i64.add local.tee 1982 i64.const 1 i64.add local.tee 1983 i64.const 1 i64.add local.tee 1984 i64.const 1 i64.add local.tee 1985
    i64.const 1 i64.add local.tee 1986 i64.const 1 i64.add local.tee 1987 i64.const 1 i64.add local.tee 1988 i64.const 1 i64.add local.tee 1989 i64.const 1 i64.add local.tee 1990
    i64.const 1 i64.add local.tee 1991 i64.const 1 i64.add local.tee 1992 i64.const 1 i64.add local.tee 1993 i64.const 1 i64.add local.tee 1994 i64.const 1 i64.add local.tee 1995
    i64.const 1 i64.add local.tee 1996 i64.const 1 i64.add local.tee 1997 i64.const 1 i64.add local.tee 1998 i64.const 1 i64.add local.tee 1999 i64.const 1 i64.add local.tee 2000
    f64.convert_i64_s
    f64.const 1 f64.add local.tee 2001 f64.const 1 f64.add local.tee 2002 f64.const 1 f64.add local.tee 2003 f64.const 1 f64.add local.tee 2004 f64.const 1 f64.add local.tee 2005
    f64.const 1 f64.add local.tee 2006 f64.const 1 f64.add local.tee 2007 f64.const 1 f64.add local.tee 2008 f64.const 1 f64.add local.tee 2009 f64.const 1 f64.add local.tee 2010
    f64.const 1 f64.add local.tee 2011 f64.const 1 f64.add local.tee 2012 f64.const 1 f64.add local.tee 2013 f64.const 1 f64.add local.tee 2014 f64.const 1 f64.add local.tee 2015
    f64.const 1 f64.add local.tee 2016 f64.const 1 f64.add local.tee 2017 f64.const 1 f64.add local.tee 2018 f64.const 1 f64.add local.tee 2019 f64.const 1 f64.add local.tee 2020
    f64.const 1 f64.add local.tee 2021 f64.const 1 f64.add local.tee 2022 f64.const 1 f64.add local.tee 2023 f64.const 1 f64.add local.tee 2024 f64.const 1 f64.add local.tee 2025
    f64.const 1 f64.add local.tee 2026 f64.const 1 f64.add local.tee 2027 f64.const 1 f64.add local.tee 2028 f64.const 1 f64.add local.tee 2029 f64.const 1 f64.add local.tee 2030
    f64.const 1 f64.add local.tee 2031 f64.const 1 f64.add local.tee 2032 f64.const 1 f64.add local.tee 2033 f64.const 1 f64.add local.tee 2034 f64.const 1 f64.add local.tee 2035
    f64.const 1 f64.add local.tee 2036 f64.const 1 f64.add local.tee 2037 f64.const 1 f64.add local.tee 2038 f64.const 1 f64.add local.tee 2039 f64.const 1 f64.add local.tee 2040
    f64.const 1 f64.add local.tee 2041 f64.const 1 f64.add local.tee 2042 f64.const 1 f64.add local.tee 2043 f64.const 1 f64.add local.tee 2044 f64.const 1 f64.add local.tee 2045
    f64.const 1 f64.add local.tee 2046 f64.const 1 f64.add local.tee 2047 f64.const 1 f64.add local.tee 2048 f64.const 1 f64.add local.tee 2049 f64.const 1 f64.add local.tee 2050
    f64.const 1 f64.add local.tee 2051 f64.const 1 f64.add local.tee 2052 f64.const 1 f64.add local.tee 2053 f64.const 1 f64.add local.tee 2054 f64.const 1 f64.add local.tee 2055
    f64.const 1 f64.add local.tee 2056 f64.const 1 f64.add local.tee 2057 f64.const 1 f64.add local.tee 2058 f64.const 1 f64.add local.tee 2059 f64.const 1 f64.add local.tee 2060
    f64.const 1 f64.add local.tee 2061 f64.const 1 f64.add local.tee 2062 f64.const 1 f64.add local.tee 2063 f64.const 1 f64.add local.tee 2064 f64.const 1 f64.add local.tee 2065
    f64.const 1 f64.add local.tee 2066 f64.const 1 f64.add local.tee 2067 f64.const 1 f64.add local.tee 2068 f64.const 1 f64.add local.tee 2069 f64.const 1 f64.add local.tee 2070
    f64.const 1 f64.add local.tee 2071 f64.const 1 f64.add local.tee 2072 f64.const 1 f64.add local.tee 2073 f64.const 1 f64.add local.tee 2074 f64.const 1 f64.add local.tee 2075
    f64.const 1 f64.add local.tee 2076 f64.const 1 f64.add local.tee 2077 f64.const 1 f64.add local.tee 2078 f64.const 1 f64.add local.tee 2079 f64.const 1 f64.add local.tee 2080
    f64.const 1 f64.add local.tee 2081 f64.const 1 f64.add local.tee 2082 f64.const 1 f64.add local.tee 2083 f64.const 1 f64.add local.tee 2084 f64.const 1 f64.add local.tee 2085
    f64.const 1 f64.add local.tee 2086 f64.const 1 f64.add local.tee 2087 f64.const 1 f64.add local.tee 2088 f64.const 1 f64.add local.tee 2089 f64.const 1 f64.add local.tee 2090
    f64.const 1 f64.add local.tee 2091 f64.const 1 f64.add local.tee 2092 f64.const 1 f64.add local.tee 2093 f64.const 1 f64.add local.tee 2094 f64.const 1 f64.add local.tee 2095
    f64.const 1 f64.add local.tee 2096 f64.const 1 f64.add local.tee 2097 f64.const 1 f64.add local.tee 2098 f64.const 1 f64.add local.tee 2099 f64.const 1 f64.add local.tee 2100
    f64.const 1 f64.add local.tee 2101 f64.const 1 f64.add local.tee 2102 f64.const 1 f64.add local.tee 2103 f64.const 1 f64.add local.tee 2104 f64.const 1 f64.add local.tee 2105
    f64.const 1 f64.add local.tee 2106 f64.const 1 f64.add local.tee 2107 f64.const 1 f64.add local.tee 2108 f64.const 1 f64.add local.tee 2109 f64.const 1 f64.add local.tee 2110
    f64.const 1 f64.add local.tee 2111 f64.const 1 f64.add local.tee 2112 f64.const 1 f64.add local.tee 2113 f64.const 1 f64.add local.tee 2114 f64.const 1 f64.add local.tee 2115
    f64.const 1 f64.add local.tee 2116 f64.const 1 f64.add local.tee 2117 f64.const 1 f64.add local.tee 2118 f64.const 1 f64.add local.tee 2119 f64.const 1 f64.add local.tee 2120
    f64.const 1 f64.add local.tee 2121 f64.const 1 f64.add local.tee 2122 f64.const 1 f64.add local.tee 2123 f64.const 1 f64.add local.tee 2124 f64.const 1 f64.add local.tee 2125
    f64.const 1 f64.add local.tee 2126 f64.const 1 f64.add local.tee 2127 f64.const 1 f64.add local.tee 2128 f64.const 1 f64.add local.tee 2129 f64.const 1 f64.add local.tee 2130
    f64.const 1 f64.add local.tee 2131 f64.const 1 f64.add local.tee 2132 f64.const 1 f64.add local.tee 2133 f64.const 1 f64.add local.tee 2134 f64.const 1 f64.add local.tee 2135
    f64.const 1 f64.add local.tee 2136 f64.const 1 f64.add local.tee 2137 f64.const 1 f64.add local.tee 2138 f64.const 1 f64.add local.tee 2139 f64.const 1 f64.add local.tee 2140
    f64.const 1 f64.add local.tee 2141 f64.const 1 f64.add local.tee 2142 f64.const 1 f64.add local.tee 2143 f64.const 1 f64.add local.tee 2144 f64.const 1 f64.add local.tee 2145
    f64.const 1 f64.add local.tee 2146 f64.const 1 f64.add local.tee 2147 f64.const 1 f64.add local.tee 2148 f64.const 1 f64.add local.tee 2149 f64.const 1 f64.add local.tee 2150
    f64.const 1 f64.add local.tee 2151 f64.const 1 f64.add local.tee 2152 f64.const 1 f64.add local.tee 2153 f64.const 1 f64.add local.tee 2154 f64.const 1 f64.add local.tee 2155
    f64.const 1 f64.add local.tee 2156 f64.const 1 f64.add local.tee 2157 f64.const 1 f64.add local.tee 2158 f64.const 1 f64.add local.tee 2159 f64.const 1 f64.add local.tee 2160
    f64.const 1 f64.add local.tee 2161 f64.const 1 f64.add local.tee 2162 f64.const 1 f64.add local.tee 2163 f64.const 1 f64.add local.tee 2164 f64.const 1 f64.add local.tee 2165
    f64.const 1 f64.add local.tee 2166 f64.const 1 f64.add local.tee 2167 f64.const 1 f64.add local.tee 2168 f64.const 1 f64.add local.tee 2169 f64.const 1 f64.add local.tee 2170
    f64.const 1 f64.add local.tee 2171 f64.const 1 f64.add local.tee 2172 f64.const 1 f64.add local.tee 2173 f64.const 1 f64.add local.tee 2174 f64.const 1 f64.add local.tee 2175
    f64.const 1 f64.add local.tee 2176 f64.const 1 f64.add local.tee 2177 f64.const 1 f64.add local.tee 2178 f64.const 1 f64.add local.tee 2179 f64.const 1 f64.add local.tee 2180
    f64.const 1 f64.add local.tee 2181 f64.const 1 f64.add local.tee 2182 f64.const 1 f64.add local.tee 2183 f64.const 1 f64.add local.tee 2184 f64.const 1 f64.add local.tee 2185
    f64.const 1 f64.add local.tee 2186 f64.const 1 f64.add local.tee 2187 f64.const 1 f64.add local.tee 2188 f64.const 1 f64.add local.tee 2189 f64.const 1 f64.add local.tee 2190
    f64.const 1 f64.add local.tee 2191 f64.const 1 f64.add local.tee 2192 f64.const 1 f64.add local.tee 2193 f64.const 1 f64.add local.tee 2194 f64.const 1 f64.add local.tee 2195
    f64.const 1 f64.add local.tee 2196 f64.const 1 f64.add local.tee 2197 f64.const 1 f64.add local.tee 2198 f64.const 1 f64.add local.tee 2199 f64.const 1 f64.add local.tee 2200
    f64.const 1 f64.add local.tee 2201 f64.const 1 f64.add local.tee 2202 f64.const 1 f64.add local.tee 2203 f64.const 1 f64.add local.tee 2204 f64.const 1 f64.add local.tee 2205
    f64.const 1 f64.add local.tee 2206 f64.const 1 f64.add local.tee 2207 f64.const 1 f64.add local.tee 2208 f64.const 1 f64.add local.tee 2209 f64.const 1 f64.add local.tee 2210
    f64.const 1 f64.add local.tee 2211 f64.const 1 f64.add local.tee 2212 f64.const 1 f64.add local.tee 2213 f64.const 1 f64.add local.tee 2214 f64.const 1 f64.add local.tee 2215
    f64.const 1 f64.add local.tee 2216 f64.const 1 f64.add local.tee 2217 f64.const 1 f64.add local.tee 2218 f64.const 1 f64.add local.tee 2219 f64.const 1 f64.add local.tee 2220
    f64.const 1 f64.add local.tee 2221 f64.const 1 f64.add local.tee 2222 f64.const 1 f64.add local.tee 2223 f64.const 1 f64.add local.tee 2224 f64.const 1 f64.add local.tee 2225
    f64.const 1 f64.add local.tee 2226 f64.const 1 f64.add local.tee 2227 f64.const 1 f64.add local.tee 2228 f64.const 1 f64.add local.tee 2229 f64.const 1 f64.add local.tee 2230
    f64.const 1 f64.add local.tee 2231 f64.const 1 f64.add local.tee 2232 f64.const 1 f64.add local.tee 2233 f64.const 1 f64.add local.tee 2234 f64.const 1 f64.add local.tee 2235
    f64.const 1 f64.add local.tee 2236 f64.const 1 f64.add local.tee 2237 f64.const 1 f64.add local.tee 2238 f64.const 1 f64.add local.tee 2239 f64.const 1 f64.add local.tee 2240
    f64.const 1 f64.add local.tee 2241 f64.const 1 f64.add local.tee 2242 f64.const 1 f64.add local.tee 2243 f64.const 1 f64.add local.tee 2244 f64.const 1 f64.add local.tee 2245
    f64.const 1 f64.add local.tee 2246 f64.const 1 f64.add local.tee 2247 f64.const 1 f64.add local.tee 2248 f64.const 1 f64.add local.tee 2249 f64.const 1 f64.add local.tee 2250
    f64.const 1 f64.add local.tee 2251 f64.const 1 f64.add local.tee 2252 f64.const 1 f64.add local.tee 2253 f64.const 1 f64.add local.tee 2254 f64.const 1 f64.add local.tee 2255
    f64.const 1 f64.add local.tee 2256 f64.const 1 f64.add local.tee 2257 f64.const 1 f64.add local.tee 2258 f64.const 1 f64.add local.tee 2259 f64.const 1 f64.add local.tee 2260
    f64.const 1 f64.add local.tee 2261 f64.const 1 f64.add local.tee 2262 f64.const 1 f64.add local.tee 2263 f64.const 1 f64.add local.tee 2264 f64.const 1 f64.add local.tee 2265
    f64.const 1 f64.add local.tee 2266 f64.const 1 f64.add local.tee 2267 f64.const 1 f64.add local.tee 2268 f64.const 1 f64.add local.tee 2269 f64.const 1 f64.add local.tee 2270
    f64.const 1 f64.add local.tee 2271 f64.const 1 f64.add local.tee 2272 f64.const 1 f64.add local.tee 2273 f64.const 1 f64.add local.tee 2274 f64.const 1 f64.add local.tee 2275
    f64.const 1 f64.add local.tee 2276 f64.const 1 f64.add local.tee 2277 f64.const 1 f64.add local.tee 2278 f64.const 1 f64.add local.tee 2279 f64.const 1 f64.add local.tee 2280
    f64.const 1 f64.add local.tee 2281 f64.const 1 f64.add local.tee 2282 f64.const 1 f64.add local.tee 2283 f64.const 1 f64.add local.tee 2284 f64.const 1 f64.add local.tee 2285
    f64.const 1 f64.add local.tee 2286 f64.const 1 f64.add local.tee 2287 f64.const 1 f64.add local.tee 2288 f64.const 1 f64.add local.tee 2289 f64.const 1 f64.add local.tee 2290
    f64.const 1 f64.add local.tee 2291 f64.const 1 f64.add local.tee 2292 f64.const 1 f64.add local.tee 2293 f64.const 1 f64.add local.tee 2294 f64.const 1 f64.add local.tee 2295
    f64.const 1 f64.add local.tee 2296 f64.const 1 f64.add local.tee 2297 f64.const 1 f64.add local.tee 2298 f64.const 1 f64.add local.tee 2299 f64.const 1 f64.add local.tee 2300
    f64.const 1 f64.add local.tee 2301 f64.const 1 f64.add local.tee 2302 f64.const 1 f64.add local.tee 2303 f64.const 1 f64.add local.tee 2304 f64.const 1 f64.add local.tee 2305
    f64.const 1 f64.add local.tee 2306 f64.const 1 f64.add local.tee 2307 f64.const 1 f64.add local.tee 2308 f64.const 1 f64.add local.tee 2309 f64.const 1 f64.add local.tee 2310
    f64.const 1 f64.add local.tee 2311 f64.const 1 f64.add local.tee 2312 f64.const 1 f64.add local.tee 2313 f64.const 1 f64.add local.tee 2314 f64.const 1 f64.add local.tee 2315
    f64.const 1 f64.add local.tee 2316 f64.const 1 f64.add local.tee 2317 f64.const 1 f64.add local.tee 2318 f64.const 1 f64.add local.tee 2319 f64.const 1 f64.add local.tee 2320
    f64.const 1 f64.add local.tee 2321 f64.const 1 f64.add local.tee 2322 f64.const 1 f64.add local.tee 2323 f64.const 1 f64.add local.tee 2324 f64.const 1 f64.add local.tee 2325
    f64.const 1 f64.add local.tee 2326 f64.const 1 f64.add local.tee 2327 f64.const 1 f64.add local.tee 2328 f64.const 1 f64.add local.tee 2329 f64.const 1 f64.add local.tee 2330
    f64.const 1 f64.add local.tee 2331 f64.const 1 f64.add local.tee 2332 f64.const 1 f64.add local.tee 2333 f64.const 1 f64.add local.tee 2334 f64.const 1 f64.add local.tee 2335
    f64.const 1 f64.add local.tee 2336 f64.const 1 f64.add local.tee 2337 f64.const 1 f64.add local.tee 2338 f64.const 1 f64.add local.tee 2339 f64.const 1 f64.add local.tee 2340
    f64.const 1 f64.add local.tee 2341 f64.const 1 f64.add local.tee 2342 f64.const 1 f64.add local.tee 2343 f64.const 1 f64.add local.tee 2344 f64.const 1 f64.add local.tee 2345
    f64.const 1 f64.add local.tee 2346 f64.const 1 f64.add local.tee 2347 f64.const 1 f64.add local.tee 2348 f64.const 1 f64.add local.tee 2349 f64.const 1 f64.add local.tee 2350
    f64.const 1 f64.add local.tee 2351 f64.const 1 f64.add local.tee 2352 f64.const 1 f64.add local.tee 2353 f64.const 1 f64.add local.tee 2354 f64.const 1 f64.add local.tee 2355
    f64.const 1 f64.add local.tee 2356 f64.const 1 f64.add local.tee 2357 f64.const 1 f64.add local.tee 2358 f64.const 1 f64.add local.tee 2359 f64.const 1 f64.add local.tee 2360
    f64.const 1 f64.add local.tee 2361 f64.const 1 f64.add local.tee 2362 f64.const 1 f64.add local.tee 2363 f64.const 1 f64.add local.tee 2364 f64.const 1 f64.add local.tee 2365
    f64.const 1 f64.add local.tee 2366 f64.const 1 f64.add local.tee 2367 f64.const 1 f64.add local.tee 2368 f64.const 1 f64.add local.tee 2369 f64.const 1 f64.add local.tee 2370
    f64.const 1 f64.add local.tee 2371 f64.const 1 f64.add local.tee 2372 f64.const 1 f64.add local.tee 2373 f64.const 1 f64.add local.tee 2374 f64.const 1 f64.add local.tee 2375
    f64.const 1 f64.add local.tee 2376 f64.const 1 f64.add local.tee 2377 f64.const 1 f64.add local.tee 2378 f64.const 1 f64.add local.tee 2379 f64.const 1 f64.add local.tee 2380
    f64.const 1 f64.add local.tee 2381 f64.const 1 f64.add local.tee 2382 f64.const 1 f64.add local.tee 2383 f64.const 1 f64.add local.tee 2384 f64.const 1 f64.add local.tee 2385
    f64.const 1 f64.add local.tee 2386 f64.const 1 f64.add local.tee 2387 f64.const 1 f64.add local.tee 2388 f64.const 1 f64.add local.tee 2389 f64.const 1 f64.add local.tee 2390
    f64.const 1 f64.add local.tee 2391 f64.const 1 f64.add local.tee 2392 f64.const 1 f64.add local.tee 2393 f64.const 1 f64.add local.tee 2394 f64.const 1 f64.add local.tee 2395
    f64.const 1 f64.add local.tee 2396 f64.const 1 f64.add local.tee 2397 f64.const 1 f64.add local.tee 2398 f64.const 1 f64.add local.tee 2399 f64.const 1 f64.add local.tee 2400
    f64.const 1 f64.add local.tee 2401 f64.const 1 f64.add local.tee 2402 f64.const 1 f64.add local.tee 2403 f64.const 1 f64.add local.tee 2404 f64.const 1 f64.add local.tee 2405
    f64.const 1 f64.add local.tee 2406 f64.const 1 f64.add local.tee 2407 f64.const 1 f64.add local.tee 2408 f64.const 1 f64.add local.tee 2409 f64.const 1 f64.add local.tee 2410
    f64.const 1 f64.add local.tee 2411 f64.const 1 f64.add local.tee 2412 f64.const 1 f64.add local.tee 2413 f64.const 1 f64.add local.tee 2414 f64.const 1 f64.add local.tee 2415
    f64.const 1 f64.add local.tee 2416 f64.const 1 f64.add local.tee 2417 f64.const 1 f64.add local.tee 2418 f64.const 1 f64.add local.tee 2419 f64.const 1 f64.add local.tee 2420
    f64.const 1 f64.add local.tee 2421 f64.const 1 f64.add local.tee 2422 f64.const 1 f64.add local.tee 2423 f64.const 1 f64.add local.tee 2424 f64.const 1 f64.add local.tee 2425
    f64.const 1 f64.add local.tee 2426 f64.const 1 f64.add local.tee 2427 f64.const 1 f64.add local.tee 2428 f64.const 1 f64.add local.tee 2429 f64.const 1 f64.add local.tee 2430
    f64.const 1 f64.add local.tee 2431 f64.const 1 f64.add local.tee 2432 f64.const 1 f64.add local.tee 2433 f64.const 1 f64.add local.tee 2434 f64.const 1 f64.add local.tee 2435
    f64.const 1 f64.add local.tee 2436 f64.const 1 f64.add local.tee 2437 f64.const 1 f64.add local.tee 2438 f64.const 1 f64.add local.tee 2439 f64.const 1 f64.add local.tee 2440
    f64.const 1 f64.add local.tee 2441 f64.const 1 f64.add local.tee 2442 f64.const 1 f64.add local.tee 2443 f64.const 1 f64.add local.tee 2444 f64.const 1 f64.add local.tee 2445
    f64.const 1 f64.add local.tee 2446 f64.const 1 f64.add local.tee 2447 f64.const 1 f64.add local.tee 2448 f64.const 1 f64.add local.tee 2449 f64.const 1 f64.add local.tee 2450
    f64.const 1 f64.add local.tee 2451 f64.const 1 f64.add local.tee 2452 f64.const 1 f64.add local.tee 2453 f64.const 1 f64.add local.tee 2454 f64.const 1 f64.add local.tee 2455
    f64.const 1 f64.add local.tee 2456 f64.const 1 f64.add local.tee 2457 f64.const 1 f64.add local.tee 2458 f64.const 1 f64.add local.tee 2459 f64.const 1 f64.add local.tee 2460
    f64.const 1 f64.add local.tee 2461 f64.const 1 f64.add local.tee 2462 f64.const 1 f64.add local.tee 2463 f64.const 1 f64.add local.tee 2464 f64.const 1 f64.add local.tee 2465
    f64.const 1 f64.add local.tee 2466 f64.const 1 f64.add local.tee 2467 f64.const 1 f64.add local.tee 2468 f64.const 1 f64.add local.tee 2469 f64.const 1 f64.add local.tee 2470
    f64.const 1 f64.add local.tee 2471 f64.const 1 f64.add local.tee 2472 f64.const 1 f64.add local.tee 2473 f64.const 1 f64.add local.tee 2474 f64.const 1 f64.add local.tee 2475
    f64.const 1 f64.add local.tee 2476 f64.const 1 f64.add local.tee 2477 f64.const 1 f64.add local.tee 2478 f64.const 1 f64.add local.tee 2479 f64.const 1 f64.add local.tee 2480
    f64.const 1 f64.add local.tee 2481 f64.const 1 f64.add local.tee 2482 f64.const 1 f64.add local.tee 2483 f64.const 1 f64.add local.tee 2484 f64.const 1 f64.add local.tee 2485
    f64.const 1 f64.add local.tee 2486 f64.const 1 f64.add local.tee 2487 f64.const 1 f64.add local.tee 2488 f64.const 1 f64.add local.tee 2489 f64.const 1 f64.add local.tee 2490
    f64.const 1 f64.add local.tee 2491 f64.const 1 f64.add local.tee 2492 f64.const 1 f64.add local.tee 2493 f64.const 1 f64.add local.tee 2494 f64.const 1 f64.add local.tee 2495
    f64.const 1 f64.add local.tee 2496 f64.const 1 f64.add local.tee 2497 f64.const 1 f64.add local.tee 2498 f64.const 1 f64.add local.tee 2499 f64.const 1 f64.add local.tee 2500
    drop
    i32.const 0
    local.get 1 i32.add local.get 2 i32.add local.get 3 i32.add local.get 4 i32.add local.get 5 i32.add local.get 6 i32.add local.get 7 i32.add local.get 8 i32.add
    local.get 9 i32.add local.get 10 i32.add local.get 11 i32.add local.get 12 i32.add local.get 13 i32.add local.get 14 i32.add local.get 15 i32.add local.get 16 i32.add
    local.get 17 i32.add local.get 18 i32.add local.get 19 i32.add local.get 20 i32.add local.get 21 i32.add local.get 22 i32.add local.get 23 i32.add local.get 24 i32.add
    local.get 25 i32.add local.get 26 i32.add local.get 27 i32.add local.get 28 i32.add local.get 29 i32.add local.get 30 i32.add local.get 31 i32.add local.get 32 i32.add
    local.get 33 i32.add local.get 34 i32.add local.get 35 i32.add local.get 36 i32.add local.get 37 i32.add local.get 38 i32.add local.get 39 i32.add local.get 40 i32.add
    local.get 41 i32.add local.get 42 i32.add local.get 43 i32.add local.get 44 i32.add local.get 45 i32.add local.get 46 i32.add local.get 47 i32.add local.get 48 i32.add
    local.get 49 i32.add local.get 50 i32.add local.get 51 i32.add local.get 52 i32.add local.get 53 i32.add local.get 54 i32.add local.get 55 i32.add local.get 56 i32.add
    local.get 57 i32.add local.get 58 i32.add local.get 59 i32.add local.get 60 i32.add local.get 61 i32.add local.get 62 i32.add local.get 63 i32.add local.get 64 i32.add
    local.get 65 i32.add local.get 66 i32.add local.get 67 i32.add local.get 68 i32.add local.get 69 i32.add local.get 70 i32.add local.get 71 i32.add local.get 72 i32.add
    local.get 73 i32.add local.get 74 i32.add local.get 75 i32.add local.get 76 i32.add local.get 77 i32.add local.get 78 i32.add local.get 79 i32.add local.get 80 i32.add
    local.get 81 i32.add local.get 82 i32.add local.get 83 i32.add local.get 84 i32.add local.get 85 i32.add local.get 86 i32.add local.get 87 i32.add local.get 88 i32.add
    local.get 89 i32.add local.get 90 i32.add local.get 91 i32.add local.get 92 i32.add local.get 93 i32.add local.get 94 i32.add local.get 95 i32.add local.get 96 i32.add
    local.get 97 i32.add local.get 98 i32.add local.get 99 i32.add local.get 100 i32.add local.get 101 i32.add local.get 102 i32.add local.get 103 i32.add local.get 104 i32.add
    local.get 105 i32.add local.get 106 i32.add local.get 107 i32.add local.get 108 i32.add local.get 109 i32.add local.get 110 i32.add local.get 111 i32.add local.get 112 i32.add
    local.get 113 i32.add local.get 114 i32.add local.get 115 i32.add local.get 116 i32.add local.get 117 i32.add local.get 118 i32.add local.get 119 i32.add local.get 120 i32.add
    local.get 121 i32.add local.get 122 i32.add local.get 123 i32.add local.get 124 i32.add local.get 125 i32.add local.get 126 i32.add local.get 127 i32.add local.get 128 i32.add
    local.get 129 i32.add local.get 130 i32.add local.get 131 i32.add local.get 132 i32.add local.get 133 i32.add local.get 134 i32.add local.get 135 i32.add local.get 136 i32.add
    local.get 137 i32.add local.get 138 i32.add local.get 139 i32.add local.get 140 i32.add local.get 141 i32.add local.get 142 i32.add local.get 143 i32.add local.get 144 i32.add
    local.get 145 i32.add local.get 146 i32.add local.get 147 i32.add local.get 148 i32.add local.get 149 i32.add local.get 150 i32.add local.get 151 i32.add local.get 152 i32.add
    local.get 153 i32.add local.get 154 i32.add local.get 155 i32.add local.get 156 i32.add local.get 157 i32.add local.get 158 i32.add local.get 159 i32.add local.get 160 i32.add
    local.get 161 i32.add local.get 162 i32.add local.get 163 i32.add local.get 164 i32.add local.get 165 i32.add local.get 166 i32.add local.get 167 i32.add local.get 168 i32.add
    local.get 169 i32.add local.get 170 i32.add local.get 171 i32.add local.get 172 i32.add local.get 173 i32.add local.get 174 i32.add local.get 175 i32.add local.get 176 i32.add
    local.get 177 i32.add local.get 178 i32.add local.get 179 i32.add local.get 180 i32.add local.get 181 i32.add local.get 182 i32.add local.get 183 i32.add local.get 184 i32.add
    local.get 185 i32.add local.get 186 i32.add local.get 187 i32.add local.get 188 i32.add local.get 189 i32.add local.get 190 i32.add local.get 191 i32.add local.get 192 i32.add
    local.get 193 i32.add local.get 194 i32.add local.get 195 i32.add local.get 196 i32.add local.get 197 i32.add local.get 198 i32.add local.get 199 i32.add local.get 200 i32.add
    local.get 201 i32.add local.get 202 i32.add local.get 203 i32.add local.get 204 i32.add local.get 205 i32.add local.get 206 i32.add local.get 207 i32.add local.get 208 i32.add
    local.get 209 i32.add local.get 210 i32.add local.get 211 i32.add local.get 212 i32.add local.get 213 i32.add local.get 214 i32.add local.get 215 i32.add local.get 216 i32.add
    local.get 217 i32.add local.get 218 i32.add local.get 219 i32.add local.get 220 i32.add local.get 221 i32.add local.get 222 i32.add local.get 223 i32.add local.get 224 i32.add
    local.get 225 i32.add local.get 226 i32.add local.get 227 i32.add local.get 228 i32.add local.get 229 i32.add local.get 230 i32.add local.get 231 i32.add local.get 232 i32.add
    local.get 233 i32.add local.get 234 i32.add local.get 235 i32.add local.get 236 i32.add local.get 237 i32.add local.get 238 i32.add local.get 239 i32.add local.get 240 i32.add
    local.get 241 i32.add local.get 242 i32.add local.get 243 i32.add local.get 244 i32.add local.get 245 i32.add local.get 246 i32.add local.get 247 i32.add local.get 248 i32.add
    local.get 249 i32.add local.get 250 i32.add local.get 251 i32.add local.get 252 i32.add local.get 253 i32.add local.get 254 i32.add local.get 255 i32.add local.get 256 i32.add
    local.get 257 i32.add local.get 258 i32.add local.get 259 i32.add local.get 260 i32.add local.get 261 i32.add local.get 262 i32.add local.get 263 i32.add local.get 264 i32.add
    local.get 265 i32.add local.get 266 i32.add local.get 267 i32.add local.get 268 i32.add local.get 269 i32.add local.get 270 i32.add local.get 271 i32.add local.get 272 i32.add
    local.get 273 i32.add local.get 274 i32.add local.get 275 i32.add local.get 276 i32.add local.get 277 i32.add local.get 278 i32.add local.get 279 i32.add local.get 280 i32.add
    local.get 281 i32.add local.get 282 i32.add local.get 283 i32.add local.get 284 i32.add local.get 285 i32.add local.get 286 i32.add local.get 287 i32.add local.get 288 i32.add
    local.get 289 i32.add local.get 290 i32.add local.get 291 i32.add local.get 292 i32.add local.get 293 i32.add local.get 294 i32.add local.get 295 i32.add local.get 296 i32.add
    local.get 297 i32.add local.get 298 i32.add local.get 299 i32.add local.get 300 i32.add local.get 301 i32.add local.get 302 i32.add local.get 303 i32.add local.get 304 i32.add
    local.get 305 i32.add local.get 306 i32.add local.get 307 i32.add local.get 308 i32.add local.get 309 i32.add local.get 310 i32.add local.get 311 i32.add local.get 312 i32.add
    local.get 313 i32.add local.get 314 i32.add local.get 315 i32.add local.get 316 i32.add local.get 317 i32.add local.get 318 i32.add local.get 319 i32.add local.get 320 i32.add
    local.get 321 i32.add local.get 322 i32.add local.get 323 i32.add local.get 324 i32.add local.get 325 i32.add local.get 326 i32.add local.get 327 i32.add local.get 328 i32.add
    local.get 329 i32.add local.get 330 i32.add local.get 331 i32.add local.get 332 i32.add local.get 333 i32.add local.get 334 i32.add local.get 335 i32.add local.get 336 i32.add
    local.get 337 i32.add local.get 338 i32.add local.get 339 i32.add local.get 340 i32.add local.get 341 i32.add local.get 342 i32.add local.get 343 i32.add local.get 344 i32.add
    local.get 345 i32.add local.get 346 i32.add local.get 347 i32.add local.get 348 i32.add local.get 349 i32.add local.get 350 i32.add local.get 351 i32.add local.get 352 i32.add
    local.get 353 i32.add local.get 354 i32.add local.get 355 i32.add local.get 356 i32.add local.get 357 i32.add local.get 358 i32.add local.get 359 i32.add local.get 360 i32.add
    local.get 361 i32.add local.get 362 i32.add local.get 363 i32.add local.get 364 i32.add local.get 365 i32.add local.get 366 i32.add local.get 367 i32.add local.get 368 i32.add
    local.get 369 i32.add local.get 370 i32.add local.get 371 i32.add local.get 372 i32.add local.get 373 i32.add local.get 374 i32.add local.get 375 i32.add local.get 376 i32.add
    local.get 377 i32.add local.get 378 i32.add local.get 379 i32.add local.get 380 i32.add local.get 381 i32.add local.get 382 i32.add local.get 383 i32.add local.get 384 i32.add
    local.get 385 i32.add local.get 386 i32.add local.get 387 i32.add local.get 388 i32.add local.get 389 i32.add local.get 390 i32.add local.get 391 i32.add local.get 392 i32.add
    local.get 393 i32.add local.get 394 i32.add local.get 395 i32.add local.get 396 i32.add local.get 397 i32.add local.get 398 i32.add local.get 399 i32.add local.get 400 i32.add
    local.get 401 i32.add local.get 402 i32.add local.get 403 i32.add local.get 404 i32.add local.get 405 i32.add local.get 406 i32.add local.get 407 i32.add local.get 408 i32.add
    local.get 409 i32.add local.get 410 i32.add local.get 411 i32.add local.get 412 i32.add local.get 413 i32.add local.get 414 i32.add local.get 415 i32.add local.get 416 i32.add
    local.get 417 i32.add local.get 418 i32.add local.get 419 i32.add local.get 420 i32.add local.get 421 i32.add local.get 422 i32.add local.get 423 i32.add local.get 424 i32.add
    local.get 425 i32.add local.get 426 i32.add local.get 427 i32.add local.get 428 i32.add local.get 429 i32.add local.get 430 i32.add local.get 431 i32.add local.get 432 i32.add
    local.get 433 i32.add local.get 434 i32.add local.get 435 i32.add local.get 436 i32.add local.get 437 i32.add local.get 438 i32.add local.get 439 i32.add local.get 440 i32.add
    local.get 441 i32.add local.get 442 i32.add local.get 443 i32.add local.get 444 i32.add local.get 445 i32.add local.get 446 i32.add local.get 447 i32.add local.get 448 i32.add
    local.get 449 i32.add local.get 450 i32.add local.get 451 i32.add local.get 452 i32.add local.get 453 i32.add local.get 454 i32.add local.get 455 i32.add local.get 456 i32.add
    local.get 457 i32.add local.get 458 i32.add local.get 459 i32.add local.get 460 i32.add local.get 461 i32.add local.get 462 i32.add local.get 463 i32.add local.get 464 i32.add
    local.get 465 i32.add local.get 466 i32.add local.get 467 i32.add local.get 468 i32.add local.get 469 i32.add local.get 470 i32.add local.get 471 i32.add local.get 472 i32.add
    local.get 473 i32.add local.get 474 i32.add local.get 475 i32.add local.get 476 i32.add local.get 477 i32.add local.get 478 i32.add local.get 479 i32.add local.get 480 i32.add
    local.get 481 i32.add local.get 482 i32.add local.get 483 i32.add local.get 484 i32.add local.get 485 i32.add local.get 486 i32.add local.get 487 i32.add local.get 488 i32.add
    local.get 489 i32.add local.get 490 i32.add local.get 491 i32.add local.get 492 i32.add local.get 493 i32.add local.get 494 i32.add local.get 495 i32.add local.get 496 i32.add
    local.get 497 i32.add local.get 498 i32.add local.get 499 i32.add local.get 500 i32.add local.get 501 i32.add local.get 502 i32.add local.get 503 i32.add local.get 504 i32.add
    local.get 505 i32.add local.get 506 i32.add local.get 507 i32.add local.get 508 i32.add local.get 509 i32.add local.get 510 i32.add local.get 511 i32.add local.get 512 i32.add
    local.get 513 i32.add local.get 514 i32.add local.get 515 i32.add local.get 516 i32.add local.get 517 i32.add local.get 518 i32.add local.get 519 i32.add local.get 520 i32.add
    local.get 521 i32.add local.get 522 i32.add local.get 523 i32.add local.get 524 i32.add local.get 525 i32.add local.get 526 i32.add local.get 527 i32.add local.get 528 i32.add
    local.get 529 i32.add local.get 530 i32.add local.get 531 i32.add local.get 532 i32.add local.get 533 i32.add local.get 534 i32.add local.get 535 i32.add local.get 536 i32.add
    local.get 537 i32.add local.get 538 i32.add local.get 539 i32.add local.get 540 i32.add local.get 541 i32.add local.get 542 i32.add local.get 543 i32.add local.get 544 i32.add
    local.get 545 i32.add local.get 546 i32.add local.get 547 i32.add local.get 548 i32.add local.get 549 i32.add local.get 550 i32.add local.get 551 i32.add local.get 552 i32.add
    local.get 553 i32.add local.get 554 i32.add local.get 555 i32.add local.get 556 i32.add local.get 557 i32.add local.get 558 i32.add local.get 559 i32.add local.get 560 i32.add
    local.get 561 i32.add local.get 562 i32.add local.get 563 i32.add local.get 564 i32.add local.get 565 i32.add local.get 566 i32.add local.get 567 i32.add local.get 568 i32.add
    local.get 569 i32.add local.get 570 i32.add local.get 571 i32.add local.get 572 i32.add local.get 573 i32.add local.get 574 i32.add local.get 575 i32.add local.get 576 i32.add
    local.get 577 i32.add local.get 578 i32.add local.get 579 i32.add local.get 580 i32.add local.get 581 i32.add local.get 582 i32.add local.get 583 i32.add local.get 584 i32.add
    local.get 585 i32.add local.get 586 i32.add local.get 587 i32.add local.get 588 i32.add local.get 589 i32.add local.get 590 i32.add local.get 591 i32.add local.get 592 i32.add
    local.get 593 i32.add local.get 594 i32.add local.get 595 i32.add local.get 596 i32.add local.get 597 i32.add local.get 598 i32.add local.get 599 i32.add local.get 600 i32.add
    local.get 601 i32.add local.get 602 i32.add local.get 603 i32.add local.get 604 i32.add local.get 605 i32.add local.get 606 i32.add local.get 607 i32.add local.get 608 i32.add
    local.get 609 i32.add local.get 610 i32.add local.get 611 i32.add local.get 612 i32.add local.get 613 i32.add local.get 614 i32.add local.get 615 i32.add local.get 616 i32.add
    local.get 617 i32.add local.get 618 i32.add local.get 619 i32.add local.get 620 i32.add local.get 621 i32.add local.get 622 i32.add local.get 623 i32.add local.get 624 i32.add
    local.get 625 i32.add local.get 626 i32.add local.get 627 i32.add local.get 628 i32.add local.get 629 i32.add local.get 630 i32.add local.get 631 i32.add local.get 632 i32.add
    local.get 633 i32.add local.get 634 i32.add local.get 635 i32.add local.get 636 i32.add local.get 637 i32.add local.get 638 i32.add local.get 639 i32.add local.get 640 i32.add
    local.get 641 i32.add local.get 642 i32.add local.get 643 i32.add local.get 644 i32.add local.get 645 i32.add local.get 646 i32.add local.get 647 i32.add local.get 648 i32.add
    local.get 649 i32.add local.get 650 i32.add local.get 651 i32.add local.get 652 i32.add local.get 653 i32.add local.get 654 i32.add local.get 655 i32.add local.get 656 i32.add
    local.get 657 i32.add local.get 658 i32.add local.get 659 i32.add local.get 660 i32.add local.get 661 i32.add local.get 662 i32.add local.get 663 i32.add local.get 664 i32.add
    local.get 665 i32.add local.get 666 i32.add local.get 667 i32.add local.get 668 i32.add local.get 669 i32.add local.get 670 i32.add local.get 671 i32.add local.get 672 i32.add
    local.get 673 i32.add local.get 674 i32.add local.get 675 i32.add local.get 676 i32.add local.get 677 i32.add local.get 678 i32.add local.get 679 i32.add local.get 680 i32.add
    local.get 681 i32.add local.get 682 i32.add local.get 683 i32.add local.get 684 i32.add local.get 685 i32.add local.get 686 i32.add local.get 687 i32.add local.get 688 i32.add
    local.get 689 i32.add local.get 690 i32.add local.get 691 i32.add local.get 692 i32.add local.get 693 i32.add local.get 694 i32.add local.get 695 i32.add local.get 696 i32.add
    local.get 697 i32.add local.get 698 i32.add local.get 699 i32.add local.get 700 i32.add local.get 701 i32.add local.get 702 i32.add local.get 703 i32.add local.get 704 i32.add
    local.get 705 i32.add local.get 706 i32.add local.get 707 i32.add local.get 708 i32.add local.get 709 i32.add local.get 710 i32.add local.get 711 i32.add local.get 712 i32.add
    local.get 713 i32.add local.get 714 i32.add local.get 715 i32.add local.get 716 i32.add local.get 717 i32.add local.get 718 i32.add local.get 719 i32.add local.get 720 i32.add
    local.get 721 i32.add local.get 722 i32.add local.get 723 i32.add local.get 724 i32.add local.get 725 i32.add local.get 726 i32.add local.get 727 i32.add local.get 728 i32.add
    local.get 729 i32.add local.get 730 i32.add local.get 731 i32.add local.get 732 i32.add local.get 733 i32.add local.get 734 i32.add local.get 735 i32.add local.get 736 i32.add
    local.get 737 i32.add local.get 738 i32.add local.get 739 i32.add local.get 740 i32.add local.get 741 i32.add local.get 742 i32.add local.get 743 i32.add local.get 744 i32.add
    local.get 745 i32.add local.get 746 i32.add local.get 747 i32.add local.get 748 i32.add local.get 749 i32.add local.get 750 i32.add local.get 751 i32.add local.get 752 i32.add
    local.get 753 i32.add local.get 754 i32.add local.get 755 i32.add local.get 756 i32.add local.get 757 i32.add local.get 758 i32.add local.get 759 i32.add local.get 760 i32.add
    local.get 761 i32.add local.get 762 i32.add local.get 763 i32.add local.get 764 i32.add local.get 765 i32.add local.get 766 i32.add local.get 767 i32.add local.get 768 i32.add
    local.get 769 i32.add local.get 770 i32.add local.get 771 i32.add local.get 772 i32.add local.get 773 i32.add local.get 774 i32.add local.get 775 i32.add local.get 776 i32.add
    local.get 777 i32.add local.get 778 i32.add local.get 779 i32.add local.get 780 i32.add local.get 781 i32.add local.get 782 i32.add local.get 783 i32.add local.get 784 i32.add
    local.get 785 i32.add local.get 786 i32.add local.get 787 i32.add local.get 788 i32.add local.get 789 i32.add local.get 790 i32.add local.get 791 i32.add local.get 792 i32.add
    local.get 793 i32.add local.get 794 i32.add local.get 795 i32.add local.get 796 i32.add local.get 797 i32.add local.get 798 i32.add local.get 799 i32.add local.get 800 i32.add
    local.get 801 i32.add local.get 802 i32.add local.get 803 i32.add local.get 804 i32.add local.get 805 i32.add local.get 806 i32.add local.get 807 i32.add local.get 808 i32.add
    local.get 809 i32.add local.get 810 i32.add local.get 811 i32.add local.get 812 i32.add local.get 813 i32.add local.get 814 i32.add local.get 815 i32.add local.get 816 i32.add
    local.get 817 i32.add local.get 818 i32.add local.get 819 i32.add local.get 820 i32.add local.get 821 i32.add local.get 822 i32.add local.get 823 i32.add local.get 824 i32.add
    local.get 825 i32.add local.get 826 i32.add local.get 827 i32.add local.get 828 i32.add local.get 829 i32.add local.get 830 i32.add local.get 831 i32.add local.get 832 i32.add
    local.get 833 i32.add local.get 834 i32.add local.get 835 i32.add local.get 836 i32.add local.get 837 i32.add local.get 838 i32.add local.get 839 i32.add local.get 840 i32.add
    local.get 841 i32.add local.get 842 i32.add local.get 843 i32.add local.get 844 i32.add local.get 845 i32.add local.get 846 i32.add local.get 847 i32.add local.get 848 i32.add
    local.get 849 i32.add local.get 850 i32.add local.get 851 i32.add local.get 852 i32.add local.get 853 i32.add local.get 854 i32.add local.get 855 i32.add local.get 856 i32.add
    local.get 857 i32.add local.get 858 i32.add local.get 859 i32.add local.get 860 i32.add local.get 861 i32.add local.get 862 i32.add local.get 863 i32.add local.get 864 i32.add
    local.get 865 i32.add local.get 866 i32.add local.get 867 i32.add local.get 868 i32.add local.get 869 i32.add local.get 870 i32.add local.get 871 i32.add local.get 872 i32.add
    local.get 873 i32.add local.get 874 i32.add local.get 875 i32.add local.get 876 i32.add local.get 877 i32.add local.get 878 i32.add local.get 879 i32.add local.get 880 i32.add
    local.get 881 i32.add local.get 882 i32.add local.get 883 i32.add local.get 884 i32.add local.get 885 i32.add local.get 886 i32.add local.get 887 i32.add local.get 888 i32.add
    local.get 889 i32.add local.get 890 i32.add local.get 891 i32.add local.get 892 i32.add local.get 893 i32.add local.get 894 i32.add local.get 895 i32.add local.get 896 i32.add
    local.get 897 i32.add local.get 898 i32.add local.get 899 i32.add local.get 900 i32.add local.get 901 i32.add local.get 902 i32.add local.get 903 i32.add local.get 904 i32.add
    local.get 905 i32.add local.get 906 i32.add local.get 907 i32.add local.get 908 i32.add local.get 909 i32.add local.get 910 i32.add local.get 911 i32.add local.get 912 i32.add
    local.get 913 i32.add local.get 914 i32.add local.get 915 i32.add local.get 916 i32.add local.get 917 i32.add local.get 918 i32.add local.get 919 i32.add local.get 920 i32.add
    local.get 921 i32.add local.get 922 i32.add local.get 923 i32.add local.get 924 i32.add local.get 925 i32.add local.get 926 i32.add local.get 927 i32.add local.get 928 i32.add
    local.get 929 i32.add local.get 930 i32.add local.get 931 i32.add local.get 932 i32.add local.get 933 i32.add local.get 934 i32.add local.get 935 i32.add local.get 936 i32.add
    local.get 937 i32.add local.get 938 i32.add local.get 939 i32.add local.get 940 i32.add local.get 941 i32.add local.get 942 i32.add local.get 943 i32.add local.get 944 i32.add
    local.get 945 i32.add local.get 946 i32.add local.get 947 i32.add local.get 948 i32.add local.get 949 i32.add local.get 950 i32.add local.get 951 i32.add local.get 952 i32.add
    local.get 953 i32.add local.get 954 i32.add local.get 955 i32.add local.get 956 i32.add local.get 957 i32.add local.get 958 i32.add local.get 959 i32.add local.get 960 i32.add
    local.get 961 i32.add local.get 962 i32.add local.get 963 i32.add local.get 964 i32.add local.get 965 i32.add local.get 966 i32.add local.get 967 i32.add local.get 968 i32.add
    local.get 969 i32.add local.get 970 i32.add local.get 971 i32.add local.get 972 i32.add local.get 973 i32.add local.get 974 i32.add local.get 975 i32.add local.get 976 i32.add
    local.get 977 i32.add local.get 978 i32.add local.get 979 i32.add local.get 980 i32.add local.get 981 i32.add local.get 982 i32.add local.get 983 i32.add local.get 984 i32.add
    local.get 985 i32.add local.get 986 i32.add local.get 987 i32.add local.get 988 i32.add local.get 989 i32.add local.get 990 i32.add local.get 991 i32.add local.get 992 i32.add
    local.get 993 i32.add local.get 994 i32.add local.get 995 i32.add local.get 996 i32.add local.get 997 i32.add local.get 998 i32.add local.get 999 i32.add local.get 1000 i32.add
    local.get 1001 i32.add local.get 1002 i32.add local.get 1003 i32.add local.get 1004 i32.add local.get 1005 i32.add local.get 1006 i32.add local.get 1007 i32.add local.get 1008 i32.add
    local.get 1009 i32.add local.get 1010 i32.add local.get 1011 i32.add local.get 1012 i32.add local.get 1013 i32.add local.get 1014 i32.add local.get 1015 i32.add local.get 1016 i32.add
    local.get 1017 i32.add local.get 1018 i32.add local.get 1019 i32.add local.get 1020 i32.add local.get 1021 i32.add local.get 1022 i32.add local.get 1023 i32.add local.get 1024 i32.add
    local.get 1025 i32.add local.get 1026 i32.add local.get 1027 i32.add local.get 1028 i32.add local.get 1029 i32.add local.get 1030 i32.add local.get 1031 i32.add local.get 1032 i32.add
    local.get 1033 i32.add local.get 1034 i32.add local.get 1035 i32.add local.get 1036 i32.add local.get 1037 i32.add local.get 1038 i32.add local.get 1039 i32.add local.get 1040 i32.add
    local.get 1041 i32.add local.get 1042 i32.add local.get 1043 i32.add local.get 1044 i32.add local.get 1045 i32.add local.get 1046 i32.add local.get 1047 i32.add local.get 1048 i32.add
    local.get 1049 i32.add local.get 1050 i32.add local.get 1051 i32.add local.get 1052 i32.add local.get 1053 i32.add local.get 1054 i32.add local.get 1055 i32.add local.get 1056 i32.add
    local.get 1057 i32.add local.get 1058 i32.add local.get 1059 i32.add local.get 1060 i32.add local.get 1061 i32.add local.get 1062 i32.add local.get 1063 i32.add local.get 1064 i32.add
    local.get 1065 i32.add local.get 1066 i32.add local.get 1067 i32.add local.get 1068 i32.add local.get 1069 i32.add local.get 1070 i32.add local.get 1071 i32.add local.get 1072 i32.add
    local.get 1073 i32.add local.get 1074 i32.add local.get 1075 i32.add local.get 1076 i32.add local.get 1077 i32.add local.get 1078 i32.add local.get 1079 i32.add local.get 1080 i32.add
    local.get 1081 i32.add local.get 1082 i32.add local.get 1083 i32.add local.get 1084 i32.add local.get 1085 i32.add local.get 1086 i32.add local.get 1087 i32.add local.get 1088 i32.add
    local.get 1089 i32.add local.get 1090 i32.add local.get 1091 i32.add local.get 1092 i32.add local.get 1093 i32.add local.get 1094 i32.add local.get 1095 i32.add local.get 1096 i32.add
    local.get 1097 i32.add local.get 1098 i32.add local.get 1099 i32.add local.get 1100 i32.add local.get 1101 i32.add local.get 1102 i32.add local.get 1103 i32.add local.get 1104 i32.add
    local.get 1105 i32.add local.get 1106 i32.add local.get 1107 i32.add local.get 1108 i32.add local.get 1109 i32.add local.get 1110 i32.add local.get 1111 i32.add local.get 1112 i32.add
    local.get 1113 i32.add local.get 1114 i32.add local.get 1115 i32.add local.get 1116 i32.add local.get 1117 i32.add local.get 1118 i32.add local.get 1119 i32.add local.get 1120 i32.add
    local.get 1121 i32.add local.get 1122 i32.add local.get 1123 i32.add local.get 1124 i32.add local.get 1125 i32.add local.get 1126 i32.add local.get 1127 i32.add local.get 1128 i32.add
    local.get 1129 i32.add local.get 1130 i32.add local.get 1131 i32.add local.get 1132 i32.add local.get 1133 i32.add local.get 1134 i32.add local.get 1135 i32.add local.get 1136 i32.add
    local.get 1137 i32.add local.get 1138 i32.add local.get 1139 i32.add local.get 1140 i32.add local.get 1141 i32.add local.get 1142 i32.add local.get 1143 i32.add local.get 1144 i32.add
    local.get 1145 i32.add local.get 1146 i32.add local.get 1147 i32.add local.get 1148 i32.add local.get 1149 i32.add local.get 1150 i32.add local.get 1151 i32.add local.get 1152 i32.add
    local.get 1153 i32.add local.get 1154 i32.add local.get 1155 i32.add local.get 1156 i32.add local.get 1157 i32.add local.get 1158 i32.add local.get 1159 i32.add local.get 1160 i32.add
    local.get 1161 i32.add local.get 1162 i32.add local.get 1163 i32.add local.get 1164 i32.add local.get 1165 i32.add local.get 1166 i32.add local.get 1167 i32.add local.get 1168 i32.add
    local.get 1169 i32.add local.get 1170 i32.add local.get 1171 i32.add local.get 1172 i32.add local.get 1173 i32.add local.get 1174 i32.add local.get 1175 i32.add local.get 1176 i32.add
    local.get 1177 i32.add local.get 1178 i32.add local.get 1179 i32.add local.get 1180 i32.add local.get 1181 i32.add local.get 1182 i32.add local.get 1183 i32.add local.get 1184 i32.add
    local.get 1185 i32.add local.get 1186 i32.add local.get 1187 i32.add local.get 1188 i32.add local.get 1189 i32.add local.get 1190 i32.add local.get 1191 i32.add local.get 1192 i32.add
    local.get 1193 i32.add local.get 1194 i32.add local.get 1195 i32.add local.get 1196 i32.add local.get 1197 i32.add local.get 1198 i32.add local.get 1199 i32.add local.get 1200 i32.add
    i64.const 0
    local.get 1201 i64.add local.get 1202 i64.add local.get 1203 i64.add local.get 1204 i64.add local.get 1205 i64.add local.get 1206 i64.add local.get 1207 i64.add local.get 1208 i64.add
    local.get 1209 i64.add local.get 1210 i64.add local.get 1211 i64.add local.get 1212 i64.add local.get 1213 i64.add local.get 1214 i64.add local.get 1215 i64.add local.get 1216 i64.add
    local.get 1217 i64.add local.get 1218 i64.add local.get 1219 i64.add local.get 1220 i64.add local.get 1221 i64.add local.get 1222 i64.add local.get 1223 i64.add local.get 1224 i64.add
    local.get 1225 i64.add local.get 1226 i64.add local.get 1227 i64.add local.get 1228 i64.add local.get 1229 i64.add local.get 1230 i64.add local.get 1231 i64.add local.get 1232 i64.add
    local.get 1233 i64.add local.get 1234 i64.add local.get 1235 i64.add local.get 1236 i64.add local.get 1237 i64.add local.get 1238 i64.add local.get 1239 i64.add local.get 1240 i64.add
    local.get 1241 i64.add local.get 1242 i64.add local.get 1243 i64.add local.get 1244 i64.add local.get 1245 i64.add local.get 1246 i64.add local.get 1247 i64.add local.get 1248 i64.add
    local.get 1249 i64.add local.get 1250 i64.add local.get 1251 i64.add local.get 1252 i64.add local.get 1253 i64.add local.get 1254 i64.add local.get 1255 i64.add local.get 1256 i64.add
    local.get 1257 i64.add local.get 1258 i64.add local.get 1259 i64.add local.get 1260 i64.add local.get 1261 i64.add local.get 1262 i64.add local.get 1263 i64.add local.get 1264 i64.add
    local.get 1265 i64.add local.get 1266 i64.add local.get 1267 i64.add local.get 1268 i64.add local.get 1269 i64.add local.get 1270 i64.add local.get 1271 i64.add local.get 1272 i64.add
    local.get 1273 i64.add local.get 1274 i64.add local.get 1275 i64.add local.get 1276 i64.add local.get 1277 i64.add local.get 1278 i64.add local.get 1279 i64.add local.get 1280 i64.add
    local.get 1281 i64.add local.get 1282 i64.add local.get 1283 i64.add local.get 1284 i64.add local.get 1285 i64.add local.get 1286 i64.add local.get 1287 i64.add local.get 1288 i64.add
    local.get 1289 i64.add local.get 1290 i64.add local.get 1291 i64.add local.get 1292 i64.add local.get 1293 i64.add local.get 1294 i64.add local.get 1295 i64.add local.get 1296 i64.add
    local.get 1297 i64.add local.get 1298 i64.add local.get 1299 i64.add local.get 1300 i64.add local.get 1301 i64.add local.get 1302 i64.add local.get 1303 i64.add local.get 1304 i64.add
    local.get 1305 i64.add local.get 1306 i64.add local.get 1307 i64.add local.get 1308 i64.add local.get 1309 i64.add local.get 1310 i64.add local.get 1311 i64.add local.get 1312 i64.add
    local.get 1313 i64.add local.get 1314 i64.add local.get 1315 i64.add local.get 1316 i64.add local.get 1317 i64.add local.get 1318 i64.add local.get 1319 i64.add local.get 1320 i64.add
    local.get 1321 i64.add local.get 1322 i64.add local.get 1323 i64.add local.get 1324 i64.add local.get 1325 i64.add local.get 1326 i64.add local.get 1327 i64.add local.get 1328 i64.add
    local.get 1329 i64.add local.get 1330 i64.add local.get 1331 i64.add local.get 1332 i64.add local.get 1333 i64.add local.get 1334 i64.add local.get 1335 i64.add local.get 1336 i64.add
    local.get 1337 i64.add local.get 1338 i64.add local.get 1339 i64.add local.get 1340 i64.add local.get 1341 i64.add local.get 1342 i64.add local.get 1343 i64.add local.get 1344 i64.add
    local.get 1345 i64.add local.get 1346 i64.add local.get 1347 i64.add local.get 1348 i64.add local.get 1349 i64.add local.get 1350 i64.add local.get 1351 i64.add local.get 1352 i64.add
    local.get 1353 i64.add local.get 1354 i64.add local.get 1355 i64.add local.get 1356 i64.add local.get 1357 i64.add local.get 1358 i64.add local.get 1359 i64.add local.get 1360 i64.add
    local.get 1361 i64.add local.get 1362 i64.add local.get 1363 i64.add local.get 1364 i64.add local.get 1365 i64.add local.get 1366 i64.add local.get 1367 i64.add local.get 1368 i64.add
    local.get 1369 i64.add local.get 1370 i64.add local.get 1371 i64.add local.get 1372 i64.add local.get 1373 i64.add local.get 1374 i64.add local.get 1375 i64.add local.get 1376 i64.add
    local.get 1377 i64.add local.get 1378 i64.add local.get 1379 i64.add local.get 1380 i64.add local.get 1381 i64.add local.get 1382 i64.add local.get 1383 i64.add local.get 1384 i64.add
    local.get 1385 i64.add local.get 1386 i64.add local.get 1387 i64.add local.get 1388 i64.add local.get 1389 i64.add local.get 1390 i64.add local.get 1391 i64.add local.get 1392 i64.add
    local.get 1393 i64.add local.get 1394 i64.add local.get 1395 i64.add local.get 1396 i64.add local.get 1397 i64.add local.get 1398 i64.add local.get 1399 i64.add local.get 1400 i64.add
    local.get 1401 i64.add local.get 1402 i64.add local.get 1403 i64.add local.get 1404 i64.add local.get 1405 i64.add local.get 1406 i64.add local.get 1407 i64.add local.get 1408 i64.add
    local.get 1409 i64.add local.get 1410 i64.add local.get 1411 i64.add local.get 1412 i64.add local.get 1413 i64.add local.get 1414 i64.add local.get 1415 i64.add local.get 1416 i64.add
    local.get 1417 i64.add local.get 1418 i64.add local.get 1419 i64.add local.get 1420 i64.add local.get 1421 i64.add local.get 1422 i64.add local.get 1423 i64.add local.get 1424 i64.add
    local.get 1425 i64.add local.get 1426 i64.add local.get 1427 i64.add local.get 1428 i64.add local.get 1429 i64.add local.get 1430 i64.add local.get 1431 i64.add local.get 1432 i64.add
    local.get 1433 i64.add local.get 1434 i64.add local.get 1435 i64.add local.get 1436 i64.add local.get 1437 i64.add local.get 1438 i64.add local.get 1439 i64.add local.get 1440 i64.add
    local.get 1441 i64.add local.get 1442 i64.add local.get 1443 i64.add local.get 1444 i64.add local.get 1445 i64.add local.get 1446 i64.add local.get 1447 i64.add local.get 1448 i64.add
    local.get 1449 i64.add local.get 1450 i64.add local.get 1451 i64.add local.get 1452 i64.add local.get 1453 i64.add local.get 1454 i64.add local.get 1455 i64.add local.get 1456 i64.add
    local.get 1457 i64.add local.get 1458 i64.add local.get 1459 i64.add local.get 1460 i64.add local.get 1461 i64.add local.get 1462 i64.add local.get 1463 i64.add local.get 1464 i64.add
    local.get 1465 i64.add local.get 1466 i64.add local.get 1467 i64.add local.get 1468 i64.add local.get 1469 i64.add local.get 1470 i64.add local.get 1471 i64.add local.get 1472 i64.add
    local.get 1473 i64.add local.get 1474 i64.add local.get 1475 i64.add local.get 1476 i64.add local.get 1477 i64.add local.get 1478 i64.add local.get 1479 i64.add local.get 1480 i64.add
    local.get 1481 i64.add local.get 1482 i64.add local.get 1483 i64.add local.get 1484 i64.add local.get 1485 i64.add local.get 1486 i64.add local.get 1487 i64.add local.get 1488 i64.add
    local.get 1489 i64.add local.get 1490 i64.add local.get 1491 i64.add local.get 1492 i64.add local.get 1493 i64.add local.get 1494 i64.add local.get 1495 i64.add local.get 1496 i64.add
    local.get 1497 i64.add local.get 1498 i64.add local.get 1499 i64.add local.get 1500 i64.add local.get 1501 i64.add local.get 1502 i64.add local.get 1503 i64.add local.get 1504 i64.add
    local.get 1505 i64.add local.get 1506 i64.add local.get 1507 i64.add local.get 1508 i64.add local.get 1509 i64.add local.get 1510 i64.add local.get 1511 i64.add local.get 1512 i64.add
    local.get 1513 i64.add local.get 1514 i64.add local.get 1515 i64.add local.get 1516 i64.add local.get 1517 i64.add local.get 1518 i64.add local.get 1519 i64.add local.get 1520 i64.add
    local.get 1521 i64.add local.get 1522 i64.add local.get 1523 i64.add local.get 1524 i64.add local.get 1525 i64.add local.get 1526 i64.add local.get 1527 i64.add local.get 1528 i64.add
    local.get 1529 i64.add local.get 1530 i64.add local.get 1531 i64.add local.get 1532 i64.add local.get 1533 i64.add local.get 1534 i64.add local.get 1535 i64.add local.get 1536 i64.add
    local.get 1537 i64.add local.get 1538 i64.add local.get 1539 i64.add local.get 1540 i64.add local.get 1541 i64.add local.get 1542 i64.add local.get 1543 i64.add local.get 1544 i64.add
    local.get 1545 i64.add local.get 1546 i64.add local.get 1547 i64.add local.get 1548 i64.add local.get 1549 i64.add local.get 1550 i64.add local.get 1551 i64.add local.get 1552 i64.add
    local.get 1553 i64.add local.get 1554 i64.add local.get 1555 i64.add local.get 1556 i64.add local.get 1557 i64.add local.get 1558 i64.add local.get 1559 i64.add local.get 1560 i64.add
    local.get 1561 i64.add local.get 1562 i64.add local.get 1563 i64.add local.get 1564 i64.add local.get 1565 i64.add local.get 1566 i64.add local.get 1567 i64.add local.get 1568 i64.add
    local.get 1569 i64.add local.get 1570 i64.add local.get 1571 i64.add local.get 1572 i64.add local.get 1573 i64.add local.get 1574 i64.add local.get 1575 i64.add local.get 1576 i64.add
    local.get 1577 i64.add local.get 1578 i64.add local.get 1579 i64.add local.get 1580 i64.add local.get 1581 i64.add local.get 1582 i64.add local.get 1583 i64.add local.get 1584 i64.add
    local.get 1585 i64.add local.get 1586 i64.add local.get 1587 i64.add local.get 1588 i64.add local.get 1589 i64.add local.get 1590 i64.add local.get 1591 i64.add local.get 1592 i64.add
    local.get 1593 i64.add local.get 1594 i64.add local.get 1595 i64.add local.get 1596 i64.add local.get 1597 i64.add local.get 1598 i64.add local.get 1599 i64.add local.get 1600 i64.add
    local.get 1601 i64.add local.get 1602 i64.add local.get 1603 i64.add local.get 1604 i64.add local.get 1605 i64.add local.get 1606 i64.add local.get 1607 i64.add local.get 1608 i64.add
    local.get 1609 i64.add local.get 1610 i64.add local.get 1611 i64.add local.get 1612 i64.add local.get 1613 i64.add local.get 1614 i64.add local.get 1615 i64.add local.get 1616 i64.add
    local.get 1617 i64.add local.get 1618 i64.add local.get 1619 i64.add local.get 1620 i64.add local.get 1621 i64.add local.get 1622 i64.add local.get 1623 i64.add local.get 1624 i64.add
    local.get 1625 i64.add local.get 1626 i64.add local.get 1627 i64.add local.get 1628 i64.add local.get 1629 i64.add local.get 1630 i64.add local.get 1631 i64.add local.get 1632 i64.add
    local.get 1633 i64.add local.get 1634 i64.add local.get 1635 i64.add local.get 1636 i64.add local.get 1637 i64.add local.get 1638 i64.add local.get 1639 i64.add local.get 1640 i64.add
    local.get 1641 i64.add local.get 1642 i64.add local.get 1643 i64.add local.get 1644 i64.add local.get 1645 i64.add local.get 1646 i64.add local.get 1647 i64.add local.get 1648 i64.add
    local.get 1649 i64.add local.get 1650 i64.add local.get 1651 i64.add local.get 1652 i64.add local.get 1653 i64.add local.get 1654 i64.add local.get 1655 i64.add local.get 1656 i64.add
    local.get 1657 i64.add local.get 1658 i64.add local.get 1659 i64.add local.get 1660 i64.add local.get 1661 i64.add local.get 1662 i64.add local.get 1663 i64.add local.get 1664 i64.add
    local.get 1665 i64.add local.get 1666 i64.add local.get 1667 i64.add local.get 1668 i64.add local.get 1669 i64.add local.get 1670 i64.add local.get 1671 i64.add local.get 1672 i64.add
    local.get 1673 i64.add local.get 1674 i64.add local.get 1675 i64.add local.get 1676 i64.add local.get 1677 i64.add local.get 1678 i64.add local.get 1679 i64.add local.get 1680 i64.add
    local.get 1681 i64.add local.get 1682 i64.add local.get 1683 i64.add local.get 1684 i64.add local.get 1685 i64.add local.get 1686 i64.add local.get 1687 i64.add local.get 1688 i64.add
    local.get 1689 i64.add local.get 1690 i64.add local.get 1691 i64.add local.get 1692 i64.add local.get 1693 i64.add local.get 1694 i64.add local.get 1695 i64.add local.get 1696 i64.add
    local.get 1697 i64.add local.get 1698 i64.add local.get 1699 i64.add local.get 1700 i64.add local.get 1701 i64.add local.get 1702 i64.add local.get 1703 i64.add local.get 1704 i64.add
    local.get 1705 i64.add local.get 1706 i64.add local.get 1707 i64.add local.get 1708 i64.add local.get 1709 i64.add local.get 1710 i64.add local.get 1711 i64.add local.get 1712 i64.add
    local.get 1713 i64.add local.get 1714 i64.add local.get 1715 i64.add local.get 1716 i64.add local.get 1717 i64.add local.get 1718 i64.add local.get 1719 i64.add local.get 1720 i64.add
    local.get 1721 i64.add local.get 1722 i64.add local.get 1723 i64.add local.get 1724 i64.add local.get 1725 i64.add local.get 1726 i64.add local.get 1727 i64.add local.get 1728 i64.add
    local.get 1729 i64.add local.get 1730 i64.add local.get 1731 i64.add local.get 1732 i64.add local.get 1733 i64.add local.get 1734 i64.add local.get 1735 i64.add local.get 1736 i64.add
    local.get 1737 i64.add local.get 1738 i64.add local.get 1739 i64.add local.get 1740 i64.add local.get 1741 i64.add local.get 1742 i64.add local.get 1743 i64.add local.get 1744 i64.add
    local.get 1745 i64.add local.get 1746 i64.add local.get 1747 i64.add local.get 1748 i64.add local.get 1749 i64.add local.get 1750 i64.add local.get 1751 i64.add local.get 1752 i64.add
    local.get 1753 i64.add local.get 1754 i64.add local.get 1755 i64.add local.get 1756 i64.add local.get 1757 i64.add local.get 1758 i64.add local.get 1759 i64.add local.get 1760 i64.add
    local.get 1761 i64.add local.get 1762 i64.add local.get 1763 i64.add local.get 1764 i64.add local.get 1765 i64.add local.get 1766 i64.add local.get 1767 i64.add local.get 1768 i64.add
    local.get 1769 i64.add local.get 1770 i64.add local.get 1771 i64.add local.get 1772 i64.add local.get 1773 i64.add local.get 1774 i64.add local.get 1775 i64.add local.get 1776 i64.add
    local.get 1777 i64.add local.get 1778 i64.add local.get 1779 i64.add local.get 1780 i64.add local.get 1781 i64.add local.get 1782 i64.add local.get 1783 i64.add local.get 1784 i64.add
    local.get 1785 i64.add local.get 1786 i64.add local.get 1787 i64.add local.get 1788 i64.add local.get 1789 i64.add local.get 1790 i64.add local.get 1791 i64.add local.get 1792 i64.add
    local.get 1793 i64.add local.get 1794 i64.add local.get 1795 i64.add local.get 1796 i64.add local.get 1797 i64.add local.get 1798 i64.add local.get 1799 i64.add local.get 1800 i64.add
    local.get 1801 i64.add local.get 1802 i64.add local.get 1803 i64.add local.get 1804 i64.add local.get 1805 i64.add local.get 1806 i64.add local.get 1807 i64.add local.get 1808 i64.add
    local.get 1809 i64.add local.get 1810 i64.add local.get 1811 i64.add local.get 1812 i64.add local.get 1813 i64.add local.get 1814 i64.add local.get 1815 i64.add local.get 1816 i64.add
    local.get 1817 i64.add local.get 1818 i64.add local.get 1819 i64.add local.get 1820 i64.add local.get 1821 i64.add local.get 1822 i64.add local.get 1823 i64.add local.get 1824 i64.add
    local.get 1825 i64.add local.get 1826 i64.add local.get 1827 i64.add local.get 1828 i64.add local.get 1829 i64.add local.get 1830 i64.add local.get 1831 i64.add local.get 1832 i64.add
    local.get 1833 i64.add local.get 1834 i64.add local.get 1835 i64.add local.get 1836 i64.add local.get 1837 i64.add local.get 1838 i64.add local.get 1839 i64.add local.get 1840 i64.add
    local.get 1841 i64.add local.get 1842 i64.add local.get 1843 i64.add local.get 1844 i64.add local.get 1845 i64.add local.get 1846 i64.add local.get 1847 i64.add local.get 1848 i64.add
    local.get 1849 i64.add local.get 1850 i64.add local.get 1851 i64.add local.get 1852 i64.add local.get 1853 i64.add local.get 1854 i64.add local.get 1855 i64.add local.get 1856 i64.add
    local.get 1857 i64.add local.get 1858 i64.add local.get 1859 i64.add local.get 1860 i64.add local.get 1861 i64.add local.get 1862 i64.add local.get 1863 i64.add local.get 1864 i64.add
    local.get 1865 i64.add local.get 1866 i64.add local.get 1867 i64.add local.get 1868 i64.add local.get 1869 i64.add local.get 1870 i64.add local.get 1871 i64.add local.get 1872 i64.add
    local.get 1873 i64.add local.get 1874 i64.add local.get 1875 i64.add local.get 1876 i64.add local.get 1877 i64.add local.get 1878 i64.add local.get 1879 i64.add local.get 1880 i64.add
    local.get 1881 i64.add local.get 1882 i64.add local.get 1883 i64.add local.get 1884 i64.add local.get 1885 i64.add local.get 1886 i64.add local.get 1887 i64.add local.get 1888 i64.add
    local.get 1889 i64.add local.get 1890 i64.add local.get 1891 i64.add local.get 1892 i64.add local.get 1893 i64.add local.get 1894 i64.add local.get 1895 i64.add local.get 1896 i64.add
    local.get 1897 i64.add local.get 1898 i64.add local.get 1899 i64.add local.get 1900 i64.add local.get 1901 i64.add local.get 1902 i64.add local.get 1903 i64.add local.get 1904 i64.add
    local.get 1905 i64.add local.get 1906 i64.add local.get 1907 i64.add local.get 1908 i64.add local.get 1909 i64.add local.get 1910 i64.add local.get 1911 i64.add local.get 1912 i64.add
    local.get 1913 i64.add local.get 1914 i64.add local.get 1915 i64.add local.get 1916 i64.add local.get 1917 i64.add local.get 1918 i64.add local.get 1919 i64.add local.get 1920 i64.add
    local.get 1921 i64.add local.get 1922 i64.add local.get 1923 i64.add local.get 1924 i64.add local.get 1925 i64.add local.get 1926 i64.add local.get 1927 i64.add local.get 1928 i64.add
    local.get 1929 i64.add local.get 1930 i64.add local.get 1931 i64.add local.get 1932 i64.add local.get 1933 i64.add local.get 1934 i64.add local.get 1935 i64.add local.get 1936 i64.add
    local.get 1937 i64.add local.get 1938 i64.add local.get 1939 i64.add local.get 1940 i64.add local.get 1941 i64.add local.get 1942 i64.add local.get 1943 i64.add local.get 1944 i64.add
    local.get 1945 i64.add local.get 1946 i64.add local.get 1947 i64.add local.get 1948 i64.add local.get 1949 i64.add local.get 1950 i64.add local.get 1951 i64.add local.get 1952 i64.add
    local.get 1953 i64.add local.get 1954 i64.add local.get 1955 i64.add local.get 1956 i64.add local.get 1957 i64.add local.get 1958 i64.add local.get 1959 i64.add local.get 1960 i64.add
    local.get 1961 i64.add local.get 1962 i64.add local.get 1963 i64.add local.get 1964 i64.add local.get 1965 i64.add local.get 1966 i64.add local.get 1967 i64.add local.get 1968 i64.add
    local.get 1969 i64.add local.get 1970 i64.add local.get 1971 i64.add local.get 1972 i64.add local.get 1973 i64.add local.get 1974 i64.add local.get 1975 i64.add local.get 1976 i64.add
    local.get 1977 i64.add local.get 1978 i64.add local.get 1979 i64.add local.get 1980 i64.add local.get 1981 i64.add local.get 1982 i64.add local.get 1983 i64.add local.get 1984 i64.add
    local.get 1985 i64.add local.get 1986 i64.add local.get 1987 i64.add local.get 1988 i64.add local.get 1989 i64.add local.get 1990 i64.add local.get 1991 i64.add local.get 1992 i64.add
    local.get 1993 i64.add local.get 1994 i64.add local.get 1995 i64.add local.get 1996 i64.add local.get 1997 i64.add local.get 1998 i64.add local.get 1999 i64.add local.get 2000 i64.add
    local.get 2001 i64.trunc_f64_s i64.add local.get 2002 i64.trunc_f64_s i64.add local.get 2003 i64.trunc_f64_s i64.add local.get 2004 i64.trunc_f64_s i64.add local.get 2005 i64.trunc_f64_s i64.add local.get 2006 i64.trunc_f64_s i64.add
    local.get 2007 i64.trunc_f64_s i64.add local.get 2008 i64.trunc_f64_s i64.add local.get 2009 i64.trunc_f64_s i64.add local.get 2010 i64.trunc_f64_s i64.add local.get 2011 i64.trunc_f64_s i64.add local.get 2012 i64.trunc_f64_s i64.add
    local.get 2013 i64.trunc_f64_s i64.add local.get 2014 i64.trunc_f64_s i64.add local.get 2015 i64.trunc_f64_s i64.add local.get 2016 i64.trunc_f64_s i64.add local.get 2017 i64.trunc_f64_s i64.add local.get 2018 i64.trunc_f64_s i64.add
    local.get 2019 i64.trunc_f64_s i64.add local.get 2020 i64.trunc_f64_s i64.add local.get 2021 i64.trunc_f64_s i64.add local.get 2022 i64.trunc_f64_s i64.add local.get 2023 i64.trunc_f64_s i64.add local.get 2024 i64.trunc_f64_s i64.add
    local.get 2025 i64.trunc_f64_s i64.add local.get 2026 i64.trunc_f64_s i64.add local.get 2027 i64.trunc_f64_s i64.add local.get 2028 i64.trunc_f64_s i64.add local.get 2029 i64.trunc_f64_s i64.add local.get 2030 i64.trunc_f64_s i64.add
    local.get 2031 i64.trunc_f64_s i64.add local.get 2032 i64.trunc_f64_s i64.add local.get 2033 i64.trunc_f64_s i64.add local.get 2034 i64.trunc_f64_s i64.add local.get 2035 i64.trunc_f64_s i64.add local.get 2036 i64.trunc_f64_s i64.add
    local.get 2037 i64.trunc_f64_s i64.add local.get 2038 i64.trunc_f64_s i64.add local.get 2039 i64.trunc_f64_s i64.add local.get 2040 i64.trunc_f64_s i64.add local.get 2041 i64.trunc_f64_s i64.add local.get 2042 i64.trunc_f64_s i64.add
    local.get 2043 i64.trunc_f64_s i64.add local.get 2044 i64.trunc_f64_s i64.add local.get 2045 i64.trunc_f64_s i64.add local.get 2046 i64.trunc_f64_s i64.add local.get 2047 i64.trunc_f64_s i64.add local.get 2048 i64.trunc_f64_s i64.add
    local.get 2049 i64.trunc_f64_s i64.add local.get 2050 i64.trunc_f64_s i64.add local.get 2051 i64.trunc_f64_s i64.add local.get 2052 i64.trunc_f64_s i64.add local.get 2053 i64.trunc_f64_s i64.add local.get 2054 i64.trunc_f64_s i64.add
    local.get 2055 i64.trunc_f64_s i64.add local.get 2056 i64.trunc_f64_s i64.add local.get 2057 i64.trunc_f64_s i64.add local.get 2058 i64.trunc_f64_s i64.add local.get 2059 i64.trunc_f64_s i64.add local.get 2060 i64.trunc_f64_s i64.add
    local.get 2061 i64.trunc_f64_s i64.add local.get 2062 i64.trunc_f64_s i64.add local.get 2063 i64.trunc_f64_s i64.add local.get 2064 i64.trunc_f64_s i64.add local.get 2065 i64.trunc_f64_s i64.add local.get 2066 i64.trunc_f64_s i64.add
    local.get 2067 i64.trunc_f64_s i64.add local.get 2068 i64.trunc_f64_s i64.add local.get 2069 i64.trunc_f64_s i64.add local.get 2070 i64.trunc_f64_s i64.add local.get 2071 i64.trunc_f64_s i64.add local.get 2072 i64.trunc_f64_s i64.add
    local.get 2073 i64.trunc_f64_s i64.add local.get 2074 i64.trunc_f64_s i64.add local.get 2075 i64.trunc_f64_s i64.add local.get 2076 i64.trunc_f64_s i64.add local.get 2077 i64.trunc_f64_s i64.add local.get 2078 i64.trunc_f64_s i64.add
    local.get 2079 i64.trunc_f64_s i64.add local.get 2080 i64.trunc_f64_s i64.add local.get 2081 i64.trunc_f64_s i64.add local.get 2082 i64.trunc_f64_s i64.add local.get 2083 i64.trunc_f64_s i64.add local.get 2084 i64.trunc_f64_s i64.add
    local.get 2085 i64.trunc_f64_s i64.add local.get 2086 i64.trunc_f64_s i64.add local.get 2087 i64.trunc_f64_s i64.add local.get 2088 i64.trunc_f64_s i64.add local.get 2089 i64.trunc_f64_s i64.add local.get 2090 i64.trunc_f64_s i64.add
    local.get 2091 i64.trunc_f64_s i64.add local.get 2092 i64.trunc_f64_s i64.add local.get 2093 i64.trunc_f64_s i64.add local.get 2094 i64.trunc_f64_s i64.add local.get 2095 i64.trunc_f64_s i64.add local.get 2096 i64.trunc_f64_s i64.add
    local.get 2097 i64.trunc_f64_s i64.add local.get 2098 i64.trunc_f64_s i64.add local.get 2099 i64.trunc_f64_s i64.add local.get 2100 i64.trunc_f64_s i64.add local.get 2101 i64.trunc_f64_s i64.add local.get 2102 i64.trunc_f64_s i64.add
    local.get 2103 i64.trunc_f64_s i64.add local.get 2104 i64.trunc_f64_s i64.add local.get 2105 i64.trunc_f64_s i64.add local.get 2106 i64.trunc_f64_s i64.add local.get 2107 i64.trunc_f64_s i64.add local.get 2108 i64.trunc_f64_s i64.add
    local.get 2109 i64.trunc_f64_s i64.add local.get 2110 i64.trunc_f64_s i64.add local.get 2111 i64.trunc_f64_s i64.add local.get 2112 i64.trunc_f64_s i64.add local.get 2113 i64.trunc_f64_s i64.add local.get 2114 i64.trunc_f64_s i64.add
    local.get 2115 i64.trunc_f64_s i64.add local.get 2116 i64.trunc_f64_s i64.add local.get 2117 i64.trunc_f64_s i64.add local.get 2118 i64.trunc_f64_s i64.add local.get 2119 i64.trunc_f64_s i64.add local.get 2120 i64.trunc_f64_s i64.add
    local.get 2121 i64.trunc_f64_s i64.add local.get 2122 i64.trunc_f64_s i64.add local.get 2123 i64.trunc_f64_s i64.add local.get 2124 i64.trunc_f64_s i64.add local.get 2125 i64.trunc_f64_s i64.add local.get 2126 i64.trunc_f64_s i64.add
    local.get 2127 i64.trunc_f64_s i64.add local.get 2128 i64.trunc_f64_s i64.add local.get 2129 i64.trunc_f64_s i64.add local.get 2130 i64.trunc_f64_s i64.add local.get 2131 i64.trunc_f64_s i64.add local.get 2132 i64.trunc_f64_s i64.add
    local.get 2133 i64.trunc_f64_s i64.add local.get 2134 i64.trunc_f64_s i64.add local.get 2135 i64.trunc_f64_s i64.add local.get 2136 i64.trunc_f64_s i64.add local.get 2137 i64.trunc_f64_s i64.add local.get 2138 i64.trunc_f64_s i64.add
    local.get 2139 i64.trunc_f64_s i64.add local.get 2140 i64.trunc_f64_s i64.add local.get 2141 i64.trunc_f64_s i64.add local.get 2142 i64.trunc_f64_s i64.add local.get 2143 i64.trunc_f64_s i64.add local.get 2144 i64.trunc_f64_s i64.add
    local.get 2145 i64.trunc_f64_s i64.add local.get 2146 i64.trunc_f64_s i64.add local.get 2147 i64.trunc_f64_s i64.add local.get 2148 i64.trunc_f64_s i64.add local.get 2149 i64.trunc_f64_s i64.add local.get 2150 i64.trunc_f64_s i64.add
    local.get 2151 i64.trunc_f64_s i64.add local.get 2152 i64.trunc_f64_s i64.add local.get 2153 i64.trunc_f64_s i64.add local.get 2154 i64.trunc_f64_s i64.add local.get 2155 i64.trunc_f64_s i64.add local.get 2156 i64.trunc_f64_s i64.add
    local.get 2157 i64.trunc_f64_s i64.add local.get 2158 i64.trunc_f64_s i64.add local.get 2159 i64.trunc_f64_s i64.add local.get 2160 i64.trunc_f64_s i64.add local.get 2161 i64.trunc_f64_s i64.add local.get 2162 i64.trunc_f64_s i64.add
    local.get 2163 i64.trunc_f64_s i64.add local.get 2164 i64.trunc_f64_s i64.add local.get 2165 i64.trunc_f64_s i64.add local.get 2166 i64.trunc_f64_s i64.add local.get 2167 i64.trunc_f64_s i64.add local.get 2168 i64.trunc_f64_s i64.add
    local.get 2169 i64.trunc_f64_s i64.add local.get 2170 i64.trunc_f64_s i64.add local.get 2171 i64.trunc_f64_s i64.add local.get 2172 i64.trunc_f64_s i64.add local.get 2173 i64.trunc_f64_s i64.add local.get 2174 i64.trunc_f64_s i64.add
    local.get 2175 i64.trunc_f64_s i64.add local.get 2176 i64.trunc_f64_s i64.add local.get 2177 i64.trunc_f64_s i64.add local.get 2178 i64.trunc_f64_s i64.add local.get 2179 i64.trunc_f64_s i64.add local.get 2180 i64.trunc_f64_s i64.add
    local.get 2181 i64.trunc_f64_s i64.add local.get 2182 i64.trunc_f64_s i64.add local.get 2183 i64.trunc_f64_s i64.add local.get 2184 i64.trunc_f64_s i64.add local.get 2185 i64.trunc_f64_s i64.add local.get 2186 i64.trunc_f64_s i64.add
    local.get 2187 i64.trunc_f64_s i64.add local.get 2188 i64.trunc_f64_s i64.add local.get 2189 i64.trunc_f64_s i64.add local.get 2190 i64.trunc_f64_s i64.add local.get 2191 i64.trunc_f64_s i64.add local.get 2192 i64.trunc_f64_s i64.add
    local.get 2193 i64.trunc_f64_s i64.add local.get 2194 i64.trunc_f64_s i64.add local.get 2195 i64.trunc_f64_s i64.add local.get 2196 i64.trunc_f64_s i64.add local.get 2197 i64.trunc_f64_s i64.add local.get 2198 i64.trunc_f64_s i64.add
    local.get 2199 i64.trunc_f64_s i64.add local.get 2200 i64.trunc_f64_s i64.add local.get 2201 i64.trunc_f64_s i64.add local.get 2202 i64.trunc_f64_s i64.add local.get 2203 i64.trunc_f64_s i64.add local.get 2204 i64.trunc_f64_s i64.add
    local.get 2205 i64.trunc_f64_s i64.add local.get 2206 i64.trunc_f64_s i64.add local.get 2207 i64.trunc_f64_s i64.add local.get 2208 i64.trunc_f64_s i64.add local.get 2209 i64.trunc_f64_s i64.add local.get 2210 i64.trunc_f64_s i64.add
    local.get 2211 i64.trunc_f64_s i64.add local.get 2212 i64.trunc_f64_s i64.add local.get 2213 i64.trunc_f64_s i64.add local.get 2214 i64.trunc_f64_s i64.add local.get 2215 i64.trunc_f64_s i64.add local.get 2216 i64.trunc_f64_s i64.add
    local.get 2217 i64.trunc_f64_s i64.add local.get 2218 i64.trunc_f64_s i64.add local.get 2219 i64.trunc_f64_s i64.add local.get 2220 i64.trunc_f64_s i64.add local.get 2221 i64.trunc_f64_s i64.add local.get 2222 i64.trunc_f64_s i64.add
    local.get 2223 i64.trunc_f64_s i64.add local.get 2224 i64.trunc_f64_s i64.add local.get 2225 i64.trunc_f64_s i64.add local.get 2226 i64.trunc_f64_s i64.add local.get 2227 i64.trunc_f64_s i64.add local.get 2228 i64.trunc_f64_s i64.add
    local.get 2229 i64.trunc_f64_s i64.add local.get 2230 i64.trunc_f64_s i64.add local.get 2231 i64.trunc_f64_s i64.add local.get 2232 i64.trunc_f64_s i64.add local.get 2233 i64.trunc_f64_s i64.add local.get 2234 i64.trunc_f64_s i64.add
    local.get 2235 i64.trunc_f64_s i64.add local.get 2236 i64.trunc_f64_s i64.add local.get 2237 i64.trunc_f64_s i64.add local.get 2238 i64.trunc_f64_s i64.add local.get 2239 i64.trunc_f64_s i64.add local.get 2240 i64.trunc_f64_s i64.add
    local.get 2241 i64.trunc_f64_s i64.add local.get 2242 i64.trunc_f64_s i64.add local.get 2243 i64.trunc_f64_s i64.add local.get 2244 i64.trunc_f64_s i64.add local.get 2245 i64.trunc_f64_s i64.add local.get 2246 i64.trunc_f64_s i64.add
    local.get 2247 i64.trunc_f64_s i64.add local.get 2248 i64.trunc_f64_s i64.add local.get 2249 i64.trunc_f64_s i64.add local.get 2250 i64.trunc_f64_s i64.add local.get 2251 i64.trunc_f64_s i64.add local.get 2252 i64.trunc_f64_s i64.add
    local.get 2253 i64.trunc_f64_s i64.add local.get 2254 i64.trunc_f64_s i64.add local.get 2255 i64.trunc_f64_s i64.add local.get 2256 i64.trunc_f64_s i64.add local.get 2257 i64.trunc_f64_s i64.add local.get 2258 i64.trunc_f64_s i64.add
    local.get 2259 i64.trunc_f64_s i64.add local.get 2260 i64.trunc_f64_s i64.add local.get 2261 i64.trunc_f64_s i64.add local.get 2262 i64.trunc_f64_s i64.add local.get 2263 i64.trunc_f64_s i64.add local.get 2264 i64.trunc_f64_s i64.add
    local.get 2265 i64.trunc_f64_s i64.add local.get 2266 i64.trunc_f64_s i64.add local.get 2267 i64.trunc_f64_s i64.add local.get 2268 i64.trunc_f64_s i64.add local.get 2269 i64.trunc_f64_s i64.add local.get 2270 i64.trunc_f64_s i64.add
    local.get 2271 i64.trunc_f64_s i64.add local.get 2272 i64.trunc_f64_s i64.add local.get 2273 i64.trunc_f64_s i64.add local.get 2274 i64.trunc_f64_s i64.add local.get 2275 i64.trunc_f64_s i64.add local.get 2276 i64.trunc_f64_s i64.add
    local.get 2277 i64.trunc_f64_s i64.add local.get 2278 i64.trunc_f64_s i64.add local.get 2279 i64.trunc_f64_s i64.add local.get 2280 i64.trunc_f64_s i64.add local.get 2281 i64.trunc_f64_s i64.add local.get 2282 i64.trunc_f64_s i64.add
    local.get 2283 i64.trunc_f64_s i64.add local.get 2284 i64.trunc_f64_s i64.add local.get 2285 i64.trunc_f64_s i64.add local.get 2286 i64.trunc_f64_s i64.add local.get 2287 i64.trunc_f64_s i64.add local.get 2288 i64.trunc_f64_s i64.add
    local.get 2289 i64.trunc_f64_s i64.add local.get 2290 i64.trunc_f64_s i64.add local.get 2291 i64.trunc_f64_s i64.add local.get 2292 i64.trunc_f64_s i64.add local.get 2293 i64.trunc_f64_s i64.add local.get 2294 i64.trunc_f64_s i64.add
    local.get 2295 i64.trunc_f64_s i64.add local.get 2296 i64.trunc_f64_s i64.add local.get 2297 i64.trunc_f64_s i64.add local.get 2298 i64.trunc_f64_s i64.add local.get 2299 i64.trunc_f64_s i64.add local.get 2300 i64.trunc_f64_s i64.add
    local.get 2301 i64.trunc_f64_s i64.add local.get 2302 i64.trunc_f64_s i64.add local.get 2303 i64.trunc_f64_s i64.add local.get 2304 i64.trunc_f64_s i64.add local.get 2305 i64.trunc_f64_s i64.add local.get 2306 i64.trunc_f64_s i64.add
    local.get 2307 i64.trunc_f64_s i64.add local.get 2308 i64.trunc_f64_s i64.add local.get 2309 i64.trunc_f64_s i64.add local.get 2310 i64.trunc_f64_s i64.add local.get 2311 i64.trunc_f64_s i64.add local.get 2312 i64.trunc_f64_s i64.add
    local.get 2313 i64.trunc_f64_s i64.add local.get 2314 i64.trunc_f64_s i64.add local.get 2315 i64.trunc_f64_s i64.add local.get 2316 i64.trunc_f64_s i64.add local.get 2317 i64.trunc_f64_s i64.add local.get 2318 i64.trunc_f64_s i64.add
    local.get 2319 i64.trunc_f64_s i64.add local.get 2320 i64.trunc_f64_s i64.add local.get 2321 i64.trunc_f64_s i64.add local.get 2322 i64.trunc_f64_s i64.add local.get 2323 i64.trunc_f64_s i64.add local.get 2324 i64.trunc_f64_s i64.add
    local.get 2325 i64.trunc_f64_s i64.add local.get 2326 i64.trunc_f64_s i64.add local.get 2327 i64.trunc_f64_s i64.add local.get 2328 i64.trunc_f64_s i64.add local.get 2329 i64.trunc_f64_s i64.add local.get 2330 i64.trunc_f64_s i64.add
    local.get 2331 i64.trunc_f64_s i64.add local.get 2332 i64.trunc_f64_s i64.add local.get 2333 i64.trunc_f64_s i64.add local.get 2334 i64.trunc_f64_s i64.add local.get 2335 i64.trunc_f64_s i64.add local.get 2336 i64.trunc_f64_s i64.add
    local.get 2337 i64.trunc_f64_s i64.add local.get 2338 i64.trunc_f64_s i64.add local.get 2339 i64.trunc_f64_s i64.add local.get 2340 i64.trunc_f64_s i64.add local.get 2341 i64.trunc_f64_s i64.add local.get 2342 i64.trunc_f64_s i64.add
    local.get 2343 i64.trunc_f64_s i64.add local.get 2344 i64.trunc_f64_s i64.add local.get 2345 i64.trunc_f64_s i64.add local.get 2346 i64.trunc_f64_s i64.add local.get 2347 i64.trunc_f64_s i64.add local.get 2348 i64.trunc_f64_s i64.add
    local.get 2349 i64.trunc_f64_s i64.add local.get 2350 i64.trunc_f64_s i64.add local.get 2351 i64.trunc_f64_s i64.add local.get 2352 i64.trunc_f64_s i64.add local.get 2353 i64.trunc_f64_s i64.add local.get 2354 i64.trunc_f64_s i64.add
    local.get 2355 i64.trunc_f64_s i64.add local.get 2356 i64.trunc_f64_s i64.add local.get 2357 i64.trunc_f64_s i64.add local.get 2358 i64.trunc_f64_s i64.add local.get 2359 i64.trunc_f64_s i64.add local.get 2360 i64.trunc_f64_s i64.add
    local.get 2361 i64.trunc_f64_s i64.add local.get 2362 i64.trunc_f64_s i64.add local.get 2363 i64.trunc_f64_s i64.add local.get 2364 i64.trunc_f64_s i64.add local.get 2365 i64.trunc_f64_s i64.add local.get 2366 i64.trunc_f64_s i64.add
    local.get 2367 i64.trunc_f64_s i64.add local.get 2368 i64.trunc_f64_s i64.add local.get 2369 i64.trunc_f64_s i64.add local.get 2370 i64.trunc_f64_s i64.add local.get 2371 i64.trunc_f64_s i64.add local.get 2372 i64.trunc_f64_s i64.add
    local.get 2373 i64.trunc_f64_s i64.add local.get 2374 i64.trunc_f64_s i64.add local.get 2375 i64.trunc_f64_s i64.add local.get 2376 i64.trunc_f64_s i64.add local.get 2377 i64.trunc_f64_s i64.add local.get 2378 i64.trunc_f64_s i64.add
    local.get 2379 i64.trunc_f64_s i64.add local.get 2380 i64.trunc_f64_s i64.add local.get 2381 i64.trunc_f64_s i64.add local.get 2382 i64.trunc_f64_s i64.add local.get 2383 i64.trunc_f64_s i64.add local.get 2384 i64.trunc_f64_s i64.add
    local.get 2385 i64.trunc_f64_s i64.add local.get 2386 i64.trunc_f64_s i64.add local.get 2387 i64.trunc_f64_s i64.add local.get 2388 i64.trunc_f64_s i64.add local.get 2389 i64.trunc_f64_s i64.add local.get 2390 i64.trunc_f64_s i64.add
    local.get 2391 i64.trunc_f64_s i64.add local.get 2392 i64.trunc_f64_s i64.add local.get 2393 i64.trunc_f64_s i64.add local.get 2394 i64.trunc_f64_s i64.add local.get 2395 i64.trunc_f64_s i64.add local.get 2396 i64.trunc_f64_s i64.add
    local.get 2397 i64.trunc_f64_s i64.add local.get 2398 i64.trunc_f64_s i64.add local.get 2399 i64.trunc_f64_s i64.add local.get 2400 i64.trunc_f64_s i64.add local.get 2401 i64.trunc_f64_s i64.add local.get 2402 i64.trunc_f64_s i64.add
    local.get 2403 i64.trunc_f64_s i64.add local.get 2404 i64.trunc_f64_s i64.add local.get 2405 i64.trunc_f64_s i64.add local.get 2406 i64.trunc_f64_s i64.add local.get 2407 i64.trunc_f64_s i64.add local.get 2408 i64.trunc_f64_s i64.add
    local.get 2409 i64.trunc_f64_s i64.add local.get 2410 i64.trunc_f64_s i64.add local.get 2411 i64.trunc_f64_s i64.add local.get 2412 i64.trunc_f64_s i64.add local.get 2413 i64.trunc_f64_s i64.add local.get 2414 i64.trunc_f64_s i64.add
    local.get 2415 i64.trunc_f64_s i64.add local.get 2416 i64.trunc_f64_s i64.add local.get 2417 i64.trunc_f64_s i64.add local.get 2418 i64.trunc_f64_s i64.add local.get 2419 i64.trunc_f64_s i64.add local.get 2420 i64.trunc_f64_s i64.add
    local.get 2421 i64.trunc_f64_s i64.add local.get 2422 i64.trunc_f64_s i64.add local.get 2423 i64.trunc_f64_s i64.add local.get 2424 i64.trunc_f64_s i64.add local.get 2425 i64.trunc_f64_s i64.add local.get 2426 i64.trunc_f64_s i64.add
    local.get 2427 i64.trunc_f64_s i64.add local.get 2428 i64.trunc_f64_s i64.add local.get 2429 i64.trunc_f64_s i64.add local.get 2430 i64.trunc_f64_s i64.add local.get 2431 i64.trunc_f64_s i64.add local.get 2432 i64.trunc_f64_s i64.add
    local.get 2433 i64.trunc_f64_s i64.add local.get 2434 i64.trunc_f64_s i64.add local.get 2435 i64.trunc_f64_s i64.add local.get 2436 i64.trunc_f64_s i64.add local.get 2437 i64.trunc_f64_s i64.add local.get 2438 i64.trunc_f64_s i64.add
    local.get 2439 i64.trunc_f64_s i64.add local.get 2440 i64.trunc_f64_s i64.add local.get 2441 i64.trunc_f64_s i64.add local.get 2442 i64.trunc_f64_s i64.add local.get 2443 i64.trunc_f64_s i64.add local.get 2444 i64.trunc_f64_s i64.add
    local.get 2445 i64.trunc_f64_s i64.add local.get 2446 i64.trunc_f64_s i64.add local.get 2447 i64.trunc_f64_s i64.add local.get 2448 i64.trunc_f64_s i64.add local.get 2449 i64.trunc_f64_s i64.add local.get 2450 i64.trunc_f64_s i64.add
    local.get 2451 i64.trunc_f64_s i64.add local.get 2452 i64.trunc_f64_s i64.add local.get 2453 i64.trunc_f64_s i64.add local.get 2454 i64.trunc_f64_s i64.add local.get 2455 i64.trunc_f64_s i64.add local.get 2456 i64.trunc_f64_s i64.add
    local.get 2457 i64.trunc_f64_s i64.add local.get 2458 i64.trunc_f64_s i64.add local.get 2459 i64.trunc_f64_s i64.add local.get 2460 i64.trunc_f64_s i64.add local.get 2461 i64.trunc_f64_s i64.add local.get 2462 i64.trunc_f64_s i64.add
    local.get 2463 i64.trunc_f64_s i64.add local.get 2464 i64.trunc_f64_s i64.add local.get 2465 i64.trunc_f64_s i64.add local.get 2466 i64.trunc_f64_s i64.add local.get 2467 i64.trunc_f64_s i64.add local.get 2468 i64.trunc_f64_s i64.add
    local.get 2469 i64.trunc_f64_s i64.add local.get 2470 i64.trunc_f64_s i64.add local.get 2471 i64.trunc_f64_s i64.add local.get 2472 i64.trunc_f64_s i64.add local.get 2473 i64.trunc_f64_s i64.add local.get 2474 i64.trunc_f64_s i64.add
    local.get 2475 i64.trunc_f64_s i64.add local.get 2476 i64.trunc_f64_s i64.add local.get 2477 i64.trunc_f64_s i64.add local.get 2478 i64.trunc_f64_s i64.add local.get 2479 i64.trunc_f64_s i64.add local.get 2480 i64.trunc_f64_s i64.add
    local.get 2481 i64.trunc_f64_s i64.add local.get 2482 i64.trunc_f64_s i64.add local.get 2483 i64.trunc_f64_s i64.add local.get 2484 i64.trunc_f64_s i64.add local.get 2485 i64.trunc_f64_s i64.add local.get 2486 i64.trunc_f64_s i64.add
    local.get 2487 i64.trunc_f64_s i64.add local.get 2488 i64.trunc_f64_s i64.add local.get 2489 i64.trunc_f64_s i64.add local.get 2490 i64.trunc_f64_s i64.add local.get 2491 i64.trunc_f64_s i64.add local.get 2492 i64.trunc_f64_s i64.add
    local.get 2493 i64.trunc_f64_s i64.add local.get 2494 i64.trunc_f64_s i64.add local.get 2495 i64.trunc_f64_s i64.add local.get 2496 i64.trunc_f64_s i64.add local.get 2497 i64.trunc_f64_s i64.add local.get 2498 i64.trunc_f64_s i64.add
    local.get 2499 i64.trunc_f64_s i64.add local.get 2500 i64.trunc_f64_s i64.add
  )

  ;; fills the stack with garbage: 2500 i64 locals all set to the argument
  (func $dirty (param $x i64) (result i64)
    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    local.get 0
    local.tee 1 local.tee 2 local.tee 3 local.tee 4 local.tee 5 local.tee 6 local.tee 7 local.tee 8 local.tee 9 local.tee 10 local.tee 11 local.tee 12
    local.tee 13 local.tee 14 local.tee 15 local.tee 16 local.tee 17 local.tee 18 local.tee 19 local.tee 20 local.tee 21 local.tee 22 local.tee 23 local.tee 24
    local.tee 25 local.tee 26 local.tee 27 local.tee 28 local.tee 29 local.tee 30 local.tee 31 local.tee 32 local.tee 33 local.tee 34 local.tee 35 local.tee 36
    local.tee 37 local.tee 38 local.tee 39 local.tee 40 local.tee 41 local.tee 42 local.tee 43 local.tee 44 local.tee 45 local.tee 46 local.tee 47 local.tee 48
    local.tee 49 local.tee 50 local.tee 51 local.tee 52 local.tee 53 local.tee 54 local.tee 55 local.tee 56 local.tee 57 local.tee 58 local.tee 59 local.tee 60
    local.tee 61 local.tee 62 local.tee 63 local.tee 64 local.tee 65 local.tee 66 local.tee 67 local.tee 68 local.tee 69 local.tee 70 local.tee 71 local.tee 72
    local.tee 73 local.tee 74 local.tee 75 local.tee 76 local.tee 77 local.tee 78 local.tee 79 local.tee 80 local.tee 81 local.tee 82 local.tee 83 local.tee 84
    local.tee 85 local.tee 86 local.tee 87 local.tee 88 local.tee 89 local.tee 90 local.tee 91 local.tee 92 local.tee 93 local.tee 94 local.tee 95 local.tee 96
    local.tee 97 local.tee 98 local.tee 99 local.tee 100 local.tee 101 local.tee 102 local.tee 103 local.tee 104 local.tee 105 local.tee 106 local.tee 107 local.tee 108
    local.tee 109 local.tee 110 local.tee 111 local.tee 112 local.tee 113 local.tee 114 local.tee 115 local.tee 116 local.tee 117 local.tee 118 local.tee 119 local.tee 120
    local.tee 121 local.tee 122 local.tee 123 local.tee 124 local.tee 125 local.tee 126 local.tee 127 local.tee 128 local.tee 129 local.tee 130 local.tee 131 local.tee 132
    local.tee 133 local.tee 134 local.tee 135 local.tee 136 local.tee 137 local.tee 138 local.tee 139 local.tee 140 local.tee 141 local.tee 142 local.tee 143 local.tee 144
    local.tee 145 local.tee 146 local.tee 147 local.tee 148 local.tee 149 local.tee 150 local.tee 151 local.tee 152 local.tee 153 local.tee 154 local.tee 155 local.tee 156
    local.tee 157 local.tee 158 local.tee 159 local.tee 160 local.tee 161 local.tee 162 local.tee 163 local.tee 164 local.tee 165 local.tee 166 local.tee 167 local.tee 168
    local.tee 169 local.tee 170 local.tee 171 local.tee 172 local.tee 173 local.tee 174 local.tee 175 local.tee 176 local.tee 177 local.tee 178 local.tee 179 local.tee 180
    local.tee 181 local.tee 182 local.tee 183 local.tee 184 local.tee 185 local.tee 186 local.tee 187 local.tee 188 local.tee 189 local.tee 190 local.tee 191 local.tee 192
    local.tee 193 local.tee 194 local.tee 195 local.tee 196 local.tee 197 local.tee 198 local.tee 199 local.tee 200 local.tee 201 local.tee 202 local.tee 203 local.tee 204
    local.tee 205 local.tee 206 local.tee 207 local.tee 208 local.tee 209 local.tee 210 local.tee 211 local.tee 212 local.tee 213 local.tee 214 local.tee 215 local.tee 216
    local.tee 217 local.tee 218 local.tee 219 local.tee 220 local.tee 221 local.tee 222 local.tee 223 local.tee 224 local.tee 225 local.tee 226 local.tee 227 local.tee 228
    local.tee 229 local.tee 230 local.tee 231 local.tee 232 local.tee 233 local.tee 234 local.tee 235 local.tee 236 local.tee 237 local.tee 238 local.tee 239 local.tee 240
    local.tee 241 local.tee 242 local.tee 243 local.tee 244 local.tee 245 local.tee 246 local.tee 247 local.tee 248 local.tee 249 local.tee 250 local.tee 251 local.tee 252
    local.tee 253 local.tee 254 local.tee 255 local.tee 256 local.tee 257 local.tee 258 local.tee 259 local.tee 260 local.tee 261 local.tee 262 local.tee 263 local.tee 264
    local.tee 265 local.tee 266 local.tee 267 local.tee 268 local.tee 269 local.tee 270 local.tee 271 local.tee 272 local.tee 273 local.tee 274 local.tee 275 local.tee 276
    local.tee 277 local.tee 278 local.tee 279 local.tee 280 local.tee 281 local.tee 282 local.tee 283 local.tee 284 local.tee 285 local.tee 286 local.tee 287 local.tee 288
    local.tee 289 local.tee 290 local.tee 291 local.tee 292 local.tee 293 local.tee 294 local.tee 295 local.tee 296 local.tee 297 local.tee 298 local.tee 299 local.tee 300
    local.tee 301 local.tee 302 local.tee 303 local.tee 304 local.tee 305 local.tee 306 local.tee 307 local.tee 308 local.tee 309 local.tee 310 local.tee 311 local.tee 312
    local.tee 313 local.tee 314 local.tee 315 local.tee 316 local.tee 317 local.tee 318 local.tee 319 local.tee 320 local.tee 321 local.tee 322 local.tee 323 local.tee 324
    local.tee 325 local.tee 326 local.tee 327 local.tee 328 local.tee 329 local.tee 330 local.tee 331 local.tee 332 local.tee 333 local.tee 334 local.tee 335 local.tee 336
    local.tee 337 local.tee 338 local.tee 339 local.tee 340 local.tee 341 local.tee 342 local.tee 343 local.tee 344 local.tee 345 local.tee 346 local.tee 347 local.tee 348
    local.tee 349 local.tee 350 local.tee 351 local.tee 352 local.tee 353 local.tee 354 local.tee 355 local.tee 356 local.tee 357 local.tee 358 local.tee 359 local.tee 360
    local.tee 361 local.tee 362 local.tee 363 local.tee 364 local.tee 365 local.tee 366 local.tee 367 local.tee 368 local.tee 369 local.tee 370 local.tee 371 local.tee 372
    local.tee 373 local.tee 374 local.tee 375 local.tee 376 local.tee 377 local.tee 378 local.tee 379 local.tee 380 local.tee 381 local.tee 382 local.tee 383 local.tee 384
    local.tee 385 local.tee 386 local.tee 387 local.tee 388 local.tee 389 local.tee 390 local.tee 391 local.tee 392 local.tee 393 local.tee 394 local.tee 395 local.tee 396
    local.tee 397 local.tee 398 local.tee 399 local.tee 400 local.tee 401 local.tee 402 local.tee 403 local.tee 404 local.tee 405 local.tee 406 local.tee 407 local.tee 408
    local.tee 409 local.tee 410 local.tee 411 local.tee 412 local.tee 413 local.tee 414 local.tee 415 local.tee 416 local.tee 417 local.tee 418 local.tee 419 local.tee 420
    local.tee 421 local.tee 422 local.tee 423 local.tee 424 local.tee 425 local.tee 426 local.tee 427 local.tee 428 local.tee 429 local.tee 430 local.tee 431 local.tee 432
    local.tee 433 local.tee 434 local.tee 435 local.tee 436 local.tee 437 local.tee 438 local.tee 439 local.tee 440 local.tee 441 local.tee 442 local.tee 443 local.tee 444
    local.tee 445 local.tee 446 local.tee 447 local.tee 448 local.tee 449 local.tee 450 local.tee 451 local.tee 452 local.tee 453 local.tee 454 local.tee 455 local.tee 456
    local.tee 457 local.tee 458 local.tee 459 local.tee 460 local.tee 461 local.tee 462 local.tee 463 local.tee 464 local.tee 465 local.tee 466 local.tee 467 local.tee 468
    local.tee 469 local.tee 470 local.tee 471 local.tee 472 local.tee 473 local.tee 474 local.tee 475 local.tee 476 local.tee 477 local.tee 478 local.tee 479 local.tee 480
    local.tee 481 local.tee 482 local.tee 483 local.tee 484 local.tee 485 local.tee 486 local.tee 487 local.tee 488 local.tee 489 local.tee 490 local.tee 491 local.tee 492
    local.tee 493 local.tee 494 local.tee 495 local.tee 496 local.tee 497 local.tee 498 local.tee 499 local.tee 500 local.tee 501 local.tee 502 local.tee 503 local.tee 504
    local.tee 505 local.tee 506 local.tee 507 local.tee 508 local.tee 509 local.tee 510 local.tee 511 local.tee 512 local.tee 513 local.tee 514 local.tee 515 local.tee 516
    local.tee 517 local.tee 518 local.tee 519 local.tee 520 local.tee 521 local.tee 522 local.tee 523 local.tee 524 local.tee 525 local.tee 526 local.tee 527 local.tee 528
    local.tee 529 local.tee 530 local.tee 531 local.tee 532 local.tee 533 local.tee 534 local.tee 535 local.tee 536 local.tee 537 local.tee 538 local.tee 539 local.tee 540
    local.tee 541 local.tee 542 local.tee 543 local.tee 544 local.tee 545 local.tee 546 local.tee 547 local.tee 548 local.tee 549 local.tee 550 local.tee 551 local.tee 552
    local.tee 553 local.tee 554 local.tee 555 local.tee 556 local.tee 557 local.tee 558 local.tee 559 local.tee 560 local.tee 561 local.tee 562 local.tee 563 local.tee 564
    local.tee 565 local.tee 566 local.tee 567 local.tee 568 local.tee 569 local.tee 570 local.tee 571 local.tee 572 local.tee 573 local.tee 574 local.tee 575 local.tee 576
    local.tee 577 local.tee 578 local.tee 579 local.tee 580 local.tee 581 local.tee 582 local.tee 583 local.tee 584 local.tee 585 local.tee 586 local.tee 587 local.tee 588
    local.tee 589 local.tee 590 local.tee 591 local.tee 592 local.tee 593 local.tee 594 local.tee 595 local.tee 596 local.tee 597 local.tee 598 local.tee 599 local.tee 600
    local.tee 601 local.tee 602 local.tee 603 local.tee 604 local.tee 605 local.tee 606 local.tee 607 local.tee 608 local.tee 609 local.tee 610 local.tee 611 local.tee 612
    local.tee 613 local.tee 614 local.tee 615 local.tee 616 local.tee 617 local.tee 618 local.tee 619 local.tee 620 local.tee 621 local.tee 622 local.tee 623 local.tee 624
    local.tee 625 local.tee 626 local.tee 627 local.tee 628 local.tee 629 local.tee 630 local.tee 631 local.tee 632 local.tee 633 local.tee 634 local.tee 635 local.tee 636
    local.tee 637 local.tee 638 local.tee 639 local.tee 640 local.tee 641 local.tee 642 local.tee 643 local.tee 644 local.tee 645 local.tee 646 local.tee 647 local.tee 648
    local.tee 649 local.tee 650 local.tee 651 local.tee 652 local.tee 653 local.tee 654 local.tee 655 local.tee 656 local.tee 657 local.tee 658 local.tee 659 local.tee 660
    local.tee 661 local.tee 662 local.tee 663 local.tee 664 local.tee 665 local.tee 666 local.tee 667 local.tee 668 local.tee 669 local.tee 670 local.tee 671 local.tee 672
    local.tee 673 local.tee 674 local.tee 675 local.tee 676 local.tee 677 local.tee 678 local.tee 679 local.tee 680 local.tee 681 local.tee 682 local.tee 683 local.tee 684
    local.tee 685 local.tee 686 local.tee 687 local.tee 688 local.tee 689 local.tee 690 local.tee 691 local.tee 692 local.tee 693 local.tee 694 local.tee 695 local.tee 696
    local.tee 697 local.tee 698 local.tee 699 local.tee 700 local.tee 701 local.tee 702 local.tee 703 local.tee 704 local.tee 705 local.tee 706 local.tee 707 local.tee 708
    local.tee 709 local.tee 710 local.tee 711 local.tee 712 local.tee 713 local.tee 714 local.tee 715 local.tee 716 local.tee 717 local.tee 718 local.tee 719 local.tee 720
    local.tee 721 local.tee 722 local.tee 723 local.tee 724 local.tee 725 local.tee 726 local.tee 727 local.tee 728 local.tee 729 local.tee 730 local.tee 731 local.tee 732
    local.tee 733 local.tee 734 local.tee 735 local.tee 736 local.tee 737 local.tee 738 local.tee 739 local.tee 740 local.tee 741 local.tee 742 local.tee 743 local.tee 744
    local.tee 745 local.tee 746 local.tee 747 local.tee 748 local.tee 749 local.tee 750 local.tee 751 local.tee 752 local.tee 753 local.tee 754 local.tee 755 local.tee 756
    local.tee 757 local.tee 758 local.tee 759 local.tee 760 local.tee 761 local.tee 762 local.tee 763 local.tee 764 local.tee 765 local.tee 766 local.tee 767 local.tee 768
    local.tee 769 local.tee 770 local.tee 771 local.tee 772 local.tee 773 local.tee 774 local.tee 775 local.tee 776 local.tee 777 local.tee 778 local.tee 779 local.tee 780
    local.tee 781 local.tee 782 local.tee 783 local.tee 784 local.tee 785 local.tee 786 local.tee 787 local.tee 788 local.tee 789 local.tee 790 local.tee 791 local.tee 792
    local.tee 793 local.tee 794 local.tee 795 local.tee 796 local.tee 797 local.tee 798 local.tee 799 local.tee 800 local.tee 801 local.tee 802 local.tee 803 local.tee 804
    local.tee 805 local.tee 806 local.tee 807 local.tee 808 local.tee 809 local.tee 810 local.tee 811 local.tee 812 local.tee 813 local.tee 814 local.tee 815 local.tee 816
    local.tee 817 local.tee 818 local.tee 819 local.tee 820 local.tee 821 local.tee 822 local.tee 823 local.tee 824 local.tee 825 local.tee 826 local.tee 827 local.tee 828
    local.tee 829 local.tee 830 local.tee 831 local.tee 832 local.tee 833 local.tee 834 local.tee 835 local.tee 836 local.tee 837 local.tee 838 local.tee 839 local.tee 840
    local.tee 841 local.tee 842 local.tee 843 local.tee 844 local.tee 845 local.tee 846 local.tee 847 local.tee 848 local.tee 849 local.tee 850 local.tee 851 local.tee 852
    local.tee 853 local.tee 854 local.tee 855 local.tee 856 local.tee 857 local.tee 858 local.tee 859 local.tee 860 local.tee 861 local.tee 862 local.tee 863 local.tee 864
    local.tee 865 local.tee 866 local.tee 867 local.tee 868 local.tee 869 local.tee 870 local.tee 871 local.tee 872 local.tee 873 local.tee 874 local.tee 875 local.tee 876
    local.tee 877 local.tee 878 local.tee 879 local.tee 880 local.tee 881 local.tee 882 local.tee 883 local.tee 884 local.tee 885 local.tee 886 local.tee 887 local.tee 888
    local.tee 889 local.tee 890 local.tee 891 local.tee 892 local.tee 893 local.tee 894 local.tee 895 local.tee 896 local.tee 897 local.tee 898 local.tee 899 local.tee 900
    local.tee 901 local.tee 902 local.tee 903 local.tee 904 local.tee 905 local.tee 906 local.tee 907 local.tee 908 local.tee 909 local.tee 910 local.tee 911 local.tee 912
    local.tee 913 local.tee 914 local.tee 915 local.tee 916 local.tee 917 local.tee 918 local.tee 919 local.tee 920 local.tee 921 local.tee 922 local.tee 923 local.tee 924
    local.tee 925 local.tee 926 local.tee 927 local.tee 928 local.tee 929 local.tee 930 local.tee 931 local.tee 932 local.tee 933 local.tee 934 local.tee 935 local.tee 936
    local.tee 937 local.tee 938 local.tee 939 local.tee 940 local.tee 941 local.tee 942 local.tee 943 local.tee 944 local.tee 945 local.tee 946 local.tee 947 local.tee 948
    local.tee 949 local.tee 950 local.tee 951 local.tee 952 local.tee 953 local.tee 954 local.tee 955 local.tee 956 local.tee 957 local.tee 958 local.tee 959 local.tee 960
    local.tee 961 local.tee 962 local.tee 963 local.tee 964 local.tee 965 local.tee 966 local.tee 967 local.tee 968 local.tee 969 local.tee 970 local.tee 971 local.tee 972
    local.tee 973 local.tee 974 local.tee 975 local.tee 976 local.tee 977 local.tee 978 local.tee 979 local.tee 980 local.tee 981 local.tee 982 local.tee 983 local.tee 984
    local.tee 985 local.tee 986 local.tee 987 local.tee 988 local.tee 989 local.tee 990 local.tee 991 local.tee 992 local.tee 993 local.tee 994 local.tee 995 local.tee 996
    local.tee 997 local.tee 998 local.tee 999 local.tee 1000 local.tee 1001 local.tee 1002 local.tee 1003 local.tee 1004 local.tee 1005 local.tee 1006 local.tee 1007 local.tee 1008
    local.tee 1009 local.tee 1010 local.tee 1011 local.tee 1012 local.tee 1013 local.tee 1014 local.tee 1015 local.tee 1016 local.tee 1017 local.tee 1018 local.tee 1019 local.tee 1020
    local.tee 1021 local.tee 1022 local.tee 1023 local.tee 1024 local.tee 1025 local.tee 1026 local.tee 1027 local.tee 1028 local.tee 1029 local.tee 1030 local.tee 1031 local.tee 1032
    local.tee 1033 local.tee 1034 local.tee 1035 local.tee 1036 local.tee 1037 local.tee 1038 local.tee 1039 local.tee 1040 local.tee 1041 local.tee 1042 local.tee 1043 local.tee 1044
    local.tee 1045 local.tee 1046 local.tee 1047 local.tee 1048 local.tee 1049 local.tee 1050 local.tee 1051 local.tee 1052 local.tee 1053 local.tee 1054 local.tee 1055 local.tee 1056
    local.tee 1057 local.tee 1058 local.tee 1059 local.tee 1060 local.tee 1061 local.tee 1062 local.tee 1063 local.tee 1064 local.tee 1065 local.tee 1066 local.tee 1067 local.tee 1068
    local.tee 1069 local.tee 1070 local.tee 1071 local.tee 1072 local.tee 1073 local.tee 1074 local.tee 1075 local.tee 1076 local.tee 1077 local.tee 1078 local.tee 1079 local.tee 1080
    local.tee 1081 local.tee 1082 local.tee 1083 local.tee 1084 local.tee 1085 local.tee 1086 local.tee 1087 local.tee 1088 local.tee 1089 local.tee 1090 local.tee 1091 local.tee 1092
    local.tee 1093 local.tee 1094 local.tee 1095 local.tee 1096 local.tee 1097 local.tee 1098 local.tee 1099 local.tee 1100 local.tee 1101 local.tee 1102 local.tee 1103 local.tee 1104
    local.tee 1105 local.tee 1106 local.tee 1107 local.tee 1108 local.tee 1109 local.tee 1110 local.tee 1111 local.tee 1112 local.tee 1113 local.tee 1114 local.tee 1115 local.tee 1116
    local.tee 1117 local.tee 1118 local.tee 1119 local.tee 1120 local.tee 1121 local.tee 1122 local.tee 1123 local.tee 1124 local.tee 1125 local.tee 1126 local.tee 1127 local.tee 1128
    local.tee 1129 local.tee 1130 local.tee 1131 local.tee 1132 local.tee 1133 local.tee 1134 local.tee 1135 local.tee 1136 local.tee 1137 local.tee 1138 local.tee 1139 local.tee 1140
    local.tee 1141 local.tee 1142 local.tee 1143 local.tee 1144 local.tee 1145 local.tee 1146 local.tee 1147 local.tee 1148 local.tee 1149 local.tee 1150 local.tee 1151 local.tee 1152
    local.tee 1153 local.tee 1154 local.tee 1155 local.tee 1156 local.tee 1157 local.tee 1158 local.tee 1159 local.tee 1160 local.tee 1161 local.tee 1162 local.tee 1163 local.tee 1164
    local.tee 1165 local.tee 1166 local.tee 1167 local.tee 1168 local.tee 1169 local.tee 1170 local.tee 1171 local.tee 1172 local.tee 1173 local.tee 1174 local.tee 1175 local.tee 1176
    local.tee 1177 local.tee 1178 local.tee 1179 local.tee 1180 local.tee 1181 local.tee 1182 local.tee 1183 local.tee 1184 local.tee 1185 local.tee 1186 local.tee 1187 local.tee 1188
    local.tee 1189 local.tee 1190 local.tee 1191 local.tee 1192 local.tee 1193 local.tee 1194 local.tee 1195 local.tee 1196 local.tee 1197 local.tee 1198 local.tee 1199 local.tee 1200
    local.tee 1201 local.tee 1202 local.tee 1203 local.tee 1204 local.tee 1205 local.tee 1206 local.tee 1207 local.tee 1208 local.tee 1209 local.tee 1210 local.tee 1211 local.tee 1212
    local.tee 1213 local.tee 1214 local.tee 1215 local.tee 1216 local.tee 1217 local.tee 1218 local.tee 1219 local.tee 1220 local.tee 1221 local.tee 1222 local.tee 1223 local.tee 1224
    local.tee 1225 local.tee 1226 local.tee 1227 local.tee 1228 local.tee 1229 local.tee 1230 local.tee 1231 local.tee 1232 local.tee 1233 local.tee 1234 local.tee 1235 local.tee 1236
    local.tee 1237 local.tee 1238 local.tee 1239 local.tee 1240 local.tee 1241 local.tee 1242 local.tee 1243 local.tee 1244 local.tee 1245 local.tee 1246 local.tee 1247 local.tee 1248
    local.tee 1249 local.tee 1250 local.tee 1251 local.tee 1252 local.tee 1253 local.tee 1254 local.tee 1255 local.tee 1256 local.tee 1257 local.tee 1258 local.tee 1259 local.tee 1260
    local.tee 1261 local.tee 1262 local.tee 1263 local.tee 1264 local.tee 1265 local.tee 1266 local.tee 1267 local.tee 1268 local.tee 1269 local.tee 1270 local.tee 1271 local.tee 1272
    local.tee 1273 local.tee 1274 local.tee 1275 local.tee 1276 local.tee 1277 local.tee 1278 local.tee 1279 local.tee 1280 local.tee 1281 local.tee 1282 local.tee 1283 local.tee 1284
    local.tee 1285 local.tee 1286 local.tee 1287 local.tee 1288 local.tee 1289 local.tee 1290 local.tee 1291 local.tee 1292 local.tee 1293 local.tee 1294 local.tee 1295 local.tee 1296
    local.tee 1297 local.tee 1298 local.tee 1299 local.tee 1300 local.tee 1301 local.tee 1302 local.tee 1303 local.tee 1304 local.tee 1305 local.tee 1306 local.tee 1307 local.tee 1308
    local.tee 1309 local.tee 1310 local.tee 1311 local.tee 1312 local.tee 1313 local.tee 1314 local.tee 1315 local.tee 1316 local.tee 1317 local.tee 1318 local.tee 1319 local.tee 1320
    local.tee 1321 local.tee 1322 local.tee 1323 local.tee 1324 local.tee 1325 local.tee 1326 local.tee 1327 local.tee 1328 local.tee 1329 local.tee 1330 local.tee 1331 local.tee 1332
    local.tee 1333 local.tee 1334 local.tee 1335 local.tee 1336 local.tee 1337 local.tee 1338 local.tee 1339 local.tee 1340 local.tee 1341 local.tee 1342 local.tee 1343 local.tee 1344
    local.tee 1345 local.tee 1346 local.tee 1347 local.tee 1348 local.tee 1349 local.tee 1350 local.tee 1351 local.tee 1352 local.tee 1353 local.tee 1354 local.tee 1355 local.tee 1356
    local.tee 1357 local.tee 1358 local.tee 1359 local.tee 1360 local.tee 1361 local.tee 1362 local.tee 1363 local.tee 1364 local.tee 1365 local.tee 1366 local.tee 1367 local.tee 1368
    local.tee 1369 local.tee 1370 local.tee 1371 local.tee 1372 local.tee 1373 local.tee 1374 local.tee 1375 local.tee 1376 local.tee 1377 local.tee 1378 local.tee 1379 local.tee 1380
    local.tee 1381 local.tee 1382 local.tee 1383 local.tee 1384 local.tee 1385 local.tee 1386 local.tee 1387 local.tee 1388 local.tee 1389 local.tee 1390 local.tee 1391 local.tee 1392
    local.tee 1393 local.tee 1394 local.tee 1395 local.tee 1396 local.tee 1397 local.tee 1398 local.tee 1399 local.tee 1400 local.tee 1401 local.tee 1402 local.tee 1403 local.tee 1404
    local.tee 1405 local.tee 1406 local.tee 1407 local.tee 1408 local.tee 1409 local.tee 1410 local.tee 1411 local.tee 1412 local.tee 1413 local.tee 1414 local.tee 1415 local.tee 1416
    local.tee 1417 local.tee 1418 local.tee 1419 local.tee 1420 local.tee 1421 local.tee 1422 local.tee 1423 local.tee 1424 local.tee 1425 local.tee 1426 local.tee 1427 local.tee 1428
    local.tee 1429 local.tee 1430 local.tee 1431 local.tee 1432 local.tee 1433 local.tee 1434 local.tee 1435 local.tee 1436 local.tee 1437 local.tee 1438 local.tee 1439 local.tee 1440
    local.tee 1441 local.tee 1442 local.tee 1443 local.tee 1444 local.tee 1445 local.tee 1446 local.tee 1447 local.tee 1448 local.tee 1449 local.tee 1450 local.tee 1451 local.tee 1452
    local.tee 1453 local.tee 1454 local.tee 1455 local.tee 1456 local.tee 1457 local.tee 1458 local.tee 1459 local.tee 1460 local.tee 1461 local.tee 1462 local.tee 1463 local.tee 1464
    local.tee 1465 local.tee 1466 local.tee 1467 local.tee 1468 local.tee 1469 local.tee 1470 local.tee 1471 local.tee 1472 local.tee 1473 local.tee 1474 local.tee 1475 local.tee 1476
    local.tee 1477 local.tee 1478 local.tee 1479 local.tee 1480 local.tee 1481 local.tee 1482 local.tee 1483 local.tee 1484 local.tee 1485 local.tee 1486 local.tee 1487 local.tee 1488
    local.tee 1489 local.tee 1490 local.tee 1491 local.tee 1492 local.tee 1493 local.tee 1494 local.tee 1495 local.tee 1496 local.tee 1497 local.tee 1498 local.tee 1499 local.tee 1500
    local.tee 1501 local.tee 1502 local.tee 1503 local.tee 1504 local.tee 1505 local.tee 1506 local.tee 1507 local.tee 1508 local.tee 1509 local.tee 1510 local.tee 1511 local.tee 1512
    local.tee 1513 local.tee 1514 local.tee 1515 local.tee 1516 local.tee 1517 local.tee 1518 local.tee 1519 local.tee 1520 local.tee 1521 local.tee 1522 local.tee 1523 local.tee 1524
    local.tee 1525 local.tee 1526 local.tee 1527 local.tee 1528 local.tee 1529 local.tee 1530 local.tee 1531 local.tee 1532 local.tee 1533 local.tee 1534 local.tee 1535 local.tee 1536
    local.tee 1537 local.tee 1538 local.tee 1539 local.tee 1540 local.tee 1541 local.tee 1542 local.tee 1543 local.tee 1544 local.tee 1545 local.tee 1546 local.tee 1547 local.tee 1548
    local.tee 1549 local.tee 1550 local.tee 1551 local.tee 1552 local.tee 1553 local.tee 1554 local.tee 1555 local.tee 1556 local.tee 1557 local.tee 1558 local.tee 1559 local.tee 1560
    local.tee 1561 local.tee 1562 local.tee 1563 local.tee 1564 local.tee 1565 local.tee 1566 local.tee 1567 local.tee 1568 local.tee 1569 local.tee 1570 local.tee 1571 local.tee 1572
    local.tee 1573 local.tee 1574 local.tee 1575 local.tee 1576 local.tee 1577 local.tee 1578 local.tee 1579 local.tee 1580 local.tee 1581 local.tee 1582 local.tee 1583 local.tee 1584
    local.tee 1585 local.tee 1586 local.tee 1587 local.tee 1588 local.tee 1589 local.tee 1590 local.tee 1591 local.tee 1592 local.tee 1593 local.tee 1594 local.tee 1595 local.tee 1596
    local.tee 1597 local.tee 1598 local.tee 1599 local.tee 1600 local.tee 1601 local.tee 1602 local.tee 1603 local.tee 1604 local.tee 1605 local.tee 1606 local.tee 1607 local.tee 1608
    local.tee 1609 local.tee 1610 local.tee 1611 local.tee 1612 local.tee 1613 local.tee 1614 local.tee 1615 local.tee 1616 local.tee 1617 local.tee 1618 local.tee 1619 local.tee 1620
    local.tee 1621 local.tee 1622 local.tee 1623 local.tee 1624 local.tee 1625 local.tee 1626 local.tee 1627 local.tee 1628 local.tee 1629 local.tee 1630 local.tee 1631 local.tee 1632
    local.tee 1633 local.tee 1634 local.tee 1635 local.tee 1636 local.tee 1637 local.tee 1638 local.tee 1639 local.tee 1640 local.tee 1641 local.tee 1642 local.tee 1643 local.tee 1644
    local.tee 1645 local.tee 1646 local.tee 1647 local.tee 1648 local.tee 1649 local.tee 1650 local.tee 1651 local.tee 1652 local.tee 1653 local.tee 1654 local.tee 1655 local.tee 1656
    local.tee 1657 local.tee 1658 local.tee 1659 local.tee 1660 local.tee 1661 local.tee 1662 local.tee 1663 local.tee 1664 local.tee 1665 local.tee 1666 local.tee 1667 local.tee 1668
    local.tee 1669 local.tee 1670 local.tee 1671 local.tee 1672 local.tee 1673 local.tee 1674 local.tee 1675 local.tee 1676 local.tee 1677 local.tee 1678 local.tee 1679 local.tee 1680
    local.tee 1681 local.tee 1682 local.tee 1683 local.tee 1684 local.tee 1685 local.tee 1686 local.tee 1687 local.tee 1688 local.tee 1689 local.tee 1690 local.tee 1691 local.tee 1692
    local.tee 1693 local.tee 1694 local.tee 1695 local.tee 1696 local.tee 1697 local.tee 1698 local.tee 1699 local.tee 1700 local.tee 1701 local.tee 1702 local.tee 1703 local.tee 1704
    local.tee 1705 local.tee 1706 local.tee 1707 local.tee 1708 local.tee 1709 local.tee 1710 local.tee 1711 local.tee 1712 local.tee 1713 local.tee 1714 local.tee 1715 local.tee 1716
    local.tee 1717 local.tee 1718 local.tee 1719 local.tee 1720 local.tee 1721 local.tee 1722 local.tee 1723 local.tee 1724 local.tee 1725 local.tee 1726 local.tee 1727 local.tee 1728
    local.tee 1729 local.tee 1730 local.tee 1731 local.tee 1732 local.tee 1733 local.tee 1734 local.tee 1735 local.tee 1736 local.tee 1737 local.tee 1738 local.tee 1739 local.tee 1740
    local.tee 1741 local.tee 1742 local.tee 1743 local.tee 1744 local.tee 1745 local.tee 1746 local.tee 1747 local.tee 1748 local.tee 1749 local.tee 1750 local.tee 1751 local.tee 1752
    local.tee 1753 local.tee 1754 local.tee 1755 local.tee 1756 local.tee 1757 local.tee 1758 local.tee 1759 local.tee 1760 local.tee 1761 local.tee 1762 local.tee 1763 local.tee 1764
    local.tee 1765 local.tee 1766 local.tee 1767 local.tee 1768 local.tee 1769 local.tee 1770 local.tee 1771 local.tee 1772 local.tee 1773 local.tee 1774 local.tee 1775 local.tee 1776
    local.tee 1777 local.tee 1778 local.tee 1779 local.tee 1780 local.tee 1781 local.tee 1782 local.tee 1783 local.tee 1784 local.tee 1785 local.tee 1786 local.tee 1787 local.tee 1788
    local.tee 1789 local.tee 1790 local.tee 1791 local.tee 1792 local.tee 1793 local.tee 1794 local.tee 1795 local.tee 1796 local.tee 1797 local.tee 1798 local.tee 1799 local.tee 1800
    local.tee 1801 local.tee 1802 local.tee 1803 local.tee 1804 local.tee 1805 local.tee 1806 local.tee 1807 local.tee 1808 local.tee 1809 local.tee 1810 local.tee 1811 local.tee 1812
    local.tee 1813 local.tee 1814 local.tee 1815 local.tee 1816 local.tee 1817 local.tee 1818 local.tee 1819 local.tee 1820 local.tee 1821 local.tee 1822 local.tee 1823 local.tee 1824
    local.tee 1825 local.tee 1826 local.tee 1827 local.tee 1828 local.tee 1829 local.tee 1830 local.tee 1831 local.tee 1832 local.tee 1833 local.tee 1834 local.tee 1835 local.tee 1836
    local.tee 1837 local.tee 1838 local.tee 1839 local.tee 1840 local.tee 1841 local.tee 1842 local.tee 1843 local.tee 1844 local.tee 1845 local.tee 1846 local.tee 1847 local.tee 1848
    local.tee 1849 local.tee 1850 local.tee 1851 local.tee 1852 local.tee 1853 local.tee 1854 local.tee 1855 local.tee 1856 local.tee 1857 local.tee 1858 local.tee 1859 local.tee 1860
    local.tee 1861 local.tee 1862 local.tee 1863 local.tee 1864 local.tee 1865 local.tee 1866 local.tee 1867 local.tee 1868 local.tee 1869 local.tee 1870 local.tee 1871 local.tee 1872
    local.tee 1873 local.tee 1874 local.tee 1875 local.tee 1876 local.tee 1877 local.tee 1878 local.tee 1879 local.tee 1880 local.tee 1881 local.tee 1882 local.tee 1883 local.tee 1884
    local.tee 1885 local.tee 1886 local.tee 1887 local.tee 1888 local.tee 1889 local.tee 1890 local.tee 1891 local.tee 1892 local.tee 1893 local.tee 1894 local.tee 1895 local.tee 1896
    local.tee 1897 local.tee 1898 local.tee 1899 local.tee 1900 local.tee 1901 local.tee 1902 local.tee 1903 local.tee 1904 local.tee 1905 local.tee 1906 local.tee 1907 local.tee 1908
    local.tee 1909 local.tee 1910 local.tee 1911 local.tee 1912 local.tee 1913 local.tee 1914 local.tee 1915 local.tee 1916 local.tee 1917 local.tee 1918 local.tee 1919 local.tee 1920
    local.tee 1921 local.tee 1922 local.tee 1923 local.tee 1924 local.tee 1925 local.tee 1926 local.tee 1927 local.tee 1928 local.tee 1929 local.tee 1930 local.tee 1931 local.tee 1932
    local.tee 1933 local.tee 1934 local.tee 1935 local.tee 1936 local.tee 1937 local.tee 1938 local.tee 1939 local.tee 1940 local.tee 1941 local.tee 1942 local.tee 1943 local.tee 1944
    local.tee 1945 local.tee 1946 local.tee 1947 local.tee 1948 local.tee 1949 local.tee 1950 local.tee 1951 local.tee 1952 local.tee 1953 local.tee 1954 local.tee 1955 local.tee 1956
    local.tee 1957 local.tee 1958 local.tee 1959 local.tee 1960 local.tee 1961 local.tee 1962 local.tee 1963 local.tee 1964 local.tee 1965 local.tee 1966 local.tee 1967 local.tee 1968
    local.tee 1969 local.tee 1970 local.tee 1971 local.tee 1972 local.tee 1973 local.tee 1974 local.tee 1975 local.tee 1976 local.tee 1977 local.tee 1978 local.tee 1979 local.tee 1980
    local.tee 1981 local.tee 1982 local.tee 1983 local.tee 1984 local.tee 1985 local.tee 1986 local.tee 1987 local.tee 1988 local.tee 1989 local.tee 1990 local.tee 1991 local.tee 1992
    local.tee 1993 local.tee 1994 local.tee 1995 local.tee 1996 local.tee 1997 local.tee 1998 local.tee 1999 local.tee 2000 local.tee 2001 local.tee 2002 local.tee 2003 local.tee 2004
    local.tee 2005 local.tee 2006 local.tee 2007 local.tee 2008 local.tee 2009 local.tee 2010 local.tee 2011 local.tee 2012 local.tee 2013 local.tee 2014 local.tee 2015 local.tee 2016
    local.tee 2017 local.tee 2018 local.tee 2019 local.tee 2020 local.tee 2021 local.tee 2022 local.tee 2023 local.tee 2024 local.tee 2025 local.tee 2026 local.tee 2027 local.tee 2028
    local.tee 2029 local.tee 2030 local.tee 2031 local.tee 2032 local.tee 2033 local.tee 2034 local.tee 2035 local.tee 2036 local.tee 2037 local.tee 2038 local.tee 2039 local.tee 2040
    local.tee 2041 local.tee 2042 local.tee 2043 local.tee 2044 local.tee 2045 local.tee 2046 local.tee 2047 local.tee 2048 local.tee 2049 local.tee 2050 local.tee 2051 local.tee 2052
    local.tee 2053 local.tee 2054 local.tee 2055 local.tee 2056 local.tee 2057 local.tee 2058 local.tee 2059 local.tee 2060 local.tee 2061 local.tee 2062 local.tee 2063 local.tee 2064
    local.tee 2065 local.tee 2066 local.tee 2067 local.tee 2068 local.tee 2069 local.tee 2070 local.tee 2071 local.tee 2072 local.tee 2073 local.tee 2074 local.tee 2075 local.tee 2076
    local.tee 2077 local.tee 2078 local.tee 2079 local.tee 2080 local.tee 2081 local.tee 2082 local.tee 2083 local.tee 2084 local.tee 2085 local.tee 2086 local.tee 2087 local.tee 2088
    local.tee 2089 local.tee 2090 local.tee 2091 local.tee 2092 local.tee 2093 local.tee 2094 local.tee 2095 local.tee 2096 local.tee 2097 local.tee 2098 local.tee 2099 local.tee 2100
    local.tee 2101 local.tee 2102 local.tee 2103 local.tee 2104 local.tee 2105 local.tee 2106 local.tee 2107 local.tee 2108 local.tee 2109 local.tee 2110 local.tee 2111 local.tee 2112
    local.tee 2113 local.tee 2114 local.tee 2115 local.tee 2116 local.tee 2117 local.tee 2118 local.tee 2119 local.tee 2120 local.tee 2121 local.tee 2122 local.tee 2123 local.tee 2124
    local.tee 2125 local.tee 2126 local.tee 2127 local.tee 2128 local.tee 2129 local.tee 2130 local.tee 2131 local.tee 2132 local.tee 2133 local.tee 2134 local.tee 2135 local.tee 2136
    local.tee 2137 local.tee 2138 local.tee 2139 local.tee 2140 local.tee 2141 local.tee 2142 local.tee 2143 local.tee 2144 local.tee 2145 local.tee 2146 local.tee 2147 local.tee 2148
    local.tee 2149 local.tee 2150 local.tee 2151 local.tee 2152 local.tee 2153 local.tee 2154 local.tee 2155 local.tee 2156 local.tee 2157 local.tee 2158 local.tee 2159 local.tee 2160
    local.tee 2161 local.tee 2162 local.tee 2163 local.tee 2164 local.tee 2165 local.tee 2166 local.tee 2167 local.tee 2168 local.tee 2169 local.tee 2170 local.tee 2171 local.tee 2172
    local.tee 2173 local.tee 2174 local.tee 2175 local.tee 2176 local.tee 2177 local.tee 2178 local.tee 2179 local.tee 2180 local.tee 2181 local.tee 2182 local.tee 2183 local.tee 2184
    local.tee 2185 local.tee 2186 local.tee 2187 local.tee 2188 local.tee 2189 local.tee 2190 local.tee 2191 local.tee 2192 local.tee 2193 local.tee 2194 local.tee 2195 local.tee 2196
    local.tee 2197 local.tee 2198 local.tee 2199 local.tee 2200 local.tee 2201 local.tee 2202 local.tee 2203 local.tee 2204 local.tee 2205 local.tee 2206 local.tee 2207 local.tee 2208
    local.tee 2209 local.tee 2210 local.tee 2211 local.tee 2212 local.tee 2213 local.tee 2214 local.tee 2215 local.tee 2216 local.tee 2217 local.tee 2218 local.tee 2219 local.tee 2220
    local.tee 2221 local.tee 2222 local.tee 2223 local.tee 2224 local.tee 2225 local.tee 2226 local.tee 2227 local.tee 2228 local.tee 2229 local.tee 2230 local.tee 2231 local.tee 2232
    local.tee 2233 local.tee 2234 local.tee 2235 local.tee 2236 local.tee 2237 local.tee 2238 local.tee 2239 local.tee 2240 local.tee 2241 local.tee 2242 local.tee 2243 local.tee 2244
    local.tee 2245 local.tee 2246 local.tee 2247 local.tee 2248 local.tee 2249 local.tee 2250 local.tee 2251 local.tee 2252 local.tee 2253 local.tee 2254 local.tee 2255 local.tee 2256
    local.tee 2257 local.tee 2258 local.tee 2259 local.tee 2260 local.tee 2261 local.tee 2262 local.tee 2263 local.tee 2264 local.tee 2265 local.tee 2266 local.tee 2267 local.tee 2268
    local.tee 2269 local.tee 2270 local.tee 2271 local.tee 2272 local.tee 2273 local.tee 2274 local.tee 2275 local.tee 2276 local.tee 2277 local.tee 2278 local.tee 2279 local.tee 2280
    local.tee 2281 local.tee 2282 local.tee 2283 local.tee 2284 local.tee 2285 local.tee 2286 local.tee 2287 local.tee 2288 local.tee 2289 local.tee 2290 local.tee 2291 local.tee 2292
    local.tee 2293 local.tee 2294 local.tee 2295 local.tee 2296 local.tee 2297 local.tee 2298 local.tee 2299 local.tee 2300 local.tee 2301 local.tee 2302 local.tee 2303 local.tee 2304
    local.tee 2305 local.tee 2306 local.tee 2307 local.tee 2308 local.tee 2309 local.tee 2310 local.tee 2311 local.tee 2312 local.tee 2313 local.tee 2314 local.tee 2315 local.tee 2316
    local.tee 2317 local.tee 2318 local.tee 2319 local.tee 2320 local.tee 2321 local.tee 2322 local.tee 2323 local.tee 2324 local.tee 2325 local.tee 2326 local.tee 2327 local.tee 2328
    local.tee 2329 local.tee 2330 local.tee 2331 local.tee 2332 local.tee 2333 local.tee 2334 local.tee 2335 local.tee 2336 local.tee 2337 local.tee 2338 local.tee 2339 local.tee 2340
    local.tee 2341 local.tee 2342 local.tee 2343 local.tee 2344 local.tee 2345 local.tee 2346 local.tee 2347 local.tee 2348 local.tee 2349 local.tee 2350 local.tee 2351 local.tee 2352
    local.tee 2353 local.tee 2354 local.tee 2355 local.tee 2356 local.tee 2357 local.tee 2358 local.tee 2359 local.tee 2360 local.tee 2361 local.tee 2362 local.tee 2363 local.tee 2364
    local.tee 2365 local.tee 2366 local.tee 2367 local.tee 2368 local.tee 2369 local.tee 2370 local.tee 2371 local.tee 2372 local.tee 2373 local.tee 2374 local.tee 2375 local.tee 2376
    local.tee 2377 local.tee 2378 local.tee 2379 local.tee 2380 local.tee 2381 local.tee 2382 local.tee 2383 local.tee 2384 local.tee 2385 local.tee 2386 local.tee 2387 local.tee 2388
    local.tee 2389 local.tee 2390 local.tee 2391 local.tee 2392 local.tee 2393 local.tee 2394 local.tee 2395 local.tee 2396 local.tee 2397 local.tee 2398 local.tee 2399 local.tee 2400
    local.tee 2401 local.tee 2402 local.tee 2403 local.tee 2404 local.tee 2405 local.tee 2406 local.tee 2407 local.tee 2408 local.tee 2409 local.tee 2410 local.tee 2411 local.tee 2412
    local.tee 2413 local.tee 2414 local.tee 2415 local.tee 2416 local.tee 2417 local.tee 2418 local.tee 2419 local.tee 2420 local.tee 2421 local.tee 2422 local.tee 2423 local.tee 2424
    local.tee 2425 local.tee 2426 local.tee 2427 local.tee 2428 local.tee 2429 local.tee 2430 local.tee 2431 local.tee 2432 local.tee 2433 local.tee 2434 local.tee 2435 local.tee 2436
    local.tee 2437 local.tee 2438 local.tee 2439 local.tee 2440 local.tee 2441 local.tee 2442 local.tee 2443 local.tee 2444 local.tee 2445 local.tee 2446 local.tee 2447 local.tee 2448
    local.tee 2449 local.tee 2450 local.tee 2451 local.tee 2452 local.tee 2453 local.tee 2454 local.tee 2455 local.tee 2456 local.tee 2457 local.tee 2458 local.tee 2459 local.tee 2460
    local.tee 2461 local.tee 2462 local.tee 2463 local.tee 2464 local.tee 2465 local.tee 2466 local.tee 2467 local.tee 2468 local.tee 2469 local.tee 2470 local.tee 2471 local.tee 2472
    local.tee 2473 local.tee 2474 local.tee 2475 local.tee 2476 local.tee 2477 local.tee 2478 local.tee 2479 local.tee 2480 local.tee 2481 local.tee 2482 local.tee 2483 local.tee 2484
    local.tee 2485 local.tee 2486 local.tee 2487 local.tee 2488 local.tee 2489 local.tee 2490 local.tee 2491 local.tee 2492 local.tee 2493 local.tee 2494 local.tee 2495 local.tee 2496
    local.tee 2497 local.tee 2498 local.tee 2499 local.tee 2500
    (i64.add (local.get 1250)))
  ;; reads locals that were never written: all must be zero
  (func $fresh (result i64)
    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    (i64.or (i64.or (local.get 0) (local.get 255)) (i64.or (local.get 256) (local.get 2499))))
  (func (export "fresh-after-dirty") (result i64)
    (drop (call $dirty (i64.const -1)))
    (call $fresh))
  ;; locals beyond index 255 used in a loop
  (func (export "high-local-loop") (param $n i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $n)))
        (local.set 1200 (i32.add (local.get 1200) (local.get $n)))
        (local.set 300 (i32.add (local.get 300) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $l)))
    (i32.add (i32.mul (local.get 300) (i32.const 100000)) (local.get 1200)))
)
(assert_return (invoke "many-locals" (i32.const 7)) (i32.const 0x000b1fa8) (i64.const 2414750))
(assert_return (invoke "many-locals" (i32.const -2501)) (i32.const 0xffdd3368) (i64.const -845650))
(assert_return (invoke "many-locals" (i32.const 2147483392)) (i32.const 0x00064ed8) (i64.const -2791726669550))
(assert_return (invoke "fresh-after-dirty") (i64.const 0))
(assert_return (invoke "high-local-loop" (i32.const 100)) (i32.const 10005050))
(assert_return (invoke "high-local-loop" (i32.const 0)) (i32.const 0))

;; ---------------------------------------------------------------- 1000 functions
;; $fK adds K and calls $fK+1; $f999 returns its argument.  All are in a table too.
(module
  (type $t (func (param i32) (result i32)))
  (table 1000 funcref)
  (func $f0 (type $t) (call $f1 (i32.add (local.get 0) (i32.const 0))))
  (func $f1 (type $t) (call $f2 (i32.add (local.get 0) (i32.const 1))))
  (func $f2 (type $t) (call $f3 (i32.add (local.get 0) (i32.const 2))))
  (func $f3 (type $t) (call $f4 (i32.add (local.get 0) (i32.const 3))))
  (func $f4 (type $t) (call $f5 (i32.add (local.get 0) (i32.const 4))))
  (func $f5 (type $t) (call $f6 (i32.add (local.get 0) (i32.const 5))))
  (func $f6 (type $t) (call $f7 (i32.add (local.get 0) (i32.const 6))))
  (func $f7 (type $t) (call $f8 (i32.add (local.get 0) (i32.const 7))))
  (func $f8 (type $t) (call $f9 (i32.add (local.get 0) (i32.const 8))))
  (func $f9 (type $t) (call $f10 (i32.add (local.get 0) (i32.const 9))))
  (func $f10 (type $t) (call $f11 (i32.add (local.get 0) (i32.const 10))))
  (func $f11 (type $t) (call $f12 (i32.add (local.get 0) (i32.const 11))))
  (func $f12 (type $t) (call $f13 (i32.add (local.get 0) (i32.const 12))))
  (func $f13 (type $t) (call $f14 (i32.add (local.get 0) (i32.const 13))))
  (func $f14 (type $t) (call $f15 (i32.add (local.get 0) (i32.const 14))))
  (func $f15 (type $t) (call $f16 (i32.add (local.get 0) (i32.const 15))))
  (func $f16 (type $t) (call $f17 (i32.add (local.get 0) (i32.const 16))))
  (func $f17 (type $t) (call $f18 (i32.add (local.get 0) (i32.const 17))))
  (func $f18 (type $t) (call $f19 (i32.add (local.get 0) (i32.const 18))))
  (func $f19 (type $t) (call $f20 (i32.add (local.get 0) (i32.const 19))))
  (func $f20 (type $t) (call $f21 (i32.add (local.get 0) (i32.const 20))))
  (func $f21 (type $t) (call $f22 (i32.add (local.get 0) (i32.const 21))))
  (func $f22 (type $t) (call $f23 (i32.add (local.get 0) (i32.const 22))))
  (func $f23 (type $t) (call $f24 (i32.add (local.get 0) (i32.const 23))))
  (func $f24 (type $t) (call $f25 (i32.add (local.get 0) (i32.const 24))))
  (func $f25 (type $t) (call $f26 (i32.add (local.get 0) (i32.const 25))))
  (func $f26 (type $t) (call $f27 (i32.add (local.get 0) (i32.const 26))))
  (func $f27 (type $t) (call $f28 (i32.add (local.get 0) (i32.const 27))))
  (func $f28 (type $t) (call $f29 (i32.add (local.get 0) (i32.const 28))))
  (func $f29 (type $t) (call $f30 (i32.add (local.get 0) (i32.const 29))))
  (func $f30 (type $t) (call $f31 (i32.add (local.get 0) (i32.const 30))))
  (func $f31 (type $t) (call $f32 (i32.add (local.get 0) (i32.const 31))))
  (func $f32 (type $t) (call $f33 (i32.add (local.get 0) (i32.const 32))))
  (func $f33 (type $t) (call $f34 (i32.add (local.get 0) (i32.const 33))))
  (func $f34 (type $t) (call $f35 (i32.add (local.get 0) (i32.const 34))))
  (func $f35 (type $t) (call $f36 (i32.add (local.get 0) (i32.const 35))))
  (func $f36 (type $t) (call $f37 (i32.add (local.get 0) (i32.const 36))))
  (func $f37 (type $t) (call $f38 (i32.add (local.get 0) (i32.const 37))))
  (func $f38 (type $t) (call $f39 (i32.add (local.get 0) (i32.const 38))))
  (func $f39 (type $t) (call $f40 (i32.add (local.get 0) (i32.const 39))))
  (func $f40 (type $t) (call $f41 (i32.add (local.get 0) (i32.const 40))))
  (func $f41 (type $t) (call $f42 (i32.add (local.get 0) (i32.const 41))))
  (func $f42 (type $t) (call $f43 (i32.add (local.get 0) (i32.const 42))))
  (func $f43 (type $t) (call $f44 (i32.add (local.get 0) (i32.const 43))))
  (func $f44 (type $t) (call $f45 (i32.add (local.get 0) (i32.const 44))))
  (func $f45 (type $t) (call $f46 (i32.add (local.get 0) (i32.const 45))))
  (func $f46 (type $t) (call $f47 (i32.add (local.get 0) (i32.const 46))))
  (func $f47 (type $t) (call $f48 (i32.add (local.get 0) (i32.const 47))))
  (func $f48 (type $t) (call $f49 (i32.add (local.get 0) (i32.const 48))))
  (func $f49 (type $t) (call $f50 (i32.add (local.get 0) (i32.const 49))))
  (func $f50 (type $t) (call $f51 (i32.add (local.get 0) (i32.const 50))))
  (func $f51 (type $t) (call $f52 (i32.add (local.get 0) (i32.const 51))))
  (func $f52 (type $t) (call $f53 (i32.add (local.get 0) (i32.const 52))))
  (func $f53 (type $t) (call $f54 (i32.add (local.get 0) (i32.const 53))))
  (func $f54 (type $t) (call $f55 (i32.add (local.get 0) (i32.const 54))))
  (func $f55 (type $t) (call $f56 (i32.add (local.get 0) (i32.const 55))))
  (func $f56 (type $t) (call $f57 (i32.add (local.get 0) (i32.const 56))))
  (func $f57 (type $t) (call $f58 (i32.add (local.get 0) (i32.const 57))))
  (func $f58 (type $t) (call $f59 (i32.add (local.get 0) (i32.const 58))))
  (func $f59 (type $t) (call $f60 (i32.add (local.get 0) (i32.const 59))))
  (func $f60 (type $t) (call $f61 (i32.add (local.get 0) (i32.const 60))))
  (func $f61 (type $t) (call $f62 (i32.add (local.get 0) (i32.const 61))))
  (func $f62 (type $t) (call $f63 (i32.add (local.get 0) (i32.const 62))))
  (func $f63 (type $t) (call $f64 (i32.add (local.get 0) (i32.const 63))))
  (func $f64 (type $t) (call $f65 (i32.add (local.get 0) (i32.const 64))))
  (func $f65 (type $t) (call $f66 (i32.add (local.get 0) (i32.const 65))))
  (func $f66 (type $t) (call $f67 (i32.add (local.get 0) (i32.const 66))))
  (func $f67 (type $t) (call $f68 (i32.add (local.get 0) (i32.const 67))))
  (func $f68 (type $t) (call $f69 (i32.add (local.get 0) (i32.const 68))))
  (func $f69 (type $t) (call $f70 (i32.add (local.get 0) (i32.const 69))))
  (func $f70 (type $t) (call $f71 (i32.add (local.get 0) (i32.const 70))))
  (func $f71 (type $t) (call $f72 (i32.add (local.get 0) (i32.const 71))))
  (func $f72 (type $t) (call $f73 (i32.add (local.get 0) (i32.const 72))))
  (func $f73 (type $t) (call $f74 (i32.add (local.get 0) (i32.const 73))))
  (func $f74 (type $t) (call $f75 (i32.add (local.get 0) (i32.const 74))))
  (func $f75 (type $t) (call $f76 (i32.add (local.get 0) (i32.const 75))))
  (func $f76 (type $t) (call $f77 (i32.add (local.get 0) (i32.const 76))))
  (func $f77 (type $t) (call $f78 (i32.add (local.get 0) (i32.const 77))))
  (func $f78 (type $t) (call $f79 (i32.add (local.get 0) (i32.const 78))))
  (func $f79 (type $t) (call $f80 (i32.add (local.get 0) (i32.const 79))))
  (func $f80 (type $t) (call $f81 (i32.add (local.get 0) (i32.const 80))))
  (func $f81 (type $t) (call $f82 (i32.add (local.get 0) (i32.const 81))))
  (func $f82 (type $t) (call $f83 (i32.add (local.get 0) (i32.const 82))))
  (func $f83 (type $t) (call $f84 (i32.add (local.get 0) (i32.const 83))))
  (func $f84 (type $t) (call $f85 (i32.add (local.get 0) (i32.const 84))))
  (func $f85 (type $t) (call $f86 (i32.add (local.get 0) (i32.const 85))))
  (func $f86 (type $t) (call $f87 (i32.add (local.get 0) (i32.const 86))))
  (func $f87 (type $t) (call $f88 (i32.add (local.get 0) (i32.const 87))))
  (func $f88 (type $t) (call $f89 (i32.add (local.get 0) (i32.const 88))))
  (func $f89 (type $t) (call $f90 (i32.add (local.get 0) (i32.const 89))))
  (func $f90 (type $t) (call $f91 (i32.add (local.get 0) (i32.const 90))))
  (func $f91 (type $t) (call $f92 (i32.add (local.get 0) (i32.const 91))))
  (func $f92 (type $t) (call $f93 (i32.add (local.get 0) (i32.const 92))))
  (func $f93 (type $t) (call $f94 (i32.add (local.get 0) (i32.const 93))))
  (func $f94 (type $t) (call $f95 (i32.add (local.get 0) (i32.const 94))))
  (func $f95 (type $t) (call $f96 (i32.add (local.get 0) (i32.const 95))))
  (func $f96 (type $t) (call $f97 (i32.add (local.get 0) (i32.const 96))))
  (func $f97 (type $t) (call $f98 (i32.add (local.get 0) (i32.const 97))))
  (func $f98 (type $t) (call $f99 (i32.add (local.get 0) (i32.const 98))))
  (func $f99 (type $t) (call $f100 (i32.add (local.get 0) (i32.const 99))))
  (func $f100 (type $t) (call $f101 (i32.add (local.get 0) (i32.const 100))))
  (func $f101 (type $t) (call $f102 (i32.add (local.get 0) (i32.const 101))))
  (func $f102 (type $t) (call $f103 (i32.add (local.get 0) (i32.const 102))))
  (func $f103 (type $t) (call $f104 (i32.add (local.get 0) (i32.const 103))))
  (func $f104 (type $t) (call $f105 (i32.add (local.get 0) (i32.const 104))))
  (func $f105 (type $t) (call $f106 (i32.add (local.get 0) (i32.const 105))))
  (func $f106 (type $t) (call $f107 (i32.add (local.get 0) (i32.const 106))))
  (func $f107 (type $t) (call $f108 (i32.add (local.get 0) (i32.const 107))))
  (func $f108 (type $t) (call $f109 (i32.add (local.get 0) (i32.const 108))))
  (func $f109 (type $t) (call $f110 (i32.add (local.get 0) (i32.const 109))))
  (func $f110 (type $t) (call $f111 (i32.add (local.get 0) (i32.const 110))))
  (func $f111 (type $t) (call $f112 (i32.add (local.get 0) (i32.const 111))))
  (func $f112 (type $t) (call $f113 (i32.add (local.get 0) (i32.const 112))))
  (func $f113 (type $t) (call $f114 (i32.add (local.get 0) (i32.const 113))))
  (func $f114 (type $t) (call $f115 (i32.add (local.get 0) (i32.const 114))))
  (func $f115 (type $t) (call $f116 (i32.add (local.get 0) (i32.const 115))))
  (func $f116 (type $t) (call $f117 (i32.add (local.get 0) (i32.const 116))))
  (func $f117 (type $t) (call $f118 (i32.add (local.get 0) (i32.const 117))))
  (func $f118 (type $t) (call $f119 (i32.add (local.get 0) (i32.const 118))))
  (func $f119 (type $t) (call $f120 (i32.add (local.get 0) (i32.const 119))))
  (func $f120 (type $t) (call $f121 (i32.add (local.get 0) (i32.const 120))))
  (func $f121 (type $t) (call $f122 (i32.add (local.get 0) (i32.const 121))))
  (func $f122 (type $t) (call $f123 (i32.add (local.get 0) (i32.const 122))))
  (func $f123 (type $t) (call $f124 (i32.add (local.get 0) (i32.const 123))))
  (func $f124 (type $t) (call $f125 (i32.add (local.get 0) (i32.const 124))))
  (func $f125 (type $t) (call $f126 (i32.add (local.get 0) (i32.const 125))))
  (func $f126 (type $t) (call $f127 (i32.add (local.get 0) (i32.const 126))))
  (func $f127 (type $t) (call $f128 (i32.add (local.get 0) (i32.const 127))))
  (func $f128 (type $t) (call $f129 (i32.add (local.get 0) (i32.const 128))))
  (func $f129 (type $t) (call $f130 (i32.add (local.get 0) (i32.const 129))))
  (func $f130 (type $t) (call $f131 (i32.add (local.get 0) (i32.const 130))))
  (func $f131 (type $t) (call $f132 (i32.add (local.get 0) (i32.const 131))))
  (func $f132 (type $t) (call $f133 (i32.add (local.get 0) (i32.const 132))))
  (func $f133 (type $t) (call $f134 (i32.add (local.get 0) (i32.const 133))))
  (func $f134 (type $t) (call $f135 (i32.add (local.get 0) (i32.const 134))))
  (func $f135 (type $t) (call $f136 (i32.add (local.get 0) (i32.const 135))))
  (func $f136 (type $t) (call $f137 (i32.add (local.get 0) (i32.const 136))))
  (func $f137 (type $t) (call $f138 (i32.add (local.get 0) (i32.const 137))))
  (func $f138 (type $t) (call $f139 (i32.add (local.get 0) (i32.const 138))))
  (func $f139 (type $t) (call $f140 (i32.add (local.get 0) (i32.const 139))))
  (func $f140 (type $t) (call $f141 (i32.add (local.get 0) (i32.const 140))))
  (func $f141 (type $t) (call $f142 (i32.add (local.get 0) (i32.const 141))))
  (func $f142 (type $t) (call $f143 (i32.add (local.get 0) (i32.const 142))))
  (func $f143 (type $t) (call $f144 (i32.add (local.get 0) (i32.const 143))))
  (func $f144 (type $t) (call $f145 (i32.add (local.get 0) (i32.const 144))))
  (func $f145 (type $t) (call $f146 (i32.add (local.get 0) (i32.const 145))))
  (func $f146 (type $t) (call $f147 (i32.add (local.get 0) (i32.const 146))))
  (func $f147 (type $t) (call $f148 (i32.add (local.get 0) (i32.const 147))))
  (func $f148 (type $t) (call $f149 (i32.add (local.get 0) (i32.const 148))))
  (func $f149 (type $t) (call $f150 (i32.add (local.get 0) (i32.const 149))))
  (func $f150 (type $t) (call $f151 (i32.add (local.get 0) (i32.const 150))))
  (func $f151 (type $t) (call $f152 (i32.add (local.get 0) (i32.const 151))))
  (func $f152 (type $t) (call $f153 (i32.add (local.get 0) (i32.const 152))))
  (func $f153 (type $t) (call $f154 (i32.add (local.get 0) (i32.const 153))))
  (func $f154 (type $t) (call $f155 (i32.add (local.get 0) (i32.const 154))))
  (func $f155 (type $t) (call $f156 (i32.add (local.get 0) (i32.const 155))))
  (func $f156 (type $t) (call $f157 (i32.add (local.get 0) (i32.const 156))))
  (func $f157 (type $t) (call $f158 (i32.add (local.get 0) (i32.const 157))))
  (func $f158 (type $t) (call $f159 (i32.add (local.get 0) (i32.const 158))))
  (func $f159 (type $t) (call $f160 (i32.add (local.get 0) (i32.const 159))))
  (func $f160 (type $t) (call $f161 (i32.add (local.get 0) (i32.const 160))))
  (func $f161 (type $t) (call $f162 (i32.add (local.get 0) (i32.const 161))))
  (func $f162 (type $t) (call $f163 (i32.add (local.get 0) (i32.const 162))))
  (func $f163 (type $t) (call $f164 (i32.add (local.get 0) (i32.const 163))))
  (func $f164 (type $t) (call $f165 (i32.add (local.get 0) (i32.const 164))))
  (func $f165 (type $t) (call $f166 (i32.add (local.get 0) (i32.const 165))))
  (func $f166 (type $t) (call $f167 (i32.add (local.get 0) (i32.const 166))))
  (func $f167 (type $t) (call $f168 (i32.add (local.get 0) (i32.const 167))))
  (func $f168 (type $t) (call $f169 (i32.add (local.get 0) (i32.const 168))))
  (func $f169 (type $t) (call $f170 (i32.add (local.get 0) (i32.const 169))))
  (func $f170 (type $t) (call $f171 (i32.add (local.get 0) (i32.const 170))))
  (func $f171 (type $t) (call $f172 (i32.add (local.get 0) (i32.const 171))))
  (func $f172 (type $t) (call $f173 (i32.add (local.get 0) (i32.const 172))))
  (func $f173 (type $t) (call $f174 (i32.add (local.get 0) (i32.const 173))))
  (func $f174 (type $t) (call $f175 (i32.add (local.get 0) (i32.const 174))))
  (func $f175 (type $t) (call $f176 (i32.add (local.get 0) (i32.const 175))))
  (func $f176 (type $t) (call $f177 (i32.add (local.get 0) (i32.const 176))))
  (func $f177 (type $t) (call $f178 (i32.add (local.get 0) (i32.const 177))))
  (func $f178 (type $t) (call $f179 (i32.add (local.get 0) (i32.const 178))))
  (func $f179 (type $t) (call $f180 (i32.add (local.get 0) (i32.const 179))))
  (func $f180 (type $t) (call $f181 (i32.add (local.get 0) (i32.const 180))))
  (func $f181 (type $t) (call $f182 (i32.add (local.get 0) (i32.const 181))))
  (func $f182 (type $t) (call $f183 (i32.add (local.get 0) (i32.const 182))))
  (func $f183 (type $t) (call $f184 (i32.add (local.get 0) (i32.const 183))))
  (func $f184 (type $t) (call $f185 (i32.add (local.get 0) (i32.const 184))))
  (func $f185 (type $t) (call $f186 (i32.add (local.get 0) (i32.const 185))))
  (func $f186 (type $t) (call $f187 (i32.add (local.get 0) (i32.const 186))))
  (func $f187 (type $t) (call $f188 (i32.add (local.get 0) (i32.const 187))))
  (func $f188 (type $t) (call $f189 (i32.add (local.get 0) (i32.const 188))))
  (func $f189 (type $t) (call $f190 (i32.add (local.get 0) (i32.const 189))))
  (func $f190 (type $t) (call $f191 (i32.add (local.get 0) (i32.const 190))))
  (func $f191 (type $t) (call $f192 (i32.add (local.get 0) (i32.const 191))))
  (func $f192 (type $t) (call $f193 (i32.add (local.get 0) (i32.const 192))))
  (func $f193 (type $t) (call $f194 (i32.add (local.get 0) (i32.const 193))))
  (func $f194 (type $t) (call $f195 (i32.add (local.get 0) (i32.const 194))))
  (func $f195 (type $t) (call $f196 (i32.add (local.get 0) (i32.const 195))))
  (func $f196 (type $t) (call $f197 (i32.add (local.get 0) (i32.const 196))))
  (func $f197 (type $t) (call $f198 (i32.add (local.get 0) (i32.const 197))))
  (func $f198 (type $t) (call $f199 (i32.add (local.get 0) (i32.const 198))))
  (func $f199 (type $t) (call $f200 (i32.add (local.get 0) (i32.const 199))))
  (func $f200 (type $t) (call $f201 (i32.add (local.get 0) (i32.const 200))))
  (func $f201 (type $t) (call $f202 (i32.add (local.get 0) (i32.const 201))))
  (func $f202 (type $t) (call $f203 (i32.add (local.get 0) (i32.const 202))))
  (func $f203 (type $t) (call $f204 (i32.add (local.get 0) (i32.const 203))))
  (func $f204 (type $t) (call $f205 (i32.add (local.get 0) (i32.const 204))))
  (func $f205 (type $t) (call $f206 (i32.add (local.get 0) (i32.const 205))))
  (func $f206 (type $t) (call $f207 (i32.add (local.get 0) (i32.const 206))))
  (func $f207 (type $t) (call $f208 (i32.add (local.get 0) (i32.const 207))))
  (func $f208 (type $t) (call $f209 (i32.add (local.get 0) (i32.const 208))))
  (func $f209 (type $t) (call $f210 (i32.add (local.get 0) (i32.const 209))))
  (func $f210 (type $t) (call $f211 (i32.add (local.get 0) (i32.const 210))))
  (func $f211 (type $t) (call $f212 (i32.add (local.get 0) (i32.const 211))))
  (func $f212 (type $t) (call $f213 (i32.add (local.get 0) (i32.const 212))))
  (func $f213 (type $t) (call $f214 (i32.add (local.get 0) (i32.const 213))))
  (func $f214 (type $t) (call $f215 (i32.add (local.get 0) (i32.const 214))))
  (func $f215 (type $t) (call $f216 (i32.add (local.get 0) (i32.const 215))))
  (func $f216 (type $t) (call $f217 (i32.add (local.get 0) (i32.const 216))))
  (func $f217 (type $t) (call $f218 (i32.add (local.get 0) (i32.const 217))))
  (func $f218 (type $t) (call $f219 (i32.add (local.get 0) (i32.const 218))))
  (func $f219 (type $t) (call $f220 (i32.add (local.get 0) (i32.const 219))))
  (func $f220 (type $t) (call $f221 (i32.add (local.get 0) (i32.const 220))))
  (func $f221 (type $t) (call $f222 (i32.add (local.get 0) (i32.const 221))))
  (func $f222 (type $t) (call $f223 (i32.add (local.get 0) (i32.const 222))))
  (func $f223 (type $t) (call $f224 (i32.add (local.get 0) (i32.const 223))))
  (func $f224 (type $t) (call $f225 (i32.add (local.get 0) (i32.const 224))))
  (func $f225 (type $t) (call $f226 (i32.add (local.get 0) (i32.const 225))))
  (func $f226 (type $t) (call $f227 (i32.add (local.get 0) (i32.const 226))))
  (func $f227 (type $t) (call $f228 (i32.add (local.get 0) (i32.const 227))))
  (func $f228 (type $t) (call $f229 (i32.add (local.get 0) (i32.const 228))))
  (func $f229 (type $t) (call $f230 (i32.add (local.get 0) (i32.const 229))))
  (func $f230 (type $t) (call $f231 (i32.add (local.get 0) (i32.const 230))))
  (func $f231 (type $t) (call $f232 (i32.add (local.get 0) (i32.const 231))))
  (func $f232 (type $t) (call $f233 (i32.add (local.get 0) (i32.const 232))))
  (func $f233 (type $t) (call $f234 (i32.add (local.get 0) (i32.const 233))))
  (func $f234 (type $t) (call $f235 (i32.add (local.get 0) (i32.const 234))))
  (func $f235 (type $t) (call $f236 (i32.add (local.get 0) (i32.const 235))))
  (func $f236 (type $t) (call $f237 (i32.add (local.get 0) (i32.const 236))))
  (func $f237 (type $t) (call $f238 (i32.add (local.get 0) (i32.const 237))))
  (func $f238 (type $t) (call $f239 (i32.add (local.get 0) (i32.const 238))))
  (func $f239 (type $t) (call $f240 (i32.add (local.get 0) (i32.const 239))))
  (func $f240 (type $t) (call $f241 (i32.add (local.get 0) (i32.const 240))))
  (func $f241 (type $t) (call $f242 (i32.add (local.get 0) (i32.const 241))))
  (func $f242 (type $t) (call $f243 (i32.add (local.get 0) (i32.const 242))))
  (func $f243 (type $t) (call $f244 (i32.add (local.get 0) (i32.const 243))))
  (func $f244 (type $t) (call $f245 (i32.add (local.get 0) (i32.const 244))))
  (func $f245 (type $t) (call $f246 (i32.add (local.get 0) (i32.const 245))))
  (func $f246 (type $t) (call $f247 (i32.add (local.get 0) (i32.const 246))))
  (func $f247 (type $t) (call $f248 (i32.add (local.get 0) (i32.const 247))))
  (func $f248 (type $t) (call $f249 (i32.add (local.get 0) (i32.const 248))))
  (func $f249 (type $t) (call $f250 (i32.add (local.get 0) (i32.const 249))))
  (func $f250 (type $t) (call $f251 (i32.add (local.get 0) (i32.const 250))))
  (func $f251 (type $t) (call $f252 (i32.add (local.get 0) (i32.const 251))))
  (func $f252 (type $t) (call $f253 (i32.add (local.get 0) (i32.const 252))))
  (func $f253 (type $t) (call $f254 (i32.add (local.get 0) (i32.const 253))))
  (func $f254 (type $t) (call $f255 (i32.add (local.get 0) (i32.const 254))))
  (func $f255 (type $t) (call $f256 (i32.add (local.get 0) (i32.const 255))))
  (func $f256 (type $t) (call $f257 (i32.add (local.get 0) (i32.const 256))))
  (func $f257 (type $t) (call $f258 (i32.add (local.get 0) (i32.const 257))))
  (func $f258 (type $t) (call $f259 (i32.add (local.get 0) (i32.const 258))))
  (func $f259 (type $t) (call $f260 (i32.add (local.get 0) (i32.const 259))))
  (func $f260 (type $t) (call $f261 (i32.add (local.get 0) (i32.const 260))))
  (func $f261 (type $t) (call $f262 (i32.add (local.get 0) (i32.const 261))))
  (func $f262 (type $t) (call $f263 (i32.add (local.get 0) (i32.const 262))))
  (func $f263 (type $t) (call $f264 (i32.add (local.get 0) (i32.const 263))))
  (func $f264 (type $t) (call $f265 (i32.add (local.get 0) (i32.const 264))))
  (func $f265 (type $t) (call $f266 (i32.add (local.get 0) (i32.const 265))))
  (func $f266 (type $t) (call $f267 (i32.add (local.get 0) (i32.const 266))))
  (func $f267 (type $t) (call $f268 (i32.add (local.get 0) (i32.const 267))))
  (func $f268 (type $t) (call $f269 (i32.add (local.get 0) (i32.const 268))))
  (func $f269 (type $t) (call $f270 (i32.add (local.get 0) (i32.const 269))))
  (func $f270 (type $t) (call $f271 (i32.add (local.get 0) (i32.const 270))))
  (func $f271 (type $t) (call $f272 (i32.add (local.get 0) (i32.const 271))))
  (func $f272 (type $t) (call $f273 (i32.add (local.get 0) (i32.const 272))))
  (func $f273 (type $t) (call $f274 (i32.add (local.get 0) (i32.const 273))))
  (func $f274 (type $t) (call $f275 (i32.add (local.get 0) (i32.const 274))))
  (func $f275 (type $t) (call $f276 (i32.add (local.get 0) (i32.const 275))))
  (func $f276 (type $t) (call $f277 (i32.add (local.get 0) (i32.const 276))))
  (func $f277 (type $t) (call $f278 (i32.add (local.get 0) (i32.const 277))))
  (func $f278 (type $t) (call $f279 (i32.add (local.get 0) (i32.const 278))))
  (func $f279 (type $t) (call $f280 (i32.add (local.get 0) (i32.const 279))))
  (func $f280 (type $t) (call $f281 (i32.add (local.get 0) (i32.const 280))))
  (func $f281 (type $t) (call $f282 (i32.add (local.get 0) (i32.const 281))))
  (func $f282 (type $t) (call $f283 (i32.add (local.get 0) (i32.const 282))))
  (func $f283 (type $t) (call $f284 (i32.add (local.get 0) (i32.const 283))))
  (func $f284 (type $t) (call $f285 (i32.add (local.get 0) (i32.const 284))))
  (func $f285 (type $t) (call $f286 (i32.add (local.get 0) (i32.const 285))))
  (func $f286 (type $t) (call $f287 (i32.add (local.get 0) (i32.const 286))))
  (func $f287 (type $t) (call $f288 (i32.add (local.get 0) (i32.const 287))))
  (func $f288 (type $t) (call $f289 (i32.add (local.get 0) (i32.const 288))))
  (func $f289 (type $t) (call $f290 (i32.add (local.get 0) (i32.const 289))))
  (func $f290 (type $t) (call $f291 (i32.add (local.get 0) (i32.const 290))))
  (func $f291 (type $t) (call $f292 (i32.add (local.get 0) (i32.const 291))))
  (func $f292 (type $t) (call $f293 (i32.add (local.get 0) (i32.const 292))))
  (func $f293 (type $t) (call $f294 (i32.add (local.get 0) (i32.const 293))))
  (func $f294 (type $t) (call $f295 (i32.add (local.get 0) (i32.const 294))))
  (func $f295 (type $t) (call $f296 (i32.add (local.get 0) (i32.const 295))))
  (func $f296 (type $t) (call $f297 (i32.add (local.get 0) (i32.const 296))))
  (func $f297 (type $t) (call $f298 (i32.add (local.get 0) (i32.const 297))))
  (func $f298 (type $t) (call $f299 (i32.add (local.get 0) (i32.const 298))))
  (func $f299 (type $t) (call $f300 (i32.add (local.get 0) (i32.const 299))))
  (func $f300 (type $t) (call $f301 (i32.add (local.get 0) (i32.const 300))))
  (func $f301 (type $t) (call $f302 (i32.add (local.get 0) (i32.const 301))))
  (func $f302 (type $t) (call $f303 (i32.add (local.get 0) (i32.const 302))))
  (func $f303 (type $t) (call $f304 (i32.add (local.get 0) (i32.const 303))))
  (func $f304 (type $t) (call $f305 (i32.add (local.get 0) (i32.const 304))))
  (func $f305 (type $t) (call $f306 (i32.add (local.get 0) (i32.const 305))))
  (func $f306 (type $t) (call $f307 (i32.add (local.get 0) (i32.const 306))))
  (func $f307 (type $t) (call $f308 (i32.add (local.get 0) (i32.const 307))))
  (func $f308 (type $t) (call $f309 (i32.add (local.get 0) (i32.const 308))))
  (func $f309 (type $t) (call $f310 (i32.add (local.get 0) (i32.const 309))))
  (func $f310 (type $t) (call $f311 (i32.add (local.get 0) (i32.const 310))))
  (func $f311 (type $t) (call $f312 (i32.add (local.get 0) (i32.const 311))))
  (func $f312 (type $t) (call $f313 (i32.add (local.get 0) (i32.const 312))))
  (func $f313 (type $t) (call $f314 (i32.add (local.get 0) (i32.const 313))))
  (func $f314 (type $t) (call $f315 (i32.add (local.get 0) (i32.const 314))))
  (func $f315 (type $t) (call $f316 (i32.add (local.get 0) (i32.const 315))))
  (func $f316 (type $t) (call $f317 (i32.add (local.get 0) (i32.const 316))))
  (func $f317 (type $t) (call $f318 (i32.add (local.get 0) (i32.const 317))))
  (func $f318 (type $t) (call $f319 (i32.add (local.get 0) (i32.const 318))))
  (func $f319 (type $t) (call $f320 (i32.add (local.get 0) (i32.const 319))))
  (func $f320 (type $t) (call $f321 (i32.add (local.get 0) (i32.const 320))))
  (func $f321 (type $t) (call $f322 (i32.add (local.get 0) (i32.const 321))))
  (func $f322 (type $t) (call $f323 (i32.add (local.get 0) (i32.const 322))))
  (func $f323 (type $t) (call $f324 (i32.add (local.get 0) (i32.const 323))))
  (func $f324 (type $t) (call $f325 (i32.add (local.get 0) (i32.const 324))))
  (func $f325 (type $t) (call $f326 (i32.add (local.get 0) (i32.const 325))))
  (func $f326 (type $t) (call $f327 (i32.add (local.get 0) (i32.const 326))))
  (func $f327 (type $t) (call $f328 (i32.add (local.get 0) (i32.const 327))))
  (func $f328 (type $t) (call $f329 (i32.add (local.get 0) (i32.const 328))))
  (func $f329 (type $t) (call $f330 (i32.add (local.get 0) (i32.const 329))))
  (func $f330 (type $t) (call $f331 (i32.add (local.get 0) (i32.const 330))))
  (func $f331 (type $t) (call $f332 (i32.add (local.get 0) (i32.const 331))))
  (func $f332 (type $t) (call $f333 (i32.add (local.get 0) (i32.const 332))))
  (func $f333 (type $t) (call $f334 (i32.add (local.get 0) (i32.const 333))))
  (func $f334 (type $t) (call $f335 (i32.add (local.get 0) (i32.const 334))))
  (func $f335 (type $t) (call $f336 (i32.add (local.get 0) (i32.const 335))))
  (func $f336 (type $t) (call $f337 (i32.add (local.get 0) (i32.const 336))))
  (func $f337 (type $t) (call $f338 (i32.add (local.get 0) (i32.const 337))))
  (func $f338 (type $t) (call $f339 (i32.add (local.get 0) (i32.const 338))))
  (func $f339 (type $t) (call $f340 (i32.add (local.get 0) (i32.const 339))))
  (func $f340 (type $t) (call $f341 (i32.add (local.get 0) (i32.const 340))))
  (func $f341 (type $t) (call $f342 (i32.add (local.get 0) (i32.const 341))))
  (func $f342 (type $t) (call $f343 (i32.add (local.get 0) (i32.const 342))))
  (func $f343 (type $t) (call $f344 (i32.add (local.get 0) (i32.const 343))))
  (func $f344 (type $t) (call $f345 (i32.add (local.get 0) (i32.const 344))))
  (func $f345 (type $t) (call $f346 (i32.add (local.get 0) (i32.const 345))))
  (func $f346 (type $t) (call $f347 (i32.add (local.get 0) (i32.const 346))))
  (func $f347 (type $t) (call $f348 (i32.add (local.get 0) (i32.const 347))))
  (func $f348 (type $t) (call $f349 (i32.add (local.get 0) (i32.const 348))))
  (func $f349 (type $t) (call $f350 (i32.add (local.get 0) (i32.const 349))))
  (func $f350 (type $t) (call $f351 (i32.add (local.get 0) (i32.const 350))))
  (func $f351 (type $t) (call $f352 (i32.add (local.get 0) (i32.const 351))))
  (func $f352 (type $t) (call $f353 (i32.add (local.get 0) (i32.const 352))))
  (func $f353 (type $t) (call $f354 (i32.add (local.get 0) (i32.const 353))))
  (func $f354 (type $t) (call $f355 (i32.add (local.get 0) (i32.const 354))))
  (func $f355 (type $t) (call $f356 (i32.add (local.get 0) (i32.const 355))))
  (func $f356 (type $t) (call $f357 (i32.add (local.get 0) (i32.const 356))))
  (func $f357 (type $t) (call $f358 (i32.add (local.get 0) (i32.const 357))))
  (func $f358 (type $t) (call $f359 (i32.add (local.get 0) (i32.const 358))))
  (func $f359 (type $t) (call $f360 (i32.add (local.get 0) (i32.const 359))))
  (func $f360 (type $t) (call $f361 (i32.add (local.get 0) (i32.const 360))))
  (func $f361 (type $t) (call $f362 (i32.add (local.get 0) (i32.const 361))))
  (func $f362 (type $t) (call $f363 (i32.add (local.get 0) (i32.const 362))))
  (func $f363 (type $t) (call $f364 (i32.add (local.get 0) (i32.const 363))))
  (func $f364 (type $t) (call $f365 (i32.add (local.get 0) (i32.const 364))))
  (func $f365 (type $t) (call $f366 (i32.add (local.get 0) (i32.const 365))))
  (func $f366 (type $t) (call $f367 (i32.add (local.get 0) (i32.const 366))))
  (func $f367 (type $t) (call $f368 (i32.add (local.get 0) (i32.const 367))))
  (func $f368 (type $t) (call $f369 (i32.add (local.get 0) (i32.const 368))))
  (func $f369 (type $t) (call $f370 (i32.add (local.get 0) (i32.const 369))))
  (func $f370 (type $t) (call $f371 (i32.add (local.get 0) (i32.const 370))))
  (func $f371 (type $t) (call $f372 (i32.add (local.get 0) (i32.const 371))))
  (func $f372 (type $t) (call $f373 (i32.add (local.get 0) (i32.const 372))))
  (func $f373 (type $t) (call $f374 (i32.add (local.get 0) (i32.const 373))))
  (func $f374 (type $t) (call $f375 (i32.add (local.get 0) (i32.const 374))))
  (func $f375 (type $t) (call $f376 (i32.add (local.get 0) (i32.const 375))))
  (func $f376 (type $t) (call $f377 (i32.add (local.get 0) (i32.const 376))))
  (func $f377 (type $t) (call $f378 (i32.add (local.get 0) (i32.const 377))))
  (func $f378 (type $t) (call $f379 (i32.add (local.get 0) (i32.const 378))))
  (func $f379 (type $t) (call $f380 (i32.add (local.get 0) (i32.const 379))))
  (func $f380 (type $t) (call $f381 (i32.add (local.get 0) (i32.const 380))))
  (func $f381 (type $t) (call $f382 (i32.add (local.get 0) (i32.const 381))))
  (func $f382 (type $t) (call $f383 (i32.add (local.get 0) (i32.const 382))))
  (func $f383 (type $t) (call $f384 (i32.add (local.get 0) (i32.const 383))))
  (func $f384 (type $t) (call $f385 (i32.add (local.get 0) (i32.const 384))))
  (func $f385 (type $t) (call $f386 (i32.add (local.get 0) (i32.const 385))))
  (func $f386 (type $t) (call $f387 (i32.add (local.get 0) (i32.const 386))))
  (func $f387 (type $t) (call $f388 (i32.add (local.get 0) (i32.const 387))))
  (func $f388 (type $t) (call $f389 (i32.add (local.get 0) (i32.const 388))))
  (func $f389 (type $t) (call $f390 (i32.add (local.get 0) (i32.const 389))))
  (func $f390 (type $t) (call $f391 (i32.add (local.get 0) (i32.const 390))))
  (func $f391 (type $t) (call $f392 (i32.add (local.get 0) (i32.const 391))))
  (func $f392 (type $t) (call $f393 (i32.add (local.get 0) (i32.const 392))))
  (func $f393 (type $t) (call $f394 (i32.add (local.get 0) (i32.const 393))))
  (func $f394 (type $t) (call $f395 (i32.add (local.get 0) (i32.const 394))))
  (func $f395 (type $t) (call $f396 (i32.add (local.get 0) (i32.const 395))))
  (func $f396 (type $t) (call $f397 (i32.add (local.get 0) (i32.const 396))))
  (func $f397 (type $t) (call $f398 (i32.add (local.get 0) (i32.const 397))))
  (func $f398 (type $t) (call $f399 (i32.add (local.get 0) (i32.const 398))))
  (func $f399 (type $t) (call $f400 (i32.add (local.get 0) (i32.const 399))))
  (func $f400 (type $t) (call $f401 (i32.add (local.get 0) (i32.const 400))))
  (func $f401 (type $t) (call $f402 (i32.add (local.get 0) (i32.const 401))))
  (func $f402 (type $t) (call $f403 (i32.add (local.get 0) (i32.const 402))))
  (func $f403 (type $t) (call $f404 (i32.add (local.get 0) (i32.const 403))))
  (func $f404 (type $t) (call $f405 (i32.add (local.get 0) (i32.const 404))))
  (func $f405 (type $t) (call $f406 (i32.add (local.get 0) (i32.const 405))))
  (func $f406 (type $t) (call $f407 (i32.add (local.get 0) (i32.const 406))))
  (func $f407 (type $t) (call $f408 (i32.add (local.get 0) (i32.const 407))))
  (func $f408 (type $t) (call $f409 (i32.add (local.get 0) (i32.const 408))))
  (func $f409 (type $t) (call $f410 (i32.add (local.get 0) (i32.const 409))))
  (func $f410 (type $t) (call $f411 (i32.add (local.get 0) (i32.const 410))))
  (func $f411 (type $t) (call $f412 (i32.add (local.get 0) (i32.const 411))))
  (func $f412 (type $t) (call $f413 (i32.add (local.get 0) (i32.const 412))))
  (func $f413 (type $t) (call $f414 (i32.add (local.get 0) (i32.const 413))))
  (func $f414 (type $t) (call $f415 (i32.add (local.get 0) (i32.const 414))))
  (func $f415 (type $t) (call $f416 (i32.add (local.get 0) (i32.const 415))))
  (func $f416 (type $t) (call $f417 (i32.add (local.get 0) (i32.const 416))))
  (func $f417 (type $t) (call $f418 (i32.add (local.get 0) (i32.const 417))))
  (func $f418 (type $t) (call $f419 (i32.add (local.get 0) (i32.const 418))))
  (func $f419 (type $t) (call $f420 (i32.add (local.get 0) (i32.const 419))))
  (func $f420 (type $t) (call $f421 (i32.add (local.get 0) (i32.const 420))))
  (func $f421 (type $t) (call $f422 (i32.add (local.get 0) (i32.const 421))))
  (func $f422 (type $t) (call $f423 (i32.add (local.get 0) (i32.const 422))))
  (func $f423 (type $t) (call $f424 (i32.add (local.get 0) (i32.const 423))))
  (func $f424 (type $t) (call $f425 (i32.add (local.get 0) (i32.const 424))))
  (func $f425 (type $t) (call $f426 (i32.add (local.get 0) (i32.const 425))))
  (func $f426 (type $t) (call $f427 (i32.add (local.get 0) (i32.const 426))))
  (func $f427 (type $t) (call $f428 (i32.add (local.get 0) (i32.const 427))))
  (func $f428 (type $t) (call $f429 (i32.add (local.get 0) (i32.const 428))))
  (func $f429 (type $t) (call $f430 (i32.add (local.get 0) (i32.const 429))))
  (func $f430 (type $t) (call $f431 (i32.add (local.get 0) (i32.const 430))))
  (func $f431 (type $t) (call $f432 (i32.add (local.get 0) (i32.const 431))))
  (func $f432 (type $t) (call $f433 (i32.add (local.get 0) (i32.const 432))))
  (func $f433 (type $t) (call $f434 (i32.add (local.get 0) (i32.const 433))))
  (func $f434 (type $t) (call $f435 (i32.add (local.get 0) (i32.const 434))))
  (func $f435 (type $t) (call $f436 (i32.add (local.get 0) (i32.const 435))))
  (func $f436 (type $t) (call $f437 (i32.add (local.get 0) (i32.const 436))))
  (func $f437 (type $t) (call $f438 (i32.add (local.get 0) (i32.const 437))))
  (func $f438 (type $t) (call $f439 (i32.add (local.get 0) (i32.const 438))))
  (func $f439 (type $t) (call $f440 (i32.add (local.get 0) (i32.const 439))))
  (func $f440 (type $t) (call $f441 (i32.add (local.get 0) (i32.const 440))))
  (func $f441 (type $t) (call $f442 (i32.add (local.get 0) (i32.const 441))))
  (func $f442 (type $t) (call $f443 (i32.add (local.get 0) (i32.const 442))))
  (func $f443 (type $t) (call $f444 (i32.add (local.get 0) (i32.const 443))))
  (func $f444 (type $t) (call $f445 (i32.add (local.get 0) (i32.const 444))))
  (func $f445 (type $t) (call $f446 (i32.add (local.get 0) (i32.const 445))))
  (func $f446 (type $t) (call $f447 (i32.add (local.get 0) (i32.const 446))))
  (func $f447 (type $t) (call $f448 (i32.add (local.get 0) (i32.const 447))))
  (func $f448 (type $t) (call $f449 (i32.add (local.get 0) (i32.const 448))))
  (func $f449 (type $t) (call $f450 (i32.add (local.get 0) (i32.const 449))))
  (func $f450 (type $t) (call $f451 (i32.add (local.get 0) (i32.const 450))))
  (func $f451 (type $t) (call $f452 (i32.add (local.get 0) (i32.const 451))))
  (func $f452 (type $t) (call $f453 (i32.add (local.get 0) (i32.const 452))))
  (func $f453 (type $t) (call $f454 (i32.add (local.get 0) (i32.const 453))))
  (func $f454 (type $t) (call $f455 (i32.add (local.get 0) (i32.const 454))))
  (func $f455 (type $t) (call $f456 (i32.add (local.get 0) (i32.const 455))))
  (func $f456 (type $t) (call $f457 (i32.add (local.get 0) (i32.const 456))))
  (func $f457 (type $t) (call $f458 (i32.add (local.get 0) (i32.const 457))))
  (func $f458 (type $t) (call $f459 (i32.add (local.get 0) (i32.const 458))))
  (func $f459 (type $t) (call $f460 (i32.add (local.get 0) (i32.const 459))))
  (func $f460 (type $t) (call $f461 (i32.add (local.get 0) (i32.const 460))))
  (func $f461 (type $t) (call $f462 (i32.add (local.get 0) (i32.const 461))))
  (func $f462 (type $t) (call $f463 (i32.add (local.get 0) (i32.const 462))))
  (func $f463 (type $t) (call $f464 (i32.add (local.get 0) (i32.const 463))))
  (func $f464 (type $t) (call $f465 (i32.add (local.get 0) (i32.const 464))))
  (func $f465 (type $t) (call $f466 (i32.add (local.get 0) (i32.const 465))))
  (func $f466 (type $t) (call $f467 (i32.add (local.get 0) (i32.const 466))))
  (func $f467 (type $t) (call $f468 (i32.add (local.get 0) (i32.const 467))))
  (func $f468 (type $t) (call $f469 (i32.add (local.get 0) (i32.const 468))))
  (func $f469 (type $t) (call $f470 (i32.add (local.get 0) (i32.const 469))))
  (func $f470 (type $t) (call $f471 (i32.add (local.get 0) (i32.const 470))))
  (func $f471 (type $t) (call $f472 (i32.add (local.get 0) (i32.const 471))))
  (func $f472 (type $t) (call $f473 (i32.add (local.get 0) (i32.const 472))))
  (func $f473 (type $t) (call $f474 (i32.add (local.get 0) (i32.const 473))))
  (func $f474 (type $t) (call $f475 (i32.add (local.get 0) (i32.const 474))))
  (func $f475 (type $t) (call $f476 (i32.add (local.get 0) (i32.const 475))))
  (func $f476 (type $t) (call $f477 (i32.add (local.get 0) (i32.const 476))))
  (func $f477 (type $t) (call $f478 (i32.add (local.get 0) (i32.const 477))))
  (func $f478 (type $t) (call $f479 (i32.add (local.get 0) (i32.const 478))))
  (func $f479 (type $t) (call $f480 (i32.add (local.get 0) (i32.const 479))))
  (func $f480 (type $t) (call $f481 (i32.add (local.get 0) (i32.const 480))))
  (func $f481 (type $t) (call $f482 (i32.add (local.get 0) (i32.const 481))))
  (func $f482 (type $t) (call $f483 (i32.add (local.get 0) (i32.const 482))))
  (func $f483 (type $t) (call $f484 (i32.add (local.get 0) (i32.const 483))))
  (func $f484 (type $t) (call $f485 (i32.add (local.get 0) (i32.const 484))))
  (func $f485 (type $t) (call $f486 (i32.add (local.get 0) (i32.const 485))))
  (func $f486 (type $t) (call $f487 (i32.add (local.get 0) (i32.const 486))))
  (func $f487 (type $t) (call $f488 (i32.add (local.get 0) (i32.const 487))))
  (func $f488 (type $t) (call $f489 (i32.add (local.get 0) (i32.const 488))))
  (func $f489 (type $t) (call $f490 (i32.add (local.get 0) (i32.const 489))))
  (func $f490 (type $t) (call $f491 (i32.add (local.get 0) (i32.const 490))))
  (func $f491 (type $t) (call $f492 (i32.add (local.get 0) (i32.const 491))))
  (func $f492 (type $t) (call $f493 (i32.add (local.get 0) (i32.const 492))))
  (func $f493 (type $t) (call $f494 (i32.add (local.get 0) (i32.const 493))))
  (func $f494 (type $t) (call $f495 (i32.add (local.get 0) (i32.const 494))))
  (func $f495 (type $t) (call $f496 (i32.add (local.get 0) (i32.const 495))))
  (func $f496 (type $t) (call $f497 (i32.add (local.get 0) (i32.const 496))))
  (func $f497 (type $t) (call $f498 (i32.add (local.get 0) (i32.const 497))))
  (func $f498 (type $t) (call $f499 (i32.add (local.get 0) (i32.const 498))))
  (func $f499 (type $t) (call $f500 (i32.add (local.get 0) (i32.const 499))))
  (func $f500 (type $t) (call $f501 (i32.add (local.get 0) (i32.const 500))))
  (func $f501 (type $t) (call $f502 (i32.add (local.get 0) (i32.const 501))))
  (func $f502 (type $t) (call $f503 (i32.add (local.get 0) (i32.const 502))))
  (func $f503 (type $t) (call $f504 (i32.add (local.get 0) (i32.const 503))))
  (func $f504 (type $t) (call $f505 (i32.add (local.get 0) (i32.const 504))))
  (func $f505 (type $t) (call $f506 (i32.add (local.get 0) (i32.const 505))))
  (func $f506 (type $t) (call $f507 (i32.add (local.get 0) (i32.const 506))))
  (func $f507 (type $t) (call $f508 (i32.add (local.get 0) (i32.const 507))))
  (func $f508 (type $t) (call $f509 (i32.add (local.get 0) (i32.const 508))))
  (func $f509 (type $t) (call $f510 (i32.add (local.get 0) (i32.const 509))))
  (func $f510 (type $t) (call $f511 (i32.add (local.get 0) (i32.const 510))))
  (func $f511 (type $t) (call $f512 (i32.add (local.get 0) (i32.const 511))))
  (func $f512 (type $t) (call $f513 (i32.add (local.get 0) (i32.const 512))))
  (func $f513 (type $t) (call $f514 (i32.add (local.get 0) (i32.const 513))))
  (func $f514 (type $t) (call $f515 (i32.add (local.get 0) (i32.const 514))))
  (func $f515 (type $t) (call $f516 (i32.add (local.get 0) (i32.const 515))))
  (func $f516 (type $t) (call $f517 (i32.add (local.get 0) (i32.const 516))))
  (func $f517 (type $t) (call $f518 (i32.add (local.get 0) (i32.const 517))))
  (func $f518 (type $t) (call $f519 (i32.add (local.get 0) (i32.const 518))))
  (func $f519 (type $t) (call $f520 (i32.add (local.get 0) (i32.const 519))))
  (func $f520 (type $t) (call $f521 (i32.add (local.get 0) (i32.const 520))))
  (func $f521 (type $t) (call $f522 (i32.add (local.get 0) (i32.const 521))))
  (func $f522 (type $t) (call $f523 (i32.add (local.get 0) (i32.const 522))))
  (func $f523 (type $t) (call $f524 (i32.add (local.get 0) (i32.const 523))))
  (func $f524 (type $t) (call $f525 (i32.add (local.get 0) (i32.const 524))))
  (func $f525 (type $t) (call $f526 (i32.add (local.get 0) (i32.const 525))))
  (func $f526 (type $t) (call $f527 (i32.add (local.get 0) (i32.const 526))))
  (func $f527 (type $t) (call $f528 (i32.add (local.get 0) (i32.const 527))))
  (func $f528 (type $t) (call $f529 (i32.add (local.get 0) (i32.const 528))))
  (func $f529 (type $t) (call $f530 (i32.add (local.get 0) (i32.const 529))))
  (func $f530 (type $t) (call $f531 (i32.add (local.get 0) (i32.const 530))))
  (func $f531 (type $t) (call $f532 (i32.add (local.get 0) (i32.const 531))))
  (func $f532 (type $t) (call $f533 (i32.add (local.get 0) (i32.const 532))))
  (func $f533 (type $t) (call $f534 (i32.add (local.get 0) (i32.const 533))))
  (func $f534 (type $t) (call $f535 (i32.add (local.get 0) (i32.const 534))))
  (func $f535 (type $t) (call $f536 (i32.add (local.get 0) (i32.const 535))))
  (func $f536 (type $t) (call $f537 (i32.add (local.get 0) (i32.const 536))))
  (func $f537 (type $t) (call $f538 (i32.add (local.get 0) (i32.const 537))))
  (func $f538 (type $t) (call $f539 (i32.add (local.get 0) (i32.const 538))))
  (func $f539 (type $t) (call $f540 (i32.add (local.get 0) (i32.const 539))))
  (func $f540 (type $t) (call $f541 (i32.add (local.get 0) (i32.const 540))))
  (func $f541 (type $t) (call $f542 (i32.add (local.get 0) (i32.const 541))))
  (func $f542 (type $t) (call $f543 (i32.add (local.get 0) (i32.const 542))))
  (func $f543 (type $t) (call $f544 (i32.add (local.get 0) (i32.const 543))))
  (func $f544 (type $t) (call $f545 (i32.add (local.get 0) (i32.const 544))))
  (func $f545 (type $t) (call $f546 (i32.add (local.get 0) (i32.const 545))))
  (func $f546 (type $t) (call $f547 (i32.add (local.get 0) (i32.const 546))))
  (func $f547 (type $t) (call $f548 (i32.add (local.get 0) (i32.const 547))))
  (func $f548 (type $t) (call $f549 (i32.add (local.get 0) (i32.const 548))))
  (func $f549 (type $t) (call $f550 (i32.add (local.get 0) (i32.const 549))))
  (func $f550 (type $t) (call $f551 (i32.add (local.get 0) (i32.const 550))))
  (func $f551 (type $t) (call $f552 (i32.add (local.get 0) (i32.const 551))))
  (func $f552 (type $t) (call $f553 (i32.add (local.get 0) (i32.const 552))))
  (func $f553 (type $t) (call $f554 (i32.add (local.get 0) (i32.const 553))))
  (func $f554 (type $t) (call $f555 (i32.add (local.get 0) (i32.const 554))))
  (func $f555 (type $t) (call $f556 (i32.add (local.get 0) (i32.const 555))))
  (func $f556 (type $t) (call $f557 (i32.add (local.get 0) (i32.const 556))))
  (func $f557 (type $t) (call $f558 (i32.add (local.get 0) (i32.const 557))))
  (func $f558 (type $t) (call $f559 (i32.add (local.get 0) (i32.const 558))))
  (func $f559 (type $t) (call $f560 (i32.add (local.get 0) (i32.const 559))))
  (func $f560 (type $t) (call $f561 (i32.add (local.get 0) (i32.const 560))))
  (func $f561 (type $t) (call $f562 (i32.add (local.get 0) (i32.const 561))))
  (func $f562 (type $t) (call $f563 (i32.add (local.get 0) (i32.const 562))))
  (func $f563 (type $t) (call $f564 (i32.add (local.get 0) (i32.const 563))))
  (func $f564 (type $t) (call $f565 (i32.add (local.get 0) (i32.const 564))))
  (func $f565 (type $t) (call $f566 (i32.add (local.get 0) (i32.const 565))))
  (func $f566 (type $t) (call $f567 (i32.add (local.get 0) (i32.const 566))))
  (func $f567 (type $t) (call $f568 (i32.add (local.get 0) (i32.const 567))))
  (func $f568 (type $t) (call $f569 (i32.add (local.get 0) (i32.const 568))))
  (func $f569 (type $t) (call $f570 (i32.add (local.get 0) (i32.const 569))))
  (func $f570 (type $t) (call $f571 (i32.add (local.get 0) (i32.const 570))))
  (func $f571 (type $t) (call $f572 (i32.add (local.get 0) (i32.const 571))))
  (func $f572 (type $t) (call $f573 (i32.add (local.get 0) (i32.const 572))))
  (func $f573 (type $t) (call $f574 (i32.add (local.get 0) (i32.const 573))))
  (func $f574 (type $t) (call $f575 (i32.add (local.get 0) (i32.const 574))))
  (func $f575 (type $t) (call $f576 (i32.add (local.get 0) (i32.const 575))))
  (func $f576 (type $t) (call $f577 (i32.add (local.get 0) (i32.const 576))))
  (func $f577 (type $t) (call $f578 (i32.add (local.get 0) (i32.const 577))))
  (func $f578 (type $t) (call $f579 (i32.add (local.get 0) (i32.const 578))))
  (func $f579 (type $t) (call $f580 (i32.add (local.get 0) (i32.const 579))))
  (func $f580 (type $t) (call $f581 (i32.add (local.get 0) (i32.const 580))))
  (func $f581 (type $t) (call $f582 (i32.add (local.get 0) (i32.const 581))))
  (func $f582 (type $t) (call $f583 (i32.add (local.get 0) (i32.const 582))))
  (func $f583 (type $t) (call $f584 (i32.add (local.get 0) (i32.const 583))))
  (func $f584 (type $t) (call $f585 (i32.add (local.get 0) (i32.const 584))))
  (func $f585 (type $t) (call $f586 (i32.add (local.get 0) (i32.const 585))))
  (func $f586 (type $t) (call $f587 (i32.add (local.get 0) (i32.const 586))))
  (func $f587 (type $t) (call $f588 (i32.add (local.get 0) (i32.const 587))))
  (func $f588 (type $t) (call $f589 (i32.add (local.get 0) (i32.const 588))))
  (func $f589 (type $t) (call $f590 (i32.add (local.get 0) (i32.const 589))))
  (func $f590 (type $t) (call $f591 (i32.add (local.get 0) (i32.const 590))))
  (func $f591 (type $t) (call $f592 (i32.add (local.get 0) (i32.const 591))))
  (func $f592 (type $t) (call $f593 (i32.add (local.get 0) (i32.const 592))))
  (func $f593 (type $t) (call $f594 (i32.add (local.get 0) (i32.const 593))))
  (func $f594 (type $t) (call $f595 (i32.add (local.get 0) (i32.const 594))))
  (func $f595 (type $t) (call $f596 (i32.add (local.get 0) (i32.const 595))))
  (func $f596 (type $t) (call $f597 (i32.add (local.get 0) (i32.const 596))))
  (func $f597 (type $t) (call $f598 (i32.add (local.get 0) (i32.const 597))))
  (func $f598 (type $t) (call $f599 (i32.add (local.get 0) (i32.const 598))))
  (func $f599 (type $t) (call $f600 (i32.add (local.get 0) (i32.const 599))))
  (func $f600 (type $t) (call $f601 (i32.add (local.get 0) (i32.const 600))))
  (func $f601 (type $t) (call $f602 (i32.add (local.get 0) (i32.const 601))))
  (func $f602 (type $t) (call $f603 (i32.add (local.get 0) (i32.const 602))))
  (func $f603 (type $t) (call $f604 (i32.add (local.get 0) (i32.const 603))))
  (func $f604 (type $t) (call $f605 (i32.add (local.get 0) (i32.const 604))))
  (func $f605 (type $t) (call $f606 (i32.add (local.get 0) (i32.const 605))))
  (func $f606 (type $t) (call $f607 (i32.add (local.get 0) (i32.const 606))))
  (func $f607 (type $t) (call $f608 (i32.add (local.get 0) (i32.const 607))))
  (func $f608 (type $t) (call $f609 (i32.add (local.get 0) (i32.const 608))))
  (func $f609 (type $t) (call $f610 (i32.add (local.get 0) (i32.const 609))))
  (func $f610 (type $t) (call $f611 (i32.add (local.get 0) (i32.const 610))))
  (func $f611 (type $t) (call $f612 (i32.add (local.get 0) (i32.const 611))))
  (func $f612 (type $t) (call $f613 (i32.add (local.get 0) (i32.const 612))))
  (func $f613 (type $t) (call $f614 (i32.add (local.get 0) (i32.const 613))))
  (func $f614 (type $t) (call $f615 (i32.add (local.get 0) (i32.const 614))))
  (func $f615 (type $t) (call $f616 (i32.add (local.get 0) (i32.const 615))))
  (func $f616 (type $t) (call $f617 (i32.add (local.get 0) (i32.const 616))))
  (func $f617 (type $t) (call $f618 (i32.add (local.get 0) (i32.const 617))))
  (func $f618 (type $t) (call $f619 (i32.add (local.get 0) (i32.const 618))))
  (func $f619 (type $t) (call $f620 (i32.add (local.get 0) (i32.const 619))))
  (func $f620 (type $t) (call $f621 (i32.add (local.get 0) (i32.const 620))))
  (func $f621 (type $t) (call $f622 (i32.add (local.get 0) (i32.const 621))))
  (func $f622 (type $t) (call $f623 (i32.add (local.get 0) (i32.const 622))))
  (func $f623 (type $t) (call $f624 (i32.add (local.get 0) (i32.const 623))))
  (func $f624 (type $t) (call $f625 (i32.add (local.get 0) (i32.const 624))))
  (func $f625 (type $t) (call $f626 (i32.add (local.get 0) (i32.const 625))))
  (func $f626 (type $t) (call $f627 (i32.add (local.get 0) (i32.const 626))))
  (func $f627 (type $t) (call $f628 (i32.add (local.get 0) (i32.const 627))))
  (func $f628 (type $t) (call $f629 (i32.add (local.get 0) (i32.const 628))))
  (func $f629 (type $t) (call $f630 (i32.add (local.get 0) (i32.const 629))))
  (func $f630 (type $t) (call $f631 (i32.add (local.get 0) (i32.const 630))))
  (func $f631 (type $t) (call $f632 (i32.add (local.get 0) (i32.const 631))))
  (func $f632 (type $t) (call $f633 (i32.add (local.get 0) (i32.const 632))))
  (func $f633 (type $t) (call $f634 (i32.add (local.get 0) (i32.const 633))))
  (func $f634 (type $t) (call $f635 (i32.add (local.get 0) (i32.const 634))))
  (func $f635 (type $t) (call $f636 (i32.add (local.get 0) (i32.const 635))))
  (func $f636 (type $t) (call $f637 (i32.add (local.get 0) (i32.const 636))))
  (func $f637 (type $t) (call $f638 (i32.add (local.get 0) (i32.const 637))))
  (func $f638 (type $t) (call $f639 (i32.add (local.get 0) (i32.const 638))))
  (func $f639 (type $t) (call $f640 (i32.add (local.get 0) (i32.const 639))))
  (func $f640 (type $t) (call $f641 (i32.add (local.get 0) (i32.const 640))))
  (func $f641 (type $t) (call $f642 (i32.add (local.get 0) (i32.const 641))))
  (func $f642 (type $t) (call $f643 (i32.add (local.get 0) (i32.const 642))))
  (func $f643 (type $t) (call $f644 (i32.add (local.get 0) (i32.const 643))))
  (func $f644 (type $t) (call $f645 (i32.add (local.get 0) (i32.const 644))))
  (func $f645 (type $t) (call $f646 (i32.add (local.get 0) (i32.const 645))))
  (func $f646 (type $t) (call $f647 (i32.add (local.get 0) (i32.const 646))))
  (func $f647 (type $t) (call $f648 (i32.add (local.get 0) (i32.const 647))))
  (func $f648 (type $t) (call $f649 (i32.add (local.get 0) (i32.const 648))))
  (func $f649 (type $t) (call $f650 (i32.add (local.get 0) (i32.const 649))))
  (func $f650 (type $t) (call $f651 (i32.add (local.get 0) (i32.const 650))))
  (func $f651 (type $t) (call $f652 (i32.add (local.get 0) (i32.const 651))))
  (func $f652 (type $t) (call $f653 (i32.add (local.get 0) (i32.const 652))))
  (func $f653 (type $t) (call $f654 (i32.add (local.get 0) (i32.const 653))))
  (func $f654 (type $t) (call $f655 (i32.add (local.get 0) (i32.const 654))))
  (func $f655 (type $t) (call $f656 (i32.add (local.get 0) (i32.const 655))))
  (func $f656 (type $t) (call $f657 (i32.add (local.get 0) (i32.const 656))))
  (func $f657 (type $t) (call $f658 (i32.add (local.get 0) (i32.const 657))))
  (func $f658 (type $t) (call $f659 (i32.add (local.get 0) (i32.const 658))))
  (func $f659 (type $t) (call $f660 (i32.add (local.get 0) (i32.const 659))))
  (func $f660 (type $t) (call $f661 (i32.add (local.get 0) (i32.const 660))))
  (func $f661 (type $t) (call $f662 (i32.add (local.get 0) (i32.const 661))))
  (func $f662 (type $t) (call $f663 (i32.add (local.get 0) (i32.const 662))))
  (func $f663 (type $t) (call $f664 (i32.add (local.get 0) (i32.const 663))))
  (func $f664 (type $t) (call $f665 (i32.add (local.get 0) (i32.const 664))))
  (func $f665 (type $t) (call $f666 (i32.add (local.get 0) (i32.const 665))))
  (func $f666 (type $t) (call $f667 (i32.add (local.get 0) (i32.const 666))))
  (func $f667 (type $t) (call $f668 (i32.add (local.get 0) (i32.const 667))))
  (func $f668 (type $t) (call $f669 (i32.add (local.get 0) (i32.const 668))))
  (func $f669 (type $t) (call $f670 (i32.add (local.get 0) (i32.const 669))))
  (func $f670 (type $t) (call $f671 (i32.add (local.get 0) (i32.const 670))))
  (func $f671 (type $t) (call $f672 (i32.add (local.get 0) (i32.const 671))))
  (func $f672 (type $t) (call $f673 (i32.add (local.get 0) (i32.const 672))))
  (func $f673 (type $t) (call $f674 (i32.add (local.get 0) (i32.const 673))))
  (func $f674 (type $t) (call $f675 (i32.add (local.get 0) (i32.const 674))))
  (func $f675 (type $t) (call $f676 (i32.add (local.get 0) (i32.const 675))))
  (func $f676 (type $t) (call $f677 (i32.add (local.get 0) (i32.const 676))))
  (func $f677 (type $t) (call $f678 (i32.add (local.get 0) (i32.const 677))))
  (func $f678 (type $t) (call $f679 (i32.add (local.get 0) (i32.const 678))))
  (func $f679 (type $t) (call $f680 (i32.add (local.get 0) (i32.const 679))))
  (func $f680 (type $t) (call $f681 (i32.add (local.get 0) (i32.const 680))))
  (func $f681 (type $t) (call $f682 (i32.add (local.get 0) (i32.const 681))))
  (func $f682 (type $t) (call $f683 (i32.add (local.get 0) (i32.const 682))))
  (func $f683 (type $t) (call $f684 (i32.add (local.get 0) (i32.const 683))))
  (func $f684 (type $t) (call $f685 (i32.add (local.get 0) (i32.const 684))))
  (func $f685 (type $t) (call $f686 (i32.add (local.get 0) (i32.const 685))))
  (func $f686 (type $t) (call $f687 (i32.add (local.get 0) (i32.const 686))))
  (func $f687 (type $t) (call $f688 (i32.add (local.get 0) (i32.const 687))))
  (func $f688 (type $t) (call $f689 (i32.add (local.get 0) (i32.const 688))))
  (func $f689 (type $t) (call $f690 (i32.add (local.get 0) (i32.const 689))))
  (func $f690 (type $t) (call $f691 (i32.add (local.get 0) (i32.const 690))))
  (func $f691 (type $t) (call $f692 (i32.add (local.get 0) (i32.const 691))))
  (func $f692 (type $t) (call $f693 (i32.add (local.get 0) (i32.const 692))))
  (func $f693 (type $t) (call $f694 (i32.add (local.get 0) (i32.const 693))))
  (func $f694 (type $t) (call $f695 (i32.add (local.get 0) (i32.const 694))))
  (func $f695 (type $t) (call $f696 (i32.add (local.get 0) (i32.const 695))))
  (func $f696 (type $t) (call $f697 (i32.add (local.get 0) (i32.const 696))))
  (func $f697 (type $t) (call $f698 (i32.add (local.get 0) (i32.const 697))))
  (func $f698 (type $t) (call $f699 (i32.add (local.get 0) (i32.const 698))))
  (func $f699 (type $t) (call $f700 (i32.add (local.get 0) (i32.const 699))))
  (func $f700 (type $t) (call $f701 (i32.add (local.get 0) (i32.const 700))))
  (func $f701 (type $t) (call $f702 (i32.add (local.get 0) (i32.const 701))))
  (func $f702 (type $t) (call $f703 (i32.add (local.get 0) (i32.const 702))))
  (func $f703 (type $t) (call $f704 (i32.add (local.get 0) (i32.const 703))))
  (func $f704 (type $t) (call $f705 (i32.add (local.get 0) (i32.const 704))))
  (func $f705 (type $t) (call $f706 (i32.add (local.get 0) (i32.const 705))))
  (func $f706 (type $t) (call $f707 (i32.add (local.get 0) (i32.const 706))))
  (func $f707 (type $t) (call $f708 (i32.add (local.get 0) (i32.const 707))))
  (func $f708 (type $t) (call $f709 (i32.add (local.get 0) (i32.const 708))))
  (func $f709 (type $t) (call $f710 (i32.add (local.get 0) (i32.const 709))))
  (func $f710 (type $t) (call $f711 (i32.add (local.get 0) (i32.const 710))))
  (func $f711 (type $t) (call $f712 (i32.add (local.get 0) (i32.const 711))))
  (func $f712 (type $t) (call $f713 (i32.add (local.get 0) (i32.const 712))))
  (func $f713 (type $t) (call $f714 (i32.add (local.get 0) (i32.const 713))))
  (func $f714 (type $t) (call $f715 (i32.add (local.get 0) (i32.const 714))))
  (func $f715 (type $t) (call $f716 (i32.add (local.get 0) (i32.const 715))))
  (func $f716 (type $t) (call $f717 (i32.add (local.get 0) (i32.const 716))))
  (func $f717 (type $t) (call $f718 (i32.add (local.get 0) (i32.const 717))))
  (func $f718 (type $t) (call $f719 (i32.add (local.get 0) (i32.const 718))))
  (func $f719 (type $t) (call $f720 (i32.add (local.get 0) (i32.const 719))))
  (func $f720 (type $t) (call $f721 (i32.add (local.get 0) (i32.const 720))))
  (func $f721 (type $t) (call $f722 (i32.add (local.get 0) (i32.const 721))))
  (func $f722 (type $t) (call $f723 (i32.add (local.get 0) (i32.const 722))))
  (func $f723 (type $t) (call $f724 (i32.add (local.get 0) (i32.const 723))))
  (func $f724 (type $t) (call $f725 (i32.add (local.get 0) (i32.const 724))))
  (func $f725 (type $t) (call $f726 (i32.add (local.get 0) (i32.const 725))))
  (func $f726 (type $t) (call $f727 (i32.add (local.get 0) (i32.const 726))))
  (func $f727 (type $t) (call $f728 (i32.add (local.get 0) (i32.const 727))))
  (func $f728 (type $t) (call $f729 (i32.add (local.get 0) (i32.const 728))))
  (func $f729 (type $t) (call $f730 (i32.add (local.get 0) (i32.const 729))))
  (func $f730 (type $t) (call $f731 (i32.add (local.get 0) (i32.const 730))))
  (func $f731 (type $t) (call $f732 (i32.add (local.get 0) (i32.const 731))))
  (func $f732 (type $t) (call $f733 (i32.add (local.get 0) (i32.const 732))))
  (func $f733 (type $t) (call $f734 (i32.add (local.get 0) (i32.const 733))))
  (func $f734 (type $t) (call $f735 (i32.add (local.get 0) (i32.const 734))))
  (func $f735 (type $t) (call $f736 (i32.add (local.get 0) (i32.const 735))))
  (func $f736 (type $t) (call $f737 (i32.add (local.get 0) (i32.const 736))))
  (func $f737 (type $t) (call $f738 (i32.add (local.get 0) (i32.const 737))))
  (func $f738 (type $t) (call $f739 (i32.add (local.get 0) (i32.const 738))))
  (func $f739 (type $t) (call $f740 (i32.add (local.get 0) (i32.const 739))))
  (func $f740 (type $t) (call $f741 (i32.add (local.get 0) (i32.const 740))))
  (func $f741 (type $t) (call $f742 (i32.add (local.get 0) (i32.const 741))))
  (func $f742 (type $t) (call $f743 (i32.add (local.get 0) (i32.const 742))))
  (func $f743 (type $t) (call $f744 (i32.add (local.get 0) (i32.const 743))))
  (func $f744 (type $t) (call $f745 (i32.add (local.get 0) (i32.const 744))))
  (func $f745 (type $t) (call $f746 (i32.add (local.get 0) (i32.const 745))))
  (func $f746 (type $t) (call $f747 (i32.add (local.get 0) (i32.const 746))))
  (func $f747 (type $t) (call $f748 (i32.add (local.get 0) (i32.const 747))))
  (func $f748 (type $t) (call $f749 (i32.add (local.get 0) (i32.const 748))))
  (func $f749 (type $t) (call $f750 (i32.add (local.get 0) (i32.const 749))))
  (func $f750 (type $t) (call $f751 (i32.add (local.get 0) (i32.const 750))))
  (func $f751 (type $t) (call $f752 (i32.add (local.get 0) (i32.const 751))))
  (func $f752 (type $t) (call $f753 (i32.add (local.get 0) (i32.const 752))))
  (func $f753 (type $t) (call $f754 (i32.add (local.get 0) (i32.const 753))))
  (func $f754 (type $t) (call $f755 (i32.add (local.get 0) (i32.const 754))))
  (func $f755 (type $t) (call $f756 (i32.add (local.get 0) (i32.const 755))))
  (func $f756 (type $t) (call $f757 (i32.add (local.get 0) (i32.const 756))))
  (func $f757 (type $t) (call $f758 (i32.add (local.get 0) (i32.const 757))))
  (func $f758 (type $t) (call $f759 (i32.add (local.get 0) (i32.const 758))))
  (func $f759 (type $t) (call $f760 (i32.add (local.get 0) (i32.const 759))))
  (func $f760 (type $t) (call $f761 (i32.add (local.get 0) (i32.const 760))))
  (func $f761 (type $t) (call $f762 (i32.add (local.get 0) (i32.const 761))))
  (func $f762 (type $t) (call $f763 (i32.add (local.get 0) (i32.const 762))))
  (func $f763 (type $t) (call $f764 (i32.add (local.get 0) (i32.const 763))))
  (func $f764 (type $t) (call $f765 (i32.add (local.get 0) (i32.const 764))))
  (func $f765 (type $t) (call $f766 (i32.add (local.get 0) (i32.const 765))))
  (func $f766 (type $t) (call $f767 (i32.add (local.get 0) (i32.const 766))))
  (func $f767 (type $t) (call $f768 (i32.add (local.get 0) (i32.const 767))))
  (func $f768 (type $t) (call $f769 (i32.add (local.get 0) (i32.const 768))))
  (func $f769 (type $t) (call $f770 (i32.add (local.get 0) (i32.const 769))))
  (func $f770 (type $t) (call $f771 (i32.add (local.get 0) (i32.const 770))))
  (func $f771 (type $t) (call $f772 (i32.add (local.get 0) (i32.const 771))))
  (func $f772 (type $t) (call $f773 (i32.add (local.get 0) (i32.const 772))))
  (func $f773 (type $t) (call $f774 (i32.add (local.get 0) (i32.const 773))))
  (func $f774 (type $t) (call $f775 (i32.add (local.get 0) (i32.const 774))))
  (func $f775 (type $t) (call $f776 (i32.add (local.get 0) (i32.const 775))))
  (func $f776 (type $t) (call $f777 (i32.add (local.get 0) (i32.const 776))))
  (func $f777 (type $t) (call $f778 (i32.add (local.get 0) (i32.const 777))))
  (func $f778 (type $t) (call $f779 (i32.add (local.get 0) (i32.const 778))))
  (func $f779 (type $t) (call $f780 (i32.add (local.get 0) (i32.const 779))))
  (func $f780 (type $t) (call $f781 (i32.add (local.get 0) (i32.const 780))))
  (func $f781 (type $t) (call $f782 (i32.add (local.get 0) (i32.const 781))))
  (func $f782 (type $t) (call $f783 (i32.add (local.get 0) (i32.const 782))))
  (func $f783 (type $t) (call $f784 (i32.add (local.get 0) (i32.const 783))))
  (func $f784 (type $t) (call $f785 (i32.add (local.get 0) (i32.const 784))))
  (func $f785 (type $t) (call $f786 (i32.add (local.get 0) (i32.const 785))))
  (func $f786 (type $t) (call $f787 (i32.add (local.get 0) (i32.const 786))))
  (func $f787 (type $t) (call $f788 (i32.add (local.get 0) (i32.const 787))))
  (func $f788 (type $t) (call $f789 (i32.add (local.get 0) (i32.const 788))))
  (func $f789 (type $t) (call $f790 (i32.add (local.get 0) (i32.const 789))))
  (func $f790 (type $t) (call $f791 (i32.add (local.get 0) (i32.const 790))))
  (func $f791 (type $t) (call $f792 (i32.add (local.get 0) (i32.const 791))))
  (func $f792 (type $t) (call $f793 (i32.add (local.get 0) (i32.const 792))))
  (func $f793 (type $t) (call $f794 (i32.add (local.get 0) (i32.const 793))))
  (func $f794 (type $t) (call $f795 (i32.add (local.get 0) (i32.const 794))))
  (func $f795 (type $t) (call $f796 (i32.add (local.get 0) (i32.const 795))))
  (func $f796 (type $t) (call $f797 (i32.add (local.get 0) (i32.const 796))))
  (func $f797 (type $t) (call $f798 (i32.add (local.get 0) (i32.const 797))))
  (func $f798 (type $t) (call $f799 (i32.add (local.get 0) (i32.const 798))))
  (func $f799 (type $t) (call $f800 (i32.add (local.get 0) (i32.const 799))))
  (func $f800 (type $t) (call $f801 (i32.add (local.get 0) (i32.const 800))))
  (func $f801 (type $t) (call $f802 (i32.add (local.get 0) (i32.const 801))))
  (func $f802 (type $t) (call $f803 (i32.add (local.get 0) (i32.const 802))))
  (func $f803 (type $t) (call $f804 (i32.add (local.get 0) (i32.const 803))))
  (func $f804 (type $t) (call $f805 (i32.add (local.get 0) (i32.const 804))))
  (func $f805 (type $t) (call $f806 (i32.add (local.get 0) (i32.const 805))))
  (func $f806 (type $t) (call $f807 (i32.add (local.get 0) (i32.const 806))))
  (func $f807 (type $t) (call $f808 (i32.add (local.get 0) (i32.const 807))))
  (func $f808 (type $t) (call $f809 (i32.add (local.get 0) (i32.const 808))))
  (func $f809 (type $t) (call $f810 (i32.add (local.get 0) (i32.const 809))))
  (func $f810 (type $t) (call $f811 (i32.add (local.get 0) (i32.const 810))))
  (func $f811 (type $t) (call $f812 (i32.add (local.get 0) (i32.const 811))))
  (func $f812 (type $t) (call $f813 (i32.add (local.get 0) (i32.const 812))))
  (func $f813 (type $t) (call $f814 (i32.add (local.get 0) (i32.const 813))))
  (func $f814 (type $t) (call $f815 (i32.add (local.get 0) (i32.const 814))))
  (func $f815 (type $t) (call $f816 (i32.add (local.get 0) (i32.const 815))))
  (func $f816 (type $t) (call $f817 (i32.add (local.get 0) (i32.const 816))))
  (func $f817 (type $t) (call $f818 (i32.add (local.get 0) (i32.const 817))))
  (func $f818 (type $t) (call $f819 (i32.add (local.get 0) (i32.const 818))))
  (func $f819 (type $t) (call $f820 (i32.add (local.get 0) (i32.const 819))))
  (func $f820 (type $t) (call $f821 (i32.add (local.get 0) (i32.const 820))))
  (func $f821 (type $t) (call $f822 (i32.add (local.get 0) (i32.const 821))))
  (func $f822 (type $t) (call $f823 (i32.add (local.get 0) (i32.const 822))))
  (func $f823 (type $t) (call $f824 (i32.add (local.get 0) (i32.const 823))))
  (func $f824 (type $t) (call $f825 (i32.add (local.get 0) (i32.const 824))))
  (func $f825 (type $t) (call $f826 (i32.add (local.get 0) (i32.const 825))))
  (func $f826 (type $t) (call $f827 (i32.add (local.get 0) (i32.const 826))))
  (func $f827 (type $t) (call $f828 (i32.add (local.get 0) (i32.const 827))))
  (func $f828 (type $t) (call $f829 (i32.add (local.get 0) (i32.const 828))))
  (func $f829 (type $t) (call $f830 (i32.add (local.get 0) (i32.const 829))))
  (func $f830 (type $t) (call $f831 (i32.add (local.get 0) (i32.const 830))))
  (func $f831 (type $t) (call $f832 (i32.add (local.get 0) (i32.const 831))))
  (func $f832 (type $t) (call $f833 (i32.add (local.get 0) (i32.const 832))))
  (func $f833 (type $t) (call $f834 (i32.add (local.get 0) (i32.const 833))))
  (func $f834 (type $t) (call $f835 (i32.add (local.get 0) (i32.const 834))))
  (func $f835 (type $t) (call $f836 (i32.add (local.get 0) (i32.const 835))))
  (func $f836 (type $t) (call $f837 (i32.add (local.get 0) (i32.const 836))))
  (func $f837 (type $t) (call $f838 (i32.add (local.get 0) (i32.const 837))))
  (func $f838 (type $t) (call $f839 (i32.add (local.get 0) (i32.const 838))))
  (func $f839 (type $t) (call $f840 (i32.add (local.get 0) (i32.const 839))))
  (func $f840 (type $t) (call $f841 (i32.add (local.get 0) (i32.const 840))))
  (func $f841 (type $t) (call $f842 (i32.add (local.get 0) (i32.const 841))))
  (func $f842 (type $t) (call $f843 (i32.add (local.get 0) (i32.const 842))))
  (func $f843 (type $t) (call $f844 (i32.add (local.get 0) (i32.const 843))))
  (func $f844 (type $t) (call $f845 (i32.add (local.get 0) (i32.const 844))))
  (func $f845 (type $t) (call $f846 (i32.add (local.get 0) (i32.const 845))))
  (func $f846 (type $t) (call $f847 (i32.add (local.get 0) (i32.const 846))))
  (func $f847 (type $t) (call $f848 (i32.add (local.get 0) (i32.const 847))))
  (func $f848 (type $t) (call $f849 (i32.add (local.get 0) (i32.const 848))))
  (func $f849 (type $t) (call $f850 (i32.add (local.get 0) (i32.const 849))))
  (func $f850 (type $t) (call $f851 (i32.add (local.get 0) (i32.const 850))))
  (func $f851 (type $t) (call $f852 (i32.add (local.get 0) (i32.const 851))))
  (func $f852 (type $t) (call $f853 (i32.add (local.get 0) (i32.const 852))))
  (func $f853 (type $t) (call $f854 (i32.add (local.get 0) (i32.const 853))))
  (func $f854 (type $t) (call $f855 (i32.add (local.get 0) (i32.const 854))))
  (func $f855 (type $t) (call $f856 (i32.add (local.get 0) (i32.const 855))))
  (func $f856 (type $t) (call $f857 (i32.add (local.get 0) (i32.const 856))))
  (func $f857 (type $t) (call $f858 (i32.add (local.get 0) (i32.const 857))))
  (func $f858 (type $t) (call $f859 (i32.add (local.get 0) (i32.const 858))))
  (func $f859 (type $t) (call $f860 (i32.add (local.get 0) (i32.const 859))))
  (func $f860 (type $t) (call $f861 (i32.add (local.get 0) (i32.const 860))))
  (func $f861 (type $t) (call $f862 (i32.add (local.get 0) (i32.const 861))))
  (func $f862 (type $t) (call $f863 (i32.add (local.get 0) (i32.const 862))))
  (func $f863 (type $t) (call $f864 (i32.add (local.get 0) (i32.const 863))))
  (func $f864 (type $t) (call $f865 (i32.add (local.get 0) (i32.const 864))))
  (func $f865 (type $t) (call $f866 (i32.add (local.get 0) (i32.const 865))))
  (func $f866 (type $t) (call $f867 (i32.add (local.get 0) (i32.const 866))))
  (func $f867 (type $t) (call $f868 (i32.add (local.get 0) (i32.const 867))))
  (func $f868 (type $t) (call $f869 (i32.add (local.get 0) (i32.const 868))))
  (func $f869 (type $t) (call $f870 (i32.add (local.get 0) (i32.const 869))))
  (func $f870 (type $t) (call $f871 (i32.add (local.get 0) (i32.const 870))))
  (func $f871 (type $t) (call $f872 (i32.add (local.get 0) (i32.const 871))))
  (func $f872 (type $t) (call $f873 (i32.add (local.get 0) (i32.const 872))))
  (func $f873 (type $t) (call $f874 (i32.add (local.get 0) (i32.const 873))))
  (func $f874 (type $t) (call $f875 (i32.add (local.get 0) (i32.const 874))))
  (func $f875 (type $t) (call $f876 (i32.add (local.get 0) (i32.const 875))))
  (func $f876 (type $t) (call $f877 (i32.add (local.get 0) (i32.const 876))))
  (func $f877 (type $t) (call $f878 (i32.add (local.get 0) (i32.const 877))))
  (func $f878 (type $t) (call $f879 (i32.add (local.get 0) (i32.const 878))))
  (func $f879 (type $t) (call $f880 (i32.add (local.get 0) (i32.const 879))))
  (func $f880 (type $t) (call $f881 (i32.add (local.get 0) (i32.const 880))))
  (func $f881 (type $t) (call $f882 (i32.add (local.get 0) (i32.const 881))))
  (func $f882 (type $t) (call $f883 (i32.add (local.get 0) (i32.const 882))))
  (func $f883 (type $t) (call $f884 (i32.add (local.get 0) (i32.const 883))))
  (func $f884 (type $t) (call $f885 (i32.add (local.get 0) (i32.const 884))))
  (func $f885 (type $t) (call $f886 (i32.add (local.get 0) (i32.const 885))))
  (func $f886 (type $t) (call $f887 (i32.add (local.get 0) (i32.const 886))))
  (func $f887 (type $t) (call $f888 (i32.add (local.get 0) (i32.const 887))))
  (func $f888 (type $t) (call $f889 (i32.add (local.get 0) (i32.const 888))))
  (func $f889 (type $t) (call $f890 (i32.add (local.get 0) (i32.const 889))))
  (func $f890 (type $t) (call $f891 (i32.add (local.get 0) (i32.const 890))))
  (func $f891 (type $t) (call $f892 (i32.add (local.get 0) (i32.const 891))))
  (func $f892 (type $t) (call $f893 (i32.add (local.get 0) (i32.const 892))))
  (func $f893 (type $t) (call $f894 (i32.add (local.get 0) (i32.const 893))))
  (func $f894 (type $t) (call $f895 (i32.add (local.get 0) (i32.const 894))))
  (func $f895 (type $t) (call $f896 (i32.add (local.get 0) (i32.const 895))))
  (func $f896 (type $t) (call $f897 (i32.add (local.get 0) (i32.const 896))))
  (func $f897 (type $t) (call $f898 (i32.add (local.get 0) (i32.const 897))))
  (func $f898 (type $t) (call $f899 (i32.add (local.get 0) (i32.const 898))))
  (func $f899 (type $t) (call $f900 (i32.add (local.get 0) (i32.const 899))))
  (func $f900 (type $t) (call $f901 (i32.add (local.get 0) (i32.const 900))))
  (func $f901 (type $t) (call $f902 (i32.add (local.get 0) (i32.const 901))))
  (func $f902 (type $t) (call $f903 (i32.add (local.get 0) (i32.const 902))))
  (func $f903 (type $t) (call $f904 (i32.add (local.get 0) (i32.const 903))))
  (func $f904 (type $t) (call $f905 (i32.add (local.get 0) (i32.const 904))))
  (func $f905 (type $t) (call $f906 (i32.add (local.get 0) (i32.const 905))))
  (func $f906 (type $t) (call $f907 (i32.add (local.get 0) (i32.const 906))))
  (func $f907 (type $t) (call $f908 (i32.add (local.get 0) (i32.const 907))))
  (func $f908 (type $t) (call $f909 (i32.add (local.get 0) (i32.const 908))))
  (func $f909 (type $t) (call $f910 (i32.add (local.get 0) (i32.const 909))))
  (func $f910 (type $t) (call $f911 (i32.add (local.get 0) (i32.const 910))))
  (func $f911 (type $t) (call $f912 (i32.add (local.get 0) (i32.const 911))))
  (func $f912 (type $t) (call $f913 (i32.add (local.get 0) (i32.const 912))))
  (func $f913 (type $t) (call $f914 (i32.add (local.get 0) (i32.const 913))))
  (func $f914 (type $t) (call $f915 (i32.add (local.get 0) (i32.const 914))))
  (func $f915 (type $t) (call $f916 (i32.add (local.get 0) (i32.const 915))))
  (func $f916 (type $t) (call $f917 (i32.add (local.get 0) (i32.const 916))))
  (func $f917 (type $t) (call $f918 (i32.add (local.get 0) (i32.const 917))))
  (func $f918 (type $t) (call $f919 (i32.add (local.get 0) (i32.const 918))))
  (func $f919 (type $t) (call $f920 (i32.add (local.get 0) (i32.const 919))))
  (func $f920 (type $t) (call $f921 (i32.add (local.get 0) (i32.const 920))))
  (func $f921 (type $t) (call $f922 (i32.add (local.get 0) (i32.const 921))))
  (func $f922 (type $t) (call $f923 (i32.add (local.get 0) (i32.const 922))))
  (func $f923 (type $t) (call $f924 (i32.add (local.get 0) (i32.const 923))))
  (func $f924 (type $t) (call $f925 (i32.add (local.get 0) (i32.const 924))))
  (func $f925 (type $t) (call $f926 (i32.add (local.get 0) (i32.const 925))))
  (func $f926 (type $t) (call $f927 (i32.add (local.get 0) (i32.const 926))))
  (func $f927 (type $t) (call $f928 (i32.add (local.get 0) (i32.const 927))))
  (func $f928 (type $t) (call $f929 (i32.add (local.get 0) (i32.const 928))))
  (func $f929 (type $t) (call $f930 (i32.add (local.get 0) (i32.const 929))))
  (func $f930 (type $t) (call $f931 (i32.add (local.get 0) (i32.const 930))))
  (func $f931 (type $t) (call $f932 (i32.add (local.get 0) (i32.const 931))))
  (func $f932 (type $t) (call $f933 (i32.add (local.get 0) (i32.const 932))))
  (func $f933 (type $t) (call $f934 (i32.add (local.get 0) (i32.const 933))))
  (func $f934 (type $t) (call $f935 (i32.add (local.get 0) (i32.const 934))))
  (func $f935 (type $t) (call $f936 (i32.add (local.get 0) (i32.const 935))))
  (func $f936 (type $t) (call $f937 (i32.add (local.get 0) (i32.const 936))))
  (func $f937 (type $t) (call $f938 (i32.add (local.get 0) (i32.const 937))))
  (func $f938 (type $t) (call $f939 (i32.add (local.get 0) (i32.const 938))))
  (func $f939 (type $t) (call $f940 (i32.add (local.get 0) (i32.const 939))))
  (func $f940 (type $t) (call $f941 (i32.add (local.get 0) (i32.const 940))))
  (func $f941 (type $t) (call $f942 (i32.add (local.get 0) (i32.const 941))))
  (func $f942 (type $t) (call $f943 (i32.add (local.get 0) (i32.const 942))))
  (func $f943 (type $t) (call $f944 (i32.add (local.get 0) (i32.const 943))))
  (func $f944 (type $t) (call $f945 (i32.add (local.get 0) (i32.const 944))))
  (func $f945 (type $t) (call $f946 (i32.add (local.get 0) (i32.const 945))))
  (func $f946 (type $t) (call $f947 (i32.add (local.get 0) (i32.const 946))))
  (func $f947 (type $t) (call $f948 (i32.add (local.get 0) (i32.const 947))))
  (func $f948 (type $t) (call $f949 (i32.add (local.get 0) (i32.const 948))))
  (func $f949 (type $t) (call $f950 (i32.add (local.get 0) (i32.const 949))))
  (func $f950 (type $t) (call $f951 (i32.add (local.get 0) (i32.const 950))))
  (func $f951 (type $t) (call $f952 (i32.add (local.get 0) (i32.const 951))))
  (func $f952 (type $t) (call $f953 (i32.add (local.get 0) (i32.const 952))))
  (func $f953 (type $t) (call $f954 (i32.add (local.get 0) (i32.const 953))))
  (func $f954 (type $t) (call $f955 (i32.add (local.get 0) (i32.const 954))))
  (func $f955 (type $t) (call $f956 (i32.add (local.get 0) (i32.const 955))))
  (func $f956 (type $t) (call $f957 (i32.add (local.get 0) (i32.const 956))))
  (func $f957 (type $t) (call $f958 (i32.add (local.get 0) (i32.const 957))))
  (func $f958 (type $t) (call $f959 (i32.add (local.get 0) (i32.const 958))))
  (func $f959 (type $t) (call $f960 (i32.add (local.get 0) (i32.const 959))))
  (func $f960 (type $t) (call $f961 (i32.add (local.get 0) (i32.const 960))))
  (func $f961 (type $t) (call $f962 (i32.add (local.get 0) (i32.const 961))))
  (func $f962 (type $t) (call $f963 (i32.add (local.get 0) (i32.const 962))))
  (func $f963 (type $t) (call $f964 (i32.add (local.get 0) (i32.const 963))))
  (func $f964 (type $t) (call $f965 (i32.add (local.get 0) (i32.const 964))))
  (func $f965 (type $t) (call $f966 (i32.add (local.get 0) (i32.const 965))))
  (func $f966 (type $t) (call $f967 (i32.add (local.get 0) (i32.const 966))))
  (func $f967 (type $t) (call $f968 (i32.add (local.get 0) (i32.const 967))))
  (func $f968 (type $t) (call $f969 (i32.add (local.get 0) (i32.const 968))))
  (func $f969 (type $t) (call $f970 (i32.add (local.get 0) (i32.const 969))))
  (func $f970 (type $t) (call $f971 (i32.add (local.get 0) (i32.const 970))))
  (func $f971 (type $t) (call $f972 (i32.add (local.get 0) (i32.const 971))))
  (func $f972 (type $t) (call $f973 (i32.add (local.get 0) (i32.const 972))))
  (func $f973 (type $t) (call $f974 (i32.add (local.get 0) (i32.const 973))))
  (func $f974 (type $t) (call $f975 (i32.add (local.get 0) (i32.const 974))))
  (func $f975 (type $t) (call $f976 (i32.add (local.get 0) (i32.const 975))))
  (func $f976 (type $t) (call $f977 (i32.add (local.get 0) (i32.const 976))))
  (func $f977 (type $t) (call $f978 (i32.add (local.get 0) (i32.const 977))))
  (func $f978 (type $t) (call $f979 (i32.add (local.get 0) (i32.const 978))))
  (func $f979 (type $t) (call $f980 (i32.add (local.get 0) (i32.const 979))))
  (func $f980 (type $t) (call $f981 (i32.add (local.get 0) (i32.const 980))))
  (func $f981 (type $t) (call $f982 (i32.add (local.get 0) (i32.const 981))))
  (func $f982 (type $t) (call $f983 (i32.add (local.get 0) (i32.const 982))))
  (func $f983 (type $t) (call $f984 (i32.add (local.get 0) (i32.const 983))))
  (func $f984 (type $t) (call $f985 (i32.add (local.get 0) (i32.const 984))))
  (func $f985 (type $t) (call $f986 (i32.add (local.get 0) (i32.const 985))))
  (func $f986 (type $t) (call $f987 (i32.add (local.get 0) (i32.const 986))))
  (func $f987 (type $t) (call $f988 (i32.add (local.get 0) (i32.const 987))))
  (func $f988 (type $t) (call $f989 (i32.add (local.get 0) (i32.const 988))))
  (func $f989 (type $t) (call $f990 (i32.add (local.get 0) (i32.const 989))))
  (func $f990 (type $t) (call $f991 (i32.add (local.get 0) (i32.const 990))))
  (func $f991 (type $t) (call $f992 (i32.add (local.get 0) (i32.const 991))))
  (func $f992 (type $t) (call $f993 (i32.add (local.get 0) (i32.const 992))))
  (func $f993 (type $t) (call $f994 (i32.add (local.get 0) (i32.const 993))))
  (func $f994 (type $t) (call $f995 (i32.add (local.get 0) (i32.const 994))))
  (func $f995 (type $t) (call $f996 (i32.add (local.get 0) (i32.const 995))))
  (func $f996 (type $t) (call $f997 (i32.add (local.get 0) (i32.const 996))))
  (func $f997 (type $t) (call $f998 (i32.add (local.get 0) (i32.const 997))))
  (func $f998 (type $t) (call $f999 (i32.add (local.get 0) (i32.const 998))))
  (func $f999 (type $t) (local.get 0))
  (elem (i32.const 0) $f0 $f1 $f2 $f3 $f4 $f5 $f6 $f7 $f8 $f9 $f10 $f11 $f12 $f13 $f14 $f15 $f16 $f17 $f18 $f19 $f20 $f21 $f22 $f23 $f24 $f25 $f26 $f27 $f28 $f29 $f30 $f31 $f32 $f33 $f34 $f35 $f36 $f37 $f38 $f39 $f40 $f41 $f42 $f43 $f44 $f45 $f46 $f47 $f48 $f49 $f50 $f51 $f52 $f53 $f54 $f55 $f56 $f57 $f58 $f59 $f60 $f61 $f62 $f63 $f64 $f65 $f66 $f67 $f68 $f69 $f70 $f71 $f72 $f73 $f74 $f75 $f76 $f77 $f78 $f79 $f80 $f81 $f82 $f83 $f84 $f85 $f86 $f87 $f88 $f89 $f90 $f91 $f92 $f93 $f94 $f95 $f96 $f97 $f98 $f99 $f100 $f101 $f102 $f103 $f104 $f105 $f106 $f107 $f108 $f109 $f110 $f111 $f112 $f113 $f114 $f115 $f116 $f117 $f118 $f119 $f120 $f121 $f122 $f123 $f124 $f125 $f126 $f127 $f128 $f129 $f130 $f131 $f132 $f133 $f134 $f135 $f136 $f137 $f138 $f139 $f140 $f141 $f142 $f143 $f144 $f145 $f146 $f147 $f148 $f149 $f150 $f151 $f152 $f153 $f154 $f155 $f156 $f157 $f158 $f159 $f160 $f161 $f162 $f163 $f164 $f165 $f166 $f167 $f168 $f169 $f170 $f171 $f172 $f173 $f174 $f175 $f176 $f177 $f178 $f179 $f180 $f181 $f182 $f183 $f184 $f185 $f186 $f187 $f188 $f189 $f190 $f191 $f192 $f193 $f194 $f195 $f196 $f197 $f198 $f199 $f200 $f201 $f202 $f203 $f204 $f205 $f206 $f207 $f208 $f209 $f210 $f211 $f212 $f213 $f214 $f215 $f216 $f217 $f218 $f219 $f220 $f221 $f222 $f223 $f224 $f225 $f226 $f227 $f228 $f229 $f230 $f231 $f232 $f233 $f234 $f235 $f236 $f237 $f238 $f239 $f240 $f241 $f242 $f243 $f244 $f245 $f246 $f247 $f248 $f249 $f250 $f251 $f252 $f253 $f254 $f255 $f256 $f257 $f258 $f259 $f260 $f261 $f262 $f263 $f264 $f265 $f266 $f267 $f268 $f269 $f270 $f271 $f272 $f273 $f274 $f275 $f276 $f277 $f278 $f279 $f280 $f281 $f282 $f283 $f284 $f285 $f286 $f287 $f288 $f289 $f290 $f291 $f292 $f293 $f294 $f295 $f296 $f297 $f298 $f299 $f300 $f301 $f302 $f303 $f304 $f305 $f306 $f307 $f308 $f309 $f310 $f311 $f312 $f313 $f314 $f315 $f316 $f317 $f318 $f319 $f320 $f321 $f322 $f323 $f324 $f325 $f326 $f327 $f328 $f329 $f330 $f331 $f332 $f333 $f334 $f335 $f336 $f337 $f338 $f339 $f340 $f341 $f342 $f343 $f344 $f345 $f346 $f347 $f348 $f349 $f350 $f351 $f352 $f353 $f354 $f355 $f356 $f357 $f358 $f359 $f360 $f361 $f362 $f363 $f364 $f365 $f366 $f367 $f368 $f369 $f370 $f371 $f372 $f373 $f374 $f375 $f376 $f377 $f378 $f379 $f380 $f381 $f382 $f383 $f384 $f385 $f386 $f387 $f388 $f389 $f390 $f391 $f392 $f393 $f394 $f395 $f396 $f397 $f398 $f399 $f400 $f401 $f402 $f403 $f404 $f405 $f406 $f407 $f408 $f409 $f410 $f411 $f412 $f413 $f414 $f415 $f416 $f417 $f418 $f419 $f420 $f421 $f422 $f423 $f424 $f425 $f426 $f427 $f428 $f429 $f430 $f431 $f432 $f433 $f434 $f435 $f436 $f437 $f438 $f439 $f440 $f441 $f442 $f443 $f444 $f445 $f446 $f447 $f448 $f449 $f450 $f451 $f452 $f453 $f454 $f455 $f456 $f457 $f458 $f459 $f460 $f461 $f462 $f463 $f464 $f465 $f466 $f467 $f468 $f469 $f470 $f471 $f472 $f473 $f474 $f475 $f476 $f477 $f478 $f479 $f480 $f481 $f482 $f483 $f484 $f485 $f486 $f487 $f488 $f489 $f490 $f491 $f492 $f493 $f494 $f495 $f496 $f497 $f498 $f499 $f500 $f501 $f502 $f503 $f504 $f505 $f506 $f507 $f508 $f509 $f510 $f511 $f512 $f513 $f514 $f515 $f516 $f517 $f518 $f519 $f520 $f521 $f522 $f523 $f524 $f525 $f526 $f527 $f528 $f529 $f530 $f531 $f532 $f533 $f534 $f535 $f536 $f537 $f538 $f539 $f540 $f541 $f542 $f543 $f544 $f545 $f546 $f547 $f548 $f549 $f550 $f551 $f552 $f553 $f554 $f555 $f556 $f557 $f558 $f559 $f560 $f561 $f562 $f563 $f564 $f565 $f566 $f567 $f568 $f569 $f570 $f571 $f572 $f573 $f574 $f575 $f576 $f577 $f578 $f579 $f580 $f581 $f582 $f583 $f584 $f585 $f586 $f587 $f588 $f589 $f590 $f591 $f592 $f593 $f594 $f595 $f596 $f597 $f598 $f599 $f600 $f601 $f602 $f603 $f604 $f605 $f606 $f607 $f608 $f609 $f610 $f611 $f612 $f613 $f614 $f615 $f616 $f617 $f618 $f619 $f620 $f621 $f622 $f623 $f624 $f625 $f626 $f627 $f628 $f629 $f630 $f631 $f632 $f633 $f634 $f635 $f636 $f637 $f638 $f639 $f640 $f641 $f642 $f643 $f644 $f645 $f646 $f647 $f648 $f649 $f650 $f651 $f652 $f653 $f654 $f655 $f656 $f657 $f658 $f659 $f660 $f661 $f662 $f663 $f664 $f665 $f666 $f667 $f668 $f669 $f670 $f671 $f672 $f673 $f674 $f675 $f676 $f677 $f678 $f679 $f680 $f681 $f682 $f683 $f684 $f685 $f686 $f687 $f688 $f689 $f690 $f691 $f692 $f693 $f694 $f695 $f696 $f697 $f698 $f699 $f700 $f701 $f702 $f703 $f704 $f705 $f706 $f707 $f708 $f709 $f710 $f711 $f712 $f713 $f714 $f715 $f716 $f717 $f718 $f719 $f720 $f721 $f722 $f723 $f724 $f725 $f726 $f727 $f728 $f729 $f730 $f731 $f732 $f733 $f734 $f735 $f736 $f737 $f738 $f739 $f740 $f741 $f742 $f743 $f744 $f745 $f746 $f747 $f748 $f749 $f750 $f751 $f752 $f753 $f754 $f755 $f756 $f757 $f758 $f759 $f760 $f761 $f762 $f763 $f764 $f765 $f766 $f767 $f768 $f769 $f770 $f771 $f772 $f773 $f774 $f775 $f776 $f777 $f778 $f779 $f780 $f781 $f782 $f783 $f784 $f785 $f786 $f787 $f788 $f789 $f790 $f791 $f792 $f793 $f794 $f795 $f796 $f797 $f798 $f799 $f800 $f801 $f802 $f803 $f804 $f805 $f806 $f807 $f808 $f809 $f810 $f811 $f812 $f813 $f814 $f815 $f816 $f817 $f818 $f819 $f820 $f821 $f822 $f823 $f824 $f825 $f826 $f827 $f828 $f829 $f830 $f831 $f832 $f833 $f834 $f835 $f836 $f837 $f838 $f839 $f840 $f841 $f842 $f843 $f844 $f845 $f846 $f847 $f848 $f849 $f850 $f851 $f852 $f853 $f854 $f855 $f856 $f857 $f858 $f859 $f860 $f861 $f862 $f863 $f864 $f865 $f866 $f867 $f868 $f869 $f870 $f871 $f872 $f873 $f874 $f875 $f876 $f877 $f878 $f879 $f880 $f881 $f882 $f883 $f884 $f885 $f886 $f887 $f888 $f889 $f890 $f891 $f892 $f893 $f894 $f895 $f896 $f897 $f898 $f899 $f900 $f901 $f902 $f903 $f904 $f905 $f906 $f907 $f908 $f909 $f910 $f911 $f912 $f913 $f914 $f915 $f916 $f917 $f918 $f919 $f920 $f921 $f922 $f923 $f924 $f925 $f926 $f927 $f928 $f929 $f930 $f931 $f932 $f933 $f934 $f935 $f936 $f937 $f938 $f939 $f940 $f941 $f942 $f943 $f944 $f945 $f946 $f947 $f948 $f949 $f950 $f951 $f952 $f953 $f954 $f955 $f956 $f957 $f958 $f959 $f960 $f961 $f962 $f963 $f964 $f965 $f966 $f967 $f968 $f969 $f970 $f971 $f972 $f973 $f974 $f975 $f976 $f977 $f978 $f979 $f980 $f981 $f982 $f983 $f984 $f985 $f986 $f987 $f988 $f989 $f990 $f991 $f992 $f993 $f994 $f995 $f996 $f997 $f998 $f999)
  (export "f0" (func $f0))
  (export "f500" (func $f500))
  (export "f999" (func $f999))
  (func (export "call-indirect") (param i32 i32) (result i32)
    (call_indirect (type $t) (local.get 1) (local.get 0)))
)
(assert_return (invoke "f0" (i32.const 0)) (i32.const 498501))
(assert_return (invoke "f500" (i32.const 1)) (i32.const 373752))
(assert_return (invoke "f999" (i32.const 42)) (i32.const 42))
(assert_return (invoke "call-indirect" (i32.const 0) (i32.const 0)) (i32.const 498501))
(assert_return (invoke "call-indirect" (i32.const 998) (i32.const 5)) (i32.const 1003))
(assert_return (invoke "call-indirect" (i32.const 999) (i32.const 5)) (i32.const 5))
(assert_trap (invoke "call-indirect" (i32.const 1000) (i32.const 5)) "undefined element")

;; ---------------------------------------------------------------- long straight-line code
;; 3000 steps on a value kept on the operand stack: 8001 instructions, no branches
(module
  (func (export "hash") (param $x i32) (result i32)
    local.get 0
    i32.const 31 i32.mul i32.const 0 i32.add i32.const 1 i32.rotl i32.const 1013904226 i32.xor i32.const 31 i32.mul i32.const 3 i32.add
    i32.const 4 i32.rotl i32.const 387276917 i32.xor i32.const 31 i32.mul i32.const 6 i32.add i32.const 7 i32.rotl
    i32.const 4055616904 i32.xor i32.const 31 i32.mul i32.const 9 i32.add i32.const 10 i32.rotl i32.const 3428989595 i32.xor
    i32.const 31 i32.mul i32.const 12 i32.add i32.const 13 i32.rotl i32.const 2802362286 i32.xor i32.const 31 i32.mul i32.const 15 i32.add
    i32.const 16 i32.rotl i32.const 2175734977 i32.xor i32.const 31 i32.mul i32.const 18 i32.add i32.const 19 i32.rotl
    i32.const 1549107668 i32.xor i32.const 31 i32.mul i32.const 21 i32.add i32.const 22 i32.rotl i32.const 922480359 i32.xor
    i32.const 31 i32.mul i32.const 24 i32.add i32.const 25 i32.rotl i32.const 295853050 i32.xor i32.const 31 i32.mul i32.const 27 i32.add
    i32.const 28 i32.rotl i32.const 3964193037 i32.xor i32.const 31 i32.mul i32.const 30 i32.add i32.const 31 i32.rotl
    i32.const 3337565728 i32.xor i32.const 31 i32.mul i32.const 33 i32.add i32.const 34 i32.rotl i32.const 2710938419 i32.xor
    i32.const 31 i32.mul i32.const 36 i32.add i32.const 37 i32.rotl i32.const 2084311110 i32.xor i32.const 31 i32.mul i32.const 39 i32.add
    i32.const 40 i32.rotl i32.const 1457683801 i32.xor i32.const 31 i32.mul i32.const 42 i32.add i32.const 43 i32.rotl
    i32.const 831056492 i32.xor i32.const 31 i32.mul i32.const 45 i32.add i32.const 46 i32.rotl i32.const 204429183 i32.xor
    i32.const 31 i32.mul i32.const 48 i32.add i32.const 49 i32.rotl i32.const 3872769170 i32.xor i32.const 31 i32.mul i32.const 51 i32.add
    i32.const 52 i32.rotl i32.const 3246141861 i32.xor i32.const 31 i32.mul i32.const 54 i32.add i32.const 55 i32.rotl
    i32.const 2619514552 i32.xor i32.const 31 i32.mul i32.const 57 i32.add i32.const 58 i32.rotl i32.const 1992887243 i32.xor
    i32.const 31 i32.mul i32.const 60 i32.add i32.const 61 i32.rotl i32.const 1366259934 i32.xor i32.const 31 i32.mul i32.const 63 i32.add
    i32.const 64 i32.rotl i32.const 739632625 i32.xor i32.const 31 i32.mul i32.const 66 i32.add i32.const 67 i32.rotl
    i32.const 113005316 i32.xor i32.const 31 i32.mul i32.const 69 i32.add i32.const 70 i32.rotl i32.const 3781345303 i32.xor
    i32.const 31 i32.mul i32.const 72 i32.add i32.const 73 i32.rotl i32.const 3154717994 i32.xor i32.const 31 i32.mul i32.const 75 i32.add
    i32.const 76 i32.rotl i32.const 2528090685 i32.xor i32.const 31 i32.mul i32.const 78 i32.add i32.const 79 i32.rotl
    i32.const 1901463376 i32.xor i32.const 31 i32.mul i32.const 81 i32.add i32.const 82 i32.rotl i32.const 1274836067 i32.xor
    i32.const 31 i32.mul i32.const 84 i32.add i32.const 85 i32.rotl i32.const 648208758 i32.xor i32.const 31 i32.mul i32.const 87 i32.add
    i32.const 88 i32.rotl i32.const 21581449 i32.xor i32.const 31 i32.mul i32.const 90 i32.add i32.const 91 i32.rotl
    i32.const 3689921436 i32.xor i32.const 31 i32.mul i32.const 93 i32.add i32.const 94 i32.rotl i32.const 3063294127 i32.xor
    i32.const 31 i32.mul i32.const 96 i32.add i32.const 97 i32.rotl i32.const 2436666818 i32.xor i32.const 31 i32.mul i32.const 99 i32.add
    i32.const 100 i32.rotl i32.const 1810039509 i32.xor i32.const 31 i32.mul i32.const 102 i32.add i32.const 103 i32.rotl
    i32.const 1183412200 i32.xor i32.const 31 i32.mul i32.const 105 i32.add i32.const 106 i32.rotl i32.const 556784891 i32.xor
    i32.const 31 i32.mul i32.const 108 i32.add i32.const 109 i32.rotl i32.const 4225124878 i32.xor i32.const 31 i32.mul i32.const 111 i32.add
    i32.const 112 i32.rotl i32.const 3598497569 i32.xor i32.const 31 i32.mul i32.const 114 i32.add i32.const 115 i32.rotl
    i32.const 2971870260 i32.xor i32.const 31 i32.mul i32.const 117 i32.add i32.const 118 i32.rotl i32.const 2345242951 i32.xor
    i32.const 31 i32.mul i32.const 120 i32.add i32.const 121 i32.rotl i32.const 1718615642 i32.xor i32.const 31 i32.mul i32.const 123 i32.add
    i32.const 124 i32.rotl i32.const 1091988333 i32.xor i32.const 31 i32.mul i32.const 126 i32.add i32.const 127 i32.rotl
    i32.const 465361024 i32.xor i32.const 31 i32.mul i32.const 129 i32.add i32.const 130 i32.rotl i32.const 4133701011 i32.xor
    i32.const 31 i32.mul i32.const 132 i32.add i32.const 133 i32.rotl i32.const 3507073702 i32.xor i32.const 31 i32.mul i32.const 135 i32.add
    i32.const 136 i32.rotl i32.const 2880446393 i32.xor i32.const 31 i32.mul i32.const 138 i32.add i32.const 139 i32.rotl
    i32.const 2253819084 i32.xor i32.const 31 i32.mul i32.const 141 i32.add i32.const 142 i32.rotl i32.const 1627191775 i32.xor
    i32.const 31 i32.mul i32.const 144 i32.add i32.const 145 i32.rotl i32.const 1000564466 i32.xor i32.const 31 i32.mul i32.const 147 i32.add
    i32.const 148 i32.rotl i32.const 373937157 i32.xor i32.const 31 i32.mul i32.const 150 i32.add i32.const 151 i32.rotl
    i32.const 4042277144 i32.xor i32.const 31 i32.mul i32.const 153 i32.add i32.const 154 i32.rotl i32.const 3415649835 i32.xor
    i32.const 31 i32.mul i32.const 156 i32.add i32.const 157 i32.rotl i32.const 2789022526 i32.xor i32.const 31 i32.mul i32.const 159 i32.add
    i32.const 160 i32.rotl i32.const 2162395217 i32.xor i32.const 31 i32.mul i32.const 162 i32.add i32.const 163 i32.rotl
    i32.const 1535767908 i32.xor i32.const 31 i32.mul i32.const 165 i32.add i32.const 166 i32.rotl i32.const 909140599 i32.xor
    i32.const 31 i32.mul i32.const 168 i32.add i32.const 169 i32.rotl i32.const 282513290 i32.xor i32.const 31 i32.mul i32.const 171 i32.add
    i32.const 172 i32.rotl i32.const 3950853277 i32.xor i32.const 31 i32.mul i32.const 174 i32.add i32.const 175 i32.rotl
    i32.const 3324225968 i32.xor i32.const 31 i32.mul i32.const 177 i32.add i32.const 178 i32.rotl i32.const 2697598659 i32.xor
    i32.const 31 i32.mul i32.const 180 i32.add i32.const 181 i32.rotl i32.const 2070971350 i32.xor i32.const 31 i32.mul i32.const 183 i32.add
    i32.const 184 i32.rotl i32.const 1444344041 i32.xor i32.const 31 i32.mul i32.const 186 i32.add i32.const 187 i32.rotl
    i32.const 817716732 i32.xor i32.const 31 i32.mul i32.const 189 i32.add i32.const 190 i32.rotl i32.const 191089423 i32.xor
    i32.const 31 i32.mul i32.const 192 i32.add i32.const 193 i32.rotl i32.const 3859429410 i32.xor i32.const 31 i32.mul i32.const 195 i32.add
    i32.const 196 i32.rotl i32.const 3232802101 i32.xor i32.const 31 i32.mul i32.const 198 i32.add i32.const 199 i32.rotl
    i32.const 2606174792 i32.xor i32.const 31 i32.mul i32.const 201 i32.add i32.const 202 i32.rotl i32.const 1979547483 i32.xor
    i32.const 31 i32.mul i32.const 204 i32.add i32.const 205 i32.rotl i32.const 1352920174 i32.xor i32.const 31 i32.mul i32.const 207 i32.add
    i32.const 208 i32.rotl i32.const 726292865 i32.xor i32.const 31 i32.mul i32.const 210 i32.add i32.const 211 i32.rotl
    i32.const 99665556 i32.xor i32.const 31 i32.mul i32.const 213 i32.add i32.const 214 i32.rotl i32.const 3768005543 i32.xor
    i32.const 31 i32.mul i32.const 216 i32.add i32.const 217 i32.rotl i32.const 3141378234 i32.xor i32.const 31 i32.mul i32.const 219 i32.add
    i32.const 220 i32.rotl i32.const 2514750925 i32.xor i32.const 31 i32.mul i32.const 222 i32.add i32.const 223 i32.rotl
    i32.const 1888123616 i32.xor i32.const 31 i32.mul i32.const 225 i32.add i32.const 226 i32.rotl i32.const 1261496307 i32.xor
    i32.const 31 i32.mul i32.const 228 i32.add i32.const 229 i32.rotl i32.const 634868998 i32.xor i32.const 31 i32.mul i32.const 231 i32.add
    i32.const 232 i32.rotl i32.const 8241689 i32.xor i32.const 31 i32.mul i32.const 234 i32.add i32.const 235 i32.rotl
    i32.const 3676581676 i32.xor i32.const 31 i32.mul i32.const 237 i32.add i32.const 238 i32.rotl i32.const 3049954367 i32.xor
    i32.const 31 i32.mul i32.const 240 i32.add i32.const 241 i32.rotl i32.const 2423327058 i32.xor i32.const 31 i32.mul i32.const 243 i32.add
    i32.const 244 i32.rotl i32.const 1796699749 i32.xor i32.const 31 i32.mul i32.const 246 i32.add i32.const 247 i32.rotl
    i32.const 1170072440 i32.xor i32.const 31 i32.mul i32.const 249 i32.add i32.const 250 i32.rotl i32.const 543445131 i32.xor
    i32.const 31 i32.mul i32.const 252 i32.add i32.const 253 i32.rotl i32.const 4211785118 i32.xor i32.const 31 i32.mul i32.const 255 i32.add
    i32.const 256 i32.rotl i32.const 3585157809 i32.xor i32.const 31 i32.mul i32.const 258 i32.add i32.const 259 i32.rotl
    i32.const 2958530500 i32.xor i32.const 31 i32.mul i32.const 261 i32.add i32.const 262 i32.rotl i32.const 2331903191 i32.xor
    i32.const 31 i32.mul i32.const 264 i32.add i32.const 265 i32.rotl i32.const 1705275882 i32.xor i32.const 31 i32.mul i32.const 267 i32.add
    i32.const 268 i32.rotl i32.const 1078648573 i32.xor i32.const 31 i32.mul i32.const 270 i32.add i32.const 271 i32.rotl
    i32.const 452021264 i32.xor i32.const 31 i32.mul i32.const 273 i32.add i32.const 274 i32.rotl i32.const 4120361251 i32.xor
    i32.const 31 i32.mul i32.const 276 i32.add i32.const 277 i32.rotl i32.const 3493733942 i32.xor i32.const 31 i32.mul i32.const 279 i32.add
    i32.const 280 i32.rotl i32.const 2867106633 i32.xor i32.const 31 i32.mul i32.const 282 i32.add i32.const 283 i32.rotl
    i32.const 2240479324 i32.xor i32.const 31 i32.mul i32.const 285 i32.add i32.const 286 i32.rotl i32.const 1613852015 i32.xor
    i32.const 31 i32.mul i32.const 288 i32.add i32.const 289 i32.rotl i32.const 987224706 i32.xor i32.const 31 i32.mul i32.const 291 i32.add
    i32.const 292 i32.rotl i32.const 360597397 i32.xor i32.const 31 i32.mul i32.const 294 i32.add i32.const 295 i32.rotl
    i32.const 4028937384 i32.xor i32.const 31 i32.mul i32.const 297 i32.add i32.const 298 i32.rotl i32.const 3402310075 i32.xor
    i32.const 31 i32.mul i32.const 300 i32.add i32.const 301 i32.rotl i32.const 2775682766 i32.xor i32.const 31 i32.mul i32.const 303 i32.add
    i32.const 304 i32.rotl i32.const 2149055457 i32.xor i32.const 31 i32.mul i32.const 306 i32.add i32.const 307 i32.rotl
    i32.const 1522428148 i32.xor i32.const 31 i32.mul i32.const 309 i32.add i32.const 310 i32.rotl i32.const 895800839 i32.xor
    i32.const 31 i32.mul i32.const 312 i32.add i32.const 313 i32.rotl i32.const 269173530 i32.xor i32.const 31 i32.mul i32.const 315 i32.add
    i32.const 316 i32.rotl i32.const 3937513517 i32.xor i32.const 31 i32.mul i32.const 318 i32.add i32.const 319 i32.rotl
    i32.const 3310886208 i32.xor i32.const 31 i32.mul i32.const 321 i32.add i32.const 322 i32.rotl i32.const 2684258899 i32.xor
    i32.const 31 i32.mul i32.const 324 i32.add i32.const 325 i32.rotl i32.const 2057631590 i32.xor i32.const 31 i32.mul i32.const 327 i32.add
    i32.const 328 i32.rotl i32.const 1431004281 i32.xor i32.const 31 i32.mul i32.const 330 i32.add i32.const 331 i32.rotl
    i32.const 804376972 i32.xor i32.const 31 i32.mul i32.const 333 i32.add i32.const 334 i32.rotl i32.const 177749663 i32.xor
    i32.const 31 i32.mul i32.const 336 i32.add i32.const 337 i32.rotl i32.const 3846089650 i32.xor i32.const 31 i32.mul i32.const 339 i32.add
    i32.const 340 i32.rotl i32.const 3219462341 i32.xor i32.const 31 i32.mul i32.const 342 i32.add i32.const 343 i32.rotl
    i32.const 2592835032 i32.xor i32.const 31 i32.mul i32.const 345 i32.add i32.const 346 i32.rotl i32.const 1966207723 i32.xor
    i32.const 31 i32.mul i32.const 348 i32.add i32.const 349 i32.rotl i32.const 1339580414 i32.xor i32.const 31 i32.mul i32.const 351 i32.add
    i32.const 352 i32.rotl i32.const 712953105 i32.xor i32.const 31 i32.mul i32.const 354 i32.add i32.const 355 i32.rotl
    i32.const 86325796 i32.xor i32.const 31 i32.mul i32.const 357 i32.add i32.const 358 i32.rotl i32.const 3754665783 i32.xor
    i32.const 31 i32.mul i32.const 360 i32.add i32.const 361 i32.rotl i32.const 3128038474 i32.xor i32.const 31 i32.mul i32.const 363 i32.add
    i32.const 364 i32.rotl i32.const 2501411165 i32.xor i32.const 31 i32.mul i32.const 366 i32.add i32.const 367 i32.rotl
    i32.const 1874783856 i32.xor i32.const 31 i32.mul i32.const 369 i32.add i32.const 370 i32.rotl i32.const 1248156547 i32.xor
    i32.const 31 i32.mul i32.const 372 i32.add i32.const 373 i32.rotl i32.const 621529238 i32.xor i32.const 31 i32.mul i32.const 375 i32.add
    i32.const 376 i32.rotl i32.const 4289869225 i32.xor i32.const 31 i32.mul i32.const 378 i32.add i32.const 379 i32.rotl
    i32.const 3663241916 i32.xor i32.const 31 i32.mul i32.const 381 i32.add i32.const 382 i32.rotl i32.const 3036614607 i32.xor
    i32.const 31 i32.mul i32.const 384 i32.add i32.const 385 i32.rotl i32.const 2409987298 i32.xor i32.const 31 i32.mul i32.const 387 i32.add
    i32.const 388 i32.rotl i32.const 1783359989 i32.xor i32.const 31 i32.mul i32.const 390 i32.add i32.const 391 i32.rotl
    i32.const 1156732680 i32.xor i32.const 31 i32.mul i32.const 393 i32.add i32.const 394 i32.rotl i32.const 530105371 i32.xor
    i32.const 31 i32.mul i32.const 396 i32.add i32.const 397 i32.rotl i32.const 4198445358 i32.xor i32.const 31 i32.mul i32.const 399 i32.add
    i32.const 400 i32.rotl i32.const 3571818049 i32.xor i32.const 31 i32.mul i32.const 402 i32.add i32.const 403 i32.rotl
    i32.const 2945190740 i32.xor i32.const 31 i32.mul i32.const 405 i32.add i32.const 406 i32.rotl i32.const 2318563431 i32.xor
    i32.const 31 i32.mul i32.const 408 i32.add i32.const 409 i32.rotl i32.const 1691936122 i32.xor i32.const 31 i32.mul i32.const 411 i32.add
    i32.const 412 i32.rotl i32.const 1065308813 i32.xor i32.const 31 i32.mul i32.const 414 i32.add i32.const 415 i32.rotl
    i32.const 438681504 i32.xor i32.const 31 i32.mul i32.const 417 i32.add i32.const 418 i32.rotl i32.const 4107021491 i32.xor
    i32.const 31 i32.mul i32.const 420 i32.add i32.const 421 i32.rotl i32.const 3480394182 i32.xor i32.const 31 i32.mul i32.const 423 i32.add
    i32.const 424 i32.rotl i32.const 2853766873 i32.xor i32.const 31 i32.mul i32.const 426 i32.add i32.const 427 i32.rotl
    i32.const 2227139564 i32.xor i32.const 31 i32.mul i32.const 429 i32.add i32.const 430 i32.rotl i32.const 1600512255 i32.xor
    i32.const 31 i32.mul i32.const 432 i32.add i32.const 433 i32.rotl i32.const 973884946 i32.xor i32.const 31 i32.mul i32.const 435 i32.add
    i32.const 436 i32.rotl i32.const 347257637 i32.xor i32.const 31 i32.mul i32.const 438 i32.add i32.const 439 i32.rotl
    i32.const 4015597624 i32.xor i32.const 31 i32.mul i32.const 441 i32.add i32.const 442 i32.rotl i32.const 3388970315 i32.xor
    i32.const 31 i32.mul i32.const 444 i32.add i32.const 445 i32.rotl i32.const 2762343006 i32.xor i32.const 31 i32.mul i32.const 447 i32.add
    i32.const 448 i32.rotl i32.const 2135715697 i32.xor i32.const 31 i32.mul i32.const 450 i32.add i32.const 451 i32.rotl
    i32.const 1509088388 i32.xor i32.const 31 i32.mul i32.const 453 i32.add i32.const 454 i32.rotl i32.const 882461079 i32.xor
    i32.const 31 i32.mul i32.const 456 i32.add i32.const 457 i32.rotl i32.const 255833770 i32.xor i32.const 31 i32.mul i32.const 459 i32.add
    i32.const 460 i32.rotl i32.const 3924173757 i32.xor i32.const 31 i32.mul i32.const 462 i32.add i32.const 463 i32.rotl
    i32.const 3297546448 i32.xor i32.const 31 i32.mul i32.const 465 i32.add i32.const 466 i32.rotl i32.const 2670919139 i32.xor
    i32.const 31 i32.mul i32.const 468 i32.add i32.const 469 i32.rotl i32.const 2044291830 i32.xor i32.const 31 i32.mul i32.const 471 i32.add
    i32.const 472 i32.rotl i32.const 1417664521 i32.xor i32.const 31 i32.mul i32.const 474 i32.add i32.const 475 i32.rotl
    i32.const 791037212 i32.xor i32.const 31 i32.mul i32.const 477 i32.add i32.const 478 i32.rotl i32.const 164409903 i32.xor
    i32.const 31 i32.mul i32.const 480 i32.add i32.const 481 i32.rotl i32.const 3832749890 i32.xor i32.const 31 i32.mul i32.const 483 i32.add
    i32.const 484 i32.rotl i32.const 3206122581 i32.xor i32.const 31 i32.mul i32.const 486 i32.add i32.const 487 i32.rotl
    i32.const 2579495272 i32.xor i32.const 31 i32.mul i32.const 489 i32.add i32.const 490 i32.rotl i32.const 1952867963 i32.xor
    i32.const 31 i32.mul i32.const 492 i32.add i32.const 493 i32.rotl i32.const 1326240654 i32.xor i32.const 31 i32.mul i32.const 495 i32.add
    i32.const 496 i32.rotl i32.const 699613345 i32.xor i32.const 31 i32.mul i32.const 498 i32.add i32.const 499 i32.rotl
    i32.const 72986036 i32.xor i32.const 31 i32.mul i32.const 501 i32.add i32.const 502 i32.rotl i32.const 3741326023 i32.xor
    i32.const 31 i32.mul i32.const 504 i32.add i32.const 505 i32.rotl i32.const 3114698714 i32.xor i32.const 31 i32.mul i32.const 507 i32.add
    i32.const 508 i32.rotl i32.const 2488071405 i32.xor i32.const 31 i32.mul i32.const 510 i32.add i32.const 511 i32.rotl
    i32.const 1861444096 i32.xor i32.const 31 i32.mul i32.const 513 i32.add i32.const 514 i32.rotl i32.const 1234816787 i32.xor
    i32.const 31 i32.mul i32.const 516 i32.add i32.const 517 i32.rotl i32.const 608189478 i32.xor i32.const 31 i32.mul i32.const 519 i32.add
    i32.const 520 i32.rotl i32.const 4276529465 i32.xor i32.const 31 i32.mul i32.const 522 i32.add i32.const 523 i32.rotl
    i32.const 3649902156 i32.xor i32.const 31 i32.mul i32.const 525 i32.add i32.const 526 i32.rotl i32.const 3023274847 i32.xor
    i32.const 31 i32.mul i32.const 528 i32.add i32.const 529 i32.rotl i32.const 2396647538 i32.xor i32.const 31 i32.mul i32.const 531 i32.add
    i32.const 532 i32.rotl i32.const 1770020229 i32.xor i32.const 31 i32.mul i32.const 534 i32.add i32.const 535 i32.rotl
    i32.const 1143392920 i32.xor i32.const 31 i32.mul i32.const 537 i32.add i32.const 538 i32.rotl i32.const 516765611 i32.xor
    i32.const 31 i32.mul i32.const 540 i32.add i32.const 541 i32.rotl i32.const 4185105598 i32.xor i32.const 31 i32.mul i32.const 543 i32.add
    i32.const 544 i32.rotl i32.const 3558478289 i32.xor i32.const 31 i32.mul i32.const 546 i32.add i32.const 547 i32.rotl
    i32.const 2931850980 i32.xor i32.const 31 i32.mul i32.const 549 i32.add i32.const 550 i32.rotl i32.const 2305223671 i32.xor
    i32.const 31 i32.mul i32.const 552 i32.add i32.const 553 i32.rotl i32.const 1678596362 i32.xor i32.const 31 i32.mul i32.const 555 i32.add
    i32.const 556 i32.rotl i32.const 1051969053 i32.xor i32.const 31 i32.mul i32.const 558 i32.add i32.const 559 i32.rotl
    i32.const 425341744 i32.xor i32.const 31 i32.mul i32.const 561 i32.add i32.const 562 i32.rotl i32.const 4093681731 i32.xor
    i32.const 31 i32.mul i32.const 564 i32.add i32.const 565 i32.rotl i32.const 3467054422 i32.xor i32.const 31 i32.mul i32.const 567 i32.add
    i32.const 568 i32.rotl i32.const 2840427113 i32.xor i32.const 31 i32.mul i32.const 570 i32.add i32.const 571 i32.rotl
    i32.const 2213799804 i32.xor i32.const 31 i32.mul i32.const 573 i32.add i32.const 574 i32.rotl i32.const 1587172495 i32.xor
    i32.const 31 i32.mul i32.const 576 i32.add i32.const 577 i32.rotl i32.const 960545186 i32.xor i32.const 31 i32.mul i32.const 579 i32.add
    i32.const 580 i32.rotl i32.const 333917877 i32.xor i32.const 31 i32.mul i32.const 582 i32.add i32.const 583 i32.rotl
    i32.const 4002257864 i32.xor i32.const 31 i32.mul i32.const 585 i32.add i32.const 586 i32.rotl i32.const 3375630555 i32.xor
    i32.const 31 i32.mul i32.const 588 i32.add i32.const 589 i32.rotl i32.const 2749003246 i32.xor i32.const 31 i32.mul i32.const 591 i32.add
    i32.const 592 i32.rotl i32.const 2122375937 i32.xor i32.const 31 i32.mul i32.const 594 i32.add i32.const 595 i32.rotl
    i32.const 1495748628 i32.xor i32.const 31 i32.mul i32.const 597 i32.add i32.const 598 i32.rotl i32.const 869121319 i32.xor
    i32.const 31 i32.mul i32.const 600 i32.add i32.const 601 i32.rotl i32.const 242494010 i32.xor i32.const 31 i32.mul i32.const 603 i32.add
    i32.const 604 i32.rotl i32.const 3910833997 i32.xor i32.const 31 i32.mul i32.const 606 i32.add i32.const 607 i32.rotl
    i32.const 3284206688 i32.xor i32.const 31 i32.mul i32.const 609 i32.add i32.const 610 i32.rotl i32.const 2657579379 i32.xor
    i32.const 31 i32.mul i32.const 612 i32.add i32.const 613 i32.rotl i32.const 2030952070 i32.xor i32.const 31 i32.mul i32.const 615 i32.add
    i32.const 616 i32.rotl i32.const 1404324761 i32.xor i32.const 31 i32.mul i32.const 618 i32.add i32.const 619 i32.rotl
    i32.const 777697452 i32.xor i32.const 31 i32.mul i32.const 621 i32.add i32.const 622 i32.rotl i32.const 151070143 i32.xor
    i32.const 31 i32.mul i32.const 624 i32.add i32.const 625 i32.rotl i32.const 3819410130 i32.xor i32.const 31 i32.mul i32.const 627 i32.add
    i32.const 628 i32.rotl i32.const 3192782821 i32.xor i32.const 31 i32.mul i32.const 630 i32.add i32.const 631 i32.rotl
    i32.const 2566155512 i32.xor i32.const 31 i32.mul i32.const 633 i32.add i32.const 634 i32.rotl i32.const 1939528203 i32.xor
    i32.const 31 i32.mul i32.const 636 i32.add i32.const 637 i32.rotl i32.const 1312900894 i32.xor i32.const 31 i32.mul i32.const 639 i32.add
    i32.const 640 i32.rotl i32.const 686273585 i32.xor i32.const 31 i32.mul i32.const 642 i32.add i32.const 643 i32.rotl
    i32.const 59646276 i32.xor i32.const 31 i32.mul i32.const 645 i32.add i32.const 646 i32.rotl i32.const 3727986263 i32.xor
    i32.const 31 i32.mul i32.const 648 i32.add i32.const 649 i32.rotl i32.const 3101358954 i32.xor i32.const 31 i32.mul i32.const 651 i32.add
    i32.const 652 i32.rotl i32.const 2474731645 i32.xor i32.const 31 i32.mul i32.const 654 i32.add i32.const 655 i32.rotl
    i32.const 1848104336 i32.xor i32.const 31 i32.mul i32.const 657 i32.add i32.const 658 i32.rotl i32.const 1221477027 i32.xor
    i32.const 31 i32.mul i32.const 660 i32.add i32.const 661 i32.rotl i32.const 594849718 i32.xor i32.const 31 i32.mul i32.const 663 i32.add
    i32.const 664 i32.rotl i32.const 4263189705 i32.xor i32.const 31 i32.mul i32.const 666 i32.add i32.const 667 i32.rotl
    i32.const 3636562396 i32.xor i32.const 31 i32.mul i32.const 669 i32.add i32.const 670 i32.rotl i32.const 3009935087 i32.xor
    i32.const 31 i32.mul i32.const 672 i32.add i32.const 673 i32.rotl i32.const 2383307778 i32.xor i32.const 31 i32.mul i32.const 675 i32.add
    i32.const 676 i32.rotl i32.const 1756680469 i32.xor i32.const 31 i32.mul i32.const 678 i32.add i32.const 679 i32.rotl
    i32.const 1130053160 i32.xor i32.const 31 i32.mul i32.const 681 i32.add i32.const 682 i32.rotl i32.const 503425851 i32.xor
    i32.const 31 i32.mul i32.const 684 i32.add i32.const 685 i32.rotl i32.const 4171765838 i32.xor i32.const 31 i32.mul i32.const 687 i32.add
    i32.const 688 i32.rotl i32.const 3545138529 i32.xor i32.const 31 i32.mul i32.const 690 i32.add i32.const 691 i32.rotl
    i32.const 2918511220 i32.xor i32.const 31 i32.mul i32.const 693 i32.add i32.const 694 i32.rotl i32.const 2291883911 i32.xor
    i32.const 31 i32.mul i32.const 696 i32.add i32.const 697 i32.rotl i32.const 1665256602 i32.xor i32.const 31 i32.mul i32.const 699 i32.add
    i32.const 700 i32.rotl i32.const 1038629293 i32.xor i32.const 31 i32.mul i32.const 702 i32.add i32.const 703 i32.rotl
    i32.const 412001984 i32.xor i32.const 31 i32.mul i32.const 705 i32.add i32.const 706 i32.rotl i32.const 4080341971 i32.xor
    i32.const 31 i32.mul i32.const 708 i32.add i32.const 709 i32.rotl i32.const 3453714662 i32.xor i32.const 31 i32.mul i32.const 711 i32.add
    i32.const 712 i32.rotl i32.const 2827087353 i32.xor i32.const 31 i32.mul i32.const 714 i32.add i32.const 715 i32.rotl
    i32.const 2200460044 i32.xor i32.const 31 i32.mul i32.const 717 i32.add i32.const 718 i32.rotl i32.const 1573832735 i32.xor
    i32.const 31 i32.mul i32.const 720 i32.add i32.const 721 i32.rotl i32.const 947205426 i32.xor i32.const 31 i32.mul i32.const 723 i32.add
    i32.const 724 i32.rotl i32.const 320578117 i32.xor i32.const 31 i32.mul i32.const 726 i32.add i32.const 727 i32.rotl
    i32.const 3988918104 i32.xor i32.const 31 i32.mul i32.const 729 i32.add i32.const 730 i32.rotl i32.const 3362290795 i32.xor
    i32.const 31 i32.mul i32.const 732 i32.add i32.const 733 i32.rotl i32.const 2735663486 i32.xor i32.const 31 i32.mul i32.const 735 i32.add
    i32.const 736 i32.rotl i32.const 2109036177 i32.xor i32.const 31 i32.mul i32.const 738 i32.add i32.const 739 i32.rotl
    i32.const 1482408868 i32.xor i32.const 31 i32.mul i32.const 741 i32.add i32.const 742 i32.rotl i32.const 855781559 i32.xor
    i32.const 31 i32.mul i32.const 744 i32.add i32.const 745 i32.rotl i32.const 229154250 i32.xor i32.const 31 i32.mul i32.const 747 i32.add
    i32.const 748 i32.rotl i32.const 3897494237 i32.xor i32.const 31 i32.mul i32.const 750 i32.add i32.const 751 i32.rotl
    i32.const 3270866928 i32.xor i32.const 31 i32.mul i32.const 753 i32.add i32.const 754 i32.rotl i32.const 2644239619 i32.xor
    i32.const 31 i32.mul i32.const 756 i32.add i32.const 757 i32.rotl i32.const 2017612310 i32.xor i32.const 31 i32.mul i32.const 759 i32.add
    i32.const 760 i32.rotl i32.const 1390985001 i32.xor i32.const 31 i32.mul i32.const 762 i32.add i32.const 763 i32.rotl
    i32.const 764357692 i32.xor i32.const 31 i32.mul i32.const 765 i32.add i32.const 766 i32.rotl i32.const 137730383 i32.xor
    i32.const 31 i32.mul i32.const 768 i32.add i32.const 769 i32.rotl i32.const 3806070370 i32.xor i32.const 31 i32.mul i32.const 771 i32.add
    i32.const 772 i32.rotl i32.const 3179443061 i32.xor i32.const 31 i32.mul i32.const 774 i32.add i32.const 775 i32.rotl
    i32.const 2552815752 i32.xor i32.const 31 i32.mul i32.const 777 i32.add i32.const 778 i32.rotl i32.const 1926188443 i32.xor
    i32.const 31 i32.mul i32.const 780 i32.add i32.const 781 i32.rotl i32.const 1299561134 i32.xor i32.const 31 i32.mul i32.const 783 i32.add
    i32.const 784 i32.rotl i32.const 672933825 i32.xor i32.const 31 i32.mul i32.const 786 i32.add i32.const 787 i32.rotl
    i32.const 46306516 i32.xor i32.const 31 i32.mul i32.const 789 i32.add i32.const 790 i32.rotl i32.const 3714646503 i32.xor
    i32.const 31 i32.mul i32.const 792 i32.add i32.const 793 i32.rotl i32.const 3088019194 i32.xor i32.const 31 i32.mul i32.const 795 i32.add
    i32.const 796 i32.rotl i32.const 2461391885 i32.xor i32.const 31 i32.mul i32.const 798 i32.add i32.const 799 i32.rotl
    i32.const 1834764576 i32.xor i32.const 31 i32.mul i32.const 801 i32.add i32.const 802 i32.rotl i32.const 1208137267 i32.xor
    i32.const 31 i32.mul i32.const 804 i32.add i32.const 805 i32.rotl i32.const 581509958 i32.xor i32.const 31 i32.mul i32.const 807 i32.add
    i32.const 808 i32.rotl i32.const 4249849945 i32.xor i32.const 31 i32.mul i32.const 810 i32.add i32.const 811 i32.rotl
    i32.const 3623222636 i32.xor i32.const 31 i32.mul i32.const 813 i32.add i32.const 814 i32.rotl i32.const 2996595327 i32.xor
    i32.const 31 i32.mul i32.const 816 i32.add i32.const 817 i32.rotl i32.const 2369968018 i32.xor i32.const 31 i32.mul i32.const 819 i32.add
    i32.const 820 i32.rotl i32.const 1743340709 i32.xor i32.const 31 i32.mul i32.const 822 i32.add i32.const 823 i32.rotl
    i32.const 1116713400 i32.xor i32.const 31 i32.mul i32.const 825 i32.add i32.const 826 i32.rotl i32.const 490086091 i32.xor
    i32.const 31 i32.mul i32.const 828 i32.add i32.const 829 i32.rotl i32.const 4158426078 i32.xor i32.const 31 i32.mul i32.const 831 i32.add
    i32.const 832 i32.rotl i32.const 3531798769 i32.xor i32.const 31 i32.mul i32.const 834 i32.add i32.const 835 i32.rotl
    i32.const 2905171460 i32.xor i32.const 31 i32.mul i32.const 837 i32.add i32.const 838 i32.rotl i32.const 2278544151 i32.xor
    i32.const 31 i32.mul i32.const 840 i32.add i32.const 841 i32.rotl i32.const 1651916842 i32.xor i32.const 31 i32.mul i32.const 843 i32.add
    i32.const 844 i32.rotl i32.const 1025289533 i32.xor i32.const 31 i32.mul i32.const 846 i32.add i32.const 847 i32.rotl
    i32.const 398662224 i32.xor i32.const 31 i32.mul i32.const 849 i32.add i32.const 850 i32.rotl i32.const 4067002211 i32.xor
    i32.const 31 i32.mul i32.const 852 i32.add i32.const 853 i32.rotl i32.const 3440374902 i32.xor i32.const 31 i32.mul i32.const 855 i32.add
    i32.const 856 i32.rotl i32.const 2813747593 i32.xor i32.const 31 i32.mul i32.const 858 i32.add i32.const 859 i32.rotl
    i32.const 2187120284 i32.xor i32.const 31 i32.mul i32.const 861 i32.add i32.const 862 i32.rotl i32.const 1560492975 i32.xor
    i32.const 31 i32.mul i32.const 864 i32.add i32.const 865 i32.rotl i32.const 933865666 i32.xor i32.const 31 i32.mul i32.const 867 i32.add
    i32.const 868 i32.rotl i32.const 307238357 i32.xor i32.const 31 i32.mul i32.const 870 i32.add i32.const 871 i32.rotl
    i32.const 3975578344 i32.xor i32.const 31 i32.mul i32.const 873 i32.add i32.const 874 i32.rotl i32.const 3348951035 i32.xor
    i32.const 31 i32.mul i32.const 876 i32.add i32.const 877 i32.rotl i32.const 2722323726 i32.xor i32.const 31 i32.mul i32.const 879 i32.add
    i32.const 880 i32.rotl i32.const 2095696417 i32.xor i32.const 31 i32.mul i32.const 882 i32.add i32.const 883 i32.rotl
    i32.const 1469069108 i32.xor i32.const 31 i32.mul i32.const 885 i32.add i32.const 886 i32.rotl i32.const 842441799 i32.xor
    i32.const 31 i32.mul i32.const 888 i32.add i32.const 889 i32.rotl i32.const 215814490 i32.xor i32.const 31 i32.mul i32.const 891 i32.add
    i32.const 892 i32.rotl i32.const 3884154477 i32.xor i32.const 31 i32.mul i32.const 894 i32.add i32.const 895 i32.rotl
    i32.const 3257527168 i32.xor i32.const 31 i32.mul i32.const 897 i32.add i32.const 898 i32.rotl i32.const 2630899859 i32.xor
    i32.const 31 i32.mul i32.const 900 i32.add i32.const 901 i32.rotl i32.const 2004272550 i32.xor i32.const 31 i32.mul i32.const 903 i32.add
    i32.const 904 i32.rotl i32.const 1377645241 i32.xor i32.const 31 i32.mul i32.const 906 i32.add i32.const 907 i32.rotl
    i32.const 751017932 i32.xor i32.const 31 i32.mul i32.const 909 i32.add i32.const 910 i32.rotl i32.const 124390623 i32.xor
    i32.const 31 i32.mul i32.const 912 i32.add i32.const 913 i32.rotl i32.const 3792730610 i32.xor i32.const 31 i32.mul i32.const 915 i32.add
    i32.const 916 i32.rotl i32.const 3166103301 i32.xor i32.const 31 i32.mul i32.const 918 i32.add i32.const 919 i32.rotl
    i32.const 2539475992 i32.xor i32.const 31 i32.mul i32.const 921 i32.add i32.const 922 i32.rotl i32.const 1912848683 i32.xor
    i32.const 31 i32.mul i32.const 924 i32.add i32.const 925 i32.rotl i32.const 1286221374 i32.xor i32.const 31 i32.mul i32.const 927 i32.add
    i32.const 928 i32.rotl i32.const 659594065 i32.xor i32.const 31 i32.mul i32.const 930 i32.add i32.const 931 i32.rotl
    i32.const 32966756 i32.xor i32.const 31 i32.mul i32.const 933 i32.add i32.const 934 i32.rotl i32.const 3701306743 i32.xor
    i32.const 31 i32.mul i32.const 936 i32.add i32.const 937 i32.rotl i32.const 3074679434 i32.xor i32.const 31 i32.mul i32.const 939 i32.add
    i32.const 940 i32.rotl i32.const 2448052125 i32.xor i32.const 31 i32.mul i32.const 942 i32.add i32.const 943 i32.rotl
    i32.const 1821424816 i32.xor i32.const 31 i32.mul i32.const 945 i32.add i32.const 946 i32.rotl i32.const 1194797507 i32.xor
    i32.const 31 i32.mul i32.const 948 i32.add i32.const 949 i32.rotl i32.const 568170198 i32.xor i32.const 31 i32.mul i32.const 951 i32.add
    i32.const 952 i32.rotl i32.const 4236510185 i32.xor i32.const 31 i32.mul i32.const 954 i32.add i32.const 955 i32.rotl
    i32.const 3609882876 i32.xor i32.const 31 i32.mul i32.const 957 i32.add i32.const 958 i32.rotl i32.const 2983255567 i32.xor
    i32.const 31 i32.mul i32.const 960 i32.add i32.const 961 i32.rotl i32.const 2356628258 i32.xor i32.const 31 i32.mul i32.const 963 i32.add
    i32.const 964 i32.rotl i32.const 1730000949 i32.xor i32.const 31 i32.mul i32.const 966 i32.add i32.const 967 i32.rotl
    i32.const 1103373640 i32.xor i32.const 31 i32.mul i32.const 969 i32.add i32.const 970 i32.rotl i32.const 476746331 i32.xor
    i32.const 31 i32.mul i32.const 972 i32.add i32.const 973 i32.rotl i32.const 4145086318 i32.xor i32.const 31 i32.mul i32.const 975 i32.add
    i32.const 976 i32.rotl i32.const 3518459009 i32.xor i32.const 31 i32.mul i32.const 978 i32.add i32.const 979 i32.rotl
    i32.const 2891831700 i32.xor i32.const 31 i32.mul i32.const 981 i32.add i32.const 982 i32.rotl i32.const 2265204391 i32.xor
    i32.const 31 i32.mul i32.const 984 i32.add i32.const 985 i32.rotl i32.const 1638577082 i32.xor i32.const 31 i32.mul i32.const 987 i32.add
    i32.const 988 i32.rotl i32.const 1011949773 i32.xor i32.const 31 i32.mul i32.const 990 i32.add i32.const 991 i32.rotl
    i32.const 385322464 i32.xor i32.const 31 i32.mul i32.const 993 i32.add i32.const 994 i32.rotl i32.const 4053662451 i32.xor
    i32.const 31 i32.mul i32.const 996 i32.add i32.const 997 i32.rotl i32.const 3427035142 i32.xor i32.const 31 i32.mul i32.const 999 i32.add
    i32.const 1000 i32.rotl i32.const 2800407833 i32.xor i32.const 31 i32.mul i32.const 1002 i32.add i32.const 1003 i32.rotl
    i32.const 2173780524 i32.xor i32.const 31 i32.mul i32.const 1005 i32.add i32.const 1006 i32.rotl i32.const 1547153215 i32.xor
    i32.const 31 i32.mul i32.const 1008 i32.add i32.const 1009 i32.rotl i32.const 920525906 i32.xor i32.const 31 i32.mul i32.const 1011 i32.add
    i32.const 1012 i32.rotl i32.const 293898597 i32.xor i32.const 31 i32.mul i32.const 1014 i32.add i32.const 1015 i32.rotl
    i32.const 3962238584 i32.xor i32.const 31 i32.mul i32.const 1017 i32.add i32.const 1018 i32.rotl i32.const 3335611275 i32.xor
    i32.const 31 i32.mul i32.const 1020 i32.add i32.const 1021 i32.rotl i32.const 2708983966 i32.xor i32.const 31 i32.mul i32.const 1023 i32.add
    i32.const 1024 i32.rotl i32.const 2082356657 i32.xor i32.const 31 i32.mul i32.const 1026 i32.add i32.const 1027 i32.rotl
    i32.const 1455729348 i32.xor i32.const 31 i32.mul i32.const 1029 i32.add i32.const 1030 i32.rotl i32.const 829102039 i32.xor
    i32.const 31 i32.mul i32.const 1032 i32.add i32.const 1033 i32.rotl i32.const 202474730 i32.xor i32.const 31 i32.mul i32.const 1035 i32.add
    i32.const 1036 i32.rotl i32.const 3870814717 i32.xor i32.const 31 i32.mul i32.const 1038 i32.add i32.const 1039 i32.rotl
    i32.const 3244187408 i32.xor i32.const 31 i32.mul i32.const 1041 i32.add i32.const 1042 i32.rotl i32.const 2617560099 i32.xor
    i32.const 31 i32.mul i32.const 1044 i32.add i32.const 1045 i32.rotl i32.const 1990932790 i32.xor i32.const 31 i32.mul i32.const 1047 i32.add
    i32.const 1048 i32.rotl i32.const 1364305481 i32.xor i32.const 31 i32.mul i32.const 1050 i32.add i32.const 1051 i32.rotl
    i32.const 737678172 i32.xor i32.const 31 i32.mul i32.const 1053 i32.add i32.const 1054 i32.rotl i32.const 111050863 i32.xor
    i32.const 31 i32.mul i32.const 1056 i32.add i32.const 1057 i32.rotl i32.const 3779390850 i32.xor i32.const 31 i32.mul i32.const 1059 i32.add
    i32.const 1060 i32.rotl i32.const 3152763541 i32.xor i32.const 31 i32.mul i32.const 1062 i32.add i32.const 1063 i32.rotl
    i32.const 2526136232 i32.xor i32.const 31 i32.mul i32.const 1065 i32.add i32.const 1066 i32.rotl i32.const 1899508923 i32.xor
    i32.const 31 i32.mul i32.const 1068 i32.add i32.const 1069 i32.rotl i32.const 1272881614 i32.xor i32.const 31 i32.mul i32.const 1071 i32.add
    i32.const 1072 i32.rotl i32.const 646254305 i32.xor i32.const 31 i32.mul i32.const 1074 i32.add i32.const 1075 i32.rotl
    i32.const 19626996 i32.xor i32.const 31 i32.mul i32.const 1077 i32.add i32.const 1078 i32.rotl i32.const 3687966983 i32.xor
    i32.const 31 i32.mul i32.const 1080 i32.add i32.const 1081 i32.rotl i32.const 3061339674 i32.xor i32.const 31 i32.mul i32.const 1083 i32.add
    i32.const 1084 i32.rotl i32.const 2434712365 i32.xor i32.const 31 i32.mul i32.const 1086 i32.add i32.const 1087 i32.rotl
    i32.const 1808085056 i32.xor i32.const 31 i32.mul i32.const 1089 i32.add i32.const 1090 i32.rotl i32.const 1181457747 i32.xor
    i32.const 31 i32.mul i32.const 1092 i32.add i32.const 1093 i32.rotl i32.const 554830438 i32.xor i32.const 31 i32.mul i32.const 1095 i32.add
    i32.const 1096 i32.rotl i32.const 4223170425 i32.xor i32.const 31 i32.mul i32.const 1098 i32.add i32.const 1099 i32.rotl
    i32.const 3596543116 i32.xor i32.const 31 i32.mul i32.const 1101 i32.add i32.const 1102 i32.rotl i32.const 2969915807 i32.xor
    i32.const 31 i32.mul i32.const 1104 i32.add i32.const 1105 i32.rotl i32.const 2343288498 i32.xor i32.const 31 i32.mul i32.const 1107 i32.add
    i32.const 1108 i32.rotl i32.const 1716661189 i32.xor i32.const 31 i32.mul i32.const 1110 i32.add i32.const 1111 i32.rotl
    i32.const 1090033880 i32.xor i32.const 31 i32.mul i32.const 1113 i32.add i32.const 1114 i32.rotl i32.const 463406571 i32.xor
    i32.const 31 i32.mul i32.const 1116 i32.add i32.const 1117 i32.rotl i32.const 4131746558 i32.xor i32.const 31 i32.mul i32.const 1119 i32.add
    i32.const 1120 i32.rotl i32.const 3505119249 i32.xor i32.const 31 i32.mul i32.const 1122 i32.add i32.const 1123 i32.rotl
    i32.const 2878491940 i32.xor i32.const 31 i32.mul i32.const 1125 i32.add i32.const 1126 i32.rotl i32.const 2251864631 i32.xor
    i32.const 31 i32.mul i32.const 1128 i32.add i32.const 1129 i32.rotl i32.const 1625237322 i32.xor i32.const 31 i32.mul i32.const 1131 i32.add
    i32.const 1132 i32.rotl i32.const 998610013 i32.xor i32.const 31 i32.mul i32.const 1134 i32.add i32.const 1135 i32.rotl
    i32.const 371982704 i32.xor i32.const 31 i32.mul i32.const 1137 i32.add i32.const 1138 i32.rotl i32.const 4040322691 i32.xor
    i32.const 31 i32.mul i32.const 1140 i32.add i32.const 1141 i32.rotl i32.const 3413695382 i32.xor i32.const 31 i32.mul i32.const 1143 i32.add
    i32.const 1144 i32.rotl i32.const 2787068073 i32.xor i32.const 31 i32.mul i32.const 1146 i32.add i32.const 1147 i32.rotl
    i32.const 2160440764 i32.xor i32.const 31 i32.mul i32.const 1149 i32.add i32.const 1150 i32.rotl i32.const 1533813455 i32.xor
    i32.const 31 i32.mul i32.const 1152 i32.add i32.const 1153 i32.rotl i32.const 907186146 i32.xor i32.const 31 i32.mul i32.const 1155 i32.add
    i32.const 1156 i32.rotl i32.const 280558837 i32.xor i32.const 31 i32.mul i32.const 1158 i32.add i32.const 1159 i32.rotl
    i32.const 3948898824 i32.xor i32.const 31 i32.mul i32.const 1161 i32.add i32.const 1162 i32.rotl i32.const 3322271515 i32.xor
    i32.const 31 i32.mul i32.const 1164 i32.add i32.const 1165 i32.rotl i32.const 2695644206 i32.xor i32.const 31 i32.mul i32.const 1167 i32.add
    i32.const 1168 i32.rotl i32.const 2069016897 i32.xor i32.const 31 i32.mul i32.const 1170 i32.add i32.const 1171 i32.rotl
    i32.const 1442389588 i32.xor i32.const 31 i32.mul i32.const 1173 i32.add i32.const 1174 i32.rotl i32.const 815762279 i32.xor
    i32.const 31 i32.mul i32.const 1176 i32.add i32.const 1177 i32.rotl i32.const 189134970 i32.xor i32.const 31 i32.mul i32.const 1179 i32.add
    i32.const 1180 i32.rotl i32.const 3857474957 i32.xor i32.const 31 i32.mul i32.const 1182 i32.add i32.const 1183 i32.rotl
    i32.const 3230847648 i32.xor i32.const 31 i32.mul i32.const 1185 i32.add i32.const 1186 i32.rotl i32.const 2604220339 i32.xor
    i32.const 31 i32.mul i32.const 1188 i32.add i32.const 1189 i32.rotl i32.const 1977593030 i32.xor i32.const 31 i32.mul i32.const 1191 i32.add
    i32.const 1192 i32.rotl i32.const 1350965721 i32.xor i32.const 31 i32.mul i32.const 1194 i32.add i32.const 1195 i32.rotl
    i32.const 724338412 i32.xor i32.const 31 i32.mul i32.const 1197 i32.add i32.const 1198 i32.rotl i32.const 97711103 i32.xor
    i32.const 31 i32.mul i32.const 1200 i32.add i32.const 1201 i32.rotl i32.const 3766051090 i32.xor i32.const 31 i32.mul i32.const 1203 i32.add
    i32.const 1204 i32.rotl i32.const 3139423781 i32.xor i32.const 31 i32.mul i32.const 1206 i32.add i32.const 1207 i32.rotl
    i32.const 2512796472 i32.xor i32.const 31 i32.mul i32.const 1209 i32.add i32.const 1210 i32.rotl i32.const 1886169163 i32.xor
    i32.const 31 i32.mul i32.const 1212 i32.add i32.const 1213 i32.rotl i32.const 1259541854 i32.xor i32.const 31 i32.mul i32.const 1215 i32.add
    i32.const 1216 i32.rotl i32.const 632914545 i32.xor i32.const 31 i32.mul i32.const 1218 i32.add i32.const 1219 i32.rotl
    i32.const 6287236 i32.xor i32.const 31 i32.mul i32.const 1221 i32.add i32.const 1222 i32.rotl i32.const 3674627223 i32.xor
    i32.const 31 i32.mul i32.const 1224 i32.add i32.const 1225 i32.rotl i32.const 3047999914 i32.xor i32.const 31 i32.mul i32.const 1227 i32.add
    i32.const 1228 i32.rotl i32.const 2421372605 i32.xor i32.const 31 i32.mul i32.const 1230 i32.add i32.const 1231 i32.rotl
    i32.const 1794745296 i32.xor i32.const 31 i32.mul i32.const 1233 i32.add i32.const 1234 i32.rotl i32.const 1168117987 i32.xor
    i32.const 31 i32.mul i32.const 1236 i32.add i32.const 1237 i32.rotl i32.const 541490678 i32.xor i32.const 31 i32.mul i32.const 1239 i32.add
    i32.const 1240 i32.rotl i32.const 4209830665 i32.xor i32.const 31 i32.mul i32.const 1242 i32.add i32.const 1243 i32.rotl
    i32.const 3583203356 i32.xor i32.const 31 i32.mul i32.const 1245 i32.add i32.const 1246 i32.rotl i32.const 2956576047 i32.xor
    i32.const 31 i32.mul i32.const 1248 i32.add i32.const 1249 i32.rotl i32.const 2329948738 i32.xor i32.const 31 i32.mul i32.const 1251 i32.add
    i32.const 1252 i32.rotl i32.const 1703321429 i32.xor i32.const 31 i32.mul i32.const 1254 i32.add i32.const 1255 i32.rotl
    i32.const 1076694120 i32.xor i32.const 31 i32.mul i32.const 1257 i32.add i32.const 1258 i32.rotl i32.const 450066811 i32.xor
    i32.const 31 i32.mul i32.const 1260 i32.add i32.const 1261 i32.rotl i32.const 4118406798 i32.xor i32.const 31 i32.mul i32.const 1263 i32.add
    i32.const 1264 i32.rotl i32.const 3491779489 i32.xor i32.const 31 i32.mul i32.const 1266 i32.add i32.const 1267 i32.rotl
    i32.const 2865152180 i32.xor i32.const 31 i32.mul i32.const 1269 i32.add i32.const 1270 i32.rotl i32.const 2238524871 i32.xor
    i32.const 31 i32.mul i32.const 1272 i32.add i32.const 1273 i32.rotl i32.const 1611897562 i32.xor i32.const 31 i32.mul i32.const 1275 i32.add
    i32.const 1276 i32.rotl i32.const 985270253 i32.xor i32.const 31 i32.mul i32.const 1278 i32.add i32.const 1279 i32.rotl
    i32.const 358642944 i32.xor i32.const 31 i32.mul i32.const 1281 i32.add i32.const 1282 i32.rotl i32.const 4026982931 i32.xor
    i32.const 31 i32.mul i32.const 1284 i32.add i32.const 1285 i32.rotl i32.const 3400355622 i32.xor i32.const 31 i32.mul i32.const 1287 i32.add
    i32.const 1288 i32.rotl i32.const 2773728313 i32.xor i32.const 31 i32.mul i32.const 1290 i32.add i32.const 1291 i32.rotl
    i32.const 2147101004 i32.xor i32.const 31 i32.mul i32.const 1293 i32.add i32.const 1294 i32.rotl i32.const 1520473695 i32.xor
    i32.const 31 i32.mul i32.const 1296 i32.add i32.const 1297 i32.rotl i32.const 893846386 i32.xor i32.const 31 i32.mul i32.const 1299 i32.add
    i32.const 1300 i32.rotl i32.const 267219077 i32.xor i32.const 31 i32.mul i32.const 1302 i32.add i32.const 1303 i32.rotl
    i32.const 3935559064 i32.xor i32.const 31 i32.mul i32.const 1305 i32.add i32.const 1306 i32.rotl i32.const 3308931755 i32.xor
    i32.const 31 i32.mul i32.const 1308 i32.add i32.const 1309 i32.rotl i32.const 2682304446 i32.xor i32.const 31 i32.mul i32.const 1311 i32.add
    i32.const 1312 i32.rotl i32.const 2055677137 i32.xor i32.const 31 i32.mul i32.const 1314 i32.add i32.const 1315 i32.rotl
    i32.const 1429049828 i32.xor i32.const 31 i32.mul i32.const 1317 i32.add i32.const 1318 i32.rotl i32.const 802422519 i32.xor
    i32.const 31 i32.mul i32.const 1320 i32.add i32.const 1321 i32.rotl i32.const 175795210 i32.xor i32.const 31 i32.mul i32.const 1323 i32.add
    i32.const 1324 i32.rotl i32.const 3844135197 i32.xor i32.const 31 i32.mul i32.const 1326 i32.add i32.const 1327 i32.rotl
    i32.const 3217507888 i32.xor i32.const 31 i32.mul i32.const 1329 i32.add i32.const 1330 i32.rotl i32.const 2590880579 i32.xor
    i32.const 31 i32.mul i32.const 1332 i32.add i32.const 1333 i32.rotl i32.const 1964253270 i32.xor i32.const 31 i32.mul i32.const 1335 i32.add
    i32.const 1336 i32.rotl i32.const 1337625961 i32.xor i32.const 31 i32.mul i32.const 1338 i32.add i32.const 1339 i32.rotl
    i32.const 710998652 i32.xor i32.const 31 i32.mul i32.const 1341 i32.add i32.const 1342 i32.rotl i32.const 84371343 i32.xor
    i32.const 31 i32.mul i32.const 1344 i32.add i32.const 1345 i32.rotl i32.const 3752711330 i32.xor i32.const 31 i32.mul i32.const 1347 i32.add
    i32.const 1348 i32.rotl i32.const 3126084021 i32.xor i32.const 31 i32.mul i32.const 1350 i32.add i32.const 1351 i32.rotl
    i32.const 2499456712 i32.xor i32.const 31 i32.mul i32.const 1353 i32.add i32.const 1354 i32.rotl i32.const 1872829403 i32.xor
    i32.const 31 i32.mul i32.const 1356 i32.add i32.const 1357 i32.rotl i32.const 1246202094 i32.xor i32.const 31 i32.mul i32.const 1359 i32.add
    i32.const 1360 i32.rotl i32.const 619574785 i32.xor i32.const 31 i32.mul i32.const 1362 i32.add i32.const 1363 i32.rotl
    i32.const 4287914772 i32.xor i32.const 31 i32.mul i32.const 1365 i32.add i32.const 1366 i32.rotl i32.const 3661287463 i32.xor
    i32.const 31 i32.mul i32.const 1368 i32.add i32.const 1369 i32.rotl i32.const 3034660154 i32.xor i32.const 31 i32.mul i32.const 1371 i32.add
    i32.const 1372 i32.rotl i32.const 2408032845 i32.xor i32.const 31 i32.mul i32.const 1374 i32.add i32.const 1375 i32.rotl
    i32.const 1781405536 i32.xor i32.const 31 i32.mul i32.const 1377 i32.add i32.const 1378 i32.rotl i32.const 1154778227 i32.xor
    i32.const 31 i32.mul i32.const 1380 i32.add i32.const 1381 i32.rotl i32.const 528150918 i32.xor i32.const 31 i32.mul i32.const 1383 i32.add
    i32.const 1384 i32.rotl i32.const 4196490905 i32.xor i32.const 31 i32.mul i32.const 1386 i32.add i32.const 1387 i32.rotl
    i32.const 3569863596 i32.xor i32.const 31 i32.mul i32.const 1389 i32.add i32.const 1390 i32.rotl i32.const 2943236287 i32.xor
    i32.const 31 i32.mul i32.const 1392 i32.add i32.const 1393 i32.rotl i32.const 2316608978 i32.xor i32.const 31 i32.mul i32.const 1395 i32.add
    i32.const 1396 i32.rotl i32.const 1689981669 i32.xor i32.const 31 i32.mul i32.const 1398 i32.add i32.const 1399 i32.rotl
    i32.const 1063354360 i32.xor i32.const 31 i32.mul i32.const 1401 i32.add i32.const 1402 i32.rotl i32.const 436727051 i32.xor
    i32.const 31 i32.mul i32.const 1404 i32.add i32.const 1405 i32.rotl i32.const 4105067038 i32.xor i32.const 31 i32.mul i32.const 1407 i32.add
    i32.const 1408 i32.rotl i32.const 3478439729 i32.xor i32.const 31 i32.mul i32.const 1410 i32.add i32.const 1411 i32.rotl
    i32.const 2851812420 i32.xor i32.const 31 i32.mul i32.const 1413 i32.add i32.const 1414 i32.rotl i32.const 2225185111 i32.xor
    i32.const 31 i32.mul i32.const 1416 i32.add i32.const 1417 i32.rotl i32.const 1598557802 i32.xor i32.const 31 i32.mul i32.const 1419 i32.add
    i32.const 1420 i32.rotl i32.const 971930493 i32.xor i32.const 31 i32.mul i32.const 1422 i32.add i32.const 1423 i32.rotl
    i32.const 345303184 i32.xor i32.const 31 i32.mul i32.const 1425 i32.add i32.const 1426 i32.rotl i32.const 4013643171 i32.xor
    i32.const 31 i32.mul i32.const 1428 i32.add i32.const 1429 i32.rotl i32.const 3387015862 i32.xor i32.const 31 i32.mul i32.const 1431 i32.add
    i32.const 1432 i32.rotl i32.const 2760388553 i32.xor i32.const 31 i32.mul i32.const 1434 i32.add i32.const 1435 i32.rotl
    i32.const 2133761244 i32.xor i32.const 31 i32.mul i32.const 1437 i32.add i32.const 1438 i32.rotl i32.const 1507133935 i32.xor
    i32.const 31 i32.mul i32.const 1440 i32.add i32.const 1441 i32.rotl i32.const 880506626 i32.xor i32.const 31 i32.mul i32.const 1443 i32.add
    i32.const 1444 i32.rotl i32.const 253879317 i32.xor i32.const 31 i32.mul i32.const 1446 i32.add i32.const 1447 i32.rotl
    i32.const 3922219304 i32.xor i32.const 31 i32.mul i32.const 1449 i32.add i32.const 1450 i32.rotl i32.const 3295591995 i32.xor
    i32.const 31 i32.mul i32.const 1452 i32.add i32.const 1453 i32.rotl i32.const 2668964686 i32.xor i32.const 31 i32.mul i32.const 1455 i32.add
    i32.const 1456 i32.rotl i32.const 2042337377 i32.xor i32.const 31 i32.mul i32.const 1458 i32.add i32.const 1459 i32.rotl
    i32.const 1415710068 i32.xor i32.const 31 i32.mul i32.const 1461 i32.add i32.const 1462 i32.rotl i32.const 789082759 i32.xor
    i32.const 31 i32.mul i32.const 1464 i32.add i32.const 1465 i32.rotl i32.const 162455450 i32.xor i32.const 31 i32.mul i32.const 1467 i32.add
    i32.const 1468 i32.rotl i32.const 3830795437 i32.xor i32.const 31 i32.mul i32.const 1470 i32.add i32.const 1471 i32.rotl
    i32.const 3204168128 i32.xor i32.const 31 i32.mul i32.const 1473 i32.add i32.const 1474 i32.rotl i32.const 2577540819 i32.xor
    i32.const 31 i32.mul i32.const 1476 i32.add i32.const 1477 i32.rotl i32.const 1950913510 i32.xor i32.const 31 i32.mul i32.const 1479 i32.add
    i32.const 1480 i32.rotl i32.const 1324286201 i32.xor i32.const 31 i32.mul i32.const 1482 i32.add i32.const 1483 i32.rotl
    i32.const 697658892 i32.xor i32.const 31 i32.mul i32.const 1485 i32.add i32.const 1486 i32.rotl i32.const 71031583 i32.xor
    i32.const 31 i32.mul i32.const 1488 i32.add i32.const 1489 i32.rotl i32.const 3739371570 i32.xor i32.const 31 i32.mul i32.const 1491 i32.add
    i32.const 1492 i32.rotl i32.const 3112744261 i32.xor i32.const 31 i32.mul i32.const 1494 i32.add i32.const 1495 i32.rotl
    i32.const 2486116952 i32.xor i32.const 31 i32.mul i32.const 1497 i32.add i32.const 1498 i32.rotl i32.const 1859489643 i32.xor
    i32.const 31 i32.mul i32.const 1500 i32.add i32.const 1501 i32.rotl i32.const 1232862334 i32.xor i32.const 31 i32.mul i32.const 1503 i32.add
    i32.const 1504 i32.rotl i32.const 606235025 i32.xor i32.const 31 i32.mul i32.const 1506 i32.add i32.const 1507 i32.rotl
    i32.const 4274575012 i32.xor i32.const 31 i32.mul i32.const 1509 i32.add i32.const 1510 i32.rotl i32.const 3647947703 i32.xor
    i32.const 31 i32.mul i32.const 1512 i32.add i32.const 1513 i32.rotl i32.const 3021320394 i32.xor i32.const 31 i32.mul i32.const 1515 i32.add
    i32.const 1516 i32.rotl i32.const 2394693085 i32.xor i32.const 31 i32.mul i32.const 1518 i32.add i32.const 1519 i32.rotl
    i32.const 1768065776 i32.xor i32.const 31 i32.mul i32.const 1521 i32.add i32.const 1522 i32.rotl i32.const 1141438467 i32.xor
    i32.const 31 i32.mul i32.const 1524 i32.add i32.const 1525 i32.rotl i32.const 514811158 i32.xor i32.const 31 i32.mul i32.const 1527 i32.add
    i32.const 1528 i32.rotl i32.const 4183151145 i32.xor i32.const 31 i32.mul i32.const 1530 i32.add i32.const 1531 i32.rotl
    i32.const 3556523836 i32.xor i32.const 31 i32.mul i32.const 1533 i32.add i32.const 1534 i32.rotl i32.const 2929896527 i32.xor
    i32.const 31 i32.mul i32.const 1536 i32.add i32.const 1537 i32.rotl i32.const 2303269218 i32.xor i32.const 31 i32.mul i32.const 1539 i32.add
    i32.const 1540 i32.rotl i32.const 1676641909 i32.xor i32.const 31 i32.mul i32.const 1542 i32.add i32.const 1543 i32.rotl
    i32.const 1050014600 i32.xor i32.const 31 i32.mul i32.const 1545 i32.add i32.const 1546 i32.rotl i32.const 423387291 i32.xor
    i32.const 31 i32.mul i32.const 1548 i32.add i32.const 1549 i32.rotl i32.const 4091727278 i32.xor i32.const 31 i32.mul i32.const 1551 i32.add
    i32.const 1552 i32.rotl i32.const 3465099969 i32.xor i32.const 31 i32.mul i32.const 1554 i32.add i32.const 1555 i32.rotl
    i32.const 2838472660 i32.xor i32.const 31 i32.mul i32.const 1557 i32.add i32.const 1558 i32.rotl i32.const 2211845351 i32.xor
    i32.const 31 i32.mul i32.const 1560 i32.add i32.const 1561 i32.rotl i32.const 1585218042 i32.xor i32.const 31 i32.mul i32.const 1563 i32.add
    i32.const 1564 i32.rotl i32.const 958590733 i32.xor i32.const 31 i32.mul i32.const 1566 i32.add i32.const 1567 i32.rotl
    i32.const 331963424 i32.xor i32.const 31 i32.mul i32.const 1569 i32.add i32.const 1570 i32.rotl i32.const 4000303411 i32.xor
    i32.const 31 i32.mul i32.const 1572 i32.add i32.const 1573 i32.rotl i32.const 3373676102 i32.xor i32.const 31 i32.mul i32.const 1575 i32.add
    i32.const 1576 i32.rotl i32.const 2747048793 i32.xor i32.const 31 i32.mul i32.const 1578 i32.add i32.const 1579 i32.rotl
    i32.const 2120421484 i32.xor i32.const 31 i32.mul i32.const 1581 i32.add i32.const 1582 i32.rotl i32.const 1493794175 i32.xor
    i32.const 31 i32.mul i32.const 1584 i32.add i32.const 1585 i32.rotl i32.const 867166866 i32.xor i32.const 31 i32.mul i32.const 1587 i32.add
    i32.const 1588 i32.rotl i32.const 240539557 i32.xor i32.const 31 i32.mul i32.const 1590 i32.add i32.const 1591 i32.rotl
    i32.const 3908879544 i32.xor i32.const 31 i32.mul i32.const 1593 i32.add i32.const 1594 i32.rotl i32.const 3282252235 i32.xor
    i32.const 31 i32.mul i32.const 1596 i32.add i32.const 1597 i32.rotl i32.const 2655624926 i32.xor i32.const 31 i32.mul i32.const 1599 i32.add
    i32.const 1600 i32.rotl i32.const 2028997617 i32.xor i32.const 31 i32.mul i32.const 1602 i32.add i32.const 1603 i32.rotl
    i32.const 1402370308 i32.xor i32.const 31 i32.mul i32.const 1605 i32.add i32.const 1606 i32.rotl i32.const 775742999 i32.xor
    i32.const 31 i32.mul i32.const 1608 i32.add i32.const 1609 i32.rotl i32.const 149115690 i32.xor i32.const 31 i32.mul i32.const 1611 i32.add
    i32.const 1612 i32.rotl i32.const 3817455677 i32.xor i32.const 31 i32.mul i32.const 1614 i32.add i32.const 1615 i32.rotl
    i32.const 3190828368 i32.xor i32.const 31 i32.mul i32.const 1617 i32.add i32.const 1618 i32.rotl i32.const 2564201059 i32.xor
    i32.const 31 i32.mul i32.const 1620 i32.add i32.const 1621 i32.rotl i32.const 1937573750 i32.xor i32.const 31 i32.mul i32.const 1623 i32.add
    i32.const 1624 i32.rotl i32.const 1310946441 i32.xor i32.const 31 i32.mul i32.const 1626 i32.add i32.const 1627 i32.rotl
    i32.const 684319132 i32.xor i32.const 31 i32.mul i32.const 1629 i32.add i32.const 1630 i32.rotl i32.const 57691823 i32.xor
    i32.const 31 i32.mul i32.const 1632 i32.add i32.const 1633 i32.rotl i32.const 3726031810 i32.xor i32.const 31 i32.mul i32.const 1635 i32.add
    i32.const 1636 i32.rotl i32.const 3099404501 i32.xor i32.const 31 i32.mul i32.const 1638 i32.add i32.const 1639 i32.rotl
    i32.const 2472777192 i32.xor i32.const 31 i32.mul i32.const 1641 i32.add i32.const 1642 i32.rotl i32.const 1846149883 i32.xor
    i32.const 31 i32.mul i32.const 1644 i32.add i32.const 1645 i32.rotl i32.const 1219522574 i32.xor i32.const 31 i32.mul i32.const 1647 i32.add
    i32.const 1648 i32.rotl i32.const 592895265 i32.xor i32.const 31 i32.mul i32.const 1650 i32.add i32.const 1651 i32.rotl
    i32.const 4261235252 i32.xor i32.const 31 i32.mul i32.const 1653 i32.add i32.const 1654 i32.rotl i32.const 3634607943 i32.xor
    i32.const 31 i32.mul i32.const 1656 i32.add i32.const 1657 i32.rotl i32.const 3007980634 i32.xor i32.const 31 i32.mul i32.const 1659 i32.add
    i32.const 1660 i32.rotl i32.const 2381353325 i32.xor i32.const 31 i32.mul i32.const 1662 i32.add i32.const 1663 i32.rotl
    i32.const 1754726016 i32.xor i32.const 31 i32.mul i32.const 1665 i32.add i32.const 1666 i32.rotl i32.const 1128098707 i32.xor
    i32.const 31 i32.mul i32.const 1668 i32.add i32.const 1669 i32.rotl i32.const 501471398 i32.xor i32.const 31 i32.mul i32.const 1671 i32.add
    i32.const 1672 i32.rotl i32.const 4169811385 i32.xor i32.const 31 i32.mul i32.const 1674 i32.add i32.const 1675 i32.rotl
    i32.const 3543184076 i32.xor i32.const 31 i32.mul i32.const 1677 i32.add i32.const 1678 i32.rotl i32.const 2916556767 i32.xor
    i32.const 31 i32.mul i32.const 1680 i32.add i32.const 1681 i32.rotl i32.const 2289929458 i32.xor i32.const 31 i32.mul i32.const 1683 i32.add
    i32.const 1684 i32.rotl i32.const 1663302149 i32.xor i32.const 31 i32.mul i32.const 1686 i32.add i32.const 1687 i32.rotl
    i32.const 1036674840 i32.xor i32.const 31 i32.mul i32.const 1689 i32.add i32.const 1690 i32.rotl i32.const 410047531 i32.xor
    i32.const 31 i32.mul i32.const 1692 i32.add i32.const 1693 i32.rotl i32.const 4078387518 i32.xor i32.const 31 i32.mul i32.const 1695 i32.add
    i32.const 1696 i32.rotl i32.const 3451760209 i32.xor i32.const 31 i32.mul i32.const 1698 i32.add i32.const 1699 i32.rotl
    i32.const 2825132900 i32.xor i32.const 31 i32.mul i32.const 1701 i32.add i32.const 1702 i32.rotl i32.const 2198505591 i32.xor
    i32.const 31 i32.mul i32.const 1704 i32.add i32.const 1705 i32.rotl i32.const 1571878282 i32.xor i32.const 31 i32.mul i32.const 1707 i32.add
    i32.const 1708 i32.rotl i32.const 945250973 i32.xor i32.const 31 i32.mul i32.const 1710 i32.add i32.const 1711 i32.rotl
    i32.const 318623664 i32.xor i32.const 31 i32.mul i32.const 1713 i32.add i32.const 1714 i32.rotl i32.const 3986963651 i32.xor
    i32.const 31 i32.mul i32.const 1716 i32.add i32.const 1717 i32.rotl i32.const 3360336342 i32.xor i32.const 31 i32.mul i32.const 1719 i32.add
    i32.const 1720 i32.rotl i32.const 2733709033 i32.xor i32.const 31 i32.mul i32.const 1722 i32.add i32.const 1723 i32.rotl
    i32.const 2107081724 i32.xor i32.const 31 i32.mul i32.const 1725 i32.add i32.const 1726 i32.rotl i32.const 1480454415 i32.xor
    i32.const 31 i32.mul i32.const 1728 i32.add i32.const 1729 i32.rotl i32.const 853827106 i32.xor i32.const 31 i32.mul i32.const 1731 i32.add
    i32.const 1732 i32.rotl i32.const 227199797 i32.xor i32.const 31 i32.mul i32.const 1734 i32.add i32.const 1735 i32.rotl
    i32.const 3895539784 i32.xor i32.const 31 i32.mul i32.const 1737 i32.add i32.const 1738 i32.rotl i32.const 3268912475 i32.xor
    i32.const 31 i32.mul i32.const 1740 i32.add i32.const 1741 i32.rotl i32.const 2642285166 i32.xor i32.const 31 i32.mul i32.const 1743 i32.add
    i32.const 1744 i32.rotl i32.const 2015657857 i32.xor i32.const 31 i32.mul i32.const 1746 i32.add i32.const 1747 i32.rotl
    i32.const 1389030548 i32.xor i32.const 31 i32.mul i32.const 1749 i32.add i32.const 1750 i32.rotl i32.const 762403239 i32.xor
    i32.const 31 i32.mul i32.const 1752 i32.add i32.const 1753 i32.rotl i32.const 135775930 i32.xor i32.const 31 i32.mul i32.const 1755 i32.add
    i32.const 1756 i32.rotl i32.const 3804115917 i32.xor i32.const 31 i32.mul i32.const 1758 i32.add i32.const 1759 i32.rotl
    i32.const 3177488608 i32.xor i32.const 31 i32.mul i32.const 1761 i32.add i32.const 1762 i32.rotl i32.const 2550861299 i32.xor
    i32.const 31 i32.mul i32.const 1764 i32.add i32.const 1765 i32.rotl i32.const 1924233990 i32.xor i32.const 31 i32.mul i32.const 1767 i32.add
    i32.const 1768 i32.rotl i32.const 1297606681 i32.xor i32.const 31 i32.mul i32.const 1770 i32.add i32.const 1771 i32.rotl
    i32.const 670979372 i32.xor i32.const 31 i32.mul i32.const 1773 i32.add i32.const 1774 i32.rotl i32.const 44352063 i32.xor
    i32.const 31 i32.mul i32.const 1776 i32.add i32.const 1777 i32.rotl i32.const 3712692050 i32.xor i32.const 31 i32.mul i32.const 1779 i32.add
    i32.const 1780 i32.rotl i32.const 3086064741 i32.xor i32.const 31 i32.mul i32.const 1782 i32.add i32.const 1783 i32.rotl
    i32.const 2459437432 i32.xor i32.const 31 i32.mul i32.const 1785 i32.add i32.const 1786 i32.rotl i32.const 1832810123 i32.xor
    i32.const 31 i32.mul i32.const 1788 i32.add i32.const 1789 i32.rotl i32.const 1206182814 i32.xor i32.const 31 i32.mul i32.const 1791 i32.add
    i32.const 1792 i32.rotl i32.const 579555505 i32.xor i32.const 31 i32.mul i32.const 1794 i32.add i32.const 1795 i32.rotl
    i32.const 4247895492 i32.xor i32.const 31 i32.mul i32.const 1797 i32.add i32.const 1798 i32.rotl i32.const 3621268183 i32.xor
    i32.const 31 i32.mul i32.const 1800 i32.add i32.const 1801 i32.rotl i32.const 2994640874 i32.xor i32.const 31 i32.mul i32.const 1803 i32.add
    i32.const 1804 i32.rotl i32.const 2368013565 i32.xor i32.const 31 i32.mul i32.const 1806 i32.add i32.const 1807 i32.rotl
    i32.const 1741386256 i32.xor i32.const 31 i32.mul i32.const 1809 i32.add i32.const 1810 i32.rotl i32.const 1114758947 i32.xor
    i32.const 31 i32.mul i32.const 1812 i32.add i32.const 1813 i32.rotl i32.const 488131638 i32.xor i32.const 31 i32.mul i32.const 1815 i32.add
    i32.const 1816 i32.rotl i32.const 4156471625 i32.xor i32.const 31 i32.mul i32.const 1818 i32.add i32.const 1819 i32.rotl
    i32.const 3529844316 i32.xor i32.const 31 i32.mul i32.const 1821 i32.add i32.const 1822 i32.rotl i32.const 2903217007 i32.xor
    i32.const 31 i32.mul i32.const 1824 i32.add i32.const 1825 i32.rotl i32.const 2276589698 i32.xor i32.const 31 i32.mul i32.const 1827 i32.add
    i32.const 1828 i32.rotl i32.const 1649962389 i32.xor i32.const 31 i32.mul i32.const 1830 i32.add i32.const 1831 i32.rotl
    i32.const 1023335080 i32.xor i32.const 31 i32.mul i32.const 1833 i32.add i32.const 1834 i32.rotl i32.const 396707771 i32.xor
    i32.const 31 i32.mul i32.const 1836 i32.add i32.const 1837 i32.rotl i32.const 4065047758 i32.xor i32.const 31 i32.mul i32.const 1839 i32.add
    i32.const 1840 i32.rotl i32.const 3438420449 i32.xor i32.const 31 i32.mul i32.const 1842 i32.add i32.const 1843 i32.rotl
    i32.const 2811793140 i32.xor i32.const 31 i32.mul i32.const 1845 i32.add i32.const 1846 i32.rotl i32.const 2185165831 i32.xor
    i32.const 31 i32.mul i32.const 1848 i32.add i32.const 1849 i32.rotl i32.const 1558538522 i32.xor i32.const 31 i32.mul i32.const 1851 i32.add
    i32.const 1852 i32.rotl i32.const 931911213 i32.xor i32.const 31 i32.mul i32.const 1854 i32.add i32.const 1855 i32.rotl
    i32.const 305283904 i32.xor i32.const 31 i32.mul i32.const 1857 i32.add i32.const 1858 i32.rotl i32.const 3973623891 i32.xor
    i32.const 31 i32.mul i32.const 1860 i32.add i32.const 1861 i32.rotl i32.const 3346996582 i32.xor i32.const 31 i32.mul i32.const 1863 i32.add
    i32.const 1864 i32.rotl i32.const 2720369273 i32.xor i32.const 31 i32.mul i32.const 1866 i32.add i32.const 1867 i32.rotl
    i32.const 2093741964 i32.xor i32.const 31 i32.mul i32.const 1869 i32.add i32.const 1870 i32.rotl i32.const 1467114655 i32.xor
    i32.const 31 i32.mul i32.const 1872 i32.add i32.const 1873 i32.rotl i32.const 840487346 i32.xor i32.const 31 i32.mul i32.const 1875 i32.add
    i32.const 1876 i32.rotl i32.const 213860037 i32.xor i32.const 31 i32.mul i32.const 1878 i32.add i32.const 1879 i32.rotl
    i32.const 3882200024 i32.xor i32.const 31 i32.mul i32.const 1881 i32.add i32.const 1882 i32.rotl i32.const 3255572715 i32.xor
    i32.const 31 i32.mul i32.const 1884 i32.add i32.const 1885 i32.rotl i32.const 2628945406 i32.xor i32.const 31 i32.mul i32.const 1887 i32.add
    i32.const 1888 i32.rotl i32.const 2002318097 i32.xor i32.const 31 i32.mul i32.const 1890 i32.add i32.const 1891 i32.rotl
    i32.const 1375690788 i32.xor i32.const 31 i32.mul i32.const 1893 i32.add i32.const 1894 i32.rotl i32.const 749063479 i32.xor
    i32.const 31 i32.mul i32.const 1896 i32.add i32.const 1897 i32.rotl i32.const 122436170 i32.xor i32.const 31 i32.mul i32.const 1899 i32.add
    i32.const 1900 i32.rotl i32.const 3790776157 i32.xor i32.const 31 i32.mul i32.const 1902 i32.add i32.const 1903 i32.rotl
    i32.const 3164148848 i32.xor i32.const 31 i32.mul i32.const 1905 i32.add i32.const 1906 i32.rotl i32.const 2537521539 i32.xor
    i32.const 31 i32.mul i32.const 1908 i32.add i32.const 1909 i32.rotl i32.const 1910894230 i32.xor i32.const 31 i32.mul i32.const 1911 i32.add
    i32.const 1912 i32.rotl i32.const 1284266921 i32.xor i32.const 31 i32.mul i32.const 1914 i32.add i32.const 1915 i32.rotl
    i32.const 657639612 i32.xor i32.const 31 i32.mul i32.const 1917 i32.add i32.const 1918 i32.rotl i32.const 31012303 i32.xor
    i32.const 31 i32.mul i32.const 1920 i32.add i32.const 1921 i32.rotl i32.const 3699352290 i32.xor i32.const 31 i32.mul i32.const 1923 i32.add
    i32.const 1924 i32.rotl i32.const 3072724981 i32.xor i32.const 31 i32.mul i32.const 1926 i32.add i32.const 1927 i32.rotl
    i32.const 2446097672 i32.xor i32.const 31 i32.mul i32.const 1929 i32.add i32.const 1930 i32.rotl i32.const 1819470363 i32.xor
    i32.const 31 i32.mul i32.const 1932 i32.add i32.const 1933 i32.rotl i32.const 1192843054 i32.xor i32.const 31 i32.mul i32.const 1935 i32.add
    i32.const 1936 i32.rotl i32.const 566215745 i32.xor i32.const 31 i32.mul i32.const 1938 i32.add i32.const 1939 i32.rotl
    i32.const 4234555732 i32.xor i32.const 31 i32.mul i32.const 1941 i32.add i32.const 1942 i32.rotl i32.const 3607928423 i32.xor
    i32.const 31 i32.mul i32.const 1944 i32.add i32.const 1945 i32.rotl i32.const 2981301114 i32.xor i32.const 31 i32.mul i32.const 1947 i32.add
    i32.const 1948 i32.rotl i32.const 2354673805 i32.xor i32.const 31 i32.mul i32.const 1950 i32.add i32.const 1951 i32.rotl
    i32.const 1728046496 i32.xor i32.const 31 i32.mul i32.const 1953 i32.add i32.const 1954 i32.rotl i32.const 1101419187 i32.xor
    i32.const 31 i32.mul i32.const 1956 i32.add i32.const 1957 i32.rotl i32.const 474791878 i32.xor i32.const 31 i32.mul i32.const 1959 i32.add
    i32.const 1960 i32.rotl i32.const 4143131865 i32.xor i32.const 31 i32.mul i32.const 1962 i32.add i32.const 1963 i32.rotl
    i32.const 3516504556 i32.xor i32.const 31 i32.mul i32.const 1965 i32.add i32.const 1966 i32.rotl i32.const 2889877247 i32.xor
    i32.const 31 i32.mul i32.const 1968 i32.add i32.const 1969 i32.rotl i32.const 2263249938 i32.xor i32.const 31 i32.mul i32.const 1971 i32.add
    i32.const 1972 i32.rotl i32.const 1636622629 i32.xor i32.const 31 i32.mul i32.const 1974 i32.add i32.const 1975 i32.rotl
    i32.const 1009995320 i32.xor i32.const 31 i32.mul i32.const 1977 i32.add i32.const 1978 i32.rotl i32.const 383368011 i32.xor
    i32.const 31 i32.mul i32.const 1980 i32.add i32.const 1981 i32.rotl i32.const 4051707998 i32.xor i32.const 31 i32.mul i32.const 1983 i32.add
    i32.const 1984 i32.rotl i32.const 3425080689 i32.xor i32.const 31 i32.mul i32.const 1986 i32.add i32.const 1987 i32.rotl
    i32.const 2798453380 i32.xor i32.const 31 i32.mul i32.const 1989 i32.add i32.const 1990 i32.rotl i32.const 2171826071 i32.xor
    i32.const 31 i32.mul i32.const 1992 i32.add i32.const 1993 i32.rotl i32.const 1545198762 i32.xor i32.const 31 i32.mul i32.const 1995 i32.add
    i32.const 1996 i32.rotl i32.const 918571453 i32.xor i32.const 31 i32.mul i32.const 1998 i32.add i32.const 1999 i32.rotl
    i32.const 291944144 i32.xor i32.const 31 i32.mul i32.const 2001 i32.add i32.const 2002 i32.rotl i32.const 3960284131 i32.xor
    i32.const 31 i32.mul i32.const 2004 i32.add i32.const 2005 i32.rotl i32.const 3333656822 i32.xor i32.const 31 i32.mul i32.const 2007 i32.add
    i32.const 2008 i32.rotl i32.const 2707029513 i32.xor i32.const 31 i32.mul i32.const 2010 i32.add i32.const 2011 i32.rotl
    i32.const 2080402204 i32.xor i32.const 31 i32.mul i32.const 2013 i32.add i32.const 2014 i32.rotl i32.const 1453774895 i32.xor
    i32.const 31 i32.mul i32.const 2016 i32.add i32.const 2017 i32.rotl i32.const 827147586 i32.xor i32.const 31 i32.mul i32.const 2019 i32.add
    i32.const 2020 i32.rotl i32.const 200520277 i32.xor i32.const 31 i32.mul i32.const 2022 i32.add i32.const 2023 i32.rotl
    i32.const 3868860264 i32.xor i32.const 31 i32.mul i32.const 2025 i32.add i32.const 2026 i32.rotl i32.const 3242232955 i32.xor
    i32.const 31 i32.mul i32.const 2028 i32.add i32.const 2029 i32.rotl i32.const 2615605646 i32.xor i32.const 31 i32.mul i32.const 2031 i32.add
    i32.const 2032 i32.rotl i32.const 1988978337 i32.xor i32.const 31 i32.mul i32.const 2034 i32.add i32.const 2035 i32.rotl
    i32.const 1362351028 i32.xor i32.const 31 i32.mul i32.const 2037 i32.add i32.const 2038 i32.rotl i32.const 735723719 i32.xor
    i32.const 31 i32.mul i32.const 2040 i32.add i32.const 2041 i32.rotl i32.const 109096410 i32.xor i32.const 31 i32.mul i32.const 2043 i32.add
    i32.const 2044 i32.rotl i32.const 3777436397 i32.xor i32.const 31 i32.mul i32.const 2046 i32.add i32.const 2047 i32.rotl
    i32.const 3150809088 i32.xor i32.const 31 i32.mul i32.const 2049 i32.add i32.const 2050 i32.rotl i32.const 2524181779 i32.xor
    i32.const 31 i32.mul i32.const 2052 i32.add i32.const 2053 i32.rotl i32.const 1897554470 i32.xor i32.const 31 i32.mul i32.const 2055 i32.add
    i32.const 2056 i32.rotl i32.const 1270927161 i32.xor i32.const 31 i32.mul i32.const 2058 i32.add i32.const 2059 i32.rotl
    i32.const 644299852 i32.xor i32.const 31 i32.mul i32.const 2061 i32.add i32.const 2062 i32.rotl i32.const 17672543 i32.xor
    i32.const 31 i32.mul i32.const 2064 i32.add i32.const 2065 i32.rotl i32.const 3686012530 i32.xor i32.const 31 i32.mul i32.const 2067 i32.add
    i32.const 2068 i32.rotl i32.const 3059385221 i32.xor i32.const 31 i32.mul i32.const 2070 i32.add i32.const 2071 i32.rotl
    i32.const 2432757912 i32.xor i32.const 31 i32.mul i32.const 2073 i32.add i32.const 2074 i32.rotl i32.const 1806130603 i32.xor
    i32.const 31 i32.mul i32.const 2076 i32.add i32.const 2077 i32.rotl i32.const 1179503294 i32.xor i32.const 31 i32.mul i32.const 2079 i32.add
    i32.const 2080 i32.rotl i32.const 552875985 i32.xor i32.const 31 i32.mul i32.const 2082 i32.add i32.const 2083 i32.rotl
    i32.const 4221215972 i32.xor i32.const 31 i32.mul i32.const 2085 i32.add i32.const 2086 i32.rotl i32.const 3594588663 i32.xor
    i32.const 31 i32.mul i32.const 2088 i32.add i32.const 2089 i32.rotl i32.const 2967961354 i32.xor i32.const 31 i32.mul i32.const 2091 i32.add
    i32.const 2092 i32.rotl i32.const 2341334045 i32.xor i32.const 31 i32.mul i32.const 2094 i32.add i32.const 2095 i32.rotl
    i32.const 1714706736 i32.xor i32.const 31 i32.mul i32.const 2097 i32.add i32.const 2098 i32.rotl i32.const 1088079427 i32.xor
    i32.const 31 i32.mul i32.const 2100 i32.add i32.const 2101 i32.rotl i32.const 461452118 i32.xor i32.const 31 i32.mul i32.const 2103 i32.add
    i32.const 2104 i32.rotl i32.const 4129792105 i32.xor i32.const 31 i32.mul i32.const 2106 i32.add i32.const 2107 i32.rotl
    i32.const 3503164796 i32.xor i32.const 31 i32.mul i32.const 2109 i32.add i32.const 2110 i32.rotl i32.const 2876537487 i32.xor
    i32.const 31 i32.mul i32.const 2112 i32.add i32.const 2113 i32.rotl i32.const 2249910178 i32.xor i32.const 31 i32.mul i32.const 2115 i32.add
    i32.const 2116 i32.rotl i32.const 1623282869 i32.xor i32.const 31 i32.mul i32.const 2118 i32.add i32.const 2119 i32.rotl
    i32.const 996655560 i32.xor i32.const 31 i32.mul i32.const 2121 i32.add i32.const 2122 i32.rotl i32.const 370028251 i32.xor
    i32.const 31 i32.mul i32.const 2124 i32.add i32.const 2125 i32.rotl i32.const 4038368238 i32.xor i32.const 31 i32.mul i32.const 2127 i32.add
    i32.const 2128 i32.rotl i32.const 3411740929 i32.xor i32.const 31 i32.mul i32.const 2130 i32.add i32.const 2131 i32.rotl
    i32.const 2785113620 i32.xor i32.const 31 i32.mul i32.const 2133 i32.add i32.const 2134 i32.rotl i32.const 2158486311 i32.xor
    i32.const 31 i32.mul i32.const 2136 i32.add i32.const 2137 i32.rotl i32.const 1531859002 i32.xor i32.const 31 i32.mul i32.const 2139 i32.add
    i32.const 2140 i32.rotl i32.const 905231693 i32.xor i32.const 31 i32.mul i32.const 2142 i32.add i32.const 2143 i32.rotl
    i32.const 278604384 i32.xor i32.const 31 i32.mul i32.const 2145 i32.add i32.const 2146 i32.rotl i32.const 3946944371 i32.xor
    i32.const 31 i32.mul i32.const 2148 i32.add i32.const 2149 i32.rotl i32.const 3320317062 i32.xor i32.const 31 i32.mul i32.const 2151 i32.add
    i32.const 2152 i32.rotl i32.const 2693689753 i32.xor i32.const 31 i32.mul i32.const 2154 i32.add i32.const 2155 i32.rotl
    i32.const 2067062444 i32.xor i32.const 31 i32.mul i32.const 2157 i32.add i32.const 2158 i32.rotl i32.const 1440435135 i32.xor
    i32.const 31 i32.mul i32.const 2160 i32.add i32.const 2161 i32.rotl i32.const 813807826 i32.xor i32.const 31 i32.mul i32.const 2163 i32.add
    i32.const 2164 i32.rotl i32.const 187180517 i32.xor i32.const 31 i32.mul i32.const 2166 i32.add i32.const 2167 i32.rotl
    i32.const 3855520504 i32.xor i32.const 31 i32.mul i32.const 2169 i32.add i32.const 2170 i32.rotl i32.const 3228893195 i32.xor
    i32.const 31 i32.mul i32.const 2172 i32.add i32.const 2173 i32.rotl i32.const 2602265886 i32.xor i32.const 31 i32.mul i32.const 2175 i32.add
    i32.const 2176 i32.rotl i32.const 1975638577 i32.xor i32.const 31 i32.mul i32.const 2178 i32.add i32.const 2179 i32.rotl
    i32.const 1349011268 i32.xor i32.const 31 i32.mul i32.const 2181 i32.add i32.const 2182 i32.rotl i32.const 722383959 i32.xor
    i32.const 31 i32.mul i32.const 2184 i32.add i32.const 2185 i32.rotl i32.const 95756650 i32.xor i32.const 31 i32.mul i32.const 2187 i32.add
    i32.const 2188 i32.rotl i32.const 3764096637 i32.xor i32.const 31 i32.mul i32.const 2190 i32.add i32.const 2191 i32.rotl
    i32.const 3137469328 i32.xor i32.const 31 i32.mul i32.const 2193 i32.add i32.const 2194 i32.rotl i32.const 2510842019 i32.xor
    i32.const 31 i32.mul i32.const 2196 i32.add i32.const 2197 i32.rotl i32.const 1884214710 i32.xor i32.const 31 i32.mul i32.const 2199 i32.add
    i32.const 2200 i32.rotl i32.const 1257587401 i32.xor i32.const 31 i32.mul i32.const 2202 i32.add i32.const 2203 i32.rotl
    i32.const 630960092 i32.xor i32.const 31 i32.mul i32.const 2205 i32.add i32.const 2206 i32.rotl i32.const 4332783 i32.xor
    i32.const 31 i32.mul i32.const 2208 i32.add i32.const 2209 i32.rotl i32.const 3672672770 i32.xor i32.const 31 i32.mul i32.const 2211 i32.add
    i32.const 2212 i32.rotl i32.const 3046045461 i32.xor i32.const 31 i32.mul i32.const 2214 i32.add i32.const 2215 i32.rotl
    i32.const 2419418152 i32.xor i32.const 31 i32.mul i32.const 2217 i32.add i32.const 2218 i32.rotl i32.const 1792790843 i32.xor
    i32.const 31 i32.mul i32.const 2220 i32.add i32.const 2221 i32.rotl i32.const 1166163534 i32.xor i32.const 31 i32.mul i32.const 2223 i32.add
    i32.const 2224 i32.rotl i32.const 539536225 i32.xor i32.const 31 i32.mul i32.const 2226 i32.add i32.const 2227 i32.rotl
    i32.const 4207876212 i32.xor i32.const 31 i32.mul i32.const 2229 i32.add i32.const 2230 i32.rotl i32.const 3581248903 i32.xor
    i32.const 31 i32.mul i32.const 2232 i32.add i32.const 2233 i32.rotl i32.const 2954621594 i32.xor i32.const 31 i32.mul i32.const 2235 i32.add
    i32.const 2236 i32.rotl i32.const 2327994285 i32.xor i32.const 31 i32.mul i32.const 2238 i32.add i32.const 2239 i32.rotl
    i32.const 1701366976 i32.xor i32.const 31 i32.mul i32.const 2241 i32.add i32.const 2242 i32.rotl i32.const 1074739667 i32.xor
    i32.const 31 i32.mul i32.const 2244 i32.add i32.const 2245 i32.rotl i32.const 448112358 i32.xor i32.const 31 i32.mul i32.const 2247 i32.add
    i32.const 2248 i32.rotl i32.const 4116452345 i32.xor i32.const 31 i32.mul i32.const 2250 i32.add i32.const 2251 i32.rotl
    i32.const 3489825036 i32.xor i32.const 31 i32.mul i32.const 2253 i32.add i32.const 2254 i32.rotl i32.const 2863197727 i32.xor
    i32.const 31 i32.mul i32.const 2256 i32.add i32.const 2257 i32.rotl i32.const 2236570418 i32.xor i32.const 31 i32.mul i32.const 2259 i32.add
    i32.const 2260 i32.rotl i32.const 1609943109 i32.xor i32.const 31 i32.mul i32.const 2262 i32.add i32.const 2263 i32.rotl
    i32.const 983315800 i32.xor i32.const 31 i32.mul i32.const 2265 i32.add i32.const 2266 i32.rotl i32.const 356688491 i32.xor
    i32.const 31 i32.mul i32.const 2268 i32.add i32.const 2269 i32.rotl i32.const 4025028478 i32.xor i32.const 31 i32.mul i32.const 2271 i32.add
    i32.const 2272 i32.rotl i32.const 3398401169 i32.xor i32.const 31 i32.mul i32.const 2274 i32.add i32.const 2275 i32.rotl
    i32.const 2771773860 i32.xor i32.const 31 i32.mul i32.const 2277 i32.add i32.const 2278 i32.rotl i32.const 2145146551 i32.xor
    i32.const 31 i32.mul i32.const 2280 i32.add i32.const 2281 i32.rotl i32.const 1518519242 i32.xor i32.const 31 i32.mul i32.const 2283 i32.add
    i32.const 2284 i32.rotl i32.const 891891933 i32.xor i32.const 31 i32.mul i32.const 2286 i32.add i32.const 2287 i32.rotl
    i32.const 265264624 i32.xor i32.const 31 i32.mul i32.const 2289 i32.add i32.const 2290 i32.rotl i32.const 3933604611 i32.xor
    i32.const 31 i32.mul i32.const 2292 i32.add i32.const 2293 i32.rotl i32.const 3306977302 i32.xor i32.const 31 i32.mul i32.const 2295 i32.add
    i32.const 2296 i32.rotl i32.const 2680349993 i32.xor i32.const 31 i32.mul i32.const 2298 i32.add i32.const 2299 i32.rotl
    i32.const 2053722684 i32.xor i32.const 31 i32.mul i32.const 2301 i32.add i32.const 2302 i32.rotl i32.const 1427095375 i32.xor
    i32.const 31 i32.mul i32.const 2304 i32.add i32.const 2305 i32.rotl i32.const 800468066 i32.xor i32.const 31 i32.mul i32.const 2307 i32.add
    i32.const 2308 i32.rotl i32.const 173840757 i32.xor i32.const 31 i32.mul i32.const 2310 i32.add i32.const 2311 i32.rotl
    i32.const 3842180744 i32.xor i32.const 31 i32.mul i32.const 2313 i32.add i32.const 2314 i32.rotl i32.const 3215553435 i32.xor
    i32.const 31 i32.mul i32.const 2316 i32.add i32.const 2317 i32.rotl i32.const 2588926126 i32.xor i32.const 31 i32.mul i32.const 2319 i32.add
    i32.const 2320 i32.rotl i32.const 1962298817 i32.xor i32.const 31 i32.mul i32.const 2322 i32.add i32.const 2323 i32.rotl
    i32.const 1335671508 i32.xor i32.const 31 i32.mul i32.const 2325 i32.add i32.const 2326 i32.rotl i32.const 709044199 i32.xor
    i32.const 31 i32.mul i32.const 2328 i32.add i32.const 2329 i32.rotl i32.const 82416890 i32.xor i32.const 31 i32.mul i32.const 2331 i32.add
    i32.const 2332 i32.rotl i32.const 3750756877 i32.xor i32.const 31 i32.mul i32.const 2334 i32.add i32.const 2335 i32.rotl
    i32.const 3124129568 i32.xor i32.const 31 i32.mul i32.const 2337 i32.add i32.const 2338 i32.rotl i32.const 2497502259 i32.xor
    i32.const 31 i32.mul i32.const 2340 i32.add i32.const 2341 i32.rotl i32.const 1870874950 i32.xor i32.const 31 i32.mul i32.const 2343 i32.add
    i32.const 2344 i32.rotl i32.const 1244247641 i32.xor i32.const 31 i32.mul i32.const 2346 i32.add i32.const 2347 i32.rotl
    i32.const 617620332 i32.xor i32.const 31 i32.mul i32.const 2349 i32.add i32.const 2350 i32.rotl i32.const 4285960319 i32.xor
    i32.const 31 i32.mul i32.const 2352 i32.add i32.const 2353 i32.rotl i32.const 3659333010 i32.xor i32.const 31 i32.mul i32.const 2355 i32.add
    i32.const 2356 i32.rotl i32.const 3032705701 i32.xor i32.const 31 i32.mul i32.const 2358 i32.add i32.const 2359 i32.rotl
    i32.const 2406078392 i32.xor i32.const 31 i32.mul i32.const 2361 i32.add i32.const 2362 i32.rotl i32.const 1779451083 i32.xor
    i32.const 31 i32.mul i32.const 2364 i32.add i32.const 2365 i32.rotl i32.const 1152823774 i32.xor i32.const 31 i32.mul i32.const 2367 i32.add
    i32.const 2368 i32.rotl i32.const 526196465 i32.xor i32.const 31 i32.mul i32.const 2370 i32.add i32.const 2371 i32.rotl
    i32.const 4194536452 i32.xor i32.const 31 i32.mul i32.const 2373 i32.add i32.const 2374 i32.rotl i32.const 3567909143 i32.xor
    i32.const 31 i32.mul i32.const 2376 i32.add i32.const 2377 i32.rotl i32.const 2941281834 i32.xor i32.const 31 i32.mul i32.const 2379 i32.add
    i32.const 2380 i32.rotl i32.const 2314654525 i32.xor i32.const 31 i32.mul i32.const 2382 i32.add i32.const 2383 i32.rotl
    i32.const 1688027216 i32.xor i32.const 31 i32.mul i32.const 2385 i32.add i32.const 2386 i32.rotl i32.const 1061399907 i32.xor
    i32.const 31 i32.mul i32.const 2388 i32.add i32.const 2389 i32.rotl i32.const 434772598 i32.xor i32.const 31 i32.mul i32.const 2391 i32.add
    i32.const 2392 i32.rotl i32.const 4103112585 i32.xor i32.const 31 i32.mul i32.const 2394 i32.add i32.const 2395 i32.rotl
    i32.const 3476485276 i32.xor i32.const 31 i32.mul i32.const 2397 i32.add i32.const 2398 i32.rotl i32.const 2849857967 i32.xor
    i32.const 31 i32.mul i32.const 2400 i32.add i32.const 2401 i32.rotl i32.const 2223230658 i32.xor i32.const 31 i32.mul i32.const 2403 i32.add
    i32.const 2404 i32.rotl i32.const 1596603349 i32.xor i32.const 31 i32.mul i32.const 2406 i32.add i32.const 2407 i32.rotl
    i32.const 969976040 i32.xor i32.const 31 i32.mul i32.const 2409 i32.add i32.const 2410 i32.rotl i32.const 343348731 i32.xor
    i32.const 31 i32.mul i32.const 2412 i32.add i32.const 2413 i32.rotl i32.const 4011688718 i32.xor i32.const 31 i32.mul i32.const 2415 i32.add
    i32.const 2416 i32.rotl i32.const 3385061409 i32.xor i32.const 31 i32.mul i32.const 2418 i32.add i32.const 2419 i32.rotl
    i32.const 2758434100 i32.xor i32.const 31 i32.mul i32.const 2421 i32.add i32.const 2422 i32.rotl i32.const 2131806791 i32.xor
    i32.const 31 i32.mul i32.const 2424 i32.add i32.const 2425 i32.rotl i32.const 1505179482 i32.xor i32.const 31 i32.mul i32.const 2427 i32.add
    i32.const 2428 i32.rotl i32.const 878552173 i32.xor i32.const 31 i32.mul i32.const 2430 i32.add i32.const 2431 i32.rotl
    i32.const 251924864 i32.xor i32.const 31 i32.mul i32.const 2433 i32.add i32.const 2434 i32.rotl i32.const 3920264851 i32.xor
    i32.const 31 i32.mul i32.const 2436 i32.add i32.const 2437 i32.rotl i32.const 3293637542 i32.xor i32.const 31 i32.mul i32.const 2439 i32.add
    i32.const 2440 i32.rotl i32.const 2667010233 i32.xor i32.const 31 i32.mul i32.const 2442 i32.add i32.const 2443 i32.rotl
    i32.const 2040382924 i32.xor i32.const 31 i32.mul i32.const 2445 i32.add i32.const 2446 i32.rotl i32.const 1413755615 i32.xor
    i32.const 31 i32.mul i32.const 2448 i32.add i32.const 2449 i32.rotl i32.const 787128306 i32.xor i32.const 31 i32.mul i32.const 2451 i32.add
    i32.const 2452 i32.rotl i32.const 160500997 i32.xor i32.const 31 i32.mul i32.const 2454 i32.add i32.const 2455 i32.rotl
    i32.const 3828840984 i32.xor i32.const 31 i32.mul i32.const 2457 i32.add i32.const 2458 i32.rotl i32.const 3202213675 i32.xor
    i32.const 31 i32.mul i32.const 2460 i32.add i32.const 2461 i32.rotl i32.const 2575586366 i32.xor i32.const 31 i32.mul i32.const 2463 i32.add
    i32.const 2464 i32.rotl i32.const 1948959057 i32.xor i32.const 31 i32.mul i32.const 2466 i32.add i32.const 2467 i32.rotl
    i32.const 1322331748 i32.xor i32.const 31 i32.mul i32.const 2469 i32.add i32.const 2470 i32.rotl i32.const 695704439 i32.xor
    i32.const 31 i32.mul i32.const 2472 i32.add i32.const 2473 i32.rotl i32.const 69077130 i32.xor i32.const 31 i32.mul i32.const 2475 i32.add
    i32.const 2476 i32.rotl i32.const 3737417117 i32.xor i32.const 31 i32.mul i32.const 2478 i32.add i32.const 2479 i32.rotl
    i32.const 3110789808 i32.xor i32.const 31 i32.mul i32.const 2481 i32.add i32.const 2482 i32.rotl i32.const 2484162499 i32.xor
    i32.const 31 i32.mul i32.const 2484 i32.add i32.const 2485 i32.rotl i32.const 1857535190 i32.xor i32.const 31 i32.mul i32.const 2487 i32.add
    i32.const 2488 i32.rotl i32.const 1230907881 i32.xor i32.const 31 i32.mul i32.const 2490 i32.add i32.const 2491 i32.rotl
    i32.const 604280572 i32.xor i32.const 31 i32.mul i32.const 2493 i32.add i32.const 2494 i32.rotl i32.const 4272620559 i32.xor
    i32.const 31 i32.mul i32.const 2496 i32.add i32.const 2497 i32.rotl i32.const 3645993250 i32.xor i32.const 31 i32.mul i32.const 2499 i32.add
    i32.const 2500 i32.rotl i32.const 3019365941 i32.xor i32.const 31 i32.mul i32.const 2502 i32.add i32.const 2503 i32.rotl
    i32.const 2392738632 i32.xor i32.const 31 i32.mul i32.const 2505 i32.add i32.const 2506 i32.rotl i32.const 1766111323 i32.xor
    i32.const 31 i32.mul i32.const 2508 i32.add i32.const 2509 i32.rotl i32.const 1139484014 i32.xor i32.const 31 i32.mul i32.const 2511 i32.add
    i32.const 2512 i32.rotl i32.const 512856705 i32.xor i32.const 31 i32.mul i32.const 2514 i32.add i32.const 2515 i32.rotl
    i32.const 4181196692 i32.xor i32.const 31 i32.mul i32.const 2517 i32.add i32.const 2518 i32.rotl i32.const 3554569383 i32.xor
    i32.const 31 i32.mul i32.const 2520 i32.add i32.const 2521 i32.rotl i32.const 2927942074 i32.xor i32.const 31 i32.mul i32.const 2523 i32.add
    i32.const 2524 i32.rotl i32.const 2301314765 i32.xor i32.const 31 i32.mul i32.const 2526 i32.add i32.const 2527 i32.rotl
    i32.const 1674687456 i32.xor i32.const 31 i32.mul i32.const 2529 i32.add i32.const 2530 i32.rotl i32.const 1048060147 i32.xor
    i32.const 31 i32.mul i32.const 2532 i32.add i32.const 2533 i32.rotl i32.const 421432838 i32.xor i32.const 31 i32.mul i32.const 2535 i32.add
    i32.const 2536 i32.rotl i32.const 4089772825 i32.xor i32.const 31 i32.mul i32.const 2538 i32.add i32.const 2539 i32.rotl
    i32.const 3463145516 i32.xor i32.const 31 i32.mul i32.const 2541 i32.add i32.const 2542 i32.rotl i32.const 2836518207 i32.xor
    i32.const 31 i32.mul i32.const 2544 i32.add i32.const 2545 i32.rotl i32.const 2209890898 i32.xor i32.const 31 i32.mul i32.const 2547 i32.add
    i32.const 2548 i32.rotl i32.const 1583263589 i32.xor i32.const 31 i32.mul i32.const 2550 i32.add i32.const 2551 i32.rotl
    i32.const 956636280 i32.xor i32.const 31 i32.mul i32.const 2553 i32.add i32.const 2554 i32.rotl i32.const 330008971 i32.xor
    i32.const 31 i32.mul i32.const 2556 i32.add i32.const 2557 i32.rotl i32.const 3998348958 i32.xor i32.const 31 i32.mul i32.const 2559 i32.add
    i32.const 2560 i32.rotl i32.const 3371721649 i32.xor i32.const 31 i32.mul i32.const 2562 i32.add i32.const 2563 i32.rotl
    i32.const 2745094340 i32.xor i32.const 31 i32.mul i32.const 2565 i32.add i32.const 2566 i32.rotl i32.const 2118467031 i32.xor
    i32.const 31 i32.mul i32.const 2568 i32.add i32.const 2569 i32.rotl i32.const 1491839722 i32.xor i32.const 31 i32.mul i32.const 2571 i32.add
    i32.const 2572 i32.rotl i32.const 865212413 i32.xor i32.const 31 i32.mul i32.const 2574 i32.add i32.const 2575 i32.rotl
    i32.const 238585104 i32.xor i32.const 31 i32.mul i32.const 2577 i32.add i32.const 2578 i32.rotl i32.const 3906925091 i32.xor
    i32.const 31 i32.mul i32.const 2580 i32.add i32.const 2581 i32.rotl i32.const 3280297782 i32.xor i32.const 31 i32.mul i32.const 2583 i32.add
    i32.const 2584 i32.rotl i32.const 2653670473 i32.xor i32.const 31 i32.mul i32.const 2586 i32.add i32.const 2587 i32.rotl
    i32.const 2027043164 i32.xor i32.const 31 i32.mul i32.const 2589 i32.add i32.const 2590 i32.rotl i32.const 1400415855 i32.xor
    i32.const 31 i32.mul i32.const 2592 i32.add i32.const 2593 i32.rotl i32.const 773788546 i32.xor i32.const 31 i32.mul i32.const 2595 i32.add
    i32.const 2596 i32.rotl i32.const 147161237 i32.xor i32.const 31 i32.mul i32.const 2598 i32.add i32.const 2599 i32.rotl
    i32.const 3815501224 i32.xor i32.const 31 i32.mul i32.const 2601 i32.add i32.const 2602 i32.rotl i32.const 3188873915 i32.xor
    i32.const 31 i32.mul i32.const 2604 i32.add i32.const 2605 i32.rotl i32.const 2562246606 i32.xor i32.const 31 i32.mul i32.const 2607 i32.add
    i32.const 2608 i32.rotl i32.const 1935619297 i32.xor i32.const 31 i32.mul i32.const 2610 i32.add i32.const 2611 i32.rotl
    i32.const 1308991988 i32.xor i32.const 31 i32.mul i32.const 2613 i32.add i32.const 2614 i32.rotl i32.const 682364679 i32.xor
    i32.const 31 i32.mul i32.const 2616 i32.add i32.const 2617 i32.rotl i32.const 55737370 i32.xor i32.const 31 i32.mul i32.const 2619 i32.add
    i32.const 2620 i32.rotl i32.const 3724077357 i32.xor i32.const 31 i32.mul i32.const 2622 i32.add i32.const 2623 i32.rotl
    i32.const 3097450048 i32.xor i32.const 31 i32.mul i32.const 2625 i32.add i32.const 2626 i32.rotl i32.const 2470822739 i32.xor
    i32.const 31 i32.mul i32.const 2628 i32.add i32.const 2629 i32.rotl i32.const 1844195430 i32.xor i32.const 31 i32.mul i32.const 2631 i32.add
    i32.const 2632 i32.rotl i32.const 1217568121 i32.xor i32.const 31 i32.mul i32.const 2634 i32.add i32.const 2635 i32.rotl
    i32.const 590940812 i32.xor i32.const 31 i32.mul i32.const 2637 i32.add i32.const 2638 i32.rotl i32.const 4259280799 i32.xor
    i32.const 31 i32.mul i32.const 2640 i32.add i32.const 2641 i32.rotl i32.const 3632653490 i32.xor i32.const 31 i32.mul i32.const 2643 i32.add
    i32.const 2644 i32.rotl i32.const 3006026181 i32.xor i32.const 31 i32.mul i32.const 2646 i32.add i32.const 2647 i32.rotl
    i32.const 2379398872 i32.xor i32.const 31 i32.mul i32.const 2649 i32.add i32.const 2650 i32.rotl i32.const 1752771563 i32.xor
    i32.const 31 i32.mul i32.const 2652 i32.add i32.const 2653 i32.rotl i32.const 1126144254 i32.xor i32.const 31 i32.mul i32.const 2655 i32.add
    i32.const 2656 i32.rotl i32.const 499516945 i32.xor i32.const 31 i32.mul i32.const 2658 i32.add i32.const 2659 i32.rotl
    i32.const 4167856932 i32.xor i32.const 31 i32.mul i32.const 2661 i32.add i32.const 2662 i32.rotl i32.const 3541229623 i32.xor
    i32.const 31 i32.mul i32.const 2664 i32.add i32.const 2665 i32.rotl i32.const 2914602314 i32.xor i32.const 31 i32.mul i32.const 2667 i32.add
    i32.const 2668 i32.rotl i32.const 2287975005 i32.xor i32.const 31 i32.mul i32.const 2670 i32.add i32.const 2671 i32.rotl
    i32.const 1661347696 i32.xor i32.const 31 i32.mul i32.const 2673 i32.add i32.const 2674 i32.rotl i32.const 1034720387 i32.xor
    i32.const 31 i32.mul i32.const 2676 i32.add i32.const 2677 i32.rotl i32.const 408093078 i32.xor i32.const 31 i32.mul i32.const 2679 i32.add
    i32.const 2680 i32.rotl i32.const 4076433065 i32.xor i32.const 31 i32.mul i32.const 2682 i32.add i32.const 2683 i32.rotl
    i32.const 3449805756 i32.xor i32.const 31 i32.mul i32.const 2685 i32.add i32.const 2686 i32.rotl i32.const 2823178447 i32.xor
    i32.const 31 i32.mul i32.const 2688 i32.add i32.const 2689 i32.rotl i32.const 2196551138 i32.xor i32.const 31 i32.mul i32.const 2691 i32.add
    i32.const 2692 i32.rotl i32.const 1569923829 i32.xor i32.const 31 i32.mul i32.const 2694 i32.add i32.const 2695 i32.rotl
    i32.const 943296520 i32.xor i32.const 31 i32.mul i32.const 2697 i32.add i32.const 2698 i32.rotl i32.const 316669211 i32.xor
    i32.const 31 i32.mul i32.const 2700 i32.add i32.const 2701 i32.rotl i32.const 3985009198 i32.xor i32.const 31 i32.mul i32.const 2703 i32.add
    i32.const 2704 i32.rotl i32.const 3358381889 i32.xor i32.const 31 i32.mul i32.const 2706 i32.add i32.const 2707 i32.rotl
    i32.const 2731754580 i32.xor i32.const 31 i32.mul i32.const 2709 i32.add i32.const 2710 i32.rotl i32.const 2105127271 i32.xor
    i32.const 31 i32.mul i32.const 2712 i32.add i32.const 2713 i32.rotl i32.const 1478499962 i32.xor i32.const 31 i32.mul i32.const 2715 i32.add
    i32.const 2716 i32.rotl i32.const 851872653 i32.xor i32.const 31 i32.mul i32.const 2718 i32.add i32.const 2719 i32.rotl
    i32.const 225245344 i32.xor i32.const 31 i32.mul i32.const 2721 i32.add i32.const 2722 i32.rotl i32.const 3893585331 i32.xor
    i32.const 31 i32.mul i32.const 2724 i32.add i32.const 2725 i32.rotl i32.const 3266958022 i32.xor i32.const 31 i32.mul i32.const 2727 i32.add
    i32.const 2728 i32.rotl i32.const 2640330713 i32.xor i32.const 31 i32.mul i32.const 2730 i32.add i32.const 2731 i32.rotl
    i32.const 2013703404 i32.xor i32.const 31 i32.mul i32.const 2733 i32.add i32.const 2734 i32.rotl i32.const 1387076095 i32.xor
    i32.const 31 i32.mul i32.const 2736 i32.add i32.const 2737 i32.rotl i32.const 760448786 i32.xor i32.const 31 i32.mul i32.const 2739 i32.add
    i32.const 2740 i32.rotl i32.const 133821477 i32.xor i32.const 31 i32.mul i32.const 2742 i32.add i32.const 2743 i32.rotl
    i32.const 3802161464 i32.xor i32.const 31 i32.mul i32.const 2745 i32.add i32.const 2746 i32.rotl i32.const 3175534155 i32.xor
    i32.const 31 i32.mul i32.const 2748 i32.add i32.const 2749 i32.rotl i32.const 2548906846 i32.xor i32.const 31 i32.mul i32.const 2751 i32.add
    i32.const 2752 i32.rotl i32.const 1922279537 i32.xor i32.const 31 i32.mul i32.const 2754 i32.add i32.const 2755 i32.rotl
    i32.const 1295652228 i32.xor i32.const 31 i32.mul i32.const 2757 i32.add i32.const 2758 i32.rotl i32.const 669024919 i32.xor
    i32.const 31 i32.mul i32.const 2760 i32.add i32.const 2761 i32.rotl i32.const 42397610 i32.xor i32.const 31 i32.mul i32.const 2763 i32.add
    i32.const 2764 i32.rotl i32.const 3710737597 i32.xor i32.const 31 i32.mul i32.const 2766 i32.add i32.const 2767 i32.rotl
    i32.const 3084110288 i32.xor i32.const 31 i32.mul i32.const 2769 i32.add i32.const 2770 i32.rotl i32.const 2457482979 i32.xor
    i32.const 31 i32.mul i32.const 2772 i32.add i32.const 2773 i32.rotl i32.const 1830855670 i32.xor i32.const 31 i32.mul i32.const 2775 i32.add
    i32.const 2776 i32.rotl i32.const 1204228361 i32.xor i32.const 31 i32.mul i32.const 2778 i32.add i32.const 2779 i32.rotl
    i32.const 577601052 i32.xor i32.const 31 i32.mul i32.const 2781 i32.add i32.const 2782 i32.rotl i32.const 4245941039 i32.xor
    i32.const 31 i32.mul i32.const 2784 i32.add i32.const 2785 i32.rotl i32.const 3619313730 i32.xor i32.const 31 i32.mul i32.const 2787 i32.add
    i32.const 2788 i32.rotl i32.const 2992686421 i32.xor i32.const 31 i32.mul i32.const 2790 i32.add i32.const 2791 i32.rotl
    i32.const 2366059112 i32.xor i32.const 31 i32.mul i32.const 2793 i32.add i32.const 2794 i32.rotl i32.const 1739431803 i32.xor
    i32.const 31 i32.mul i32.const 2796 i32.add i32.const 2797 i32.rotl i32.const 1112804494 i32.xor i32.const 31 i32.mul i32.const 2799 i32.add
    i32.const 2800 i32.rotl i32.const 486177185 i32.xor i32.const 31 i32.mul i32.const 2802 i32.add i32.const 2803 i32.rotl
    i32.const 4154517172 i32.xor i32.const 31 i32.mul i32.const 2805 i32.add i32.const 2806 i32.rotl i32.const 3527889863 i32.xor
    i32.const 31 i32.mul i32.const 2808 i32.add i32.const 2809 i32.rotl i32.const 2901262554 i32.xor i32.const 31 i32.mul i32.const 2811 i32.add
    i32.const 2812 i32.rotl i32.const 2274635245 i32.xor i32.const 31 i32.mul i32.const 2814 i32.add i32.const 2815 i32.rotl
    i32.const 1648007936 i32.xor i32.const 31 i32.mul i32.const 2817 i32.add i32.const 2818 i32.rotl i32.const 1021380627 i32.xor
    i32.const 31 i32.mul i32.const 2820 i32.add i32.const 2821 i32.rotl i32.const 394753318 i32.xor i32.const 31 i32.mul i32.const 2823 i32.add
    i32.const 2824 i32.rotl i32.const 4063093305 i32.xor i32.const 31 i32.mul i32.const 2826 i32.add i32.const 2827 i32.rotl
    i32.const 3436465996 i32.xor i32.const 31 i32.mul i32.const 2829 i32.add i32.const 2830 i32.rotl i32.const 2809838687 i32.xor
    i32.const 31 i32.mul i32.const 2832 i32.add i32.const 2833 i32.rotl i32.const 2183211378 i32.xor i32.const 31 i32.mul i32.const 2835 i32.add
    i32.const 2836 i32.rotl i32.const 1556584069 i32.xor i32.const 31 i32.mul i32.const 2838 i32.add i32.const 2839 i32.rotl
    i32.const 929956760 i32.xor i32.const 31 i32.mul i32.const 2841 i32.add i32.const 2842 i32.rotl i32.const 303329451 i32.xor
    i32.const 31 i32.mul i32.const 2844 i32.add i32.const 2845 i32.rotl i32.const 3971669438 i32.xor i32.const 31 i32.mul i32.const 2847 i32.add
    i32.const 2848 i32.rotl i32.const 3345042129 i32.xor i32.const 31 i32.mul i32.const 2850 i32.add i32.const 2851 i32.rotl
    i32.const 2718414820 i32.xor i32.const 31 i32.mul i32.const 2853 i32.add i32.const 2854 i32.rotl i32.const 2091787511 i32.xor
    i32.const 31 i32.mul i32.const 2856 i32.add i32.const 2857 i32.rotl i32.const 1465160202 i32.xor i32.const 31 i32.mul i32.const 2859 i32.add
    i32.const 2860 i32.rotl i32.const 838532893 i32.xor i32.const 31 i32.mul i32.const 2862 i32.add i32.const 2863 i32.rotl
    i32.const 211905584 i32.xor i32.const 31 i32.mul i32.const 2865 i32.add i32.const 2866 i32.rotl i32.const 3880245571 i32.xor
    i32.const 31 i32.mul i32.const 2868 i32.add i32.const 2869 i32.rotl i32.const 3253618262 i32.xor i32.const 31 i32.mul i32.const 2871 i32.add
    i32.const 2872 i32.rotl i32.const 2626990953 i32.xor i32.const 31 i32.mul i32.const 2874 i32.add i32.const 2875 i32.rotl
    i32.const 2000363644 i32.xor i32.const 31 i32.mul i32.const 2877 i32.add i32.const 2878 i32.rotl i32.const 1373736335 i32.xor
    i32.const 31 i32.mul i32.const 2880 i32.add i32.const 2881 i32.rotl i32.const 747109026 i32.xor i32.const 31 i32.mul i32.const 2883 i32.add
    i32.const 2884 i32.rotl i32.const 120481717 i32.xor i32.const 31 i32.mul i32.const 2886 i32.add i32.const 2887 i32.rotl
    i32.const 3788821704 i32.xor i32.const 31 i32.mul i32.const 2889 i32.add i32.const 2890 i32.rotl i32.const 3162194395 i32.xor
    i32.const 31 i32.mul i32.const 2892 i32.add i32.const 2893 i32.rotl i32.const 2535567086 i32.xor i32.const 31 i32.mul i32.const 2895 i32.add
    i32.const 2896 i32.rotl i32.const 1908939777 i32.xor i32.const 31 i32.mul i32.const 2898 i32.add i32.const 2899 i32.rotl
    i32.const 1282312468 i32.xor i32.const 31 i32.mul i32.const 2901 i32.add i32.const 2902 i32.rotl i32.const 655685159 i32.xor
    i32.const 31 i32.mul i32.const 2904 i32.add i32.const 2905 i32.rotl i32.const 29057850 i32.xor i32.const 31 i32.mul i32.const 2907 i32.add
    i32.const 2908 i32.rotl i32.const 3697397837 i32.xor i32.const 31 i32.mul i32.const 2910 i32.add i32.const 2911 i32.rotl
    i32.const 3070770528 i32.xor i32.const 31 i32.mul i32.const 2913 i32.add i32.const 2914 i32.rotl i32.const 2444143219 i32.xor
    i32.const 31 i32.mul i32.const 2916 i32.add i32.const 2917 i32.rotl i32.const 1817515910 i32.xor i32.const 31 i32.mul i32.const 2919 i32.add
    i32.const 2920 i32.rotl i32.const 1190888601 i32.xor i32.const 31 i32.mul i32.const 2922 i32.add i32.const 2923 i32.rotl
    i32.const 564261292 i32.xor i32.const 31 i32.mul i32.const 2925 i32.add i32.const 2926 i32.rotl i32.const 4232601279 i32.xor
    i32.const 31 i32.mul i32.const 2928 i32.add i32.const 2929 i32.rotl i32.const 3605973970 i32.xor i32.const 31 i32.mul i32.const 2931 i32.add
    i32.const 2932 i32.rotl i32.const 2979346661 i32.xor i32.const 31 i32.mul i32.const 2934 i32.add i32.const 2935 i32.rotl
    i32.const 2352719352 i32.xor i32.const 31 i32.mul i32.const 2937 i32.add i32.const 2938 i32.rotl i32.const 1726092043 i32.xor
    i32.const 31 i32.mul i32.const 2940 i32.add i32.const 2941 i32.rotl i32.const 1099464734 i32.xor i32.const 31 i32.mul i32.const 2943 i32.add
    i32.const 2944 i32.rotl i32.const 472837425 i32.xor i32.const 31 i32.mul i32.const 2946 i32.add i32.const 2947 i32.rotl
    i32.const 4141177412 i32.xor i32.const 31 i32.mul i32.const 2949 i32.add i32.const 2950 i32.rotl i32.const 3514550103 i32.xor
    i32.const 31 i32.mul i32.const 2952 i32.add i32.const 2953 i32.rotl i32.const 2887922794 i32.xor i32.const 31 i32.mul i32.const 2955 i32.add
    i32.const 2956 i32.rotl i32.const 2261295485 i32.xor i32.const 31 i32.mul i32.const 2958 i32.add i32.const 2959 i32.rotl
    i32.const 1634668176 i32.xor i32.const 31 i32.mul i32.const 2961 i32.add i32.const 2962 i32.rotl i32.const 1008040867 i32.xor
    i32.const 31 i32.mul i32.const 2964 i32.add i32.const 2965 i32.rotl i32.const 381413558 i32.xor i32.const 31 i32.mul i32.const 2967 i32.add
    i32.const 2968 i32.rotl i32.const 4049753545 i32.xor i32.const 31 i32.mul i32.const 2970 i32.add i32.const 2971 i32.rotl
    i32.const 3423126236 i32.xor i32.const 31 i32.mul i32.const 2973 i32.add i32.const 2974 i32.rotl i32.const 2796498927 i32.xor
    i32.const 31 i32.mul i32.const 2976 i32.add i32.const 2977 i32.rotl i32.const 2169871618 i32.xor i32.const 31 i32.mul i32.const 2979 i32.add
    i32.const 2980 i32.rotl i32.const 1543244309 i32.xor i32.const 31 i32.mul i32.const 2982 i32.add i32.const 2983 i32.rotl
    i32.const 916617000 i32.xor i32.const 31 i32.mul i32.const 2985 i32.add i32.const 2986 i32.rotl i32.const 289989691 i32.xor
    i32.const 31 i32.mul i32.const 2988 i32.add i32.const 2989 i32.rotl i32.const 3958329678 i32.xor i32.const 31 i32.mul i32.const 2991 i32.add
    i32.const 2992 i32.rotl i32.const 3331702369 i32.xor i32.const 31 i32.mul i32.const 2994 i32.add i32.const 2995 i32.rotl
    i32.const 2705075060 i32.xor i32.const 31 i32.mul i32.const 2997 i32.add i32.const 2998 i32.rotl i32.const 2078447751 i32.xor
  )
)
(assert_return (invoke "hash" (i32.const 0)) (i32.const 0x50513080))
(assert_return (invoke "hash" (i32.const 12345)) (i32.const 0x30eb5aca))
(assert_return (invoke "hash" (i32.const -1)) (i32.const 0x4c3adfcd))

;; ---------------------------------------------------------------- br_table with 1000 targets
(module
;; 1000 nested blocks; case k returns 3k+1, the default returns -1
  (func (export "switch") (param i32) (result i32)
    (block $default
    (block $c999 (block $c998 (block $c997 (block $c996 (block $c995 (block $c994 (block $c993 (block $c992 (block $c991 (block $c990 (block $c989 (block $c988 (block $c987 (block $c986 (block $c985 (block $c984 (block $c983 (block $c982 (block $c981 (block $c980 (block $c979 (block $c978 (block $c977 (block $c976 (block $c975 (block $c974 (block $c973 (block $c972 (block $c971 (block $c970 (block $c969 (block $c968 (block $c967 (block $c966 (block $c965 (block $c964 (block $c963 (block $c962 (block $c961 (block $c960 (block $c959 (block $c958 (block $c957 (block $c956 (block $c955 (block $c954 (block $c953 (block $c952 (block $c951 (block $c950 (block $c949 (block $c948 (block $c947 (block $c946 (block $c945 (block $c944 (block $c943 (block $c942 (block $c941 (block $c940 (block $c939 (block $c938 (block $c937 (block $c936 (block $c935 (block $c934 (block $c933 (block $c932 (block $c931 (block $c930 (block $c929 (block $c928 (block $c927 (block $c926 (block $c925 (block $c924 (block $c923 (block $c922 (block $c921 (block $c920 (block $c919 (block $c918 (block $c917 (block $c916 (block $c915 (block $c914 (block $c913 (block $c912 (block $c911 (block $c910 (block $c909 (block $c908 (block $c907 (block $c906 (block $c905 (block $c904 (block $c903 (block $c902 (block $c901 (block $c900 (block $c899 (block $c898 (block $c897 (block $c896 (block $c895 (block $c894 (block $c893 (block $c892 (block $c891 (block $c890 (block $c889 (block $c888 (block $c887 (block $c886 (block $c885 (block $c884 (block $c883 (block $c882 (block $c881 (block $c880 (block $c879 (block $c878 (block $c877 (block $c876 (block $c875 (block $c874 (block $c873 (block $c872 (block $c871 (block $c870 (block $c869 (block $c868 (block $c867 (block $c866 (block $c865 (block $c864 (block $c863 (block $c862 (block $c861 (block $c860 (block $c859 (block $c858 (block $c857 (block $c856 (block $c855 (block $c854 (block $c853 (block $c852 (block $c851 (block $c850 (block $c849 (block $c848 (block $c847 (block $c846 (block $c845 (block $c844 (block $c843 (block $c842 (block $c841 (block $c840 (block $c839 (block $c838 (block $c837 (block $c836 (block $c835 (block $c834 (block $c833 (block $c832 (block $c831 (block $c830 (block $c829 (block $c828 (block $c827 (block $c826 (block $c825 (block $c824 (block $c823 (block $c822 (block $c821 (block $c820 (block $c819 (block $c818 (block $c817 (block $c816 (block $c815 (block $c814 (block $c813 (block $c812 (block $c811 (block $c810 (block $c809 (block $c808 (block $c807 (block $c806 (block $c805 (block $c804 (block $c803 (block $c802 (block $c801 (block $c800 (block $c799 (block $c798 (block $c797 (block $c796 (block $c795 (block $c794 (block $c793 (block $c792 (block $c791 (block $c790 (block $c789 (block $c788 (block $c787 (block $c786 (block $c785 (block $c784 (block $c783 (block $c782 (block $c781 (block $c780 (block $c779 (block $c778 (block $c777 (block $c776 (block $c775 (block $c774 (block $c773 (block $c772 (block $c771 (block $c770 (block $c769 (block $c768 (block $c767 (block $c766 (block $c765 (block $c764 (block $c763 (block $c762 (block $c761 (block $c760 (block $c759 (block $c758 (block $c757 (block $c756 (block $c755 (block $c754 (block $c753 (block $c752 (block $c751 (block $c750 (block $c749 (block $c748 (block $c747 (block $c746 (block $c745 (block $c744 (block $c743 (block $c742 (block $c741 (block $c740 (block $c739 (block $c738 (block $c737 (block $c736 (block $c735 (block $c734 (block $c733 (block $c732 (block $c731 (block $c730 (block $c729 (block $c728 (block $c727 (block $c726 (block $c725 (block $c724 (block $c723 (block $c722 (block $c721 (block $c720 (block $c719 (block $c718 (block $c717 (block $c716 (block $c715 (block $c714 (block $c713 (block $c712 (block $c711 (block $c710 (block $c709 (block $c708 (block $c707 (block $c706 (block $c705 (block $c704 (block $c703 (block $c702 (block $c701 (block $c700 (block $c699 (block $c698 (block $c697 (block $c696 (block $c695 (block $c694 (block $c693 (block $c692 (block $c691 (block $c690 (block $c689 (block $c688 (block $c687 (block $c686 (block $c685 (block $c684 (block $c683 (block $c682 (block $c681 (block $c680 (block $c679 (block $c678 (block $c677 (block $c676 (block $c675 (block $c674 (block $c673 (block $c672 (block $c671 (block $c670 (block $c669 (block $c668 (block $c667 (block $c666 (block $c665 (block $c664 (block $c663 (block $c662 (block $c661 (block $c660 (block $c659 (block $c658 (block $c657 (block $c656 (block $c655 (block $c654 (block $c653 (block $c652 (block $c651 (block $c650 (block $c649 (block $c648 (block $c647 (block $c646 (block $c645 (block $c644 (block $c643 (block $c642 (block $c641 (block $c640 (block $c639 (block $c638 (block $c637 (block $c636 (block $c635 (block $c634 (block $c633 (block $c632 (block $c631 (block $c630 (block $c629 (block $c628 (block $c627 (block $c626 (block $c625 (block $c624 (block $c623 (block $c622 (block $c621 (block $c620 (block $c619 (block $c618 (block $c617 (block $c616 (block $c615 (block $c614 (block $c613 (block $c612 (block $c611 (block $c610 (block $c609 (block $c608 (block $c607 (block $c606 (block $c605 (block $c604 (block $c603 (block $c602 (block $c601 (block $c600 (block $c599 (block $c598 (block $c597 (block $c596 (block $c595 (block $c594 (block $c593 (block $c592 (block $c591 (block $c590 (block $c589 (block $c588 (block $c587 (block $c586 (block $c585 (block $c584 (block $c583 (block $c582 (block $c581 (block $c580 (block $c579 (block $c578 (block $c577 (block $c576 (block $c575 (block $c574 (block $c573 (block $c572 (block $c571 (block $c570 (block $c569 (block $c568 (block $c567 (block $c566 (block $c565 (block $c564 (block $c563 (block $c562 (block $c561 (block $c560 (block $c559 (block $c558 (block $c557 (block $c556 (block $c555 (block $c554 (block $c553 (block $c552 (block $c551 (block $c550 (block $c549 (block $c548 (block $c547 (block $c546 (block $c545 (block $c544 (block $c543 (block $c542 (block $c541 (block $c540 (block $c539 (block $c538 (block $c537 (block $c536 (block $c535 (block $c534 (block $c533 (block $c532 (block $c531 (block $c530 (block $c529 (block $c528 (block $c527 (block $c526 (block $c525 (block $c524 (block $c523 (block $c522 (block $c521 (block $c520 (block $c519 (block $c518 (block $c517 (block $c516 (block $c515 (block $c514 (block $c513 (block $c512 (block $c511 (block $c510 (block $c509 (block $c508 (block $c507 (block $c506 (block $c505 (block $c504 (block $c503 (block $c502 (block $c501 (block $c500 (block $c499 (block $c498 (block $c497 (block $c496 (block $c495 (block $c494 (block $c493 (block $c492 (block $c491 (block $c490 (block $c489 (block $c488 (block $c487 (block $c486 (block $c485 (block $c484 (block $c483 (block $c482 (block $c481 (block $c480 (block $c479 (block $c478 (block $c477 (block $c476 (block $c475 (block $c474 (block $c473 (block $c472 (block $c471 (block $c470 (block $c469 (block $c468 (block $c467 (block $c466 (block $c465 (block $c464 (block $c463 (block $c462 (block $c461 (block $c460 (block $c459 (block $c458 (block $c457 (block $c456 (block $c455 (block $c454 (block $c453 (block $c452 (block $c451 (block $c450 (block $c449 (block $c448 (block $c447 (block $c446 (block $c445 (block $c444 (block $c443 (block $c442 (block $c441 (block $c440 (block $c439 (block $c438 (block $c437 (block $c436 (block $c435 (block $c434 (block $c433 (block $c432 (block $c431 (block $c430 (block $c429 (block $c428 (block $c427 (block $c426 (block $c425 (block $c424 (block $c423 (block $c422 (block $c421 (block $c420 (block $c419 (block $c418 (block $c417 (block $c416 (block $c415 (block $c414 (block $c413 (block $c412 (block $c411 (block $c410 (block $c409 (block $c408 (block $c407 (block $c406 (block $c405 (block $c404 (block $c403 (block $c402 (block $c401 (block $c400 (block $c399 (block $c398 (block $c397 (block $c396 (block $c395 (block $c394 (block $c393 (block $c392 (block $c391 (block $c390 (block $c389 (block $c388 (block $c387 (block $c386 (block $c385 (block $c384 (block $c383 (block $c382 (block $c381 (block $c380 (block $c379 (block $c378 (block $c377 (block $c376 (block $c375 (block $c374 (block $c373 (block $c372 (block $c371 (block $c370 (block $c369 (block $c368 (block $c367 (block $c366 (block $c365 (block $c364 (block $c363 (block $c362 (block $c361 (block $c360 (block $c359 (block $c358 (block $c357 (block $c356 (block $c355 (block $c354 (block $c353 (block $c352 (block $c351 (block $c350 (block $c349 (block $c348 (block $c347 (block $c346 (block $c345 (block $c344 (block $c343 (block $c342 (block $c341 (block $c340 (block $c339 (block $c338 (block $c337 (block $c336 (block $c335 (block $c334 (block $c333 (block $c332 (block $c331 (block $c330 (block $c329 (block $c328 (block $c327 (block $c326 (block $c325 (block $c324 (block $c323 (block $c322 (block $c321 (block $c320 (block $c319 (block $c318 (block $c317 (block $c316 (block $c315 (block $c314 (block $c313 (block $c312 (block $c311 (block $c310 (block $c309 (block $c308 (block $c307 (block $c306 (block $c305 (block $c304 (block $c303 (block $c302 (block $c301 (block $c300 (block $c299 (block $c298 (block $c297 (block $c296 (block $c295 (block $c294 (block $c293 (block $c292 (block $c291 (block $c290 (block $c289 (block $c288 (block $c287 (block $c286 (block $c285 (block $c284 (block $c283 (block $c282 (block $c281 (block $c280 (block $c279 (block $c278 (block $c277 (block $c276 (block $c275 (block $c274 (block $c273 (block $c272 (block $c271 (block $c270 (block $c269 (block $c268 (block $c267 (block $c266 (block $c265 (block $c264 (block $c263 (block $c262 (block $c261 (block $c260 (block $c259 (block $c258 (block $c257 (block $c256 (block $c255 (block $c254 (block $c253 (block $c252 (block $c251 (block $c250 (block $c249 (block $c248 (block $c247 (block $c246 (block $c245 (block $c244 (block $c243 (block $c242 (block $c241 (block $c240 (block $c239 (block $c238 (block $c237 (block $c236 (block $c235 (block $c234 (block $c233 (block $c232 (block $c231 (block $c230 (block $c229 (block $c228 (block $c227 (block $c226 (block $c225 (block $c224 (block $c223 (block $c222 (block $c221 (block $c220 (block $c219 (block $c218 (block $c217 (block $c216 (block $c215 (block $c214 (block $c213 (block $c212 (block $c211 (block $c210 (block $c209 (block $c208 (block $c207 (block $c206 (block $c205 (block $c204 (block $c203 (block $c202 (block $c201 (block $c200 (block $c199 (block $c198 (block $c197 (block $c196 (block $c195 (block $c194 (block $c193 (block $c192 (block $c191 (block $c190 (block $c189 (block $c188 (block $c187 (block $c186 (block $c185 (block $c184 (block $c183 (block $c182 (block $c181 (block $c180 (block $c179 (block $c178 (block $c177 (block $c176 (block $c175 (block $c174 (block $c173 (block $c172 (block $c171 (block $c170 (block $c169 (block $c168 (block $c167 (block $c166 (block $c165 (block $c164 (block $c163 (block $c162 (block $c161 (block $c160 (block $c159 (block $c158 (block $c157 (block $c156 (block $c155 (block $c154 (block $c153 (block $c152 (block $c151 (block $c150 (block $c149 (block $c148 (block $c147 (block $c146 (block $c145 (block $c144 (block $c143 (block $c142 (block $c141 (block $c140 (block $c139 (block $c138 (block $c137 (block $c136 (block $c135 (block $c134 (block $c133 (block $c132 (block $c131 (block $c130 (block $c129 (block $c128 (block $c127 (block $c126 (block $c125 (block $c124 (block $c123 (block $c122 (block $c121 (block $c120 (block $c119 (block $c118 (block $c117 (block $c116 (block $c115 (block $c114 (block $c113 (block $c112 (block $c111 (block $c110 (block $c109 (block $c108 (block $c107 (block $c106 (block $c105 (block $c104 (block $c103 (block $c102 (block $c101 (block $c100 (block $c99 (block $c98 (block $c97 (block $c96 (block $c95 (block $c94 (block $c93 (block $c92 (block $c91 (block $c90 (block $c89 (block $c88 (block $c87 (block $c86 (block $c85 (block $c84 (block $c83 (block $c82 (block $c81 (block $c80 (block $c79 (block $c78 (block $c77 (block $c76 (block $c75 (block $c74 (block $c73 (block $c72 (block $c71 (block $c70 (block $c69 (block $c68 (block $c67 (block $c66 (block $c65 (block $c64 (block $c63 (block $c62 (block $c61 (block $c60 (block $c59 (block $c58 (block $c57 (block $c56 (block $c55 (block $c54 (block $c53 (block $c52 (block $c51 (block $c50 (block $c49 (block $c48 (block $c47 (block $c46 (block $c45 (block $c44 (block $c43 (block $c42 (block $c41 (block $c40 (block $c39 (block $c38 (block $c37 (block $c36 (block $c35 (block $c34 (block $c33 (block $c32 (block $c31 (block $c30 (block $c29 (block $c28 (block $c27 (block $c26 (block $c25 (block $c24 (block $c23 (block $c22 (block $c21 (block $c20 (block $c19 (block $c18 (block $c17 (block $c16 (block $c15 (block $c14 (block $c13 (block $c12 (block $c11 (block $c10 (block $c9 (block $c8 (block $c7 (block $c6 (block $c5 (block $c4 (block $c3 (block $c2 (block $c1 (block $c0 
      (br_table $c0 $c1 $c2 $c3 $c4 $c5 $c6 $c7 $c8 $c9 $c10 $c11 $c12 $c13 $c14 $c15 $c16 $c17 $c18 $c19 $c20 $c21 $c22 $c23 $c24 $c25 $c26 $c27 $c28 $c29 $c30 $c31 $c32 $c33 $c34 $c35 $c36 $c37 $c38 $c39 $c40 $c41 $c42 $c43 $c44 $c45 $c46 $c47 $c48 $c49 $c50 $c51 $c52 $c53 $c54 $c55 $c56 $c57 $c58 $c59 $c60 $c61 $c62 $c63 $c64 $c65 $c66 $c67 $c68 $c69 $c70 $c71 $c72 $c73 $c74 $c75 $c76 $c77 $c78 $c79 $c80 $c81 $c82 $c83 $c84 $c85 $c86 $c87 $c88 $c89 $c90 $c91 $c92 $c93 $c94 $c95 $c96 $c97 $c98 $c99 $c100 $c101 $c102 $c103 $c104 $c105 $c106 $c107 $c108 $c109 $c110 $c111 $c112 $c113 $c114 $c115 $c116 $c117 $c118 $c119 $c120 $c121 $c122 $c123 $c124 $c125 $c126 $c127 $c128 $c129 $c130 $c131 $c132 $c133 $c134 $c135 $c136 $c137 $c138 $c139 $c140 $c141 $c142 $c143 $c144 $c145 $c146 $c147 $c148 $c149 $c150 $c151 $c152 $c153 $c154 $c155 $c156 $c157 $c158 $c159 $c160 $c161 $c162 $c163 $c164 $c165 $c166 $c167 $c168 $c169 $c170 $c171 $c172 $c173 $c174 $c175 $c176 $c177 $c178 $c179 $c180 $c181 $c182 $c183 $c184 $c185 $c186 $c187 $c188 $c189 $c190 $c191 $c192 $c193 $c194 $c195 $c196 $c197 $c198 $c199 $c200 $c201 $c202 $c203 $c204 $c205 $c206 $c207 $c208 $c209 $c210 $c211 $c212 $c213 $c214 $c215 $c216 $c217 $c218 $c219 $c220 $c221 $c222 $c223 $c224 $c225 $c226 $c227 $c228 $c229 $c230 $c231 $c232 $c233 $c234 $c235 $c236 $c237 $c238 $c239 $c240 $c241 $c242 $c243 $c244 $c245 $c246 $c247 $c248 $c249 $c250 $c251 $c252 $c253 $c254 $c255 $c256 $c257 $c258 $c259 $c260 $c261 $c262 $c263 $c264 $c265 $c266 $c267 $c268 $c269 $c270 $c271 $c272 $c273 $c274 $c275 $c276 $c277 $c278 $c279 $c280 $c281 $c282 $c283 $c284 $c285 $c286 $c287 $c288 $c289 $c290 $c291 $c292 $c293 $c294 $c295 $c296 $c297 $c298 $c299 $c300 $c301 $c302 $c303 $c304 $c305 $c306 $c307 $c308 $c309 $c310 $c311 $c312 $c313 $c314 $c315 $c316 $c317 $c318 $c319 $c320 $c321 $c322 $c323 $c324 $c325 $c326 $c327 $c328 $c329 $c330 $c331 $c332 $c333 $c334 $c335 $c336 $c337 $c338 $c339 $c340 $c341 $c342 $c343 $c344 $c345 $c346 $c347 $c348 $c349 $c350 $c351 $c352 $c353 $c354 $c355 $c356 $c357 $c358 $c359 $c360 $c361 $c362 $c363 $c364 $c365 $c366 $c367 $c368 $c369 $c370 $c371 $c372 $c373 $c374 $c375 $c376 $c377 $c378 $c379 $c380 $c381 $c382 $c383 $c384 $c385 $c386 $c387 $c388 $c389 $c390 $c391 $c392 $c393 $c394 $c395 $c396 $c397 $c398 $c399 $c400 $c401 $c402 $c403 $c404 $c405 $c406 $c407 $c408 $c409 $c410 $c411 $c412 $c413 $c414 $c415 $c416 $c417 $c418 $c419 $c420 $c421 $c422 $c423 $c424 $c425 $c426 $c427 $c428 $c429 $c430 $c431 $c432 $c433 $c434 $c435 $c436 $c437 $c438 $c439 $c440 $c441 $c442 $c443 $c444 $c445 $c446 $c447 $c448 $c449 $c450 $c451 $c452 $c453 $c454 $c455 $c456 $c457 $c458 $c459 $c460 $c461 $c462 $c463 $c464 $c465 $c466 $c467 $c468 $c469 $c470 $c471 $c472 $c473 $c474 $c475 $c476 $c477 $c478 $c479 $c480 $c481 $c482 $c483 $c484 $c485 $c486 $c487 $c488 $c489 $c490 $c491 $c492 $c493 $c494 $c495 $c496 $c497 $c498 $c499 $c500 $c501 $c502 $c503 $c504 $c505 $c506 $c507 $c508 $c509 $c510 $c511 $c512 $c513 $c514 $c515 $c516 $c517 $c518 $c519 $c520 $c521 $c522 $c523 $c524 $c525 $c526 $c527 $c528 $c529 $c530 $c531 $c532 $c533 $c534 $c535 $c536 $c537 $c538 $c539 $c540 $c541 $c542 $c543 $c544 $c545 $c546 $c547 $c548 $c549 $c550 $c551 $c552 $c553 $c554 $c555 $c556 $c557 $c558 $c559 $c560 $c561 $c562 $c563 $c564 $c565 $c566 $c567 $c568 $c569 $c570 $c571 $c572 $c573 $c574 $c575 $c576 $c577 $c578 $c579 $c580 $c581 $c582 $c583 $c584 $c585 $c586 $c587 $c588 $c589 $c590 $c591 $c592 $c593 $c594 $c595 $c596 $c597 $c598 $c599 $c600 $c601 $c602 $c603 $c604 $c605 $c606 $c607 $c608 $c609 $c610 $c611 $c612 $c613 $c614 $c615 $c616 $c617 $c618 $c619 $c620 $c621 $c622 $c623 $c624 $c625 $c626 $c627 $c628 $c629 $c630 $c631 $c632 $c633 $c634 $c635 $c636 $c637 $c638 $c639 $c640 $c641 $c642 $c643 $c644 $c645 $c646 $c647 $c648 $c649 $c650 $c651 $c652 $c653 $c654 $c655 $c656 $c657 $c658 $c659 $c660 $c661 $c662 $c663 $c664 $c665 $c666 $c667 $c668 $c669 $c670 $c671 $c672 $c673 $c674 $c675 $c676 $c677 $c678 $c679 $c680 $c681 $c682 $c683 $c684 $c685 $c686 $c687 $c688 $c689 $c690 $c691 $c692 $c693 $c694 $c695 $c696 $c697 $c698 $c699 $c700 $c701 $c702 $c703 $c704 $c705 $c706 $c707 $c708 $c709 $c710 $c711 $c712 $c713 $c714 $c715 $c716 $c717 $c718 $c719 $c720 $c721 $c722 $c723 $c724 $c725 $c726 $c727 $c728 $c729 $c730 $c731 $c732 $c733 $c734 $c735 $c736 $c737 $c738 $c739 $c740 $c741 $c742 $c743 $c744 $c745 $c746 $c747 $c748 $c749 $c750 $c751 $c752 $c753 $c754 $c755 $c756 $c757 $c758 $c759 $c760 $c761 $c762 $c763 $c764 $c765 $c766 $c767 $c768 $c769 $c770 $c771 $c772 $c773 $c774 $c775 $c776 $c777 $c778 $c779 $c780 $c781 $c782 $c783 $c784 $c785 $c786 $c787 $c788 $c789 $c790 $c791 $c792 $c793 $c794 $c795 $c796 $c797 $c798 $c799 $c800 $c801 $c802 $c803 $c804 $c805 $c806 $c807 $c808 $c809 $c810 $c811 $c812 $c813 $c814 $c815 $c816 $c817 $c818 $c819 $c820 $c821 $c822 $c823 $c824 $c825 $c826 $c827 $c828 $c829 $c830 $c831 $c832 $c833 $c834 $c835 $c836 $c837 $c838 $c839 $c840 $c841 $c842 $c843 $c844 $c845 $c846 $c847 $c848 $c849 $c850 $c851 $c852 $c853 $c854 $c855 $c856 $c857 $c858 $c859 $c860 $c861 $c862 $c863 $c864 $c865 $c866 $c867 $c868 $c869 $c870 $c871 $c872 $c873 $c874 $c875 $c876 $c877 $c878 $c879 $c880 $c881 $c882 $c883 $c884 $c885 $c886 $c887 $c888 $c889 $c890 $c891 $c892 $c893 $c894 $c895 $c896 $c897 $c898 $c899 $c900 $c901 $c902 $c903 $c904 $c905 $c906 $c907 $c908 $c909 $c910 $c911 $c912 $c913 $c914 $c915 $c916 $c917 $c918 $c919 $c920 $c921 $c922 $c923 $c924 $c925 $c926 $c927 $c928 $c929 $c930 $c931 $c932 $c933 $c934 $c935 $c936 $c937 $c938 $c939 $c940 $c941 $c942 $c943 $c944 $c945 $c946 $c947 $c948 $c949 $c950 $c951 $c952 $c953 $c954 $c955 $c956 $c957 $c958 $c959 $c960 $c961 $c962 $c963 $c964 $c965 $c966 $c967 $c968 $c969 $c970 $c971 $c972 $c973 $c974 $c975 $c976 $c977 $c978 $c979 $c980 $c981 $c982 $c983 $c984 $c985 $c986 $c987 $c988 $c989 $c990 $c991 $c992 $c993 $c994 $c995 $c996 $c997 $c998 $c999 $default (local.get 0)))
    (return (i32.const 1)))
    (return (i32.const 4)))
    (return (i32.const 7)))
    (return (i32.const 10)))
    (return (i32.const 13)))
    (return (i32.const 16)))
    (return (i32.const 19)))
    (return (i32.const 22)))
    (return (i32.const 25)))
    (return (i32.const 28)))
    (return (i32.const 31)))
    (return (i32.const 34)))
    (return (i32.const 37)))
    (return (i32.const 40)))
    (return (i32.const 43)))
    (return (i32.const 46)))
    (return (i32.const 49)))
    (return (i32.const 52)))
    (return (i32.const 55)))
    (return (i32.const 58)))
    (return (i32.const 61)))
    (return (i32.const 64)))
    (return (i32.const 67)))
    (return (i32.const 70)))
    (return (i32.const 73)))
    (return (i32.const 76)))
    (return (i32.const 79)))
    (return (i32.const 82)))
    (return (i32.const 85)))
    (return (i32.const 88)))
    (return (i32.const 91)))
    (return (i32.const 94)))
    (return (i32.const 97)))
    (return (i32.const 100)))
    (return (i32.const 103)))
    (return (i32.const 106)))
    (return (i32.const 109)))
    (return (i32.const 112)))
    (return (i32.const 115)))
    (return (i32.const 118)))
    (return (i32.const 121)))
    (return (i32.const 124)))
    (return (i32.const 127)))
    (return (i32.const 130)))
    (return (i32.const 133)))
    (return (i32.const 136)))
    (return (i32.const 139)))
    (return (i32.const 142)))
    (return (i32.const 145)))
    (return (i32.const 148)))
    (return (i32.const 151)))
    (return (i32.const 154)))
    (return (i32.const 157)))
    (return (i32.const 160)))
    (return (i32.const 163)))
    (return (i32.const 166)))
    (return (i32.const 169)))
    (return (i32.const 172)))
    (return (i32.const 175)))
    (return (i32.const 178)))
    (return (i32.const 181)))
    (return (i32.const 184)))
    (return (i32.const 187)))
    (return (i32.const 190)))
    (return (i32.const 193)))
    (return (i32.const 196)))
    (return (i32.const 199)))
    (return (i32.const 202)))
    (return (i32.const 205)))
    (return (i32.const 208)))
    (return (i32.const 211)))
    (return (i32.const 214)))
    (return (i32.const 217)))
    (return (i32.const 220)))
    (return (i32.const 223)))
    (return (i32.const 226)))
    (return (i32.const 229)))
    (return (i32.const 232)))
    (return (i32.const 235)))
    (return (i32.const 238)))
    (return (i32.const 241)))
    (return (i32.const 244)))
    (return (i32.const 247)))
    (return (i32.const 250)))
    (return (i32.const 253)))
    (return (i32.const 256)))
    (return (i32.const 259)))
    (return (i32.const 262)))
    (return (i32.const 265)))
    (return (i32.const 268)))
    (return (i32.const 271)))
    (return (i32.const 274)))
    (return (i32.const 277)))
    (return (i32.const 280)))
    (return (i32.const 283)))
    (return (i32.const 286)))
    (return (i32.const 289)))
    (return (i32.const 292)))
    (return (i32.const 295)))
    (return (i32.const 298)))
    (return (i32.const 301)))
    (return (i32.const 304)))
    (return (i32.const 307)))
    (return (i32.const 310)))
    (return (i32.const 313)))
    (return (i32.const 316)))
    (return (i32.const 319)))
    (return (i32.const 322)))
    (return (i32.const 325)))
    (return (i32.const 328)))
    (return (i32.const 331)))
    (return (i32.const 334)))
    (return (i32.const 337)))
    (return (i32.const 340)))
    (return (i32.const 343)))
    (return (i32.const 346)))
    (return (i32.const 349)))
    (return (i32.const 352)))
    (return (i32.const 355)))
    (return (i32.const 358)))
    (return (i32.const 361)))
    (return (i32.const 364)))
    (return (i32.const 367)))
    (return (i32.const 370)))
    (return (i32.const 373)))
    (return (i32.const 376)))
    (return (i32.const 379)))
    (return (i32.const 382)))
    (return (i32.const 385)))
    (return (i32.const 388)))
    (return (i32.const 391)))
    (return (i32.const 394)))
    (return (i32.const 397)))
    (return (i32.const 400)))
    (return (i32.const 403)))
    (return (i32.const 406)))
    (return (i32.const 409)))
    (return (i32.const 412)))
    (return (i32.const 415)))
    (return (i32.const 418)))
    (return (i32.const 421)))
    (return (i32.const 424)))
    (return (i32.const 427)))
    (return (i32.const 430)))
    (return (i32.const 433)))
    (return (i32.const 436)))
    (return (i32.const 439)))
    (return (i32.const 442)))
    (return (i32.const 445)))
    (return (i32.const 448)))
    (return (i32.const 451)))
    (return (i32.const 454)))
    (return (i32.const 457)))
    (return (i32.const 460)))
    (return (i32.const 463)))
    (return (i32.const 466)))
    (return (i32.const 469)))
    (return (i32.const 472)))
    (return (i32.const 475)))
    (return (i32.const 478)))
    (return (i32.const 481)))
    (return (i32.const 484)))
    (return (i32.const 487)))
    (return (i32.const 490)))
    (return (i32.const 493)))
    (return (i32.const 496)))
    (return (i32.const 499)))
    (return (i32.const 502)))
    (return (i32.const 505)))
    (return (i32.const 508)))
    (return (i32.const 511)))
    (return (i32.const 514)))
    (return (i32.const 517)))
    (return (i32.const 520)))
    (return (i32.const 523)))
    (return (i32.const 526)))
    (return (i32.const 529)))
    (return (i32.const 532)))
    (return (i32.const 535)))
    (return (i32.const 538)))
    (return (i32.const 541)))
    (return (i32.const 544)))
    (return (i32.const 547)))
    (return (i32.const 550)))
    (return (i32.const 553)))
    (return (i32.const 556)))
    (return (i32.const 559)))
    (return (i32.const 562)))
    (return (i32.const 565)))
    (return (i32.const 568)))
    (return (i32.const 571)))
    (return (i32.const 574)))
    (return (i32.const 577)))
    (return (i32.const 580)))
    (return (i32.const 583)))
    (return (i32.const 586)))
    (return (i32.const 589)))
    (return (i32.const 592)))
    (return (i32.const 595)))
    (return (i32.const 598)))
    (return (i32.const 601)))
    (return (i32.const 604)))
    (return (i32.const 607)))
    (return (i32.const 610)))
    (return (i32.const 613)))
    (return (i32.const 616)))
    (return (i32.const 619)))
    (return (i32.const 622)))
    (return (i32.const 625)))
    (return (i32.const 628)))
    (return (i32.const 631)))
    (return (i32.const 634)))
    (return (i32.const 637)))
    (return (i32.const 640)))
    (return (i32.const 643)))
    (return (i32.const 646)))
    (return (i32.const 649)))
    (return (i32.const 652)))
    (return (i32.const 655)))
    (return (i32.const 658)))
    (return (i32.const 661)))
    (return (i32.const 664)))
    (return (i32.const 667)))
    (return (i32.const 670)))
    (return (i32.const 673)))
    (return (i32.const 676)))
    (return (i32.const 679)))
    (return (i32.const 682)))
    (return (i32.const 685)))
    (return (i32.const 688)))
    (return (i32.const 691)))
    (return (i32.const 694)))
    (return (i32.const 697)))
    (return (i32.const 700)))
    (return (i32.const 703)))
    (return (i32.const 706)))
    (return (i32.const 709)))
    (return (i32.const 712)))
    (return (i32.const 715)))
    (return (i32.const 718)))
    (return (i32.const 721)))
    (return (i32.const 724)))
    (return (i32.const 727)))
    (return (i32.const 730)))
    (return (i32.const 733)))
    (return (i32.const 736)))
    (return (i32.const 739)))
    (return (i32.const 742)))
    (return (i32.const 745)))
    (return (i32.const 748)))
    (return (i32.const 751)))
    (return (i32.const 754)))
    (return (i32.const 757)))
    (return (i32.const 760)))
    (return (i32.const 763)))
    (return (i32.const 766)))
    (return (i32.const 769)))
    (return (i32.const 772)))
    (return (i32.const 775)))
    (return (i32.const 778)))
    (return (i32.const 781)))
    (return (i32.const 784)))
    (return (i32.const 787)))
    (return (i32.const 790)))
    (return (i32.const 793)))
    (return (i32.const 796)))
    (return (i32.const 799)))
    (return (i32.const 802)))
    (return (i32.const 805)))
    (return (i32.const 808)))
    (return (i32.const 811)))
    (return (i32.const 814)))
    (return (i32.const 817)))
    (return (i32.const 820)))
    (return (i32.const 823)))
    (return (i32.const 826)))
    (return (i32.const 829)))
    (return (i32.const 832)))
    (return (i32.const 835)))
    (return (i32.const 838)))
    (return (i32.const 841)))
    (return (i32.const 844)))
    (return (i32.const 847)))
    (return (i32.const 850)))
    (return (i32.const 853)))
    (return (i32.const 856)))
    (return (i32.const 859)))
    (return (i32.const 862)))
    (return (i32.const 865)))
    (return (i32.const 868)))
    (return (i32.const 871)))
    (return (i32.const 874)))
    (return (i32.const 877)))
    (return (i32.const 880)))
    (return (i32.const 883)))
    (return (i32.const 886)))
    (return (i32.const 889)))
    (return (i32.const 892)))
    (return (i32.const 895)))
    (return (i32.const 898)))
    (return (i32.const 901)))
    (return (i32.const 904)))
    (return (i32.const 907)))
    (return (i32.const 910)))
    (return (i32.const 913)))
    (return (i32.const 916)))
    (return (i32.const 919)))
    (return (i32.const 922)))
    (return (i32.const 925)))
    (return (i32.const 928)))
    (return (i32.const 931)))
    (return (i32.const 934)))
    (return (i32.const 937)))
    (return (i32.const 940)))
    (return (i32.const 943)))
    (return (i32.const 946)))
    (return (i32.const 949)))
    (return (i32.const 952)))
    (return (i32.const 955)))
    (return (i32.const 958)))
    (return (i32.const 961)))
    (return (i32.const 964)))
    (return (i32.const 967)))
    (return (i32.const 970)))
    (return (i32.const 973)))
    (return (i32.const 976)))
    (return (i32.const 979)))
    (return (i32.const 982)))
    (return (i32.const 985)))
    (return (i32.const 988)))
    (return (i32.const 991)))
    (return (i32.const 994)))
    (return (i32.const 997)))
    (return (i32.const 1000)))
    (return (i32.const 1003)))
    (return (i32.const 1006)))
    (return (i32.const 1009)))
    (return (i32.const 1012)))
    (return (i32.const 1015)))
    (return (i32.const 1018)))
    (return (i32.const 1021)))
    (return (i32.const 1024)))
    (return (i32.const 1027)))
    (return (i32.const 1030)))
    (return (i32.const 1033)))
    (return (i32.const 1036)))
    (return (i32.const 1039)))
    (return (i32.const 1042)))
    (return (i32.const 1045)))
    (return (i32.const 1048)))
    (return (i32.const 1051)))
    (return (i32.const 1054)))
    (return (i32.const 1057)))
    (return (i32.const 1060)))
    (return (i32.const 1063)))
    (return (i32.const 1066)))
    (return (i32.const 1069)))
    (return (i32.const 1072)))
    (return (i32.const 1075)))
    (return (i32.const 1078)))
    (return (i32.const 1081)))
    (return (i32.const 1084)))
    (return (i32.const 1087)))
    (return (i32.const 1090)))
    (return (i32.const 1093)))
    (return (i32.const 1096)))
    (return (i32.const 1099)))
    (return (i32.const 1102)))
    (return (i32.const 1105)))
    (return (i32.const 1108)))
    (return (i32.const 1111)))
    (return (i32.const 1114)))
    (return (i32.const 1117)))
    (return (i32.const 1120)))
    (return (i32.const 1123)))
    (return (i32.const 1126)))
    (return (i32.const 1129)))
    (return (i32.const 1132)))
    (return (i32.const 1135)))
    (return (i32.const 1138)))
    (return (i32.const 1141)))
    (return (i32.const 1144)))
    (return (i32.const 1147)))
    (return (i32.const 1150)))
    (return (i32.const 1153)))
    (return (i32.const 1156)))
    (return (i32.const 1159)))
    (return (i32.const 1162)))
    (return (i32.const 1165)))
    (return (i32.const 1168)))
    (return (i32.const 1171)))
    (return (i32.const 1174)))
    (return (i32.const 1177)))
    (return (i32.const 1180)))
    (return (i32.const 1183)))
    (return (i32.const 1186)))
    (return (i32.const 1189)))
    (return (i32.const 1192)))
    (return (i32.const 1195)))
    (return (i32.const 1198)))
    (return (i32.const 1201)))
    (return (i32.const 1204)))
    (return (i32.const 1207)))
    (return (i32.const 1210)))
    (return (i32.const 1213)))
    (return (i32.const 1216)))
    (return (i32.const 1219)))
    (return (i32.const 1222)))
    (return (i32.const 1225)))
    (return (i32.const 1228)))
    (return (i32.const 1231)))
    (return (i32.const 1234)))
    (return (i32.const 1237)))
    (return (i32.const 1240)))
    (return (i32.const 1243)))
    (return (i32.const 1246)))
    (return (i32.const 1249)))
    (return (i32.const 1252)))
    (return (i32.const 1255)))
    (return (i32.const 1258)))
    (return (i32.const 1261)))
    (return (i32.const 1264)))
    (return (i32.const 1267)))
    (return (i32.const 1270)))
    (return (i32.const 1273)))
    (return (i32.const 1276)))
    (return (i32.const 1279)))
    (return (i32.const 1282)))
    (return (i32.const 1285)))
    (return (i32.const 1288)))
    (return (i32.const 1291)))
    (return (i32.const 1294)))
    (return (i32.const 1297)))
    (return (i32.const 1300)))
    (return (i32.const 1303)))
    (return (i32.const 1306)))
    (return (i32.const 1309)))
    (return (i32.const 1312)))
    (return (i32.const 1315)))
    (return (i32.const 1318)))
    (return (i32.const 1321)))
    (return (i32.const 1324)))
    (return (i32.const 1327)))
    (return (i32.const 1330)))
    (return (i32.const 1333)))
    (return (i32.const 1336)))
    (return (i32.const 1339)))
    (return (i32.const 1342)))
    (return (i32.const 1345)))
    (return (i32.const 1348)))
    (return (i32.const 1351)))
    (return (i32.const 1354)))
    (return (i32.const 1357)))
    (return (i32.const 1360)))
    (return (i32.const 1363)))
    (return (i32.const 1366)))
    (return (i32.const 1369)))
    (return (i32.const 1372)))
    (return (i32.const 1375)))
    (return (i32.const 1378)))
    (return (i32.const 1381)))
    (return (i32.const 1384)))
    (return (i32.const 1387)))
    (return (i32.const 1390)))
    (return (i32.const 1393)))
    (return (i32.const 1396)))
    (return (i32.const 1399)))
    (return (i32.const 1402)))
    (return (i32.const 1405)))
    (return (i32.const 1408)))
    (return (i32.const 1411)))
    (return (i32.const 1414)))
    (return (i32.const 1417)))
    (return (i32.const 1420)))
    (return (i32.const 1423)))
    (return (i32.const 1426)))
    (return (i32.const 1429)))
    (return (i32.const 1432)))
    (return (i32.const 1435)))
    (return (i32.const 1438)))
    (return (i32.const 1441)))
    (return (i32.const 1444)))
    (return (i32.const 1447)))
    (return (i32.const 1450)))
    (return (i32.const 1453)))
    (return (i32.const 1456)))
    (return (i32.const 1459)))
    (return (i32.const 1462)))
    (return (i32.const 1465)))
    (return (i32.const 1468)))
    (return (i32.const 1471)))
    (return (i32.const 1474)))
    (return (i32.const 1477)))
    (return (i32.const 1480)))
    (return (i32.const 1483)))
    (return (i32.const 1486)))
    (return (i32.const 1489)))
    (return (i32.const 1492)))
    (return (i32.const 1495)))
    (return (i32.const 1498)))
    (return (i32.const 1501)))
    (return (i32.const 1504)))
    (return (i32.const 1507)))
    (return (i32.const 1510)))
    (return (i32.const 1513)))
    (return (i32.const 1516)))
    (return (i32.const 1519)))
    (return (i32.const 1522)))
    (return (i32.const 1525)))
    (return (i32.const 1528)))
    (return (i32.const 1531)))
    (return (i32.const 1534)))
    (return (i32.const 1537)))
    (return (i32.const 1540)))
    (return (i32.const 1543)))
    (return (i32.const 1546)))
    (return (i32.const 1549)))
    (return (i32.const 1552)))
    (return (i32.const 1555)))
    (return (i32.const 1558)))
    (return (i32.const 1561)))
    (return (i32.const 1564)))
    (return (i32.const 1567)))
    (return (i32.const 1570)))
    (return (i32.const 1573)))
    (return (i32.const 1576)))
    (return (i32.const 1579)))
    (return (i32.const 1582)))
    (return (i32.const 1585)))
    (return (i32.const 1588)))
    (return (i32.const 1591)))
    (return (i32.const 1594)))
    (return (i32.const 1597)))
    (return (i32.const 1600)))
    (return (i32.const 1603)))
    (return (i32.const 1606)))
    (return (i32.const 1609)))
    (return (i32.const 1612)))
    (return (i32.const 1615)))
    (return (i32.const 1618)))
    (return (i32.const 1621)))
    (return (i32.const 1624)))
    (return (i32.const 1627)))
    (return (i32.const 1630)))
    (return (i32.const 1633)))
    (return (i32.const 1636)))
    (return (i32.const 1639)))
    (return (i32.const 1642)))
    (return (i32.const 1645)))
    (return (i32.const 1648)))
    (return (i32.const 1651)))
    (return (i32.const 1654)))
    (return (i32.const 1657)))
    (return (i32.const 1660)))
    (return (i32.const 1663)))
    (return (i32.const 1666)))
    (return (i32.const 1669)))
    (return (i32.const 1672)))
    (return (i32.const 1675)))
    (return (i32.const 1678)))
    (return (i32.const 1681)))
    (return (i32.const 1684)))
    (return (i32.const 1687)))
    (return (i32.const 1690)))
    (return (i32.const 1693)))
    (return (i32.const 1696)))
    (return (i32.const 1699)))
    (return (i32.const 1702)))
    (return (i32.const 1705)))
    (return (i32.const 1708)))
    (return (i32.const 1711)))
    (return (i32.const 1714)))
    (return (i32.const 1717)))
    (return (i32.const 1720)))
    (return (i32.const 1723)))
    (return (i32.const 1726)))
    (return (i32.const 1729)))
    (return (i32.const 1732)))
    (return (i32.const 1735)))
    (return (i32.const 1738)))
    (return (i32.const 1741)))
    (return (i32.const 1744)))
    (return (i32.const 1747)))
    (return (i32.const 1750)))
    (return (i32.const 1753)))
    (return (i32.const 1756)))
    (return (i32.const 1759)))
    (return (i32.const 1762)))
    (return (i32.const 1765)))
    (return (i32.const 1768)))
    (return (i32.const 1771)))
    (return (i32.const 1774)))
    (return (i32.const 1777)))
    (return (i32.const 1780)))
    (return (i32.const 1783)))
    (return (i32.const 1786)))
    (return (i32.const 1789)))
    (return (i32.const 1792)))
    (return (i32.const 1795)))
    (return (i32.const 1798)))
    (return (i32.const 1801)))
    (return (i32.const 1804)))
    (return (i32.const 1807)))
    (return (i32.const 1810)))
    (return (i32.const 1813)))
    (return (i32.const 1816)))
    (return (i32.const 1819)))
    (return (i32.const 1822)))
    (return (i32.const 1825)))
    (return (i32.const 1828)))
    (return (i32.const 1831)))
    (return (i32.const 1834)))
    (return (i32.const 1837)))
    (return (i32.const 1840)))
    (return (i32.const 1843)))
    (return (i32.const 1846)))
    (return (i32.const 1849)))
    (return (i32.const 1852)))
    (return (i32.const 1855)))
    (return (i32.const 1858)))
    (return (i32.const 1861)))
    (return (i32.const 1864)))
    (return (i32.const 1867)))
    (return (i32.const 1870)))
    (return (i32.const 1873)))
    (return (i32.const 1876)))
    (return (i32.const 1879)))
    (return (i32.const 1882)))
    (return (i32.const 1885)))
    (return (i32.const 1888)))
    (return (i32.const 1891)))
    (return (i32.const 1894)))
    (return (i32.const 1897)))
    (return (i32.const 1900)))
    (return (i32.const 1903)))
    (return (i32.const 1906)))
    (return (i32.const 1909)))
    (return (i32.const 1912)))
    (return (i32.const 1915)))
    (return (i32.const 1918)))
    (return (i32.const 1921)))
    (return (i32.const 1924)))
    (return (i32.const 1927)))
    (return (i32.const 1930)))
    (return (i32.const 1933)))
    (return (i32.const 1936)))
    (return (i32.const 1939)))
    (return (i32.const 1942)))
    (return (i32.const 1945)))
    (return (i32.const 1948)))
    (return (i32.const 1951)))
    (return (i32.const 1954)))
    (return (i32.const 1957)))
    (return (i32.const 1960)))
    (return (i32.const 1963)))
    (return (i32.const 1966)))
    (return (i32.const 1969)))
    (return (i32.const 1972)))
    (return (i32.const 1975)))
    (return (i32.const 1978)))
    (return (i32.const 1981)))
    (return (i32.const 1984)))
    (return (i32.const 1987)))
    (return (i32.const 1990)))
    (return (i32.const 1993)))
    (return (i32.const 1996)))
    (return (i32.const 1999)))
    (return (i32.const 2002)))
    (return (i32.const 2005)))
    (return (i32.const 2008)))
    (return (i32.const 2011)))
    (return (i32.const 2014)))
    (return (i32.const 2017)))
    (return (i32.const 2020)))
    (return (i32.const 2023)))
    (return (i32.const 2026)))
    (return (i32.const 2029)))
    (return (i32.const 2032)))
    (return (i32.const 2035)))
    (return (i32.const 2038)))
    (return (i32.const 2041)))
    (return (i32.const 2044)))
    (return (i32.const 2047)))
    (return (i32.const 2050)))
    (return (i32.const 2053)))
    (return (i32.const 2056)))
    (return (i32.const 2059)))
    (return (i32.const 2062)))
    (return (i32.const 2065)))
    (return (i32.const 2068)))
    (return (i32.const 2071)))
    (return (i32.const 2074)))
    (return (i32.const 2077)))
    (return (i32.const 2080)))
    (return (i32.const 2083)))
    (return (i32.const 2086)))
    (return (i32.const 2089)))
    (return (i32.const 2092)))
    (return (i32.const 2095)))
    (return (i32.const 2098)))
    (return (i32.const 2101)))
    (return (i32.const 2104)))
    (return (i32.const 2107)))
    (return (i32.const 2110)))
    (return (i32.const 2113)))
    (return (i32.const 2116)))
    (return (i32.const 2119)))
    (return (i32.const 2122)))
    (return (i32.const 2125)))
    (return (i32.const 2128)))
    (return (i32.const 2131)))
    (return (i32.const 2134)))
    (return (i32.const 2137)))
    (return (i32.const 2140)))
    (return (i32.const 2143)))
    (return (i32.const 2146)))
    (return (i32.const 2149)))
    (return (i32.const 2152)))
    (return (i32.const 2155)))
    (return (i32.const 2158)))
    (return (i32.const 2161)))
    (return (i32.const 2164)))
    (return (i32.const 2167)))
    (return (i32.const 2170)))
    (return (i32.const 2173)))
    (return (i32.const 2176)))
    (return (i32.const 2179)))
    (return (i32.const 2182)))
    (return (i32.const 2185)))
    (return (i32.const 2188)))
    (return (i32.const 2191)))
    (return (i32.const 2194)))
    (return (i32.const 2197)))
    (return (i32.const 2200)))
    (return (i32.const 2203)))
    (return (i32.const 2206)))
    (return (i32.const 2209)))
    (return (i32.const 2212)))
    (return (i32.const 2215)))
    (return (i32.const 2218)))
    (return (i32.const 2221)))
    (return (i32.const 2224)))
    (return (i32.const 2227)))
    (return (i32.const 2230)))
    (return (i32.const 2233)))
    (return (i32.const 2236)))
    (return (i32.const 2239)))
    (return (i32.const 2242)))
    (return (i32.const 2245)))
    (return (i32.const 2248)))
    (return (i32.const 2251)))
    (return (i32.const 2254)))
    (return (i32.const 2257)))
    (return (i32.const 2260)))
    (return (i32.const 2263)))
    (return (i32.const 2266)))
    (return (i32.const 2269)))
    (return (i32.const 2272)))
    (return (i32.const 2275)))
    (return (i32.const 2278)))
    (return (i32.const 2281)))
    (return (i32.const 2284)))
    (return (i32.const 2287)))
    (return (i32.const 2290)))
    (return (i32.const 2293)))
    (return (i32.const 2296)))
    (return (i32.const 2299)))
    (return (i32.const 2302)))
    (return (i32.const 2305)))
    (return (i32.const 2308)))
    (return (i32.const 2311)))
    (return (i32.const 2314)))
    (return (i32.const 2317)))
    (return (i32.const 2320)))
    (return (i32.const 2323)))
    (return (i32.const 2326)))
    (return (i32.const 2329)))
    (return (i32.const 2332)))
    (return (i32.const 2335)))
    (return (i32.const 2338)))
    (return (i32.const 2341)))
    (return (i32.const 2344)))
    (return (i32.const 2347)))
    (return (i32.const 2350)))
    (return (i32.const 2353)))
    (return (i32.const 2356)))
    (return (i32.const 2359)))
    (return (i32.const 2362)))
    (return (i32.const 2365)))
    (return (i32.const 2368)))
    (return (i32.const 2371)))
    (return (i32.const 2374)))
    (return (i32.const 2377)))
    (return (i32.const 2380)))
    (return (i32.const 2383)))
    (return (i32.const 2386)))
    (return (i32.const 2389)))
    (return (i32.const 2392)))
    (return (i32.const 2395)))
    (return (i32.const 2398)))
    (return (i32.const 2401)))
    (return (i32.const 2404)))
    (return (i32.const 2407)))
    (return (i32.const 2410)))
    (return (i32.const 2413)))
    (return (i32.const 2416)))
    (return (i32.const 2419)))
    (return (i32.const 2422)))
    (return (i32.const 2425)))
    (return (i32.const 2428)))
    (return (i32.const 2431)))
    (return (i32.const 2434)))
    (return (i32.const 2437)))
    (return (i32.const 2440)))
    (return (i32.const 2443)))
    (return (i32.const 2446)))
    (return (i32.const 2449)))
    (return (i32.const 2452)))
    (return (i32.const 2455)))
    (return (i32.const 2458)))
    (return (i32.const 2461)))
    (return (i32.const 2464)))
    (return (i32.const 2467)))
    (return (i32.const 2470)))
    (return (i32.const 2473)))
    (return (i32.const 2476)))
    (return (i32.const 2479)))
    (return (i32.const 2482)))
    (return (i32.const 2485)))
    (return (i32.const 2488)))
    (return (i32.const 2491)))
    (return (i32.const 2494)))
    (return (i32.const 2497)))
    (return (i32.const 2500)))
    (return (i32.const 2503)))
    (return (i32.const 2506)))
    (return (i32.const 2509)))
    (return (i32.const 2512)))
    (return (i32.const 2515)))
    (return (i32.const 2518)))
    (return (i32.const 2521)))
    (return (i32.const 2524)))
    (return (i32.const 2527)))
    (return (i32.const 2530)))
    (return (i32.const 2533)))
    (return (i32.const 2536)))
    (return (i32.const 2539)))
    (return (i32.const 2542)))
    (return (i32.const 2545)))
    (return (i32.const 2548)))
    (return (i32.const 2551)))
    (return (i32.const 2554)))
    (return (i32.const 2557)))
    (return (i32.const 2560)))
    (return (i32.const 2563)))
    (return (i32.const 2566)))
    (return (i32.const 2569)))
    (return (i32.const 2572)))
    (return (i32.const 2575)))
    (return (i32.const 2578)))
    (return (i32.const 2581)))
    (return (i32.const 2584)))
    (return (i32.const 2587)))
    (return (i32.const 2590)))
    (return (i32.const 2593)))
    (return (i32.const 2596)))
    (return (i32.const 2599)))
    (return (i32.const 2602)))
    (return (i32.const 2605)))
    (return (i32.const 2608)))
    (return (i32.const 2611)))
    (return (i32.const 2614)))
    (return (i32.const 2617)))
    (return (i32.const 2620)))
    (return (i32.const 2623)))
    (return (i32.const 2626)))
    (return (i32.const 2629)))
    (return (i32.const 2632)))
    (return (i32.const 2635)))
    (return (i32.const 2638)))
    (return (i32.const 2641)))
    (return (i32.const 2644)))
    (return (i32.const 2647)))
    (return (i32.const 2650)))
    (return (i32.const 2653)))
    (return (i32.const 2656)))
    (return (i32.const 2659)))
    (return (i32.const 2662)))
    (return (i32.const 2665)))
    (return (i32.const 2668)))
    (return (i32.const 2671)))
    (return (i32.const 2674)))
    (return (i32.const 2677)))
    (return (i32.const 2680)))
    (return (i32.const 2683)))
    (return (i32.const 2686)))
    (return (i32.const 2689)))
    (return (i32.const 2692)))
    (return (i32.const 2695)))
    (return (i32.const 2698)))
    (return (i32.const 2701)))
    (return (i32.const 2704)))
    (return (i32.const 2707)))
    (return (i32.const 2710)))
    (return (i32.const 2713)))
    (return (i32.const 2716)))
    (return (i32.const 2719)))
    (return (i32.const 2722)))
    (return (i32.const 2725)))
    (return (i32.const 2728)))
    (return (i32.const 2731)))
    (return (i32.const 2734)))
    (return (i32.const 2737)))
    (return (i32.const 2740)))
    (return (i32.const 2743)))
    (return (i32.const 2746)))
    (return (i32.const 2749)))
    (return (i32.const 2752)))
    (return (i32.const 2755)))
    (return (i32.const 2758)))
    (return (i32.const 2761)))
    (return (i32.const 2764)))
    (return (i32.const 2767)))
    (return (i32.const 2770)))
    (return (i32.const 2773)))
    (return (i32.const 2776)))
    (return (i32.const 2779)))
    (return (i32.const 2782)))
    (return (i32.const 2785)))
    (return (i32.const 2788)))
    (return (i32.const 2791)))
    (return (i32.const 2794)))
    (return (i32.const 2797)))
    (return (i32.const 2800)))
    (return (i32.const 2803)))
    (return (i32.const 2806)))
    (return (i32.const 2809)))
    (return (i32.const 2812)))
    (return (i32.const 2815)))
    (return (i32.const 2818)))
    (return (i32.const 2821)))
    (return (i32.const 2824)))
    (return (i32.const 2827)))
    (return (i32.const 2830)))
    (return (i32.const 2833)))
    (return (i32.const 2836)))
    (return (i32.const 2839)))
    (return (i32.const 2842)))
    (return (i32.const 2845)))
    (return (i32.const 2848)))
    (return (i32.const 2851)))
    (return (i32.const 2854)))
    (return (i32.const 2857)))
    (return (i32.const 2860)))
    (return (i32.const 2863)))
    (return (i32.const 2866)))
    (return (i32.const 2869)))
    (return (i32.const 2872)))
    (return (i32.const 2875)))
    (return (i32.const 2878)))
    (return (i32.const 2881)))
    (return (i32.const 2884)))
    (return (i32.const 2887)))
    (return (i32.const 2890)))
    (return (i32.const 2893)))
    (return (i32.const 2896)))
    (return (i32.const 2899)))
    (return (i32.const 2902)))
    (return (i32.const 2905)))
    (return (i32.const 2908)))
    (return (i32.const 2911)))
    (return (i32.const 2914)))
    (return (i32.const 2917)))
    (return (i32.const 2920)))
    (return (i32.const 2923)))
    (return (i32.const 2926)))
    (return (i32.const 2929)))
    (return (i32.const 2932)))
    (return (i32.const 2935)))
    (return (i32.const 2938)))
    (return (i32.const 2941)))
    (return (i32.const 2944)))
    (return (i32.const 2947)))
    (return (i32.const 2950)))
    (return (i32.const 2953)))
    (return (i32.const 2956)))
    (return (i32.const 2959)))
    (return (i32.const 2962)))
    (return (i32.const 2965)))
    (return (i32.const 2968)))
    (return (i32.const 2971)))
    (return (i32.const 2974)))
    (return (i32.const 2977)))
    (return (i32.const 2980)))
    (return (i32.const 2983)))
    (return (i32.const 2986)))
    (return (i32.const 2989)))
    (return (i32.const 2992)))
    (return (i32.const 2995)))
    (return (i32.const 2998)))
    (i32.const -1))
  ;; 1000 table entries that pick one of three labels (k % 3), each carrying a value
  (func (export "mod3") (param i32) (result i32)
    (block $r2 (result i32)
      (block $r1 (result i32)
        (block $r0 (result i32)
          (br_table $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r1 $r2 $r0 $r2
            (i32.const 0) (local.get 0)))
        (return (i32.const 100)))
      (return (i32.const 101)))
    (drop)
    (i32.const 102))
)
(assert_return (invoke "switch" (i32.const 0)) (i32.const 1))
(assert_return (invoke "switch" (i32.const 1)) (i32.const 4))
(assert_return (invoke "switch" (i32.const 2)) (i32.const 7))
(assert_return (invoke "switch" (i32.const 255)) (i32.const 766))
(assert_return (invoke "switch" (i32.const 256)) (i32.const 769))
(assert_return (invoke "switch" (i32.const 500)) (i32.const 1501))
(assert_return (invoke "switch" (i32.const 998)) (i32.const 2995))
(assert_return (invoke "switch" (i32.const 999)) (i32.const 2998))
(assert_return (invoke "switch" (i32.const 1000)) (i32.const -1))
(assert_return (invoke "switch" (i32.const 1001)) (i32.const -1))
(assert_return (invoke "switch" (i32.const -1)) (i32.const -1))
(assert_return (invoke "switch" (i32.const 2147483647)) (i32.const -1))
(assert_return (invoke "mod3" (i32.const 0)) (i32.const 100))
(assert_return (invoke "mod3" (i32.const 1)) (i32.const 101))
(assert_return (invoke "mod3" (i32.const 2)) (i32.const 102))
(assert_return (invoke "mod3" (i32.const 3)) (i32.const 100))
(assert_return (invoke "mod3" (i32.const 500)) (i32.const 102))
(assert_return (invoke "mod3" (i32.const 998)) (i32.const 102))
(assert_return (invoke "mod3" (i32.const 999)) (i32.const 100))
(assert_return (invoke "mod3" (i32.const 1000)) (i32.const 102))
(assert_return (invoke "mod3" (i32.const -1)) (i32.const 102))
