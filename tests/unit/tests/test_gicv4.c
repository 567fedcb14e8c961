/*
 * tests/unit/tests/test_gicv4.c: the series' GICv4.0 code (gic-v4-its.c
 * and the direct-mapping glue in gic-v3-its.c) on the GICv4.0 model.
 *
 * The whole life of a direct mapping runs here: map -> fire while
 * resident (direct, no Xen entry) -> block -> fire (one doorbell,
 * pending_last set, vCPU kicked) -> wake -> migrate (VMOVP) -> fire ->
 * unmap -> teardown, with zero model violations, no leak, no lock
 * misuse.  Each review finding of shared/design/GICV4.md §3 that this
 * code could reintroduce is named at the case that guards it.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"

#ifdef CONFIG_GICV4
/*
 * Xen's gic-v4-its.c (includes blanked, emul.h first) is compiled here,
 * not on its own: the builders the cases below check field by field are
 * static in Xen.
 */
#include "gic-v4-its.c"
#line __LINE__ "tests/test_gicv4.c"

#define VLPI            8195U           /* the guest's vLPI for event 3 */
#define EVENT           3U
#define PROP_SIZE       SZ_64K

/* The guest's LPI property table, as dom0 programs GICR_PROPBASER. */
static uint8_t *guest_proptable(struct domain *d)
{
    /* 64K-aligned, as Linux allocates it (GICv4.1 VMAPP needs that). */
    uint8_t *prop = _xzalloc(PROP_SIZE, SZ_64K);

    CHECK(prop);
    prop[VLPI - LPI_OFFSET] = 0xa0 | LPI_PROP_ENABLED;
    prop[VLPI + 1 - LPI_OFFSET] = 0xa0 | LPI_PROP_ENABLED;
    d->arch.vgic.rdist_propbase = virt_to_maddr(prop) | (16 - 1);
    emul_guest_ram_add(d, prop, PROP_SIZE);
    d->arch.vgic.rdists_enabled = true;

    return prop;
}

/* Boot on @cfg, dom0 with 2 vCPUs, one device with 32 events. */
static struct domain *setup_cfg(const struct model_config *cfg,
                                struct gic_model **mp, uint8_t **prop)
{
    struct gic_model *m = unit_gic_cfg(cfg);
    struct domain *d = boot(m);

    CHECK(gicv4_is_active());
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    *prop = guest_proptable(d);
    *mp = m;

    return d;
}

static struct domain *setup_version(enum gic_version v,
                                    struct gic_model **mp, uint8_t **prop)
{
    struct model_config cfg = model_default_config(v);

    return setup_cfg(&cfg, mp, prop);
}

static struct domain *setup(struct gic_model **mp, uint8_t **prop)
{
    return setup_version(GIC_V4_0, mp, prop);
}

static uint32_t vpe_of(struct gic_model *m, uint32_t event, uint32_t *db)
{
    uint32_t intid, vpeid;
    bool virt;

    CHECK(model_translate(m, HOST_DEVID, event, &virt, &intid, &vpeid, db));
    CHECK(virt);
    CHECK_EQ(intid, VLPI);

    return vpeid;
}

static void teardown(struct gic_model *m, struct domain *d, uint8_t *prop)
{
    unsigned int vmapp = model_count_cmds(m, ITS_OP_VMAPP);
    bool had_vm = d->arch.vgic.its_vm;

    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    gicv4_domain_destroy(d);
    CHECK(!d->arch.vgic.its_vm);
    CHECK(!d->vcpu[0]->arch.vgic.vpe && !d->vcpu[1]->arch.vgic.vpe);
    /* Every vPE unmapped (VMAPP V=0) on every ITS before its VPT went. */
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPP),
             vmapp + (had_vm ? d->max_vcpus * model_config(m)->nr_its : 0));
    CHECK(!model_vpe_mapped(m, 0) && !model_vpe_mapped(m, 1));
    xfree(prop);
    /* The host LPI chunk pages stay, as they do in Xen. */
    emul_mark_boot_allocations();
}

/*
 * The whole story.  Guards findings 1 (pending_last under the vPE lock:
 * the emulated spinlocks fail a lock taken both in IRQ context and with
 * IRQs on), 2 (no default doorbell in VMAPP on 4.0: a model violation),
 * 11 (the doorbell is armed for a blocked vCPU: the doorbell fires),
 * 12 (no ITS command from IRQ context: ASSERT(!in_irq()) in the sender),
 * 16 (doorbells are taken).
 */
