;; Bulk memory operations: memory.copy, memory.fill, memory.init, data.drop.
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - memory.copy has memmove semantics: a forward byte loop corrupts the
;;    result when dst > src overlaps, a backward loop when dst < src.
;;  - Bounds are checked once, up front, as unsigned 33-bit sums
;;    (d + n > size traps; d + n computed in 32 bits can wrap around).  When
;;    out of bounds nothing at all is written (no partial copy/fill/init).
;;  - n = 0 is still bounds-checked: d = size is fine, d = size + 1 traps.
;;  - memory.fill stores only the low 8 bits of its value operand.
;;  - A dropped (or active, hence implicitly dropped) data segment behaves
;;    like an empty one: init with s = 0, n = 0 succeeds, anything else traps.
;;  - Span.CopyTo / Buffer.MemoryCopy handle overlap, Array.Copy too, but
;;    hand-written loops or Unsafe.CopyBlock (cpblk) do not guarantee it.

(module
  (memory 1 2)
  (data $init "\01\02\03\04\05\06\07\08")   ;; passive, used to reset memory
  (data $p "\aa\bb\cc\dd\ee")               ;; passive
  (data $a (i32.const 0x8000) "\11\22\33")  ;; active: dropped after instantiation
  (data $e "")                              ;; passive and empty

  (func (export "reset")
    (memory.fill (i32.const 0) (i32.const 0) (i32.const 64))
    (memory.init $init (i32.const 0) (i32.const 0) (i32.const 8)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init-p") (param i32 i32 i32) (memory.init $p (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init-a") (param i32 i32 i32) (memory.init $a (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init-e") (param i32 i32 i32) (memory.init $e (local.get 0) (local.get 1) (local.get 2)))
  (func (export "drop-p") (data.drop $p))
  (func (export "drop-a") (data.drop $a))
  (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "load64") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "store64") (param i32 i64) (i64.store (local.get 0) (local.get 1)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "size") (result i32) (memory.size))
)

;; the active segment was written
(assert_return (invoke "load8" (i32.const 0x8000)) (i32.const 0x11))
(assert_return (invoke "load8" (i32.const 0x8002)) (i32.const 0x33))

;; ---------------------------------------------------------------- memory.copy
(invoke "reset")
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0807060504030201))
;; dst > src, overlapping: must copy backwards (memmove)
(invoke "copy" (i32.const 2) (i32.const 0) (i32.const 5))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0805040302010201))
(invoke "reset")
;; dst < src, overlapping: must copy forwards
(invoke "copy" (i32.const 0) (i32.const 2) (i32.const 5))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0807060706050403))
(invoke "reset")
;; overlap by a single byte in each direction
(invoke "copy" (i32.const 1) (i32.const 0) (i32.const 7))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0706050403020101))
(invoke "reset")
(invoke "copy" (i32.const 0) (i32.const 1) (i32.const 7))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0808070605040302))
(invoke "reset")
;; src == dst is a no-op
(invoke "copy" (i32.const 3) (i32.const 3) (i32.const 4))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0807060504030201))
;; non-overlapping
(invoke "copy" (i32.const 16) (i32.const 0) (i32.const 8))
(assert_return (invoke "load64" (i32.const 16)) (i64.const 0x0807060504030201))
;; a large overlapping copy (whole page shifted by one byte)
(invoke "reset")
(invoke "copy" (i32.const 1) (i32.const 0) (i32.const 65535))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0706050403020101))
(assert_return (invoke "load64" (i32.const 8)) (i64.const 0x08))
(assert_return (invoke "load8" (i32.const 0x8001)) (i32.const 0x11))
(invoke "copy" (i32.const 0) (i32.const 1) (i32.const 65535))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0807060504030201))
(assert_return (invoke "load8" (i32.const 0x8000)) (i32.const 0x11))

;; zero length at the exact end is fine, one past traps
(assert_return (invoke "copy" (i32.const 65536) (i32.const 0) (i32.const 0)))
(assert_return (invoke "copy" (i32.const 0) (i32.const 65536) (i32.const 0)))
(assert_return (invoke "copy" (i32.const 65536) (i32.const 65536) (i32.const 0)))
(assert_trap (invoke "copy" (i32.const 65537) (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 0) (i32.const 65537) (i32.const 0)) "out of bounds memory access")
;; ending exactly at the end is fine, one byte further traps
(assert_return (invoke "copy" (i32.const 65528) (i32.const 0) (i32.const 8)))
(assert_return (invoke "load64" (i32.const 65528)) (i64.const 0x0807060504030201))
(assert_trap (invoke "copy" (i32.const 65529) (i32.const 0) (i32.const 8)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 0) (i32.const 65529) (i32.const 8)) "out of bounds memory access")
;; out of bounds: nothing is written, not even the in-bounds prefix
(invoke "store64" (i32.const 65528) (i64.const 0))
(assert_trap (invoke "copy" (i32.const 65530) (i32.const 0) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "load64" (i32.const 65528)) (i64.const 0))
;; 32-bit wraparound of src + n / dst + n must not make these valid
(assert_trap (invoke "copy" (i32.const 0) (i32.const 0xfffffff0) (i32.const 0x20)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 0xfffffff0) (i32.const 0) (i32.const 0x20)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 1) (i32.const 0) (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0807060504030201))

