/*
 * tests/unit/harness/explore.h: a deterministic interleaving explorer.
 *
 * A scenario gives each simulated pCPU (2 or 3) a list of operations
 * (block, doorbell, load/put, migrate, map/unmap, teardown ...).  Each
 * pCPU runs as a coroutine (ucontext, one OS thread, so the sanitizers
 * stay happy) and gives way at every yield point: every spinlock
 * acquire and release, every rwlock acquire and read release, every
 * ITS command sent (GITS_CWRITER write) and
 * CREADR poll.  A lock held by another pCPU is waited for.  LPIs are
 * taken by their target pCPU when it can be interrupted (or when idle).
 *
 * The explorer enumerates every schedule with at most @bound preemptions
 * (switching away from a pCPU that could go on), each run in a forked
 * copy of the case process (setup, i.e. boot and mappings, is done
 * once, before), then runs @nr_random schedules drawn from @seed.  After
 * every step it calls the scenario's check() and at quiescence its
 * final(); a failure in any run fails the case and names the schedule.
 */
#ifndef TESTS_UNIT_EXPLORE_H
#define TESTS_UNIT_EXPLORE_H

#include <stdbool.h>
#include <stdint.h>

#define XP_MAX_CPUS     3
#define XP_MAX_OPS      6

struct xp_op {
    const char *name;
    void (*fn)(unsigned int arg);
    unsigned int arg;
};

struct xp_scenario {
    const char *name;
    unsigned int nr_cpus;
    struct {
        unsigned int nr_ops;
        struct xp_op ops[XP_MAX_OPS];
    } cpu[XP_MAX_CPUS];
    void (*check)(void);        /* after every step (may be NULL) */
    void (*final)(void);        /* at quiescence (may be NULL) */
};

struct xp_stats {
    unsigned long runs;         /* exhaustive part */
    unsigned long random_runs;
    unsigned int bound;
    bool truncated;             /* hit the run limit */
    unsigned long max_steps;
    double seconds;
};

/*
 * Explore @s (pCPU c runs on emul CPU c).  Fails the case (with the
 * schedule) on the first run that fails.  @max_runs caps the exhaustive
 * part.  Prints one line: scenario, interleavings, bound, time.
 */
struct xp_stats xp_explore(const struct xp_scenario *s, unsigned int bound,
                           unsigned long max_runs, unsigned int nr_random,
                           uint64_t seed);

/* Inside an operation: the pCPU running it, and the current step. */
unsigned int xp_cpu(void);
/* The pCPU that ran the last step (in check()). */
unsigned int xp_last_cpu(void);
/* Is LPI @intid waiting for a pCPU or being handled? */
bool xp_lpi_in_flight(uint32_t intid);
/*
 * Wait (not spin) until *flag is 0: another pCPU clears it.  If nobody
 * ever does, the run ends there (not a deadlock: the operation simply
 * never happens in that schedule).
 */
void xp_wait(const int *flag);
/* Take the LPIs waiting for this pCPU if it can be interrupted now. */
void xp_irq_window(void);
/* Mark this pCPU as in a scheduler path (wait-for-own-commands rule). */
void xp_set_sched_path(bool on);

/* Bound and samples from the environment (UNIT_XP_BOUND, UNIT_XP_RANDOM). */
unsigned int xp_env_bound(unsigned int dflt);
unsigned int xp_env_random(unsigned int dflt);

#endif /* TESTS_UNIT_EXPLORE_H */
