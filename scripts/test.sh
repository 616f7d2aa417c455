#!/usr/bin/env bash
# The whole test suite: installs what it needs, type-checks, lints and checks formatting (ESLint, Prettier), checks
# that the README's tables match action.yml,
# lints the workflows and the README's workflow examples, checks the committed bundle, runs every test under
# Node 24 (the runtime action.yml declares), then the unit tests under the machine's Node too.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --lint
NODE24="$PWD/node_modules/.bin/node"
echo "== type-check"
npx tsc --noEmit -p .
echo "== lint and formatting (ESLint, Prettier)"
npm run --silent lint
echo "== README tables match action.yml"
npx tsx scripts/docs.ts --check
echo "== workflows and README examples (actionlint)"
npx tsx scripts/lint-workflows.ts
echo "== dist/ matches the source"
bash scripts/check-dist.sh
echo "== tests under Node $("$NODE24" --version)"
"$NODE24" node_modules/vitest/vitest.mjs run "$@"
# The machine's own Node (npm puts node_modules/.bin, with Node 24, first on PATH; npm_node_execpath is npm's).
SYSNODE="${npm_node_execpath:-$(command -v node)}"
if [ "$#" -eq 0 ] && [ "$("$SYSNODE" --version | cut -d. -f1)" != "$("$NODE24" --version | cut -d. -f1)" ]; then
  echo "== unit tests under Node $("$SYSNODE" --version)"
  "$SYSNODE" node_modules/vitest/vitest.mjs run __tests__/unit
fi
