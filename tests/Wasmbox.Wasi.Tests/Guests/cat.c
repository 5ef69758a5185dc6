/* stdin to stdout, upper-cased, in chunks of odd sizes; a line count goes to stderr. */
#include <ctype.h>
#include <unistd.h>
#include "guest.h"

int main(void) {
    unsigned char buffer[4093];
    long lines = 0, bytes = 0;
    ssize_t n;
    while ((n = read(0, buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < n; i++) {
            if (buffer[i] == '\n') lines++;
            if (buffer[i] < 128) buffer[i] = (unsigned char)toupper(buffer[i]);
        }
        for (ssize_t written = 0; written < n;) {
            ssize_t w = write(1, buffer + written, n - written);
            if (w <= 0) return 2;
            written += w;
        }
        bytes += n;
    }
    fprintf(stderr, "%ld lines, %ld bytes\n", lines, bytes);
    return n < 0 ? 1 : 0;
}
