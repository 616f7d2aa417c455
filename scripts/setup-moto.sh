#!/usr/bin/env bash
# Creates .venv with the moto server (the AWS emulator the tests and the demo run against), once.
# .github/workflows/e2e.yml installs the same pinned version.
set -euo pipefail
cd "$(dirname "$0")/.."
MOTO_VERSION="${MOTO_VERSION:-5.2.5}"
if [ -x .venv/bin/python ] && .venv/bin/python -c "import moto, sys; sys.exit(0 if moto.__version__ == '$MOTO_VERSION' else 1)" 2>/dev/null; then
  exit 0
fi
echo "Installing the AWS emulator moto[server]==$MOTO_VERSION into .venv (once, about 30-40 s) ..."
bash scripts/make-venv.sh .venv
log=.venv/pip-install.log
: >"$log"
.venv/bin/pip install --disable-pip-version-check --progress-bar off "moto[server]==$MOTO_VERSION" >"$log" 2>&1 </dev/null &
pid=$!
# One line per package as pip collects it, so that the wait is not silent; pip's whole log stays in .venv.
tail -n +1 -f --pid "$pid" "$log" |
  grep --line-buffered -E '^(Collecting|Installing collected|Successfully installed)' |
  sed -u -e 's/^Collecting \([A-Za-z0-9_.-]*\).*/  collecting \1/' -e 's/^Installing collected.*/  installing/' \
    -e 's/^Successfully installed.*/  done/' || true
if ! wait "$pid"; then
  echo "pip could not install moto[server]==$MOTO_VERSION; the last lines of $log:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
