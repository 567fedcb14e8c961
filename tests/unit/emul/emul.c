/*
 * tests/unit/emul/emul.c: the host implementation of emul.h.
 *
 * State here is per test case: every case runs in its own forked
 * process (harness/main.c), so a fresh process starts from zero.
 */
#include "emul.h"
#include "emul_ctl.h"

#include <stdarg.h>

unsigned int emul_cpu;
unsigned int emul_nr_cpus = 1;
unsigned int emul_irq_nesting;
bool emul_irqs_disabled;
int emul_locks_held;
s_time_t emul_now_ns = 1000000;
s_time_t emul_time_warp[NR_CPUS];
bool acpi_disabled = true;
struct dt_device_node *dt_interrupt_controller;

/* ---- Failure ---- */

void emul_fail(const char *fmt, ...)
{
    char buf[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    emul_test_failed(buf);
}

unsigned int emul_nr_warnings;
char emul_first_warning[256];

void emul_warn(const char *what, const char *file, int line)
{
    printk("WARN_ON(%s) at %s:%d\n", what, file, line);
    if ( !emul_nr_warnings++ )
        snprintf(emul_first_warning, sizeof(emul_first_warning),
                 "WARN_ON(%s) at %s:%d", what, file, line);
}

/* ---- printk ---- */

static char *log_buf;
static size_t log_len, log_max;

void printk(const char *fmt, ...)
{
    char line[1024];
    size_t n;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    n = strlen(line);
    if ( log_len + n + 1 > log_max )
    {
        log_max = (log_len + n + 1) * 2;
        log_buf = realloc(log_buf, log_max);
        if ( !log_buf )
            abort();
    }
    memcpy(log_buf + log_len, line, n + 1);
    log_len += n;
    if ( getenv("UNIT_VERBOSE") )
        fprintf(stderr, "printk: %s", line);
}

const char *emul_log(void)
{
    return log_buf ? log_buf : "";
}

bool emul_log_contains(const char *s)
{
    return log_buf && strstr(log_buf, s);
}

int printk_ratelimit(void)
{
    return 1;
}

void warning_add(const char *warning)
{
    printk("WARNING: %s", warning);
}

/* ---- IRQ context ---- */

void (*emul_irq_window)(void);

/* Interrupts can be taken now: nothing masked, no lock held. */
static void maybe_irq_window(void)
{
    if ( emul_irq_window && !emul_irqs_disabled && !emul_locks_held &&
         !emul_irq_nesting )
        emul_irq_window();
}

void emul_set_irqs_disabled(bool disabled)
{
    emul_irqs_disabled = disabled;
    maybe_irq_window();
}

void irq_enter(void)
{
    emul_irq_nesting++;
}

void irq_exit(void)
{
    if ( !emul_irq_nesting )
        emul_fail("irq_exit() without irq_enter()");
    emul_irq_nesting--;
}

/* ---- Spinlocks ---- */

void (*emul_sched_yield)(const char *what, const void *obj);
void (*emul_sched_wait)(const int *held);
void (*emul_kick_ipi)(struct vcpu *v);

void emul_spin_lock(spinlock_t *l, const char *name)
{
    if ( emul_sched_yield )
        emul_sched_yield("spin_lock", l);
    if ( l->held && l->held != (int)emul_cpu + 1 && emul_sched_wait )
        emul_sched_wait(&l->held);
    if ( l->held )
    {
        if ( l->held == (int)emul_cpu + 1 )
            emul_fail("recursive spin_lock(%s) on CPU%u", name, emul_cpu);
        emul_fail("spin_lock(%s) on CPU%u: held by CPU%d (would deadlock)",
                  name, emul_cpu, l->held - 1);
    }
    if ( in_irq() )
        l->taken_in_irq = true;
    if ( !emul_irqs_disabled )
        l->taken_irqs_on = true;
    if ( l->taken_in_irq && l->taken_irqs_on )
        emul_fail("lock %s is taken in IRQ context and with IRQs enabled "
                  "(deadlock if the IRQ hits while it is held)", name);
    l->held = emul_cpu + 1;
    l->name = name;
    emul_locks_held++;
}

int emul_spin_trylock(spinlock_t *l, const char *name)
{
    if ( emul_sched_yield )
        emul_sched_yield("spin_trylock", l);
    if ( l->held )
        return 0;
    emul_spin_lock(l, name);
    return 1;
}

void emul_spin_unlock(spinlock_t *l, const char *name)
{
    if ( !l->held )
        emul_fail("spin_unlock(%s): not locked", name);
    if ( l->held != (int)emul_cpu + 1 )
        emul_fail("spin_unlock(%s) on CPU%u: held by CPU%d", name, emul_cpu,
                  l->held - 1);
    /* Still held here: another pCPU may run inside the critical section. */
    if ( emul_sched_yield )
        emul_sched_yield("spin_unlock", l);
    l->held = 0;
    emul_locks_held--;
    maybe_irq_window();
}

/* ---- Time ---- */

s_time_t NOW(void)
{
    /* Time moves on when looked at, so polling loops always end. */
    emul_now_ns += 100;
    return emul_now_ns + emul_time_warp[emul_cpu];
}

void udelay(unsigned long usecs)
{
    emul_now_ns += usecs * 1000;
}

/* ---- Memory ---- */

enum alloc_kind { ALLOC_XMALLOC, ALLOC_XENHEAP };

struct alloc_rec {
    void *p;
    size_t size;
    unsigned long seq;
    enum alloc_kind kind;
    bool boot;
    const char *file;
    int line;
};

static struct alloc_rec *allocs;
static unsigned int nr_allocs, max_allocs;
static unsigned long alloc_seq;
static unsigned long fail_at;           /* 0: none */
unsigned long emul_nr_alloc_failures;
emul_free_hook_t emul_free_hook;

void emul_fail_nth_alloc(unsigned long n)
{
    fail_at = n ? alloc_seq + n : 0;
}

unsigned long emul_alloc_count(void)
{
    return alloc_seq;
}

static void *track(size_t size, size_t align, enum alloc_kind kind,
                   const char *file, int line)
{
    void *p;

    alloc_seq++;
    if ( fail_at && alloc_seq == fail_at )
    {
        fail_at = 0;
        emul_nr_alloc_failures++;
        return NULL;
    }
    if ( align < sizeof(void *) )
        align = sizeof(void *);
    if ( posix_memalign(&p, align, size ? size : 1) )
        return NULL;
    /* Not zeroed: poison, so relying on it shows. */
    memset(p, 0xa5, size);
    if ( nr_allocs == max_allocs )
    {
        max_allocs = max_allocs ? max_allocs * 2 : 256;
        allocs = realloc(allocs, max_allocs * sizeof(*allocs));
        if ( !allocs )
            abort();
    }
    allocs[nr_allocs++] = (struct alloc_rec){ p, size, alloc_seq, kind, false,
                                              file, line };
    return p;
}

static struct alloc_rec *find_alloc(const void *p)
{
    unsigned int i;

    for ( i = 0; i < nr_allocs; i++ )
        if ( allocs[i].p == p )
            return &allocs[i];
    return NULL;
}

static void untrack(void *p, enum alloc_kind kind, const char *what)
{
    struct alloc_rec *r = find_alloc(p);

    if ( !r )
        emul_fail("%s(%p): not allocated, or freed twice", what, p);
    if ( r->kind != kind )
        emul_fail("%s(%p): allocated by the other allocator", what, p);
    if ( emul_free_hook )
        emul_free_hook(p, r->size, r->file, r->line);
    *r = allocs[--nr_allocs];
    free(p);
}

void *emul_xmalloc(unsigned long size, unsigned long align, const char *file,
                   int line)
{
    return track(size, align, ALLOC_XMALLOC, file, line);
}

void *emul_xzalloc(unsigned long size, unsigned long align, const char *file,
                   int line)
{
    void *p = track(size, align, ALLOC_XMALLOC, file, line);

    if ( p )
        memset(p, 0, size);
    return p;
}

void xfree(void *p)
{
    if ( p )
        untrack(p, ALLOC_XMALLOC, "xfree");
}

void *alloc_xenheap_pages(unsigned int order, unsigned int memflags)
{
    return track(PAGE_SIZE << order, PAGE_SIZE, ALLOC_XENHEAP, "xenheap", 0);
}

void free_xenheap_pages(void *v, unsigned int order)
{
    struct alloc_rec *r;

    if ( !v )
        return;
    r = find_alloc(v);
    if ( r && r->size != (PAGE_SIZE << order) )
        emul_fail("free_xenheap_pages(%p, %u): allocated with order %u", v,
                  order, (unsigned int)flsl(r->size / PAGE_SIZE) - 1);
    untrack(v, ALLOC_XENHEAP, "free_xenheap_pages");
}

unsigned int emul_order_from_bytes(unsigned long size)
{
    unsigned int order = 0;

    while ( (PAGE_SIZE << order) < size )
        order++;
    return order;
}

bool emul_mem_is_allocated(const void *p, size_t size)
{
    uintptr_t a = (uintptr_t)p;
    unsigned int i;

    for ( i = 0; i < nr_allocs; i++ )
        if ( a >= (uintptr_t)allocs[i].p &&
             a + size <= (uintptr_t)allocs[i].p + allocs[i].size )
            return true;
    return false;
}

void emul_mark_boot_allocations(void)
{
    unsigned int i;

    for ( i = 0; i < nr_allocs; i++ )
        allocs[i].boot = true;
}

/* Only those allocated at @file ("xenheap": the host LPI chunk pages). */
void emul_mark_boot_allocations_from(const char *file)
{
    unsigned int i;

    for ( i = 0; i < nr_allocs; i++ )
        if ( !strcmp(allocs[i].file, file) )
            allocs[i].boot = true;
}

unsigned int emul_live_allocations(bool include_boot)
{
    unsigned int i, n = 0;

    for ( i = 0; i < nr_allocs; i++ )
        n += include_boot || !allocs[i].boot;
    return n;
}

/* Describe the first leaked allocation into @buf; false if none leaked. */
bool emul_first_leak(char *buf, size_t len)
{
    unsigned int i;

    for ( i = 0; i < nr_allocs; i++ )
        if ( !allocs[i].boot )
        {
            snprintf(buf, len, "%zu bytes allocated at %s:%d (allocation #%lu)",
                     allocs[i].size, allocs[i].file, allocs[i].line,
                     allocs[i].seq);
            return true;
        }
    return false;
}

void emul_release_all_allocations(void)
{
    unsigned int i;

    for ( i = 0; i < nr_allocs; i++ )
        free(allocs[i].p);
    nr_allocs = 0;
    free(allocs);
    allocs = NULL;
    max_allocs = 0;
}

unsigned long emul_nr_dcache_ops;
static struct { uintptr_t start, end; } dcache_log[4096];

int emul_dcache_maintenance(const void *p, unsigned long size)
{
    if ( emul_nr_dcache_ops < ARRAY_SIZE(dcache_log) )
    {
        dcache_log[emul_nr_dcache_ops].start = (uintptr_t)p;
        dcache_log[emul_nr_dcache_ops].end = (uintptr_t)p + size;
    }
    emul_nr_dcache_ops++;
    return 0;
}

bool emul_dcache_cleaned(const void *p, size_t size, unsigned long since)
{
    uintptr_t a = (uintptr_t)p;
    unsigned long i;

    for ( i = since; i < emul_nr_dcache_ops && i < ARRAY_SIZE(dcache_log); i++ )
        if ( dcache_log[i].start <= a && a + size <= dcache_log[i].end )
            return true;
    return false;
}

/* ---- MMIO ---- */

#define MMIO_TAG        (1ULL << 56)

struct mmio_window {
    paddr_t pa, size;
    emul_mmio_read_t read;
    emul_mmio_write_t write;
    void *opaque;
};

static struct mmio_window windows[8];
static unsigned int nr_windows;
unsigned long emul_nr_mmio_reads, emul_nr_mmio_writes;

void emul_mmio_register(paddr_t pa, paddr_t size, emul_mmio_read_t read,
                        emul_mmio_write_t write, void *opaque)
{
    if ( nr_windows == ARRAY_SIZE(windows) )
        abort();
    windows[nr_windows++] = (struct mmio_window){ pa, size, read, write,
                                                  opaque };
}

static struct mmio_window *find_window(paddr_t pa, paddr_t len)
{
    unsigned int i;

    for ( i = 0; i < nr_windows; i++ )
        if ( pa >= windows[i].pa && pa + len <= windows[i].pa + windows[i].size )
            return &windows[i];
    return NULL;
}

void __iomem *ioremap_nocache(paddr_t pa, size_t len)
{
    if ( !find_window(pa, len) )
    {
        printk("ioremap_nocache(%#lx, %#zx): no device there\n", pa, len);
        return NULL;
    }
    return (void __iomem *)(uintptr_t)(MMIO_TAG + pa);
}

void iounmap(void __iomem *va)
{
}

static paddr_t mmio_pa(const volatile void __iomem *addr, unsigned int size,
                       struct mmio_window **w)
{
    uint64_t a = (uint64_t)(uintptr_t)addr;

    if ( a < MMIO_TAG || a >= 2 * MMIO_TAG )
        emul_fail("MMIO access to %p, which is not an ioremap()ed address",
                  (const void *)addr);
    if ( a & (size - 1) )
        emul_fail("unaligned %u-byte MMIO access at %#llx", size,
                  (unsigned long long)(a - MMIO_TAG));
    *w = find_window(a - MMIO_TAG, size);
    if ( !*w )
        emul_fail("MMIO access to %#llx: no device there",
                  (unsigned long long)(a - MMIO_TAG));
    return a - MMIO_TAG;
}

uint64_t emul_mmio_read(const volatile void __iomem *addr, unsigned int size)
{
    struct mmio_window *w;
    paddr_t pa = mmio_pa(addr, size, &w);

    emul_nr_mmio_reads++;
    return w->read(w->opaque, pa, size);
}

void emul_mmio_write(volatile void __iomem *addr, uint64_t val,
                     unsigned int size)
{
    struct mmio_window *w;
    paddr_t pa = mmio_pa(addr, size, &w);

    emul_nr_mmio_writes++;
    w->write(w->opaque, pa, val, size);
}

/* ---- System registers ---- */

struct sysreg_rec {
    const char *name;
    uint64_t val;
};
static struct sysreg_rec sysregs[4096];
static unsigned int nr_sysregs;

void emul_sysreg_write(const char *name, uint64_t val)
{
    if ( nr_sysregs < ARRAY_SIZE(sysregs) )
        sysregs[nr_sysregs++] = (struct sysreg_rec){ name, val };
}

uint64_t emul_sysreg_read(const char *name)
{
    return 0;
}

unsigned int emul_sysreg_count(const char *name, uint64_t val)
{
    unsigned int i, n = 0;

    for ( i = 0; i < nr_sysregs; i++ )
        n += !strcmp(sysregs[i].name, name) && sysregs[i].val == val;
    return n;
}

/* ---- Perf counters ---- */

struct perfc_rec {
    const char *name;
    unsigned long count;
};
static struct perfc_rec perfcs[64];

/* The record of counter @name, a new one if it has none (NULL: full). */
static struct perfc_rec *perfc_rec(const char *name)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(perfcs) && perfcs[i].name; i++ )
        if ( !strcmp(perfcs[i].name, name) )
            break;
    if ( i == ARRAY_SIZE(perfcs) )
        return NULL;
    perfcs[i].name = name;

    return &perfcs[i];
}

