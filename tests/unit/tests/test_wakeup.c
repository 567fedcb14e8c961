/*
 * tests/unit/tests/test_wakeup.c: medium defects of the GICv4 series
 * (issue 14), one case or a small family per defect, each stating what
 * the GIC ends up doing or what the guest sees:
 *
 *   6   GICv4.1 VMAPP Alloc/PTZ across two ITSes; no VMOVP between
 *       redistributors that share the vPE table (CommonLPIAff == 0)
 *   8   redistributors as they come up (after gicv4_init(), in Xen's boot
 *       order): a stale GICR_VPENDBASER.Valid, capabilities that differ
 *   9   GICR_VPENDBASER.Dirty timeout when a vCPU blocks: PendingLast is
 *       UNKNOWN, so the vCPU must count as possibly pending
 *   10  a vLPI pending in software when its event becomes direct
 *   11  the VM's vINTID width is not the host ITS's EventID width
 *   12  a failed VM creation is not retried on every MAPTI
 *
 * The first cases check the model rules they rely on (they run with and
 * without CONFIG_GICV4).
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"
#include "model_util.h"
#include "vits_driver.h"

/* ---- The model's rules these cases rely on ---- */

/* GICv4.1 VMAPP, encoded from the command description of IHI 0069. */
static void vmapp41_at(struct mt *t, unsigned int its, uint32_t vpe,
                       bool valid, bool alloc, bool ptz, const uint8_t *vpt,
                       const uint8_t *vconf)
{
    uint64_t d0 = 0x29 | ((uint64_t)alloc << 8) | ((uint64_t)ptz << 9);
    uint64_t d2 = 0, d3 = 0;

    if ( valid )
    {
        d0 |= C_VPT(virt_to_maddr(vconf));          /* VCONF_addr [51:16] */
        d2 = C_V | C_RDBASE(0);
        d3 = C_VPT(virt_to_maddr(vpt)) | 15;        /* 16 ID bits */
    }
    mt_cmd_at(t, its, d0, C_VPEID(vpe) | (valid ? NO_DB : 0), d2, d3);
}

UNIT_TEST(model_v41_vmapp_alloc_and_ptz_across_two_its)
{
    struct model_config cfg = model_default_config(GIC_V4_1);
    uint8_t *vpt, *vconf;
    struct mt t;

    cfg.nr_its = 2;
    t = mt_setup_cfg(&cfg);
    vpt = mt_alloc(SZ_64K / 8, SZ_64K);
    vconf = mt_alloc(SZ_64K, SZ_64K);

    /* Right: Alloc (+PTZ) on the first map, Alloc on the last unmap. */
    vmapp41_at(&t, 0, 2, true, true, true, vpt, vconf);
    vmapp41_at(&t, 1, 2, true, false, false, vpt, vconf);
    vmapp41_at(&t, 0, 2, false, false, false, NULL, NULL);
    vmapp41_at(&t, 1, 2, false, true, false, NULL, NULL);
    CHECK_EQ(model_nr_violations(t.m), 0);
    CHECK(!model_vpe_mapped(t.m, 2));

    /* Wrong, one rule at a time. */
    vmapp41_at(&t, 0, 3, true, false, false, vpt, vconf);
    unit_expect_violation("first map of vPE 3 (no other ITS maps it) without "
                          "Alloc=1");
    vmapp41_at(&t, 1, 3, true, false, true, vpt, vconf);
    unit_expect_violation("PTZ=1 without Alloc=1");
    vmapp41_at(&t, 0, 3, false, true, false, NULL, NULL);
    unit_expect_violation("Alloc=1 on an unmap of vPE 3 while ITS mask 0x2 "
                          "still maps it");
    vmapp41_at(&t, 1, 3, false, false, false, NULL, NULL);
    unit_expect_violation("last unmap of vPE 3 without Alloc=1");
    vmapp41_at(&t, 0, 4, true, true, false, vpt, vconf);
    vmapp41_at(&t, 1, 4, true, true, false, vpt, vconf);
    unit_expect_violation("Alloc=1 while ITS mask 0x1 already maps vPE 4");
}

/*
 * Redistributors as firmware may leave them, and the rule that one vPE is
 * resident on one redistributor at a time (GICv4.1: on any of them, as
 * they share the vPE table, so no VMOVP is needed between them).
 */
