/* What the real programs expect of POSIX and WASI preview1 does not offer. Every wasm32-wasi
   build force-includes this header (-include) and links wasi-shim.c, so the programs' sources stay
   exactly as Debian ships them. The native builds use neither. */
#ifndef WASI_SHIM_H
#define WASI_SHIM_H
#include <sys/types.h>

/* Byte-range locks: wasi-libc names the lock types but not the fcntl() commands, and its fcntl()
   refuses any command it does not know with EINVAL. SQLite's source names them even when it is
   built with its lock-free VFS, which never calls them. */
#ifndef F_GETLK
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#endif
#ifndef F_RDLCK
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2
#endif

/* WASI files have no mode bits and no owner, so there is nothing to change: these succeed and do
   nothing, as on a file system without permissions. bzip2 copies its input's mode to its output
   and gives up when that fails. */
int chmod(const char *path, mode_t mode);
int fchmod(int fd, mode_t mode);
int fchown(int fd, uid_t owner, gid_t group);

/* WASI has no users; the guest runs as an unprivileged user with no password entry (so programs
   fall back to $HOME, and SQLite never tries to hand files over to another owner). */
uid_t getuid(void);
uid_t geteuid(void);

/* WASI cannot start processes: system() fails as it does when no shell can be run. */
int system(const char *command);

#endif
