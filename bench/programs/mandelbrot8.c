// mandelbrot, eight pixels at a time: the escape-time iteration of mandelbrot.c over the same grid,
// with the same output, shaped so that the compiler can vectorize it (the benchmarks game's
// fastest mandelbrot programs work so, with intrinsics). Eight neighbouring pixels are iterated
// together until all of them have escaped; a pixel that has escaped goes on being computed (its
// values run off to infinity, then NaN, and its count stays put; with |c| < 2, a point past
// |z| > 2 never comes back), so the eight lanes do the same work in every iteration.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define GROUP 8
#define LIMIT 50

int main(int argc, char **argv) {
    int size = argc > 1 ? atoi(argv[1]) : 200;
    uint32_t checksum = 0;
    long inside = 0;
    for (int y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        for (int x0 = 0; x0 < size; x0 += GROUP) {
            double cr[GROUP], zr[GROUP] = {0}, zi[GROUP] = {0};
            int count[GROUP] = {0};
            for (int k = 0; k < GROUP; k++) cr[k] = 2.0 * (x0 + k) / size - 1.5;
            for (int i = 0; i < LIMIT; i++) {
                int any = 0;
                for (int k = 0; k < GROUP; k++) {
                    int in = zr[k] * zr[k] + zi[k] * zi[k] <= 4.0;
                    count[k] += in;
                    any |= in;
                    double t = zr[k] * zr[k] - zi[k] * zi[k] + cr[k];
                    zi[k] = 2.0 * zr[k] * zi[k] + ci;
                    zr[k] = t;
                }
                if (!any) break;
            }
            // The last group may reach past the right edge; those pixels are not counted.
            for (int k = 0; k < GROUP && x0 + k < size; k++) {
                if (count[k] == LIMIT) inside++;
                checksum = checksum * 31 + (uint32_t)count[k];
            }
        }
    }
    printf("%ld inside, checksum %u\n", inside, checksum);
    return 0;
}
