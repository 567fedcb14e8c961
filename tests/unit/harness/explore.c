/*
 * tests/unit/harness/explore.c: the interleaving explorer (explore.h).
 *
 * One run: the case process forks; the child makes one coroutine per
 * pCPU and a scheduler that, at every decision point with more than one
 * pCPU able to run, follows the given prefix of choices, then keeps the
 * current pCPU (no preemption) or takes the lowest one that can run.
 * It records each decision point (who ran, who could) in memory shared
 * with the parent.  The parent turns every alternative at every point
 * beyond the prefix into a new prefix, as long as it costs no more than
 * the preemption bound: each schedule is run once.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "explore.h"
#include "sched_emul.h"

#include <sanitizer/common_interface_defs.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#define XP_STACK        (512 * 1024)
#define XP_MAX_POINTS   8192
#define XP_MAX_PENDING  64
#define XP_IPI          1       /* the event-check SGI, in the LPI queue */

struct xp_point {
    uint8_t cur;                /* pCPU that ran before (0xff: none) */
    uint8_t enabled;            /* mask of pCPUs that could run */
    uint8_t chosen;
};

/* Shared between the parent and the run it forked. */
struct xp_shared {
    unsigned int nr_prefix;
    uint8_t prefix[XP_MAX_POINTS];
    bool random;
    uint64_t seed;
    unsigned int nr_points;
    struct xp_point points[XP_MAX_POINTS];
    unsigned long steps;
    bool overflow;
    char msg[1024];
};

enum xp_state { XP_READY, XP_WAIT, XP_IDLE };

struct xp_cpu {
    ucontext_t ctx;
    void *stack;
    void *fake_stack;
    enum xp_state state;
    const int *wait;            /* XP_WAIT: until *wait == 0 */
    bool soft;                  /* ... an xp_wait(), not a lock */
    /* Emulated per-CPU state, swapped in while this pCPU runs. */
    unsigned int irq_nesting;
    bool irqs_disabled;
    int locks_held;
    uint32_t pending[XP_MAX_PENDING];
    unsigned int nr_pending;
    uint32_t in_lpi;            /* being handled, 0 if none */
    bool in_guest;              /* between operations: the vCPU runs */
    /* Wait-for-own-commands rule. */
    bool sched_path;
    uint64_t own_cwriter[4];
    bool own_done_seen[4];
    bool polled_after_done[4];
};

static const struct xp_scenario *xs;
static struct xp_shared *sh;
static struct xp_cpu cpus[XP_MAX_CPUS];
static int running = -1;
static ucontext_t sched_ctx;
static void *sched_fake_stack;
static const void *main_stack_bottom;
static size_t main_stack_size;
static uint64_t rng;
static unsigned int last_cpu;

unsigned int xp_last_cpu(void)
{
    return last_cpu;
}

bool xp_lpi_in_flight(uint32_t intid)
{
    unsigned int n, i;

    for ( n = 0; n < xs->nr_cpus; n++ )
    {
        if ( cpus[n].in_lpi == intid )
            return true;
        for ( i = 0; i < cpus[n].nr_pending; i++ )
            if ( cpus[n].pending[i] == intid )
                return true;
    }
    return false;
}

static void xp_fail(const char *reason) __attribute__((noreturn));
static void xp_fail(const char *reason)
{
    snprintf(sh->msg, sizeof(sh->msg), "%s", reason);
    /* What the GIC saw, for UNIT_VERBOSE=1 (the run's stderr). */
    if ( getenv("UNIT_VERBOSE") && unit_model )
    {
        unsigned int i;

        fprintf(stderr, "explore: run failed: %s\n", reason);
        for ( i = 0; i < model_nr_cmds(unit_model); i++ )
            fprintf(stderr, "  cmd ITS%u %s\n", model_cmd(unit_model, i)->its,
                    model_cmd(unit_model, i)->text);
        for ( i = 0; i < model_nr_events(unit_model); i++ )
            fprintf(stderr, "  event %s\n", model_event(unit_model, i)->text);
        fprintf(stderr, "%s", emul_log());
    }
    _exit(1);
}

unsigned int xp_cpu(void)
{
    return running < 0 ? emul_cpu : (unsigned int)running;
}

