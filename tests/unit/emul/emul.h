/*
 * tests/unit/emul/emul.h: the hypervisor primitives that the Xen GIC
 * sources under test use, implemented for a host (x86_64) process.
 *
 * The build strips every #include from a Xen source file and puts this
 * header first (see the Makefile), so a name missing here shows up as a
 * compile error: add the smallest emulation that keeps the semantics the
 * code relies on (lock ownership, IRQ context, allocation, MMIO, time).
 *
 * Everything that has an observable effect (allocation, MMIO, sysreg
 * writes, printk, injections, kicks) is recorded in emul.c, so tests can
 * assert on it, and everything that would be a bug in the hypervisor
 * (failed ASSERT, lock misuse, leak, freeing memory the GIC still uses)
 * ends the test case with a failure.
 */
#ifndef TESTS_UNIT_EMUL_H
#define TESTS_UNIT_EMUL_H

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Configuration of the emulated hypervisor build. */
#define CONFIG_ARM_64           1
#define CONFIG_HAS_ITS          1
#define CONFIG_PERF_COUNTERS    1
#define NR_CPUS                 8       /* = MODEL_MAX_CPUS */
#define PAGE_SHIFT              12
#define PAGE_SIZE               (1UL << PAGE_SHIFT)

/* ---- Types ---- */
typedef uint8_t  u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int64_t  s64;
typedef uint64_t paddr_t;
typedef uint16_t domid_t;
typedef int64_t  s_time_t;
#define PRIpaddr "016lx"
#define __iomem
#define __init
#define __initdata
#define __read_mostly
#define __ro_after_init
#define __must_check   __attribute__((warn_unused_result))
#define noinline       __attribute__((noinline))
#define cf_check

/* ---- Bit and arithmetic helpers ---- */
#define _AC(x, y)       x ## y
#define BIT(pos, sfx)   (_AC(1, sfx) << (pos))
#define GENMASK(h, l)   (((~0UL) << (l)) & (~0UL >> (63 - (h))))
#define GENMASK_ULL(h, l) (((~0ULL) << (l)) & (~0ULL >> (63 - (h))))
#define ARRAY_SIZE(a)   (sizeof(a) / sizeof((a)[0]))
#define ROUNDUP(x, a)   (((x) + (a) - 1) & ~((a) - 1))
#define DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))
#define IS_ALIGNED(x, a) (((x) & ((typeof(x))(a) - 1)) == 0)
#define min(x, y) ({ typeof(x) _x = (x); typeof(y) _y = (y); \
                     (void)(&_x == &_y); _x < _y ? _x : _y; })
#define max(x, y) ({ typeof(x) _x = (x); typeof(y) _y = (y); \
                     (void)(&_x == &_y); _x > _y ? _x : _y; })
#define min_t(t, x, y)  min((t)(x), (t)(y))
#define max_t(t, x, y)  max((t)(x), (t)(y))
#define container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))
#define likely(x)       __builtin_expect(!!(x), 1)
#define unlikely(x)     __builtin_expect(!!(x), 0)
#define ACCESS_ONCE(x)  (*(volatile typeof(x) *)&(x))
#define READ_ONCE(x)    ACCESS_ONCE(x)
#define WRITE_ONCE(x, v) (ACCESS_ONCE(x) = (v))
#define BUILD_BUG_ON(c) ((void)sizeof(char[1 - 2 * !!(c)]))
#define SZ_256          0x100
#define SZ_4K           0x1000
#define SZ_16K          0x4000
#define SZ_64K          0x10000
#define SZ_128K         0x20000
#define SZ_1M           0x100000
#define SZ_2M           0x200000
#define MB(x)           ((x) << 20)

static inline int fls(unsigned int x)
{
    return x ? 32 - __builtin_clz(x) : 0;
}

static inline int flsl(unsigned long x)
{
    return x ? 64 - __builtin_clzl(x) : 0;
}

#define ffs(x) emul_ffs(x)
static inline int emul_ffs(unsigned int x)
{
    return __builtin_ffs(x);
}

#define cpu_to_le64(x)  ((uint64_t)(x))
#define le64_to_cpu(x)  ((uint64_t)(x))
#define cpu_to_le32(x)  ((uint32_t)(x))

/* ---- Failure reporting: ends the current test case ---- */
void emul_fail(const char *fmt, ...)
    __attribute__((noreturn, format(printf, 1, 2)));

#define ASSERT(p) do {                                                    \
    if ( unlikely(!(p)) )                                                 \
        emul_fail("ASSERT(%s) failed at %s:%d", #p, __FILE__, __LINE__);  \
} while ( 0 )
#define ASSERT_UNREACHABLE() \
    emul_fail("ASSERT_UNREACHABLE at %s:%d", __FILE__, __LINE__)
