/*
 * tests/unit/emul/emul_ctl.h: what tests use to drive and inspect the
 * emulated hypervisor environment (emul.h is what Xen code sees).
 */
#ifndef TESTS_UNIT_EMUL_CTL_H
#define TESTS_UNIT_EMUL_CTL_H

/* Ends the current test case as failed (harness/main.c). */
void emul_test_failed(const char *reason) __attribute__((noreturn));

/* printk capture */
const char *emul_log(void);
bool emul_log_contains(const char *s);
/* WARN_ON()s hit; a case that expects them resets emul_nr_warnings. */
extern unsigned int emul_nr_warnings;
extern char emul_first_warning[256];

/* Allocation accounting and failure injection. */
void emul_fail_nth_alloc(unsigned long n);     /* 1: the next one fails */
unsigned long emul_alloc_count(void);
extern unsigned long emul_nr_alloc_failures;
bool emul_mem_is_allocated(const void *p, size_t size);
void emul_mark_boot_allocations(void);         /* not leaks: boot-time */
void emul_mark_boot_allocations_from(const char *file);
unsigned int emul_live_allocations(bool include_boot);
bool emul_first_leak(char *buf, size_t len);
void emul_release_all_allocations(void);
typedef void (*emul_free_hook_t)(const void *p, size_t size, const char *file,
                                 int line);
extern emul_free_hook_t emul_free_hook;
extern unsigned long emul_nr_dcache_ops;
/* Did a cache maintenance op numbered >= @since cover [p, p + size)? */
bool emul_dcache_cleaned(const void *p, size_t size, unsigned long since);

/* MMIO windows. */
typedef uint64_t (*emul_mmio_read_t)(void *opaque, paddr_t pa,
                                     unsigned int size);
typedef void (*emul_mmio_write_t)(void *opaque, paddr_t pa, uint64_t val,
                                  unsigned int size);
void emul_mmio_register(paddr_t pa, paddr_t size, emul_mmio_read_t read,
                        emul_mmio_write_t write, void *opaque);
extern unsigned long emul_nr_mmio_reads, emul_nr_mmio_writes;

/*
 * Called whenever the current CPU could take an interrupt (IRQs enabled,
 * no lock held, not in an IRQ handler): the glue delivers deferred LPIs.
 */
extern void (*emul_irq_window)(void);

/* Records. */
unsigned int emul_sysreg_count(const char *name, uint64_t val);
unsigned long emul_perfc(const char *name);
extern int emul_rcu_locks;
/*
 * Grace periods: with emul_rcu_defer set, call_rcu() queues its callback
 * until emul_rcu_grace_period() (every pCPU went through a quiescent
 * state: no handler that ran before is still running), which runs the
 * queued ones and returns how many.  The end of a case runs what is left.
 */
extern bool emul_rcu_defer;
unsigned int emul_rcu_grace_period(void);

/*
 * on_selected_cpus(): called for each other pCPU the IPI goes to, before
 * it runs the function.
 */
extern void (*emul_call_function_hook)(unsigned int cpu);

struct emul_injection {
    domid_t domid;
    unsigned int vcpu;
    unsigned int virq;
    bool in_irq;
    unsigned int pcpu;
};
extern struct emul_injection emul_injections[1024];
extern unsigned int emul_nr_injections;
struct emul_kick {
    struct vcpu *v;
    bool in_irq;
    unsigned int pcpu;
};
extern struct emul_kick emul_kicks[256];
extern unsigned int emul_nr_kicks;

/* Domains known to rcu_lock_domain_by_id(), and the vLPI -> pending_irq map. */
void emul_domain_add(struct domain *d);
void emul_domain_remove(struct domain *d);
void emul_lpi_map(struct domain *d, unsigned int virq, struct pending_irq *p);
/* hypercall_preempt_check() is true every emul_preempt_every calls (0: never). */
extern unsigned int emul_preempt_every;
/*
 * A domain's LPI tree as vgic_v3_domain_init() sets it up (with the
 * tree's node reserve callbacks, harness/lpi_tree.c), and as
 * vgic_v3_domain_free() tears it down.
 */
void emul_lpi_tree_init(struct domain *d);
void emul_lpi_tree_destroy(struct domain *d);
/*
 * Called right after the vITS made @vlpi live in @d's LPI tree (the
 * moment another pCPU could first inject it), if set.
 */
extern void (*emul_lpi_tree_insert_hook)(struct domain *d, unsigned int vlpi);

/*
 * radix_tree_gang_lookup() calls; more than emul_gang_lookup_limit of
 * them (if not 0) fail the case.
 */
extern unsigned long emul_nr_gang_lookups;
extern unsigned long emul_gang_lookup_limit;

/* Every vgic_inject_irq() (emul_injections[] keeps the first 1024). */
extern unsigned long emul_nr_all_injections;
/* gic_raise_guest_irq() calls; interrupts queued on a vCPU. */
extern unsigned long emul_nr_raised;
unsigned int emul_vgic_queued(struct vcpu *v, bool lr_pending);

/*
 * Guest RAM of @d: [base, base + size) of the host, at the same IPA (the
 * hardware domain is mapped 1:1); access_guest_memory_by_ipa() fails
 * outside it.  size 0 removes it.
 */
void emul_guest_ram_set(struct domain *d, void *base, size_t size);
/* Another region of guest RAM for @d (1:1), e.g. a separate property table. */
void emul_guest_ram_add(struct domain *d, void *base, size_t size);
/* Page references taken (get_page_from_gfn()) and not put yet. */
extern unsigned long emul_page_refs;
/* Memory of another domain mapped into @d's (readable, not its RAM). */
void emul_guest_foreign_add(struct domain *d, void *base, size_t size);
extern unsigned long emul_nr_guest_accesses;

/*
 * The guest's MMIO access at @gpa, to the handler registered with
 * register_mmio_handler() (as try_handle_mmio() does): the handler's
 * return value (1 handled, 0 abort), -1 if no handler covers it.
 */
int emul_guest_mmio_write(struct vcpu *v, paddr_t gpa, uint64_t val,
                          unsigned int size);
int emul_guest_mmio_read(struct vcpu *v, paddr_t gpa, uint64_t *val,
                         unsigned int size);
void emul_guest_mmio_free(struct domain *d);   /* domain_io_free() */
void emul_log_reset(void);

#endif /* TESTS_UNIT_EMUL_CTL_H */
