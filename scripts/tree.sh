#!/usr/bin/env bash
# Lay out build/xen: the pristine base as the first commit (tag "base"),
# then patches/*.patch applied with git am.
#
# An existing tree is never thrown away while it holds work that patches/
# does not have: in that case the script says so and stops.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

step "tree"
TREE=$BUILD/xen
orig="$DL/src/xen_${XEN_ORIG_VERSION}.orig.tar.xz"
[ -f "$orig" ] || die "no base tarball; run 'make fetch'"

# Stable identity for the base commit and for git am, so that the tree's
# commit ids do not depend on who runs the script or when.
export GIT_AUTHOR_NAME="Xen base" GIT_AUTHOR_EMAIL="base@invalid"
export GIT_COMMITTER_NAME="xen-gicv4 tree" GIT_COMMITTER_EMAIL="tree@invalid"
export GIT_COMMITTER_DATE="2025-01-01T00:00:00Z"

series() { ls "$TOP"/patches/[0-9][0-9][0-9][0-9]-*.patch 2>/dev/null | grep -v '/0000-' || true; }

ids_of_dir() { local p; for p in $(series); do git patch-id --stable < "$p" | cut -d' ' -f1; done; }
ids_of_tree() {
    local c
    for c in $(git -C "$TREE" rev-list --reverse base..HEAD); do
        git -C "$TREE" show "$c" | git patch-id --stable | cut -d' ' -f1
    done
}

if [ -d "$TREE/.git" ]; then
    if [ -n "$(git -C "$TREE" status --porcelain --untracked-files=no)" ]; then
        log "build/xen has uncommitted edits; leaving it as it is"
        ok "tree"; exit 0
    fi
    have=$(ids_of_tree | tr '\n' ' ')
    want=$(ids_of_dir | tr '\n' ' ')
    if [ "$have" = "$want" ]; then
        ok "tree"; exit 0
    fi
    case "$want" in
    "$have"*)
        # The tree is a prefix of the series (e.g. after a pull): apply the rest.
        n=$(echo "$have" | wc -w)
        log "applying $(( $(echo "$want" | wc -w) - n )) new patch(es)"
        series | tail -n +$((n + 1)) | xargs -r git -C "$TREE" am -q --keep-cr ||
            { git -C "$TREE" am --abort 2>/dev/null || true; die "a patch does not apply"; }
        ok "tree"; exit 0 ;;
    esac
    for id in $have; do
        case " $want " in
        *" $id "*) ;;
        *) die "build/xen has commits not exported to patches/ (run 'make patches', or remove build/xen to start over)" ;;
        esac
    done
    log "patches/ changed; re-creating build/xen"
    rm -rf "$TREE"
fi

tmp="$BUILD/xen.tmp"
rm -rf "$tmp"; mkdir -p "$tmp"
tar -xJf "$orig" -C "$tmp" --strip-components=1 || die "cannot unpack $orig"
(
    cd "$tmp"
    git init -q -b base-tree .
    git config core.autocrlf false
    git config user.name "xen-gicv4 tree"; git config user.email "tree@invalid"
    git add -A -f .
    GIT_AUTHOR_DATE="2025-01-01T00:00:00Z" git commit -q -m "Xen $XEN_ORIG_VERSION (pristine base)"
    git tag base
    git checkout -q -b gicv4
) || die "cannot create the base repository"

p=$(series)
if [ -n "$p" ]; then
    # Committer date comes from the author date so commit ids are stable.
    echo "$p" | xargs git -C "$tmp" am -q --committer-date-is-author-date ||
        { rm -rf "$tmp"; die "a patch in patches/ does not apply to the base"; }
fi
mv "$tmp" "$TREE"
log "build/xen at $(git -C "$TREE" describe --always) with $(echo "$p" | grep -c . || true) patch(es)"
ok "tree"
