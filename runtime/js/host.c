/*
 * host.c: the natives the JS prelude is built on, each a thin wrapper over one `wasmbox` host
 * import (docs/guest-api.md) or one WASI call. They live on a hidden global, __wasmbox, which the
 * prelude reads once and removes, so user code reaches the host only through the public API.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wasi/api.h>
#include "quickjs.h"
#include "host.h"
#include "wasmbox.h"   /* the host imports, declared once for every C guest (sdk/c) */

/* ArrayBuffer's class id, which quickjs.h does not name: read from one at start (host_define_natives). */
static JSClassID array_buffer_class;

/* The bytes of a body argument: an ArrayBuffer, a typed array or DataView, or a string (as UTF-8).
   `owned` is set when the bytes were copied out of a string and must be freed with JS_FreeCString. */
static const uint8_t *body_bytes(JSContext *ctx, JSValueConst value, size_t *length, const char **owned) {
    *owned = NULL;
    *length = 0;
    if (JS_IsUndefined(value) || JS_IsNull(value)) return (const uint8_t *)"";
    if (JS_IsString(value)) {
        *owned = JS_ToCStringLen(ctx, length, value);
        return (const uint8_t *)*owned;
    }
    size_t size;
    /* Told apart by class first: a failed JS_GetArrayBuffer throws, and building that TypeError's
       backtrace cost more than the rest of a request's decoding. */
    if (JS_GetClassID(value) == array_buffer_class) {
        uint8_t *buffer = JS_GetArrayBuffer(ctx, &size, value);
        if (!buffer) return NULL;
        *length = size;
        return buffer;
    }
    uint8_t *buffer;
    size_t offset, element;
    JSValue backing = JS_GetTypedArrayBuffer(ctx, value, &offset, &size, &element);
    if (JS_IsException(backing)) return NULL;
    size_t whole;
    buffer = JS_GetArrayBuffer(ctx, &whole, backing);
    JS_FreeValue(ctx, backing);
    if (!buffer) return NULL;
    *length = size;
    return buffer + offset;
}

/* __wasmbox.request(method, path, headersText, body) → the answer's status, or < 0 (docs/guest-api.md). */
static JSValue js_request(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
    (void)this_val;
    (void)argc;
    size_t method_len, path_len, headers_len, body_len;
    const char *method = JS_ToCStringLen(ctx, &method_len, argv[0]);
    const char *path = JS_ToCStringLen(ctx, &path_len, argv[1]);
    const char *headers = JS_ToCStringLen(ctx, &headers_len, argv[2]);
    const char *owned;
    const uint8_t *body = body_bytes(ctx, argv[3], &body_len, &owned);
    JSValue result;
    if (!method || !path || !headers || !body) result = JS_EXCEPTION;
    else result = JS_NewInt32(ctx, wasmbox_dapr_request(method, method_len, path, path_len, headers, headers_len, body, body_len));
    JS_FreeCString(ctx, method);
    JS_FreeCString(ctx, path);
    JS_FreeCString(ctx, headers);
    if (owned) JS_FreeCString(ctx, owned);
    return result;
}

/* __wasmbox.responseBody() → the last answer's body as an ArrayBuffer. */
static JSValue js_response_body(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
    (void)this_val;
    (void)argc;
    (void)argv;
    int32_t length = wasmbox_response_body_length();
    if (length <= 0) return JS_NewArrayBufferCopy(ctx, (const uint8_t *)"", 0);
    uint8_t *buffer = malloc((size_t)length);
    if (!buffer) return JS_ThrowOutOfMemory(ctx);
    int32_t at = 0;
    for (int32_t got; at < length && (got = wasmbox_response_body(buffer + at, (size_t)(length - at), (size_t)at)) > 0; at += got) {}
    JSValue result = JS_NewArrayBufferCopy(ctx, buffer, (size_t)at);
    free(buffer);
    return result;
}

/* __wasmbox.responseHeader(name) → the last answer's header value, or null. */
static JSValue js_response_header(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
    (void)this_val;
    (void)argc;
    size_t name_len;
    const char *name = JS_ToCStringLen(ctx, &name_len, argv[0]);
    if (!name) return JS_EXCEPTION;
    char small[256];
    int32_t length = wasmbox_response_header(name, name_len, small, sizeof small);
    JSValue result = JS_NULL;
    if (length >= 0 && (size_t)length <= sizeof small) result = JS_NewStringLen(ctx, small, (size_t)length);
    else if (length > 0) {
        char *large = malloc((size_t)length);
        if (large) {
            wasmbox_response_header(name, name_len, large, (size_t)length);
            result = JS_NewStringLen(ctx, large, (size_t)length);
            free(large);
        } else result = JS_ThrowOutOfMemory(ctx);
    }
    JS_FreeCString(ctx, name);
    return result;
}

