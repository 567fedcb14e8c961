/*
 * tests/unit/tests/vits_driver.c: a guest (dom0) driving Xen's vITS
 * through its MMIO handlers, and the interpreter of fuzzer inputs.
 * See vits_driver.h for the guest RAM layout.
 *
 * A fuzzer input is a stream of operations; each starts with one byte
 * (op = byte & 0x7f, and bit 7 set means "do not kick CWRITER after a
 * command": commands batch up).  Every value is read from the input (0
 * once it is exhausted); the "pick" helpers mostly choose from a small
 * pool, so that commands meet each other (same device, event, vLPI,
 * collection, overlapping ITTs), and sometimes take a raw 32/64-bit
 * value (out of range on purpose).
 *
 *   op % 10 = 0..3  one command, kind = next byte % 13:
 *                   MAPD MAPC MAPTI MAPI MOVI DISCARD INV INT CLEAR
 *                   INVALL SYNC MOVALL, or 4 raw doublewords
 *             4     next byte % 4: 0 CWRITER = the driver's write pointer
 *                   (run the batch); 1 vCPU (b>>2)&1 enters the guest on
 *                   pCPU (b>>3)&1 (what was there is switched out first;
 *                   VMOVP when it moved); 2 it is switched out; 3 it
 *                   blocks (doorbell armed)
 *             5     CWRITER = a raw value (beyond the queue, unaligned)
 *             6     a register write (CTLR, CBASER, BASER0/1, CWRITER,
 *                   CREADR, TYPER or any offset; sizes 1 to 8)
 *             7     a register read at any offset
 *             8     the guest scribbles on its own tables (property,
 *                   device, collection table, ITTs, queue)
 *             9     a device MSI (host DeviceID = guest DeviceID for
 *                   dom0) when vits.msi, else as 4
 *
 * As an untrusted domain (vits.domu), the input's first byte is the
 * number of the operation before which the domain is destroyed without
 * unmapping anything (relinquish, then the vITS and VM freed): nothing of
 * it may be left on the host (no device mapped on the host ITS: an MSI of
 * any of its DeviceIDs translates to nothing; host LPI blocks all freed),
 * and a new domain with the same ID runs the rest of the input.  The end
 * of the input destroys it the same way.
 *
 * After every operation the model must have no violation; at the end of
 * the input the guest unmaps every device (MAPD V=0 for all DeviceIDs)
 * and the vITS and the GICv4 VM are freed (vgic_v3_its_free_domain ->
 * gicv4_domain_destroy): no pending_irq may be left in the radix tree or
 * on a vCPU's queues (they point into the freed devices), no host device
 * may be left, no model violation (VMAPP V=0 with vLPIs still mapped,
 * memory freed that the GIC uses).
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"
#include "vits_driver.h"

struct vits_env vits;
unsigned long vits_cmds_done;

void vits_check(const char *where)
{
    unsigned int n = model_nr_violations(vits.m);

    if ( n )
        emul_fail("%s: %u model violation(s), first: %s", where, n,
                  model_violation(vits.m, 0));
}

void vits_boot(void)
{
    struct model_config cfg = model_default_config(vits.v41 ? GIC_V4_1
                                                            : GIC_V4_0);

    if ( vits.two_its )
    {
        cfg.nr_its = 2;
        cfg.vmovp = false;          /* VMOVP with an ITS list */
    }
    /* A MAPD maps every event on the host: keep devices small. */
    cfg.evid_bits = 14;     /* > 13: the VM's vLPI ID bits are capped by it */
    cfg.devid_bits = 8;
    vits.m = unit_gic_cfg(&cfg);
    vits.d = boot(vits.m);
    if ( vits.domu )
    {
        vits.hwdom = vits.d;
        vits.d = unit_domain_create(1, 2);
        /* Built at boot with static memory and direct-map. */
        vits.d->directmap = true;
    }
}

