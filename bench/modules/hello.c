// Hello world: the smallest useful WASI command, for instantiation times and an idle instance's
// memory. With the argument "wait" it then sleeps for ten minutes, so a process holds it idle (a
// guest blocked reading stdin would do too, but node's WASI does not block on an empty pipe).
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    puts("hello, world");
    if (argc > 1 && strcmp(argv[1], "wait") == 0) {
        fflush(stdout);
        sleep(600);
    }
    return 0;
}
