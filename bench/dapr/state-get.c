// bench/run-dapr: one state read per request. GET /v1.0/state/statestore/bench through the
// wasmbox host call (the embedded SQLite store), the value as the response body. A missing key
// (204) or any error exits 1, a 500 that wrk counts as non-2xx: run-dapr saves the key first.
#include <stdio.h>
#include "wasmbox.h"

int main(void) {
    char value[256];
    int32_t status = wasmbox_state_get("statestore", "bench", value, sizeof value, NULL);
    if (status != 200) {
        fprintf(stderr, "state-get: GET bench answered %d\n", (int)status);
        return 1;
    }
    puts(value);
    return 0;
}
