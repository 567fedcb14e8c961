#!/usr/bin/env bash
# Review the series as a maintainer would, on a fresh copy of the base:
#  - patches/ applies in order and reproduces build/xen (when it is clean);
#  - the tree builds after every patch with CONFIG_GICV4=y and =n;
#  - every patch has a Signed-off-by, adds no trailing whitespace, and the
#    C lines it adds follow Xen's CODING_STYLE basics (no tabs, <= 80
#    columns unless the line holds a string literal) and hold no
#    self-assignment ("x = x;", a no-op that hides a missing value: review
#    finding 5 of the RFC, docs in shared/design/GICV4.md section 3).
# Usage: review.sh RESULTS_FILE   (one PASS:/FAIL: line per check)
#        review.sh --selftest RESULTS_FILE   (only the checks' own test)
set -uo pipefail
. "$(dirname "$0")/lib.sh"

SELFTEST_ONLY=
if [ "${1:-}" = --selftest ]; then SELFTEST_ONLY=1; shift; fi
RESULTS=${1:?usage: review.sh [--selftest] RESULTS_FILE}
step review
record() { echo "$1: review/$2 $3" | tee -a "$RESULTS" >&2; }

# A unified diff (--unified=0) on stdin: print the first style problem of
# the C lines it adds, as file:line: what.
style_check_diff() {
    awk '
        /^\+\+\+ /  { file = substr($0, 7); next }
        /^@@/       { split($3, a, ","); line = substr(a[1], 2) - 1; next }
        /^\+/       { line++; s = substr($0, 2)
                      if (s ~ /\t/) { print file ":" line ": tab"; exit }
                      if (length(s) > 80 && s !~ /"/) { print file ":" line ": longer than 80 columns"; exit }
                      # lvalue = same lvalue; (comments after it allowed)
                      if (s ~ /^[ \t]*[A-Za-z_][][A-Za-z0-9_.>-]*[ \t]*=[ \t]*[A-Za-z_][][A-Za-z0-9_.>-]*[ \t]*;[ \t]*(\/[*\/].*)?$/) {
                          t = s; sub(/;.*/, "", t); eq = index(t, "=")
                          lhs = substr(t, 1, eq - 1); rhs = substr(t, eq + 1)
                          gsub(/[ \t]/, "", lhs); gsub(/[ \t]/, "", rhs)
                          if (lhs == rhs) { print file ":" line ": self-assignment of " lhs; exit }
                      }
                    }'
}

# The checks must bite: a self-assignment is reported, look-alikes are not.
selftest() {
    local bad good
    bad=$(printf '%s\n' '+++ b/xen/arch/arm/x.c' '@@ -1,0 +10,2 @@' \
          '+    int ok = 1;' '+    vpe->pending_last = vpe->pending_last; /* ! */' |
          style_check_diff)
    good=$(printf '%s\n' '+++ b/xen/arch/arm/x.c' '@@ -1,0 +1,6 @@' \
           '+    a = b;' '+    a->x = a->y;' '+    if ( a == a )' '+    x -= x;' \
           '+    v[i] = v[j];' '+    p = p->next;' | style_check_diff)
    if [ "$bad" = "xen/arch/arm/x.c:11: self-assignment of vpe->pending_last" ] &&
       [ -z "$good" ]; then
        record PASS style-selftest "a self-assignment is caught, look-alikes are not"
    else
        record FAIL style-selftest "self-assignment check: got '$bad' and '$good'"
    fi
}
selftest
[ -z "$SELFTEST_ONLY" ] || exit 0

RBUILD=$BUILD/review
rm -rf "$RBUILD/xen" "$RBUILD/xen.tmp"
mkdir -p "$RBUILD"
if ! BUILD=$RBUILD DL=$DL "$TOP/scripts/tree.sh" >/dev/null 2>&1; then
    record FAIL apply "patches/ does not apply to the base"
    exit 1
fi
T=$RBUILD/xen
n=$(git -C "$T" rev-list --count base..HEAD)
record PASS apply "$n patches apply to the pristine base"

# The series must reproduce the developer's tree exactly.
if [ -d "$BUILD/xen/.git" ] && [ -z "$(git -C "$BUILD/xen" status --porcelain --untracked-files=no)" ]; then
    if [ "$(git -C "$T" rev-parse 'HEAD^{tree}')" = "$(git -C "$BUILD/xen" rev-parse 'HEAD^{tree}')" ]; then
        record PASS reproduce "patches/ reproduces build/xen"
    else
        record FAIL reproduce "patches/ differs from build/xen: run 'make patches'"
    fi
fi

style_problems() {  # commit: print the first style problem of its C lines
    git -C "$T" show --format= --unified=0 "$1" -- '*.c' '*.h' |
    style_check_diff
}

i=0
for c in $(git -C "$T" rev-list --reverse base..HEAD); do
    i=$((i + 1))
    subj=$(git -C "$T" log -1 --format=%s "$c")
    tag=$(printf 'patch%02d' "$i")
    problems=""
    git -C "$T" log -1 --format=%B "$c" | grep -q '^Signed-off-by: ' || problems+="no Signed-off-by; "
    # Trailers (Signed-off-by and friends) form the last paragraph, alone.
    git -C "$T" log -1 --format=%B "$c" | awk 'BEGIN { RS = "" }
        { n++; p[n] = $0 }
        END { for (i = 1; i <= n; i++) {
                  k = split(p[i], l, "\n"); t = 0
                  for (j = 1; j <= k; j++) t += l[j] ~ /^[A-Za-z-]+-by: /
                  if ((i < n && t) || (i == n && t != k)) exit 1 } }' ||
        problems+="trailers not alone in the last paragraph; "
    ws=$(git -C "$T" diff --check "$c~1" "$c" 2>&1 | head -1)
    [ -z "$ws" ] || problems+="whitespace: $ws; "
    st=$(style_problems "$c")
    [ -z "$st" ] || problems+="style: $st; "
    [ -n "$(git -C "$T" log -1 --format=%b "$c" | tr -d '[:space:]')" ] || problems+="no commit message body; "
    if [ -z "$problems" ]; then record PASS "$tag-form" "$subj"
    else record FAIL "$tag-form" "$subj: ${problems%; }"; fi

    git -C "$T" checkout -q "$c" || { record FAIL "$tag-build" "cannot check out"; continue; }
    # A patch that changes nothing under xen/ (docs) builds what the one
    # before it built; before the GICV4 option exists, =n is =y.
    if git -C "$T" diff --quiet "$c~1" "$c" -- xen/; then
        record PASS "$tag-build" "$subj (no change under xen/: the previous patch's builds stand)"
        continue
    fi
    for cfg in y n; do
        flav=release; [ $cfg = n ] && flav=release-nogicv4
        if [ $cfg = n ] && ! grep -qs '^config GICV4$' "$T/xen/arch/arm/Kconfig"; then
            record PASS "$tag-build-gicv4n" "$subj (no GICV4 option yet: the build above)"
            continue
        fi
        if BUILD=$RBUILD DL=$DL "$TOP/scripts/build.sh" "$flav" >/dev/null 2>&1; then
            record PASS "$tag-build-gicv4$cfg" "$subj"
        else
            record FAIL "$tag-build-gicv4$cfg" "$subj (log: build/review/out/$flav/build.log)"
        fi
    done
done
git -C "$T" checkout -q gicv4 2>/dev/null || true
ok
