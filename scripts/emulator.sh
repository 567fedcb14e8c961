#!/usr/bin/env bash
# Build the project's emulator: Debian's qemu source package (the version of
# the installed qemu-system-arm, 7.2), our patches from emulator/patches/
# (GICv4.1 and DirectLPI, see emulator/README.md), qemu-system-aarch64 only,
# into build/emulator/qemu-system-aarch64.  A second run with the same
# source and patches does nothing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

# The pinned base: the source of Debian bookworm's qemu-system-arm.
QEMU_UPSTREAM=7.2
QEMU_ORIG_VERSION=7.2+dfsg
QEMU_ORIG_SHA256=91aca71520040edc40b8d437aa3004dae614f58e286cf653ee8996c07af2962f
EMU_PKGS=(ninja-build meson pkg-config python3-venv libglib2.0-dev
          libpixman-1-dev libfdt-dev libslirp-dev zlib1g-dev bzip2 dpkg-dev)

EMU=$BUILD/emulator
PATCHES=$TOP/emulator/patches
BIN=$EMU/qemu-system-aarch64

step "emulator"

# Build dependencies: a few Debian packages (not apt-get build-dep qemu).
missing=()
for p in "${EMU_PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    as_root_check
    [ -f /etc/apt/sources.list.d/xen-gicv4-src.sources ] || "$TOP/scripts/deps.sh"
    log "installing: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >/dev/null || die "apt-get install failed for: ${missing[*]}"
fi

# The source version is the installed QEMU's (binNMU suffix dropped).
src_version=$(dpkg-query -W -f='${source:Version}' qemu-system-arm 2>/dev/null) ||
    die "qemu-system-arm is not installed (run 'make deps')"
case "$src_version" in
    1:"$QEMU_UPSTREAM"+dfsg-*) ;;
    *) die "installed qemu-system-arm is from qemu $src_version, not $QEMU_UPSTREAM" ;;
esac
dsc_version=${src_version#*:}

# What this build is made of: source version, patches, this script.
want=$( { echo "$src_version"; cat "$0"; cat "$PATCHES"/*.patch 2>/dev/null; } | sha256sum | cut -c1-16)
if [ -x "$BIN" ] && [ "$(cat "$EMU/.stamp" 2>/dev/null)" = "$want" ]; then
    log "emulator up to date ($BIN)"
    ok
    exit 0
fi

# Download (apt-get source, from the deb-src entries 'make deps' derives
# from this machine's apt sources) and verify the orig tarball.
mkdir -p "$DL/src"
orig="$DL/src/qemu_${QEMU_ORIG_VERSION}.orig.tar.xz"
dsc="$DL/src/qemu_${dsc_version}.dsc"
check_orig() { echo "$QEMU_ORIG_SHA256  $1" | sha256sum -c --status; }
if [ -f "$orig" ] && [ -f "$dsc" ] && check_orig "$orig"; then
    log "qemu source already present"
else
    [ -f /etc/apt/sources.list.d/xen-gicv4-src.sources ] || "$TOP/scripts/deps.sh"
    log "downloading qemu=$src_version source"
    ( cd "$DL/src" && apt-get source --download-only -qq "qemu=$src_version" >/dev/null 2>&1 ) ||
        die "apt-get source qemu=$src_version failed (run 'make deps')"
    [ -f "$orig" ] && [ -f "$dsc" ] || die "qemu source files not found after download"
    if ! check_orig "$orig"; then
        mv "$orig" "$orig.bad"
        die "sha256 mismatch for $(basename "$orig"): expected $QEMU_ORIG_SHA256"
    fi
fi

# Unpack (dpkg-source verifies the .dsc checksums and applies Debian's
# patches: the source of the installed binary), then ours.
rm -rf "$EMU/src" "$EMU/build" "$EMU/.stamp"
mkdir -p "$EMU"
dpkg-source -q -x "$dsc" "$EMU/src" >/dev/null 2>&1 ||
    die "dpkg-source -x $(basename "$dsc") failed"
n=0
for p in "$PATCHES"/*.patch; do
    [ -f "$p" ] || continue
    patch -d "$EMU/src" -p1 -s --no-backup-if-mismatch < "$p" ||
        die "patch $(basename "$p") does not apply"
    n=$((n + 1))
done
log "qemu $src_version + $n patches"

# aarch64 system emulation only; everything optional off but what the
# harness uses (FDT, user networking, the log trace backend); only the
# devices of emulator/patches' xen-gicv4.mak (the virt board, its GIC and
# ITS, the generic loader, virtio-net-pci).
mkdir -p "$EMU/build"
( cd "$EMU/build" &&
  ../src/configure --target-list=aarch64-softmmu --disable-install-blobs \
      --without-default-features --without-default-devices \
      --with-devices-aarch64=xen-gicv4 \
      --enable-fdt=system --enable-slirp --enable-tcg \
      --disable-docs --disable-tools --disable-guest-agent \
      --disable-werror --disable-debug-info \
      --enable-trace-backends=log >"$EMU/configure.log" 2>&1 ) ||
    die "configure failed (see ${EMU#"$TOP"/}/configure.log)"
log "building qemu-system-aarch64 (nice, -j${EMU_JOBS:-2})"
nice -n 10 ninja -C "$EMU/build" -j"${EMU_JOBS:-2}" qemu-system-aarch64 >"$EMU/build.log" 2>&1 ||
    die "build failed (see ${EMU#"$TOP"/}/build.log)"
cp "$EMU/build/qemu-system-aarch64" "$BIN.new" && mv "$BIN.new" "$BIN"
echo "$want" > "$EMU/.stamp"
log "built $BIN"
ok
