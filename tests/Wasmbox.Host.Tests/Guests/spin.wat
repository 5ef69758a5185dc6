;; Burns instructions in a counted loop (for fuel limits): 100 million iterations.
(module
  (memory (export "memory") 1)
  (func (export "_start") (local i32)
    (loop $again
      (local.set 0 (i32.add (local.get 0) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get 0) (i32.const 100000000))))))
