# dom0's side of the dom0less boot (qemu.sh --domu; tests/e2e/README.md,
# "dom0less domU with the PCIe host bridge"): Xen built a domU from the
# host device tree that owns the PCIe host bridge and runs the traffic
# (tests/e2e/domu/init). dom0 checks that it does not see the bridge or the
# NIC, waits for the domU's verdict in Xen's console ring (xl dmesg: the
# domU's vpl011 lines, "DOM1: ..."), copies the domU's figures as its own
# (domu_<k>=<v>), dumps Xen's counters, and passes when the domU passed.
#
# The counters' window is Xen's whole run, from boot (no reset): the domU
# boots in parallel with dom0 and often ends its traffic before dom0's test
# starts, and nothing (no PV channel: the domU is not Xen-aware) lets dom0
# tell it when to start. The NIC is the domU's alone, so Xen's device
# interrupt counters since boot are the domU's, to be compared with the
# domU's own count since its boot (domu_nic_irqs_total).
#
# Every line dom0 prints is printed after the domU's verdict: until then the
# domU's console lines, which Xen prints whole, can land in the middle of
# dom0's (dom0's hvc0 output goes to the serial line as it comes).
# Knobs (kernel command line): e2e_domu_wait=SEC (240): how long to wait for
# the domU's verdict; e2e_destroy=1: then destroy the domU from dom0 (xl
# destroy 1; issue 19's teardown: Xen 4.17's toolstack can destroy a
# dom0less domain it did not create, xenstore has no entry for it) and
# check it is gone (figure domu_destroyed) before Xen's counters are dumped.
. /tests/xltool.sh
wait_s=${E2E_domu_wait:-240}

# 1. dom0 does not have the bridge: Xen gave it the node disabled
# (xen,passthrough), so no PCI bus, no virtio-net, no eth0.
st=$(tr -d '\0' < /proc/device-tree/pcie@10000000/status 2>/dev/null || echo none)
npci=$(ls /sys/bus/pci/devices 2>/dev/null | wc -l)
eth0=0; [ ! -e /sys/class/net/eth0 ] || eth0=1

# 2. The domU's verdict, from Xen's console ring (xl needs xenstored).
xl_setup > /tmp/xl_setup.out 2>&1 || fail "xl setup: $(cat /tmp/xl_setup.out)"
t0=$(date +%s)
line=""
while [ $(( $(date +%s) - t0 )) -lt "$wait_s" ]; do
    xl dmesg > /tmp/xl_dmesg 2>&1 || true
    line=$(grep -a -m 1 'DOM1: === DOMU RESULT: ' /tmp/xl_dmesg || true)
    [ -z "$line" ] || break
    sleep 2
done
waited=$(( $(date +%s) - t0 ))
destroyed=""
if [ "${E2E_destroy:-0}" = 1 ] && [ -n "$line" ]; then
    # libxl records the destroyed domid in /var/run/xen (xltool.sh makes
    # /run/xen only): without it the destroy stops before the domctl.
    mkdir -p /var/run/xen
    xl list > /tmp/xl_list.before 2>&1 || true
    xl destroy 1 > /tmp/xl_destroy.out 2>&1; drc=$?
    i=0
    while xl list 1 > /dev/null 2>&1 && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
    xl list > /tmp/xl_list.after 2>&1 || true
    if xl list 1 > /dev/null 2>&1; then destroyed=0; else destroyed=1; fi
fi

# 3. Report: dom0's checks, the domU's figures as domu_<name>, Xen's counters.
echo "=== CHECK dom0: pcie@10000000 status=$st, PCI devices=$npci, eth0=$eth0"
figure dom0_pci_devices "$npci"
figure dom0_eth0 "$eth0"
figure domu_wait_s "$waited"
if [ -n "$destroyed" ]; then
    echo "=== CHECK xl list before destroy:"; cat /tmp/xl_list.before
    echo "=== CHECK xl destroy 1: rc=$drc $(cat /tmp/xl_destroy.out)"
    echo "=== CHECK xl list after:"; cat /tmp/xl_list.after
    figure domu_destroyed "$destroyed"
fi
grep -a 'DOM1: === DOMU FIGURE ' /tmp/xl_dmesg | sed 's/.*=== DOMU FIGURE //' |
while IFS='=' read -r k v; do figure "domu_$k" "$v"; done
if [ -e /dev/xen/privcmd ] && xenperf_dump traffic > /tmp/xenperf.out 2>&1; then
    cat /tmp/xenperf.out
    figure xenperf ok
else
    cat /tmp/xenperf.out 2>/dev/null
    figure xenperf unavailable
fi

[ "$st" = disabled ] || fail "dom0's pcie@10000000 is '$st', not disabled"
[ "$npci" = 0 ] || fail "dom0 sees $npci PCI devices"
[ "$eth0" = 0 ] || fail "dom0 has an eth0"
[ "${destroyed:-1}" = 1 ] || fail "domain 1 still there after xl destroy (rc=$drc)"
[ -n "$line" ] || fail "no verdict from the domU in ${wait_s}s (xl dmesg: $(grep -ac 'DOM1:' /tmp/xl_dmesg) DOM1 lines)"
res=${line#*=== DOMU RESULT: }
case "$res" in
PASS*) pass "domU: ${res#PASS }" ;;
*)     fail "domU: $res" ;;
esac
