#!/usr/bin/env bash
# Export the commits of build/xen above the base into patches/.
# File names and contents depend only on the commits: no dates of the run,
# no commit ids, no version signature.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

step "patches"
TREE=$BUILD/xen
[ -d "$TREE/.git" ] || die "no tree at build/xen"
[ -z "$(git -C "$TREE" status --porcelain --untracked-files=no)" ] ||
    die "build/xen has uncommitted edits: commit them first"
mkdir -p "$TOP/patches"
find "$TOP/patches" -name '[0-9][0-9][0-9][0-9]-*.patch' ! -name '0000-*' -delete
n=$(git -C "$TREE" rev-list --count base..HEAD)
if [ "$n" -gt 0 ]; then
    git -C "$TREE" format-patch -q --zero-commit --no-signature --no-numbered \
        --start-number 1 -o "$TOP/patches" base..HEAD
fi
log "$n patch(es) in patches/"
ok