void emul_perfc_incr(const char *name)
{
    struct perfc_rec *r = perfc_rec(name);

    if ( r )
        r->count++;
}

/* perfc_set(): the emulation keeps one value (not per CPU). */
void emul_perfc_set(const char *name, unsigned long val)
{
    struct perfc_rec *r = perfc_rec(name);

    if ( r )
        r->count = val;
}

unsigned long emul_perfc(const char *name)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(perfcs) && perfcs[i].name; i++ )
        if ( !strcmp(perfcs[i].name, name) )
            return perfcs[i].count;
    return 0;
}

/* ---- CPU notifiers ---- */

static struct notifier_block *cpu_notifiers;

void register_cpu_notifier(struct notifier_block *nb)
{
    nb->next = cpu_notifiers;
    cpu_notifiers = nb;
}

/* ---- Per-CPU areas and online CPUs (Xen's boot order) ---- */

bool emul_percpu_ready[NR_CPUS] = { [0] = true };
bool emul_cpu_online[NR_CPUS] = { [0] = true };

unsigned int emul_percpu_check(unsigned int cpu, const char *name)
{
    if ( cpu >= NR_CPUS )
        emul_fail("per_cpu(%s, %u): no such CPU", name, cpu);
    if ( !emul_percpu_ready[cpu] )
        emul_fail("per_cpu(%s, %u): CPU%u has not been brought up yet (its "
                  "per-CPU area does not exist before CPU_UP_PREPARE)", name,
                  cpu, cpu);
    return cpu;
}

