#!/usr/bin/env bash
# Installs the npm dependencies (when missing or older than the lock file) and the moto server.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/vitest ] || [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies ..."
  npm ci --no-audit --no-fund
fi
bash scripts/setup-moto.sh
