#!/usr/bin/env bash
# End-to-end throughput of `neardup cluster` on synthetic corpora of 10k, 100k and 1M articles
# (dev.neardup.bench.SyntheticCorpus, seed 1) or, with E2E_CORPUS=dense, on the dense-overlap corpus
# (dev.neardup.bench.DenseOverlapCorpus, seed 1: Reuters sentences recurring across articles; needs
# ../shared/corpora/reuters21578.jsonl.gz), generated on first use into bench/target/corpora.
# Prints one markdown row per size: wall time, articles/s, MB/s of article text (per wall second
# and per CPU second, i.e. per busy core), CPU use, peak RSS (from /usr/bin/time -v) and the
# command's summary line. On a shared machine MB per CPU second is the steadier figure.
#
#   bench/e2e.sh                 # 10k 100k 1m
#   bench/e2e.sh 10k 100k        # chosen sizes (10k, 100k, 1m or any article count)
#
# Environment:
#   NEARDUP_JAR        jar to time (default target-bench/neardup.jar; build it with
#                      ./mvnw -q -B -Dbuild.dir=target-bench -DskipTests package)
#   NEARDUP_JAVA_OPTS  JVM options (default none: the JVM default heap, a quarter of memory)
#   CLUSTER_ARGS       extra options for `neardup cluster` (e.g. "--shingle word -k 5")
#   E2E_TIMEOUT        seconds before a run is abandoned (default 1200)
#   E2E_TAG            label for the log files in bench/target/results (default "default")
#   E2E_CORPUS         synthetic (default) or dense
#   NEARDUP_COMMAND    subcommand to time: cluster (default; run with --output jsonl) or dedup
#                      (streaming, --keep first; writes the kept records)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${NEARDUP_JAR:-target-bench/neardup.jar}
opts=${NEARDUP_JAVA_OPTS-}
timeout_s=${E2E_TIMEOUT:-1200}
corpora=bench/target/corpora
results=bench/target/results
mkdir -p "$corpora" "$results"
[ -f "$jar" ] || { echo "e2e: $jar is missing; build it with ./mvnw -q -B -Dbuild.dir=target-bench -DskipTests package" >&2; exit 2; }
[ -f bench/target/benchmarks.jar ] || ./mvnw -q -B -f bench/pom.xml package
[ -x /usr/bin/time ] || { echo "e2e: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }

count() {
  case "$1" in
    *k) echo $(( ${1%k} * 1000 )) ;;
    *m) echo $(( ${1%m} * 1000000 )) ;;
    *) echo "$1" ;;
  esac
}

echo "| articles | text MB | wall s | articles/s | MB/s | MB per CPU-s | CPU % | peak RSS MB | summary |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for size in "${@:-10k 100k 1m}"; do
  for s in $size; do
    n=$(count "$s")
    kind=${E2E_CORPUS:-synthetic}
    file="$corpora/$kind-$s.jsonl"
    if [ ! -f "$file.meta" ]; then
      case "$kind" in
        synthetic) java -cp bench/target/benchmarks.jar dev.neardup.bench.SyntheticCorpus "$n" "$file" 1 > /dev/null ;;
        dense)
          # The generator reports the text's size on stderr ("..., 921.0 MB of text, ...").
          java -cp bench/target/benchmarks.jar dev.neardup.bench.DenseOverlapCorpus \
            ../shared/corpora/reuters21578.jsonl.gz "$n" "$file" 1 2> "$file.log"
          mb=$(sed -n 's/.*, \([0-9.]*\) MB of text.*/\1/p' "$file.log")
          awk -v mb="$mb" 'BEGIN { printf "text_bytes=%.0f\n", mb * 1e6 }' > "$file.meta" ;;
        *) echo "e2e: E2E_CORPUS must be synthetic or dense: $kind" >&2; exit 2 ;;
      esac
    fi
    bytes=$(sed -n 's/^text_bytes=//p' "$file.meta")
    log="$results/e2e-${E2E_TAG:-default}-$kind-$s"
    status=0
    # shellcheck disable=SC2086
    command=${NEARDUP_COMMAND:-cluster}
    output=()
    [ "$command" = cluster ] && output=(--output jsonl)
    timeout "$timeout_s" /usr/bin/time -v -o "$log.time" java $opts -jar "$jar" "$command" "${output[@]}" \
      ${CLUSTER_ARGS:-} "$file" > "$log.out.jsonl" 2> "$log.err" || status=$?
    if [ "$status" -ne 0 ]; then
      echo "| $n | $((bytes / 1000000)) | failed (exit $status; see $log.time) | | | | | | |"
      continue
    fi
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$log.time")
    cpu=$(awk -F': ' '/Percent of CPU/ {sub("%", "", $2); print $2}' "$log.time")
    cpus=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$log.time")
    summary=$(grep -o '[0-9]* duplicate clusters\? holding [0-9]* articles\|[0-9,]* records, [0-9,]* kept, [0-9,]* dropped' "$log.err" | head -1 || true)
    awk -v n="$n" -v b="$bytes" -v w="$wall" -v t="$cpus" -v r="$rss" -v cpu="$cpu" -v sum="$summary" 'BEGIN {
      printf "| %d | %.0f | %.1f | %.0f | %.1f | %.1f | %s | %d | %s |\n", n, b / 1e6, w, n / w, b / 1e6 / w, b / 1e6 / t, cpu, r, sum }'
  done
done