void emul_cpu_set_online(unsigned int cpu, bool online)
{
    emul_cpu_online[cpu] = online;
}

unsigned int emul_nr_online_cpus(void)
{
    unsigned int cpu, n = 0;

    for ( cpu = 0; cpu < NR_CPUS; cpu++ )
        n += emul_cpu_online[cpu];
    return n;
}

int emul_cpu_notify(unsigned long action, unsigned int cpu)
{
    struct notifier_block *nb;
    int rc;

    /* Xen's per-CPU area notifier runs first (highest priority). */
    if ( action == CPU_UP_PREPARE && cpu < NR_CPUS )
        emul_percpu_ready[cpu] = true;

    for ( nb = cpu_notifiers; nb; nb = nb->next )
    {
        rc = nb->notifier_call(nb, action, (void *)(unsigned long)cpu);
        if ( rc != NOTIFY_DONE )
            return rc;
    }
    return NOTIFY_DONE;
}

/* ---- Device tree ---- */

bool dt_device_is_compatible(const struct dt_device_node *n, const char *c)
{
    return n->compatible && !strcmp(n->compatible, c);
}

int dt_device_get_address(const struct dt_device_node *n, unsigned int i,
                          uint64_t *addr, uint64_t *size)
{
    if ( i || !n->size )
        return -EINVAL;
    *addr = n->addr;
    *size = n->size;
    return 0;
}

