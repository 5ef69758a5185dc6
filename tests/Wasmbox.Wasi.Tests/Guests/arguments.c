/* Arguments and environment: prints argv (after the program name, which differs between builds),
   then the whole environment, sorted, then the variables named on the command line. */
#include <stdlib.h>
#include <string.h>
#include "guest.h"

extern char **environ;

static int compare(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
    printf("argc: %d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d]: \"%s\"\n", i, argv[i]);
    int count = 0;
    while (environ[count]) count++;
    char **sorted = malloc(sizeof *sorted * (count + 1));
    memcpy(sorted, environ, sizeof *sorted * count);
    qsort(sorted, count, sizeof *sorted, compare);
    printf("environment: %d variable(s)\n", count);
    for (int i = 0; i < count; i++) printf("  %s\n", sorted[i]);
    for (int i = 1; i < argc; i++) {
        const char *value = getenv(argv[i]);
        printf("getenv(%s): %s\n", argv[i], value ? value : "(unset)");
    }
    return 0;
}
