# Blocked path: the NIC's receive interrupt targets vCPU1, which has nothing
# else to do, while the traffic comes from vCPU0 (ping pinned with taskset).
# Between two pings (e2e_ival, 0.1s) vCPU1 goes idle, executes WFI, and Xen
# blocks it (its vPE made non-resident, doorbell armed). The echo reply's
# vLPI then finds the vPE not resident: the GIC raises vCPU1's doorbell and
# Xen must wake it, or the reply waits.
#
# Wakes that do not come from a doorbell: vCPU1 also wakes for its own
# timers (dom0 is tickless when idle, but timers still fire: RCU, workqueues,
# the scheduler tick while it runs) and for IPIs from vCPU0 (e.g. scheduler
# wake-ups). Such a wake makes the vPE resident and a vLPI pending by then is
# delivered without a doorbell; so "blocks" exceeds "doorbell wakes", and a
# run without doorbells still gets its replies, only late (see the RTTs).
# The host checks Xen's counters (blocks, doorbells, doorbell wakes); dom0
# checks that every reply came back, on vCPU1's receive interrupt, and in
# time: at most a quarter of the replies may take over e2e_slow_ms (50ms).
# Measured on QEMU TCG: with doorbells 4-16ms average RTT (more when the
# host is loaded) and a rare reply over 50ms; without, 110-240ms average and
# most replies late, each waiting for one of the other wakes above.
# Knobs: e2e_pings=N (40), e2e_ival=SEC (0.1), e2e_slow_ms=N (50).
pings=${E2E_pings:-40}
ival=${E2E_ival:-0.1}
slow_ms=${E2E_slow_ms:-50}

need_virtio_nic
need_two_vcpus
command -v taskset >/dev/null || fail "no taskset in dom0's busybox"
rx=$(irqs_of "$vdev-input")
[ -n "$rx" ] || fail "no $vdev-input MSI line in /proc/interrupts"
irqs_to 2 $rx
taskset -p 1 $$ >/dev/null || fail "cannot pin the test shell to CPU0"
sleep 1     # let vCPU1 settle into idle

counters_reset
rx_sum() { s=0; for i in $rx; do s=$((s + $(irq_on_cpu "$i" "$1"))); done; echo $s; }
msi0=$(irq_sum "$vdev-input") c0=$(rx_sum 0) c1=$(rx_sum 1)
taskset 1 ping -c "$pings" -i "$ival" -W 3 10.0.2.2 > /tmp/ping.out 2>&1
msis=$(( $(irq_sum "$vdev-input") - msi0 ))
rx0=$(( $(rx_sum 0) - c0 )) rx1=$(( $(rx_sum 1) - c1 ))
cat /tmp/ping.out
grep -E "$vdev-" /proc/interrupts
tx=$(sed -n 's/^\([0-9]*\) packets transmitted, \([0-9]*\) packets received.*/\1 \2/p' /tmp/ping.out)
set -- $tx
sent=${1:-0} lost=$(( ${1:-0} - ${2:-0} ))
# "round-trip min/avg/max = 0.512/1.234/5.678 ms" -> microseconds
rtt=$(sed -n 's|.*min/avg/max = \([0-9.]*\)/\([0-9.]*\)/\([0-9.]*\) ms.*|\1 \2 \3|p' /tmp/ping.out |
      awk '{ printf "%d %d %d", $1 * 1000, $2 * 1000, $3 * 1000 }')
slow=$(sed -n 's/.*time=\([0-9.]*\) ms.*/\1/p' /tmp/ping.out |
       awk -v l="$slow_ms" '$1 > l { n++ } END { print n + 0 }')
set -- $rtt
figure guest_msis "$msis"
figure rx_cpu0 "$rx0"
figure rx_cpu1 "$rx1"
figure pings_sent "$sent"
figure pings_lost "$lost"
figure rtt_min_us "${1:-none}"
figure rtt_avg_us "${2:-none}"
figure rtt_max_us "${3:-none}"
figure slow_pings "$slow"
counters_after

[ "$sent" = "$pings" ] || fail "only $sent of $pings pings were sent"
[ "$lost" = 0 ] || fail "$lost of $sent pings lost with the receive interrupt on idle vCPU1"
[ "$rx1" -gt 0 ] && [ "$rx0" = 0 ] ||
    fail "receive MSIs not on vCPU1 only (cpu0=$rx0 cpu1=$rx1)"
[ $((slow * 4)) -le "$sent" ] ||
    fail "$slow of $sent replies took over ${slow_ms}ms (average ${2:-?}us): vCPU1 was not woken when its reply came"
pass "pings=$sent lost=0 rx_cpu1=$rx1 slow=$slow rtt_avg=${2:-?}us rtt_max=${3:-?}us"
