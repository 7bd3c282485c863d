#!/bin/sh
# benchctl-pod: runs `benchctl "$@"` as a pod's main container so that the pod's log is exactly
# one JSON document, the run's own result, whether the workloads passed or failed; the container
# exits with benchctl's exit code. The image installs it as /opt/benchctl/bin/benchctl-pod.
#
# BENCHCTL_RESULTS names the run's --output folder, which must be empty (a fresh emptyDir, or a
# folder of the pod's own on a claim): the run's result is then the one *.json in it that is not
# latest.json, never an older run's and never latest.json printed a second time.
#
# benchctl's console (progress lines, the summary, errors) goes to $BENCHCTL_RESULTS/benchctl.log,
# not to the log, and its tail is the container's termination message (`kubectl describe pod`).
# A run that wrote no result (bad profile: exit 2; stopped: 130/143) prints its console instead,
# so the log is then plainly not a result and says why.
set -u
dir=${BENCHCTL_RESULTS:?'benchctl-pod: set BENCHCTL_RESULTS to the run'"'"'s --output folder'}
termination_log=${BENCHCTL_TERMINATION_LOG:-/dev/termination-log}

mkdir -p "$dir" || exit 2
if [ -n "$(ls -A "$dir")" ]; then
    echo "benchctl-pod: $dir is not empty: each run needs a folder of its own" >&2
    exit 2
fi

benchctl "$@" >"$dir/benchctl.log" 2>&1
code=$?

result=
count=0
for file in "$dir"/*.json; do
    case ${file##*/} in
        latest.json | '*.json') ;;
        *) result=$file count=$((count + 1)) ;;
    esac
done

if [ -w "$termination_log" ]; then
    tail -c 4000 "$dir/benchctl.log" >"$termination_log"
fi
if [ "$count" -eq 1 ]; then
    cat "$result"
elif [ "$count" -eq 0 ]; then
    cat "$dir/benchctl.log" >&2
    echo "benchctl-pod: benchctl exited $code and wrote no result in $dir" >&2
else
    echo "benchctl-pod: $count results in $dir; expected the run's own one" >&2
    [ "$code" -ne 0 ] || code=2
fi
exit "$code"
