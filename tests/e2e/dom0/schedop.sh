# vCPUs that block through the hypercalls rather than WFI (issue 14):
# SCHEDOP_block, then SCHEDOP_poll. A static helper (e2e-schedop, from
# tests/e2e/helpers/schedop.c) pinned to vCPU1 issues the hypercall from
# user space through /dev/xen/privcmd, over and over: vCPU1 has nothing else
# to do, so it spends the test blocked in Xen on that path, never in WFI.
# Every MSI of the NIC targets vCPU1; pings go out from vCPU0 every e2e_ival
# (0.1s). Each echo reply is a vLPI for a vCPU that sleeps in the hypercall:
# only its doorbell can wake it promptly. So Xen must arm the doorbell on
# these paths too (arch_vcpu_block()), or the reply waits for something
# else to wake vCPU1.
#
# "Something else": run with nohz_full=1 on dom0's command line (run.sh
# does), vCPU1 keeps no scheduler tick while the helper is its one task, so
# without a doorbell nothing wakes it for a long time (an RCU or scheduler
# IPI from vCPU0, the poll's timeout). Without nohz_full the tick (250Hz)
# wakes it every 4ms and hides a missing doorbell from the RTTs; Xen's
# counters still show it (the host's check).
#
# Per phase (block, poll) dom0 checks: the helper ran on vCPU1 and spent
# most of the phase inside the hypercall (in_pct), no reply lost, the
# receive MSIs on vCPU1 only, at most a quarter of the replies over
# e2e_slow_ms (50ms). Figures: <phase>_rtt_avg_us, <phase>_slow_pings,
# <phase>_calls (hypercalls made), <phase>_in_pct, ... Xen's counters: the
# xenperf dump after the block phase ("block": block_<counter>, since the
# reset before it) and after both ("traffic": both phases); the host checks
# that each phase had doorbells that woke vCPU1 (doorbell_wakes).
# Knobs: e2e_ops="block poll", e2e_pings=N (30), e2e_ival=SEC (0.1),
# e2e_slow_ms=N (50), e2e_poll_ms=N (2000: SCHEDOP_poll's timeout).
ops=${E2E_ops:-block poll}
pings=${E2E_pings:-30}
ival=${E2E_ival:-0.1}
slow_ms=${E2E_slow_ms:-50}
poll_ms=${E2E_poll_ms:-2000}
helper=/usr/bin/e2e-schedop

need_virtio_nic
need_two_vcpus
command -v taskset >/dev/null || fail "no taskset in dom0's busybox"
[ -x $helper ] || fail "no $helper in the dom0 image"
grep -q 'nohz_full=1' /proc/cmdline || echo "=== CHECK schedop: no nohz_full=1: vCPU1's tick hides a missing doorbell"
lines=$(irqs_of "$vdev-")
rx=$(irqs_of "$vdev-input")
[ -n "$rx" ] || fail "no $vdev-input MSI line in /proc/interrupts"
# Every MSI of the NIC (receive, transmit, config) to vCPU1: any doorbell
# in the test is vCPU1's.
irqs_to 2 $lines
taskset -p 1 $$ >/dev/null || fail "cannot pin the test shell to CPU0"
rx_sum() { s=0; for i in $rx; do s=$((s + $(irq_on_cpu "$i" "$1"))); done; echo $s; }

