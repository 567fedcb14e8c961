/*
 * tests/unit/tests/test_xen_its.c: Xen's GICv3 LPI/ITS code (as in the
 * tree: Xen 4.17 plus whatever the series changed) on the model, for
 * each GIC version the model offers.  Everything must run with zero
 * model violations, no leak and no failed ASSERT.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"


static const enum gic_version all_versions[] = { GIC_V3, GIC_V4_0, GIC_V4_1 };

/* The first host ITS Xen found (there is always one once booted). */
struct host_its *first_its(void)
{
    CHECK(!list_empty(&host_its_list));
    return list_first_entry(&host_its_list, struct host_its, entry);
}

/* Boot, then make dom0 with 2 vCPUs. */
struct domain *boot(struct gic_model *m)
{
    unit_xen_boot(m);
    return unit_domain_create(0, 2);
}

static void check_boot(struct gic_model *m)
{
    const struct model_config *cfg = model_config(m);
    struct host_its *its = first_its();
    unsigned int cpu;

    CHECK_EQ(its->devid_bits, cfg->devid_bits);
    CHECK_EQ(its->evid_bits, cfg->evid_bits);
    CHECK_EQ(its->itte_size, cfg->itt_entry_size);
    CHECK_EQ(model_count_cmds(m, ITS_OP_MAPC), cfg->nr_cpus);
    CHECK_EQ(model_count_cmds(m, ITS_OP_SYNC), cfg->nr_cpus);
    CHECK_EQ(model_its_read(m, M_GITS_CTLR, 4) & 1, 1);
    for ( cpu = 0; cpu < cfg->nr_cpus; cpu++ )
    {
        CHECK(model_rdist_read(m, cpu, M_GICR_PROPBASER, 8));
        CHECK(model_rdist_read(m, cpu, M_GICR_PENDBASER, 8));
        CHECK_EQ(model_rdist_read(m, cpu, M_GICR_CTLR, 4) & 1, 1);
        CHECK(strstr(model_cmd(m, 2 * cpu)->text, "MAPC icid="));
    }
    unit_check_no_violations();
}

static void boot_version(enum gic_version v)
{
    struct gic_model *m = unit_gic(v);

    unit_xen_boot(m);
    check_boot(m);
}

UNIT_TEST(xen_boot_v3)        { boot_version(GIC_V3); }
UNIT_TEST(xen_boot_v40)       { boot_version(GIC_V4_0); }
UNIT_TEST(xen_boot_v41)       { boot_version(GIC_V4_1); }

UNIT_TEST(xen_boot_pta_eight_cpus)
{
    struct model_config cfg = model_default_config(GIC_V3);
    struct gic_model *m;

    cfg.pta = true;
    cfg.nr_cpus = 8;
    m = unit_gic_cfg(&cfg);
    unit_xen_boot(m);
    check_boot(m);
    CHECK(first_its()->flags & HOST_ITS_USES_PTA);
}

UNIT_TEST(xen_boot_its_with_4k_pages_only)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gic_model *m;
    unsigned int i;

    cfg.page_sizes = 1;             /* 4K: Xen retries 64K, 16K, then 4K */
    m = unit_gic_cfg(&cfg);
    unit_xen_boot(m);
    check_boot(m);
    for ( i = 0; i < 3; i++ )
        CHECK_EQ((model_its_read(m, M_GITS_BASER0 + 8 * i, 8) >> 8) & 3, 0);
}

UNIT_TEST(xen_boot_non_shareable_tables)
{
    struct model_config cfg = model_default_config(GIC_V3);
    struct gic_model *m;

    cfg.non_shareable = true;
    m = unit_gic_cfg(&cfg);
    unit_xen_boot(m);
    check_boot(m);
    /* Xen then treats the command queue as uncached. */
    CHECK(first_its()->flags & HOST_ITS_FLUSH_CMD_QUEUE);
}

UNIT_TEST(xen_boot_two_its)
{
    struct model_config cfg = model_default_config(GIC_V4_0);
    struct gic_model *m;
    struct host_its *its;
    unsigned int n = 0, i;

    cfg.nr_its = 2;
    m = unit_gic_cfg(&cfg);
    unit_xen_boot(m);
    list_for_each_entry(its, &host_its_list, entry)
        CHECK_EQ(its->addr, model_its_base_at(m, n++));
    CHECK_EQ(n, 2);
    /* Each ITS got a MAPC + SYNC per CPU. */
    for ( i = 0; i < model_nr_cmds(m); i++ )
        n += model_cmd(m, i)->its;
    CHECK_EQ(n, 2 + 2 * cfg.nr_cpus);
    CHECK_EQ(model_count_cmds(m, ITS_OP_MAPC), 2 * cfg.nr_cpus);
}

