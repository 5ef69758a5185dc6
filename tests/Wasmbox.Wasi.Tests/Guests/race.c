/* Opens "swap/secret.txt" over and over while the host swaps "swap" between a real directory
   inside the sandbox and a link to a directory outside it. Prints how often it read what. */
#include <string.h>
#include <wasi/api.h>
#include "guest.h"

int main(void) {
    int inside = 0, outside = 0, refused = 0;
    for (int i = 0; i < 20000; i++) {
        __wasi_fd_t fd;
        __wasi_errno_t error = __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "swap/secret.txt", 0,
                                                __WASI_RIGHTS_FD_READ, 0, 0, &fd);
        if (error != 0) { refused++; continue; }
        char buffer[16] = {0};
        __wasi_iovec_t iov = {(uint8_t *)buffer, sizeof buffer - 1};
        __wasi_size_t n;
        if (__wasi_fd_read(fd, &iov, 1, &n) != 0) n = 0;
        if (__wasi_fd_close(fd) != 0) refused++;
        if (strncmp(buffer, "INSIDE", 6) == 0) inside++;
        else outside++;
    }
    printf("inside %d outside %d refused %d\n", inside, outside, refused);
    return 0;
}
