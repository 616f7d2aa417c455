#!/usr/bin/env bash
# Runs the demo: the action's inventory against the local AWS emulator seeded with a demo account.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
rm -rf demo-output
npx tsx scripts/demo.ts
