;; The guest behind the embedding API tests: host imports, memory, globals, traps, recursion.
(module
  (import "host" "add" (func $host_add (param i32 i32) (result i32)))
  (import "host" "fail" (func $host_fail))
  (memory (export "memory") 1 4)
  (global $counter (export "counter") (mut i32) (i32.const 7))
  (data (i32.const 16) "hello")

  (func $fac (export "fac") (param $n i64) (result i64)
    (if (result i64) (i64.le_u (local.get $n) (i64.const 1))
      (then (i64.const 1))
      (else (i64.mul (local.get $n) (call $fac (i64.sub (local.get $n) (i64.const 1)))))))

  (func (export "call_host") (param i32 i32) (result i32)
    (call $host_add (local.get 0) (local.get 1)))

  (func (export "call_failing_host") (call $host_fail))

  (func (export "swap") (param i32 i64) (result i64 i32)
    (local.get 1) (local.get 0))

  (func $boom (export "boom") (unreachable))
  (func $outer (export "outer") (call $boom))

  (func $recurse (export "recurse") (param i32) (result i32)
    (call $recurse (i32.add (local.get 0) (i32.const 1))))

  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "load_offset") (param i32) (result i32) (i32.load offset=0xFFFFFFFF (local.get 0)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "bump") (result i32)
    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
    (global.get $counter))

  ;; The sum over an i32 array used to show how a hot loop is compiled.
  (func (export "sum") (param $ptr i32) (param $n i32) (result i32)
    (local $total i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $total (i32.add (local.get $total) (i32.load (local.get $ptr))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 4)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $total))
)