int vits_write(uint64_t off, uint64_t val, unsigned int size)
{
    return emul_guest_mmio_write(vits.d->vcpu[0], vits.its + off, val, size);
}

uint64_t vits_read(uint64_t off, unsigned int size)
{
    uint64_t v = 0;

    emul_guest_mmio_read(vits.d->vcpu[0], vits.its + off, &v, size);
    return v;
}

static uint64_t ram_pa(uint64_t off)
{
    return virt_to_maddr(vits.ram) + off;
}

static uint64_t cbaser_val(unsigned int pages)
{
    return ram_pa(VITS_CMDQ_OFF) | GITS_VALID_BIT | (pages - 1);
}

static uint64_t baser_val(uint64_t off, unsigned int pages)
{
    return ram_pa(off) | GITS_VALID_BIT | (pages - 1);     /* 4K pages */
}

void vits_queue(uint64_t dw0, uint64_t dw1, uint64_t dw2, uint64_t dw3)
{
    uint64_t *c;

    if ( vits.cw + ITS_CMD_SIZE > vits.cq_size ||
         VITS_CMDQ_OFF + vits.cw + ITS_CMD_SIZE > VITS_RAM_SIZE )
        vits.cw = 0;
    c = (uint64_t *)(vits.ram + VITS_CMDQ_OFF + vits.cw);
    c[0] = dw0;
    c[1] = dw1;
    c[2] = dw2;
    c[3] = dw3;
    vits.cw = (vits.cw + ITS_CMD_SIZE) % vits.cq_size;
    vits.cmds++;
}

/*
 * As a driver does: write CWRITER, then poll CREADR until it reaches it.
 * The vITS may handle part of the queue per trap (the write and each
 * read); it stops polling when CREADR no longer moves (the ITS is
 * disabled, or a command could not be read).  No trap may cost the host
 * more than VITS_TRAP_HOST_CMDS commands.
 */
void vits_kick(void)
{
    uint64_t before = vits_read(GITS_CREADR, 8), after = before, prev;
    unsigned int host_cmds = model_nr_cmds(vits.m);

    vits_write(GITS_CWRITER, vits.cw, 8);
    do {
        unsigned int n;

        prev = after;
        after = vits_read(GITS_CREADR, 8);
        n = model_nr_cmds(vits.m);
        if ( n - host_cmds > VITS_TRAP_HOST_CMDS )
            emul_fail("one trap of the vITS sent %u host commands (> %u)",
                      n - host_cmds, VITS_TRAP_HOST_CMDS);
        host_cmds = n;
    } while ( after != vits.cw && after != prev );
    if ( vits.in_input && after != before && vits.cq_size )
        vits_cmds_done += ((after - before) % vits.cq_size) / ITS_CMD_SIZE;
}

void vits_cmd(uint64_t dw0, uint64_t dw1, uint64_t dw2, uint64_t dw3)
{
    vits_queue(dw0, dw1, dw2, dw3);
    vits_kick();
}

/* Encoders: DeviceID DW0[63:32], EventID DW1[31:0], pINTID DW1[63:32],
 * Size DW1[4:0], ICID DW2[15:0], RDbase DW2[51:16] (the vITS takes it as
 * a vCPU number), ITT DW2[51:8], Valid DW2[63]. */
static void enc_mapd(uint64_t *c, uint32_t dev, unsigned int size_field,
                     uint64_t itt, bool valid)
{
    c[0] = GITS_CMD_MAPD | ((uint64_t)dev << 32);
    c[1] = size_field & 0x1f;
    c[2] = (itt & GENMASK(51, 8)) | ((uint64_t)valid << 63);
    c[3] = 0;
}

void vits_mapd(uint32_t dev, unsigned int bits, uint64_t itt, bool valid)
{
    uint64_t c[4];

    enc_mapd(c, dev, bits - 1, itt, valid);
    vits_cmd(c[0], c[1], c[2], c[3]);
}

