# Sourced by benchctl's scripts: sets JAVA to a Java 25+ executable, or explains and exits 2.
# Order, the first that fits wins: $JAVA_HOME if 25+, else `java` on PATH if 25+, else the newest
# JDK 25+ under /usr/lib/jvm (Debian, Temurin packages) or /Library/Java/JavaVirtualMachines.
# Runs on every benchctl command, so it asks the JDK's `release` file with shell built-ins:
# starting a JVM just to ask its version costs as much as a `java -version`.

benchctl_java_major() {
    # Sets BENCHCTL_JAVA_MAJOR to the feature version of the given java executable (e.g. 25), or "".
    local java="$1" home line
    BENCHCTL_JAVA_MAJOR=""
    if [ -L "$java" ]; then
        java=$(readlink -f "$java" 2>/dev/null) || java="$1"
    fi
    home=${java%/bin/java}
    if [ "$home" != "$java" ] && [ -f "$home/release" ]; then
        while IFS= read -r line; do
            case "$line" in
                JAVA_VERSION=*)
                    line=${line#JAVA_VERSION=}; line=${line#\"}
                    BENCHCTL_JAVA_MAJOR=${line%%[!0-9]*}
                    [ -n "$BENCHCTL_JAVA_MAJOR" ] && return 0 ;;
            esac
        done <"$home/release"
    fi
    BENCHCTL_JAVA_MAJOR=$("$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1)
}

benchctl_find_java() {
    local candidate tried=""
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        benchctl_java_major "$JAVA_HOME/bin/java"
        if [ "${BENCHCTL_JAVA_MAJOR:-0}" -ge 25 ]; then JAVA="$JAVA_HOME/bin/java"; return 0; fi
        tried="$tried JAVA_HOME=$JAVA_HOME (Java ${BENCHCTL_JAVA_MAJOR:-?});"
    fi
    if candidate=$(command -v java 2>/dev/null); then
        benchctl_java_major "$candidate"
        if [ "${BENCHCTL_JAVA_MAJOR:-0}" -ge 25 ]; then JAVA="$candidate"; return 0; fi
        tried="$tried $candidate (Java ${BENCHCTL_JAVA_MAJOR:-?});"
    fi
    for candidate in $(ls -d /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java 2>/dev/null | sort -rV); do
        benchctl_java_major "$candidate"
        if [ "${BENCHCTL_JAVA_MAJOR:-0}" -ge 25 ]; then JAVA="$candidate"; return 0; fi
    done
    echo "benchctl: needs Java 25 or newer; none found.${tried:+ Tried:$tried}" >&2
    echo "benchctl: install a JDK 25 (e.g. Temurin 25) and set JAVA_HOME to it." >&2
    exit 2
}

benchctl_find_java
