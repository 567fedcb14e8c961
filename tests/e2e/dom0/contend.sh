# vwfi=auto's negative control (issue 17): dom0's two vCPUs pinned to one
# pCPU (xl vcpu-pin), a shell loop counting on CPU0, pings from CPU1, which
# also takes the NIC's receive MSI. CPU1 has direct vLPIs but shares its
# pCPU with a runnable vCPU: its WFI must trap (Xen's counter of WFIs
# trapped with direct vLPIs resident), so that the loop gets the pCPU, and
# no reply may be lost. The host checks the counters; dom0 reports the
# loop's count and rate.
# Knobs: e2e_pings=N (100), e2e_ival=SEC (0.05).
pings=${E2E_pings:-100}
ival=${E2E_ival:-0.05}

. /tests/xltool.sh
need_virtio_nic
need_two_vcpus
why=$(xl_setup) || fail "xl cannot run in dom0: $why"
rx=$(irqs_of "$vdev-input")
[ -n "$rx" ] || fail "no $vdev-input MSI line in /proc/interrupts"
irqs_to 2 $rx
xl vcpu-pin 0 0 0 && xl vcpu-pin 0 1 0 || fail "xl vcpu-pin to pCPU0 failed"
xl vcpu-list 0 2>/dev/null

counters_reset
msi0=$(irq_sum "$vdev-input")
rm -f /tmp/count.stop /tmp/count.n
taskset -c 0 sh -c 'n=0; while [ ! -e /tmp/count.stop ]; do n=$((n + 1)); done; echo $n > /tmp/count.n' &
cpid=$!
t0=$(cut -d' ' -f1 /proc/uptime)
taskset -c 1 ping -c "$pings" -i "$ival" -W 3 10.0.2.2 > /tmp/ping.out 2>&1
t1=$(cut -d' ' -f1 /proc/uptime)
touch /tmp/count.stop
wait $cpid
msis=$(( $(irq_sum "$vdev-input") - msi0 ))
counters_after
xl vcpu-pin 0 all all 2>/dev/null
tail -n 2 /tmp/ping.out
tx=$(sed -n 's/^\([0-9]*\) packets transmitted, \([0-9]*\) packets received.*/\1 \2/p' /tmp/ping.out)
set -- $tx
sent=${1:-0} lost=$(( ${1:-0} - ${2:-0} ))
n=$(cat /tmp/count.n 2>/dev/null || echo 0)
ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%d", (b - a) * 1000 }')
figure guest_msis "$msis"
figure pings_sent "$sent"
figure pings_lost "$lost"
figure loop_count "$n"
figure loop_per_s "$(awk -v n="$n" -v ms="$ms" 'BEGIN { printf "%d", ms ? n * 1000 / ms : 0 }')"

[ "$sent" = "$pings" ] || fail "only $sent of $pings pings were sent"
[ "$lost" = 0 ] || fail "$lost of $sent pings lost with both vCPUs on one pCPU"
[ "$n" -gt 0 ] || fail "the counting loop did not run"
pass "pings=$sent lost=0 loop=$n in ${ms}ms guest_msis=$msis"
