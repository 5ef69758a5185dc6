// Command guest that reports what it can reach: the granted file, a path outside its
// directory, the host's environment, and a write into a read-only directory.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    FILE *in = fopen("/data/in.txt", "r");
    char line[256] = "";
    if (in) { if (!fgets(line, sizeof line, in)) line[0] = 0; fclose(in); }
    printf("granted file: %s\n", in ? line : strerror(errno));
    int outside = open("/data/../../etc/passwd", O_RDONLY);
    printf("outside: %s\n", outside >= 0 ? "OPENED" : "refused");
    int root = open("/etc/passwd", O_RDONLY);
    printf("absolute: %s\n", root >= 0 ? "OPENED" : "refused");
    FILE *out = fopen("/data/new.txt", "w");
    printf("write: %s\n", out ? "WRITTEN" : "refused");
    const char *home = getenv("HOME"), *path = getenv("PATH"), *granted = getenv("GRANTED");
    printf("HOME=%s PATH=%s GRANTED=%s\n", home ? home : "(unset)", path ? path : "(unset)", granted ? granted : "(unset)");
    return 0;
}
