#!/usr/bin/env bash
# The patch of the series that turns direct injection on must already pass
# the doorbell tests (issue 16): build the debug Xen of that patch alone, in
# its own build directory, and run the blocked-vCPU boots against it, with
# their negative control (no doorbell), which must fail.
#
# Usage: turn-on-check.sh RESULTS_FILE
# The patch is the one whose subject says it maps the hardware domain's
# events directly (the first one that calls the GICv4 mapping operations).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

RESULTS=${1:?usage: turn-on-check.sh RESULTS_FILE}
SUBJECT="map the hardware domain's events directly"
TB=$BUILD/turn-on

step "turn-on"
[ -d "$BUILD/xen/.git" ] || die "no tree at build/xen (make tree)"
commit=$(git -C "$BUILD/xen" log --format=%H --fixed-strings \
         --grep="$SUBJECT" base..HEAD | tail -1)
[ -n "$commit" ] || die "no patch whose subject says: $SUBJECT"
log "patch $(git -C "$BUILD/xen" rev-list --count base.."$commit"):" \
    "$(git -C "$BUILD/xen" log -1 --format=%s "$commit")"

mkdir -p "$TB"
rm -rf "$TB/xen"
git clone -q "$BUILD/xen" "$TB/xen"
git -C "$TB/xen" checkout -q "$commit"
for d in dl rootfs emulator; do
    [ -e "$BUILD/$d" ] && ln -sfn "$BUILD/$d" "$TB/$d"
done

BUILD=$TB DL=$DL "$TOP/scripts/build.sh" debug
rm -f "$RESULTS.tmp"
BUILD=$TB DL=$DL E2E_SET=all "$TOP/tests/e2e/run.sh" "$RESULTS.tmp" \
    'blocked-debug-gic4' || true
BUILD=$TB DL=$DL E2E_SET=all "$TOP/tests/e2e/run.sh" "$RESULTS.tmp" \
    'blocked-no-doorbell-negative' || true
sed 's/^\(PASS\|FAIL\): /\1: turn-on\//' "$RESULTS.tmp" > "$RESULTS"
rm -f "$RESULTS.tmp"
# The clone's commits are build/xen's: nothing of it is worth keeping.
rm -rf "$TB/xen"
ok
grep -q '^FAIL' "$RESULTS" && exit 1
exit 0
