#!/usr/bin/env bash
# Device trees of the dom0less domU that owns QEMU virt's PCIe host bridge
# (tests/e2e/README.md, "dom0less domU with the PCIe host bridge").
#
# Usage: scripts/domu-dt.sh HOST_DTB PARTIAL_DTB [intx|msi|msi-unowned]
#   HOST_DTB     QEMU's own device tree (-machine dumpdtb=), changed in place:
#                its PCIe host bridge node is marked "xen,passthrough" (Xen
#                gives dom0 the node with status = "disabled" and maps none
#                of it), and gets an "interrupts" property listing the GIC
#                SPIs its interrupt-map routes INTx to (see below).
#   PARTIAL_DTB  written: the domU's partial device tree (the
#                "multiboot,device-tree" module; docs/misc/arm/passthrough.txt
#                "Dom0-less Device Passthrough"): a /gic placeholder and a
#                /passthrough simple-bus holding a copy of the host's PCIe
#                node, with xen,path, xen,reg (every window mapped 1:1) and
#                xen,force-assign-without-iommu (virt has no SMMU here).
#   intx|msi     intx (default): no msi-map in the partial tree: Xen gives
#                the domain the DeviceIDs of the host node's msi-map but no
#                vITS (a tree that names no MSIs asks for none), and writes
#                its GIC node with #address-cells = <0> (see below).
#                msi: the pcie node keeps QEMU's msi-map, naming the host
#                ITS's phandle, which the series' Xen gives the domU's ITS
#                node (gicv3_its_make_domu_dt_nodes()); the /gic placeholder
#                gets an "its" child with that phandle so that the partial
#                tree is self-contained (Xen reads only the /gic phandle).
#                Xen gives the domain the host DeviceIDs of the *host*
#                node's msi-map (handle_passthrough_msis()).
#                msi-unowned: the partial tree of msi, but the host node's
#                msi-map shrunk to one DeviceID, the bridge's own (RID 0):
#                the NIC behind it (00:01.0, RID 0x8) is not the domain's,
#                while the domU's Linux, reading the full msi-map of its
#                copy, MAPDs it; Xen must refuse that MAPD (negative of
#                issue 19's ownership, tests/e2e domu-msi-unowned-gic4).
#
# Everything is read from QEMU's tree with fdtget and written with fdtput;
# the only source text is the partial tree's empty skeleton, compiled by dtc.
#
# Xen 4.17 facts this relies on (xen/arch/arm/domain_build.c):
# - handle_passthrough_prop() maps each xen,reg triplet <host size guest>
#   (cells of the parent /passthrough: 2, 2, 2) as device memory, and routes
#   to the domU the interrupts of the *host* node named by xen,path, taken
#   from its "interrupts" property only (dt_number_of_irq): a PCIe host
#   bridge's INTx are in interrupt-map, which Xen does not walk for a domU.
#   Hence the "interrupts" we add to the host node: the INTx SPIs, 1:1 (vIRQ
#   == pIRQ). A host bridge's own interrupts property is legitimate DT
#   (Linux's pci-host-ecam-generic ignores it) and dom0 never uses the node.
# - The guest's GIC node (make_gicv3_domU_node) takes the phandle of the
#   partial tree's /gic node and has #address-cells = <0>, whereas QEMU's GIC
#   has #address-cells = <2> (for its ITS child): in intx mode each
#   interrupt-map entry is rewritten without the parent unit address.  With
#   the series' vITS (msi mode) the guest's GIC has an ITS child and the
#   host's <2>, and the entries are copied as they are.
# - Xen 4.17 gives a domU no ITS (vgic_v3_its_count(), "Only Dom0 can use
#   emulated ITSes so far"); the series gives one to a direct-mapped domU
#   that owns DeviceIDs (issue 19), those of its host node's msi-map, when
#   its partial tree has an msi-map or msi-parent. intx mode leaves them
#   out of the partial tree (the domU runs with
#   pci=nomsi, has no vITS and a GIC node with #address-cells = <0>).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
step domu-dt

