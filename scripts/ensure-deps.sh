#!/usr/bin/env bash
# Installs the npm dependencies (when missing or older than the lock file) and the moto server; with --lint also
# the workflow linters (actionlint, shellcheck) into .tools/. Only the npm registry, PyPI and the Go module proxy
# are used, so a new machine needs Node.js, Python 3 (with venv) and, for --lint, Go.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/vitest ] || [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies ..."
  npm ci --no-audit --no-fund
fi
bash scripts/setup-moto.sh
if [ "${1:-}" = "--lint" ]; then
  bash scripts/setup-lint-tools.sh
fi
