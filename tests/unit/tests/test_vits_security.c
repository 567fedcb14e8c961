/*
 * tests/unit/tests/test_vits_security.c: the vITS (vgic-v3-its.c) facing
 * a guest that means harm (issue 18).  Each case drives Xen's vITS as a
 * guest would, through its MMIO handlers and command queue, and checks
 * a bound or an invariant that a hostile command sequence used to break:
 * work done with interrupts off, the vCPU whose lock guards an LPI's
 * queues, the LPI tree's node reserve.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"
#include "vits_driver.h"
#include "explore.h"

#define DEV         1U

/*
 * Xen's unmapping of a dying domain's devices; a tree without it (Xen
 * 4.17) unmaps nothing.
 */
int vgic_v3_its_relinquish(struct domain *d);
__attribute__((weak)) int vgic_v3_its_relinquish(struct domain *d)
{
    return 0;
}

static uint64_t itt(unsigned int n)
{
    return virt_to_maddr(vits.ram) + VITS_ITT_OFF + n * SZ_4K;
}

/*
 * Let the guest use vLPIs from @base on, up to 2^31 (as a guest's
 * GICR_PROPBASER.IDbits can ask): the property table is moved so that
 * the byte of vLPI @base is the first byte of the driver's table (guest
 * RAM is too small for a 2 GiB table).  The vLPIs are too large for the
 * GICv4 VM (its ID bits stay those of the host): they take the software
 * path.
 */
static void high_vlpis(uint32_t base)
{
    struct domain *d = vits.d;

    d->arch.vgic.nr_lpis = BIT(31, UL);
    d->arch.vgic.rdist_propbase =
        (virt_to_maddr(vits.ram) + VITS_PROP_OFF - (base - LPI_OFFSET)) |
        (d->arch.vgic.rdist_propbase & 0x1f);
}

static uint8_t *prop_of(uint32_t base, uint32_t vlpi)
{
    return vits.ram + VITS_PROP_OFF + (vlpi - base);
}

static void end_session(void)
{
    vits_mapd(DEV, 5, 0, false);
    vits_session_end();
    emul_mark_boot_allocations();
}

/*
 * Defect 1: INVALL walks the LPI tree with the vCPU's vgic lock held and
 * interrupts off.  Sixteen events of vCPU1 at vLPI 2^30 (a full gang of
 * the look-up) and one INVALL of vCPU0's collection must cost a few
 * look-ups, not one per vLPI number below the foreign ones; and the walk
 * must still reach vCPU0's own event behind them.
 */
UNIT_TEST(vits_invall_walk_skips_foreign_vlpis)
{
    const uint32_t base = 1U << 30;
    struct pending_irq *p;
    unsigned int ev;

    vits_boot();
    vits_session_begin();
    high_vlpis(base);
    vits_mapd(DEV, 5, itt(0), true);
    for ( ev = 0; ev < 16; ev++ )
        vits_mapti(DEV, ev, base + ev, 1);
    vits_mapti(DEV, 16, base + 16, 0);
    for ( ev = 0; ev <= 16; ev++ )
        CHECK(irq_to_pending(vits.d->vcpu[0], base + ev));

    /* vCPU0's vLPI is disabled: INVALL must find it to take it in. */
    *prop_of(base, base + 16) &= ~LPI_PROP_ENABLED;
    p = irq_to_pending(vits.d->vcpu[0], base + 16);
    CHECK(test_bit(GIC_IRQ_GUEST_ENABLED, &p->status));

    emul_nr_gang_lookups = 0;
    emul_gang_lookup_limit = 1000;
    vits_invall(0);
    emul_gang_lookup_limit = 0;
    CHECK(emul_nr_gang_lookups <= 2);
    CHECK(!test_bit(GIC_IRQ_GUEST_ENABLED, &p->status));
    vits_check("INVALL");

    end_session();
}

/* vLPIs above the GICv4 VM's ID bits: the software path, GICv4 or not. */
#define SW_BASE     (1U << 20)
#define SW_EV       3U
#define SW_VLPI     (SW_BASE + SW_EV)

static struct pending_irq *map_sw_event(unsigned int coll)
{
    struct pending_irq *p;

    vits_boot();
    vits_session_begin();
    high_vlpis(SW_BASE);
    vits_mapd(DEV, 5, itt(0), true);
    vits_mapti(DEV, SW_EV, SW_VLPI, coll);
    p = irq_to_pending(vits.d->vcpu[0], SW_VLPI);
    CHECK(p);
    CHECK_EQ(p->lpi_vcpu_id, coll);
    return p;
}

/*
 * Defect 3: an LPI pending on vCPU1 (INT), moved to vCPU0 (MOVI), then
 * cleared (CLEAR).  Its queues must follow it: CLEAR takes vCPU0's lock,
 * and the emulation fails an unlink from vCPU1's lists under it.  Then
 * the same back: the pending state moves with the LPI.
 */
