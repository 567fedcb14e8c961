# make bench, dom0 side: a fixed interrupt workload through the virtio-net
# NIC, in phases. Sourced by /init (tests/e2e/dom0/init) as /tests/bench.sh;
# pass/fail come from /tests/lib.sh. Everything the host needs is printed on
# the console as marker lines (parsed by bench/analyze.py):
#   === BENCH PHASE <phase>                      a phase starts
#   === BENCH FIG <phase> <key>=<value>          a figure of the phase
#   === BENCH XENPERF BEGIN <phase> ... END rc=N Xen's perf counters, reset
#                                                (xenperf -r) just before it
#                                                ("boot": since boot)
#   === BENCH RTT <phase> <ms> <ms> ...          per-reply ping times
# Phases:
#   flood   ping -A (next echo as soon as the reply is in) to 10.0.2.2,
#           vCPUs otherwise idle (they block in WFI while ping waits)
#   busy    the same with a nice-19 spinner on every CPU: vCPUs keep running
#   rx, tx  TCP host -> dom0 (busybox wget, HTTP GET) and dom0 -> host
#           (busybox nc) through QEMU user net to bench/netserver.py on the
#           host, reached at 10.0.2.2:<port> and 10.0.2.2:<sink>
#   steer   the NIC's input MSI moved to CPU0 then CPU1 (smp_affinity), pings
#   burst   idle-then-burst: sleep 1, then a short ping -A burst, repeated;
#           the NIC's input MSI steered to CPU1, ping pinned to CPU0
#   contend dom0's two vCPUs pinned to one pCPU (xl vcpu-pin), a counting
#           loop on CPU0, pings from CPU1 which takes the NIC's input MSI:
#           the negative control of vwfi=auto (CPU1 must give the pCPU up)
# Knobs (kernel command line e2e_bench_*=..., from bench/run.sh):
#   bench_pings (2000) bench_busy_pings (1000)
#   bench_port, bench_sink (none: no rx, no tx phase)
#   bench_rx_bytes (33554432) bench_tx_bytes (16777216)
#   bench_bursts (10) bench_burst_pings (20)
#   bench_contend_pings (100, 50ms apart; 0: no contend phase)
pings=${E2E_bench_pings:-2000}
busy_pings=${E2E_bench_busy_pings:-1000}
port=${E2E_bench_port:-}
sink=${E2E_bench_sink:-}
rx_bytes=${E2E_bench_rx_bytes:-33554432}
tx_bytes=${E2E_bench_tx_bytes:-16777216}
bursts=${E2E_bench_bursts:-10}
burst_pings=${E2E_bench_burst_pings:-20}
contend_pings=${E2E_bench_contend_pings:-100}
GW=10.0.2.2

bfig() { echo "=== BENCH FIG $1 $2=$3"; }
uptime_s() { cut -d' ' -f1 /proc/uptime; }
# Own helpers (only pass/fail come from /tests/lib.sh):
# b_irq_sum RE: all CPUs' counts of the /proc/interrupts lines matching RE.
b_irq_sum() {
    awk -v re="$1" 'NR == 1 { n = NF; next }
        $0 ~ re { for (i = 2; i <= n + 1; i++) s += $i } END { print s + 0 }' /proc/interrupts
}
# b_irq_of RE: the number of the first /proc/interrupts line matching RE.
b_irq_of() {
    awk -v re="$1" 'NR > 1 && $0 ~ re { sub(/:$/, "", $1); print $1; exit }' /proc/interrupts
}
# b_irq_on_cpu IRQ CPU: that IRQ's count on that CPU (0-based).
b_irq_on_cpu() {
    awk -v irq="$1:" -v c="$2" '$1 == irq { print $(c + 2) + 0; exit }' /proc/interrupts
}

