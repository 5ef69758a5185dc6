// fannkuch-redux: permutations and prefix reversals of small int arrays.
#include <stdio.h>
#include <stdlib.h>

static void fannkuch(int n) {
    int perm[16], perm1[16], count[16];
    int maxFlips = 0, checksum = 0, permCount = 0, r = n;
    for (int i = 0; i < n; i++) perm1[i] = i;
    for (;;) {
        for (; r != 1; r--) count[r - 1] = r;
        for (int i = 0; i < n; i++) perm[i] = perm1[i];
        int flips = 0;
        for (int k = perm[0]; k != 0; k = perm[0]) {
            for (int i = 0, j = k; i < j; i++, j--) { int t = perm[i]; perm[i] = perm[j]; perm[j] = t; }
            flips++;
        }
        if (flips > maxFlips) maxFlips = flips;
        checksum += permCount % 2 == 0 ? flips : -flips;
        for (;;) {
            if (r == n) { printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips); return; }
            int first = perm1[0];
            for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
            perm1[r] = first;
            if (--count[r] > 0) break;
            r++;
        }
        permCount++;
    }
}

// Repeats the whole run, so sizes between one n and the next (about 11x apart) can be had.
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 7;
    int repeats = argc > 2 ? atoi(argv[2]) : 1;
    for (int i = 0; i < repeats; i++) fannkuch(n);
    return 0;
}
