#!/usr/bin/env bash
# Runs the Spark job in local mode, Spark taken from the module's own dependencies (no install):
#
#   spark/run-local.sh [MATCHING OPTIONS] INPUT...      # clusters as JSON Lines on stdout
#   spark/run-local.sh --parquet out.parquet --jsonl out.jsonl big.jsonl.gz
#
# The same clusters as `neardup cluster --output jsonl INPUT...`. Builds the module first if needed.
# Environment: NEARDUP_SPARK_JAVA_OPTS (default -Xmx4g), NEARDUP_SPARK_MASTER (default local[*]).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/target/neardup-spark.jar
classpath=$here/target/classpath.txt
if [ ! -f "$jar" ] || [ ! -f "$classpath" ]; then
  (cd "$here/.." && ./mvnw -q -B -f spark/pom.xml package -DskipTests) >&2
fi
# shellcheck disable=SC2086
exec java @"$here/jvm-options" ${NEARDUP_SPARK_JAVA_OPTS:--Xmx4g} \
  -Dlog4j2.configurationFile="$here/log4j2-local.properties" \
  -Dspark.master="${NEARDUP_SPARK_MASTER:-local[*]}" -Dspark.ui.enabled=false \
  -cp "$jar:$(cat "$classpath")" dev.neardup.spark.ClusterJob "$@"
