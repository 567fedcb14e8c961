/*
 * tests/unit/harness/sched_emul.c: common code's blocking paths
 * (xen/common/sched/core.c) in their order, around Arm's hooks cut out of
 * the tree (Makefile: xen-block-paths.c), and the context switch as far
 * as the GIC code sees it (arch/arm/domain.c ctxt_switch_from(),
 * traps.c leave_hypervisor_to_guest()).
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "sched_emul.h"

struct vcpu *emul_curr_vcpu[NR_CPUS];

/* A tree without the series (make run-base) has no GICv4 hooks at all. */
#ifndef CONFIG_GICV4
#define gicv4_vcpu_pending(v)   ((void)(v), false)
#define gicv4_vcpu_load(v)      ((void)(v))
#define gicv4_vcpu_put(v)       ((void)(v))
#endif

/*
 * Arm: local_events_need_delivery() -> vgic_vcpu_pending_irq(), which
 * (gic-vgic.c) answers yes for a direct vLPI Xen knows to be pending
 * (gicv4_vcpu_pending()) or an interrupt queued in software.
 */
bool emul_local_events_need_delivery(struct vcpu *v)
{
    return gicv4_vcpu_pending(v) || emul_vgic_queued(v, false);
}

/* core.c vcpu_block(). */
void emul_vcpu_block(void)
{
    struct vcpu *v = current;

    set_bit(_VPF_blocked, &v->pause_flags);
    smp_mb();
    xen_arch_vcpu_block(v);
    /* Check for events /after/ blocking: avoids wakeup waiting race. */
    if ( local_events_need_delivery() )
        clear_bit(_VPF_blocked, &v->pause_flags);
    /* else raise_softirq(SCHEDULE_SOFTIRQ): the caller deschedules. */
}

static bool blocked(struct vcpu *v)
{
    return test_bit(_VPF_blocked, &v->pause_flags);
}

/* traps.c do_trap_wfi() -> domain.c vcpu_block_unless_event_pending(). */
bool emul_block_wfi(struct vcpu *v)
{
    CHECK(current == v);
    xen_vcpu_block_unless_event_pending(v);
    return blocked(v);
}

/* SCHEDOP_block: vcpu_block_enable_events() -> vcpu_block(). */
bool emul_block_schedop(struct vcpu *v)
{
    CHECK(current == v);
    vcpu_block();
    return blocked(v);
}

/* SCHEDOP_poll: do_poll() with one port, not pending. */
bool emul_block_poll(struct vcpu *v)
{
    CHECK(current == v);
    set_bit(_VPF_blocked, &v->pause_flags);
    /* v->poll_evtchn = -1; set_bit(v->vcpu_id, d->poll_mask); */
    xen_arch_vcpu_block(v);
    smp_mb();
    /* Woken meanwhile: clean up and bail. */
    if ( !blocked(v) )
        goto out;
    if ( local_events_need_delivery() )
        goto out;
    /* evtchn_port_poll(): not pending.  Deschedule. */
    return true;

 out:
    clear_bit(_VPF_blocked, &v->pause_flags);
    return false;
}

void emul_deschedule(struct vcpu *v)
{
    unsigned long flags;

    CHECK(current == v);
    /* context_switch() runs with interrupts off. */
    local_irq_save(flags);
    gicv4_vcpu_put(v);
    emul_curr_vcpu[emul_cpu] = NULL;
    v->is_running = false;
    local_irq_restore(flags);
}

void emul_reenter(struct vcpu *v)
{
    unsigned long flags;

    CHECK(emul_curr_vcpu[emul_cpu] == v);
    local_irq_save(flags);
    gicv4_vcpu_load(v);
    if ( unit_model )
        model_enter_guest(unit_model, emul_cpu);
    local_irq_restore(flags);
}

void emul_run(struct vcpu *v)
{
    unsigned long flags;

    CHECK(!emul_curr_vcpu[emul_cpu]);
    CHECK(!v->is_running);
    emul_curr_vcpu[emul_cpu] = v;
    v->processor = emul_cpu;
    v->is_running = true;
    local_irq_save(flags);
    gicv4_vcpu_load(v);
    if ( unit_model )
        model_enter_guest(unit_model, emul_cpu);
    local_irq_restore(flags);
}
