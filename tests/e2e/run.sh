#!/usr/bin/env bash
# End-to-end tier: boot Xen + dom0 on QEMU (TCG): the baseline on both GIC
# versions and all builds, who took the NIC's MSIs (Xen or the guest
# directly), the ITS commands QEMU saw, a ping flood, the blocked-vCPU
# doorbell path (WFI, SCHEDOP_block/poll, a vCPU idle since before the VM
# was built), vPE migration, an interrupt storm, MSI-X churn; each check
# with a negative that shows it can fail. What each test proves:
# tests/e2e/README.md.
# Usage: [E2E_SET=check|emulator|domu|extra|all] tests/e2e/run.sh RESULTS_FILE [TEST-NAME-GLOB]
# Writes one "PASS: name details" / "FAIL: name reason" line per test to
# RESULTS_FILE (appending). Boots run one after the other (2 vCPUs each).
# E2E_SET picks the boots: check (the default; what `make check` runs: every
# boot on Debian's QEMU and a small set on the project's emulator), emulator
# (`make check-emulator`: the full set on the emulator, GICv4.1 and GICv4.0
# with DirectLPI, and the one plain GICv4 boot a negative there reads), domu
# (`make check-domu`: every boot of the dom0less domU that owns the PCIe
# host bridge, issue 19: its MSI boots, which the check set has too, and
# the INTx ones), extra, all.
set -uo pipefail
. "$(dirname "$0")/../../scripts/lib.sh"
. "$TOP/tests/e2e/lib.sh"

RESULTS=${1:?usage: tests/e2e/run.sh RESULTS_FILE [TEST-NAME-GLOB]}
only=${2:-*}
e2e_set=${E2E_SET:-check}
case "$e2e_set" in check|emulator|domu|extra|all) ;; *) die "E2E_SET must be check, emulator, domu, extra or all, not '$e2e_set'" ;; esac
mkdir -p "$(dirname "$RESULTS")"
touch "$RESULTS" || die "cannot write $RESULTS"
# The dom0 image follows tests/e2e/dom0 (a no-op when it is up to date).
"$TOP/scripts/rootfs.sh" || exit 1
step e2e
log "set: $e2e_set${2:+, tests matching \"$2\"}"

# The sets (E2E_SET) the tests that follow belong to: in_sets SET...
in_sets() { sets=" $* "; }
in_sets check
# selected NAME: NAME matches the glob and belongs to the set this run runs.
selected() {
    # shellcheck disable=SC2053
    [[ $1 == $only ]] && { [ "$e2e_set" = all ] || [[ $sets == *" $e2e_set "* ]]; }
}

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
    local figs db wk per=""
    figs=$(e2e_figures "$1")
    db=$(figure_of "$figs" doorbells) wk=$(figure_of "$figs" doorbell_wakes)
    # Doorbells per doorbell wake (one doorbell per wake is the goal; above 1
    # while doorbells are not masked, each vLPI to a non-resident vPE rings).
    if [[ $db =~ ^[0-9]+$ && $wk =~ ^[1-9][0-9]*$ ]]; then
        per=" doorbells_per_wake=$(awk -v a="$db" -v b="$wk" 'BEGIN { printf "%.2f", a / b }')"
    fi
    # A dom0less domU (issue 19): what Xen's log says it gave it.
    local domu=""
    if grep -aq '^(XEN) \*\*\* LOADING DOMU ' "$1"; then
        domu=" $(run_figures "$1" | grep -E '^xen_(domu_devids|domu_vits|domu_gicv4_vm|mapd_refused_log)=' | tr '\n' ' ' | sed 's/ $//')"
    fi
    echo "xen_gicv4=$g$domu $(grep -Ev '^(xenperf|ping_loss_pct|guest_msis_total|boot_[a-z0-9_]*)=' <<< "$figs" | tr '\n' ' ' | sed 's/ $//')$per"
}

