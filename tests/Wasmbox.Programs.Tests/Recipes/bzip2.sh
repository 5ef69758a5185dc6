#!/usr/bin/env bash
# bzip2 (Debian source package bzip2): the bzip2 command, with libbz2 compiled in. Debian links
# it against the shared libbz2, which a WebAssembly module cannot load, so both builds compile
# the library's sources straight into the program, with upstream's flags.
. "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"

prepare() {
  : # nothing to generate
}

build() {
  cd "$1"
  compile_and_link "$2/bzip2" -D_FILE_OFFSET_BITS=64 \
    blocksort.c huffman.c crctable.c randtable.c compress.c decompress.c bzlib.c bzip2.c
}

run_step "$@"
