/* Directories and symbolic links: mkdir, readdir, rmdir, symlink, readlink, lstat.
   Prints a sorted listing, so the host's directory order does not matter. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "guest.h"

static int compare(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *path) {
    DIR *dir = opendir(path);
    if (!dir) { printf("opendir %s: %s\n", path, errno_name(errno)); return; }
    char *names[64];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) && count < 64) {
        char line[300];
        const char *type = entry->d_type == DT_DIR ? "dir" : entry->d_type == DT_REG ? "file"
                         : entry->d_type == DT_LNK ? "link" : "other";
        snprintf(line, sizeof line, "%s (%s)", entry->d_name, type);
        names[count++] = strdup(line);
    }
    closedir(dir);
    qsort(names, count, sizeof *names, compare);
    printf("%s:", path);
    for (int i = 0; i < count; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

static void touch(const char *path, const char *content) {
    FILE *f = fopen(path, "w");
    if (!f) { printf("create %s: %s\n", path, errno_name(errno)); return; }
    fputs(content, f);
    fclose(f);
}

int main(void) {
    REPORT("mkdir tree", mkdir("tree", 0755));
    REPORT("mkdir tree again", mkdir("tree", 0755));
    REPORT("mkdir tree/inner", mkdir("tree/inner", 0755));
    REPORT("mkdir in missing parent", mkdir("nowhere/inner", 0755));
    touch("tree/a.txt", "alpha");
    touch("tree/inner/b.txt", "beta");
    list("tree");
    list("tree/inner");

    REPORT("symlink to file", symlink("a.txt", "tree/link-a"));
    REPORT("symlink to dir", symlink("inner", "tree/link-inner"));
    REPORT("dangling symlink", symlink("nothing", "tree/dangling"));
    char target[64] = {0};
    printf("readlink: %zd \"%s\"\n", readlink("tree/link-a", target, sizeof target - 1), target);
    REPORT("readlink of a file", readlink("tree/a.txt", target, sizeof target));
    struct stat st;
    lstat("tree/link-a", &st);
    printf("lstat link-a: %s\n", S_ISLNK(st.st_mode) ? "link" : "not a link");
    stat("tree/link-a", &st);
    printf("stat link-a: %s, %lld bytes\n", S_ISREG(st.st_mode) ? "file" : "other", (long long)st.st_size);
    REPORT("stat dangling", stat("tree/dangling", &st));
    FILE *f = fopen("tree/link-inner/b.txt", "r");
    char content[16] = {0};
    if (f) { fgets(content, sizeof content, f); fclose(f); }
    printf("read through dir link: \"%s\"\n", content);
    list("tree");

    REPORT("rmdir non-empty", rmdir("tree/inner"));
    REPORT("rmdir a file", rmdir("tree/a.txt"));
    REPORT("unlink a directory", unlink("tree/inner"));
    REPORT("rename dir", rename("tree/inner", "tree/moved"));
    list("tree/moved");
    REPORT("rename file over dir", rename("tree/a.txt", "tree/moved"));
    REPORT("unlink b", unlink("tree/moved/b.txt"));
    REPORT("rmdir moved", rmdir("tree/moved"));
    REPORT("unlink link-a", unlink("tree/link-a"));
    REPORT("unlink link-inner", unlink("tree/link-inner"));
    REPORT("unlink dangling", unlink("tree/dangling"));
    list("tree");
    REPORT("chdir-free relative path with ..", access("tree/../tree/a.txt", F_OK));
    return 0;
}
