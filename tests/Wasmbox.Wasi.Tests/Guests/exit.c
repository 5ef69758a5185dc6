/* Ends the way argv[1] says: "exit N" calls exit(N), "return N" returns N from main,
   "abort" aborts, "trap" stores outside memory. Prints to stdout first, which must not be lost. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "guest.h"

static volatile unsigned int far_away = 0xfffffff0u;

int main(int argc, char **argv) {
    const char *how = argc > 1 ? argv[1] : "return";
    int code = argc > 2 ? atoi(argv[2]) : 0;
    printf("before %s\n", how);
    if (strcmp(how, "abort") == 0) abort();
    if (strcmp(how, "trap") == 0) *(volatile int *)(uintptr_t)far_away = 1;
    if (strcmp(how, "exit") == 0) exit(code);
    return code;
}
