;; Validation (assert_invalid) and binary decoding (assert_malformed, binary
;; form only), plus valid "control" modules next to the malformed ones so
;; that each malformed binary differs from an accepted one in one place only.
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - Validation must happen before any IL is emitted: an invalid module must
;;    be rejected as a whole (not fail later, lazily, when a function is
;;    first called), and the reason must be a validation error, not an
;;    InvalidProgramException from the JIT.
;;  - Dead code after br/return/unreachable is validated against a
;;    polymorphic stack: it may be odd but valid (see the valid cases below).
;;  - LEB128 decoding: up to ceil(N/7) bytes are allowed, padded encodings are
;;    valid, one byte more is "integer representation too long", and unused
;;    bits of the last byte must be zero (unsigned) or sign copies (signed),
;;    else "integer too large".

;; ---------------------------------------------------------------- type mismatches
(assert_invalid (module (func (result i32) (i64.const 0))) "type mismatch")
(assert_invalid (module (func (result i32))) "type mismatch")
(assert_invalid (module (func (i32.const 1))) "type mismatch")
(assert_invalid (module (func (drop (i32.add (i32.const 0) (i64.const 0))))) "type mismatch")
(assert_invalid (module (func (drop (f32.add (f64.const 0) (f32.const 0))))) "type mismatch")
(assert_invalid (module (func (i32.eqz) (drop))) "type mismatch")
(assert_invalid (module (func (result i32) (block (result i32) (i32.const 1) (i32.const 2)))) "type mismatch")
(assert_invalid (module (func (result i32) (block (result i32) (nop)))) "type mismatch")
;; if with a result needs an else
(assert_invalid (module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 1))))) "type mismatch")
(assert_invalid (module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 1)) (else (i64.const 1))))) "type mismatch")
;; the if condition must be i32
(assert_invalid (module (func (if (i64.const 1) (then)))) "type mismatch")
;; br carrying the wrong type / no value for a block with a result
(assert_invalid (module (func (result i32) (block (result i32) (br 0 (i64.const 1))))) "type mismatch")
(assert_invalid (module (func (result i32) (block (result i32) (br 0)))) "type mismatch")
;; br_if with a value out of a block without result leaves it behind
(assert_invalid (module (func (block (br_if 0 (i32.const 1) (i32.const 1))))) "type mismatch")
;; br_table targets must agree
(assert_invalid
  (module (func (result i32)
    (block (result i32) (drop (block (result i64) (br_table 0 1 (i32.const 0) (i32.const 0)))) (i32.const 0))))
  "type mismatch")
;; loop params are what a br to the loop carries
(assert_invalid
  (module (func (result i32) (i32.const 0) (loop (param i32) (result i32) (br 0 (i64.const 0)))))
  "type mismatch")
;; untyped select cannot be used with reference types
(assert_invalid
  (module (func (drop (select (ref.null extern) (ref.null extern) (i32.const 1)))))
  "type mismatch")
(assert_invalid (module (func (drop (select (i32.const 1) (i64.const 1) (i32.const 1))))) "type mismatch")
(assert_invalid (module (table 1 funcref) (func (table.set 0 (i32.const 0) (ref.null extern)))) "type mismatch")
(assert_invalid (module (func (param i32) (local.set 0 (f32.const 0)))) "type mismatch")
(assert_invalid (module (global (mut i32) (i32.const 0)) (func (global.set 0 (i64.const 0)))) "type mismatch")
(assert_invalid (module (global i32 (i64.const 0))) "type mismatch")
(assert_invalid (module (func (call 1 (i64.const 0))) (func (param i32))) "type mismatch")
(assert_invalid (module (memory 1) (func (i32.store (i32.const 0) (f32.const 0)))) "type mismatch")

