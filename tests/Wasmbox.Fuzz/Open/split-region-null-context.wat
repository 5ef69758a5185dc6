(module
  (type (;0;) (func))
  (type (;1;) (func (result i32)))
  (type (;2;) (func (result f32 f64 f64)))
  (type (;3;) (func (result f64 f32 i64 f64 i32)))
  (type (;4;) (func (param i32)))
  (type (;5;) (func (param i64)))
  (type (;6;) (func (param f32)))
  (type (;7;) (func (param f64)))
  (type (;8;) (func (param f64 f64) (result f32)))
  (type (;9;) (func (param i64 i32 i32 i64 f64)))
  (type (;10;) (func (result i64)))
  (type (;11;) (func (param i32 f64)))
  (type (;12;) (func (param f32 f64 f32 i32) (result f32)))
  (type (;13;) (func (param f32 f32 f64 f32 i64)))
  (type (;14;) (func (param i32 i64 i64 f32 f64 f32 i32) (result f64)))
  (import "fuzzing-support" "log-i32" (func (;0;) (type 4)))
  (import "fuzzing-support" "log-i64" (func (;1;) (type 5)))
  (import "fuzzing-support" "log-f32" (func (;2;) (type 6)))
  (import "fuzzing-support" "log-f64" (func (;3;) (type 7)))
  (func (;4;) (type 1) (result i32)
    (local i32)
    global.get 2
    i32.eqz
    if  ;; label = @1
      i32.const -94
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    i32.const 15
    i32.load8_u
    i32.const 14
    i32.load8_u
    i32.const 13
    i32.load8_u
    i32.const 12
    i32.load8_u
    i32.const 11
    i32.load8_u
    i32.const 10
    i32.load8_u
    i32.const 9
    i32.load8_u
    i32.const 8
    i32.load8_u
    i32.const 7
    i32.load8_u
    i32.const 6
    i32.load8_u
    i32.const 5
    i32.load8_u
    i32.const 4
    i32.load8_u
    i32.const 3
    i32.load8_u
    i32.const 2
    i32.load8_u
    i32.const 1
    i32.load8_u
    i32.const 0
    i32.load8_u
    i32.const 177573
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor
    local.tee 0
    local.get 0
    i32.const 5
    i32.shl
    i32.add
    i32.xor)
  (func (;5;) (type 8) (param f64 f64) (result f32)
    global.get 2
    i32.eqz
    if  ;; label = @1
      f32.const 0x1p+63 (;=9.22337e+18;)
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    f32.const -0x1.b8d0f4p-51 (;=-7.64694e-16;))
  (func (;6;) (type 9) (param i64 i32 i32 i64 f64)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    local.get 1
    i32.const -95
    i32.and
    i32.const 16
    i32.const 0
    memory.init 3)
  (func (;7;) (type 0)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 2
    if  ;; label = @1
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
      i32.const -65535
      i32.const 16
      i32.const 0
      memory.init 3
    end
    call 4
    call 0)
  (func (;8;) (type 0)
    (local f64 f32)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 2
    if  ;; label = @1
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
      call 4
      call 0
      f64.const 0x0p+0 (;=0;)
      call 3
      global.get 0
      local.tee 0
      f64.const 0x0p+0 (;=0;)
      local.get 0
      local.get 0
      f64.eq
      select
      i64.const 0
      f32.const 0x0p+0 (;=0;)
      local.tee 1
      f32.const 0x0p+0 (;=0;)
      local.get 1
      local.get 1
      f32.eq
      select
      drop
      drop
      drop
    end
    call 4
    call 0)
  (func (;9;) (type 10) (result i64)
    global.get 2
    i32.eqz
    if  ;; label = @1
      i64.const -16
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 2
    i32.eqz
    if  ;; label = @1
      i64.const 254
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    i32.const 0
    call 0
    global.get 2
    i32.eqz
    if  ;; label = @1
      i64.const 4294967199
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 2
    i32.eqz
    if  ;; label = @1
      i64.const 67108863
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    i32.const 2147483647
    i32.const 10
    i32.const 5
    memory.init 3
    i64.const -14)
  (func (;10;) (type 11) (param i32 f64)
    local.get 1
    f64.const 0x0p+0 (;=0;)
    local.get 1
    local.get 1
    f64.eq
    select
    local.set 1
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    loop (result f64)  ;; label = @1
      global.get 2
      i32.eqz
      if  ;; label = @2
        return
      end
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
      local.get 0
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
    end
    call 3)
  (func (;11;) (type 0)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    i32.const 65475
    f64.const 0x1.fffffe0a3d70ap+23 (;=1.67772e+07;)
    call 10
    call 4
    call 0
    i32.const 2
    f64.const 0x1.fffffffffffffp+1023 (;=1.79769e+308;)
    call 10)
  (func (;12;) (type 12) (param f32 f64 f32 i32) (result f32)
    local.get 0
    f32.const 0x0p+0 (;=0;)
    local.get 0
    local.get 0
    f32.eq
    select
    local.get 2
    f32.const 0x0p+0 (;=0;)
    local.get 2
    local.get 2
    f32.eq
    select
    local.set 2
    global.get 2
    i32.eqz
    if  ;; label = @1
      local.get 2
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    f64.const 0x1p+11 (;=2048;)
    call 3
    global.get 1
    i32.const 0
    i32.ge_s
    i64.const 252
    i64.store8 offset=22)
  (func (;13;) (type 0)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    f32.const 0x1p+40 (;=1.09951e+12;)
    f64.const -0x1p+54 (;=-1.80144e+16;)
    f32.const 0x1p+31 (;=2.14748e+09;)
    i32.const -31230
    call 12
    drop)
  (func (;14;) (type 0)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 2
    if  ;; label = @1
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
    end
    call 4
    call 0
    global.get 2
    if  ;; label = @1
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
    end
    call 4
    call 0)
  (func (;15;) (type 2) (result f32 f64 f64)
    global.get 2
    i32.eqz
    if  ;; label = @1
      f32.const 0x1p+34 (;=1.71799e+10;)
      f64.const 0x1.2p+6 (;=72;)
      f64.const -0x1.e978d4fdf3b64p-3 (;=-0.239;)
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    f32.const 0x0p+0 (;=0;)
    f64.const 0x1.78p+7 (;=188;)
    f64.const 0x0p+0 (;=0;))
  (func (;16;) (type 0)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 2
    if  ;; label = @1
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
    end
    global.get 2
    if  ;; label = @1
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
    end
    call 4
    call 0)
  (func (;17;) (type 0)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 2
    if  ;; label = @1
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
    end
    call 4
    call 0)
  (func (;18;) (type 13) (param f32 f32 f64 f32 i64)
    (local i32 i32 i32 f64 i64)
    local.get 2
    f64.const 0x0p+0 (;=0;)
    local.get 2
    local.get 2
    f64.eq
    select
    local.set 2
    local.get 3
    f32.const 0x0p+0 (;=0;)
    local.get 3
    local.get 3
    f32.eq
    select
    local.set 3
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    local.get 0
    f32.const 0x0p+0 (;=0;)
    local.get 0
    local.get 0
    f32.eq
    select
    local.set 0
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 1
    local.tee 6
    i32.const 850
    local.get 6
    select
    local.set 5
    local.get 6
    if  ;; label = @1
      block  ;; label = @2
        i32.const 22
        i32.const 12
        i32.store8
        local.get 5
        i32.extend16_s
        i32.const 15
        i32.and
        local.get 2
        local.get 2
        f64.add
        local.tee 8
        f64.const 0x0p+0 (;=0;)
        local.get 8
        local.get 8
        f64.eq
        select
        f64.const 0x1.7ep+7 (;=191;)
        f64.copysign
        local.tee 8
        f64.const 0x0p+0 (;=0;)
        local.get 8
        local.get 8
        f64.eq
        select
        f64.store offset=22 align=2
        local.get 5
        br_if 0 (;@2;)
      end
    else
      global.get 2
      i32.eqz
      if  ;; label = @2
        return
      end
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
      global.get 2
      if  ;; label = @2
        global.get 2
        i32.const 1
        i32.sub
        global.set 2
      end
      global.get 2
      i32.eqz
      if  ;; label = @2
        return
      end
      global.get 2
      i32.const 1
      i32.sub
      global.set 2
      i64.const 0
      local.set 9
      global.get 2
      if  ;; label = @2
        global.get 2
        i32.const 1
        i32.sub
        global.set 2
        i32.const 65475
        f64.const 0x1.fffffe0a3d70ap+23 (;=1.67772e+07;)
        call 10
        call 4
        call 0
        i32.const 2
        f64.const 0x1.fffffffffffffp+1023 (;=1.79769e+308;)
        call 10
      end
    end
    block  ;; label = @1
      block (result i32)  ;; label = @2
        local.get 9
        i32.wrap_i64
        i32.const 15
        i32.and
        local.get 5
        if (result i32)  ;; label = @3
          local.get 5
          i32.const 128
          loop (result i32)  ;; label = @4
            global.get 2
            i32.eqz
            if  ;; label = @5
              return
            end
            global.get 2
            i32.const 1
            i32.sub
            global.set 2
            block (result i32)  ;; label = @5
              local.get 5
              if (result i32)  ;; label = @6
                global.get 2
                i32.eqz
                if  ;; label = @7
                  return
                end
                global.get 2
                i32.const 1
                i32.sub
                global.set 2
                local.get 5
                i32.const 1
                br_if 1 (;@5;)
                drop
                return
              else
                block (result i32)  ;; label = @7
                  local.get 5
                  f64.const 0x1p+59 (;=5.76461e+17;)
                  f64.store offset=3 align=4
                  i64.const -92
                  local.tee 9
                  local.get 5
                  loop  ;; label = @8
                    global.get 2
                    i32.eqz
                    if  ;; label = @9
                      return
                    end
                    global.get 2
                    i32.const 1
                    i32.sub
                    global.set 2
                    loop  ;; label = @9
                      global.get 2
                      i32.eqz
                      if  ;; label = @10
                        return
                      end
                      global.get 2
                      i32.const 1
                      i32.sub
                      global.set 2
                      local.get 5
                      i32.const 1
                      local.get 3
                      f32.const -0x1p+44 (;=-1.75922e+13;)
                      f32.ge
                      memory.copy
                      local.get 4
                      i32.wrap_i64
                      global.set 1
                      i32.const -65535
                      local.tee 5
                      i32.const 3
                      i32.load8_s
                      br_if 2 (;@7;)
                      br_if 0 (;@9;)
                    end
                    global.get 2
                    i32.eqz
                    if  ;; label = @9
                      return
                    end
                    global.get 2
                    i32.const 1
                    i32.sub
                    global.set 2
                    i32.const 4
                    f64.load align=1
                    local.tee 2
                    f64.const 0x0p+0 (;=0;)
                    local.get 2
                    local.get 2
                    f64.eq
                    select
                    local.set 2
                    global.get 2
                    if  ;; label = @9
                      global.get 2
                      i32.const 1
                      i32.sub
                      global.set 2
                      f32.const 0x1p+40 (;=1.09951e+12;)
                      f64.const -0x1p+54 (;=-1.80144e+16;)
                      f32.const 0x1p+31 (;=2.14748e+09;)
                      i32.const -31230
                      call 12
                      drop
                    end
                    br 0 (;@8;)
                  end
                  unreachable
                end
              end
              if  ;; label = @6
                i32.const 23
                i32.load8_s
                if  ;; label = @7
                  local.get 2
                  local.get 3
                  f64.promote_f32
                  local.tee 8
                  f64.const 0x0p+0 (;=0;)
                  local.get 8
                  local.get 8
                  f64.eq
                  select
                  f64.eq
                  if (result f64 f32 i64 f64 i32)  ;; label = @8
                    global.get 2
                    i32.eqz
                    if  ;; label = @9
                      return
                    end
                    global.get 2
                    i32.const 1
                    i32.sub
                    global.set 2
                    f64.const 0x0p+0 (;=0;)
                    local.set 2
                    global.get 2
                    i32.eqz
                    if  ;; label = @9
                      return
                    end
                    global.get 2
                    i32.const 1
                    i32.sub
                    global.set 2
                    f64.const -0x1.fp+4 (;=-31;)
                    f32.const 0x1p+53 (;=9.0072e+15;)
                    i64.const -28577
                    f64.const 0x0p+0 (;=0;)
                    i32.const 16
                  else
                    loop  ;; label = @9
                      global.get 2
                      if  ;; label = @10
                        global.get 2
                        i32.const 1
                        i32.sub
                        global.set 2
                        local.get 2
                        global.set 0
                        br 1 (;@9;)
                      else
                        return
                      end
                      unreachable
                    end
                    unreachable
                  end
                  local.set 7
                  drop
                  drop
                  drop
                  drop
                  local.get 7
                  i32.load16_u offset=22
                  i32.const 15
                  i32.and
                  i32.load8_s offset=22
                  drop
                  br 3 (;@4;)
                end
                loop  ;; label = @7
                  global.get 2
                  i32.eqz
                  if  ;; label = @8
                    return
                  end
                  global.get 2
                  i32.const 1
                  i32.sub
                  global.set 2
                  global.get 2
                  if  ;; label = @8
                    global.get 2
                    i32.const 1
                    i32.sub
                    global.set 2
                    br 1 (;@7;)
                  else
                    return
                  end
                  unreachable
                end
                unreachable
              else
                global.get 2
                i32.eqz
                if  ;; label = @7
                  return
                end
                global.get 2
                i32.const 1
                i32.sub
                global.set 2
                i32.const 5
                i32.load16_s
                i32.const 15
                i32.and
                local.get 0
                f32.store offset=4
                i32.const 16
                i32.load16_s
                i32.const 15
                i32.and
                global.get 0
                local.tee 2
                f64.const 0x0p+0 (;=0;)
                local.get 2
                local.get 2
                f64.eq
                select
                f64.store offset=22 align=1
              end
              return
            end
          end
          i32.eqz
          br_if 1 (;@2;)
          i32.rotr
          i32.const 15
          i32.and
          i32.load8_u offset=22
          call 0
          br 2 (;@1;)
        else
          call 4
          call 0
          global.get 2
          i32.eqz
          if  ;; label = @4
            return
          end
          global.get 2
          i32.const 1
          i32.sub
          global.set 2
          local.get 5
          i32.const 15
          i32.and
          i32.load offset=22 align=2
        end
        i32.const 0
        memory.fill
        local.get 5
      end
      i32.const -5028
      i32.const 27
      f32.load align=2
      local.tee 0
      f32.const 0x0p+0 (;=0;)
      local.get 0
      local.get 0
      f32.eq
      select
      local.get 5
      if (result f32)  ;; label = @2
        loop (result i32)  ;; label = @3
          global.get 2
          i32.eqz
          if  ;; label = @4
            return
          end
          global.get 2
          i32.const 1
          i32.sub
          global.set 2
          i32.const 32
          i64.load8_u
          i32.const -2
          loop (result i64)  ;; label = @4
            global.get 2
            i32.eqz
            if  ;; label = @5
              return
            end
            global.get 2
            i32.const 1
            i32.sub
            global.set 2
            data.drop 1
            f64.const 0x1.ffffd8b8p+31 (;=4.29496e+09;)
            local.tee 2
            f64.const 0x0p+0 (;=0;)
            local.get 2
            local.get 2
            f64.eq
            select
            i32.trunc_sat_f64_s
            i32.eqz
            br_if 0 (;@4;)
            i32.const 22
            i64.load32_s align=2
          end
          i64.const -111
          i64.eq
          i64.const -96
          local.tee 4
          f64.const 0x1.000056872b021p+15 (;=32768.2;)
          call 6
          i64.const 65
          i32.const -5028
          local.tee 5
          local.get 5
          i32.const 15
          i32.and
          i64.load8_u offset=4
          i64.const -65535
          i64.lt_u
          if (result i64)  ;; label = @4
            loop (result i64)  ;; label = @5
              global.get 2
              i32.eqz
              if  ;; label = @6
                return
              end
              global.get 2
              i32.const 1
              i32.sub
              global.set 2
              i32.const -39
              local.tee 5
              i32.const 15
              i32.and
              i32.load offset=3
              i32.eqz
              br_if 0 (;@5;)
              i64.const 2251799813685249
            end
          else
            i64.const 34359738368
            local.tee 9
          end
          i64.const -96
          i64.gt_s
          i32.load8_s offset=4
          local.get 9
          f64.const 0x0p+0 (;=0;)
          call 6
          local.get 5
          br_if 0 (;@3;)
          loop (result i32)  ;; label = @4
            global.get 2
            i32.eqz
            if  ;; label = @5
              return
            end
            global.get 2
            i32.const 1
            i32.sub
            global.set 2
            i32.const -512
            local.get 4
            i64.store offset=2 align=4
            local.get 3
            i32.trunc_f32_u
            if  ;; label = @5
              f64.const -0x1.000000007851fp+31 (;=-2.14748e+09;)
              call 3
              global.get 2
              i32.eqz
              if  ;; label = @6
                return
              end
              global.get 2
              i32.const 1
              i32.sub
              global.set 2
              i64.const -11697
              local.set 4
              i32.const 18
              f64.const 0x0p+0 (;=0;)
              f64.store align=4
            else
              local.get 5
              i32.const 15
              i32.and
              i64.const 65
              i64.store32 offset=22 align=1
            end
            loop (result i32)  ;; label = @5
              global.get 2
              i32.eqz
              if  ;; label = @6
                return
              end
              global.get 2
              i32.const 1
              i32.sub
              global.set 2
              global.get 2
              i32.eqz
              if  ;; label = @6
                return
              end
              global.get 2
              i32.const 1
              i32.sub
              global.set 2
              f32.const 0x1.4cp+7 (;=166;)
              local.tee 3
              call 2
              block (result i32)  ;; label = @6
                local.get 5
                if  ;; label = @7
                  local.get 5
                  br_if 2 (;@5;)
                else
                  i32.const 19
                  f64.const -0x1p+58 (;=-2.8823e+17;)
                  f64.store align=2
                  br 3 (;@4;)
                end
                i32.const -77
                global.get 2
                i32.eqz
                br_if 0 (;@6;)
                drop
                global.get 2
                i32.const 1
                i32.sub
                global.set 2
                i32.const 0
              end
            end
          end
        end
        i32.const 15
        i32.and
        i32.const 17
        i32.const 1
        memory.init 3
        return
      else
        f32.const -0x1p+64 (;=-1.84467e+19;)
      end
      f32.eq
      local.get 5
      select
      i32.and
      i64.load offset=4 align=1
      call 1
    end)
  (func (;19;) (type 0)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    f32.const -0x1.9cp+6 (;=-103;)
    f32.const -0x1p+0 (;=-1;)
    f64.const 0x0p+0 (;=0;)
    f32.const -0x1p+1 (;=-2;)
    i64.const -9223372036854775807
    call 18
    call 4
    call 0
    f32.const 0x1.4a1462p+101 (;=3.26895e+30;)
    f32.const 0x1.7p+6 (;=92;)
    f64.const -0x1.0306ef1p+30 (;=-1.08644e+09;)
    f32.const 0x1.70e56p+1 (;=2.882;)
    i64.const -127
    call 18)
  (func (;20;) (type 1) (result i32)
    (local f64 f32)
    global.get 2
    i32.eqz
    if  ;; label = @1
      i32.const -512
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    f32.const 0x1p+63 (;=9.22337e+18;)
    f32.const -0x1p+0 (;=-1;)
    i32.const 22
    f64.load
    local.tee 0
    f64.const 0x0p+0 (;=0;)
    local.get 0
    local.get 0
    f64.eq
    select
    f32.const 0x0p+0 (;=0;)
    local.tee 1
    f32.const 0x0p+0 (;=0;)
    local.get 1
    local.get 1
    f32.eq
    select
    i32.const 22
    i64.load32_u align=1
    call 18
    i32.const -19423)
  (func (;21;) (type 0)
    global.get 2
    i32.eqz
    if  ;; label = @1
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    call 20
    drop)
  (func (;22;) (type 14) (param i32 i64 i64 f32 f64 f32 i32) (result f64)
    global.get 2
    i32.eqz
    if  ;; label = @1
      f64.const -0x1.fffffffcd47aep+31 (;=-4.29497e+09;)
      return
    end
    global.get 2
    i32.const 1
    i32.sub
    global.set 2
    global.get 1
    if  ;; label = @1
      local.get 6
      if (result i64)  ;; label = @2
        local.get 2
      else
        loop  ;; label = @3
          global.get 2
          if  ;; label = @4
            global.get 2
            i32.const 1
            i32.sub
            global.set 2
            f64.const 0x1p+32 (;=4.29497e+09;)
            call 3
            br 1 (;@3;)
          else
            f64.const 0x0p+0 (;=0;)
            return
          end
          unreachable
        end
        unreachable
      end
      call 1
    end
    f64.const 0x0p+0 (;=0;))
  (func (;23;) (type 0)
    i32.const 10
    global.set 2)
  (table (;0;) 3 funcref)
  (memory (;0;) 16 17)
  (global (;0;) (mut f64) (f64.const -0x1p+34 (;=-1.71799e+10;)))
  (global (;1;) (mut i32) (i32.const 250))
  (global (;2;) (mut i32) (i32.const 10))
  (export "hashMemory" (func 4))
  (export "memory" (memory 0))
  (export "func" (func 5))
  (export "func_0_invoker" (func 7))
  (export "func_1_invoker" (func 8))
  (export "func_2" (func 9))
  (export "func_4_invoker" (func 11))
  (export "func_5_invoker" (func 13))
  (export "func_6_invoker" (func 14))
  (export "func_7" (func 15))
  (export "func_7_invoker" (func 16))
  (export "func_9_invoker" (func 17))
  (export "func_11_invoker" (func 19))
  (export "func_12" (func 20))
  (export "func_12_invoker" (func 21))
  (export "func_14" (func 22))
  (export "hangLimitInitializer" (func 23))
  (elem (;0;) (i32.const 0) func 6 6 12)
  (data (;0;) "C\8a\c7\d8\07=\edr\a7\12\aa.\15!\84\92\b0\91")
  (data (;1;) "\b0\bc\f5P\dcT\e6nN@\fd\b1\f3q")
  (data (;2;) (i32.const 0) "qOn\85a\0cL")
  (data (;3;) "y\e0G@\e8\96\92\e0\bc\ae\cb\fb8\dc\db$=\1eB\fc\a5"))
