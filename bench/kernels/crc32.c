// Bitwise CRC-32 over a buffer: integer shifts, xors and data-dependent branches.
#include <stdint.h>

static uint8_t buffer[1 << 16];

__attribute__((export_name("run")))
uint32_t run(uint32_t rounds) {
    for (uint32_t i = 0; i < sizeof buffer; i++) buffer[i] = (uint8_t)(i * 2654435761u >> 24);
    uint32_t crc = 0xFFFFFFFFu;
    for (uint32_t r = 0; r < rounds; r++)
        for (uint32_t i = 0; i < sizeof buffer; i++) {
            crc ^= buffer[i];
            for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
        }
    return ~crc;
}