[ -e /sys/class/net/eth0 ] || fail "no eth0 in dom0 (virtio-net missing?)"
vdev=$(basename "$(readlink /sys/class/net/eth0/device 2>/dev/null)" 2>/dev/null)
case "$vdev" in virtio*) ;; *) fail "eth0 is not a virtio device ('$vdev')" ;; esac
grep -E "$vdev-" /proc/interrupts
[ -e /dev/xen/privcmd ] || fail "no /dev/xen/privcmd: xenperf cannot read Xen's counters"
# Counters since boot (the device's VMAPTIs happen there), then zero them.
xenperf > /tmp/xenperf.out 2>&1; xrc=$?
echo "=== BENCH XENPERF BEGIN boot"
cat /tmp/xenperf.out
echo "=== BENCH XENPERF END rc=$xrc"
xenperf -r > /tmp/xenperf.reset 2>&1 || fail "xenperf -r failed: $(cat /tmp/xenperf.reset)"
ncpu=$(grep -c '^processor' /proc/cpuinfo)
bfig boot secs "$(uptime_s)"
echo "=== BENCH INFO vdev=$vdev cpus=$ncpu pings=$pings busy_pings=$busy_pings port=${port:-none} sink=${sink:-none} rx_bytes=$rx_bytes tx_bytes=$tx_bytes bursts=$bursts x $burst_pings"
# Warm up ARP and the path once, outside any phase.
ping -c 3 -W 2 $GW > /tmp/warm.out 2>&1 || { cat /tmp/warm.out; fail "no ping reply from $GW"; }

# NIC interrupts dom0 took: all CPUs, input + output queues (config excluded).
nic_irqs() { b_irq_sum "$vdev-(input|output)"; }
nic_in()   { b_irq_sum "$vdev-input"; }

# phase_begin NAME / phase_end NAME: counter deltas over the phase. Nothing is
# printed between them (console output would enter Xen too).
phase_begin() {
    cur=$1
    echo "=== BENCH PHASE $cur"
    xenperf -r > /tmp/xenperf.reset 2>&1 || echo "=== BENCH WARN $cur: xenperf -r failed"
    i0=$(nic_irqs) in0=$(nic_in) t0=$(uptime_s)
}
phase_end() {
    t1=$(uptime_s) i1=$(nic_irqs) in1=$(nic_in)
    xenperf > /tmp/xenperf.out 2>&1; xrc=$?
    bfig "$cur" nic_irqs $((i1 - i0))
    bfig "$cur" nic_in_irqs $((in1 - in0))
    bfig "$cur" secs "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')"
    echo "=== BENCH XENPERF BEGIN $cur"
    cat /tmp/xenperf.out
    echo "=== BENCH XENPERF END rc=$xrc"
}
# rtt_out PHASE FILE COUNT: the per-reply times of a ping log, 25 a line.
rtt_out() {
    bfig "$1" sent "$3"
    awk -v p="$1" '/ bytes from / && /time=/ && !/DUP/ {
            t = $0; sub(/.*time=/, "", t); sub(/ .*/, "", t)
            line = line " " t; n++
            if (n % 25 == 0) { print "=== BENCH RTT " p line; line = "" } }
        END { if (line != "") print "=== BENCH RTT " p line }' "$2"
}

# 1. flood: vCPUs idle between replies.
phase_begin flood
ping -A -c "$pings" -i 0.2 -W 2 -w $((pings / 10 + 30)) $GW > /tmp/ping.flood 2>&1
phase_end
rtt_out flood /tmp/ping.flood "$pings"
tail -n 2 /tmp/ping.flood

# 2. busy: a spinner per CPU keeps every vCPU running (never WFI); at nice 19
# so that ping, woken by the reply, preempts it at once.
spin=""
for c in $(seq 0 $((ncpu - 1))); do
    taskset -c "$c" sh -c 'while :; do :; done' & spin="$spin $!"
done
for p in $spin; do renice -n 19 -p "$p" >/dev/null 2>&1 || echo "=== BENCH WARN renice $p failed"; done
sleep 1
phase_begin busy
ping -A -c "$busy_pings" -i 0.2 -W 2 -w $((busy_pings / 10 + 30)) $GW > /tmp/ping.busy 2>&1
phase_end
# shellcheck disable=SC2086 # $spin: a list of pids
kill $spin 2>/dev/null
# shellcheck disable=SC2086
wait $spin 2>/dev/null
rtt_out busy /tmp/ping.busy "$busy_pings"
tail -n 2 /tmp/ping.busy

