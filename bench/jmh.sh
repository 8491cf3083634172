#!/usr/bin/env bash
# Runs the JMH benchmarks with settings sized for a small shared machine (2 cores): one fork per
# benchmark, 3 × 1 s warm-up and 5 × 1 s measurement iterations (enough for a 99.9 % error bar),
# one thread. Builds bench/target/benchmarks.jar first if it is missing. Run from anywhere.
#
#   bench/jmh.sh                      # everything, ~12 minutes
#   bench/jmh.sh SignatureBench       # a subset: any JMH regex and options are passed through
#
# Results: bench/target/results/jmh-<UTC time>.{txt,json}; MB/s of a per-article benchmark is the
# article size in bytes divided by its µs/op.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  ./mvnw -q -B -f bench/pom.xml package
fi
out=bench/target/results
mkdir -p "$out"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
# The JMH forks read samples/ relative to the working directory (the repo root).
java -jar "$jar" -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1 -jvmArgs "-Xms1g -Xmx6g" \
  -rf json -rff "$out/jmh-$stamp.json" "$@" | tee "$out/jmh-$stamp.txt"
echo "results: $out/jmh-$stamp.txt and .json"
