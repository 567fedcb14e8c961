/* A patch that adds clean code, and includes a header that has a warning
 * of its own: no new warnings. */
#include "old.h"

static unsigned int nr_seen;

unsigned int seen(void)
{
    return nr_seen + old_below(0, 1);
}

/* The file before the patch: one -Wextra warning already there. */
int count_below(const int *v, unsigned int n, int limit)
{
    int i, c = 0;

    for ( i = 0; i < n; i++ )
        if ( v[i] < limit )
            c++;
    return c;
}
