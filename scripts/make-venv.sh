#!/usr/bin/env bash
# Creates a Python virtual environment at $1 (when it has none), and says in one line what to install when
# this Python cannot make one (Debian and Ubuntu ship venv and ensurepip in a separate package).
set -euo pipefail
dir="$1"
[ -x "$dir/bin/pip" ] && exit 0
mkdir -p "$(dirname "$dir")"
if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 not found: install Python 3.9 or later (Debian/Ubuntu: sudo apt-get install python3 python3-venv)." >&2
  exit 1
fi
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || ! python3 -m venv "$dir" >/dev/null 2>"$dir.venv-error"; then
  rm -rf "$dir"
  echo "python3 cannot create a virtual environment (the venv module or ensurepip is missing)." >&2
  echo "On Debian or Ubuntu, fix it with: sudo apt-get install python3-venv" >&2
  [ -s "$dir.venv-error" ] && sed 's/^/  /' "$dir.venv-error" >&2
  rm -f "$dir.venv-error"
  exit 1
fi
rm -f "$dir.venv-error"
