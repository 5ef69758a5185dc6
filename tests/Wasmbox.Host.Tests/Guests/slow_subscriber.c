// Pub/sub guest for the crash test: logs the event's data and attempt on stderr; an event whose
// data contains "slow" first keeps the instance busy for three seconds, so a server killed during
// that time has not acknowledged it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    char data[1024];
    ssize_t n = read(0, data, sizeof data - 1);
    data[n > 0 ? n : 0] = 0;
    if (strstr(data, "slow")) {
        struct timespec start, now;
        clock_gettime(CLOCK_MONOTONIC, &start);
        do clock_gettime(CLOCK_MONOTONIC, &now);
        while ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000 < 3000);
    }
    fprintf(stderr, "got %s attempt %s\n", data, getenv("CE_DELIVERY_ATTEMPT"));
    return 0;
}
