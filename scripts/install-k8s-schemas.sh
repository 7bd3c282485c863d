#!/usr/bin/env bash
# Installs the Kubernetes API's JSON schemas (npm package kubernetes-models) into DIR, for the
# offline manifest validation in tests/deploy (KubernetesSchemaTest). Idempotent and quiet.
#
# Pinned to 4.3.1, generated from the Kubernetes 1.27.1 OpenAPI spec: the newest release that
# ships its schemas as data (`const schema = {...}` in _schemas/*.js); 4.5 and later ship only
# compiled validators, whose validate() lets unknown fields through. The test loads these schemas
# and closes every object (additionalProperties: false) itself.
# Usage: scripts/install-k8s-schemas.sh DIR. Exit 0 installed (or already there), 1 not (no npm,
# no registry), with the reason on stderr.
set -euo pipefail
version=4.3.1
dir=${1:?usage: install-k8s-schemas.sh DIR}
installed=$dir/node_modules/kubernetes-models/package.json
if [ -f "$installed" ] && grep -q "\"version\": \"$version\"" "$installed"; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "install-k8s-schemas: npm is not installed (Debian: apt-get install npm)" >&2
    exit 1
fi
mkdir -p "$dir"
if ! log=$(npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
    --loglevel=error "kubernetes-models@$version" 2>&1); then
    echo "install-k8s-schemas: npm install kubernetes-models@$version failed: $log" >&2
    exit 1
fi
