#!/usr/bin/env python3
"""Host side of `make bench`: parse the serial logs of the bench boots, write
bench/results/<name>.md (+ .json, + .png when gnuplot is there), print the
table, the targets and, last, the GICv4/GICv3 ratios.

Usage: analyze.py --name NAME --runs RUNS.tsv --outdir DIR [--wall SECS]
RUNS.tsv: one boot a line: config <TAB> rep <TAB> log path <TAB> qemu.sh's verdict
config: v3 (gic-version=3), v4trap (gic-version=4, vwfi=trap), v4auto
(gic-version=4, vwfi=auto); 3 and 4 (older runs) read as v3 and v4trap.
The marker lines are described in bench/dom0/bench.sh. Standard library only.
"""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

PHASES = ["boot", "flood", "busy", "rx", "tx", "steer", "burst", "contend"]
# The boot configurations, in column order: key, column title.
CONFIGS = [("v3", "GICv3"), ("v4trap", "GICv4 vwfi=trap"), ("v4auto", "GICv4 vwfi=auto")]
CKEYS = [c for c, _ in CONFIGS]
CTITLE = dict(CONFIGS)
PHASE_DOC = {
    "boot": "counters from Xen's boot to dom0's test start (device setup: MAPD/MAPTI -> VMAPTI)",
    "flood": "ping -A flood, vCPUs idle between replies",
    "busy": "ping -A flood, a spinner on every vCPU (vCPUs running)",
    "rx": "TCP host -> dom0 (wget)",
    "tx": "TCP dom0 -> host (nc)",
    "steer": "dom0 moves the NIC's input MSI to CPU0, then to CPU1 (smp_affinity), 3 pings after each",
    "burst": "sleep 1 + ping burst, repeated; NIC input MSI on CPU1, ping on CPU0",
    "contend": "both dom0 vCPUs pinned to pCPU0 (xl vcpu-pin): a counting loop on CPU0, pings "
               "50ms apart from CPU1, which takes the NIC's input MSI (negative control of vwfi=auto)",
}
RTT_PHASES = ["flood", "busy", "burst", "contend"]

