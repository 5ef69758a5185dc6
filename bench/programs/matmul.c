// Matrix multiply: dense double-precision, i-k-j order over heap arrays.
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 100;
    // Repeats the product (accumulating into c) rather than growing n: past about 1,500 the
    // matrices leave the cache and the time is the memory's, not the code's.
    int repeats = argc > 2 ? atoi(argv[2]) : 1;
    double *a = malloc((size_t)n * n * sizeof *a), *b = malloc((size_t)n * n * sizeof *b), *c = calloc((size_t)n * n, sizeof *c);
    for (int i = 0; i < n * n; i++) { a[i] = (double)(i % 97) / 97.0; b[i] = (double)(i % 89) / 89.0; }
    for (int r = 0; r < repeats; r++)
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
            }
    double trace = 0, total = 0;
    for (int i = 0; i < n; i++) trace += c[i * n + i];
    for (int i = 0; i < n * n; i++) total += c[i];
    printf("trace %.6f total %.6f\n", trace, total);
    return 0;
}
