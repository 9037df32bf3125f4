#!/usr/bin/env bash
# The whole test suite: install what is missing, lint, type-check, then every Jest test
# against real servers that the harness starts on free ports. Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

bash scripts/bootstrap.sh

# Debian packages the tests run: Chromium, the browser of the end-to-end tests (Playwright's
# own download cannot work offline), and Prometheus, which scrapes the API and the worker in
# the metrics test (its promtool checks the alerting rules), and sqlite3, whose VACUUM INTO
# copies Temporal's live database in `npm run backup`. What is there is left alone.
missing=()
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
[ -n "${TDKT_CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -n "${PROMETHEUS_PATH:-}" ] || command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "[test] installing Debian's ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "[test] prettier" >&2
npx prettier --check . --log-level warn
echo "[test] eslint" >&2
npx eslint --max-warnings 0 .

echo "[test] jest" >&2
results="$(mktemp)"
status=0
# --forceExit: once every result is written, a handle a failed test file left open (a server it
# could not stop) must not keep the run alive until CI's time limit; servers die with their owner.
npx jest --ci --forceExit --json --outputFile="$results" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$results"
rm -f "$results"
echo "[test] finished in $((SECONDS - start)) s" >&2
exit "$status"