UNIT_TEST(vits_movi_moves_a_queued_lpi_with_its_queues)
{
    struct vcpu *v0, *v1;
    struct pending_irq *p = map_sw_event(1);

    v0 = vits.d->vcpu[0];
    v1 = vits.d->vcpu[1];
    vits_event_cmd(GITS_CMD_INT, DEV, SW_EV);
    CHECK_EQ(emul_vgic_queued(v1, true), 1);

    vits_movi(DEV, SW_EV, 0);
    CHECK_EQ(p->lpi_vcpu_id, 0);
    vits_event_cmd(GITS_CMD_CLEAR, DEV, SW_EV);
    CHECK_EQ(emul_vgic_queued(v0, true) + emul_vgic_queued(v1, true), 0);
    CHECK_EQ(emul_vgic_queued(v0, false) + emul_vgic_queued(v1, false), 0);

    /* Pending on vCPU0, moved back: still pending, on vCPU1 only. */
    vits_event_cmd(GITS_CMD_INT, DEV, SW_EV);
    CHECK_EQ(emul_vgic_queued(v0, true), 1);
    vits_movi(DEV, SW_EV, 1);
    CHECK_EQ(emul_vgic_queued(v0, false), 0);
    CHECK_EQ(emul_vgic_queued(v0, true), 0);
    CHECK_EQ(emul_vgic_queued(v1, false), 1);
    CHECK_EQ(emul_vgic_queued(v1, true), 1);
    CHECK(test_bit(GIC_IRQ_GUEST_QUEUED, &p->status));
    vits_check("MOVI");
    end_session();
}

/*
 * Defect 3, and how MOVI must not fix it: an LPI in a list register of
 * vCPU1 (the guest is taking it there) stays on vCPU1's queues until it
 * leaves the LR (gic_update_one_lr() moves it then), but the MOVI itself
 * is not refused: a guest taking vCPU1 offline moves its interrupts away
 * first, and the LPI's later MSIs must reach vCPU0.  Meanwhile CLEAR,
 * INV and DISCARD edit it under vCPU1's lock (the emulation fails an
 * unlink under the wrong one), and a MOVI back cancels the move.
 */
UNIT_TEST(vits_movi_of_an_lpi_in_a_list_register_moves_its_target)
{
    struct pending_irq *p = map_sw_event(1);
    struct vcpu *v0 = vits.d->vcpu[0], *v1 = vits.d->vcpu[1];
    unsigned long flags;

    vits_event_cmd(GITS_CMD_INT, DEV, SW_EV);
    /* What gic_raise_guest_irq() does when it finds a free LR. */
    spin_lock_irqsave(&v1->arch.vgic.lock, flags);
    gic_remove_from_lr_pending(v1, p);
    set_bit(GIC_IRQ_GUEST_VISIBLE, &p->status);
    clear_bit(GIC_IRQ_GUEST_QUEUED, &p->status);
    spin_unlock_irqrestore(&v1->arch.vgic.lock, flags);

    vits_movi(DEV, SW_EV, 0);
    CHECK_EQ(p->lpi_target_vcpu, 0);
    CHECK_EQ(p->lpi_vcpu_id, 1);
    CHECK_EQ(emul_vgic_queued(v1, false), 1);
    CHECK_EQ(emul_vgic_queued(v0, false), 0);

    /* Another MSI meanwhile is pending where the LPI is, not lost. */
    vits_event_cmd(GITS_CMD_INT, DEV, SW_EV);
    CHECK(test_bit(GIC_IRQ_GUEST_QUEUED, &p->status));
    vits_event_cmd(GITS_CMD_INV, DEV, SW_EV);
    vits_event_cmd(GITS_CMD_CLEAR, DEV, SW_EV);

    /* Back to vCPU1 before it left the LR: no move left to do. */
    vits_movi(DEV, SW_EV, 1);
    CHECK_EQ(p->lpi_target_vcpu, 1);
    CHECK_EQ(p->lpi_vcpu_id, 1);

    /* Moved again, then discarded while still in vCPU1's LR. */
    vits_movi(DEV, SW_EV, 0);
    vits_event_cmd(GITS_CMD_DISCARD, DEV, SW_EV);
    CHECK_EQ(emul_vgic_queued(v0, false) + emul_vgic_queued(v1, false), 0);
    CHECK(!irq_to_pending(v0, SW_VLPI));
    vits_check("MOVI");
    end_session();
}

/* The guest takes the LPI into an LR of @v (gic_raise_guest_irq()). */
static void into_lr(struct vcpu *v, struct pending_irq *p)
{
    unsigned long flags;

    spin_lock_irqsave(&v->arch.vgic.lock, flags);
    gic_remove_from_lr_pending(v, p);
    set_bit(GIC_IRQ_GUEST_VISIBLE, &p->status);
    clear_bit(GIC_IRQ_GUEST_QUEUED, &p->status);
    p->lr = 0;
    spin_unlock_irqrestore(&v->arch.vgic.lock, flags);
}

/*
 * The same, but vCPU1 went down (PSCI CPU_OFF) with the LPI in its list
 * registers, and another vCPU moves the LPI away: vCPU1 will not exit
 * again to hand it over, and its list registers are cleared when it comes
 * back.  The LPI must move at once, still pending.
 */
UNIT_TEST(vits_movi_of_an_lpi_in_the_lrs_of_a_vcpu_that_is_down)
{
    struct pending_irq *p = map_sw_event(1);
    struct vcpu *v0 = vits.d->vcpu[0], *v1 = vits.d->vcpu[1];

    vits_event_cmd(GITS_CMD_INT, DEV, SW_EV);
    into_lr(v1, p);
    set_bit(_VPF_down, &v1->pause_flags);

    vits_movi(DEV, SW_EV, 0);
    CHECK_EQ(p->lpi_vcpu_id, 0);
    CHECK_EQ(p->lpi_target_vcpu, 0);
    CHECK(!test_bit(GIC_IRQ_GUEST_VISIBLE, &p->status));
    CHECK(test_bit(GIC_IRQ_GUEST_QUEUED, &p->status));
    CHECK_EQ(emul_vgic_queued(v0, false), 1);
    CHECK_EQ(emul_vgic_queued(v1, false), 0);
    clear_bit(_VPF_down, &v1->pause_flags);
    vits_check("MOVI");
    end_session();
}