int system_state = SYS_STATE_boot;

void dt_child_set_range(__be32 **cellp, int addrcells, int sizecells,
                        uint64_t address, uint64_t size)
{
    int i;

    for ( i = addrcells; i-- > 0; )
        *(*cellp)++ = htobe32((uint32_t)(address >> (32 * i)));
    for ( i = sizecells; i-- > 0; )
        *(*cellp)++ = htobe32((uint32_t)(size >> (32 * i)));
}

const void *dt_get_property(const struct dt_device_node *n, const char *name,
                            uint32_t *len)
{
    return NULL;
}

int fdt_property(void *fdt, const char *name, const void *val, int len)
{
    return 0;
}

int fdt_property_string(void *fdt, const char *name, const char *s)
{
    return 0;
}

int fdt_property_cell(void *fdt, const char *name, uint32_t v)
{
    return 0;
}

int fdt_begin_node(void *fdt, const char *name)
{
    return 0;
}

int fdt_end_node(void *fdt)
{
    return 0;
}

/* ---- Domains and the vGIC ---- */

static struct domain *domains[8];
int emul_rcu_locks;

void emul_domain_add(struct domain *d)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(domains); i++ )
        if ( !domains[i] )
        {
            domains[i] = d;
            return;
        }
    abort();
}

void emul_domain_remove(struct domain *d)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(domains); i++ )
        if ( domains[i] == d )
            domains[i] = NULL;
}

struct domain *rcu_lock_domain_by_id(domid_t dom)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(domains); i++ )
        if ( domains[i] && domains[i]->domain_id == dom )
        {
            emul_rcu_locks++;
            return domains[i];
        }
    return NULL;
}

void rcu_unlock_domain(struct domain *d)
{
    if ( !emul_rcu_locks )
        emul_fail("rcu_unlock_domain(d%u) without a lock", d->domain_id);
    emul_rcu_locks--;
}

/* Virtual LPI number -> struct pending_irq, as the vITS radix tree. */
struct lpi_map {
    struct domain *d;
    unsigned int virq;
    struct pending_irq *p;
};
static struct lpi_map lpi_maps[256];
static unsigned int nr_lpi_maps;

void emul_lpi_map(struct domain *d, unsigned int virq, struct pending_irq *p)
{
    unsigned int i;

    for ( i = 0; i < nr_lpi_maps; i++ )
        if ( lpi_maps[i].d == d && lpi_maps[i].virq == virq )
        {
            lpi_maps[i].p = p;
            return;
        }
    if ( nr_lpi_maps == ARRAY_SIZE(lpi_maps) )
        abort();
    lpi_maps[nr_lpi_maps++] = (struct lpi_map){ d, virq, p };
}

/*
 * Xen's irq_to_pending(): for an LPI, vgic_v3_lpi_to_pending() looks in
 * the domain's radix tree under its read lock (the vITS fills it); the
 * tests that play the vITS themselves use emul_lpi_map().  Xen indexes
 * per-vCPU or SPI arrays for anything else: an interrupt the GIC code
 * asks about that is not an LPI is a failure here.
 */
struct pending_irq *irq_to_pending(struct vcpu *v, unsigned int irq)
{
    struct domain *d = v->domain;
    struct pending_irq *p;
    unsigned int i;

    if ( !is_lpi(irq) )
        emul_fail("irq_to_pending(%u) on d%u: not an LPI (Xen would index "
                  "its SGI/PPI/SPI arrays with it)", irq, d->domain_id);
    for ( i = 0; i < nr_lpi_maps; i++ )
        if ( lpi_maps[i].d == d && lpi_maps[i].virq == irq )
            return lpi_maps[i].p;
    read_lock(&d->arch.vgic.pend_lpi_tree_lock);
    p = radix_tree_lookup(&d->arch.vgic.pend_lpi_tree, irq);
    read_unlock(&d->arch.vgic.pend_lpi_tree_lock);
    return p;
}

struct emul_injection emul_injections[1024];
unsigned int emul_nr_injections;

static void vgic_vcpu_lists_init(struct vcpu *v)
{
    /* unit_domain_create() callocs vCPUs: set the lists up on first use. */
    if ( !v->arch.vgic.inflight_irqs.next )
    {
        INIT_LIST_HEAD(&v->arch.vgic.inflight_irqs);
        INIT_LIST_HEAD(&v->arch.vgic.lr_pending);
    }
}

/*
 * An interrupt's queues are those of one vCPU, and only that vCPU's vgic
 * lock protects them: a linked @entry must be on @v's list @head, or the
 * caller (holding @v's lock) edits another vCPU's list under the wrong
 * lock.
 */
