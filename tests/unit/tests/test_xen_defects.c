/*
 * tests/unit/tests/test_xen_defects.c: defects of Xen 4.17's ITS/LPI code
 * found with the model.  Each case asserts the correct behaviour, so it
 * fails on the unfixed code; they run with KNOWN_DEFECTS=1 only.  When a
 * patch fixes one, make it a UNIT_TEST (and name it in the patch).
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"

/*
 * gic-v3-its.c, gicv3_its_map_guest_device(): the device is linked into
 * d->arch.vgic.its_devices (rb_insert_color) before the host LPI blocks
 * are allocated; when that allocation fails, the error path frees the
 * its_device without rb_erase().  The next lookup walks freed memory.
 * Allocation 5 is the host LPI chunk page (alloc_xenheap_page).
 */
UNIT_TEST(xen417_map_error_leaves_freed_device_in_tree)
{
    map_with_failure(5, false);
}

/*
 * The same error path taken because the ITS did not complete the MAPTIs
 * in time (gicv3_its_wait_commands() -> -ETIMEDOUT): the freed device is
 * still in the tree when the guest retries.
 */
UNIT_TEST(xen417_its_timeout_leaves_freed_device_in_tree)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);

    model_set_stalled(m, true);
    CHECK_EQ(gicv3_its_map_guest_device(d, DOORBELL, HOST_DEVID,
                                        GUEST_DOORBELL, GUEST_DEVID, 32, true),
             -ETIMEDOUT);
    /* The ITS stays hung: the guest's next look-up must not crash. */
    CHECK(gicv3_its_get_event_pending_irq(d, GUEST_DOORBELL, GUEST_DEVID, 0)
          == NULL);
    emul_mark_boot_allocations();
}

/*
 * Same error path: after MAPD V=0 the ITT is freed at once, without
 * waiting for the ITS to process the command (gicv3_its_wait_commands),
 * while the ITS may still use the ITT.  Visible with a lazy ITS.
 */
UNIT_TEST(xen417_map_error_frees_itt_before_mapd_completes)
{
    map_with_failure(5, true);
}

/*
 * gic-v3-lpi.c, gicv3_free_host_lpi_block(): compares next_free_lpi, an
 * index counted from 0, with first_lpi, an INTID counted from 8192, so
 * the "reuse this block next" rewind never happens (or rewinds to a
 * wrong place once more than 8192 LPIs were handed out).
 */
UNIT_TEST(xen417_freed_lpi_block_is_not_reused_next)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);
    uint32_t first;

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    map_device(m, d, HOST_DEVID + 1, GUEST_DEVID + 1, 32);
    first = host_lpi_of(m, HOST_DEVID, 0);
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    map_device(m, d, HOST_DEVID + 2, GUEST_DEVID + 2, 32);
    CHECK_EQ(host_lpi_of(m, HOST_DEVID + 2, 0), first);
    CHECK_EQ(unmap_device(d, HOST_DEVID + 1, GUEST_DEVID + 1), 0);
    CHECK_EQ(unmap_device(d, HOST_DEVID + 2, GUEST_DEVID + 2), 0);
    emul_mark_boot_allocations();
}

/*
 * gic-v3-lpi.c, gicv3_lpi_set_proptable(): when the redistributor reports
 * GICR_PROPBASER as non-shareable, Xen sets InnerCache=nC in its copy but
 * then tests "(reg & INNER_CACHEABILITY_MASK) <= GIC_BASER_CACHE_nC",
 * comparing the field in place (bits [9:7]) with an unshifted 1.  So the
 * register is never rewritten with nC and LPI_PROPTABLE_NEEDS_FLUSHING is
 * never set: property table updates are not cleaned to memory, on the
 * very systems that need it.
 */
UNIT_TEST(xen417_non_shareable_propbaser_not_made_uncached)
{
    struct model_config cfg = model_default_config(GIC_V3);
    struct gic_model *m;
    struct domain *d;
    unsigned long before;
    uint64_t prop;
    uint32_t lpi;

    cfg.non_shareable = true;
    m = unit_gic_cfg(&cfg);
    d = boot(m);
    prop = model_rdist_read(m, 0, M_GICR_PROPBASER, 8);
    before = emul_nr_dcache_ops;
    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    /* Either the GIC was told nC, or Xen cleans the bytes it enabled. */
    lpi = host_lpi_of(m, HOST_DEVID, 0);
    CHECK(((prop >> 7) & 7) <= 1 ||
          emul_dcache_cleaned(maddr_to_virt((prop & GENMASK(51, 12)) +
                                            lpi - LPI_OFFSET), 32, before));
    CHECK_EQ(unmap_device(d, HOST_DEVID, GUEST_DEVID), 0);
    emul_mark_boot_allocations();
}

/*
 * gic-v3-its.c, gicv3_its_map_guest_device(): the number of events is
 * rounded and range-checked before looking at "valid", so an unmap (the
 * guest's MAPD V=0, whose Size field the architecture ignores) with a
 * large Size fails with -EINVAL; its_handle_mapd() ignores errors on
 * unmap, and the host device stays mapped with its LPIs and ITT.
 */
UNIT_TEST(xen417_unmap_with_large_size_is_refused)
{
    struct gic_model *m = unit_gic(GIC_V3);
    struct domain *d = boot(m);

    map_device(m, d, HOST_DEVID, GUEST_DEVID, 32);
    /* vgic-v3-its.c passes BIT(Size + 1): Size = 31 on unmap. */
    CHECK_EQ(gicv3_its_map_guest_device(d, DOORBELL, HOST_DEVID,
                                        GUEST_DOORBELL, GUEST_DEVID,
                                        1UL << 32, false), 0);
    CHECK(!model_translate(m, HOST_DEVID, 0, NULL, NULL, NULL, NULL));
    emul_mark_boot_allocations();
}
