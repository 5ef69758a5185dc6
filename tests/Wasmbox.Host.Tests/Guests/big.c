// Command guest: writes MEGABYTES (default 100) MiB of a repeating pattern to stdout, then
// FAIL=1 makes it trap after the output (to test a failure after the response streamed).
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    const char *size = getenv("MEGABYTES");
    long megabytes = size ? atol(size) : 100;
    static char chunk[65536];
    for (size_t i = 0; i < sizeof chunk; i++) chunk[i] = (char)('a' + i % 26);
    for (long i = 0; i < megabytes * 16; i++) {
        size_t done = 0;
        while (done < sizeof chunk) {
            ssize_t n = write(1, chunk + done, sizeof chunk - done);
            if (n <= 0) return 3;
            done += (size_t)n;
        }
    }
    if (getenv("FAIL")) __builtin_trap();
    return 0;
}
