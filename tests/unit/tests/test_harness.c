/*
 * tests/unit/tests/test_harness.c: every check the harness promises must
 * really fail a case.  Each of these cases passes only if it fails for
 * the stated reason (UNIT_TEST_MUST_FAIL).
 */
#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "model_util.h"

UNIT_TEST_MUST_FAIL(harness_assert_fails, "ASSERT(spin_is_locked(&l)) failed")
{
    spinlock_t l;

    spin_lock_init(&l);
    ASSERT(spin_is_locked(&l));
}

UNIT_TEST(harness_spin_is_locked_tracks_holder)
{
    spinlock_t l;

    spin_lock_init(&l);
    spin_lock(&l);
    ASSERT(spin_is_locked(&l));
    spin_unlock(&l);
    CHECK(!spin_is_locked(&l));
}

UNIT_TEST_MUST_FAIL(harness_recursive_lock, "recursive spin_lock(&l)")
{
    spinlock_t l;

    spin_lock_init(&l);
    spin_lock(&l);
    spin_lock(&l);
}

UNIT_TEST_MUST_FAIL(harness_lock_held_at_end, "spinlock(s) still held")
{
    static spinlock_t l;

    spin_lock(&l);
}

UNIT_TEST_MUST_FAIL(harness_lock_irq_mixed, "taken in IRQ context and with "
                    "IRQs enabled")
{
    spinlock_t l;
    unsigned long flags;

    spin_lock_init(&l);
    spin_lock(&l);                      /* IRQs on */
    spin_unlock(&l);
    local_irq_save(flags);
    irq_enter();
    spin_lock(&l);                      /* from an interrupt handler */
    (void)flags;
}

UNIT_TEST_MUST_FAIL(harness_leak_detected, "leak: 1 allocation(s)")
{
    void *p = xzalloc(uint64_t);

    CHECK(p);
}

UNIT_TEST_MUST_FAIL(harness_double_free_detected, "freed twice")
{
    void *p = xzalloc(uint64_t);

    xfree(p);
    xfree(p);
}

UNIT_TEST_MUST_FAIL(harness_xenheap_mismatch, "allocated by the other "
                    "allocator")
{
    void *p = alloc_xenheap_page();

    xfree(p);
}

#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic ignored "-Wuse-after-free"
#endif
UNIT_TEST_MUST_FAIL(harness_asan_use_after_free, "heap-use-after-free")
{
    volatile uint64_t *p = malloc(sizeof(*p));

    free((void *)p);
    *p = 1;
}

UNIT_TEST_MUST_FAIL(harness_ubsan_is_fatal, "runtime error")
{
    volatile int big = INT_MAX;
    volatile int r = big + 1;

    (void)r;
}

UNIT_TEST(harness_alloc_failure_injection)
{
    void *a, *b, *c;

    emul_fail_nth_alloc(2);
    a = xzalloc(uint32_t);
    b = xzalloc(uint32_t);
    c = xzalloc(uint32_t);
    CHECK(a && !b && c);
    CHECK_EQ(emul_nr_alloc_failures, 1);
    xfree(a);
    xfree(c);
}

UNIT_TEST_MUST_FAIL(harness_model_violation_fails_case, "1 model "
                    "violation(s), first: [MAPTI dev=0x1")
{
    struct mt t = mt_setup(GIC_V3);

    mt_cmd(&t, 0x0a | C_DEVID(1), 0, 0, 0);     /* unmapped device */
}

UNIT_TEST_MUST_FAIL(harness_mmio_outside_ioremap, "not an ioremap()ed")
{
    (void)readl_relaxed((void *)0x1000);
}

UNIT_TEST(harness_time_and_printk)
{
    s_time_t t0 = NOW();

    udelay(10);
    CHECK(NOW() - t0 >= MICROSECS(10));
    printk(XENLOG_WARNING "hello %d\n", 42);
    CHECK(emul_log_contains("hello 42"));
}

void *volatile harness_sink;

UNIT_TEST_MUST_FAIL(harness_lsan_catches_host_leaks, "LeakSanitizer")
{
    harness_sink = malloc(100);
    harness_sink = NULL;
}

UNIT_TEST_MUST_FAIL(harness_warn_on_fails_case, "1 WARN_ON(s) hit, first: "
                    "WARN_ON(1 + 1 == 2)")
{
    WARN_ON(1 + 1 == 2);
}
