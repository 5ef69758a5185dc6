;; Globals: mutable and immutable globals of every value type, constant
;; initialisers (including global.get of an imported global and ref.func),
;; imports from the spectest host module, and exported mutable globals shared
;; between modules through register.
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - An imported or exported *mutable* global is shared state: it must be a
;;    cell (box/reference) shared by all instances, not a field copied at link
;;    time, so writes in one module are visible in the other and to the host.
;;  - Immutable imported globals may be copied, but their initial value must
;;    come from the import (spectest.global_i32 = 666 etc.).
;;  - f32/f64 globals must keep NaN payloads bit for bit.
;;  - Reads after writes within one function must not use a stale cached value.

(module
  (import "spectest" "global_i32" (global $imp-i32 i32))
  (import "spectest" "global_i64" (global $imp-i64 i64))
  (import "spectest" "global_f32" (global $imp-f32 f32))
  (import "spectest" "global_f64" (global $imp-f64 f64))

  (global $i32 (export "i32") i32 (i32.const -2))
  (global $i64 (export "i64") i64 (i64.const 0x123456789abcdef0))
  (global $f32 (export "f32") f32 (f32.const -0))
  (global $f64 (export "f64") f64 (f64.const 0x1p-1074))
  (global $f32-nan (export "f32-nan") f32 (f32.const nan:0x200001))
  (global $f64-nan (export "f64-nan") f64 (f64.const -nan:0x1))

  (global $mi32 (export "mi32") (mut i32) (i32.const 10))
  (global $mi64 (export "mi64") (mut i64) (i64.const 20))
  (global $mf32 (export "mf32") (mut f32) (f32.const 30))
  (global $mf64 (export "mf64") (mut f64) (f64.const 40))
  (global $mext (mut externref) (ref.null extern))
  (global $mfunc (mut funcref) (ref.null func))

  ;; initialised from imported globals (the only global.get allowed in a constant expression)
  (global $from-import (export "from-import") i32 (global.get $imp-i32))
  (global $from-import64 (mut i64) (global.get $imp-i64))
  (global $fref funcref (ref.func $seven))

  (func $seven (result i32) (i32.const 7))
  (type $ret (func (result i32)))
  (table 1 funcref)

  (func (export "get-imp-i32") (result i32) (global.get $imp-i32))
  (func (export "get-imp-i64") (result i64) (global.get $imp-i64))
  (func (export "get-imp-f32") (result f32) (global.get $imp-f32))
  (func (export "get-imp-f64") (result f64) (global.get $imp-f64))
  (func (export "get-from-import64") (result i64) (global.get $from-import64))
  (func (export "get-i32") (result i32) (global.get $i32))
  (func (export "get-i64") (result i64) (global.get $i64))
  (func (export "get-f32") (result f32) (global.get $f32))
  (func (export "get-f64") (result f64) (global.get $f64))
  (func (export "get-f32-nan-bits") (result i32) (i32.reinterpret_f32 (global.get $f32-nan)))
  (func (export "get-f64-nan-bits") (result i64) (i64.reinterpret_f64 (global.get $f64-nan)))

  (func (export "get-mi32") (result i32) (global.get $mi32))
  (func (export "set-mi32") (param i32) (global.set $mi32 (local.get 0)))
  (func (export "get-mi64") (result i64) (global.get $mi64))
  (func (export "set-mi64") (param i64) (global.set $mi64 (local.get 0)))
  (func (export "get-mf32") (result f32) (global.get $mf32))
  (func (export "set-mf32") (param f32) (global.set $mf32 (local.get 0)))
  (func (export "get-mf64") (result f64) (global.get $mf64))
  (func (export "set-mf64") (param f64) (global.set $mf64 (local.get 0)))
  (func (export "set-mf32-bits") (param i32) (global.set $mf32 (f32.reinterpret_i32 (local.get 0))))
  (func (export "get-mf32-bits") (result i32) (i32.reinterpret_f32 (global.get $mf32)))
  (func (export "get-mext") (result externref) (global.get $mext))
  (func (export "set-mext") (param externref) (global.set $mext (local.get 0)))
  (func (export "mext-is-null") (result i32) (ref.is_null (global.get $mext)))
  (func (export "mfunc-is-null") (result i32) (ref.is_null (global.get $mfunc)))
  (func (export "set-mfunc") (global.set $mfunc (global.get $fref)))
  (func (export "call-mfunc") (result i32)
    (table.set 0 (i32.const 0) (global.get $mfunc))
    (call_indirect (type $ret) (i32.const 0)))

  ;; read-modify-write sequences inside one function
  (func (export "incr-mi32-twice") (result i32)
    (global.set $mi32 (i32.add (global.get $mi32) (i32.const 1)))
    (global.set $mi32 (i32.add (global.get $mi32) (i32.const 1)))
    (global.get $mi32))
  (func (export "swap-mi32-in-expr") (param i32) (result i32)
    ;; the old value is read before the set inside the block is executed
    (i32.add
      (i32.mul (global.get $mi32) (i32.const 1000))
      (block (result i32) (global.set $mi32 (local.get 0)) (global.get $mi32))))
  (func (export "count-loop") (param $n i32) (result i64)
    (global.set $mi64 (i64.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $n)))
        (global.set $mi64 (i64.add (global.get $mi64) (i64.extend_i32_u (local.get $n))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $l)))
    (global.get $mi64))
)