/*
 * INVALL applies to the LPIs that target the collection's vCPU, including
 * one that MOVI moved there while it sat in a list register of another
 * vCPU: disabled there, moved, enabled in the property table, INVALL of
 * the new collection.  It must come out enabled, or it is never raised
 * again after it changed hands.
 */
UNIT_TEST(vits_invall_reaches_an_lpi_whose_move_is_pending)
{
    struct pending_irq *p = map_sw_event(0);

    vits_event_cmd(GITS_CMD_INT, DEV, SW_EV);
    into_lr(vits.d->vcpu[0], p);
    *prop_of(SW_BASE, SW_VLPI) &= ~LPI_PROP_ENABLED;
    vits_event_cmd(GITS_CMD_INV, DEV, SW_EV);
    CHECK(!test_bit(GIC_IRQ_GUEST_ENABLED, &p->status));

    vits_movi(DEV, SW_EV, 1);
    CHECK_EQ(p->lpi_vcpu_id, 0);
    CHECK_EQ(p->lpi_target_vcpu, 1);
    *prop_of(SW_BASE, SW_VLPI) |= LPI_PROP_ENABLED;
    vits_invall(1);
    CHECK(test_bit(GIC_IRQ_GUEST_ENABLED, &p->status));
    vits_check("INVALL");
    end_session();
}

/*
 * Defect 7: the LPI tree takes its nodes from a per-domain reserve (it is
 * written with interrupts off).  An insertion may grow the tree's height
 * and then build a path under the new top: vLPI 8195 makes Xen's radix
 * tree 3 levels high, vLPI 2^30 then needs 3 more levels on top and 5
 * nodes below.  The MAPTI must not fail for want of nodes.
 */
UNIT_TEST(vits_mapti_grows_the_lpi_tree_to_full_height)
{
    const uint32_t base = 1U << 30;
    struct domain *d;

    vits_boot();
    vits_session_begin();
    d = vits.d;
    vits_mapd(DEV, 5, itt(0), true);
    /* No redistributor has LPIs enabled yet: no property to read. */
    d->arch.vgic.rdists_enabled = false;
    vits_mapti(DEV, 0, LPI_OFFSET + 3, 0);
    d->arch.vgic.rdists_enabled = true;
    CHECK(irq_to_pending(d->vcpu[0], LPI_OFFSET + 3));
    CHECK_EQ(d->arch.vgic.pend_lpi_tree.height, 3);

    high_vlpis(base);
    vits_mapti(DEV, 1, base, 1);
    CHECK(irq_to_pending(d->vcpu[0], base));
    CHECK_EQ(d->arch.vgic.pend_lpi_tree.height, 6);
    vits_mapti(DEV, 2, base + 1, 1);
    CHECK(irq_to_pending(d->vcpu[0], base + 1));
    vits_check("MAPTI");

    end_session();
}

#ifdef CONFIG_GICV4
/*
 * Defect 6: the INVs of directly mapped events are gathered and sent as
 * one VINVALL (and VSYNC) per vCPU at the end of a batch.  A command that
 * changes no mapping must not send them early: a queue of INV, MAPC
 * pairs costs the host what a queue of INVs does.
 */
UNIT_TEST(vits_inv_mapc_interleaved_cost_as_pure_invs)
{
    unsigned int i, n, before, vinvall;
    uint32_t vpe;
    bool virt;

    vits_boot();
    vits_session_begin();
    vits_mapd(DEV, 5, itt(0), true);
    vits_mapti(DEV, 3, LPI_OFFSET + 3, 1);
    CHECK(model_translate(vits.m, DEV, 3, &virt, NULL, &vpe, NULL) && virt);

    n = (vits.cq_size / ITS_CMD_SIZE - 1) / 2;
    for ( i = 0; i < n; i++ )
    {
        vits_queue(GITS_CMD_INV | ((uint64_t)DEV << 32), 3, 0, 0);
        /* Collection 2 on vCPU (i & 1): no event is in it. */
        vits_queue(GITS_CMD_MAPC, 0,
                   2 | ((uint64_t)(i & 1) << 16) | GITS_VALID_BIT, 0);
    }
    before = model_nr_cmds(vits.m);
    vinvall = model_count_cmds(vits.m, ITS_OP_VINVALL);
    vits_kick();
    CHECK_EQ(vits_read(GITS_CREADR, 8), vits_read(GITS_CWRITER, 8));
    CHECK_EQ(model_nr_cmds(vits.m) - before, 2);
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_VINVALL) - vinvall, 1);
    vits_check("INV/MAPC");

    vits_event_cmd(GITS_CMD_DISCARD, DEV, 3);
    end_session();
}
#endif

/*
 * Defect 2: a domain dies with devices and events still mapped (no MAPD
 * V=0 from the guest), one event pending on a vCPU.  Relinquishing its
 * resources unmaps them, giving way between devices; destroying it then
 * finds nothing mapped, and the devices' MSIs reach nobody.
 */