;; ---------------------------------------------------------------- unknown indices
(assert_invalid (module (func (drop (local.get 0)))) "unknown local")
(assert_invalid (module (func (param i32) (local i64) (local.set 2 (i32.const 0)))) "unknown local")
(assert_invalid (module (func (param i32) (drop (local.tee 1 (i32.const 0))))) "unknown local")
(assert_invalid (module (func (br 1))) "unknown label")
(assert_invalid (module (func (block (loop (br_if 3 (i32.const 1)))))) "unknown label")
(assert_invalid (module (func (block (br_table 0 2 (i32.const 0))))) "unknown label")
(assert_invalid (module (func (call 1))) "unknown function")
(assert_invalid (module (func (drop (ref.func 7)))) "unknown function")
(assert_invalid (module (func) (start 1)) "unknown function")
(assert_invalid (module (func) (export "f" (func 1))) "unknown function")
(assert_invalid (module (func (drop (global.get 0)))) "unknown global")
(assert_invalid (module (global i32 (global.get 0))) "unknown global")
(assert_invalid (module (func (drop (i32.load (i32.const 0))))) "unknown memory")
(assert_invalid (module (func (drop (memory.size)))) "unknown memory")
(assert_invalid (module (type (func)) (func (call_indirect (type 0) (i32.const 0)))) "unknown table")
(assert_invalid (module (func (drop (table.size 0)))) "unknown table")
(assert_invalid (module (type (func)) (table 1 funcref) (func (call_indirect (type 1) (i32.const 0)))) "unknown type")
(assert_invalid (module (memory 1) (func (data.drop 0))) "unknown data segment")
(assert_invalid (module (func (elem.drop 0))) "unknown elem segment")

;; ---------------------------------------------------------------- other rules
(assert_invalid (module (global i32 (i32.const 0)) (func (global.set 0 (i32.const 1)))) "global is immutable")
(assert_invalid
  (module (import "spectest" "global_i32" (global i32)) (func (global.set 0 (i32.const 1))))
  "global is immutable")
(assert_invalid (module (memory 1) (func (drop (i32.load align=8 (i32.const 0))))) "alignment must not be larger than natural")
(assert_invalid (module (memory 1) (func (drop (i64.load16_s align=4 (i32.const 0))))) "alignment must not be larger than natural")
(assert_invalid (module (memory 1) (func (i32.store8 align=2 (i32.const 0) (i32.const 0)))) "alignment must not be larger than natural")
(assert_invalid (module (memory 65537)) "memory size must be at most 65536 pages (4GiB)")
(assert_invalid (module (memory 1 65537)) "memory size must be at most 65536 pages (4GiB)")
(assert_invalid (module (memory 2 1)) "size minimum must not be greater than maximum")
(assert_invalid (module (table 2 1 funcref)) "size minimum must not be greater than maximum")
(assert_invalid (module (memory 1) (memory 1)) "multiple memories")
(assert_invalid (module (func $f) (export "a" (func $f)) (export "a" (func $f))) "duplicate export name")
(assert_invalid (module (func $s (param i32)) (start $s)) "start function")
(assert_invalid (module (func $s (result i32) (i32.const 0)) (start $s)) "start function")
;; ref.func needs the function to be declared (in an element segment or export)
(assert_invalid (module (func $f) (func (drop (ref.func $f)))) "undeclared function reference")
;; constant expressions
(assert_invalid (module (global i32 (i32.add (i32.const 1) (i32.const 1)))) "constant expression required")
;; in Wasm 2.0 only imported globals may be read by a constant expression
(assert_invalid
  (module (import "spectest" "global_i32" (global i32)) (global i32 (i32.const 0))
          (global i32 (global.get 1)))
  "unknown global")

