;; Linear memory loads and stores of every width and signedness, bounds
;; checks, static offsets, memory.size and memory.grow.
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - The effective address is the unsigned 33-bit sum address + offset; doing
;;    the addition in 32 bits wraps around and turns an out-of-bounds access
;;    into a valid one (offset=0xFFFFFFFC with address 4 must trap, not read 0).
;;  - The bounds check must cover the whole access (address + width <= size),
;;    not just its first byte, and must not rely on .NET array bounds checks
;;    of the first byte only.
;;  - Narrow loads must sign- or zero-extend correctly into i32 and i64
;;    (ldind.i1 vs ldind.u1; i64.load32_u needs conv.u8 not conv.i8).
;;  - Narrow stores write only their low bytes; a store that traps writes nothing.
;;  - Memory is little-endian and accesses may be unaligned.
;;  - After memory.grow the code must see the new size and base (a cached
;;    length or cached array reference in a local goes stale), new pages are
;;    zero, and a failed grow returns -1 and changes nothing.

(module
  (memory 1)
  (data (i32.const 0) "\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10")
  (data (i32.const 16) "\80\81\82\83\84\85\86\87\88\89\8a\8b\8c\8d\8e\8f")
  ;; the last 8 bytes of the single page
  (data (i32.const 65528) "\f0\f1\f2\f3\f4\f5\f6\f7")

  (func (export "i32.load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "i32.load8_u") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "i32.load16_s") (param i32) (result i32) (i32.load16_s (local.get 0)))
  (func (export "i32.load16_u") (param i32) (result i32) (i32.load16_u (local.get 0)))
  (func (export "i32.load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "i64.load8_s") (param i32) (result i64) (i64.load8_s (local.get 0)))
  (func (export "i64.load8_u") (param i32) (result i64) (i64.load8_u (local.get 0)))
  (func (export "i64.load16_s") (param i32) (result i64) (i64.load16_s (local.get 0)))
  (func (export "i64.load16_u") (param i32) (result i64) (i64.load16_u (local.get 0)))
  (func (export "i64.load32_s") (param i32) (result i64) (i64.load32_s (local.get 0)))
  (func (export "i64.load32_u") (param i32) (result i64) (i64.load32_u (local.get 0)))
  (func (export "i64.load") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "f32.load") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64.load") (param i32) (result f64) (f64.load (local.get 0)))

  (func (export "i32.store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "i32.store16") (param i32 i32) (i32.store16 (local.get 0) (local.get 1)))
  (func (export "i32.store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "i64.store8") (param i32 i64) (i64.store8 (local.get 0) (local.get 1)))
  (func (export "i64.store16") (param i32 i64) (i64.store16 (local.get 0) (local.get 1)))
  (func (export "i64.store32") (param i32 i64) (i64.store32 (local.get 0) (local.get 1)))
  (func (export "i64.store") (param i32 i64) (i64.store (local.get 0) (local.get 1)))
  (func (export "f32.store") (param i32 f32) (f32.store (local.get 0) (local.get 1)))
  (func (export "f64.store") (param i32 f64) (f64.store (local.get 0) (local.get 1)))

  ;; static offsets, including ones that overflow 32 bits when added to the address
  (func (export "load8_u-off-65535") (param i32) (result i32) (i32.load8_u offset=65535 (local.get 0)))
  (func (export "load-off-65532") (param i32) (result i32) (i32.load offset=65532 (local.get 0)))
  (func (export "load-off-1") (param i32) (result i32) (i32.load offset=1 (local.get 0)))
  (func (export "load-off-max") (param i32) (result i32) (i32.load offset=0xffffffff (local.get 0)))
  (func (export "load-off-fffffffc") (param i32) (result i32) (i32.load offset=0xfffffffc (local.get 0)))
  (func (export "load8-off-10000") (param i32) (result i32) (i32.load8_u offset=0x10000 (local.get 0)))
  (func (export "i64.load-off-fffffff8") (param i32) (result i64) (i64.load offset=0xfffffff8 (local.get 0)))
  (func (export "i64.load32_u-off-4") (param i32) (result i64) (i64.load32_u offset=4 align=1 (local.get 0)))
  (func (export "store-off-fffffffc") (param i32 i32) (i32.store offset=0xfffffffc (local.get 0) (local.get 1)))
  (func (export "store8-off-65535") (param i32 i32) (i32.store8 offset=65535 (local.get 0) (local.get 1)))
  ;; alignment hints larger than the actual alignment are only hints
  (func (export "i64.load-align8") (param i32) (result i64) (i64.load align=8 (local.get 0)))
  (func (export "i32.store-align4") (param i32 i32) (i32.store align=4 (local.get 0) (local.get 1)))

  ;; a trapping load whose value is unused must still trap
  (func (export "load-dropped") (param i32) (drop (i32.load (local.get 0))))
)

;; --- every load width and sign
(assert_return (invoke "i32.load8_s" (i32.const 0)) (i32.const 1))
(assert_return (invoke "i32.load8_s" (i32.const 16)) (i32.const -128))
(assert_return (invoke "i32.load8_u" (i32.const 16)) (i32.const 128))
(assert_return (invoke "i32.load8_s" (i32.const 31)) (i32.const -113))
(assert_return (invoke "i32.load8_u" (i32.const 31)) (i32.const 0x8f))
(assert_return (invoke "i32.load16_s" (i32.const 16)) (i32.const -32384))
(assert_return (invoke "i32.load16_u" (i32.const 16)) (i32.const 0x8180))
(assert_return (invoke "i32.load16_s" (i32.const 14)) (i32.const 0x100f))
(assert_return (invoke "i32.load16_u" (i32.const 15)) (i32.const 0x8010))
(assert_return (invoke "i32.load16_s" (i32.const 15)) (i32.const -32752))
(assert_return (invoke "i32.load" (i32.const 0)) (i32.const 0x04030201))
(assert_return (invoke "i32.load" (i32.const 1)) (i32.const 0x05040302))
(assert_return (invoke "i32.load" (i32.const 15)) (i32.const 0x82818010))
(assert_return (invoke "i32.load" (i32.const 16)) (i32.const 0x83828180))
(assert_return (invoke "i64.load8_s" (i32.const 16)) (i64.const -128))
(assert_return (invoke "i64.load8_u" (i32.const 16)) (i64.const 128))
(assert_return (invoke "i64.load16_s" (i32.const 16)) (i64.const -32384))
(assert_return (invoke "i64.load16_u" (i32.const 16)) (i64.const 0x8180))
(assert_return (invoke "i64.load32_s" (i32.const 16)) (i64.const 0xffffffff83828180))
(assert_return (invoke "i64.load32_u" (i32.const 16)) (i64.const 0x83828180))
(assert_return (invoke "i64.load32_s" (i32.const 0)) (i64.const 0x04030201))
(assert_return (invoke "i64.load" (i32.const 0)) (i64.const 0x0807060504030201))
(assert_return (invoke "i64.load" (i32.const 3)) (i64.const 0x0b0a090807060504))
(assert_return (invoke "i64.load" (i32.const 12)) (i64.const 0x83828180100f0e0d))
(assert_return (invoke "i64.load" (i32.const 16)) (i64.const 0x8786858483828180))
(assert_return (invoke "f32.load" (i32.const 0)) (f32.const 0x1.060402p-119))
(assert_return (invoke "f64.load" (i32.const 0)) (f64.const 0x1.7060504030201p-895))
;; untouched memory is zero
(assert_return (invoke "i64.load" (i32.const 1000)) (i64.const 0))
(assert_return (invoke "i32.load" (i32.const 32)) (i32.const 0))

;; --- the last valid byte and one past it, for every width
(assert_return (invoke "i32.load8_u" (i32.const 65535)) (i32.const 0xf7))
(assert_return (invoke "i32.load8_s" (i32.const 65535)) (i32.const -9))
(assert_trap (invoke "i32.load8_u" (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "i32.load8_s" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "i32.load16_u" (i32.const 65534)) (i32.const 0xf7f6))
(assert_trap (invoke "i32.load16_u" (i32.const 65535)) "out of bounds memory access")
(assert_trap (invoke "i32.load16_s" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "i32.load" (i32.const 65532)) (i32.const 0xf7f6f5f4))
(assert_trap (invoke "i32.load" (i32.const 65533)) "out of bounds memory access")
(assert_trap (invoke "i32.load" (i32.const 65535)) "out of bounds memory access")
(assert_trap (invoke "i32.load" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "i64.load" (i32.const 65528)) (i64.const 0xf7f6f5f4f3f2f1f0))
(assert_trap (invoke "i64.load" (i32.const 65529)) "out of bounds memory access")
(assert_return (invoke "i64.load32_u" (i32.const 65532)) (i64.const 0xf7f6f5f4))
(assert_trap (invoke "i64.load32_u" (i32.const 65533)) "out of bounds memory access")
(assert_trap (invoke "i64.load32_s" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "i64.load16_s" (i32.const 65534)) (i64.const -2058))
(assert_trap (invoke "i64.load16_s" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "i64.load8_u" (i32.const 65535)) (i64.const 0xf7))
(assert_trap (invoke "i64.load8_u" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "f32.load" (i32.const 65532)) (f32.const -0x1.edebe8p+112))
(assert_trap (invoke "f32.load" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "f64.load" (i32.const 65528)) (f64.const -0x1.6f5f4f3f2f1fp+896))
(assert_trap (invoke "f64.load" (i32.const 65529)) "out of bounds memory access")
;; "negative" addresses are large unsigned addresses
(assert_trap (invoke "i32.load8_u" (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "i32.load" (i32.const -4)) "out of bounds memory access")
(assert_trap (invoke "i64.load" (i32.const 0x80000000)) "out of bounds memory access")
(assert_trap (invoke "load-dropped" (i32.const 65533)) "out of bounds memory access")

;; --- static offsets
(assert_return (invoke "load8_u-off-65535" (i32.const 0)) (i32.const 0xf7))
(assert_trap (invoke "load8_u-off-65535" (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "load-off-65532" (i32.const 0)) (i32.const 0xf7f6f5f4))
(assert_trap (invoke "load-off-65532" (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "load-off-1" (i32.const 0)) (i32.const 0x05040302))
;; address 0xffffffff + offset 1 = 2^32: wrapping in 32 bits would read address 0
(assert_trap (invoke "load-off-1" (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "load-off-max" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "load-off-max" (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "load-off-fffffffc" (i32.const 4)) "out of bounds memory access")
(assert_trap (invoke "load-off-fffffffc" (i32.const 8)) "out of bounds memory access")
(assert_trap (invoke "load8-off-10000" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "load8-off-10000" (i32.const 0xffff0000)) "out of bounds memory access")
(assert_trap (invoke "i64.load-off-fffffff8" (i32.const 8)) "out of bounds memory access")
(assert_trap (invoke "i64.load-off-fffffff8" (i32.const 16)) "out of bounds memory access")
(assert_return (invoke "i64.load32_u-off-4" (i32.const 12)) (i64.const 0x83828180))
(assert_trap (invoke "store-off-fffffffc" (i32.const 4) (i32.const 0x11111111)) "out of bounds memory access")
;; the trapping store above must not have written to address 0 via wraparound
(assert_return (invoke "i32.load" (i32.const 0)) (i32.const 0x04030201))
(assert_trap (invoke "store8-off-65535" (i32.const 1) (i32.const 0x22)) "out of bounds memory access")
(assert_return (invoke "i32.load8_u" (i32.const 0)) (i32.const 1))
(assert_return (invoke "i64.load-align8" (i32.const 1)) (i64.const 0x0908070605040302))

;; --- stores of every width write exactly their low bytes, little-endian
(assert_return (invoke "i32.store" (i32.const 100) (i32.const -1)))
(assert_return (invoke "i32.store" (i32.const 104) (i32.const -1)))
(assert_return (invoke "i32.store8" (i32.const 100) (i32.const 0x12345678)))
(assert_return (invoke "i32.load" (i32.const 100)) (i32.const 0xffffff78))
(assert_return (invoke "i32.store16" (i32.const 101) (i32.const 0xabcdef01)))
(assert_return (invoke "i32.load" (i32.const 100)) (i32.const 0xffef0178))
(assert_return (invoke "i32.store" (i32.const 103) (i32.const 0x01020304)))
(assert_return (invoke "i64.load" (i32.const 100)) (i64.const 0xff01020304ef0178))
(assert_return (invoke "i32.load8_u" (i32.const 103)) (i32.const 4))
(assert_return (invoke "i32.load8_u" (i32.const 106)) (i32.const 1))
(assert_return (invoke "i64.store" (i32.const 200) (i64.const -1)))
(assert_return (invoke "i64.store8" (i32.const 200) (i64.const 0x0123456789abcdef)))
(assert_return (invoke "i64.load" (i32.const 200)) (i64.const 0xffffffffffffffef))
(assert_return (invoke "i64.store16" (i32.const 200) (i64.const 0x0123456789abcdef)))
(assert_return (invoke "i64.load" (i32.const 200)) (i64.const 0xffffffffffffcdef))
(assert_return (invoke "i64.store32" (i32.const 200) (i64.const 0x0123456789abcdef)))
(assert_return (invoke "i64.load" (i32.const 200)) (i64.const 0xffffffff89abcdef))
(assert_return (invoke "i64.store" (i32.const 201) (i64.const 0x0123456789abcdef)))
(assert_return (invoke "i64.load" (i32.const 200)) (i64.const 0x23456789abcdefef))
(assert_return (invoke "i64.load" (i32.const 208)) (i64.const 0x01))
(assert_return (invoke "f32.store" (i32.const 300) (f32.const -0)))
(assert_return (invoke "i32.load" (i32.const 300)) (i32.const 0x80000000))
(assert_return (invoke "f64.store" (i32.const 301) (f64.const 1)))
(assert_return (invoke "i64.load" (i32.const 301)) (i64.const 0x3ff0000000000000))
(assert_return (invoke "i32.load8_u" (i32.const 308)) (i32.const 0x3f))
(assert_return (invoke "i32.store-align4" (i32.const 401) (i32.const 0xcafebabe)))
(assert_return (invoke "i32.load" (i32.const 401)) (i32.const 0xcafebabe))

;; --- stores at the end: a straddling store traps and writes nothing
(assert_return (invoke "i32.store8" (i32.const 65535) (i32.const 0xaa)))
(assert_return (invoke "i32.load8_u" (i32.const 65535)) (i32.const 0xaa))
(assert_trap (invoke "i32.store8" (i32.const 65536) (i32.const 0xbb)) "out of bounds memory access")
(assert_trap (invoke "i32.store16" (i32.const 65535) (i32.const 0xbbbb)) "out of bounds memory access")
(assert_trap (invoke "i32.store" (i32.const 65533) (i32.const 0xbbbbbbbb)) "out of bounds memory access")
(assert_trap (invoke "i64.store" (i32.const 65529) (i64.const -1)) "out of bounds memory access")
(assert_trap (invoke "i64.store32" (i32.const 65533) (i64.const -1)) "out of bounds memory access")
(assert_trap (invoke "f64.store" (i32.const 65532) (f64.const 1)) "out of bounds memory access")
(assert_trap (invoke "f32.store" (i32.const -1) (f32.const 1)) "out of bounds memory access")
(assert_return (invoke "i64.load" (i32.const 65528)) (i64.const 0xaaf6f5f4f3f2f1f0))
(assert_return (invoke "i64.store" (i32.const 65528) (i64.const 0x1122334455667788)))
(assert_return (invoke "i64.load" (i32.const 65528)) (i64.const 0x1122334455667788))

;; ---------------------------------------------------------------- memory.size / memory.grow
(module
  (memory 1 3)
  (data (i32.const 65532) "\01\02\03\04")
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  ;; grow and access the new page within the same function: no stale cached bounds
  (func (export "grow-then-store-load") (param i32) (result i32)
    (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1)) (then (return (i32.const -1))))
    (i32.store (local.get 0) (i32.const 0x5a5a5a5a))
    (i32.load (local.get 0)))
  ;; a loop where the first iterations are out of bounds until a grow happens
  (func (export "probe-then-grow") (param $addr i32) (result i32)
    (local $before i32)
    (local.set $before (memory.size))
    (drop (memory.grow (i32.const 1)))
    (i32.add
      (i32.mul (i32.sub (memory.size) (local.get $before)) (i32.const 1000))
      (i32.load8_u (local.get $addr))))
)

(assert_return (invoke "size") (i32.const 1))
(assert_trap (invoke "load" (i32.const 65536)) "out of bounds memory access")
;; a straddling load across the old end of memory
(assert_trap (invoke "load" (i32.const 65534)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 0)) (i32.const 1))
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke "size") (i32.const 2))
;; the straddling load now succeeds; bytes from the new page are zero
(assert_return (invoke "load" (i32.const 65534)) (i32.const 0x0403))
(assert_return (invoke "load" (i32.const 65536)) (i32.const 0))
(assert_return (invoke "load" (i32.const 131068)) (i32.const 0))
(assert_trap (invoke "load" (i32.const 131069)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 131071)) (i32.const 0))
(assert_trap (invoke "load8" (i32.const 131072)) "out of bounds memory access")
;; past the maximum: -1 and no change
(assert_return (invoke "grow" (i32.const 2)) (i32.const -1))
(assert_return (invoke "grow" (i32.const -1)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 0x10000)) (i32.const -1))
(assert_return (invoke "size") (i32.const 2))
(assert_return (invoke "store" (i32.const 131068) (i32.const 0x01020304)))
(assert_return (invoke "grow-then-store-load" (i32.const 196604)) (i32.const 0x5a5a5a5a))
(assert_return (invoke "size") (i32.const 3))
(assert_return (invoke "load" (i32.const 131068)) (i32.const 0x01020304))
(assert_return (invoke "grow-then-store-load" (i32.const 0)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 0)) (i32.const 3))
(assert_return (invoke "size") (i32.const 3))

;; memory 0: every access traps until the first grow
(module
  (memory 0)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "probe-then-grow") (param $addr i32) (result i32)
    (local $before i32)
    (local.set $before (memory.size))
    (drop (memory.grow (i32.const 1)))
    (i32.add
      (i32.mul (i32.sub (memory.size) (local.get $before)) (i32.const 1000))
      (i32.load8_u (local.get $addr))))
)
(assert_return (invoke "size") (i32.const 0))
(assert_trap (invoke "load8" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "store8" (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "probe-then-grow" (i32.const 65535)) (i32.const 1000))
(assert_return (invoke "size") (i32.const 1))
(assert_return (invoke "store8" (i32.const 65535) (i32.const 0x1ff)))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0xff))
(assert_trap (invoke "load8" (i32.const 65536)) "out of bounds memory access")
;; no declared maximum: still limited to 65536 pages in total
(assert_return (invoke "grow" (i32.const 0x10000)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 0x80000000)) (i32.const -1))
(assert_return (invoke "grow" (i32.const -1)) (i32.const -1))
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke "size") (i32.const 2))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0xff))
(assert_return (invoke "load8" (i32.const 131071)) (i32.const 0))
