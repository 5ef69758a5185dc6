/* Tries to get out of its sandbox, every way it can think of, and prints how each attempt ended.
   Descriptor 3 is the read-write directory "/sandbox", descriptor 4 the read-only "/readonly".
   Next to the sandbox on the host lies "outside/secret.txt"; the test prepared these links in
   the sandbox: out_abs (absolute path of the secret), out_rel (../outside/secret.txt),
   out_dir (../outside), chain1 -> chain2 -> sub/../../outside/secret.txt, root_link (/),
   dotdot (..), sub/up (../../outside). A line ends in the errno name, or ESCAPED when an
   attempt worked. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasi/api.h>
#include "guest.h"

#define SANDBOX 3
#define READONLY 4
#define ALL_RIGHTS ((__wasi_rights_t)0x1fffffff)
#define DIRECTORY_RIGHTS (ALL_RIGHTS & ~(__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE))
#define FOLLOW __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW

/* The import itself, which takes the path's length: libc's wrapper would stop at a NUL. */
int32_t raw_path_open(int32_t fd, int32_t lookup, int32_t path, int32_t length, int32_t oflags, int64_t rights,
                      int64_t inheriting, int32_t fdflags, int32_t result)
    __attribute__((__import_module__("wasi_snapshot_preview1"), __import_name__("path_open")));

static void report(const char *what, __wasi_errno_t error) {
    printf("%s: %s\n", what, error == 0 ? "ESCAPED" : errno_name(error));
}

static __wasi_errno_t open_at(__wasi_fd_t dir, __wasi_lookupflags_t lookup, const char *path,
                              __wasi_oflags_t oflags, __wasi_rights_t rights, __wasi_fd_t *fd) {
    return __wasi_path_open(dir, lookup, path, oflags, rights, ALL_RIGHTS, 0, fd);
}

/* Opening something outside counts as an escape only if it opens; reading proves it. */
static void try_open(const char *what, __wasi_fd_t dir, __wasi_lookupflags_t lookup, const char *path) {
    __wasi_fd_t fd;
    report(what, open_at(dir, lookup, path, 0, __WASI_RIGHTS_FD_READ, &fd));
}

static void try_create(const char *what, __wasi_fd_t dir, const char *path, __wasi_oflags_t oflags,
                       __wasi_rights_t rights) {
    __wasi_fd_t fd;
    report(what, open_at(dir, 0, path, oflags, rights, &fd));
}

static void try_stat(const char *what, __wasi_lookupflags_t lookup, const char *path) {
    __wasi_filestat_t stat;
    report(what, __wasi_path_filestat_get(SANDBOX, lookup, path, &stat));
}

