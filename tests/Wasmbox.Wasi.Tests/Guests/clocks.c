/* Clocks: prints checks, not readings, so the native build prints the same.
   argv[1] is the host's idea of now, in seconds since the epoch. */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "guest.h"

static long long nanoseconds(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
    long long host_now = argc > 1 ? atoll(argv[1]) : 0;
    long long real = nanoseconds(CLOCK_REALTIME) / 1000000000LL;
    printf("realtime within 60 s of the host: %s\n", llabs(real - host_now) < 60 ? "yes" : "no");
    printf("time() agrees with realtime: %s\n", llabs((long long)time(NULL) - real) <= 1 ? "yes" : "no");

    int monotonic = 1;
    long long previous = nanoseconds(CLOCK_MONOTONIC);
    for (int i = 0; i < 10000; i++) {
        long long now = nanoseconds(CLOCK_MONOTONIC);
        if (now < previous) monotonic = 0;
        previous = now;
    }
    printf("monotonic never goes back: %s\n", monotonic ? "yes" : "no");

    struct timespec resolution;
    clock_getres(CLOCK_MONOTONIC, &resolution);
    printf("monotonic resolution at most 1 ms: %s\n",
           resolution.tv_sec == 0 && resolution.tv_nsec > 0 && resolution.tv_nsec <= 1000000 ? "yes" : "no");

    long long before = nanoseconds(CLOCK_MONOTONIC);
    struct timespec pause = {0, 30 * 1000000};
    nanosleep(&pause, NULL);
    long long slept = nanoseconds(CLOCK_MONOTONIC) - before;
    printf("nanosleep(30 ms) slept 30 ms to 2 s: %s\n", slept >= 30000000LL && slept < 2000000000LL ? "yes" : "no");

    before = nanoseconds(CLOCK_MONOTONIC);
    usleep(20000);
    slept = nanoseconds(CLOCK_MONOTONIC) - before;
    printf("usleep(20 ms) slept at least 20 ms: %s\n", slept >= 20000000LL ? "yes" : "no");
    return 0;
}
