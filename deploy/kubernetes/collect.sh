#!/usr/bin/env bash
# Collects every pod's result of a benchctl Job (deploy/kubernetes/fleet or network) and merges
# them with `benchctl fleet report`.
#
#   collect.sh --job NAME [--namespace NS] [--timeout SECONDS] [--out DIR] [-- REPORT-OPTION...]
#   collect.sh --from LOGS [--out DIR] [-- REPORT-OPTION...]
#
# --job waits until the Job is Complete or Failed, then saves each pod's log (the `benchctl`
# container's, which benchctl-pod makes exactly one result document) as LOGS/<pod>.log and its
# exit code as LOGS/<pod>.exit, with LOGS = DIR/logs. --from starts from such a folder instead
# (logs fetched some other way), so everything after fetching runs without a cluster.
# Each log that is one JSON document with a runId becomes DIR/results/<pod>.json; a log that is
# not (a pod that wrote no result: bad profile, evicted, killed) is named on stderr with its first
# lines, never silently dropped. Then `benchctl fleet report DIR/results REPORT-OPTION...` runs
# (text on stdout by default; `-- --format html --out fleet.html` for HTML).
#
# Needs jq, and kubectl for --job; benchctl is $BENCHCTL or the one on PATH.
# Exit codes: the fleet report's (0, 2, 3), but 1 when a pod left no result (1 ranks above 3),
# 2 for bad usage or when no pod left a result.
set -euo pipefail

benchctl=${BENCHCTL:-benchctl}

usage() {
    echo "usage: collect.sh (--job NAME [--namespace NS] [--timeout SECONDS] | --from LOGS) [--out DIR] [-- REPORT-OPTION...]" >&2
    exit 2
}

# Waits for the Job to finish, then saves each pod's log and exit code in $1 (a folder).
fetch_logs() {
    local logs=$1 deadline state pod exit_code
    local -a ns=()
    [ -z "$namespace" ] || ns=(--namespace "$namespace")
    deadline=$((SECONDS + timeout))
    while :; do
        state=$(kubectl get "${ns[@]}" job "$job" \
            -o jsonpath='{range .status.conditions[?(@.status=="True")]}{.type}{" "}{end}')
        case " $state " in
            *" Complete "* | *" Failed "*) break ;;
        esac
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "collect.sh: job/$job not finished after ${timeout}s (conditions: ${state:-none}); collecting what there is" >&2
            break
        fi
        sleep 10
    done
    mkdir -p "$logs"
    kubectl get "${ns[@]}" pods -l "job-name=$job" -o jsonpath='{range .items[*]}{.metadata.name}{" "}{.status.containerStatuses[?(@.name=="benchctl")].state.terminated.exitCode}{"\n"}{end}' \
        | while read -r pod exit_code; do
            kubectl logs "${ns[@]}" "$pod" -c benchctl >"$logs/$pod.log" 2>"$logs/$pod.err" || true
            echo "${exit_code:-unknown}" >"$logs/$pod.exit"
        done
}

# True when file $1 holds exactly one JSON document and it is a benchctl result (has a runId).
is_one_result() {
    jq -e -s 'length == 1 and (.[0] | type == "object" and has("runId"))' "$1" >/dev/null 2>&1
}

# Copies every log in $1 that is one result to $2/<pod>.json; names the others on stderr.
# Prints the number of pods without a result.
assemble() {
    local logs=$1 results=$2 log pod missing=0 exit_code
    mkdir -p "$results"
    for log in "$logs"/*.log; do
        [ -e "$log" ] || continue
        pod=$(basename "$log" .log)
        if is_one_result "$log"; then
            cp "$log" "$results/$pod.json"
        else
            missing=$((missing + 1))
            exit_code=$(cat "$logs/$pod.exit" 2>/dev/null || echo unknown)
            {
                echo "collect.sh: $pod left no result (exit code $exit_code); its log begins:"
                # kubectl's own error when it could fetch no log (a pod that never started).
                { head -n 5 "$log"; head -n 3 "$logs/$pod.err" 2>/dev/null; } | sed 's/^/    /'
            } >&2
        fi
    done
    echo "$missing"
}

main() {
    job='' namespace='' from='' out=. timeout=3600
    while [ $# -gt 0 ]; do
        case $1 in
            --job) job=${2:?}; shift 2 ;;
            --namespace) namespace=${2:?}; shift 2 ;;
            --timeout) timeout=${2:?}; shift 2 ;;
            --from) from=${2:?}; shift 2 ;;
            --out) out=${2:?}; shift 2 ;;
            --) shift; break ;;
            *) usage ;;
        esac
    done
    if { [ -z "$job" ] && [ -z "$from" ]; } || { [ -n "$job" ] && [ -n "$from" ]; }; then
        usage
    fi
    if [ -n "$(ls -A "$out/results" 2>/dev/null)" ]; then
        echo "collect.sh: $out/results already holds results; choose another --out" >&2
        exit 2
    fi
    command -v jq >/dev/null || { echo "collect.sh: needs jq" >&2; exit 2; }
    local logs=$from
    if [ -n "$job" ]; then
        command -v kubectl >/dev/null || { echo "collect.sh: --job needs kubectl" >&2; exit 2; }
        logs=$out/logs
        fetch_logs "$logs"
    fi
    [ -d "$logs" ] || { echo "collect.sh: no such folder: $logs" >&2; exit 2; }
    local missing collected code=0
    missing=$(assemble "$logs" "$out/results")
    collected=$(find "$out/results" -maxdepth 1 -name '*.json' | wc -l)
    echo "collect.sh: $collected result(s) in $out/results, $missing pod(s) without one" >&2
    if [ "$collected" -eq 0 ]; then
        exit 2
    fi
    "$benchctl" fleet report "$out/results" "$@" || code=$?
    if [ "$missing" -gt 0 ] && { [ "$code" -eq 0 ] || [ "$code" -eq 3 ]; }; then
        code=1
    fi
    exit "$code"
}

main "$@"