;; ---------------------------------------------------------------- memory.fill
(invoke "fill" (i32.const 32) (i32.const 0x1ab) (i32.const 3))
(assert_return (invoke "load64" (i32.const 32)) (i64.const 0xababab))
(invoke "fill" (i32.const 33) (i32.const -1) (i32.const 1))
(assert_return (invoke "load64" (i32.const 32)) (i64.const 0xabffab))
(invoke "fill" (i32.const 32) (i32.const 0x5500) (i32.const 8))
(assert_return (invoke "load64" (i32.const 32)) (i64.const 0))
(assert_return (invoke "fill" (i32.const 65536) (i32.const 1) (i32.const 0)))
(assert_trap (invoke "fill" (i32.const 65537) (i32.const 1) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "fill" (i32.const 65535) (i32.const 7) (i32.const 1)))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 7))
;; partially out of bounds: nothing written
(assert_trap (invoke "fill" (i32.const 65534) (i32.const 9) (i32.const 3)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65534)) (i32.const 0))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 7))
(assert_trap (invoke "fill" (i32.const 0) (i32.const 9) (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "fill" (i32.const -1) (i32.const 9) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0807060504030201))

;; ---------------------------------------------------------------- memory.init / data.drop
(invoke "init-p" (i32.const 100) (i32.const 1) (i32.const 3))
(assert_return (invoke "load64" (i32.const 96)) (i64.const 0xddccbb00000000))
;; whole segment ending exactly at the end of memory
(assert_return (invoke "init-p" (i32.const 65531) (i32.const 0) (i32.const 5)))
(assert_return (invoke "load8" (i32.const 65531)) (i32.const 0xaa))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0xee))
(invoke "fill" (i32.const 65528) (i32.const 0) (i32.const 8))
(assert_trap (invoke "init-p" (i32.const 65532) (i32.const 0) (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "load64" (i32.const 65528)) (i64.const 0))
;; source range checked against the segment length
(assert_return (invoke "init-p" (i32.const 200) (i32.const 4) (i32.const 1)))
(assert_return (invoke "load8" (i32.const 200)) (i32.const 0xee))
(assert_trap (invoke "init-p" (i32.const 200) (i32.const 4) (i32.const 2)) "out of bounds memory access")
(assert_trap (invoke "init-p" (i32.const 200) (i32.const -1) (i32.const 1)) "out of bounds memory access")
;; zero length: s = segment length and d = memory size are both fine
(assert_return (invoke "init-p" (i32.const 0) (i32.const 5) (i32.const 0)))
(assert_return (invoke "init-p" (i32.const 65536) (i32.const 0) (i32.const 0)))
(assert_trap (invoke "init-p" (i32.const 0) (i32.const 6) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "init-p" (i32.const 65537) (i32.const 0) (i32.const 0)) "out of bounds memory access")
;; the empty segment
(assert_return (invoke "init-e" (i32.const 0) (i32.const 0) (i32.const 0)))
(assert_trap (invoke "init-e" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "init-e" (i32.const 0) (i32.const 1) (i32.const 0)) "out of bounds memory access")
;; drop: afterwards the segment is empty; dropping again is allowed
(invoke "drop-p")
(assert_return (invoke "init-p" (i32.const 0) (i32.const 0) (i32.const 0)))
(assert_return (invoke "init-p" (i32.const 65536) (i32.const 0) (i32.const 0)))
(assert_trap (invoke "init-p" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "init-p" (i32.const 0) (i32.const 1) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "init-p" (i32.const 65537) (i32.const 0) (i32.const 0)) "out of bounds memory access")
(invoke "drop-p")
(assert_return (invoke "init-p" (i32.const 10) (i32.const 0) (i32.const 0)))
;; an active segment is dropped once instantiation has applied it
(assert_return (invoke "init-a" (i32.const 0) (i32.const 0) (i32.const 0)))
(assert_trap (invoke "init-a" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds memory access")
(invoke "drop-a")
(assert_return (invoke "init-a" (i32.const 0) (i32.const 0) (i32.const 0)))
;; the data itself was not affected by dropping
(assert_return (invoke "load8" (i32.const 0x8001)) (i32.const 0x22))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0807060504030201))

;; ---------------------------------------------------------------- after memory.grow
(assert_trap (invoke "fill" (i32.const 65536) (i32.const 3) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 65536) (i32.const 0) (i32.const 8)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke "fill" (i32.const 65536) (i32.const 3) (i32.const 1)))
(assert_return (invoke "copy" (i32.const 131064) (i32.const 0) (i32.const 8)))
(assert_return (invoke "load64" (i32.const 131064)) (i64.const 0x0807060504030201))
(assert_return (invoke "copy" (i32.const 131072) (i32.const 0) (i32.const 0)))
(assert_trap (invoke "copy" (i32.const 131073) (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65536)) (i32.const 3))
;; a copy straddling the old end of memory
(assert_return (invoke "copy" (i32.const 65532) (i32.const 0) (i32.const 8)))
(assert_return (invoke "load64" (i32.const 65532)) (i64.const 0x0807060504030201))

;; ---------------------------------------------------------------- memory 0
(module
  (memory 0)
  (data $d "\01")
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init") (param i32 i32 i32) (memory.init $d (local.get 0) (local.get 1) (local.get 2)))
)
(assert_return (invoke "copy" (i32.const 0) (i32.const 0) (i32.const 0)))
(assert_return (invoke "fill" (i32.const 0) (i32.const 0) (i32.const 0)))
(assert_return (invoke "init" (i32.const 0) (i32.const 1) (i32.const 0)))
(assert_trap (invoke "copy" (i32.const 1) (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "fill" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "init" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds memory access")
