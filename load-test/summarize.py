#!/usr/bin/env python3
"""Turns a Gatling report (js/stats.json) into one CSV line of the load-test results.

Usage: summarize.py --header
       summarize.py STATS_JSON LABEL APP_CPU_BEFORE APP_CPU_AFTER "BUSY TOTAL" "BUSY TOTAL" CORES
       summarize.py --requests STATS_JSON      (one line per request name, for the report)
CPU figures are seconds from /proc: the Conduit process, and the whole machine (busy and total).
"""
import json
import sys

COLUMNS = ["label", "requests", "ko", "error_pct", "rps", "mean_ms", "p50_ms", "p75_ms", "p95_ms", "p99_ms",
           "max_ms", "app_cpu_cores", "app_cpu_ms_per_request", "machine_busy_pct"]


def stats_line(stats):
    requests = stats["numberOfRequests"]["total"]
    ko = stats["numberOfRequests"]["ko"]
    return [requests, ko, round(100.0 * ko / requests, 3) if requests else 0,
            stats["meanNumberOfRequestsPerSecond"]["total"], stats["meanResponseTime"]["total"],
            stats["percentiles1"]["total"], stats["percentiles2"]["total"], stats["percentiles3"]["total"],
            stats["percentiles4"]["total"], stats["maxResponseTime"]["total"]]


def main(args):
    if args[0] == "--header":
        print(",".join(COLUMNS))
        return
    if args[0] == "--requests":
        report = json.load(open(args[1]))
        print("request,requests,ko,rps,mean_ms,p50_ms,p95_ms,p99_ms")
        for content in report.get("contents", {}).values():
            s = content["stats"]
            print(",".join(str(x) for x in [content["name"], s["numberOfRequests"]["total"], s["numberOfRequests"]["ko"],
                                             s["meanNumberOfRequestsPerSecond"]["total"], s["meanResponseTime"]["total"],
                                             s["percentiles1"]["total"], s["percentiles3"]["total"],
                                             s["percentiles4"]["total"]]))
        return
    path, label, app_before, app_after, machine_before, machine_after, cores = args
    stats = json.load(open(path))["stats"]
    busy_before, total_before = (float(x) for x in machine_before.split())
    busy_after, total_after = (float(x) for x in machine_after.split())
    wall = (total_after - total_before) / int(cores)
    app = float(app_after) - float(app_before)
    line = stats_line(stats)
    requests = line[0]
    line += [round(app / wall, 2) if wall else 0, round(1000 * app / requests, 3) if requests else 0,
             round(100 * (busy_after - busy_before) / (total_after - total_before), 1) if total_after > total_before else 0]
    print(",".join(str(x) for x in [label] + line))


if __name__ == "__main__":
    main(sys.argv[1:])
