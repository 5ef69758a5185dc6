// A guest made to be pre-initialized: its initializer builds a lookup table on the heap (about a
// million steps), and each request only reads it. A request also wrecks the table and counts
// itself, so a test can tell whether the next request got a fresh copy of the snapshot.
#include <stdint.h>
#include <stdlib.h>

#define ENTRIES (64 * 1024)

static uint32_t *table;
static int initializations;
static int requests;

// Collatz steps from n: cheap to look up, costly to compute for every entry.
static uint32_t steps(uint64_t n) {
    uint32_t count = 0;
    while (n != 1) {
        n = n % 2 ? 3 * n + 1 : n / 2;
        count++;
    }
    return count;
}

__attribute__((export_name("wizer.initialize"))) void initialize(void) {
    table = malloc(ENTRIES * sizeof *table);
    for (uint32_t i = 1; i < ENTRIES; i++) table[i] = steps(i);
    initializations++;
}

// The request: the table's entry for key, then the table is ruined for whoever sees it next.
__attribute__((export_name("handle"))) uint32_t handle(uint32_t key) {
    uint32_t value = table[key % ENTRIES];
    requests++;
    for (uint32_t i = 0; i < ENTRIES; i++) table[i] = 0xdeadbeef;
    return value;
}

__attribute__((export_name("initializations"))) int initialization_count(void) { return initializations; }

__attribute__((export_name("requests"))) int request_count(void) { return requests; }