#define BUG()           emul_fail("BUG at %s:%d", __FILE__, __LINE__)
#define BUG_ON(p)       do { if ( p ) BUG(); } while ( 0 )
#define WARN_ON(p)      ({ bool w_ = !!(p);                               \
                           if ( w_ )                                       \
                               emul_warn(#p, __FILE__, __LINE__);          \
                           w_; })
#define WARN()          emul_warn("WARN", __FILE__, __LINE__)
#define panic(...)      emul_fail("panic: " __VA_ARGS__)
void emul_warn(const char *what, const char *file, int line);

/* ---- printk, captured ---- */
#define XENLOG_ERR      "<0>"
#define XENLOG_WARNING  "<1>"
#define XENLOG_INFO     "<2>"
#define XENLOG_DEBUG    "<3>"
#define XENLOG_G_ERR    "<G><0>"
#define XENLOG_G_WARNING "<G><1>"
#define XENLOG_G_INFO   "<G><2>"
#define XENLOG_G_DEBUG  "<G><3>"
void printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define gprintk(lvl, fmt, ...) printk(lvl fmt, ##__VA_ARGS__)
#define dprintk(lvl, fmt, ...) printk(lvl fmt, ##__VA_ARGS__)
int printk_ratelimit(void);
#define printk_once(fmt, ...) do {                                        \
    static bool once_;                                                    \
    if ( !once_ )                                                         \
    {                                                                     \
        once_ = true;                                                     \
        printk(fmt, ##__VA_ARGS__);                                       \
    }                                                                     \
} while ( 0 )
void warning_add(const char *warning);

/* ---- Barriers, atomics ---- */
#define smp_rmb()       __atomic_thread_fence(__ATOMIC_ACQUIRE)
#define smp_wmb()       __atomic_thread_fence(__ATOMIC_RELEASE)
#define smp_mb()        __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define dsb(scope)      __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define isb()           __atomic_thread_fence(__ATOMIC_SEQ_CST)
#define wmb()           smp_wmb()
#define rmb()           smp_rmb()
#define mb()            smp_mb()
#define cpu_relax()     ((void)0)
#define read_u64_atomic(p)     __atomic_load_n(p, __ATOMIC_RELAXED)
#define write_u64_atomic(p, v) __atomic_store_n(p, v, __ATOMIC_RELAXED)
#define read_atomic(p)         __atomic_load_n(p, __ATOMIC_RELAXED)
#define write_atomic(p, v)     __atomic_store_n(p, v, __ATOMIC_RELAXED)
#define test_bit(nr, a)   (!!(((const unsigned long *)(a))[(nr) / 64] & \
                              (1UL << ((nr) % 64))))
#define set_bit(nr, a)    __atomic_fetch_or(&((unsigned long *)(a))[(nr) / 64], \
                                            1UL << ((nr) % 64), __ATOMIC_SEQ_CST)
#define clear_bit(nr, a)  __atomic_fetch_and(&((unsigned long *)(a))[(nr) / 64],\
                                             ~(1UL << ((nr) % 64)), __ATOMIC_SEQ_CST)
#define test_and_set_bit(nr, a)   (!!(set_bit(nr, a) & (1UL << ((nr) % 64))))
#define test_and_clear_bit(nr, a) (!!(clear_bit(nr, a) & (1UL << ((nr) % 64))))

#define BITS_PER_LONG           64
#define BITS_TO_LONGS(b)        (((b) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define DECLARE_BITMAP(n, b)    unsigned long n[BITS_TO_LONGS(b)]
#define __set_bit(nr, a)        (((unsigned long *)(a))[(nr) / 64] |= 1UL << ((nr) % 64))
#define __clear_bit(nr, a)      (((unsigned long *)(a))[(nr) / 64] &= ~(1UL << ((nr) % 64)))
static inline unsigned long find_next_zero_bit(const unsigned long *a,
                                               unsigned long size,
                                               unsigned long off)
{
    for ( ; off < size; off++ )
        if ( !test_bit(off, a) )
            break;
    return off;
}
static inline unsigned long find_next_bit(const unsigned long *a,
                                          unsigned long size,
                                          unsigned long off)
{
    for ( ; off < size; off++ )
        if ( test_bit(off, a) )
            break;
    return off;
}
#define find_first_zero_bit(a, size)    find_next_zero_bit(a, size, 0)
#define find_first_bit(a, size)         find_next_bit(a, size, 0)
#define for_each_set_bit(b, a, size)                                  \
    for ( (b) = find_first_bit(a, size); (b) < (size);                \
          (b) = find_next_bit(a, size, (b) + 1) )
#define ilog2(n)                (63 - __builtin_clzll((unsigned long long)(n)))