# e2e_figures of a serial log plus xen_gicv4_on: 1 when Xen said at boot that
# it uses GICv4 direct injection, else 0.
run_figures() {
    e2e_figures "$1"
    if grep -aq '^(XEN) GICv4: using' "$1"; then echo xen_gicv4_on=1; else echo xen_gicv4_on=0; fi
    # Which GICv4 Xen chose: 4.1, or 4.0 with doorbells through GICR_INVLPIR.
    if grep -aq '^(XEN) GICv4: using GICv4.1' "$1"; then echo xen_gicv41=1; else echo xen_gicv41=0; fi
    if grep -aq '^(XEN) GICv4: using .*through GICR_INVLPIR' "$1"; then echo xen_direct_lpi=1; else echo xen_direct_lpi=0; fi
    # A dom0less domU built by Xen at boot (qemu.sh --domu).
    if grep -aq '^(XEN) \*\*\* LOADING DOMU ' "$1"; then echo xen_domu_loaded=1; else echo xen_domu_loaded=0; fi
    # Issue 19: the DeviceIDs Xen gave that domU (from its host node's
    # msi-map: "d1: owns DeviceIDs 0-0xffff of ITS ...", 0 when none), its
    # vITS, its GICv4 VM, and the MAPDs Xen refused (lines "dN: MAPD of host
    # DeviceID 0x8 refused: not the domain's").
    local r n=0
    r=$(sed -n 's/^(XEN) d1: owns DeviceIDs \(0x[0-9a-f]*\|0\)-\(0x[0-9a-f]*\|0\) of ITS .*/\1 \2/p' "$1" | head -n 1)
    [ -z "$r" ] || n=$(( ${r#* } - ${r% *} + 1 ))
    echo "xen_domu_devids=$n"
    if grep -aq '^(XEN) d1: vITS at ' "$1"; then echo xen_domu_vits=1; else echo xen_domu_vits=0; fi
    if grep -aq '^(XEN) d1: GICv4 VM with ' "$1"; then echo xen_domu_gicv4_vm=1; else echo xen_domu_gicv4_vm=0; fi
    echo "xen_mapd_refused_log=$(grep -ac '^(XEN) d[0-9]*: MAPD of host DeviceID 0x[0-9a-f]* refused: not the domain' "$1")"
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
#   EXPECT=negative:EXPR: a negative control of a pass:EXPR test. The boot
#   must end with dom0's verdict and a clean log, and then dom0's verdict
#   must be FAIL or EXPR must not hold (or both; both reasons are recorded);
#   recorded as PASS then.
boot() {
    local name=$1 expect=$2; shift 2
    selected "$name" || return 0
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
        figs=$(run_figures "$log")
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
    negative:*)
        local why=""
        bad=$(log_problems "$log" 1)
        if [ $rc != 0 ] && [ $rc != 1 ]; then
            record FAIL "$name" "no verdict from dom0: ${out#qemu.sh: e2e-"$name": } (log: ${log#"$TOP"/})"; return
        fi
        [ -z "$bad" ] || { record FAIL "$name" "serial log shows a problem: $bad (log: ${log#"$TOP"/})"; return; }
        [ $rc = 0 ] || why="dom0: ${out#*: FAIL }"
        figs=$(run_figures "$log")
        bad=$(figures_hold "$figs" "${expect#negative:}")
        [ -z "$bad" ] || why+="${why:+; }host: $bad"
        if [ -n "$why" ]; then
            record PASS "$name" "check failed as it must: $why; $(figure_summary "$log") (${secs}s)"
        else
            record FAIL "$name" "negative control passed: '${expect#negative:}' holds and dom0 said ${out#*: }"
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
    selected "$name" || return 0
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

# expr_negative NAME RUN EXPR: the host-side expectation EXPR, evaluated on
# the figures of the earlier run RUN (e.g. the direct-injection expectation on
# a gic-version=3 run), must not hold: the assertion is able to fail.
expr_negative() {
    local name=$1 src=$BUILD/logs/e2e-$2.log expr=$3 bad
    selected "$name" || return 0
    [ -f "$src" ] || { record FAIL "$name" "no log of $2 to work on"; return; }
    bad=$(figures_hold "$(run_figures "$src")" "$expr")
    case "$bad" in
    "expectation "*) record PASS "$name" "check failed as it must on $2: $bad" ;;
    "") record FAIL "$name" "'$expr' holds on $2: the check cannot tell" ;;
    *) record FAIL "$name" "on $2: $bad" ;;
    esac
}

# its_trace NAME RUN WANT CMD...: QEMU's ITS trace of the earlier run RUN
# (--trace) shows each of the ITS commands CMD (WANT=yes) or none of them
# (WANT=no: the negative, on a run that must not issue them).
its_trace() {
    local name=$1 run=$2 trace=$BUILD/logs/e2e-$2.its-trace want=$3 c n got="" missing=""
    shift 3
    selected "$name" || return 0
    [ -s "$trace" ] || { record FAIL "$name" "no ITS trace of $run (${trace#"$TOP"/})"; return; }
    grep -aq 'gicv3_its_cmd_mapd' "$trace" ||
        { record FAIL "$name" "the trace of $run has no MAPD: tracing did not work"; return; }
    for c in "$@"; do
        n=$(grep -ac "gicv3_its_cmd_$c " "$trace")
        got+=" $c=$n"
        [ "$n" -gt 0 ] || missing+=" $c"
    done
    if [ "$want" = yes ] && [ -z "$missing" ]; then
        record PASS "$name" "QEMU's ITS trace of $run:$got"
    elif [ "$want" = no ] && [ "$missing" = " $*" ]; then
        record PASS "$name" "check failed as it must: no${missing} in the trace of $run (mapd=$(grep -ac 'gicv3_its_cmd_mapd ' "$trace"))"
    else
        record FAIL "$name" "QEMU's ITS trace of $run:$got (want $want)"
    fi
}

# trace_counts NAME RUN EXPR [negative]: the counts of QEMU's ITS commands
# in RUN's trace (mapd, mapti, vmapp, vmapti, ...: every gicv3_its_cmd_NAME
# event, 0 when absent; mapd_nic: MAPDs with V=1 of the NIC's DeviceID
# NIC_DEVID, vmapti_nic: VMAPTIs of it, vmapti_vmapped: VMAPTIs to a vPE
# an earlier VMAPP mapped) must satisfy the arithmetic EXPR (must not, with
# 'negative').
# QEMU virt's virtio-net-pci is the first device on the bridge's bus 0,
# slot 1 (00:01.0): requester ID, and DeviceID through msi-map, 0x8.
NIC_DEVID=0x8
trace_counts() {
    local name=$1 run=$2 trace=$BUILD/logs/e2e-$2.its-trace expr=$3 figs c bad
    selected "$name" || return 0
    [ -f "$trace" ] || { record FAIL "$name" "no ITS trace of $run (${trace#"$TOP"/})"; return; }
    figs=$(for c in mapc mapd mapti mapi inv invall sync discard movi vmapp vmapti vmovp vmovi vsync vinvall; do
               echo "$c=$(grep -ac "gicv3_its_cmd_$c " "$trace")"; done
           echo "mapd_nic=$(grep -ac "gicv3_its_cmd_mapd .*DeviceID $NIC_DEVID .* V 1\$" "$trace")"
           echo "vmapti_nic=$(grep -ac "gicv3_its_cmd_vmapti .*DeviceID $NIC_DEVID " "$trace")"
           # VMAPTIs to a vPE that a VMAPP (V=1, not unmapped since) mapped.
           echo "vmapti_vmapped=$(awk '/gicv3_its_cmd_vmapp / { for (i = 1; i < NF; i++) if ($i == "vPEID") id = $(i + 1)
                                     for (i = 1; i < NF; i++) if ($i == "V") { if ($(i + 1) == 1) v[id] = 1; else delete v[id] } }
               /gicv3_its_cmd_vmapti / { for (i = 1; i < NF; i++) if ($i == "vPEID" && ($(i + 1) in v)) n++ }
               END { print n + 0 }' "$trace")")
    bad=$(figures_hold "$figs" "$expr")
    if [ "${4:-}" = negative ]; then
        case "$bad" in
        "expectation "*) record PASS "$name" "check failed as it must on $run: $(grep -v '=0$' <<< "$figs" | tr '\n' ' ' | sed 's/ $//')" ;;
        *) record FAIL "$name" "'$expr' holds on $run${bad:+ ($bad)}: the check cannot tell" ;;
        esac
    elif [ -z "$bad" ]; then record PASS "$name" "QEMU's ITS trace of $run: $(grep -v '=0$' <<< "$figs" | tr '\n' ' ' | sed 's/ $//')"
    else record FAIL "$name" "$bad; QEMU's ITS trace of $run: $(tr '\n' ' ' <<< "$figs" | sed 's/ $//')"; fi
}

