# Baseline: dom0 sees the ITS, the virtio-net NIC takes MSI-X interrupts
# through it while we ping the user-net gateway, and no packet is lost.
# Knobs (kernel command line): e2e_pings=N (200), e2e_min_msis=N (1).
pings=${E2E_pings:-200}
min_msis=${E2E_min_msis:-1}

# 1. The ITS, as dom0 sees it.
its_dmesg=$(dmesg | grep -c 'ITS@')
echo "=== CHECK its: dmesg ITS@ lines=$its_dmesg"
dmesg | grep -E 'ITS|GICv3|GIC:' | head -n 12
[ "$its_dmesg" -gt 0 ] || fail "dom0 does not see an ITS (no 'ITS@' in dmesg)"

# 2. The NIC.
need_virtio_nic
grep -E "$vdev-" /proc/interrupts
its_msi=$(grep -E "$vdev-" /proc/interrupts | grep -c 'ITS-MSI')
[ "$its_msi" -gt 0 ] || fail "$vdev has no ITS-MSI interrupt lines in /proc/interrupts"

# 3. Counters from here on count the traffic only.
counters_reset
msi0=$(irq_sum "$vdev-")

# 4. Traffic.
ping -q -c "$pings" -i 0.01 -W 2 10.0.2.2 > /tmp/ping.out 2>&1
cat /tmp/ping.out
msi1=$(irq_sum "$vdev-")
msis=$((msi1 - msi0))
loss=$(sed -n 's/.* \([0-9.]*\)% packet loss.*/\1/p' /tmp/ping.out)
figure guest_msis "$msis"
figure guest_msis_total "$msi1"
figure ping_loss_pct "${loss:-none}"

# 5. What Xen counted over the same phase.
counters_after

[ "$loss" = 0 ] || fail "ping ${loss:-?}% packet loss to 10.0.2.2"
[ "$msis" -ge "$min_msis" ] || fail "$vdev took $msis MSIs during $pings pings (want >= $min_msis)"
pass "its_msi_lines=$its_msi guest_msis=$msis pings=$pings loss=0%"
