/* Accepts one connection on the granted listening socket (descriptor 3), reads a line, answers
   it upper-cased, and shuts the connection down. */
#include <ctype.h>
#include <sys/socket.h>
#include <unistd.h>
#include "guest.h"

int main(void) {
    int connection = accept(3, NULL, NULL);
    if (connection < 0) { printf("accept: %s\n", errno_name(errno)); return 1; }
    char buffer[256];
    ssize_t total = 0, n;
    while (total < (ssize_t)sizeof buffer && (n = recv(connection, buffer + total, sizeof buffer - total, 0)) > 0) {
        total += n;
        if (buffer[total - 1] == '\n') break;
    }
    for (ssize_t i = 0; i < total; i++) buffer[i] = (char)toupper((unsigned char)buffer[i]);
    send(connection, buffer, total, 0);
    REPORT("shutdown", shutdown(connection, SHUT_WR));
    REPORT("shutdown stdout", shutdown(1, SHUT_RD));
    close(connection);
    printf("served %zd bytes\n", total);
    return 0;
}