UNIT_TEST(vits_domain_dies_with_devices_mapped)
{
    unsigned long injections;
    unsigned int restarts = 0, dev;
    int rc;

    vits_boot();
    vits_session_begin();
    for ( dev = DEV; dev <= DEV + 1; dev++ )
    {
        vits_mapd(dev, 5, itt(dev), true);
        vits_mapti(dev, 0, LPI_OFFSET + 2 * dev, 1);
        vits_mapti(dev, 1, LPI_OFFSET + 2 * dev + 1, 0);
    }
    vits_event_cmd(GITS_CMD_INT, DEV, 0);
    vits_check("mapped");

    /* domain_relinquish_resources(), preempted after every device. */
    emul_preempt_every = 1;
    while ( (rc = vgic_v3_its_relinquish(vits.d)) == -ERESTART )
        CHECK(++restarts <= 4);
    emul_preempt_every = 0;
    CHECK_EQ(rc, 0);
    CHECK(RB_EMPTY_ROOT(&vits.d->arch.vgic.its_devices));
    CHECK(restarts >= 1);
    CHECK(!irq_to_pending(vits.d->vcpu[0], LPI_OFFSET + 2 * DEV));
    CHECK_EQ(emul_vgic_queued(vits.d->vcpu[1], false), 0);

    vits_domain_destroy();

    /* The devices' MSIs: nothing translates them, nothing is injected. */
    injections = emul_nr_all_injections;
    for ( dev = DEV; dev <= DEV + 1; dev++ )
    {
        CHECK(!model_translate(vits.m, dev, 0, NULL, NULL, NULL, NULL));
        model_device_write(vits.m, dev, 0);
        model_device_write(vits.m, dev, 1);
    }
    CHECK_EQ(emul_nr_all_injections, injections);
    emul_mark_boot_allocations();
}

/*
 * Defect 4 (part): one MAPD maps every event of the device on the host, a
 * host LPI each.  The vITS offers 11 EventID bits at most (2048 events,
 * the largest MSI-X table), whatever the host ITS has (14 bits here), and
 * refuses a larger Size.
 */
UNIT_TEST(vits_mapd_size_capped_at_msix_table_size)
{
    unsigned int mapd;
    uint64_t typer;
    paddr_t db;

    vits_boot();
    vits_session_begin();
    db = vits.its + ITS_DOORBELL_OFFSET;
    typer = vits_read(GITS_TYPER, 8);
    CHECK_EQ(((typer >> GITS_TYPER_IDBITS_SHIFT) & 0x1f) + 1, 11);

    mapd = model_count_cmds(vits.m, ITS_OP_MAPD);
    vits_mapd(DEV, 13, itt(0), true);       /* 2^13 events */
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_MAPD), mapd);
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, db, DEV), 0);

    vits_mapd(DEV, 11, itt(0), true);       /* 2^11 events */
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_MAPD), mapd + 1);
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, db, DEV), 2048);
    vits_check("MAPD");

    end_session();
}

/*
 * Defect 4 (per trap): the largest queue a guest can give (256 pages,
 * 32768 slots) full of commands, and one write of CWRITER.  The trap
 * handles a bounded share, CREADR shows how far it got, and the guest's
 * polls of CREADR (what every driver does until CREADR reaches CWRITER)
 * handle the rest, a bounded share each.  Disabled part way, the ITS
 * handles nothing more and reads as quiescent; enabled again, the polls
 * finish the queue.
 */
#define BIG_CMDQ_OFF    0x100000UL
#define BIG_CMDQ_PAGES  256U
#define PER_TRAP        256U        /* vgic-v3-its.c: VITS_WORK_PER_TRAP */

UNIT_TEST(vits_cwriter_write_handles_a_bounded_share_per_trap)
{
    const uint64_t size = BIG_CMDQ_PAGES * SZ_4K;
    const uint64_t nr = size / ITS_CMD_SIZE - 1;
    uint64_t *q, i, creadr, prev = 0;
    unsigned int polls = 0;

    vits_boot();
    vits_session_begin();
    vits_mapd(DEV, 5, itt(0), true);
    vits_mapti(DEV, 0, LPI_OFFSET + 1, 0);

    vits_write(GITS_CTLR, 0, 4);
    vits_write(GITS_CBASER, (virt_to_maddr(vits.ram) + BIG_CMDQ_OFF) |
                            GITS_VALID_BIT | (BIG_CMDQ_PAGES - 1), 8);
    vits_write(GITS_CWRITER, 0, 8);
    vits_write(GITS_CTLR, GITS_CTLR_ENABLE, 4);
    q = (uint64_t *)(vits.ram + BIG_CMDQ_OFF);
    for ( i = 0; i < nr; i++ )
    {
        uint64_t *c = q + i * 4;

        /* INV of a mapped event and SYNC, in turn. */
        c[0] = (i & 1) ? GITS_CMD_SYNC : GITS_CMD_INV | ((uint64_t)DEV << 32);
        c[1] = c[2] = c[3] = 0;
    }

    vits_write(GITS_CWRITER, nr * ITS_CMD_SIZE, 8);
    creadr = vits_read(GITS_CREADR, 8);
    /* The write and this read: two traps' worth at most. */
    CHECK(creadr <= 2 * PER_TRAP * ITS_CMD_SIZE);
    CHECK(creadr > 0);
    CHECK(!(vits_read(GITS_CTLR, 4) & GITS_CTLR_QUIESCENT));

    /* Disabled: nothing more is handled, and the ITS is quiescent. */
    vits_write(GITS_CTLR, 0, 4);
    CHECK(vits_read(GITS_CTLR, 4) & GITS_CTLR_QUIESCENT);
    CHECK_EQ(vits_read(GITS_CREADR, 8), creadr);
    vits_write(GITS_CTLR, GITS_CTLR_ENABLE, 4);

    while ( creadr != nr * ITS_CMD_SIZE )
    {
        prev = creadr;
        creadr = vits_read(GITS_CREADR, 8);
        CHECK(creadr > prev);
        CHECK(creadr - prev <= PER_TRAP * ITS_CMD_SIZE);
        CHECK(++polls <= nr / PER_TRAP + 2);
    }
    CHECK(polls >= nr / PER_TRAP - 2);
    CHECK(vits_read(GITS_CTLR, 4) & GITS_CTLR_QUIESCENT);
    vits_check("32767 commands");

    end_session();
}

