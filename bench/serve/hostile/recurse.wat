;; Hostile: a function that calls itself without end, until the call stack is exhausted (500).
(module
  (memory (export "memory") 1)
  (func $down
    (call $down))
  (func (export "_start")
    (call $down)))
