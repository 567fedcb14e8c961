/*
 * tests/unit/harness/main.c: runs every registered case in its own
 * process and writes one PASS/FAIL line per case.
 *
 *   test_unit [-o results.txt] [-p name-prefix] [name-substring...]
 *
 * A child reports through a pipe: "OK", or the failure reason.  Anything
 * else (a sanitizer abort, a signal, a timeout) is turned into a reason
 * from its exit status and the first report line it wrote on stderr.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

#define MAX_TESTS   512
#define TIMEOUT_S   10

struct unit_case {
    const char *name;
    unit_test_fn fn;
    const char *expect_fail;
    bool defect;                /* known defect: run on request only */
};

static struct unit_case cases[MAX_TESTS];
static unsigned int nr_cases;
static int result_fd = -1;      /* child: pipe to the parent */

void unit_register(const char *name, unit_test_fn fn, const char *expect_fail)
{
    if ( nr_cases == MAX_TESTS )
        abort();
    cases[nr_cases++] = (struct unit_case){ name, fn, expect_fail, false };
}

void unit_register_defect(const char *name, unit_test_fn fn)
{
    unit_register(name, fn, NULL);
    cases[nr_cases - 1].defect = true;
}

void emul_test_failed(const char *reason) __attribute__((noreturn));

/* The interleaving explorer's runs report their failures themselves. */
void (*unit_fail_hook)(const char *reason);

/* A case that needs more than TIMEOUT_S (the explorer's). */
void unit_case_timeout(unsigned int seconds)
{
    alarm(seconds);
}

/* Called by the emulation (failed ASSERT, lock misuse, ...) and CHECKs. */
void emul_test_failed(const char *reason)
{
    size_t n = strlen(reason);

    if ( unit_fail_hook )
        unit_fail_hook(reason);

    if ( result_fd >= 0 )
    {
        if ( write(result_fd, reason, n) < 0 )
            _exit(3);
        close(result_fd);
    }
    fprintf(stderr, "FAILED: %s\n", reason);
    _exit(1);
}

/* End-of-case checks and cleanup (harness/glue.c). */
void unit_case_end(void);

static void run_child(const struct unit_case *c, int fd)
{
    result_fd = fd;
    alarm(TIMEOUT_S);
    c->fn();
    unit_case_end();
    if ( write(fd, "OK", 2) < 0 )
        _exit(3);
    close(fd);
    /* exit(), not _exit(): LeakSanitizer runs at exit. */
    exit(0);
}

/* First sanitizer or error line in the child's stderr. */
static void stderr_reason(const char *path, char *buf, size_t len)
{
    static const char *keys[] = { "runtime error:", "ERROR: AddressSanitizer",
                                  "ERROR: LeakSanitizer", "SUMMARY:", NULL };
    char line[600];
    FILE *f = fopen(path, "r");
    unsigned int k;

    buf[0] = 0;
    if ( !f )
        return;
    for ( k = 0; keys[k] && !buf[0]; k++ )
    {
        rewind(f);
        while ( fgets(line, sizeof(line), f) )
            if ( strstr(line, keys[k]) )
            {
                char frame[600];

                line[strcspn(line, "\n")] = 0;
                snprintf(buf, len, "%s", line);
                /* Add where: the first stack frame that follows. */
                while ( fgets(frame, sizeof(frame), f) )
                {
                    char *in = strstr(frame, " in ");

                    if ( strncmp(frame, "    #", 5) || !in )
                        continue;
                    frame[strcspn(frame, "\n")] = 0;
                    snprintf(buf + strlen(buf), len - strlen(buf), " (in %s)",
                             in + 4);
                    break;
                }
                break;
            }
    }
    fclose(f);
}

