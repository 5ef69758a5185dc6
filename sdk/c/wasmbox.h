/*
 * wasmbox.h: what a C function running in `wasmbox serve` can call besides WASI.
 *
 * One host call, wasmbox_dapr_request, takes a Dapr API request (method, path, headers, body)
 * and returns its HTTP status (with an absolute http:// or https:// URL as the path it is an
 * outbound HTTP request instead, to the hosts the manifest's allowed-hosts lists); the answer's body and headers are then read with
 * wasmbox_response_body and wasmbox_response_header, in as many pieces as your buffers need
 * (the server keeps the last answer until the next request). Paths and bodies are the Dapr HTTP
 * API's: GET /v1.0/state/STORE/KEY, POST /v1.0/state/STORE with [{"key":..,"value":..}], ...
 * Every failure is an answer: a Dapr error status with {"errorCode":..,"message":..} as its
 * body (403 ERR_PERMISSION_DENIED for a store the manifest does not grant), or a negative
 * return for a bad pointer (-1) or argument (-2). Nothing traps.
 *
 * A refusal made by the host (a grant missing, a host not allowed) also carries the header
 * Wasmbox-Error with the error code, so it is told apart from a remote server's own 403.
 *
 * A function may use a component only when its manifest entry grants it (deny by default):
 *     dapr:
 *       state: [statestore]          # GET/POST/DELETE /v1.0/state/statestore/...
 *       publish: [pubsub/orders]     # POST /v1.0/publish/pubsub/orders
 *       secrets: [localsecrets]      # GET /v1.0/secrets/localsecrets/NAME
 *       bindings: [webhook]          # POST /v1.0/bindings/webhook
 *       invoke: [wasmbox]            # any verb /v1.0/invoke/wasmbox/method/...
 *     allowed-hosts: [api.example.com, localhost:8081]
 *
 * Build with clang-19 --target=wasm32-wasi --sysroot=/usr -I sdk/c.
 */
#ifndef WASMBOX_H
#define WASMBOX_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WASMBOX_IMPORT(name) __attribute__((import_module("wasmbox"), import_name(name)))

/* A Dapr API request; returns the HTTP status (200, 204, 409, ...) or < 0. `headers` holds
   "Name: value" lines separated by '\n' (may be empty). */
WASMBOX_IMPORT("dapr_request")
int32_t wasmbox_dapr_request(const char *method, size_t method_len, const char *path, size_t path_len,
                             const char *headers, size_t headers_len, const void *body, size_t body_len);

/* Copies up to buffer_len bytes of the last answer's body, from offset; returns how many (0 at the end). */
WASMBOX_IMPORT("response_body")
int32_t wasmbox_response_body(void *buffer, size_t buffer_len, size_t offset);

/* The last answer's body length. */
WASMBOX_IMPORT("response_body_length")
int32_t wasmbox_response_body_length(void);

/* Copies up to buffer_len bytes of the last answer's header `name`; returns its full length, or -1 when absent. */
WASMBOX_IMPORT("response_header")
int32_t wasmbox_response_header(const char *name, size_t name_len, char *buffer, size_t buffer_len);

/* Writes one line to the function's log (`wasmbox logs NAME`), tagged with the request id.
   level: WASMBOX_LOG_DEBUG, _INFO, _WARN or _ERROR. Returns 0. */
WASMBOX_IMPORT("log")
int32_t wasmbox_log(int32_t level, const char *text, size_t text_len);

#define WASMBOX_LOG_DEBUG 0
#define WASMBOX_LOG_INFO 1
#define WASMBOX_LOG_WARN 2
#define WASMBOX_LOG_ERROR 3

/* printf-style wasmbox_log (lines up to 1 KiB). */
#define wasmbox_logf(level, ...) do { char wasmbox_line_[1024]; int wasmbox_n_ = snprintf(wasmbox_line_, sizeof wasmbox_line_, __VA_ARGS__); \
    wasmbox_log((level), wasmbox_line_, wasmbox_n_ < 0 ? 0 : (size_t)wasmbox_n_ < sizeof wasmbox_line_ ? (size_t)wasmbox_n_ : sizeof wasmbox_line_ - 1); } while (0)

/* ---- helpers over the state building block ---------------------------------------------------- */

#define WASMBOX_ETAG_MAX 64

/* Reads the last answer's body into value (NUL-terminated, truncated to value_cap - 1); returns its full length. */
static inline size_t wasmbox_read_body(char *value, size_t value_cap) {
    int32_t length = wasmbox_response_body_length();
    int32_t copied = value_cap > 0 ? wasmbox_response_body(value, value_cap - 1, 0) : 0;
    if (value_cap > 0) value[copied > 0 ? copied : 0] = 0;
    return length > 0 ? (size_t)length : 0;
}

