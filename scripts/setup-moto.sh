#!/usr/bin/env bash
# Creates .venv with the moto server (the AWS emulator the tests and the demo run against), once.
set -euo pipefail
cd "$(dirname "$0")/.."
MOTO_VERSION="${MOTO_VERSION:-5.2.5}"
if [ -x .venv/bin/python ] && .venv/bin/python -c "import moto, sys; sys.exit(0 if moto.__version__ == '$MOTO_VERSION' else 1)" 2>/dev/null; then
  exit 0
fi
echo "Installing moto[server]==$MOTO_VERSION into .venv ..."
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