;; imported from spectest
(assert_return (invoke "get-imp-i32") (i32.const 666))
(assert_return (invoke "get-imp-i64") (i64.const 666))
(assert_return (invoke "get-imp-f32") (f32.const 666.6))
(assert_return (invoke "get-imp-f64") (f64.const 666.6))
(assert_return (get "from-import") (i32.const 666))
(assert_return (invoke "get-from-import64") (i64.const 666))

;; immutable globals of every type, via functions and via exports
(assert_return (invoke "get-i32") (i32.const -2))
(assert_return (invoke "get-i64") (i64.const 0x123456789abcdef0))
(assert_return (invoke "get-f32") (f32.const -0))
(assert_return (invoke "get-f64") (f64.const 0x1p-1074))
(assert_return (get "i32") (i32.const -2))
(assert_return (get "i64") (i64.const 0x123456789abcdef0))
(assert_return (get "f32") (f32.const -0))
(assert_return (get "f64") (f64.const 0x1p-1074))
(assert_return (get "f32-nan") (f32.const nan:0x200001))
(assert_return (get "f64-nan") (f64.const -nan:0x1))
(assert_return (invoke "get-f32-nan-bits") (i32.const 0x7fa00001))
(assert_return (invoke "get-f64-nan-bits") (i64.const 0xfff0000000000001))

;; mutable globals
(assert_return (get "mi32") (i32.const 10))
(assert_return (invoke "set-mi32" (i32.const -5)))
(assert_return (invoke "get-mi32") (i32.const -5))
(assert_return (get "mi32") (i32.const -5))
(assert_return (invoke "incr-mi32-twice") (i32.const -3))
(assert_return (invoke "swap-mi32-in-expr" (i32.const 4)) (i32.const -2996))
(assert_return (invoke "get-mi32") (i32.const 4))
(assert_return (invoke "set-mi64" (i64.const 0xfedcba9876543210)))
(assert_return (invoke "get-mi64") (i64.const 0xfedcba9876543210))
(assert_return (get "mi64") (i64.const 0xfedcba9876543210))
(assert_return (invoke "count-loop" (i32.const 100)) (i64.const 5050))
(assert_return (get "mi64") (i64.const 5050))
(assert_return (invoke "set-mf32" (f32.const -0x1.fffffep127)))
(assert_return (invoke "get-mf32") (f32.const -0x1.fffffep127))
(assert_return (invoke "set-mf32-bits" (i32.const 0xff800001)))
(assert_return (invoke "get-mf32-bits") (i32.const 0xff800001))
(assert_return (get "mf32") (f32.const -nan:0x1))
(assert_return (invoke "set-mf32" (f32.const nan:0x200000)))
(assert_return (invoke "get-mf32-bits") (i32.const 0x7fa00000))
(assert_return (invoke "set-mf64" (f64.const -0)))
(assert_return (invoke "get-mf64") (f64.const -0))
(assert_return (get "mf64") (f64.const -0))

