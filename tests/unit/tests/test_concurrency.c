/*
 * tests/unit/tests/test_concurrency.c: Xen's boot order across CPUs, and
 * the GICv4 code on several pCPUs and ITSes (issue #14, #15 item 1).
 *
 * The interleaving explorer and its scenarios are in test_explore.c;
 * the cases here are plain sequences that need the multi-CPU and
 * multi-ITS model: per-CPU areas that exist only once a CPU is being
 * brought up, ITS numbers Xen must program and read back, per
 * redistributor LPI configuration caches, commands that time out.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"

#ifdef CONFIG_GICV4

#define VPROPBASER_41_VALID     (1ULL << 63)

/*
 * Issue #15 item 1.  Xen runs gicv4_init() when only the boot CPU is up;
 * a secondary CPU's per-CPU area does not exist before its
 * CPU_UP_PREPARE.  The GICv4.1 vPE table must reach every redistributor
 * all the same: the boot CPU's at gicv4_init(), each secondary's as it
 * comes up.  Fails (per_cpu(vlpi_base, 1) of a CPU not up) on a tree
 * that walks every possible CPU at gicv4_init().
 */
static void boot_order(enum gic_version v, unsigned int nr_cpus)
{
    struct model_config cfg = model_default_config(v);
    struct gic_model *m;
    uint64_t vprop0;
    unsigned int cpu;

    cfg.nr_cpus = nr_cpus;
    m = unit_gic_cfg(&cfg);
    unit_xen_boot_cpus(m, 1);
    CHECK(gicv4_is_active());
    CHECK_EQ(num_online_cpus(), 1);
    vprop0 = model_rdist_read(m, 0, M_GICR_VPROPBASER, 8);
    if ( v == GIC_V4_1 )
    {
        CHECK(vprop0 & VPROPBASER_41_VALID);
        /* Nothing written to a redistributor whose CPU is not up. */
        for ( cpu = 1; cpu < nr_cpus; cpu++ )
            CHECK(!(model_rdist_read(m, cpu, M_GICR_VPROPBASER, 8) &
                    VPROPBASER_41_VALID));
    }

    for ( cpu = 1; cpu < nr_cpus; cpu++ )
    {
        unit_cpu_up(m, cpu);
        CHECK(gicv4_is_active());
        if ( v == GIC_V4_1 )
            CHECK_EQ(model_rdist_read(m, cpu, M_GICR_VPROPBASER, 8), vprop0);
    }
    CHECK_EQ(num_online_cpus(), nr_cpus);
    emul_mark_boot_allocations();
}

UNIT_TEST(gicv41_boot_order_two_cpus) { boot_order(GIC_V4_1, 2); }
UNIT_TEST(gicv41_boot_order_three_cpus) { boot_order(GIC_V4_1, 3); }
UNIT_TEST(gicv40_boot_order_three_cpus) { boot_order(GIC_V4_0, 3); }

/* The emulation itself: per_cpu() of a CPU not brought up fails a case. */
static DEFINE_PER_CPU(unsigned int, probe_counter);

UNIT_TEST_MUST_FAIL(harness_per_cpu_of_cpu_not_up_fails,
                    "CPU1 has not been brought up yet")
{
    struct model_config cfg = model_default_config(GIC_V4_1);
    struct gic_model *m;

    m = unit_gic_cfg(&cfg);
    unit_xen_boot_cpus(m, 1);
    this_cpu(probe_counter)++;
    per_cpu(probe_counter, 1)++;
}

#endif /* CONFIG_GICV4 */
