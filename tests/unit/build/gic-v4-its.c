#include "emul.h"
#line 1 "xen/arch/arm/gic-v4-its.c"
/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * xen/arch/arm/gic-v4-its.c
 *
 * GICv4 direct injection of virtual LPIs.
 *
 * Detection
 * ---------
 * Direct injection needs every host ITS to accept the virtual commands
 * (GITS_TYPER.Virtual) and every redistributor to host vPEs
 * (GICR_TYPER.VLPIS).  The decision is taken once, at boot, by
 * gicv4_init() after the ITSes and the boot CPU's redistributor were
 * probed, and it never changes afterwards: no VM or vPE exists before
 * the hardware domain is built, which happens after all CPUs came up.
 * One line of the boot log says which version is in use, or why none.
 */



















/* "gicv4=<bool>": allow direct injection when the hardware offers it. */
static bool __initdata opt_gicv4 = true;
boolean_param("gicv4", opt_gicv4);

bool __read_mostly gicv4_active;

/* The VLPI_base frame follows RD_base and SGI_base. */
#define GICR_VLPI_FRAME         (2 * SZ_64K)

static DEFINE_PER_CPU(void __iomem *, vlpi_base);

/* What the probes found; only read by gicv4_init(). */
static struct {
    unsigned int nr_its, nr_its_virtual, nr_its_v41;
    unsigned int nr_rdist, nr_rdist_vlpis, nr_rdist_v41;
    bool initialised;
} probe;

void gicv4_its_probe(struct host_its *its, uint64_t typer)
{
    probe.nr_its++;

    if ( !(typer & GITS_TYPER_VIRTUAL) )
        return;

    probe.nr_its_virtual++;
    its->flags |= HOST_ITS_VIRTUAL;
    if ( typer & GITS_TYPER_VMOVP )
        its->flags |= HOST_ITS_VMOVP;
    if ( typer & GITS_TYPER_VMAPP )
    {
        probe.nr_its_v41++;
        its->flags |= HOST_ITS_GICV41;
    }
}

/* Called on every CPU as its redistributor is found. */
void gicv4_rdist_probe(void __iomem *rdist_base, uint64_t typer)
{
    probe.nr_rdist++;
    if ( typer & GICR_TYPER_VLPIS )
    {
        probe.nr_rdist_vlpis++;
        this_cpu(vlpi_base) = rdist_base + GICR_VLPI_FRAME;
    }
    if ( typer & GICR_TYPER_RVPEID )
        probe.nr_rdist_v41++;

    /*
     * A CPU brought up after the decision that cannot host vPEs: nothing
     * was built on GICv4 yet (the hardware domain comes later), so
     * falling back to GICv3 is still safe.
     */
    if ( probe.initialised && gicv4_active && !(typer & GICR_TYPER_VLPIS) )
    {
        printk(XENLOG_WARNING
               "GICv4: CPU%u redistributor has no VLPIS: direct injection disabled\n",
               smp_processor_id());
        gicv4_active = false;
    }
}

void __init gicv4_init(void)
{
    const char *why = NULL;
    bool v41;

    probe.initialised = true;

    if ( !probe.nr_its )
        why = "no ITS";
    else if ( probe.nr_its_virtual != probe.nr_its )
        why = "an ITS without GITS_TYPER.Virtual";
    else if ( probe.nr_rdist_vlpis != probe.nr_rdist )
        why = "a redistributor without GICR_TYPER.VLPIS";
    else if ( !opt_gicv4 )
        why = "disabled on the command line (gicv4=off)";

    if ( why )
    {
        printk("GICv4: direct injection not used: %s\n", why);
        return;
    }

    v41 = probe.nr_its_v41 == probe.nr_its &&
          probe.nr_rdist_v41 == probe.nr_rdist;
    if ( v41 )
    {
        printk("GICv4: GICv4.1 detected; its direct injection is not supported yet, not used\n");
        return;
    }

    gicv4_active = true;
    printk("GICv4: using GICv4.0 direct injection (%u ITS)\n", probe.nr_its);
}

/*
 * The command layer
 * -----------------
 * One builder per command, made of field encoders named after the fields
 * of the command descriptions in the GIC architecture specification
 * (IHI 0069, "ITS commands").  Builders only fill in a 32-byte command;
 * senders queue it and, where the caller needs the effect, append the
 * synchronisation the architecture asks for and wait for the ITS to
 * consume the queue.  Senders may spin for a bounded time: they are never
 * called from an interrupt handler.
 */
#define ITS_CMD_DWORDS          (ITS_CMD_SIZE / sizeof(uint64_t))

/* The "no doorbell" value of a doorbell field (a spurious INTID). */
#define GICV4_NO_DOORBELL       1023U

