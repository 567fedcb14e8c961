# Helpers for dom0 test scripts. Sourced by /init and the scripts.
# A test ends with `pass DETAILS` or `fail REASON`; the first verdict wins.
RESULT_FILE=/run/e2e-result

pass() { [ -s "$RESULT_FILE" ] || echo "PASS $*" > "$RESULT_FILE"; exit 0; }
fail() { [ -s "$RESULT_FILE" ] || echo "FAIL $*" > "$RESULT_FILE"; exit 1; }
figure() { echo "=== FIGURE $1=$2"; }

# The virtio device behind a network interface (e.g. virtio0), or nothing.
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

# Run xenperf with its arguments; prints the output between markers so that
# the host can parse the counters. Returns xenperf's status.
xenperf_dump() {
    out=/tmp/xenperf.$$
    if xenperf "$@" > "$out" 2>&1; then rc=0; else rc=$?; fi
    echo "=== XENPERF BEGIN $*"
    cat "$out"
    echo "=== XENPERF END rc=$rc"
    rm -f "$out"
    return $rc
}

# One counter's total from a xenperf output file, by its description.
perfc_total() {
    awk -v d="$2" 'index($0, d) == 1 { rest = substr($0, length(d) + 1)
        if (rest ~ /^ +T= *[0-9]+/) { sub(/^ +T= */, "", rest); split(rest, a, " "); print a[1]; exit } }' "$1"
}
