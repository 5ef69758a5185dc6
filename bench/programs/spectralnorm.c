// spectral-norm: power iteration on an implicit matrix (double division and sums).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static void multiplyAv(int n, const double *v, double *av) {
    for (int i = 0; i < n; i++) { double sum = 0; for (int j = 0; j < n; j++) sum += a(i, j) * v[j]; av[i] = sum; }
}

static void multiplyAtv(int n, const double *v, double *atv) {
    for (int i = 0; i < n; i++) { double sum = 0; for (int j = 0; j < n; j++) sum += a(j, i) * v[j]; atv[i] = sum; }
}

static void multiplyAtAv(int n, const double *v, double *out, double *tmp) { multiplyAv(n, v, tmp); multiplyAtv(n, tmp, out); }

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 100;
    double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
    for (int i = 0; i < n; i++) u[i] = 1;
    for (int i = 0; i < 10; i++) { multiplyAtAv(n, u, v, tmp); multiplyAtAv(n, v, u, tmp); }
    double vBv = 0, vv = 0;
    for (int i = 0; i < n; i++) { vBv += u[i] * v[i]; vv += v[i] * v[i]; }
    printf("%0.9f\n", sqrt(vBv / vv));
    return 0;
}
