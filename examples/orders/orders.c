// The front of the order pipeline, served by the WAGI executor at /orders:
//   POST /orders with a JSON order publishes it to topic "orders" (pub/sub "pubsub") and answers 202;
//   GET /orders answers the JSON array of the orders stored so far (by order-store, which subscribes).
// The manifest grants it: dapr: { publish: [pubsub/orders], state: [statestore] }.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "wasmbox.h"

static char value[1 << 20];

int main(void) {
    const char *method = getenv("REQUEST_METHOD");
    if (method && strcmp(method, "POST") == 0) {
        static char order[64 * 1024];
        size_t length = 0;
        ssize_t n;
        while (length < sizeof order && (n = read(0, order + length, sizeof order - length)) > 0) length += (size_t)n;
        if (length == 0) {
            printf("Status: 400 Bad Request\nContent-Type: text/plain\n\nPOST a JSON order\n");
            return 0;
        }
        int32_t status = wasmbox_publish("pubsub", "orders", order, length, "application/json");
        if (status != 204) {
            wasmbox_read_body(value, sizeof value);
            printf("Status: 502 Bad Gateway\nContent-Type: text/plain\n\npublishing failed (%d): %s\n", status, value);
            return 0;
        }
        printf("Status: 202 Accepted\nContent-Type: application/json\n\n{\"published\":true}\n");
        return 0;
    }
    if (method && strcmp(method, "GET") == 0) {
        int32_t status = wasmbox_state_get("statestore", "orders", value, sizeof value, NULL);
        if (status != 200 && status != 204) {
            printf("Status: 502 Bad Gateway\nContent-Type: text/plain\n\nreading the orders failed (%d)\n", status);
            return 0;
        }
        printf("Content-Type: application/json\n\n%s\n", status == 200 ? value : "[]");
        return 0;
    }
    printf("Status: 405 Method Not Allowed\nAllow: GET, POST\nContent-Type: text/plain\n\nGET or POST\n");
    return 0;
}
