// Command guest that makes one wasmbox host call from its environment: METHOD, URL (a Dapr API path
// or an absolute URL for outbound HTTP), HEADERS ("Name: value" lines, \n written as |), the body
// from stdin; LOG=TEXT logs TEXT at LEVEL first. Prints "status N", the Wasmbox-Error code if the
// host refused, and the answer's body, so tests see what a guest sees.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "wasmbox.h"

int main(void) {
    const char *log = getenv("LOG");
    if (log) wasmbox_log(getenv("LEVEL") ? atoi(getenv("LEVEL")) : WASMBOX_LOG_INFO, log, strlen(log));
    const char *method = getenv("METHOD") ? getenv("METHOD") : "GET";
    const char *url = getenv("URL");
    if (!url) return 0;
    char headers[1024] = "";
    if (getenv("HEADERS")) {
        strncpy(headers, getenv("HEADERS"), sizeof headers - 1);
        for (char *p = headers; *p; p++) if (*p == '|') *p = '\n';
    }
    static char body[65536];
    size_t length = 0;
    ssize_t n;
    while (length < sizeof body && (n = read(0, body + length, sizeof body - length)) > 0) length += (size_t)n;
    int32_t status = wasmbox_dapr_request(method, strlen(method), url, strlen(url), headers, strlen(headers), body, length);
    printf("status %d\n", status);
    char code[128];
    if (wasmbox_refused(code, sizeof code)) printf("refused %s\n", code);
    static char answer[65536];
    wasmbox_read_body(answer, sizeof answer);
    printf("%s\n", answer);
    return 0;
}