UNIT_TEST(gicv4_map_fire_block_wake_migrate_teardown)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&m, &prop);
    struct vcpu *v = d->vcpu[1];
    unsigned int kicks, cmds;
    uint32_t vpeid, db;

    /* Map: the guest's MAPTI of event 3 -> vLPI 8195 on vCPU1. */
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, v), 0);
    CHECK(d->arch.vgic.its_vm);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPP), 2);     /* one per vPE */
    CHECK_EQ(model_count_cmds(m, ITS_OP_DISCARD), 1);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPTI), 1);
    vpeid = vpe_of(m, EVENT, &db);
    CHECK(db >= LPI_OFFSET && db != 1023);
    CHECK(model_vpe_mapped(m, vpeid));

    /* Fire while resident on pCPU1: direct, no LPI, no Xen injection. */
    emul_cpu = 1;
    enter_guest(m, v);
    CHECK_EQ(model_resident_vpe(m, 1), (int)vpeid);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
    CHECK_EQ(emul_nr_injections, 0);
    CHECK_EQ(emul_perfc("lpis"), 0);

    /* Block: non-resident first, then a vLPI rings the doorbell once. */
    gicv4_vcpu_block(v);
    CHECK_EQ(model_resident_vpe(m, 1), -1);
    v->pause_flags |= VPF_blocked;
    kicks = emul_nr_kicks;
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 1);
    CHECK_EQ(model_count_events(m, MODEL_EV_PPENDING), 0);
    CHECK_EQ(unit_deferred_lpis(), 0);
    CHECK_EQ(emul_perfc("gicv4_doorbells"), 1);
    CHECK_EQ(emul_perfc("gicv4_doorbell_wakes"), 1);
    CHECK_EQ(emul_nr_kicks, kicks + 1);
    CHECK(emul_kicks[kicks].v == v && emul_kicks[kicks].in_irq);
    CHECK(gicv4_vcpu_pending(v));
    CHECK(model_vlpi_pending(m, vpeid, VLPI));
    CHECK_EQ(emul_nr_injections, 0);

    /* Wake: resident again, pending_last consumed; no ITS command. */
    v->pause_flags &= ~VPF_blocked;
    cmds = model_nr_cmds(m);
    enter_guest(m, v);
    CHECK_EQ(model_resident_vpe(m, 1), (int)vpeid);
    CHECK(!gicv4_vcpu_pending(v));
    CHECK_EQ(model_nr_cmds(m), cmds);

    /*
     * Preempted, not blocked: the doorbell is disarmed, and finding 7,
     * the mask takes effect: an INV on the doorbell's proxy event, after
     * which the GIC's copy says disabled.  The vLPI waits in the VPT, no
     * doorbell (the vCPU is runnable and will find it when it runs).
     */
    cmds = model_count_cmds(m, ITS_OP_INV);
    switch_out(v);
    CHECK_EQ(model_count_cmds(m, ITS_OP_INV), cmds + 1);
    CHECK(!model_lpi_cached_enabled(m, db));
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 1);
    enter_guest(m, v);

    /* Migrate: the scheduler moves vCPU1 to pCPU0; VMOVP before it runs. */
    switch_out(v);
    CHECK_EQ(model_resident_vpe(m, 1), -1);
    emul_cpu = 0;
    cmds = model_count_cmds(m, ITS_OP_VMOVP);
    enter_guest(m, v);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMOVP), cmds + 1);
    CHECK_EQ(model_vpe_cpu(m, vpeid), 0);
    CHECK_EQ(model_resident_vpe(m, 0), (int)vpeid);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);

    /* Unmap (the guest's DISCARD): back to the physical LPI. */
    switch_out(v);
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v),
             0);
    CHECK(gicv3_remove_guest_event(d, GUEST_DOORBELL, GUEST_DEVID, EVENT) == 0);
    CHECK(model_translate(m, HOST_DEVID, EVENT, NULL, NULL, NULL, NULL));
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 0);    /* unmapped: dropped */

    teardown(m, d, prop);
}

/*
 * A doorbell taken by a pCPU in RCU's idle set (the idle loop takes
 * interrupts there), its handler not run yet, while the domain's RCU
 * teardown frees the VM: the grace period did not wait for that pCPU.
 * The doorbell LPIs must come back only once the handler is done, or it
 * reads what their next owner, another domain's device, put there.
 */
UNIT_TEST(gicv4_doorbell_taken_by_an_idle_pcpu_reaches_no_new_owner)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&m, &prop), *d2;
    struct vcpu *v = d->vcpu[1];
    uint32_t db, hdev, lpi = 0;
    unsigned int from;

    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, VLPI, v),
             0);
    vpe_of(m, EVENT, &db);

    /* vCPU1 blocks on pCPU1; the vLPI rings the doorbell, masked. */
    emul_cpu = 1;
    enter_guest(m, v);
    gicv4_vcpu_block(v);
    v->pause_flags |= VPF_blocked;
    unit_mask_cpu(1, true);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(unit_lpi_acknowledge(1), db);

    /* pCPU0: the domain goes (its vCPUs descheduled for good). */
    emul_cpu = 0;
    switch_out(v);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    gicv4_domain_destroy(d);

    /* Another domain's devices get the host LPIs back, the doorbell's too. */
    d2 = unit_domain_create(1, 1);
    for ( hdev = 0x40; hdev < 0x42 && lpi != db; hdev++ )
    {
        CHECK_EQ(gicv3_its_assign_devids(d2, unit_its_node(0), hdev, 1), 0);
        map_device(m, d2, hdev, hdev, 32);
        assign(d2, hdev, db % LPI_BLOCK, VLPI, 0);
        lpi = host_lpi_of(m, hdev, db % LPI_BLOCK);
    }
    CHECK_EQ(lpi, db);
    from = emul_nr_injections;

    /* pCPU1's handler, if it has not run to its end yet, does now. */
    if ( unit_lpi_handler_pending(1) )
        unit_lpi_handle(1, db);
    unit_mask_cpu(1, false);
    CHECK_EQ(emul_nr_injections, from);

    while ( hdev-- > 0x40 )
        CHECK_EQ(unmap_device(d2, hdev, hdev), 0);
    gicv3_its_release_devids(d2);
    unit_domain_destroy(d2);
    xfree(prop);
    emul_mark_boot_allocations();
}

/* MOVI of a direct event: VMOVI to the new vPE, with its doorbell. */
UNIT_TEST(gicv4_movi_moves_vlpi_and_doorbell)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&m, &prop);
    uint32_t vpe0, vpe1, db0, db1;

    assign(d, GUEST_DEVID, EVENT, VLPI, 0);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, d->vcpu[0]), 0);
    vpe0 = vpe_of(m, EVENT, &db0);
    CHECK_EQ(move_vlpi(d, GUEST_DEVID, EVENT, d->vcpu[0], d->vcpu[1]), 0);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMOVI), 1);
    vpe1 = vpe_of(m, EVENT, &db1);
    CHECK(vpe0 != vpe1 && db0 != db1);

    /* vCPU1 blocks: the new vPE's doorbell rings. */
    gicv4_vcpu_block(d->vcpu[1]);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 1);
    CHECK(gicv4_vcpu_pending(d->vcpu[1]));
    CHECK(!gicv4_vcpu_pending(d->vcpu[0]));

    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                    d->vcpu[1]), 0);
    teardown(m, d, prop);
}

/* INV, INT, CLEAR and INVALL reach the host ITS for a direct event. */
UNIT_TEST(gicv4_inv_int_clear_invall)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&m, &prop);
    struct vcpu *v = d->vcpu[0];
    uint32_t vpeid;

    assign(d, GUEST_DEVID, EVENT, VLPI, 0);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, v), 0);
    vpeid = vpe_of(m, EVENT, NULL);

    CHECK_EQ(gicv4_vlpi_cmd(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  GITS_CMD_INT, v), 0);
    CHECK(model_vlpi_pending(m, vpeid, VLPI));
    CHECK_EQ(gicv4_vlpi_cmd(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  GITS_CMD_CLEAR, v), 0);
    CHECK(!model_vlpi_pending(m, vpeid, VLPI));
    CHECK_EQ(gicv4_vlpi_cmd(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  GITS_CMD_INV, v), 0);
    CHECK_EQ(gicv4_invall(d, v), 0);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VINVALL), 1);

    /* An event that is not direct: -ENOENT, nothing sent. */
    CHECK_EQ(gicv4_vlpi_cmd(d, GUEST_DOORBELL, GUEST_DEVID, EVENT + 1,
                                  GITS_CMD_INV, v), -ENOENT);

    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v),
             0);
    teardown(m, d, prop);
}

