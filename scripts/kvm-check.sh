#!/usr/bin/env bash
# The Linux KVM cross-check of the project's emulator (emulator/README.md,
# "Checked against Linux KVM"): an independent reader of the GIC
# specification, Linux 6.1 (Debian's arm64 kernel, build/rootfs) as a KVM
# host booted at EL2 directly on build/emulator/qemu-system-aarch64, with
# its GICv4 driver (kvm-arm.vgic_v4_enable=1), runs an L2 Linux guest under
# Debian's arm64 qemu-system-aarch64 (-accel kvm) that owns the emulator's
# virtio-net-pci NIC through VFIO (behind the emulator's SMMUv3).  The L2
# guest pings QEMU's user-net gateway; its MSIs must arrive as direct vLPIs
# (counted by L2, not by L1's vfio-msix interrupt), and the emulator's
# trace must show the ITS V-commands Linux used.
#
# Usage: scripts/kvm-check.sh [RESULTS]     (default build/results/kvm.txt)
#   Writes one "PASS: NAME detail" / "FAIL: NAME detail" line per check to
#   RESULTS; serial logs and traces in build/logs/kvm-*.
# Environment:
#   KVM_CONFIGS   boots to run (default "4.1 4.1db 4.1smp2 neg 4d 4ddb 4 4db"):
#                   4.1  GICv4.1 (-global arm-gicv3.gicv41=on)
#                   neg  4.1 with kvm-arm.vgic_v4_enable=0: the negative
#                        control, L1 takes every MSI, the direct-delivery
#                        check must fail
#                   4d   GICv4.0 + DirectLPI (-global arm-gicv3.direct-lpi=on)
#                   4    GICv4.0 as QEMU 7.2 has it
#                   ...db  the same with a busy loop on the L2 vCPU's CPU
#                        in L1: KVM then traps L2's WFI and makes the vPE
#                        non-resident with its doorbell armed while it
#                        waits, so vLPIs ring the doorbell (L1 counts them)
#                   ...smp2  the same with 2 L2 vCPUs: two vPEs, which
#                        KVM moves between L1's CPUs (VMOVP)
#   KVM_PINGS     pings in L2's traffic phase (default 100)
#   KVM_L2_SMP    L2's vCPUs in the boots without smp2 (default 1)
#   KVM_TIMEOUT   bound on each boot in seconds (default 900)
#   KVM_DIRTY_READS  the emulator's dirty-reads on GICv4.1 (default 1; see
#                 emulator/README.md: with the emulator's default of 3 a
#                 loaded host can make Linux 6.1's 500us poll of
#                 GICR_VPENDBASER.Dirty time out and WARN)
# Assumes 'make emulator' and 'make rootfs' have run; fetches the arm64
# qemu-system-arm package and its libraries into build/dl/debs-kvm (apt-get
# download); builds build/kvm/ once per input.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

RESULTS=${1:-$BUILD/results/kvm.txt}
CONFIGS=${KVM_CONFIGS:-4.1 4.1db 4.1smp2 neg 4d 4ddb 4 4db}
PINGS=${KVM_PINGS:-100}
L2_SMP=${KVM_L2_SMP:-1}
TIMEOUT=${KVM_TIMEOUT:-900}
DIRTY_READS=${KVM_DIRTY_READS:-1}
EMU_BIN=$BUILD/emulator/qemu-system-aarch64
KDIR=$BUILD/rootfs/kernel
IMAGE=$BUILD/rootfs/Image
DEBS=$DL/debs
KDEBS=$DL/debs-kvm
OUT=$BUILD/kvm
LOGS=$BUILD/logs

step "kvm-check"
[ -x "$EMU_BIN" ] || die "no emulator $EMU_BIN (run 'make emulator')"
[ -f "$IMAGE" ] && [ -d "$KDIR/lib/modules" ] || die "no kernel in $BUILD/rootfs (run 'make rootfs')"
[ -f "$DEBS/.done" ] || die "no arm64 packages in $DEBS (run 'make fetch')"
for t in dpkg-deb cpio gzip aarch64-linux-gnu-readelf timeout sha256sum apt-get; do
    command -v "$t" >/dev/null || die "$t not found (run 'make deps')"
