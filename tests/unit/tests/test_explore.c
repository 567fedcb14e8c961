/*
 * tests/unit/tests/test_explore.c: GICv4 operations on 2-3 pCPUs, every
 * interleaving up to a preemption bound (harness/explore.h), with the
 * invariants of issue #14 checked after every step and at quiescence.
 *
 *   make -C tests/unit run T=explore            bound 1, 5 random runs
 *                                               (make check)
 *   make -C tests/unit explore                  bound 2 + 200 random runs
 *   UNIT_XP_BOUND=3 UNIT_XP_RANDOM=1000 make -C tests/unit run T=explore
 *
 * Invariants:
 *   - no lost wake-up: a blocked vCPU (descheduled after its block
 *     decision, _VPF_blocked still set) with an enabled vLPI pending in
 *     its VPT has a doorbell in flight or being handled; at quiescence
 *     none has one, and every blocked vCPU with a vPE has an armed
 *     doorbell (GICv4.0: enabled in the cache of the redistributor that
 *     raises it and carried by its mappings; GICv4.1: requested);
 *   - a vPE is resident on at most one redistributor, and (GICv4.0) the
 *     ITS targets the one it is resident on;
 *   - GICv4.0: while nobody holds the vPE lock, the doorbell's enable bit
 *     in the raising redistributor's cache is what Xen believes
 *     (db_enabled), unless Xen knows it is stale (db_stale);
 *   - pending_last changes only under the vPE lock (checked at every
 *     step: the pCPU that ran must hold the lock when it changed);
 *   - no model violation (among them: ITS-list VMOVPs in the same order
 *     on every ITS, lists naming exactly the ITS_Numbers);
 *   - scheduler paths wait for their own ITS commands only.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "xen_util.h"
#include "explore.h"
#include "sched_emul.h"

#ifdef CONFIG_GICV4

#include "xen-gicv4-structs.h"

#define EVENT           3U
#define VLPI            8195U
#define MAX_VCPUS       3

/* What every run of a scenario starts from (set up in the case process). */
static struct {
    struct gic_model *m;
    struct domain *d;
    uint8_t *prop;
    bool blocked[MAX_VCPUS];    /* descheduled after a block decision */
    int busy[MAX_VCPUS];        /* running, or being switched */
    bool last_pl[MAX_VCPUS];
    bool mapped;                /* the event is mapped directly ... */
    unsigned int target;        /* ... to this vCPU */
    unsigned int stall_nth;     /* op_stall_then_run */
} g;

static struct its_vpe *vpe_of(unsigned int vcpu)
{
    return read_atomic(&g.d->vcpu[vcpu]->arch.vgic.vpe);
}

static bool vlpi_enabled(uint32_t vlpi)
{
    return g.prop[vlpi - LPI_OFFSET] & LPI_PROP_ENABLED;
}

/* ---- Setup ---- */

static void setup_on(const struct model_config *cfg, bool map,
                     unsigned int pcpu)
{
    unsigned int i;

    memset(&g, 0, sizeof(g));
    g.m = unit_gic_cfg(cfg);
    unit_xen_boot(g.m);
    g.d = unit_domain_create(0, 2);
    CHECK(gicv4_is_active());
    map_device(g.m, g.d, HOST_DEVID, GUEST_DEVID, 32);
    g.prop = _xzalloc(SZ_64K, SZ_64K);
    CHECK(g.prop);
    for ( i = 0; i < 32; i++ )
        g.prop[VLPI - LPI_OFFSET + i] = 0xa0 | LPI_PROP_ENABLED;
    g.d->arch.vgic.rdist_propbase = virt_to_maddr(g.prop) | (16 - 1);
    emul_guest_ram_add(g.d, g.prop, SZ_64K);
    g.d->arch.vgic.rdists_enabled = true;
    assign(g.d, GUEST_DEVID, EVENT, VLPI, 1);
    g.target = 1;
    if ( map )
    {
        CHECK_EQ(gicv4_map_vlpi(g.d, GUEST_DOORBELL, GUEST_DEVID,
                                      EVENT, VLPI, g.d->vcpu[1]), 0);
        g.mapped = true;
    }
    /* vCPU1 runs on @pcpu. */
    emul_cpu = pcpu;
    emul_run(g.d->vcpu[1]);
    g.busy[1] = 1;
    emul_cpu = 0;
    for ( i = 0; i < 2; i++ )
        g.last_pl[i] = vpe_of(i) && vpe_of(i)->pending_last;
}

