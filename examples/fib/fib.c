// Fibonacci numbers and primes, compiled to a WebAssembly library module with no imports,
// so it runs on the bare engine: `wasmbox run --invoke fib fib.wasm 90`.
#include <stdint.h>

// The n-th Fibonacci number, iteratively (fib(0) = 0, fib(1) = 1).
__attribute__((export_name("fib")))
uint64_t fib(uint32_t n) {
    uint64_t a = 0, b = 1;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t next = a + b;
        a = b;
        b = next;
    }
    return a;
}

// How many primes are below n, by a sieve in linear memory.
static uint8_t composite[1 << 20];

__attribute__((export_name("count_primes")))
uint32_t count_primes(uint32_t n) {
    if (n > sizeof composite) n = sizeof composite;
    for (uint32_t i = 0; i < n; i++) composite[i] = 0;
    uint32_t count = 0;
    for (uint32_t i = 2; i < n; i++) {
        if (composite[i]) continue;
        count++;
        for (uint64_t j = (uint64_t)i * i; j < n; j += i) composite[j] = 1;
    }
    return count;
}
