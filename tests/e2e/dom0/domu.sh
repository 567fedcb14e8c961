# dom0's side of the dom0less boot (qemu.sh --domu; tests/e2e/README.md,
# "dom0less domU with the PCIe host bridge"): Xen built a domU from the
# host device tree that owns the PCIe host bridge and runs the traffic
# (tests/e2e/domu/init). dom0 checks that it does not see the bridge or the
# NIC, waits for the domU's verdict in Xen's console ring (xl dmesg: the
# domU's vpl011 lines, "DOM1: ..."), copies the domU's figures as its own
# (domu_<k>=<v>) with Xen's counters over the domU's traffic, and passes
# when the domU passed.
# Knobs (kernel command line): e2e_domu_wait=SEC (240): how long to wait for
# the domU's verdict.
. /tests/xltool.sh
wait_s=${E2E_domu_wait:-240}

# 1. dom0 does not have the bridge: Xen gave it the node disabled
# (xen,passthrough), so no PCI bus, no virtio-net, no eth0.
st=$(tr -d '\0' < /proc/device-tree/pcie@10000000/status 2>/dev/null || echo none)
npci=$(ls /sys/bus/pci/devices 2>/dev/null | wc -l)
echo "=== CHECK dom0: pcie@10000000 status=$st, PCI devices=$npci"
figure dom0_pci_devices "$npci"
[ -e /sys/class/net/eth0 ] && figure dom0_eth0 1 || figure dom0_eth0 0
[ "$st" = disabled ] || fail "dom0's pcie@10000000 is '$st', not disabled"
[ "$npci" = 0 ] || fail "dom0 sees $npci PCI devices"
[ ! -e /sys/class/net/eth0 ] || fail "dom0 has an eth0"

# 2. Xen's counters from here on: boot dump, reset (the domU is still
# booting its kernel, so the traffic dump covers the domU's traffic).
counters_reset
xl_setup > /tmp/xl_setup.out 2>&1 || fail "xl setup: $(cat /tmp/xl_setup.out)"

# 3. The domU's verdict, from Xen's console ring.
t0=$(date +%s)
line=""
while [ $(( $(date +%s) - t0 )) -lt "$wait_s" ]; do
    xl dmesg > /tmp/xl_dmesg 2>&1 || true
    line=$(grep -a -m 1 'DOM1: === DOMU RESULT: ' /tmp/xl_dmesg || true)
    [ -z "$line" ] || break
    sleep 2
done
waited=$(( $(date +%s) - t0 ))
figure domu_wait_s "$waited"
# The domU's figures, as dom0's (domu_<name>).
grep -a 'DOM1: === DOMU FIGURE ' /tmp/xl_dmesg | sed 's/.*=== DOMU FIGURE //' |
while IFS='=' read -r k v; do figure "domu_$k" "$v"; done
counters_after
[ -n "$line" ] || fail "no verdict from the domU in ${wait_s}s (xl dmesg: $(grep -ac 'DOM1:' /tmp/xl_dmesg) DOM1 lines)"
res=${line#*=== DOMU RESULT: }
case "$res" in
PASS*) pass "domU: ${res#PASS }" ;;
*)     fail "domU: $res" ;;
esac