typedef struct { int counter; } atomic_t;
#define atomic_read(v)      __atomic_load_n(&(v)->counter, __ATOMIC_SEQ_CST)
#define atomic_set(v, i)    __atomic_store_n(&(v)->counter, i, __ATOMIC_SEQ_CST)
#define atomic_inc(v)       ((void)__atomic_add_fetch(&(v)->counter, 1, __ATOMIC_SEQ_CST))
#define atomic_dec(v)       ((void)__atomic_sub_fetch(&(v)->counter, 1, __ATOMIC_SEQ_CST))
#define atomic_inc_return(v) __atomic_add_fetch(&(v)->counter, 1, __ATOMIC_SEQ_CST)
#define atomic_dec_return(v) __atomic_sub_fetch(&(v)->counter, 1, __ATOMIC_SEQ_CST)

/* ---- CPUs, per-cpu data, IRQ context ---- */
extern unsigned int emul_cpu;           /* The CPU the test "runs" on. */
extern unsigned int emul_nr_cpus;
/*
 * Xen's boot order: the boot CPU's per-CPU area exists from the start, a
 * secondary CPU's only from its CPU_UP_PREPARE (emul_cpu_notify()), and a
 * CPU is online once it has initialised itself (emul_cpu_set_online()).
 * per_cpu()/this_cpu() of a CPU whose area does not exist yet reads
 * memory Xen has not allocated: the case fails.
 */
extern bool emul_percpu_ready[NR_CPUS];
extern bool emul_cpu_online[NR_CPUS];
unsigned int emul_percpu_check(unsigned int cpu, const char *name);
void emul_cpu_set_online(unsigned int cpu, bool online);
unsigned int emul_nr_online_cpus(void);
#define smp_processor_id()      (emul_cpu)
#define num_possible_cpus()     (emul_nr_cpus)
#define num_online_cpus()       (emul_nr_online_cpus())
#define cpu_online(c)           ((c) < NR_CPUS && emul_cpu_online[c])
#define DEFINE_PER_CPU(type, name)  __typeof__(type) per_cpu__##name[NR_CPUS]
#define DECLARE_PER_CPU(type, name) extern __typeof__(type) per_cpu__##name[NR_CPUS]
#define per_cpu(name, cpu)      \
    (per_cpu__##name[emul_percpu_check(cpu, #name)])
#define this_cpu(name)          \
    (per_cpu__##name[emul_percpu_check(emul_cpu, #name)])
#define for_each_possible_cpu(c) for ( (c) = 0; (c) < emul_nr_cpus; (c)++ )
#define for_each_online_cpu(c)                                            \
    for ( (c) = 0; (c) < emul_nr_cpus; (c)++ )                            \
        if ( !emul_cpu_online[c] ) continue; else

extern unsigned int emul_irq_nesting;   /* irq_enter() depth */
extern bool emul_irqs_disabled;
#define in_irq()                (emul_irq_nesting != 0)
void irq_enter(void);
void irq_exit(void);
void emul_set_irqs_disabled(bool disabled);
#define local_irq_disable()     emul_set_irqs_disabled(true)
#define local_irq_enable()      emul_set_irqs_disabled(false)
#define local_irq_save(f)       ((f) = emul_irqs_disabled, \
                                 emul_set_irqs_disabled(true))
#define local_irq_restore(f)    emul_set_irqs_disabled(f)
#define local_irq_is_enabled()  (!emul_irqs_disabled)

/* ---- Spinlocks that know their holder ---- */
typedef struct spinlock {
    int held;                   /* 0, or 1 + the holding CPU */
    const char *name;
    bool taken_in_irq;          /* ever taken in IRQ context */
    bool taken_irqs_on;         /* ever taken with IRQs enabled */
} spinlock_t;
#define SPIN_LOCK_UNLOCKED      { 0, NULL, false, false }
#define DEFINE_SPINLOCK(l)      spinlock_t l = SPIN_LOCK_UNLOCKED
#define spin_lock_init(l)       (*(l) = (spinlock_t)SPIN_LOCK_UNLOCKED)
void emul_spin_lock(spinlock_t *l, const char *name);
void emul_spin_unlock(spinlock_t *l, const char *name);
#define spin_lock(l)            emul_spin_lock(l, #l)
#define spin_unlock(l)          emul_spin_unlock(l, #l)
#define spin_is_locked(l)       ((l)->held != 0)
#define spin_lock_irq(l)        (local_irq_disable(), spin_lock(l))
#define spin_unlock_irq(l)      (spin_unlock(l), local_irq_enable())
#define spin_lock_irqsave(l, f) ({ local_irq_save(f); spin_lock(l); })
#define spin_unlock_irqrestore(l, f) ({ spin_unlock(l); local_irq_restore(f); })
int emul_spin_trylock(spinlock_t *l, const char *name);
/*
 * Several pCPUs (the interleaving explorer, harness/explore.c): every
 * lock acquire and release is a point where another pCPU may run
 * (emul_sched_yield), and a lock held by another pCPU is waited for
 * (emul_sched_wait: returns once *held is 0) instead of failing the case.
 * Both NULL: one CPU at a time, a contended lock is a deadlock.
 */
extern void (*emul_sched_yield)(const char *what, const void *obj);
extern void (*emul_sched_wait)(const int *held);
/* vcpu_kick() of a vCPU running on another pCPU: the event-check IPI. */
struct vcpu;
extern void (*emul_kick_ipi)(struct vcpu *v);
#define spin_trylock(l)         emul_spin_trylock(l, #l)
/* Number of spinlocks currently held by anyone (checked at test end). */
extern int emul_locks_held;

/* ---- Time ---- */
extern s_time_t emul_now_ns;
/*
 * Time a pCPU spent polling hardware that does not answer (a stalled
 * ITS), added to NOW() on that pCPU only: its deadline passes after a
 * few polls, other pCPUs' deadlines are not eaten by its wait.
 */
extern s_time_t emul_time_warp[NR_CPUS];
s_time_t NOW(void);
#define SECONDS(s)      ((s_time_t)((s) * 1000000000ULL))
#define MILLISECS(ms)   ((s_time_t)((ms) * 1000000ULL))
#define MICROSECS(us)   ((s_time_t)((us) * 1000ULL))
void udelay(unsigned long usecs);
#define mdelay(ms)      udelay((ms) * 1000)

/* ---- Memory: tracked, with failure injection ---- */
void *emul_xmalloc(unsigned long size, unsigned long align, const char *file,
                   int line);
void *emul_xzalloc(unsigned long size, unsigned long align, const char *file,
                   int line);
#define _xmalloc(s, a)          emul_xmalloc(s, a, __FILE__, __LINE__)
#define _xzalloc(s, a)          emul_xzalloc(s, a, __FILE__, __LINE__)
void xfree(void *p);
#define EMUL_ARRAY_BYTES(s, n)  ((s) && (n) > UINT_MAX / (s) ? ULONG_MAX \
                                                             : (s) * (n))
