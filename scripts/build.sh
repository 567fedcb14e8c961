#!/usr/bin/env bash
# Build Xen for arm64 out of tree: build/out/<flavour>/xen/xen
#   flavours: release, debug, and the same with -nogicv4 (CONFIG_GICV4=n).
#   debug also has CONFIG_STATIC_MEMORY=y (UNSUPPORTED in Xen 4.17): the
#   dom0less domU of tests/e2e's domu-* boots (xen,static-mem, direct-map)
#   runs on the debug build make check builds anyway; without a static-mem
#   node Xen does not use it. debug-static, the flavour that had it before,
#   is the same build: it builds build/out/debug (qemu.sh --xen debug-static
#   boots that).
# Usage: build.sh [flavour...]   (default: release debug)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

TREE=$BUILD/xen
[ -d "$TREE/.git" ] || die "no tree at build/xen; run 'make tree'"
flavours=("$@"); [ ${#flavours[@]} -gt 0 ] || flavours=(release debug)
# debug-static: the old name of the debug build with static memory.
for i in "${!flavours[@]}"; do
    [ "${flavours[i]}" != debug-static ] || flavours[i]=debug
done
JOBS=${JOBS:-$(nproc)}

config_for() {
    # Xen 4.17 needs UNSUPPORTED to offer the ITS.
    echo CONFIG_UNSUPPORTED=y
    echo CONFIG_HAS_ITS=y
    case "$1" in
    *-nogicv4) echo "# CONFIG_GICV4 is not set" ;;
    *)         echo CONFIG_GICV4=y ;;
    esac
    case "$1" in
    debug) echo CONFIG_STATIC_MEMORY=y ;;
    esac
    case "$1" in
    debug*)   echo CONFIG_DEBUG=y; echo CONFIG_PERF_COUNTERS=y ;;
    # Perf counters sit behind EXPERT in a non-debug build.
    release*) echo "# CONFIG_DEBUG is not set"; echo CONFIG_EXPERT=y; echo CONFIG_PERF_COUNTERS=y ;;
    *) die "unknown flavour $1" ;;
    esac
}

# fragment_ok FRAGMENT CONFIG: every "=y" line of the fragment whose symbol
# exists in the tree's Kconfig is in CONFIG.
fragment_ok() {
    local line sym
    while read -r line; do
        case "$line" in
        CONFIG_*=y) sym=${line%%=*}; sym=${sym#CONFIG_}
            grep -rqs "^config $sym\$" "$TREE/xen" --include='Kconfig*' || continue
            grep -qx "$line" "$2" || return 1 ;;
        esac
    done < "$1"
}

# What the hypervisor is built from (xen/, config/, Config.mk), if all of
# it is committed (else nothing): a build records it, and one of the same
# flavour from the same content can stand for another (a patch that only
# changes docs/ builds the same Xen as the one before it).
src_id() {
    [ -z "$(git -C "$TREE" status --porcelain --untracked-files=no -- xen config Config.mk)" ] || return 0
    git -C "$TREE" rev-parse HEAD:xen HEAD:config HEAD:Config.mk | tr '\n' ' '
}

# SEED_OUT=DIR: where an earlier build of the same content may be found
# (make check: review's builds of the series' last patch, release and
# release-nogicv4, stand for e2e's).
seed_from() {   # FLAVOUR OUT ID
    local seed=${SEED_OUT:-}/$1
    [ -n "${SEED_OUT:-}" ] && [ -n "$3" ] && [ -f "$seed/xen" ] &&
        ! [ "$seed" -ef "$2" ] &&
        [ "$(cat "$seed/.src-id" 2>/dev/null)" = "$3" ] &&
        cmp -s "$seed/config.fragment" <(config_for "$1") || return 1
    rm -rf "$2"; mkdir -p "$2"
    cp -p "$seed/xen" "$seed/xen-syms" "$seed/.config" "$seed/config.fragment" \
          "$seed/.src-id" "$2/"
    cp -p "$seed/xen-syms.map" "$2/" 2>/dev/null || true
    echo "[build:$1] the same as $seed (tree $3)" >&2
}

for f in "${flavours[@]}"; do
    step "build:$f"
    out=$BUILD/out/$f
    id=$(src_id)
    if seed_from "$f" "$out" "$id"; then ok; continue; fi
    mkdir -p "$out"
    rm -f "$out/.src-id"
    mk=(make -s -C "$TREE/xen" O="$out" XEN_TARGET_ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- -j"$JOBS")
    frag=$out/config.fragment
    config_for "$f" > "$frag.new"
    # Regenerate when the fragment changed, or when a symbol the fragment
    # asks for did not take (e.g. a Kconfig symbol that a patch just added).
    if [ ! -f "$out/.config" ] || ! cmp -s "$frag" "$frag.new" ||
       ! fragment_ok "$frag.new" "$out/.config"; then
        "${mk[@]}" defconfig >/dev/null || die "defconfig failed"
        cat "$frag.new" >> "$out/.config"
        "${mk[@]}" olddefconfig >/dev/null 2>&1 || die "olddefconfig failed"
        mv "$frag.new" "$frag"
    else
        rm -f "$frag.new"
    fi
    # Check the fragment took effect (a symbol that does not exist yet, such
    # as GICV4 before its patch, is simply absent).
    fragment_ok "$frag" "$out/.config" || die "the config fragment did not take in $f"
    while read -r line; do
        case "$line" in
        "#"*) sym=${line#\# }; sym=${sym%% *}
              grep -q "^$sym=y" "$out/.config" && die "$sym still set in $f" ;;
        esac
    done < "$frag"
    "${mk[@]}" > "$out/build.log" 2>&1 || { tail -30 "$out/build.log" >&2; die "build of $f failed (log: $out/build.log)"; }
    [ -f "$out/xen" ] || die "no xen binary in $out"
    [ -z "$id" ] || [ "$id" != "$(src_id)" ] || echo "$id" > "$out/.src-id"
    ok
done
