;; SIMD loads and stores: v128.load/store, the extending, splat and zero
;; loads, and the lane loads and stores.
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - A 16-byte access must be checked over all 16 bytes: with a guard region
;;    an access that straddles the end faults on its second page only, and
;;    RyuJIT turns a load whose value is dropped into a probe of its first
;;    byte, which would not fault at all.
;;  - A trapping v128.store writes nothing, not its in-bounds half.
;;  - Lane loads and stores touch exactly their lane's bytes: a load8_lane at
;;    the last byte of memory is valid, and must not read 16 bytes.
;;  - load8x8_s/u etc. sign- or zero-extend each lane; load32_zero and
;;    load64_zero clear the rest of the vector.
;;  - Memory is little-endian: lane 0 is the lowest address.

(module
  (memory 1)
  (data (i32.const 0) "\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f")
  (data (i32.const 16) "\80\ff\7f\fe\01\80\00\81\f0\f1\f2\f3\f4\f5\f6\f7")
  (data (i32.const 65520) "\e0\e1\e2\e3\e4\e5\e6\e7\e8\e9\ea\eb\ec\ed\ee\ef")

  (func (export "load") (param i32) (result v128) (v128.load (local.get 0)))
  (func (export "load_offset") (param i32) (result v128) (v128.load offset=16 (local.get 0)))
  (func (export "load_dropped") (param i32) (drop (v128.load (local.get 0))))
  (func (export "store") (param i32 v128) (v128.store (local.get 0) (local.get 1)))
  (func (export "load8x8_s") (param i32) (result v128) (v128.load8x8_s (local.get 0)))
  (func (export "load8x8_u") (param i32) (result v128) (v128.load8x8_u (local.get 0)))
  (func (export "load16x4_s") (param i32) (result v128) (v128.load16x4_s (local.get 0)))
  (func (export "load16x4_u") (param i32) (result v128) (v128.load16x4_u (local.get 0)))
  (func (export "load32x2_s") (param i32) (result v128) (v128.load32x2_s (local.get 0)))
  (func (export "load32x2_u") (param i32) (result v128) (v128.load32x2_u (local.get 0)))
  (func (export "load8_splat") (param i32) (result v128) (v128.load8_splat (local.get 0)))
  (func (export "load16_splat") (param i32) (result v128) (v128.load16_splat (local.get 0)))
  (func (export "load32_splat") (param i32) (result v128) (v128.load32_splat (local.get 0)))
  (func (export "load64_splat") (param i32) (result v128) (v128.load64_splat (local.get 0)))
  (func (export "load32_zero") (param i32) (result v128) (v128.load32_zero (local.get 0)))
  (func (export "load64_zero") (param i32) (result v128) (v128.load64_zero (local.get 0)))
  (func (export "load8_lane_15") (param i32 v128) (result v128) (v128.load8_lane 15 (local.get 0) (local.get 1)))
  (func (export "load16_lane_3") (param i32 v128) (result v128) (v128.load16_lane 3 (local.get 0) (local.get 1)))
  (func (export "load32_lane_1") (param i32 v128) (result v128) (v128.load32_lane 1 (local.get 0) (local.get 1)))
  (func (export "load64_lane_1") (param i32 v128) (result v128) (v128.load64_lane 1 (local.get 0) (local.get 1)))
  (func (export "store8_lane_15") (param i32 v128) (v128.store8_lane 15 (local.get 0) (local.get 1)))
  (func (export "store16_lane_7") (param i32 v128) (v128.store16_lane 7 (local.get 0) (local.get 1)))
  (func (export "store32_lane_2") (param i32 v128) (v128.store32_lane 2 (local.get 0) (local.get 1)))
  (func (export "store64_lane_0") (param i32 v128) (v128.store64_lane 0 (local.get 0) (local.get 1)))
  (func (export "i64") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "byte") (param i32) (result i32) (i32.load8_u (local.get 0)))
)

;; Little-endian lanes, unaligned and at the last valid address.
(assert_return (invoke "load" (i32.const 0)) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))
(assert_return (invoke "load" (i32.const 0)) (v128.const i32x4 0x03020100 0x07060504 0x0b0a0908 0x0f0e0d0c))
(assert_return (invoke "load" (i32.const 1)) (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 0x80))
(assert_return (invoke "load" (i32.const 65520)) (v128.const i64x2 0xe7e6e5e4e3e2e1e0 0xefeeedecebeae9e8))
(assert_return (invoke "load_offset" (i32.const 65504)) (v128.const i64x2 0xe7e6e5e4e3e2e1e0 0xefeeedecebeae9e8))