#define xmalloc(t)              ((t *)_xmalloc(sizeof(t), __alignof__(t)))
#define xzalloc(t)              ((t *)_xzalloc(sizeof(t), __alignof__(t)))
#define xmalloc_array(t, n)     \
    ((t *)_xmalloc(EMUL_ARRAY_BYTES(sizeof(t), (unsigned long)(n)), __alignof__(t)))
#define xzalloc_array(t, n)     \
    ((t *)_xzalloc(EMUL_ARRAY_BYTES(sizeof(t), (unsigned long)(n)), __alignof__(t)))
#define xmalloc_bytes(n)        _xmalloc(n, sizeof(void *))
#define xzalloc_bytes(n)        _xzalloc(n, sizeof(void *))
#define xmalloc_flex_struct(t, f, n) \
    ((t *)_xmalloc(offsetof(t, f) + sizeof(((t *)0)->f[0]) * (n), __alignof__(t)))
#define xzalloc_flex_struct(t, f, n) \
    ((t *)_xzalloc(offsetof(t, f) + sizeof(((t *)0)->f[0]) * (n), __alignof__(t)))
void *alloc_xenheap_pages(unsigned int order, unsigned int memflags);
void free_xenheap_pages(void *v, unsigned int order);
#define alloc_xenheap_page()    alloc_xenheap_pages(0, 0)
#define free_xenheap_page(v)    free_xenheap_pages(v, 0)
#define get_order_from_bytes(s) emul_order_from_bytes(s)
unsigned int emul_order_from_bytes(unsigned long size);

/* The host address of a buffer is its "physical" address. */
#define virt_to_maddr(va)       ((paddr_t)(uintptr_t)(va))
#define maddr_to_virt(pa)       ((void *)(uintptr_t)(pa))
#define __pa(va)                virt_to_maddr(va)
#define __va(pa)                maddr_to_virt(pa)
#define paddr_to_pfn(pa)        ((unsigned long)((pa) >> PAGE_SHIFT))
#define pfn_to_paddr(pfn)       ((paddr_t)(pfn) << PAGE_SHIFT)
#define PFN_UP(x)               (((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)             ((x) >> PAGE_SHIFT)
#define clean_and_invalidate_dcache_va_range(p, s) \
    emul_dcache_maintenance((const void *)(p), (s))
#define clean_dcache_va_range(p, s) emul_dcache_maintenance((const void *)(p), (s))
#define invalidate_dcache_va_range(p, s) emul_dcache_maintenance((const void *)(p), (s))
int emul_dcache_maintenance(const void *p, unsigned long size);