# figure -> regex on xenperf's counter description (it prints descriptions).
XENPERF = [
    ("xen_lpis", r"^LPIs: injected as vLPI by Xen$"),
    ("xen_lpis_all", r"^#LPIs$"),
    ("doorbells", r"^GICv4: doorbells taken$"),
    ("db_wakes", r"^GICv4: doorbells that woke a vCPU$"),
    ("blocks", r"^GICv4: vCPU with a vPE blocked$"),
    ("wfi_traps", r"^trap: wfi$"),
    ("vcmds", r"^GICv4: ITS commands sent$"),
    ("vmapti", r"^GICv4: VMAPTI sent$"),
    ("vmovi", r"^GICv4: VMOVI sent$"),
    ("vmovp", r"^GICv4: VMOVP sent$"),
    ("residency", r"^GICv4: vPE made resident$"),
    ("vwfi_untrapped", r"^vWFI: guest entries with WFI not trapped$"),
    ("wfi_direct", r"^vWFI: WFIs trapped, direct vLPIs resident$"),
    ("vwfi_flips", r"^vWFI: WFI trapped again, pCPU wanted$"),
    ("kicks", r"^sched: kicks of pCPUs idle in a guest$"),
]
DESC = {
    "nic_irqs": "guest NIC interrupts (virtio input+output, /proc/interrupts)",
    "xen_lpis": "LPIs Xen handled and injected for dom0 (`LPIs: injected as vLPI by Xen`)",
    "xen_lpis_all": "all physical LPIs Xen took, doorbells included (`#LPIs`)",
    "doorbells": "GICv4 doorbells taken",
    "db_wakes": "doorbells that woke a blocked vCPU",
    "blocks": "vCPU with a vPE blocked (GICv4 only)",
    "wfi_traps": "guest WFI traps (blocks, both GIC versions)",
    "vcmds": "GICv4 ITS commands (V-commands) sent",
    "vmapti": "VMAPTI sent",
    "vmovi": "VMOVI sent",
    "vmovp": "VMOVP sent",
    "residency": "vPE made resident (residency switches)",
    "vwfi_untrapped": "guest entries with WFI not trapped (vwfi=auto)",
    "wfi_direct": "WFIs trapped with direct vLPIs resident",
    "vwfi_flips": "WFI trapped again because the pCPU was wanted (vwfi=auto)",
    "kicks": "scheduler kicks of pCPUs idle in a guest",
    "count": "counting loop on CPU0 (iterations)",
    "count_per_s": "counting loop on CPU0, iterations per second",
    "db_per_irq": "derived: doorbells per guest NIC interrupt",
    "lpis_per_irq": "derived: Xen-handled LPIs per guest NIC interrupt",
    "entries_per_irq": "derived: all Xen LPI entries (#LPIs) per guest NIC interrupt",
    "db_per_wake": "derived: doorbells per doorbell wake of a blocked vCPU",
    "vcmds_per_switch": "derived: V-commands per residency switch",
    "p50_ms": "RTT p50, ms", "p99_ms": "RTT p99, ms", "p999_ms": "RTT p99.9, ms",
    "loss_pct": "ping loss, %", "replies": "ping replies",
    "mbps": "throughput, MB/s (guest-timed)", "secs": "phase duration, s (guest clock)",
    "steered": "input MSI steered to CPU1 (1 = yes)",
    "moves": "input MSI affinity moves done by dom0 (CPU0, then CPU1)",
    "nic_in_irqs_cpu1": "input interrupts taken on CPU1",
}
ROWS = {  # figures shown per phase, in order
    "boot": ["vcmds", "vmapti", "vmovi", "vmovp", "residency", "xen_lpis", "doorbells"],
    "steer": ["moves", "vcmds", "vmovi", "vmovp", "nic_irqs", "xen_lpis", "doorbells"],
    "flood": ["p50_ms", "p99_ms", "p999_ms", "loss_pct", "nic_irqs", "xen_lpis", "xen_lpis_all",
              "lpis_per_irq", "entries_per_irq", "doorbells", "db_per_irq", "db_wakes", "db_per_wake",
              "blocks", "wfi_traps", "vwfi_untrapped", "wfi_direct", "vwfi_flips", "kicks", "vcmds", "residency", "vcmds_per_switch", "secs"],
    "busy": ["p50_ms", "p99_ms", "p999_ms", "loss_pct", "nic_irqs", "xen_lpis", "xen_lpis_all",
             "lpis_per_irq", "entries_per_irq", "doorbells", "db_per_irq", "db_wakes", "db_per_wake",
             "blocks", "wfi_traps", "vwfi_untrapped", "wfi_direct", "vwfi_flips", "kicks", "vcmds", "residency", "vcmds_per_switch", "secs"],
    "rx": ["mbps", "nic_irqs", "xen_lpis", "xen_lpis_all", "lpis_per_irq", "entries_per_irq",
           "doorbells", "db_wakes", "db_per_wake", "blocks", "wfi_traps", "vcmds", "residency", "vcmds_per_switch", "secs"],
    "tx": ["mbps", "nic_irqs", "xen_lpis", "xen_lpis_all", "lpis_per_irq", "entries_per_irq",
           "doorbells", "db_wakes", "db_per_wake", "blocks", "wfi_traps", "vcmds", "residency", "vcmds_per_switch", "secs"],
    "burst": ["p50_ms", "p99_ms", "p999_ms", "loss_pct", "nic_irqs", "nic_in_irqs_cpu1", "steered",
              "xen_lpis", "xen_lpis_all", "lpis_per_irq", "entries_per_irq", "doorbells", "db_per_irq",
              "db_wakes", "db_per_wake", "blocks", "wfi_traps", "vwfi_untrapped", "wfi_direct", "vwfi_flips", "kicks", "vcmds", "residency",
              "vcmds_per_switch", "secs"],
    "contend": ["count_per_s", "count", "p50_ms", "p99_ms", "p999_ms", "loss_pct", "nic_irqs",
                "xen_lpis", "xen_lpis_all", "entries_per_irq", "doorbells", "db_per_irq", "blocks",
                "wfi_traps", "vwfi_untrapped", "wfi_direct", "vwfi_flips", "kicks", "secs"],
}
ROWS["boot"].append("secs")
DESC["secs_boot"] = "dom0 uptime when the bench starts, s"


