// A hash-map workload: open addressing over 64-bit keys with inserts, lookups and deletes.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct { uint64_t key; uint64_t value; uint8_t state; } Slot; // state: 0 empty, 1 full, 2 deleted

static Slot *slots;
static uint64_t capacity;

static uint64_t hash(uint64_t k) { k ^= k >> 33; k *= 0xff51afd7ed558ccdULL; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL; return k ^ (k >> 33); }

static Slot *find(uint64_t key, int forInsert) {
    uint64_t i = hash(key) & (capacity - 1);
    Slot *tomb = NULL;
    for (;;) {
        Slot *s = &slots[i];
        if (s->state == 0) return forInsert && tomb ? tomb : s;
        if (s->state == 2) { if (!tomb) tomb = s; }
        else if (s->key == key) return s;
        i = (i + 1) & (capacity - 1);
    }
}

int main(int argc, char **argv) {
    long operations = argc > 1 ? atol(argv[1]) : 1000000;
    capacity = 1 << 21;
    slots = calloc(capacity, sizeof *slots);
    uint64_t x = 88172645463325252ULL, found = 0, sum = 0;
    for (long i = 0; i < operations; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        uint64_t key = x % 1000000;
        Slot *s = find(key, 0);
        switch (x >> 62) {
        case 0: case 1:
            if (s->state != 1) { s = find(key, 1); s->key = key; s->state = 1; s->value = 0; }
            s->value += i;
            break;
        case 2:
            if (s->state == 1) { found++; sum += s->value; }
            break;
        default:
            if (s->state == 1) s->state = 2;
            break;
        }
    }
    printf("found %llu, sum %llu\n", (unsigned long long)found, (unsigned long long)sum);
    return 0;
}