# What the counters must show over dom0's traffic phase.
#   DIRECT: GICv4 direct injection, Xen injected at most 1% of dom0's MSIs.
#   VIA_XEN: no direct injection, Xen injected at least 90% of them.
#   BLOCKED: a blocked vCPU was woken by its doorbell.
DIRECT='guest_msis > 0 && xen_lpis * 100 <= guest_msis'
VIA_XEN='guest_msis > 0 && xen_lpis * 10 >= guest_msis * 9'
BLOCKED='blocks > 0 && doorbells > 0 && doorbell_wakes > 0'
ON='xen_gicv4_on == 1' OFF='xen_gicv4_on == 0'
trace_of() { echo "$BUILD/logs/e2e-$1.its-trace"; }   # where its_trace looks

T=(--timeout 90)
# Baseline, both GIC versions, debug and release: on gic-version=4 the NIC's
# MSIs go to dom0 directly, on 3 through Xen.
boot debug-gic3            "pass:$OFF && $VIA_XEN" --xen debug --gic 3 --trace "$(trace_of debug-gic3)" "${T[@]}"
boot debug-gic4            "pass:$ON && $DIRECT" --xen debug --gic 4 --trace "$(trace_of debug-gic4)" "${T[@]}"
boot release-gic3          "pass:$OFF && $VIA_XEN" --xen release --gic 3 "${T[@]}"
boot release-gic4          "pass:$ON && $DIRECT" --xen release --gic 4 "${T[@]}"
# CONFIG_GICV4=n builds, and GICv4 switched off at boot, on GICv4 hardware:
# every MSI through Xen.
boot debug-nogicv4-gic4    "pass:$OFF && $VIA_XEN" --xen debug-nogicv4   --gic 4 "${T[@]}"
boot release-nogicv4-gic4  "pass:$OFF && $VIA_XEN" --xen release-nogicv4 --gic 4 "${T[@]}"
boot debug-nogicv4-gic3    "pass:$OFF && $VIA_XEN" --xen debug-nogicv4   --gic 3 "${T[@]}"
boot debug-gic4-gicv4-off  "pass:$OFF && $VIA_XEN" --xen debug --gic 4 --xen-args gicv4=off "${T[@]}"
# The ITS commands behind direct injection, as QEMU saw them.
its_trace its-trace-debug-gic4 debug-gic4 yes vmapp vmapti
its_trace its-trace-negative   debug-gic3 no  vmapp vmapti
# The NIC's MSIs moved between vCPUs under traffic (ITS MOVI; VMOVI with GICv4).
boot irqmove-debug-gic3    "pass:$OFF && $VIA_XEN" --xen debug --gic 3 --test irqmove "${T[@]}"
boot irqmove-debug-gic4    "pass:$ON && $DIRECT && vmovi > 0" --xen debug --gic 4 --test irqmove "${T[@]}"
# A ping flood (2000 pings, 2ms apart): nothing lost, nothing through Xen.
boot flood-debug-gic4      "pass:$ON && $DIRECT && pings_lost == 0" --xen debug --gic 4 --test flood "${T[@]}"
# Blocked path: the receive interrupt targets idle vCPU1; its doorbell wakes
# it. Negative control: the same without doorbells (debug-only Xen switch).
# (Also in the emulator set: emu-trace-directlpi-negative reads its trace.)
in_sets check emulator
# With vwfi=trap: under the default vwfi=auto an idle vCPU1 with direct vLPIs
# waits in the guest and never blocks (see vwfi-auto-debug-gic4).
boot blocked-debug-gic4    "pass:$ON && $DIRECT && $BLOCKED && pings_lost == 0" --xen debug --gic 4 --test blocked \
    --xen-args vwfi=trap --trace "$(trace_of blocked-debug-gic4)" "${T[@]}"
