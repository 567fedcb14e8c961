#ifndef __XEN_PAGING_H__
#define __XEN_PAGING_H__

#include <asm/paging.h>
#include <asm/p2m.h>

#endif /* __XEN_PAGING_H__ */
