# Front door of the Xen GICv4 direct-injection series.
# `make demo` and `make check` are the two commands a newcomer needs.

SHELL := /bin/bash
S := scripts
export BUILD ?= $(CURDIR)/build
RESULTS := $(BUILD)/results

.PHONY: all deps fetch tree xen xen-all patches rootfs unit review e2e check-emulator check-domu check-turn-on check demo bench clean distclean help

all: xen

help:
	@echo "make demo     set everything up, boot Xen on QEMU gic-version=3 and 4, show who takes the NIC's MSIs"
	@echo "make check    unit + e2e tests; ends with 'N passed, N failed'"
	@echo "make check-emulator  the full e2e set on the GICv4.1/DirectLPI emulator, then KVM; outside make check"
	@echo "make check-domu      every boot of the dom0less domU with the PCIe host bridge (issue 19); its MSI boots are in make check"
	@echo "make deps | fetch | tree | xen | patches | unit | e2e | check-emulator | bench | review"

deps:
	@$(S)/deps.sh

fetch: deps
	@$(S)/fetch.sh

tree: fetch
	@$(S)/tree.sh

# The two flavours the tests use; xen-all adds the CONFIG_GICV4=n builds.
xen: tree
	@$(S)/build.sh release debug

xen-all: tree
	@$(S)/build.sh release debug release-nogicv4 debug-nogicv4

patches:
	@$(S)/export-patches.sh

# QEMU 7.2 (Debian's source) with our GICv4.1 and DirectLPI patches
# (emulator/patches): build/emulator/qemu-system-aarch64; qemu.sh --gic 4.1|4d.
.PHONY: emulator
emulator: deps
	@$(S)/emulator.sh

rootfs: fetch
	@$(S)/rootfs.sh

unit: tree
	@mkdir -p $(RESULTS); rm -f $(RESULTS)/unit.txt
	@$(MAKE) -s -C tests/unit RESULTS=$(RESULTS)/unit.txt run

# The vITS fuzzer (libFuzzer, outside CI): at least FUZZ_CMDS (10^6) guest
# ITS commands against Xen's vITS on the GICv4.0 model; tests/unit/fuzz/run.sh.
.PHONY: fuzz
fuzz: tree
	@$(MAKE) -s -C tests/unit fuzz

# The interleaving explorer of tests/unit with a larger bound than `make
# unit` runs (issue #14): tests/unit/tests/test_explore.c.
.PHONY: explore
explore: tree
	@$(MAKE) -s -C tests/unit explore

# The emulator (GICv4.1, DirectLPI) is built first; if that fails, one FAIL
# line says so and the other boots still run.
e2e: xen-all rootfs
	@mkdir -p $(RESULTS); rm -f $(RESULTS)/e2e.txt
	@$(S)/emulator.sh || echo "FAIL: emulator-build scripts/emulator.sh failed (logs in build/emulator)" >> $(RESULTS)/e2e.txt
	@tests/e2e/run.sh $(RESULTS)/e2e.txt

# Outside `make check` (its time budget): every e2e boot on the project's
# emulator, GICv4.1 and GICv4.0+DirectLPI (tests/e2e/run.sh, E2E_SET=emulator),
# then the KVM checks (scripts/kvm-check.sh), and one summary line over both.
# As in e2e, a failed emulator build is one FAIL line and the rest still runs.
check-emulator: xen-all rootfs
	@mkdir -p $(RESULTS); rm -f $(RESULTS)/e2e-emulator.txt $(RESULTS)/kvm.txt
	@$(S)/emulator.sh || echo "FAIL: emulator-build scripts/emulator.sh failed (logs in build/emulator)" >> $(RESULTS)/e2e-emulator.txt
	@rc=0; E2E_SET=emulator tests/e2e/run.sh $(RESULTS)/e2e-emulator.txt || rc=1; \
	 if [ -f $(S)/kvm-check.sh ]; then bash $(S)/kvm-check.sh $(RESULTS)/kvm.txt || rc=1; \
	 else echo "FAIL: kvm-check scripts/kvm-check.sh is missing: the KVM checks did not run" > $(RESULTS)/kvm.txt; fi; \
	 $(S)/summary.sh $(RESULTS)/e2e-emulator.txt $(RESULTS)/kvm.txt || rc=1; exit $$rc

# Issue 19: a dom0less domU with static memory and direct-map that owns
# the PCIe host bridge (E2E_SET=domu; tests/e2e/README.md, last section):
# its MSIs through its vITS on gic-version=3, directly on 4 (ITS trace),
# teardown, an unowned DeviceID refused (these four boots are in `make
# check` too), plus its INTx boots and a gicv4=off negative. On the debug
# build, which has CONFIG_STATIC_MEMORY=y (the build make check builds).
check-domu: tree rootfs
	@$(S)/build.sh debug
	@mkdir -p $(RESULTS); rm -f $(RESULTS)/e2e-domu.txt
	@rc=0; E2E_SET=domu tests/e2e/run.sh $(RESULTS)/e2e-domu.txt || rc=1; \
	 $(S)/summary.sh $(RESULTS)/e2e-domu.txt || rc=1; exit $$rc

# Outside `make check` (its time budget): the patch that turns direct
# injection on, built alone, passes the blocked-vCPU doorbell boot, and its
# no-doorbell negative control fails (scripts/turn-on-check.sh).
check-turn-on: tree rootfs
	@mkdir -p $(RESULTS)
	@$(S)/turn-on-check.sh $(RESULTS)/turn-on.txt; rc=$$?; \
	 $(S)/summary.sh $(RESULTS)/turn-on.txt || rc=1; exit $$rc

# The series as a reviewer sees it: applies, builds after every patch with
# CONFIG_GICV4=y and =n and no new -Wall -Wextra warning, trailers, no
# patch that fixes or reverts another, whitespace and style of added lines.
review: tree
	@mkdir -p $(RESULTS); rm -f $(RESULTS)/review.txt
	@$(S)/review.sh $(RESULTS)/review.txt

# All tiers run even when one fails, then one summary line.  The unit
# tier and the emulator's build run beside the review's builds, which
# leave a core idle while they link and check out (2 cores: about 4
# minutes less); their output follows the review's.
check:
	@mkdir -p $(RESULTS) $(BUILD)/logs; rm -f $(RESULTS)/*.txt
	@rc=0; $(MAKE) -s tree || rc=1; \
	 $(S)/emulator.sh > $(BUILD)/logs/check-emulator.log 2>&1 & emu=$$!; \
	 $(MAKE) -s -C tests/unit RESULTS=$(RESULTS)/unit.txt run \
	     > $(BUILD)/logs/check-unit.log 2>&1 & unit=$$!; \
	 $(S)/review.sh $(RESULTS)/review.txt || rc=1; \
	 wait $$unit || rc=1; cat $(BUILD)/logs/check-unit.log; \
	 wait $$emu; cat $(BUILD)/logs/check-emulator.log; \
	 $(MAKE) -s e2e SEED_OUT=$(BUILD)/review/out || rc=1; \
	 $(S)/summary.sh $(RESULTS)/unit.txt $(RESULTS)/review.txt \
	     $(RESULTS)/e2e.txt || rc=1; exit $$rc

demo: xen rootfs emulator
	@$(S)/demo.sh

bench:
	@bench/run.sh

clean:
	rm -rf $(BUILD)/out $(BUILD)/logs $(BUILD)/results

distclean:
	rm -rf $(BUILD)