in_sets check
boot blocked-release-gic4  "pass:$ON && $DIRECT && $BLOCKED && pings_lost == 0" --xen release --gic 4 --test blocked \
    --xen-args vwfi=trap "${T[@]}"
boot blocked-no-doorbell-negative "negative:$BLOCKED" --xen debug --gic 4 --test blocked \
    --xen-args "vwfi=trap gicv4-debug-no-doorbell" "${T[@]}"
# vwfi=auto (issue 17), the default: the same traffic, vCPU1 waits for its
# vLPIs in the guest (WFI not trapped): no block, hardly a doorbell (at most
# one per 20 MSIs: a vCPU blocked by something else, e.g. a kick), nothing
# lost, nothing through Xen. Negative: the same check under vwfi=trap.
AUTO='vwfi_untrapped > 0 && doorbells * 20 <= guest_msis && pings_lost == 0'
boot vwfi-auto-debug-gic4  "pass:$ON && $DIRECT && $AUTO" --xen debug --gic 4 --test blocked "${T[@]}"
boot vwfi-auto-trap-negative "negative:$AUTO" --xen debug --gic 4 --test blocked --xen-args vwfi=trap "${T[@]}"
# The release build too, outside make check's time budget (E2E_SET=all|extra).
in_sets extra
boot vwfi-auto-release-gic4 "pass:$ON && $DIRECT && $AUTO" --xen release --gic 4 --test blocked "${T[@]}"
in_sets check
# Its negative control: both dom0 vCPUs pinned to one pCPU (xl vcpu-pin), a
# counting loop on vCPU0, pings and the receive vLPIs on vCPU1, which must
# give the pCPU up: its WFIs trap (wfi_direct), nothing lost, debug build.
boot contend-debug-gic4    "pass:$ON && $DIRECT && wfi_direct > 0 && pings_lost == 0" --xen debug --gic 4 \
    --test contend --timeout 150
# Blocked through the hypercalls (issue 14): a helper on vCPU1 sleeps in
# SCHEDOP_block, then SCHEDOP_poll (dom0 on nohz_full=1: no tick wakes it);
# each phase's replies must wake it through its doorbell. The "block" dump
# is the first phase, the traffic dump both: the second phase's doorbell
# wakes are the difference.
SCHEDOP='block_doorbell_wakes > 0 && doorbell_wakes > block_doorbell_wakes && block_pings_lost == 0 && poll_pings_lost == 0'
boot schedop-debug-gic4    "pass:$ON && $DIRECT && $SCHEDOP" --xen debug --gic 4 --test schedop \
    --dom0-args nohz_full=1 --timeout 120
boot schedop-no-doorbell-negative "negative:$SCHEDOP" --xen debug --gic 4 --test schedop \
    --dom0-args nohz_full=1 --xen-args gicv4-debug-no-doorbell --timeout 120
# MSIs mapped to a vCPU that was idle when Xen built the domain's GICv4 VM
# (issue 14): no driver bound at boot (e2e_probe=0), the test binds the NIC
# with vCPU1 idle (nohz_full=1 isolcpus=1: nothing else wakes it) and its
# MSIs on vCPU1; the first replies must not wait. The NIC's MAPTIs were the
# domain's first direct mappings (no VMAPTI before the counters' reset).
IDLEMAP='boot_vmapti == 0 && vmapti > 0'
boot idlemap-debug-gic4    "pass:$ON && $DIRECT && $IDLEMAP" --xen debug --gic 4 --test idlemap \
    --dom0-args "e2e_probe=0 nohz_full=1 isolcpus=1" --timeout 120
boot idlemap-no-doorbell-negative "negative:$ON && $DIRECT && $IDLEMAP" --xen debug --gic 4 --test idlemap \
    --dom0-args "e2e_probe=0 nohz_full=1 isolcpus=1" --xen-args gicv4-debug-no-doorbell --timeout 120
