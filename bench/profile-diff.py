#!/usr/bin/env python3
"""Where the instrumented instance spends more CPU per request than the bare one.

Reads on-N.collapsed / off-N.collapsed (async-profiler's collapsed stacks, one sample per ms of
CPU, one file per profiled window) and on-N.rate / off-N.rate ("req/s ms-CPU/request" of that
window) from a directory, and prints, per part of the stack, the microseconds of CPU per request in
each instance over all its windows.

A sample is charged to the innermost frame that belongs to a known part (the instrumentation
libraries, then the rest of the stack by library), so a HashMap lookup inside Micrometer counts as
Micrometer and a socket write under the JDBC driver as the driver.

Usage: bench/profile-diff.py DIR WINDOW_SECONDS
"""
import collections
import glob
import sys

PARTS = [
    ("SQL statement metrics: datasource-proxy", "net/ttddyy"),
    ("SQL statement metrics: Conduit's listener", "io/conduit/platform/observability/SqlStatementMetrics"),
    ("access log: Conduit's filter, format, appender", "io/conduit/platform/observability"),
    ("access log: logback", "ch/qos/logback"),
    ("access log: slf4j", "org/slf4j"),
    ("tracing: OpenTelemetry", "io/opentelemetry"),
    ("tracing: Micrometer Tracing", "io/micrometer/tracing"),
    ("HTTP observation: Micrometer Observation", "io/micrometer/observation"),
    ("metrics: Prometheus registry", "io/micrometer/prometheusmetrics"),
    ("metrics: Micrometer core and commons", "io/micrometer"),
    ("JSON: Jackson (responses and log lines)", "tools/jackson"),
    ("JDBC driver", "org/postgresql"),
    ("connection pool", "com/zaxxer"),
    ("Spring Security", "org/springframework/security"),
    ("Spring JDBC", "org/springframework/jdbc"),
    ("Spring web", "org/springframework/web"),
    ("Spring, other", "org/springframework"),
    ("Tomcat", "org/apache"),
    ("Conduit", "io/conduit"),
]


def part_of(stack):
    frames = stack.split(";")
    for frame in reversed(frames):
        for name, prefix in PARTS:
            if prefix in frame:
                return name
    return "JDK, JVM and kernel only"


def per_request(directory, name, window):
    """All windows of one instance together: NAME.collapsed or NAME-1.collapsed, NAME-2.collapsed, ..."""
    runs = sorted(glob.glob(f"{directory}/{name}.collapsed") + glob.glob(f"{directory}/{name}-*.collapsed"))
    requests = 0.0
    samples = collections.Counter()
    for collapsed in runs:
        requests += float(open(collapsed[: -len(".collapsed")] + ".rate").read().split()[0]) * window
        for line in open(collapsed):
            stack, _, count = line.rstrip().rpartition(" ")
            samples[part_of(stack)] += int(count)
    return {part: count * 1000.0 / requests for part, count in samples.items()}, sum(samples.values()) * 1000.0 / requests


def main():
    directory, window = sys.argv[1], float(sys.argv[2])
    on, on_total = per_request(directory, "on", window)
    off, off_total = per_request(directory, "off", window)
    print(f"CPU per request under the profiler: on {on_total:.0f} us, off {off_total:.0f} us, "
          f"difference {on_total - off_total:+.0f} us")
    print(f"{'part':50s} {'on us':>7s} {'off us':>7s} {'diff':>7s}")
    for part in sorted(set(on) | set(off), key=lambda p: -(on.get(p, 0) - off.get(p, 0))):
        a, b = on.get(part, 0.0), off.get(part, 0.0)
        if max(a, b) >= 0.5:
            print(f"{part:50s} {a:7.1f} {b:7.1f} {a - b:+7.1f}")


if __name__ == "__main__":
    main()
