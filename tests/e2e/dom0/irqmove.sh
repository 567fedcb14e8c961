# IRQ affinity: while pinging the user-net gateway, move the NIC's MSIs
# between the two vCPUs (Linux issues ITS MOVI; with GICv4 Xen has to move
# the vLPI: VMOVI). Every packet must come back, and the receive interrupt
# must have been taken on both vCPUs.
# Knobs: e2e_rounds=N (10), e2e_pings=N per round (20).
rounds=${E2E_rounds:-10}
pings=${E2E_pings:-20}

need_virtio_nic
need_two_vcpus
irqs=$(irqs_of "$vdev-(input|output)")
[ -n "$irqs" ] || fail "no $vdev input/output MSI lines in /proc/interrupts"
rx=$(irqs_of "$vdev-input")
set -- $rx; rx=$1

counters_reset
msi0=$(irq_sum "$vdev-")
rx0_0=$(irq_on_cpu "$rx" 0) rx1_0=$(irq_on_cpu "$rx" 1)
sent=0 lost=0 r=0 moved=0
while [ $r -lt "$rounds" ]; do
    mask=$(( (r % 2) + 1 ))    # 1 = CPU0, 2 = CPU1
    for i in $irqs; do
        echo $mask > "/proc/irq/$i/smp_affinity" 2>/tmp/aff.err ||
            fail "cannot set affinity of IRQ $i: $(cat /tmp/aff.err)"
        moved=$((moved + 1))
    done
    ping -q -c "$pings" -i 0.01 -W 2 10.0.2.2 > /tmp/ping.out 2>&1
    tx=$(sed -n 's/^\([0-9]*\) packets transmitted, \([0-9]*\) packets received.*/\1 \2/p' /tmp/ping.out)
    set -- $tx
    sent=$((sent + ${1:-0})); lost=$((lost + ${1:-0} - ${2:-0}))
    r=$((r + 1))
done
grep -E "$vdev-" /proc/interrupts
rx0=$(( $(irq_on_cpu "$rx" 0) - rx0_0 )) rx1=$(( $(irq_on_cpu "$rx" 1) - rx1_0 ))
msis=$(( $(irq_sum "$vdev-") - msi0 ))
figure guest_msis "$msis"
figure rx_cpu0 "$rx0"
figure rx_cpu1 "$rx1"
figure affinity_moves "$moved"
counters_after

[ "$sent" -gt 0 ] || fail "ping sent nothing"
[ "$lost" = 0 ] || fail "$lost of $sent pings lost while moving IRQs"
[ "$rx0" -gt 0 ] && [ "$rx1" -gt 0 ] ||
    fail "receive MSIs not taken on both vCPUs after $moved moves (cpu0=$rx0 cpu1=$rx1)"
pass "moves=$moved pings=$sent lost=0 rx_cpu0=$rx0 rx_cpu1=$rx1 guest_msis=$msis"