UNIT_TEST(xen_stalled_its_times_out)
{
    struct model_config cfg = model_default_config(GIC_V3);
    struct gic_model *m;
    s_time_t t0;

    cfg.stalled = true;
    m = unit_gic_cfg(&cfg);
    unit_xen_boot_its(m);
    gicv3_set_redist_address(model_rdist_base(m, 0), 0);
    t0 = NOW();
    CHECK_EQ(gicv3_its_setup_collection(0), -ETIMEDOUT);
    CHECK(NOW() - t0 >= MILLISECS(100));
    CHECK_EQ(model_nr_cmds(m), 0);
    emul_mark_boot_allocations();
}

UNIT_TEST(xen_boot_lpi_init_allocation_failures)
{
    /* Every allocation of the host LPI init failing is reported, not hit. */
    unsigned long n;

    for ( n = 1; n <= 2; n++ )
    {
        emul_fail_nth_alloc(n);
        CHECK(gicv3_lpi_init_host_lpis(16) == -ENOMEM);
    }
    emul_mark_boot_allocations();
}

/* Map the host device for dom0 with @nr events, checking the commands. */
void map_device(struct gic_model *m, struct domain *d, uint32_t hdev,
                       uint32_t gdev, unsigned int nr)
{
    unsigned int mapd = model_count_cmds(m, ITS_OP_MAPD);
    unsigned int mapti = model_count_cmds(m, ITS_OP_MAPTI);
    unsigned int inv = model_count_cmds(m, ITS_OP_INV);
    unsigned int i;
    uint32_t intid, icid;
    bool virt;

    CHECK_EQ(gicv3_its_map_guest_device(d, DOORBELL, hdev, GUEST_DOORBELL,
                                        gdev, nr, true), 0);
    /* Xen maps a power of two, at least one block of 32. */
    nr = nr <= LPI_BLOCK ? LPI_BLOCK : 1U << fls(nr - 1);
    CHECK_EQ(model_count_cmds(m, ITS_OP_MAPD), mapd + 1);
    CHECK_EQ(model_count_cmds(m, ITS_OP_MAPTI), mapti + nr);
    CHECK_EQ(model_count_cmds(m, ITS_OP_INV), inv + nr);
    for ( i = 0; i < nr; i++ )
    {
        CHECK(model_translate(m, hdev, i, &virt, &intid, &icid, NULL));
        CHECK(!virt && icid == 0 && intid >= LPI_OFFSET);
        /* The INV made the enable bit Xen set visible to the GIC. */
        CHECK(model_lpi_cached_enabled(m, intid));
    }
    unit_check_no_violations();
}

/*
 * The guest's MAPD V=0.  vgic-v3-its.c passes BIT(Size + 1) events; the
 * guest's Size is usually 0 on unmap.
 */
int unmap_device(struct domain *d, uint32_t hdev, uint32_t gdev)
{
    return gicv3_its_map_guest_device(d, DOORBELL, hdev, GUEST_DOORBELL, gdev,
                                      2, false);
}

uint32_t host_lpi_of(struct gic_model *m, uint32_t hdev, uint32_t ev)
{
    uint32_t intid;

    CHECK(model_translate(m, hdev, ev, NULL, &intid, NULL, NULL));
    return intid;
}

/* The guest's MAPTI as the vITS handles it: connect event -> vLPI. */
struct pending_irq *assign(struct domain *d, uint32_t gdev, uint32_t ev,
                                  uint32_t vlpi, unsigned int vcpu)
{
    struct pending_irq *p = gicv3_assign_guest_event(d, GUEST_DOORBELL, gdev,
                                                     ev, vlpi);

    CHECK(p);
    p->irq = vlpi;
    p->lpi_vcpu_id = vcpu;
    emul_lpi_map(d, vlpi, p);
    return p;
}