;; reference-typed globals
(assert_return (invoke "mext-is-null") (i32.const 1))
(assert_return (invoke "get-mext") (ref.null extern))
(assert_return (invoke "set-mext" (ref.extern 3)))
(assert_return (invoke "mext-is-null") (i32.const 0))
(assert_return (invoke "get-mext") (ref.extern 3))
(assert_return (invoke "set-mext" (ref.null extern)))
(assert_return (invoke "get-mext") (ref.null extern))
(assert_return (invoke "mfunc-is-null") (i32.const 1))
(assert_trap (invoke "call-mfunc") "uninitialized element")
(invoke "set-mfunc")
(assert_return (invoke "mfunc-is-null") (i32.const 0))
(assert_return (invoke "call-mfunc") (i32.const 7))

;; ---------------------------------------------------------------- sharing through register
(module $G
  (global (export "counter") (mut i32) (i32.const 0))
  (global (export "big") (mut i64) (i64.const -1))
  (global (export "ratio") (mut f64) (f64.const 0.5))
  (global (export "const") i32 (i32.const 42))
  (func (export "bump") (result i32)
    (global.set 0 (i32.add (global.get 0) (i32.const 1)))
    (global.get 0))
  (func (export "read") (result i32) (global.get 0))
  (func (export "read-big") (result i64) (global.get 1))
)
(register "G" $G)

(module $H
  (import "G" "counter" (global $c (mut i32)))
  (import "G" "big" (global $big (mut i64)))
  (import "G" "ratio" (global $ratio (mut f64)))
  (import "G" "const" (global $k i32))
  ;; an immutable import re-exported
  (export "reexported-const" (global $k))
  (export "reexported-counter" (global $c))
  (global $derived i32 (global.get $k))
  (func (export "add") (param i32) (result i32)
    (global.set $c (i32.add (global.get $c) (local.get 0)))
    (global.get $c))
  (func (export "set-big") (param i64) (global.set $big (local.get 0)))
  (func (export "halve") (result f64)
    (global.set $ratio (f64.mul (global.get $ratio) (f64.const 0.5)))
    (global.get $ratio))
  (func (export "derived") (result i32) (global.get $derived))
)

(assert_return (invoke $G "bump") (i32.const 1))
(assert_return (invoke $H "add" (i32.const 10)) (i32.const 11))
;; the write made by $H is visible in $G, in the export of $G, and in $H's re-export
(assert_return (invoke $G "read") (i32.const 11))
(assert_return (get $G "counter") (i32.const 11))
(assert_return (get $H "reexported-counter") (i32.const 11))
(assert_return (invoke $G "bump") (i32.const 12))
(assert_return (invoke $H "add" (i32.const 0)) (i32.const 12))
(assert_return (invoke $H "set-big" (i64.const 0x7000000000000001)))
(assert_return (invoke $G "read-big") (i64.const 0x7000000000000001))
(assert_return (invoke $H "halve") (f64.const 0.25))
(assert_return (get $G "ratio") (f64.const 0.25))
(assert_return (get $H "reexported-const") (i32.const 42))
(assert_return (invoke $H "derived") (i32.const 42))

;; a third module importing the re-exported global sees the same cell
(register "H" $H)
(module $I
  (import "H" "reexported-counter" (global $c (mut i32)))
  (func (export "reset") (global.set $c (i32.const 100)))
)
(invoke $I "reset")
(assert_return (invoke $G "read") (i32.const 100))
(assert_return (invoke $H "add" (i32.const 1)) (i32.const 101))

;; import type checks: value type and mutability must match exactly
(assert_unlinkable
  (module (import "G" "counter" (global i32)))
  "incompatible import type")
(assert_unlinkable
  (module (import "G" "const" (global (mut i32))))
  "incompatible import type")
(assert_unlinkable
  (module (import "G" "counter" (global (mut i64))))
  "incompatible import type")
(assert_unlinkable
  (module (import "spectest" "global_i32" (global f32)))
  "incompatible import type")
(assert_unlinkable
  (module (import "spectest" "global_f64" (global (mut f64))))
  "incompatible import type")
(assert_unlinkable
  (module (import "G" "bump" (global i32)))
  "incompatible import type")
(assert_unlinkable
  (module (import "G" "nonexistent" (global i32)))
  "unknown import")
