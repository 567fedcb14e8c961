/* The file before the patch: one -Wextra warning already there. */
int count_below(const int *v, unsigned int n, int limit)
{
    int i, c = 0;

    for ( i = 0; i < n; i++ )
        if ( v[i] < limit )
            c++;
    return c;
}
