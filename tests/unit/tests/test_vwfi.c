/*
 * vwfi= (issue 17): whether a vCPU's WFI traps on an entry to the guest,
 * vwfi_trap_wfi() of the tree's asm/vwfi.h, and the policy traps.c starts
 * with.  Only with a tree that has them (XEN_HAS_VWFI, see the Makefile's
 * FEATURES).  The bookkeeping the decision reads (direct vLPIs counted
 * per vPE, residency) is tested on the GIC model in test_gicv4.c.
 */
#include "emul.h"
#include "harness.h"

#ifdef XEN_HAS_VWFI
#include "xen-vwfi.h"

/*
 * What each policy must answer, from the issue: trap always traps, native
 * never does, auto leaves WFI in the guest only for a vCPU with direct
 * vLPIs resident here, with nothing else wanting the pCPU and no kick.
 */
static bool expected(enum vwfi_policy p, bool direct, bool others,
                     bool kicked)
{
    if ( p == VWFI_TRAP )
        return true;
    if ( p == VWFI_NATIVE )
        return false;
    return !(direct && !others && !kicked);
}

static void check_matrix(enum vwfi_policy p)
{
    unsigned int i;

    for ( i = 0; i < 8; i++ )
    {
        bool direct = i & 1, others = i & 2, kicked = i & 4;

        if ( vwfi_trap_wfi(p, direct, others, kicked) !=
             expected(p, direct, others, kicked) )
            unit_fail(__FILE__, __LINE__,
                      "policy %d, direct vLPIs %d, others runnable %d, "
                      "kicked %d: trap %d", p, direct, others, kicked,
                      vwfi_trap_wfi(p, direct, others, kicked));
    }
}

/* auto: the one untrapped case, and each input alone turns it back. */
UNIT_TEST(vwfi_auto_decision)
{
    CHECK(!vwfi_trap_wfi(VWFI_AUTO, true, false, false));
    CHECK(vwfi_trap_wfi(VWFI_AUTO, false, false, false));  /* no vLPIs */
    CHECK(vwfi_trap_wfi(VWFI_AUTO, true, true, false));    /* contended */
    CHECK(vwfi_trap_wfi(VWFI_AUTO, true, false, true));    /* kicked */
    check_matrix(VWFI_AUTO);
}

/* trap and native keep their meaning, whatever the vCPU and the pCPU. */
UNIT_TEST(vwfi_trap_native_fixed)
{
    check_matrix(VWFI_TRAP);
    check_matrix(VWFI_NATIVE);
}

/* The policy Xen starts with (traps.c's initialiser of vwfi) is auto. */
UNIT_TEST(vwfi_default_is_auto)
{
#ifdef XEN_VWFI_DEFAULT
    CHECK_EQ(XEN_VWFI_DEFAULT, VWFI_AUTO);
#else
    unit_fail(__FILE__, __LINE__,
              "traps.c does not initialise vwfi with a VWFI_ policy");
#endif
}

#endif /* XEN_HAS_VWFI */