static void cmd_init(uint64_t *cmd, uint8_t opcode)
{
    unsigned int i;

    for ( i = 0; i < ITS_CMD_DWORDS; i++ )
        cmd[i] = 0;
    cmd[0] = opcode;
}

/* DW0 [63:32] */
static void cmd_set_deviceid(uint64_t *cmd, uint32_t devid)
{
    cmd[0] |= (uint64_t)devid << 32;
}

/* DW1 [31:0] */
static void cmd_set_eventid(uint64_t *cmd, uint32_t eventid)
{
    cmd[1] |= eventid;
}

/* DW1 [47:32] */
static void cmd_set_vpeid(uint64_t *cmd, uint16_t vpeid)
{
    cmd[1] |= (uint64_t)vpeid << 32;
}

/* VMAPTI: DW2 [31:0] */
static void cmd_set_vintid(uint64_t *cmd, uint32_t vintid)
{
    cmd[2] |= vintid;
}

/* VMAPTI, VMOVI: DW2 [63:32] */
static void cmd_set_doorbell(uint64_t *cmd, uint32_t pintid)
{
    cmd[2] |= (uint64_t)pintid << 32;
}

/* VMOVI: DW2 [0], the doorbell field is valid. */
static void cmd_set_doorbell_valid(uint64_t *cmd)
{
    cmd[2] |= 1;
}

/* VMAPP, VMOVP: DW2 [51:16], a redistributor as the ITS names it. */
static void cmd_set_rdbase(uint64_t *cmd, struct host_its *its,
                           unsigned int cpu)
{
    cmd[2] = gicv3_its_encode_rdbase(its, cpu, cmd[2]);
}

/* VMAPP: DW2 [63] */
static void cmd_set_valid(uint64_t *cmd, bool valid)
{
    if ( valid )
        cmd[2] |= GITS_VALID_BIT;
}

/* VMAPP: DW3 [51:16] VPT_addr, DW3 [4:0] VPT_size (ID bits minus one). */
static void cmd_set_vpt(uint64_t *cmd, paddr_t vpt, unsigned int id_bits)
{
    ASSERT(!(vpt & ~GENMASK(51, 16)));
    ASSERT(id_bits >= 1 && id_bits <= 32);
    cmd[3] |= vpt | (id_bits - 1);
}

/* VMOVP: DW0 [47:32] SequenceNumber, DW1 [15:0] ITSList. */
static void cmd_set_its_list(uint64_t *cmd, uint16_t seq, uint16_t its_list)
{
    cmd[0] |= (uint64_t)seq << 32;
    cmd[1] |= its_list;
}

void gicv4_build_vmapp(uint64_t *cmd, struct host_its *its, uint16_t vpeid,
                       unsigned int cpu, paddr_t vpt, unsigned int id_bits,
                       bool valid)
{
    cmd_init(cmd, GITS_CMD_VMAPP);
    cmd_set_vpeid(cmd, vpeid);
    cmd_set_valid(cmd, valid);
    if ( valid )
    {
        cmd_set_rdbase(cmd, its, cpu);
        cmd_set_vpt(cmd, vpt, id_bits);
    }
}

void gicv4_build_vmapti(uint64_t *cmd, uint32_t devid, uint32_t eventid,
                        uint16_t vpeid, uint32_t vintid, uint32_t doorbell)
{
    cmd_init(cmd, GITS_CMD_VMAPTI);
    cmd_set_deviceid(cmd, devid);
    cmd_set_eventid(cmd, eventid);
    cmd_set_vpeid(cmd, vpeid);
    cmd_set_vintid(cmd, vintid);
    cmd_set_doorbell(cmd, doorbell);
}

void gicv4_build_vmovi(uint64_t *cmd, uint32_t devid, uint32_t eventid,
                       uint16_t vpeid, uint32_t doorbell)
{
    cmd_init(cmd, GITS_CMD_VMOVI);
    cmd_set_deviceid(cmd, devid);
    cmd_set_eventid(cmd, eventid);
    cmd_set_vpeid(cmd, vpeid);
    if ( doorbell != GICV4_NO_DOORBELL )
    {
        cmd_set_doorbell_valid(cmd);
        cmd_set_doorbell(cmd, doorbell);
    }
}

void gicv4_build_vmovp(uint64_t *cmd, struct host_its *its, uint16_t vpeid,
                       unsigned int cpu, uint16_t seq, uint16_t its_list)
{
    cmd_init(cmd, GITS_CMD_VMOVP);
    cmd_set_its_list(cmd, seq, its_list);
    cmd_set_vpeid(cmd, vpeid);
    cmd_set_rdbase(cmd, its, cpu);
}

