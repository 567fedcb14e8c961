#!/usr/bin/env bash
# Build dom0's initramfs and kernel Image from the arm64 .debs that
# scripts/fetch.sh downloaded:
#   build/rootfs/Image               the Debian arm64 kernel (uncompressed Image)
#   build/rootfs/initramfs.cpio.gz   busybox, virtio-net and Xen device
#                                    modules, xenperf, xl, xenstored,
#                                    xen-init-dom0 and their libraries,
#                                    /init, /tests, and the static test
#                                    helpers of tests/e2e/helpers
#                                    (/usr/bin/e2e-NAME)
#   build/rootfs/domu-initramfs.cpio.gz  the dom0less domU's: busybox,
#                                    virtio-net modules, tests/e2e/domu/init
#                                    (tests/e2e domu-*)
# Idempotent: rebuilds only when the .debs, this script, tests/e2e/dom0,
# tests/e2e/domu or tests/e2e/helpers changed.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

step "rootfs"
DEBS=$DL/debs
OUT=$BUILD/rootfs
DOM0=$TOP/tests/e2e/dom0
DOMU=$TOP/tests/e2e/domu
HELPERS=$TOP/tests/e2e/helpers
# Kernel modules dom0 loads (with their dependencies, resolved below).
# Besides privcmd (xenperf), the toolstack's devices: /dev/xen/evtchn,
# gntdev, gntalloc and xenfs (/proc/xen), for xenstored and xl. All five are
# modules in Debian 12's arm64 kernel (CONFIG_XEN_DEV_EVTCHN, _GNTDEV,
# _GRANT_DEV_ALLOC, XENFS, _PRIVCMD =m).
MODULES=(virtio_pci virtio_net xen-privcmd xen-evtchn xen-gntdev xen-gntalloc xenfs)
# Modules in /lib/modules that /init does not load: a test loads them
# (insmod /lib/modules/NAME.ko, dependencies first; idlemap.sh: tun).
MODULES_ON_DEMAND=(tun)
# The dom0less domU's modules: the NIC only (it does not know it runs on Xen:
# no hypervisor node without xen,enhanced).
DOMU_MODULES=(virtio_pci virtio_net)
# Xen tools from xen-utils-4.17 put in /usr/sbin (with their libraries).
XEN_TOOLS=(xenperf xl xenstored xen-init-dom0)

[ -f "$DEBS/.done" ] || die "no arm64 packages in $DEBS; run 'make fetch'"
for t in dpkg-deb cpio gzip aarch64-linux-gnu-readelf aarch64-linux-gnu-gcc sha256sum; do
    command -v "$t" >/dev/null || die "$t not found; run 'make deps'"
done
for f in init lib.sh; do [ -f "$DOM0/$f" ] || die "missing $DOM0/$f"; done
[ -f "$DOMU/init" ] || die "missing $DOMU/init"

one_deb() {
    local m=("$DEBS"/$1_*_arm64.deb)
    [ -f "${m[0]}" ] || die "no $1 package in $DEBS; run 'make fetch' (rm $DEBS/.done to refetch)"
    [ ${#m[@]} = 1 ] || die "several $1 packages in $DEBS: ${m[*]##*/}"
    echo "${m[0]}"
}
kdeb=$(one_deb 'linux-image-[0-9]*')
bbdeb=$(one_deb busybox-static)
libdebs=()
for d in "$DEBS"/*_arm64.deb; do
    [ "$d" = "$kdeb" ] || [ "$d" = "$bbdeb" ] || libdebs+=("$d")
done

# Everything the image depends on, hashed.
key=$( { ls -l --time-style=+%s "$DEBS"/*.deb | awk '{print $5, $6, $NF}' | sed "s|$DEBS/||"
         for f in "$TOP/scripts/rootfs.sh" "$DOM0"/*; do echo "${f##*/} $(sha256sum < "$f")"; done
         for f in "$DOMU"/*; do echo "domu/${f##*/} $(sha256sum < "$f")"; done
         for f in "$HELPERS"/*.c; do [ ! -f "$f" ] || echo "helpers/${f##*/} $(sha256sum < "$f")"; done
         # make bench: bench/dom0/*.sh are part of the image too (copied below).
         for f in "$TOP"/bench/dom0/*.sh; do [ ! -f "$f" ] || echo "bench/${f##*/} $(sha256sum < "$f")"; done
       } | sha256sum | cut -c1-16)
if [ -f "$OUT/.key" ] && [ "$(cat "$OUT/.key")" = "$key" ] &&
   [ -f "$OUT/initramfs.cpio.gz" ] && [ -f "$OUT/domu-initramfs.cpio.gz" ] && [ -f "$OUT/Image" ]; then
    log "up to date ($OUT)"
    ok; exit 0
fi
rm -f "$OUT/.key"
mkdir -p "$OUT"

# 1. Kernel: unpacked once per kernel package.
kdir=$OUT/kernel
kname=$(basename "$kdeb")
if [ "$(cat "$kdir/.deb" 2>/dev/null)" != "$kname" ]; then
    log "unpacking $kname"
    rm -rf "$kdir"; mkdir -p "$kdir"
    dpkg-deb -x "$kdeb" "$kdir" || die "dpkg-deb -x $kname failed"
    echo "$kname" > "$kdir/.deb"
