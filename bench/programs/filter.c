// Image filters over a generated 8-bit grayscale image, repeated: a separable 1-2-1 blur (a
// horizontal pass into 16-bit sums, a vertical pass back to bytes), then a Sobel edge magnitude.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

// Horizontal 1-2-1 over each row, into 16-bit sums; past the edge, the edge pixel repeats.
static void blur_rows(const uint8_t *restrict in, uint16_t *restrict out, int width, int height) {
    for (int y = 0; y < height; y++) {
        const uint8_t *row = in + (size_t)y * width;
        uint16_t *o = out + (size_t)y * width;
        o[0] = 3 * row[0] + row[1];
        for (int x = 1; x < width - 1; x++) o[x] = row[x - 1] + 2 * row[x] + row[x + 1];
        o[width - 1] = row[width - 2] + 3 * row[width - 1];
    }
}

// Vertical 1-2-1 over the sums, rounded back to bytes (the weights add up to 16); past the top
// and bottom, the edge row repeats.
static void blur_columns(const uint16_t *restrict in, uint8_t *restrict out, int width, int height) {
    for (int y = 0; y < height; y++) {
        const uint16_t *above = in + (size_t)(y > 0 ? y - 1 : 0) * width;
        const uint16_t *row = in + (size_t)y * width;
        const uint16_t *below = in + (size_t)(y < height - 1 ? y + 1 : y) * width;
        uint8_t *o = out + (size_t)y * width;
        for (int x = 0; x < width; x++) o[x] = (uint8_t)((above[x] + 2 * row[x] + below[x] + 8) >> 4);
    }
}

// Sobel: |gx| + |gy| of the 3x3 neighbourhood, saturated at 255; the border is left black.
static void sobel(const uint8_t *restrict in, uint8_t *restrict out, int width, int height) {
    for (int y = 1; y < height - 1; y++) {
        const uint8_t *a = in + (size_t)(y - 1) * width, *r = in + (size_t)y * width, *b = in + (size_t)(y + 1) * width;
        uint8_t *o = out + (size_t)y * width;
        for (int x = 1; x < width - 1; x++) {
            int gx = (a[x + 1] + 2 * r[x + 1] + b[x + 1]) - (a[x - 1] + 2 * r[x - 1] + b[x - 1]);
            int gy = (b[x - 1] + 2 * b[x] + b[x + 1]) - (a[x - 1] + 2 * a[x] + a[x + 1]);
            int m = (gx < 0 ? -gx : gx) + (gy < 0 ? -gy : gy);
            o[x] = (uint8_t)(m > 255 ? 255 : m);
        }
    }
}

int main(int argc, char **argv) {
    int width = argc > 1 ? atoi(argv[1]) : 640;
    int height = argc > 2 ? atoi(argv[2]) : 480;
    int repeats = argc > 3 ? atoi(argv[3]) : 1;
    size_t size = (size_t)width * height;
    uint8_t *image = malloc(size), *blurred = malloc(size), *edges = calloc(size, 1);
    uint16_t *sums = malloc(size * sizeof *sums);
    // A gradient with circles and noise, so both filters have edges and texture to work on.
    uint32_t seed = 99;
    for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++) {
            seed = seed * 1664525 + 1013904223;
            int dx = x % 128 - 64, dy = y % 128 - 64;
            int v = (x + y) / 8 + (dx * dx + dy * dy < 1600 ? 96 : 0) + (int)(seed >> 28);
            image[(size_t)y * width + x] = (uint8_t)(v > 255 ? 255 : v);
        }
    uint32_t checksum = 0;
    for (int r = 0; r < repeats; r++) {
        blur_rows(image, sums, width, height);
        blur_columns(sums, blurred, width, height);
        sobel(blurred, edges, width, height);
        uint32_t sum = 0;
        for (size_t i = 0; i < size; i++) sum += edges[i];
        checksum = checksum * 31 + sum;
        // Feeds the edges back into the image, so every round filters a different picture.
        for (size_t i = 0; i < size; i++) image[i] = (uint8_t)((image[i] + edges[i]) >> 1);
    }
    printf("checksum %u\n", checksum);
    return 0;
}