void gicv4_build_vsync(uint64_t *cmd, uint16_t vpeid)
{
    cmd_init(cmd, GITS_CMD_VSYNC);
    cmd_set_vpeid(cmd, vpeid);
}

void gicv4_build_vinvall(uint64_t *cmd, uint16_t vpeid)
{
    cmd_init(cmd, GITS_CMD_VINVALL);
    cmd_set_vpeid(cmd, vpeid);
}

/* INV, DISCARD, INT and CLEAR all name just an event. */
void gicv4_build_event_cmd(uint64_t *cmd, uint8_t opcode, uint32_t devid,
                           uint32_t eventid)
{
    ASSERT(opcode == GITS_CMD_INV || opcode == GITS_CMD_DISCARD ||
           opcode == GITS_CMD_INT || opcode == GITS_CMD_CLEAR);
    cmd_init(cmd, opcode);
    cmd_set_deviceid(cmd, devid);
    cmd_set_eventid(cmd, eventid);
}

static int vcmd_send(struct host_its *its, const uint64_t *cmd)
{
    int ret = gicv3_its_send_cmd(its, cmd);

    perfc_incr(gicv4_vcmds);
    if ( ret && printk_ratelimit() )
        printk(XENLOG_ERR "GICv4: ITS command 0x%02lx failed: %d\n",
               (unsigned long)(cmd[0] & 0xff), ret);

    return ret;
}

/*
 * Send one command about a vPE's interrupts followed by a VSYNC for that
 * vPE, and wait until the ITS consumed both: after this the command's
 * effect is visible to the redistributor hosting the vPE.
 */
static int vcmd_send_sync(struct host_its *its, const uint64_t *cmd,
                          uint16_t vpeid)
{
    uint64_t sync[ITS_CMD_DWORDS];
    int ret;

    ret = vcmd_send(its, cmd);
    if ( ret )
        return ret;

    gicv4_build_vsync(sync, vpeid);
    ret = vcmd_send(its, sync);
    if ( ret )
        return ret;

    return gicv3_its_wait_commands(its);
}

/*
 * VMs and vPEs
 * ------------
 * A domain that gets a direct mapping gets a VM: one vPE per vCPU, each
 * with a vPEID, a virtual pending table (VPT) and a doorbell, and mapped
 * with VMAPP on every ITS.  The VM shares the domain's own LPI property
 * table with the GIC: the hardware domain is mapped 1:1, so the guest
 * physical address it programmed in GICR_PROPBASER is the machine address
 * of the table, and the enable bits and priorities it writes there are
 * what the redistributor reads for its vLPIs.
 *
 * The VM is built the first time the domain maps an event of a device it
 * owns, from the vITS command handler (a context that can wait), once the
 * domain has programmed its property table.  Until then, and for any
 * event that cannot be mapped directly, the software path of the vITS
 * is used, as without GICv4.
 *
 * Locking.  The lock order, for all GICv4 locks, is:
 *     vITS its_lock  ->  domain's its_devices_lock  ->  vm->lock  ->
 *     vpe->lock  ->  host ITS cmd_lock
 * vm->lock serialises mapping changes of the VM's events and its life
 * cycle.  vpe->lock protects a vPE's residency state (target_cpu,
 * resident, pending_last); it is taken with interrupts disabled, because
 * the doorbell handler takes it too.  cmd_lock is internal to the ITS
 * command queue.
 *
 * Residency.  A vPE is made resident (GICR_VPROPBASER, then
 * GICR_VPENDBASER with Valid=1) on the way back into the guest, whenever
 * it is not the one resident on this pCPU, and made non-resident
 * (GICR_VPENDBASER.Valid=0, PendingLast recorded) when its vCPU is
 * switched out or is about to block.  If the ITS delivers to another
 * pCPU's redistributor, the vPE is moved with VMOVP first; so a vCPU
 * migrated by the scheduler always takes its vPE along before it runs.
 *
 * Doorbells (GICv4.0).  Every vLPI mapping carries the doorbell of the
 * vPE it targets: a host LPI, one per vPE, whose host LPI table entry is
 * "doorbell of (domain, vCPU)".  While the vPE is not resident the
 * redistributor makes the vLPI pending in the VPT and raises the
 * doorbell; the handler records pending_last under the vPE lock and
 * kicks the vCPU.  A vCPU about to block is made non-resident first, so
 * that the block decision sees PendingLast and every later vLPI rings
 * the doorbell: no vLPI is left pending behind a blocked vCPU.
 */

/* Doorbells come from host LPI blocks of LPI_BLOCK LPIs each. */
#define DOORBELLS_PER_BLOCK     LPI_BLOCK
/* How long a redistributor may take to parse or write back a VPT. */
#define VPENDBASER_TIMEOUT      MILLISECS(10)