UNIT_TEST(model_rdist_stale_residency_mixed_typer_stuck_dirty)
{
    struct model_config cfg = model_default_config(GIC_V4_1);
    uint8_t *vpt, *vconf;
    uint64_t val;
    struct mt t;

    cfg.rd_stale_vpe = 1U << 1;
    cfg.rd_no_rvpeid = 1U << 1;
    cfg.rd_no_direct_lpi = 1U << 1;
    t = mt_setup_cfg(&cfg);
    vpt = mt_alloc(SZ_64K / 8, SZ_64K);
    vconf = mt_alloc(SZ_64K, SZ_64K);

    CHECK_EQ(model_rdist_read(t.m, 0, M_GICR_TYPER, 8) & 0x88, 0x88);
    CHECK_EQ(model_rdist_read(t.m, 1, M_GICR_TYPER, 8) & 0x88, 0);
    CHECK(!(model_rdist_read(t.m, 0, M_GICR_VPENDBASER, 8) &
            M_VPENDBASER_VALID));
    CHECK(model_rdist_read(t.m, 1, M_GICR_VPENDBASER, 8) & M_VPENDBASER_VALID);
    CHECK_EQ(model_resident_vpe(t.m, 1), 0);

    /* vPE 0, the ID the stale one has, made resident on CPU0. */
    vmapp41_at(&t, 0, 0, true, true, true, vpt, vconf);
    model_rdist_write(t.m, 0, M_GICR_VPROPBASER, 1ULL << 63, 8);
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER,
                      M_VPENDBASER_VALID | M_VPENDBASER_41_VGRP1EN, 8);
    unit_expect_violation("vPE 0 made resident on CPU0 while it is resident "
                          "on CPU1");
    model_rdist_write(t.m, 1, M_GICR_VPENDBASER, 0, 8);

    /* A stuck Dirty: PendingLast reads 0 whatever it is. */
    model_set_dirty_stuck(t.m, 0, true);
    val = model_rdist_read(t.m, 0, M_GICR_VPENDBASER, 8);
    CHECK((val & M_VPENDBASER_DIRTY) && (val & M_VPENDBASER_VALID));
    model_rdist_write(t.m, 0, M_GICR_VPENDBASER, 0, 8);
    val = model_rdist_read(t.m, 0, M_GICR_VPENDBASER, 8);
    CHECK((val & M_VPENDBASER_DIRTY) && !(val & M_VPENDBASER_VALID));
    model_set_dirty_stuck(t.m, 0, false);
    CHECK(!(model_rdist_read(t.m, 0, M_GICR_VPENDBASER, 8) &
            M_VPENDBASER_DIRTY));
    vmapp41_at(&t, 0, 0, false, true, false, NULL, NULL);
    CHECK_EQ(model_nr_violations(t.m), 0);
}

#ifdef CONFIG_GICV4

#define EVENT           3U
#define VLPI            8195U

/* The guest's LPI property table (GICR_PROPBASER, @id_bits ID bits). */
static uint8_t *proptable(struct domain *d, unsigned int id_bits,
                          uint32_t vlpi)
{
    uint8_t *prop = _xzalloc(SZ_64K, SZ_64K);  /* 64K: GICv4.1 VCONF */

    CHECK(prop);
    prop[vlpi - LPI_OFFSET] = 0xa0 | LPI_PROP_ENABLED;
    prop[vlpi + 1 - LPI_OFFSET] = 0xa0 | LPI_PROP_ENABLED;
    d->arch.vgic.rdist_propbase = virt_to_maddr(prop) | (id_bits - 1);
    emul_guest_ram_add(d, prop, SZ_64K);
    d->arch.vgic.rdists_enabled = true;

    return prop;
}

/* Xen on @cfg, dom0 (2 vCPUs), one device of 32 events, 16 ID bits. */
static struct domain *setup(const struct model_config *cfg,
                            struct gic_model **mp, uint8_t **prop)
{
    struct gic_model *m = unit_gic_cfg(cfg);
    struct domain *d = boot(m);

    CHECK(gicv4_is_active());
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    *prop = proptable(d, 16, VLPI);
    *mp = m;

    return d;
}

static struct domain *setup_version(enum gic_version v, struct gic_model **mp,
                                    uint8_t **prop)
{
    struct model_config cfg = model_default_config(v);

    return setup(&cfg, mp, prop);
}

