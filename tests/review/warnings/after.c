/* The file after the patch: lines moved (a new comment and a new
 * function above), the old warning kept, three new ones added, and a header
 * included that has a warning of its own. */
#include "old.h"

static unsigned int nr_seen;

int seen_all(int n)
{
    int last;

    last = n;
    if ( OLD_LT(n, nr_seen) )
        return 0;
    return n == nr_seen;
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
