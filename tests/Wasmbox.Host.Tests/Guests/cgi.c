// WAGI guest. PATH_INFO picks what it answers: /redirect (Location only), /teapot (Status 418),
// /malformed (a header line without a colon), /nothing (no output); anything else dumps the
// environment and the arguments as text, then the body.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv) {
    const char *path = getenv("PATH_INFO");
    if (!path) path = "";
    if (strcmp(path, "/redirect") == 0) { printf("Location: /elsewhere\n\n"); return 0; }
    if (strcmp(path, "/teapot") == 0) { printf("Status: 418 I'm a teapot\r\nContent-Type: text/plain\r\nX-Kind: stout\r\n\r\nshort and stout"); return 0; }
    if (strcmp(path, "/malformed") == 0) { printf("this is not a header\n\nbody"); return 0; }
    if (strcmp(path, "/nothing") == 0) return 0;
    printf("Content-Type: text/plain\n\n");
    for (char **e = environ; *e; e++) printf("ENV %s\n", *e);
    for (int i = 0; i < argc; i++) printf("ARG %d=%s\n", i, argv[i]);
    char buffer[4096];
    ssize_t n;
    printf("BODY ");
    fflush(stdout);
    while ((n = read(0, buffer, sizeof buffer)) > 0) fwrite(buffer, 1, (size_t)n, stdout);
    return 0;
}
