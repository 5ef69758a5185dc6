/* The password database, as far as a WASI guest has one: nobody is in it. wasi-libc has no
   <pwd.h>; without this one a wasm32-wasi build would find glibc's in /usr/include. */
#ifndef WASI_SHIM_PWD_H
#define WASI_SHIM_PWD_H
#include <sys/types.h>

struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};

struct passwd *getpwuid(uid_t uid);
struct passwd *getpwnam(const char *name);

#endif