/*
 * Defect 4 (per trap): a queue full of MAPD V=1 / V=0 pairs of a device
 * with 32 events (the least Xen maps: 32 host MAPTIs and INVs for each
 * MAPD V=1).  However the guest fills its queue, one trap costs the host
 * a bounded number of commands; and a MAPD of 2048 events takes a trap
 * to itself.
 */
UNIT_TEST(vits_mapd_pairs_cost_a_bounded_host_work_per_trap)
{
    unsigned int i, n, before, most = 0, traps = 0;
    uint64_t creadr, prev;
    uint64_t c[4];

    vits_boot();
    vits_session_begin();
    n = (vits.cq_size / ITS_CMD_SIZE - 1) / 2;
    for ( i = 0; i < n; i++ )
    {
        c[0] = GITS_CMD_MAPD | ((uint64_t)DEV << 32);
        c[1] = 5 - 1;
        c[2] = itt(0) | GITS_VALID_BIT;
        vits_queue(c[0], c[1], c[2], 0);
        vits_queue(c[0], 0, 0, 0);
    }

    before = model_nr_cmds(vits.m);
    vits_write(GITS_CWRITER, vits.cw, 8);
    creadr = 0;
    do {
        unsigned int cmds = model_nr_cmds(vits.m) - before;

        most = max(most, cmds);
        before = model_nr_cmds(vits.m);
        prev = creadr;
        creadr = vits_read(GITS_CREADR, 8);
        CHECK(++traps <= 2 * n + 2);
    } while ( creadr != prev );
    CHECK_EQ(creadr, vits.cw);
    /* 8 MAPDs a trap: 4 pairs of 32 MAPTIs, 32 INVs, MAPD, SYNCs. */
    CHECK(most <= 2 * (PER_TRAP / 32 + 1) * (2 * 32 + 4));
    CHECK(traps >= n / (PER_TRAP / 32 + 1));
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, vits.its +
                                           ITS_DOORBELL_OFFSET, DEV), 0);

    /* A MAPD of 2048 events ends its trap: its V=0 waits for a poll. */
    vits_queue(GITS_CMD_MAPD | ((uint64_t)(DEV + 1) << 32), 11 - 1,
               itt(0) | GITS_VALID_BIT, 0);
    vits_queue(GITS_CMD_MAPD | ((uint64_t)(DEV + 1) << 32), 0, 0, 0);
    vits_queue(GITS_CMD_SYNC, 0, 0, 0);
    before = model_nr_cmds(vits.m);
    vits_write(GITS_CWRITER, vits.cw, 8);
    CHECK(model_nr_cmds(vits.m) - before <= 2 * 2048 + 2048 / 32 + 2);
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, vits.its +
                                           ITS_DOORBELL_OFFSET, DEV + 1),
             2048);
    vits_kick();
    CHECK_EQ(vits_read(GITS_CREADR, 8), vits.cw);
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, vits.its +
                                           ITS_DOORBELL_OFFSET, DEV + 1), 0);
    vits_check("MAPD pairs");

    end_session();
}

/*
 * Defect 4 (per domain): every event of a mapped device holds a host
 * LPI, which all domains and Xen share.  The host has 2^16 - 8192 of
 * them here; a domain may hold half (vits-host-lpis' default).  The
 * guest MAPDs 28 devices of 2048 events: 14 are mapped, the others are
 * refused and counted, and another domain still gets host LPIs for its
 * device.  An unmap gives the LPIs back.
 */
UNIT_TEST(vits_mapd_past_the_host_lpi_quota_is_refused)
{
    unsigned long refused = emul_perfc("vits_mapd_over_quota");
    unsigned int dev, held = 0;
    struct domain *d2;
    paddr_t db;

    vits_boot();
    vits_session_begin();
    db = vits.its + ITS_DOORBELL_OFFSET;

    /*
     * A domain other than the hardware domain (a MAPD of its own vITS
     * would do this): half of the host LPIs by default, no more.
     */
    d2 = unit_domain_create(1, 1);
    CHECK_EQ(gicv3_its_assign_devids(d2, unit_its_node(0), 100, 28), 0);
    for ( dev = 100; dev < 128; dev++ )
        if ( !gicv3_its_map_guest_device(d2, db, dev, db, dev, 2048, true) )
            held += gicv3_its_guest_device_events(d2, db, dev);
    CHECK_EQ(held, (BIT(16, U) - LPI_OFFSET) / 2);
    CHECK_EQ(emul_perfc("vits_mapd_over_quota") - refused, 14);

    /* The hardware domain still maps its devices: the other half. */
    for ( dev = 1; dev <= 14; dev++ )
    {
        vits_mapd(dev, 11, itt(0), true);
        CHECK_EQ(gicv3_its_guest_device_events(vits.d, db, dev), 2048);
    }
    CHECK_EQ(emul_perfc("vits_mapd_over_quota") - refused, 14);

    /*
     * An unmap gives a device's LPIs back to the domain at once (Linux
     * unmaps and maps a device again when it reallocates its vectors).
     */
    CHECK_EQ(gicv3_its_map_guest_device(d2, db, 100, db, 100, 0, false), 0);
    CHECK_EQ(gicv3_its_map_guest_device(d2, db, 127, db, 127, 2048, true), 0);
    CHECK_EQ(gicv3_its_guest_device_events(d2, db, 127), 2048);
    for ( dev = 101; dev < 128; dev++ )
        gicv3_its_map_guest_device(d2, db, dev, db, dev, 0, false);
    gicv3_its_release_devids(d2);
    unit_domain_destroy(d2);
    for ( dev = 2; dev <= 14; dev++ )
        vits_mapd(dev, 11, 0, false);
    vits_check("quota");

    end_session();
}