# vPE migration: xl vcpu-pin swaps dom0's vCPUs between the pCPUs under
# traffic; Xen must move the vPEs (VMOVP), nothing lost, a clean log.
boot vmovp-debug-gic4      "pass:$ON && $DIRECT && vmovp > 0 && pings_lost == 0" --xen debug --gic 4 \
    --test vmovp --trace "$(trace_of vmovp-debug-gic4)" --timeout 120
its_trace its-trace-vmovp  vmovp-debug-gic4 yes vmovp
# Hostile input (issue 8 items 3, 4). Interrupt storm: 4 ping streams 2ms
# apart for 25s, every NIC MSI on vCPU0; a counting loop on vCPU1 keeps at
# least 10% of its quiet rate and Xen answers a debug key ('t', an IPI to
# every pCPU) mid-storm. Churn: the NIC's driver unbound and bound again
# (MSI-X vectors freed and allocated: MAPD V=0, MAPD, MAPTI), 200 cycles here
# (e2e_cycles=1000 by hand, ~4 min); as many host LPI blocks freed as
# allocated, every bind mapped directly again, no ping lost.
STORM='debug_key == 1 && spin_pct >= 10 && guest_msis > 0'
CHURN='churn_cycles > 0 && lpi_blocks_alloc >= churn_cycles && lpi_blocks_freed == lpi_blocks_alloc && pings_lost == 0'
boot storm-debug-gic4      "pass:$ON && $DIRECT && $STORM" --xen debug --gic 4 --test storm --timeout 150
boot storm-debug-gic3      "pass:$OFF && $VIA_XEN && $STORM" --xen debug --gic 3 --test storm --timeout 150
boot churn-debug-gic4      "pass:$ON && $DIRECT && $CHURN && vmapti >= churn_cycles" --xen debug --gic 4 \
    --test churn --dom0-args e2e_cycles=200 --timeout 240
# Each check can fail.
boot storm-key-negative    'fail:debug key' --xen debug --gic 4 --test storm \
    --dom0-args "e2e_key=j e2e_secs=6 e2e_quiet=1" "${T[@]}"
boot churn-leak-negative   "negative:$CHURN" --xen debug --gic 4 --test churn \
    --dom0-args "e2e_cycles=5 e2e_every=5 e2e_extra_unbind=1" "${T[@]}"
boot no-nic-negative       'fail:no eth0' --xen debug --gic 3 --no-nic "${T[@]}"
boot msi-expect-negative   'fail:MSIs during' --xen debug --gic 4 --dom0-args "e2e_pings=20 e2e_min_msis=1000000" "${T[@]}"
boot hang-negative         timeout --xen debug --gic 3 --test hang --timeout 15
expr_negative direct-expr-negative  debug-gic3 "$DIRECT"
expr_negative via-xen-expr-negative debug-gic4 "$VIA_XEN"
# No vCPU is moved on purpose in the baseline (2 vCPUs on 2 pCPUs; credit2
# leaves them where they are): its VMOVP count must fail the vmovp check.
expr_negative vmovp-expr-negative   debug-gic4 "vmovp > 0"
log_scan_negative

# Issue 19: a dom0less domU (static memory, direct-map; qemu.sh --domu on
# the debug build, which has CONFIG_STATIC_MEMORY) that owns QEMU's PCIe
# host bridge with the NIC behind it. Xen gives it the host DeviceIDs of the
# bridge's host msi-map ("d1: owns DeviceIDs 0-0xffff"), a vITS at the host
# ITS's address ("d1: vITS at"), and on gic-version=4 a GICv4 VM ("d1:
# GICv4 VM"); the domU's Linux (--domu-mode msi: no pci=nomsi, msi-map in
# its tree) takes the NIC's MSI-X through that vITS. dom0 does not get the
# bridge. The counters cover Xen's whole run (tests/e2e/dom0/domu.sh: the
# domU is not Xen-aware and often ends its pings before dom0's test
# starts), and the NIC is the run's only MSI device: Xen's LPI counters are
# the domU's, compared with what the domU counted since its boot
# (domu_nic_irqs_total). In the check set and in `make check-domu`.
#   DOMU: Xen built the domU; the domU's NIC took interrupts over the pings
#   (its /proc/interrupts), >= 50 pings, none lost; dom0 has no PCI device
#   and no eth0 (plus boot()'s clean log, and xenperf: dom0 alive).
#   MSI: the NIC on MSIs only, the domain owns the bridge's 0x10000
#   DeviceIDs and has a vITS.
#   DOMU_DIRECT: Xen injected at most 1% of the NIC's interrupts (GICv4
#   direct injection); DOMU_VIA_XEN: at least 90% (the software vITS).
#   DOMU_DOORBELL: the domU's one vCPU, idle between pings, blocked with its
#   vPE's doorbell armed and doorbells rang (vwfi=trap: under the default
#   vwfi=auto an idle vCPU with direct vLPIs may wait in the guest, issue
#   17; domu-msi-destroy-gic4 runs the default).
#   UNOWNED: the negative of ownership (--domu-mode msi-unowned: the host
#   node's msi-map gives the domain DeviceID 0 only, the bridge's own, while
#   the domU's tree keeps the whole map, so its Linux MAPDs the NIC, 0x8):
#   Xen refused the MAPD (counter and log line), allocated no host LPI
#   block, mapped nothing (no VMAPTI) and took no LPI; the domU's NIC has
#   its MSI lines but took no interrupt and no ping came back (the domU's
#   verdict in that mode); dom0 alive (its verdict, xenperf), clean log.
in_sets check domu
DOMU='xen_domu_loaded == 1 && domu_pings >= 50 && domu_pings_lost == 0 && domu_nic_irqs > 0 && dom0_pci_devices == 0 && dom0_eth0 == 0'
MSI='domu_msi_lines > 0 && domu_intx_lines == 0 && xen_domu_devids == 65536 && xen_domu_vits == 1'
DOMU_DIRECT='domu_nic_irqs_total > 0 && xen_lpis * 100 <= domu_nic_irqs_total'
DOMU_VIA_XEN='domu_nic_irqs_total > 0 && xen_lpis * 10 >= domu_nic_irqs_total * 9'
DOMU_DOORBELL='blocks > 0 && doorbells > 0'
UNOWNED='xen_domu_loaded == 1 && xen_domu_devids == 1 && xen_domu_vits == 1 && mapd_refused > 0 && xen_mapd_refused_log > 0 && lpi_blocks_alloc == 0 && vmapti == 0 && xen_lpis_all == 0 && domu_msi_lines > 0 && domu_nic_irqs == 0 && domu_pings_replied == 0 && dom0_pci_devices == 0 && dom0_eth0 == 0'
D=(--xen debug --domu --domu-mode msi --timeout 300)
boot domu-msi-gic3         "pass:$DOMU && $MSI && $OFF && xen_domu_gicv4_vm == 0 && $DOMU_VIA_XEN && vmapti == 0" \
    --gic 3 "${D[@]}"
