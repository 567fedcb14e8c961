#!/usr/bin/env bash
# The -Wall -Wextra check of review.sh on the real Xen build, by hand (too
# slow for --selftest): after a `make review`, put one more commit on the
# review tree (build/review/xen) that adds a signed/unsigned comparison and
# a variable set but never used to xen/arch/arm/gic-v3-its.c (both pass
# Xen's own -Wall -Werror build), and run the check's steps on it as the
# review loop does: compile the changed file before, build, compile after,
# compare.  Prints the new warnings; exits 0 when both are caught.
# The review tree is put back on its branch afterwards.
set -uo pipefail
. "$(dirname "$0")/../../scripts/lib.sh"
R=$TOP/scripts/review.sh
RBUILD=$BUILD/review; T=$RBUILD/xen; OUT=$RBUILD/out/release
[ -d "$T/.git" ] && [ -d "$OUT" ] || die "run make review first (no build/review)"
SCRATCH=$(mktemp -d); trap 'rm -rf "$SCRATCH"; git -C "$T" checkout -q -f gicv4' EXIT
# The check's functions, from review.sh itself.
eval "$(sed -n '/^# -Wall -Wextra on one object/,/^# GIT_TREE COMMIT SERIES_FILE/p' "$R")"
eval "$(sed -n '/^wextra_phase() {/,/^}/p' "$R")"
WDIR=$SCRATCH/warnings; WTIME=0

git -C "$T" checkout -q gicv4 || die "no gicv4 branch in $T"
BUILD=$RBUILD DL=$DL "$TOP/scripts/build.sh" release >/dev/null 2>&1 || die "the tip does not build"
git -C "$T" checkout -q --detach
cat >> "$T/xen/arch/arm/gic-v3-its.c" <<'EOF'

unsigned int review_warning_demo(const unsigned int *v, int n)
{
    unsigned int c = 0;
    int i, last;

    for ( i = 0; i < v[0]; i++ )
        last = i;
    return c + n;
}
EOF
git -C "$T" -c user.name=t -c user.email=t@invalid commit -q -a -m "demo: two new warnings" ||
    die "cannot commit"
c=$(git -C "$T" rev-parse HEAD)
git -C "$T" checkout -q "$c~1"
wextra_phase before "$c"
git -C "$T" checkout -q "$c"
BUILD=$RBUILD DL=$DL "$TOP/scripts/build.sh" release >/dev/null 2>&1 || die "the demo commit does not build"
wextra_phase after "$c"
f=xen_arch_arm_gic-v3-its.c
new=$(wextra_new "$WDIR/before/$f" "$WDIR/after/$f" "$WDIR/changed")
echo "before: $(grep -c . "$WDIR/before/$f") warning(s), after: $(grep -c . "$WDIR/after/$f"); new:"
printf '%s\n' "$new"
git -C "$T" checkout -q "$c~1"
BUILD=$RBUILD DL=$DL "$TOP/scripts/build.sh" release >/dev/null 2>&1   # out/release as review left it
[ "$(printf '%s\n' "$new" | grep -c .)" = 2 ] &&
    printf '%s\n' "$new" | grep -q 'Wsign-compare.*|for ( i = 0; i < v\[0\]; i++ )$' &&
    printf '%s\n' "$new" | grep -q "Wunused-but-set-variable.*|int i, last;$"
