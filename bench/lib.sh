# Functions the bench/ scripts share; source it: . "$(dirname "$0")/lib.sh"
#
# Raw figures: when BENCH_RAW names a file, every script appends one line per measurement to it,
#   row<TAB>metric<TAB>side<TAB>pair<TAB>value<TAB>reference tool      side: benchctl | reference
# which bench/scoreboard.py turns into the one table (ratio = median of the pairwise ratios).

# Prints a JDK 25+ java (JAVA_HOME, PATH, /usr/lib/jvm/*25*) or stops with exit 2.
bench_find_java() {
    local candidate
    for candidate in "${JAVA_HOME:-}/bin/java" "$(command -v java || true)" /usr/lib/jvm/*25*/bin/java; do
        if [[ -x "$candidate" ]] && "$candidate" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
            echo "$candidate"
            return 0
        fi
    done
    echo "bench: no JDK 25+ found (JAVA_HOME, java on PATH, /usr/lib/jvm/*25*)" >&2
    exit 2
}

# The order of the two sides in pair N: reference first in odd pairs, benchctl first in even ones
# (on this virtual disk the second of two back-to-back runs is often slower).
bench_pair_order() { if (($1 % 2)); then echo reference benchctl; else echo benchctl reference; fi; }

# bench_raw ROW METRIC SIDE PAIR VALUE TOOL: one measurement for the scoreboard (no-op without BENCH_RAW).
bench_raw() {
    [[ -n "${BENCH_RAW:-}" ]] || return 0
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "${6:-}" >>"$BENCH_RAW"
}

# Installs the reference tools (fio, iperf3, sysbench, perf, gcc, python3) with the project's script.
bench_install_tools() {
    "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/scripts/install-bench-deps.sh"
}