counters_reset
verdict="" total_msis=0
for op in $ops; do
    case "$op" in
    block) args="block 600" ;;
    poll)  args="poll 600 $poll_ms" ;;
    *) fail "unknown e2e_ops entry '$op'" ;;
    esac
    # The helper on vCPU1 for the whole phase; it ends at the first wake
    # after the SIGTERM below.
    taskset 2 $helper $args > /tmp/schedop.out 2>&1 &
    hp=$!
    sleep 1     # let it settle into the hypercall loop
    kill -0 $hp 2>/dev/null || fail "$op: the helper ended at once: $(cat /tmp/schedop.out)"
    msi0=$(irq_sum "$vdev-") c0=$(rx_sum 0) c1=$(rx_sum 1)
    ping -c "$pings" -i "$ival" -W 3 10.0.2.2 > /tmp/ping.out 2>&1
    msis=$(( $(irq_sum "$vdev-") - msi0 ))
    rx0=$(( $(rx_sum 0) - c0 )) rx1=$(( $(rx_sum 1) - c1 ))
    # Xen's counters of the first phase; the second is read by the host
    # as the difference to the end of the test.
    [ "$op" != block ] || [ $have_xenperf = 0 ] || xenperf_dump block
    kill $hp
    i=0
    while kill -0 $hp 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    kill -0 $hp 2>/dev/null && fail "$op: the helper did not end within 10s of SIGTERM (vCPU1 not woken?)"
    wait $hp
    hrc=$?
    cat /tmp/ping.out
    echo "=== CHECK schedop: $op helper (rc=$hrc): $(cat /tmp/schedop.out)"
    res=$(grep '^calls=' /tmp/schedop.out)
    [ $hrc = 0 ] && [ -n "$res" ] || fail "$op: the helper failed (rc=$hrc): $(cat /tmp/schedop.out)"
    calls=0 errors=0 err=0 in_pct=0 max_ms=0 quick=0 cpu=-1
    for kv in $res; do
        case "$kv" in
        calls=*|errors=*|err=*|in_pct=*|max_ms=*|quick=*|cpu=*) eval "${kv%%=*}=\${kv#*=}" ;;
        esac
    done
    tx=$(sed -n 's/^\([0-9]*\) packets transmitted, \([0-9]*\) packets received.*/\1 \2/p' /tmp/ping.out)
    set -- $tx
    sent=${1:-0} lost=$(( ${1:-0} - ${2:-0} ))
    rtt=$(sed -n 's|.*min/avg/max = \([0-9.]*\)/\([0-9.]*\)/\([0-9.]*\) ms.*|\1 \2 \3|p' /tmp/ping.out |
          awk '{ printf "%d %d %d", $1 * 1000, $2 * 1000, $3 * 1000 }')
    slow=$(sed -n 's/.*time=\([0-9.]*\) ms.*/\1/p' /tmp/ping.out |
           awk -v l="$slow_ms" '$1 > l { n++ } END { print n + 0 }')
    set -- $rtt
    figure "${op}_guest_msis" "$msis"
    total_msis=$((total_msis + msis))
    figure "${op}_rx_cpu0" "$rx0"
    figure "${op}_rx_cpu1" "$rx1"
    figure "${op}_pings_sent" "$sent"
    figure "${op}_pings_lost" "$lost"
    figure "${op}_rtt_avg_us" "${2:-none}"
    figure "${op}_rtt_max_us" "${3:-none}"
    figure "${op}_slow_pings" "$slow"
    figure "${op}_calls" "$calls"
    figure "${op}_errors" "$errors"
    figure "${op}_in_pct" "$in_pct"
    figure "${op}_max_ms" "$max_ms"
    figure "${op}_quick" "$quick"
    # The first failure is the verdict; every phase still runs and reports.
    why=""
    if [ "$errors" != 0 ]; then why="$errors of $calls hypercalls failed (errno $err)"
    elif [ "$cpu" != 1 ]; then why="the helper ran on CPU$cpu, not CPU1"
    elif [ "$in_pct" -lt 50 ]; then why="vCPU1 spent only $in_pct% of the phase in the hypercall"
    elif [ "$sent" != "$pings" ]; then why="only $sent of $pings pings were sent"
    elif [ "$lost" != 0 ]; then why="$lost of $sent pings lost"
    elif [ "$rx1" -le 0 ] || [ "$rx0" != 0 ]; then why="receive MSIs not on vCPU1 only (cpu0=$rx0 cpu1=$rx1)"
    elif [ $((slow * 4)) -gt "$sent" ]; then
        why="$slow of $sent replies took over ${slow_ms}ms (average ${2:-?}us): vCPU1 was not woken when its reply came"
    fi
    [ -z "$why" ] || [ -n "$verdict" ] || verdict="SCHEDOP_$op: $why"
    summary="${summary:+$summary; }$op: calls=$calls in=$in_pct% slow=$slow/$sent rtt_avg=${2:-?}us"
done
figure guest_msis "$total_msis"
counters_after

[ -z "$verdict" ] || fail "$verdict"
pass "$summary"
