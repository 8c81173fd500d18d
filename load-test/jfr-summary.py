#!/usr/bin/env python3
"""Where Conduit's CPU goes, from a JFR recording: the share of execution samples by library.

Usage: jfr-summary.py RECORDING.jfr [JAVA_HOME]

Each sample is charged to the topmost frame that is not the JDK itself (java., jdk., sun.): time
spent in a HashMap called from Jackson is Jackson's, time spent in a socket write called from
logback is logging's. Samples whose whole stack is JDK code (the virtual-thread scheduler, for
example) are "JDK only". Needs the `jfr` tool of a JDK.
"""
import collections
import os
import re
import subprocess
import sys

# (label, class-name prefixes); the first match in this order wins for a frame.
LIBRARIES = [
    ("bcrypt (password hashing)", ("org.springframework.security.crypto",)),
    ("logging (logback, Spring Boot ECS JSON)", ("ch.qos.logback", "org.springframework.boot.logging",
                                                 "org.springframework.boot.json", "org.slf4j")),
    ("PostgreSQL JDBC driver", ("org.postgresql",)),
    ("HikariCP", ("com.zaxxer.hikari",)),
    ("datasource-proxy (SQL metrics)", ("net.ttddyy",)),
    ("Jackson (JSON)", ("tools.jackson", "com.fasterxml.jackson")),
    ("Micrometer, tracing", ("io.micrometer", "io.opentelemetry", "io.prometheus")),
    ("JWT (Nimbus)", ("com.nimbusds",)),
    ("Spring Security", ("org.springframework.security",)),
    ("Spring JDBC", ("org.springframework.jdbc",)),
    ("Spring web, MVC", ("org.springframework.web", "org.springframework.http")),
    ("Spring core, AOP, transactions", ("org.springframework",)),
    ("Tomcat", ("org.apache.tomcat", "org.apache.catalina", "org.apache.coyote")),
    ("Caffeine", ("com.github.benmanes.caffeine",)),
    ("Conduit's own code", ("io.conduit",)),
]
JDK = ("java.", "jdk.", "sun.", "javax.", "com.sun.")
FRAME = re.compile(r"^\s+([\w$.]+)\.[\w$<>]+\(.*line:")


def library(frame_class):
    for label, prefixes in LIBRARIES:
        if frame_class.startswith(prefixes):
            return label
    return "other libraries"


def main():
    recording = sys.argv[1]
    java_home = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("JAVA_HOME", "")
    jfr = os.path.join(java_home, "bin", "jfr") if java_home else "jfr"
    output = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", recording],
                            check=True, capture_output=True, text=True).stdout
    counts = collections.Counter()
    owner = None
    for line in output.splitlines():
        if line.startswith("jdk.ExecutionSample"):
            owner = None
            continue
        match = FRAME.match(line)
        if match and owner is None:
            frame_class = match.group(1)
            if not frame_class.startswith(JDK):
                owner = library(frame_class)
        if line.strip() == "]" or line.startswith("}"):
            if line.startswith("}"):
                counts[owner or "JDK only (scheduler, collections, I/O)"] += 1
                owner = None
    total = sum(counts.values())
    print(f"{total} execution samples")
    print("| Where | Share of samples |")
    print("|---|---|")
    for label, count in counts.most_common():
        print(f"| {label} | {100.0 * count / total:.1f}% |")


if __name__ == "__main__":
    main()