/* GICR_VPROPBASER and GICR_VPENDBASER, in the VLPI_base frame. */
#define GICR_VPROPBASER         0x0070
#define GICR_VPENDBASER         0x0078
#define GICR_VPENDBASER_VALID           BIT(63, UL)
#define GICR_VPENDBASER_IDAI            BIT(62, UL)
#define GICR_VPENDBASER_PENDINGLAST     BIT(61, UL)
#define GICR_VPENDBASER_DIRTY           BIT(60, UL)
#define GICR_VPENDBASER_ADDR_MASK       GENMASK(51, 16)

struct its_vpe {
    spinlock_t lock;
    struct vcpu *vcpu;
    uint16_t vpe_id;
    uint32_t doorbell;          /* Host LPI */
    void *vpt;                  /* Virtual pending table */
    unsigned int target_cpu;    /* Whose redistributor the ITS targets */
    bool resident;
    bool pending_last;          /* May have a pending vLPI */
    bool idai;                  /* VPT content not known to the GIC yet */
};

struct its_vm {
    spinlock_t lock;
    struct domain *d;
    unsigned int nr_vpes;
    unsigned int id_bits;       /* vLPI ID bits covered by the tables */
    uint64_t vpropbaser;
    uint32_t *doorbell_blocks;  /* First LPIs of the doorbell blocks */
    struct its_vpe **vpes;
};

static DEFINE_SPINLOCK(vpe_id_lock);
static DECLARE_BITMAP(vpe_ids, GICV4_MAX_VPES);

static DEFINE_PER_CPU(struct its_vpe *, resident_vpe);

/* GICR_VPROPBASER/VPENDBASER attributes, as for the physical tables. */
#define VBASER_ATTRS                                                       \
    ((GIC_BASER_CACHE_RaWaWb << GICR_PROPBASER_INNER_CACHEABILITY_SHIFT) | \
     (GIC_BASER_InnerShareable << GICR_PROPBASER_SHAREABILITY_SHIFT))

static int vpe_id_alloc(void)
{
    unsigned int id;

    spin_lock(&vpe_id_lock);
    id = find_first_zero_bit(vpe_ids, GICV4_MAX_VPES);
    if ( id < GICV4_MAX_VPES )
        __set_bit(id, vpe_ids);
    spin_unlock(&vpe_id_lock);

    return id < GICV4_MAX_VPES ? id : -ENOSPC;
}

static void vpe_id_free(uint16_t id)
{
    spin_lock(&vpe_id_lock);
    __clear_bit(id, vpe_ids);
    spin_unlock(&vpe_id_lock);
}

static unsigned long vpt_size(unsigned int id_bits)
{
    /* One bit per INTID, at least one 64K-aligned granule. */
    return max(BIT(id_bits, UL) / 8, (unsigned long)SZ_64K);
}

/* Send a command to every ITS that can carry vLPIs. */
#define for_each_virtual_its(its)                                    \
    list_for_each_entry(its, &host_its_list, entry)                  \
        if ( !((its)->flags & HOST_ITS_VIRTUAL) ) continue; else

static int vpe_map(struct its_vm *vm, struct its_vpe *vpe, bool valid)
{
    struct host_its *its;
    uint64_t cmd[ITS_CMD_DWORDS];
    int ret = 0, rc;

    for_each_virtual_its(its)
    {
        gicv4_build_vmapp(cmd, its, vpe->vpe_id, vpe->target_cpu,
                          virt_to_maddr(vpe->vpt), vm->id_bits, valid);
        /* A VSYNC only applies to a mapped vPE. */
        rc = valid ? vcmd_send_sync(its, cmd, vpe->vpe_id)
                   : vcmd_send(its, cmd) ?: gicv3_its_wait_commands(its);
        if ( rc && !ret )
            ret = rc;
    }

    return ret;
}

static void vpe_free(struct its_vpe *vpe)
{
    if ( !vpe )
        return;
    xfree(vpe->vpt);
    vpe_id_free(vpe->vpe_id);
    xfree(vpe);
}

static struct its_vpe *vpe_alloc(struct its_vm *vm, struct vcpu *v)
{
    struct its_vpe *vpe;
    int id;

    vpe = xzalloc(struct its_vpe);
    if ( !vpe )
        return NULL;

    id = vpe_id_alloc();
    if ( id < 0 )
    {
        xfree(vpe);
        return NULL;
    }
    vpe->vpe_id = id;

    vpe->vpt = _xzalloc(vpt_size(vm->id_bits), SZ_64K);
    if ( !vpe->vpt || (virt_to_maddr(vpe->vpt) & ~GICR_VPENDBASER_ADDR_MASK) )
    {
        vpe_free(vpe);
        return NULL;
    }
    clean_and_invalidate_dcache_va_range(vpe->vpt, vpt_size(vm->id_bits));

