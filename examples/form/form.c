// Form: an HTML form that echoes what was posted, written as a WAGI (CGI) module.
// Served by the "wagi" executor: the method comes in REQUEST_METHOD, the body on
// stdin (CONTENT_LENGTH bytes), and the response is CGI headers, a blank line,
// then the body, all on stdout. GET shows the form; POST decodes an
// application/x-www-form-urlencoded body, HTML-escapes the fields and shows them
// above the form; any other method is answered 405.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The whole request body: CONTENT_LENGTH bytes if given, else up to end of input.
static char *read_body(size_t *out_len) {
    const char *cl = getenv("CONTENT_LENGTH");
    size_t want = (cl && *cl) ? strtoul(cl, NULL, 10) : (size_t)-1;
    size_t cap = 1024, len = 0;
    char *buf = malloc(cap + 1);
    while (buf && len < want) {
        if (len == cap) {
            char *bigger = realloc(buf, (cap *= 2) + 1);
            if (!bigger) { free(buf); return NULL; }
            buf = bigger;
        }
        size_t room = cap - len < want - len ? cap - len : want - len;
        size_t n = fread(buf + len, 1, room, stdin);
        if (n == 0) break;
        len += n;
    }
    if (buf) buf[len] = '\0';
    *out_len = len;
    return buf;
}

static int hex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes the string s in place: '+' is a space, %XX a byte.
static void url_decode(char *s) {
    size_t o = 0;
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '+') {
            s[o++] = ' ';
        } else if (s[i] == '%' && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            s[o++] = (char)(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            s[o++] = s[i];
        }
    }
    s[o] = '\0';
}

static void put_escaped(const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", stdout); break;
        case '<': fputs("&lt;", stdout); break;
        case '>': fputs("&gt;", stdout); break;
        case '"': fputs("&quot;", stdout); break;
        case '\'': fputs("&#39;", stdout); break;
        default: putchar(*s);
        }
    }
}

// The path to post back to: the path part of X_FULL_URL, else SCRIPT_NAME + PATH_INFO.
static void put_action(void) {
    const char *url = getenv("X_FULL_URL");
    const char *scheme = url ? strstr(url, "://") : NULL;
    if (scheme) {
        const char *path = strchr(scheme + 3, '/');
        if (!path) path = "/";
        size_t n = strcspn(path, "?#");
        char *copy = strndup(path, n);
        if (copy) put_escaped(copy);
        free(copy);
        return;
    }
    const char *script = getenv("SCRIPT_NAME"), *info = getenv("PATH_INFO");
    if (script) put_escaped(script);
    if (info) put_escaped(info);
}

static void page(const char *name, const char *message) {
    fputs("Content-Type: text/html; charset=utf-8\n\n"
          "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Wasmbox form</title></head>\n"
          "<body>\n<h1>Say something</h1>\n", stdout);
    if (name) {
        fputs("<p><strong>", stdout);
        put_escaped(*name ? name : "(no name)");
        fputs("</strong> said:</p>\n<blockquote><pre>", stdout);
        put_escaped(message ? message : "");
        fputs("</pre></blockquote>\n", stdout);
    }
    fputs("<form method=\"POST\" action=\"", stdout);
    put_action();
    fputs("\">\n<p><label>Name <input type=\"text\" name=\"name\"></label></p>\n"
          "<p><label>Message<br><textarea name=\"message\" rows=\"4\" cols=\"40\"></textarea></label></p>\n"
          "<p><button type=\"submit\">Send</button></p>\n</form>\n</body></html>\n", stdout);
}

int main(void) {
    const char *method = getenv("REQUEST_METHOD");
    if (!method) method = "GET";

    if (strcmp(method, "GET") == 0) {
        page(NULL, NULL);
        return 0;
    }
    if (strcmp(method, "POST") != 0) {
        fputs("Status: 405 Method Not Allowed\nAllow: GET, POST\n"
              "Content-Type: text/plain; charset=utf-8\n\nMethod not allowed\n", stdout);
        return 0;
    }

    size_t len;
    char *body = read_body(&len);
    if (!body) return 1;
    const char *name = "", *message = "";
    for (char *field = body; field && *field;) {
        char *next = strchr(field, '&');
        if (next) *next++ = '\0';
        char *eq = strchr(field, '=');
        char *value = eq ? eq + 1 : field + strlen(field);
        if (eq) *eq = '\0';
        url_decode(value);
        url_decode(field);
        if (strcmp(field, "name") == 0) name = value;
        else if (strcmp(field, "message") == 0) message = value;
        field = next;
    }
    page(name, message);
    return 0;
}