/* __wasmbox.log(level, text): one line in the function's log, 0 debug to 3 error. */
static JSValue js_log(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
    (void)this_val;
    (void)argc;
    int32_t level;
    if (JS_ToInt32(ctx, &level, argv[0])) return JS_EXCEPTION;
    size_t length;
    const char *text = JS_ToCStringLen(ctx, &length, argv[1]);
    if (!text) return JS_EXCEPTION;
    wasmbox_log(level, text, length);
    JS_FreeCString(ctx, text);
    return JS_UNDEFINED;
}

/* __wasmbox.encodeUtf8(string) → ArrayBuffer. */
static JSValue js_encode_utf8(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
    (void)this_val;
    (void)argc;
    size_t length;
    const char *text = JS_ToCStringLen(ctx, &length, argv[0]);
    if (!text) return JS_EXCEPTION;
    JSValue result = JS_NewArrayBufferCopy(ctx, (const uint8_t *)text, length);
    JS_FreeCString(ctx, text);
    return result;
}

/* __wasmbox.decodeUtf8(bufferOrView) → string (malformed sequences become U+FFFD). */
static JSValue js_decode_utf8(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
    (void)this_val;
    (void)argc;
    size_t length;
    const char *owned;
    const uint8_t *bytes = body_bytes(ctx, argv[0], &length, &owned);
    if (!bytes) return JS_EXCEPTION;
    JSValue result = JS_NewStringLen(ctx, (const char *)bytes, length);
    if (owned) JS_FreeCString(ctx, owned);
    return result;
}

/* __wasmbox.randomFill(typedArray): WASI's random_get, for crypto.getRandomValues. */
static JSValue js_random_fill(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
    (void)this_val;
    (void)argc;
    size_t length;
    const char *owned;
    const uint8_t *bytes = body_bytes(ctx, argv[0], &length, &owned);
    if (!bytes || owned) {
        if (owned) JS_FreeCString(ctx, owned);
        return JS_ThrowTypeError(ctx, "getRandomValues needs an integer typed array");
    }
    if (length > 65536) return JS_ThrowRangeError(ctx, "getRandomValues: more than 65536 bytes asked for");
    if (length > 0 && __wasi_random_get((uint8_t *)bytes, length) != 0) return JS_ThrowInternalError(ctx, "random_get failed");
    return JS_DupValue(ctx, argv[0]);
}

/* __wasmbox.monotonicNow() → milliseconds from an arbitrary start, for performance.now(). */
static JSValue js_monotonic_now(JSContext *ctx, JSValueConst this_val, int argc, JSValueConst *argv) {
    (void)this_val;
    (void)argc;
    (void)argv;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return JS_NewFloat64(ctx, (double)now.tv_sec * 1e3 + (double)now.tv_nsec / 1e6);
}

static const JSCFunctionListEntry natives[] = {
    JS_CFUNC_DEF("request", 4, js_request),
    JS_CFUNC_DEF("responseBody", 0, js_response_body),
    JS_CFUNC_DEF("responseHeader", 1, js_response_header),
    JS_CFUNC_DEF("log", 2, js_log),
    JS_CFUNC_DEF("encodeUtf8", 1, js_encode_utf8),
    JS_CFUNC_DEF("decodeUtf8", 1, js_decode_utf8),
    JS_CFUNC_DEF("randomFill", 1, js_random_fill),
    JS_CFUNC_DEF("monotonicNow", 0, js_monotonic_now),
};

void host_define_natives(JSContext *ctx) {
    JSValue probe = JS_NewArrayBufferCopy(ctx, (const uint8_t *)"", 0);
    array_buffer_class = JS_GetClassID(probe);
    JS_FreeValue(ctx, probe);
    JSValue global = JS_GetGlobalObject(ctx);
    JSValue object = JS_NewObject(ctx);
    JS_SetPropertyFunctionList(ctx, object, natives, sizeof natives / sizeof natives[0]);
    JS_SetPropertyStr(ctx, global, "__wasmbox", object);
    JS_FreeValue(ctx, global);
}

void host_log(int level, const char *text, size_t length) {
    wasmbox_log(level, text, length);
}
