#!/usr/bin/env bash
# Installs what is missing and builds; shared by `npm start` and `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20 or newer is required: https://nodejs.org" >&2
  exit 1
fi

# Node packages: on a fresh clone, or when the lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[bootstrap] npm ci" >&2
  npm ci --no-audit --no-fund
fi

# Temporal CLI and FerretDB from their Go modules, cached outside the repo. Without Go
# (exit 3) the servers fall back to the official downloads at start; with
# TEMPORAL_ADDRESS / MONGODB_URI set, nothing is started or built for that server.
provision() {
  local status=0
  bash scripts/provision-servers.sh "$1" >/dev/null || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then exit "$status"; fi
}
[ -n "${TEMPORAL_ADDRESS:-}" ] || provision temporal
[ -n "${MONGODB_URI:-}" ] || provision ferretdb

echo "[bootstrap] tsc (type-check and build)" >&2
npx tsc -p tsconfig.json

# Once here rather than at each worker start: the worker loads dist/workflow-bundle.js, or
# dist/workflow-bundle-traced.js with tracing on (worker/workflowBundler.ts).
echo "[bootstrap] workflow bundles" >&2
node dist/scripts/bundleWorkflows.js

echo "[bootstrap] tsc (web app)" >&2
npx tsc -p web/tsconfig.json