void vits_mapc(uint16_t coll, uint64_t vcpu, bool valid)
{
    vits_cmd(GITS_CMD_MAPC, 0,
             coll | ((vcpu & GENMASK(35, 0)) << 16) | ((uint64_t)valid << 63),
             0);
}

void vits_mapti(uint32_t dev, uint32_t ev, uint32_t vlpi, uint16_t coll)
{
    vits_cmd(GITS_CMD_MAPTI | ((uint64_t)dev << 32),
             ev | ((uint64_t)vlpi << 32), coll, 0);
}

void vits_event_cmd(uint8_t op, uint32_t dev, uint32_t ev)
{
    vits_cmd(op | ((uint64_t)dev << 32), ev, 0, 0);
}

void vits_movi(uint32_t dev, uint32_t ev, uint16_t coll)
{
    vits_cmd(GITS_CMD_MOVI | ((uint64_t)dev << 32), ev, coll, 0);
}

void vits_invall(uint16_t coll)
{
    vits_cmd(GITS_CMD_INVALL, 0, coll, 0);
}

/* Program the vITS as a guest does and enable it. */
static void vits_program(void)
{
    vits_write(GITS_CTLR, 0, 4);
    vits_write(GITS_CBASER, cbaser_val(VITS_CMDQ_PAGES), 8);
    vits.cq_size = VITS_CMDQ_PAGES * SZ_4K;
    vits.cw = 0;
    vits_write(GITS_CWRITER, 0, 8);
    if ( !(vits_read(GITS_BASER0, 8) & GITS_VALID_BIT) )
        vits_write(GITS_BASER0, baser_val(VITS_DEVT_OFF, 16), 8);
    if ( !(vits_read(GITS_BASER1, 8) & GITS_VALID_BIT) )
        vits_write(GITS_BASER1, baser_val(VITS_COLLT_OFF, 1), 8);
    vits_write(GITS_CTLR, GITS_CTLR_ENABLE, 4);
}

void vits_session_begin(void)
{
    struct domain *d = vits.d;
    struct vcpu *v;

    vits.ram = _xzalloc(VITS_RAM_SIZE, SZ_64K);
    CHECK(vits.ram);
    emul_guest_ram_set(d, vits.ram, VITS_RAM_SIZE);
    /* Every LPI enabled, priority 0xa0. */
    memset(vits.ram + VITS_PROP_OFF, 0xa0 | LPI_PROP_ENABLED,
           SZ_64K - LPI_OFFSET);

    /* What vgic_v3_domain_init() and the guest's GICR_PROPBASER did. */
    emul_lpi_tree_init(d);
    d->arch.vgic.intid_bits = 16;
    d->arch.vgic.rdist_propbase = ram_pa(VITS_PROP_OFF) | (16 - 1);
    d->arch.vgic.nr_lpis = BIT(16, UL);
    d->arch.vgic.rdists_enabled = true;
    for_each_vcpu ( d, v )
    {
        spin_lock_init(&v->arch.vgic.lock);
        INIT_LIST_HEAD(&v->arch.vgic.inflight_irqs);
        INIT_LIST_HEAD(&v->arch.vgic.lr_pending);
    }

    CHECK_EQ(vgic_v3_its_init_domain(d), 0);
    if ( !is_hardware_domain(d) )
    {
        /* What construct_domU() does for a device with an msi-map. */
        CHECK_EQ(gicv3_its_assign_devids(d, unit_its_node(0), 0,
                                         VITS_DOMU_DEVS), 0);
        CHECK_EQ(vgic_v3_its_init_owner(d), 0);
    }
    CHECK(d->arch.vgic.has_its);
    vits.its = model_its_base(vits.m);
    vits_write(GITS_BASER0, 0, 8);
    vits_write(GITS_BASER1, 0, 8);
    vits_program();
    CHECK(vits_read(GITS_CTLR, 4) & GITS_CTLR_ENABLE);
    /* Collection n on vCPU n. */
    vits_mapc(0, 0, true);
    vits_mapc(1, 1, true);
    vits_check("setup");
    vits.setup_done = true;
}