void xp_set_sched_path(bool on)
{
    if ( running >= 0 )
        cpus[running].sched_path = on;
}

static bool can_interrupt(void)
{
    return !emul_irqs_disabled && !emul_locks_held && !emul_irq_nesting;
}

/*
 * Back to the guest on this pCPU (leave_hypervisor_to_guest(): the vPE
 * is loaded on every entry, with interrupts off).
 */
static void xp_reenter(void)
{
    struct vcpu *v = emul_curr_vcpu[running];

    if ( v && !test_bit(_VPF_blocked, &v->pause_flags) )
        emul_reenter(v);
}

void xp_irq_window(void)
{
    struct xp_cpu *c;

    if ( running < 0 )
        return;
    c = &cpus[running];
    while ( c->nr_pending && can_interrupt() )
    {
        uint32_t intid = c->pending[0];
        bool saved = emul_irqs_disabled;

        memmove(&c->pending[0], &c->pending[1],
                --c->nr_pending * sizeof(c->pending[0]));
        if ( intid == XP_IPI )
        {
            /* Out of the guest and back in: leave_hypervisor_to_guest(). */
            if ( c->in_guest && emul_curr_vcpu[running] )
                xp_reenter();
            continue;
        }
        uint32_t outer = c->in_lpi;

        /* The acknowledge: nothing to take if it is no longer pending. */
        if ( !model_lpi_acknowledge(unit_model, running, intid) )
            continue;
        emul_irqs_disabled = true;
        c->in_lpi = intid;
        irq_enter();
        gicv3_do_LPI(intid);
        irq_exit();
        c->in_lpi = outer;
        emul_irqs_disabled = saved;
    }
}

/* ---- Switching ---- */

static void save_cpu(struct xp_cpu *c)
{
    c->irq_nesting = emul_irq_nesting;
    c->irqs_disabled = emul_irqs_disabled;
    c->locks_held = emul_locks_held;
}

static void load_cpu(unsigned int n)
{
    emul_cpu = n;
    emul_irq_nesting = cpus[n].irq_nesting;
    emul_irqs_disabled = cpus[n].irqs_disabled;
    emul_locks_held = cpus[n].locks_held;
}

/* From the running pCPU back to the scheduler. */
static void to_sched(void)
{
    struct xp_cpu *c = &cpus[running];

    save_cpu(c);
    __sanitizer_start_switch_fiber(&c->fake_stack, main_stack_bottom,
                                   main_stack_size);
    swapcontext(&c->ctx, &sched_ctx);
    __sanitizer_finish_switch_fiber(c->fake_stack, &main_stack_bottom,
                                    &main_stack_size);
}

/* From the scheduler to pCPU @n, until it yields. */
static void to_cpu(unsigned int n)
{
    load_cpu(n);
    running = n;
    __sanitizer_start_switch_fiber(&sched_fake_stack, cpus[n].stack,
                                   XP_STACK);
    swapcontext(&sched_ctx, &cpus[n].ctx);
    __sanitizer_finish_switch_fiber(sched_fake_stack, NULL, NULL);
    running = -1;
    emul_cpu = 0;
    emul_irq_nesting = 0;
    emul_irqs_disabled = false;
    emul_locks_held = 0;
}

static void yield(void)
{
    if ( running < 0 )
        return;
    to_sched();
    xp_irq_window();
}

static void hook_yield(const char *what, const void *obj)
{
    yield();
}

static void hook_wait(const int *held)
{
    if ( running < 0 )
        return;                 /* the scheduler itself: fail as usual */
    while ( *held )
    {
        cpus[running].state = XP_WAIT;
        cpus[running].wait = held;
        to_sched();
    }
    cpus[running].state = XP_READY;
}

void xp_wait(const int *flag)
{
    if ( running < 0 )
        return;
    cpus[running].soft = true;
    hook_wait(flag);
    cpus[running].soft = false;
}

static void hook_lpi(unsigned int cpu, uint32_t intid);

static void hook_kick(struct vcpu *v)
{
    hook_lpi(v->processor, XP_IPI);
}

