#!/usr/bin/env bash
# make demo: boot the debug Xen on QEMU with gic-version=3, then 4, then on
# the project's emulator with GICv4.1 ("4.1") and GICv4.0 with DirectLPI
# ("4d") when it is built (make emulator), ping the user-net gateway from
# dom0, and show who took the NIC's MSIs:
#   guest_msis  interrupts dom0's virtio-net got (/proc/interrupts)
#   xen_lpis    LPIs Xen injected into dom0 as vLPIs (perf counter lpis_injected)
#   doorbells   GICv4 doorbells Xen took (null when the counter does not exist)
#   vcmds       GICv4 ITS commands Xen sent (null when the counter does not exist)
# All four count the traffic phase only (Xen's counters are reset before it);
# the counter names are mapped in tests/e2e/counters.tsv.
# Writes build/demo.json: one object per run.
# Usage: scripts/demo.sh [--xen FLAVOUR] [--pings N]
set -euo pipefail
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/lib.sh"

xen=debug pings=200
while [ $# -gt 0 ]; do
    case "$1" in
    --xen) xen=$2; shift ;;
    --pings) pings=$2; shift ;;
    *) echo "demo.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

"$TOP/scripts/rootfs.sh" || exit 1
step demo
COLS=(gic guest_msis xen_lpis doorbells vcmds)
json=$BUILD/demo.json
rows=() objs=() rc=0
gics=(3 4)
[ -x "$BUILD/emulator/qemu-system-aarch64" ] && gics+=(4.1 4d)
for gic in "${gics[@]}"; do
    name=demo-$xen-gic$gic
    log "booting $xen Xen on gic-version=$gic, $pings pings from dom0"
    if ! out=$("$TOP/scripts/qemu.sh" --xen "$xen" --gic "$gic" --name "$name" --timeout 150 \
               --dom0-args "e2e_pings=$pings" 2>&1); then
        echo "${out##*$'\n'}" >&2
        rc=1
    fi
    figs=$(e2e_figures "$BUILD/logs/$name.log" 2>/dev/null || true)
    # JSON: the GIC as a number where it is one (3, 4, 4.1), else a string.
    g=$gic; [[ $g =~ ^[0-9.]+$ ]] || g="\"$g\""
    row=("$gic") obj="{\"gic\": $g"
    for k in "${COLS[@]:1}"; do
        v=$(figure_of "$figs" "$k")
        [[ $v =~ ^[0-9]+$ ]] || v=null
        row+=("$v"); obj+=", \"$k\": $v"
    done
    v=$(figure_of "$figs" boot_vcmds); [[ $v =~ ^[0-9]+$ ]] || v=null
    row+=("$v")
    rows+=("${row[*]}"); objs+=("$obj}")
done

printf '\n%-5s %12s %10s %10s %8s %12s\n' "${COLS[@]}" "(boot vcmds)"
for r in "${rows[@]}"; do
    # shellcheck disable=SC2086
    printf '%-5s %12s %10s %10s %8s %12s\n' $r
done
echo "(counts over the $pings-ping phase; the last column: V-commands from boot to the reset before it)"
echo
{
    echo "["
    for i in "${!objs[@]}"; do
        sep=,; [ "$i" = $(( ${#objs[@]} - 1 )) ] && sep=""
        echo "  ${objs[$i]}$sep"
    done
    echo "]"
} > "$json.tmp" && mv "$json.tmp" "$json"
log "wrote ${json#"$TOP"/}; serial logs in build/logs/demo-*.log"
[ $rc = 0 ] || die "a demo boot failed (see the line above)"
ok
