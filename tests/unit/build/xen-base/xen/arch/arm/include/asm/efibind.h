#include <xen/types.h>
#include <asm/arm64/efibind.h>