/*
 * A vLPI beyond what the VM's tables cover, or a guest that has not set
 * up its property table yet: the software path stays, nothing is sent.
 */
UNIT_TEST(gicv4_unmappable_events_keep_the_software_path)
{
    struct gic_model *m = unit_gic(GIC_V4_0);
    struct domain *d = boot(m);
    uint8_t *prop;

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    assign(d, GUEST_DEVID, EVENT, VLPI, 0);
    /* No property table yet: no VM. */
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, d->vcpu[0]), -ENOENT);
    CHECK(!d->arch.vgic.its_vm);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 1);

    prop = guest_proptable(d);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  1U << 16, d->vcpu[0]), -ERANGE);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPTI), 0);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 2);
    teardown(m, d, prop);
}

/*
 * Findings 3, 4 and 9: every allocation on the way up can fail; the
 * unwinding frees everything (no endless loop, no free through a pointer
 * set only on success) and the event stays on the software path.
 */
static void map_with_nth_failure_on(enum gic_version v, unsigned long nth)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup_version(v, &m, &prop);
    unsigned long failures = emul_nr_alloc_failures;
    int rc;

    assign(d, GUEST_DEVID, EVENT, VLPI, 0);
    emul_fail_nth_alloc(nth);
    rc = gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, VLPI,
                              d->vcpu[0]);
    emul_fail_nth_alloc(0);
    if ( emul_nr_alloc_failures == failures )
    {
        /* Fewer allocations than @nth: it simply worked. */
        CHECK_EQ(rc, 0);
        CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID,
                                        EVENT, d->vcpu[0]), 0);
    }
    else
    {
        CHECK(rc != 0);
        CHECK(!d->arch.vgic.its_vm);
        CHECK(!d->vcpu[0]->arch.vgic.vpe);
        CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
        CHECK_EQ(emul_nr_injections, 1);
    }
    teardown(m, d, prop);
}

static void map_with_nth_failure(unsigned long nth)
{
    map_with_nth_failure_on(GIC_V4_0, nth);
}

/* The same on GICv4.1 (its vPE table was allocated at boot). */
#define V41_FAIL(n)     map_with_nth_failure_on(GIC_V4_1, n)
UNIT_TEST(gicv41_vm_create_fails_alloc_1) { V41_FAIL(1); }
UNIT_TEST(gicv41_vm_create_fails_alloc_2) { V41_FAIL(2); }
UNIT_TEST(gicv41_vm_create_fails_alloc_3) { V41_FAIL(3); }
UNIT_TEST(gicv41_vm_create_fails_alloc_4) { V41_FAIL(4); }
UNIT_TEST(gicv41_vm_create_fails_alloc_5) { V41_FAIL(5); }
UNIT_TEST(gicv41_vm_create_fails_alloc_6) { V41_FAIL(6); }
UNIT_TEST(gicv41_vm_create_fails_alloc_7) { V41_FAIL(7); }

UNIT_TEST(gicv4_vm_create_fails_alloc_1) { map_with_nth_failure(1); }
UNIT_TEST(gicv4_vm_create_fails_alloc_2) { map_with_nth_failure(2); }
UNIT_TEST(gicv4_vm_create_fails_alloc_3) { map_with_nth_failure(3); }
UNIT_TEST(gicv4_vm_create_fails_alloc_4) { map_with_nth_failure(4); }
UNIT_TEST(gicv4_vm_create_fails_alloc_5) { map_with_nth_failure(5); }
UNIT_TEST(gicv4_vm_create_fails_alloc_6) { map_with_nth_failure(6); }
UNIT_TEST(gicv4_vm_create_fails_alloc_7) { map_with_nth_failure(7); }
UNIT_TEST(gicv4_vm_create_fails_alloc_8) { map_with_nth_failure(8); }

/*
 * Finding 8: a doorbell entry names a vCPU; one out of range (or of a
 * domain without a VM) is counted and ignored, never indexes d->vcpu[].
 * And findings 14/15: a plain LPI is never taken for a doorbell.
 */
UNIT_TEST(gicv4_doorbell_vcpu_out_of_range_is_ignored)
{
    struct gic_model *m = unit_gic(GIC_V4_0);
    struct domain *d = boot(m);
    uint32_t lpi;

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    lpi = host_lpi_of(m, HOST_DEVID, EVENT);
    gicv3_lpi_set_host_entry(lpi, d->domain_id, HOST_LPI_DOORBELL, 7);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(emul_perfc("gicv4_doorbells_stray"), 1);
    CHECK_EQ(emul_nr_kicks, 0);
    /* In range, but the domain has no VM: also stray. */
    gicv3_lpi_set_host_entry(lpi, d->domain_id, HOST_LPI_DOORBELL, 1);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(emul_perfc("gicv4_doorbells_stray"), 2);
    CHECK_EQ(emul_nr_kicks, 0);
    /* A guest entry is injected, not treated as a doorbell. */
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 1);
    CHECK_EQ(emul_perfc("gicv4_doorbells"), 0);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    emul_mark_boot_allocations();
}

#ifdef XEN_HAS_VLPI_COUNT
/*
 * vwfi=auto (issue 17) leaves WFI in the guest only for a vCPU whose vPE
 * has vLPIs mapped and is resident on this pCPU
 * (gicv4_vcpu_has_resident_vlpis()): the count follows MAPTI, MOVI
 * and DISCARD, and residency follows the pCPU.
 */
