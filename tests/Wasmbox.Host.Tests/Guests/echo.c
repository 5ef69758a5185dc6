// Command guest: copies the body to stdout. EXIT=N exits with N after echoing; STDERR=TEXT
// writes TEXT to stderr first; SHOW=NAME prints that variable instead of echoing.
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void) {
    const char *note = getenv("STDERR");
    if (note) fprintf(stderr, "%s\n", note);
    const char *show = getenv("SHOW");
    if (show) {
        const char *value = getenv(show);
        printf("%s=%s\n", show, value ? value : "(unset)");
        return 0;
    }
    char buffer[4096];
    ssize_t n;
    while ((n = read(0, buffer, sizeof buffer)) > 0) fwrite(buffer, 1, (size_t)n, stdout);
    const char *code = getenv("EXIT");
    return code ? atoi(code) : 0;
}