static void hook_lpi(unsigned int cpu, uint32_t intid)
{
    struct xp_cpu *c = &cpus[cpu];

    if ( cpu >= xs->nr_cpus )
    {
        char buf[128];

        snprintf(buf, sizeof(buf), "LPI %u for CPU%u, which the scenario "
                 "does not run", intid, cpu);
        xp_fail(buf);
    }
    if ( c->nr_pending == XP_MAX_PENDING )
        xp_fail("more than 64 LPIs waiting for one pCPU");
    c->pending[c->nr_pending++] = intid;
}

/*
 * ITS command sends and CREADR polls are yield points.  And issue #14
 * defect 7: a scheduler path (load/put/block) waits for its own
 * commands only: polling again once they were consumed means waiting
 * for other pCPUs' commands.
 */
static void hook_its(unsigned int its, uint64_t off, bool write, uint64_t val)
{
    struct xp_cpu *c;

    if ( running < 0 )
        return;
    c = &cpus[running];
    if ( write )
    {
        c->own_cwriter[its] = val;
        c->own_done_seen[its] = false;
        c->polled_after_done[its] = false;
        yield();
        return;
    }
    if ( c->sched_path && c->own_cwriter[its] && val >= c->own_cwriter[its] &&
         val != model_its_read_at(unit_model, its, M_GITS_CWRITER, 8) )
    {
        /*
         * One more read after that may be the look at CREADR that comes
         * before queueing the next command (is the queue full?): only a
         * second one, with no command queued in between, is a poll.
         */
        if ( c->own_done_seen[its] && !c->polled_after_done[its] )
            c->polled_after_done[its] = true;
        else if ( c->own_done_seen[its] )
        {
            char buf[200];

            snprintf(buf, sizeof(buf), "pCPU%d in a scheduler path polls "
                     "ITS %u again after its own commands were consumed "
                     "(CREADR %#llx): it waits for other pCPUs' commands",
                     running, its, (unsigned long long)val);
            xp_fail(buf);
        }
        c->own_done_seen[its] = true;
    }
    yield();
}

/* ---- One run (in the forked child) ---- */

static void cpu_main(unsigned int n)
{
    unsigned int i;

    __sanitizer_finish_switch_fiber(NULL, &main_stack_bottom,
                                    &main_stack_size);
    cpus[n].in_guest = true;
    xp_irq_window();
    for ( i = 0; i < xs->cpu[n].nr_ops; i++ )
    {
        cpus[n].in_guest = false;
        xs->cpu[n].ops[i].fn(xs->cpu[n].ops[i].arg);
        if ( emul_locks_held || emul_irq_nesting || emul_irqs_disabled )
        {
            char buf[160];

            snprintf(buf, sizeof(buf), "operation %s on pCPU%u ended with "
                     "%d lock(s) held, IRQ nesting %u, IRQs %s",
                     xs->cpu[n].ops[i].name, n, emul_locks_held,
                     emul_irq_nesting, emul_irqs_disabled ? "off" : "on");
            xp_fail(buf);
        }
        cpus[n].sched_path = false;
        /* Whatever the vCPU here did, it goes back to the guest. */
        xp_reenter();
        cpus[n].in_guest = true;
        xp_irq_window();
    }
    /* Idle: take interrupts as they come. */
    for ( ;; )
    {
        cpus[n].state = XP_IDLE;
        to_sched();
        xp_irq_window();
    }
}

static unsigned int enabled_mask(void)
{
    unsigned int n, mask = 0;

    for ( n = 0; n < xs->nr_cpus; n++ )
        switch ( cpus[n].state )
        {
        case XP_READY:
            mask |= 1U << n;
            break;
        case XP_WAIT:
            if ( !*cpus[n].wait )
                mask |= 1U << n;
            break;
        case XP_IDLE:
            if ( cpus[n].nr_pending )
                mask |= 1U << n;
            break;
        }
    return mask;
}