/*
 * Defect 8: when the guest unmaps a device (MAPD V=0), its host LPIs go
 * back to the pool and the next device mapped, of any domain, gets them.
 * An LPI the device raised before the unmap may still be on its way:
 * pending in the redistributor while pCPU0, where host LPIs go, has
 * interrupts masked, or taken by pCPU0 whose handler has not read the
 * LPI's entry yet.  Either way it must not reach the LPI's next owner,
 * here another domain's device (a spurious interrupt, and an isolation
 * leak).
 */
#define D2_HDEV     (DEV + 1)
#define D2_VLPI     (LPI_OFFSET + 100)

/* @d2's device @hdev, its event SW_EV on @vlpi: its host LPI. */
static uint32_t map_d2_event(struct domain *d2, uint32_t hdev, uint32_t vlpi)
{
    /* A device given to @d2 when it was built: it owns the DeviceID. */
    CHECK_EQ(gicv3_its_assign_devids(d2, unit_its_node(0), hdev, 1), 0);
    CHECK_EQ(gicv3_its_map_guest_device(d2, vits.its + ITS_DOORBELL_OFFSET,
                                        hdev, GUEST_DOORBELL, hdev, 32, true),
             0);
    assign(d2, hdev, SW_EV, vlpi, 0);
    return host_lpi_of(vits.m, hdev, SW_EV);
}

/* Injections into domain @domid recorded since the @from-th. */
static unsigned int injections_into(domid_t domid, unsigned int from)
{
    unsigned int i, n = 0;

    for ( i = from; i < emul_nr_injections; i++ )
        n += emul_injections[i].domid == domid;
    return n;
}

static void unmap_d2_device(struct domain *d2, uint32_t hdev)
{
    CHECK_EQ(gicv3_its_map_guest_device(d2, vits.its + ITS_DOORBELL_OFFSET,
                                        hdev, GUEST_DOORBELL, hdev, 0, false),
             0);
}

UNIT_TEST(vits_lpi_pending_at_unmap_reaches_no_new_owner)
{
    unsigned long injections;
    unsigned int from;
    struct domain *d2;
    uint32_t lpi;

    map_sw_event(0);
    lpi = host_lpi_of(vits.m, DEV, SW_EV);
    d2 = unit_domain_create(1, 1);

    /* The device's MSI, while pCPU0 has interrupts masked: pending. */
    unit_mask_cpu(0, true);
    CHECK_EQ(unit_device_write(DEV, SW_EV), MODEL_EV_PLPI);
    CHECK_EQ(unit_deferred_lpis(), 1);
    CHECK(model_lpi_pending(vits.m, 0, lpi));

    /* On pCPU1, the unmap; then d2's device gets the same host LPIs. */
    emul_cpu = 1;
    vits_mapd(DEV, 5, 0, false);
    CHECK_EQ(map_d2_event(d2, D2_HDEV, D2_VLPI), lpi);
    injections = emul_nr_all_injections;
    from = emul_nr_injections;

    /* pCPU0 takes interrupts again: nothing raised before is left. */
    emul_cpu = 0;
    unit_mask_cpu(0, false);
    CHECK_EQ(unit_deferred_lpis(), 0);
    CHECK_EQ(injections_into(1, from), 0);
    CHECK_EQ(emul_nr_all_injections, injections);
    CHECK(!model_lpi_pending(vits.m, 0, lpi));

    /* d2's own MSI does reach d2. */
    CHECK_EQ(unit_device_write(D2_HDEV, SW_EV), MODEL_EV_PLPI);
    CHECK_EQ(emul_nr_all_injections, injections + 1);
    CHECK_EQ(emul_injections[emul_nr_injections - 1].domid, 1);
    CHECK_EQ(emul_injections[emul_nr_injections - 1].virq, D2_VLPI);

    unmap_d2_device(d2, D2_HDEV);
    vits_check("unmap");
    vits_session_end();
    emul_mark_boot_allocations();
}

UNIT_TEST(vits_lpi_taken_before_unmap_reaches_no_new_owner)
{
    unsigned long injections;
    unsigned int from;
    struct domain *d2;
    uint32_t lpi;

    map_sw_event(0);
    lpi = host_lpi_of(vits.m, DEV, SW_EV);
    d2 = unit_domain_create(1, 1);

    /*
     * pCPU0 acknowledged the LPI (it is no longer pending, no DISCARD can
     * remove it), and its handler has not read the LPI's entry yet.  An
     * RCU grace period may end meanwhile: pCPU0 may be in RCU's idle set,
     * where the idle loop takes interrupts.
     */
    unit_mask_cpu(0, true);
    CHECK_EQ(unit_device_write(DEV, SW_EV), MODEL_EV_PLPI);
    CHECK_EQ(unit_lpi_acknowledge(0), lpi);
    CHECK(!model_lpi_pending(vits.m, 0, lpi));

    /* On pCPU1, the unmap; then d2's device gets the same host LPIs. */
    emul_cpu = 1;
    vits_mapd(DEV, 5, 0, false);
    while ( emul_rcu_grace_period() )
        continue;
    CHECK_EQ(map_d2_event(d2, D2_HDEV, D2_VLPI), lpi);
    injections = emul_nr_all_injections;
    from = emul_nr_injections;

    /* pCPU0's handler, if it has not run to its end yet, does now. */
    emul_cpu = 0;
    if ( unit_lpi_handler_pending(0) )
        unit_lpi_handle(0, lpi);
    unit_mask_cpu(0, false);
    CHECK_EQ(injections_into(1, from), 0);
    CHECK_EQ(emul_nr_all_injections, injections);

    unmap_d2_device(d2, D2_HDEV);
    vits_check("unmap");
    vits_session_end();
    emul_mark_boot_allocations();
}