fi
vmlinuz=$(ls "$kdir"/boot/vmlinuz-* 2>/dev/null | head -n 1)
[ -n "$vmlinuz" ] || die "no /boot/vmlinuz-* in $kname"
kver=${vmlinuz##*/vmlinuz-}
mdir=$kdir/lib/modules/$kver
[ -f "$mdir/modules.order" ] || die "no modules.order for $kver in $kname"
# The arm64 vmlinuz is a plain Image in Debian 12; accept a gzip one too.
if [ "$(head -c 2 "$vmlinuz" | od -An -tx1 | tr -d ' ')" = 1f8b ]; then
    gzip -dc "$vmlinuz" > "$OUT/Image.tmp" || die "cannot gunzip $vmlinuz"
else
    cp "$vmlinuz" "$OUT/Image.tmp"
fi
# arm64 Image header: magic "ARM\x64" at offset 56.
[ "$(dd if="$OUT/Image.tmp" bs=1 skip=56 count=4 2>/dev/null)" = $'ARM\x64' ] ||
    die "$vmlinuz is not an arm64 Image"
mv "$OUT/Image.tmp" "$OUT/Image"

# 2. Userspace packages.
udir=$OUT/unpack
rm -rf "$udir"; mkdir -p "$udir"
for d in "$bbdeb" "${libdebs[@]}"; do
    dpkg-deb -x "$d" "$udir" || die "dpkg-deb -x $(basename "$d") failed"
done

# 3. The tree.
root=$OUT/root
rm -rf "$root"
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,run,tmp,tests,lib/modules,lib/aarch64-linux-gnu}
cp "$udir/bin/busybox" "$root/bin/busybox" || die "busybox-static has no /bin/busybox"
ln -s busybox "$root/bin/sh"
install -m 755 "$DOM0/init" "$root/init"
for f in "$DOM0"/*; do
    [ "$(basename "$f")" = init ] || install -m 644 "$f" "$root/tests/"
done
# make bench: its dom0 scripts (bench/dom0/*.sh) sit next to the e2e ones.
for f in "$TOP"/bench/dom0/*.sh; do
    if [ -f "$f" ]; then install -m 644 "$f" "$root/tests/"; fi
done

# Test helpers: each tests/e2e/helpers/NAME.c, one static arm64 program
# (libc6-dev-arm64-cross), as /usr/bin/e2e-NAME.
for c in "$HELPERS"/*.c; do
    [ -f "$c" ] || continue
    n=$(basename "$c" .c)
    aarch64-linux-gnu-gcc -static -O2 -s -Wall -Wextra -Werror -o "$root/usr/bin/e2e-$n" "$c" ||
        die "cannot build the test helper $n (is libc6-dev-arm64-cross installed? run 'make deps')"
done

# Modules: path by name from modules.order, dependencies from .modinfo.
module_index "$mdir"
for m in "${MODULES[@]}"; do add_module "$root" "$m"; done
printf '%s\n' "${order[@]}" > "$root/etc/modules.order"
boot_order=("${order[@]}")
order=()
for m in "${MODULES_ON_DEMAND[@]}"; do add_module "$root" "$m"; done

# The Xen tools and the shared libraries they need (transitively).
tools=()
for t in "${XEN_TOOLS[@]}"; do
    bin=$udir/usr/lib/xen-4.17/bin/$t
    [ -f "$bin" ] || bin=$(find "$udir" -path "*bin/$t" -type f | head -n 1)
    [ -n "$bin" ] && [ -f "$bin" ] || die "$t not found in the xen-utils package"
    install -m 755 "$bin" "$root/usr/sbin/$t"
    tools+=("$root/usr/sbin/$t")
done
copy_elf_libs "$udir" "$root" "add its package to ARM64_PKGS in scripts/fetch.sh" "${tools[@]}"
# Where xenstored and xl keep their state.
mkdir -p "$root"/var/{lib/xenstored,lib/xen,log/xen} "$root"/etc/xen
: > "$root/etc/xen/xl.conf"   # xl complains without one; defaults are fine

# 4. The archive (owned by root whoever builds it; devtmpfs supplies /dev).
( cd "$root" && find . -mindepth 1 | LC_ALL=C sort |
  cpio --quiet -o -H newc -R 0:0 ) | gzip -1 > "$OUT/initramfs.cpio.gz.tmp" ||
    die "cpio of $root failed"
mv "$OUT/initramfs.cpio.gz.tmp" "$OUT/initramfs.cpio.gz"

# 5. The dom0less domU's initramfs: busybox, the NIC's modules, its /init.
droot=$OUT/domu-root
demand=("${order[@]}")
rm -rf "$droot"
mkdir -p "$droot"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,run,tmp,lib/modules}
cp "$udir/bin/busybox" "$droot/bin/busybox"
ln -s busybox "$droot/bin/sh"
install -m 755 "$DOMU/init" "$droot/init"
seen=() order=()
for m in "${DOMU_MODULES[@]}"; do add_module "$droot" "$m"; done
printf '%s\n' "${order[@]}" > "$droot/etc/modules.order"
( cd "$droot" && find . -mindepth 1 | LC_ALL=C sort |
  cpio --quiet -o -H newc -R 0:0 ) | gzip -1 > "$OUT/domu-initramfs.cpio.gz.tmp" ||
    die "cpio of $droot failed"
mv "$OUT/domu-initramfs.cpio.gz.tmp" "$OUT/domu-initramfs.cpio.gz"
log "domU: modules ${order[*]}, $(du -h "$OUT/domu-initramfs.cpio.gz" | cut -f1) initramfs"
echo "$key" > "$OUT/.key"
log "kernel $kver, modules: ${boot_order[*]}; on demand: ${demand[*]:-none}"
log "$(du -h "$OUT/initramfs.cpio.gz" | cut -f1) initramfs, $(du -h "$OUT/Image" | cut -f1) Image"
ok