static bool run_case(const struct unit_case *c, FILE *results, char *why,
                     size_t whylen)
{
    char reason[1024] = "", errpath[] = "/tmp/unit-stderr-XXXXXX";
    int fds[2], status, errfd;
    ssize_t n, got = 0;
    bool child_ok;
    pid_t pid;

    errfd = mkstemp(errpath);
    if ( errfd < 0 || pipe(fds) )
    {
        perror("unit");
        exit(2);
    }
    fflush(NULL);
    pid = fork();
    if ( pid < 0 )
    {
        perror("fork");
        exit(2);
    }
    if ( pid == 0 )
    {
        close(fds[0]);
        dup2(errfd, 2);
        run_child(c, fds[1]);
    }
    close(fds[1]);
    while ( (n = read(fds[0], reason + got, sizeof(reason) - 1 - got)) > 0 )
        got += n;
    reason[got] = 0;
    close(fds[0]);
    waitpid(pid, &status, 0);
    close(errfd);

    child_ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
               !strcmp(reason, "OK");
    if ( !child_ok && (!got || !strcmp(reason, "OK")) )
    {
        char san[700];

        stderr_reason(errpath, san, sizeof(san));
        if ( WIFSIGNALED(status) )
            snprintf(reason, sizeof(reason), "killed by signal %d%s%s",
                     WTERMSIG(status), san[0] ? ": " : "", san);
        else
            snprintf(reason, sizeof(reason), "exit status %d%s%s",
                     WEXITSTATUS(status), san[0] ? ": " : "", san);
    }
    if ( !child_ok && getenv("UNIT_VERBOSE") )
    {
        char cmd[128];

        snprintf(cmd, sizeof(cmd), "cat %s >&2", errpath);
        if ( system(cmd) )
            ;
    }
    unlink(errpath);

    if ( c->expect_fail )
    {
        if ( child_ok )
        {
            snprintf(why, whylen, "expected a failure containing '%s', "
                     "but the case passed", c->expect_fail);
            return false;
        }
        if ( !strstr(reason, c->expect_fail) )
        {
            snprintf(why, whylen, "expected a failure containing '%s', got: "
                     "%s", c->expect_fail, reason);
            return false;
        }
        return true;
    }
    if ( !child_ok )
        snprintf(why, whylen, "%s", reason);
    return child_ok;
}

int main(int argc, char **argv)
{
    const char *out = NULL, *prefix = "";
    unsigned int i, passed = 0, failed = 0, skipped = 0;
    bool defects = getenv("UNIT_KNOWN_DEFECTS") &&
                   !strcmp(getenv("UNIT_KNOWN_DEFECTS"), "1");
    FILE *results = NULL;
    struct timespec t0, t1;
    int a, first = 1;

    while ( first + 1 < argc && argv[first][0] == '-' )
    {
        if ( !strcmp(argv[first], "-o") )
            out = argv[first + 1];
        else if ( !strcmp(argv[first], "-p") )
            prefix = argv[first + 1];
        else
        {
            fprintf(stderr, "usage: %s [-o results] [-p prefix] [name...]\n",
                    argv[0]);
            return 2;
        }
        first += 2;
    }
    if ( out )
    {
        results = fopen(out, "a");
        if ( !results )
        {
            perror(out);
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for ( i = 0; i < nr_cases; i++ )
    {
        char why[1200] = "", line[1400];
        bool ok, selected = first >= argc;

        for ( a = first; a < argc; a++ )
            selected |= !!strstr(cases[i].name, argv[a]);
        if ( !selected )
            continue;
        if ( cases[i].defect && !defects )
        {
            skipped++;
            continue;
        }
        ok = run_case(&cases[i], results, why, sizeof(why));
        /* One line per case; keep it one line. */
        for ( char *p = why; *p; p++ )
            if ( *p == '\n' )
                *p = ' ';
        if ( ok )
            snprintf(line, sizeof(line), "PASS: unit/%s%s\n", prefix,
                     cases[i].name);
        else
            snprintf(line, sizeof(line), "FAIL: unit/%s%s %s\n", prefix,
                     cases[i].name, why);
        fputs(line, stdout);
        if ( results )
            fputs(line, results);
        ok ? passed++ : failed++;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("unit%s%s: %u passed, %u failed (%.1f s)", *prefix ? " " : "",
           prefix, passed, failed,
           (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    if ( skipped )
        printf("; %u known-defect case(s) not run (KNOWN_DEFECTS=1 runs them)",
               skipped);
    printf("\n");
    if ( results )
        fclose(results);
    return failed ? 1 : 0;
}
