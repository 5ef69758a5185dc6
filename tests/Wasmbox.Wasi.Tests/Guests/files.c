/* Files: create, write, read, seek, positional I/O, truncate, stat, rename, unlink, times.
   Prints what it sees; the native build prints the same. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include "guest.h"

static void show_size(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) { printf("stat %s: %s\n", path, errno_name(errno)); return; }
    printf("stat %s: %s, %lld bytes, %d link(s)\n", path, S_ISREG(st.st_mode) ? "file" : "other",
           (long long)st.st_size, (int)st.st_nlink);
}

int main(void) {
    FILE *f = fopen("data.txt", "w");
    if (!f) { printf("create data.txt: %s\n", errno_name(errno)); return 1; }
    fputs("hello, wasi\nsecond line\n", f);
    fclose(f);
    show_size("data.txt");

    int fd = open("data.txt", O_RDWR);
    char buffer[64] = {0};
    printf("seek to 7: %lld\n", (long long)lseek(fd, 7, SEEK_SET));
    printf("read 4: %zd \"%.4s\"\n", read(fd, buffer, 4), buffer);
    printf("position: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("end: %lld\n", (long long)lseek(fd, 0, SEEK_END));
    printf("write: %zd\n", write(fd, "third\n", 6));
    memset(buffer, 0, sizeof buffer);
    printf("pread 6 at 12: %zd \"%s\"\n", pread(fd, buffer, 6, 12), buffer);
    printf("pwrite at 0: %zd\n", pwrite(fd, "HELLO", 5, 0));
    printf("position after pwrite: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    REPORT("seek before start", lseek(fd, -100, SEEK_SET));
    REPORT("ftruncate to 11", ftruncate(fd, 11));
    struct stat st;
    fstat(fd, &st);
    printf("fstat size: %lld\n", (long long)st.st_size);
    close(fd);

    f = fopen("data.txt", "r");
    memset(buffer, 0, sizeof buffer);
    fgets(buffer, sizeof buffer, f);
    printf("content: \"%s\"\n", buffer);
    fclose(f);

    f = fopen("data.txt", "a");
    fputs("!\n", f);
    fclose(f);
    show_size("data.txt");

    struct timeval times[2] = {{1000000000, 0}, {1234567890, 0}};
    REPORT("utimes", utimes("data.txt", times));
    stat("data.txt", &st);
    printf("mtime: %lld\n", (long long)st.st_mtime);

    REPORT("rename", rename("data.txt", "renamed.txt"));
    REPORT("open old name", open("data.txt", O_RDONLY));
    show_size("renamed.txt");
    REPORT("link", link("renamed.txt", "hardlink.txt"));
    show_size("renamed.txt");
    REPORT("unlink hard link", unlink("hardlink.txt"));
    REPORT("exclusive create of existing", open("renamed.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
    REPORT("open missing", open("missing.txt", O_RDONLY));
    REPORT("open file as directory", open("renamed.txt/", O_RDONLY));
    REPORT("read a directory", read(open(".", O_RDONLY | O_DIRECTORY), buffer, 1));
    REPORT("unlink", unlink("renamed.txt"));
    REPORT("unlink again", unlink("renamed.txt"));
    return 0;
}
