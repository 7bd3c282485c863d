#!/usr/bin/env bash
# Speed of change-point detection: a full check of RUNS x METRICS (default 10000 x 50) and adding
# one run to that history, medians of REPEATS (default 9). Goals: full <= 2 s, one run <= 50 ms.
# Then the statistical goal's figures over SEEDS (default 2000) seeded Gaussian series.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/find-java.sh
JAVA_HOME=$(cd "$(dirname "$JAVA")/.." && pwd)
export JAVA_HOME
mvn -q -pl platform-history -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt >/dev/null 2>&1 \
    || { echo "build failed: run mvn -pl platform-history -am package" >&2; exit 1; }
CP="platform-history/target/classes:platform-api/target/classes:$(cat platform-history/target/classpath.txt)"
OUT=platform-history/target/changepoint-bench
mkdir -p "$OUT"
"$JAVA_HOME/bin/javac" -d "$OUT" -cp "$CP" bench/history/ChangePointBench.java bench/history/GoalFigures.java
"$JAVA" -cp "$OUT:$CP" ChangePointBench "${RUNS:-10000}" "${METRICS:-50}" "${REPEATS:-9}"
"$JAVA" -cp "$OUT:$CP" GoalFigures "${SEEDS:-2000}"
