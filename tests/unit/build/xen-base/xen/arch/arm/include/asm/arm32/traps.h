#ifndef __ASM_ARM32_TRAPS__
#define __ASM_ARM32_TRAPS__

#endif /* __ASM_ARM32_TRAPS__ */
/*
 * Local variables:
 * mode: C
 * c-file-style: "BSD"
 * c-basic-offset: 4
 * indent-tabs-mode: nil
 * End:
 */

