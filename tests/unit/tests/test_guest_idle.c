/*
 * Issue 17: the scheduler's side of vwfi=auto, the block "waiting for
 * interrupts in the guest" of xen/common/sched/core.c as the tree has it
 * (Makefile: xen-sched-guest-idle.c), on harness/guest_idle_emul.h: the
 * decision taken on an entry to the guest (sched_guest_idle_begin()), its
 * latching until the pCPU goes through the scheduler or its vCPU blocks,
 * and the kicks of pCPUs whose vCPU waits in the guest.  The schedulers'
 * own hooks (credit.c, credit2.c) are not compiled here.
 */
#include "emul.h"
#include "harness.h"
#include "guest_idle_emul.h"
#include "sched_emul.h"

#ifdef CONFIG_SCHED_GUEST_IDLE

static cpumask_t all_cpus;

/* pCPUs 0-3, each running a guest vCPU; IRQs off as on a guest entry. */
static void setup(void)
{
    unsigned int cpu;

    for ( cpu = 0; cpu < 4; cpu++ )
    {
        emul_percpu_ready[cpu] = true;
        emul_gi_res[cpu].curr = (struct sched_unit *)&emul_gi_res[cpu];
        emul_gi_res[cpu].granularity = 1;
        __cpumask_set_cpu(cpu, &all_cpus);
    }
    emul_set_irqs_disabled(true);
}

static void teardown(void)
{
    emul_set_irqs_disabled(false);
}

/* A guest entry on @cpu: may its vCPU wait in the guest? */
static bool enter(unsigned int cpu)
{
    unsigned int old = emul_cpu;
    bool alone;

    emul_cpu = cpu;
    alone = sched_guest_idle_begin();
    emul_cpu = old;

    return alone;
}

/* @cpu goes through the scheduler (schedule() resets, then decides). */
static void scheduled(unsigned int cpu)
{
    unsigned int old = emul_cpu;

    emul_cpu = cpu;
    sched_guest_idle_reset();
    emul_cpu = old;
}

static bool kicked(unsigned int cpu)
{
    unsigned int old = emul_cpu;
    bool k;

    emul_cpu = cpu;
    k = sched_guest_idle_kicked();
    emul_cpu = old;

    return k;
}

/* Does the entry trap the vCPU's waits (as traps.c vwfi_update() asks)? */
static bool traps(unsigned int cpu)
{
    bool alone = enter(cpu);

    return !alone || kicked(cpu);
}

static unsigned int total_ipis(void)
{
    unsigned int cpu, n = 0;

    for ( cpu = 0; cpu < NR_CPUS; cpu++ )
        n += emul_gi_ipis[cpu];

    return n;
}

/*
 * The scheduler's answer "wanted" holds until the pCPU goes through the
 * scheduler: later entries neither publish the pCPU nor ask again (a
 * trylock of credit2's runqueue lock each time, before).  So does
 * "alone", until a kick.
 */
UNIT_TEST(guest_idle_decision_latched)
{
    unsigned int i;

    setup();
    emul_gi_alone[1] = false;
    for ( i = 0; i < 5; i++ )
        CHECK(!enter(1));
    CHECK_EQ(emul_gi_asked[1], 1);

    /* Nobody to kick: the pCPU is not published while wanted. */
    emul_cpu = 0;
    sched_kick_guest_idlers(&all_cpus, &all_cpus);
    CHECK_EQ(total_ipis(), 0);

    /* Through the scheduler: decided again, once. */
    emul_gi_alone[1] = true;
    scheduled(1);
    for ( i = 0; i < 5; i++ )
        CHECK(enter(1));
    CHECK_EQ(emul_gi_asked[1], 2);
    teardown();
}

/* Softirqs and RCU are looked at on every entry, and not latched. */
UNIT_TEST(guest_idle_softirq_rcu_not_latched)
{
    setup();
    emul_gi_alone[2] = true;
    emul_gi_softirq[2] = true;
    CHECK(!enter(2));
    emul_gi_softirq[2] = false;
    emul_gi_rcu[2] = true;
    CHECK(!enter(2));
    CHECK_EQ(emul_gi_asked[2], 0);
    emul_gi_rcu[2] = false;
    CHECK(enter(2));
    CHECK_EQ(emul_gi_asked[2], 1);
    /* Published: RCU needing the pCPU still ends the wait. */
    emul_gi_rcu[2] = true;
    CHECK(!enter(2));
    emul_gi_rcu[2] = false;
    CHECK(enter(2));
    teardown();
}

/*
 * A queued unit kicks one pCPU waiting in the guest, not all of them; the
 * next unit kicks another; a kicked pCPU traps its waits from its next
 * entry on, without asking the scheduler, and takes no more kicks.
 */
