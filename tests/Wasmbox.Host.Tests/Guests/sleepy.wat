;; Spins for about COUNT iterations given as a constant, a slow but finite request (for drain and swap tests).
(module
  (memory (export "memory") 1)
  (func (export "_start") (local i64)
    (loop $again
      (local.set 0 (i64.add (local.get 0) (i64.const 1)))
      (br_if $again (i64.lt_u (local.get 0) (i64.const 300000000))))))
