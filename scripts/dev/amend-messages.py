#!/usr/bin/env python3
# Run as a rebase exec after each pick: appends, once, the paragraph that
# says what the folded fixes of this session do to the patch's message,
# before its trailers (verbatim: a body line starting with '#' is kept).
import subprocess, sys
extra = {
"xen/arm: gic-v3-lpi: count LPIs in perf counters":
"""A further counter keeps the longest wait for an ITS command with
interrupts off (per pCPU, in microseconds): the GICv4 scheduler paths
wait like that, and the figure shows what they cost.""",
"xen/arm: gicv4: Kconfig option, boot switch and detection":
"""The probe also records what gicv4_init() chose, so that redistributors
found later can be checked against it, and direct injection is refused
where two ITSes report the same GITS_CTLR.ITS_Number or the ITSes
disagree on GITS_TYPER.VMOVP: VMOVP's ITS list relies on both.""",
"xen/arm: its: V-command builders and command queue access for GICv4":
"""gicv3_its_wait_commands() waits only for the commands the calling pCPU
queued, not for the whole shared queue: the GICv4 scheduler paths wait
with interrupts off, and a large MAPD another pCPU queued after their
commands must not stretch them.  Progress is counted in bytes since the
queue was set up (CREADR folded in at every read, under cmd_lock), and
each pCPU's last queued position is kept per ITS.  Commands are queued
and waited for on one pCPU with nothing in between that could move the
caller, so "this pCPU's last command" is well defined.""",
"xen/arm: gicv4: VMs, vPEs, residency and doorbells":
"""Every path that blocks a vCPU goes through arch_vcpu_block(): WFI and
PSCI suspend (vcpu_block_unless_event_pending()), SCHEDOP_block and
SCHEDOP_poll.  Arm's implementation, empty until now, makes the vPE
non-resident there, so the check that follows sees PendingLast; doing it
only on the WFI path would leave a vCPU blocked in a hypercall with its
vPE resident and no doorbell.  When the VM is published every vCPU is
kicked: one that blocked before it had a vPE blocked without a doorbell,
and one that is in the guest has a vPE that is not resident yet.

A VM that cannot be built is not retried on every MAPTI: the domain
keeps the software path, with one log line and a perf counter.  The VM's
vINTID width is what the guest's property table covers within its vGIC,
not limited by the host ITS's EventID width, an unrelated quantity.
While GICR_VPENDBASER.Dirty does not clear, PendingLast is UNKNOWN: it
is taken as set.""",
"xen/arm: vgic-v3-its: map the hardware domain's events directly (GICv4)":
"""An LPI the software path queued for the event just before it became
direct (and that did not reach a list register) is taken off the vCPU's
queues and raised with INT on the new mapping: a vINTID must not be
pending in a list register and in the VPT at once.""",
"xen/arm: gicv4: invalidate doorbell configuration through a proxy device":
"""The INV goes to the redistributor of the proxy event's collection,
which must be the vPE's target: while the proxy event lags behind (its
MOVI failed), the invalidation reports failure instead of reaching the
wrong redistributor.""",
"xen/arm: gicv4: GICv4.1 operations, chosen at boot":
"""Residency is never given to a second redistributor: if the VMOVP of a
move fails, the vPE stays non-resident (the ITS may still deliver to the
old one), its doorbell is armed, and the vCPU is not allowed to block
until a later entry moved it; likewise a block refuses to sleep when the
doorbell's invalidation failed or the vPE is not resident here.  Without
GITS_TYPER.VMOVP each ITS is given a GITS_CTLR.ITS_Number (or keeps the
one it reports) while it is disabled, the ITS list names those numbers,
and one lock orders every ITS-list VMOVP with its sequence number across
all vPEs; a VMOVP that failed on any ITS is sent again on the next entry.
On GICv4.1 VMOVP carries the default doorbell and is sent even between
redistributors that share the vPE table (the doorbell would otherwise
stay at the old one); VMAPP sets Alloc on the first ITS's map and the
last ITS's unmap, and PTZ only with Alloc.  A vPE's VM is reached
through the vPE, which is published before the VM.

Every redistributor has Valid cleared in GICR_VPENDBASER and
GICR_VPROPBASER reset when it is probed, in case firmware or an earlier
kernel left them set.  At gicv4_init() only the boot CPU is up: the
shared vPE table is installed there, and by each other CPU as it comes
up; reading per_cpu() of CPUs not yet up crashed Xen on every GICv4.1
machine with more than one CPU.  The command builders are static; the
unit tests include the file.""",
"xen/arm: gicv4: GICv4.0 doorbells through GICR_INVLPIR where the GIC has it":
"""Both invalidation paths follow one rule: a doorbell's configuration is
cached per redistributor and an invalidation reaches only the one it
targets, so a per-vPE "stale" flag is set by the doorbell handler, by a
move and by an invalidation that failed, and cleared only by one that
succeeded.  On the proxy path the proxy event follows the vPE when next
needed if its MOVI failed.  Redistributors that come up after the
decision must offer DirectLPI where it was chosen, and RVPEID with
CommonLPIAff == 0 where GICv4.1 was.""",
}
subj = subprocess.run(['git', 'log', '-1', '--format=%s'], capture_output=True, text=True, check=True).stdout.strip()
if subj not in extra:
    sys.exit(0)
msg = subprocess.run(['git', 'log', '-1', '--format=%B'], capture_output=True, text=True, check=True).stdout.rstrip('\n')
if extra[subj] in msg:
    sys.exit(0)
paras = msg.split('\n\n')
assert paras[-1].startswith('Signed-off-by'), paras[-1]
new = '\n\n'.join(paras[:-1] + [extra[subj], paras[-1]]) + '\n'
subprocess.run(['git', 'commit', '-q', '--amend', '--cleanup=verbatim', '-F', '-'], input=new, text=True, check=True)
