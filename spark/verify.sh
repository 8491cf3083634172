#!/usr/bin/env bash
# Builds the Spark module and runs its tests (local mode: the job's clusters against neardup
# cluster's on samples/ and on 20,000 generated articles). `./mvnw verify` runs it after the
# product's tests, with the product jar it just built; -DskipSpark leaves it out.
# Alone: spark/verify.sh [PATH/TO/neardup.jar] from anywhere. SPARK_BUILD_DIR (default target)
# builds the module into another folder, so a local run of the module's jar is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/neardup.jar}
./mvnw -B -ntp -f spark/pom.xml verify -Dbuild.dir="${SPARK_BUILD_DIR:-target}" \
  -Dneardup.jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
