# MSI churn (hostile input, issue 8 item 4): unbind and re-bind the NIC's
# PCI driver (virtio-pci, through sysfs) e2e_cycles times. Each unbind makes
# Linux free the NIC's MSI-X vectors (ITS DISCARD, then MAPD V=0: Xen's vITS
# unmaps the device and frees its host LPIs), each bind allocates them again
# (MAPD, MAPTI: new host LPIs). Every e2e_every cycles eth0 is configured
# again and pinged (e2e_pings pings); after the last cycle a final run of
# e2e_final pings. Checked here: every unbind removes eth0 and every bind
# brings it back with MSI-X lines, no ping is lost (the ones between cycles
# and the final run alike). Checked by the host over the churn window (the
# counters are reset just before it, the NIC bound at both ends): Xen freed
# as many host LPI blocks as it allocated, at least one per cycle
# (lpi_blocks_alloc, lpi_blocks_freed from counters.tsv).
# Knobs: e2e_cycles=N (1000), e2e_every=K (50), e2e_pings=N (5),
# e2e_final=N (100); e2e_extra_unbind=1 unbinds the NIC once more at the end,
# inside the counted window (the negative control of the host's check: one
# more block freed than allocated).
cycles=${E2E_cycles:-1000}
every=${E2E_every:-50}
pings=${E2E_pings:-5}
final=${E2E_final:-100}
extra_unbind=${E2E_extra_unbind:-0}

need_virtio_nic
dev=$(readlink -f /sys/class/net/eth0/device/..)
pci=$(basename "$dev")
drv=/sys/bus/pci/drivers/virtio-pci
[ -e "$drv/$pci" ] || fail "eth0 ($vdev) is not on a PCI device bound to virtio-pci ($dev)"
echo "=== CHECK churn: eth0 is $vdev on PCI $pci"
grep -E "$vdev-" /proc/interrupts

# eth0 back after a bind: wait for it, then the address and route /init gave
# it.
eth0_up() {
    i=0
    while [ ! -e /sys/class/net/eth0 ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
    [ -e /sys/class/net/eth0 ] || return 1
    ip link set eth0 up && ip addr add 10.0.2.15/24 dev eth0 && ip route add default via 10.0.2.2
}
sent=0 lost=0
ping_run() {  # COUNT INTERVAL
    ping -q -c "$1" -i "$2" -W 3 10.0.2.2 > /tmp/ping.out 2>&1
    tx=$(sed -n 's/^\([0-9]*\) packets transmitted, \([0-9]*\) packets received.*/\1 \2/p' /tmp/ping.out)
    set -- $tx
    sent=$((sent + ${1:-0})); lost=$((lost + ${1:-0} - ${2:-0}))
    [ $(( ${1:-0} - ${2:-0} )) = 0 ] || cat /tmp/ping.out
}

counters_reset
t0=$(awk '{ printf "%d", $1 * 1000 }' /proc/uptime)
c=0 checks=0
while [ $c -lt "$cycles" ]; do
    echo "$pci" > "$drv/unbind" 2>/tmp/churn.err ||
        fail "cycle $c: unbind of $pci failed: $(cat /tmp/churn.err)"
    [ ! -e /sys/class/net/eth0 ] || fail "cycle $c: eth0 still there after the unbind"
    echo "$pci" > "$drv/bind" 2>/tmp/churn.err ||
        fail "cycle $c: bind of $pci failed: $(cat /tmp/churn.err)"
    eth0_up 2>/tmp/churn.err || fail "cycle $c: eth0 not back after the bind: $(cat /tmp/churn.err)"
    c=$((c + 1))
    if [ $((c % every)) = 0 ]; then
        ping_run "$pings" 0.05
        checks=$((checks + 1))
        echo "=== CHECK churn: $c cycles, $sent pings, $lost lost"
    fi
done
t1=$(awk '{ printf "%d", $1 * 1000 }' /proc/uptime)
need_virtio_nic
lines=$(grep -cE "ITS-MSI .*$vdev-" /proc/interrupts)
grep -E "$vdev-" /proc/interrupts
msi0=$(irq_sum "$vdev-")
lost_churn=$lost
ping_run "$final" 0.01
lost_final=$((lost - lost_churn))
msis=$(( $(irq_sum "$vdev-") - msi0 ))
if [ "$extra_unbind" = 1 ]; then
    echo "$pci" > "$drv/unbind" || fail "the extra unbind of $pci failed"
fi
figure churn_cycles "$c"
figure churn_ms $((t1 - t0))
figure ms_per_cycle $(( (t1 - t0) / (c > 0 ? c : 1) ))
figure ping_checks "$checks"
figure pings_sent "$sent"
figure pings_lost "$lost"
figure pings_lost_final "$lost_final"
figure guest_msis "$msis"
counters_after

[ "$lines" -gt 0 ] || fail "after $c cycles $vdev has no ITS-MSI lines"
[ "$lost" = 0 ] || fail "$lost of $sent pings lost ($lost_final in the final run of $final)"
[ "$msis" -gt 0 ] || fail "$vdev took no MSIs in the final ping run"
pass "cycles=$c in $((t1 - t0))ms pings=$sent lost=0 (final run $final) now $vdev"
