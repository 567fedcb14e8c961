#!/usr/bin/env bash
# make bench: one release Xen (CONFIG_GICV4=y, perf counters), booted on QEMU
# in three configurations alternately, BENCH_REPS times each, in one run (so
# machine noise hits all alike): v3 (gic-version=3), v4trap (gic-version=4,
# Xen's vwfi=trap) and v4auto (gic-version=4, vwfi=auto). dom0 runs
# bench/dom0/bench.sh (ping flood, ping flood with busy vCPUs, TCP both ways,
# idle-then-burst, contention on one pCPU); bench/analyze.py turns the serial
# logs into bench/results/<name>.md (+ .json and .png), prints the table, the
# targets and, last, the ratios to GICv3.
#
# Environment (all optional):
#   BENCH_REPS=3            boots per configuration (order v3,v4trap,v4auto /
#                           v4auto,v4trap,v3 / ...)
#   BENCH_NAME=<date-time>  results name: bench/results/<name>.md
#   BENCH_PINGS=2000        flood phase pings (p99.9 wants >= 1000)
#   BENCH_BUSY_PINGS=1000   busy phase pings
#   BENCH_RX_MB=32 BENCH_TX_MB=8    bytes of the throughput phases (MiB)
#   BENCH_BURSTS=10 BENCH_BURST_PINGS=20   burst phase: bursts x pings
#   BENCH_CONTEND_PINGS=100 contend phase pings, 50ms apart (0: no phase)
#   BENCH_TIMEOUT=300       bound on one boot (s)
#   BENCH_BUILD=1           0: use build/out/release/xen as it is (no build)
# Exit status: 0 when every boot completed (targets MISSED do not fail it).
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"

reps=${BENCH_REPS:-3}
name=${BENCH_NAME:-$(date -u +%Y%m%d-%H%M%S)}
pings=${BENCH_PINGS:-2000}
busy_pings=${BENCH_BUSY_PINGS:-1000}
rx_mb=${BENCH_RX_MB:-32}
tx_mb=${BENCH_TX_MB:-8}
bursts=${BENCH_BURSTS:-10}
burst_pings=${BENCH_BURST_PINGS:-20}
contend_pings=${BENCH_CONTEND_PINGS:-100}
timeout=${BENCH_TIMEOUT:-300}
build=${BENCH_BUILD:-1}

step bench
for v in reps pings busy_pings rx_mb tx_mb bursts burst_pings contend_pings timeout; do
    case "${!v}" in ''|*[!0-9]*) die "BENCH_${v^^} must be a whole number, not '${!v}'" ;; esac
done
[ "$reps" -ge 1 ] || die "BENCH_REPS must be at least 1"
case "$name" in ''|*[!A-Za-z0-9._-]*) die "BENCH_NAME may use only A-Z a-z 0-9 . _ -" ;; esac
t_start=$(date +%s)
load0=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. What the boots need: the tree (only when there is none: an existing
# build/xen is never touched), the release Xen, dom0's image, gnuplot.
if [ ! -d "$BUILD/xen/.git" ]; then
    make -s -C "$TOP" tree || die "make tree failed"
fi
if [ "$build" = 1 ]; then
    "$TOP/scripts/build.sh" release || die "building the release Xen failed"
fi
[ -f "$BUILD/out/release/xen" ] || die "no $BUILD/out/release/xen (BENCH_BUILD=0 needs one)"
make -s -C "$TOP" rootfs || die "make rootfs failed"
command -v python3 >/dev/null || die "python3 not found (run 'make deps')"
if ! command -v gnuplot >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        log "installing gnuplot-nox (for the RTT plot)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gnuplot-nox \
            >/dev/null 2>&1 || log "could not install gnuplot-nox: no plot this time"
    else
        log "gnuplot not installed and not root: no plot this time"
    fi
fi

# 2. The host end of the throughput phases (killed on exit, by its pid).
work=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
ns_pid=""
cleanup() { [ -z "$ns_pid" ] || kill "$ns_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
python3 "$TOP/bench/netserver.py" "$work/ports" & ns_pid=$!
for _ in $(seq 50); do [ -s "$work/ports" ] && break; sleep 0.1; done
[ -s "$work/ports" ] || die "bench/netserver.py did not start"
read -r http_port sink_port < "$work/ports"

dom0_args="e2e_bench_pings=$pings e2e_bench_busy_pings=$busy_pings"
dom0_args+=" e2e_bench_port=$http_port e2e_bench_sink=$sink_port"
dom0_args+=" e2e_bench_rx_bytes=$((rx_mb * 1048576)) e2e_bench_tx_bytes=$((tx_mb * 1048576))"
dom0_args+=" e2e_bench_bursts=$bursts e2e_bench_burst_pings=$burst_pings"
dom0_args+=" e2e_bench_contend_pings=$contend_pings"
params="$reps reps/configuration, $pings flood pings, $busy_pings busy pings, rx ${rx_mb} MiB, tx ${tx_mb} MiB, $bursts bursts x $burst_pings pings, $contend_pings contend pings"
log "$name: $params"

# 3. The boots: v3,v4trap,v4auto then the reverse (ABC CBA), so that drift
# hits all alike. The WFI policy is chosen per boot on Xen's command line.
runs=$work/runs.tsv
: > "$runs"
fails=0
for rep in $(seq "$reps"); do
    order="v3 v4trap v4auto"; [ $((rep % 2)) = 1 ] || order="v4auto v4trap v3"
    for cfg in $order; do
        case $cfg in
        v3)     gic=3 xen_args="" ;;
        v4trap) gic=4 xen_args="vwfi=trap" ;;
        v4auto) gic=4 xen_args="vwfi=auto" ;;
        esac
        run=bench-$name-$cfg-r$rep
        log "rep $rep/$reps: $cfg: gic-version=$gic ${xen_args:-(default Xen options)} ($run)"
        set +e
        out=$("$TOP/scripts/qemu.sh" --gic "$gic" --xen release --test bench --name "$run" \
                  --timeout "$timeout" --dom0-args "$dom0_args" --xen-args "$xen_args" 2>&1)
        set -e
        verdict=${out##*$'\n'}
        log "  ${verdict#qemu.sh: }"
        verdict=${verdict#qemu.sh: "$run": }
        case "$verdict" in PASS*) ;; *) fails=$((fails + 1)) ;; esac
        printf '%s\t%s\t%s\t%s\n' "$cfg" "$rep" "$BUILD/logs/$run.log" "$verdict" >> "$runs"
    done
done
kill "$ns_pid" 2>/dev/null || true; wait "$ns_pid" 2>/dev/null || true; ns_pid=""

# 4. The analysis: table, targets, ratios last (nothing printed after them).
mkdir -p "$TOP/bench/results"
wall=$(( $(date +%s) - t_start ))
params+="; host load average (1/5/15 min) $load0 at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
log "$((reps * 3)) boots, $fails failed, ${wall}s wall"
[ $fails = 0 ] || log "$fails boot(s) failed: the figures use the others (logs: build/logs/bench-$name-*.log)"
echo
arc=0
( cd "$TOP" && python3 bench/analyze.py --name "$name" --runs "$runs" --outdir bench/results \
      --wall "$wall" --params "$params" ) || arc=$?
[ $fails = 0 ] && [ $arc = 0 ]
