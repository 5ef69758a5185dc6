(module
  (type (;0;) (func (param i64 i32 i32 i64 f64)))
  (type (;1;) (func (param f32 f64 f32 i32) (result f32)))
  (type (;2;) (func (param f32 f32 f64 f32 i64)))
  (type (;3;) (func (result i32)))
  (type (;4;) (func))
  (func (;0;) (type 0) (param i64 i32 i32 i64 f64)
    nop)
  (func (;1;) (type 1) (param f32 f64 f32 i32) (result f32)
    (local f32)
    unreachable)
  (func (;2;) (type 2) (param f32 f32 f64 f32 i64)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32)
    nop
    nop
    nop
    nop
    i32.const 1
    local.set 5
    nop
    block  ;; label = @1
      block (result i32)  ;; label = @2
        block (result i32)  ;; label = @3
          local.get 5
          i32.const 128
          loop (result i32)  ;; label = @4
            nop
            nop
            block (result i32)  ;; label = @5
              local.get 5
              if (result i32)  ;; label = @6
                nop
                i32.const 1
                i32.const 1
                br_if 1 (;@5;)
                drop
                unreachable
              else
                block (result i32)  ;; label = @7
                  nop
                  i64.const -92
                  local.tee 256
                  drop
                  nop
                  loop  ;; label = @8
                    nop
                    block  ;; label = @9
                      nop
                      nop
                      nop
                      nop
                      i32.const -65535
                      local.tee 5
                      i32.const 1
                      br_if 2 (;@7;)
                      drop
                    end
                    i32.const 0
                    drop
                    nop
                    nop
                    i32.const 0
                    drop
                    unreachable
                  end
                  unreachable
                end
              end
              if  ;; label = @6
                i32.const 23
                if  ;; label = @7
                  f64.const 0x0p+0 (;=0;)
                  drop
                  nop
                  block (result f64)  ;; label = @8
                    nop
                    f64.const 0x0p+0 (;=0;)
                  end
                  local.set 208
                  nop
                  block (result f64)  ;; label = @8
                    nop
                    f64.const 0x0p+0 (;=0;)
                  end
                  local.set 178
                  nop
                  block (result f64)  ;; label = @8
                    nop
                    f64.const 0x0p+0 (;=0;)
                  end
                  local.set 148
                  nop
                  f64.const 0x0p+0 (;=0;)
                  drop
                  f64.const 0x0p+0 (;=0;)
                  drop
                  nop
                  f64.const 0x0p+0 (;=0;)
                  drop
                  f64.const 0x0p+0 (;=0;)
                  local.set 58
                  nop
                  block (result f64)  ;; label = @8
                    f64.const 0x0p+0 (;=0;)
                  end
                  local.set 38
                  block (result f64)  ;; label = @8
                    nop
                    local.get 41
                  end
                  drop
                  i32.const 0
                  drop
                  br 3 (;@4;)
                end
                loop  ;; label = @7
                  unreachable
                end
                unreachable
              else
                nop
              end
              unreachable
            end
          end
          i32.eqz
          br_if 1 (;@2;)
          i32.rotr
          i32.load8_u offset=22
          drop
          unreachable
        end
        drop
        local.get 5
      end
      i64.extend_i32_s
      drop
    end)
  (func (;3;) (type 3) (result i32)
    (local f64 f32)
    nop
    nop
    f32.const 0x1p+63 (;=9.22337e+18;)
    f32.const -0x1p+0 (;=-1;)
    f64.const 0x0p+0 (;=0;)
    f32.const 0x0p+0 (;=0;)
    i32.const 22
    i64.extend_i32_s
    call 2
    i32.const -19423)
  (func (;4;) (type 4)
    nop
    nop
    call 3
    drop)
  (table (;0;) 3 funcref)
  (memory (;0;) 16 17)
  (global (;0;) (mut f64) (f64.const -0x1p+34 (;=-1.71799e+10;)))
  (global (;1;) (mut i32) (i32.const 250))
  (global (;2;) (mut i32) (i32.const 10))
  (export "func_12_invoker" (func 4))
  (elem (;0;) (i32.const 0) func 0 0)
  (data (;0;) "\00")
  (data (;1;) "")
  (data (;2;) (i32.const 0) "")
  (data (;3;) ""))
