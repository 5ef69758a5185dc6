// Grayscale: an image filter. Reads a PNG or JPEG (the request body) from stdin,
// converts it to 8-bit grayscale and writes a PNG of the same size to stdout.
// Served by the "command" executor; respond with Content-Type image/png.
// A body that is not a PNG or JPEG: the reason on stderr and exit status 1 (HTTP 500).
// The decoder and encoder are the single-header stb_image and stb_image_write
// (Debian's libstb-dev), compiled into the module.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#include <stb/stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void write_out(void *context, void *data, int size) {
    int *failed = context;
    const char *p = data;
    while (size > 0) {
        ssize_t w = write(1, p, (size_t)size);
        if (w <= 0) { *failed = 1; return; }
        p += w;
        size -= (int)w;
    }
}

int main(void) {
    // The whole body into memory: stb_image decodes from a buffer.
    size_t cap = 64 * 1024, len = 0;
    unsigned char *input = malloc(cap);
    for (;;) {
        if (input && len == cap) {
            unsigned char *bigger = realloc(input, cap *= 2);
            if (!bigger) free(input);
            input = bigger;
        }
        if (!input) { fputs("grayscale: out of memory\n", stderr); return 1; }
        ssize_t r = read(0, input + len, cap - len);
        if (r < 0) { perror("grayscale: reading stdin"); return 1; }
        if (r == 0) break;
        len += (size_t)r;
    }

    // Asking for 1 channel makes stb_image compute the luma of each pixel.
    int width, height, channels;
    unsigned char *gray = stbi_load_from_memory(input, (int)len, &width, &height, &channels, 1);
    if (!gray) {
        fprintf(stderr, "grayscale: not a PNG or JPEG image: %s\n", stbi_failure_reason());
        return 1;
    }
    int failed = 0;
    if (!stbi_write_png_to_func(write_out, &failed, width, height, 1, gray, width) || failed) {
        fputs("grayscale: could not write the PNG\n", stderr);
        return 1;
    }
    return 0;
}
