#!/usr/bin/env bash
# Release readiness gate (CI runs it on every push; release.yml before building a tag):
#  1. CHANGELOG.md has a section for the project version (`## [X.Y.Z]`, -SNAPSHOT stripped);
#  2. the result schema's version is one: RunResult.SCHEMA_VERSION (platform-api) is accepted by
#     the schemaVersion `pattern` of schemas/result.schema.json;
#  3. if any schemas/*.json differs from the last v* tag, SCHEMA_VERSION is higher than at that tag;
#  4. every benchctl image the Kubernetes manifests name (deploy/kubernetes) is tagged with the
#     project version, the tag release.yml pushes: the POM is the one place the version is set.
# Usage: scripts/release-check.sh [REPO_DIR]   (default: this checkout). Exit 0 ready, 1 not.
# The whole release checklist, including refreshing the nightly baseline after the release, is
# docs/releasing.md.
set -euo pipefail
repo=$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)
cd "$repo"
api_source=platform-api/src/main/java/io/benchctl/api/result/RunResult.java
schema=schemas/result.schema.json
failures=0
fail() { echo "release-check: FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "release-check: ok: $*"; }

# Reads SCHEMA_VERSION from RunResult.java text on stdin.
schema_version_of() { sed -n 's/.*String SCHEMA_VERSION = "\([^"]*\)".*/\1/p' | head -n1; }

project_version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)
release_version=${project_version%-SNAPSHOT}
if grep -Eq "^## \[${release_version//./\\.}\]" CHANGELOG.md 2>/dev/null; then
    ok "CHANGELOG.md has a section for $release_version"
else
    fail "CHANGELOG.md has no '## [$release_version]' section for project version $project_version"
fi

schema_version=$(schema_version_of <"$api_source")
# The pattern as JSON text ("^1\\.[0-9]+..."), unescaped to an ERE.
pattern=$(sed -n 's/.*"schemaVersion": *{[^}]*"pattern": *"\([^"]*\)".*/\1/p' "$schema" | head -n1 | sed 's/\\\\/\\/g')
if [ -z "$schema_version" ] || [ -z "$pattern" ]; then
    fail "cannot read SCHEMA_VERSION from $api_source or the schemaVersion pattern from $schema"
elif grep -Eq -- "$pattern" <<<"$schema_version"; then
    ok "SCHEMA_VERSION $schema_version matches $schema's schemaVersion pattern $pattern"
else
    fail "SCHEMA_VERSION $schema_version does not match $schema's schemaVersion pattern $pattern (a major bump changes both)"
fi

last_tag=$(git describe --tags --abbrev=0 --match 'v*' 2>/dev/null || true)
if [ -z "$last_tag" ]; then
    ok "no v* tag yet: nothing to compare the schemas with"
elif git diff --quiet "$last_tag" -- 'schemas/*.json'; then
    ok "schemas/*.json unchanged since $last_tag"
else
    tagged_version=$(git show "$last_tag:$api_source" 2>/dev/null | schema_version_of || true)
    changed=$(git diff --name-only "$last_tag" -- 'schemas/*.json' | tr '\n' ' ')
    highest=$(printf '%s\n%s\n' "${tagged_version:-0.0.0}" "$schema_version" | sort -V | tail -n1)
    if [ "$schema_version" != "${tagged_version:-}" ] && [ "$highest" = "$schema_version" ]; then
        ok "schemas changed since $last_tag ($changed) and SCHEMA_VERSION went ${tagged_version:-none} -> $schema_version"
    else
        fail "schemas changed since $last_tag (${changed% }) but SCHEMA_VERSION is still ${schema_version} (was ${tagged_version:-none}): bump it in $api_source (and the pattern in $schema for a major change)"
    fi
fi

manifests=deploy/kubernetes
if [ -d "$manifests" ]; then
    stale=$(grep -rhoE --include='*.yaml' 'image: *[^ ]*/benchctl:[^ "]+' "$manifests" \
        | sed 's/^image: *//' | grep -v ":${release_version}\$" | sort -u | tr '\n' ' ' || true)
    if [ -n "$stale" ]; then
        fail "$manifests names ${stale% } but the project version is $release_version (set every image tag to $release_version)"
    else
        ok "$manifests names the benchctl image tagged $release_version"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "release-check: $failures problem(s): not ready to release" >&2
    exit 1
fi
echo "release-check: ready"