/* The vPE event @ev of the device goes to, as the ITS translates it. */
static uint32_t vpe_of(struct gic_model *m, uint32_t ev, uint32_t vintid)
{
    uint32_t intid, vpeid;
    bool virt;

    CHECK(model_translate(m, HOST_DEVID, ev, &virt, &intid, &vpeid, NULL));
    CHECK(virt);
    CHECK_EQ(intid, vintid);

    return vpeid;
}

static void direct_map(struct domain *d, uint32_t ev, uint32_t vlpi,
                       unsigned int vcpu)
{
    assign(d, GUEST_DEVID, ev, vlpi, vcpu);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, ev, vlpi,
                                  d->vcpu[vcpu]), 0);
}

static void direct_unmap(struct domain *d, uint32_t ev, unsigned int vcpu)
{
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, ev,
                                    d->vcpu[vcpu]), 0);
}

/* Device gone, VM gone, the guest's table freed. */
static void teardown(struct domain *d, uint8_t *prop)
{
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    gicv4_domain_destroy(d);
    CHECK(!d->arch.vgic.its_vm);
    xfree(prop);
    /* The host LPI chunk pages (and a 4.0 proxy ITT) stay, as in Xen. */
    emul_mark_boot_allocations();
}

/* Lines of the log from @from on that contain @s. */
static unsigned int log_lines_with(const char *from, const char *s)
{
    unsigned int n = 0;

    while ( from && *from )
    {
        const char *eol = strchr(from, '\n');
        size_t len = eol ? (size_t)(eol - from) : strlen(from);
        const char *hit = strstr(from, s);

        if ( hit && hit < from + len )
            n++;
        from = eol ? eol + 1 : NULL;
    }

    return n;
}

/*
 * ---- 12: a VM creation that failed is not retried on every MAPTI ----
 *
 * The first direct-eligible MAPTI of the hardware domain builds its VM;
 * when that fails (an allocation here), the domain keeps the software
 * path.  A later MAPTI must not try again: no allocation, no ITS
 * command, no new warning (a guest mapping thousands of events would
 * otherwise make Xen retry, and log, thousands of times).
 */
static void vm_create_failure_is_latched(enum gic_version v)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup_version(v, &m, &prop);
    unsigned long failures = emul_nr_alloc_failures, allocs;
    unsigned int cmds;
    size_t log_len;
    int rc;

    assign(d, GUEST_DEVID, EVENT, VLPI, 0);
    emul_fail_nth_alloc(1);
    rc = gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, VLPI,
                              d->vcpu[0]);
    emul_fail_nth_alloc(0);
    CHECK_EQ(emul_nr_alloc_failures, failures + 1);
    CHECK(rc != 0);
    CHECK(!d->arch.vgic.its_vm);

    /* The guest's next MAPTI, of another event, on the other vCPU. */
    assign(d, GUEST_DEVID, EVENT + 1, VLPI + 1, 1);
    cmds = model_nr_cmds(m);
    allocs = emul_alloc_count();
    log_len = strlen(emul_log());
    rc = gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT + 1,
                              VLPI + 1, d->vcpu[1]);
    CHECK_EQ(model_nr_cmds(m), cmds);
    CHECK_EQ(emul_alloc_count(), allocs);
    CHECK_EQ(strlen(emul_log()), log_len);
    CHECK(rc != 0);
    CHECK(!d->arch.vgic.its_vm);

    /* Both events keep working on the software path. */
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT + 1), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 2);
    CHECK_EQ(emul_injections[1].virq, VLPI + 1);
    teardown(d, prop);
}

UNIT_TEST(gicv4_vm_create_failure_not_retried_per_mapti)
{
    vm_create_failure_is_latched(GIC_V4_0);
}

UNIT_TEST(gicv41_vm_create_failure_not_retried_per_mapti)
{
    vm_create_failure_is_latched(GIC_V4_1);
}

/*
 * ---- 11: the VM's vINTIDs are not limited by the host's EventIDs ----
 *
 * GITS_TYPER.ID_bits bounds the EventIDs of the host's devices; a vLPI's
 * INTID is bounded by the VM's tables (the guest's GICR_PROPBASER.IDbits,
 * the VPT Xen allocates) and the architecture's 16 (GICD_TYPER.IDbits).
 * With an ITS of 8 EventID bits, a guest with 14 ID bits maps vLPI
 * 8192 + 1000 directly.  (GICv4.1, and GICv4.0 with DirectLPI: the 4.0
 * doorbell proxy device needs 10 EventID bits, which this ITS lacks.)
 */