;; ---------------------------------------------------------------- valid but unusual
;; after br/return/unreachable the stack is polymorphic
(module
  (func (export "a") (result i32) (block (result i32) (br 0 (i32.const 1)) (i32.add)))
  (func (export "b") (result i32) (return (i32.const 2)) (i64.eqz))
  (func (export "c") (result f64) (unreachable) (select) (drop) (f64.const 0))
  (func (export "d") (i32.const 1) (i64.const 2) (return))
  (func (export "e") (result i32) (i32.const 9) (i32.const 3) (return))
  (func (export "f") (result i32) (loop (result i32) (br_table 0 0 (i32.const 0)) (i32.clz)))
)
(assert_return (invoke "a") (i32.const 1))
(assert_return (invoke "b") (i32.const 2))
(assert_trap (invoke "c") "unreachable")
(assert_return (invoke "d"))
(assert_return (invoke "e") (i32.const 3))

;; ---------------------------------------------------------------- binary decoding
;; control: a module with one exported function "f" of type [] -> []
(module binary
  "\00asm" "\01\00\00\00"
  "\01\04\01\60\00\00"        ;; type section: 1 type, func [] -> []
  "\03\02\01\00"              ;; function section: 1 function of type 0
  "\07\05\01\01f\00\00"       ;; export section: "f" -> func 0
  "\0a\04\01\02\00\0b"        ;; code section: 1 body of 2 bytes: no locals, end
)
(assert_return (invoke "f"))

(assert_malformed (module binary "") "unexpected end")
(assert_malformed (module binary "\00as") "unexpected end")
(assert_malformed (module binary "\00asm\01\00\00") "unexpected end")
(assert_malformed (module binary "\00asn\01\00\00\00") "magic header not detected")
(assert_malformed (module binary "\00ASM\01\00\00\00") "magic header not detected")
(assert_malformed (module binary "\01asm\01\00\00\00") "magic header not detected")
(assert_malformed (module binary "\00asm\02\00\00\00") "unknown binary version")
(assert_malformed (module binary "\00asm\00\00\00\01") "unknown binary version")
(assert_malformed (module binary "\00asm\01\00\00\01") "unknown binary version")
;; empty module: just the header is valid
(module binary "\00asm\01\00\00\00")

;; truncated inside a section
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00")
  "unexpected end")
;; section id out of range
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\7f\00")
  "malformed section id")
;; sections out of order (memory before function) and duplicated
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00\00" "\05\03\01\00\01" "\03\02\01\00" "\0a\04\01\02\00\0b")
  "unexpected content after last section")
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00\00" "\01\04\01\60\00\00")
  "unexpected content after last section")
;; function section without code section, and the reverse
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00")
  "function and code section have inconsistent lengths")
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00\00" "\0a\04\01\02\00\0b")
  "function and code section have inconsistent lengths")
;; body size larger than what is left in the code section
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\04\01\03\00\0b")
  "unexpected end")
;; body without its final end opcode
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\03\01\01\00")
  "unexpected end")
;; opcode 0x27 is not assigned
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\04\01\60\00\00" "\03\02\01\00" "\0a\05\01\03\00\27\0b")
  "illegal opcode")

;; LEB128: a padded 5-byte section size is valid ...
(module binary
  "\00asm" "\01\00\00\00"
  "\01\84\80\80\80\00\01\60\00\00"   ;; type section size 4 written in 5 bytes
  "\03\02\01\00"
  "\07\05\01\01f\00\00"
  "\0a\04\01\02\00\0b"
)
(assert_return (invoke "f"))
;; ... 6 bytes is too long ...
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\84\80\80\80\80\00\01\60\00\00")
  "integer representation too long")
;; ... and a 5th byte with bits above bit 31 is too large
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\01\84\80\80\80\10\01\60\00\00")
  "integer too large")
;; a type index padded to 5 bytes is valid, to 6 bytes is not
(module binary
  "\00asm" "\01\00\00\00"
  "\01\04\01\60\00\00"
  "\03\06\01\80\80\80\80\00"
  "\0a\04\01\02\00\0b"
)
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\04\01\60\00\00"
    "\03\07\01\80\80\80\80\80\00"
    "\0a\04\01\02\00\0b")
  "integer representation too long")