UNIT_TEST(gicv4_vwfi_direct_vlpis_follow_mappings_and_residency)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&m, &prop);
    struct vcpu *v0 = d->vcpu[0], *v1 = d->vcpu[1];

    /* No VM yet: no vPE, nothing direct. */
    emul_cpu = 1;
    enter_guest(m, v1);
    CHECK(!gicv4_vcpu_has_resident_vlpis(v1));

    /* MAPTI to vCPU1; it runs on pCPU1, vCPU0 on pCPU0. */
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                            VLPI, v1), 0);
    enter_guest(m, v1);
    CHECK(gicv4_vcpu_has_resident_vlpis(v1));
    emul_cpu = 0;
    enter_guest(m, v0);
    /* Resident, but no vLPI of its own: WFI stays trapped. */
    CHECK(!gicv4_vcpu_has_resident_vlpis(v0));
    /* vCPU1's vPE is resident on pCPU1, not here. */
    CHECK(!gicv4_vcpu_has_resident_vlpis(v1));

    /* MOVI to vCPU0: the vLPI counts for vCPU0 now, not for vCPU1. */
    CHECK_EQ(move_vlpi(d, GUEST_DEVID, EVENT, v1, v0), 0);
    CHECK(gicv4_vcpu_has_resident_vlpis(v0));
    emul_cpu = 1;
    CHECK(!gicv4_vcpu_has_resident_vlpis(v1));

    /* Switched out: not resident, so not direct, vLPIs or not. */
    emul_cpu = 0;
    switch_out(v0);
    CHECK(!gicv4_vcpu_has_resident_vlpis(v0));
    enter_guest(m, v0);
    CHECK(gicv4_vcpu_has_resident_vlpis(v0));

    /* DISCARD: no vLPI left. */
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v0),
             0);
    CHECK(!gicv4_vcpu_has_resident_vlpis(v0));
    switch_out(v0);
    emul_cpu = 1;
    switch_out(v1);
    CHECK(gicv3_remove_guest_event(d, GUEST_DOORBELL, GUEST_DEVID, EVENT) == 0);
    teardown(m, d, prop);
}

/*
 * The vLPIs are counted on the vPE the host ITS delivers them to (the one
 * VMAPTI or VMOVI named), whatever vCPU the vITS names later: a guest's
 * MAPC may point the event's collection at another vCPU without a MOVI,
 * and the vITS's DISCARD or MOVI then names that vCPU.
 */
UNIT_TEST(gicv4_vwfi_vlpi_count_follows_the_host_its)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&m, &prop);
    struct vcpu *v0 = d->vcpu[0], *v1 = d->vcpu[1];

    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                            VLPI, v1), 0);
    emul_cpu = 0;
    enter_guest(m, v0);
    emul_cpu = 1;
    enter_guest(m, v1);
    CHECK(gicv4_vcpu_has_resident_vlpis(v1));

    /* MAPC re-pointed the collection at vCPU0: DISCARD names vCPU0. */
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v0),
             0);
    CHECK(!gicv4_vcpu_has_resident_vlpis(v1));
    emul_cpu = 0;
    CHECK(!gicv4_vcpu_has_resident_vlpis(v0));

    /* Mapped to vCPU1 again; MOVI to vCPU0, from vCPU0 as the vITS says. */
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                            VLPI, v1), 0);
    CHECK_EQ(move_vlpi(d, GUEST_DEVID, EVENT, v0, v0), 0);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMOVI), 1);
    CHECK(gicv4_vcpu_has_resident_vlpis(v0));
    emul_cpu = 1;
    CHECK(!gicv4_vcpu_has_resident_vlpis(v1));

    /* A MOVI to where the event already is changes nothing. */
    CHECK_EQ(move_vlpi(d, GUEST_DEVID, EVENT, v1, v0), 0);
    CHECK(!gicv4_vcpu_has_resident_vlpis(v1));
    emul_cpu = 0;
    CHECK(gicv4_vcpu_has_resident_vlpis(v0));

    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v1),
             0);
    CHECK(!gicv4_vcpu_has_resident_vlpis(v0));
    switch_out(v0);
    emul_cpu = 1;
    switch_out(v1);
    CHECK(gicv3_remove_guest_event(d, GUEST_DOORBELL, GUEST_DEVID, EVENT) == 0);
    teardown(m, d, prop);
}

/*
 * A vCPU waiting in the guest (vwfi=auto) never blocks: across any number
 * of exits and entries its vPE stays resident, every vLPI is delivered
 * directly, no doorbell is armed or taken, no residency switch and no
 * ITS command happen.
 */
UNIT_TEST(gicv4_vwfi_never_blocked_no_doorbell)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&m, &prop);
    struct vcpu *v = d->vcpu[1];
    unsigned int i, cmds, residency;
    uint32_t vpeid, db;

    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                            VLPI, v), 0);
    vpeid = vpe_of(m, EVENT, &db);
    emul_cpu = 1;
    enter_guest(m, v);
    CHECK(gicv4_vcpu_has_resident_vlpis(v));
    cmds = model_nr_cmds(m);
    residency = emul_perfc("gicv4_residency");

    for ( i = 0; i < 20; i++ )
    {
        CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
        /* An exit (its timer, an IPI) and the entry back. */
        enter_guest(m, v);
        CHECK_EQ(model_resident_vpe(m, 1), (int)vpeid);
    }

    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 0);
    CHECK(!model_lpi_cached_enabled(m, db));
    CHECK(!d->arch.vgic.its_vm->vpes[1]->db_enabled);
    CHECK_EQ(emul_perfc("gicv4_doorbells"), 0);
    CHECK_EQ(emul_perfc("gicv4_residency"), residency);
    CHECK_EQ(model_nr_cmds(m), cmds);
    CHECK_EQ(emul_nr_injections, 0);
    CHECK_EQ(emul_perfc("lpis"), 0);

    switch_out(v);
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v), 0);
    CHECK(gicv3_remove_guest_event(d, GUEST_DOORBELL, GUEST_DEVID, EVENT) == 0);
    teardown(m, d, prop);
}

/*
 * The pCPU switches from the vCPU with vLPIs to another vCPU (a kick made
 * it block, or it was preempted): nothing of the first stays resident,
 * its vLPIs wait in its VPT, and the new vCPU, without vLPIs, has WFI
 * trapped.
 */
