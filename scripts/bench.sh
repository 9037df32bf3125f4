#!/usr/bin/env bash
# `npm run bench`: builds once, then runs every benchmark in bench/ (each starts its own
# servers in a temporary folder) and prints their tables with the machine they ran on.
# Sizes are each file's defaults; run one file alone to change them (see its header).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "## Benchmarks, $(date -u '+%d/%m/%Y %H:%M UTC')"
echo
echo "Machine: ${cpu:-unknown CPU}, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM;" \
  "Node.js $(node --version); load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
run() {
  echo
  echo "## bench/$*"
  node "dist/bench/$1.js" "${@:2}"
}
run throughput
# Scaled out: two workers and two APIs on the same servers, checked for exactly once.
run throughput --processes 2
run actionLatency
run eligibility
run scale
