#!/usr/bin/env bash
# Start-up benchmark: median wall time of `java -version`, `benchctl --version`, `benchctl list`,
# `benchctl validate` (the default profile) and `benchctl run --dry-run`, each with and without
# the distribution's AOT cache, over N rounds. Every round runs all nine commands one after the
# other (interleaved, so machine noise hits them alike); ratios are the median of each round's
# command / `java -version` ratio.
#     bench/startup.sh [DIST_DIR] [ROUNDS]     # defaults: dist/benchctl, 10
# Goals: --version <= 300 ms, list and run --dry-run <= 400 ms (median, with the cache). The
# launcher never passes the cache for a bare --version (slower with it), so its two columns differ
# only by noise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dist=$(cd "${1:-$root/dist/benchctl}" && pwd)
rounds=${2:-10}
launcher="$dist/bin/benchctl"
[ -x "$launcher" ] || { echo "startup.sh: no distribution at $dist (run: mvn -q package -DskipTests)" >&2; exit 2; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "startup.sh: needs bash 5 (EPOCHREALTIME)" >&2; exit 2; }
. "$dist/bin/find-java.sh"
cache_state="present"
[ -f "$dist/lib/benchctl.aot" ] || cache_state="MISSING: both columns are without a cache"

work=$(mktemp -d "${TMPDIR:-/tmp}/benchctl-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

# Prints the wall time of one command in microseconds; its output goes nowhere, a failure stops all.
micros() {
    local start=$EPOCHREALTIME end
    "$@" >/dev/null 2>&1 || { echo "startup.sh: failed: $*" >&2; exit 1; }
    end=$EPOCHREALTIME
    echo $(( (${end/./} - ${start/./}) ))
}
cached() { env -u BENCHCTL_JAVA_OPTS "$@"; }
uncached() { BENCHCTL_JAVA_OPTS="-XX:AOTMode=off" "$@"; }

names=(java version version_nocache list list_nocache validate validate_nocache dryrun dryrun_nocache)
declare -A samples
for name in "${names[@]}"; do samples[$name]=""; done
cached "$launcher" --version >/dev/null 2>&1   # page cache and file system warm for everyone
for ((round = 0; round < rounds; round++)); do
    samples[java]+=" $(micros "$JAVA" -version)"
    samples[version]+=" $(micros cached "$launcher" --version)"
    samples[version_nocache]+=" $(micros uncached "$launcher" --version)"
    samples[list]+=" $(micros cached "$launcher" list)"
    samples[list_nocache]+=" $(micros uncached "$launcher" list)"
    samples[validate]+=" $(micros cached "$launcher" validate --profile "$dist/profiles/default.toml")"
    samples[validate_nocache]+=" $(micros uncached "$launcher" validate --profile "$dist/profiles/default.toml")"
    samples[dryrun]+=" $(micros cached "$launcher" run --dry-run --no-tui --output "$work/out")"
    samples[dryrun_nocache]+=" $(micros uncached "$launcher" run --dry-run --no-tui --output "$work/out")"
done

# The scoreboard's raw rows (bench/lib.sh): benchctl's seconds beside java -version's, per round.
. "$root/bench/lib.sh"
raw_rows() { # ROW NAME
    local round=0 ours java
    paste -d' ' <(tr ' ' '\n' <<<"${samples[$2]}" | grep -v '^$') <(tr ' ' '\n' <<<"${samples[java]}" | grep -v '^$') |
        while read -r ours java; do
            round=$((round + 1))
            bench_raw "$1" seconds benchctl "$round" "$(awk -v u="$ours" 'BEGIN {print u / 1e6}')" "java -version"
            bench_raw "$1" seconds reference "$round" "$(awk -v u="$java" 'BEGIN {print u / 1e6}')" "java -version"
        done
}
raw_rows "start-up run --dry-run" dryrun
raw_rows "start-up list" list

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
ms() { awk -v u="$1" 'BEGIN {printf "%.0f", u/1000}'; }
# Median over rounds of (this command's time / java -version's time in the same round).
ratio() {
    paste -d' ' <(tr ' ' '\n' <<<"${samples[$1]}" | grep -v '^$') <(tr ' ' '\n' <<<"${samples[java]}" | grep -v '^$') \
        | awk '{print $1/$2}' | median | awk '{printf "%.1f", $1}'
}
row() {
    printf '| %-22s | %8s | %4s× | %11s | %4s× |\n' "$1" "$(ms "$(median <<<"${samples[$2]}")")" "$(ratio "$2")" \
        "$(ms "$(median <<<"${samples[$3]}")")" "$(ratio "$3")"
}

echo "benchctl start-up, median of $rounds interleaved rounds; $(nproc 2>/dev/null || sysctl -n hw.ncpu) CPUs," \
    "load average $(uptime | sed 's/.*load average[s]*: //'); JDK: $JAVA; AOT cache: $cache_state"
echo
echo '| command                | cache ms | ratio | no cache ms | ratio |'
echo '|------------------------|---------:|------:|------------:|------:|'
printf '| %-22s | %8s | %4s× | %11s | %4s× |\n' "java -version" "$(ms "$(median <<<"${samples[java]}")")" "1.0" \
    "$(ms "$(median <<<"${samples[java]}")")" "1.0"
row "benchctl --version" version version_nocache
row "benchctl list" list list_nocache
row "benchctl validate" validate validate_nocache
row "benchctl run --dry-run" dryrun dryrun_nocache
