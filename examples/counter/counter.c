// A counter in Dapr state, served by the command executor at POST /counter: each request adds one
// and answers the new count as a plain decimal number. Concurrent requests never lose an update:
// the save carries the ETag of the value it read (or, for the first, first-write), and a request
// whose save was overtaken reads again and retries. The manifest grants it the default statestore.
#include <stdio.h>
#include <stdlib.h>
#include "wasmbox.h"

int main(void) {
    char value[64], etag[WASMBOX_ETAG_MAX], next[32];
    for (int attempt = 0; attempt < 100; attempt++) {
        int32_t status = wasmbox_state_get("statestore", "count", value, sizeof value, etag);
        if (status != 200 && status != 204) {
            fprintf(stderr, "counter: reading the count failed with status %d\n", status);
            return 1;
        }
        long count = status == 200 ? strtol(value, NULL, 10) : 0;
        snprintf(next, sizeof next, "%ld", count + 1);
        status = wasmbox_state_save("statestore", "count", next, etag, status == 204);
        if (status == 204) {
            printf("%s\n", next);
            return 0;
        }
        if (status != 409) {
            fprintf(stderr, "counter: saving the count failed with status %d\n", status);
            return 1;
        }
    }
    fprintf(stderr, "counter: too many concurrent updates; try again\n");
    return 75;
}
