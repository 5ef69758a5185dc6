// base64 encode and decode of a generated buffer, round-tripped many times: byte shuffling and lookups.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t encode(const uint8_t *in, size_t n, char *out) {
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = alphabet[v >> 18]; out[o++] = alphabet[(v >> 12) & 63]; out[o++] = alphabet[(v >> 6) & 63]; out[o++] = alphabet[v & 63];
    }
    if (i < n) {
        uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < n ? (uint32_t)in[i + 1] << 8 : 0);
        out[o++] = alphabet[v >> 18]; out[o++] = alphabet[(v >> 12) & 63];
        out[o++] = i + 1 < n ? alphabet[(v >> 6) & 63] : '='; out[o++] = '=';
    }
    return o;
}

static size_t decode(const char *in, size_t n, uint8_t *out, const int8_t *table) {
    size_t o = 0;
    for (size_t i = 0; i + 4 <= n; i += 4) {
        uint32_t v = (uint32_t)table[(uint8_t)in[i]] << 18 | (uint32_t)table[(uint8_t)in[i + 1]] << 12;
        out[o++] = (uint8_t)(v >> 16);
        if (in[i + 2] == '=') break;
        v |= (uint32_t)table[(uint8_t)in[i + 2]] << 6;
        out[o++] = (uint8_t)(v >> 8);
        if (in[i + 3] == '=') break;
        v |= (uint32_t)table[(uint8_t)in[i + 3]];
        out[o++] = (uint8_t)v;
    }
    return o;
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 10;
    size_t size = 3 * 100000 + 1;
    uint8_t *data = malloc(size), *back = malloc(size);
    char *text = malloc(size * 2);
    int8_t table[256];
    for (int i = 0; i < 256; i++) table[i] = -1;
    for (int i = 0; i < 64; i++) table[(uint8_t)alphabet[i]] = (int8_t)i;
    uint32_t x = 7;
    for (size_t i = 0; i < size; i++) { x = x * 1664525 + 1013904223; data[i] = (uint8_t)(x >> 24); }
    uint32_t checksum = 0;
    for (int r = 0; r < rounds; r++) {
        size_t encoded = encode(data, size, text);
        size_t decoded = decode(text, encoded, back, table);
        for (size_t i = 0; i < decoded; i += 997) checksum = checksum * 31 + back[i];
        data[r % size] ^= (uint8_t)checksum;
    }
    printf("checksum %u\n", checksum);
    return 0;
}
