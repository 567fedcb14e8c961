/*
 * tests/unit/harness/guest_idle_emul.c: the controls of
 * guest_idle_emul.h (see there).
 */
#include "emul.h"
#include "guest_idle_emul.h"

bool emul_gi_softirq[NR_CPUS], emul_gi_rcu[NR_CPUS];
int sched_res_rculock;
struct sched_resource emul_gi_res[NR_CPUS];
bool emul_gi_alone[NR_CPUS];
unsigned int emul_gi_asked[NR_CPUS];
unsigned int emul_gi_kicks, emul_gi_ipis[NR_CPUS];

bool sched_may_idle_in_guest(const struct scheduler *s, unsigned int cpu)
{
    emul_gi_asked[cpu]++;

    return emul_gi_alone[cpu];
}

void smp_send_event_check_mask(const cpumask_t *mask)
{
    unsigned int cpu;

    for_each_cpu ( cpu, mask )
        emul_gi_ipis[cpu]++;
}