host=${1:?usage: domu-dt.sh HOST_DTB PARTIAL_DTB}
part=${2:?usage: domu-dt.sh HOST_DTB PARTIAL_DTB}
mode=${3:-intx}
case "$mode" in intx|msi|msi-unowned) ;; *) die "mode must be intx, msi or msi-unowned, not '$mode'" ;; esac
msi=0; [ "$mode" = intx ] || msi=1
for t in dtc fdtget fdtput; do command -v "$t" >/dev/null || die "$t not found (run 'make deps')"; done

# The host bridge: the root's pcie@ node (QEMU virt has exactly one).
pcie=$(fdtget -l "$host" / | grep -m 1 '^pcie@') || die "no pcie@ node under / in $host"
pcie=/$pcie
[ "$(fdtget -t s "$host" "$pcie" compatible)" = pci-host-ecam-generic ] ||
    die "$pcie is not pci-host-ecam-generic"
# The GIC: the root's interrupt parent.
gic_ph=$(fdtget -t u "$host" / interrupt-parent)
gic=""
for n in $(fdtget -l "$host" /); do
    [ "$(fdtget -t u "$host" "/$n" phandle 2>/dev/null)" = "$gic_ph" ] && { gic=/$n; break; }
done
[ -n "$gic" ] || die "no node with the root's interrupt-parent phandle $gic_ph"
gic_ac=$(fdtget -t u "$host" "$gic" '#address-cells' 2>/dev/null || echo 0)
gic_ic=$(fdtget -t u "$host" "$gic" '#interrupt-cells')
[ "$gic_ic" = 3 ] || die "$gic has #interrupt-cells $gic_ic, not 3"
pci_ac=$(fdtget -t u "$host" "$pcie" '#address-cells')     # 3
pci_ic=$(fdtget -t u "$host" "$pcie" '#interrupt-cells')   # 1
root_ac=$(fdtget -t u "$host" / '#address-cells')          # 2
root_sc=$(fdtget -t u "$host" / '#size-cells')             # 2
pci_sc=$(fdtget -t u "$host" "$pcie" '#size-cells')        # 2
[ "$root_ac" = 2 ] && [ "$root_sc" = 2 ] && [ "$pci_sc" = 2 ] ||
    die "unexpected cells: root #address-cells $root_ac #size-cells $root_sc, $pcie #size-cells $pci_sc"

