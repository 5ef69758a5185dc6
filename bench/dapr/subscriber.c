// bench/run-dapr: subscribed to topic bench-latency. Reads its wall clock (CLOCK_REALTIME, ns)
// first thing, then the event's data on stdin ("tag=lat-17 sent_ns=..." from publish.c),
// and writes one line to its log with the log import:
//     tag=lat-17 sent_ns=... recv_ns=... lat_ns=...
// run-dapr reads those lines back through the admin API. Publisher and subscriber run in the same
// server process, so both clocks are the same clock.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "wasmbox.h"

int main(void) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    long long recv_ns = (long long)now.tv_sec * 1000000000LL + now.tv_nsec;
    char data[512];
    size_t length = 0;
    ssize_t n;
    while (length < sizeof data - 1 && (n = read(0, data + length, sizeof data - 1 - length)) > 0) length += (size_t)n;
    data[length] = 0;
    const char *sent = strstr(data, "sent_ns=");
    const char *tag = strstr(data, "tag=");
    if (!sent || !tag) {
        wasmbox_logf(WASMBOX_LOG_ERROR, "subscriber: not a bench message: %s", data);
        return 1;   // DROP
    }
    long long sent_ns = strtoll(sent + 8, NULL, 10);
    tag += 4;
    int tag_length = (int)strcspn(tag, " ");
    wasmbox_logf(WASMBOX_LOG_INFO, "tag=%.*s sent_ns=%lld recv_ns=%lld lat_ns=%lld", tag_length, tag, sent_ns, recv_ns, recv_ns - sent_ns);
    return 0;
}
