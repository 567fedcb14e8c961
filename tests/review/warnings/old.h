/* A header the patch does not change: an inline function with a -Wextra
 * warning of its own (not the patch's), and a macro that warns where it is
 * used (the patch's). */
static inline int old_below(int a, unsigned int b)
{
    return a < b;
}
#define OLD_LT(a, b) ((a) < (b))