static unsigned int radix_count(struct domain *d)
{
    void *items[64];

    return radix_tree_gang_lookup(&d->arch.vgic.pend_lpi_tree, items, 0, 64);
}

void vits_session_end(void)
{
    struct domain *d = vits.d;
    unsigned int dev, n;
    struct vcpu *v;

    /* The guest's teardown: a fresh queue, then MAPD V=0 for every ID. */
    vits_program();
    for ( dev = 0; dev < BIT(8, U); dev++ )
    {
        uint64_t c[4];

        enc_mapd(c, dev, 0, 0, false);
        vits_queue(c[0], c[1], c[2], c[3]);
        if ( dev % 64 == 63 )
            vits_kick();
    }
    vits_check("teardown (MAPD V=0 of every device)");

    if ( !RB_EMPTY_ROOT(&d->arch.vgic.its_devices) )
        emul_fail("teardown: a host device is still mapped after the guest "
                  "unmapped every DeviceID");
    n = radix_count(d);
    if ( n )
    {
        struct pending_irq *first;

        radix_tree_gang_lookup(&d->arch.vgic.pend_lpi_tree, (void **)&first,
                               0, 1);
        emul_fail("teardown: %u pending_irq(s) still in the domain's LPI "
                  "radix tree after every device was unmapped (first: vLPI "
                  "%u), pointing into freed device memory", n, first->irq);
    }
    for_each_vcpu ( d, v )
        if ( emul_vgic_queued(v, false) || emul_vgic_queued(v, true) )
            emul_fail("teardown: %u interrupt(s) still queued on d0v%u "
                      "after every device was unmapped",
                      emul_vgic_queued(v, false), v->vcpu_id);

    vits_domain_destroy();
}

void vits_domain_destroy(void)
{
    struct domain *d = vits.d;

    /* Domain destruction: vgic_v3_domain_free(). */
    vgic_v3_its_free_domain(d);
    CHECK(!d->arch.vgic.its_vm);
    emul_lpi_tree_destroy(d);
    emul_guest_mmio_free(d);
    emul_guest_ram_set(d, NULL, 0);
    vits_check("domain destroyed");
    xfree(vits.ram);
    vits.ram = NULL;
    vits_check("guest RAM freed");
    vits.setup_done = false;
}

void vits_warmup(void)
{
    vits_session_begin();
    vits_mapd(1, 5, ram_pa(VITS_ITT_OFF), true);
    vits_mapti(1, 0, LPI_OFFSET, 0);
    vits_session_end();
    model_clear_records(vits.m);
    emul_mark_boot_allocations();
}

/*
 * Known defects of Xen that a run can steer clear of (vits.avoid_known,
 * FUZZ_AVOID_KNOWN=1), to look for others while one is being fixed; each
 * has its reproducer in fuzz/corpus/defect-<what>.  None is known now:
 * the seven found so far are fixed by the series (see tests/README.md)
 * and their reproducers run in every `make check`.  A new one gets a
 * clause here (judged on the command about to be queued, @c) and the
 * register writes below stay restricted while it is avoided.
 */
static bool known_defect(const uint64_t *c)
{
    return false;
}

/* ---- The input interpreter ---- */

struct rd {
    const uint8_t *p;
    size_t n;
};

static uint8_t rd8(struct rd *r)
{
    if ( !r->n )
        return 0;
    r->n--;
    return *r->p++;
}

/* Little-endian; the reads are sequenced (not two calls in one expression). */
static uint16_t rd16(struct rd *r)
{
    uint16_t lo = rd8(r);

    return lo | ((uint16_t)rd8(r) << 8);
}

static uint32_t rd32(struct rd *r)
{
    uint32_t lo = rd16(r);

    return lo | ((uint32_t)rd16(r) << 16);
}