static void setup(const struct model_config *cfg, bool map)
{
    setup_on(cfg, map, 1);
}

/* After exploring: the setup's own end, so the case can end clean. */
static void teardown(void)
{
    unsigned int i;

    for ( i = 0; i < g.d->max_vcpus; i++ )
        if ( g.d->vcpu[i]->is_running )
        {
            emul_cpu = g.d->vcpu[i]->processor;
            emul_deschedule(g.d->vcpu[i]);
        }
    emul_cpu = 0;
    if ( g.mapped )
        CHECK_EQ(gicv4_unmap_vlpi(g.d, GUEST_DOORBELL, GUEST_DEVID,
                                        EVENT, g.d->vcpu[g.target]), 0);
    CHECK_EQ(unmap_device(g.d, HOST_DEVID, GUEST_DEVID), 0);
    gicv4_domain_destroy(g.d);
    xfree(g.prop);
    emul_mark_boot_allocations();
}

/* ---- Invariants ---- */

static bool doorbell_in_flight(const struct its_vpe *vpe)
{
    return xp_lpi_in_flight(vpe->doorbell);
}

static void lost_wakeup_check(bool final)
{
    unsigned int i;

    for ( i = 0; i < g.d->max_vcpus; i++ )
    {
        struct vcpu *v = g.d->vcpu[i];
        struct its_vpe *vpe = vpe_of(i);

        if ( !g.blocked[i] || !test_bit(_VPF_blocked, &v->pause_flags) ||
             !vpe )
            continue;
        if ( model_vlpi_pending(g.m, vpe->vpe_id, VLPI) && vlpi_enabled(VLPI) &&
             !doorbell_in_flight(vpe) )
            unit_fail(__FILE__, __LINE__, "lost wake-up: vCPU%u is blocked "
                      "with vLPI %u pending in its VPT and no doorbell "
                      "coming", i, VLPI);
        if ( !final )
            continue;
        if ( model_config(g.m)->version == GIC_V4_1 )
        {
            if ( !model_vpe_doorbell_armed(g.m, vpe->vpe_id) )
                unit_fail(__FILE__, __LINE__, "vCPU%u is blocked and its "
                          "vPE's default doorbell is not requested", i);
        }
        else
        {
            int cpu = model_vpe_cpu(g.m, vpe->vpe_id);
            uint32_t db = 0;

            if ( g.mapped && i == g.target &&
                 (!model_translate(g.m, HOST_DEVID, EVENT, NULL, NULL, NULL,
                                   &db) || db != vpe->doorbell) )
                unit_fail(__FILE__, __LINE__, "vCPU%u is blocked and its "
                          "vLPI mapping carries doorbell %u, not %u", i, db,
                          vpe->doorbell);
            if ( cpu < 0 ||
                 !model_lpi_cached_enabled_at(g.m, cpu, vpe->doorbell) )
                unit_fail(__FILE__, __LINE__, "vCPU%u is blocked and its "
                          "doorbell %u is disabled in the cache of CPU%d's "
                          "redistributor, which raises it", i, vpe->doorbell,
                          cpu);
        }
    }
}

static void residency_check(void)
{
    unsigned int i, cpu, n;

    for ( i = 0; i < g.d->max_vcpus; i++ )
    {
        struct its_vpe *vpe = vpe_of(i);
        int where = -1;

        if ( !vpe )
            continue;
        for ( cpu = 0, n = 0; cpu < model_config(g.m)->nr_cpus; cpu++ )
            if ( model_resident_vpe(g.m, cpu) == vpe->vpe_id )
            {
                n++;
                where = cpu;
            }
        if ( n > 1 )
            unit_fail(__FILE__, __LINE__, "vPE %u is resident on %u "
                      "redistributors", vpe->vpe_id, n);
        /*
         * GICv4.0: the ITS delivers to the redistributor of the last
         * VMAPP/VMOVP.  (GICv4.1 redistributors that share the vPE table
         * find a resident vPE by vPEID: no VMOVP between them.)
         */
        if ( n == 1 && model_config(g.m)->version == GIC_V4_0 &&
             model_vpe_cpu(g.m, vpe->vpe_id) != where )
            unit_fail(__FILE__, __LINE__, "vPE %u is resident on CPU%d's "
                      "redistributor but the ITS targets CPU%d's",
                      vpe->vpe_id, where, model_vpe_cpu(g.m, vpe->vpe_id));
    }
}

