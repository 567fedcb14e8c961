#!/usr/bin/env bash
# Install the host packages the project needs, from Debian's archive only.
# Idempotent: when everything is present it runs no apt command at all.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

HOST_PKGS=(gcc make bison flex python3 git xz-utils cpio gzip zstd
           gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu libc6-dev-arm64-cross
           qemu-system-arm device-tree-compiler dpkg-dev
           clang libclang-rt-14-dev)

step "deps"

# deb-src entries: derived from this machine's own apt configuration, so
# no file of the project names a package host.
SRC_LIST=/etc/apt/sources.list.d/xen-gicv4-src.sources
need_update=0
if [ ! -f "$SRC_LIST" ]; then
    as_root_check
    tmp=$(mktemp)
    for f in /etc/apt/sources.list.d/*.sources; do
        [ "$f" = "$SRC_LIST" ] && continue
        # Only stanzas that are plain binary sources of Debian (Signed-By a
        # debian keyring) are mirrored as deb-src.
        awk -v RS= -v ORS='\n\n' '/Types:[^\n]*deb/ && /debian-archive-keyring/' "$f" |
            sed -e 's/^Types:.*/Types: deb-src/' >> "$tmp"
    done
    if [ -f /etc/apt/sources.list ]; then
        grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > "${SRC_LIST%.sources}.list" || true
    fi
    if [ -s "$tmp" ]; then mv "$tmp" "$SRC_LIST"; else rm -f "$tmp"; touch "$SRC_LIST"; fi
    need_update=1
fi

if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    as_root_check
    dpkg --add-architecture arm64
    need_update=1
fi

missing=()
for p in "${HOST_PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
    as_root_check
    apt-get update -qq || die "apt-get update failed"
fi
if [ ${#missing[@]} -gt 0 ]; then
    log "installing: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >/dev/null || die "apt-get install failed for: ${missing[*]}"
fi
ok "deps"