static uint64_t rd64(struct rd *r)
{
    uint64_t lo = rd32(r);

    return lo | ((uint64_t)rd32(r) << 32);
}

static uint32_t pick_dev(struct rd *r)
{
    uint8_t b = rd8(r);

    return b < 0xf0 ? b % VITS_NR_DEVS : rd32(r);
}

static uint32_t pick_ev(struct rd *r)
{
    uint8_t b = rd8(r);

    return b < 0xf0 ? b % 40 : rd32(r);
}

static uint32_t pick_vlpi(struct rd *r)
{
    uint8_t b = rd8(r);

    if ( b < 0xe0 )
        return LPI_OFFSET + b % 64;
    if ( b < 0xf0 )
        return rd16(r);
    return rd32(r);
}

static uint16_t pick_coll(struct rd *r)
{
    uint8_t b = rd8(r);

    return b < 0xf0 ? b % 4 : rd16(r);
}

static uint64_t pick_itt(struct rd *r)
{
    uint8_t b = rd8(r);

    return b < 0xf0 ? ram_pa(VITS_ITT_OFF) + (b % 16) * 0x400 : rd64(r);
}

static void op_command(struct rd *r, bool kick)
{
    uint8_t kind = rd8(r) % 13;
    uint64_t c[4] = { 0 };
    uint32_t dev, ev;
    uint8_t b;

    switch ( kind )
    {
    case 0:
    {
        uint64_t itt;

        dev = pick_dev(r);
        b = rd8(r);
        itt = pick_itt(r);
        /* The untrusted domain also tries sizes around the 11-bit cap. */
        if ( vits.domu && b >= 0x80 && b < 0xc0 )
            b = 9 + b % 4;
        else
            b = b < 0xc0 ? b % 6 : b % 32;
        enc_mapd(c, dev, b, itt, (rd8(r) & 7) != 0);
    }
        break;
    case 1:
        c[0] = GITS_CMD_MAPC;
        c[2] = pick_coll(r);
        b = rd8(r);
        c[2] |= (uint64_t)(b < 0xf0 ? b % 4 : rd32(r)) << 16;
        c[2] |= (uint64_t)((rd8(r) & 7) != 0) << 63;
        break;
    case 2:
    case 3:
        dev = pick_dev(r);
        ev = pick_ev(r);
        c[0] = (kind == 2 ? GITS_CMD_MAPTI : GITS_CMD_MAPI) |
               ((uint64_t)dev << 32);
        c[1] = ev | (kind == 2 ? (uint64_t)pick_vlpi(r) << 32 : 0);
        c[2] = pick_coll(r);
        break;
    case 4:
        dev = pick_dev(r);
        ev = pick_ev(r);
        c[0] = GITS_CMD_MOVI | ((uint64_t)dev << 32);
        c[1] = ev;
        c[2] = pick_coll(r);
        break;
    case 5: case 6: case 7: case 8:
    {
        static const uint8_t ops[] = { GITS_CMD_DISCARD, GITS_CMD_INV,
                                       GITS_CMD_INT, GITS_CMD_CLEAR };

        dev = pick_dev(r);
        ev = pick_ev(r);
        c[0] = ops[kind - 5] | ((uint64_t)dev << 32);
        c[1] = ev;
        break;
    }
    case 9:
        c[0] = GITS_CMD_INVALL;
        c[2] = pick_coll(r);
        break;
    case 10:
        c[0] = GITS_CMD_SYNC;
        break;
    case 11:
        c[0] = GITS_CMD_MOVALL;
        break;
    default:
        c[0] = rd64(r);
        c[1] = rd64(r);
        c[2] = rd64(r);
        c[3] = rd64(r);
        break;
    }
    if ( vits.avoid_known )
    {
        /* Checked against the state it will run in: no batches. */
        vits_kick();
        if ( known_defect(c) )
            return;
        kick = true;
    }
    vits_queue(c[0], c[1], c[2], c[3]);
    vits.fuzz_cmds++;
    if ( kick )
        vits_kick();
}

