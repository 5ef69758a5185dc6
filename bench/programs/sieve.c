// Sieve of Eratosthenes over a byte array, repeated: loads and stores at strides.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 10;
    const int n = 1 << 24;
    unsigned char *composite = malloc(n);
    int count = 0;
    for (int r = 0; r < rounds; r++) {
        memset(composite, 0, n);
        count = 0;
        for (int i = 2; i < n; i++) {
            if (composite[i]) continue;
            count++;
            for (long long j = (long long)i * i; j < n; j += i) composite[j] = 1;
        }
    }
    printf("%d primes below %d\n", count, n);
    return 0;
}