# interrupt-map: entries of <child unit address (pci_ac), child interrupt
# (pci_ic), parent phandle, parent unit address (gic_ac), parent interrupt
# (3)>. Keep the entries without the parent unit address, and collect the
# SPIs (parent interrupt <0 N flags>).
read -r -a imap <<< "$(fdtget -t u "$host" "$pcie" interrupt-map)"
ent=$((pci_ac + pci_ic + 1 + gic_ac + 3))
[ $(( ${#imap[@]} % ent )) = 0 ] || die "$pcie interrupt-map is not a multiple of $ent cells"
guest_imap=() spis=()
declare -A seen_spi=()
for ((i = 0; i < ${#imap[@]}; i += ent)); do
    e=("${imap[@]:i:ent}")
    [ "${e[pci_ac + pci_ic]}" = "$gic_ph" ] || die "interrupt-map entry $((i / ent)) does not name the GIC"
    p=$((pci_ac + pci_ic + 1 + gic_ac))
    [ "${e[p]}" = 0 ] || die "interrupt-map entry $((i / ent)) is not an SPI"
    # With a vITS (msi), the guest's GIC has the host's address cells.
    if [ $msi = 1 ]; then guest_imap+=("${e[@]}")
    else guest_imap+=("${e[@]:0:pci_ac + pci_ic + 1}" "${e[@]:p:3}"); fi
    if [ -z "${seen_spi[${e[p + 1]}]:-}" ]; then
        seen_spi[${e[p + 1]}]=1
        spis+=(0 "${e[p + 1]}" "${e[p + 2]}")
    fi
done

# Host tree: dom0 must not get the bridge; Xen routes its INTx SPIs.
fdtput "$host" "$pcie" xen,passthrough
fdtput -t u "$host" "$pcie" interrupts "${spis[@]}"

# Partial tree: the skeleton from source, the rest copied with fdtget/fdtput.
# The /gic placeholder carries QEMU's GIC phandle, so that the copied
# interrupt-map keeps naming it; Xen gives the guest's GIC that phandle.
src=$(mktemp); trap 'rm -f "$src"' EXIT
gic_guest_ac=0; [ $msi = 0 ] || gic_guest_ac=$gic_ac
cat > "$src" <<EOF
/dts-v1/;
/ {
	#address-cells = <2>;
	#size-cells = <2>;
	gic {
		#interrupt-cells = <3>;
		#address-cells = <$gic_guest_ac>;
		interrupt-controller;
		phandle = <$gic_ph>;
	};
	passthrough {
		compatible = "simple-bus";
		ranges;
		#address-cells = <2>;
		#size-cells = <2>;
	};
};
EOF
dtc -q -I dts -O dtb -o "$part" "$src" || die "dtc failed on the partial tree's skeleton"
its_ph=""
if [ $msi = 1 ]; then
    read -r -a mmap <<< "$(fdtget -t u "$host" "$pcie" msi-map 2>/dev/null || true)"
    [ ${#mmap[@]} = 4 ] || die "$pcie has no msi-map of one entry (gic-version=2?)"
    its_ph=${mmap[1]}
    fdtput -c "$part" /gic/its
    fdtput "$part" /gic/its msi-controller
    fdtput -t u "$part" /gic/its '#msi-cells' 1
    fdtput -t u "$part" /gic/its phandle "$its_ph"
fi
node=/passthrough${pcie}
fdtput -c "$part" "$node"
for prop in $(fdtget -p "$host" "$pcie"); do
    case "$prop" in
    msi-map) [ $msi = 1 ] || continue ;;
    msi-parent|xen,passthrough|interrupts|interrupt-map|phandle) continue ;;
    esac
    # shellcheck disable=SC2046
    fdtput -t bx "$part" "$node" "$prop" $(fdtget -t bx "$host" "$pcie" "$prop")
done
fdtput -t u "$part" "$node" interrupt-map "${guest_imap[@]}"
owned=""
# intx: the host node keeps its msi-map: the domain owns the DeviceIDs
# (dom0 cannot map them), but its partial tree names no MSIs, so Xen gives
# it no vITS and a GIC node with #address-cells = <0>, as Xen 4.17 did.
# msi-unowned: the host node (what Xen gives the domain) covers RID 0 only;
# the partial tree keeps the full copy made above.
if [ "$mode" = msi-unowned ]; then
    [ "${mmap[0]}" = 0 ] && [ "${mmap[2]}" = 0 ] ||
        die "$pcie msi-map does not start at RID 0 / DeviceID 0: ${mmap[*]}"
    fdtput -t u "$host" "$pcie" msi-map 0 "$its_ph" 0 1
    owned=", the host node's msi-map only DeviceID 0 (partial tree: ${mmap[3]})"
fi

# xen,reg: <host address, size, guest address> (2, 2, 2 cells), 1:1, for the
# ECAM (reg) and each window of ranges (<pci address (3), cpu address (2),
# size (2)>).
read -r -a reg <<< "$(fdtget -t x "$host" "$pcie" reg)"
read -r -a rng <<< "$(fdtget -t x "$host" "$pcie" ranges)"
[ ${#reg[@]} = 4 ] || die "$pcie reg is not one <address size> pair"
[ $(( ${#rng[@]} % (pci_ac + 4) )) = 0 ] || die "$pcie ranges is not a multiple of $((pci_ac + 4)) cells"
xreg=("${reg[0]}" "${reg[1]}" "${reg[2]}" "${reg[3]}" "${reg[0]}" "${reg[1]}")
for ((i = 0; i < ${#rng[@]}; i += pci_ac + 4)); do
    c=("${rng[@]:i + pci_ac:4}")
    xreg+=("${c[0]}" "${c[1]}" "${c[2]}" "${c[3]}" "${c[0]}" "${c[1]}")
done
fdtput -t x "$part" "$node" xen,reg "${xreg[@]}"
fdtput -t s "$part" "$node" xen,path "$pcie"
fdtput "$part" "$node" xen,force-assign-without-iommu
log "$pcie passed through ($mode${its_ph:+, msi-map to ITS phandle $its_ph}$owned): INTx SPIs ${spis[*]}, xen,reg ${xreg[*]}"
