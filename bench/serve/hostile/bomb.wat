;; Hostile: grows its memory one page at a time until memory.grow fails (at the function's
;; memory limit), writes to every 4 KiB of it so that all of it is resident, then traps (500).
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (local $address i32)
    (local $end i32)
    (block $full
      (loop $grow
        (br_if $full (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
        (br $grow)))
    ;; memory.size pages of 64 KiB (under 4 GiB in all): one byte in every 4 KiB, the host's page size.
    (local.set $end (i32.shl (memory.size) (i32.const 16)))
    (loop $touch
      (i32.store8 (local.get $address) (i32.const 1))
      (local.set $address (i32.add (local.get $address) (i32.const 4096)))
      (br_if $touch (i32.lt_u (local.get $address) (local.get $end))))
    unreachable))