int main(void) {
    /* Walking out with "..", absolute paths and links. */
    try_open("open ../outside/secret.txt", SANDBOX, 0, "../outside/secret.txt");
    try_open("open /etc/passwd", SANDBOX, 0, "/etc/passwd");
    try_open("open /", SANDBOX, 0, "/");
    try_open("open ..", SANDBOX, 0, "..");
    try_open("open sub/../../outside/secret.txt", SANDBOX, 0, "sub/../../outside/secret.txt");
    try_open("open ./sub/./../..//outside", SANDBOX, 0, "./sub/./../..//outside");
    try_open("open a link to an absolute path", SANDBOX, FOLLOW, "out_abs");
    try_open("open a link to ../outside/secret.txt", SANDBOX, FOLLOW, "out_rel");
    try_open("open through a link to ../outside", SANDBOX, 0, "out_dir/secret.txt");
    try_open("open through a chain of links", SANDBOX, FOLLOW, "chain1");
    try_open("open through a link to /", SANDBOX, 0, "root_link/etc/passwd");
    try_open("open through a link to ..", SANDBOX, 0, "dotdot/outside/secret.txt");
    try_open("open through a nested link to ../../outside", SANDBOX, 0, "sub/up/secret.txt");
    static const char with_nul[] = "file.txt\0../outside/secret.txt";
    __wasi_fd_t opened;
    report("open a path with a NUL in it", (__wasi_errno_t)raw_path_open(SANDBOX, 0, (int32_t)with_nul, sizeof with_nul - 1,
                                                                       0, __WASI_RIGHTS_FD_READ, 0, 0, (int32_t)&opened));
    try_stat("stat a link to ../outside/secret.txt", FOLLOW, "out_rel");
    try_stat("stat ../outside/secret.txt", 0, "../outside/secret.txt");
    try_stat("stat through a link to ../outside", 0, "out_dir/secret.txt");

    /* Changing things outside. */
    try_create("create ../outside/new.txt", SANDBOX, "../outside/new.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE);
    try_create("create through a link to ../outside", SANDBOX, "out_dir/new.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE);
    try_create("truncate through a link to the secret", SANDBOX, "out_rel", __WASI_OFLAGS_TRUNC, __WASI_RIGHTS_FD_WRITE);
    report("mkdir ../outside/dir", __wasi_path_create_directory(SANDBOX, "../outside/dir"));
    report("mkdir through a link to ../outside", __wasi_path_create_directory(SANDBOX, "out_dir/dir"));
    report("unlink ../outside/secret.txt", __wasi_path_unlink_file(SANDBOX, "../outside/secret.txt"));
    report("unlink through a link to ../outside", __wasi_path_unlink_file(SANDBOX, "out_dir/secret.txt"));
    report("rename a file to ../outside", __wasi_path_rename(SANDBOX, "file.txt", SANDBOX, "../outside/stolen.txt"));
    report("rename the secret in", __wasi_path_rename(SANDBOX, "../outside/secret.txt", SANDBOX, "got.txt"));
    report("rename through a link to ../outside", __wasi_path_rename(SANDBOX, "out_dir/secret.txt", SANDBOX, "got.txt"));
    report("hard link the secret in", __wasi_path_link(SANDBOX, 0, "../outside/secret.txt", SANDBOX, "hard.txt"));
    report("hard link through a followed link", __wasi_path_link(SANDBOX, FOLLOW, "out_rel", SANDBOX, "hard.txt"));
    report("symlink to an absolute path", __wasi_path_symlink("/etc/passwd", SANDBOX, "evil"));
    report("symlink to ../outside", __wasi_path_symlink("../outside", SANDBOX, "evil"));
    report("symlink to ../../outside from sub", __wasi_path_symlink("../../outside", SANDBOX, "sub/evil"));
    report("set times on ../outside/secret.txt",
           __wasi_path_filestat_set_times(SANDBOX, 0, "../outside/secret.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    char target[64];
    __wasi_size_t used;
    report("readlink ../outside/link", __wasi_path_readlink(SANDBOX, "../outside/link", (uint8_t *)target, sizeof target, &used));

    /* A directory descriptor is a root of its own: ".." cannot climb above it. */
    __wasi_fd_t sub;
    if (open_at(SANDBOX, 0, "sub", __WASI_OFLAGS_DIRECTORY, DIRECTORY_RIGHTS, &sub) != 0) return 1;
    try_open("open ../file.txt from a sub-directory descriptor", sub, 0, "../file.txt");

    /* Read-only: nothing under /readonly may change. */
    __wasi_fd_t file;
    try_create("create a file in the read-only directory", READONLY, "new.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE);
    try_create("open a read-only file for writing", READONLY, "notes.txt", 0, __WASI_RIGHTS_FD_WRITE);
    try_create("truncate a read-only file", READONLY, "notes.txt", __WASI_OFLAGS_TRUNC, 0);
    report("mkdir in the read-only directory", __wasi_path_create_directory(READONLY, "dir"));
    report("unlink in the read-only directory", __wasi_path_unlink_file(READONLY, "notes.txt"));
    report("rename in the read-only directory", __wasi_path_rename(READONLY, "notes.txt", READONLY, "moved.txt"));
    report("rename out of the read-only directory", __wasi_path_rename(READONLY, "notes.txt", SANDBOX, "moved.txt"));
    report("rename into the read-only directory", __wasi_path_rename(SANDBOX, "file.txt", READONLY, "file.txt"));
    report("hard link a read-only file elsewhere", __wasi_path_link(READONLY, 0, "notes.txt", SANDBOX, "notes-link.txt"));
    report("symlink in the read-only directory", __wasi_path_symlink("notes.txt", READONLY, "link"));
    report("set times in the read-only directory",
           __wasi_path_filestat_set_times(READONLY, 0, "notes.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    if (open_at(READONLY, 0, "notes.txt", 0, DIRECTORY_RIGHTS, &file) != 0) return 1;
    __wasi_ciovec_t data = {(const uint8_t *)"x", 1};
    __wasi_size_t written;
    report("write to a read-only file", __wasi_fd_write(file, &data, 1, &written));
    report("pwrite to a read-only file", __wasi_fd_pwrite(file, &data, 1, 0, &written));
    report("truncate a read-only file descriptor", __wasi_fd_filestat_set_size(file, 0));
    report("allocate in a read-only file", __wasi_fd_allocate(file, 0, 10));
    report("set times on a read-only file descriptor", __wasi_fd_filestat_set_times(file, 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    report("append to a read-only file", __wasi_fd_fdstat_set_flags(file, __WASI_FDFLAGS_APPEND));
    report("grant a read-only file the write right", __wasi_fd_fdstat_set_rights(file, ALL_RIGHTS, 0));
    FILE *f = fopen("/readonly/notes.txt", "w");
    report("fopen a read-only file with \"w\"", f ? 0 : (__wasi_errno_t)errno);

    /* What was not granted does not exist. */
    const char *home = getenv("HOME"), *path = getenv("PATH");
    report("read HOME from the environment", home ? 0 : __WASI_ERRNO_NOENT);
    report("read PATH from the environment", path ? 0 : __WASI_ERRNO_NOENT);
    __wasi_prestat_t prestat;
    report("find a third preopened directory", __wasi_fd_prestat_get(5, &prestat));
    __wasi_fd_t connection;
    report("accept a connection without a socket", __wasi_sock_accept(SANDBOX, 0, &connection));
    f = fopen("/etc/passwd", "r");
    report("fopen /etc/passwd", f ? 0 : (__wasi_errno_t)errno);
    return 0;
}
