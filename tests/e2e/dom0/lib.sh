# Helpers for dom0 test scripts. Sourced by /init and the scripts.
# A test ends with `pass DETAILS` or `fail REASON`; the first verdict wins.
RESULT_FILE=/run/e2e-result

pass() { [ -s "$RESULT_FILE" ] || echo "PASS $*" > "$RESULT_FILE"; exit 0; }
fail() { [ -s "$RESULT_FILE" ] || echo "FAIL $*" > "$RESULT_FILE"; exit 1; }
figure() { echo "=== FIGURE $1=$2"; }

# The virtio device behind a network interface (e.g. virtio0), or nothing.
# The NIC under test: sets $vdev to eth0's virtio device, or fails the test.
need_virtio_nic() {
    [ -e /sys/class/net/eth0 ] || fail "no eth0 in dom0 (virtio-net missing?)"
    vdev=$(virtio_of eth0)
    [ -n "$vdev" ] || fail "eth0 is not a virtio device"
}

need_two_vcpus() {
    [ "$(grep -c ^processor /proc/cpuinfo)" -ge 2 ] || fail "dom0 has fewer than 2 vCPUs"
}

virtio_of() {
    [ -e "/sys/class/net/$1/device" ] || return 0
    basename "$(readlink "/sys/class/net/$1/device")"
}

# Sum of all CPUs' counts on /proc/interrupts lines whose name matches $1
# (an awk regex on the whole line).
irq_sum() {
    awk -v re="$1" 'NR == 1 { ncpu = NF; next }
        $0 ~ re { for (i = 2; i <= ncpu + 1; i++) s += $i }
        END { print s + 0 }' /proc/interrupts
}

# Xen's perf counters through xenperf (needs /dev/xen/privcmd). Each dump is
# printed between "=== XENPERF BEGIN <label>" and "=== XENPERF END" lines for
# the host to parse; the host reads the "traffic" dump for the figures, and
# any other (e.g. "boot") under <label>_<figure>.
xenperf_dump() {  # LABEL
    out=/tmp/xenperf.$$
    if xenperf > "$out" 2>&1; then rc=0; else rc=$?; fi
    echo "=== XENPERF BEGIN $1"
    cat "$out"
    echo "=== XENPERF END rc=$rc"
    rm -f "$out"
    return $rc
}
# Before the traffic phase: show the counters since boot, then zero them.
have_xenperf=0
counters_reset() {
    if [ ! -e /dev/xen/privcmd ]; then
        echo "=== CHECK xenperf: no /dev/xen/privcmd"; return 0
    fi
    xenperf_dump boot > /tmp/xenperf.out 2>&1 || true
    cat /tmp/xenperf.out
    if xenperf -r > /tmp/xenperf.reset 2>&1; then
        have_xenperf=1
    else
        echo "=== CHECK xenperf: reset failed: $(cat /tmp/xenperf.reset)"
    fi
}
# After the traffic phase: the counters of the traffic alone.
counters_after() {
    if [ $have_xenperf = 1 ] && xenperf_dump traffic > /tmp/xenperf.out 2>&1; then
        cat /tmp/xenperf.out
        figure xenperf ok
    else
        cat /tmp/xenperf.out 2>/dev/null
        figure xenperf unavailable
    fi
}

# Count of IRQ line $1 (its number) on CPU column $2 (0-based).
irq_on_cpu() {
    awk -v irq="$1:" -v c="$2" '$1 == irq { print $(c + 2); exit }' /proc/interrupts
}

# IRQ numbers of /proc/interrupts lines whose name matches $1.
irqs_of() {
    awk -v re="$1" 'NR > 1 && $0 ~ re { sub(/:$/, "", $1); print $1 }' /proc/interrupts
}

# Send the IRQs $2... to CPU0 ($1 = 1) or CPU1 ($1 = 2), or fail the test.
irqs_to() {
    local mask=$1 i
    shift
    for i in "$@"; do
        echo "$mask" > "/proc/irq/$i/smp_affinity" 2>/tmp/aff.err ||
            fail "cannot send IRQ $i to CPU$((mask / 2)): $(cat /tmp/aff.err)"
    done
}
