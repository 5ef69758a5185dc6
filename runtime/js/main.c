/*
 * main.c: wasmbox-js, QuickJS as a WASI command that runs one JavaScript function's request.
 *
 * Two phases, kept apart so that a snapshot can take the first one's state and skip it:
 *   init     start the engine, evaluate the prelude (prelude.js), then the user's script
 *            (WASMBOX_JS_SOURCE, named WASMBOX_JS_NAME) as an ES module, and keep its default
 *            export. Exported as `wizer.initialize`, Wizer's name for it; and as
 *            `wasmbox_js_init`, which takes the script from memory the host wrote it to (after
 *            `wasmbox_js_alloc`) instead of the environment: the server's snapshots use it, as
 *            an instance's environment is its request's and a snapshot must not read it.
 *   request  read the request from stdin, call the handler (prelude.js's dispatch), run the
 *            job queue until its promise settles, write the CGI response to stdout.
 * `_start` runs init unless it already ran (in a snapshot it has), then the request.
 * With WASMBOX_JS_CHECK=1 it runs init only, and exits 1 with the script's error on stderr:
 * the server's deploy-time check.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>
#include "quickjs.h"
#include "host.h"

static const char prelude_source[] = {
#embed "prelude.js"
    , 0};

static const char dapr_source[] = {
#embed "dapr.js"
    , 0};

#ifdef WASMBOX_JS_BYTECODE
/* The same two, compiled to QuickJS bytecode when the engine was built (build.sh, by this very
   module in WASMBOX_JS_WRITE_BYTECODE mode): reading bytecode takes a fraction of parsing 35 KB. */
static const uint8_t prelude_bytecode[] = {
#embed "prelude.bytecode"
};

static const uint8_t dapr_bytecode[] = {
#embed "dapr.bytecode"
};
#endif

/* The JS stack QuickJS may use, below the 1 MiB linear-memory stack the module is linked with. */
#define JS_STACK_BYTES (768 * 1024)

static JSRuntime *runtime;
static JSContext *context;
static int initialized;

/* The environment as WASI gives it now: read at each phase rather than through libc, which keeps
   the first one it reads (in a snapshot, init's). Returns a JS object of NAME: value. */
static JSValue read_environment(JSContext *ctx) {
    __wasi_size_t count, size;
    JSValue object = JS_NewObject(ctx);
    if (__wasi_environ_sizes_get(&count, &size) != 0) return object;
    uint8_t **entries = malloc((count + 1) * sizeof *entries);
    uint8_t *buffer = malloc(size + 1);
    if (entries && buffer && __wasi_environ_get(entries, buffer) == 0) {
        for (__wasi_size_t i = 0; i < count; i++) {
            char *entry = (char *)entries[i];
            char *equals = strchr(entry, '=');
            if (!equals) continue;
            *equals = 0;
            JS_SetPropertyStr(ctx, object, entry, JS_NewString(ctx, equals + 1));
        }
    }
    free(entries);
    free(buffer);
    return object;
}

/* All of stdin, as an ArrayBuffer. */
static JSValue read_stdin(JSContext *ctx) {
    size_t capacity = 65536, length = 0;
    uint8_t *buffer = malloc(capacity);
    if (!buffer) return JS_ThrowOutOfMemory(ctx);
    for (size_t got; (got = fread(buffer + length, 1, capacity - length, stdin)) > 0;) {
        length += got;
        if (length == capacity) {
            uint8_t *larger = realloc(buffer, capacity *= 2);
            if (!larger) {
                free(buffer);
                return JS_ThrowOutOfMemory(ctx);
            }
            buffer = larger;
        }
    }
    JSValue result = JS_NewArrayBufferCopy(ctx, buffer, length);
    free(buffer);
    return result;
}

/* Runs queued promise jobs until none is left; a job's exception is reported by its promise. */
static void run_jobs(void) {
    JSContext *job_context;
    while (JS_ExecutePendingJob(runtime, &job_context) > 0) {}
}