    spin_lock_init(&vpe->lock);
    vpe->vcpu = v;
    vpe->target_cpu = v->processor;
    vpe->idai = true;
    vpe->doorbell = vm->doorbell_blocks[v->vcpu_id / DOORBELLS_PER_BLOCK] +
                    v->vcpu_id % DOORBELLS_PER_BLOCK;

    return vpe;
}

static unsigned int nr_doorbell_blocks(const struct its_vm *vm)
{
    return DIV_ROUND_UP(vm->nr_vpes, DOORBELLS_PER_BLOCK);
}

static void vm_free(struct its_vm *vm)
{
    unsigned int i;

    if ( !vm )
        return;

    if ( vm->vpes )
        for ( i = 0; i < vm->nr_vpes; i++ )
            vpe_free(vm->vpes[i]);

    /* Blocks not allocated are 0, which is never a valid first LPI. */
    if ( vm->doorbell_blocks )
        for ( i = 0; i < nr_doorbell_blocks(vm); i++ )
            if ( vm->doorbell_blocks[i] )
                gicv3_free_host_lpi_block(vm->doorbell_blocks[i]);

    xfree(vm->doorbell_blocks);
    xfree(vm->vpes);
    xfree(vm);
}

/* The vLPI ID bits the VM can use: what the guest and every ITS allow. */
static unsigned int vm_id_bits(const struct domain *d)
{
    const struct host_its *its;
    unsigned int bits = (d->arch.vgic.rdist_propbase & 0x1f) + 1;

    bits = min(bits, d->arch.vgic.intid_bits);
    list_for_each_entry(its, &host_its_list, entry)
        bits = min(bits, its->evid_bits);

    return bits;
}

static struct its_vm *vm_create(struct domain *d)
{
    struct its_vm *vm;
    struct vcpu *v;
    unsigned int i;
    int ret;

    /* The property table is only known once the guest enabled LPIs. */
    if ( !d->arch.vgic.rdists_enabled )
        return NULL;

    vm = xzalloc(struct its_vm);
    if ( !vm )
        return NULL;

    spin_lock_init(&vm->lock);
    vm->d = d;
    vm->nr_vpes = d->max_vcpus;
    vm->id_bits = vm_id_bits(d);
    if ( vm->id_bits <= ilog2(LPI_OFFSET) )
        goto fail;
    vm->vpropbaser = (d->arch.vgic.rdist_propbase & GENMASK(51, 12)) |
                     VBASER_ATTRS | (vm->id_bits - 1);

    vm->vpes = xzalloc_array(struct its_vpe *, vm->nr_vpes);
    vm->doorbell_blocks = xzalloc_array(uint32_t, nr_doorbell_blocks(vm));
    if ( !vm->vpes || !vm->doorbell_blocks )
        goto fail;

    for ( i = 0; i < nr_doorbell_blocks(vm); i++ )
        if ( gicv3_allocate_host_lpi_block(d, &vm->doorbell_blocks[i]) )
        {
            vm->doorbell_blocks[i] = 0;
            goto fail;
        }

    for_each_vcpu ( d, v )
    {
        vm->vpes[v->vcpu_id] = vpe_alloc(vm, v);
        if ( !vm->vpes[v->vcpu_id] )
            goto fail;
    }

    for ( i = 0; i < vm->nr_vpes; i++ )
    {
        if ( !vm->vpes[i] )
            continue;
        ret = vpe_map(vm, vm->vpes[i], true);
        if ( ret )
            goto fail_unmap;
    }

    /* Only now can a doorbell find its vCPU. */
    for ( i = 0; i < vm->nr_vpes; i++ )
        if ( vm->vpes[i] )
            gicv3_lpi_set_host_entry(vm->vpes[i]->doorbell, d->domain_id,
                                     HOST_LPI_DOORBELL, i);

    printk(XENLOG_G_INFO "%pd: GICv4 VM with %u vPEs, %u vLPI ID bits\n",
           d, vm->nr_vpes, vm->id_bits);

    return vm;

 fail_unmap:
    /* Unmapping a vPE that was never mapped is harmless. */
    for ( i = 0; i < vm->nr_vpes; i++ )
        if ( vm->vpes[i] )
            vpe_map(vm, vm->vpes[i], false);
 fail:
    printk(XENLOG_G_WARNING "%pd: cannot set up GICv4 direct injection\n", d);
    vm_free(vm);
    return NULL;
}

/* The domain's VM, built on first use.  NULL: use the software path. */
static struct its_vm *domain_vm(struct domain *d)
{
    struct its_vm *vm = d->arch.vgic.its_vm;
    struct vcpu *v;
    static DEFINE_SPINLOCK(vm_create_lock);