static void vgic_check_owner(struct vcpu *v, struct pending_irq *p,
                             struct list_head *entry, struct list_head *head,
                             const char *list, const char *what)
{
    struct list_head *pos;

    if ( list_empty(entry) )
        return;
    vgic_vcpu_lists_init(v);
    list_for_each ( pos, head )
        if ( pos == entry )
            return;
    emul_fail("%s: IRQ %u is on another vCPU's %s list, not on d%uv%u's, "
              "whose vgic lock is the one held", what, p->irq, list,
              v->domain->domain_id, v->vcpu_id);
}

/*
 * Recorded; and for an LPI the vITS put in the domain's radix tree, what
 * vgic.c does with it (the vCPU never runs, so it stays queued), on the
 * vCPU lpi_vcpu_id names once its lock is held (the caller read it
 * without).
 */
bool vgic_inject_irq(struct domain *d, struct vcpu *v, unsigned int virq,
                     bool level)
{
    struct pending_irq *n, *iter;
    unsigned long flags;
    unsigned int i;

    if ( emul_nr_injections < ARRAY_SIZE(emul_injections) )
        emul_injections[emul_nr_injections++] = (struct emul_injection){
            .domid = d->domain_id, .vcpu = v->vcpu_id, .virq = virq,
            .in_irq = in_irq(), .pcpu = emul_cpu };
    emul_nr_all_injections++;

    if ( !is_lpi(virq) || !d->arch.vgic.pend_lpi_tree.rnode )
        return true;
    for ( i = 0; i < nr_lpi_maps; i++ )
        if ( lpi_maps[i].d == d && lpi_maps[i].virq == virq )
            return true;

 retry:
    vgic_vcpu_lists_init(v);
    spin_lock_irqsave(&v->arch.vgic.lock, flags);
    n = irq_to_pending(v, virq);
    if ( n && n->lpi_vcpu_id != v->vcpu_id )
    {
        unsigned int id = n->lpi_vcpu_id;

        spin_unlock_irqrestore(&v->arch.vgic.lock, flags);
        if ( id >= d->max_vcpus )
            return true;
        v = d->vcpu[id];
        goto retry;
    }
    if ( n )
        vgic_queue_irq(v, n);
    spin_unlock_irqrestore(&v->arch.vgic.lock, flags);
    if ( n )
        vcpu_kick(v);
    return true;
}

/* vgic.c's: pending on @v's queues, under @v's lock. */
void vgic_queue_irq(struct vcpu *v, struct pending_irq *n)
{
    struct pending_irq *iter;

    ASSERT(spin_is_locked(&v->arch.vgic.lock));
    vgic_vcpu_lists_init(v);
    vgic_check_owner(v, n, &n->inflight, &v->arch.vgic.inflight_irqs,
                     "inflight", "vgic_queue_irq");
    set_bit(GIC_IRQ_GUEST_QUEUED, &n->status);
    if ( !list_empty(&n->inflight) )
        return;
    n->priority = n->lpi_priority;
    if ( test_bit(GIC_IRQ_GUEST_ENABLED, &n->status) )
        gic_raise_guest_irq(v, n->irq, n->priority);
    list_for_each_entry ( iter, &v->arch.vgic.inflight_irqs, inflight )
        if ( iter->priority > n->priority )
        {
            list_add_tail(&n->inflight, &iter->inflight);
            return;
        }
    list_add_tail(&n->inflight, &v->arch.vgic.inflight_irqs);
}

/* vgic-v3.c's lpi_get_vcpu_id: read under the LPI tree's lock. */
static unsigned int emul_lpi_get_vcpu_id(struct domain *d, uint32_t vlpi)
{
    struct pending_irq *p;
    unsigned int id = INVALID_VCPU_ID;
    unsigned int i;

    for ( i = 0; i < nr_lpi_maps; i++ )
        if ( lpi_maps[i].d == d && lpi_maps[i].virq == vlpi )
            return lpi_maps[i].p->lpi_vcpu_id;
    read_lock(&d->arch.vgic.pend_lpi_tree_lock);
    p = radix_tree_lookup(&d->arch.vgic.pend_lpi_tree, vlpi);
    if ( p )
        id = p->lpi_vcpu_id;
    read_unlock(&d->arch.vgic.pend_lpi_tree_lock);
    return id;
}

/* vgic.c's: the LPI under the lock of the vCPU holding it. */
struct pending_irq *vgic_lock_lpi(struct domain *d, unsigned int vlpi,
                                  struct vcpu **vp, unsigned long *flags)
{
    unsigned int tries;

    for ( tries = 0; tries < 4; tries++ )
    {
        unsigned int id = emul_lpi_get_vcpu_id(d, vlpi);
        struct vcpu *v;

        if ( id >= d->max_vcpus )
            return NULL;
        v = d->vcpu[id];
        vgic_vcpu_lists_init(v);
        spin_lock_irqsave(&v->arch.vgic.lock, *flags);
        if ( emul_lpi_get_vcpu_id(d, vlpi) == id )
        {
            *vp = v;
            return irq_to_pending(v, vlpi);
        }
        spin_unlock_irqrestore(&v->arch.vgic.lock, *flags);
    }
    return NULL;
}

/* vgic.c's: @p from @from to @to, both locks held. */
bool vgic_lpi_move_locked(struct vcpu *from, struct vcpu *to,
                          struct pending_irq *p, bool pending)
{
    ASSERT(spin_is_locked(&from->arch.vgic.lock));
    ASSERT(spin_is_locked(&to->arch.vgic.lock));
    if ( p->lpi_vcpu_id != from->vcpu_id )
        emul_fail("vgic_lpi_move_locked: vLPI %u is held by vCPU%u, not %u",
                  p->irq, p->lpi_vcpu_id, from->vcpu_id);
    if ( test_and_clear_bit(GIC_IRQ_GUEST_VISIBLE, &p->status) )
    {
        if ( !test_bit(_VPF_down, &from->pause_flags) )
            emul_fail("vgic_lpi_move_locked: vLPI %u in the LRs of a vCPU "
                      "that is up", p->irq);
        clear_bit(GIC_IRQ_GUEST_ACTIVE, &p->status);
        p->lr = GIC_INVALID_LR;
        pending = true;
    }
    pending |= test_bit(GIC_IRQ_GUEST_QUEUED, &p->status);
    vgic_remove_irq_from_queues(from, p);
    p->lpi_vcpu_id = to->vcpu_id;
    if ( pending )
        vgic_queue_irq(to, p);
    return pending;
}