#define BIG_VLPI        (8192U + 1000U)

static void vintid_width_from_guest_tables(struct model_config *cfg)
{
    struct gic_model *m;
    struct domain *d;
    struct vcpu *v;
    uint8_t *prop;

    cfg->evid_bits = 8;
    m = unit_gic_cfg(cfg);
    d = boot(m);
    v = d->vcpu[1];
    CHECK(gicv4_is_active());
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    prop = proptable(d, 14, BIG_VLPI);

    direct_map(d, EVENT, BIG_VLPI, 1);
    vpe_of(m, EVENT, BIG_VLPI);
    emul_cpu = 1;
    enter_guest(m, v);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
    CHECK_EQ(emul_nr_injections, 0);
    switch_out(v);
    direct_unmap(d, EVENT, 1);
    teardown(d, prop);
}

UNIT_TEST(gicv41_vintid_width_not_capped_by_host_eventid_bits)
{
    struct model_config cfg = model_default_config(GIC_V4_1);

    vintid_width_from_guest_tables(&cfg);
}

UNIT_TEST(gicv4_direct_lpi_vintid_width_not_capped_by_host_eventid_bits)
{
    struct model_config cfg = model_default_config(GIC_V4_0);

    cfg.direct_lpi = true;
    vintid_width_from_guest_tables(&cfg);
}

/*
 * ---- 9: GICR_VPENDBASER.Dirty never clears on the way out ----
 *
 * While Dirty is 1 the redistributor has not finished writing the VPT
 * back and PendingLast is UNKNOWN (the model reads it as 0).  A vCPU
 * blocking then may have a vLPI pending and, on 4.1, its doorbell
 * request may have been ignored: Xen's block decision must see it as
 * possibly pending, or the vCPU sleeps with nothing to wake it.
 */
static void dirty_timeout_counts_as_pending(enum gic_version ver)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup_version(ver, &m, &prop);
    struct vcpu *v = d->vcpu[1];

    direct_map(d, EVENT, VLPI, 1);
    emul_cpu = 1;
    enter_guest(m, v);
    CHECK(!gicv4_vcpu_pending(v));

    model_set_dirty_stuck(m, 1, true);
    gicv4_vcpu_block(v);
    v->pause_flags |= VPF_blocked;
    CHECK_EQ(model_resident_vpe(m, 1), -1);
    CHECK(gicv4_vcpu_pending(v));           /* what vcpu_block() asks */

    model_set_dirty_stuck(m, 1, false);
    v->pause_flags &= ~VPF_blocked;
    direct_unmap(d, EVENT, 1);
    teardown(d, prop);
}

UNIT_TEST(gicv4_dirty_timeout_on_block_counts_as_pending)
{
    dirty_timeout_counts_as_pending(GIC_V4_0);
}

UNIT_TEST(gicv41_dirty_timeout_on_block_counts_as_pending)
{
    dirty_timeout_counts_as_pending(GIC_V4_1);
}

/*
 * ---- 6: GICv4.1 VMAPP Alloc and PTZ, and VMOVP, with two ITSes ----
 *
 * Alloc marks the first map of a vPE on any ITS and the last unmap; PTZ
 * only goes with Alloc.  The model flags each misuse; the cases look at
 * what every ITS received.
 */
static struct domain *setup_two_its_v41(struct gic_model **mp, uint8_t **prop)
{
    struct model_config cfg = model_default_config(GIC_V4_1);

    cfg.nr_its = 2;
    return setup(&cfg, mp, prop);
}

UNIT_TEST(gicv41_vmapp_alloc_on_first_map_ptz_only_with_alloc)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup_two_its_v41(&m, &prop);
    struct vcpu *v = d->vcpu[1];

    direct_map(d, EVENT, VLPI, 1);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPP), 2 * 2);   /* vPEs x ITSes */
    unit_check_no_violations();
    emul_cpu = 1;
    enter_guest(m, v);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
    switch_out(v);
    direct_unmap(d, EVENT, 1);
    teardown(d, prop);
}

