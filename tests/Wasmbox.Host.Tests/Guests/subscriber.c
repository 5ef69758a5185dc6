// Pub/sub guest: logs the event (its data from stdin and CE_* attributes) on stderr, then answers
// as MODE says: "retry-twice" exits 75 (RETRY) on the first two attempts, "trap" traps (DROP),
// anything else exits 0 (SUCCESS).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    char data[1024];
    ssize_t n = read(0, data, sizeof data - 1);
    data[n > 0 ? n : 0] = 0;
    const char *attempt = getenv("CE_DELIVERY_ATTEMPT"), *mode = getenv("MODE");
    fprintf(stderr, "got %s on %s attempt %s type %s\n", data, getenv("CE_TOPIC"), attempt ? attempt : "?", getenv("CE_TYPE"));
    if (mode && strcmp(mode, "retry-twice") == 0 && atoi(attempt) < 3) return 75;
    if (mode && strcmp(mode, "trap") == 0) __builtin_trap();
    return 0;
}