;; One byte past the end: a straddling access traps, dropped or not, with an offset or not.
(assert_trap (invoke "load" (i32.const 65521)) "out of bounds memory access")
(assert_trap (invoke "load_dropped" (i32.const 65521)) "out of bounds memory access")
(assert_trap (invoke "load_offset" (i32.const 65505)) "out of bounds memory access")
(assert_trap (invoke "load" (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "load_offset" (i32.const -16)) "out of bounds memory access")
(assert_return (invoke "load_dropped" (i32.const 65520)))

;; A trapping store writes nothing, not even the in-bounds half.
(assert_trap (invoke "store" (i32.const 65528) (v128.const i32x4 -1 -1 -1 -1)) "out of bounds memory access")
(assert_return (invoke "i64" (i32.const 65520)) (i64.const 0xe7e6e5e4e3e2e1e0))
(assert_return (invoke "i64" (i32.const 65528)) (i64.const 0xefeeedecebeae9e8))
(assert_return (invoke "store" (i32.const 100) (v128.const i64x2 0x1122334455667788 0x99aabbccddeeff00)))
(assert_return (invoke "i64" (i32.const 100)) (i64.const 0x1122334455667788))
(assert_return (invoke "i64" (i32.const 108)) (i64.const 0x99aabbccddeeff00))

;; Extending loads read 8 bytes and widen each lane with the right sign.
(assert_return (invoke "load8x8_s" (i32.const 16)) (v128.const i16x8 -128 -1 127 -2 1 -128 0 -127))
(assert_return (invoke "load8x8_u" (i32.const 16)) (v128.const i16x8 128 255 127 254 1 128 0 129))
(assert_return (invoke "load16x4_s" (i32.const 16)) (v128.const i32x4 -128 -385 -32767 -32512))
(assert_return (invoke "load16x4_u" (i32.const 16)) (v128.const i32x4 0xff80 0xfe7f 0x8001 0x8100))
(assert_return (invoke "load32x2_s" (i32.const 16)) (v128.const i64x2 -25165952 -2130673663))
(assert_return (invoke "load32x2_u" (i32.const 16)) (v128.const i64x2 0xfe7fff80 0x81008001))
(assert_return (invoke "load8x8_u" (i32.const 65528)) (v128.const i16x8 0xe8 0xe9 0xea 0xeb 0xec 0xed 0xee 0xef))
(assert_trap (invoke "load8x8_u" (i32.const 65529)) "out of bounds memory access")

;; Splats and zero-extending loads.
(assert_return (invoke "load8_splat" (i32.const 17)) (v128.const i8x16 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1))
(assert_return (invoke "load16_splat" (i32.const 1)) (v128.const i16x8 0x0201 0x0201 0x0201 0x0201 0x0201 0x0201 0x0201 0x0201))
(assert_return (invoke "load32_splat" (i32.const 4)) (v128.const i32x4 0x07060504 0x07060504 0x07060504 0x07060504))
(assert_return (invoke "load64_splat" (i32.const 8)) (v128.const i64x2 0x0f0e0d0c0b0a0908 0x0f0e0d0c0b0a0908))
(assert_return (invoke "load8_splat" (i32.const 65535)) (v128.const i8x16 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef 0xef))
(assert_trap (invoke "load8_splat" (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "load64_splat" (i32.const 65529)) "out of bounds memory access")
(assert_return (invoke "load32_zero" (i32.const 4)) (v128.const i32x4 0x07060504 0 0 0))
(assert_return (invoke "load64_zero" (i32.const 8)) (v128.const i64x2 0x0f0e0d0c0b0a0908 0))
(assert_return (invoke "load32_zero" (i32.const 65532)) (v128.const i32x4 0xefeeedec 0 0 0))
(assert_trap (invoke "load32_zero" (i32.const 65533)) "out of bounds memory access")

;; Lane loads replace one lane and keep the others; at the last byte they read one byte only.
(assert_return (invoke "load8_lane_15" (i32.const 65535) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))
  (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 0xef))
(assert_trap (invoke "load8_lane_15" (i32.const 65536) (v128.const i64x2 0 0)) "out of bounds memory access")
(assert_return (invoke "load16_lane_3" (i32.const 16) (v128.const i16x8 1 2 3 4 5 6 7 8))
  (v128.const i16x8 1 2 3 0xff80 5 6 7 8))
(assert_return (invoke "load32_lane_1" (i32.const 65532) (v128.const i32x4 1 2 3 4))
  (v128.const i32x4 1 0xefeeedec 3 4))
(assert_trap (invoke "load32_lane_1" (i32.const 65533) (v128.const i32x4 1 2 3 4)) "out of bounds memory access")
(assert_return (invoke "load64_lane_1" (i32.const 0) (v128.const i64x2 -1 -1))
  (v128.const i64x2 -1 0x0706050403020100))

;; Lane stores write exactly their lane.
(assert_return (invoke "store8_lane_15" (i32.const 200) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0x5a)))
(assert_return (invoke "i64" (i32.const 200)) (i64.const 0x5a))
(assert_return (invoke "store8_lane_15" (i32.const 65535) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0x42)))
(assert_return (invoke "byte" (i32.const 65535)) (i32.const 0x42))
(assert_return (invoke "byte" (i32.const 65534)) (i32.const 0xee))
(assert_return (invoke "store16_lane_7" (i32.const 210) (v128.const i16x8 1 2 3 4 5 6 7 0x1234)))
(assert_return (invoke "i64" (i32.const 210)) (i64.const 0x1234))
(assert_return (invoke "store32_lane_2" (i32.const 220) (v128.const i32x4 1 2 0x89abcdef 4)))
(assert_return (invoke "i64" (i32.const 220)) (i64.const 0x89abcdef))
(assert_return (invoke "store64_lane_0" (i32.const 230) (v128.const i64x2 0x0123456789abcdef 7)))
(assert_return (invoke "i64" (i32.const 230)) (i64.const 0x0123456789abcdef))
(assert_trap (invoke "store32_lane_2" (i32.const 65533) (v128.const i32x4 1 2 3 4)) "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 65533)) (i32.const 0xed))

;; Alignment hints above natural, and lane indices out of range, are invalid.
(assert_invalid (module (memory 1) (func (drop (v128.load align=32 (i32.const 0))))) "alignment must not be larger than natural")
(assert_invalid (module (memory 1) (func (drop (v128.load8_splat align=2 (i32.const 0))))) "alignment must not be larger than natural")
(assert_invalid (module (memory 1) (func (drop (v128.load32_lane align=8 0 (i32.const 0) (v128.const i64x2 0 0))))) "alignment must not be larger than natural")
(assert_invalid (module (func (drop (v128.load (i32.const 0))))) "unknown memory")
