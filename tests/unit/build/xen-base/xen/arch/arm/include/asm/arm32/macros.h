#ifndef __ASM_ARM_ARM32_MACROS_H
#define __ASM_ARM_ARM32_MACROS_H

    .macro ret
        mov     pc, lr
    .endm

#endif /* __ASM_ARM_ARM32_MACROS_H */