UNIT_TEST(gicv4_vwfi_switch_leaves_nothing_resident)
{
    struct gic_model *m;
    uint8_t *prop;
    struct domain *d = setup(&m, &prop);
    struct vcpu *v0 = d->vcpu[0], *v1 = d->vcpu[1];
    uint32_t vpe1, db;

    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                            VLPI, v1), 0);
    vpe1 = vpe_of(m, EVENT, &db);
    emul_cpu = 1;
    enter_guest(m, v1);
    CHECK(gicv4_vcpu_has_resident_vlpis(v1));

    /* Preempted while waiting in the guest: vCPU0 runs on pCPU1. */
    switch_out(v1);
    enter_guest(m, v0);
    CHECK(model_resident_vpe(m, 1) != (int)vpe1);
    CHECK(this_cpu(resident_vpe) == d->arch.vgic.its_vm->vpes[0]);
    CHECK(!gicv4_vcpu_has_resident_vlpis(v1));
    CHECK(!gicv4_vcpu_has_resident_vlpis(v0));
    /* vCPU1 is runnable: its vLPI waits in the VPT, no doorbell. */
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 0);
    CHECK(model_vlpi_pending(m, vpe1, VLPI));

    /* Back on pCPU1: resident again, the pending vLPI delivered. */
    switch_out(v0);
    enter_guest(m, v1);
    CHECK_EQ(model_resident_vpe(m, 1), (int)vpe1);
    CHECK(!model_vlpi_pending(m, vpe1, VLPI));
    CHECK(gicv4_vcpu_has_resident_vlpis(v1));

    switch_out(v1);
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v1),
             0);
    CHECK(gicv3_remove_guest_event(d, GUEST_DOORBELL, GUEST_DEVID, EVENT) == 0);
    teardown(m, d, prop);
}
#endif /* XEN_HAS_VLPI_COUNT */

/* GICv3 hardware: no GICv4, the direct paths answer -ENOENT. */
UNIT_TEST(gicv4_inactive_on_gicv3)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);
    uint8_t *prop;

    CHECK(!gicv4_is_active());
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    prop = guest_proptable(d);
    assign(d, GUEST_DEVID, EVENT, VLPI, 0);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, d->vcpu[0]), -ENOENT);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 1);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    xfree(prop);
    emul_mark_boot_allocations();
}

/* An ITS without GITS_TYPER.VMOVP: VMOVP on every ITS, with the list. */
/*
 * GICv4.0 with GICR_TYPER.DirectLPI: the doorbell is armed and disarmed
 * through its redistributor (GICR_INVLPIR), not by an INV on a proxy
 * device: no ITS command on block or preemption, and the GIC's copy of
 * the enable bit follows (the model caches it until invalidated).
 */
UNIT_TEST(gicv4_doorbells_through_gicr_invlpir)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gic_model *m;
    struct domain *d;
    struct vcpu *v;
    uint8_t *prop;
    uint32_t db;
    unsigned int cmds;

    cfg.direct_lpi = true;
    d = setup_cfg(&cfg, &m, &prop);
    v = d->vcpu[1];
    CHECK(emul_log_contains("doorbells through GICR_INVLPIR"));
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, v), 0);
    CHECK_EQ(model_count_cmds(m, ITS_OP_MAPD), 1);      /* no proxy device */
    vpe_of(m, EVENT, &db);
    CHECK(!model_lpi_cached_enabled(m, db));

    emul_cpu = 1;
    enter_guest(m, v);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);

    /* Block: armed at the redistributor, one doorbell. */
    cmds = model_nr_cmds(m);
    gicv4_vcpu_block(v);
    v->pause_flags |= VPF_blocked;
    CHECK_EQ(model_nr_cmds(m), cmds);
    CHECK(model_lpi_cached_enabled(m, db));
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 1);
    CHECK(gicv4_vcpu_pending(v));

    /* Woken, then preempted: disarmed at the redistributor. */
    v->pause_flags &= ~VPF_blocked;
    enter_guest(m, v);
    switch_out(v);
    CHECK_EQ(model_nr_cmds(m), cmds);
    CHECK(!model_lpi_cached_enabled(m, db));
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 1);

    /* Migrated to pCPU0: VMOVP, then direct delivery there. */
    emul_cpu = 0;
    enter_guest(m, v);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMOVP), 1);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
    switch_out(v);
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v),
             0);
    teardown(m, d, prop);
}

UNIT_TEST(gicv4_vmovp_with_its_list)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gic_model *m;
    struct domain *d;
    uint8_t *prop;

    cfg.vmovp = false;
    cfg.nr_its = 2;
    d = setup_cfg(&cfg, &m, &prop);
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, d->vcpu[1]), 0);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPP), 2 * 2);   /* vPEs x ITSes */
    emul_cpu = 0;                       /* vCPU1 starts on pCPU1 */
    enter_guest(m, d->vcpu[1]);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMOVP), 2);       /* one per ITS */
    switch_out(d->vcpu[1]);
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                    d->vcpu[1]), 0);
    teardown(m, d, prop);
}

/*
 * GICv4.0: a deschedule tells in GICR_VPENDBASER.IDAI whether the GIC left
 * the VPT's IMPLEMENTATION DEFINED area valid; when it says not, the next
 * schedule must not claim otherwise (IDAI=0).  The model reports IDAI=1
 * on every deschedule and flags a schedule with IDAI=0 after it.
 */
UNIT_TEST(gicv4_idai_follows_the_last_deschedule)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gic_model *m;
    struct domain *d;
    uint8_t *prop;
    unsigned int i;

    cfg.idai_on_deschedule = true;
    d = setup_cfg(&cfg, &m, &prop);
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                            VLPI, d->vcpu[1]), 0);
    emul_cpu = 1;
    for ( i = 0; i < 3; i++ )
    {
        enter_guest(m, d->vcpu[1]);
        CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
        switch_out(d->vcpu[1]);
    }
    emul_cpu = 0;
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                              d->vcpu[1]), 0);
    teardown(m, d, prop);
}

/*
 * GICv4.1 with GITS_TYPER.SVPET: the ITSes read the redistributors' vPE
 * table, so Xen gives both the same one (the model flags a
 * GICR_VPROPBASER that is not the ITS's table); direct delivery works
 * through it.  An ITS that cannot take the table (no 4K pages) keeps one
 * of its own, and then GICv4.1 is not used: the software path stays.
 */