static unsigned int pick_size(struct rd *r, bool reg64)
{
    uint8_t b = rd8(r);

    if ( b < 0xf0 )
        return reg64 && (b & 1) ? 8 : 4;
    return 1U << (b & 3);
}

static void op_reg_write(struct rd *r)
{
    uint8_t reg = rd8(r) % 8, b;
    uint64_t val, off;
    unsigned int size;

    switch ( reg )
    {
    case 0:
        val = rd8(r) & 1;
        vits_write(GITS_CTLR, val, pick_size(r, false));
        return;
    case 1:
        b = rd8(r);
        val = b < 0xc0 ? cbaser_val(1 + b % 32) : rd64(r);
        size = pick_size(r, true);
        if ( vits.avoid_known )
            val = cbaser_val(1 + (val & 0xff) % 16);
        vits_write(GITS_CBASER, val, size);
        if ( size == 8 && (val & GENMASK(51, 12)) == ram_pa(VITS_CMDQ_OFF) )
            vits.cq_size = ((val & 0xff) + 1) * SZ_4K;
        /* The vITS restarts at 0 (if it took the write). */
        vits.cw = 0;
        return;
    case 2:
    case 3:
        b = rd8(r);
        off = reg == 2 ? VITS_DEVT_OFF : VITS_COLLT_OFF;
        if ( b < 0xc0 )
            val = baser_val(off, 1 + b % 16) |
                  ((uint64_t)(rd8(r) % 3) << GITS_BASER_PAGE_SIZE_SHIFT);
        else
            val = rd64(r);
        if ( vits.avoid_known )
            val = (val & ~GENMASK(47, 12)) | ram_pa(off);
        vits_write(reg == 2 ? GITS_BASER0 : GITS_BASER1, val,
                   pick_size(r, true));
        return;
    case 4:
    case 5:
    case 6:
        val = rd64(r);
        off = reg == 4 ? GITS_CWRITER : reg == 5 ? GITS_CREADR
                                                 : 0x8 /* GITS_TYPER */;
        size = pick_size(r, true);
        break;
    default:
        size = pick_size(r, true);
        off = rd16(r) & ~(uint64_t)(size - 1);
        val = rd64(r);
        break;
    }
    /*
     * Avoiding known defects: a CWRITER write would run stale commands
     * unchecked, and CBASER/BASER0/BASER1 are only written above.
     */
    if ( vits.avoid_known &&
         ((off + size > GITS_CBASER && off < GITS_CREADR) ||
          (off + size > GITS_BASER0 && off < GITS_BASER1 + 8)) )
        return;
    vits_write(off, val, size);
}

static void op_reg_read(struct rd *r)
{
    unsigned int size = pick_size(r, true);
    uint64_t off = rd16(r) & ~(uint64_t)(size - 1);

    vits_read(off, size);
}

/* The guest writes its own memory: tables, ITTs, queue, properties. */
static void op_scribble(struct rd *r)
{
    static const uint64_t region[] = { VITS_PROP_OFF,
                                       VITS_DEVT_OFF, VITS_COLLT_OFF,
                                       VITS_ITT_OFF, VITS_CMDQ_OFF };
    unsigned int reg = rd8(r) % ARRAY_SIZE(region);
    uint64_t off = region[reg] + (rd16(r) & 0x1ff8);
    unsigned int size = 1U << (rd8(r) & 3);
    uint64_t val = rd64(r);

    if ( vits.avoid_known && region[reg] != VITS_PROP_OFF )
        return;
    memcpy(vits.ram + off, &val, size);
}

static void op_msi(struct rd *r)
{
    uint32_t dev = pick_dev(r), ev = pick_ev(r);

    if ( dev >= BIT(8, U) || ev >= BIT(14, U) )
        return;
    model_device_write(vits.m, dev, ev);
}

