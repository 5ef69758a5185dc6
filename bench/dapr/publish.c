// bench/run-dapr: publishes one message to topic bench-latency of the default durable pub/sub.
// The request body is the message's tag (e.g. "lat-17"); the message is text/plain,
// "tag=TAG sent_ns=NS", NS this function's wall clock (CLOCK_REALTIME) read just before the
// publish call (text, not a JSON number: the CloudEvent keeps a string as it is). Answers
// "published TAG" once the pub/sub has kept the message (its 204), else exits 1 (a 500).
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include "wasmbox.h"

int main(void) {
    char tag[64];
    size_t length = 0;
    ssize_t n;
    while (length < sizeof tag - 1 && (n = read(0, tag + length, sizeof tag - 1 - length)) > 0) length += (size_t)n;
    tag[length] = 0;
    for (size_t i = 0; i < length; i++)   // keep it one word
        if (!((tag[i] >= 'a' && tag[i] <= 'z') || (tag[i] >= 'A' && tag[i] <= 'Z') || (tag[i] >= '0' && tag[i] <= '9') || tag[i] == '-')) tag[i] = '_';
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    char message[160];
    int m = snprintf(message, sizeof message, "tag=%s sent_ns=%lld", length ? tag : "none",
                     (long long)now.tv_sec * 1000000000LL + now.tv_nsec);
    int32_t status = wasmbox_publish("pubsub", "bench-latency", message, (size_t)m, "text/plain");
    if (status != 204) {
        char error[512];
        wasmbox_read_body(error, sizeof error);
        fprintf(stderr, "publish: answered %d %s\n", (int)status, error);
        return 1;
    }
    printf("published %s\n", length ? tag : "none");
    return 0;
}