static void doorbell_cache_check(void)
{
    unsigned int i;

    if ( model_config(g.m)->version != GIC_V4_0 )
        return;
    for ( i = 0; i < g.d->max_vcpus; i++ )
    {
        struct its_vpe *vpe = vpe_of(i);
        int cpu;

        if ( !vpe || !vpe->db_ready || vpe->db_stale ||
             spin_is_locked(&vpe->lock) )
            continue;
        cpu = model_vpe_cpu(g.m, vpe->vpe_id);
        if ( cpu >= 0 &&
             model_lpi_cached_enabled_at(g.m, cpu, vpe->doorbell) !=
             vpe->db_enabled )
            unit_fail(__FILE__, __LINE__, "vPE %u: Xen believes its doorbell "
                      "%s, CPU%d's redistributor (which raises it) has it "
                      "%s", vpe->vpe_id,
                      vpe->db_enabled ? "enabled" : "disabled", cpu,
                      vpe->db_enabled ? "disabled" : "enabled");
    }
}

static void pending_last_check(void)
{
    unsigned int i;

    for ( i = 0; i < g.d->max_vcpus; i++ )
    {
        struct its_vpe *vpe = vpe_of(i);

        if ( !vpe )
            continue;
        if ( vpe->pending_last != g.last_pl[i] &&
             vpe->lock.held != (int)xp_last_cpu() + 1 )
            unit_fail(__FILE__, __LINE__, "vPE %u: pending_last changed "
                      "(%d -> %d) on pCPU%u without the vPE lock", vpe->vpe_id,
                      g.last_pl[i], vpe->pending_last, xp_last_cpu());
        g.last_pl[i] = vpe->pending_last;
    }
}

static void check_step(void)
{
    if ( model_nr_violations(g.m) )
        unit_fail(__FILE__, __LINE__, "model violation: %s",
                  model_violation(g.m, 0));
    pending_last_check();
    residency_check();
    doorbell_cache_check();
    lost_wakeup_check(false);
}

static void check_final(void)
{
    check_step();
    lost_wakeup_check(true);
    model_final_checks(g.m);
    if ( model_nr_violations(g.m) )
        unit_fail(__FILE__, __LINE__, "model violation: %s",
                  model_violation(g.m, 0));
}

/* ---- Operations (each runs on the pCPU xp_cpu()) ---- */

static void block_with(unsigned int vcpu, bool (*how)(struct vcpu *v))
{
    struct vcpu *v = g.d->vcpu[vcpu];

    if ( !v->is_running || v->processor != xp_cpu() )
        return;                 /* not running here (any more) */
    xp_set_sched_path(true);
    if ( how(v) )
    {
        emul_deschedule(v);
        g.blocked[vcpu] = true;
        g.busy[vcpu] = 0;
    }
}

static void op_wfi(unsigned int vcpu)
{
    block_with(vcpu, emul_block_wfi);
}

static void op_schedop_block(unsigned int vcpu)
{
    block_with(vcpu, emul_block_schedop);
}

static void op_poll(unsigned int vcpu)
{
    block_with(vcpu, emul_block_poll);
}

/* The device raises the event (through the ITS). */
static void op_fire(unsigned int event)
{
    unit_device_write(HOST_DEVID, event);
    xp_irq_window();
}

/* An event channel or an IPI wakes the vCPU (vcpu_unblock()). */
static void op_kick(unsigned int vcpu)
{
    vcpu_unblock(g.d->vcpu[vcpu]);
}

