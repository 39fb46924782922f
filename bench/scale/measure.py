#!/usr/bin/env python3
"""Runs a command and prints what it and every process it started cost, read from /proc.

    bench/scale/measure.py [--cpu-only] OUTPUT_LOG -- COMMAND [ARGS...]

The command's output goes to OUTPUT_LOG; on standard output one line of key=value figures:

  wall_s            wall time
  cpu_jvm_s         CPU time (user + system) of the java processes
  cpu_node_s        of Playwright's Node.js driver
  cpu_chromium_s    of all Chromium processes (browser, renderers, GPU, utilities)
  jvm_peak_rss_mb   the JVM's peak resident set (VmHWM, exact)
  chromium_peak_pss_mb  the largest sum over Chromium's processes of their proportional set size
                    (shared pages split between the processes that map them, so the sum is the
                    memory Chromium really holds), sampled every 200 ms
  chromium_processes    the most Chromium processes alive at once

--cpu-only skips the memory figures (printed as 0): reading a Chromium process's smaps_rollup
costs about 1.5 ms of kernel time, about 15 ms per sample for a build's ten processes, which on a
2-core machine slows the command being timed by several percent (a benchmark of wall times
should not pay that); the CPU figures alone cost about 4 ms per sample.

Why not /usr/bin/time: its CPU figure misses the renderer processes (Chromium's zygote reaps them,
not the command), and its peak RSS is that of the single largest process.
CPU times are each process's last sample, so up to 200 ms of a process that ends between two
samples is missed; with builds of several seconds that is a small error, stated here rather than
hidden.
"""
import os
import subprocess
import sys
import time

INTERVAL = 0.2
TICKS = os.sysconf("SC_CLK_TCK")


def children_map():
    kids = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(name))
    return kids


def descendants(root):
    kids = children_map()
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(kids.get(pid, []))
    return out


def kind(pid):
    """The process's kind from the executable it runs (/proc/PID/exe): Chromium rewrites its child
    processes' command lines (a renderer's may end in --user-data-dir=.../render-profile-0), so the
    command line cannot tell; the executable can."""
    try:
        exe = os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return None
    base = os.path.basename(exe.removesuffix(" (deleted)"))
    if base == "java":
        return "jvm"
    if base == "node":
        return "node"
    if "chromium" in base or "chrome" in base:
        return "chromium"
    return None


def read(pid, field_file, key):
    try:
        with open(f"/proc/{pid}/{field_file}") as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read()
    except OSError:
        return None
    rest = fields[fields.rindex(")") + 2:].split()
    return (int(rest[11]) + int(rest[12])) / TICKS


def main():
    args = sys.argv[1:]
    memory = not (args and args[0] == "--cpu-only")
    if not memory:
        args = args[1:]
    if len(args) < 3 or args[1] != "--":
        sys.exit("usage: measure.py [--cpu-only] OUTPUT_LOG -- COMMAND [ARGS...]")
    log = open(args[0], "w")
    start = time.monotonic()
    proc = subprocess.Popen(args[2:], stdout=log, stderr=subprocess.STDOUT)
    last_cpu = {}
    kinds = {}
    jvm_hwm = 0
    chromium_pss = 0
    chromium_count = 0
    while proc.poll() is None:
        pss = 0
        count = 0
        for pid in descendants(proc.pid):
            k = kinds.get(pid) or kind(pid)
            if k is None:
                continue
            kinds[pid] = k
            c = cpu(pid)
            if c is not None:
                last_cpu[pid] = c
            if not memory:
                continue
            if k == "jvm":
                jvm_hwm = max(jvm_hwm, read(pid, "status", "VmHWM:"))
            elif k == "chromium":
                pss += read(pid, "smaps_rollup", "Pss:")
                count += 1
        chromium_pss = max(chromium_pss, pss)
        chromium_count = max(chromium_count, count)
        try:
            proc.wait(timeout=INTERVAL)  # returns as soon as the command ends: wall_s has no polling lag
        except subprocess.TimeoutExpired:
            pass
    wall = time.monotonic() - start
    totals = {"jvm": 0.0, "node": 0.0, "chromium": 0.0}
    for pid, c in last_cpu.items():
        totals[kinds[pid]] += c
    print(f"exit={proc.returncode} wall_s={wall:.2f} cpu_jvm_s={totals['jvm']:.2f} cpu_node_s={totals['node']:.2f} "
          f"cpu_chromium_s={totals['chromium']:.2f} jvm_peak_rss_mb={jvm_hwm / 1024:.0f} "
          f"chromium_peak_pss_mb={chromium_pss / 1024:.0f} chromium_processes={chromium_count}")
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
