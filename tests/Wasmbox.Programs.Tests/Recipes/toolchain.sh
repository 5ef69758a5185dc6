# Sourced by every recipe. `use_toolchain native|wasm` sets what a recipe compiles with:
#   TARGET  native or wasm
#   CC      the compiler driver, with the target
#   CFLAGS  optimisation and, for wasm, what wasi-libc needs to expose emulated POSIX parts
#   SHIM    extra sources to compile into the program (wasi-shim.c for wasm, nothing natively)
#   LIBS    libraries to link last
#   LDFLAGS what the link step adds for the target
# Both targets use clang-19 at -O2, so the two builds differ only in what the target requires.
# Recipes build with `compile_and_link OUTPUT FLAGS-AND-SOURCES...` rather than calling $CC.
shim_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/wasi-shim" && pwd)"

use_toolchain() {
  TARGET="$1"
  case "$1" in
    native)
      CC="clang-19"
      CFLAGS="-O2"
      SHIM=""
      LIBS="-lm"
      LDFLAGS=""
      ;;
    wasm)
      CC="clang-19 --target=wasm32-wasi --sysroot=/usr"
      # wasi-libc hides signal(), clock()/times()/getrusage(), mmap() and getpid() unless asked:
      # WASI has no signals, process clocks, shared mappings or processes, and the emulations
      # (signal() records a handler that nothing raises, the clocks read the wall clock, mmap()
      # is malloc and read) are what programs written for POSIX expect.
      CFLAGS="-O2 -D_WASI_EMULATED_SIGNAL -D_WASI_EMULATED_PROCESS_CLOCKS -D_WASI_EMULATED_MMAN
              -D_WASI_EMULATED_GETPID -I$shim_dir -include wasi-shim.h"
      SHIM="$shim_dir/wasi-shim.c"
      LIBS="-lwasi-emulated-signal -lwasi-emulated-process-clocks -lwasi-emulated-mman
            -lwasi-emulated-getpid -lm"
      # wasi-libc's archives carry DWARF, which a native build does not get from glibc either (and
      # wasm-opt dropped, when it ran): the module keeps its name section, for backtraces.
      LDFLAGS="-Wl,--strip-debug"
      ;;
    *)
      echo "unknown target '$1' (native or wasm)" >&2
      return 2
      ;;
  esac
}

# Compiles each C source among the arguments with CFLAGS and the other arguments (`-O2 -c`), then
# links the objects with LIBS and no -O flag. Given an -O flag at link time, clang runs binaryen's
# wasm-opt over a wasm32 program whenever one is on PATH, so the module would depend on what else
# is installed; clang-19's --no-wasm-opt, meant for that, makes it skip linking altogether.
compile_and_link() {
  local output="$1" objects=() flags=() sources=() argument source object
  shift
  for argument in "$@" $SHIM; do
    case "$argument" in
      *.c) sources+=("$argument") ;;
      *) flags+=("$argument") ;;
    esac
  done
  local scratch
  scratch="$(mktemp -d)"
  for source in "${sources[@]}"; do
    object="$scratch/${#objects[@]}-$(basename "${source%.c}").o"
    # shellcheck disable=SC2086 # the variables hold several words on purpose
    $CC $CFLAGS "${flags[@]}" -c -o "$object" "$source"
    objects+=("$object")
  done
  # shellcheck disable=SC2086
  $CC $LDFLAGS -o "$output" "${objects[@]}" $LIBS
  rm -rf "$scratch"
}

# Runs the recipe's step named by the first argument:
#   prepare SOURCE             generate what both builds need, inside a writable copy of the source
#   build TARGET SOURCE OUT    compile the prepared SOURCE for TARGET into the directory OUT
run_step() {
  set -euo pipefail
  case "${1:-}" in
    prepare) prepare "$2" ;;
    build) use_toolchain "$2"; build "$3" "$4" ;;
    *) echo "usage: $0 prepare SOURCE | build native|wasm SOURCE OUT" >&2; exit 2 ;;
  esac
}
