// bench/run-dapr: one state save per request. POST /v1.0/state/statestore of one item, key
// "bench", a small JSON value (about 60 bytes), last-write (no ETag, no first-write): the
// embedded SQLite store commits it (WAL, synchronous=FULL, so an fsync) before the 204.
#include <stdio.h>
#include <time.h>
#include "wasmbox.h"

int main(void) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    char value[128];
    snprintf(value, sizeof value, "{\"at\":%lld,\"text\":\"a small JSON value\"}",
             (long long)now.tv_sec * 1000000000LL + now.tv_nsec);
    int32_t status = wasmbox_state_save("statestore", "bench", value, NULL, 0);
    if (status != 204) {
        char error[512];
        wasmbox_read_body(error, sizeof error);
        fprintf(stderr, "state-save: answered %d %s\n", (int)status, error);
        return 1;
    }
    puts(value);
    return 0;
}