/*
 * The scheduler runs the vCPU here, once it is off any other pCPU and
 * if it is runnable: gicv4_vcpu_load(), with a VMOVP if it moved.
 */
static void op_run(unsigned int vcpu)
{
    struct vcpu *v = g.d->vcpu[vcpu];

    xp_wait(&g.busy[vcpu]);
    if ( test_bit(_VPF_blocked, &v->pause_flags) || emul_curr_vcpu[xp_cpu()] )
        return;
    g.busy[vcpu] = 1;
    g.blocked[vcpu] = false;
    xp_set_sched_path(true);
    emul_run(v);
}

/* The scheduler preempts the vCPU running here (it stays runnable). */
static void op_put(unsigned int vcpu)
{
    struct vcpu *v = g.d->vcpu[vcpu];

    if ( !v->is_running || v->processor != xp_cpu() )
        return;
    xp_set_sched_path(true);
    emul_deschedule(v);
    g.busy[vcpu] = 0;
}

/* The guest's MAPTI of the event to vCPU @vcpu (the vITS's direct path). */
static void op_map(unsigned int vcpu)
{
    int rc = gicv4_map_vlpi(g.d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                  VLPI, g.d->vcpu[vcpu]);

    if ( !rc )
        g.mapped = true;
}

/* The guest's MOVI of the event to vCPU @vcpu: VMOVI (new doorbell). */
static void op_movi(unsigned int vcpu)
{
    if ( !move_vlpi(g.d, GUEST_DEVID, EVENT, g.d->vcpu[g.target],
                    g.d->vcpu[vcpu]) )
        g.target = vcpu;
}

/* The guest's DISCARD of the event: back to the software path. */
static void op_unmap(unsigned int unused)
{
    if ( !gicv4_unmap_vlpi(g.d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                                 g.d->vcpu[g.target]) )
        g.mapped = false;
}

/*
 * The domain goes away: its device is unmapped (MAPD V=0), then, after
 * an RCU grace period (no LPI handler holds the domain), the vGIC's
 * teardown destroys the VM.  Its vCPUs are descheduled for good.
 */
static void op_teardown(unsigned int unused)
{
    unsigned int i;

    for ( i = 0; i < g.d->max_vcpus; i++ )
        xp_wait(&g.busy[i]);
    CHECK_EQ(unmap_device(g.d, HOST_DEVID, GUEST_DEVID), 0);
    g.mapped = false;
    xp_wait(&emul_rcu_locks);
    gicv4_domain_destroy(g.d);
}

/* The guest's CLEAR of the event: CLEAR + VSYNC on the host ITS. */
static void op_clear(unsigned int vcpu)
{
    gicv4_vlpi_cmd(g.d, GUEST_DOORBELL, GUEST_DEVID, EVENT,
                         GITS_CMD_CLEAR, g.d->vcpu[vcpu]);
}

/* The ITS stops at the next CLEAR (whoever sends it). */
static void op_stall_next_clear(unsigned int unused)
{
    model_stall_next_op(g.m, GITS_CMD_CLEAR);
}

/* The ITS stops at the next command, then the vCPU runs here. */
static void op_stall_then_run(unsigned int vcpu)
{
    xp_wait(&g.busy[vcpu]);
    model_stall_nth_cmd(g.m, 1);
    op_run(vcpu);
}

/* ---- Scenarios ---- */

#define OP(f, a)        { #f, f, a }

static unsigned int bound(void)
{
    return xp_env_bound(1);
}

static unsigned int samples(void)
{
    return xp_env_random(5);
}

static void explore(const struct xp_scenario *s)
{
    unit_case_timeout(600);
    xp_explore(s, bound(), 20000, samples(), 14);
    teardown();
}

static struct model_config cfg_of(enum gic_version v, unsigned int nr_cpus)
{
    struct model_config cfg = model_default_config(v);

    cfg.nr_cpus = nr_cpus;
    return cfg;
}

/*
 * Defect 1: each way to block (WFI, SCHEDOP_block, SCHEDOP_poll) against
 * a vLPI on another pCPU.  Every path must leave the vPE non-resident
 * with its doorbell armed before the block decision.
 */