UNIT_TEST(gicv41_vmapp_alloc_on_last_unmap_across_its)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup_two_its_v41(&m, &prop);
    unsigned int i, vpe, first;
    int last[2] = { -1, -1 };

    direct_map(d, EVENT, VLPI, 1);
    direct_unmap(d, EVENT, 1);
    first = model_nr_cmds(m);
    teardown(d, prop);

    /* Each vPE: unmapped on both ITSes, Alloc on the last unmap only. */
    for ( i = first; i < model_nr_cmds(m); i++ )
    {
        const struct model_cmd *c = model_cmd(m, i);

        if ( c->opcode != ITS_OP_VMAPP || (c->raw[2] >> 63) )
            continue;
        vpe = (c->raw[1] >> 32) & 0xffff;
        CHECK(vpe < 2);
        if ( last[vpe] >= 0 && (model_cmd(m, last[vpe])->raw[0] & (1U << 8)) )
            unit_fail(__FILE__, __LINE__, "Alloc=1 on an unmap of vPE %u that "
                      "ITS%u still maps: %s", vpe, c->its,
                      model_cmd(m, last[vpe])->text);
        last[vpe] = i;
    }
    for ( vpe = 0; vpe < 2; vpe++ )
    {
        CHECK(last[vpe] >= 0);
        if ( !(model_cmd(m, last[vpe])->raw[0] & (1U << 8)) )
            unit_fail(__FILE__, __LINE__, "last unmap of vPE %u without "
                      "Alloc=1: %s", vpe, model_cmd(m, last[vpe])->text);
    }
}

/*
 * The first ITS's VMAPP (the one with Alloc) fails: the vPE was never
 * allocated in the shared vPE table, so no other ITS may be asked to map
 * it (Alloc=0 on an unallocated vPE is UNPREDICTABLE).  The map fails,
 * the event keeps the software path, the unwinding only unmaps.
 */
UNIT_TEST(gicv41_failed_alloc_maps_the_vpe_on_no_other_its)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup_two_its_v41(&m, &prop);
    unsigned int i, first = model_nr_cmds(m);

    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    model_stall_next_op(m, ITS_OP_VMAPP);
    CHECK(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, VLPI,
                         d->vcpu[1]) != 0);
    CHECK(!d->arch.vgic.its_vm);
    for ( i = first; i < model_nr_cmds(m); i++ )
    {
        const struct model_cmd *c = model_cmd(m, i);

        if ( c->its == 1 && c->opcode == ITS_OP_VMAPP && (c->raw[2] >> 63) )
            unit_fail(__FILE__, __LINE__, "vPE mapped on ITS1 after the "
                      "allocating VMAPP failed on ITS0: %s", c->text);
    }
    /*
     * ITS0 stays hung: the device's unmap times out, and its ITT and host
     * LPIs are left to the ITS, which may still use them (not freed for
     * the ITS to write into: no model violation).
     */
    teardown(d, prop);
    CHECK_EQ(log_lines_with(emul_log(), "left to the ITS"), 1);
    /* Lost, they still count in the domain's quota. */
    CHECK_EQ(d->arch.vgic.its_host_lpis, 0);
    CHECK_EQ(d->arch.vgic.its_host_lpis_lost, 32);
}

/*
 * An unmap that fails (here: the ITS stops answering) may leave the vPE
 * mapped on that ITS: its VPT and vPEID are kept rather than handed to
 * another vPE, and on GICv4.1 the unmap from the other ITS does not set
 * Alloc, which would free the vPE's entry in the shared vPE table.
 */
UNIT_TEST(gicv41_failed_unmap_keeps_the_vpe)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup_two_its_v41(&m, &prop);
    unsigned int i, first;

    direct_map(d, EVENT, VLPI, 1);
    direct_unmap(d, EVENT, 1);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    first = model_nr_cmds(m);
    model_stall_next_op(m, ITS_OP_VMAPP);
    gicv4_domain_destroy(d);
    CHECK(!d->arch.vgic.its_vm);
    for ( i = first; i < model_nr_cmds(m); i++ )
    {
        const struct model_cmd *c = model_cmd(m, i);

        if ( c->opcode == ITS_OP_VMAPP && (c->raw[0] & (1U << 8)) )
            unit_fail(__FILE__, __LINE__, "Alloc=1 while ITS0 may still "
                      "map the vPE: %s", c->text);
    }
    CHECK_EQ(log_lines_with(emul_log(), "may still be mapped"), 2);
    /*
     * The two VPTs (and vPEIDs) stay, on purpose, and so does the guest's
     * property table, which ITS0 may still name (guest memory, in Xen).
     */
    emul_mark_boot_allocations();
}

