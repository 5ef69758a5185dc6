;; Floating-point SIMD: arithmetic, min/max, pmin/pmax, rounding,
;; comparisons and conversions.
;;
;; Pitfalls for a compiler to IL / .NET:
;;  - min/max: a NaN in either operand gives a NaN, and -0 < +0. x86's minps
;;    and maxps return the second operand when either is NaN and when both
;;    are zeros, so they are wrong on both counts.
;;  - pmin is b < a ? b : a and pmax is a < b ? b : a, exactly: a NaN first
;;    operand comes through, a NaN second operand does not.
;;  - NaN results of arithmetic are arithmetic NaNs (quiet), canonical when
;;    every NaN input was canonical.
;;  - nearest rounds half to even (2.5 -> 2, -0.5 -> -0); ceil, floor and trunc
;;    keep the sign of a zero result (ceil(-0.5) = -0).
;;  - abs and neg only touch the sign bit, even of a NaN (no canonicalisation).
;;  - trunc_sat: NaN -> 0, out of range saturates; cvttps2dq gives 0x80000000
;;    for all of those, and x86 has no unsigned conversions before AVX-512.
;;  - convert_i32x4_u must round correctly for values above 2^31 (a signed
;;    conversion of the halves rounds twice).
;;  - f32x4.ne is true for NaN lanes (unordered); lt/le/gt/ge are false.

(module
  (func (export "f32x4.add") (param v128 v128) (result v128) (f32x4.add (local.get 0) (local.get 1)))
  (func (export "f64x2.mul") (param v128 v128) (result v128) (f64x2.mul (local.get 0) (local.get 1)))
  (func (export "f32x4.div") (param v128 v128) (result v128) (f32x4.div (local.get 0) (local.get 1)))
  (func (export "f64x2.sqrt") (param v128) (result v128) (f64x2.sqrt (local.get 0)))
  (func (export "f32x4.min") (param v128 v128) (result v128) (f32x4.min (local.get 0) (local.get 1)))
  (func (export "f32x4.max") (param v128 v128) (result v128) (f32x4.max (local.get 0) (local.get 1)))
  (func (export "f64x2.min") (param v128 v128) (result v128) (f64x2.min (local.get 0) (local.get 1)))
  (func (export "f64x2.max") (param v128 v128) (result v128) (f64x2.max (local.get 0) (local.get 1)))
  (func (export "f32x4.pmin") (param v128 v128) (result v128) (f32x4.pmin (local.get 0) (local.get 1)))
  (func (export "f32x4.pmax") (param v128 v128) (result v128) (f32x4.pmax (local.get 0) (local.get 1)))
  (func (export "f64x2.pmin") (param v128 v128) (result v128) (f64x2.pmin (local.get 0) (local.get 1)))
  (func (export "f32x4.abs") (param v128) (result v128) (f32x4.abs (local.get 0)))
  (func (export "f64x2.neg") (param v128) (result v128) (f64x2.neg (local.get 0)))
  (func (export "f32x4.nearest") (param v128) (result v128) (f32x4.nearest (local.get 0)))
  (func (export "f64x2.nearest") (param v128) (result v128) (f64x2.nearest (local.get 0)))
  (func (export "f32x4.ceil") (param v128) (result v128) (f32x4.ceil (local.get 0)))
  (func (export "f32x4.floor") (param v128) (result v128) (f32x4.floor (local.get 0)))
  (func (export "f64x2.trunc") (param v128) (result v128) (f64x2.trunc (local.get 0)))
  (func (export "f32x4.eq") (param v128 v128) (result v128) (f32x4.eq (local.get 0) (local.get 1)))
  (func (export "f32x4.ne") (param v128 v128) (result v128) (f32x4.ne (local.get 0) (local.get 1)))
  (func (export "f32x4.lt") (param v128 v128) (result v128) (f32x4.lt (local.get 0) (local.get 1)))
  (func (export "f64x2.ge") (param v128 v128) (result v128) (f64x2.ge (local.get 0) (local.get 1)))

  (func (export "i32x4.trunc_sat_f32x4_s") (param v128) (result v128) (i32x4.trunc_sat_f32x4_s (local.get 0)))
  (func (export "i32x4.trunc_sat_f32x4_u") (param v128) (result v128) (i32x4.trunc_sat_f32x4_u (local.get 0)))
  (func (export "i32x4.trunc_sat_f64x2_s_zero") (param v128) (result v128) (i32x4.trunc_sat_f64x2_s_zero (local.get 0)))
  (func (export "i32x4.trunc_sat_f64x2_u_zero") (param v128) (result v128) (i32x4.trunc_sat_f64x2_u_zero (local.get 0)))
  (func (export "f32x4.convert_i32x4_s") (param v128) (result v128) (f32x4.convert_i32x4_s (local.get 0)))
  (func (export "f32x4.convert_i32x4_u") (param v128) (result v128) (f32x4.convert_i32x4_u (local.get 0)))
  (func (export "f64x2.convert_low_i32x4_s") (param v128) (result v128) (f64x2.convert_low_i32x4_s (local.get 0)))
  (func (export "f64x2.convert_low_i32x4_u") (param v128) (result v128) (f64x2.convert_low_i32x4_u (local.get 0)))
  (func (export "f32x4.demote_f64x2_zero") (param v128) (result v128) (f32x4.demote_f64x2_zero (local.get 0)))
  (func (export "f64x2.promote_low_f32x4") (param v128) (result v128) (f64x2.promote_low_f32x4 (local.get 0)))
)

