;; Linking: modules sharing memories, tables, globals and functions through
;; register; call_indirect across module boundaries; import type checking;
;; start functions; and instantiation-time traps from active segments.
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - An imported memory/table is the exporter's object, not a copy: stores,
;;    memory.grow and table.set in one module are visible in the other
;;    (compiled code must not cache the memory's byte array across a grow done
;;    by another module).
;;  - A function stored in a table keeps its own instance: calling it through
;;    another module's call_indirect runs it against its defining module's
;;    memory and globals.  Its signature is compared structurally across
;;    modules (type indices differ between modules).
;;  - Import matching: function types must be equal; table/memory limits are
;;    matched by subtyping (actual min >= declared min; if a max is declared
;;    the actual max must exist and be <= it); the kind must match.
;;  - Instantiation order (Wasm 2.0): element segments, then data segments, in
;;    order, each bounds-checked when applied; then the start function.  A
;;    trap aborts instantiation but writes already made to *imported*
;;    memories/tables persist (unlike Wasm 1.0).

;; ---------------------------------------------------------------- the provider module
(module $P
  (type $ret (func (result i32)))
  (type $un (func (param i32) (result i32)))
  (memory (export "mem") 1 5)
  (table (export "tab") 10 funcref)
  (global $g (export "g") (mut i32) (i32.const 100))
  (global $k (export "k") i32 (i32.const 7))
  (func $p-id (export "p-id") (result i32) (i32.const 1))
  (func $p-add (export "p-add") (param i32) (result i32) (i32.add (local.get 0) (global.get $g)))
  (elem (i32.const 0) $p-id $p-add)
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "load32") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "call") (param i32) (result i32) (call_indirect (type $ret) (local.get 0)))
  (func (export "call-un") (param i32 i32) (result i32)
    (call_indirect (type $un) (local.get 0) (local.get 1)))
  (func (export "get-g") (result i32) (global.get $g))
  (func (export "table-is-null") (param i32) (result i32) (ref.is_null (table.get 0 (local.get 0))))
)
(register "P" $P)
;; the same instance may be registered under several names
(register "P2" $P)

;; ---------------------------------------------------------------- the consumer module
(module $C
  ;; its own type section has the types in a different order than $P
  (type $un (func (param i32) (result i32)))
  (type $ret (func (result i32)))
  (import "P" "mem" (memory 1))
  (import "P" "tab" (table 10 funcref))
  (import "P" "g" (global $g (mut i32)))
  (import "P" "k" (global $k i32))
  (import "P" "p-add" (func $p-add (type $un)))
  (import "P2" "p-id" (func $p-id (type $ret)))
  (global $own (mut i32) (i32.const 5000))
  (func $c-own (type $ret) (global.get $own))
  (func $c-inc (type $un) (i32.add (local.get 0) (i32.const 1)))
  ;; C writes its own functions into P's table at instantiation
  (elem (i32.const 5) $c-own $c-inc)
  ;; ... and data into P's memory
  (data (i32.const 16) "linked")
  (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "call") (param i32) (result i32) (call_indirect (type $ret) (local.get 0)))
  (func (export "call-un") (param i32 i32) (result i32)
    (call_indirect (type $un) (local.get 1) (local.get 0)))
  (func (export "call-p-add") (param i32) (result i32) (call $p-add (local.get 0)))
  (func (export "call-p-id") (result i32) (call $p-id))
  (func (export "set-g") (param i32) (global.set $g (local.get 0)))
  (func (export "get-k") (result i32) (global.get $k))
  (func (export "set-own") (param i32) (global.set $own (local.get 0)))
  (elem declare func $p-id)
  (func (export "put-p-id-at") (param i32) (table.set 0 (local.get 0) (ref.func $p-id)))
  ;; re-export an imported function
  (export "reexported-p-add" (func $p-add))
)

