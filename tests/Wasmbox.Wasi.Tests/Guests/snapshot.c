// A WASI reactor made to be pre-initialized: its initializer reads the clock, fills a greeting
// and says so on stdout; each instance then prints the greeting without building it again. A
// second initializer opens a file, which a snapshot must refuse.
#include <stdio.h>
#include <string.h>
#include <time.h>

static char greeting[64];
static long long initialized_at;

__attribute__((export_name("wizer.initialize"))) void initialize(void) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    initialized_at = now.tv_sec;
    strcpy(greeting, "hello from the snapshot");
    printf("initialized\n");
    fflush(stdout);
}

void __wasm_call_ctors(void);

// As a Wizer initializer of a program that uses files must: wasi-libc's constructors learn the
// preopened directories (fd_prestat_get), which is what a snapshot cannot keep.
__attribute__((export_name("initialize_with_file"))) void initialize_with_file(void) {
    __wasm_call_ctors();
    FILE *file = fopen("/data/config.txt", "r");
    if (file != NULL && fgets(greeting, sizeof greeting, file) == NULL) greeting[0] = 0;
}

__attribute__((export_name("greet"))) void greet(void) {
    printf("%s (initialized %s)\n", greeting, initialized_at > 1600000000 ? "after 2020" : "never");
    fflush(stdout);
    greeting[0] = 'H';   // no later instance may see this
}
