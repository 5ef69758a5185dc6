// Files: a static file server, written as a WAGI (CGI) module.
// Served by the "wagi" executor with examples/files/static preopened read-only in
// the guest as /static. PATH_INFO (the request path after the route's prefix)
// names the file: "" or "/" is /index.html. A path containing ".." is answered
// 400, a missing file 404; otherwise the bytes, with a Content-Type from the
// file's extension. The response is CGI headers, a blank line, then the body.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *content_type(const char *path) {
    static const struct { const char *ext, *type; } types[] = {
        {"html", "text/html; charset=utf-8"},
        {"txt", "text/plain; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"js", "text/javascript; charset=utf-8"},
        {"json", "application/json"},
        {"png", "image/png"},
        {"svg", "image/svg+xml"},
    };
    const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');
    if (dot && (!slash || dot > slash)) {
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
            if (strcasecmp(dot + 1, types[i].ext) == 0) return types[i].type;
    }
    return "application/octet-stream";
}

static int reply(const char *status, const char *text) {
    printf("Status: %s\nContent-Type: text/plain; charset=utf-8\n\n%s\n", status, text);
    return 0;
}

int main(void) {
    const char *method = getenv("REQUEST_METHOD");
    const char *info = getenv("PATH_INFO");
    if (!info || !*info) info = "/";

    if (method && strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        return reply("405 Method Not Allowed", "Only GET and HEAD are allowed.");
    if (strstr(info, ".."))
        return reply("400 Bad Request", "Paths may not contain \"..\".");

    // "/static" + PATH_INFO, with index.html for a path that ends in "/".
    const char *index = info[strlen(info) - 1] == '/' ? "index.html" : "";
    size_t size = strlen("/static") + (info[0] != '/') + strlen(info) + strlen(index) + 1;
    char *path = malloc(size);
    if (!path) return 1;
    snprintf(path, size, "/static%s%s%s", info[0] == '/' ? "" : "/", info, index);

    struct stat st;
    int fd = open(path, O_RDONLY);
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return reply("404 Not Found", "Not found.");

    printf("Content-Type: %s\n\n", content_type(path));
    if (method && strcmp(method, "HEAD") == 0) return 0;
    fflush(stdout);
    static char buf[64 * 1024];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) {
        for (ssize_t done = 0; done < n;) {
            ssize_t w = write(1, buf + done, (size_t)(n - done));
            if (w <= 0) return 1;
            done += w;
        }
    }
    return n < 0 ? 1 : 0;
}
