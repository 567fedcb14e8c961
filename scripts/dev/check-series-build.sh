#!/usr/bin/env bash
# Compile the GIC objects after every patch of a series tree (fast check
# before `make review`): scripts/dev/check-series-build.sh TREE [gicv4|nogicv4]
set -uo pipefail
tree=$1; flavour=${2:-gicv4}
top=$(cd "$(dirname "$0")/../.." && pwd)
wt=$(mktemp -d /tmp/series-build.XXXX)
git -C "$tree" worktree add -q --detach "$wt" base
out=$wt.out; mkdir -p "$out"
cfg=$top/build/out/debuglead/.config
[ "$flavour" = nogicv4 ] && cfg=$top/build/out/debug-nogicv4/.config
rc=0
for c in $(git -C "$tree" rev-list --reverse base..HEAD); do
    git -C "$wt" checkout -q "$c"
    cp "$cfg" "$out/.config"
    if ! make -s -C "$wt/xen" O="$out" XEN_TARGET_ARCH=arm64 \
         CROSS_COMPILE=aarch64-linux-gnu- olddefconfig >/dev/null 2>&1 ||
       ! make -s -C "$wt/xen" O="$out" XEN_TARGET_ARCH=arm64 \
         CROSS_COMPILE=aarch64-linux-gnu- -j2 arch/arm/ > "$out/log" 2>&1; then
        echo "FAIL $(git -C "$tree" log -1 --format='%h %s' "$c")"
        grep -m5 'error' "$out/log"
        rc=1
    else
        echo "ok   $(git -C "$tree" log -1 --format='%h %s' "$c")"
    fi
done
git -C "$tree" worktree remove --force "$wt"; rm -rf "$out"
exit $rc