/* Writes "/v1.0/state/STORE/KEY" into path with the key percent-encoded (so '/', '?', '%' and
   spaces in keys read back what was saved); returns its length, or -1 when it does not fit. */
static inline int wasmbox_state_path(char *path, size_t cap, const char *store, const char *key) {
    int n = snprintf(path, cap, "/v1.0/state/%s/", store);
    if (n < 0 || (size_t)n >= cap) return -1;
    for (const unsigned char *k = (const unsigned char *)key; *k; k++) {
        int safe = (*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') || (*k >= '0' && *k <= '9') || *k == '-' || *k == '_' || *k == '.' || *k == '~';
        if ((size_t)n + (safe ? 1 : 3) >= cap) return -1;
        n += safe ? (path[n] = (char)*k, 1) : snprintf(path + n, cap - (size_t)n, "%%%02X", *k);
    }
    path[n] = 0;
    return n;
}

/* Appends `text` to `out` as the inside of a JSON string (quotes and backslashes escaped). */
static inline char *wasmbox_json_escape(char *out, const char *text) {
    for (; *text; text++) {
        unsigned char c = (unsigned char)*text;
        if (c == '"' || c == '\\') { *out++ = '\\'; *out++ = (char)c; }
        else if (c < 0x20) out += sprintf(out, "\\u%04x", c);
        else *out++ = (char)c;
    }
    return out;
}

/* GET a key. Returns 200 with the value (the stored JSON) in `value` and its ETag in `etag`
   (WASMBOX_ETAG_MAX bytes), 204 when the key is missing, or a Dapr error status / < 0. */
static inline int32_t wasmbox_state_get(const char *store, const char *key, char *value, size_t value_cap, char *etag) {
    char path[1024];
    int n = wasmbox_state_path(path, sizeof path, store, key);
    if (n < 0) return -2;
    int32_t status = wasmbox_dapr_request("GET", 3, path, (size_t)n, "", 0, "", 0);
    if (value_cap > 0) value[0] = 0;
    if (etag) etag[0] = 0;
    if (status != 200) return status;
    wasmbox_read_body(value, value_cap);
    if (etag) {
        int32_t length = wasmbox_response_header("ETag", 4, etag, WASMBOX_ETAG_MAX - 1);
        etag[length < 0 ? 0 : (length < WASMBOX_ETAG_MAX ? length : WASMBOX_ETAG_MAX - 1)] = 0;
    }
    return status;
}

/* Saves `json_value` (a JSON text: 42, "text", {"a":1}) under `key`. With `etag` (not NULL, not
   empty) the save happens only if it still matches; with first_write and no ETag it happens only if
   the key is missing. Returns 204 when saved, 409 when the ETag or first-write check failed. */
static inline int32_t wasmbox_state_save(const char *store, const char *key, const char *json_value, const char *etag, int first_write) {
    size_t size = 128 + 6 * strlen(key) + strlen(json_value) + (etag ? 6 * strlen(etag) : 0);
    char *body = malloc(size);
    if (!body) return -2;
    char *p = body;
    p += sprintf(p, "[{\"key\":\"");
    p = wasmbox_json_escape(p, key);
    p += sprintf(p, "\",\"value\":%s", json_value);
    if (etag && *etag) { p += sprintf(p, ",\"etag\":\""); p = wasmbox_json_escape(p, etag); *p++ = '"'; }
    if (first_write) p += sprintf(p, ",\"options\":{\"concurrency\":\"first-write\"}");
    p += sprintf(p, "}]");
    char path[256];
    int n = snprintf(path, sizeof path, "/v1.0/state/%s", store);
    int32_t status = n < 0 || (size_t)n >= sizeof path ? -2
        : wasmbox_dapr_request("POST", 4, path, (size_t)n, "Content-Type: application/json", 30, body, (size_t)(p - body));
    free(body);
    return status;
}

/* Deletes `key` (only if `etag` still matches, when given). Returns 204, or 409 on an ETag mismatch. */
static inline int32_t wasmbox_state_delete(const char *store, const char *key, const char *etag) {
    char path[1024], header[WASMBOX_ETAG_MAX + 16] = "";
    int n = wasmbox_state_path(path, sizeof path, store, key);
    if (n < 0) return -2;
    int h = etag && *etag ? snprintf(header, sizeof header, "If-Match: %s", etag) : 0;
    return wasmbox_dapr_request("DELETE", 6, path, (size_t)n, header, (size_t)h, "", 0);
}

/* ---- helpers over pub/sub ----------------------------------------------------------------------- */

/* Publishes `data` (length bytes, of `content_type`, e.g. "application/json") to `topic` of `pubsub`,
   wrapped in a CloudEvent as daprd wraps it. Returns 204 when the pub/sub has kept it, 403 when the
   manifest does not grant the topic (dapr: { publish: [PUBSUB/TOPIC] }), or another Dapr error status. */
static inline int32_t wasmbox_publish(const char *pubsub, const char *topic, const void *data, size_t length, const char *content_type) {
    char path[512], header[160];
    int n = snprintf(path, sizeof path, "/v1.0/publish/%s/%s", pubsub, topic);
    int h = snprintf(header, sizeof header, "Content-Type: %s", content_type ? content_type : "text/plain");
    if (n < 0 || (size_t)n >= sizeof path || h < 0 || (size_t)h >= sizeof header) return -2;
    return wasmbox_dapr_request("POST", 4, path, (size_t)n, header, (size_t)h, data, length);
}

/* ---- helpers over invocation, bindings, secrets and outbound HTTP ------------------------------ */

/* Calls `method` (a path such as "orders" or "orders/42?x=1") of app `app_id` with `verb` and the body;
   returns the called function's status (its body is the answer's). This server's own app id
   (--app-id, "wasmbox" by default) reaches its functions. Grant: dapr: { invoke: [APP] }. */
static inline int32_t wasmbox_invoke(const char *app_id, const char *method, const char *verb, const void *data, size_t length, const char *content_type) {
    char path[1024], header[160] = "";
    int n = snprintf(path, sizeof path, "/v1.0/invoke/%s/method/%s", app_id, method[0] == '/' ? method + 1 : method);
    int h = content_type ? snprintf(header, sizeof header, "Content-Type: %s", content_type) : 0;
    if (n < 0 || (size_t)n >= sizeof path || h < 0 || (size_t)h >= sizeof header) return -2;
    return wasmbox_dapr_request(verb, strlen(verb), path, (size_t)n, header, (size_t)h, data, length);
}

/* Calls output binding `name` with `operation` ("create", "get", "post", ...), `json_data` (a JSON
   text, e.g. "\"text\"" or "{\"a\":1}") and `json_metadata` (a JSON object, or NULL). Returns 200
   with the binding's answer as the body, 204 with none, or 500 ERR_INVOKE_OUTPUT_BINDING. */
static inline int32_t wasmbox_binding(const char *name, const char *operation, const char *json_data, const char *json_metadata) {
    size_t size = 64 + strlen(operation) + strlen(json_data) + (json_metadata ? strlen(json_metadata) : 2);
    char *body = malloc(size), path[512];
    if (!body) return -2;
    int b = snprintf(body, size, "{\"operation\":\"%s\",\"data\":%s,\"metadata\":%s}", operation, json_data, json_metadata ? json_metadata : "{}");
    int n = snprintf(path, sizeof path, "/v1.0/bindings/%s", name);
    int32_t status = n < 0 || (size_t)n >= sizeof path ? -2
        : wasmbox_dapr_request("POST", 4, path, (size_t)n, "Content-Type: application/json", 30, body, (size_t)b);
    free(body);
    return status;
}

/* Reads secret `name` of secret store `store`: 200 with {"KEY":"VALUE",...} as the body, 204 when
   there is no such secret. Grant: dapr: { secrets: [STORE] }. */
static inline int32_t wasmbox_secret(const char *store, const char *name) {
    char path[1024];
    int n = wasmbox_state_path(path, sizeof path, store, name);   /* /v1.0/state/STORE/NAME, encoded */
    if (n < 0) return -2;
    char secrets[1024];
    int m = snprintf(secrets, sizeof secrets, "/v1.0/secrets/%s", path + strlen("/v1.0/state/"));
    if (m < 0 || (size_t)m >= sizeof secrets) return -2;
    return wasmbox_dapr_request("GET", 3, secrets, (size_t)m, "", 0, "", 0);
}

/* Outbound HTTP: `verb` `url` (http:// or https://) with "Name: value\n" `headers` and the body.
   Returns the remote status (read the body and headers as for any answer), or 403 with header
   Wasmbox-Error: ERR_OUTBOUND_HOST_FORBIDDEN when the host is not in the manifest's allowed-hosts,
   502 ERR_OUTBOUND_FAILED when it cannot be reached, 504 ERR_OUTBOUND_CANCELLED at the deadline. */
static inline int32_t wasmbox_http(const char *verb, const char *url, const char *headers, const void *body, size_t length) {
    return wasmbox_dapr_request(verb, strlen(verb), url, strlen(url), headers ? headers : "", headers ? strlen(headers) : 0, body, length);
}

/* Whether the last answer was made by the host (a refusal), and its error code in `code`. */
static inline int wasmbox_refused(char *code, size_t code_cap) {
    int32_t length = wasmbox_response_header("Wasmbox-Error", 13, code, code_cap > 0 ? code_cap - 1 : 0);
    if (code_cap > 0) code[length < 0 ? 0 : ((size_t)length < code_cap ? (size_t)length : code_cap - 1)] = 0;
    return length >= 0;
}

#endif
