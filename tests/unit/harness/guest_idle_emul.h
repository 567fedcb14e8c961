/*
 * tests/unit/harness/guest_idle_emul.h: what the tree's "waiting for
 * interrupts in the guest" block of xen/common/sched/core.c (cut out by
 * the Makefile: xen-sched-guest-idle.c) uses of Xen, and the controls the
 * cases (tests/test_guest_idle.c) use to play the scheduler, softirqs,
 * RCU and the IPIs around it.  CONFIG_SCHED_GUEST_IDLE follows
 * CONFIG_GICV4, as Arm's Kconfig selects it.
 */
#ifndef TESTS_UNIT_GUEST_IDLE_EMUL_H
#define TESTS_UNIT_GUEST_IDLE_EMUL_H

#if defined(CONFIG_GICV4) && defined(XEN_HAS_GUEST_IDLE)
#define CONFIG_SCHED_GUEST_IDLE 1
#endif

/* cpumask_t (emul.h) operations. */
#define nr_cpu_ids              NR_CPUS
#define cpumask_test_cpu(c, m)  test_bit(c, (m)->bits)
#define cpumask_set_cpu(c, m)   ((void)set_bit(c, (m)->bits))
#define cpumask_clear_cpu(c, m) ((void)clear_bit(c, (m)->bits))
#define __cpumask_set_cpu(c, m)   __set_bit(c, (m)->bits)
#define __cpumask_clear_cpu(c, m) __clear_bit(c, (m)->bits)
static inline void cpumask_and(cpumask_t *d, const cpumask_t *a,
                               const cpumask_t *b)
{
    unsigned int i;

    for ( i = 0; i < BITS_TO_LONGS(NR_CPUS); i++ )
        d->bits[i] = a->bits[i] & b->bits[i];
}
static inline bool cpumask_empty(const cpumask_t *m)
{
    return find_first_bit(m->bits, NR_CPUS) >= NR_CPUS;
}
#define cpumask_first(m)        find_first_bit((m)->bits, NR_CPUS)
#define cpumask_next(c, m)      find_next_bit((m)->bits, NR_CPUS, (c) + 1)
static inline unsigned int cpumask_cycle(unsigned int c, const cpumask_t *m)
{
    unsigned int n = cpumask_next(c, m);

    return n < NR_CPUS ? n : cpumask_first(m);
}
#define for_each_cpu(c, m)                                                \
    for ( (c) = cpumask_first(m); (c) < NR_CPUS; (c) = cpumask_next(c, m) )

/* What the pCPU's own state says: softirqs pending, RCU needing it. */
extern bool emul_gi_softirq[NR_CPUS], emul_gi_rcu[NR_CPUS];
#define softirq_pending(c)      (emul_gi_softirq[c])
#define rcu_needs_cpu(c)        (emul_gi_rcu[c])
#define rcu_read_lock(l)        ((void)(l))
#define rcu_read_unlock(l)      ((void)(l))
extern int sched_res_rculock;

/* The scheduler: its answer to may_idle_in_guest, per pCPU, counted. */
struct scheduler;
struct sched_unit;
struct sched_resource {
    struct sched_unit *curr;            /* never idle here */
    const struct scheduler *scheduler;
    unsigned int granularity;           /* core/socket scheduling: > 1 */
};
extern struct sched_resource emul_gi_res[NR_CPUS];
#define get_sched_res(c)        (&emul_gi_res[c])
#define is_idle_unit(u)         ((u) == NULL)
extern bool emul_gi_alone[NR_CPUS];
extern unsigned int emul_gi_asked[NR_CPUS];
bool sched_may_idle_in_guest(const struct scheduler *s, unsigned int cpu);

/* Kicks counted; IPIs sent, per destination pCPU. */
extern unsigned int emul_gi_kicks, emul_gi_ipis[NR_CPUS];
#define SCHED_STAT_CRANK(x)     (emul_gi_kicks++)
void smp_send_event_check_mask(const cpumask_t *mask);

/* xen/include/xen/sched.h and common/sched/private.h. */
#ifdef CONFIG_SCHED_GUEST_IDLE
bool sched_guest_idle_begin(void);
bool sched_guest_idle_kicked(void);
void sched_guest_idle_end(void);
void sched_guest_idle_reset(void);
void sched_kick_guest_idlers(const cpumask_t *where,
                             const cpumask_t *affinity);
#endif

#endif /* TESTS_UNIT_GUEST_IDLE_EMUL_H */
