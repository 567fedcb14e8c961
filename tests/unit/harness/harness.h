/*
 * tests/unit/harness/harness.h: defining test cases, checking, and the
 * bridge between the Xen sources under test and the GIC model.
 *
 *   UNIT_TEST(its_init_v3)
 *   {
 *       struct gic_model *m = unit_gic(GIC_V3);
 *       unit_xen_boot(m);
 *       CHECK(model_count_cmds(m, ITS_OP_MAPC) == 2);
 *   }
 *
 * Each case runs in a forked process.  It passes when it returns and the
 * end-of-case checks hold: no leaked allocation (other than those marked
 * boot-time), no lock held, no RCU domain reference held, IRQ nesting
 * back to zero, and no model violation.  A failed CHECK/ASSERT, a
 * sanitizer report, a crash or a 10 s timeout fail it.
 */
#ifndef TESTS_UNIT_HARNESS_H
#define TESTS_UNIT_HARNESS_H

#include <stdbool.h>
#include <stdint.h>

#include "gic_model.h"

struct domain;

typedef void (*unit_test_fn)(void);

void unit_register(const char *name, unit_test_fn fn, const char *expect_fail);
void unit_register_defect(const char *name, unit_test_fn fn);

#define UNIT_TEST(n)                                                        \
    static void unit_test_##n(void);                                        \
    __attribute__((constructor)) static void unit_register_##n(void)        \
    {                                                                       \
        unit_register(#n, unit_test_##n, NULL);                             \
    }                                                                       \
    static void unit_test_##n(void)

/*
 * A case that must fail, with @reason in its failure text: proves that a
 * check (of the harness or the model) really bites.
 */
#define UNIT_TEST_MUST_FAIL(n, reason)                                      \
    static void unit_test_##n(void);                                        \
    __attribute__((constructor)) static void unit_register_##n(void)        \
    {                                                                       \
        unit_register(#n, unit_test_##n, reason);                           \
    }                                                                       \
    static void unit_test_##n(void)

/*
 * A case for a known defect of the code under test: it asserts the correct
 * behaviour, so it fails until the defect is fixed.  Run only with
 * UNIT_KNOWN_DEFECTS=1 (make run KNOWN_DEFECTS=1); once fixed, turn it
 * into a UNIT_TEST so it guards the fix.
 */
#define UNIT_TEST_DEFECT(n)                                                 \
    static void unit_test_##n(void);                                        \
    __attribute__((constructor)) static void unit_register_##n(void)        \
    {                                                                       \
        unit_register_defect(#n, unit_test_##n);                            \
    }                                                                       \
    static void unit_test_##n(void)

void unit_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
/* Replaces the case's default 10 s timeout (from now on). */
void unit_case_timeout(unsigned int seconds);
/* If set, gets every failure first (the explorer's runs; must not return). */
extern void (*unit_fail_hook)(const char *reason);

#define CHECK(c) do {                                                       \
    if ( !(c) )                                                             \
        unit_fail(__FILE__, __LINE__, "CHECK(%s)", #c);                     \
} while ( 0 )
#define CHECK_EQ(a, b) do {                                                 \
    long long a_ = (long long)(a), b_ = (long long)(b);                     \
    if ( a_ != b_ )                                                         \
        unit_fail(__FILE__, __LINE__, "CHECK_EQ(%s, %s): %lld != %lld",     \
                  #a, #b, a_, b_);                                          \
} while ( 0 )

/* ---- The model attached to the emulated hypervisor ---- */

/* Create the model, map its frames for ioremap, route LPIs to Xen. */
struct gic_model *unit_gic(enum gic_version v);
struct gic_model *unit_gic_cfg(const struct model_config *cfg);
/* The model of this case (checked for violations when the case ends). */
extern struct gic_model *unit_model;
/* Violations a negative test expects: cleared, so the case can pass. */
void unit_expect_violation(const char *substring);
/* Fail now if the model has recorded any violation. */
void unit_check_no_violations(void);

/*
 * Boot Xen's GIC LPI/ITS code on the model as gic-v3.c does: host LPIs,
 * ITS discovery from a device tree node and init, and for every CPU the
 * redistributor address, LPI tables, EnableLPIs and the collection.
 * Boot-time allocations are then marked as such (not leaks).
 */
void unit_xen_boot(struct gic_model *m);
/*
 * The same with only CPUs 0 .. @nr_up - 1 brought up (Xen's order: the
 * boot CPU, gicv4_init(), then each secondary); unit_cpu_up() brings up
 * one more later, as Xen's smp_init() does.
 */
void unit_xen_boot_cpus(struct gic_model *m, unsigned int nr_up);
void unit_cpu_up(struct gic_model *m, unsigned int cpu);
/* Only the first part: host LPIs, ITS discovery and gicv3_its_init(). */
void unit_xen_boot_its(struct gic_model *m);
void *unit_rdist_va(unsigned int cpu);

/* A domain with @nr_vcpus vCPUs known to rcu_lock_domain_by_id(). */
struct domain *unit_domain_create(unsigned int domid, unsigned int nr_vcpus);
/* The device tree node of host ITS @i (what the ITS was probed from). */
const struct dt_device_node *unit_its_node(unsigned int i);
void unit_domain_destroy(struct domain *d);

/*
 * Deliver a device write; Xen takes any physical LPI on the target CPU,
 * at once if the current context can be interrupted, else as soon as it
 * can (IRQs back on, last lock dropped).
 */
enum model_event_kind unit_device_write(uint32_t devid, uint32_t eventid);
enum model_event_kind unit_device_write_at(unsigned int its, uint32_t devid,
                                           uint32_t eventid);
/* LPIs signalled but not yet taken. */
unsigned int unit_deferred_lpis(void);
/*
 * pCPU @cpu runs with interrupts masked (PSTATE.I) while the case runs
 * code on others: LPIs for it wait, pending, until it unmasks them.
 */
void unit_mask_cpu(unsigned int cpu, bool masked);
/*
 * Taking an LPI in two steps, as pCPU @cpu does: the acknowledge (a read
 * of ICC_IAR1_EL1) of the first LPI waiting for it that is still
 * pending, which ends its pending state (the INTID, 0 if none: the read
 * returns the spurious INTID); then, later, Xen's handler for it.
 */
uint32_t unit_lpi_acknowledge(unsigned int cpu);
void unit_lpi_handle(unsigned int cpu, uint32_t intid);
/* A handler acknowledged by unit_lpi_acknowledge() and not run yet. */
bool unit_lpi_handler_pending(unsigned int cpu);

/*
 * For the interleaving explorer: a GITS_CWRITER write (before it) and a
 * GITS_CREADR read (after it, with the value) of ITS @its; and LPIs the
 * GIC signals, instead of taking them as above.
 */
extern void (*unit_its_access_hook)(unsigned int its, uint64_t off,
                                    bool write, uint64_t val);
extern void (*unit_lpi_hook)(unsigned int cpu, uint32_t intid);

#endif /* TESTS_UNIT_HARNESS_H */
