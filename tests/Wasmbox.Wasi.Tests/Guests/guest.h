/* Shared by the test guests: errno names that read the same in WASI and native builds (the
   numbers differ, the names do not), and a helper that prints the outcome of a call. */
#ifndef GUEST_H
#define GUEST_H
#include <errno.h>
#include <stdio.h>

static inline const char *errno_name(int e) {
    switch (e) {
    case 0: return "OK";
    case EACCES: return "EACCES";
    case EBADF: return "EBADF";
    case EEXIST: return "EEXIST";
    case EFAULT: return "EFAULT";
    case EINVAL: return "EINVAL";
    case EISDIR: return "EISDIR";
    case ELOOP: return "ELOOP";
    case ENOENT: return "ENOENT";
    case ENOTDIR: return "ENOTDIR";
    case ENOTEMPTY: return "ENOTEMPTY";
    case EPERM: return "EPERM";
    case EROFS: return "EROFS";
    case ENOTSOCK: return "ENOTSOCK";
    case ESPIPE: return "ESPIPE";
    case EXDEV: return "EXDEV";
#ifdef ENOTCAPABLE
    case ENOTCAPABLE: return "ENOTCAPABLE";
#endif
    default: return "E?";
    }
}

/* Prints "what: OK" or "what: ENAME" for a call that returns -1 and sets errno on failure. */
#define REPORT(what, call) do { errno = 0; int result_ = (int)(call); \
    printf("%s: %s\n", what, result_ < 0 ? errno_name(errno) : "OK"); } while (0)

#endif
