;; Hostile: spins for ever. Only the function's timeout stops it (the server answers 504).
;; A WASI command that imports nothing: it exports _start and a memory.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (loop (br 0))))
