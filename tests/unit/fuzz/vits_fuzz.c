/*
 * tests/unit/fuzz/vits_fuzz.c: libFuzzer target for Xen's vITS command
 * handler (vgic-v3-its.c) on the GICv4.0 model, through the same
 * interpreter as the unit cases (tests/vits_driver.c: the input format is
 * described there).
 *
 * Xen boots once per process (Xen's static state lives on, as it does in
 * Xen); every input is one session: dom0 gets a vITS, runs the input,
 * unmaps every device and destroys its vITS and GICv4 VM.  After each
 * input: no model violation, no lock, RCU reference or IRQ nesting left,
 * no WARN_ON, no LPI waiting, and no allocation left over (the host LPI
 * chunk pages Xen keeps excepted).  A failure aborts: libFuzzer saves
 * the input as a crash.
 *
 * Environment: VITS_FUZZ_DOMU=1 makes the guest an untrusted domain
 * (vits_driver.c: owned and not-owned DeviceIDs, destroyed at a point of
 * every input); VITS_FUZZ_MSI=1 also lets inputs send device MSIs;
 * VITS_FUZZ_AVOID_KNOWN=1 steers clear of the known defects (see
 * known_defect() in vits_driver.c), to look for others.
 */
#include <unistd.h>

#include "emul.h"
#include "emul_ctl.h"
#include "harness.h"
#include "vits_driver.h"

static unsigned long inputs;

void emul_test_failed(const char *reason)
{
    fprintf(stderr, "FAILED: %s\n", reason);
    abort();
}

/* The unit cases linked in register themselves; nothing runs them here. */
void unit_register(const char *name, unit_test_fn fn, const char *expect_fail)
{
}

void unit_register_defect(const char *name, unit_test_fn fn)
{
}

/* What the runner (harness/main.c) gives the cases, unused here. */
void (*unit_fail_hook)(const char *reason);

void unit_case_timeout(unsigned int seconds)
{
}

static void after_input(void)
{
    char leak[256];

    if ( emul_locks_held )
        emul_fail("%d lock(s) still held after the input", emul_locks_held);
    if ( emul_irq_nesting )
        emul_fail("irq_enter() nesting %u after the input", emul_irq_nesting);
    if ( emul_rcu_locks )
        emul_fail("%d RCU domain lock(s) not released", emul_rcu_locks);
    if ( emul_nr_warnings )
        emul_fail("%u WARN_ON(s) hit, first: %s", emul_nr_warnings,
                  emul_first_warning);
    if ( unit_deferred_lpis() )
        emul_fail("%u LPI(s) never taken", unit_deferred_lpis());
    model_final_checks(vits.m);
    vits_check("after the input");
    /* Xen keeps host LPI chunk pages once allocated. */
    emul_mark_boot_allocations_from("xenheap");
    if ( emul_first_leak(leak, sizeof(leak)) )
        emul_fail("leak: %u allocation(s) not freed, first: %s",
                  emul_live_allocations(false), leak);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    vits.v41 = getenv("VITS_FUZZ_GIC") && !strcmp(getenv("VITS_FUZZ_GIC"),
                                                   "4.1");
    vits.two_its = getenv("VITS_FUZZ_ITS") && atoi(getenv("VITS_FUZZ_ITS")) == 2;
    vits.domu = getenv("VITS_FUZZ_DOMU") && atoi(getenv("VITS_FUZZ_DOMU"));
    vits_boot();
    vits_warmup();
    vits.msi = getenv("VITS_FUZZ_MSI") && atoi(getenv("VITS_FUZZ_MSI"));
    vits.avoid_known = getenv("VITS_FUZZ_AVOID_KNOWN") &&
                       atoi(getenv("VITS_FUZZ_AVOID_KNOWN"));
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    model_clear_records(vits.m);
    emul_log_reset();
    emul_nr_injections = 0;
    emul_nr_kicks = 0;
    vits_run_input(data, size);
    after_input();
    inputs++;
    return 0;
}

__attribute__((destructor)) static void report(void)
{
    fprintf(stderr, "vits_fuzz: %lu inputs, %lu guest commands queued, %lu "
            "consumed by the vITS, %lu domain deaths, %lu MAPDs not owned\n",
            inputs, vits.fuzz_cmds, vits_cmds_done, vits.domu_deaths,
            emul_perfc("vits_mapd_not_owned"));
}
