# Sourced by benchctl's scripts: sets JAVA to a Java 25+ executable, or explains and exits 2.
# Order (PRODUCT.md §2): $JAVA_HOME if 25+, else `java` on PATH if 25+, else the newest
# JDK 25+ under /usr/lib/jvm (Debian, Temurin packages) or /Library/Java/JavaVirtualMachines.

benchctl_java_major() {
    # Prints the feature version of the given java executable (e.g. 25), or nothing. Reads the
    # JDK's `release` file when there is one: starting a JVM just to ask costs as much as a
    # `java -version`, on every benchctl command.
    local real="$1" release version
    if real=$(readlink -f "$1" 2>/dev/null) && release="$(dirname "$(dirname "$real")")/release" && [ -f "$release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n1)
        if [ -n "$version" ]; then echo "$version"; return; fi
    fi
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

benchctl_find_java() {
    local candidate major tried=""
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major=$(benchctl_java_major "$JAVA_HOME/bin/java")
        if [ "${major:-0}" -ge 25 ]; then JAVA="$JAVA_HOME/bin/java"; return 0; fi
        tried="$tried JAVA_HOME=$JAVA_HOME (Java ${major:-?});"
    fi
    if command -v java >/dev/null 2>&1; then
        candidate=$(command -v java)
        major=$(benchctl_java_major "$candidate")
        if [ "${major:-0}" -ge 25 ]; then JAVA="$candidate"; return 0; fi
        tried="$tried $candidate (Java ${major:-?});"
    fi
    for candidate in $(ls -d /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java 2>/dev/null | sort -rV); do
        major=$(benchctl_java_major "$candidate")
        if [ "${major:-0}" -ge 25 ]; then JAVA="$candidate"; return 0; fi
    done
    echo "benchctl: needs Java 25 or newer; none found.${tried:+ Tried:$tried}" >&2
    echo "benchctl: install a JDK 25 (e.g. Temurin 25) and set JAVA_HOME to it." >&2
    exit 2
}

benchctl_find_java