static void map_deliver_unmap(enum gic_version v)
{
    struct gic_model *m = unit_gic(v);
    struct domain *d = boot(m);
    uint32_t lpi;
    unsigned int i;

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    CHECK_EQ(model_count_cmds(m, ITS_OP_SYNC), model_config(m)->nr_cpus + 1);
    CHECK(strstr(model_cmd(m, model_nr_cmds(m) - 32 * 2 - 2)->text,
                 "MAPD dev=0x10 size=4"));

    /* Event 3 becomes vLPI 8195 on vCPU1. */
    assign(d, GUEST_DEVID, 3, 8195, 1);
    lpi = host_lpi_of(m, HOST_DEVID, 3);
    CHECK_EQ(unit_device_write(HOST_DEVID, 3), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 1);
    CHECK_EQ(emul_injections[0].domid, 0);
    CHECK_EQ(emul_injections[0].vcpu, 1);
    CHECK_EQ(emul_injections[0].virq, 8195);
    CHECK(emul_injections[0].in_irq);
    CHECK_EQ(emul_sysreg_count("ICC_EOIR1_EL1", lpi), 1);

    /* An event the guest did not map: the LPI is taken and dropped. */
    CHECK_EQ(unit_device_write(HOST_DEVID, 4), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 1);

    /* The guest DISCARDs event 3: no more injections. */
    CHECK_EQ(gicv3_remove_guest_event(d, GUEST_DOORBELL, GUEST_DEVID, 3), 0);
    CHECK_EQ(unit_device_write(HOST_DEVID, 3), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 1);

    /* Remapping the same guest device is refused. */
    CHECK_EQ(gicv3_its_map_guest_device(d, DOORBELL, HOST_DEVID,
                                        GUEST_DOORBELL, GUEST_DEVID, 32, true),
             -EBUSY);

    /* Unmap: MAPD V=0, all memory back, device writes go nowhere. */
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID),
             0);
    CHECK(strstr(model_cmd(m, model_nr_cmds(m) - 1)->text,
                 "itt=0 V=0"));
    CHECK_EQ(emul_live_allocations(false), 1);      /* the LPI chunk page */
    for ( i = 0; i < 32; i++ )
        CHECK_EQ(unit_device_write(HOST_DEVID, i), MODEL_EV_DROPPED);
    CHECK_EQ(emul_nr_injections, 1);
    CHECK(gicv3_its_get_event_pending_irq(d, GUEST_DOORBELL, GUEST_DEVID, 3)
          == NULL);
    emul_mark_boot_allocations();   /* host LPI pages live on */
}

UNIT_TEST(xen_map_deliver_unmap_v3)  { map_deliver_unmap(GIC_V3); }
UNIT_TEST(xen_map_deliver_unmap_v40) { map_deliver_unmap(GIC_V4_0); }
UNIT_TEST(xen_map_deliver_unmap_v41) { map_deliver_unmap(GIC_V4_1); }

#ifdef XEN_HAS_LPI_PERFC
/* Patch "gic-v3-lpi: count LPIs in perf counters". */
UNIT_TEST(xen_perf_counters_count_lpis)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    assign(d, GUEST_DEVID, 0, 8192, 0);
    unit_device_write(HOST_DEVID, 0);
    unit_device_write(HOST_DEVID, 1);
    CHECK_EQ(emul_perfc("lpis"), 2);
    CHECK_EQ(emul_perfc("lpis_injected"), 1);
    CHECK_EQ(emul_perfc("lpis_unmapped"), 1);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    emul_mark_boot_allocations();
}

#endif

UNIT_TEST(xen_lpi_vcpu_id_out_of_range_is_ignored)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    assign(d, GUEST_DEVID, 5, 8197, 200);
    CHECK_EQ(unit_device_write(HOST_DEVID, 5), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 0);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    emul_mark_boot_allocations();
}

UNIT_TEST(xen_lpi_for_dead_domain_is_dropped)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    assign(d, GUEST_DEVID, 0, 8192, 0);
    emul_domain_remove(d);
    CHECK_EQ(unit_device_write(HOST_DEVID, 0), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 0);
    emul_domain_add(d);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    emul_mark_boot_allocations();
}

UNIT_TEST(xen_two_devices_many_events)
{
    struct gic_model *m = unit_gic(GIC_V4_0);
    struct domain *d = boot(m);

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 100);     /* 128 events */
    map_device(m, d, HOST_DEVID + 1, GUEST_DEVID + 1, 32);
    CHECK(host_lpi_of(m, HOST_DEVID, 127) != host_lpi_of(m, HOST_DEVID + 1, 0));
    assign(d, GUEST_DEVID + 1, 31, 9000, 1);
    unit_device_write(HOST_DEVID + 1, 31);
    CHECK_EQ(emul_nr_injections, 1);
    CHECK_EQ(emul_injections[0].virq, 9000);

    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    map_device(m, d, HOST_DEVID + 2, GUEST_DEVID + 2, 32);
    CHECK_EQ(unmap_device(d, HOST_DEVID + 1, GUEST_DEVID + 1), 0);
    CHECK_EQ(unmap_device(d, HOST_DEVID + 2, GUEST_DEVID + 2), 0);
    emul_mark_boot_allocations();
}