/* `import ... from "wasmbox:dapr"` is the one module besides the user's: the script is one file. */
static JSModuleDef *load_module(JSContext *ctx, const char *name, void *opaque) {
    (void)opaque;
    if (strcmp(name, "wasmbox:dapr") != 0) {
        JS_ThrowReferenceError(ctx, "cannot import \"%s\": a function is one file, and the only module it can import is \"wasmbox:dapr\" (bundle other modules into the script)", name);
        return NULL;
    }
#ifdef WASMBOX_JS_BYTECODE
    JSValue compiled = JS_ReadObject(ctx, dapr_bytecode, sizeof dapr_bytecode, JS_READ_OBJ_BYTECODE);
#else
    JSValue compiled = JS_Eval(ctx, dapr_source, sizeof dapr_source - 1, "wasmbox:dapr", JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
#endif
    if (JS_IsException(compiled)) return NULL;
    JSModuleDef *module = JS_VALUE_GET_PTR(compiled);
    JS_FreeValue(ctx, compiled);
    return module;
}

/* Calls the prelude's __wasmboxInternal[name](argument) and returns its result. */
static JSValue call_internal(const char *name, int argc, JSValueConst *argv) {
    JSValue global = JS_GetGlobalObject(context);
    JSValue internal = JS_GetPropertyStr(context, global, "__wasmboxInternal");
    JSValue function = JS_GetPropertyStr(context, internal, name);
    JSValue result = JS_Call(context, function, JS_UNDEFINED, argc, argv);
    JS_FreeValue(context, function);
    JS_FreeValue(context, internal);
    JS_FreeValue(context, global);
    return result;
}

/* Hands a failure of init (an exception) to the prelude, which answers every request with it. */
static void fail_init(void) {
    JSValue error = JS_GetException(context);
    JSValue result = call_internal("failInit", 1, (JSValueConst *)&error);
    JS_FreeValue(context, result);
    JS_FreeValue(context, error);
}

/* Evaluates the user's script (text[length] must be 0) as a module named `name`, and gives its
   namespace to the prelude; a failure is kept for the requests to answer with. */
static void evaluate_script(const char *text, size_t length, const char *name) {
    JSValue compiled = JS_Eval(context, text, length, name ? name : "app.js", JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
    if (JS_IsException(compiled)) {
        fail_init();
        return;
    }
    JSModuleDef *module = JS_VALUE_GET_PTR(compiled);
    JSValue evaluated = JS_EvalFunction(context, compiled);
    if (JS_IsException(evaluated)) {
        fail_init();
        return;
    }
    run_jobs();
    /* Module evaluation answers a promise (top-level await); a rejection is the script's error. */
    if (JS_PromiseState(context, evaluated) == JS_PROMISE_REJECTED) {
        JS_Throw(context, JS_PromiseResult(context, evaluated));
        JS_FreeValue(context, evaluated);
        fail_init();
        return;
    }
    JS_FreeValue(context, evaluated);
    JSValue namespace = JS_GetModuleNamespace(context, module);
    JSValue result = call_internal("install", 1, (JSValueConst *)&namespace);
    JS_FreeValue(context, namespace);
    if (JS_IsException(result)) fail_init();
    JS_FreeValue(context, result);
}

/* The script named in the environment (WASMBOX_JS_SOURCE, WASMBOX_JS_NAME). */
static void evaluate_script_from_environment(void) {
    JSValue environment = read_environment(context);
    JSValue source = JS_GetPropertyStr(context, environment, "WASMBOX_JS_SOURCE");
    JSValue name_value = JS_GetPropertyStr(context, environment, "WASMBOX_JS_NAME");
    JS_FreeValue(context, environment);
    size_t length;
    const char *text = JS_IsString(source) ? JS_ToCStringLen(context, &length, source) : NULL;
    const char *name = JS_IsString(name_value) ? JS_ToCString(context, name_value) : NULL;
    JS_FreeValue(context, source);
    JS_FreeValue(context, name_value);
    if (!text) {
        JS_ThrowReferenceError(context, "no script: WASMBOX_JS_SOURCE is not set (the js executor sets it)");
        fail_init();
    } else {
        /* QuickJS reads one byte past the end of the source: JS_ToCStringLen's copy ends with a 0. */
        evaluate_script(text, length, name);
        JS_FreeCString(context, text);
    }
    if (name) JS_FreeCString(context, name);
}

/* Starts the engine and evaluates the prelude; true unless init already ran. */
static int start_engine(void) {
    if (initialized) return 0;
    initialized = 1;
    runtime = JS_NewRuntime();
    /* One thread: Atomics.wait would wait for ever (see shims/pthread.h). */
    JS_SetCanBlock(runtime, 0);
    JS_SetMaxStackSize(runtime, JS_STACK_BYTES);
    JS_SetModuleLoaderFunc(runtime, NULL, load_module, NULL);
    context = JS_NewContext(runtime);
    host_define_natives(context);
#ifdef WASMBOX_JS_BYTECODE
    JSValue prelude = JS_ReadObject(context, prelude_bytecode, sizeof prelude_bytecode, JS_READ_OBJ_BYTECODE);
    if (!JS_IsException(prelude)) prelude = JS_EvalFunction(context, prelude);
#else
    JSValue prelude = JS_Eval(context, prelude_source, sizeof prelude_source - 1, "wasmbox:prelude", JS_EVAL_TYPE_GLOBAL);
#endif
    if (JS_IsException(prelude)) {
        /* Our own code failed: nothing JS-level can answer, so say it where the server looks. */
        JSValue error = JS_GetException(context);
        const char *text = JS_ToCString(context, error);
        fprintf(stderr, "wasmbox-js: the prelude failed: %s\n", text ? text : "?");
        exit(70);
    }
    JS_FreeValue(context, prelude);
    return 1;
}

/* Room on the heap for a request's allocations, made at the end of init: the heap grows at most
   once, into a snapshot, instead of in every request started from it (each growth is an mprotect
   of the instance's memory, which interrupts every core the server runs on). Pages of it a
   request does not touch cost nothing. */
#define REQUEST_HEADROOM (1024 * 1024)

static void reserve_request_headroom(void) {
    /* volatile: the compiler would drop a malloc whose block is only freed. */
    void *volatile room = malloc(REQUEST_HEADROOM);
    free(room);
}

/* The end of a snapshot's init: the prelude runs a request's common work once (warmUp), so what
   QuickJS makes lazily is captured, and the heap gets its headroom. Not for a plain run, which
   would pay for it on its one request. */
static void prepare_for_snapshot(void) {
    JSValue result = call_internal("warmUp", 0, NULL);
    if (JS_IsException(result)) JS_FreeValue(context, JS_GetException(context));
    JS_FreeValue(context, result);
    run_jobs();
    reserve_request_headroom();
}

/* The init phase: everything a snapshot may capture. Nothing here reads stdin or writes stdout. */
static void init_phase(void) {
    if (start_engine()) evaluate_script_from_environment();
}

__attribute__((export_name("wizer.initialize")))
void initialize(void) {
    init_phase();
    if (context) prepare_for_snapshot();
}

/* Memory for wasmbox_js_init's arguments, which the host writes there. */
__attribute__((export_name("wasmbox_js_alloc")))
void *js_alloc(size_t size) {
    return malloc(size);
}

/* The init phase with the script given in memory: source[length] must be 0, name ends with a 0.
   Reads no environment, so that a snapshot can be taken of it. Frees both. */
__attribute__((export_name("wasmbox_js_init")))
void js_init(char *source, size_t length, char *name) {
    if (start_engine()) evaluate_script(source, length, name);
    free(source);
    free(name);
    if (context) prepare_for_snapshot();
}

/* The request phase: stdin → the handler → stdout; returns the exit status the prelude chose. */
static int handle_request(void) {
    JS_UpdateStackTop(runtime);
    JSValue arguments[2] = {read_environment(context), read_stdin(context)};
    JSValue promise = call_internal("dispatch", 2, arguments);
    JS_FreeValue(context, arguments[0]);
    JS_FreeValue(context, arguments[1]);
    run_jobs();
    JSValue output = JS_UNDEFINED;
    if (!JS_IsException(promise) && JS_PromiseState(context, promise) == JS_PROMISE_FULFILLED) output = JS_PromiseResult(context, promise);
    JS_FreeValue(context, promise);
    if (!JS_IsObject(output)) {
        /* dispatch answers every failure of the user's code itself; this is one of its own. */
        const char *line = "wasmbox-js: the request was not answered (the prelude's dispatch failed)";
        host_log(3, line, strlen(line));
        return 70;
    }
    JSValue head = JS_GetPropertyStr(context, output, "head");
    JSValue body = JS_GetPropertyStr(context, output, "body");
    JSValue exit_value = JS_GetPropertyStr(context, output, "exit");
    size_t head_length, body_length;
    const char *head_text = JS_ToCStringLen(context, &head_length, head);
    uint8_t *body_bytes = JS_GetArrayBuffer(context, &body_length, body);
    int32_t status = 0;
    JS_ToInt32(context, &status, exit_value);
    if (head_text) fwrite(head_text, 1, head_length, stdout);
    if (body_bytes) fwrite(body_bytes, 1, body_length, stdout);
    fflush(stdout);
    JS_FreeCString(context, head_text);
    JS_FreeValue(context, head);
    JS_FreeValue(context, body);
    JS_FreeValue(context, exit_value);
    JS_FreeValue(context, output);
    return status;
}

/* Deploy's check: the script compiles, evaluates and exports a handler, or its error on stderr. */
static int check_script(void) {
    JSValue error = call_internal("initError", 0, NULL);
    int failed = JS_IsString(error);
    if (failed) {
        const char *text = JS_ToCString(context, error);
        fprintf(stderr, "%s", text ? text : "the script failed");
        JS_FreeCString(context, text);
    }
    JS_FreeValue(context, error);
    return failed ? 1 : 0;
}

/* Writes the bytecode of the prelude or of wasmbox:dapr to stdout, for the build to embed. */
static int write_bytecode(const char *which) {
    int prelude = strcmp(which, "prelude") == 0;
    JSRuntime *rt = JS_NewRuntime();
    /* QuickJS's default, 1 MiB, is the whole stack: its limit would fall below address 0. */
    JS_SetMaxStackSize(rt, JS_STACK_BYTES);
    JSContext *ctx = JS_NewContext(rt);
    JSValue compiled = prelude
        ? JS_Eval(ctx, prelude_source, sizeof prelude_source - 1, "wasmbox:prelude", JS_EVAL_TYPE_GLOBAL | JS_EVAL_FLAG_COMPILE_ONLY)
        : JS_Eval(ctx, dapr_source, sizeof dapr_source - 1, "wasmbox:dapr", JS_EVAL_TYPE_MODULE | JS_EVAL_FLAG_COMPILE_ONLY);
    size_t size;
    uint8_t *bytes = JS_IsException(compiled) ? NULL : JS_WriteObject(ctx, &size, compiled, JS_WRITE_OBJ_BYTECODE);
    if (!bytes) {
        JSValue error = JS_GetException(ctx);
        const char *text = JS_ToCString(ctx, error);
        fprintf(stderr, "wasmbox-js: cannot compile the %s to bytecode: %s\n", which, text ? text : "?");
        return 1;
    }
    fwrite(bytes, 1, size, stdout);
    return fflush(stdout) == 0 ? 0 : 1;
}

int main(void) {
    const char *write = getenv("WASMBOX_JS_WRITE_BYTECODE");
    if (write) return write_bytecode(write);
    init_phase();
    const char *check = getenv("WASMBOX_JS_CHECK");
    if (check && strcmp(check, "1") == 0) return check_script();
    return handle_request();
}