;; data and elements written by $C at instantiation landed in $P
(assert_return (invoke $P "load" (i32.const 16)) (i32.const 0x6c))
(assert_return (invoke $P "load" (i32.const 21)) (i32.const 0x64))
(assert_return (invoke $P "load32" (i32.const 16)) (i32.const 0x6b6e696c))
(assert_return (invoke $P "call" (i32.const 5)) (i32.const 5000))

;; ---------------------------------------------------------------- shared memory
(invoke $C "store" (i32.const 0) (i32.const 0x41))
(assert_return (invoke $P "load" (i32.const 0)) (i32.const 0x41))
(invoke $P "store" (i32.const 1) (i32.const 0x42))
(assert_return (invoke $C "load" (i32.const 1)) (i32.const 0x42))
(assert_return (invoke $P "size") (i32.const 1))
(assert_return (invoke $C "size") (i32.const 1))
(assert_trap (invoke $P "load" (i32.const 65536)) "out of bounds memory access")
;; growing through one module is seen by the other
(assert_return (invoke $C "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke $P "size") (i32.const 2))
(assert_return (invoke $P "load" (i32.const 65536)) (i32.const 0))
(invoke $P "store" (i32.const 65537) (i32.const 0x43))
(assert_return (invoke $C "load" (i32.const 65537)) (i32.const 0x43))
(assert_return (invoke $P "grow" (i32.const 2)) (i32.const 2))
(assert_return (invoke $C "size") (i32.const 4))
(assert_return (invoke $C "load" (i32.const 262143)) (i32.const 0))
(assert_trap (invoke $C "load" (i32.const 262144)) "out of bounds memory access")
;; the declared maximum of the exporter (5) applies to the importer too
(assert_return (invoke $C "grow" (i32.const 2)) (i32.const -1))
(assert_return (invoke $C "size") (i32.const 4))

;; ---------------------------------------------------------------- shared table, cross-module call_indirect
(assert_return (invoke $P "call" (i32.const 0)) (i32.const 1))
(assert_return (invoke $C "call" (i32.const 0)) (i32.const 1))
;; $c-own runs against $C's global, whoever calls it
(assert_return (invoke $C "call" (i32.const 5)) (i32.const 5000))
(invoke $C "set-own" (i32.const 6))
(assert_return (invoke $P "call" (i32.const 5)) (i32.const 6))
(assert_return (invoke $P "call-un" (i32.const 41) (i32.const 6)) (i32.const 42))
;; $p-add reads $P's global, which $C can set through its import
(assert_return (invoke $C "call-un" (i32.const 1) (i32.const 10)) (i32.const 110))
(invoke $C "set-g" (i32.const 200))
(assert_return (invoke $P "get-g") (i32.const 200))
(assert_return (get $P "g") (i32.const 200))
(assert_return (invoke $P "call-un" (i32.const 5) (i32.const 1)) (i32.const 205))
(assert_return (invoke $C "call-p-add" (i32.const 1)) (i32.const 201))
(assert_return (invoke $C "reexported-p-add" (i32.const 2)) (i32.const 202))
(assert_return (invoke $C "call-p-id") (i32.const 1))
(assert_return (invoke $C "get-k") (i32.const 7))
;; structural signature check across modules
(assert_trap (invoke $P "call" (i32.const 6)) "indirect call type mismatch")
(assert_trap (invoke $C "call" (i32.const 1)) "indirect call type mismatch")
(assert_trap (invoke $C "call-un" (i32.const 0) (i32.const 5)) "indirect call type mismatch")
(assert_trap (invoke $P "call" (i32.const 9)) "uninitialized element")
(assert_trap (invoke $C "call" (i32.const 10)) "undefined element")
(assert_return (invoke $P "table-is-null" (i32.const 9)) (i32.const 1))
(invoke $C "put-p-id-at" (i32.const 9))
(assert_return (invoke $P "table-is-null" (i32.const 9)) (i32.const 0))
(assert_return (invoke $P "call" (i32.const 9)) (i32.const 1))

;; ---------------------------------------------------------------- import type checking
(assert_unlinkable (module (import "P" "p-add" (func (param i64) (result i32)))) "incompatible import type")
(assert_unlinkable (module (import "P" "p-add" (func (param i32)))) "incompatible import type")
(assert_unlinkable (module (import "P" "p-add" (func (param i32) (result i64)))) "incompatible import type")
(assert_unlinkable (module (import "P" "p-id" (func (result i32 i32)))) "incompatible import type")
(assert_unlinkable (module (import "P" "p-id" (func (param i32) (result i32)))) "incompatible import type")
;; memory limits: the memory is currently 4 pages with maximum 5
(module (import "P" "mem" (memory 4)))
(module (import "P" "mem" (memory 1 5)))
(assert_unlinkable (module (import "P" "mem" (memory 5))) "incompatible import type")
(assert_unlinkable (module (import "P" "mem" (memory 1 4))) "incompatible import type")
;; table limits: 10 entries, no maximum
(module (import "P" "tab" (table 10 funcref)))
(assert_unlinkable (module (import "P" "tab" (table 11 funcref))) "incompatible import type")
(assert_unlinkable (module (import "P" "tab" (table 10 100 funcref))) "incompatible import type")
(assert_unlinkable (module (import "P" "tab" (table 10 externref))) "incompatible import type")
;; wrong kind
(assert_unlinkable (module (import "P" "mem" (func))) "incompatible import type")
(assert_unlinkable (module (import "P" "p-id" (memory 1))) "incompatible import type")
(assert_unlinkable (module (import "P" "g" (table 1 funcref))) "incompatible import type")
(assert_unlinkable (module (import "P" "tab" (global i32))) "incompatible import type")
;; the spectest host module
(module
  (import "spectest" "print_i32" (func $print_i32 (param i32)))
  (import "spectest" "print_f64_f64" (func $print_f64_f64 (param f64 f64)))
  (import "spectest" "print" (func $print))
  (import "spectest" "table" (table 10 20 funcref))
  (import "spectest" "memory" (memory 1 2))
  (import "spectest" "global_i32" (global i32))
  (func (export "print") (call $print_i32 (i32.const 42)) (call $print_f64_f64 (f64.const 1) (f64.const 2)) (call $print))
  (func (export "table-size") (result i32) (table.size 0))
)
(assert_return (invoke "print"))
(assert_return (invoke "table-size") (i32.const 10))
(assert_unlinkable (module (import "spectest" "print_i32" (func (param i64)))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "print_i32" (func (param i32) (result i32)))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "table" (table 10 15 funcref))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "table" (table 11 funcref))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "memory" (memory 1 1))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "memory" (memory 2))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "global_i32" (global i64))) "incompatible import type")
;; unknown imports
(assert_unlinkable (module (import "P" "nope" (func))) "unknown import")
(assert_unlinkable (module (import "spectest" "print_i33" (func (param i32)))) "unknown import")
(assert_unlinkable (module (import "no-such-module" "f" (func))) "unknown import")
(assert_unlinkable (module (import "P" "load" (func (param i32) (result i32))) (import "P" "missing" (memory 1))) "unknown import")

