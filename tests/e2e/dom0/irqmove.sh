# IRQ affinity: while pinging the user-net gateway, move the NIC's MSIs
# between the two vCPUs (Linux issues ITS MOVI; with GICv4 Xen has to move
# the vLPI: VMOVI). Every packet must come back, and the receive interrupt
# must have been taken on both vCPUs.
# Then CPU hotplug: with the MSIs on CPU1 and traffic flowing, the guest
# takes CPU1 offline (Linux moves the IRQs off the dying CPU: MOVI, maybe
# while an MSI sits in vCPU1's list registers) and the NIC must keep
# answering on CPU0; then CPU1 comes back.
# Knobs: e2e_rounds=N (10), e2e_pings=N per round (20), e2e_hotplug=N (6).
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

hp_rounds=${E2E_hotplug:-6}
cpu1=/sys/devices/system/cpu/cpu1/online
hp=0 hp_sent=0 hp_lost=0
[ -w "$cpu1" ] || fail "CPU1 cannot be taken offline (no $cpu1)"
while [ $hp -lt "$hp_rounds" ]; do
    irqs_to 2 $irqs
    ping -q -i 0.005 -c 300 -W 1 10.0.2.2 > /dev/null 2>&1 &
    load=$!
    sleep 0.$((3 + hp % 5))
    echo 0 > "$cpu1" || fail "cannot take CPU1 offline (round $hp)"
    wait $load
    ping -q -c "$pings" -i 0.01 -W 2 10.0.2.2 > /tmp/ping.out 2>&1
    tx=$(sed -n 's/^\([0-9]*\) packets transmitted, \([0-9]*\) packets received.*/\1 \2/p' /tmp/ping.out)
    set -- $tx
    hp_sent=$((hp_sent + ${1:-0})); hp_lost=$((hp_lost + ${1:-0} - ${2:-0}))
    echo 1 > "$cpu1" || fail "cannot bring CPU1 back online (round $hp)"
    hp=$((hp + 1))
done
figure hotplug_rounds "$hp"
figure hotplug_lost "$hp_lost"

[ "$sent" -gt 0 ] || fail "ping sent nothing"
[ "$lost" = 0 ] || fail "$lost of $sent pings lost while moving IRQs"
[ "$rx0" -gt 0 ] && [ "$rx1" -gt 0 ] ||
    fail "receive MSIs not taken on both vCPUs after $moved moves (cpu0=$rx0 cpu1=$rx1)"
[ "$hp_sent" -gt 0 ] || fail "ping sent nothing with CPU1 offline"
[ "$hp_lost" = 0 ] ||
    fail "$hp_lost of $hp_sent pings lost with CPU1 offline after it had the NIC's MSIs ($hp rounds)"
pass "moves=$moved pings=$sent lost=0 rx_cpu0=$rx0 rx_cpu1=$rx1 guest_msis=$msis hotplug=$hp/$hp_sent pings lost=0"
