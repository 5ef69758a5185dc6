;; Tables and reference types: funcref and externref tables, table.get/set/
;; size/grow/fill/copy/init, elem.drop, multiple tables, ref.null, ref.is_null,
;; ref.func, and externref values passed in and out of Wasm.
;;
;; (wabt 1.0.32's wast2json requires the explicit table operand on table.get,
;; table.set, table.size, table.grow and table.fill, so it is always written.)
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - Bounds checks are unsigned and cover the whole range (i + n > size traps,
;;    computed without 32-bit wraparound); when out of bounds, table.fill,
;;    table.copy and table.init write nothing.  n = 0 at i = size is fine.
;;  - table.copy within one table must handle overlap in both directions.
;;  - table.grow returns the old size, or -1 (not a trap) past the maximum;
;;    new slots get the init value; code must see the new size afterwards.
;;  - Passive element segments can be dropped; active ones are dropped after
;;    instantiation; a dropped segment acts as an empty one.
;;  - externref values are opaque host references: identity must be kept, and
;;    a null externref is distinct from any host value.
;;  - call_indirect through a second table uses that table, not table 0.

(module
  (type $ret (func (result i32)))
  (func $f1 (type $ret) (i32.const 1))
  (func $f2 (type $ret) (i32.const 2))
  (func $f3 (type $ret) (i32.const 3))
  (func $f4 (type $ret) (i32.const 4))

  (table $t0 4 10 funcref)
  (table $t1 3 externref)
  (table $t2 2 funcref)

  (elem $passive func $f1 $f2 $f3)
  (elem $passive-expr funcref (ref.func $f3) (ref.null func) (ref.func $f1))
  (elem $active (table $t0) (i32.const 1) func $f2)
  (elem (table $t2) (i32.const 0) func $f3 $f1)
  (elem declare func $f4)

  (global $gref funcref (ref.func $f4))

  ;; t0 (funcref)
  (func (export "size-t0") (result i32) (table.size $t0))
  (func (export "get-t0-is-null") (param i32) (result i32) (ref.is_null (table.get $t0 (local.get 0))))
  (func (export "get-t0") (param i32) (result funcref) (table.get $t0 (local.get 0)))
  (func (export "call-t0") (param i32) (result i32) (call_indirect $t0 (type $ret) (local.get 0)))
  (func (export "set-t0-null") (param i32) (table.set $t0 (local.get 0) (ref.null func)))
  (func (export "set-t0-f4") (param i32) (table.set $t0 (local.get 0) (ref.func $f4)))
  (func (export "set-t0-global") (param i32) (table.set $t0 (local.get 0) (global.get $gref)))
  (func (export "grow-t0") (param i32) (result i32) (table.grow $t0 (ref.func $f1) (local.get 0)))
  (func (export "grow-t0-null") (param i32) (result i32) (table.grow $t0 (ref.null func) (local.get 0)))
  (func (export "fill-t0") (param i32 i32) (table.fill $t0 (local.get 0) (ref.func $f3) (local.get 1)))
  (func (export "fill-t0-null") (param i32 i32) (table.fill $t0 (local.get 0) (ref.null func) (local.get 1)))
  (func (export "copy-t0") (param i32 i32 i32) (table.copy $t0 $t0 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy-t2-to-t0") (param i32 i32 i32) (table.copy $t0 $t2 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init-t0") (param i32 i32 i32) (table.init $t0 $passive (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init-t0-expr") (param i32 i32 i32) (table.init $t0 $passive-expr (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init-t0-active") (param i32 i32 i32) (table.init $t0 $active (local.get 0) (local.get 1) (local.get 2)))
  (func (export "drop-passive") (elem.drop $passive))
  ;; grow then use the new slot in the same function
  (func (export "grow-and-call") (result i32)
    (drop (table.grow $t0 (ref.func $f4) (i32.const 1)))
    (call_indirect $t0 (type $ret) (i32.sub (table.size $t0) (i32.const 1))))

  ;; t2 (second funcref table)
  (func (export "size-t2") (result i32) (table.size $t2))
  (func (export "call-t2") (param i32) (result i32) (call_indirect $t2 (type $ret) (local.get 0)))

  ;; t1 (externref)
  (func (export "size-t1") (result i32) (table.size $t1))
  (func (export "get-t1") (param i32) (result externref) (table.get $t1 (local.get 0)))
  (func (export "set-t1") (param i32 externref) (table.set $t1 (local.get 0) (local.get 1)))
  (func (export "grow-t1") (param externref i32) (result i32) (table.grow $t1 (local.get 0) (local.get 1)))
  (func (export "fill-t1") (param i32 externref i32) (table.fill $t1 (local.get 0) (local.get 1) (local.get 2)))

  ;; references
  (func (export "ref-null-func-is-null") (result i32) (ref.is_null (ref.null func)))
  (func (export "ref-null-extern-is-null") (result i32) (ref.is_null (ref.null extern)))
  (func (export "ref-func-is-null") (result i32) (ref.is_null (ref.func $f4)))
  (func (export "global-ref-is-null") (result i32) (ref.is_null (global.get $gref)))
  (func (export "extern-is-null") (param externref) (result i32) (ref.is_null (local.get 0)))
  (func (export "extern-id") (param externref) (result externref) (local.get 0))
  (func (export "extern-pick") (param externref externref i32) (result externref)
    (if (result externref) (local.get 2) (then (local.get 0)) (else (local.get 1))))
  (func (export "ref-null-func") (result funcref) (ref.null func))
  (func (export "ref-null-extern") (result externref) (ref.null extern))
)

;; ---------------------------------------------------------------- initial state
(assert_return (invoke "size-t0") (i32.const 4))
(assert_return (invoke "size-t1") (i32.const 3))
(assert_return (invoke "size-t2") (i32.const 2))
(assert_return (invoke "get-t0-is-null" (i32.const 0)) (i32.const 1))
(assert_return (invoke "get-t0-is-null" (i32.const 1)) (i32.const 0))
(assert_return (invoke "get-t0" (i32.const 0)) (ref.null func))
(assert_return (invoke "call-t0" (i32.const 1)) (i32.const 2))
(assert_trap (invoke "call-t0" (i32.const 0)) "uninitialized element")
(assert_trap (invoke "call-t0" (i32.const 4)) "undefined element")
(assert_return (invoke "call-t2" (i32.const 0)) (i32.const 3))
(assert_return (invoke "call-t2" (i32.const 1)) (i32.const 1))
(assert_trap (invoke "call-t2" (i32.const 2)) "undefined element")
(assert_return (invoke "get-t1" (i32.const 0)) (ref.null extern))

;; ---------------------------------------------------------------- references
(assert_return (invoke "ref-null-func-is-null") (i32.const 1))
(assert_return (invoke "ref-null-extern-is-null") (i32.const 1))
(assert_return (invoke "ref-func-is-null") (i32.const 0))
(assert_return (invoke "global-ref-is-null") (i32.const 0))
(assert_return (invoke "ref-null-func") (ref.null func))
(assert_return (invoke "ref-null-extern") (ref.null extern))
(assert_return (invoke "extern-is-null" (ref.null extern)) (i32.const 1))
(assert_return (invoke "extern-is-null" (ref.extern 0)) (i32.const 0))
(assert_return (invoke "extern-is-null" (ref.extern 1)) (i32.const 0))
(assert_return (invoke "extern-id" (ref.extern 1)) (ref.extern 1))
(assert_return (invoke "extern-id" (ref.extern 0)) (ref.extern 0))
(assert_return (invoke "extern-id" (ref.null extern)) (ref.null extern))
(assert_return (invoke "extern-pick" (ref.extern 1) (ref.extern 2) (i32.const 1)) (ref.extern 1))
(assert_return (invoke "extern-pick" (ref.extern 1) (ref.extern 2) (i32.const 0)) (ref.extern 2))

;; ---------------------------------------------------------------- table.get / table.set
(assert_return (invoke "set-t0-f4" (i32.const 3)))
(assert_return (invoke "call-t0" (i32.const 3)) (i32.const 4))
(assert_return (invoke "set-t0-null" (i32.const 3)))
(assert_trap (invoke "call-t0" (i32.const 3)) "uninitialized element")
(assert_return (invoke "set-t0-global" (i32.const 0)))
(assert_return (invoke "call-t0" (i32.const 0)) (i32.const 4))
(assert_trap (invoke "get-t0" (i32.const 4)) "out of bounds table access")
(assert_trap (invoke "get-t0" (i32.const -1)) "out of bounds table access")
(assert_trap (invoke "set-t0-f4" (i32.const 4)) "out of bounds table access")
(assert_trap (invoke "set-t0-null" (i32.const 0x80000000)) "out of bounds table access")
(assert_return (invoke "set-t1" (i32.const 0) (ref.extern 5)))
(assert_return (invoke "set-t1" (i32.const 2) (ref.extern 6)))
(assert_return (invoke "get-t1" (i32.const 0)) (ref.extern 5))
(assert_return (invoke "get-t1" (i32.const 1)) (ref.null extern))
(assert_return (invoke "get-t1" (i32.const 2)) (ref.extern 6))
(assert_trap (invoke "get-t1" (i32.const 3)) "out of bounds table access")
(assert_trap (invoke "set-t1" (i32.const 3) (ref.extern 1)) "out of bounds table access")

;; ---------------------------------------------------------------- table.fill
;; t0 is now: [f4, f2, null, null]
(assert_return (invoke "fill-t0" (i32.const 2) (i32.const 2)))
(assert_return (invoke "call-t0" (i32.const 2)) (i32.const 3))
(assert_return (invoke "call-t0" (i32.const 3)) (i32.const 3))
(assert_return (invoke "call-t0" (i32.const 1)) (i32.const 2))
(assert_return (invoke "fill-t0" (i32.const 4) (i32.const 0)))
(assert_trap (invoke "fill-t0" (i32.const 5) (i32.const 0)) "out of bounds table access")
;; partially out of bounds: nothing is written
(assert_trap (invoke "fill-t0-null" (i32.const 1) (i32.const 4)) "out of bounds table access")
(assert_return (invoke "call-t0" (i32.const 1)) (i32.const 2))
(assert_trap (invoke "fill-t0-null" (i32.const 1) (i32.const -1)) "out of bounds table access")
(assert_return (invoke "call-t0" (i32.const 2)) (i32.const 3))
(assert_return (invoke "fill-t1" (i32.const 1) (ref.extern 9) (i32.const 2)))
(assert_return (invoke "get-t1" (i32.const 0)) (ref.extern 5))
(assert_return (invoke "get-t1" (i32.const 1)) (ref.extern 9))
(assert_return (invoke "get-t1" (i32.const 2)) (ref.extern 9))
(assert_return (invoke "fill-t1" (i32.const 0) (ref.null extern) (i32.const 1)))
(assert_return (invoke "get-t1" (i32.const 0)) (ref.null extern))

;; ---------------------------------------------------------------- table.copy
;; t0 is now: [f4, f2, f3, f3]; set it to [f4, f2, f3, null]
(invoke "set-t0-null" (i32.const 3))
;; overlapping, dst > src: [f4, f4, f2, f3]
(assert_return (invoke "copy-t0" (i32.const 1) (i32.const 0) (i32.const 3)))
(assert_return (invoke "call-t0" (i32.const 0)) (i32.const 4))
(assert_return (invoke "call-t0" (i32.const 1)) (i32.const 4))
(assert_return (invoke "call-t0" (i32.const 2)) (i32.const 2))
(assert_return (invoke "call-t0" (i32.const 3)) (i32.const 3))
;; overlapping, dst < src: [f4, f2, f3, f3]
(assert_return (invoke "copy-t0" (i32.const 0) (i32.const 1) (i32.const 3)))
(assert_return (invoke "call-t0" (i32.const 0)) (i32.const 4))
(assert_return (invoke "call-t0" (i32.const 1)) (i32.const 2))
(assert_return (invoke "call-t0" (i32.const 2)) (i32.const 3))
(assert_return (invoke "call-t0" (i32.const 3)) (i32.const 3))
(assert_return (invoke "copy-t0" (i32.const 4) (i32.const 0) (i32.const 0)))
(assert_return (invoke "copy-t0" (i32.const 0) (i32.const 4) (i32.const 0)))
(assert_trap (invoke "copy-t0" (i32.const 5) (i32.const 0) (i32.const 0)) "out of bounds table access")
(assert_trap (invoke "copy-t0" (i32.const 0) (i32.const 5) (i32.const 0)) "out of bounds table access")
(assert_trap (invoke "copy-t0" (i32.const 0) (i32.const 1) (i32.const 4)) "out of bounds table access")
(assert_trap (invoke "copy-t0" (i32.const 1) (i32.const 0) (i32.const -1)) "out of bounds table access")
;; nothing was copied by the trapping calls
(assert_return (invoke "call-t0" (i32.const 0)) (i32.const 4))
;; copy between tables: t2 = [f3, f1]
(assert_return (invoke "copy-t2-to-t0" (i32.const 2) (i32.const 0) (i32.const 2)))
(assert_return (invoke "call-t0" (i32.const 2)) (i32.const 3))
(assert_return (invoke "call-t0" (i32.const 3)) (i32.const 1))
(assert_trap (invoke "copy-t2-to-t0" (i32.const 0) (i32.const 1) (i32.const 2)) "out of bounds table access")
(assert_trap (invoke "copy-t2-to-t0" (i32.const 3) (i32.const 0) (i32.const 2)) "out of bounds table access")

;; ---------------------------------------------------------------- table.init / elem.drop
;; passive = [f1, f2, f3]; passive-expr = [f3, null, f1]
(assert_return (invoke "init-t0" (i32.const 0) (i32.const 0) (i32.const 3)))
(assert_return (invoke "call-t0" (i32.const 0)) (i32.const 1))
(assert_return (invoke "call-t0" (i32.const 1)) (i32.const 2))
(assert_return (invoke "call-t0" (i32.const 2)) (i32.const 3))
(assert_return (invoke "init-t0" (i32.const 3) (i32.const 2) (i32.const 1)))
(assert_return (invoke "call-t0" (i32.const 3)) (i32.const 3))
(assert_return (invoke "init-t0-expr" (i32.const 1) (i32.const 0) (i32.const 3)))
(assert_return (invoke "call-t0" (i32.const 1)) (i32.const 3))
(assert_trap (invoke "call-t0" (i32.const 2)) "uninitialized element")
(assert_return (invoke "call-t0" (i32.const 3)) (i32.const 1))
;; range checks against segment and table
(assert_trap (invoke "init-t0" (i32.const 0) (i32.const 1) (i32.const 3)) "out of bounds table access")
(assert_trap (invoke "init-t0" (i32.const 2) (i32.const 0) (i32.const 3)) "out of bounds table access")
(assert_trap (invoke "init-t0" (i32.const 0) (i32.const -1) (i32.const 1)) "out of bounds table access")
(assert_return (invoke "init-t0" (i32.const 4) (i32.const 3) (i32.const 0)))
(assert_trap (invoke "init-t0" (i32.const 5) (i32.const 0) (i32.const 0)) "out of bounds table access")
(assert_trap (invoke "init-t0" (i32.const 0) (i32.const 4) (i32.const 0)) "out of bounds table access")
;; nothing was written by the trapping inits
(assert_return (invoke "call-t0" (i32.const 0)) (i32.const 1))
(assert_return (invoke "call-t0" (i32.const 3)) (i32.const 1))
;; dropped segment behaves as empty
(invoke "drop-passive")
(assert_return (invoke "init-t0" (i32.const 0) (i32.const 0) (i32.const 0)))
(assert_trap (invoke "init-t0" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds table access")
(assert_trap (invoke "init-t0" (i32.const 0) (i32.const 1) (i32.const 0)) "out of bounds table access")
(invoke "drop-passive")
;; active segments are dropped after instantiation
(assert_return (invoke "init-t0-active" (i32.const 0) (i32.const 0) (i32.const 0)))
(assert_trap (invoke "init-t0-active" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds table access")

;; ---------------------------------------------------------------- table.grow
(assert_return (invoke "grow-t0" (i32.const 0)) (i32.const 4))
(assert_return (invoke "grow-t0" (i32.const 2)) (i32.const 4))
(assert_return (invoke "size-t0") (i32.const 6))
(assert_return (invoke "call-t0" (i32.const 4)) (i32.const 1))
(assert_return (invoke "call-t0" (i32.const 5)) (i32.const 1))
(assert_trap (invoke "call-t0" (i32.const 6)) "undefined element")
(assert_return (invoke "grow-t0-null" (i32.const 1)) (i32.const 6))
(assert_trap (invoke "call-t0" (i32.const 6)) "uninitialized element")
;; maximum is 10
(assert_return (invoke "grow-t0" (i32.const 4)) (i32.const -1))
(assert_return (invoke "grow-t0" (i32.const -1)) (i32.const -1))
(assert_return (invoke "size-t0") (i32.const 7))
(assert_return (invoke "grow-and-call") (i32.const 4))
(assert_return (invoke "size-t0") (i32.const 8))
(assert_return (invoke "grow-t0" (i32.const 2)) (i32.const 8))
(assert_return (invoke "grow-t0" (i32.const 1)) (i32.const -1))
(assert_return (invoke "size-t0") (i32.const 10))
(assert_return (invoke "fill-t0" (i32.const 9) (i32.const 1)))
(assert_return (invoke "call-t0" (i32.const 9)) (i32.const 3))
(assert_trap (invoke "get-t0" (i32.const 10)) "out of bounds table access")
;; externref table without maximum
(assert_return (invoke "grow-t1" (ref.extern 7) (i32.const 2)) (i32.const 3))
(assert_return (invoke "size-t1") (i32.const 5))
(assert_return (invoke "get-t1" (i32.const 3)) (ref.extern 7))
(assert_return (invoke "get-t1" (i32.const 4)) (ref.extern 7))
(assert_return (invoke "get-t1" (i32.const 2)) (ref.extern 9))
(assert_return (invoke "grow-t1" (ref.null extern) (i32.const -1)) (i32.const -1))
(assert_return (invoke "size-t1") (i32.const 5))

;; ---------------------------------------------------------------- empty table
(module
  (type $v (func))
  (table 0 funcref)
  (func (export "call") (param i32) (call_indirect (type $v) (local.get 0)))
  (func (export "size") (result i32) (table.size 0))
  (func (export "fill") (param i32 i32) (table.fill 0 (local.get 0) (ref.null func) (local.get 1)))
)
(assert_return (invoke "size") (i32.const 0))
(assert_trap (invoke "call" (i32.const 0)) "undefined element")
(assert_return (invoke "fill" (i32.const 0) (i32.const 0)))
(assert_trap (invoke "fill" (i32.const 0) (i32.const 1)) "out of bounds table access")
