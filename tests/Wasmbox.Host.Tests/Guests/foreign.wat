;; Imports a function Wasmbox does not provide.
(module
  (import "env" "launch_missiles" (func))
  (memory (export "memory") 1)
  (func (export "_start") (call 0)))