/* ---- MMIO: routed to the GIC model ---- */
void __iomem *ioremap_nocache(paddr_t pa, size_t len);
#define ioremap(pa, len)        ioremap_nocache(pa, len)
void iounmap(void __iomem *va);
uint64_t emul_mmio_read(const volatile void __iomem *addr, unsigned int size);
void emul_mmio_write(volatile void __iomem *addr, uint64_t val,
                     unsigned int size);
#define readb_relaxed(a)        ((uint8_t)emul_mmio_read(a, 1))
#define readw_relaxed(a)        ((uint16_t)emul_mmio_read(a, 2))
#define readl_relaxed(a)        ((uint32_t)emul_mmio_read(a, 4))
#define readq_relaxed(a)        ((uint64_t)emul_mmio_read(a, 8))
#define writeb_relaxed(v, a)    emul_mmio_write(a, (uint8_t)(v), 1)
#define writew_relaxed(v, a)    emul_mmio_write(a, (uint16_t)(v), 2)
#define writel_relaxed(v, a)    emul_mmio_write(a, (uint32_t)(v), 4)
#define writeq_relaxed(v, a)    emul_mmio_write(a, (uint64_t)(v), 8)
#define readl(a)                readl_relaxed(a)
#define readq(a)                readq_relaxed(a)
#define writel(v, a)            writel_relaxed(v, a)
#define writeq(v, a)            writeq_relaxed(v, a)

/* ---- System registers: writes recorded ---- */
void emul_sysreg_write(const char *name, uint64_t val);
uint64_t emul_sysreg_read(const char *name);
#define WRITE_SYSREG(v, name)   emul_sysreg_write(#name, (uint64_t)(v))
#define WRITE_SYSREG64(v, name) emul_sysreg_write(#name, (uint64_t)(v))
#define WRITE_SYSREG32(v, name) emul_sysreg_write(#name, (uint64_t)(v))
#define READ_SYSREG(name)       emul_sysreg_read(#name)
#define READ_SYSREG64(name)     emul_sysreg_read(#name)
#define READ_SYSREG32(name)     ((uint32_t)emul_sysreg_read(#name))