static void run_one(void)
{
    int cur = -1;
    unsigned int n;

    signal(SIGALRM, SIG_DFL);
    alarm(20);
    unit_fail_hook = xp_fail;
    emul_sched_yield = hook_yield;
    emul_sched_wait = hook_wait;
    unit_lpi_hook = hook_lpi;
    unit_its_access_hook = hook_its;
    emul_kick_ipi = hook_kick;
    emul_irq_window = xp_irq_window;
    rng = sh->seed * 0x9e3779b97f4a7c15ULL + 1;

    for ( n = 0; n < xs->nr_cpus; n++ )
    {
        cpus[n].stack = malloc(XP_STACK);
        if ( !cpus[n].stack )
            xp_fail("no memory for a coroutine stack");
        getcontext(&cpus[n].ctx);
        cpus[n].ctx.uc_stack.ss_sp = cpus[n].stack;
        cpus[n].ctx.uc_stack.ss_size = XP_STACK;
        cpus[n].ctx.uc_link = NULL;
        makecontext(&cpus[n].ctx, (void (*)(void))cpu_main, 1, n);
        cpus[n].state = XP_READY;
    }

    for ( ;; )
    {
        unsigned int mask = enabled_mask(), c;

        if ( !mask )
        {
            /* A pCPU waiting in xp_wait() for good just never gets there. */
            for ( n = 0; n < xs->nr_cpus; n++ )
                if ( cpus[n].state == XP_WAIT && !cpus[n].soft )
                    xp_fail("deadlock: every pCPU waits for a lock");
            break;
        }
        if ( mask & (mask - 1) )
        {
            unsigned int i = sh->nr_points;

            if ( i >= XP_MAX_POINTS )
            {
                sh->overflow = true;
                xp_fail("schedule longer than the explorer's limit");
            }
            if ( i < sh->nr_prefix )
            {
                c = sh->prefix[i];
                if ( !(mask & (1U << c)) )
                    xp_fail("explorer: a replayed schedule diverged (the "
                            "scenario is not deterministic)");
            }
            else if ( sh->random )
            {
                unsigned int k, nth;

                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                nth = rng % __builtin_popcount(mask);
                for ( c = 0, k = 0; c < XP_MAX_CPUS; c++ )
                    if ( (mask & (1U << c)) && k++ == nth )
                        break;
            }
            else if ( cur >= 0 && (mask & (1U << cur)) )
                c = cur;
            else
                c = __builtin_ctz(mask);
            sh->points[i] = (struct xp_point){
                .cur = cur < 0 ? 0xff : cur, .enabled = mask, .chosen = c };
            sh->nr_points = i + 1;
        }
        else
            c = __builtin_ctz(mask);

        /* Running (an idle pCPU takes its interrupts: busy until idle). */
        cpus[c].state = XP_READY;
        to_cpu(c);
        sh->steps++;
        cur = c;
        last_cpu = c;
        if ( xs->check )
            xs->check();
    }

    if ( xs->final )
        xs->final();
    _exit(0);
}

/* Fork one run; false if it failed (sh->msg says why). */
static bool fork_run(void)
{
    int status;
    pid_t pid;

    sh->nr_points = 0;
    sh->steps = 0;
    sh->overflow = false;
    sh->msg[0] = 0;
    fflush(NULL);
    pid = fork();
    if ( pid < 0 )
        unit_fail(__FILE__, __LINE__, "fork: %s", strerror(errno));
    if ( pid == 0 )
        run_one();
    if ( waitpid(pid, &status, 0) != pid )
        unit_fail(__FILE__, __LINE__, "waitpid: %s", strerror(errno));
    if ( WIFEXITED(status) && WEXITSTATUS(status) == 0 )
        return true;
    if ( !sh->msg[0] )
        snprintf(sh->msg, sizeof(sh->msg), "run %s %d (see stderr)",
                 WIFSIGNALED(status) ? "killed by signal" : "exit status",
                 WIFSIGNALED(status) ? WTERMSIG(status)
                                     : WEXITSTATUS(status));
    return false;
}

static void fail_run(const char *kind)
{
    char sched[400];
    size_t len = 0;
    unsigned int i;

    sched[0] = 0;
    for ( i = 0; i < sh->nr_points && len + 4 < sizeof(sched); i++ )
        len += snprintf(sched + len, sizeof(sched) - len, "%u",
                        sh->points[i].chosen);
    unit_fail(__FILE__, __LINE__, "explore %s: %s run failed: %s [schedule "
              "%s%s]", xs->name, kind, sh->msg, sched,
              i < sh->nr_points ? "..." : "");
}

