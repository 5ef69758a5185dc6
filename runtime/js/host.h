/* host.h: the natives of host.c (the `wasmbox` host imports, as JS functions on __wasmbox). */
#ifndef WASMBOX_JS_HOST_H
#define WASMBOX_JS_HOST_H

#include <stddef.h>
#include "quickjs.h"

/* Defines globalThis.__wasmbox, which the prelude takes and removes. */
void host_define_natives(JSContext *ctx);

/* One line in the function's log (0 debug, 1 info, 2 warn, 3 error). */
void host_log(int level, const char *text, size_t length);

#endif
