#!/usr/bin/env bash
# Builds a Java runtime for benchctl with jlink: only the JDK modules the distribution's JARs use
# (jdeps), without debug symbols, headers or man pages. For hosts without a Java 25: the launcher
# prefers DIST/runtime/bin/java when it is there.
#     scripts/build-runtime.sh DIST_DIR              # writes DIST_DIR/runtime/ (the `jlink-runtime` Maven profile)
#     scripts/build-runtime.sh DIST_DIR OUT.tar.gz   # writes a tarball holding benchctl/runtime/, DIST_DIR untouched
# The tarball unpacks over an installed distribution (`tar -C PREFIX/.. -xzf`): deploy/ansible
# copies it to the hosts that lack a Java 25. The runtime is for this build's OS and architecture.
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ] || [ ! -d "$1/lib" ]; then
    echo "usage: $0 DIST_DIR [OUT.tar.gz] (DIST_DIR: an assembled distribution with lib/ and plugins/)" >&2
    exit 2
fi
dist=$(cd "$1" && pwd)
out=${2:-}
. "$(dirname "${BASH_SOURCE[0]}")/find-java.sh"
jdk=${JAVA%/bin/java}
if [ ! -x "$jdk/bin/jlink" ] || [ ! -d "$jdk/jmods" ] && [ ! -f "$jdk/lib/modules" ]; then
    echo "build-runtime: $jdk has no jlink; a full JDK 25 is needed" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/benchctl-runtime.XXXXXX")
trap 'rm -rf "$work"' EXIT
# What the JARs use, found statically; plus what is used only by reflection or by a command-line
# flag: zipfs (PF4J reads plugin JARs as file systems), jdk.management (the OS MXBean of the host
# block), jdk.jfr (`run --jfr`), jdk.crypto.cryptoki is left out (no TLS to a token device).
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
    --class-path "$dist/lib/*:$dist/plugins/*" "$dist"/lib/*.jar "$dist"/plugins/*.jar 2>/dev/null | tail -n1)
case "$modules" in java.base*) ;; *) echo "build-runtime: jdeps found no module list" >&2; exit 1 ;; esac
modules="$modules,jdk.zipfs,jdk.management,jdk.jfr"

"$jdk/bin/jlink" --add-modules "$modules" --output "$work/benchctl/runtime" \
    --strip-debug --no-header-files --no-man-pages --compress=zip-6 --generate-cds-archive
if [ -z "$out" ]; then
    rm -rf "$dist/runtime"
    mv "$work/benchctl/runtime" "$dist/runtime"
    target="$dist/runtime"
else
    mkdir -p "$(dirname "$out")"
    tar -C "$work" -czf "$out.tmp" benchctl/runtime
    mv "$out.tmp" "$out"
    target="$out"
fi
echo "build-runtime: $target ($(du -sh "$target" | cut -f1), modules $modules)" >&2
