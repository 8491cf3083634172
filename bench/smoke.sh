#!/usr/bin/env bash
# Builds the benchmarks and runs every JMH benchmark once, briefly (in this JVM, no warm-up, one
# 100 ms iteration), so that none can break unnoticed: the numbers mean nothing, a failure does.
# `./mvnw verify` runs it (the product's tests come first); alone: bench/smoke.sh from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -f bench/pom.xml package -DskipTests
# -foe: the first benchmark that throws fails the run.
# ignoreLock: timings mean nothing here, so another JMH run on the machine must not stop this one.
java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar -foe true -f 0 -wi 0 -i 1 -r 100ms -t 1 -jvmArgs "-Xms256m -Xmx2g" \
  -rf text -rff bench/target/smoke.txt > bench/target/smoke.log 2>&1 \
  || { tail -40 bench/target/smoke.log; echo "bench smoke run failed (full log: bench/target/smoke.log)"; exit 1; }
echo "bench smoke: $(grep -c '^# Benchmark:' bench/target/smoke.log) benchmarks ran once"
