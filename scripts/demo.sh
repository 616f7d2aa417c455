#!/usr/bin/env bash
# Runs the demo against the local AWS emulator: `npm run demo` takes stock of a seeded demo account (inventory);
# `npm run demo -- backup` backs up tagged volumes in two regions with a copy into a third, prunes and archives.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
case "${1:-inventory}" in
  inventory) rm -rf demo-output && npx tsx scripts/demo.ts ;;
  backup) rm -rf demo-output && npx tsx scripts/demo-backup.ts ;;
  *) echo "usage: npm run demo [-- inventory|backup]" >&2; exit 2 ;;
esac