/* ---- Perf counters: counted by name ---- */
void emul_perfc_incr(const char *name);
#define perfc_incr(x)           emul_perfc_incr(#x)
void emul_perfc_set(const char *name, unsigned long val);
unsigned long emul_perfc(const char *name);
#define perfc_set(x, v)         emul_perfc_set(#x, (v))
#define perfc_value(x)          emul_perfc(#x)
#define perfc_incra(x, i)       emul_perfc_incr(#x)
#define perfc_add(x, v)         do { for ( int i_ = 0; i_ < (v); i_++ ) \
                                         emul_perfc_incr(#x); } while ( 0 )

/* ---- Command line parameters, CPU notifiers ---- */
#define integer_param(n, v) \
    static const char __attribute__((unused)) emul_param_##v[] = n
#define boolean_param(n, v)     integer_param(n, v)
#define NOTIFY_DONE             0
#define NOTIFY_BAD              0x8000
#define CPU_UP_PREPARE          1
#define CPU_UP_CANCELED         2
#define CPU_STARTING            3
#define CPU_ONLINE              4
#define CPU_DYING               5
#define CPU_DEAD                6
static inline int notifier_from_errno(int err)
{
    return err ? (NOTIFY_BAD | -err) : NOTIFY_DONE;
}
struct notifier_block {
    int (*notifier_call)(struct notifier_block *nfb, unsigned long action,
                         void *hcpu);
    struct notifier_block *next;
    int priority;
};
void register_cpu_notifier(struct notifier_block *nb);
/* Calls every registered CPU notifier, as the CPU bring-up code does. */
int emul_cpu_notify(unsigned long action, unsigned int cpu);

/* ---- Xen's own list and rbtree (stripped copies, see Makefile) ---- */
#include "xen-list.h"
#include "xen-rbtree.h"

/* ---- Device tree, only what the ITS discovery uses ---- */
struct dt_device_node {
    const char *name;
    const char *compatible;
    uint64_t addr, size;
    uint32_t phandle;
    struct dt_device_node *child;
    struct dt_device_node *sibling;
};
extern struct dt_device_node *dt_interrupt_controller;
extern bool acpi_disabled;
#define dt_for_each_child_node(dt, c) \
    for ( (c) = (dt) ? (dt)->child : NULL; (c) != NULL; (c) = (c)->sibling )
bool dt_device_is_compatible(const struct dt_device_node *n, const char *c);
int dt_device_get_address(const struct dt_device_node *n, unsigned int i,
                          uint64_t *addr, uint64_t *size);
const void *dt_get_property(const struct dt_device_node *n, const char *name,
                            uint32_t *len);
#define dt_node_full_name(n)    ((n)->name)
typedef uint32_t __be32;
#define GUEST_ROOT_ADDRESS_CELLS 2
#define GUEST_ROOT_SIZE_CELLS   2
#define GUEST_PHANDLE_GIC       65000
#define GUEST_PHANDLE_IOMMU     (GUEST_PHANDLE_GIC + 1)
void dt_child_set_range(__be32 **cellp, int addrcells, int sizecells,
                        uint64_t address, uint64_t size);

/* Boot is over once the harness booted Xen (unit_xen_boot()). */
enum { SYS_STATE_boot, SYS_STATE_active };
extern int system_state;
#define FDT_ERR_XEN(e)          (-1000 - (e))
int fdt_property(void *fdt, const char *name, const void *val, int len);
int fdt_property_string(void *fdt, const char *name, const char *s);
int fdt_property_cell(void *fdt, const char *name, uint32_t v);
int fdt_begin_node(void *fdt, const char *name);
int fdt_end_node(void *fdt);

/* ---- GIC constants from asm/gic.h and asm/irq.h ---- */
#define LPI_OFFSET              8192
#define INVALID_LPI             0
#define GIC_PRI_IRQ             0xa0U
#define GIC_PRI_HIGHEST         0x80U
#define NR_GIC_SGI              16
static inline bool is_lpi(unsigned int irq)
{
    return irq >= LPI_OFFSET;
}

/* ---- Reader/writer locks that know their holders (vITS radix tree) ---- */
typedef struct rwlock {
    int readers;                /* number of read holders */
    int writer;                 /* 0, or 1 + the holding CPU */
    bool taken_in_irq;
    bool taken_irqs_on;
} rwlock_t;
#define RW_LOCK_UNLOCKED        { 0, 0, false, false }
#define DEFINE_RWLOCK(l)        rwlock_t l = RW_LOCK_UNLOCKED
#define rwlock_init(l)          (*(l) = (rwlock_t)RW_LOCK_UNLOCKED)
void emul_read_lock(rwlock_t *l, const char *name);
void emul_read_unlock(rwlock_t *l, const char *name);
void emul_write_lock(rwlock_t *l, const char *name);
void emul_write_unlock(rwlock_t *l, const char *name);
#define read_lock(l)            emul_read_lock(l, #l)
#define read_unlock(l)          emul_read_unlock(l, #l)
#define write_lock(l)           emul_write_lock(l, #l)
#define write_unlock(l)         emul_write_unlock(l, #l)
#define write_lock_irqsave(l, f)       ({ local_irq_save(f); write_lock(l); })
#define write_unlock_irqrestore(l, f)  ({ write_unlock(l); \
                                          local_irq_restore(f); })

#define rw_is_write_locked(l)   ((l)->writer != 0)

/*
 * ---- RCU, as much as xen/common/radix-tree.c and the LPI tree use ----
 * Readers here always hold a lock that excludes the writer, so a node
 * handed to call_rcu() is freed at once; unless a case sets
 * emul_rcu_defer (emul_ctl.h), then callbacks wait for
 * emul_rcu_grace_period().
 */
#define __rcu
#define rcu_dereference(p)          (p)
#define rcu_assign_pointer(p, v)    ((p) = (v))
struct rcu_head {
    void (*func)(struct rcu_head *head);
};
void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *head));

/*
 * ---- Cross-CPU calls ----
 * on_selected_cpus(): each online pCPU of the set runs func (the caller
 * itself at once), each other one once it has finished the interrupt
 * handler it is in (the glue finishes one a case left half way:
 * emul_call_function_hook).  The caller must be able to wait:
 * interrupts on, not in an interrupt handler.
 */
typedef struct { unsigned long bits[BITS_TO_LONGS(NR_CPUS)]; } cpumask_t;
const cpumask_t *emul_cpumask_of(unsigned int cpu);
const cpumask_t *emul_cpu_online_map(void);
#define cpumask_of(c)           emul_cpumask_of(c)
#define cpu_online_map          (*emul_cpu_online_map())
void on_selected_cpus(const cpumask_t *selected, void (*func)(void *info),
                      void *info, int wait);

/* An initcall of a Xen file runs before main(). */
#define presmp_initcall(fn)                                                 \
    __attribute__((constructor)) static void emul_initcall_##fn(void)       \
    {                                                                       \
        fn();                                                               \
    }
#define EXPORT_SYMBOL(s)

