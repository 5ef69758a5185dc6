// The Wasm side of the node-app example (examples/node-app), served by the WAGI executor at
// /announce: POST /announce publishes its body, as text, to topic "announcements" (pub/sub
// "pubsub"), which the node app subscribes to through its own GET /dapr/subscribe; wasmbox serve
// delivers the event to it because the manifest names it under apps.
// The manifest grants it: dapr: { publish: [pubsub/announcements] }.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "wasmbox.h"

static char text[64 * 1024], answer[4096];

int main(void) {
    const char *method = getenv("REQUEST_METHOD");
    if (!method || strcmp(method, "POST") != 0) {
        printf("Status: 405 Method Not Allowed\nAllow: POST\nContent-Type: text/plain\n\nPOST the text to announce\n");
        return 0;
    }
    size_t length = 0;
    ssize_t n;
    while (length < sizeof text && (n = read(0, text + length, sizeof text - length)) > 0) length += (size_t)n;
    // `curl -d` sends no newline but `echo ... | curl --data-binary @-` does: the same announcement either way.
    while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == '\r')) length--;
    if (length == 0) {
        printf("Status: 400 Bad Request\nContent-Type: text/plain\n\nPOST the text to announce\n");
        return 0;
    }
    int32_t status = wasmbox_publish("pubsub", "announcements", text, length, "text/plain");
    if (status != 204) {
        wasmbox_read_body(answer, sizeof answer);
        printf("Status: 502 Bad Gateway\nContent-Type: text/plain\n\npublishing failed (%d): %s\n", status, answer);
        return 0;
    }
    printf("Status: 202 Accepted\nContent-Type: application/json\n\n{\"published\":true}\n");
    return 0;
}
