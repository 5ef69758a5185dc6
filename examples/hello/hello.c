// Hello: the smallest useful function, and the one the benchmarks run.
// Served by the "command" executor: the request body arrives on stdin and what is
// written to stdout is the response body (text/plain). An empty body says
// "Hello, world!"; otherwise "Hello, <body>!" with one trailing newline trimmed.
// Only read(2)/write(2) are used, so start-up stays cheap (no stdio buffers).
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int write_all(const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(1, p, n);
        if (w <= 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int main(void) {
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    if (!buf) return 1;
    for (;;) {
        if (len == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) return 1;
            buf = bigger;
        }
        ssize_t r = read(0, buf + len, cap - len);
        if (r < 0) return 1;
        if (r == 0) break;
        len += (size_t)r;
    }
    if (len > 0 && buf[len - 1] == '\n') len--;
    if (len > 0 && buf[len - 1] == '\r') len--;

    if (len == 0) return write_all("Hello, world!\n", 14) ? 1 : 0;
    if (write_all("Hello, ", 7) || write_all(buf, len) || write_all("!\n", 2)) return 1;
    return 0;
}