/*
 * A MAPD that fails part way (the host LPIs run out) unmaps what it had
 * mapped: an MSI the device raised meanwhile must not reach the next
 * owner of its host LPI either.  The device raises it as soon as its
 * first events are mapped on the host, while pCPU0 has interrupts
 * masked.
 */
static uint32_t failing_dev, raised_lpi;
static void (*saved_irq_window)(void);

static void raise_msi_once_mapped(void)
{
    if ( !raised_lpi &&
         unit_device_write(failing_dev, SW_EV) == MODEL_EV_PLPI )
        raised_lpi = host_lpi_of(vits.m, failing_dev, SW_EV);
    saved_irq_window();
}

UNIT_TEST(vits_lpi_of_a_mapd_failing_part_way_reaches_no_new_owner)
{
    unsigned long injections;
    unsigned int from;
    struct domain *d2, *d3;
    uint32_t dev;
    paddr_t db;

    vits_boot();
    vits_session_begin();
    db = vits.its + ITS_DOORBELL_OFFSET;
    d2 = unit_domain_create(1, 1);
    d3 = unit_domain_create(2, 1);
    emul_cpu = 1;

    /*
     * Of the 2^16 - 8192 host LPIs, the hardware domain takes 27648 and
     * d2 its quota, 28672: 1024 are left.  The hardware domain's next
     * device of 2048 events is within its quota and fails half way.
     */
    CHECK_EQ(gicv3_its_map_guest_device(vits.d, db, 100, db, 100, 1024,
                                        true), 0);
    for ( dev = 101; dev < 114; dev++ )
        CHECK_EQ(gicv3_its_map_guest_device(vits.d, db, dev, db, dev, 2048,
                                            true), 0);
    CHECK_EQ(gicv3_its_assign_devids(d2, unit_its_node(0), 200, 14), 0);
    for ( dev = 200; dev < 214; dev++ )
        CHECK_EQ(gicv3_its_map_guest_device(d2, db, dev, db, dev, 2048,
                                            true), 0);

    unit_mask_cpu(0, true);
    failing_dev = 114;
    raised_lpi = 0;
    saved_irq_window = emul_irq_window;
    emul_irq_window = raise_msi_once_mapped;
    CHECK(gicv3_its_map_guest_device(vits.d, db, 114, db, 114, 2048,
                                     true) < 0);
    emul_irq_window = saved_irq_window;
    CHECK(raised_lpi);
    CHECK(!gicv3_its_guest_device_events(vits.d, db, 114));

    /* d3's device gets that host LPI. */
    emul_rcu_grace_period();
    CHECK_EQ(map_d2_event(d3, D2_HDEV, D2_VLPI), raised_lpi);
    injections = emul_nr_all_injections;
    from = emul_nr_injections;

    /* pCPU0 takes interrupts again: nothing raised before is left. */
    emul_cpu = 0;
    unit_mask_cpu(0, false);
    CHECK_EQ(injections_into(2, from), 0);
    CHECK_EQ(emul_nr_all_injections, injections);

    unmap_d2_device(d3, D2_HDEV);
    for ( dev = 200; dev < 214; dev++ )
        CHECK_EQ(gicv3_its_map_guest_device(d2, db, dev, db, dev, 0, false),
                 0);
    for ( dev = 100; dev < 114; dev++ )
        CHECK_EQ(gicv3_its_map_guest_device(vits.d, db, dev, db, dev, 0,
                                            false), 0);
    gicv3_its_release_devids(d2);
    gicv3_its_release_devids(d3);
    unit_domain_destroy(d2);
    unit_domain_destroy(d3);
    vits_check("failed mapd");

    end_session();
}

/*
 * A maintainer's read of defect 3's fix: the LPI handler on one pCPU
 * against MAPD V=0 of the same device on another.  The handler found the
 * pending_irq in the LPI tree and read its vCPU after dropping the
 * tree's lock; meanwhile the unmap discarded the event and freed the
 * device's pending_irqs (the sanitizer reports the use after free).  In
 * every schedule with one preemption the handler must only touch what
 * it reads under a lock the unmap waits for.
 */
static void op_sw_fire(unsigned int ev)
{
    unit_device_write(DEV, ev);
    xp_irq_window();
}

static void op_sw_unmap(unsigned int unused)
{
    vits_mapd(DEV, 5, 0, false);
}

UNIT_TEST(vits_lpi_handler_vs_unmap_of_its_device)
{
    struct xp_scenario s = {
        .name = "vits_lpi_handler_vs_unmap", .nr_cpus = 2,
        .cpu = {
            [0] = { 1, { { "fire", op_sw_fire, SW_EV } } },
            [1] = { 1, { { "unmap", op_sw_unmap, 0 } } },
        },
    };

    map_sw_event(1);
    unit_case_timeout(600);
    xp_explore(&s, xp_env_bound(1), 20000, xp_env_random(5), 14);
    vits_session_end();
    emul_mark_boot_allocations();
}

