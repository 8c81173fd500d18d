#!/usr/bin/env python3
"""Per-request statistics of a Gatling HTML report, as a Markdown table.

Usage: per-request.py REPORT_DIR   (the folder holding index.html)
"""
import html
import re
import sys


def rows(report):
    page = open(f"{report}/index.html", encoding="utf-8").read()
    for row in re.findall(r"<tr id=\"[^\"]+\".*?</tr>", page, re.S):
        cells = [html.unescape(re.sub("<[^>]+>", "", cell)).strip() for cell in re.findall(r"<td.*?</td>", row, re.S)]
        if len(cells) >= 12:
            yield [" ".join(cells[0].split()[:-1]) or cells[0]] + cells[1:]


def main():
    print("| Request | Count | KO | req/s | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|---|---|")
    for cells in rows(sys.argv[1]):
        name, total, _ok, ko, _ko_pct, rate, _min, p50, _p75, p95, p99, high = cells[:12]
        print(f"| {name} | {total} | {ko} | {rate} | {p50} | {p95} | {p99} | {high} |")


if __name__ == "__main__":
    main()
