#!/usr/bin/env bash
# Review the series as a maintainer would, on a fresh copy of the base:
#  - patches/ applies in order and reproduces build/xen (when it is clean);
#  - the tree builds after every patch with CONFIG_GICV4=y and =n;
#  - every patch has a Signed-off-by, adds no trailing whitespace, and the
#    C lines it adds follow Xen's CODING_STYLE basics (no tabs, <= 80
#    columns unless the line holds a string literal).
# Usage: review.sh RESULTS_FILE   (one PASS:/FAIL: line per check)
set -uo pipefail
. "$(dirname "$0")/lib.sh"

RESULTS=${1:?usage: review.sh RESULTS_FILE}
step review
record() { echo "$1: review/$2 $3" | tee -a "$RESULTS" >&2; }

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
    awk '
        /^\+\+\+ /  { file = substr($0, 7); next }
        /^@@/       { split($3, a, ","); line = substr(a[1], 2) - 1; next }
        /^\+/       { line++; s = substr($0, 2)
                      if (s ~ /\t/) { print file ":" line ": tab"; exit }
                      if (length(s) > 80 && s !~ /"/) { print file ":" line ": longer than 80 columns"; exit }
                    }'
}

i=0
for c in $(git -C "$T" rev-list --reverse base..HEAD); do
    i=$((i + 1))
    subj=$(git -C "$T" log -1 --format=%s "$c")
    tag=$(printf 'patch%02d' "$i")
    problems=""
    git -C "$T" log -1 --format=%B "$c" | grep -q '^Signed-off-by: ' || problems+="no Signed-off-by; "
    ws=$(git -C "$T" diff --check "$c~1" "$c" 2>&1 | head -1)
    [ -z "$ws" ] || problems+="whitespace: $ws; "
    st=$(style_problems "$c")
    [ -z "$st" ] || problems+="style: $st; "
    [ -n "$(git -C "$T" log -1 --format=%b "$c" | tr -d '[:space:]')" ] || problems+="no commit message body; "
    if [ -z "$problems" ]; then record PASS "$tag-form" "$subj"
    else record FAIL "$tag-form" "$subj: ${problems%; }"; fi

    git -C "$T" checkout -q "$c" || { record FAIL "$tag-build" "cannot check out"; continue; }
    for cfg in y n; do
        flav=release; [ $cfg = n ] && flav=release-nogicv4
        if BUILD=$RBUILD DL=$DL "$TOP/scripts/build.sh" "$flav" >/dev/null 2>&1; then
            record PASS "$tag-build-gicv4$cfg" "$subj"
        else
            record FAIL "$tag-build-gicv4$cfg" "$subj (log: build/review/out/$flav/build.log)"
        fi
    done
done
git -C "$T" checkout -q gicv4 2>/dev/null || true
ok
