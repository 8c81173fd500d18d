#!/usr/bin/env python3
"""Turns the end-of-run summary that Gatling prints into one CSV line of the load-test results.

Usage: summarize.py --header
       summarize.py GATLING_OUTPUT LABEL APP_CPU_BEFORE APP_CPU_AFTER "BUSY TOTAL" "BUSY TOTAL" CORES
CPU figures are seconds from /proc: the Conduit process, and the whole machine (busy and total).
"""
import re
import sys

COLUMNS = ["label", "requests", "ko", "error_pct", "rps", "mean_ms", "p50_ms", "p75_ms", "p95_ms", "p99_ms",
           "max_ms", "app_cpu_cores", "app_cpu_ms_per_request", "machine_busy_pct"]

ROWS = {
    "request count": "requests",
    "max response time (ms)": "max_ms",
    "mean response time (ms)": "mean_ms",
    "response time 50th percentile (ms)": "p50_ms",
    "response time 75th percentile (ms)": "p75_ms",
    "response time 95th percentile (ms)": "p95_ms",
    "response time 99th percentile (ms)": "p99_ms",
    "mean throughput (rps)": "rps",
}


def number(text):
    text = text.strip().replace(",", "")
    return 0 if text in ("-", "") else float(text)


def global_stats(output):
    """The last 'Global Information' block: {name: (total, ok, ko)}."""
    blocks = output.split("---- Global Information")
    if len(blocks) < 2:
        raise SystemExit("no Gatling summary in the output")
    stats = {}
    for line in blocks[-1].splitlines()[1:]:
        if not line.startswith(">"):
            if stats:
                break
            continue
        cells = [c for c in line[1:].split("|")]
        name = cells[0].strip()
        if name in ROWS and len(cells) >= 4:
            stats[ROWS[name]] = (number(cells[1]), number(cells[2]), number(cells[3]))
    return stats


def main(args):
    if args[0] == "--header":
        print(",".join(COLUMNS))
        return
    path, label, app_before, app_after, machine_before, machine_after, cores = args
    stats = global_stats(open(path, encoding="utf-8", errors="replace").read())
    requests, _, ko = stats["requests"]
    busy_before, total_before = (float(x) for x in machine_before.split())
    busy_after, total_after = (float(x) for x in machine_after.split())
    wall = (total_after - total_before) / int(cores)
    app = float(app_after) - float(app_before)
    line = [label, int(requests), int(ko), round(100.0 * ko / requests, 3) if requests else 0, stats["rps"][0]]
    line += [int(stats[k][0]) for k in ("mean_ms", "p50_ms", "p75_ms", "p95_ms", "p99_ms", "max_ms")]
    line += [round(app / wall, 2) if wall else 0, round(1000 * app / requests, 3) if requests else 0,
             round(100 * (busy_after - busy_before) / (total_after - total_before), 1) if total_after > total_before else 0]
    print(",".join(str(x) for x in line))


if __name__ == "__main__":
    main(sys.argv[1:])
