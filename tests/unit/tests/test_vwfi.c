/*
 * vwfi= (issue 17): the decision whether a vCPU's WFI traps on an entry to
 * the guest, vwfi_trap_wfi() of the tree's gic_v3_its.h.  Only with a tree
 * that has it (XEN_HAS_VWFI, see the Makefile's FEATURES).
 */
#include "emul.h"
#include "harness.h"

#ifdef XEN_HAS_VWFI

/* auto: untrapped only with direct vLPIs and nothing else runnable. */
UNIT_TEST(vwfi_auto_decision)
{
    CHECK(!vwfi_trap_wfi(VWFI_AUTO, true, false));
    CHECK(vwfi_trap_wfi(VWFI_AUTO, true, true));
    CHECK(vwfi_trap_wfi(VWFI_AUTO, false, false));
    CHECK(vwfi_trap_wfi(VWFI_AUTO, false, true));
}

/* trap and native keep their meaning, whatever the vCPU and the pCPU. */
UNIT_TEST(vwfi_trap_native_fixed)
{
    unsigned int i;

    for ( i = 0; i < 4; i++ )
    {
        bool direct = i & 1, others = i & 2;

        CHECK(vwfi_trap_wfi(VWFI_TRAP, direct, others));
        CHECK(!vwfi_trap_wfi(VWFI_NATIVE, direct, others));
    }
}

/* The default policy (the enum's zero) is auto. */
UNIT_TEST(vwfi_default_is_auto)
{
    enum vwfi_policy p = 0;

    CHECK(p == VWFI_AUTO);
}

#endif /* XEN_HAS_VWFI */