    if ( vm || !gicv4_active || !is_hardware_domain(d) || d->is_dying )
        return vm;

    spin_lock(&vm_create_lock);
    vm = d->arch.vgic.its_vm;
    if ( !vm )
    {
        vm = vm_create(d);
        if ( vm )
        {
            /* Publish the vPEs only when they are fully set up. */
            smp_wmb();
            for_each_vcpu ( d, v )
                write_atomic(&v->arch.vgic.vpe, vm->vpes[v->vcpu_id]);
            write_atomic(&d->arch.vgic.its_vm, vm);
        }
    }
    spin_unlock(&vm_create_lock);

    return vm;
}

void gicv4_domain_destroy(struct domain *d)
{
    struct its_vm *vm = d->arch.vgic.its_vm;
    struct vcpu *v;
    unsigned int i, cpu;

    if ( !vm )
        return;

    /* The vCPUs were descheduled for good: none can be resident. */
    for_each_online_cpu ( cpu )
        for ( i = 0; i < vm->nr_vpes; i++ )
            ASSERT(!vm->vpes[i] || per_cpu(resident_vpe, cpu) != vm->vpes[i]);

    spin_lock(&vm->lock);
    for_each_vcpu ( d, v )
        write_atomic(&v->arch.vgic.vpe, NULL);
    d->arch.vgic.its_vm = NULL;

    /* The devices were unmapped already, which discarded their events. */
    for ( i = 0; i < vm->nr_vpes; i++ )
        if ( vm->vpes[i] )
            vpe_map(vm, vm->vpes[i], false);
    spin_unlock(&vm->lock);

    vm_free(vm);
}

/*
 * Residency
 */
static void vpe_move(struct its_vpe *vpe, unsigned int cpu)
{
    struct host_its *its;
    uint64_t cmd[ITS_CMD_DWORDS];
    static uint16_t vmovp_seq;
    uint16_t its_list = 0;
    bool all_vmovp = true;
    unsigned int nr = 0;

    ASSERT(spin_is_locked(&vpe->lock));

    for_each_virtual_its(its)
    {
        if ( !(its->flags & HOST_ITS_VMOVP) )
            all_vmovp = false;
        its_list |= 1U << nr++;
    }

    /*
     * With GITS_TYPER.VMOVP one command on one ITS moves the vPE for all
     * of them; otherwise every ITS gets the same command, with the list of
     * ITSes and a common sequence number.
     */
    vmovp_seq++;
    for_each_virtual_its(its)
    {
        gicv4_build_vmovp(cmd, its, vpe->vpe_id, cpu,
                          all_vmovp ? 0 : vmovp_seq, all_vmovp ? 0 : its_list);
        perfc_incr(gicv4_vmovp);
        if ( vcmd_send_sync(its, cmd, vpe->vpe_id) )
            return;     /* Logged; the doorbell still wakes the vCPU. */
        if ( all_vmovp )
            break;
    }

    vpe->target_cpu = cpu;
}

static uint64_t vpendbaser_wait_clean(void __iomem *reg)
{
    s_time_t deadline = NOW() + VPENDBASER_TIMEOUT;
    uint64_t val;

    do {
        val = readq_relaxed(reg);
        if ( !(val & GICR_VPENDBASER_DIRTY) )
            return val;
        cpu_relax();
    } while ( NOW() <= deadline );

    printk_once(XENLOG_ERR "GICv4: GICR_VPENDBASER stays Dirty\n");

    return val;
}

/* Make the vCPU's vPE resident here if it is not: on entry to the guest. */
void gicv4_vcpu_load(struct vcpu *v)
{
    struct its_vpe *vpe = read_atomic(&v->arch.vgic.vpe);
    void __iomem *base = this_cpu(vlpi_base);
    unsigned int cpu = smp_processor_id();
    unsigned long flags;
    uint64_t val;

    if ( !vpe || this_cpu(resident_vpe) == vpe )
        return;

    ASSERT(!this_cpu(resident_vpe));

    spin_lock_irqsave(&vpe->lock, flags);

    if ( vpe->target_cpu != cpu )
        vpe_move(vpe, cpu);

    writeq_relaxed(v->domain->arch.vgic.its_vm->vpropbaser,
                   base + GICR_VPROPBASER);

    /* PendingLast=1: the redistributor must look at the table. */
    val = virt_to_maddr(vpe->vpt) | VBASER_ATTRS |
          GICR_VPENDBASER_PENDINGLAST | GICR_VPENDBASER_VALID;
    if ( vpe->idai )
        val |= GICR_VPENDBASER_IDAI;
    writeq_relaxed(val, base + GICR_VPENDBASER);

    vpe->idai = false;
    vpe->resident = true;
    vpe->pending_last = false;
    spin_unlock_irqrestore(&vpe->lock, flags);

    this_cpu(resident_vpe) = vpe;
    perfc_incr(gicv4_residency);
}

