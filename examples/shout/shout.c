// A function that calls another through Dapr service invocation: POST /shout sends its body to
// the hello function (this server's own app id, "wasmbox", method "hello") and answers hello's
// greeting in capitals. The manifest grants it: dapr: { invoke: [wasmbox] }.
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "wasmbox.h"

int main(void) {
    char body[4096];
    ssize_t n = read(0, body, sizeof body);
    int32_t status = wasmbox_invoke("wasmbox", "hello", "POST", body, n > 0 ? (size_t)n : 0, "text/plain");
    char answer[8192];
    wasmbox_read_body(answer, sizeof answer);
    if (status != 200) {
        fprintf(stderr, "shout: invoking hello answered %d: %s\n", status, answer);
        printf("hello is not answering (status %d)\n", status);
        return 1;
    }
    for (char *p = answer; *p; p++) *p = (char)toupper((unsigned char)*p);
    fputs(answer, stdout);
    return 0;
}