/*
 * GICv4.0: the doorbell proxy's MAPTI worked but the INV after it did
 * not (the ITS stopped answering there), and the VM creation then failed.
 * The unwinding must discard the proxy event it mapped: left mapped, it
 * would name a doorbell LPI that is freed with the VM, and the next VM
 * with that vPEID would map an event that is mapped already.
 */
UNIT_TEST(gicv4_proxy_mapped_then_failed_is_discarded)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&cfg, &m, &prop);
    uint32_t proxy = (1U << cfg.devid_bits) - 1, intid, vpeid, db;
    bool virt;

    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    model_stall_next_op(m, ITS_OP_INV);
    CHECK(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, VLPI,
                         d->vcpu[1]) != 0);
    CHECK(!d->arch.vgic.its_vm);
    /* The ITS comes back and runs what was queued, the unwinding too. */
    model_set_stalled(m, false);
    model_process_commands(m);
    CHECK(!model_translate(m, proxy, 0, &virt, &intid, &vpeid, &db));
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    teardown(d, prop);
}

/*
 * GICR_TYPER.CommonLPIAff == 0: every redistributor reads the same vPE
 * table, yet a vPE moving between them still takes a VMOVP carrying its
 * default doorbell (DB, DW2[63]; Default_Doorbell, DW3[31:0]): without
 * it the doorbell keeps being raised at the old redistributor (Linux
 * dropped the same shortcut for that reason).  It is made resident on the
 * new one and delivery is direct there.
 */
UNIT_TEST(gicv41_vmovp_with_default_doorbell_between_rdists_sharing_the_vpe_table)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup_version(GIC_V4_1, &m, &prop);
    struct vcpu *v = d->vcpu[1];
    unsigned int vmovp;
    uint32_t vpeid;

    direct_map(d, EVENT, VLPI, 1);
    vpeid = vpe_of(m, EVENT, VLPI);
    emul_cpu = 1;
    enter_guest(m, v);
    switch_out(v);

    vmovp = model_count_cmds(m, ITS_OP_VMOVP);
    emul_cpu = 0;
    enter_guest(m, v);
    CHECK_EQ(model_resident_vpe(m, 0), (int)vpeid);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMOVP), vmovp + 1);
    {
        const struct model_cmd *c = NULL, *map = NULL;
        unsigned int i;

        for ( i = 0; i < model_nr_cmds(m); i++ )
        {
            const struct model_cmd *k = model_cmd(m, i);

            if ( ((k->raw[1] >> 32) & 0xffff) != vpeid )
                continue;
            if ( k->opcode == ITS_OP_VMOVP )
                c = k;
            if ( k->opcode == ITS_OP_VMAPP && (k->raw[2] >> 63) )
                map = k;
        }
        CHECK(c && map);
        /* DB set, and the default doorbell VMAPP gave the vPE. */
        CHECK(c->raw[2] & (1ULL << 63));
        CHECK_EQ((uint32_t)c->raw[3], (uint32_t)map->raw[1]);
    }
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
    CHECK_EQ(model_event(m, model_nr_events(m) - 1)->cpu, 0);

    /* Blocked there, the default doorbell still wakes it. */
    gicv4_vcpu_block(v);
    v->pause_flags |= VPF_blocked;
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 1);
    CHECK(gicv4_vcpu_pending(v));
    v->pause_flags &= ~VPF_blocked;
    direct_unmap(d, EVENT, 1);
    teardown(d, prop);
}

/*
 * ---- 8: redistributors as they come up ----
 *
 * Xen's order (gic-v3.c): ITS init, the boot CPU's redistributor,
 * gicv4_init(), and only then each secondary CPU (unit_xen_boot_cpus()).
 */
static size_t log_at_gicv4_init;       /* log length then */

static struct domain *boot_then_secondaries(struct gic_model *m)
{
    unsigned int cpu;

    unit_xen_boot_cpus(m, 1);
    log_at_gicv4_init = strlen(emul_log());
    for ( cpu = 1; cpu < model_config(m)->nr_cpus; cpu++ )
        unit_cpu_up(m, cpu);
    emul_mark_boot_allocations();

    return unit_domain_create(0, 2);
}

