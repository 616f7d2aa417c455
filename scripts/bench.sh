#!/usr/bin/env bash
# The benchmark: installs what it needs, then measures the committed bundle (dist/index.js, or BENCH_DIST) against
# the simulated AWS endpoint. Builds nothing. See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec node_modules/.bin/tsx bench/run.ts "$@"