UNIT_TEST(guest_idle_kick_one)
{
    unsigned int cpu, first = NR_CPUS, second = NR_CPUS;

    setup();
    for ( cpu = 1; cpu < 4; cpu++ )
    {
        emul_gi_alone[cpu] = true;
        CHECK(enter(cpu));
    }

    emul_cpu = 0;
    sched_kick_guest_idlers(&all_cpus, &all_cpus);
    CHECK_EQ(total_ipis(), 1);
    CHECK_EQ(emul_gi_kicks, 1);
    for ( cpu = 1; cpu < 4; cpu++ )
        if ( emul_gi_ipis[cpu] )
            first = cpu;
    CHECK(first < 4 && kicked(first));

    /* The kicked pCPU decides again: its waits trap. */
    CHECK(traps(first));
    CHECK_EQ(emul_gi_asked[first], 1);

    /* A second unit: another pCPU. */
    emul_cpu = 0;
    sched_kick_guest_idlers(&all_cpus, &all_cpus);
    CHECK_EQ(total_ipis(), 2);
    for ( cpu = 1; cpu < 4; cpu++ )
        if ( emul_gi_ipis[cpu] && cpu != first )
            second = cpu;
    CHECK(second < 4 && kicked(second));

    /* A third: the last one; a fourth finds nobody left to kick. */
    sched_kick_guest_idlers(&all_cpus, &all_cpus);
    CHECK_EQ(total_ipis(), 3);
    sched_kick_guest_idlers(&all_cpus, &all_cpus);
    CHECK_EQ(total_ipis(), 3);
    for ( cpu = 1; cpu < 4; cpu++ )
        CHECK_EQ(emul_gi_ipis[cpu], 1);
    teardown();
}

/*
 * Only pCPUs where the unit may run.  The kicking pCPU itself, when its
 * own vCPU woke the unit (an event channel, a timer), gets no IPI but
 * traps its waits from its next entry on: else the unit would wait for
 * another pCPU's time slice while this one idles in the guest.
 */
UNIT_TEST(guest_idle_kick_where_and_affinity)
{
    cpumask_t where = {}, affinity = {};

    setup();
    emul_gi_alone[0] = emul_gi_alone[1] = emul_gi_alone[2] = true;
    CHECK(enter(0) && enter(1) && enter(2));

    __cpumask_set_cpu(0, &where);
    __cpumask_set_cpu(1, &where);
    __cpumask_set_cpu(0, &affinity);
    __cpumask_set_cpu(2, &affinity);
    emul_cpu = 1;
    sched_kick_guest_idlers(&where, &affinity);
    CHECK_EQ(total_ipis(), 1);
    CHECK_EQ(emul_gi_ipis[0], 1);

    /* From pCPU 2, for a unit that may run on 2 only: pCPU 2 itself. */
    where = affinity = (cpumask_t){};
    __cpumask_set_cpu(2, &where);
    __cpumask_set_cpu(2, &affinity);
    emul_cpu = 2;
    sched_kick_guest_idlers(&where, &affinity);
    CHECK_EQ(total_ipis(), 1);
    CHECK(kicked(2));
    CHECK(traps(2));
    teardown();
}

/*
 * With core or socket scheduling a kicked thread frees no sibling (the
 * unit keeps the resource): waits stay trapped there.
 */
UNIT_TEST(guest_idle_not_with_core_scheduling)
{
    setup();
    emul_gi_alone[1] = true;
    emul_gi_res[1].granularity = 2;
    CHECK(traps(1));
    emul_gi_res[1].granularity = 1;
    scheduled(1);
    CHECK(!traps(1));
    teardown();
}

/*
 * A kicked vCPU's WFI traps and blocks it (Arm's arch_vcpu_block(), as
 * the tree has it), and it is woken before it is switched out: its next
 * entry decides again, and waits in the guest if nothing else wants the
 * pCPU, instead of trapping until its next context switch.
 */
UNIT_TEST(guest_idle_block_ends_kick)
{
    struct vcpu v = {};

    setup();
    emul_gi_alone[1] = true;
    CHECK(enter(1));
    emul_cpu = 0;
    sched_kick_guest_idlers(&all_cpus, &all_cpus);
    CHECK(kicked(1));
    CHECK(traps(1));

    emul_cpu = 1;
    xen_arch_vcpu_block(&v);
    CHECK(!kicked(1));
    /* Woken before it was switched out; the unit went elsewhere. */
    CHECK(!traps(1));
    teardown();
}

#endif /* CONFIG_SCHED_GUEST_IDLE */