static const char *log_since_gicv4_init(void)
{
    return emul_log() + log_at_gicv4_init;
}

/*
 * A redistributor that firmware (or a kexec'd kernel) left with a vPE
 * resident and junk in GICR_VPROPBASER: Xen clears Valid and sets
 * VPROPBASER before any vPE of its own becomes resident anywhere, so no
 * vPE is resident on two redistributors and none is made resident over a
 * Valid one (the model flags both).
 */
static void stale_rdist_cleaned(enum gic_version ver)
{
    struct model_config cfg = model_default_config(ver);
    struct gic_model *m;
    struct domain *d;
    uint8_t *prop;
    unsigned int cpu;

    cfg.rd_stale_vpe = 1U << 1;         /* the secondary's */
    m = unit_gic_cfg(&cfg);
    d = boot_then_secondaries(m);
    CHECK(gicv4_is_active());
    for ( cpu = 0; cpu < cfg.nr_cpus; cpu++ )
    {
        uint64_t vprop = model_rdist_read(m, cpu, M_GICR_VPROPBASER, 8);

        CHECK_EQ(model_resident_vpe(m, cpu), -1);
        CHECK(!(model_rdist_read(m, cpu, M_GICR_VPENDBASER, 8) &
                M_VPENDBASER_VALID));
        /* No junk left: the shared vPE table on 4.1. */
        CHECK((vprop & GENMASK(47, 12)) != 0x7eef0000);
        if ( ver == GIC_V4_1 )
            CHECK_EQ(vprop, model_rdist_read(m, 0, M_GICR_VPROPBASER, 8));
    }
    unit_check_no_violations();

    /* Both vCPUs run, each on its pCPU, with a direct vLPI. */
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    prop = proptable(d, 16, VLPI);
    direct_map(d, EVENT, VLPI, 0);
    direct_map(d, EVENT + 1, VLPI + 1, 1);
    for ( cpu = 0; cpu < 2; cpu++ )
    {
        emul_cpu = cpu;
        enter_guest(m, d->vcpu[cpu]);
        unit_check_no_violations();
    }
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT + 1), MODEL_EV_DIRECT);
    for ( cpu = 0; cpu < 2; cpu++ )
    {
        emul_cpu = cpu;
        switch_out(d->vcpu[cpu]);
    }
    emul_cpu = 0;
    direct_unmap(d, EVENT, 0);
    direct_unmap(d, EVENT + 1, 1);
    teardown(d, prop);
}

UNIT_TEST(gicv4_boot_clears_a_stale_resident_vpe)
{
    stale_rdist_cleaned(GIC_V4_0);
}

UNIT_TEST(gicv41_boot_clears_a_stale_resident_vpe)
{
    stale_rdist_cleaned(GIC_V4_1);
}

/* GICv4 is off: a MAPTI keeps the software path, no V-command is sent. */
static void software_path_stays(struct gic_model *m, struct domain *d)
{
    uint8_t *prop;

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    prop = proptable(d, 16, VLPI);
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, VLPI,
                                  d->vcpu[1]), -ENOENT);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPP), 0);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPTI), 0);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 1);
    teardown(d, prop);
}

/*
 * A secondary CPU whose redistributor lacks what the boot CPU's has
 * (and gicv4_init() chose on): GICv4 is turned off, with one log line,
 * before anything was built on it; later MAPTIs keep the software path.
 */
static void secondary_disagrees(struct model_config *cfg)
{
    struct gic_model *m = unit_gic_cfg(cfg);
    struct domain *d = boot_then_secondaries(m);

    CHECK(!gicv4_is_active());
    CHECK_EQ(log_lines_with(log_since_gicv4_init(), "GICv4"), 1);
    software_path_stays(m, d);
}

UNIT_TEST(gicv4_boot_secondary_rdist_without_direct_lpi)
{
    struct model_config cfg = model_default_config(GIC_V4_0);

    cfg.direct_lpi = true;
    cfg.rd_no_direct_lpi = 1U << 1;
    secondary_disagrees(&cfg);
}

UNIT_TEST(gicv41_boot_secondary_rdist_without_rvpeid)
{
    struct model_config cfg = model_default_config(GIC_V4_1);

    cfg.rd_no_rvpeid = 1U << 1;
    secondary_disagrees(&cfg);
}