void vgic_lock_two_vcpus(struct vcpu *a, struct vcpu *b, unsigned long *flags)
{
    struct vcpu *first = a->vcpu_id < b->vcpu_id ? a : b;
    struct vcpu *second = a->vcpu_id < b->vcpu_id ? b : a;

    vgic_vcpu_lists_init(a);
    vgic_vcpu_lists_init(b);
    spin_lock_irqsave(&first->arch.vgic.lock, *flags);
    if ( second != first )
        spin_lock(&second->arch.vgic.lock);
}

void vgic_unlock_two_vcpus(struct vcpu *a, struct vcpu *b,
                           unsigned long flags)
{
    struct vcpu *first = a->vcpu_id < b->vcpu_id ? a : b;
    struct vcpu *second = a->vcpu_id < b->vcpu_id ? b : a;

    if ( second != first )
        spin_unlock(&second->arch.vgic.lock);
    spin_unlock_irqrestore(&first->arch.vgic.lock, flags);
}

const struct vgic_ops emul_vgic_ops = {
    .lpi_get_vcpu_id = emul_lpi_get_vcpu_id,
};

unsigned long emul_nr_all_injections;

void vgic_init_pending_irq(struct pending_irq *p, unsigned int virq)
{
    memset(p, 0, sizeof(*p));
    INIT_LIST_HEAD(&p->inflight);
    INIT_LIST_HEAD(&p->lr_queue);
    p->irq = virq;
    p->lpi_vcpu_id = INVALID_VCPU_ID;
    p->lpi_target_vcpu = INVALID_VCPU_ID;
}

void gic_remove_from_lr_pending(struct vcpu *v, struct pending_irq *p)
{
    ASSERT(spin_is_locked(&v->arch.vgic.lock));
    vgic_check_owner(v, p, &p->lr_queue, &v->arch.vgic.lr_pending,
                     "lr_pending", "gic_remove_from_lr_pending");
    list_del_init(&p->lr_queue);
}

void vgic_remove_irq_from_queues(struct vcpu *v, struct pending_irq *p)
{
    ASSERT(spin_is_locked(&v->arch.vgic.lock));
    vgic_check_owner(v, p, &p->inflight, &v->arch.vgic.inflight_irqs,
                     "inflight", "vgic_remove_irq_from_queues");
    clear_bit(GIC_IRQ_GUEST_QUEUED, &p->status);
    list_del_init(&p->inflight);
    gic_remove_from_lr_pending(v, p);
}

unsigned long emul_nr_raised;

/* No list register is ever free: the interrupt waits on lr_pending. */
void gic_raise_guest_irq(struct vcpu *v, unsigned int virtual_irq,
                         unsigned int priority)
{
    struct pending_irq *p = irq_to_pending(v, virtual_irq), *iter;

    ASSERT(spin_is_locked(&v->arch.vgic.lock));
    emul_nr_raised++;
    if ( p )
        vgic_check_owner(v, p, &p->lr_queue, &v->arch.vgic.lr_pending,
                         "lr_pending", "gic_raise_guest_irq");
    if ( !p || !list_empty(&p->lr_queue) )
        return;
    vgic_vcpu_lists_init(v);
    list_for_each_entry ( iter, &v->arch.vgic.lr_pending, lr_queue )
        if ( iter->priority > p->priority )
        {
            list_add_tail(&p->lr_queue, &iter->lr_queue);
            return;
        }
    list_add_tail(&p->lr_queue, &v->arch.vgic.lr_pending);
}

unsigned int emul_vgic_queued(struct vcpu *v, bool lr_pending)
{
    struct list_head *pos, *head;
    unsigned int n = 0;

    vgic_vcpu_lists_init(v);
    head = lr_pending ? &v->arch.vgic.lr_pending : &v->arch.vgic.inflight_irqs;
    list_for_each ( pos, head )
        n++;
    return n;
}

/* ---- Reader/writer locks ---- */

static void rw_context(rwlock_t *l, bool write, const char *name)
{
    /*
     * A reader in IRQ context spins on a writer this CPU interrupted:
     * a lock written with IRQs on must never be read in IRQ context.
     */
    if ( write && !emul_irqs_disabled )
        l->taken_irqs_on = true;
    if ( !write && in_irq() )
        l->taken_in_irq = true;
    if ( l->taken_in_irq && l->taken_irqs_on )
        emul_fail("rwlock %s is read in IRQ context and written with IRQs "
                  "enabled (deadlock if the IRQ hits while it is written)",
                  name);
}

void emul_read_lock(rwlock_t *l, const char *name)
{
    if ( emul_sched_yield )
        emul_sched_yield("read_lock", l);
    if ( l->writer && emul_sched_wait )
        emul_sched_wait(&l->writer);
    if ( l->writer )
        emul_fail("read_lock(%s) on CPU%u: write-locked by CPU%d (would "
                  "deadlock)", name, emul_cpu, l->writer - 1);
    rw_context(l, false, name);
    l->readers++;
    emul_locks_held++;
}

