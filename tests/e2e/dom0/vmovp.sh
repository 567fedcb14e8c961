# vPE migration (VMOVP): while dom0 pings the user-net gateway, xl vcpu-pin
# swaps dom0's two vCPUs between the two pCPUs again and again (hard
# affinity; Xen's scheduler moves a vCPU at once when its pCPU is no longer
# allowed). With GICv4 each move makes Xen send VMOVP, so the vPE's vLPIs
# follow it to the new redistributor. Every reply must come back.
# The NIC's receive interrupt stays where Linux put it; it is the vPE under
# it that moves.
# Knobs: e2e_pings=N (600), e2e_ival=SEC (0.01), e2e_rounds=N most swaps (40).
pings=${E2E_pings:-600}
ival=${E2E_ival:-0.01}
rounds=${E2E_rounds:-40}

. /tests/xltool.sh
need_virtio_nic
why=$(xl_setup) || fail "xl cannot run in dom0: $why"
cat /tmp/xl.out
[ "$(grep -c '^Domain-0' /tmp/xl.out)" -ge 2 ] || fail "xl vcpu-list shows fewer than 2 dom0 vCPUs"

counters_reset
msi0=$(irq_sum "$vdev-")
ping -q -c "$pings" -i "$ival" -W 3 10.0.2.2 > /tmp/ping.out 2>&1 &
ping_pid=$!
r=0 pins=0 moves=0 pinfail=0
last0=$(xl_pcpu_of 0) last1=$(xl_pcpu_of 1)
while [ $r -lt "$rounds" ] && kill -0 $ping_pid 2>/dev/null; do
    a=$(( r % 2 )) b=$(( (r + 1) % 2 ))     # vCPU0 -> pCPU a, vCPU1 -> pCPU b
    xl vcpu-pin 0 0 $a 2>/dev/null || pinfail=$((pinfail + 1))
    xl vcpu-pin 0 1 $b 2>/dev/null || pinfail=$((pinfail + 1))
    pins=$((pins + 2))
    p0=$(xl_pcpu_of 0) p1=$(xl_pcpu_of 1)
    [ "$p0" = "$last0" ] || moves=$((moves + 1))
    [ "$p1" = "$last1" ] || moves=$((moves + 1))
    last0=$p0 last1=$p1
    r=$((r + 1))
done
wait $ping_pid
xl vcpu-pin 0 all all 2>/dev/null
xl vcpu-list 0 2>/dev/null
cat /tmp/ping.out
msis=$(( $(irq_sum "$vdev-") - msi0 ))
tx=$(sed -n 's/^\([0-9]*\) packets transmitted, \([0-9]*\) packets received.*/\1 \2/p' /tmp/ping.out)
set -- $tx
sent=${1:-0} lost=$(( ${1:-0} - ${2:-0} ))
figure guest_msis "$msis"
figure pings_sent "$sent"
figure pings_lost "$lost"
figure xl_pins "$pins"
figure vcpu_moves "$moves"
counters_after

[ "$pinfail" = 0 ] || fail "$pinfail of $pins xl vcpu-pin calls failed"
[ "$moves" -gt 0 ] || fail "no vCPU changed pCPU in $r rounds of xl vcpu-pin"
[ "$sent" = "$pings" ] || fail "only $sent of $pings pings were sent"
[ "$lost" = 0 ] || fail "$lost of $sent pings lost while dom0's vCPUs moved"
pass "rounds=$r pins=$pins vcpu_moves=$moves pings=$sent lost=0 guest_msis=$msis"