boot domu-msi-gic4         "pass:$DOMU && $MSI && $ON && xen_domu_gicv4_vm == 1 && $DOMU_DIRECT && vmapti >= 3 && residency > 0 && $DOMU_DOORBELL" \
    --gic 4 --xen-args vwfi=trap --trace "$(trace_of domu-msi-gic4)" "${D[@]}"
# QEMU's ITS trace: Xen mapped the NIC (MAPD of its DeviceID) and the
# domU's vPE (VMAPP: dom0 has no device, so no GICv4 VM), and every VMAPTI
# is the NIC's, to that vPE.
DOMU_TRACE='mapd_nic > 0 && vmapp > 0 && vmapti >= 3 && vmapti_nic == vmapti && vmapti_vmapped == vmapti'
trace_counts domu-msi-its-trace-gic4 domu-msi-gic4 "$DOMU_TRACE"
# Teardown: after the traffic dom0 destroys the domU (xl destroy 1); the
# domain must be gone, every host LPI block it was given freed, the debug
# build's log clean (boot(): no assertion, WARN, BUG, panic). vwfi=auto.
boot domu-msi-destroy-gic4 "pass:$DOMU && $MSI && $ON && $DOMU_DIRECT && domu_destroyed == 1 && lpi_blocks_alloc > 0 && lpi_blocks_freed == lpi_blocks_alloc" \
    --gic 4 --dom0-args e2e_destroy=1 "${D[@]}"
boot domu-msi-unowned-gic4 "pass:$UNOWNED" --gic 4 --trace "$(trace_of domu-msi-unowned-gic4)" \
    --xen debug --domu --domu-mode msi-unowned --timeout 300
trace_counts domu-msi-unowned-its-trace-gic4 domu-msi-unowned-gic4 'mapd_nic == 0 && mapti == 0 && vmapti == 0'
# Each check can fail (host-side, on the figures of the boots above): the
# counts of the software vITS fail DOMU_DIRECT and the direct ones
# DOMU_VIA_XEN; a domU that was not destroyed still holds its LPI blocks;
# the owning domU's run fails UNOWNED; the unowned run's trace fails the
# owning one's.
expr_negative domu-msi-direct-expr-negative  domu-msi-gic3 "$DOMU_DIRECT"
expr_negative domu-msi-via-xen-expr-negative domu-msi-gic4 "$DOMU_VIA_XEN"
expr_negative domu-msi-leak-expr-negative    domu-msi-gic4 'lpi_blocks_alloc > 0 && lpi_blocks_freed == lpi_blocks_alloc'
expr_negative domu-msi-unowned-expr-negative domu-msi-gic4 "$UNOWNED"
trace_counts domu-msi-its-trace-negative domu-msi-unowned-gic4 "$DOMU_TRACE" negative
# make check-domu only: GICv4 switched off at boot (gicv4=off), the same
# boot as domu-msi-gic4 must fail its direct-injection checks.
in_sets domu
boot domu-msi-gicv4-off-negative "negative:$ON && xen_domu_gicv4_vm == 1 && $DOMU_DIRECT && $DOMU_DOORBELL" \
    --gic 4 --xen-args "vwfi=trap gicv4=off" "${D[@]}"
