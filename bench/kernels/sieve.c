// Sieve of Eratosthenes over a byte array, repeated: memory-bound loads and stores.
#include <stdint.h>

static uint8_t composite[1 << 22];

__attribute__((export_name("run")))
uint32_t run(uint32_t rounds) {
    uint32_t count = 0;
    const uint32_t n = sizeof composite;
    for (uint32_t r = 0; r < rounds; r++) {
        for (uint32_t i = 0; i < n; i++) composite[i] = 0;
        count = 0;
        for (uint32_t i = 2; i < n; i++) {
            if (composite[i]) continue;
            count++;
            for (uint64_t j = (uint64_t)i * i; j < n; j += i) composite[j] = 1;
        }
    }
    return count;
}
