#!/usr/bin/env bash
# Boot Xen + dom0 (build/rootfs) on QEMU's virt machine under TCG and run one
# dom0 test. Exit 0 when dom0 printed "=== RESULT: PASS", non-zero otherwise;
# the last line on stdout says what happened.
#
# Usage: scripts/qemu.sh [options]
#   --gic 3|4|4.1|4d     GIC of the virt machine (default 3): 3, 4 (GICv4.0,
#                        as QEMU 7.2 has it), and on the project's emulator
#                        (make emulator, build/emulator): 4.1 (GICv4.1) and
#                        4d (GICv4.0 with DirectLPI)
#   --emulator           use build/emulator's QEMU for --gic 3|4 too
#   --gic-opt K=V        an emulator GIC option (-global arm-gicv3.K=V), e.g.
#                        dirty-reads=N (emulator/README.md); repeatable
#   --xen FLAVOUR|PATH   build/out/FLAVOUR/xen (default debug) or a Xen binary
#                        (debug-static: the old name of debug, which has
#                        CONFIG_STATIC_MEMORY=y; scripts/build.sh)
#   --test NAME          dom0 runs /tests/NAME.sh (default baseline)
#   --xen-args "..."     extra Xen command line
#   --dom0-args "..."    extra dom0 kernel command line (e.g. e2e_pings=50)
#   --timeout SEC        bound on the whole boot (default 120)
#   --name NAME          run name; log in build/logs/NAME.log
#   --no-nic             no virtio-net device (negative tests)
#   --trace FILE         record QEMU's ITS command trace events in FILE
#   --trace-iar          with --trace, also trace ICC/ICV IAR reads (big)
#   --smp N, --mem MB    (default 2, 2048)
#   --console            also show the serial console while it runs
#   --domu               dom0less: Xen also builds, from the host device tree,
#                        a domU (static memory, direct-map, 1 vCPU, vpl011
#                        console) that owns the PCIe host bridge with the NIC
#                        (scripts/domu-dt.sh) and runs tests/e2e/domu/init;
#                        dom0 (test domu by default) does not get the bridge.
#                        Needs a Xen with CONFIG_STATIC_MEMORY (the debug
#                        build has it, scripts/build.sh)
#   --domu-mode intx|msi|msi-unowned
#                        the domU's NIC interrupts (default intx: pci=nomsi,
#                        legacy INTx through Xen; msi: the bridge keeps its
#                        msi-map, the domU gets a vITS (issue 19) and its
#                        NIC's MSIs; msi-unowned: the same partial tree, but
#                        the host node's msi-map gives the domain only the
#                        bridge's own DeviceID, not the NIC's: Xen must
#                        refuse the domU's MAPD of it; scripts/domu-dt.sh)
#   --domu-args "..."    extra domU kernel command line (e.g. e2e_pings=100)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

gic=3 xen=debug test=baseline xen_args="" dom0_args="" timeout=120 name=""
nic=1 trace="" trace_iar=0 smp=2 mem=2048 console=0 emulator=0 gic_extra=()
domu=0 domu_mode=intx domu_args="" test_set=0
while [ $# -gt 0 ]; do
    case "$1" in
    --gic|--xen|--test|--xen-args|--dom0-args|--timeout|--name|--trace|--smp|--mem|--gic-opt|--domu-mode|--domu-args)
        [ $# -ge 2 ] || { echo "ERROR [qemu]: option $1 needs a value" >&2; exit 2; } ;;
    esac
    case "$1" in
    --gic) gic=$2; shift ;;
    --xen) xen=$2; shift ;;
    --test) test=$2; test_set=1; shift ;;
    --xen-args) xen_args=$2; shift ;;
    --dom0-args) dom0_args=$2; shift ;;
    --timeout) timeout=$2; shift ;;
    --name) name=$2; shift ;;
    --no-nic) nic=0 ;;
    --trace) trace=$2; shift ;;
    --trace-iar) trace_iar=1 ;;
    --smp) smp=$2; shift ;;
    --mem) mem=$2; shift ;;
    --console) console=1 ;;
    --emulator) emulator=1 ;;
    --gic-opt) gic_extra+=(-global "arm-gicv3.$2"); emulator=1; shift ;;
    --domu) domu=1 ;;
    --domu-mode) domu_mode=$2; shift ;;
    --domu-args) domu_args=$2; shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "ERROR [qemu]: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

