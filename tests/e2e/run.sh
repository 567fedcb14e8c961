#!/usr/bin/env bash
# End-to-end tier: boot Xen + dom0 on QEMU (TCG) and check the baseline.
# Usage: tests/e2e/run.sh RESULTS_FILE [TEST-NAME-GLOB]
# Writes one "PASS: name details" / "FAIL: name reason" line per test to
# RESULTS_FILE (appending). Boots run one after the other (2 vCPUs each).
set -uo pipefail
. "$(dirname "$0")/../../scripts/lib.sh"
. "$TOP/tests/e2e/lib.sh"

RESULTS=${1:?usage: tests/e2e/run.sh RESULTS_FILE [TEST-NAME-GLOB]}
only=${2:-*}
mkdir -p "$(dirname "$RESULTS")"
touch "$RESULTS" || die "cannot write $RESULTS"
# The dom0 image follows tests/e2e/dom0 (a no-op when it is up to date).
"$TOP/scripts/rootfs.sh" || exit 1
step e2e

record() {  # PASS|FAIL name text
    echo "$1: $2 $3" >> "$RESULTS"
    echo "$1: $2 $3" >&2
}

# What a PASS line shows: dom0's MSI count, then every Xen counter figure.
# Also what Xen said about GICv4 at boot (on, off, or nothing: "-").
figure_summary() {
    local g=-
    if grep -aq '^(XEN) GICv4: using' "$1"; then g=on
    elif grep -aq '^(XEN) GICv4: .*not used' "$1"; then g=off; fi
    echo "xen_gicv4=$g $(e2e_figures "$1" | grep -Ev '^(xenperf|ping_loss_pct|guest_msis_total|boot_[a-z0-9_]*)=' | tr '\n' ' ' | sed 's/ $//')"
}

# Empty when the arithmetic expression $2 holds over the figures $1
# (key=value lines), else why not.
figures_hold() (
    local k v
    for k in $(grep -o '[a-z_][a-z0-9_]*' <<< "$2" | sort -u); do
        v=$(figure_of "$1" "$k")
        [[ $v =~ ^[0-9]+$ ]] || { echo "figure $k missing for '$2'"; return; }
        declare "$k=$v"
    done
    (( $2 )) 2>/dev/null || echo "expectation '$2' does not hold"
)

# boot NAME EXPECT QEMU-ARGS...
#   EXPECT=pass: dom0's baseline passes, and the log is clean.
#   EXPECT=pass:EXPR: the same, and the bash arithmetic EXPR over the run's
#   figures holds, e.g. 'pass:xen_lpis == 0 && doorbells > 0' (a figure the
#   run did not produce makes the test fail).
#   EXPECT=fail:PATTERN: dom0's verdict must be FAIL, matching PATTERN (the
#   check works); recorded as PASS then.
#   EXPECT=timeout: qemu.sh must report a TIMEOUT.
boot() {
    local name=$1 expect=$2; shift 2
    # shellcheck disable=SC2053
    [[ $name == $only ]] || return 0
    local out rc log=$BUILD/logs/e2e-$name.log bad secs figs
    out=$("$TOP/scripts/qemu.sh" --name "e2e-$name" "$@" 2>&1 | tail -n 1); rc=$?
    secs=$(cat "$BUILD/logs/e2e-$name.secs" 2>/dev/null || echo "?")
    case "$expect" in
    pass|pass:*)
        bad=$(log_problems "$log" 1)
        if [ $rc != 0 ]; then
            record FAIL "$name" "${out#qemu.sh: e2e-"$name": }${bad:+; first bad log line: $bad} (log: ${log#"$TOP"/})"
            return
        fi
        if [ -n "$bad" ]; then
            record FAIL "$name" "serial log shows a problem: $bad (log: ${log#"$TOP"/})"; return
        fi
        grep -aq 'LOADING DOMAIN 0' "$log" ||
            { record FAIL "$name" "no 'LOADING DOMAIN 0' in Xen's log"; return; }
        figs=$(e2e_figures "$log")
        [ "$(figure_of "$figs" xenperf)" = ok ] ||
            { record FAIL "$name" "xenperf did not run in dom0 (log: ${log#"$TOP"/})"; return; }
        if [ "$expect" != pass ]; then
            bad=$(figures_hold "$figs" "${expect#pass:}")
            [ -z "$bad" ] || { record FAIL "$name" "$bad; $(figure_summary "$log") (log: ${log#"$TOP"/})"; return; }
        fi
        record PASS "$name" "$(figure_summary "$log") (${secs}s)" ;;
    fail:*)
        local pat=${expect#fail:}
        if [ $rc = 1 ] && grep -Eq "FAIL .*($pat)" <<< "$out"; then
            record PASS "$name" "check failed as it must: ${out#*: FAIL }"
        else
            record FAIL "$name" "expected a FAIL matching '$pat', got: $out"
        fi ;;
    timeout)
        if [ $rc = 3 ] && grep -q TIMEOUT <<< "$out"; then
            record PASS "$name" "hang detected: ${out#*: }"
        else
            record FAIL "$name" "expected a TIMEOUT, got: $out"
        fi ;;
    esac
}

