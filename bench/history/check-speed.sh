#!/usr/bin/env bash
# Speed of `benchctl history check` end to end over a SQLite history of RUNS (default 10000) runs
# x 50 metrics, in a fresh JVM per check, and of recording one more run; medians of REPEATS
# (default 5). Goals: check <= 2 s, record <= 50 ms. The history is built under DIR (default
# platform-runtime/target/history-bench, about 0.5 GB for 10000 runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/find-java.sh
JAVA_HOME=$(cd "$(dirname "$JAVA")/.." && pwd)
export JAVA_HOME
mvn -q -pl platform-runtime -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt >/dev/null 2>&1 \
    || { echo "build failed: run mvn -pl platform-runtime -am package" >&2; exit 1; }
CP="platform-runtime/target/classes:platform-history/target/classes:platform-api/target/classes"
CP="$CP:$(cat platform-runtime/target/classpath.txt)"
DIR=${DIR:-platform-runtime/target/history-bench}
mkdir -p "$DIR/classes"
"$JAVA_HOME/bin/javac" -d "$DIR/classes" -cp "$CP" bench/history/HistoryCheckBench.java
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$DIR/classes:$CP" HistoryCheckBench "$DIR/history.db" "${RUNS:-10000}" "${REPEATS:-5}" \
    platform-history/src/test/resources/io/benchctl/history/store/results/20261207T173915Z-tiny-3576.json \
    "$JAVA" distribution/src/lib/jvm.options "$CP"
