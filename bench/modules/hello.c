// Hello world: the smallest useful WASI command, for instantiation times and an idle instance's
// memory. With the argument "wait" it then reads stdin to its end, so a process can hold it idle.
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    puts("hello, world");
    if (argc > 1 && strcmp(argv[1], "wait") == 0) {
        fflush(stdout);
        while (getchar() != EOF) {}
    }
    return 0;
}
