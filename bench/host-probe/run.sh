#!/usr/bin/env bash
# Cold cost of host probing: HostProbe.facts() and HostProbe.collect() each in a fresh JVM (the
# in-process milliseconds of the one call), interleaved with `java -version` as the reference for
# what any JVM start costs on this machine. Prints the median of ROUNDS (default 5) of each.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-5}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
mvn -q -pl platform-runtime -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt >/dev/null 2>&1 \
    || { echo "build failed: run mvn -pl platform-runtime -am package" >&2; exit 1; }
CP="platform-runtime/target/classes:platform-api/target/classes:$(cat platform-runtime/target/classpath.txt)"
OUT=platform-runtime/target/host-probe-bench
mkdir -p "$OUT"
"$JAVA_HOME/bin/javac" -d "$OUT" -cp "$CP" bench/host-probe/HostProbeTimes.java
: > "$OUT/version.txt"; : > "$OUT/facts.txt"; : > "$OUT/collect.txt"
for _ in $(seq "$ROUNDS"); do
    start=$(date +%s%N); "$JAVA" -version 2>/dev/null; end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 ))" >> "$OUT/version.txt"
    "$JAVA" --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile=bench/host-probe/logback-quiet.xml \
        -cp "$OUT:$CP" HostProbeTimes facts >> "$OUT/facts.txt"
    "$JAVA" --enable-native-access=ALL-UNNAMED \
        -Dlogback.configurationFile=bench/host-probe/logback-quiet.xml \
        -cp "$OUT:$CP" HostProbeTimes collect >> "$OUT/collect.txt"
done
median() { sort -g "$1" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "rounds: $ROUNDS (cold, one JVM per sample)"
echo "java -version (process wall, ms):  $(median "$OUT/version.txt")"
echo "HostProbe.facts() (in-process, ms): $(median "$OUT/facts.txt")   samples: $(tr '\n' ' ' < "$OUT/facts.txt")"
echo "HostProbe.collect() (in-process, ms): $(median "$OUT/collect.txt")   samples: $(tr '\n' ' ' < "$OUT/collect.txt")"