# The INTx boots (--domu-mode intx: pci=nomsi, no msi-map in the partial
# tree, so the domain owns the bridge's DeviceIDs but gets no vITS): the
# NIC on legacy INTx (GIC
# SPIs routed 1:1 through Xen) on both GIC versions.
#   INTX: INTx only, every one through Xen (Xen's guest IRQs, all the
#   domU's, >= 90% of what the domU counted since its boot).
# On gic-version=4 QEMU's ITS trace must show no device mapped (MAPD,
# MAPTI, VMAPP, VMAPTI); teardown as domu-msi-destroy-gic4.
INTX='domu_intx_lines > 0 && domu_msi_lines == 0 && xen_domu_devids == 65536 && xen_domu_vits == 0 && xen_guest_irqs * 10 >= domu_nic_irqs_total * 9'
boot domu-gic3             "pass:$DOMU && $INTX" --xen debug --gic 3 --domu --timeout 300
boot domu-gic4             "pass:$DOMU && $INTX" --xen debug --gic 4 --domu \
    --trace "$(trace_of domu-gic4)" --timeout 300
trace_counts domu-its-trace-gic4 domu-gic4 'mapc > 0 && mapd == 0 && mapti == 0 && vmapp == 0 && vmapti == 0'
boot domu-destroy-gic4     "pass:$DOMU && $INTX && domu_destroyed == 1" --xen debug --gic 4 --domu \
    --dom0-args e2e_destroy=1 --timeout 300
in_sets check

# emu_trace NAME RUN WANT-EXPR: the emulator's trace of RUN (qemu.sh --trace
# on --gic 4.1|4d), as counts of its events (invdb, vmapp41,
# default_doorbell, vpendbaser41, invlpir, syncr; inv_proxy: INVs to the
# doorbell proxy device, DeviceID 0xffff, the highest of QEMU's ITS), must
# satisfy the arithmetic WANT-EXPR (must not, with a 4th argument
# 'negative').
emu_trace() {
    local name=$1 run=$2 trace=$BUILD/logs/e2e-$2.its-trace want=$3 figs bad
    selected "$name" || return 0
    [ -s "$trace" ] || { record FAIL "$name" "no trace of $run (${trace#"$TOP"/})"; return; }
    figs=$(printf '%s=%s\n' \
        mapd "$(grep -ac 'gicv3_its_cmd_mapd ' "$trace")" \
        invdb "$(grep -ac 'gicv3_its_cmd_invdb ' "$trace")" \
        vmapp41 "$(grep -ac 'gicv3_its_vmapp41 ' "$trace")" \
        default_doorbell "$(grep -ac 'gicv3_its_default_doorbell ' "$trace")" \
        vpendbaser41 "$(grep -ac 'gicv3_redist_vpendbaser41 ' "$trace")" \
        invlpir "$(grep -ac 'gicv3_redist_invlpir ' "$trace")" \
        syncr "$(grep -ac 'gicv3_redist_syncr ' "$trace")" \
        inv "$(grep -ac 'gicv3_its_cmd_inv ' "$trace")" \
        inv_proxy "$(grep -ac 'gicv3_its_cmd_inv .*DeviceID 0xffff ' "$trace")")
    bad=$(figures_hold "$figs" "$want")
    if [ "${4:-}" = negative ]; then
        case "$bad" in
        "expectation "*) record PASS "$name" "check failed as it must on $run: $(tr '\n' ' ' <<< "$figs" | sed 's/ $//')" ;;
        *) record FAIL "$name" "'$want' holds on $run${bad:+ ($bad)}: the check cannot tell" ;;
        esac
    elif [ -z "$bad" ]; then
        record PASS "$name" "emulator trace of $run: $(tr '\n' ' ' <<< "$figs" | sed 's/ $//')"
    else
        record FAIL "$name" "$bad; emulator trace of $run: $(tr '\n' ' ' <<< "$figs" | sed 's/ $//')"
    fi
}

