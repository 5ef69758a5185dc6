#!/usr/bin/env bash
# SQLite (Debian source package sqlite3): the sqlite3 shell over the amalgamation. Debian ships
# the full source tree; upstream's Makefile for Linux generates the amalgamation from it (with
# lemon, mkkeywordhash and tclsh), and both builds compile that with the same options.
. "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"

prepare() {
  mkdir -p "$1/amalgamation"
  cd "$1/amalgamation"
  # OPTS= drops the debugging options that Makefile for Linux adds for its own test builds.
  make -s -f ../Makefile.linux-gcc TOP=.. BCC="clang-19 -O2" OPTS= sqlite3.c shell.c
}

# The same for both targets, so both behave alike. WASI preview1 has no threads, no dlopen(), no
# shared memory mappings (which write-ahead logging and mmap I/O need) and no byte-range locks,
# so: single-threaded, no extensions, no WAL, no mmap, and the default VFS is "unix-none", the
# Unix VFS without locking. The shell cannot start processes either (no popen()).
options=(
  -DSQLITE_THREADSAFE=0
  -DSQLITE_OMIT_LOAD_EXTENSION
  -DSQLITE_OMIT_WAL
  -DSQLITE_MAX_MMAP_SIZE=0
  '-DSQLITE_DEFAULT_UNIX_VFS="unix-none"'
  -DSQLITE_OMIT_POPEN
)

build() {
  cd "$1/amalgamation"
  # SQLite computes in long double where double is not precise enough: the digits printf gives
  # past the 17th, text-to-real conversion, integer-to-real comparison. wasm32's long double is
  # IEEE quad precision (binary128, in software), as arm64's is; x86-64's is the x87 80-bit
  # format, whose results differ (79.69 printed with "%!.20g" ends ...725 instead of ...726). So
  # the native x86-64 build computes those in quad precision too.
  local precision=()
  if [ "$TARGET" = native ] && [ "$(uname -m)" = x86_64 ]; then precision=(-DLONGDOUBLE_TYPE=__float128); fi
  compile_and_link "$2/sqlite3" "${options[@]}" "${precision[@]}" sqlite3.c shell.c
}

run_step "$@"