UNIT_TEST(gicv41_vpe_table_shared_with_the_its)
{
    struct model_config cfg = model_default_config(GIC_V4_1);
    struct gic_model *m;
    struct domain *d;
    uint8_t *prop;

    cfg.svpet = true;
    cfg.nr_its = 2;
    d = setup_cfg(&cfg, &m, &prop);
    CHECK_EQ(model_its_read_at(m, 0, M_GITS_BASER0 + 16, 8) & GENMASK(47, 12),
             model_rdist_read(m, 1, M_GICR_VPROPBASER, 8) & GENMASK(47, 12));
    CHECK_EQ(model_its_read_at(m, 1, M_GITS_BASER0 + 16, 8) & GENMASK(47, 12),
             model_rdist_read(m, 0, M_GICR_VPROPBASER, 8) & GENMASK(47, 12));
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, d->vcpu[1]), 0);
    emul_cpu = 1;
    enter_guest(m, d->vcpu[1]);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);
    switch_out(d->vcpu[1]);
    emul_cpu = 0;
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                    d->vcpu[1]), 0);
    teardown(m, d, prop);
}

UNIT_TEST(gicv41_its_refusing_the_shared_vpe_table)
{
    struct model_config cfg = model_default_config(GIC_V4_1);
    struct gic_model *m;
    struct domain *d;

    cfg.svpet = true;
    cfg.page_sizes = 1U << 2;           /* 64K pages only */
    m = unit_gic_cfg(&cfg);
    d = boot(m);
    CHECK(!gicv4_is_active());
    CHECK(emul_log_contains("did not take the shared vPE table"));
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, d->vcpu[1]), -ENOENT);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    /* The host LPI chunk pages stay, as they do in Xen. */
    emul_mark_boot_allocations();
}

/*
 * GICv4.1: Xen hands out no vPEID beyond the width GICD_TYPER2 reports
 * (the model flags any vPEID it does not implement).  With two vPEIDs a
 * hardware domain of three vCPUs gets no VM: its events keep the
 * software path, nothing is left behind; with four it gets one.
 */
static void vpeid_width(unsigned int bits, bool fits)
{
    struct model_config cfg = model_default_config(GIC_V4_1);
    struct gic_model *m;
    struct domain *d;
    uint8_t *prop;
    int rc;

    cfg.vpeid_bits = bits;
    m = unit_gic_cfg(&cfg);
    unit_xen_boot(m);
    d = unit_domain_create(0, 3);
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    prop = guest_proptable(d);
    assign(d, GUEST_DEVID, EVENT, VLPI, 2);
    rc = gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, VLPI,
                              d->vcpu[2]);
    if ( fits )
    {
        CHECK_EQ(rc, 0);
        CHECK(model_vpe_mapped(m, 2));
        CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID,
                                        EVENT, d->vcpu[2]), 0);
    }
    else
    {
        CHECK(rc != 0);
        CHECK(!d->arch.vgic.its_vm);
        CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPP), 0);
        CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_PLPI);
    }
    teardown(m, d, prop);
}

UNIT_TEST(gicv41_vpeid_width_from_gicd_typer2)
{
    vpeid_width(1, false);
}

UNIT_TEST(gicv41_vpeid_width_from_gicd_typer2_fits)
{
    vpeid_width(2, true);
}

/*
 * GICv4.1 (issue: no emulator has it; the model is the proof).  The
 * story again: default doorbell in VMAPP, none in VMAPTI, residency by
 * vPEID with Dirty polled before entering the guest (the model flags an
 * entry without it), the doorbell requested by the deschedule that
 * blocks, one shot, and PendingLast when the request is ignored.
 */
UNIT_TEST(gicv41_map_fire_block_wake_migrate_teardown)
{
    struct gic_model *m = unit_gic(GIC_V4_1);
    struct domain *d = boot(m);
    struct vcpu *v = d->vcpu[1];
    uint8_t *prop;
    uint32_t vpeid, db;
    unsigned int cmds;

    CHECK(gicv4_is_active());
    CHECK(emul_log_contains("GICv4: using GICv4.1 direct injection"));
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    prop = guest_proptable(d);

    assign(d, GUEST_DEVID, EVENT, VLPI, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, v), 0);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMAPP), 2);
    CHECK_EQ(model_count_cmds(m, ITS_OP_INVDB), 2);
    CHECK_EQ(model_count_cmds(m, ITS_OP_MAPD), 1);      /* no proxy device */
    vpeid = vpe_of(m, EVENT, &db);
    CHECK_EQ(db, 1023);                                 /* none per vLPI */

    /* Resident on pCPU1 (Dirty polled: enter_guest checks it). */
    emul_cpu = 1;
    enter_guest(m, v);
    CHECK_EQ(model_resident_vpe(m, 1), (int)vpeid);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_DIRECT);

    /* Block: the deschedule requests the default doorbell. */
    gicv4_vcpu_block(v);
    CHECK(model_vpe_doorbell_armed(m, vpeid));
    v->pause_flags |= VPF_blocked;
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 1);
    CHECK_EQ(emul_perfc("gicv4_doorbell_wakes"), 1);
    CHECK(gicv4_vcpu_pending(v));
    /* One shot: a second vLPI rings nothing more. */
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT + 1), MODEL_EV_PLPI);
    assign(d, GUEST_DEVID, EVENT + 1, VLPI + 1, 1);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT + 1,
                                  VLPI + 1, v), 0);
    CHECK_EQ(unit_device_write(HOST_DEVID, EVENT + 1), MODEL_EV_VPENDING);
    CHECK_EQ(model_count_events(m, MODEL_EV_DOORBELL), 1);

    /* Wake. */
    v->pause_flags &= ~VPF_blocked;
    enter_guest(m, v);
    CHECK(!gicv4_vcpu_pending(v));

    /* Preempted (no doorbell requested): nothing rings. */
    switch_out(v);
    CHECK(!model_vpe_doorbell_armed(m, vpeid));

    /*
     * (A vLPI already pending when the vCPU blocks makes the GIC ignore
     * the doorbell request and report PendingLast, which Xen's block
     * decision reads.  The model delivers every vLPI of a resident vPE at
     * once, as a guest with interrupts unmasked would take it, so it
     * cannot stage that case; the code path is the 4.0 one, tested above.)
     */
    enter_guest(m, v);
    switch_out(v);

    /*
     * Migrate to pCPU0: VMOVP before it runs there, even though the
     * redistributors share the vPE table (the default doorbell moves).
     */
    cmds = model_count_cmds(m, ITS_OP_VMOVP);
    emul_cpu = 0;
    enter_guest(m, v);
    CHECK_EQ(model_count_cmds(m, ITS_OP_VMOVP), cmds + 1);
    CHECK_EQ(model_resident_vpe(m, 0), vpeid);
    switch_out(v);

    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT, v),
             0);
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID,
                                    EVENT + 1, v), 0);
    teardown(m, d, prop);
}

