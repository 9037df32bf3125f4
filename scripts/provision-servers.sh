#!/usr/bin/env bash
# Provisions the Temporal CLI (dev server) and FerretDB 1.x binaries into a cache
# outside the repository, building them from their Go modules when Go is present.
# Prints nothing but progress on stderr; prints "temporal=<path>" and "ferretdb=<path>"
# on stdout. Order: env var -> PATH -> cache -> go build. Without Go it exits 3 and the
# Node side falls back to the official downloads.
set -euo pipefail

TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-1.5.1}"
FERRETDB_VERSION="${FERRETDB_VERSION:-1.24.2}"
CACHE_DIR="${TDKT_CACHE_DIR:-$HOME/.cache/tdkt-flow}"
BIN_DIR="$CACHE_DIR/bin"
mkdir -p "$BIN_DIR"

log() { printf '[provision] %s\n' "$*" >&2; }

need_go() {
  if ! command -v go >/dev/null 2>&1; then
    log "Go is not installed; cannot build $1 from source."
    exit 3
  fi
}

temporal_path() {
  if [ -n "${TEMPORAL_CLI_PATH:-}" ]; then echo "$TEMPORAL_CLI_PATH"; return; fi
  if command -v temporal >/dev/null 2>&1; then command -v temporal; return; fi
  local target="$BIN_DIR/temporal-$TEMPORAL_CLI_VERSION"
  if [ ! -x "$target" ]; then
    need_go "the Temporal CLI"
    log "building Temporal CLI v$TEMPORAL_CLI_VERSION (first time only, several minutes)"
    local start=$SECONDS gobin
    gobin="$(mktemp -d)"
    CGO_ENABLED=0 GOBIN="$gobin" go install -trimpath \
      -ldflags "-s -w -X github.com/temporalio/cli/temporalcli.Version=$TEMPORAL_CLI_VERSION" \
      "github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION" >&2
    mv "$gobin/temporal" "$target"
    rm -rf "$gobin"
    log "Temporal CLI built in $((SECONDS - start)) s"
  fi
  echo "$target"
}

ferretdb_path() {
  if [ -n "${FERRETDB_PATH:-}" ]; then echo "$FERRETDB_PATH"; return; fi
  if command -v ferretdb >/dev/null 2>&1; then command -v ferretdb; return; fi
  # Built with the patches in scripts/ferretdb/patches (see its README); the name carries a
  # checksum of their names and contents (POSIX cksum), so changing, adding or removing a
  # patch builds a new binary.
  local patches sum target
  patches="$(cd "$(dirname "${BASH_SOURCE[0]}")/ferretdb/patches" && pwd)"
  sum="$(cd "$patches" && for f in *.patch; do echo "$f"; cat "$f"; done | cksum | cut -d' ' -f1)"
  target="$BIN_DIR/ferretdb-$FERRETDB_VERSION-p$sum"
  if [ ! -x "$target" ]; then
    need_go "FerretDB"
    log "building FerretDB v$FERRETDB_VERSION (first time only, several minutes)"
    local start=$SECONDS src work file
    # The module archive lacks the generated build/version/version.txt, without which
    # the binary panics at start, so build from a writable copy that has it.
    src="$(go mod download -json "github.com/FerretDB/FerretDB@v$FERRETDB_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')"
    work="$(mktemp -d)"
    cp -r "$src/." "$work/"
    chmod -R u+w "$work"
    echo "v$FERRETDB_VERSION" > "$work/build/version/version.txt"
    for file in "$patches"/*.patch; do
      # No fuzz: a patch that does not apply exactly stops the build.
      patch -d "$work" -p1 --batch --fuzz=0 --no-backup-if-mismatch --quiet < "$file" >&2 || {
        log "could not apply $(basename "$file") to FerretDB v$FERRETDB_VERSION"
        rm -rf "$work"
        exit 1
      }
    done
    # Built beside the target and renamed: a concurrent start never runs half a binary.
    (cd "$work" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$target.$$" ./cmd/ferretdb) >&2
    mv "$target.$$" "$target"
    rm -rf "$work"
    log "FerretDB built in $((SECONDS - start)) s"
  fi
  echo "$target"
}

# An assignment, not `echo "x=$(x_path)"`: a failed build (or no Go, exit 3) must fail the
# script rather than print an empty path.
print_path() {
  local path
  path="$("$1_path")"
  echo "$1=$path"
}

case "${1:-all}" in
  temporal | ferretdb) print_path "$1" ;;
  all) print_path temporal; print_path ferretdb ;;
  *) log "usage: $0 [temporal|ferretdb|all]"; exit 2 ;;
esac