/*
 * ---- Radix tree: Xen's own (xen/common/radix-tree.c) ----
 * Its nodes come from tracked allocations (or a domain's LPI tree
 * reserve): a tree not destroyed is a leak.  The vITS's gang look-ups are
 * counted (emul_nr_gang_lookups in emul_ctl.h).
 */
#include "xen-radix-tree.h"
#ifndef EMUL_XEN_RADIX_TREE_C
unsigned int emul_radix_tree_gang_lookup(struct radix_tree_root *root,
                                         void **results,
                                         unsigned long first_index,
                                         unsigned int max_items);
#define radix_tree_gang_lookup      emul_radix_tree_gang_lookup
#endif

/* ---- What the vITS's register emulation needs (asm/hsr.h, mmio.h) ---- */
typedef uint64_t xen_register_t;  /* glibc has a register_t too */
#define register_t xen_register_t
#define PRIregister "016lx"
struct cpu_user_regs;
register_t get_user_reg(struct cpu_user_regs *regs, int reg);
void set_user_reg(struct cpu_user_regs *regs, int reg, register_t val);
typedef int64_t paddr_signed_t;
#define INVALID_PADDR           (~0UL)
#define MAX_VIRT_CPUS           128u
#define INVALID_VCPU_ID         MAX_VIRT_CPUS
#define gdprintk(lvl, fmt, ...) printk(lvl fmt, ##__VA_ARGS__)

struct domain;
struct vcpu;
struct pending_irq;

#include "xen-gic_v3_defs.h"
#include "xen-gic_v3_its.h"
#if __has_include("xen-gic-v4-its.h")
#include "xen-gic-v4-its.h"
#endif
#if __has_include("xen-gic-v3-its-cmd.h")
#include "xen-gic-v3-its-cmd.h"
#endif
#include "xen-hsr.h"
#include "xen-mmio.h"
#include "xen-vreg.h"
#include "xen-vgic-emul.h"

/* ---- Domains, vCPUs and the vGIC side the GIC code calls into ---- */
#define DOMID_INVALID           0x7FF4U
#define DOMID_IDLE              0x7FFFU
#define EMUL_MAX_VCPUS          8

struct its_vpe;
struct its_vm;

/* The parts of struct arch_vcpu / struct vgic_cpu the GIC code uses. */
struct arch_vcpu {
    struct {
        struct its_vpe *vpe;    /* GICv4 */
        spinlock_t lock;        /* struct vgic_cpu's lock */
        struct list_head inflight_irqs; /* sorted by priority */
        struct list_head lr_pending;    /* waiting for a list register */
    } vgic;
};

struct vcpu {
    unsigned int vcpu_id;
    unsigned int processor;     /* The physical CPU it runs on. */
    struct domain *domain;
    struct vcpu *next_in_list;
    bool is_running;
    unsigned long pause_flags;  /* _VPF_* bits */
    struct arch_vcpu arch;
};

struct pending_irq {
    unsigned long status;
    unsigned int irq;
    uint8_t lr;
    uint8_t priority;
    uint8_t lpi_priority;
    uint8_t lpi_vcpu_id;
    uint8_t lpi_target_vcpu;
    struct list_head inflight;
    struct list_head lr_queue;
};

/* The vgic_ops the GIC code calls (vgic-v3.c's, on the emulated tree). */
struct domain;
struct vgic_ops {
    unsigned int (*lpi_get_vcpu_id)(struct domain *d, uint32_t vlpi);
};

/* The parts of struct vgic_dist the GIC code uses. */
struct arch_vgic_domain {
    const struct vgic_ops *handler;
    struct rb_root its_devices;
    spinlock_t its_devices_lock;
    unsigned int its_host_lpis;     /* vITS quota (issue 18, defect 4) */
    unsigned int its_host_lpis_lost; /* left to an ITS that failed an unmap */
    uint64_t rdist_propbase;
    unsigned int intid_bits;
    bool rdists_enabled;
    struct its_vm *its_vm;      /* GICv4 */
    bool its_vm_failed;
    /* The vITS (vgic-v3-its.c). */
    struct radix_tree_root pend_lpi_tree;
    rwlock_t pend_lpi_tree_lock;
    /* The LPI tree's node reserve, as the tree's vgic.h declares it. */
#include "xen-vgic-lpi-tree.h"
    unsigned long nr_lpis;
    struct list_head vits_list;
    bool has_its;
};

#define vgic_dist arch_vgic_domain

struct arch_domain {
    struct arch_vgic_domain vgic;
};

struct domain {
    domid_t domain_id;
    unsigned int max_vcpus;
    struct vcpu *vcpu[EMUL_MAX_VCPUS];
    struct arch_domain arch;
    bool is_dying;
    bool directmap;             /* CDF_directmap: dom0, dom0less 1:1 */
};

