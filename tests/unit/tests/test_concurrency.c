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

#include "model_util.h"

/* ---- The model: ITS numbers, VMOVP order, stalls (no Xen) ---- */

/* GITS_CTLR.ITS_Number: RW while disabled, or fixed. */
UNIT_TEST(model_its_number_rw_while_disabled_or_fixed)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gic_model *m;

    cfg.nr_its = 2;
    cfg.its_number = 4;
    m = unit_gic_cfg(&cfg);
    CHECK_EQ((model_its_read_at(m, 1, M_GITS_CTLR, 4) >> 4) & 0xf, 5);
    model_its_write_at(m, 1, M_GITS_CTLR, 9 << 4, 4);
    CHECK_EQ(model_its_number(m, 1), 9);
    CHECK_EQ((model_its_read_at(m, 1, M_GITS_CTLR, 4) >> 4) & 0xf, 9);
    /* Enabling with the same number is fine, changing it is not. */
    model_its_write_at(m, 1, M_GITS_CTLR, (9 << 4) | 1, 4);
    CHECK_EQ(model_nr_violations(m), 0);
    model_its_write_at(m, 1, M_GITS_CTLR, (3 << 4) | 1, 4);
    unit_expect_violation("ITS_Number written (9 -> 3) while the ITS is "
                          "enabled");
    CHECK_EQ(model_its_number(m, 1), 9);
}

UNIT_TEST(model_its_number_read_only)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gic_model *m;

    cfg.nr_its = 2;
    cfg.its_number = 6;
    cfg.its_number_ro = true;
    m = unit_gic_cfg(&cfg);
    model_its_write_at(m, 0, M_GITS_CTLR, 1 << 4, 4);
    CHECK_EQ(model_its_number(m, 0), 6);
    CHECK_EQ((model_its_read_at(m, 1, M_GITS_CTLR, 4) >> 4) & 0xf, 7);
}

static void vmapp_both(struct mt *t, uint32_t vpe, uint64_t vpt)
{
    unsigned int its;

    for ( its = 0; its < 2; its++ )
        mt_cmd_at(t, its, 0x29, C_VPEID(vpe), C_V | C_RDBASE(0),
                  C_VPT(vpt) | 15);
}

static void vmovp_at(struct mt *t, unsigned int its, uint32_t vpe,
                     uint16_t seq, uint16_t list, unsigned int cpu)
{
    mt_cmd_at(t, its, 0x22 | ((uint64_t)seq << 32), list | C_VPEID(vpe),
              C_RDBASE(cpu), 0);
}

/*
 * Two ITS-list moves of two vPEs: ITS 0 runs A then B, ITS 1 B then A.
 * Each move is complete and consistent on its own; only their order
 * differs, which the architecture forbids.
 */
UNIT_TEST(model_vmovp_order_across_its)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    uint8_t *vpt0 = mt_alloc(SZ_64K / 8, SZ_64K);
    uint8_t *vpt1 = mt_alloc(SZ_64K / 8, SZ_64K);
    struct mt t;

    cfg.vmovp = false;
    cfg.nr_its = 2;
    t = mt_setup_cfg(&cfg);
    vmapp_both(&t, 1, virt_to_maddr(vpt0));
    vmapp_both(&t, 2, virt_to_maddr(vpt1));

    /* Same order everywhere: fine. */
    vmovp_at(&t, 0, 1, 10, 0x3, 1);
    vmovp_at(&t, 0, 2, 11, 0x3, 1);
    vmovp_at(&t, 1, 1, 10, 0x3, 1);
    vmovp_at(&t, 1, 2, 11, 0x3, 1);
    CHECK_EQ(model_nr_violations(t.m), 0);

    /* Crossed. */
    vmovp_at(&t, 0, 1, 12, 0x3, 0);
    vmovp_at(&t, 0, 2, 13, 0x3, 0);
    vmovp_at(&t, 1, 2, 13, 0x3, 0);
    vmovp_at(&t, 1, 1, 12, 0x3, 0);
    unit_expect_violation("ITS-list VMOVPs out of order");

    /* A list naming an ITS_Number no ITS has (never completes either). */
    vmovp_at(&t, 0, 1, 14, 0x7, 1);
    unit_expect_violation("names ITS_Number(s) 0x4 that no ITS has");
    vmovp_at(&t, 1, 1, 14, 0x7, 1);
    model_final_checks(t.m);
    unit_expect_violation("reached ITSes 0x3 of ITS list 0x7 only");
    /* Closed by hand so the end-of-case check does not report it again. */
    vmovp_at(&t, 0, 1, 15, 0x3, 0);
    vmovp_at(&t, 1, 1, 15, 0x3, 0);
    model_clear_violations(t.m);
}

/* The n-th next command stalls its ITS: later ones wait behind it. */
UNIT_TEST(model_stall_nth_command)
{
    struct mt t = mt_setup(GIC_V3);
    unsigned int n = model_nr_cmds(t.m);

    model_stall_nth_cmd(t.m, 2);
    mt_cmd(&t, 0x05, 0, C_RDBASE(0), 0);            /* SYNC: runs */
    mt_cmd(&t, 0x05, 0, C_RDBASE(1), 0);            /* stalls */
    mt_cmd(&t, 0x05, 0, C_RDBASE(0), 0);
    CHECK_EQ(model_nr_cmds(t.m), n + 1);
    CHECK(model_its_stalled(t.m, 0));
    CHECK(model_its_read(t.m, M_GITS_CREADR, 8) !=
          model_its_read(t.m, M_GITS_CWRITER, 8));
    model_set_stalled(t.m, false);
    CHECK_EQ(model_process_commands(t.m), 2);
    CHECK(!model_its_stalled(t.m, 0));
}

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