/*
 * A GICv4.1 ITS with GICv4.0 redistributors: a GICv4.1 ITS takes VMAPP
 * and VMOVP in the GICv4.1 layout only, so GICv4.0 cannot drive it, and
 * GICv4.1 needs GICv4.1 redistributors.  GICv4 stays off, one log line.
 */
UNIT_TEST(gicv41_its_with_gicv40_redistributors_is_refused)
{
    struct model_config cfg = model_default_config(GIC_V4_1);
    struct gic_model *m;
    struct domain *d;

    cfg.rd_no_rvpeid = ~0U;
    m = unit_gic_cfg(&cfg);
    d = boot_then_secondaries(m);
    CHECK(!gicv4_is_active());
    CHECK_EQ(log_lines_with(emul_log(), "direct injection not used"), 1);
    software_path_stays(m, d);
}

/*
 * ---- 10: a vLPI pending in software when its event becomes direct ----
 *
 * The guest's MAPTI (through the vITS) makes the event live in the LPI
 * tree before Xen maps it directly; another pCPU that takes the event's
 * LPI in between injects it through the list-register path, and it waits
 * on the vCPU.  Once the event is direct its pending state must be where
 * the GIC looks (the VPT: an INT on the new mapping, as KVM does) and no
 * longer queued in software: the guest takes it once, from the GIC.
 */
#define DEV10           1U

static struct {
    uint32_t lpi;               /* the event's host LPI */
    unsigned int vlpi, hits;
} window;

/* pCPU0 takes the LPI while the vITS, elsewhere, is in the middle of MAPTI. */
static void lpi_in_the_mapti_window(struct domain *d, unsigned int vlpi)
{
    unsigned int cpu = emul_cpu;
    bool irqs_off = emul_irqs_disabled;

    if ( vlpi != window.vlpi || window.hits++ )
        return;
    emul_cpu = 0;
    emul_irqs_disabled = true;
    irq_enter();
    gicv3_do_LPI(window.lpi);
    irq_exit();
    emul_cpu = cpu;
    emul_irqs_disabled = irqs_off;
}

static void software_pending_follows_the_event(bool v41)
{
    struct vcpu *v;
    unsigned int direct;
    uint32_t intid, vpeid;
    bool virt;

    vits.v41 = v41;
    vits_boot();
    vits_session_begin();
    v = vits.d->vcpu[1];
    vits_mapd(DEV10, 5, virt_to_maddr(vits.ram) + VITS_ITT_OFF, true);

    window.lpi = host_lpi_of(vits.m, DEV10, EVENT);
    window.vlpi = VLPI;
    emul_lpi_tree_insert_hook = lpi_in_the_mapti_window;
    vits_mapti(DEV10, EVENT, VLPI, 1);
    emul_lpi_tree_insert_hook = NULL;
    vits_check("MAPTI");
    CHECK_EQ(window.hits, 1);
    CHECK_EQ(emul_nr_all_injections, 1);    /* the software path took it */

    /* Direct now: pending in the VPT, not queued on the vCPU. */
    CHECK(model_translate(vits.m, DEV10, EVENT, &virt, &intid, &vpeid, NULL));
    CHECK(virt && intid == VLPI);
    CHECK(model_vlpi_pending(vits.m, vpeid, VLPI));
    CHECK_EQ(emul_vgic_queued(v, false), 0);
    CHECK_EQ(emul_vgic_queued(v, true), 0);

    /* vCPU1 runs: the guest takes it from the GIC, once. */
    direct = model_count_events(vits.m, MODEL_EV_DIRECT);
    vits_vcpu_in(1, 1);
    CHECK_EQ(model_count_events(vits.m, MODEL_EV_DIRECT), direct + 1);
    CHECK_EQ(model_event(vits.m, model_nr_events(vits.m) - 1)->intid, VLPI);
    CHECK(!model_vlpi_pending(vits.m, vpeid, VLPI));
    vits_vcpu_out(1);

    vits_event_cmd(GITS_CMD_DISCARD, DEV10, EVENT);
    vits_mapd(DEV10, 5, 0, false);
    vits_session_end();
    emul_mark_boot_allocations();
}

UNIT_TEST(gicv4_software_pending_vlpi_follows_event_to_direct)
{
    software_pending_follows_the_event(false);
}

UNIT_TEST(gicv41_software_pending_vlpi_follows_event_to_direct)
{
    software_pending_follows_the_event(true);
}

#endif /* CONFIG_GICV4 */
