// Command guest over the wasmbox host call: saves and reads back the body under key "probe" in the
// state store named by STORE, and prints each status; with RAW=1 it passes a bad pointer instead.
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "wasmbox.h"

int main(void) {
    const char *store = getenv("STORE");
    if (getenv("RAW")) {
        printf("bad pointer: %d\n", wasmbox_dapr_request("GET", 3, (const char *)0x7ffffff0, 100000, "", 0, "", 0));
        return 0;
    }
    char body[256] = "", value[256], etag[WASMBOX_ETAG_MAX], json[300];
    ssize_t n = read(0, body, sizeof body - 1);
    body[n > 0 ? n : 0] = 0;
    snprintf(json, sizeof json, "\"%s\"", body);
    int32_t saved = wasmbox_state_save(store, "probe", json, NULL, 0);
    printf("save: %d\n", saved);
    if (saved != 204) {
        char error[512];
        wasmbox_read_body(error, sizeof error);
        printf("error: %s\n", error);
        return 0;
    }
    int32_t got = wasmbox_state_get(store, "probe", value, sizeof value, etag);
    char odd[256];
    wasmbox_state_save(store, "a/b?c%d e", json, NULL, 0);
    printf("odd key: %d\n", wasmbox_state_get(store, "a/b?c%d e", odd, sizeof odd, NULL));
    printf("get: %d %s etag=%s\n", got, value, etag[0] ? "yes" : "no");
    return 0;
}