static void block_vs_fire(enum gic_version v, const char *name,
                          void (*block)(unsigned int))
{
    struct model_config cfg = cfg_of(v, 2);
    struct xp_scenario s = {
        .name = name, .nr_cpus = 2,
        .cpu = {
            [0] = { 1, { OP(op_fire, EVENT) } },
            [1] = { 1, { { "block", block, 1 } } },
        },
        .check = check_step, .final = check_final,
    };

    setup(&cfg, true);
    explore(&s);
}

UNIT_TEST(explore_v40_wfi_vs_vlpi)
{
    block_vs_fire(GIC_V4_0, "v40_wfi_vs_vlpi", op_wfi);
}

UNIT_TEST(explore_v40_schedop_block_vs_vlpi)
{
    block_vs_fire(GIC_V4_0, "v40_schedop_block_vs_vlpi", op_schedop_block);
}

UNIT_TEST(explore_v40_poll_vs_vlpi)
{
    block_vs_fire(GIC_V4_0, "v40_poll_vs_vlpi", op_poll);
}

UNIT_TEST(explore_v41_wfi_vs_vlpi)
{
    block_vs_fire(GIC_V4_1, "v41_wfi_vs_vlpi", op_wfi);
}

UNIT_TEST(explore_v41_schedop_block_vs_vlpi)
{
    block_vs_fire(GIC_V4_1, "v41_schedop_block_vs_vlpi", op_schedop_block);
}

UNIT_TEST(explore_v41_poll_vs_vlpi)
{
    block_vs_fire(GIC_V4_1, "v41_poll_vs_vlpi", op_poll);
}

/*
 * The doorbell against load and migration: vCPU1 blocks on pCPU1, a
 * vLPI rings its doorbell, pCPU2 runs the woken vCPU (VMOVP) while the
 * handler and the block path may still be running.
 */
static void doorbell_vs_migrate(enum gic_version v, const char *name)
{
    struct model_config cfg = cfg_of(v, 3);
    struct xp_scenario s = {
        .name = name, .nr_cpus = 3,
        .cpu = {
            [0] = { 1, { OP(op_fire, EVENT) } },
            [1] = { 1, { OP(op_wfi, 1) } },
            [2] = { 1, { OP(op_run, 1) } },
        },
        .check = check_step, .final = check_final,
    };

    setup(&cfg, true);
    explore(&s);
}

UNIT_TEST(explore_v40_doorbell_vs_migrate)
{
    doorbell_vs_migrate(GIC_V4_0, "v40_doorbell_vs_migrate");
}

UNIT_TEST(explore_v41_doorbell_vs_migrate)
{
    doorbell_vs_migrate(GIC_V4_1, "v41_doorbell_vs_migrate");
}

/*
 * The guest moves the event from vCPU1 to vCPU0 (MOVI -> VMOVI with vPE
 * 0's doorbell) while both vCPUs block and the device fires: whichever
 * vCPU the vLPI lands on must be woken.
 */
static void movi_vs_block(enum gic_version v, const char *name)
{
    struct model_config cfg = cfg_of(v, 2);
    struct xp_scenario s = {
        .name = name, .nr_cpus = 2,
        .cpu = {
            [0] = { 3, { OP(op_movi, 0), OP(op_wfi, 0), OP(op_fire, EVENT) } },
            [1] = { 1, { OP(op_wfi, 1) } },
        },
        .check = check_step, .final = check_final,
    };

    setup(&cfg, true);
    emul_run(g.d->vcpu[0]);             /* vCPU0 runs on pCPU0 */
    g.busy[0] = 1;
    explore(&s);
}

UNIT_TEST(explore_v40_movi_vs_block)
{
    movi_vs_block(GIC_V4_0, "v40_movi_vs_block");
}

UNIT_TEST(explore_v41_movi_vs_block)
{
    movi_vs_block(GIC_V4_1, "v41_movi_vs_block");
}

/*
 * The guest discards the event (back to the software path) while vCPU1
 * blocks and the device fires: the vLPI is either in the VPT with a
 * doorbell coming, or a physical LPI that Xen injects.
 */