UNIT_TEST(xen_map_rejects_bad_ids)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);

    CHECK_EQ(gicv3_its_map_guest_device(d, DOORBELL + 0x10000, HOST_DEVID,
                                        GUEST_DOORBELL, 1, 32, true), -ENOENT);
    CHECK_EQ(gicv3_its_map_guest_device(d, DOORBELL, 1U << 16,
                                        GUEST_DOORBELL, 1, 32, true), -EINVAL);
    CHECK_EQ(gicv3_its_map_guest_device(d, DOORBELL, HOST_DEVID,
                                        GUEST_DOORBELL, 1, 1U << 16, true),
             -EINVAL);
    CHECK_EQ(model_count_cmds(m, ITS_OP_MAPD), 0);
}

UNIT_TEST(xen_lazy_its_map_unmap_waits_for_commands)
{
    struct model_config cfg = model_default_config(GIC_V3);
    struct gic_model *m;
    struct domain *d;

    cfg.lazy = true;        /* commands run only when Xen polls CREADR */
    m = unit_gic_cfg(&cfg);
    d = boot(m);
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 64);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID),
             0);
    model_process_commands(m);
    emul_mark_boot_allocations();
}

/*
 * Allocation failures while mapping a device: the error is returned, no
 * memory leaks, the GIC is left referencing nothing that was freed, and
 * the domain's device tree is still sound (mapping again works).
 */
void map_with_failure(unsigned long nth, bool lazy)
{
    struct model_config cfg = model_default_config(GIC_V3);
    struct gic_model *m;
    struct domain *d;
    int rc;

    cfg.lazy = lazy;
    m = unit_gic_cfg(&cfg);
    d = boot(m);
    emul_fail_nth_alloc(nth);
    rc = gicv3_its_map_guest_device(d, DOORBELL, HOST_DEVID, GUEST_DOORBELL,
                                    GUEST_DEVID, 64, true);
    CHECK_EQ(emul_nr_alloc_failures, 1);
    CHECK_EQ(rc, -ENOMEM);
    model_process_commands(m);
    unit_check_no_violations();
    /* Whatever failed, the device can be mapped and used afterwards. */
    CHECK(gicv3_its_get_event_pending_irq(d, GUEST_DOORBELL, GUEST_DEVID, 0)
          == NULL);
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 64);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID),
             0);
    emul_mark_boot_allocations();
}

/* Allocations 1-4: ITT, its_device, pend_irqs, host_lpi_blocks. */
UNIT_TEST(xen_map_fails_alloc_1) { map_with_failure(1, false); }
UNIT_TEST(xen_map_fails_alloc_2) { map_with_failure(2, false); }
UNIT_TEST(xen_map_fails_alloc_3) { map_with_failure(3, false); }
UNIT_TEST(xen_map_fails_alloc_4) { map_with_failure(4, false); }

UNIT_TEST(xen_lpi_waits_for_an_interrupt_window)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);
    unsigned long flags;
    spinlock_t l;

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    assign(d, GUEST_DEVID, 0, 8192, 0);
    spin_lock_init(&l);
    spin_lock_irqsave(&l, flags);
    CHECK_EQ(unit_device_write(HOST_DEVID, 0), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_injections, 0);                /* masked: waits */
    CHECK_EQ(unit_deferred_lpis(), 1);
    spin_unlock_irqrestore(&l, flags);
    CHECK_EQ(emul_nr_injections, 1);                /* taken on unmask */
    CHECK(emul_injections[0].in_irq);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    emul_mark_boot_allocations();
}

void enter_guest(struct gic_model *m, struct vcpu *v)
{
    unsigned long flags;

    local_irq_save(flags);
    gicv4_vcpu_load(v);
    model_enter_guest(m, emul_cpu);
    local_irq_restore(flags);
}

void switch_out(struct vcpu *v)
{
    unsigned long flags;

    local_irq_save(flags);
    gicv4_vcpu_put(v);
    local_irq_restore(flags);
}