/* The builders' version-specific fields, as the model judges them. */
static void send_raw(uint64_t *cmd)
{
    struct host_its *its = first_its();

    CHECK_EQ(gicv3_its_send_cmd(its, cmd), 0);
    CHECK_EQ(gicv3_its_wait_commands(its), 0);
}

/*
 * A GICv4.1 VMAPP as Xen builds it (v41_vmapp(), the only place the
 * GICv4.1 fields are set), for a vPE of a VM with the given fields and,
 * when mapping, no ITS mapping it yet (Alloc and PTZ).
 */
static struct its_cmd_sync build_vmapp_v41(uint64_t *cmd,
                                           struct host_its *its,
                                           uint16_t vpeid, unsigned int cpu,
                                           void *vpt, unsigned int id_bits,
                                           paddr_t vconf, uint32_t db,
                                           bool valid)
{
    struct its_vm vm = { .id_bits = id_bits, .vpropbaser = vconf };
    struct its_vpe vpe = {
        .vpe_id = vpeid, .doorbell = db, .vpt = vpt, .target_cpu = cpu,
        .nr_its_mapped = valid ? 0 : 1,
    };

    return v41_vmapp(cmd, its, &vm, &vpe, valid);
}

/* Finding 2's kind of error is caught: a default doorbell on GICv4.0. */
UNIT_TEST(gicv4_model_flags_default_doorbell_on_v40)
{
    struct gic_model *m = unit_gic(GIC_V4_0);
    struct host_its *its;
    uint64_t cmd[4];
    void *vpt, *vconf;

    boot(m);
    its = first_its();
    vpt = _xzalloc(SZ_64K, SZ_64K);
    vconf = _xzalloc(SZ_64K, SZ_64K);
    build_vmapp_v41(cmd, its, 5, 0, vpt, 16, virt_to_maddr(vconf), 8200,
                    true);
    send_raw(cmd);
    unit_expect_violation("GICv4.1");
    its_build_vmapp(cmd, its, 5, 0, 0, 16, false);
    send_raw(cmd);
    unit_check_no_violations();
    xfree(vpt);
    xfree(vconf);
}

/* ... and a per-vLPI doorbell on GICv4.1. */
UNIT_TEST(gicv4_model_flags_vlpi_doorbell_on_v41)
{
    struct gic_model *m = unit_gic(GIC_V4_1);
    struct domain *d = boot(m);
    uint8_t *prop;
    uint64_t cmd[4];
    uint32_t vpeid;

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    prop = guest_proptable(d);
    assign(d, GUEST_DEVID, EVENT, VLPI, 0);
    CHECK_EQ(gicv4_map_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, d->vcpu[0]), 0);
    vpeid = vpe_of(m, EVENT, NULL);
    its_build_vmovi(cmd, HOST_DEVID, EVENT, vpeid, 8200);
    send_raw(cmd);
    unit_expect_violation("doorbell");
    CHECK_EQ(gicv4_unmap_vlpi(d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                    d->vcpu[0]), 0);
    teardown(m, d, prop);
}

#endif /* CONFIG_GICV4 */

#ifdef CONFIG_GICV4
/*
 * Every builder, field by field, against encodings written out by hand
 * from the command descriptions of IHI 0069 ("ITS commands"): DeviceID
 * DW0[63:32], EventID DW1[31:0], vPEID DW1[47:32], vINTID DW2[31:0],
 * doorbell DW2[63:32] (VMOVI: D = DW2[0]), RDbase DW2[51:16], V DW2[63],
 * VPT_addr DW3[51:16], VPT_size DW3[4:0] (ID bits - 1), VMOVP
 * SequenceNumber DW0[47:32] and ITSList DW1[15:0], GICv4.1 VMAPP Alloc
 * DW0[8], PTZ DW0[9], VCONF_addr DW0[51:16], default doorbell DW1[31:0];
 * MAPD Size DW1[4:0] (EventID bits - 1), ITT_addr DW2[51:8], ICID
 * DW2[15:0] (MAPC, MAPTI, MOVI).
 */
static void check_cmd(const uint64_t *cmd, uint64_t d0, uint64_t d1,
                      uint64_t d2, uint64_t d3)
{
    CHECK_EQ(cmd[0], d0);
    CHECK_EQ(cmd[1], d1);
    CHECK_EQ(cmd[2], d2);
    CHECK_EQ(cmd[3], d3);
}

