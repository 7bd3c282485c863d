#!/usr/bin/env bash
# Installs the reference tools the bench/ comparisons run against, where this machine allows it
# (root + apt): fio, iperf3, sysbench, perf, gcc, python3. Idempotent and quiet; prints what it
# could not install and exits 1 then (a comparison without its reference tool has no row).
set -uo pipefail
needed=()
command -v fio >/dev/null 2>&1 || needed+=(fio)
command -v iperf3 >/dev/null 2>&1 || needed+=(iperf3)
command -v sysbench >/dev/null 2>&1 || needed+=(sysbench)
command -v perf >/dev/null 2>&1 || needed+=(linux-perf)
command -v gcc >/dev/null 2>&1 || needed+=(gcc)
command -v python3 >/dev/null 2>&1 || needed+=(python3)
command -v taskset >/dev/null 2>&1 || needed+=(util-linux)
[ ${#needed[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "bench deps: missing ${needed[*]}; installing them needs root and apt-get" >&2
    exit 1
fi
echo "bench deps: installing ${needed[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "${needed[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq "${needed[@]}" >/dev/null 2>&1; } \
    || { echo "bench deps: could not install ${needed[*]}" >&2; exit 1; }