/*
 * Defect 5: any DeviceID.  A domain given a device at boot owns its
 * DeviceIDs: the hardware domain's MAPD of one of them is refused (no host
 * mapping, a counter, a log line) and its other devices still map; the
 * owner maps only DeviceIDs it owns; two domains cannot own the same
 * DeviceID; once the owner is destroyed, the DeviceIDs are the hardware
 * domain's again.
 */
UNIT_TEST(vits_mapd_of_a_deviceid_another_domain_owns_is_refused)
{
    unsigned long refused = emul_perfc("vits_mapd_not_owned");
    const uint32_t first = 0x40, nr = 8;
    struct domain *d2, *d3;
    paddr_t db;

    vits_boot();
    vits_session_begin();
    db = vits.its + ITS_DOORBELL_OFFSET;
    d2 = unit_domain_create(1, 1);
    d3 = unit_domain_create(2, 1);
    CHECK_EQ(gicv3_its_assign_devids(d2, unit_its_node(0), first, nr), 0);
    CHECK_EQ(gicv3_its_assign_devids(d3, unit_its_node(0), first + nr - 1, 2),
             -EBUSY);
    CHECK_EQ(gicv3_its_assign_devids(d3, unit_its_node(0), first - 1, 1), 0);

    /* The hardware domain: refused inside the range, not outside. */
    emul_log_reset();
    vits_mapd(first + 1, 5, itt(0), true);
    vits_mapti(first + 1, 0, LPI_OFFSET + 1, 0);
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, db, first + 1), 0);
    CHECK_EQ(unit_device_write(first + 1, 0), MODEL_EV_DROPPED);
    CHECK_EQ(emul_perfc("vits_mapd_not_owned") - refused, 1);
    CHECK(emul_log_contains("not the domain's"));
    vits_mapd(first - 1, 5, itt(1), true);
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, db, first - 1), 0);
    CHECK_EQ(emul_perfc("vits_mapd_not_owned") - refused, 2);
    vits_mapd(first + nr, 5, itt(1), true);
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, db, first + nr), 32);

    /* The owner: its own DeviceIDs only. */
    CHECK_EQ(gicv3_its_map_guest_device(d2, db, first + 1, db, first + 1, 32,
                                        true), 0);
    CHECK_EQ(gicv3_its_map_guest_device(d2, db, first + nr, db, first + nr,
                                        32, true), -EPERM);
    CHECK_EQ(gicv3_its_map_guest_device(d2, db, first - 1, db, first - 1,
                                        32, true), -EPERM);
    CHECK_EQ(emul_perfc("vits_mapd_not_owned") - refused, 4);

    /* The hardware domain cannot unmap it either: it is not its device. */
    vits_mapd(first + 1, 5, 0, false);
    CHECK_EQ(gicv3_its_guest_device_events(d2, db, first + 1), 32);
    CHECK_EQ(gicv3_its_map_guest_device(d2, db, first + 1, db, first + 1, 0,
                                        false), 0);

    /* Destroyed owners give their DeviceIDs back. */
    vgic_v3_its_free_domain(d2);
    vgic_v3_its_free_domain(d3);
    unit_domain_destroy(d2);
    unit_domain_destroy(d3);
    vits_mapd(first + 1, 5, itt(0), true);
    CHECK_EQ(gicv3_its_guest_device_events(vits.d, db, first + 1), 32);
    CHECK_EQ(emul_perfc("vits_mapd_not_owned") - refused, 4);

    vits_mapd(first + 1, 5, 0, false);
    vits_mapd(first + nr, 5, 0, false);
    vits_check("ownership");
    end_session();
}

/*
 * The GIC reads a GICv4 VM's property table at the address the guest put
 * in GICR_PROPBASER, as a machine address.  A guest that points it at
 * memory that is not its own RAM mapped 1:1 (here: another domain's
 * memory mapped into its own, and a table that runs past the end of its
 * RAM) gets no VM: its events keep
 * the software path, and no VMAPP reaches the host ITS.
 */
#ifdef CONFIG_GICV4
static void propbase_not_own_ram(uint64_t pa)
{
    struct domain *d = vits.d;
    unsigned int vmapp = model_count_cmds(vits.m, ITS_OP_VMAPP);

    emul_log_reset();
    d->arch.vgic.rdist_propbase = pa | (16 - 1);
    vits_mapd(DEV, 5, itt(0), true);
    vits_mapti(DEV, 0, LPI_OFFSET + 3, 0);
    CHECK(!d->arch.vgic.its_vm);
    CHECK_EQ(model_count_cmds(vits.m, ITS_OP_VMAPP), vmapp);
    CHECK(emul_log_contains("is not RAM of the domain"));
    /* The event still works, through Xen. */
    CHECK(gicv3_its_get_event_pending_irq(d, vits.its + ITS_DOORBELL_OFFSET,
                                          DEV, 0));
    vits_check("property table not the domain's");
}

UNIT_TEST(vits_gicv4_property_table_outside_the_domain_is_refused)
{
    uint8_t *heap = _xzalloc(SZ_64K, SZ_64K);

    CHECK(heap);
    vits_boot();
    vits_session_begin();
    /* Another domain's page, mapped into this one (a foreign mapping). */
    emul_guest_foreign_add(vits.d, heap, SZ_64K);
    propbase_not_own_ram(virt_to_maddr(heap));
    end_session();
    xfree(heap);
}

UNIT_TEST(vits_gicv4_property_table_past_the_domain_ram_is_refused)
{
    vits_boot();
    vits_session_begin();
    /* The last 4K of guest RAM: the table's other pages are not RAM. */
    propbase_not_own_ram(virt_to_maddr(vits.ram) + VITS_RAM_SIZE - SZ_4K);
    end_session();
}
#endif