;; Arithmetic rounds each lane on its own, in its own precision; NaNs stay NaNs.
(assert_return (invoke "f32x4.add" (v128.const f32x4 0x1p24 1 inf nan) (v128.const f32x4 1 0x1p-24 -inf 1))
  (v128.const f32x4 0x1p24 1 nan:arithmetic nan:canonical))
(assert_return (invoke "f32x4.add" (v128.const f32x4 nan:0x200000 -0 0.1 -0) (v128.const f32x4 1 0 0.2 -0))
  (v128.const f32x4 nan:arithmetic 0 0x1.333334p-2 -0))
(assert_return (invoke "f64x2.mul" (v128.const f64x2 0x1p1000 -0) (v128.const f64x2 0x1p100 5)) (v128.const f64x2 inf -0))
(assert_return (invoke "f32x4.div" (v128.const f32x4 1 -1 0 1) (v128.const f32x4 0 0 0 3)) (v128.const f32x4 inf -inf nan:canonical 0x1.555556p-2))
(assert_return (invoke "f64x2.sqrt" (v128.const f64x2 -1 2)) (v128.const f64x2 nan:canonical 0x1.6a09e667f3bcdp+0))

;; min and max: NaN wins, -0 is below +0.
(assert_return (invoke "f32x4.min" (v128.const f32x4 -0 0 nan 1) (v128.const f32x4 0 -0 1 nan)) (v128.const f32x4 -0 -0 nan:canonical nan:canonical))
(assert_return (invoke "f32x4.max" (v128.const f32x4 -0 0 nan 1) (v128.const f32x4 0 -0 1 nan)) (v128.const f32x4 0 0 nan:canonical nan:canonical))
(assert_return (invoke "f32x4.min" (v128.const f32x4 nan:0x200000 -inf 3 -5) (v128.const f32x4 0 inf 2 -4)) (v128.const f32x4 nan:arithmetic -inf 2 -5))
(assert_return (invoke "f64x2.min" (v128.const f64x2 0 nan) (v128.const f64x2 -0 -inf)) (v128.const f64x2 -0 nan:canonical))
(assert_return (invoke "f64x2.max" (v128.const f64x2 -0 -inf) (v128.const f64x2 0 nan)) (v128.const f64x2 0 nan:canonical))

;; pmin and pmax are the plain comparisons, whatever NaNs and zeros do.
(assert_return (invoke "f32x4.pmin" (v128.const f32x4 nan 1 -0 0) (v128.const f32x4 1 nan 0 -0)) (v128.const i32x4 0x7fc00000 0x3f800000 0x80000000 0))
(assert_return (invoke "f32x4.pmax" (v128.const f32x4 nan 1 -0 0) (v128.const f32x4 1 nan 0 -0)) (v128.const i32x4 0x7fc00000 0x3f800000 0x80000000 0))
(assert_return (invoke "f32x4.pmin" (v128.const f32x4 3 1 -inf 2) (v128.const f32x4 2 3 inf 2)) (v128.const f32x4 2 1 -inf 2))
(assert_return (invoke "f64x2.pmin" (v128.const f64x2 nan:0x1 5) (v128.const f64x2 0 4)) (v128.const i64x2 0x7ff0000000000001 0x4010000000000000))

;; abs and neg touch only the sign bit.
(assert_return (invoke "f32x4.abs" (v128.const i32x4 0xffc00001 0x80000000 0xff800000 0x7f800001)) (v128.const i32x4 0x7fc00001 0 0x7f800000 0x7f800001))
(assert_return (invoke "f64x2.neg" (v128.const i64x2 0x7ff0000000000001 0)) (v128.const i64x2 0xfff0000000000001 0x8000000000000000))

