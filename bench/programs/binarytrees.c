// binary-trees: allocate and free many small trees through malloc (allocation heavy).
#include <stdio.h>
#include <stdlib.h>

typedef struct Node { struct Node *left, *right; } Node;

static Node *create(int depth) {
    Node *node = malloc(sizeof *node);
    if (depth > 0) { node->left = create(depth - 1); node->right = create(depth - 1); }
    else node->left = node->right = NULL;
    return node;
}

static long check(const Node *node) { return 1 + (node->left ? check(node->left) + check(node->right) : 0); }

static void release(Node *node) {
    if (node->left) { release(node->left); release(node->right); }
    free(node);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 10;
    int maxDepth = n < 6 ? 6 : n;
    Node *stretch = create(maxDepth + 1);
    printf("stretch tree of depth %d\t check: %ld\n", maxDepth + 1, check(stretch));
    release(stretch);
    Node *longLived = create(maxDepth);
    for (int depth = 4; depth <= maxDepth; depth += 2) {
        long iterations = 1L << (maxDepth - depth + 4), total = 0;
        for (long i = 0; i < iterations; i++) { Node *t = create(depth); total += check(t); release(t); }
        printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, total);
    }
    printf("long lived tree of depth %d\t check: %ld\n", maxDepth, check(longLived));
    release(longLived);
    return 0;
}
