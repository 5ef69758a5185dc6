;; node 20 crashes (SIGSEGV, exit 139) after this module has run, in about a third of runs: it
;; grows its memory by 50 MB, writes to every 64th byte, then calls fd_write. See bench/README.md
;; (node's crash); the hashmap benchmark does the same, with its 48 MB table. To see it:
;;   wat2wasm bench/node/fast-api-crash.wat -o /tmp/crash.wasm
;;   for i in $(seq 10); do node --no-warnings bench/node/run-wasi.mjs /tmp/crash.wasm; echo $?; done
;; With --no-turbo-fast-api-calls or --no-concurrent-marking every run prints "hello" and exits 0.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 100) "hello\n")
  (func (export "_start") (local $i i32)
    (drop (memory.grow (i32.const 800)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (i32.const 52428800)))
        (i32.store8 (local.get $i) (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 64)))
        (br $next)))
    ;; one iovec at 0: "hello\n" at 100, 6 bytes; the count written goes to 20
    (i32.store (i32.const 0) (i32.const 100))
    (i32.store (i32.const 4) (i32.const 6))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 20)))))