;; ---------------------------------------------------------------- start function
(module $S
  (import "P" "mem" (memory 1))
  (import "P" "g" (global $g (mut i32)))
  (global $count (mut i32) (i32.const 0))
  (global $seen (mut i32) (i32.const -1))
  (data (i32.const 40) "\01")
  (func $start
    (global.set $count (i32.add (global.get $count) (i32.const 1)))
    ;; data segments are applied before start runs
    (global.set $seen (i32.load8_u (i32.const 40)))
    (i32.store8 (i32.const 40) (i32.const 2))
    (i32.store8 (i32.const 30) (i32.const 0x99))
    (global.set $g (i32.const 777)))
  (start $start)
  (func (export "count") (result i32) (global.get $count))
  (func (export "seen") (result i32) (global.get $seen))
)
(assert_return (invoke $S "count") (i32.const 1))
(assert_return (invoke $S "seen") (i32.const 1))
(assert_return (invoke $P "load" (i32.const 40)) (i32.const 2))
(assert_return (invoke $P "load" (i32.const 30)) (i32.const 0x99))
(assert_return (invoke $P "get-g") (i32.const 777))

;; a trapping start function fails instantiation, but its data write to the imported memory stays
(assert_trap
  (module
    (import "P" "mem" (memory 1))
    (data (i32.const 50) "\ab")
    (func $s (unreachable))
    (start $s))
  "unreachable")
