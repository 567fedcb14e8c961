#!/usr/bin/env bash
# Download the pinned Xen source package and verify the orig tarball.
# Also download the arm64 binary packages dom0 is built from.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

step "fetch"
mkdir -p "$DL/src" "$DL/debs"

orig="$DL/src/xen_${XEN_ORIG_VERSION}.orig.tar.xz"
check_orig() {
    echo "$XEN_ORIG_SHA256  $1" | sha256sum -c --status
}

if [ -f "$orig" ] && check_orig "$orig"; then
    log "xen source already present"
else
    rm -f "$DL/src"/xen_*
    log "downloading xen=$XEN_DEB_VERSION source"
    ( cd "$DL/src" && apt-get source --download-only -qq "xen=$XEN_DEB_VERSION" >/dev/null ) ||
        die "apt-get source xen=$XEN_DEB_VERSION failed (run 'make deps' first)"
    [ -f "$orig" ] || die "orig tarball $orig not found after download"
    if ! check_orig "$orig"; then
        mv "$orig" "$orig.bad"
        die "sha256 mismatch for $(basename "$orig"): expected $XEN_ORIG_SHA256"
    fi
fi

# arm64 packages for dom0. The xen-utils are pinned to the base version.
# Versions are resolved once and recorded so reruns are offline.
ARM64_PKGS=(busybox-static:arm64
            "xen-utils-4.17:arm64=$XEN_DEB_VERSION"
            "libxenmisc4.17:arm64=$XEN_DEB_VERSION"
            "xen-utils-common:arm64=$XEN_DEB_VERSION"
            "libxentoollog1:arm64=$XEN_DEB_VERSION"
            "libxenstore4:arm64=$XEN_DEB_VERSION"
            "libxencall1:arm64=$XEN_DEB_VERSION"
            "libxenevtchn1:arm64=$XEN_DEB_VERSION"
            "libxenforeignmemory1:arm64=$XEN_DEB_VERSION"
            "libxengnttab1:arm64=$XEN_DEB_VERSION"
            "libxendevicemodel1:arm64=$XEN_DEB_VERSION"
            "libxentoolcore1:arm64=$XEN_DEB_VERSION"
            "libxenhypfs1:arm64=$XEN_DEB_VERSION"
            libc6:arm64 libyajl2:arm64 libuuid1:arm64 libgnutls30:arm64
            libnl-3-200:arm64 libnl-route-3-200:arm64 zlib1g:arm64 liblzma5:arm64
            libbz2-1.0:arm64 liblzo2-2:arm64 libzstd1:arm64 libsystemd0:arm64
            libfdt1:arm64 libpixman-1-0:arm64 libtinfo6:arm64)
stamp="$DL/debs/.done"
if [ ! -f "$stamp" ]; then
    kpkg=$(apt-cache depends linux-image-arm64:arm64 2>/dev/null |
           awk '/Depends: linux-image-[0-9]/{print $2; exit}')
    [ -n "$kpkg" ] || die "cannot resolve the arm64 kernel package (is arm64 enabled? run 'make deps')"
    log "downloading arm64 packages: $kpkg and ${#ARM64_PKGS[@]} others"
    ( cd "$DL/debs" && apt-get download -qq "${kpkg%:arm64}:arm64" "${ARM64_PKGS[@]}" ) ||
        die "apt-get download of arm64 packages failed"
    touch "$stamp"
fi
ok "fetch"
