// The back of the order pipeline: subscribed to topic "orders", it appends each order (the event's
// data, on stdin) to the JSON array under key "orders" in the state store, with an ETag retry loop
// so concurrent deliveries never lose one. Exit 75 asks for the event again (RETRY).
// The manifest grants it: dapr: { state: [statestore] }, subscriptions: [{ topic: orders }].
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "wasmbox.h"

static char current[1 << 20], next[(1 << 20) + 64 * 1024];

int main(void) {
    static char order[64 * 1024];
    size_t length = 0;
    ssize_t n;
    while (length < sizeof order - 1 && (n = read(0, order + length, sizeof order - 1 - length)) > 0) length += (size_t)n;
    order[length] = 0;
    while (length > 0 && (order[length - 1] == '\n' || order[length - 1] == '\r')) order[--length] = 0;
    char etag[WASMBOX_ETAG_MAX];
    for (int attempt = 0; attempt < 50; attempt++) {
        int32_t status = wasmbox_state_get("statestore", "orders", current, sizeof current, etag);
        if (status == 200) {
            size_t used = strlen(current);
            while (used > 0 && current[used - 1] != ']') used--;   // drop the closing bracket
            if (used == 0) { fprintf(stderr, "order-store: the stored orders are not a JSON array\n"); return 1; }
            current[used - 1] = 0;
            snprintf(next, sizeof next, "%s%s%s]", current, strcmp(current, "[") == 0 ? "" : ",", order);
        } else if (status == 204) {
            snprintf(next, sizeof next, "[%s]", order);
        } else {
            fprintf(stderr, "order-store: reading the orders failed with status %d\n", status);
            return 75;
        }
        status = wasmbox_state_save("statestore", "orders", next, etag, status == 204);
        if (status == 204) {
            fprintf(stderr, "order-store: stored %s\n", order);
            return 0;
        }
        if (status != 409) {
            wasmbox_read_body(current, sizeof current);
            fprintf(stderr, "order-store: saving failed with status %d: %s\n", status, current);
            return status == 400 ? 1 : 75;   // a malformed order is dropped; anything else is tried again
        }
    }
    return 75;
}