;; signed LEB128 in i32.const: function "f" of type [] -> [i32]
(module binary
  "\00asm" "\01\00\00\00"
  "\01\05\01\60\00\01\7f"
  "\03\02\01\00"
  "\07\05\01\01f\00\00"
  "\0a\0a\01\08\00\41\ff\ff\ff\ff\7f\0b"   ;; i32.const -1 written in 5 bytes
)
(assert_return (invoke "f") (i32.const -1))
(module binary
  "\00asm" "\01\00\00\00"
  "\01\05\01\60\00\01\7f"
  "\03\02\01\00"
  "\07\05\01\01f\00\00"
  "\0a\0a\01\08\00\41\80\80\80\80\78\0b"   ;; i32.const 0x80000000 in 5 bytes
)
(assert_return (invoke "f") (i32.const 0x80000000))
;; the unused bits of the 5th byte must copy the sign bit
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\05\01\60\00\01\7f"
    "\03\02\01\00"
    "\0a\0a\01\08\00\41\ff\ff\ff\ff\4f\0b")
  "integer too large")
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\05\01\60\00\01\7f"
    "\03\02\01\00"
    "\0a\0a\01\08\00\41\80\80\80\80\08\0b")
  "integer too large")
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\05\01\60\00\01\7f"
    "\03\02\01\00"
    "\0a\0b\01\09\00\41\80\80\80\80\80\00\0b")
  "integer representation too long")

;; too many locals in total
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\04\01\60\00\00"
    "\03\02\01\00"
    "\0a\10\01\0e\02\ff\ff\ff\ff\0f\7f\ff\ff\ff\ff\0f\7e\0b")
  "too many locals")

;; memory.size has a reserved zero byte: function "f" of type [] -> [i32], memory of 1 page
(module binary
  "\00asm" "\01\00\00\00"
  "\01\05\01\60\00\01\7f"
  "\03\02\01\00"
  "\05\03\01\00\01"
  "\07\05\01\01f\00\00"
  "\0a\06\01\04\00\3f\00\0b"
)
(assert_return (invoke "f") (i32.const 1))
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\05\01\60\00\01\7f"
    "\03\02\01\00"
    "\05\03\01\00\01"
    "\0a\06\01\04\00\3f\01\0b")
  "zero byte expected")

;; import kind must be 0..3
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\02\07\01\01m\01f\05\00")
  "malformed import kind")
;; names must be valid UTF-8
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\04\01\60\00\00"
    "\03\02\01\00"
    "\07\05\01\01\ff\00\00"
    "\0a\04\01\02\00\0b")
  "malformed UTF-8 encoding")
;; custom sections are skipped, but must still be well formed
(module binary "\00asm" "\01\00\00\00" "\00\04\03abc")
(module binary "\00asm" "\01\00\00\00" "\00\06\03abc\ff\fe")
(assert_malformed
  (module binary "\00asm" "\01\00\00\00" "\00\04\05abc")
  "length out of bounds")

;; data count section: control, count mismatch, and missing when required
(module binary
  "\00asm" "\01\00\00\00"
  "\05\03\01\00\01"            ;; memory 1
  "\0c\01\01"                  ;; data count 1
  "\0b\06\01\00\41\00\0b\00"   ;; 1 active segment at 0, empty
)
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\05\03\01\00\01"
    "\0c\01\02"
    "\0b\06\01\00\41\00\0b\00")
  "data count and data section have inconsistent lengths")
(module binary
  "\00asm" "\01\00\00\00"
  "\01\04\01\60\00\00"
  "\03\02\01\00"
  "\05\03\01\00\01"
  "\0c\01\01"
  "\0a\07\01\05\00\fc\09\00\0b"   ;; data.drop 0
  "\0b\03\01\01\00"                ;; 1 passive segment, empty
)
(assert_malformed
  (module binary
    "\00asm" "\01\00\00\00"
    "\01\04\01\60\00\00"
    "\03\02\01\00"
    "\05\03\01\00\01"
    "\0a\07\01\05\00\fc\09\00\0b"
    "\0b\03\01\01\00")
  "data count section required")