/* ---- vCPU residency: what the scheduler and context switch do ---- */

static int running_on[2] = { -1, -1 };     /* pCPU of each vCPU, or -1 */

static void vcpu_out(unsigned int vcpu)
{
    struct vcpu *v = vits.d->vcpu[vcpu];
    unsigned int saved = emul_cpu;
    unsigned long flags;

    if ( running_on[vcpu] < 0 )
        return;
    emul_cpu = running_on[vcpu];
    local_irq_save(flags);
#ifdef CONFIG_GICV4
    gicv4_vcpu_put(v);
#endif
    local_irq_restore(flags);
    emul_cpu = saved;
    running_on[vcpu] = -1;
}

static void vcpu_in(unsigned int vcpu, unsigned int pcpu)
{
    struct vcpu *v = vits.d->vcpu[vcpu];
    unsigned int saved = emul_cpu, other = !vcpu;
    unsigned long flags;

    if ( running_on[vcpu] == (int)pcpu )
        return;
    vcpu_out(vcpu);
    if ( running_on[other] == (int)pcpu )
        vcpu_out(other);
    v->pause_flags &= ~VPF_blocked;
    v->processor = pcpu;
    emul_cpu = pcpu;
    local_irq_save(flags);
#ifdef CONFIG_GICV4
    gicv4_vcpu_load(v);
#endif
    model_enter_guest(vits.m, pcpu);
    local_irq_restore(flags);
    emul_cpu = saved;
    running_on[vcpu] = pcpu;
}

/* For the cases: vCPU @vcpu runs on (is resident on) pCPU @pcpu, or not. */
void vits_vcpu_in(unsigned int vcpu, unsigned int pcpu)
{
    vcpu_in(vcpu, pcpu);
}

void vits_vcpu_out(unsigned int vcpu)
{
    vcpu_out(vcpu);
}

static void vcpu_block(unsigned int vcpu)
{
    struct vcpu *v = vits.d->vcpu[vcpu];
    unsigned int saved = emul_cpu;

    if ( running_on[vcpu] < 0 )
        return;
    emul_cpu = running_on[vcpu];
    /* vcpu_block(): arm the doorbell, non-resident, then decide. */
#ifdef CONFIG_GICV4
    gicv4_vcpu_block(v);
#endif
    v->pause_flags |= VPF_blocked;
    vcpu_out(vcpu);
    emul_cpu = saved;
}

static void op_sched(struct rd *r)
{
    uint8_t b = rd8(r);
    unsigned int vcpu = (b >> 2) & 1;

    switch ( b & 3 )
    {
    case 0:
        vits_kick();
        break;
    case 1:
        vcpu_in(vcpu, (b >> 3) & 1);
        break;
    case 2:
        vcpu_out(vcpu);
        break;
    case 3:
        vcpu_block(vcpu);
        break;
    }
}

/* The domain is being destroyed: its vCPUs were descheduled for good. */
static void vcpus_out(void)
{
    vcpu_out(0);
    vcpu_out(1);
    vits.d->vcpu[0]->pause_flags = vits.d->vcpu[1]->pause_flags = 0;
}

/*
 * The untrusted domain dies with whatever it has mapped (it need not
 * unmap anything first): domain_relinquish_resources(), then the vGIC
 * freed.  Nothing of it may stay on the host; then a new domain with the
 * same ID is created (not yet set up).
 */