UNIT_TEST(gicv4_builders_field_by_field)
{
    struct gic_model *m = unit_gic(GIC_V4_0);
    struct host_its *its;
    uint64_t cmd[4];

    boot(m);
    its = first_its();
    /* Without PTA the model's redistributor of CPU n is RDbase n. */
    CHECK(!(its->flags & HOST_ITS_USES_PTA));

    its_build_vmapp(cmd, its, 0x1234, 1, 0xabcd0000UL, 16, true);
    check_cmd(cmd, 0x29, 0x1234ULL << 32, (1ULL << 63) | (1ULL << 16),
              0xabcd0000ULL | 15);
    its_build_vmapp(cmd, its, 0x1234, 1, 0xabcd0000UL, 16, false);
    check_cmd(cmd, 0x29, 0x1234ULL << 32, 0, 0);

    build_vmapp_v41(cmd, its, 0x12, 1, (void *)0x50000UL, 16, 0x7770000UL,
                    8200, true);
    check_cmd(cmd, 0x29 | (1 << 8) | (1 << 9) | 0x7770000ULL,
              (0x12ULL << 32) | 8200, (1ULL << 63) | (1ULL << 16),
              0x50000ULL | 15);

    its_build_vmapti(cmd, 0xdead, 0x77, 0x55, 8195, 8300);
    check_cmd(cmd, 0x2a | (0xdeadULL << 32), 0x77 | (0x55ULL << 32),
              8195 | (8300ULL << 32), 0);

    its_build_vmovi(cmd, 0xdead, 0x77, 0x56, 8301);
    check_cmd(cmd, 0x21 | (0xdeadULL << 32), 0x77 | (0x56ULL << 32),
              1 | (8301ULL << 32), 0);
    its_build_vmovi(cmd, 0xdead, 0x77, 0x56, 1023);
    check_cmd(cmd, 0x21 | (0xdeadULL << 32), 0x77 | (0x56ULL << 32), 0, 0);

    its_build_vmovp(cmd, its, 0x9, 0, 0x3c, 0x5);
    check_cmd(cmd, 0x22 | (0x3cULL << 32), 0x5 | (0x9ULL << 32), 0, 0);
    its_build_vmovp(cmd, its, 0x9, 1, 0, 0);
    check_cmd(cmd, 0x22, 0x9ULL << 32, 1ULL << 16, 0);

    its_build_vsync(cmd, 0x31);
    check_cmd(cmd, 0x25, 0x31ULL << 32, 0, 0);
    its_build_sync(cmd, its, 1);
    check_cmd(cmd, 0x05, 0, 1ULL << 16, 0);
    its_build_vinvall(cmd, 0x31);
    check_cmd(cmd, 0x2d, 0x31ULL << 32, 0, 0);
    its_build_invdb(cmd, 0x31);
    check_cmd(cmd, 0x2e, 0x31ULL << 32, 0, 0);

    its_build_event_cmd(cmd, GITS_CMD_INV, 0x10, 3, its_sync_vpe(0x31));
    check_cmd(cmd, 0x0c | (0x10ULL << 32), 3, 0, 0);
    its_build_event_cmd(cmd, GITS_CMD_DISCARD, 0x10, 3, its_sync_vpe(0x31));
    check_cmd(cmd, 0x0f | (0x10ULL << 32), 3, 0, 0);
    its_build_event_cmd(cmd, GITS_CMD_INT, 0x10, 3, its_sync_vpe(0x31));
    check_cmd(cmd, 0x03 | (0x10ULL << 32), 3, 0, 0);
    its_build_event_cmd(cmd, GITS_CMD_CLEAR, 0x10, 3, its_sync_rd(1));
    check_cmd(cmd, 0x04 | (0x10ULL << 32), 3, 0, 0);
    its_build_movi(cmd, 0x10, 3, 7);
    check_cmd(cmd, 0x01 | (0x10ULL << 32), 3, 7, 0);
    its_build_mapd(cmd, 0x10, 10, 0x123400UL, true);
    check_cmd(cmd, 0x08 | (0x10ULL << 32), 9, (1ULL << 63) | 0x123400ULL, 0);
    its_build_mapti(cmd, 0x10, 3, 8200, 1);
    check_cmd(cmd, 0x0a | (0x10ULL << 32), 3 | (8200ULL << 32), 1, 0);
    its_build_mapd(cmd, 0x10, 0, 0, false);
    check_cmd(cmd, 0x08 | (0x10ULL << 32), 0, 0, 0);
    its_build_mapc(cmd, its, 1);
    check_cmd(cmd, 0x09, 0, (1ULL << 63) | (1ULL << 16) | 1, 0);
    its_build_follow(cmd, its, its_sync_rd(1));
    check_cmd(cmd, 0x05, 0, 1ULL << 16, 0);
    its_build_follow(cmd, its, its_sync_vpe(0x31));
    check_cmd(cmd, 0x25, 0x31ULL << 32, 0, 0);
}

static void check_sync(struct its_cmd_sync sync, uint8_t opcode,
                       unsigned int target)
{
    CHECK_EQ(sync.opcode, opcode);
    if ( opcode )
        CHECK_EQ(sync.target, target);
}

/*
 * What each builder says must follow its command (the architecture's
 * rule): a VSYNC of the vPE after a V-command about a mapped vPE or its
 * vLPIs, a SYNC on the collection's redistributor after a physical event
 * command, nothing after an unmapping VMAPP, a MAPD or a SYNC itself.
 */
UNIT_TEST(gicv4_builders_say_what_must_follow)
{
    struct gic_model *m = unit_gic(GIC_V4_1);
    struct host_its *its;
    uint64_t cmd[4];

    boot(m);
    its = first_its();

    check_sync(its_build_vmapp(cmd, its, 7, 1, 0xabcd0000UL, 16, true),
               GITS_CMD_VSYNC, 7);
    check_sync(its_build_vmapp(cmd, its, 7, 1, 0, 16, false), 0, 0);
    check_sync(build_vmapp_v41(cmd, its, 7, 1, (void *)0x50000UL, 16,
                               0x7770000UL, 8200, true),
               GITS_CMD_VSYNC, 7);
    check_sync(build_vmapp_v41(cmd, its, 7, 1, (void *)0x50000UL, 16,
                               0x7770000UL, 8200, false), 0, 0);
    check_sync(its_build_vmapti(cmd, 1, 2, 7, 8195, 8300), GITS_CMD_VSYNC, 7);
    check_sync(its_build_vmovi(cmd, 1, 2, 8, 1023), GITS_CMD_VSYNC, 8);
    check_sync(its_build_vmovp(cmd, its, 9, 1, 0, 0), GITS_CMD_VSYNC, 9);
    check_sync(its_build_vinvall(cmd, 9), GITS_CMD_VSYNC, 9);
    check_sync(its_build_invdb(cmd, 9), GITS_CMD_VSYNC, 9);
    check_sync(its_build_event_cmd(cmd, GITS_CMD_CLEAR, 1, 2, its_sync_vpe(9)),
               GITS_CMD_VSYNC, 9);
    check_sync(its_build_event_cmd(cmd, GITS_CMD_INV, 1, 2, its_sync_rd(1)),
               GITS_CMD_SYNC, 1);
    check_sync(its_build_movi(cmd, 1, 2, 1), GITS_CMD_SYNC, 1);
    check_sync(its_build_mapti(cmd, 1, 2, 8200, 1), GITS_CMD_SYNC, 1);
    check_sync(its_build_mapd(cmd, 1, 10, 0x123400UL, true), 0, 0);
    check_sync(its_build_mapd(cmd, 1, 0, 0, false), 0, 0);
    check_sync(its_build_mapc(cmd, its, 1), GITS_CMD_SYNC, 1);
    check_sync(its_build_sync(cmd, its, 1), 0, 0);
    check_sync(its_build_vsync(cmd, 9), 0, 0);
}
#endif /* CONFIG_GICV4 */