void emul_read_unlock(rwlock_t *l, const char *name)
{
    if ( l->readers <= 0 )
        emul_fail("read_unlock(%s): not read-locked", name);
    l->readers--;
    emul_locks_held--;
    /* What the reader looked up may go as soon as it is released. */
    if ( emul_sched_yield )
        emul_sched_yield("read_unlock", l);
    maybe_irq_window();
}

void emul_write_lock(rwlock_t *l, const char *name)
{
    if ( emul_sched_yield )
        emul_sched_yield("write_lock", l);
    while ( (l->writer || l->readers) && emul_sched_wait )
        emul_sched_wait(l->writer ? &l->writer : &l->readers);
    if ( l->writer || l->readers )
        emul_fail("write_lock(%s) on CPU%u: held (would deadlock)", name,
                  emul_cpu);
    rw_context(l, true, name);
    l->writer = emul_cpu + 1;
    emul_locks_held++;
}

void emul_write_unlock(rwlock_t *l, const char *name)
{
    if ( l->writer != (int)emul_cpu + 1 )
        emul_fail("write_unlock(%s): not write-locked by CPU%u", name,
                  emul_cpu);
    l->writer = 0;
    emul_locks_held--;
    maybe_irq_window();
}

unsigned int emul_preempt_every;

bool hypercall_preempt_check(void)
{
    static unsigned int calls;

    return emul_preempt_every && !(++calls % emul_preempt_every);
}

/* ---- RCU and the radix tree's look-ups ---- */

bool emul_rcu_defer;
static struct rcu_head *rcu_queue[256];
static unsigned int nr_rcu_queued;

void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *head))
{
    if ( !emul_rcu_defer )
    {
        func(head);
        return;
    }
    if ( nr_rcu_queued == ARRAY_SIZE(rcu_queue) )
        emul_fail("more than %zu RCU callbacks waiting for a grace period",
                  ARRAY_SIZE(rcu_queue));
    head->func = func;
    rcu_queue[nr_rcu_queued++] = head;
}

unsigned int emul_rcu_grace_period(void)
{
    unsigned int i, n = nr_rcu_queued;

    /* Callbacks queued by these ones wait for the next grace period. */
    nr_rcu_queued = 0;
    for ( i = 0; i < n; i++ )
    {
        struct rcu_head *head = rcu_queue[i];

        rcu_queue[i] = NULL;
        head->func(head);
    }
    return n;
}

void (*emul_call_function_hook)(unsigned int cpu);

const cpumask_t *emul_cpumask_of(unsigned int cpu)
{
    static cpumask_t masks[NR_CPUS];

    memset(&masks[cpu], 0, sizeof(masks[cpu]));
    __set_bit(cpu, masks[cpu].bits);

    return &masks[cpu];
}

const cpumask_t *emul_cpu_online_map(void)
{
    static cpumask_t map;
    unsigned int cpu;

    memset(&map, 0, sizeof(map));
    for_each_online_cpu ( cpu )
        __set_bit(cpu, map.bits);

    return &map;
}

void on_selected_cpus(const cpumask_t *selected, void (*func)(void *info),
                      void *info, int wait)
{
    unsigned int cpu, self = emul_cpu;
    bool saved_irqs = emul_irqs_disabled;

    if ( emul_irqs_disabled || emul_irq_nesting )
        emul_fail("on_selected_cpus() from a context that cannot wait "
                  "(irqs %s, irq nesting %u)",
                  emul_irqs_disabled ? "off" : "on", emul_irq_nesting);
    if ( !wait )
        emul_fail("on_selected_cpus() without wait: not emulated");

    for ( cpu = 0; cpu < emul_nr_cpus; cpu++ )
    {
        if ( !test_bit(cpu, selected->bits) || !cpu_online(cpu) )
            continue;
        if ( cpu != self && emul_call_function_hook )
            emul_call_function_hook(cpu);
        emul_cpu = cpu;
        emul_irqs_disabled = true;
        func(info);
    }
    emul_cpu = self;
    emul_irqs_disabled = saved_irqs;
}

unsigned long emul_nr_gang_lookups;
unsigned long emul_gang_lookup_limit;

#undef radix_tree_gang_lookup
unsigned int emul_radix_tree_gang_lookup(struct radix_tree_root *root,
                                         void **results,
                                         unsigned long first_index,
                                         unsigned int max_items)
{
    if ( ++emul_nr_gang_lookups > emul_gang_lookup_limit &&
         emul_gang_lookup_limit )
        emul_fail("radix_tree_gang_lookup(): more than %lu look-ups "
                  "(now from index %lu)", emul_gang_lookup_limit,
                  first_index);
    return radix_tree_gang_lookup(root, results, first_index, max_items);
}

/* ---- Guest memory (1:1, as the hardware domain's) ---- */

static struct guest_ram {
    struct domain *d;
    uint8_t *base;
    size_t size;
    bool foreign;       /* another domain's memory, mapped in (not RAM) */
} guest_rams[8];
unsigned long emul_nr_guest_accesses;

void emul_guest_ram_set(struct domain *d, void *base, size_t size)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(guest_rams); i++ )
        if ( guest_rams[i].d == d || !guest_rams[i].d )
        {
            guest_rams[i] = (struct guest_ram){ size ? d : NULL, base, size };
            return;
        }
    abort();
}

unsigned long emul_page_refs;

struct page_info *get_page_from_gfn(struct domain *d, unsigned long gfn,
                                    p2m_type_t *t, p2m_query_t q)
{
    uint64_t ipa = (uint64_t)gfn << PAGE_SHIFT;
    struct page_info *pg;
    unsigned int i;

    *t = p2m_invalid;
    for ( i = 0; i < ARRAY_SIZE(guest_rams); i++ )
    {
        uintptr_t b = (uintptr_t)guest_rams[i].base;

        if ( guest_rams[i].d != d || ipa < (b & ~(uintptr_t)(PAGE_SIZE - 1)) ||
             ipa >= b + guest_rams[i].size )
            continue;
        pg = xzalloc(struct page_info);
        if ( !pg )
            return NULL;
        pg->mfn = gfn;
        *t = guest_rams[i].foreign ? p2m_map_foreign_rw : p2m_ram_rw;
        emul_page_refs++;
        return pg;
    }
    return NULL;
}