[ $domu = 0 ] || [ $test_set = 1 ] || test=domu
case "$domu_mode" in intx|msi|msi-unowned) ;; *) die "--domu-mode must be intx, msi or msi-unowned, not '$domu_mode'" ;; esac
[ "$xen" != debug-static ] || xen=debug   # the old name (scripts/build.sh)
case "$xen" in
*/*) xen_bin=$xen; flavour=$(basename "$(dirname "$xen")") ;;
*)   xen_bin=$BUILD/out/$xen/xen; flavour=$xen ;;
esac
name=${name:-$flavour-gic$gic-$test}
step "qemu:$name"
# The GIC: QEMU's gic-version, and the emulator's GICv4 options.
gic_opts=()
case "$gic" in
3|4) ;;
4.1) emulator=1; gic_opts=(-global arm-gicv3.gicv41=on) ;;
4d)  emulator=1; gic_opts=(-global arm-gicv3.direct-lpi=on) ;;
*) die "--gic must be 3, 4, 4.1 or 4d, not '$gic'" ;;
esac
gic_opts+=("${gic_extra[@]}")
qemu_bin=qemu-system-aarch64
if [ $emulator = 1 ]; then
    qemu_bin=$BUILD/emulator/qemu-system-aarch64
    [ -x "$qemu_bin" ] || die "no emulator $qemu_bin (run 'make emulator')"
fi
case "$timeout" in ''|*[!0-9]*) die "--timeout must be whole seconds" ;; esac
[ -f "$xen_bin" ] || die "no Xen binary $xen_bin (run 'make xen-all')"
kernel=$BUILD/rootfs/Image initrd=$BUILD/rootfs/initramfs.cpio.gz
[ -f "$kernel" ] && [ -f "$initrd" ] || die "no dom0 kernel/initramfs in $BUILD/rootfs (run 'make rootfs')"
for t in "$qemu_bin" fdtput timeout; do
    command -v "$t" >/dev/null || die "$t not found (run 'make deps')"
done

logs=$BUILD/logs
mkdir -p "$logs"
log_file=$logs/$name.log
dtb=$logs/$name.dtb
rm -f "$log_file" "$dtb"

machine=virt,virtualization=on,gic-version=${gic%%[.d]*}
qemu=("$qemu_bin" -machine "$machine" "${gic_opts[@]}" -cpu cortex-a57 -smp "$smp"
      -m "$mem" -nodefaults -display none -no-reboot)

# The device tree QEMU generates for this machine, plus Xen's boot modules.
timeout 30 "${qemu[@]}" -machine dumpdtb="$dtb" >/dev/null 2>&1 && [ -s "$dtb" ] ||
    die "QEMU could not dump the device tree for $machine"
KADDR=0x50000000 RADDR=0x5c000000
ksize=$(stat -c %s "$kernel") rsize=$(stat -c %s "$initrd")
[ "$ksize" -lt $((RADDR - KADDR)) ] || die "dom0 kernel ($ksize bytes) overlaps the ramdisk at $RADDR"
[ $((RADDR + rsize)) -lt $((0x40000000 + mem * 1024 * 1024)) ] || die "ramdisk does not fit in ${mem}M"
xen_cmdline="console=dtuart dtuart=/pl011@9000000 dom0_mem=1G dom0_max_vcpus=$smp loglvl=all guest_loglvl=all${xen_args:+ $xen_args}"
# --domu: dom0 reads the domU's verdict from Xen's console ring (xl dmesg),
# which also holds the domU's whole kernel log: a bigger ring than 16K.
[ $domu = 0 ] || xen_cmdline="console=dtuart dtuart=/pl011@9000000 dom0_mem=1G dom0_max_vcpus=$smp loglvl=all guest_loglvl=all conring_size=1M${xen_args:+ $xen_args}"
dom0_cmdline="console=hvc0 earlycon=xenboot rdinit=/init test=$test${dom0_args:+ $dom0_args}"
hex() { printf '0x%x' "$1"; }
{
    fdtput -t s "$dtb" /chosen xen,xen-bootargs "$xen_cmdline" &&
    fdtput -t x "$dtb" /chosen '#address-cells' 2 &&
    fdtput -t x "$dtb" /chosen '#size-cells' 2 &&
    fdtput -c "$dtb" /chosen/module@50000000 /chosen/module@5c000000 &&
    fdtput -t s "$dtb" /chosen/module@50000000 compatible multiboot,kernel multiboot,module &&
    fdtput -t x "$dtb" /chosen/module@50000000 reg 0 $KADDR 0 "$(hex "$ksize")" &&
    fdtput -t s "$dtb" /chosen/module@50000000 bootargs "$dom0_cmdline" &&
    fdtput -t s "$dtb" /chosen/module@5c000000 compatible multiboot,ramdisk multiboot,module &&
    fdtput -t x "$dtb" /chosen/module@5c000000 reg 0 $RADDR 0 "$(hex "$rsize")"
} || die "fdtput failed on $dtb"

# The dom0less domU (--domu): its modules next to dom0's, its RAM the top
# DOMU_MB of the machine's, reserved for it (xen,static-mem) and mapped 1:1
# (direct-map: guest physical == host physical, so the domU's vGIC, vpl011
# and the bridge's windows are at their host addresses). Xen 4.17 takes the
# node's cells from /chosen (2, 2). docs/misc/arm/device-tree/booting.txt.
if [ $domu = 1 ]; then
    UKADDR=0x54000000 URADDR=0x5d000000 UDADDR=0x5f000000 DOMU_MB=256
    ukernel=$kernel uinitrd=$BUILD/rootfs/domu-initramfs.cpio.gz pdtb=$logs/$name.partial.dtb
    [ -f "$uinitrd" ] || die "no domU initramfs $uinitrd (run scripts/rootfs.sh)"
    ursize=$(stat -c %s "$uinitrd")
    (( ksize < UKADDR - KADDR && ksize < RADDR - UKADDR )) ||
        die "the kernel ($ksize bytes) does not fit between the modules"
    (( RADDR + rsize < URADDR && URADDR + ursize < UDADDR )) ||
        die "the ramdisks do not fit between the modules"
    smem=$((0x40000000 + (mem - DOMU_MB) * 1024 * 1024))
    [ "$mem" -ge 2048 ] || die "--domu needs --mem >= 2048 (dom0's 1G, the domU's ${DOMU_MB}M, Xen and the modules)"
    "$TOP/scripts/domu-dt.sh" "$dtb" "$pdtb" "$domu_mode" ||
        die "cannot build the domU's device trees"
    pdsize=$(stat -c %s "$pdtb")
    domu_cmdline="console=ttyAMA0 rdinit=/init e2e_mode=$domu_mode"
    [ "$domu_mode" != intx ] || domu_cmdline+=" pci=nomsi"
    domu_cmdline+="${domu_args:+ $domu_args}"
    u=/chosen/domU1
    {
        fdtput -c "$dtb" $u $u/module@${UKADDR#0x} $u/module@${URADDR#0x} $u/module@${UDADDR#0x} &&
        fdtput -t s "$dtb" $u compatible xen,domain &&
        fdtput -t x "$dtb" $u '#address-cells' 2 &&
        fdtput -t x "$dtb" $u '#size-cells' 2 &&
        fdtput -t x "$dtb" $u memory 0 "$(hex $((DOMU_MB * 1024)))" &&
        fdtput -t x "$dtb" $u cpus 1 &&
        fdtput "$dtb" $u vpl011 &&
        fdtput -t x "$dtb" $u xen,static-mem 0 "$(hex $smem)" 0 "$(hex $((DOMU_MB * 1024 * 1024)))" &&
        fdtput "$dtb" $u direct-map &&
        fdtput -t s "$dtb" $u/module@${UKADDR#0x} compatible multiboot,kernel multiboot,module &&
        fdtput -t x "$dtb" $u/module@${UKADDR#0x} reg 0 $UKADDR 0 "$(hex "$ksize")" &&
        fdtput -t s "$dtb" $u/module@${UKADDR#0x} bootargs "$domu_cmdline" &&
        fdtput -t s "$dtb" $u/module@${URADDR#0x} compatible multiboot,ramdisk multiboot,module &&
        fdtput -t x "$dtb" $u/module@${URADDR#0x} reg 0 $URADDR 0 "$(hex "$ursize")" &&
        fdtput -t s "$dtb" $u/module@${UDADDR#0x} compatible multiboot,device-tree multiboot,module &&
        fdtput -t x "$dtb" $u/module@${UDADDR#0x} reg 0 $UDADDR 0 "$(hex "$pdsize")"
    } || die "fdtput failed on $dtb (domU)"
fi

args=(-kernel "$xen_bin" -dtb "$dtb"
      -device loader,file="$kernel",addr=$KADDR,force-raw=on
      -device loader,file="$initrd",addr=$RADDR,force-raw=on
      -serial file:"$log_file")
[ $domu = 0 ] || args+=(-device loader,file="$ukernel",addr=$UKADDR,force-raw=on
                        -device loader,file="$uinitrd",addr=$URADDR,force-raw=on
                        -device loader,file="$pdtb",addr=$UDADDR,force-raw=on)
if [ $nic = 1 ]; then
    args+=(-nic none -device virtio-net-pci,netdev=n0,romfile= -netdev user,id=n0)
else
    args+=(-nic none)
fi
if [ -n "$trace" ]; then
    mkdir -p "$(dirname "$trace")"
    ev=$logs/$name.trace-events
    printf '%s\n' 'gicv3_its_cmd_*' 'gicv3_its_process_command' > "$ev"
    # The emulator's GICv4.1 and DirectLPI events (emulator/README.md).
    [ $emulator = 0 ] || printf '%s\n' gicv3_its_vmapp41 gicv3_its_vmovp41 \
        gicv3_its_default_doorbell gicv3_redist_vpendbaser41 \
        gicv3_redist_vpropbaser41 gicv3_redist_invlpir gicv3_redist_invallr \
        gicv3_redist_syncr gicv3_redist_setclrlpir gicv3_dist_typer2 >> "$ev"
    [ $trace_iar = 0 ] || printf '%s\n' gicv3_icc_iar1_read gicv3_icv_iar_read >> "$ev"
    rm -f "$trace"
    args+=(-trace events="$ev",file="$trace")
fi

echo "qemu.sh: $name: booting $flavour on gic-version=$gic${gic_opts[*]:+ (${gic_opts[*]})} (log: ${log_file#"$TOP"/})" >&2
tail_pid=""
if [ $console = 1 ]; then
    : > "$log_file"; tail -n +1 -f "$log_file" >&2 & tail_pid=$!
    trap 'kill "$tail_pid" 2>/dev/null || true' EXIT
fi
t0=$(date +%s)
set +e
timeout -k 5 "$timeout" "${qemu[@]}" "${args[@]}" 2> "$logs/$name.qemu-stderr"
rc=$?
set -e
secs=$(( $(date +%s) - t0 ))
[ -z "$tail_pid" ] || { sleep 0.2; kill "$tail_pid" 2>/dev/null || true; }
[ -f "$log_file" ] || : > "$log_file"
sed -i 's/\r//g' "$log_file"
echo "$secs" > "$logs/$name.secs"

if [ -n "$trace" ] && [ -f "$trace" ]; then
    echo "qemu.sh: $name: ITS commands traced in ${trace#"$TOP"/}:" \
        "$(sed -n 's/^[0-9@.:]*gicv3_its_cmd_\([a-z]*\) .*/\1/p' "$trace" | sort | uniq -c |
           awk '{printf "%s%s=%s", sep, $2, $1; sep=" "}')" >&2
    [ $emulator = 0 ] ||
        echo "qemu.sh: $name: GICv4.1/DirectLPI events:" \
            "$(sed -n 's/^[0-9@.:]*gicv3_\(its_[a-z0-9_]*\|redist_[a-z0-9_]*\|dist_typer2\) .*/\1/p' "$trace" |
               grep -v '^its_cmd_\|^its_process_command' | sort | uniq -c |
               awk '{printf "%s%s=%s", sep, $2, $1; sep=" "}')" >&2
fi
result=$(grep -a -m 1 '=== RESULT: ' "$log_file" | sed 's/.*=== RESULT: //' || true)
last=$(grep -a -v '^[[:space:]]*$' "$log_file" | tail -n 1 | cut -c1-160 || true)
stuck=""
[ $rc != 124 ] && [ $rc != 137 ] || stuck=", then no power-off until the ${timeout}s timeout"
case "$result" in
PASS*) echo "qemu.sh: $name: PASS ${result#PASS } (${secs}s$stuck)"; exit 0 ;;
FAIL*) echo "qemu.sh: $name: FAIL ${result#FAIL } (${secs}s$stuck)"; exit 1 ;;
esac
if [ $rc = 124 ] || [ $rc = 137 ]; then
    echo "qemu.sh: $name: TIMEOUT after ${timeout}s, no RESULT line (hang?); last log line: ${last:-<empty log>}"
    exit 3
fi
err=$(head -n 1 "$logs/$name.qemu-stderr" 2>/dev/null || true)
echo "qemu.sh: $name: no RESULT line; QEMU exited rc=$rc${err:+ ($err)}; last log line: ${last:-<empty log>}"
exit 4
