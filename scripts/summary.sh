#!/usr/bin/env bash
# Count the PASS/FAIL lines the tiers wrote and print the one closing line.
# Exits non-zero when anything failed or when no test ran at all.
pass=0; fail=0
for f in "$@"; do
    [ -f "$f" ] || { echo "FAIL: results file $(basename "$f") missing (tier did not run)"; fail=$((fail + 1)); continue; }
    p=$(grep -c '^PASS: ' "$f"); x=$(grep -c '^FAIL: ' "$f")
    grep '^FAIL: ' "$f"
    pass=$((pass + p)); fail=$((fail + x))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
