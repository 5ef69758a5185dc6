/*
 * setjmp.h for QuickJS's dtoa.c on wasm32-wasi: dtoa.c includes it but never calls setjmp or
 * longjmp, and this wasi-libc has none. Empty on purpose: a use would fail to compile.
 */
#ifndef WASMBOX_JS_SETJMP_H
#define WASMBOX_JS_SETJMP_H
#endif
