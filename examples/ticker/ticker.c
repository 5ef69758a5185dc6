// A cron-triggered function: the bindings.cron component "every-10s" (examples/resources/cron.yaml)
// runs it every ten seconds with BINDING_NAME set; it counts the ticks in Dapr state with the time
// daprd's cron reports (BINDING_METADATA_READTIMEUTC), and logs each one. Called over HTTP instead
// (GET /ticks), it answers what it has counted so far, as JSON.
#include <stdio.h>
#include <stdlib.h>
#include "wasmbox.h"

static int show(void) {
    char value[256], etag[WASMBOX_ETAG_MAX];
    int32_t status = wasmbox_state_get("statestore", "ticks", value, sizeof value, etag);
    if (status != 200 && status != 204) {
        fprintf(stderr, "ticker: reading the ticks failed with status %d\n", status);
        return 1;
    }
    printf("%s\n", status == 200 ? value : "{\"ticks\":0,\"last\":null}");
    return 0;
}

int main(void) {
    const char *binding = getenv("BINDING_NAME");
    if (!binding) return show();
    const char *when = getenv("BINDING_METADATA_READTIMEUTC");
    char value[256], etag[WASMBOX_ETAG_MAX], next[256];
    for (int attempt = 0; attempt < 20; attempt++) {
        int32_t status = wasmbox_state_get("statestore", "ticks", value, sizeof value, etag);
        if (status != 200 && status != 204) return 1;
        long ticks = 0;
        if (status == 200) sscanf(value, "{\"ticks\":%ld", &ticks);
        snprintf(next, sizeof next, "{\"ticks\":%ld,\"last\":\"%s\"}", ticks + 1, when ? when : "?");
        status = wasmbox_state_save("statestore", "ticks", next, etag, status == 204);
        if (status == 204) {
            wasmbox_logf(WASMBOX_LOG_INFO, "tick %ld from %s at %s", ticks + 1, binding, when ? when : "?");
            return 0;
        }
        if (status != 409) return 1;
    }
    return 75;
}
