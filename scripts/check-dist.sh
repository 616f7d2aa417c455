#!/usr/bin/env bash
# Rebuilds the bundle into a temporary folder and fails when it differs from the committed dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
npx ncc build src/index.ts -o "$out" --license licenses.txt --target es2022 >/dev/null
if ! diff -rq "$out" dist >/dev/null; then
  diff -rq "$out" dist || true
  echo "dist/ is out of date: run 'npm run build' and commit dist/." >&2
  exit 1
fi
echo "dist/ is up to date ($(du -k dist/index.js | cut -f1) KiB index.js)"