/*
 * Frames and the p2m, as far as the GICv4 code needs them: guest RAM
 * (emul_guest_ram_set()) is mapped 1:1, RAM of the domain; any other
 * guest frame is not RAM.  A page reference is an allocation (the leak
 * check finds one not put).
 */
typedef unsigned long gfn_t;
typedef unsigned long mfn_t;
#define gfn_x(g)                (g)
#define mfn_x(m)                (m)
#define gfn_add(g, i)           ((g) + (i))
#define gaddr_to_gfn(a)         ((gfn_t)((a) >> PAGE_SHIFT))
typedef enum { p2m_invalid, p2m_ram_rw, p2m_mmio_direct_dev,
               p2m_map_foreign_rw } p2m_type_t;
typedef unsigned int p2m_query_t;
#define P2M_ALLOC               1
struct page_info {
    mfn_t mfn;
};
#define page_to_mfn(pg)         ((pg)->mfn)
struct page_info *get_page_from_gfn(struct domain *d, unsigned long gfn,
                                    p2m_type_t *t, p2m_query_t q);
void put_page(struct page_info *pg);
#define is_domain_direct_mapped(d)  ((d)->directmap)
#define domain_use_host_layout(d)   (is_domain_direct_mapped(d) || \
                                     is_hardware_domain(d))

#define for_each_vcpu(d, v) \
    for ( (v) = (d)->vcpu[0]; (v) != NULL; (v) = (v)->next_in_list )
#define is_hardware_domain(d)   ((d)->domain_id == 0)
#define _VPF_blocked            0
#define VPF_blocked             (1UL << _VPF_blocked)
#define _VPF_down               1
#define GIC_INVALID_LR          ((uint8_t)~0)

/* A long operation gives way (-ERESTART): see emul_preempt_every. */
bool hypercall_preempt_check(void);
struct domain *rcu_lock_domain_by_id(domid_t dom);
void rcu_unlock_domain(struct domain *d);
struct pending_irq *irq_to_pending(struct vcpu *v, unsigned int irq);
int vgic_v3_lpi_tree_insert(struct domain *d, unsigned int vlpi,
                            struct pending_irq *p);
bool vgic_inject_irq(struct domain *d, struct vcpu *v, unsigned int virq,
                     bool level);
void vcpu_kick(struct vcpu *v);
void vcpu_unblock(struct vcpu *v);

/* iomem capabilities: always granted. */
static inline int iomem_deny_access(struct domain *d, unsigned long s,
                                    unsigned long e)
{
    return 0;
}

/*
 * ---- The vGIC side the vITS calls (vgic.c, gic-vgic.c semantics) ----
 * A vCPU never runs here (no list registers): raised interrupts wait on
 * the vCPU's lr_pending list; every list operation asserts the vCPU's
 * vgic lock as Xen does.
 */
#define GIC_IRQ_GUEST_QUEUED        0
#define GIC_IRQ_GUEST_ACTIVE        1
#define GIC_IRQ_GUEST_VISIBLE       2
#define GIC_IRQ_GUEST_ENABLED       3
#define GIC_IRQ_GUEST_MIGRATING     4
#define GIC_IRQ_GUEST_PRISTINE_LPI  5
void vgic_init_pending_irq(struct pending_irq *p, unsigned int virq);
void vgic_remove_irq_from_queues(struct vcpu *v, struct pending_irq *p);
void vgic_queue_irq(struct vcpu *v, struct pending_irq *n);
extern const struct vgic_ops emul_vgic_ops;
struct pending_irq *vgic_lock_lpi(struct domain *d, unsigned int vlpi,
                                  struct vcpu **vp, unsigned long *flags);
void vgic_lock_two_vcpus(struct vcpu *a, struct vcpu *b, unsigned long *flags);
bool vgic_lpi_move_locked(struct vcpu *from, struct vcpu *to,
                          struct pending_irq *p, bool pending);
void vgic_unlock_two_vcpus(struct vcpu *a, struct vcpu *b,
                           unsigned long flags);
void gic_raise_guest_irq(struct vcpu *v, unsigned int virtual_irq,
                         unsigned int priority);
void gic_remove_from_lr_pending(struct vcpu *v, struct pending_irq *p);
void vgic_vcpu_inject_lpi(struct domain *d, unsigned int virq);

/* Guest memory by IPA: see emul_guest_ram_* in emul_ctl.h. */
int access_guest_memory_by_ipa(struct domain *d, paddr_t ipa, void *buf,
                               uint32_t size, bool is_write);

/* Guest MMIO handlers (asm/mmio.h), captured for the tests. */
void register_mmio_handler(struct domain *d,
                           const struct mmio_handler_ops *ops,
                           paddr_t addr, paddr_t size, void *priv);

#endif /* TESTS_UNIT_EMUL_H */