void put_page(struct page_info *pg)
{
    emul_page_refs--;
    xfree(pg);
}

static void guest_ram_add(struct domain *d, void *base, size_t size,
                          bool foreign)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(guest_rams); i++ )
        if ( !guest_rams[i].d )
        {
            guest_rams[i] = (struct guest_ram){ d, base, size, foreign };
            return;
        }
    abort();
}

void emul_guest_ram_add(struct domain *d, void *base, size_t size)
{
    guest_ram_add(d, base, size, false);
}

void emul_guest_foreign_add(struct domain *d, void *base, size_t size)
{
    guest_ram_add(d, base, size, true);
}

int access_guest_memory_by_ipa(struct domain *d, paddr_t ipa, void *buf,
                               uint32_t size, bool is_write)
{
    unsigned int i;

    emul_nr_guest_accesses++;
    for ( i = 0; i < ARRAY_SIZE(guest_rams); i++ )
    {
        uintptr_t b = (uintptr_t)guest_rams[i].base;

        if ( guest_rams[i].d != d || ipa < b || size > guest_rams[i].size ||
             ipa - b > guest_rams[i].size - size )
            continue;
        if ( is_write )
            memcpy((void *)(uintptr_t)ipa, buf, size);
        else
            memcpy(buf, (const void *)(uintptr_t)ipa, size);
        return 0;
    }
    return -EINVAL;
}

/* ---- Guest MMIO handlers ---- */

static struct guest_mmio {
    struct domain *d;
    const struct mmio_handler_ops *ops;
    paddr_t addr, size;
    void *priv;
} guest_mmios[16];

void register_mmio_handler(struct domain *d,
                           const struct mmio_handler_ops *ops,
                           paddr_t addr, paddr_t size, void *priv)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(guest_mmios); i++ )
        if ( !guest_mmios[i].d )
        {
            guest_mmios[i] = (struct guest_mmio){ d, ops, addr, size, priv };
            return;
        }
    emul_fail("register_mmio_handler: more than %zu handlers",
              ARRAY_SIZE(guest_mmios));
}

void emul_guest_mmio_free(struct domain *d)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(guest_mmios); i++ )
        if ( guest_mmios[i].d == d )
            guest_mmios[i].d = NULL;
}

static struct guest_mmio *guest_mmio_find(struct domain *d, paddr_t gpa,
                                          unsigned int size)
{
    unsigned int i;

    for ( i = 0; i < ARRAY_SIZE(guest_mmios); i++ )
        if ( guest_mmios[i].d == d && gpa >= guest_mmios[i].addr &&
             gpa + size <= guest_mmios[i].addr + guest_mmios[i].size )
            return &guest_mmios[i];
    return NULL;
}

/* What try_handle_mmio() builds from the data abort. */
static mmio_info_t guest_mmio_info(paddr_t gpa, unsigned int size, bool write)
{
    mmio_info_t info;

    memset(&info, 0, sizeof(info));
    info.gpa = gpa;
    info.dabt.write = write;
    info.dabt.valid = 1;
    info.dabt.reg = 1;
    info.dabt.size = size == 8 ? DABT_DOUBLE_WORD : size == 4 ? DABT_WORD :
                     size == 2 ? DABT_HALF_WORD : DABT_BYTE;
    info.dabt.sf = size == 8;
    info.dabt_instr.state = INSTR_VALID;
    return info;
}

int emul_guest_mmio_write(struct vcpu *v, paddr_t gpa, uint64_t val,
                          unsigned int size)
{
    struct guest_mmio *h = guest_mmio_find(v->domain, gpa, size);
    mmio_info_t info = guest_mmio_info(gpa, size, true);

    if ( !h )
        return -1;
    return h->ops->write(v, &info, val, h->priv);
}

int emul_guest_mmio_read(struct vcpu *v, paddr_t gpa, uint64_t *val,
                         unsigned int size)
{
    struct guest_mmio *h = guest_mmio_find(v->domain, gpa, size);
    mmio_info_t info = guest_mmio_info(gpa, size, false);
    register_t r = 0;
    int ret;

    if ( !h )
        return -1;
    ret = h->ops->read(v, &info, &r, h->priv);
    *val = r;
    return ret;
}

register_t get_user_reg(struct cpu_user_regs *regs, int reg)
{
    emul_fail("get_user_reg: no guest registers here");
}

void set_user_reg(struct cpu_user_regs *regs, int reg, register_t val)
{
    emul_fail("set_user_reg: no guest registers here");
}

/* Forget the printk log (a long-running fuzzer). */
void emul_log_reset(void)
{
    log_len = 0;
    if ( log_buf )
        log_buf[0] = 0;
}

struct emul_kick emul_kicks[256];
unsigned int emul_nr_kicks;

/* Arm's vcpu_kick(): vcpu_unblock() (wakes a blocked vCPU), then an IPI. */
void vcpu_kick(struct vcpu *v)
{
    if ( emul_nr_kicks < ARRAY_SIZE(emul_kicks) )
        emul_kicks[emul_nr_kicks] = (struct emul_kick){
            .v = v, .in_irq = in_irq(), .pcpu = emul_cpu };
    emul_nr_kicks++;
    clear_bit(_VPF_blocked, &v->pause_flags);
    /* Running elsewhere: smp_send_event_check_mask(its pCPU). */
    if ( v->is_running && v->processor != emul_cpu && emul_kick_ipi )
        emul_kick_ipi(v);
}

void vcpu_unblock(struct vcpu *v)
{
    vcpu_kick(v);
}