# 3. throughput, both directions, to bench/netserver.py on the host.
if [ -n "$port" ]; then
    phase_begin rx
    got=$(wget -q -O - "http://$GW:$port/rx/$rx_bytes" 2>/tmp/wget.err | wc -c)
    phase_end
    bfig rx bytes "$got"
    bfig rx want "$rx_bytes"
    if [ "$got" = "$rx_bytes" ]; then bfig rx ok 1; else bfig rx ok 0; cat /tmp/wget.err; fi

    if [ -n "$sink" ]; then
        n64=$((tx_bytes / 65536))
        phase_begin tx
        got=$(dd if=/dev/zero bs=65536 count=$n64 2>/dev/null | nc $GW "$sink" 2>/tmp/nc.err)
        phase_end
        bfig tx bytes "${got:-0}"
        bfig tx want $((n64 * 65536))
        if [ "${got:-0}" = $((n64 * 65536)) ]; then bfig tx ok 1; else bfig tx ok 0; cat /tmp/nc.err; fi
    fi
else
    echo "=== BENCH WARN no e2e_bench_port: throughput phases skipped"
fi

# 4. steer: move the NIC's input MSI to CPU0, then to CPU1 (two MOVIs from
# dom0, which Xen turns into VMOVIs with GICv4), a few pings after each.
# Linux may have put it on CPU1 already: hence the move away first.
in_irq=$(b_irq_of "$vdev-input")
moves=0
phase_begin steer
for m in 1 2; do
    if [ "$ncpu" -ge 2 ] && [ -n "$in_irq" ] &&
       echo $m > "/proc/irq/$in_irq/smp_affinity" 2>/dev/null; then
        moves=$((moves + 1))
    fi
    ping -c 3 -i 0.05 -W 2 $GW > /tmp/ping.steer 2>&1
done
phase_end
bfig steer moves "$moves"
steered=0; [ "$moves" = 2 ] && steered=1

# 5. burst: input MSI on CPU1, traffic from CPU0, vCPUs idle between bursts.
pin=""; [ "$ncpu" -ge 2 ] && pin="taskset -c 0"
c1_0=$(b_irq_on_cpu "$in_irq" 1)
: > /tmp/ping.burst
phase_begin burst
b=0
while [ $b -lt "$bursts" ]; do
    sleep 1
    $pin ping -A -c "$burst_pings" -i 0.2 -W 2 -w 30 $GW >> /tmp/ping.burst 2>&1
    b=$((b + 1))
done
phase_end
c1_1=$(b_irq_on_cpu "$in_irq" 1)
bfig burst steered "$steered"
bfig burst nic_in_irqs_cpu1 $((c1_1 - c1_0))
rtt_out burst /tmp/ping.burst $((bursts * burst_pings))
cat "/proc/irq/$in_irq/smp_affinity" 2>/dev/null

# 6. contend: both vCPUs on pCPU0, a counting loop on CPU0, traffic on CPU1
# (its input MSI too). With vwfi=auto, CPU1 has direct vLPIs but must not
# keep the pCPU while it waits: its WFIs trap, the loop keeps its share.
if [ "$contend_pings" -gt 0 ] && [ "$ncpu" -ge 2 ] && [ -n "$in_irq" ]; then
    . /tests/xltool.sh
    if why=$(xl_setup) && xl vcpu-pin 0 0 0 && xl vcpu-pin 0 1 0; then
        echo 2 > "/proc/irq/$in_irq/smp_affinity" 2>/dev/null
        rm -f /tmp/count.stop /tmp/count.n
        phase_begin contend
        taskset -c 0 sh -c 'n=0; while [ ! -e /tmp/count.stop ]; do n=$((n + 1)); done; echo $n > /tmp/count.n' &
        cpid=$!
        taskset -c 1 ping -c "$contend_pings" -i 0.05 -W 2 -w $((contend_pings / 10 + 30)) $GW > /tmp/ping.contend 2>&1
        touch /tmp/count.stop
        wait $cpid
        phase_end
        bfig contend count "$(cat /tmp/count.n 2>/dev/null || echo 0)"
        rtt_out contend /tmp/ping.contend "$contend_pings"
        tail -n 2 /tmp/ping.contend
        xl vcpu-pin 0 all all 2>/dev/null
    else
        echo "=== BENCH WARN contend phase skipped: ${why:-xl vcpu-pin failed}"
    fi
fi

grep -E "$vdev-" /proc/interrupts
pass "bench phases done"