done
case "$PINGS$TIMEOUT$DIRTY_READS$L2_SMP" in *[!0-9]*) die "KVM_PINGS and KVM_TIMEOUT must be numbers" ;; esac

# 1. The L1 VMM: Debian's arm64 QEMU and the libraries it needs
#    (transitively; the ones dom0 already has come from build/dl/debs).
KVM_PKGS=(qemu-system-arm:arm64 libaio1:arm64 libbpf1:arm64 libcapstone4:arm64
          libfuse3-3:arm64 libgcc-s1:arm64 libglib2.0-0:arm64 libgmp10:arm64
          libhogweed6:arm64 libibverbs1:arm64 libjpeg62-turbo:arm64
          libnettle8:arm64 libnuma1:arm64 libpmem1:arm64 libpng16-16:arm64
          librdmacm1:arm64 libsasl2-2:arm64 libseccomp2:arm64 libslirp0:arm64
          libudev1:arm64 liburing2:arm64 libvdeplug2:arm64 libelf1:arm64
          libffi8:arm64 libpcre2-8-0:arm64 libmount1:arm64 libselinux1:arm64
          libblkid1:arm64 libp11-kit0:arm64 libidn2-0:arm64 libunistring2:arm64
          libtasn1-6:arm64 libndctl6:arm64 libdaxctl1:arm64 libkmod2:arm64
          libsasl2-modules-db:arm64 libdb5.3:arm64 libcap2:arm64 libssl3:arm64)
pkgs_key=$(printf '%s\n' "${KVM_PKGS[@]}" | sha256sum | cut -c1-16)
if [ "$(cat "$KDEBS/.done" 2>/dev/null)" != "$pkgs_key" ]; then
    mkdir -p "$KDEBS"
    log "downloading ${#KVM_PKGS[@]} arm64 packages into ${KDEBS#"$TOP"/}"
    ( cd "$KDEBS" && apt-get download -qq "${KVM_PKGS[@]}" 2>&1 | grep -v 'unsandboxed' >&2 || true )
    ls "$KDEBS"/qemu-system-arm_*_arm64.deb >/dev/null 2>&1 ||
        die "apt-get download of qemu-system-arm:arm64 failed (is arm64 enabled? run 'make deps')"
    echo "$pkgs_key" > "$KDEBS/.done"
fi

