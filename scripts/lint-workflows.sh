#!/usr/bin/env bash
# Lints .github/workflows/*.yml against GitHub's workflow schema with action-validator (npm).
# Needs node/npm; not part of ./test.sh (the tests/deploy module parses the workflows there).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
status=0
for workflow in "$root"/.github/workflows/*.yml; do
    if npx --yes @action-validator/cli@0.6.0 "$workflow"; then
        echo "ok: ${workflow#"$root"/}"
    else
        status=1
    fi
done
exit $status
