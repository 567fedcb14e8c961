/*
 * tests/unit/harness/glue.c: connects the GIC model to the emulated
 * hypervisor (MMIO, LPI delivery into gicv3_do_LPI, the allocator's
 * free hook) and boots Xen's LPI/ITS code on it like gic-v3.c does.
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"

#include <stdarg.h>
#include <stdio.h>

/* A failed CHECK: one line naming the place; the runner ends the case. */
void unit_fail(const char *file, int line, const char *fmt, ...)
{
    char buf[900], out[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    snprintf(out, sizeof(out), "%s at %s:%d", buf, file, line);
    emul_test_failed(out);
}

struct gic_model *unit_model;
static struct dt_device_node gic_node, its_nodes[4];
static struct domain *unit_domains[8];

/* Which ITS frame @pa is in, and the offset in it; -1 if none. */
static int its_frame(const struct gic_model *m, paddr_t pa, uint64_t *off)
{
    if ( pa < MODEL_ITS_BASE ||
         pa >= MODEL_ITS_BASE + MODEL_ITS_SIZE * model_config(m)->nr_its )
        return -1;
    *off = (pa - MODEL_ITS_BASE) % MODEL_ITS_SIZE;
    return (pa - MODEL_ITS_BASE) / MODEL_ITS_SIZE;
}

void (*unit_its_access_hook)(unsigned int its, uint64_t off, bool write,
                             uint64_t val);
void (*unit_lpi_hook)(unsigned int cpu, uint32_t intid);

static uint64_t glue_read(void *opaque, paddr_t pa, unsigned int size)
{
    uint64_t v = 0, off;
    int its = its_frame(opaque, pa, &off);

    /*
     * Polling a stalled ITS: time runs on for this pCPU (20 ms a poll),
     * so Xen's deadline passes after a few polls rather than 10^5.
     */
    if ( its >= 0 && off == M_GITS_CREADR && model_its_stalled(opaque, its) )
        emul_time_warp[emul_cpu] += MILLISECS(20);
    /* The same for a redistributor whose GICR_SYNCR stays busy. */
    if ( pa >= MODEL_RDIST_BASE &&
         (pa - MODEL_RDIST_BASE) % model_rdist_stride(opaque) == M_GICR_SYNCR &&
         model_rd_syncr_busy(opaque, (pa - MODEL_RDIST_BASE) /
                                     model_rdist_stride(opaque)) )
        emul_time_warp[emul_cpu] += MILLISECS(1);

    if ( !model_mmio_read(opaque, pa, size, &v) )
        emul_fail("MMIO read at %#lx: not a model register frame", pa);
    if ( its >= 0 && off == M_GITS_CREADR && unit_its_access_hook )
        unit_its_access_hook(its, off, false, v);
    return v;
}

static void glue_write(void *opaque, paddr_t pa, uint64_t val,
                       unsigned int size)
{
    uint64_t off;
    int its = its_frame(opaque, pa, &off);

    if ( its >= 0 && off == M_GITS_CWRITER && unit_its_access_hook )
        unit_its_access_hook(its, off, true, val);
    if ( !model_mmio_write(opaque, pa, val, size) )
        emul_fail("MMIO write at %#lx: not a model register frame", pa);
}

/*
 * The GIC signals a physical LPI on @cpu.  The harness is one thread, so
 * the interrupt is taken at once only when the current context could be
 * interrupted (IRQs on, no lock held, not in a handler) and @cpu does not
 * run with interrupts masked (unit_mask_cpu()); otherwise it waits, as
 * it would in hardware, until that becomes true.  Interrupts for other
 * CPUs wait the same way: their handler must not observe this CPU's
 * critical section half done.  Taking it is what the CPU does: the
 * acknowledge (the LPI stops being pending; a DISCARD or CLEAR meanwhile
 * leaves nothing to take), then Xen's handler.
 */
#define MAX_DEFERRED    256
static struct { unsigned int cpu; uint32_t intid; } deferred[MAX_DEFERRED];
static unsigned int nr_deferred;
static bool cpu_masked[NR_CPUS];
/* Acknowledged by unit_lpi_acknowledge(), its handler not run yet. */
static uint32_t acked[NR_CPUS];

void unit_lpi_handle(unsigned int cpu, uint32_t intid)
{
    unsigned int saved_cpu = emul_cpu;
    bool saved_irqs = emul_irqs_disabled;

    if ( acked[cpu] == intid )
        acked[cpu] = 0;

    emul_cpu = cpu;
    emul_irqs_disabled = true;
    irq_enter();
    gicv3_do_LPI(intid);
    irq_exit();
    emul_cpu = saved_cpu;
    emul_irqs_disabled = saved_irqs;
}

static void take_lpi(unsigned int cpu, uint32_t intid)
{
    if ( model_lpi_acknowledge(unit_model, cpu, intid) )
        unit_lpi_handle(cpu, intid);
}

static bool can_interrupt(void)
{
    return !emul_irqs_disabled && !emul_locks_held && !emul_irq_nesting;
}

/* The first waiting LPI of a CPU that takes interrupts, -1 if none. */
static int first_takeable(void)
{
    unsigned int i;

    for ( i = 0; i < nr_deferred; i++ )
        if ( !cpu_masked[deferred[i].cpu] )
            return i;
    return -1;
}

static void drop_deferred(unsigned int i)
{
    memmove(&deferred[i], &deferred[i + 1],
            (--nr_deferred - i) * sizeof(deferred[0]));
}

static void glue_irq_window(void)
{
    int i;

    while ( can_interrupt() && (i = first_takeable()) >= 0 )
    {
        unsigned int cpu = deferred[i].cpu;
        uint32_t intid = deferred[i].intid;

        drop_deferred(i);
        take_lpi(cpu, intid);
    }
}

static void glue_deliver(struct gic_model *m, unsigned int cpu, uint32_t intid,
                         void *opaque)
{
    if ( unit_lpi_hook )
    {
        unit_lpi_hook(cpu, intid);
        return;
    }
    if ( can_interrupt() && !cpu_masked[cpu] && first_takeable() < 0 )
    {
        take_lpi(cpu, intid);
        return;
    }
    if ( nr_deferred == MAX_DEFERRED )
    {
        model_report(m, "more than %u LPIs waiting for an interrupt window",
                     MAX_DEFERRED);
        return;
    }
    deferred[nr_deferred].cpu = cpu;
    deferred[nr_deferred].intid = intid;
    nr_deferred++;
}

unsigned int unit_deferred_lpis(void)
{
    return nr_deferred;
}

void unit_mask_cpu(unsigned int cpu, bool masked)
{
    CHECK(cpu < NR_CPUS);
    cpu_masked[cpu] = masked;
    if ( !masked && emul_irq_window )
        emul_irq_window();
}

uint32_t unit_lpi_acknowledge(unsigned int cpu)
{
    unsigned int i = 0;

    while ( i < nr_deferred )
    {
        uint32_t intid = deferred[i].intid;

        if ( deferred[i].cpu != cpu )
        {
            i++;
            continue;
        }
        drop_deferred(i);
        if ( model_lpi_acknowledge(unit_model, cpu, intid) )
        {
            acked[cpu] = intid;
            return intid;
        }
    }
    return 0;
}

bool unit_lpi_handler_pending(unsigned int cpu)
{
    return acked[cpu];
}

/*
 * An IPI reaches a pCPU only once its handler is done: a handler a case
 * left half way (acknowledged, not run) runs to its end first.
 */
static void glue_call_function(unsigned int cpu)
{
    if ( acked[cpu] )
        unit_lpi_handle(cpu, acked[cpu]);
}

static void glue_free_hook(const void *p, size_t size, const char *file,
                           int line)
{
    const char *what;

    if ( !unit_model )
        return;
    what = model_find_reference(unit_model, p, size);
    if ( what )
        model_report(unit_model, "freeing %zu bytes allocated at %s:%d that "
                     "the GIC still uses: %s", size, file, line, what);
}

static bool glue_mem_check(uint64_t pa, size_t size, void *opaque)
{
    return emul_mem_is_allocated(maddr_to_virt(pa), size);
}

struct gic_model *unit_gic_cfg(const struct model_config *cfg)
{
    struct gic_model *m;

    if ( unit_model )
        unit_fail(__FILE__, __LINE__, "one model per case");
    if ( cfg->nr_cpus < 1 || cfg->nr_cpus > NR_CPUS )
        unit_fail(__FILE__, __LINE__, "nr_cpus %u: 1 to %u", cfg->nr_cpus,
                  NR_CPUS);
    m = model_create(cfg);
    unit_model = m;
    emul_nr_cpus = cfg->nr_cpus;
    emul_mmio_register(MODEL_ITS_BASE, MODEL_ITS_SIZE * cfg->nr_its,
                       glue_read, glue_write, m);
    emul_mmio_register(MODEL_RDIST_BASE,
                       model_rdist_stride(m) * cfg->nr_cpus, glue_read,
                       glue_write, m);
    model_set_deliver(m, glue_deliver, NULL);
    model_set_mem_check(m, glue_mem_check, NULL);
    emul_irq_window = glue_irq_window;
    emul_free_hook = glue_free_hook;
    emul_call_function_hook = glue_call_function;
    memset(acked, 0, sizeof(acked));
    return m;
}

struct gic_model *unit_gic(enum gic_version v)
{
    struct model_config cfg = model_default_config(v);

    return unit_gic_cfg(&cfg);
}

void *unit_rdist_va(unsigned int cpu)
{
    return ioremap_nocache(model_rdist_base(unit_model, cpu),
                           model_rdist_stride(unit_model));
}

void unit_xen_boot_its(struct gic_model *m)
{
    const struct model_config *cfg = model_config(m);
    int rc;

    /* The device tree: the GIC node with one child per ITS. */
    unsigned int i;

    gic_node = (struct dt_device_node){ .name = "gic", .compatible =
                                        "arm,gic-v3" };
    for ( i = cfg->nr_its; i-- > 0; )
    {
        its_nodes[i] = (struct dt_device_node){
            .name = "its", .compatible = "arm,gic-v3-its",
            .addr = model_its_base_at(m, i), .size = MODEL_ITS_SIZE,
            .sibling = gic_node.child };
        gic_node.child = &its_nodes[i];
    }
    dt_interrupt_controller = &gic_node;
    acpi_disabled = true;

    /* gicv3_dist_init(), then gicv3_its_init() on the boot CPU. */
    emul_cpu = 0;
    rc = gicv3_lpi_init_host_lpis(cfg->lpi_id_bits);
    CHECK_EQ(rc, 0);
    rc = gicv3_its_init();
    CHECK_EQ(rc, 0);
}

/* gicv3_cpu_init() on @cpu: its redistributor, LPIs, its collection. */
static void unit_cpu_init(struct gic_model *m, unsigned int cpu)
{
    void *rbase;
    uint64_t typer;
    int rc;

    emul_cpu = cpu;
    rbase = unit_rdist_va(cpu);
    typer = readq_relaxed(rbase + GICR_TYPER);
    gicv3_set_redist_address(model_rdist_base(m, cpu),
                             (typer & GICR_TYPER_PROC_NUM_MASK) >>
                             GICR_TYPER_PROC_NUM_SHIFT);
    rc = gicv3_lpi_init_rdist(rbase);
    CHECK_EQ(rc, 0);
#ifdef CONFIG_GICV4
    gicv4_rdist_probe(rbase, typer);
#endif
    writel_relaxed(readl_relaxed(rbase + GICR_CTLR) | GICR_CTLR_ENABLE_LPIS,
                   rbase + GICR_CTLR);
    rc = gicv3_its_setup_collection(cpu);
    CHECK_EQ(rc, 0);
}

/*
 * A secondary CPU comes up as in Xen's __cpu_up()/start_secondary():
 * CPU_UP_PREPARE notifiers on the boot CPU (the per-CPU area first, then
 * gic-v3-lpi.c's pending table), then gicv3_secondary_cpu_init() on the
 * CPU itself, then it is online.
 */
void unit_cpu_up(struct gic_model *m, unsigned int cpu)
{
    unsigned int saved = emul_cpu;

    CHECK(cpu > 0 && cpu < model_config(m)->nr_cpus);
    CHECK(!emul_cpu_online[cpu]);
    CHECK_EQ(emul_cpu_notify(CPU_UP_PREPARE, cpu), NOTIFY_DONE);
    unit_cpu_init(m, cpu);
    emul_cpu_set_online(cpu, true);
    emul_cpu = saved;
}

/*
 * Xen's order (gic-v3.c gicv3_init(), then smp_init()): host LPIs, the
 * ITSes, the boot CPU's redistributor, gicv4_init(); only then do the
 * secondary CPUs come up, one by one.  @nr_up CPUs end up online.
 */
void unit_xen_boot_cpus(struct gic_model *m, unsigned int nr_up)
{
    unsigned int cpu;

    unit_xen_boot_its(m);
    unit_cpu_init(m, 0);
    emul_cpu = 0;
#ifdef CONFIG_GICV4
    gicv4_init(model_gicd_typer2(m));
#endif
    for ( cpu = 1; cpu < nr_up; cpu++ )
        unit_cpu_up(m, cpu);
    emul_cpu = 0;
    emul_mark_boot_allocations();
}

void unit_xen_boot(struct gic_model *m)
{
    unit_xen_boot_cpus(m, model_config(m)->nr_cpus);
}

const struct dt_device_node *unit_its_node(unsigned int i)
{
    return &its_nodes[i];
}

struct domain *unit_domain_create(unsigned int domid, unsigned int nr_vcpus)
{
    struct domain *d = calloc(1, sizeof(*d));
    unsigned int i;

    CHECK(d && nr_vcpus <= EMUL_MAX_VCPUS);
    d->domain_id = domid;
    d->max_vcpus = nr_vcpus;
    d->arch.vgic.its_devices = RB_ROOT;
    d->arch.vgic.handler = &emul_vgic_ops;
    spin_lock_init(&d->arch.vgic.its_devices_lock);
    for ( i = 0; i < nr_vcpus; i++ )
    {
        d->vcpu[i] = calloc(1, sizeof(*d->vcpu[i]));
        CHECK(d->vcpu[i]);
        d->vcpu[i]->vcpu_id = i;
        d->vcpu[i]->domain = d;
        d->vcpu[i]->processor = i % emul_nr_cpus;
        if ( i )
            d->vcpu[i - 1]->next_in_list = d->vcpu[i];
    }
    d->arch.vgic.intid_bits = 16;
    /* Xen builds the hardware domain mapped 1:1 (create_dom0()). */
    d->directmap = domid == 0;
    emul_domain_add(d);
    for ( i = 0; i < ARRAY_SIZE(unit_domains); i++ )
        if ( !unit_domains[i] )
        {
            unit_domains[i] = d;
            break;
        }
    return d;
}

void unit_domain_destroy(struct domain *d)
{
    unsigned int i;

    emul_domain_remove(d);
    for ( i = 0; i < ARRAY_SIZE(unit_domains); i++ )
        if ( unit_domains[i] == d )
            unit_domains[i] = NULL;
    for ( i = 0; i < d->max_vcpus; i++ )
        free(d->vcpu[i]);
    free(d);
}

enum model_event_kind unit_device_write(uint32_t devid, uint32_t eventid)
{
    return model_device_write(unit_model, devid, eventid);
}

enum model_event_kind unit_device_write_at(unsigned int its, uint32_t devid,
                                           uint32_t eventid)
{
    return model_device_write_at(unit_model, its, devid, eventid);
}

void unit_expect_violation(const char *substring)
{
    unsigned int i, n = model_nr_violations(unit_model);

    for ( i = 0; i < n; i++ )
        if ( strstr(model_violation(unit_model, i), substring) )
        {
            model_clear_violations(unit_model);
            return;
        }
    unit_fail(__FILE__, __LINE__, "expected a model violation containing "
              "'%s', got %u: %s", substring, n,
              n ? model_violation(unit_model, 0) : "(none)");
}

void unit_check_no_violations(void)
{
    unsigned int n;

    if ( !unit_model )
        return;
    n = model_nr_violations(unit_model);
    if ( n )
        unit_fail(__FILE__, __LINE__, "%u model violation(s), first: %s", n,
                  model_violation(unit_model, 0));
}

void unit_case_end(void)
{
    char leak[256];
    unsigned int i;

    if ( emul_locks_held )
        unit_fail(__FILE__, __LINE__, "%d spinlock(s) still held at the end",
                  emul_locks_held);
    if ( emul_irq_nesting )
        unit_fail(__FILE__, __LINE__, "irq_enter() nesting %u at the end",
                  emul_irq_nesting);
    if ( emul_rcu_locks )
        unit_fail(__FILE__, __LINE__, "%d RCU domain lock(s) not released",
                  emul_rcu_locks);
    if ( emul_nr_warnings )
        unit_fail(__FILE__, __LINE__, "%u WARN_ON(s) hit, first: %s",
                  emul_nr_warnings, emul_first_warning);
    if ( nr_deferred )
        unit_fail(__FILE__, __LINE__, "%u LPI(s) never taken: the test ended "
                  "with interrupts masked or a lock held", nr_deferred);
    /* Grace periods end: what waited for one is freed now. */
    while ( emul_rcu_grace_period() )
        continue;
    if ( unit_model )
        model_final_checks(unit_model);
    unit_check_no_violations();
    if ( emul_first_leak(leak, sizeof(leak)) )
        unit_fail(__FILE__, __LINE__, "leak: %u allocation(s) not freed, "
                  "first: %s", emul_live_allocations(false), leak);

    /* Everything below is teardown for LeakSanitizer's sake. */
    emul_free_hook = NULL;
    emul_irq_window = NULL;
    emul_call_function_hook = NULL;
    for ( i = 0; i < ARRAY_SIZE(unit_domains); i++ )
        if ( unit_domains[i] )
            unit_domain_destroy(unit_domains[i]);
    emul_release_all_allocations();
    model_destroy(unit_model);
    unit_model = NULL;
}