kver=$(ls "$KDIR/lib/modules" | head -n 1)
mdir=$KDIR/lib/modules/$kver
[ -f "$mdir/modules.order" ] || die "no modules.order in $mdir"
key=$( { ls -l --time-style=+%s "$DEBS"/*.deb "$KDEBS"/*.deb | awk '{print $5, $6, $NF}'
         sha256sum < "$0"; stat -c '%s %Y' "$IMAGE"; } | sha256sum | cut -c1-16)

module_index "$mdir"
# add_modules ROOT NAME...: the modules and their dependencies into
# ROOT/lib/modules, the load order in ROOT/etc/modules.order.
add_modules() {
    local root=$1 m; shift
    seen=()
    order=()
    for m in "$@"; do add_module "$root" "$m"; done
    printf '%s\n' "${order[@]}" > "$root/etc/modules.order"
}
new_root() {
    rm -rf "$1"
    mkdir -p "$1"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,run,tmp,lib/modules,lib/aarch64-linux-gnu}
    cp "$udir/bin/busybox" "$1/bin/busybox"
    ln -s busybox "$1/bin/sh"
}
pack() {  # ROOT OUTPUT
    ( cd "$1" && find . -mindepth 1 | LC_ALL=C sort | cpio --quiet -o -H newc -R 0:0 ) |
        gzip -1 > "$2.tmp" || die "cpio of $1 failed"
    mv "$2.tmp" "$2"
}

if [ "$(cat "$OUT/.key" 2>/dev/null)" != "$key" ] || [ ! -f "$OUT/l1.cpio.gz" ]; then
    log "building the L1 and L2 initramfs in ${OUT#"$TOP"/}"
    rm -rf "$OUT"; mkdir -p "$OUT"
    udir=$OUT/unpack
    mkdir -p "$udir"
    for d in "$DEBS"/*_arm64.deb "$KDEBS"/*_arm64.deb; do
        case "$d" in */linux-image-*) continue ;; esac
        dpkg-deb -x "$d" "$udir" || die "dpkg-deb -x $(basename "$d") failed"
    done
    [ -f "$udir/bin/busybox" ] || die "no busybox in $DEBS"

    # L2: busybox, the NIC driver, /init (below).
    r2=$OUT/l2
    new_root "$r2"
    add_modules "$r2" virtio_pci virtio_net
    cat > "$r2/init" <<'EOF'
#!/bin/sh
# L2 guest: configure the passed-through NIC, ping the user-net gateway,
# report the NIC's interrupt counts, power off.
/bin/busybox mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
/bin/busybox --install -s
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
mount -t proc proc /proc; mount -t sysfs sysfs /sys
echo "=== L2 UP $(uname -r), $(grep -c ^processor /proc/cpuinfo) vCPU"
while read -r m; do insmod "/lib/modules/$m" || echo "=== L2 insmod $m failed"; done < /etc/modules.order
pings=100
for w in $(cat /proc/cmdline); do case "$w" in kvm_pings=*) pings=${w#*=} ;; esac; done
i=0
while [ ! -e /sys/class/net/eth0 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
[ -e /sys/class/net/eth0 ] || echo "=== L2 no eth0"
ip link set lo up
ip link set eth0 up
ip addr add 10.0.2.15/24 dev eth0
ip route add default via 10.0.2.2
vdev=$(basename "$(readlink /sys/class/net/eth0/device)")
nic_irqs() {
    awk -v re="$vdev-" 'NR == 1 { n = NF; next }
        $0 ~ re { for (i = 2; i <= n + 1; i++) s += $i } END { print s + 0 }' /proc/interrupts
}
# Warm up (ARP, the first interrupts), then the measured phase; L1 counts
# its own interrupts between the BEGIN and END markers.
ping -q -c 3 -W 5 10.0.2.2 > /dev/null 2>&1
echo "=== L2 TRAFFIC BEGIN"
sleep 2
b=$(nic_irqs)
ping -q -c "$pings" -i 0.05 -W 5 10.0.2.2 > /tmp/ping.out 2>&1
a=$(nic_irqs)
sleep 2
echo "=== L2 TRAFFIC END"
cat /tmp/ping.out
loss=$(sed -n 's/.* \([0-9.]*\)% packet loss.*/\1/p' /tmp/ping.out)
echo "=== L2 FIGURE nic=$vdev pings=$pings loss=${loss:-none} nic_irqs=$((a - b)) nic_irqs_total=$a"
cat /proc/interrupts
echo "=== L2 DONE"
poweroff -f
EOF
    chmod 755 "$r2/init"
    pack "$r2" "$OUT/l2.cpio.gz"

    # L1: busybox, QEMU and its libraries, VFIO, the L2 kernel and
    # initramfs, /init (below).
    r1=$OUT/l1
    new_root "$r1"
    add_modules "$r1" vfio vfio_iommu_type1 vfio_pci
    install -m 755 "$udir/usr/bin/qemu-system-aarch64" "$r1/usr/bin/qemu-system-aarch64"
    copy_elf_libs "$udir" "$r1" "add its package to KVM_PKGS" "$r1/usr/bin/qemu-system-aarch64"
    mkdir -p "$r1/l2"
    cp "$IMAGE" "$r1/l2/Image"
    cp "$OUT/l2.cpio.gz" "$r1/l2/initramfs.cpio.gz"
    cat > "$r1/init" <<'EOF'
#!/bin/sh
# L1 KVM host: bind the NIC to vfio-pci, run the L2 guest with it under
# KVM, count this host's vfio MSIs over L2's traffic phase, power off.
/bin/busybox mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
/bin/busybox --install -s
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
export LD_LIBRARY_PATH=/lib/aarch64-linux-gnu
mount -t proc proc /proc; mount -t sysfs sysfs /sys
mkdir -p /run /tmp; mount -t tmpfs tmpfs /run
echo "=== L1 UP $(uname -r), $(grep -c ^processor /proc/cpuinfo) CPUs, cmdline: $(cat /proc/cmdline)"
pings=100; l2to=600; busy=0; l2smp=1
for w in $(cat /proc/cmdline); do
    case "$w" in
    kvm_pings=*) pings=${w#*=} ;; kvm_l2_timeout=*) l2to=${w#*=} ;; kvm_busy=*) busy=${w#*=} ;;
    kvm_l2_smp=*) l2smp=${w#*=} ;;
    esac
done
while read -r m; do insmod "/lib/modules/$m" || echo "=== L1 insmod $m failed"; done < /etc/modules.order
dmesg | grep -E 'GICv3|GICv4|ITS|kvm|smmu' | sed 's/^/=== L1 DMESG /'
[ -e /dev/kvm ] || echo "=== L1 no /dev/kvm"
nic=""
for d in /sys/bus/pci/devices/*; do
    [ "$(cat "$d/vendor")" = 0x1af4 ] && [ "$(cat "$d/device")" = 0x1041 ] && nic=${d##*/}
done
[ -n "$nic" ] || { echo "=== L1 no virtio-net (1af4:1041) PCI device"; poweroff -f; }
echo vfio-pci > "/sys/bus/pci/devices/$nic/driver_override"
echo "$nic" > /sys/bus/pci/drivers_probe
echo "=== L1 NIC $nic driver $(basename "$(readlink "/sys/bus/pci/devices/$nic/driver")") group $(basename "$(readlink "/sys/bus/pci/devices/$nic/iommu_group")")"
vfio_irqs() {
    awk 'NR == 1 { n = NF; next }
        /vfio-msi/ { for (i = 2; i <= n + 1; i++) s += $i } END { print s + 0 }' /proc/interrupts
}
vpe_irqs() {  # GICv4 doorbells: the vPE interrupts of the GICv4-vpe domain
    awk 'NR == 1 { n = NF; next }
        /GICv4[.0-9]*-vpe/ { for (i = 2; i <= n + 1; i++) s += $i } END { print s + 0 }' /proc/interrupts
}
: > /run/l2.log
tail -f /run/l2.log &
tailpid=$!
# kvm_busy=1: QEMU and a busy loop share CPU 0, so KVM sees another task
# runnable when it loads the vCPU and traps WFI (otherwise, with vLPIs
# mapped, it lets the guest's WFI wait on the GIC resident).
pin=""
if [ "$busy" = 1 ]; then
    pin="taskset 1"
    taskset 1 sh -c 'while :; do :; done' &
    busypid=$!
fi
t0=$(date +%s)
$pin timeout "$l2to" qemu-system-aarch64 -accel kvm -cpu host -machine virt,gic-version=3 \
    -smp "$l2smp" -m 384 -nodefaults -no-user-config -display none -no-reboot \
    -kernel /l2/Image -initrd /l2/initramfs.cpio.gz \
    -append "console=ttyAMA0 rdinit=/init loglevel=4 kvm_pings=$pings" \
    -device "vfio-pci,host=$nic,rombar=0" -serial file:/run/l2.log \
    > /run/qemu.out 2>&1 &
qpid=$!
state=0 vb=0 db=0 va=0 da=0
while kill -0 $qpid 2>/dev/null; do
    if [ $state = 0 ] && grep -q '=== L2 TRAFFIC BEGIN' /run/l2.log; then
        vb=$(vfio_irqs); db=$(vpe_irqs); state=1
    elif [ $state = 1 ] && grep -q '=== L2 TRAFFIC END' /run/l2.log; then
        va=$(vfio_irqs); da=$(vpe_irqs); state=2
        cp /proc/interrupts /run/irqs-end
    fi
    sleep 0.3
done
wait $qpid; rc=$?
[ -z "${busypid:-}" ] || kill "$busypid"
sleep 1; kill $tailpid 2>/dev/null
echo "=== L1 QEMU rc=$rc after $(( $(date +%s) - t0 ))s: $(head -c 600 /run/qemu.out | tr '\n' ' ')"
[ $state = 2 ] || echo "=== L1 traffic phase not seen (state $state)"
vl=$(grep -c vfio-msi /run/irqs-end 2>/dev/null)
echo "=== L1 FIGURE vfio_irqs=$((va - vb)) doorbells=$((da - db)) vfio_lines=${vl:-0} phase=$state"
echo "=== L1 /proc/interrupts at the end of L2's traffic phase:"
cat /run/irqs-end 2>/dev/null
echo "=== L1 DONE"
poweroff -f
EOF
    chmod 755 "$r1/init"
    pack "$r1" "$OUT/l1.cpio.gz"
    rm -rf "$udir"
    echo "$key" > "$OUT/.key"
    log "L1 initramfs $(du -h "$OUT/l1.cpio.gz" | cut -f1) (L2's $(du -h "$OUT/l2.cpio.gz" | cut -f1))"
fi

# 2. The boots.
mkdir -p "$LOGS" "$(dirname "$RESULTS")"
: > "$RESULTS"
result() { echo "$1: $2 $3" | tee -a "$RESULTS"; }
EVENTS=$LOGS/kvm.trace-events
printf '%s\n' 'gicv3_its_cmd_*' gicv3_its_vmapp41 gicv3_its_vmovp41 \
    gicv3_its_default_doorbell gicv3_redist_vpendbaser41 gicv3_redist_vpropbaser41 \
    gicv3_redist_invlpir gicv3_redist_invallr gicv3_redist_syncr \
    gicv3_redist_setclrlpir gicv3_dist_typer2 > "$EVENTS"
fig() {  # LOG MARKER KEY: value of KEY= on the first "=== MARKER" line
    grep -a -m 1 "=== $2 " "$1" | tr ' ' '\n' | sed -n "s/^$3=//p" | head -n 1
}
tcount() { grep -a -c "$2" "$1" 2>/dev/null || true; }

boot() {  # CONFIG
    local cfg=$1 base=${1%smp2} gic_opts=() v4=1 busy=0 l2smp=$L2_SMP name log trace secs rc
    [ "$base" = "$cfg" ] || l2smp=2
    [ "${base%db}" = "$base" ] || { busy=1; base=${base%db}; }
    case "$base" in
    4.1) gic_opts=(-global arm-gicv3.gicv41=on -global "arm-gicv3.dirty-reads=$DIRTY_READS") ;;
    neg) gic_opts=(-global arm-gicv3.gicv41=on -global "arm-gicv3.dirty-reads=$DIRTY_READS"); v4=0 ;;
    4d)  gic_opts=(-global arm-gicv3.direct-lpi=on) ;;
    4)   ;;
    *)   die "unknown configuration '$cfg' in KVM_CONFIGS (4.1 neg 4d 4, and 4.1db 4ddb 4db)" ;;
    esac
    [ "$base" != neg ] || [ $busy = 0 ] || die "no busy variant of neg"
    name=kvm-$cfg; log=$LOGS/$name.log; trace=$LOGS/$name.trace
    rm -f "$log" "$trace"
    log "$name: booting Linux KVM on gic-version=4 ${gic_opts[*]} vgic_v4_enable=$v4 busy=$busy l2_vcpus=$l2smp (log ${log#"$TOP"/})"
    local t0; t0=$(date +%s)
    set +e
    timeout -k 5 "$TIMEOUT" "$EMU_BIN" \
        -machine virt,virtualization=on,gic-version=4,iommu=smmuv3 "${gic_opts[@]}" \
        -cpu cortex-a57 -smp 2 -m 2048 -nodefaults -display none -no-reboot \
        -kernel "$IMAGE" -initrd "$OUT/l1.cpio.gz" \
        -append "console=ttyAMA0 rdinit=/init kvm-arm.vgic_v4_enable=$v4 kvm_pings=$PINGS kvm_busy=$busy kvm_l2_smp=$l2smp kvm_l2_timeout=$((TIMEOUT - 120))" \
        -device virtio-net-pci,netdev=n0,romfile=,iommu_platform=on,disable-legacy=on \
        -netdev user,id=n0 -serial file:"$log" \
        -trace events="$EVENTS",file="$trace" 2> "$LOGS/$name.qemu-stderr"
    rc=$?
    set -e
    secs=$(( $(date +%s) - t0 ))
    sed -i 's/\r//g' "$log" 2>/dev/null || : > "$log"
    local how="${secs}s"
    [ $rc != 124 ] && [ $rc != 137 ] || how="timeout after ${secs}s"
    log "$name: emulator exited rc=$rc ($how)"

    local l2_done loss pings nic_irqs vfio doorbells vlines vmapp vmapp41 vmapti vmovp vpend dbreq ddb clrlpir invlpir clear
    l2_done=$(grep -a -c '=== L2 DONE' "$log" || true)
    loss=$(fig "$log" 'L2 FIGURE' loss); pings=$(fig "$log" 'L2 FIGURE' pings)
    nic_irqs=$(fig "$log" 'L2 FIGURE' nic_irqs)
    vfio=$(fig "$log" 'L1 FIGURE' vfio_irqs); doorbells=$(fig "$log" 'L1 FIGURE' doorbells)
    vlines=$(fig "$log" 'L1 FIGURE' vfio_lines)
    vmapp=$(tcount "$trace" 'gicv3_its_cmd_vmapp ')
    vmapp41=$(tcount "$trace" 'gicv3_its_vmapp41 ')
    vmapti=$(tcount "$trace" 'gicv3_its_cmd_vmapti ')
    vmovp=$(tcount "$trace" 'gicv3_its_cmd_vmovp ')
    vpend=$(tcount "$trace" 'gicv3_redist_vpendbaser41 ')
    dbreq=$(grep -a 'gicv3_redist_vpendbaser41 ' "$trace" 2>/dev/null | grep -c 'Valid 0 DB 1' || true)
    ddb=$(tcount "$trace" 'gicv3_its_default_doorbell ')
    clrlpir=$(tcount "$trace" 'gicv3_redist_setclrlpir ')
    invlpir=$(tcount "$trace" 'gicv3_redist_invlpir ')
    clear=$(tcount "$trace" 'gicv3_its_cmd_clear ')
    local kvmmsg itsmsg
    kvmmsg=$(grep -a -m 1 -o 'kvm \[[0-9]*\]: GICv4[.1]* support [a-z]*abled' "$log" || true)
    itsmsg=$(grep -a -m 1 -o 'GICv4 features: .*' "$log" | sed 's/ *$//' || true)
    local detail="pings=${pings:-?} loss=${loss:-?}% l2_nic_irqs=${nic_irqs:-?} l1_vfio_irqs=${vfio:-?} l1_vfio_lines=${vlines:-?} l1_doorbells=${doorbells:-?} vmapp=$vmapp vmapp41=$vmapp41 vmapti=$vmapti vmovp=$vmovp vpendbaser41=$vpend db_requests=$dbreq default_doorbells=$ddb set/clrlpir=$clrlpir invlpir=$invlpir clear=$clear ($how)"
    log "$name: $detail"

    # Direct delivery: L2 counted its NIC's MSIs, L1's vfio interrupts
    # (there while L2 ran) saw at most 1% of them over the same phase.
    direct=0
    if [ -n "$nic_irqs" ] && [ -n "$vfio" ] && [ "$nic_irqs" -gt 0 ] && [ "${vlines:-0}" -gt 0 ] &&
       [ $((vfio * 100)) -le "$nic_irqs" ]; then
        direct=1
    fi
    case "$cfg" in
    neg)
        if [ "$l2_done" -ge 1 ] && [ "$loss" = 0 ] && [ $direct = 0 ] && [ "${vfio:-0}" -ge "${nic_irqs:-1}" ]; then
            result PASS "kvm-neg-no-direct" "vgic_v4_enable=0: L1 took the MSIs itself, the direct-delivery check fails as it must: $detail"
        else
            result FAIL "kvm-neg-no-direct" "vgic_v4_enable=0 must leave the MSIs to L1 (and L2 must still ping): $detail"
        fi
        case "$kvmmsg" in
        *disabled) result PASS "kvm-neg-v4-disabled" "L1: $kvmmsg" ;;
        *) result FAIL "kvm-neg-v4-disabled" "L1 said '${kvmmsg:-nothing}'" ;;
        esac
        return 0 ;;
    esac
    local want_kvm="GICv4 support enabled" want_its=""
    case "$cfg" in 4.1*) want_kvm="GICv4.1 support enabled"; want_its="Using GICv4.1 mode" ;; esac
    if [ "${kvmmsg#*: }" = "$want_kvm" ] && { [ -z "$want_its" ] || grep -a -q "$want_its" "$log"; }; then
        result PASS "$name-linux-gicv4" "L1: '$kvmmsg'${itsmsg:+, '$itsmsg'}${want_its:+, '$want_its'}"
    else
        result FAIL "$name-linux-gicv4" "L1 said '${kvmmsg:-nothing}' (want '$want_kvm'${want_its:+ and '$want_its'}); ${itsmsg:-no GICv4 features line}"
    fi
    # Linux found nothing wrong with the GIC: no warning, oops or ITS error.
    local bad
    bad=$(grep -a -m 3 -E 'WARNING:|Oops|BUG:|Internal error|Kernel panic|not cleaning|ITS.*(timeout|failed|error)|VPE IRQ allocation failure' "$log" |
          sed 's/^\[ *[0-9.]*\] //' | cut -c1-120 | paste -sd'|' || true)
    if [ -z "$bad" ]; then
        result PASS "$name-linux-clean" "no kernel warning, oops or ITS error in L1 or L2"
    else
        result FAIL "$name-linux-clean" "kernel said: $bad"
    fi
    if [ "$l2_done" -ge 1 ] && [ "$loss" = 0 ]; then
        result PASS "$name-l2-ping" "L2 pinged 10.0.2.2 through the passed-through NIC, ${pings} pings, 0% lost"
    else
        result FAIL "$name-l2-ping" "L2 did not finish its pings with 0% loss: $detail"
    fi
    if [ -n "$nic_irqs" ] && [ "$nic_irqs" -gt 0 ]; then
        result PASS "$name-l2-nic-irqs" "L2 took $nic_irqs NIC interrupts in the traffic phase"
    else
        result FAIL "$name-l2-nic-irqs" "L2 took ${nic_irqs:-no} NIC interrupts"
    fi
    if [ $direct = 1 ]; then
        result PASS "$name-direct" "L1's vfio MSIs ${vfio} <= 1% of L2's ${nic_irqs} (L1 GICv4 doorbells ${doorbells:-?})"
    else
        result FAIL "$name-direct" "L1's vfio MSIs ${vfio:-?} > 1% of L2's ${nic_irqs:-?} (or no vfio-msi line in L1 while L2 ran: ${vlines:-?})"
    fi
    case "$base" in
    4.1)
        if [ "$vmapp41" -gt 0 ] && [ "$vmapti" -gt 0 ]; then
            result PASS "$name-trace" "emulator trace: VMAPP=$vmapp (4.1: $vmapp41) VMAPTI=$vmapti GICR_VPENDBASER(4.1) Valid changes=$vpend (non-resident with DB=1: $dbreq), default doorbells=$ddb"
        else
            result FAIL "$name-trace" "emulator trace: VMAPP(4.1)=$vmapp41 VMAPTI=$vmapti (want both > 0)"
        fi ;;
    4d)
        if [ "$vmapp" -gt 0 ] && [ "$vmapti" -gt 0 ] && [ "$clrlpir" -gt 0 ] && [ "$invlpir" -gt 0 ]; then
            result PASS "$name-trace" "emulator trace: VMAPP=$vmapp VMAPTI=$vmapti, DirectLPI used: GICR_SET/CLRLPIR=$clrlpir GICR_INVLPIR=$invlpir (ITS CLEAR=$clear)"
        else
            result FAIL "$name-trace" "emulator trace: VMAPP=$vmapp VMAPTI=$vmapti GICR_SET/CLRLPIR=$clrlpir GICR_INVLPIR=$invlpir (want all > 0)"
        fi ;;
    *)
        if [ "$vmapp" -gt 0 ] && [ "$vmapti" -gt 0 ]; then
            result PASS "$name-trace" "emulator trace: VMAPP=$vmapp VMAPTI=$vmapti"
        else
            result FAIL "$name-trace" "emulator trace: VMAPP=$vmapp VMAPTI=$vmapti (want both > 0)"
        fi ;;
    esac
    # ...db: L2's vCPU waited non-resident with its doorbell armed and its
    # vLPIs rang the doorbell, which L1 took (no vfio MSI: checked above).
    # GICv4.1: the default doorbell requested by GICR_VPENDBASER.DB;
    # GICv4.0: the per-vLPI doorbell LPI of VMAPTI.
    if [ $busy = 1 ] && [ "$base" = 4.1 ]; then
        if [ "$dbreq" -gt 0 ] && [ "$ddb" -gt 0 ] && [ "${doorbells:-0}" -gt 0 ]; then
            result PASS "$name-doorbells" "L1 took ${doorbells} GICv4.1 doorbells over the traffic phase; emulator: $dbreq non-resident DB=1 writes, $ddb default doorbells raised"
        else
            result FAIL "$name-doorbells" "L1 doorbells=${doorbells:-?}, emulator DB=1 writes=$dbreq, default doorbells=$ddb (want all > 0)"
        fi
    elif [ $busy = 1 ]; then
        if [ "${doorbells:-0}" -gt 0 ]; then
            result PASS "$name-doorbells" "L1 took ${doorbells} GICv4.0 doorbells over the traffic phase"
        else
            result FAIL "$name-doorbells" "L1 took ${doorbells:-no} GICv4.0 doorbells over the traffic phase (want > 0)"
        fi
    fi
    # smp2: two vPEs; KVM moved them between L1's CPUs with VMOVP (on
    # GICv4.1 with the default doorbell) and no vLPI was lost (ping above).
    if [ "$l2smp" -ge 2 ] && [ $busy = 0 ]; then
        if [ "$vmapp" -ge 2 ] && [ "$vmovp" -gt 0 ]; then
            result PASS "$name-vmovp" "$l2smp vPEs (VMAPP=$vmapp) moved $vmovp times (VMOVP), L1 doorbells ${doorbells:-?}"
        else
            result FAIL "$name-vmovp" "VMAPP=$vmapp VMOVP=$vmovp with $l2smp L2 vCPUs (want >= 2 and > 0)"
        fi
    fi
}

for c in $CONFIGS; do boot "$c"; done
p=$(grep -c '^PASS: ' "$RESULTS" || true); f=$(grep -c '^FAIL: ' "$RESULTS" || true)
log "$p passed, $f failed (${RESULTS#"$TOP"/})"
ok
[ "$f" = 0 ]