def pct(sorted_vals, p):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_vals:
        return None
    k = max(1, math.ceil(p / 100.0 * len(sorted_vals)))
    return sorted_vals[k - 1]


def median(vals):
    v = sorted(vals)
    n = len(v)
    if n == 0:
        return None
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2.0


def parse_log(path):
    """{phase: {"figs": {}, "xp": {}, "rtt": [], "xp_rc": n}} from one serial log."""
    phases = {}
    cur_xp = None
    xp_line = re.compile(r"^(.*?)\s+T=\s*(\d+)")
    with open(path, "r", errors="replace") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if cur_xp is not None:
                if line.startswith("=== BENCH XENPERF END"):
                    m = re.search(r"rc=(\d+)", line)
                    phases[cur_xp]["xp_rc"] = int(m.group(1)) if m else -1
                    cur_xp = None
                    continue
                m = xp_line.match(line)
                if m:
                    phases[cur_xp]["xp"][m.group(1).strip()] = int(m.group(2))
                continue
            if not line.startswith("=== BENCH "):
                continue
            w = line.split()
            if len(w) < 4:
                continue
            kind, ph = w[2], w[3]
            if kind == "XENPERF" and w[3] == "BEGIN" and len(w) > 4:
                cur_xp = w[4]
                phases.setdefault(cur_xp, {"figs": {}, "xp": {}, "rtt": []})
                continue
            d = phases.setdefault(ph, {"figs": {}, "xp": {}, "rtt": []}) if kind in ("PHASE", "FIG", "RTT") else None
            if kind == "FIG" and len(w) >= 5 and "=" in w[4]:
                k, v = w[4].split("=", 1)
                try:
                    d["figs"][k] = float(v)
                except ValueError:
                    d["figs"][k] = v
            elif kind == "RTT":
                for t in w[4:]:
                    try:
                        d["rtt"].append(float(t))
                    except ValueError:
                        pass
    return phases


def figures(phases):
    """Per phase: figure -> number (None when not measurable)."""
    out = {}
    for ph, d in phases.items():
        f, xp = {}, d["xp"]
        for k in ("nic_irqs", "secs", "steered", "moves", "nic_in_irqs_cpu1", "count"):
            if isinstance(d["figs"].get(k), float):
                f[k] = d["figs"][k]
        for name, rx in XENPERF:
            r = re.compile(rx)
            vals = [v for desc, v in xp.items() if r.search(desc)]
            f[name] = float(vals[0]) if vals else None
        irqs = f.get("nic_irqs")
        if irqs and f.get("xen_lpis") is not None:
            f["lpis_per_irq"] = f["xen_lpis"] / irqs
        if irqs and f.get("xen_lpis_all") is not None:
            f["entries_per_irq"] = f["xen_lpis_all"] / irqs
        if f.get("vcmds") is not None and f.get("residency"):
            f["vcmds_per_switch"] = f["vcmds"] / f["residency"]
        if irqs and f.get("doorbells") is not None:
            f["db_per_irq"] = f["doorbells"] / irqs
        if f.get("count") is not None and f.get("secs"):
            f["count_per_s"] = f["count"] / f["secs"]
        if f.get("doorbells") is not None and f.get("db_wakes"):
            f["db_per_wake"] = f["doorbells"] / f["db_wakes"]
        if ph in RTT_PHASES and "sent" in d["figs"]:
            rtt = sorted(d["rtt"])
            sent = d["figs"]["sent"]
            f["replies"] = float(len(rtt))
            f["loss_pct"] = 100.0 * max(0.0, sent - len(rtt)) / sent if sent else None
            f["p50_ms"], f["p99_ms"], f["p999_ms"] = pct(rtt, 50), pct(rtt, 99), pct(rtt, 99.9)
        if ph in ("rx", "tx"):
            ok = d["figs"].get("ok") == 1.0
            secs = d["figs"].get("secs")
            f["mbps"] = (d["figs"]["bytes"] / secs / 1e6) if ok and secs else None
        out[ph] = f
    return out