UNIT_TEST(explore_v40_unmap_vs_block)
{
    struct model_config cfg = cfg_of(GIC_V4_0, 2);
    struct xp_scenario s = {
        .name = "v40_unmap_vs_block", .nr_cpus = 2,
        .cpu = {
            [0] = { 2, { OP(op_unmap, 0), OP(op_fire, EVENT) } },
            [1] = { 1, { OP(op_wfi, 1) } },
        },
        .check = check_step, .final = check_final,
    };

    setup(&cfg, true);
    explore(&s);
}

/*
 * Teardown against a vLPI and its doorbell: vCPU1 is blocked on pCPU1,
 * the device fires while the domain is destroyed on pCPU0.  A doorbell
 * taken late finds no vPE (or no mapping) and is ignored.
 */
static void teardown_vs_doorbell(enum gic_version v, const char *name)
{
    struct model_config cfg = cfg_of(v, 2);
    struct xp_scenario s = {
        .name = name, .nr_cpus = 2,
        .cpu = {
            [0] = { 1, { OP(op_teardown, 0) } },
            [1] = { 1, { OP(op_fire, EVENT) } },
        },
        .check = check_step, .final = check_final,
    };

    setup(&cfg, true);
    emul_cpu = 1;
    CHECK(emul_block_wfi(g.d->vcpu[1]));
    emul_deschedule(g.d->vcpu[1]);
    g.blocked[1] = true;
    g.busy[1] = 0;
    emul_cpu = 0;
    explore(&s);
}

UNIT_TEST(explore_v40_teardown_vs_doorbell)
{
    teardown_vs_doorbell(GIC_V4_0, "v40_teardown_vs_doorbell");
}

UNIT_TEST(explore_v41_teardown_vs_doorbell)
{
    teardown_vs_doorbell(GIC_V4_1, "v41_teardown_vs_doorbell");
}

/*
 * Defect 2: vCPU1 blocks before the domain has a VM; the vITS then maps
 * the event (the VM is created and published) and the device fires.
 * The vCPU must be woken when the VM is published, or see its vPE.
 */
static void block_before_vm(enum gic_version v, const char *name)
{
    struct model_config cfg = cfg_of(v, 2);
    struct xp_scenario s = {
        .name = name, .nr_cpus = 2,
        .cpu = {
            [0] = { 2, { OP(op_map, 1), OP(op_fire, EVENT) } },
            [1] = { 1, { OP(op_wfi, 1) } },
        },
        .check = check_step, .final = check_final,
    };

    setup(&cfg, false);
    explore(&s);
}

UNIT_TEST(explore_v40_block_before_vm_created)
{
    block_before_vm(GIC_V4_0, "v40_block_before_vm_created");
}

UNIT_TEST(explore_v41_block_before_vm_created)
{
    block_before_vm(GIC_V4_1, "v41_block_before_vm_created");
}

/*
 * Defect 4: two vPEs migrate at once on a GIC whose ITSes need an ITS
 * list (GITS_TYPER.VMOVP=0): every ITS must see the two VMOVPs in the
 * same order.  vCPU0 and vCPU1 swap pCPUs.
 */
UNIT_TEST(explore_v40_concurrent_vmovp_its_list)
{
    struct model_config cfg = cfg_of(GIC_V4_0, 2);
    struct xp_scenario s = {
        .name = "v40_concurrent_vmovp_its_list", .nr_cpus = 2,
        .cpu = {
            [0] = { 2, { OP(op_put, 0), OP(op_run, 1) } },
            [1] = { 2, { OP(op_put, 1), OP(op_run, 0) } },
        },
        .check = check_step, .final = check_final,
    };

    cfg.nr_its = 2;
    cfg.vmovp = false;
    setup(&cfg, true);
    emul_run(g.d->vcpu[0]);             /* vCPU0 runs on pCPU0 */
    g.busy[0] = 1;
    explore(&s);
}

/*
 * Defect 3: the VMOVP of a migration times out (the ITS stalls).  The vPE
 * must not become resident where the ITS does not deliver (two
 * redistributors must never own one VPT); on GICv4.0 the doorbell stays
 * armed so vLPIs still wake the vCPU: armed in the GIC, or (the stalled
 * ITS cannot take the proxy's INV) armed in Xen's record and marked
 * stale, so the invalidation is retried.
 */