/* Make the vCPU's vPE non-resident, if it is resident here. */
void gicv4_vcpu_put(struct vcpu *v)
{
    struct its_vpe *vpe = read_atomic(&v->arch.vgic.vpe);
    void __iomem *reg = this_cpu(vlpi_base) + GICR_VPENDBASER;
    unsigned long flags;
    uint64_t val;

    if ( !vpe || this_cpu(resident_vpe) != vpe )
        return;

    spin_lock_irqsave(&vpe->lock, flags);

    /* Clear Valid in the same write that keeps the other fields. */
    val = readq_relaxed(reg);
    writeq_relaxed(val & ~(GICR_VPENDBASER_VALID | GICR_VPENDBASER_IDAI |
                           GICR_VPENDBASER_PENDINGLAST), reg);
    val = vpendbaser_wait_clean(reg);

    vpe->resident = false;
    if ( val & GICR_VPENDBASER_PENDINGLAST )
        vpe->pending_last = true;

    spin_unlock_irqrestore(&vpe->lock, flags);

    this_cpu(resident_vpe) = NULL;
}

/*
 * The vCPU is about to block (WFI, PSCI CPU_SUSPEND): make it
 * non-resident now, so that the block decision sees a vLPI that is
 * already pending (PendingLast) and any later one rings the doorbell.
 * Interrupts are disabled so the residency state cannot change under us.
 */
void gicv4_vcpu_block(struct vcpu *v)
{
    unsigned long flags;

    local_irq_save(flags);
    gicv4_vcpu_put(v);
    local_irq_restore(flags);
}

/* Does the vCPU have a vLPI pending that Xen knows about? */
bool gicv4_vcpu_pending(struct vcpu *v)
{
    struct its_vpe *vpe = read_atomic(&v->arch.vgic.vpe);
    unsigned long flags;
    bool pending;

    if ( !vpe )
        return false;

    spin_lock_irqsave(&vpe->lock, flags);
    pending = vpe->pending_last;
    spin_unlock_irqrestore(&vpe->lock, flags);

    return pending;
}

/* A doorbell LPI fired (interrupt context). */
void gicv4_handle_doorbell(struct domain *d, uint32_t vcpu_id)
{
    struct its_vpe *vpe;
    struct vcpu *v;
    unsigned long flags;

    if ( vcpu_id >= d->max_vcpus || !(v = d->vcpu[vcpu_id]) ||
         !(vpe = read_atomic(&v->arch.vgic.vpe)) )
    {
        perfc_incr(gicv4_doorbells_stray);
        return;
    }

    spin_lock_irqsave(&vpe->lock, flags);
    vpe->pending_last = true;
    spin_unlock_irqrestore(&vpe->lock, flags);

    perfc_incr(gicv4_doorbells);
    vcpu_kick(v);
}

/*
 * Direct mappings
 * ---------------
 * The vITS calls these for the events of devices the domain owns, after
 * it updated its own tables.  Whether an event is mapped directly is
 * recorded in one place only, the kind of its host LPI's entry.  A
 * function returns -ENOENT when the event is not mapped directly (the
 * caller then keeps to the software path) and another error when the
 * host ITS failed; every failure is logged by the command layer.
 */
static struct its_vpe *vcpu_vpe(const struct its_vm *vm, const struct vcpu *v)
{
    if ( !vm || !v || v->vcpu_id >= vm->nr_vpes )
        return NULL;

    return vm->vpes[v->vcpu_id];
}

int gicv4_map_vlpi(struct domain *d, struct host_its *its, uint32_t devid,
                   uint32_t eventid, uint32_t host_lpi, uint32_t vlpi,
                   struct vcpu *v)
{
    struct its_vm *vm = domain_vm(d);
    struct its_vpe *vpe = vcpu_vpe(vm, v);
    uint64_t cmd[ITS_CMD_DWORDS];
    int ret;

    if ( !vpe || !(its->flags & HOST_ITS_VIRTUAL) )
        return -ENOENT;
    if ( vlpi >= BIT(vm->id_bits, UL) )
        return -ERANGE;
    if ( gicv3_lpi_get_host_kind(host_lpi) != HOST_LPI_GUEST )
        return -EBUSY;

    spin_lock(&vm->lock);

    /*
     * Mapping an event that is mapped already is UNPREDICTABLE: drop the
     * physical mapping first.  An LPI raised before the DISCARD still
     * finds a software mapping and is injected.
     */
    gicv4_build_event_cmd(cmd, GITS_CMD_DISCARD, devid, eventid);
    ret = vcmd_send(its, cmd) ?: gicv3_its_sync(its, 0);
    if ( ret )
        goto out;