(assert_return (invoke $P "load" (i32.const 50)) (i32.const 0xab))

;; ---------------------------------------------------------------- segment bounds at instantiation
(assert_trap (module (memory 1) (data (i32.const 65536) "a")) "out of bounds memory access")
(assert_trap (module (memory 1) (data (i32.const 65535) "ab")) "out of bounds memory access")
(assert_trap (module (memory 1) (data (i32.const -1) "a")) "out of bounds memory access")
;; an empty segment exactly at the end is fine; one past the end traps even when empty
(module (memory 1) (data (i32.const 65536) ""))
(assert_trap (module (memory 0) (data (i32.const 1) "")) "out of bounds memory access")
(module (memory 1) (data (i32.const 65535) "z"))
(assert_trap (module (table 1 funcref) (func $f) (elem (i32.const 1) $f)) "out of bounds table access")
(assert_trap (module (table 2 funcref) (func $f) (elem (i32.const 1) $f $f)) "out of bounds table access")
(module (table 1 funcref) (elem (i32.const 1) func))
(assert_trap (module (table 0 funcref) (elem (i32.const 1) func)) "out of bounds table access")
;; the offset may come from an imported global
(module $O
  (global (export "off") i32 (i32.const 65534))
)
(register "O" $O)
(assert_trap
  (module (import "O" "off" (global $o i32)) (memory 1) (data (global.get $o) "abc"))
  "out of bounds memory access")
(module (import "O" "off" (global $o i32)) (memory 1) (data (global.get $o) "ab"))

;; earlier segments persist when a later one traps (imported memory is 4 pages = 0x40000)
(assert_trap
  (module
    (import "P" "mem" (memory 1))
    (data (i32.const 60) "\cd")
    (data (i32.const 0x3ffff) "xy"))
  "out of bounds memory access")
(assert_return (invoke $P "load" (i32.const 60)) (i32.const 0xcd))
;; the trapping segment wrote nothing, not even its in-bounds prefix
(assert_return (invoke $P "load" (i32.const 0x3ffff)) (i32.const 0))

;; element segments are applied before data segments
(assert_trap
  (module
    (import "P" "mem" (memory 1))
    (import "P" "tab" (table 10 funcref))
    (func $f (result i32) (i32.const 0))
    (data (i32.const 70) "\ef")
    (elem (i32.const 10) $f))
  "out of bounds table access")
(assert_return (invoke $P "load" (i32.const 70)) (i32.const 0))

;; a function placed into an imported table by a module that failed to
;; instantiate is still callable, and uses that module's initialised globals
(assert_trap (invoke $P "call" (i32.const 8)) "uninitialized element")
(assert_trap
  (module
    (import "P" "tab" (table 10 funcref))
    (global $seed i32 (i32.const 0x5eed))
    (func $f (result i32) (global.get $seed))
    (elem (i32.const 8) $f)
    (elem (i32.const 9) $f $f))
  "out of bounds table access")
(assert_return (invoke $P "call" (i32.const 8)) (i32.const 0x5eed))
(assert_return (invoke $P "call" (i32.const 9)) (i32.const 1))
