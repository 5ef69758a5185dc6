// Dense double-precision matrix multiply: float arithmetic with strided memory access.
#include <stdint.h>

#define N 200
static double a[N][N], b[N][N], c[N][N];

__attribute__((export_name("run")))
uint32_t run(uint32_t rounds) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (double)(i * N + j) / (N * N);
            b[i][j] = (double)(j * N + i) / (N * N);
        }
    double total = 0;
    for (uint32_t r = 0; r < rounds; r++) {
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                double sum = 0;
                for (int k = 0; k < N; k++) sum += a[i][k] * b[k][j];
                c[i][j] = sum;
            }
        total += c[r % N][(r * 7) % N];
    }
    return (uint32_t)(total * 1000);
}