# GICv4.1, and GICv4.0 with DirectLPI, on the project's emulator
# (make emulator; emulator/README.md), when it is built. in_sets says which
# boot `make check` (check) and `make check-emulator` (emulator) run.
if [ -x "$BUILD/emulator/qemu-system-aarch64" ]; then
    V41='xen_gicv41 == 1' V4D='xen_gicv41 == 0 && xen_direct_lpi == 1'
    in_sets check emulator
    boot debug-gic41       "pass:$ON && $V41 && $DIRECT" --xen debug --gic 4.1 \
        --trace "$(trace_of debug-gic41)" "${T[@]}"
    boot release-gic41     "pass:$ON && $V41 && $DIRECT" --xen release --gic 4.1 "${T[@]}"
    boot debug-gic41-smp4  "pass:$ON && $V41 && $DIRECT" --xen debug --gic 4.1 --smp 4 --timeout 240
    boot blocked-debug-gic41 "pass:$ON && $V41 && $DIRECT && $BLOCKED && pings_lost == 0" \
        --xen debug --gic 4.1 --test blocked --xen-args vwfi=trap --trace "$(trace_of blocked-debug-gic41)" "${T[@]}"
    in_sets emulator
    boot blocked-release-gic41 "pass:$ON && $V41 && $DIRECT && $BLOCKED && pings_lost == 0" \
        --xen release --gic 4.1 --test blocked --xen-args vwfi=trap "${T[@]}"
    in_sets check emulator
    boot blocked-no-doorbell-gic41-negative "negative:$BLOCKED" --xen debug --gic 4.1 --test blocked \
        --xen-args "vwfi=trap gicv4-debug-no-doorbell" "${T[@]}"
    # vPE migration on GICv4.1 (the redistributors share the vPE table: a
    # VMOVP with the default doorbell, or none at all; the emulator takes
    # both): the vLPIs follow the vPE, nothing lost.
    boot vmovp-debug-gic41 "pass:$ON && $V41 && $DIRECT && vcpu_moves > 0 && pings_lost == 0" \
        --xen debug --gic 4.1 --test vmovp --timeout 120
    # The 4.1 VMAPP (VCONF, default doorbell) and INVDB were used; blocked
    # vCPUs were woken by one-shot default doorbells, with no INV to a
    # doorbell proxy device (there is none on GICv4.1).
    emu_trace emu-trace-debug-gic41 debug-gic41 'vmapp41 > 0 && invdb > 0 && vpendbaser41 > 0 && inv_proxy == 0'
    emu_trace emu-trace-blocked-gic41 blocked-debug-gic41 'default_doorbell > 0 && inv_proxy == 0'
    # Hostile input on GICv4.1: MSI-X churn (CHURN, as churn-debug-gic4), in
    # make check 50 cycles, in the full set 200; the interrupt storm (STORM).
    in_sets check
    boot churn-short-debug-gic41 "pass:$ON && $V41 && $DIRECT && $CHURN && vmapti >= churn_cycles" \
        --xen debug --gic 4.1 --test churn --dom0-args "e2e_cycles=50 e2e_every=25" --timeout 150
    in_sets emulator
    boot churn-debug-gic41 "pass:$ON && $V41 && $DIRECT && $CHURN && vmapti >= churn_cycles" \
        --xen debug --gic 4.1 --test churn --dom0-args e2e_cycles=200 --timeout 300
    boot storm-debug-gic41 "pass:$ON && $V41 && $DIRECT && $STORM" --xen debug --gic 4.1 --test storm --timeout 150
    # GICv4.0 + DirectLPI: doorbells armed and disarmed through GICR_INVLPIR
    # (and GICR_SYNCR), never an INV to the doorbell proxy device.
    in_sets check emulator
    boot blocked-debug-gic4d "pass:$ON && $V4D && $DIRECT && $BLOCKED && pings_lost == 0" \
        --xen debug --gic 4d --test blocked --xen-args vwfi=trap --trace "$(trace_of blocked-debug-gic4d)" "${T[@]}"
    emu_trace emu-trace-directlpi blocked-debug-gic4d 'invlpir > 0 && syncr > 0 && inv_proxy == 0'
    # Negative: no proxy INV does not hold on plain gic-version=4 (one INV per arm).
    emu_trace emu-trace-directlpi-negative blocked-debug-gic4 'inv_proxy == 0' negative
    # MSI-X churn on GICv4.0 + DirectLPI, make check's short form (its
    # baseline there is blocked-debug-gic4d: ON, V4D and DIRECT hold).
    in_sets check
    boot churn-short-debug-gic4d "pass:$ON && $V4D && $DIRECT && $CHURN && vmapti >= churn_cycles" \
        --xen debug --gic 4d --test churn --dom0-args "e2e_cycles=50 e2e_every=25" --timeout 150
    # The rest on GICv4.0 + DirectLPI: the baseline (debug, release); vPE
    # migration (a GICv4.0: every move is a VMOVP, which QEMU's ITS trace
    # shows, and still no proxy INV); churn and storm as on GICv4.1.
    in_sets emulator
    boot debug-gic4d       "pass:$ON && $V4D && $DIRECT" --xen debug --gic 4d "${T[@]}"
    boot release-gic4d     "pass:$ON && $V4D && $DIRECT" --xen release --gic 4d "${T[@]}"
    boot vmovp-debug-gic4d "pass:$ON && $V4D && $DIRECT && vmovp > 0 && pings_lost == 0" --xen debug --gic 4d \
        --test vmovp --trace "$(trace_of vmovp-debug-gic4d)" --timeout 120
    its_trace its-trace-vmovp-gic4d vmovp-debug-gic4d yes vmovp
    emu_trace emu-trace-vmovp-gic4d vmovp-debug-gic4d 'invlpir > 0 && inv_proxy == 0'
    boot churn-debug-gic4d "pass:$ON && $V4D && $DIRECT && $CHURN && vmapti >= churn_cycles" \
        --xen debug --gic 4d --test churn --dom0-args e2e_cycles=200 --timeout 300
    boot storm-debug-gic4d "pass:$ON && $V4D && $DIRECT && $STORM" --xen debug --gic 4d --test storm --timeout 150
    in_sets check
elif [[ emulator == $only ]]; then
    record FAIL emulator "no build/emulator/qemu-system-aarch64 (make emulator): the GICv4.1 and DirectLPI boots did not run"
fi

log "results in ${RESULTS#"$TOP"/}: $(grep -c '^PASS: ' "$RESULTS") passed, $(grep -c '^FAIL: ' "$RESULTS") failed"
ok
! grep -q '^FAIL: ' "$RESULTS"
