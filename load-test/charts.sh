#!/usr/bin/env bash
# Draws the charts of docs/capacity/ from a load-test run's CSV files (gnuplot, Debian package
# gnuplot-nox). Usage: load-test/charts.sh RESULTS_DIR OUTPUT_DIR
set -euo pipefail
results=$1
out=$2
mkdir -p "$out"
command -v gnuplot >/dev/null || { echo "gnuplot is missing: apt-get install gnuplot-nox" >&2; exit 1; }

if [ -f "$results/capacity.csv" ]; then
  # label,requests,ko,error_pct,rps,mean_ms,p50_ms,p75_ms,p95_ms,p99_ms,max_ms,app_cpu_cores,...,machine_busy_pct
  awk -F, 'NR > 1 {sub("capacity-", "", $1); print $1, $5, $7, $9, $10, $4, $12, $14}' "$results/capacity.csv" > "$out/capacity.dat"
  gnuplot <<GNUPLOT
set terminal pngcairo size 900,520 font "sans,10"
set output "$out/capacity-latency.png"
set title "Conduit, one instance, mixed workload: latency by offered rate (2 cores, load generator on the same machine)"
set xlabel "offered rate (requests/s)"
set ylabel "response time (ms)"
set y2label "achieved throughput (requests/s)"
set ytics nomirror
set y2tics
set grid
set key top left
set arrow from graph 0, first 100 to graph 1, first 100 nohead dashtype 2 lc rgb "red"
set label "p99 objective 100 ms" at graph 0.02, first 104 tc rgb "red"
plot "$out/capacity.dat" using 1:5 with linespoints lw 2 title "p99", \
     "" using 1:4 with linespoints title "p95", \
     "" using 1:3 with linespoints title "p50", \
     "" using 1:2 axes x1y2 with linespoints dashtype 3 lw 2 title "throughput (right axis)"
GNUPLOT
  gnuplot <<GNUPLOT
set terminal pngcairo size 900,420 font "sans,10"
set output "$out/capacity-cpu.png"
set title "Where the CPU goes: machine busy % and Conduit's share, by offered rate"
set xlabel "offered rate (requests/s)"
set ylabel "CPU"
set yrange [0:*]
set grid
set key top left
plot "$out/capacity.dat" using 1:8 with linespoints lw 2 title "machine busy (%)", \
     "" using 1:(\$7*50) with linespoints title "Conduit JVM (% of the 2 cores)"
GNUPLOT
fi

if [ -f "$results/endpoints.csv" ]; then
  # Login is left out: bcrypt makes it a thousand times slower than the rest, which would flatten them.
  awk -F, 'NR > 1 && $1 !~ /scale10|login/ {sub("endpoint-", "", $1); print $1, $5, $10}' "$results/endpoints.csv" > "$out/endpoints.dat"
  gnuplot <<GNUPLOT
set terminal pngcairo size 900,420 font "sans,10"
set output "$out/endpoints.png"
set title "Each endpoint alone, 16 connections: throughput (bars) and p99 (points); login (bcrypt) in the table only"
set style data histograms
set style fill solid 0.6
set boxwidth 0.7
set ylabel "requests/s"
set y2label "p99 (ms)"
set yrange [0:*]
set y2range [0:*]
set ytics nomirror
set y2tics
set xtics rotate by -30
set grid ytics
plot "$out/endpoints.dat" using 2:xtic(1) title "requests/s", \
     "" using 0:3 axes x1y2 with points pt 7 ps 1.5 title "p99 (ms)"
GNUPLOT
fi
ls -1 "$out"/*.png
