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
/* ---- Xen on several ITSes and redistributors ---- */

#include "sched_emul.h"

#define EVENT           3U
#define VLPI            8195U

struct gv4 {
    struct gic_model *m;
    struct domain *d;
    uint8_t *prop;
    struct vcpu *v;             /* vCPU1, the event's target */
    uint32_t vpeid, db;
};

/* Boot on @cfg, dom0 with 2 vCPUs, event 3 -> vLPI 8195 on vCPU1 (pCPU1). */
static void gv4_setup(struct gv4 *g, const struct model_config *cfg)
{
    uint32_t intid;
    bool virt;

    g->m = unit_gic_cfg(cfg);
    unit_xen_boot(g->m);
    g->d = unit_domain_create(0, 2);
    g->v = g->d->vcpu[1];
    CHECK(gicv4_is_active());
    map_device(g->m, g->d, HOST_DEVID, GUEST_DEVID, 32);
    g->prop = _xzalloc(SZ_64K, SZ_64K);
    CHECK(g->prop);
    g->prop[VLPI - LPI_OFFSET] = 0xa0 | LPI_PROP_ENABLED;
    g->d->arch.vgic.rdist_propbase = virt_to_maddr(g->prop) | (16 - 1);
    emul_guest_ram_add(g->d, g->prop, SZ_64K);
    g->d->arch.vgic.rdists_enabled = true;
    assign(g->d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(g->d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, g->v), 0);
    CHECK(model_translate(g->m, HOST_DEVID, EVENT, &virt, &intid, &g->vpeid,
                          &g->db));
    CHECK(virt);
}

static void gv4_teardown(struct gv4 *g)
{
    unsigned int cpu;

    for ( cpu = 0; cpu < model_config(g->m)->nr_cpus; cpu++ )
        if ( emul_curr_vcpu[cpu] )
        {
            emul_cpu = cpu;
            emul_deschedule(emul_curr_vcpu[cpu]);
        }
    emul_cpu = 0;
    CHECK_EQ(gicv4_unmap_vlpi(g->d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                    g->v), 0);
    CHECK_EQ(unmap_device(g->d, HOST_DEVID, GUEST_DEVID), 0);
    gicv4_domain_destroy(g->d);
    xfree(g->prop);
    emul_mark_boot_allocations();
}

/*
 * Defect 4: an ITS list names ITSes by GITS_CTLR.ITS_Number.  Two ITSes
 * without GITS_TYPER.VMOVP whose numbers are fixed at 2 and 3, or
 * programmable (reset 5 and 6): Xen must use the numbers the ITSes read
 * back (after programming its own, where it can), not its list order.
 * The model flags a VMOVP whose list omits its ITS or names a number no
 * ITS has.
 */
static void its_list_numbers(unsigned int first, bool fixed)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gv4 g;

    cfg.nr_its = 2;
    cfg.vmovp = false;
    cfg.its_number = first;
    cfg.its_number_ro = fixed;
    gv4_setup(&g, &cfg);
    if ( fixed )
        CHECK(model_its_number(g.m, 0) == first &&
              model_its_number(g.m, 1) == first + 1);
    CHECK(model_its_number(g.m, 0) != model_its_number(g.m, 1));

    /* vCPU1 (on pCPU1 so far) runs on pCPU0: VMOVP on both ITSes. */
    emul_cpu = 0;
    emul_run(g.v);
    CHECK_EQ(model_count_cmds(g.m, ITS_OP_VMOVP), 2);
    unit_check_no_violations();
    CHECK_EQ(model_vpe_cpu(g.m, g.vpeid), 0);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
    gv4_teardown(&g);
}

UNIT_TEST(gicv4_its_list_uses_fixed_its_numbers)
{
    its_list_numbers(2, true);
}

UNIT_TEST(gicv4_its_list_uses_programmed_its_numbers)
{
    its_list_numbers(5, false);
}

/*
 * Defect 5 (first half), GICv4.0 with DirectLPI: the invalidation that
 * arms the doorbell fails (GICR_SYNCR stays busy, the redistributor
 * dropped the INVLPIR).  Xen must remember the doorbell's configuration
 * is stale and invalidate again at the next occasion; otherwise the
 * redistributor keeps it disabled for good and the next block loses its
 * wake-up.
 */
UNIT_TEST(gicv4_failed_doorbell_invalidation_is_retried)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gv4 g;

    cfg.direct_lpi = true;
    gv4_setup(&g, &cfg);
    emul_cpu = 1;
    emul_run(g.v);
    CHECK_EQ(model_resident_vpe(g.m, 1), (int)g.vpeid);

    /*
     * Block: the INVLPIR that arms the doorbell is lost.  Xen may block
     * the vCPU anyway (it is woken by something else later) or keep it
     * running; either way it runs again and blocks again.
     */
    model_fail_rd_inv(g.m, 1, 1);
    if ( emul_block_wfi(g.v) )
    {
        emul_deschedule(g.v);
        CHECK(!model_lpi_cached_enabled_at(g.m, 1, g.db));
        vcpu_unblock(g.v);              /* an event channel */
        emul_run(g.v);
    }
    else
    {
        unsigned long flags;

        /* Back to the guest: leave_hypervisor_to_guest(). */
        local_irq_save(flags);
        gicv4_vcpu_load(g.v);
        model_enter_guest(g.m, 1);
        local_irq_restore(flags);
    }
    emul_log_reset();
    CHECK(emul_block_wfi(g.v));
    emul_deschedule(g.v);
    CHECK(model_lpi_cached_enabled_at(g.m, 1, g.db));

    /* So a vLPI wakes it. */
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(g.m, MODEL_EV_DOORBELL), 1);
    CHECK(!test_bit(_VPF_blocked, &g.v->pause_flags));
    gv4_teardown(&g);
}

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
