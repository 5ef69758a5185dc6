;; Hostile, and the cheapest failure: traps at once (500).
(module
  (memory (export "memory") 1)
  (func (export "_start")
    unreachable))
