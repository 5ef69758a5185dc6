// mandelbrot: escape-time iteration over a grid, checksummed instead of printed as a bitmap.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int size = argc > 1 ? atoi(argv[1]) : 200;
    uint32_t checksum = 0;
    long inside = 0;
    for (int y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        for (int x = 0; x < size; x++) {
            double cr = 2.0 * x / size - 1.5, zr = 0, zi = 0;
            int i = 0;
            for (; i < 50 && zr * zr + zi * zi <= 4.0; i++) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
            }
            if (i == 50) inside++;
            checksum = checksum * 31 + (uint32_t)i;
        }
    }
    printf("%ld inside, checksum %u\n", inside, checksum);
    return 0;
}
