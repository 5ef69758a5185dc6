// A WASI command with megabytes of initialized data: data.bin, generated at build time, becomes a
// data segment, so every instance starts by copying it into its linear memory.
#include <stdio.h>

static const unsigned char data[] = {
#embed "data.bin"
};
_Static_assert(sizeof data == DATA_BYTES, "data.bin has the size the bench asked for");

int main(void) {
    unsigned sum = 0;
    for (size_t i = 0; i < sizeof data; i += 4096) sum = sum * 31 + data[i];
    printf("%zu bytes, checksum %u\n", sizeof data, sum);
    return 0;
}
