#!/usr/bin/env bash
# Builds the distribution's JDK AOT cache, DIST/lib/benchctl.aot, from a training run of the
# commands people type most (io.benchctl.runtime.aot.AotTraining), with the launcher's JVM options
# and class path. The distribution build calls it; it also ships as bin/build-aot-cache.sh, to
# rebuild the cache for another JDK than the one that built the distribution:
#     scripts/build-aot-cache.sh dist/benchctl      bin/build-aot-cache.sh   (in a distribution)
# It never fails the build: when training fails it says why on stderr and leaves no cache, and
# bin/benchctl then starts without one (slower, otherwise the same).
set -uo pipefail
dist=${1:-$(dirname "${BASH_SOURCE[0]}")/..}
if [ $# -gt 1 ] || [ ! -d "$dist/lib" ] || [ ! -f "$dist/lib/jvm.options" ]; then
    echo "usage: $0 [DIST_DIR] (a distribution folder with lib/jvm.options; default: the one this script is in)" >&2
    exit 2
fi
dist=$(cd "$dist" && pwd)
cache="$dist/lib/benchctl.aot"
rm -f "$cache"
. "$(dirname "${BASH_SOURCE[0]}")/find-java.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/benchctl-aot.XXXXXX")
trap 'rm -rf "$work"' EXIT
skip() {
    echo "build-aot-cache: $1; the distribution ships without an AOT cache (slower start-up only)." >&2
    [ -s "$work/training.log" ] && tail -n 20 "$work/training.log" >&2
    exit 0
}

# Same class path as bin/benchctl (byte-sorted, explicit): the cache is used only when it matches.
classpath=$(LC_ALL=C; printf '%s:' "$dist"/lib/*.jar)
# In an empty folder with an empty HOME and no $BENCHCTL_PLUGINS, so that nothing outside the
# distribution shapes the cache and the dry run's result lands in $work.
(cd "$work" && env -u BENCHCTL_PLUGINS HOME="$work" "$JAVA" @"$dist/lib/jvm.options" \
    -XX:AOTCacheOutput="$work/benchctl.aot" -Dbenchctl.home="$dist" -cp "${classpath%:}" \
    io.benchctl.runtime.aot.AotTraining "$work/results") >"$work/training.log" 2>&1 \
    || skip "the training run failed (exit $?)"
[ -s "$work/benchctl.aot" ] || skip "the JVM wrote no cache"

# Prove the launcher accepts it (AOTMode=on makes a mismatch fatal instead of silent).
mv "$work/benchctl.aot" "$cache"
if ! BENCHCTL_JAVA_OPTS="-XX:AOTMode=on" "$dist/bin/benchctl" --version >"$work/check.log" 2>&1; then
    rm -f "$cache"
    cp "$work/check.log" "$work/training.log"
    skip "bin/benchctl rejected the new cache"
fi
