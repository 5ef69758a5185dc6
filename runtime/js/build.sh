#!/usr/bin/env bash
# Builds wasmbox-js.wasm, the JavaScript engine of the js executor: QuickJS from Debian 13
# ("trixie")'s source package, with main.c, host.c, prelude.js and dapr.js of this directory,
# compiled by clang-19 to wasm32-wasi; the two JS files are embedded as bytecode when node is
# there to run the engine once at build time (write-bytecode.mjs), as source otherwise.
#
#   runtime/js/build.sh [OUT_DIR]     (default: .build/js in the repository)
#
# Prints the module's path on stdout; progress and errors go to stderr. Nothing fetched is
# written outside OUT_DIR: apt reads a sources list of its own there (no root needed for it, and
# the machine's apt configuration is left alone). QuickJS's sources stay as Debian ships them;
# what WASI lacks is handled by flags and the headers in shims/. A second run with the same
# inputs builds nothing; a change to the glue recompiles only the glue.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mkdir -p "${1:-$root/.build/js}" && cd "${1:-$root/.build/js}" && pwd)"
release=trixie
cc=clang-19

say() { echo "wasmbox-js: $*" >&2; }
fail() { say "$*"; exit 1; }

need() {   # need TOOL...: each must be on PATH
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || fail "cannot build the JavaScript engine: $tool is missing (apt-get install clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32 dpkg-dev debian-archive-keyring)"
  done
}
need sha256sum flock
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
compiler_ready() {
  need "$cc"
  [ -d /usr/lib/wasm32-wasi ] || fail "cannot build the JavaScript engine: wasi-libc is missing (apt-get install wasi-libc libclang-rt-19-dev-wasm32 lld-19)"
}

# One build at a time into one directory, even when a server and a test start it together.
exec 9>"$out/.lock"
flock 9
# Scratch directories of a run that failed are not left behind.
trap 'rm -rf "$out"/fetch.* "$out"/glue.*' EXIT

# ---- the source: apt-get source quickjs from trixie, through a private sources list ----------------
apt="$out/apt"
source_dir="$out/source"
if [ ! -f "$source_dir/quickjs.c" ]; then
  need apt-get dpkg-source
  [ -f "$keyring" ] || fail "cannot build the JavaScript engine: $keyring is missing (apt-get install debian-archive-keyring)"
  say "fetching QuickJS from Debian's $release source package (deb.debian.org)..."
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
  echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian $release main" > "$apt/sources.list"
  options=(-o "Dir::Etc::sourcelist=$apt/sources.list" -o "Dir::Etc::sourceparts=-" -o "Dir::State::Lists=$apt/lists"
           -o "Dir::Cache=$apt/cache" -o "APT::Get::List-Cleanup=0" -o "Debug::NoLocking=1" -qq)
  apt-get "${options[@]}" update >&2 || fail "cannot fetch Debian's source index for $release (network to deb.debian.org needed)"
  fetched="$(mktemp -d "$out/fetch.XXXXXX")"
  (cd "$fetched" && apt-get "${options[@]}" source --download-only quickjs >&2) || fail "apt-get source quickjs failed"
  dsc="$(ls "$fetched"/quickjs_*.dsc)"
  # apt checked every file against the signed index, so dpkg-source need not find the uploader's key.
  (cd "$fetched" && dpkg-source --no-check -x "$(basename "$dsc")" tree >&2) || fail "dpkg-source could not unpack $dsc"
  cp "$dsc" "$fetched/tree/quickjs.dsc"
  rm -rf "$source_dir"
  mv "$fetched/tree" "$source_dir"
  rm -rf "$fetched"
fi
version="$(sed -n 's/^Version: //p' "$source_dir/quickjs.dsc")"
upstream="$(cut -d- -f1 <<<"$version" | tr . -)"

# ---- compile: QuickJS once per source and recipe, the glue whenever it changes ---------------------
flags=(--target=wasm32-wasi --sysroot=/usr -O2 -D_GNU_SOURCE "-DCONFIG_VERSION=\"$upstream\""
       # wasi-libc's malloc.h declares malloc_usable_size, which quickjs.c includes only on Linux.
       -include malloc.h
       # pthread.h (single-threaded) and setjmp.h (unused) for what wasi-libc lacks; see the files.
       -I "$here/shims" -isystem "$source_dir")
compiler_ready
engine_hash="$( (cat "$source_dir/quickjs.dsc" "$here"/shims/*; echo "${flags[*]}"; $cc --version | head -1) | sha256sum | cut -c1-16)"
engine_objects="$out/quickjs-$engine_hash"
if [ ! -f "$engine_objects/.done" ]; then
  say "compiling QuickJS $version to wasm32-wasi (about a minute of CPU)..."
  rm -rf "$out"/quickjs-* && mkdir -p "$engine_objects"
  for file in quickjs libregexp libunicode cutils dtoa; do
    $cc "${flags[@]}" -c "$source_dir/$file.c" -o "$engine_objects/$file.o" || fail "compiling $file.c failed"
  done
  touch "$engine_objects/.done"
fi

glue_hash="$( (echo "$engine_hash"; command -v node || true; cat "$here"/main.c "$here"/host.c "$here"/host.h "$here"/prelude.js "$here"/dapr.js "$here"/write-bytecode.mjs "$here"/build.sh "$root"/sdk/c/wasmbox.h) | sha256sum | cut -c1-16)"
module="$out/wasmbox-js.wasm"
if [ ! -f "$module" ] || [ "$(cat "$out/.glue" 2>/dev/null)" != "$glue_hash" ]; then
  say "compiling the glue and linking wasmbox-js.wasm..."
  glue="$(mktemp -d "$out/glue.XXXXXX")"
  link() {   # link OUTPUT [extra compile flags]: main.c and host.c with QuickJS
    local output="$1"; shift
    for file in main host; do
      $cc "${flags[@]}" -std=gnu23 -Wall -Wextra -Werror -I "$root/sdk/c" "$@" -c "$here/$file.c" -o "$glue/$file.o" || fail "compiling $file.c failed"
    done
    # A 1 MiB stack, placed first so that running past it traps instead of overwriting data; linked
    # without -O so that clang does not run wasm-opt, whenever binaryen is installed.
    $cc --target=wasm32-wasi --sysroot=/usr -o "$output" "$glue"/main.o "$glue"/host.o "$engine_objects"/*.o -lm \
      -Wl,-z,stack-size=1048576 -Wl,--stack-first || fail "linking $(basename "$output") failed"
  }
  link "$glue/source.wasm"
  # The prelude and wasmbox:dapr as bytecode, written by the engine itself (run by node's WASI):
  # parsing their source is most of a request's time without a snapshot.
  if command -v node >/dev/null 2>&1 &&
     node --no-warnings "$here/write-bytecode.mjs" "$glue/source.wasm" prelude > "$glue/prelude.bytecode" &&
     node --no-warnings "$here/write-bytecode.mjs" "$glue/source.wasm" dapr > "$glue/dapr.bytecode"; then
    link "$glue/wasmbox-js.wasm" -DWASMBOX_JS_BYTECODE --embed-dir="$glue"
  else
    say "node could not compile the prelude to bytecode (is nodejs installed?): the engine parses it at every request, which is slower"
    mv "$glue/source.wasm" "$glue/wasmbox-js.wasm"
  fi
  mv "$glue/wasmbox-js.wasm" "$module.tmp" && mv "$module.tmp" "$module"
  rm -rf "$glue"
  echo "$glue_hash" > "$out/.glue"
fi
echo "$module"