static void vmovp_timeout_final(void)
{
    struct its_vpe *vpe = vpe_of(1);
    int cpu = model_vpe_cpu(g.m, vpe->vpe_id);

    check_final();
    if ( model_config(g.m)->version == GIC_V4_0 &&
         model_resident_vpe(g.m, 0) != vpe->vpe_id &&
         model_resident_vpe(g.m, 1) != vpe->vpe_id &&
         g.d->vcpu[1]->is_running &&
         !model_lpi_cached_enabled_at(g.m, cpu, vpe->doorbell) &&
         !(vpe->db_enabled && vpe->db_stale) )
        unit_fail(__FILE__, __LINE__, "vCPU1 runs without its vPE resident "
                  "(VMOVP failed) and its doorbell is not armed at CPU%d's "
                  "redistributor", cpu);
}

static void vmovp_timeout(enum gic_version v, const char *name)
{
    struct model_config cfg = cfg_of(v, 2);
    struct xp_scenario s = {
        .name = name, .nr_cpus = 2,
        .cpu = {
            [0] = { 2, { OP(op_stall_then_run, 1), OP(op_fire, EVENT) } },
            [1] = { 1, { OP(op_put, 1) } },
        },
        .check = check_step, .final = vmovp_timeout_final,
    };

    setup(&cfg, true);
    explore(&s);
}

UNIT_TEST(explore_v40_vmovp_timeout)
{
    vmovp_timeout(GIC_V4_0, "v40_vmovp_timeout");
}

UNIT_TEST(explore_v41_vmovp_timeout)
{
    vmovp_timeout(GIC_V4_1, "v41_vmovp_timeout");
}

/*
 * Defect 5 (second half), GICv4.0 through the doorbell proxy: vCPU1
 * blocks on pCPU1 (doorbell armed), is woken by an event channel, runs
 * on pCPU0 (VMOVP: the doorbell is now raised by CPU0's redistributor,
 * whose cached copy says disabled), blocks there and a vLPI comes.  The
 * doorbell's configuration must be invalidated at the new redistributor.
 */
static void wake_migrate_block(bool direct_lpi, const char *name)
{
    struct model_config cfg = cfg_of(GIC_V4_0, 2);
    struct xp_scenario s = {
        .name = name, .nr_cpus = 2,
        .cpu = {
            [0] = { 4, { OP(op_kick, 1), OP(op_run, 1), OP(op_wfi, 1),
                         OP(op_fire, EVENT) } },
            [1] = { 1, { OP(op_wfi, 1) } },
        },
        .check = check_step, .final = check_final,
    };

    cfg.direct_lpi = direct_lpi;
    setup(&cfg, true);
    explore(&s);
}

UNIT_TEST(explore_v40_proxy_wake_migrate_block)
{
    wake_migrate_block(false, "v40_proxy_wake_migrate_block");
}

UNIT_TEST(explore_v40_direct_lpi_wake_migrate_block)
{
    wake_migrate_block(true, "v40_direct_lpi_wake_migrate_block");
}

/*
 * Defect 7: a block (WFI: the doorbell is armed with an INV on its proxy
 * event + SYNC) against a guest CLEAR on another pCPU, whose CLEAR
 * stalls the ITS.  The scheduler path must wait for its own commands
 * only: once they are consumed it must not keep polling for the CLEAR
 * (and time out).  vCPU1 runs on pCPU0 here.
 */
UNIT_TEST(explore_v40_sched_waits_for_own_commands)
{
    struct model_config cfg = cfg_of(GIC_V4_0, 2);
    struct xp_scenario s = {
        .name = "v40_sched_waits_for_own_commands", .nr_cpus = 2,
        .cpu = {
            [0] = { 1, { OP(op_wfi, 1) } },
            [1] = { 2, { OP(op_stall_next_clear, 0), OP(op_clear, 1) } },
        },
        .check = check_step, .final = check_final,
    };

    setup_on(&cfg, true, 0);
    explore(&s);
}

#endif /* CONFIG_GICV4 */
