#!/bin/sh
# tests/unit/fuzz/run.sh: run the vITS fuzzer (libFuzzer) until it has fed
# FUZZ_CMDS guest commands to Xen's vITS, in chunks of FUZZ_CHUNK seconds,
# keeping its working corpus in $O/fuzz/work (reused by the next run).
#
#   make -C tests/unit fuzz                       (or `make fuzz` at the top)
#   FUZZ_CMDS=5000000 FUZZ_MSI=1 make fuzz        more, with device MSIs
#   FUZZ_GIC=4.1 FUZZ_ITS=2 make fuzz             GICv4.1 model, two ITSes
#   FUZZ_AVOID_KNOWN=1 make fuzz                  steer clear of known defects
#   FUZZ_DOMU=1 FUZZ_MSI=1 make fuzz              as an untrusted domain
#
# FUZZ_AVOID_KNOWN=1 steers clear of known defects (known_defect() in
# tests/vits_driver.c, reproducers fuzz/corpus/defect-*) while one is
# being fixed, to look for others; none is known now, so the default is 0.
# A crash stops the run with exit status 1; the input is in
# $O/fuzz/crashes/.  Minimise it and keep it in the corpus:
#   $FUZZ_BIN -minimize_crash=1 -max_total_time=60 \
#       -exact_artifact_path=fuzz/corpus/defect-<what> <crash file>
# (unit/vits_corpus_<file> then runs it in `make check`; names starting
# with "defect-" run only with KNOWN_DEFECTS=1, names with "msi" enable
# device MSIs).
set -u

: "${FUZZ_BIN:?}" "${O:=.build}"
FUZZ_CMDS=${FUZZ_CMDS:-1000000}
FUZZ_CHUNK=${FUZZ_CHUNK:-60}
FUZZ_MAX_TIME=${FUZZ_MAX_TIME:-3600}
VITS_FUZZ_AVOID_KNOWN=${FUZZ_AVOID_KNOWN:-0}
VITS_FUZZ_MSI=${FUZZ_MSI:-0}
VITS_FUZZ_GIC=${FUZZ_GIC:-4.0}
VITS_FUZZ_ITS=${FUZZ_ITS:-1}
VITS_FUZZ_DOMU=${FUZZ_DOMU:-0}
export VITS_FUZZ_AVOID_KNOWN VITS_FUZZ_MSI VITS_FUZZ_GIC VITS_FUZZ_ITS VITS_FUZZ_DOMU

# The untrusted domain's inputs start with the point of its death.
work=$O/fuzz/work; [ "$VITS_FUZZ_DOMU" = 1 ] && work=$O/fuzz/work-domu
crashes=$O/fuzz/crashes
log=$O/fuzz/last.log
mkdir -p "$work" "$crashes"

cmds=0 done_cmds=0 inputs=0 deaths=0 not_owned=0 t0=$(date +%s)
echo "vits fuzz: until $FUZZ_CMDS guest commands (avoid known defects:" \
     "$VITS_FUZZ_AVOID_KNOWN, MSIs: $VITS_FUZZ_MSI, GICv$VITS_FUZZ_GIC," \
     "$VITS_FUZZ_ITS ITS, untrusted domain: $VITS_FUZZ_DOMU)"
while [ "$cmds" -lt "$FUZZ_CMDS" ]; do
    if [ $(( $(date +%s) - t0 )) -ge "$FUZZ_MAX_TIME" ]; then
        echo "FAIL: vits fuzz: only $cmds commands in ${FUZZ_MAX_TIME}s"
        exit 1
    fi
    nice "$FUZZ_BIN" -max_total_time="$FUZZ_CHUNK" -max_len=4096 \
        -len_control=0 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$work" > "$log" 2>&1
    rc=$?
    line=$(grep '^vits_fuzz: ' "$log" | tail -1)
    set -- $line
    inputs=$((inputs + ${2:-0}))
    cmds=$((cmds + ${4:-0}))
    done_cmds=$((done_cmds + ${8:-0}))
    deaths=$((deaths + ${13:-0}))
    not_owned=$((not_owned + ${16:-0}))
    if [ "$rc" -ne 0 ]; then
        grep -E '^FAILED|SUMMARY|Test unit written' "$log" | head -3
        echo "FAIL: vits fuzz: crash after $cmds commands (log: $log)"
        exit 1
    fi
    t=$(( $(date +%s) - t0 ))
    echo "  ${t}s: $inputs inputs, $cmds guest commands queued," \
         "$done_cmds consumed, $deaths domain deaths, $not_owned MAPDs not owned"
done
t=$(( $(date +%s) - t0 ))
[ "$t" -gt 0 ] || t=1
echo "PASS: vits fuzz: $inputs inputs, $cmds guest commands queued" \
     "($done_cmds consumed by the vITS; $deaths domain deaths, $not_owned" \
     "MAPDs of a DeviceID not owned refused) in ${t}s:" \
     "$((inputs / t)) exec/s, $((cmds / t)) commands/s"