static void domu_die(void)
{
    struct domain *d = vits.d;
    unsigned int dev, ev, n;
    int rc;

    vcpus_out();
    d->is_dying = true;
    n = 0;
    do {
        rc = vgic_v3_its_relinquish(d);
        if ( ++n > 100000 )
            emul_fail("relinquish: still -ERESTART after %u calls", n);
    } while ( rc == -ERESTART );
    if ( rc )
        emul_fail("relinquish failed: %d", rc);
    if ( !RB_EMPTY_ROOT(&d->arch.vgic.its_devices) )
        emul_fail("relinquish left a host device mapped");
    if ( d->arch.vgic.its_host_lpis )
        emul_fail("relinquish left %u host LPIs counted to the domain",
                  d->arch.vgic.its_host_lpis);
    n = radix_count(d);
    if ( n )
        emul_fail("relinquish left %u pending_irq(s) in the LPI tree", n);
    /* The domain's memory is freed next: nothing may hold a page of it. */
    if ( emul_page_refs )
        emul_fail("relinquish left %lu reference(s) on the domain's pages",
                  emul_page_refs);
    vits_domain_destroy();
    vits_check("untrusted domain destroyed");

    /* Nothing of its devices is left on the host ITS. */
    for ( dev = 0; dev < VITS_NR_DEVS; dev++ )
        for ( ev = 0; ev < 40; ev += 3 )
        {
            enum model_event_kind k = model_device_write(vits.m, dev, ev);

            if ( k != MODEL_EV_DROPPED )
                emul_fail("destroyed domain's device %u event %u still "
                          "translates (model event kind %d)", dev, ev, k);
        }
#ifdef XEN_HAS_LPI_PERFC
    if ( emul_perfc("lpi_blocks_allocated") != emul_perfc("lpi_blocks_freed") )
        emul_fail("host LPI blocks: %lu allocated, %lu freed after the "
                  "domain died", emul_perfc("lpi_blocks_allocated"),
                  emul_perfc("lpi_blocks_freed"));
#endif

    unit_domain_destroy(d);
    vits.d = unit_domain_create(1, 2);
    vits.d->directmap = true;
    vits.domu_deaths++;
}

void vits_run_input(const uint8_t *data, size_t size)
{
    struct rd r = { data, size };
    char where[64];
    unsigned int i = 0, die_at = vits.domu ? rd8(&r) : ~0U;

    vits_session_begin();
    vits.in_input = true;
    while ( r.n )
    {
        uint8_t op;

        if ( i == die_at )
        {
            vits.in_input = false;
            domu_die();
            vits_session_begin();
            vits.in_input = true;
        }
        op = rd8(&r);

        switch ( (op & 0x7f) % 10 )
        {
        case 0: case 1: case 2: case 3:
            op_command(&r, !(op & 0x80));
            break;
        case 5:
            if ( vits.avoid_known )
            {
                /* Stale commands would run unchecked. */
                rd32(&r);
                break;
            }
            vits_write(GITS_CWRITER, rd32(&r), 8);
            break;
        case 4:
            op_sched(&r);
            break;
        case 6:
            op_reg_write(&r);
            if ( vits.avoid_known )
            {
                /* Nothing stale left between CREADR and CWRITER. */
                vits.cw = vits_read(GITS_CREADR, 8);
                vits_write(GITS_CWRITER, vits.cw, 8);
            }
            break;
        case 7:
            op_reg_read(&r);
            break;
        case 8:
            op_scribble(&r);
            break;
        case 9:
            if ( vits.msi )
            {
                op_msi(&r);
                break;
            }
            /* fall through */
        default:
            vits_kick();
            break;
        }
        snprintf(where, sizeof(where), "operation %u", i++);
        vits_check(where);
        if ( vits.domu )
        {
            uint32_t dev;

            /* A DeviceID the domain does not own is never mapped. */
            for ( dev = VITS_DOMU_DEVS; dev < VITS_NR_DEVS; dev++ )
                if ( gicv3_its_guest_device_events(vits.d, vits.its +
                                                   ITS_DOORBELL_OFFSET, dev) )
                    emul_fail("%s: DeviceID %u, not the domain's, is mapped",
                              where, dev);
        }
    }
    vits_kick();
    vits.in_input = false;
    vits_check("end of input");
    if ( vits.domu )
    {
        domu_die();
        return;
    }
    vcpus_out();
    vits_session_end();
}
