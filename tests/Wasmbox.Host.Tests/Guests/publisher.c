// Command guest: publishes the request body as JSON to the topic named by TOPIC on "pubsub" and
// prints the status (and the error body when refused).
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "wasmbox.h"

int main(void) {
    char body[1024];
    ssize_t n = read(0, body, sizeof body);
    int32_t status = wasmbox_publish("pubsub", getenv("TOPIC"), body, n > 0 ? (size_t)n : 0, "application/json");
    printf("publish: %d\n", status);
    if (status != 204) {
        char error[512];
        wasmbox_read_body(error, sizeof error);
        printf("error: %s\n", error);
    }
    return 0;
}
