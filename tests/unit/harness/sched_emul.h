/*
 * tests/unit/harness/sched_emul.h: what Arm's blocking hooks, cut out of
 * the tree (Makefile: xen-block-paths.c), call in common code, and the
 * emulation of common code's blocking paths (xen/common/sched/core.c:
 * vcpu_block(), do_poll()) in their order.
 */
#ifndef TESTS_UNIT_SCHED_EMUL_H
#define TESTS_UNIT_SCHED_EMUL_H

/* The vCPU running on each pCPU (NULL: idle); `current` in Xen code. */
extern struct vcpu *emul_curr_vcpu[NR_CPUS];
#define current                 (emul_curr_vcpu[emul_cpu])

/* Arm's local_events_need_delivery(): vgic_vcpu_pending_irq(). */
bool emul_local_events_need_delivery(struct vcpu *v);
#define local_events_need_delivery_nomask() \
    emul_local_events_need_delivery(current)
#define local_events_need_delivery() emul_local_events_need_delivery(current)

/* common code's vcpu_block() on the current vCPU. */
void emul_vcpu_block(void);
#define vcpu_block()            emul_vcpu_block()

/*
 * Arm's arch_vcpu_block() ends a wait in the guest (issue 17):
 * harness/guest_idle_emul.c and the tree's block of common/sched/core.c.
 */
#if defined(CONFIG_GICV4) && defined(XEN_HAS_GUEST_IDLE)
void sched_guest_idle_reset(void);
#else
static inline void sched_guest_idle_reset(void) {}
#endif

/* Cut out of the tree. */
void xen_arch_vcpu_block(struct vcpu *v);
void xen_vcpu_block_unless_event_pending(struct vcpu *v);

/*
 * The guest's ways to block, on the current pCPU with @v current, each
 * returning whether the vCPU is to be descheduled (it stays blocked):
 * WFI (do_trap_wfi -> vcpu_block_unless_event_pending), SCHEDOP_block
 * (vcpu_block_enable_events -> vcpu_block) and SCHEDOP_poll (do_poll, no
 * port pending).
 */
bool emul_block_wfi(struct vcpu *v);
bool emul_block_schedop(struct vcpu *v);
bool emul_block_poll(struct vcpu *v);
/* context_switch(): ctxt_switch_from(prev) puts the vPE, then idle. */
void emul_deschedule(struct vcpu *v);
/* leave_hypervisor_to_guest(): @v runs on this pCPU (vPE loaded). */
void emul_run(struct vcpu *v);
/* The same for @v, current here, back from an exit. */
void emul_reenter(struct vcpu *v);

#endif /* TESTS_UNIT_SCHED_EMUL_H */
