#ifndef __ASM_TRACE_H__
#define __ASM_TRACE_H__

#endif /* __ASM_TRACE_H__ */
/*
 * Local variables:
 * mode: C
 * c-file-style: "BSD"
 * c-basic-offset: 4
 * indent-tabs-mode: nil
 * End:
 */
