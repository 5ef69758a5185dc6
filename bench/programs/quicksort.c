// Quicksort of pseudo-random ints: comparisons, swaps and recursion.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void quicksort(int32_t *a, long lo, long hi) {
    while (lo < hi) {
        int32_t pivot = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { int32_t t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
        else { quicksort(a, i, hi); hi = j; }
    }
}

// Sorts ROUNDS arrays of N (each new numbers) rather than one larger array: past about 32 MB of
// memory node 20 may crash (see bench/README.md, node's crash), and 5,000,000 ints are 20 MB.
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 100000;
    int rounds = argc > 2 ? atoi(argv[2]) : 1;
    int32_t *a = malloc(n * sizeof *a);
    uint32_t x = 42;
    uint64_t checksum = 0;
    for (int r = 0; r < rounds; r++) {
        for (long i = 0; i < n; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; a[i] = (int32_t)x; }
        quicksort(a, 0, n - 1);
        for (long i = 1; i < n; i++) if (a[i - 1] > a[i]) { printf("not sorted at %ld\n", i); return 1; }
        for (long i = 0; i < n; i += 101) checksum = checksum * 31 + (uint32_t)a[i];
    }
    printf("sorted %d x %ld, checksum %llu\n", rounds, n, (unsigned long long)checksum);
    return 0;
}