    gicv4_build_vmapti(cmd, devid, eventid, vpe->vpe_id, vlpi, vpe->doorbell);
    perfc_incr(gicv4_vmapti);
    ret = vcmd_send_sync(its, cmd, vpe->vpe_id);
    if ( ret )
    {
        /* Put the physical mapping back: the software path goes on. */
        gicv3_its_map_host_events(its, devid, eventid, host_lpi, 1);
        goto out;
    }

    gicv3_lpi_set_host_entry(host_lpi, d->domain_id, HOST_LPI_DIRECT, vlpi);

 out:
    spin_unlock(&vm->lock);

    return ret;
}

int gicv4_unmap_vlpi(struct domain *d, struct host_its *its, uint32_t devid,
                     uint32_t eventid, uint32_t host_lpi, struct vcpu *v)
{
    struct its_vm *vm = d->arch.vgic.its_vm;
    struct its_vpe *vpe = vcpu_vpe(vm, v);
    uint64_t cmd[ITS_CMD_DWORDS];
    int ret;

    if ( !vpe || gicv3_lpi_get_host_kind(host_lpi) != HOST_LPI_DIRECT )
        return -ENOENT;

    spin_lock(&vm->lock);

    /* DISCARD also clears the vLPI's pending bit in the VPT. */
    gicv4_build_event_cmd(cmd, GITS_CMD_DISCARD, devid, eventid);
    ret = vcmd_send_sync(its, cmd, vpe->vpe_id);

    /* Back to the physical LPI, which the software path drops. */
    gicv3_lpi_set_host_entry(host_lpi, d->domain_id, HOST_LPI_GUEST,
                             INVALID_LPI);
    if ( !ret )
        ret = gicv3_its_map_host_events(its, devid, eventid, host_lpi, 1);

    spin_unlock(&vm->lock);

    return ret;
}

int gicv4_move_vlpi(struct domain *d, struct host_its *its, uint32_t devid,
                    uint32_t eventid, uint32_t host_lpi, struct vcpu *v)
{
    struct its_vm *vm = d->arch.vgic.its_vm;
    struct its_vpe *vpe = vcpu_vpe(vm, v);
    uint64_t cmd[ITS_CMD_DWORDS];
    int ret;

    if ( !vpe || gicv3_lpi_get_host_kind(host_lpi) != HOST_LPI_DIRECT )
        return -ENOENT;

    spin_lock(&vm->lock);
    /* The doorbell goes along: it is the new vPE's. */
    gicv4_build_vmovi(cmd, devid, eventid, vpe->vpe_id, vpe->doorbell);
    perfc_incr(gicv4_vmovi);
    ret = vcmd_send_sync(its, cmd, vpe->vpe_id);
    spin_unlock(&vm->lock);

    return ret;
}

/* INV, INT or CLEAR on a directly mapped event of vCPU v. */
int gicv4_event_cmd(struct domain *d, struct host_its *its, uint32_t devid,
                    uint32_t eventid, uint32_t host_lpi, uint8_t opcode,
                    struct vcpu *v)
{
    struct its_vm *vm = d->arch.vgic.its_vm;
    struct its_vpe *vpe = vcpu_vpe(vm, v);
    uint64_t cmd[ITS_CMD_DWORDS];
    int ret;

    if ( !vpe || gicv3_lpi_get_host_kind(host_lpi) != HOST_LPI_DIRECT )
        return -ENOENT;

    spin_lock(&vm->lock);
    gicv4_build_event_cmd(cmd, opcode, devid, eventid);
    ret = vcmd_send_sync(its, cmd, vpe->vpe_id);
    spin_unlock(&vm->lock);

    return ret;
}

/* The guest's INVALL for vCPU v: the ITSes reload its vLPI configuration. */
int gicv4_invall(struct domain *d, struct vcpu *v)
{
    struct its_vm *vm = d->arch.vgic.its_vm;
    struct its_vpe *vpe = vcpu_vpe(vm, v);
    struct host_its *its;
    uint64_t cmd[ITS_CMD_DWORDS];
    int ret = 0;

    if ( !vpe )
        return -ENOENT;

    spin_lock(&vm->lock);
    for_each_virtual_its(its)
    {
        gicv4_build_vinvall(cmd, vpe->vpe_id);
        ret = vcmd_send_sync(its, cmd, vpe->vpe_id);
        if ( ret )
            break;
    }
    spin_unlock(&vm->lock);

    return ret;
}

/*
 * Local variables:
 * mode: C
 * c-file-style: "BSD"
 * c-basic-offset: 4
 * indent-tabs-mode: nil
 * End:
 */
