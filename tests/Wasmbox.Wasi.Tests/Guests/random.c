/* Randomness: two draws differ, and bytes look uniform enough. Prints checks only. */
#include <string.h>
#include <unistd.h>
#include "guest.h"

int main(void) {
    unsigned char a[64], b[64];
    printf("getentropy: %s\n", getentropy(a, sizeof a) == 0 ? "ok" : "failed");
    getentropy(b, sizeof b);
    printf("two draws differ: %s\n", memcmp(a, b, sizeof a) != 0 ? "yes" : "no");

    static unsigned char big[256];
    long counts[256] = {0};
    for (int round = 0; round < 400; round++) {
        getentropy(big, sizeof big);
        for (int i = 0; i < 256; i++) counts[big[i]]++;
    }
    int plausible = 1; /* 102400 bytes: each value expected 400 times */
    for (int v = 0; v < 256; v++) if (counts[v] < 250 || counts[v] > 550) plausible = 0;
    printf("every byte value about as frequent: %s\n", plausible ? "yes" : "no");
    return 0;
}