static unsigned int preemptions(const struct xp_point *p, unsigned int n)
{
    unsigned int i, k = 0;

    for ( i = 0; i < n; i++ )
        if ( p[i].cur != 0xff && p[i].chosen != p[i].cur &&
             (p[i].enabled & (1U << p[i].cur)) )
            k++;
    return k;
}

struct prefix {
    unsigned int len;
    uint8_t *c;
};

struct xp_stats xp_explore(const struct xp_scenario *s, unsigned int bound,
                           unsigned long max_runs, unsigned int nr_random,
                           uint64_t seed)
{
    struct xp_stats st = { .bound = bound };
    struct prefix *stack = NULL;
    size_t nr = 0, max = 0;
    struct timespec t0, t1;
    unsigned int i;

    CHECK(s->nr_cpus >= 2 && s->nr_cpus <= XP_MAX_CPUS);
    CHECK(s->nr_cpus <= model_config(unit_model)->nr_cpus);
    xs = s;
    sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE,
              MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    CHECK(sh != MAP_FAILED);
    clock_gettime(CLOCK_MONOTONIC, &t0);

    /* Exhaustive up to the bound, depth first. */
    stack = malloc(sizeof(*stack));
    CHECK(stack);
    stack[0] = (struct prefix){ 0, NULL };
    nr = max = 1;
    while ( nr )
    {
        struct prefix p = stack[--nr];
        unsigned int base, npts;

        if ( st.runs == max_runs )
        {
            st.truncated = true;
            free(p.c);
            continue;
        }
        sh->nr_prefix = p.len;
        if ( p.len )
            memcpy(sh->prefix, p.c, p.len);
        sh->random = false;
        free(p.c);
        st.runs++;
        if ( !fork_run() )
            fail_run("exhaustive");
        if ( sh->steps > st.max_steps )
            st.max_steps = sh->steps;
        npts = sh->nr_points;
        base = preemptions(sh->points, p.len);
        for ( i = p.len; i < npts; i++ )
        {
            const struct xp_point *pt = &sh->points[i];
            unsigned int c, cost;

            for ( c = 0; c < s->nr_cpus; c++ )
            {
                if ( c == pt->chosen || !(pt->enabled & (1U << c)) )
                    continue;
                cost = base + (pt->cur != 0xff && c != pt->cur &&
                               (pt->enabled & (1U << pt->cur)));
                if ( cost > bound )
                    continue;
                if ( nr == max )
                {
                    max *= 2;
                    stack = realloc(stack, max * sizeof(*stack));
                    CHECK(stack);
                }
                stack[nr].len = i + 1;
                stack[nr].c = malloc(i + 1);
                CHECK(stack[nr].c);
                {
                    unsigned int j;

                    for ( j = 0; j < i; j++ )
                        stack[nr].c[j] = sh->points[j].chosen;
                }
                stack[nr].c[i] = c;
                nr++;
            }
            /* Going on along the default choice: its cost. */
            base += pt->cur != 0xff && pt->chosen != pt->cur &&
                    (pt->enabled & (1U << pt->cur));
        }
    }
    free(stack);

    /* Then a seeded random sample, any number of preemptions. */
    for ( i = 0; i < nr_random; i++ )
    {
        sh->nr_prefix = 0;
        sh->random = true;
        sh->seed = seed + i;
        st.random_runs++;
        if ( !fork_run() )
            fail_run("random");
        if ( sh->steps > st.max_steps )
            st.max_steps = sh->steps;
    }

    clock_gettime(CLOCK_MONOTONIC, &t1);
    st.seconds = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("explore %s: %lu interleavings (<= %u preemptions%s) + %lu "
           "random, up to %lu steps, %.1f s\n", s->name, st.runs, bound,
           st.truncated ? ", truncated" : "", st.random_runs, st.max_steps,
           st.seconds);
    fflush(stdout);
    munmap(sh, sizeof(*sh));
    sh = NULL;
    return st;
}

unsigned int xp_env_bound(unsigned int dflt)
{
    const char *e = getenv("UNIT_XP_BOUND");

    return e && *e ? (unsigned int)atoi(e) : dflt;
}

unsigned int xp_env_random(unsigned int dflt)
{
    const char *e = getenv("UNIT_XP_RANDOM");

    return e && *e ? (unsigned int)atoi(e) : dflt;
}
