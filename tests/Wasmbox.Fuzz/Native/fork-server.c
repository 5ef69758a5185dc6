/*
 * A fork server for an external tool (wasm-opt), loaded into it with LD_PRELOAD: the tool
 * starts once, and for each request the server forks a copy that runs the tool's main with the
 * request's arguments. Starting wasm-opt costs more than most of what it then does (the dynamic
 * linker resolves libbinaryen's thousands of relocations at every exec); a fork skips that.
 *
 * Requests, one per line on stdin, fields separated by tabs:
 *   SECONDS  STDOUT-PATH  STDERR-PATH  ARGUMENT...
 * The copy's stdin is /dev/null, its stdout and stderr go to the two files, and it is killed
 * (SIGALRM) after SECONDS. Replies, one line per request on stdout:
 *   exit N | signal N | refused | failed
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef int (*main_function)(int, char **, char **);
typedef int (*libc_start_main_function)(main_function, int, char **, void (*)(void), void (*)(void), void (*)(void), void *);

enum { MaxArguments = 256, MaxLine = 1 << 16, RequestFields = 3 };

static main_function tool_main;

static void reply(const char *text, int number)
{
    if (number >= 0) printf("%s %d\n", text, number);
    else printf("%s\n", text);
    fflush(stdout);
}

/* In the forked copy: connect stdio as asked, arm the deadline, and become the tool. */
static void run_tool(char *program, char **fields, int count, char **environment)
{
    int input = open("/dev/null", O_RDONLY);
    int output = open(fields[1], O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int errors = open(fields[2], O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (input < 0 || output < 0 || errors < 0) _exit(125);
    dup2(input, 0);
    dup2(output, 1);
    dup2(errors, 2);
    close(input);
    close(output);
    close(errors);
    signal(SIGALRM, SIG_DFL);
    alarm((unsigned)atoi(fields[0]));
    char *arguments[MaxArguments + 2];
    int n = 0;
    arguments[n++] = program;
    for (int i = RequestFields; i < count; i++) arguments[n++] = fields[i];
    arguments[n] = NULL;
    /* exit, not _exit: the tool's buffered output must be flushed. */
    exit(tool_main(n, arguments, environment));
}

static int serve(int argc, char **argv, char **environment)
{
    (void)argc;
    static char line[MaxLine];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char *fields[MaxArguments + RequestFields];
        int count = 0;
        for (char *field = strtok(line, "\t"); field && count < MaxArguments + RequestFields; field = strtok(NULL, "\t"))
            fields[count++] = field;
        if (count < RequestFields + 1 || atoi(fields[0]) <= 0) {
            reply("refused", -1);
            continue;
        }
        pid_t child = fork();
        if (child == 0) run_tool(argv[0], fields, count, environment);
        int status = 0;
        if (child < 0 || waitpid(child, &status, 0) < 0) reply("failed", -1);
        else if (WIFSIGNALED(status)) reply("signal", WTERMSIG(status));
        else reply("exit", WEXITSTATUS(status));
    }
    return 0;
}

/* Runs before the tool's main: hands libc the server as main instead. */
int __libc_start_main(main_function main, int argc, char **argv, void (*init)(void), void (*fini)(void), void (*rtld_fini)(void), void *stack_end)
{
    libc_start_main_function real = (libc_start_main_function)dlsym(RTLD_NEXT, "__libc_start_main");
    tool_main = main;
    return real(serve, argc, argv, init, fini, rtld_fini, stack_end);
}
