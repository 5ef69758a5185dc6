// Command guest that stays busy until the test lets it go: every millisecond it looks for the
// file "open" in the directory granted as /gate, and once it is there answers "released". A
// request to it is in flight for exactly as long as the test wants, not for a time that a slow
// machine can overrun (its timeout is only a safety net).
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    const struct timespec pause = {0, 1000 * 1000};
    while (access("/gate/open", F_OK) != 0) nanosleep(&pause, NULL);
    puts("released");
    return 0;
}
