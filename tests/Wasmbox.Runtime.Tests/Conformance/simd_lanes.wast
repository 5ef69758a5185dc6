;; v128 as a value, and the lane instructions: constants, splats, extract and
;; replace, shuffles and swizzles, bitwise operations.
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - A v128 travels whole through locals (zero-initialised), parameters,
;;    results (including a second result, returned by reference), globals,
;;    select, block results, br_if, calls and call_indirect.
;;  - v128.const keeps all 128 bits, including NaN payloads in f32x4/f64x2 form.
;;  - extract_lane_s/u of i8 and i16 lanes sign- or zero-extend to i32.
;;  - i8x16.shuffle indexes 32 bytes (16..31 pick from the second operand);
;;    i8x16.swizzle gives 0 for any index >= 16, including 0x80 and 0x70
;;    (x86's pshufb looks only at bit 7 and the low 4 bits).
;;  - v128.andnot is a & ~b, not ~a & b (x86's pandn has it the other way).
;;  - bitselect takes bits of the first operand where the mask is 1.

(module
  (global $g (mut v128) (v128.const i32x4 1 2 3 4))
  (global (export "constant") v128 (v128.const i64x2 0x0123456789abcdef 0xfedcba9876543210))
  (type $v_v (func (param v128) (result v128)))
  (table 2 funcref)
  (elem (i32.const 0) $double $negate)

  (func $double (type $v_v) (i32x4.add (local.get 0) (local.get 0)))
  (func $negate (type $v_v) (i32x4.neg (local.get 0)))

  (func (export "zero_local") (result v128) (local v128) (local.get 0))
  (func (export "identity") (param v128) (result v128) (local.get 0))
  (func (export "second_of_two") (param v128 v128) (result v128 v128) (local.get 1) (local.get 0))
  (func (export "swap_through_call") (param v128 v128) (result v128)
    (call $pair (local.get 0) (local.get 1))
    (drop))
  (func $pair (param v128 v128) (result v128 v128) (local.get 1) (local.get 0))
  (func (export "global_roundtrip") (param v128) (result v128)
    (local v128)
    (local.set 1 (global.get $g))
    (global.set $g (local.get 0))
    (i32x4.add (global.get $g) (local.get 1)))
  (func (export "select") (param v128 v128 i32) (result v128) (select (local.get 0) (local.get 1) (local.get 2)))
  (func (export "block_result") (param v128 i32) (result v128)
    (block (result v128)
      (br_if 0 (local.get 0) (local.get 1))
      (drop)
      (v128.const i32x4 9 9 9 9)))
  (func (export "indirect") (param v128 i32) (result v128) (call_indirect (type $v_v) (local.get 0) (local.get 1)))
  (func (export "nan_payload") (result v128) (v128.const f32x4 nan:0x1 -nan:0x7fffff nan 0x1p-149))

  (func (export "i8x16.splat") (param i32) (result v128) (i8x16.splat (local.get 0)))
  (func (export "i16x8.splat") (param i32) (result v128) (i16x8.splat (local.get 0)))
  (func (export "i32x4.splat") (param i32) (result v128) (i32x4.splat (local.get 0)))
  (func (export "i64x2.splat") (param i64) (result v128) (i64x2.splat (local.get 0)))
  (func (export "f32x4.splat") (param f32) (result v128) (f32x4.splat (local.get 0)))
  (func (export "f64x2.splat") (param f64) (result v128) (f64x2.splat (local.get 0)))

  (func (export "i8x16.extract_lane_s 15") (param v128) (result i32) (i8x16.extract_lane_s 15 (local.get 0)))
  (func (export "i8x16.extract_lane_u 15") (param v128) (result i32) (i8x16.extract_lane_u 15 (local.get 0)))
  (func (export "i16x8.extract_lane_s 7") (param v128) (result i32) (i16x8.extract_lane_s 7 (local.get 0)))
  (func (export "i16x8.extract_lane_u 0") (param v128) (result i32) (i16x8.extract_lane_u 0 (local.get 0)))
  (func (export "i32x4.extract_lane 3") (param v128) (result i32) (i32x4.extract_lane 3 (local.get 0)))
  (func (export "i64x2.extract_lane 1") (param v128) (result i64) (i64x2.extract_lane 1 (local.get 0)))
  (func (export "f32x4.extract_lane 2") (param v128) (result f32) (f32x4.extract_lane 2 (local.get 0)))
  (func (export "f64x2.extract_lane 0") (param v128) (result f64) (f64x2.extract_lane 0 (local.get 0)))
  (func (export "i8x16.replace_lane 0") (param v128 i32) (result v128) (i8x16.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "i16x8.replace_lane 5") (param v128 i32) (result v128) (i16x8.replace_lane 5 (local.get 0) (local.get 1)))
  (func (export "i32x4.replace_lane 3") (param v128 i32) (result v128) (i32x4.replace_lane 3 (local.get 0) (local.get 1)))
  (func (export "i64x2.replace_lane 0") (param v128 i64) (result v128) (i64x2.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "f32x4.replace_lane 1") (param v128 f32) (result v128) (f32x4.replace_lane 1 (local.get 0) (local.get 1)))
  (func (export "f64x2.replace_lane 1") (param v128 f64) (result v128) (f64x2.replace_lane 1 (local.get 0) (local.get 1)))

  (func (export "shuffle_reverse_interleave") (param v128 v128) (result v128)
    (i8x16.shuffle 31 0 30 1 29 2 28 3 27 4 26 5 25 6 24 7 (local.get 0) (local.get 1)))
  (func (export "shuffle_broadcast") (param v128 v128) (result v128)
    (i8x16.shuffle 16 16 16 16 16 16 16 16 16 16 16 16 16 16 16 16 (local.get 0) (local.get 1)))
  (func (export "shuffle_same_operand") (param v128) (result v128)
    (i8x16.shuffle 15 14 13 12 11 10 9 8 23 22 21 20 19 18 17 16 (local.get 0) (local.get 0)))
  (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))

  (func (export "not") (param v128) (result v128) (v128.not (local.get 0)))
  (func (export "and") (param v128 v128) (result v128) (v128.and (local.get 0) (local.get 1)))
  (func (export "andnot") (param v128 v128) (result v128) (v128.andnot (local.get 0) (local.get 1)))
  (func (export "or") (param v128 v128) (result v128) (v128.or (local.get 0) (local.get 1)))
  (func (export "xor") (param v128 v128) (result v128) (v128.xor (local.get 0) (local.get 1)))
  (func (export "bitselect") (param v128 v128 v128) (result v128) (v128.bitselect (local.get 0) (local.get 1) (local.get 2)))
  (func (export "any_true") (param v128) (result i32) (v128.any_true (local.get 0)))
)

(assert_return (invoke "zero_local") (v128.const i64x2 0 0))
(assert_return (invoke "identity" (v128.const i64x2 0x8000000000000001 -1)) (v128.const i64x2 0x8000000000000001 -1))
(assert_return (invoke "second_of_two" (v128.const i32x4 1 2 3 4) (v128.const i32x4 5 6 7 8))
  (v128.const i32x4 5 6 7 8) (v128.const i32x4 1 2 3 4))
(assert_return (invoke "swap_through_call" (v128.const i32x4 1 2 3 4) (v128.const i32x4 5 6 7 8)) (v128.const i32x4 5 6 7 8))
(assert_return (invoke "global_roundtrip" (v128.const i32x4 10 20 30 40)) (v128.const i32x4 11 22 33 44))
(assert_return (invoke "global_roundtrip" (v128.const i32x4 0 0 0 0)) (v128.const i32x4 10 20 30 40))
(assert_return (get "constant") (v128.const i64x2 0x0123456789abcdef 0xfedcba9876543210))
(assert_return (invoke "select" (v128.const i32x4 1 1 1 1) (v128.const i32x4 2 2 2 2) (i32.const 0)) (v128.const i32x4 2 2 2 2))
(assert_return (invoke "select" (v128.const i32x4 1 1 1 1) (v128.const i32x4 2 2 2 2) (i32.const 7)) (v128.const i32x4 1 1 1 1))
(assert_return (invoke "block_result" (v128.const i32x4 1 2 3 4) (i32.const 1)) (v128.const i32x4 1 2 3 4))
(assert_return (invoke "block_result" (v128.const i32x4 1 2 3 4) (i32.const 0)) (v128.const i32x4 9 9 9 9))
(assert_return (invoke "indirect" (v128.const i32x4 1 -2 3 0x40000000) (i32.const 0)) (v128.const i32x4 2 -4 6 0x80000000))
(assert_return (invoke "indirect" (v128.const i32x4 1 -2 3 0x80000000) (i32.const 1)) (v128.const i32x4 -1 2 -3 0x80000000))
(assert_return (invoke "nan_payload") (v128.const i32x4 0x7f800001 0xffffffff 0x7fc00000 0x00000001))

(assert_return (invoke "i8x16.splat" (i32.const 0x1ff)) (v128.const i8x16 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1))
(assert_return (invoke "i16x8.splat" (i32.const 0x18000)) (v128.const i16x8 0x8000 0x8000 0x8000 0x8000 0x8000 0x8000 0x8000 0x8000))
(assert_return (invoke "i32x4.splat" (i32.const -7)) (v128.const i32x4 -7 -7 -7 -7))
(assert_return (invoke "i64x2.splat" (i64.const 0x7fffffffffffffff)) (v128.const i64x2 0x7fffffffffffffff 0x7fffffffffffffff))
(assert_return (invoke "f32x4.splat" (f32.const -0x1p-149)) (v128.const i32x4 0x80000001 0x80000001 0x80000001 0x80000001))
(assert_return (invoke "f64x2.splat" (f64.const nan:0x4)) (v128.const i64x2 0x7ff0000000000004 0x7ff0000000000004))

(assert_return (invoke "i8x16.extract_lane_s 15" (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0x80)) (i32.const -128))
(assert_return (invoke "i8x16.extract_lane_u 15" (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0x80)) (i32.const 128))
(assert_return (invoke "i16x8.extract_lane_s 7" (v128.const i16x8 0 0 0 0 0 0 0 0xffff)) (i32.const -1))
(assert_return (invoke "i16x8.extract_lane_u 0" (v128.const i16x8 0xffff 0 0 0 0 0 0 0)) (i32.const 65535))
(assert_return (invoke "i32x4.extract_lane 3" (v128.const i32x4 1 2 3 0x80000000)) (i32.const 0x80000000))
(assert_return (invoke "i64x2.extract_lane 1" (v128.const i64x2 1 -2)) (i64.const -2))
(assert_return (invoke "f32x4.extract_lane 2" (v128.const i32x4 0 0 0x7fa00001 0)) (f32.const nan:0x200001))
(assert_return (invoke "f64x2.extract_lane 0" (v128.const f64x2 -0.0 1)) (f64.const -0.0))
(assert_return (invoke "i8x16.replace_lane 0" (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16) (i32.const 0x1ff))
  (v128.const i8x16 0xff 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16))
(assert_return (invoke "i16x8.replace_lane 5" (v128.const i16x8 1 2 3 4 5 6 7 8) (i32.const 0x12345))
  (v128.const i16x8 1 2 3 4 5 0x2345 7 8))
(assert_return (invoke "i32x4.replace_lane 3" (v128.const i32x4 1 2 3 4) (i32.const -1)) (v128.const i32x4 1 2 3 -1))
(assert_return (invoke "i64x2.replace_lane 0" (v128.const i64x2 1 2) (i64.const 0x8000000000000000)) (v128.const i64x2 0x8000000000000000 2))
(assert_return (invoke "f32x4.replace_lane 1" (v128.const f32x4 1 2 3 4) (f32.const nan:0x1)) (v128.const i32x4 0x3f800000 0x7f800001 0x40400000 0x40800000))
(assert_return (invoke "f64x2.replace_lane 1" (v128.const f64x2 1 2) (f64.const -inf)) (v128.const f64x2 1 -inf))

(assert_return (invoke "shuffle_reverse_interleave"
    (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
    (v128.const i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31))
  (v128.const i8x16 31 0 30 1 29 2 28 3 27 4 26 5 25 6 24 7))
(assert_return (invoke "shuffle_broadcast" (v128.const i64x2 0 0) (v128.const i8x16 0xab 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))
  (v128.const i8x16 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab 0xab))
(assert_return (invoke "shuffle_same_operand" (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))
  (v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0))
(assert_return (invoke "swizzle"
    (v128.const i8x16 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25)
    (v128.const i8x16 0 15 16 0x80 0x70 0xff 1 17 0x8f 3 31 32 127 128 5 14))
  (v128.const i8x16 10 25 0 0 0 0 11 0 0 13 0 0 0 0 15 24))

(assert_return (invoke "not" (v128.const i64x2 0 -1)) (v128.const i64x2 -1 0))
(assert_return (invoke "and" (v128.const i32x4 0xff00ff00 -1 0 5) (v128.const i32x4 0x0ff00ff0 7 -1 3)) (v128.const i32x4 0x0f000f00 7 0 1))
(assert_return (invoke "andnot" (v128.const i32x4 0xff00ff00 -1 0 5) (v128.const i32x4 0x0ff00ff0 7 -1 3)) (v128.const i32x4 0xf000f000 -8 0 4))
(assert_return (invoke "or" (v128.const i32x4 0xff00ff00 1 0 5) (v128.const i32x4 0x0ff00ff0 6 0 3)) (v128.const i32x4 0xfff0fff0 7 0 7))
(assert_return (invoke "xor" (v128.const i32x4 0xff00ff00 1 0 5) (v128.const i32x4 0x0ff00ff0 1 0 3)) (v128.const i32x4 0xf0f0f0f0 0 0 6))
(assert_return (invoke "bitselect" (v128.const i32x4 -1 -1 0xaaaaaaaa 0) (v128.const i32x4 0 0 0x55555555 -1) (v128.const i32x4 0xf0f0f0f0 0 -1 0x0000ffff))
  (v128.const i32x4 0xf0f0f0f0 0 0xaaaaaaaa 0xffff0000))
(assert_return (invoke "any_true" (v128.const i64x2 0 0)) (i32.const 0))
(assert_return (invoke "any_true" (v128.const i64x2 0 0x8000000000000000)) (i32.const 1))

;; Lane immediates are checked against the shape, and shuffle indices against 32.
(assert_invalid (module (func (result i32) (i8x16.extract_lane_s 16 (v128.const i64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i64) (i64x2.extract_lane 2 (v128.const i64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result v128) (f32x4.replace_lane 4 (v128.const i64x2 0 0) (f32.const 0)))) "invalid lane index")
(assert_invalid (module (func (result v128)
  (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 32 (v128.const i64x2 0 0) (v128.const i64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i32x4.add (v128.const i64x2 0 0) (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i32x4.extract_lane 0 (i32.const 0)))) "type mismatch")