# Host-side check that the log scan catches what it must: a clean log from
# this run with one bad line added has to be reported.
log_scan_negative() {
    local name=log-scan-negative src=$BUILD/logs/e2e-debug-gic3.log tmp bad missed=""
    # shellcheck disable=SC2053
    [[ $name == $only ]] || return 0
    [ -f "$src" ] || { record FAIL "$name" "no log of debug-gic3 to work on"; return; }
    tmp=$(mktemp)
    for l in "(XEN) Assertion 'v->is_running' failed at arch/arm/vgic-v3-its.c:123" \
             "(XEN) Xen WARN at common/irq.c:42" "(XEN) Xen BUG at arch/arm/gic-v3-its.c:7" \
             "(XEN) Panic on CPU 1:" "(XEN) Xen call trace:" \
             "[    9.1] WARNING: CPU: 0 PID: 1 at drivers/net/virtio_net.c:1" \
             "[    9.2] Kernel panic - not syncing: Attempted to kill init!"; do
        { cat "$src"; echo "$l"; } > "$tmp"
        bad=$(log_problems "$tmp" 1)
        [ -n "$bad" ] || missed+=" [$l]"
    done
    rm -f "$tmp"
    if [ -n "$missed" ]; then record FAIL "$name" "log scan missed:$missed"
    else record PASS "$name" "7 planted error lines each caught"; fi
}

T=(--timeout 90)
# Baseline, both GIC versions, debug and release.
boot debug-gic3            pass --xen debug   --gic 3 "${T[@]}"
boot debug-gic4            pass --xen debug   --gic 4 "${T[@]}"
boot release-gic3          pass --xen release --gic 3 "${T[@]}"
boot release-gic4          pass --xen release --gic 4 "${T[@]}"
# CONFIG_GICV4=n builds, and GICv4 switched off at boot, on GICv4 hardware.
boot debug-nogicv4-gic4    pass --xen debug-nogicv4   --gic 4 "${T[@]}"
boot release-nogicv4-gic4  pass --xen release-nogicv4 --gic 4 "${T[@]}"
boot debug-nogicv4-gic3    pass --xen debug-nogicv4   --gic 3 "${T[@]}"
boot debug-gic4-gicv4-off  pass --xen debug --gic 4 --xen-args gicv4=off "${T[@]}"
# The NIC's MSIs moved between vCPUs under traffic (ITS MOVI; VMOVI with GICv4).
boot irqmove-debug-gic3    pass --xen debug --gic 3 --test irqmove "${T[@]}"
boot irqmove-debug-gic4    pass --xen debug --gic 4 --test irqmove "${T[@]}"
# Each check can fail.
boot no-nic-negative       'fail:no eth0' --xen debug --gic 3 --no-nic "${T[@]}"
boot msi-expect-negative   'fail:MSIs during' --xen debug --gic 4 --dom0-args "e2e_pings=20 e2e_min_msis=1000000" "${T[@]}"
boot hang-negative         timeout --xen debug --gic 3 --test hang --timeout 15
log_scan_negative

log "results in ${RESULTS#"$TOP"/}: $(grep -c '^PASS: ' "$RESULTS") passed, $(grep -c '^FAIL: ' "$RESULTS") failed"
ok
! grep -q '^FAIL: ' "$RESULTS"