;; Rounding to integers.
(assert_return (invoke "f32x4.nearest" (v128.const f32x4 2.5 -2.5 0.5 -0.5)) (v128.const f32x4 2 -2 0 -0))
(assert_return (invoke "f32x4.nearest" (v128.const f32x4 3.5 0x1.fffffep22 0x1p23 nan)) (v128.const f32x4 4 0x1p23 0x1p23 nan:canonical))
(assert_return (invoke "f64x2.nearest" (v128.const f64x2 4.5 -0x1.0000000000001p52)) (v128.const f64x2 4 -0x1.0000000000001p52))
(assert_return (invoke "f32x4.ceil" (v128.const f32x4 -0.5 0.1 -1.5 inf)) (v128.const f32x4 -0 1 -1 inf))
(assert_return (invoke "f32x4.floor" (v128.const f32x4 -0.5 0.9 -0 nan:0x200000)) (v128.const f32x4 -1 0 -0 nan:arithmetic))
(assert_return (invoke "f64x2.trunc" (v128.const f64x2 -0.9 1e300)) (v128.const f64x2 -0 1e300))

;; Comparisons, with NaNs unordered.
(assert_return (invoke "f32x4.eq" (v128.const f32x4 nan -0 1 2) (v128.const f32x4 nan 0 1 3)) (v128.const i32x4 0 -1 -1 0))
(assert_return (invoke "f32x4.ne" (v128.const f32x4 nan -0 1 2) (v128.const f32x4 nan 0 1 3)) (v128.const i32x4 -1 0 0 -1))
(assert_return (invoke "f32x4.lt" (v128.const f32x4 nan -0 1 -inf) (v128.const f32x4 1 0 nan inf)) (v128.const i32x4 0 0 0 -1))
(assert_return (invoke "f64x2.ge" (v128.const f64x2 nan 0) (v128.const f64x2 nan -0)) (v128.const i64x2 0 -1))

;; Saturating truncation to integers.
(assert_return (invoke "i32x4.trunc_sat_f32x4_s" (v128.const f32x4 nan 3e9 -3e9 -1.9)) (v128.const i32x4 0 0x7fffffff 0x80000000 -1))
(assert_return (invoke "i32x4.trunc_sat_f32x4_s" (v128.const f32x4 0x1p31 -0x1p31 inf -inf)) (v128.const i32x4 0x7fffffff 0x80000000 0x7fffffff 0x80000000))
(assert_return (invoke "i32x4.trunc_sat_f32x4_u" (v128.const f32x4 nan 5e9 -1 0x1.fffffep31)) (v128.const i32x4 0 0xffffffff 0 0xffffff00))
(assert_return (invoke "i32x4.trunc_sat_f32x4_u" (v128.const f32x4 0x1p31 2.9 -0.9 -inf)) (v128.const i32x4 0x80000000 2 0 0))
(assert_return (invoke "i32x4.trunc_sat_f64x2_s_zero" (v128.const f64x2 -2147483648.9 2147483647.9)) (v128.const i32x4 0x80000000 0x7fffffff 0 0))
(assert_return (invoke "i32x4.trunc_sat_f64x2_s_zero" (v128.const f64x2 nan -1e10)) (v128.const i32x4 0 0x80000000 0 0))
(assert_return (invoke "i32x4.trunc_sat_f64x2_u_zero" (v128.const f64x2 4294967295.9 -0.5)) (v128.const i32x4 0xffffffff 0 0 0))
(assert_return (invoke "i32x4.trunc_sat_f64x2_u_zero" (v128.const f64x2 1e10 nan)) (v128.const i32x4 0xffffffff 0 0 0))

;; Integer to float conversions round to nearest, ties to even.
(assert_return (invoke "f32x4.convert_i32x4_s" (v128.const i32x4 16777217 -16777219 0x7fffffff 0x80000000)) (v128.const f32x4 16777216 -16777220 0x1p31 -0x1p31))
(assert_return (invoke "f32x4.convert_i32x4_u" (v128.const i32x4 0xffffffff 0x80000081 16777217 0x80000180))
  (v128.const f32x4 0x1p32 0x1.000002p31 16777216 0x1.000004p31))
(assert_return (invoke "f64x2.convert_low_i32x4_s" (v128.const i32x4 -1 0x80000000 7 7)) (v128.const f64x2 -1 -2147483648))
(assert_return (invoke "f64x2.convert_low_i32x4_u" (v128.const i32x4 -1 0x80000000 7 7)) (v128.const f64x2 4294967295 2147483648))

;; Demotion rounds, overflows to infinity and zeroes the upper lanes; promotion is exact.
(assert_return (invoke "f32x4.demote_f64x2_zero" (v128.const f64x2 0x1.000001p0 1e300)) (v128.const f32x4 1 inf 0 0))
(assert_return (invoke "f32x4.demote_f64x2_zero" (v128.const f64x2 0x1.0000030000001p0 nan)) (v128.const f32x4 0x1.000004p0 nan:canonical 0 0))
(assert_return (invoke "f64x2.promote_low_f32x4" (v128.const f32x4 0x1p-149 -inf 7 7)) (v128.const f64x2 0x1p-149 -inf))
(assert_return (invoke "f64x2.promote_low_f32x4" (v128.const f32x4 nan -0 7 7)) (v128.const f64x2 nan:canonical -0))
