# Host-side helpers of the e2e tier. Sourced by tests/e2e/run.sh and
# scripts/demo.sh (after scripts/lib.sh).
# shellcheck shell=bash
E2E_DIR=$TOP/tests/e2e

# key=value lines from a serial log: dom0's "=== FIGURE k=v" lines, then the
# xenperf counters named in counters.tsv (plus any other GICv4 counter), in
# xenperf's order. Counters of the dump labelled "traffic" come out as is,
# those of any other dump as <label>_<figure> (e.g. boot_<figure>: since
# boot, before the reset).
e2e_figures() {
    awk -v table="$E2E_DIR/counters.tsv" '
        BEGIN {
            while ((getline l < table) > 0) {
                if (l ~ /^#/ || l !~ /\t/) continue
                split(l, a, /\t+/); n++; key[n] = a[1]; re[n] = a[2]
            }
        }
        /^=== FIGURE / { sub(/^=== FIGURE /, ""); print; next }
        /^=== XENPERF BEGIN/ { inx = 1; pre = ($4 == "traffic") ? "" : $4 "_"; delete got; next }
        /^=== XENPERF END/ { inx = 0; next }
        inx && match($0, / +T= *[0-9]+/) {
            desc = substr($0, 1, RSTART - 1); v = substr($0, RSTART, RLENGTH)
            sub(/.*T= */, "", v)
            hit = 0
            for (i = 1; i <= n; i++)
                if (!(key[i] in got) && desc ~ re[i]) { got[key[i]] = 1; hit = 1; print pre key[i] "=" v }
            if (!hit && desc ~ /^(GICv4|gicv4_)/) {
                k = tolower(desc); gsub(/[^a-z0-9]+/, "_", k); sub(/_$/, "", k)
                if (!(k in got)) { got[k] = 1; print pre k "=" v }
            }
        }' "$1"
}

# One figure's value from e2e_figures output ($1) by name ($2); empty if absent.
figure_of() { sed -n "s/^$2=//p" <<< "$1" | head -n 1; }

# Lines of a serial log that show Xen or dom0 went wrong (asserts, WARN/BUG,
# panics, call traces, oopses). The dom0 test's own "===" lines and the
# xenperf dump are not looked at. Prints at most $2 (default 3) lines.
E2E_BAD_RE='Assertion|\bWARN(ING)?\b|\bBUG\b|[Pp]anic|[Cc]all [Tt]race|Oops|FATAL'
log_problems() {
    awk '/^=== XENPERF BEGIN/ { s = 1 } /^=== XENPERF END/ { s = 0; next } !s && !/^=== /' "$1" |
        grep -a -E "$E2E_BAD_RE" | head -n "${2:-3}" || true
}
