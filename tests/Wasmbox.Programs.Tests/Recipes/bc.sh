#!/usr/bin/env bash
# GNU bc (Debian source package bc): an arbitrary-precision calculator language. It is an
# interpreter whose errors need no setjmp/longjmp (which wasm32-wasi lacks), and it runs its own
# math library, written in bc and compiled to bc's bytecode while it is built.
. "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"

sources=(bc/main.c bc/bc.c bc/scan.c bc/execute.c bc/load.c bc/storage.c bc/util.c bc/global.c
         bc/warranty.c lib/number.c lib/getopt.c lib/getopt1.c lib/vfprintf.c)

# Debian's own compile flags for bc (debian/rules), besides its hardening flags.
debian_flags=(-D_POSIX_SOURCE -DDOT_IS_LAST -DDONTEXIT)

prepare() {
  cd "$1"
  # configure only writes config.h: its checks (headers, fstat, setvbuf, strtol, vprintf, ...)
  # find the same answers in wasi-libc as in glibc, so both builds share it. bc's Makefiles are
  # not used: Debian's patches change Makefile.am, which would make them rerun automake.
  ./configure -q CC=clang-19 >/dev/null
  # libmath.h holds the math library (-l) as bytecode. As bc/Makefile.am does: build bc with an
  # empty library ("fbc"), let it compile libmath.b, and turn its output into a C initializer.
  echo '{0}' >bc/libmath.h
  clang-19 -O2 -DHAVE_CONFIG_H "${debian_flags[@]}" -I. -Ih -Ibc -o fbc "${sources[@]}"
  ./fbc -c bc/libmath.b </dev/null >bc/libmath.h
  (cd bc && ./fix-libmath_h >/dev/null)
  rm fbc
}

build() {
  cd "$1"
  compile_and_link "$2/bc" -DHAVE_CONFIG_H "${debian_flags[@]}" -I. -Ih -Ibc "${sources[@]}"
}

run_step "$@"
