// Dot products over large arrays, repeated: int16 samples multiplied and summed in 32 bits (as
// fixed-point audio correlation and quantized inference do), and float vectors summed in 16
// independent partial sums.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

// The products are summed in unsigned 32 bits, so the sum wraps around instead of overflowing (which
// C leaves undefined for int); integer sums may be reordered, so the loop vectorizes as written.
static uint32_t dot_i16(const int16_t *restrict a, const int16_t *restrict b, int n) {
    uint32_t sum = 0;
    for (int i = 0; i < n; i++) sum += (uint32_t)(a[i] * b[i]);
    return sum;
}

// A single running float sum may not be reordered (that would change the result), so the sum is
// kept in 16 running sums, one per lane, added up at the end: every build, vectorized or not,
// makes the same additions in the same order and prints the same total.
#define LANES 16
static float dot_f32(const float *restrict a, const float *restrict b, int n) {
    float partial[LANES] = {0};
    for (int i = 0; i + LANES <= n; i += LANES)
        for (int k = 0; k < LANES; k++) partial[k] += a[i + k] * b[i + k];
    float sum = 0;
    for (int k = 0; k < LANES; k++) sum += partial[k];
    return sum;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 4096;
    int repeats = argc > 2 ? atoi(argv[2]) : 10;
    n -= n % LANES;
    int16_t *qa = malloc((size_t)n * sizeof *qa), *qb = malloc((size_t)n * sizeof *qb);
    float *fa = malloc((size_t)n * sizeof *fa), *fb = malloc((size_t)n * sizeof *fb);
    uint32_t x = 2024;
    for (int i = 0; i < n; i++) {
        x = x * 1664525 + 1013904223; qa[i] = (int16_t)(x >> 16);
        x = x * 1664525 + 1013904223; qb[i] = (int16_t)(x >> 16);
        fa[i] = (float)(qa[i] % 1000) / 1000.0f;
        fb[i] = (float)(qb[i] % 1000) / 1000.0f;
    }
    uint32_t checksum = 0;
    double total = 0;
    for (int r = 0; r < repeats; r++) {
        uint32_t q = dot_i16(qa, qb, n);
        float f = dot_f32(fa, fb, n);
        checksum = checksum * 31 + q;
        total += f;
        // Changes one element of each input every round, so no round repeats the last one.
        qa[r % n] ^= (int16_t)q;
        fa[r % n] += 1.0f / 1024;
    }
    printf("checksum %u total %.6f\n", checksum, total);
    return 0;
}