def fmt(v):
    if v is None:
        return "–"
    if v == int(v) and abs(v) < 1e9:
        return "%d" % v
    a = abs(v)
    if a >= 100:
        return "%.0f" % v
    if a >= 10:
        return "%.1f" % v
    if a >= 1:
        return "%.2f" % v
    if a >= 0.01:
        return "%.3f" % v
    return "%.4f" % v


def cell(vals):
    vals = [v for v in vals if v is not None]
    if not vals:
        return "–"
    m = median(vals)
    if len(vals) == 1 or float(fmt(min(vals))) == float(fmt(max(vals))):
        return fmt(m)
    return "%s (%s–%s)" % (fmt(m), fmt(min(vals)), fmt(max(vals)))


def ratio(a, b):
    """b/a as text (a: the reference's median, b: the other's)."""
    if a is None or b is None:
        return "–"
    if a == 0:
        return "both 0" if b == 0 else "only b"
    return "%.2f" % (b / a)


def config_of(text):
    """RUNS.tsv's first column: v3, v4trap, v4auto (3 and 4 from older runs)."""
    return {"3": "v3", "4": "v4trap"}.get(text, text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--runs", required=True)
    ap.add_argument("--outdir", required=True)
    ap.add_argument("--wall", type=float)
    ap.add_argument("--params", default="")
    a = ap.parse_args()

    runs = []
    with open(a.runs) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 4:
                continue
            cfg, rep, log, verdict = config_of(p[0]), int(p[1]), p[2], p[3]
            if cfg not in CTITLE:
                continue
            ph = parse_log(log) if os.path.exists(log) else {}
            runs.append({"config": cfg, "rep": rep, "log": log, "verdict": verdict,
                         "ok": verdict.startswith("PASS"), "phases": ph, "figs": figures(ph)})
    good = {c: [r for r in runs if r["config"] == c and r["ok"]] for c in CKEYS}
    present = [c for c in CKEYS if any(r["config"] == c for r in runs)]
    others = [c for c in present if c != "v3"]

    def vals(c, ph, k):
        return [r["figs"].get(ph, {}).get(k) for r in good[c]]

    def med(c, ph, k):
        v = [x for x in vals(c, ph, k) if x is not None]
        return median(v) if v else None

    def noise(c1, c2, ph, k):
        """Whether the min-max ranges of two configurations overlap."""
        a = [x for x in vals(c1, ph, k) if x is not None]
        b = [x for x in vals(c2, ph, k) if x is not None]
        if len(a) < 2 or len(b) < 2:
            return ""
        if max(a) < min(b) or max(b) < min(a):
            return "; the ranges do not overlap"
        return "; the ranges overlap: within run-to-run noise"

    # --- the table -------------------------------------------------------
    head = "| phase | figure | " + " | ".join("%s median (min–max)" % CTITLE[c] for c in present)
    if "v3" in present:
        head += "".join(" | %s/v3" % c for c in others)
    lines = [head + " |", "|" + "---|" * head.count("|")]
    for ph in PHASES:
        if not any(ph in r["figs"] for r in runs):
            continue
        for k in ROWS[ph]:
            if all(v is None for c in present for v in vals(c, ph, k)):
                continue
            row = "| %s | %s | " % (ph, DESC.get("%s_%s" % (k, ph), DESC.get(k, k)))
            row += " | ".join(cell(vals(c, ph, k)) for c in present)
            if "v3" in present:
                row += "".join(" | " + ratio(med("v3", ph, k), med(c, ph, k)) for c in others)
            lines.append(row + " |")
    table = "\n".join(lines)

    # --- targets ----------------------------------------------------------
    targets = []

    def target(label, value, ok, detail):
        if value is None:
            targets.append("%-66s NOT MEASURED (%s)" % (label, detail))
        else:
            targets.append("%-66s %s  %s" % (label, "MET   " if ok else "MISSED", detail))

    def upper(label, v, bound, what=""):
        target(label, v, v is not None and v <= bound,
               "%s%s" % (fmt(v), (" (%s)" % what) if what else ""))

    v4 = med("v4trap", "busy", "lpis_per_irq")
    v3 = med("v3", "busy", "lpis_per_irq")
    target("LPIs handled by Xen per guest NIC irq, vCPUs running, v4trap <= 0.01", v4,
           v4 is not None and v4 <= 0.01, "v4trap %s, v4auto %s, GICv3 %s (expected ~1)" % (
               fmt(v4), fmt(med("v4auto", "busy", "lpis_per_irq")), fmt(v3)))
    v4 = med("v4trap", "burst", "db_per_wake")
    target("doorbells per blocked-vCPU wake (burst phase), v4trap <= 1", v4,
           v4 is not None and v4 <= 1.0, "%s doorbells per wake" % fmt(v4))
    a3, a4 = med("v3", "flood", "p999_ms"), med("v4trap", "flood", "p999_ms")
    r = (a4 / a3) if a3 and a4 is not None else None
    target("p99.9 RTT (flood), v4trap <= 0.6 x GICv3", r, r is not None and r <= 0.6,
           "v4trap %s ms vs v3 %s ms: ratio %s%s" % (fmt(a4), fmt(a3), fmt(r),
                                                   noise("v3", "v4trap", "flood", "p999_ms")))
    for ph in ("rx", "tx"):
        for c in others:
            a3, a4 = med("v3", ph, "mbps"), med(c, ph, "mbps")
            r = (a4 / a3) if a3 and a4 is not None else None
            target("throughput %s (%s), %s >= GICv3" % (
                ph, "host->dom0" if ph == "rx" else "dom0->host", c), r, r is not None and r >= 1.0,
                "%s %s MB/s vs v3 %s MB/s: %s%s" % (
                    c, fmt(a4), fmt(a3), ("%+.0f%%" % ((r - 1) * 100)) if r is not None else "–",
                    noise("v3", c, ph, "mbps")))
    # Issue 17: the adaptive policy.
    if "v4auto" in present:
        for ph in ("flood", "burst"):
            upper("LPIs Xen took per guest NIC irq (%s), v4auto <= 0.05" % ph,
                  med("v4auto", ph, "entries_per_irq"), 0.05,
                  "v4trap %s, v3 %s" % (fmt(med("v4trap", ph, "entries_per_irq")),
                                        fmt(med("v3", ph, "entries_per_irq"))))
            upper("doorbells per guest NIC irq (%s), v4auto <= 0.05" % ph,
                  med("v4auto", ph, "db_per_irq"), 0.05,
                  "v4trap %s" % fmt(med("v4trap", ph, "db_per_irq")))
            for k, lab in (("p50_ms", "p50"), ("p999_ms", "p99.9")):
                a3, a4 = med("v3", ph, k), med("v4auto", ph, k)
                r = (a4 / a3) if a3 and a4 is not None else None
                upper("RTT %s (%s), v4auto / v3 <= 0.8" % (lab, ph), r, 0.8,
                      "v4auto %s ms, v3 %s ms, v4trap %s ms%s" % (
                          fmt(a4), fmt(a3), fmt(med("v4trap", ph, k)), noise("v3", "v4auto", ph, k)))
        w = med("v4auto", "contend", "wfi_direct")
        target("contend: WFIs of the vCPU with vLPIs trapped, v4auto > 0", w, w is not None and w > 0,
               "%s trapped, %s flips, %s kicks, %s untrapped entries" % (
                   fmt(w), fmt(med("v4auto", "contend", "vwfi_flips")),
                   fmt(med("v4auto", "contend", "kicks")),
                   fmt(med("v4auto", "contend", "vwfi_untrapped"))))
        ct, ca = med("v4trap", "contend", "count_per_s"), med("v4auto", "contend", "count_per_s")
        r = (ca / ct) if ct and ca is not None else None
        target("contend: counting loop, v4auto >= 0.9 x v4trap", r, r is not None and r >= 0.9,
               "%s vs %s iterations/s: %s%s" % (fmt(ca), fmt(ct), fmt(r),
                                                noise("v4trap", "v4auto", "contend", "count_per_s")))
        lo = med("v4auto", "contend", "loss_pct")
        target("contend: no ping lost, v4auto", lo, lo is not None and lo == 0,
               "%s%% lost (v4trap %s%%)" % (fmt(lo), fmt(med("v4trap", "contend", "loss_pct"))))
        bt, ba = med("v4trap", "boot", "secs"), med("v4auto", "boot", "secs")
        r = (ba / bt) if bt and ba is not None else None
        target("boot: dom0 uptime at bench start, v4auto <= 1.1 x v4trap", r, r is not None and r <= 1.1,
               "%s s vs %s s: %s" % (fmt(ba), fmt(bt), fmt(r)))

    # --- ratios (printed last) -------------------------------------------
    rat = []
    for ph, k, label in [("flood", "p50_ms", "flood RTT p50"), ("flood", "p99_ms", "flood RTT p99"),
                         ("flood", "p999_ms", "flood RTT p99.9"), ("busy", "p50_ms", "busy RTT p50"),
                         ("busy", "p999_ms", "busy RTT p99.9"), ("burst", "p50_ms", "burst RTT p50"),
                         ("burst", "p999_ms", "burst RTT p99.9"), ("rx", "mbps", "rx throughput"),
                         ("tx", "mbps", "tx throughput"),
                         ("flood", "xen_lpis_all", "flood: LPIs Xen took (incl. doorbells)"),
                         ("burst", "xen_lpis_all", "burst: LPIs Xen took (incl. doorbells)"),
                         ("busy", "xen_lpis_all", "busy: LPIs Xen took (incl. doorbells)"),
                         ("busy", "lpis_per_irq", "busy: Xen-handled LPIs per NIC irq"),
                         ("rx", "xen_lpis_all", "rx: LPIs Xen took (incl. doorbells)")]:
        rat.append("%-42s %s" % (label, "   ".join(
            "%s/v3 %s" % (c, ratio(med("v3", ph, k), med(c, ph, k))) for c in others)))

    # --- pooled RTTs and the plot ----------------------------------------
    pooled = {}
    for c in present:
        for ph in RTT_PHASES:
            pooled[(c, ph)] = sorted(t for r in good[c] for t in r["phases"].get(ph, {}).get("rtt", []))
    png = os.path.join(a.outdir, a.name + ".png")
    plot_note = plot(pooled, png, a.name)

    # --- the .md ----------------------------------------------------------
    nruns = ", ".join("%s %d/%d" % (CTITLE[c], len(good[c]), len([r for r in runs if r["config"] == c]))
                      for c in present)
    md = []
    md.append("# make bench: %s\n" % a.name)
    md.append("One release Xen (CONFIG_GICV4=y, perf counters), booted on QEMU `virt` (TCG, "
              "2 vCPUs) with gic-version=3, gic-version=4 with `vwfi=trap` and gic-version=4 with "
              "`vwfi=auto` (Xen's command line), alternately; good boots: %s. %s%s\n" % (
                  nruns, ("Wall time %.0f s. " % a.wall) if a.wall else "",
                  ("Parameters: %s." % a.params) if a.params else ""))
    md.append("## In short\n")
    md.append("\n".join("- " + x for x in summary(med)) + "\n")
    md.append("## What these numbers mean under TCG\n")
    md.append("QEMU's TCG emulates the CPUs and the GIC in software on the host. **Absolute times and "
              "throughputs are emulation times**: an emulated instruction, a trap into Xen and a QEMU "
              "user-net packet all cost host microseconds, in ratios unlike silicon, and the host's other "
              "load (this is a 2-core machine) shows up as noise. What transfers to hardware are the "
              "**entry counts** (how many interrupts Xen had to handle per interrupt the guest took, how many "
              "doorbells per wake, how many V-commands and residency switches) and, with care, the "
              "**ratios to GICv3** of the same workload on the same build in the same run. The counts are "
              "exact (Xen perf counters reset with `xenperf -r` before each phase, dom0's "
              "/proc/interrupts deltas); the times are medians of %s repetitions per configuration, "
              "spread shown as min–max. Percentiles are nearest-rank over the replies of one boot; loss "
              "is (sent − replies)/sent.\n" % (len(good["v3"]) if good["v3"] else "0"))
    md.append("Phases (each boot runs all of them, in this order):\n")
    for ph in PHASES:
        md.append("- `%s`: %s" % (ph, PHASE_DOC[ph]))
    md.append("")
    md.append("## Figures\n")
    md.append(table + "\n")
    md.append("## Targets (checked here, never as timed tests)\n")
    md.append("```\n" + "\n".join(targets) + "\n```\n")
    md.append("## Ratios to GICv3 (ratio of medians)\n")
    md.append("```\n" + "\n".join(rat) + "\n```\n")
    if plot_note is None:
        md.append("## RTT distributions\n")
        md.append("![RTT CDF per configuration](%s)\n" % os.path.basename(png))
        md.append("Left: cumulative distribution of the per-reply RTT, all repetitions pooled; "
                  "right: the tail (fraction of replies slower than x), where p99 and p99.9 live.\n")
    else:
        md.append("(no plot: %s)\n" % plot_note)
    md.append("Pooled percentiles (ms):\n")
    md.append("| phase | config | replies | p50 | p99 | p99.9 | max |")
    md.append("|---|---|---|---|---|---|---|")
    for ph in RTT_PHASES:
        for c in present:
            v = pooled[(c, ph)]
            if v:
                md.append("| %s | %s | %d | %s | %s | %s | %s |" % (
                    ph, c, len(v), fmt(pct(v, 50)), fmt(pct(v, 99)), fmt(pct(v, 99.9)), fmt(v[-1])))
    md.append("")
    md.append("## Boots\n")
    md.append("| config | rep | verdict | log |")
    md.append("|---|---|---|---|")
    for r in runs:
        md.append("| %s | %d | %s | `%s` |" % (r["config"], r["rep"], r["verdict"],
                                            os.path.relpath(r["log"], os.getcwd())))
    md.append("")
    mdpath = os.path.join(a.outdir, a.name + ".md")
    with open(mdpath, "w") as f:
        f.write("\n".join(md))
    with open(os.path.join(a.outdir, a.name + ".json"), "w") as f:
        json.dump([dict({k: r[k] for k in ("config", "rep", "verdict", "figs")},
                        log=os.path.relpath(r["log"], os.getcwd())) for r in runs], f, indent=1)

    print(table)
    print()
    print("Targets:")
    for t in targets:
        print("  " + t)
    print()
    print("Results: %s%s" % (os.path.relpath(mdpath), "" if plot_note else ", " + os.path.relpath(png)))
    if plot_note:
        print("(no plot: %s)" % plot_note)
    print()
    print("Ratios to GICv3 (medians over repetitions):")
    for r in rat:
        print("  " + r)
    return 0 if all(r["ok"] for r in runs) and all(good[c] for c in present) else 1


def summary(med):
    """A few sentences from the medians (figures that transfer to hardware first)."""
    out = []
    b3, b4 = med("v3", "busy", "lpis_per_irq"), med("v4trap", "busy", "lpis_per_irq")
    if b3 is not None and b4 is not None:
        out.append("vCPUs running (busy): Xen handled %s LPIs per guest NIC interrupt with GICv3 and "
                   "%s with GICv4 (doorbells: %s)." % (fmt(b3), fmt(b4), fmt(med("v4trap", "busy", "doorbells"))))
    for ph, what in (("flood", "vCPUs idle between packets (flood)"), ("burst", "idle-then-burst")):
        f3, ft, fa = (med(c, ph, "entries_per_irq") for c in CKEYS)
        if f3 is not None and ft is not None:
            out.append("%s: Xen took %s LPIs per guest NIC interrupt with GICv3, %s with GICv4 and "
                       "vwfi=trap (%s doorbells per interrupt), %s with vwfi=auto (%s doorbells per "
                       "interrupt)." % (what, fmt(f3), fmt(ft), fmt(med("v4trap", ph, "db_per_irq")),
                                        fmt(fa), fmt(med("v4auto", ph, "db_per_irq"))))
    m = med("v4trap", "steer", "vmovi")
    if m is not None:
        out.append("Moving the NIC's MSI twice cost %s VMOVI(s)." % fmt(m))
    for ph, k, what in (("flood", "p50_ms", "flood p50 RTT"), ("flood", "p999_ms", "flood p99.9 RTT"),
                        ("burst", "p50_ms", "burst p50 RTT"), ("rx", "mbps", "rx throughput"),
                        ("tx", "mbps", "tx throughput")):
        a = med("v3", ph, k)
        if a:
            out.append("%s, ratio to GICv3: vwfi=trap %s, vwfi=auto %s (emulation times, see below)." % (
                what, ratio(a, med("v4trap", ph, k)), ratio(a, med("v4auto", ph, k))))
    return out


def plot(pooled, png, name):
    """RTT CDF and tail, v3 vs v4, with gnuplot. None on success, else why not."""
    gp = shutil.which("gnuplot")
    if not gp:
        return "gnuplot not installed"
    if not any(pooled.values()):
        return "no RTT samples"
    tmp = tempfile.mkdtemp(prefix="bench-plot-")
    try:
        series = []
        for (g, ph), v in sorted(pooled.items()):
            if not v or ph in ("busy", "contend"):
                continue
            fn = os.path.join(tmp, "%s-%s.dat" % (ph, g))
            n = len(v)
            with open(fn, "w") as f:
                for i, t in enumerate(v):
                    f.write("%g %g %g\n" % (max(t, 1e-3), (i + 1) / n, max((n - i - 1) / n, 0.5 / n)))
            series.append((fn, "%s %s (n=%d)" % (ph, CTITLE[g], n), g, ph))
        style = {"v3": "lc rgb '#d62728'", "v4trap": "lc rgb '#1f77b4'", "v4auto": "lc rgb '#2ca02c'"}
        dash = {"flood": "dt 1", "burst": "dt 2"}
        def plots(col):
            return ", ".join("'%s' using 1:%d with lines lw 2 %s %s title '%s'" % (
                fn, col, style[g], dash.get(ph, ""), t) for fn, t, g, ph in series)
        script = "\n".join([
            "set terminal pngcairo size 1400,560 font ',11'" if has_cairo(gp) else "set terminal png size 1400,560",
            "set output '%s'" % png,
            "set multiplot layout 1,2 title 'make bench %s: ping RTT to 10.0.2.2 under QEMU TCG (emulation times)'" % name,
            "set logscale x", "set grid", "set xlabel 'RTT (ms, log)'", "set key bottom right",
            "set ylabel 'fraction of replies <= x'", "set yrange [0:1]",
            "plot " + plots(2),
            "set logscale y", "set yrange [*:1]", "set key top right", "set format y '%g'",
            "set ylabel 'fraction of replies > x (log)'",
            "set label 1 'p99' at graph 0.02, first 0.01 offset 0,0.5", "set arrow 1 from graph 0, first 0.01 to graph 1, first 0.01 nohead dt 3",
            "set label 2 'p99.9' at graph 0.02, first 0.001 offset 0,0.5", "set arrow 2 from graph 0, first 0.001 to graph 1, first 0.001 nohead dt 3",
            "plot " + plots(3),
            "unset multiplot", ""])
        p = subprocess.run([gp], input=script, text=True, capture_output=True)
        if p.returncode != 0 or not os.path.exists(png):
            return "gnuplot failed: " + p.stderr.strip()[:200]
        return None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def has_cairo(gp):
    p = subprocess.run([gp, "-e", "set terminal"], text=True, capture_output=True)
    return "pngcairo" in (p.stdout + p.stderr)


if __name__ == "__main__":
    sys.exit(main())
