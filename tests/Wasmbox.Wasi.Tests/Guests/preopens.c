/* Lists the directories the guest was granted: their names, and whether it may change them. */
#include <stdlib.h>
#include <wasi/api.h>
#include "guest.h"

int main(void) {
    for (__wasi_fd_t fd = 3;; fd++) {
        __wasi_prestat_t prestat;
        if (__wasi_fd_prestat_get(fd, &prestat) != 0) break;
        char *name = calloc(prestat.u.dir.pr_name_len + 1, 1);
        if (__wasi_fd_prestat_dir_name(fd, (uint8_t *)name, prestat.u.dir.pr_name_len) != 0) return 1;
        __wasi_fdstat_t stat;
        if (__wasi_fd_fdstat_get(fd, &stat) != 0) return 1;
        int writable = (stat.fs_rights_base & __WASI_RIGHTS_PATH_CREATE_FILE) != 0;
        printf("%u: %s (%s)\n", fd, name, writable ? "read-write" : "read-only");
        free(name);
    }
    return 0;
}
