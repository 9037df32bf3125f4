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
  # "-idx3": built with the three _id lookup fixes below (a new name so older caches rebuild).
  local target="$BIN_DIR/ferretdb-$FERRETDB_VERSION-idx3"
  if [ ! -x "$target" ]; then
    need_go "FerretDB"
    log "building FerretDB v$FERRETDB_VERSION (first time only, several minutes)"
    local start=$SECONDS src work
    # The module archive lacks the generated build/version/version.txt, without which
    # the binary panics at start, so build from a writable copy that has it.
    src="$(go mod download -json "github.com/FerretDB/FerretDB@v$FERRETDB_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')"
    work="$(mktemp -d)"
    cp -r "$src/." "$work/"
    chmod -R u+w "$work"
    echo "v$FERRETDB_VERSION" > "$work/build/version/version.txt"
    # FerretDB 1.x's SQLite backend looks documents up by `sjson->'$._id'` but indexes
    # `_id` as `sjson->"_id"`; SQLite matches index expressions by their text, so every
    # find, update and delete by _id scanned the whole table. Same value, indexed form.
    local metadata="$work/internal/backends/sqlite/metadata/metadata.go"
    sed -i "s|IDColumn = DefaultColumn + \"->'\\\$._id'\"|IDColumn = DefaultColumn + \`->\"_id\"\`|" "$metadata"
    # It also narrows by _id only when the filter is exactly {_id}; a conditional update
    # such as {_id, lastSeq: {$lt: n}} read the whole table. Every handler filters the
    # rows again with the whole filter, so narrowing by _id whenever one is given is safe.
    local collection="$work/internal/backends/sqlite/collection.go"
    sed -i 's|if params.Filter.Len() == 1 {|if params.Filter.Len() >= 1 {|' "$collection"
    # And it narrows only by a string or ObjectId _id; the audit log's _id is its sequence
    # number, so each point read of the chain read the whole log. An int32 is stored and
    # compared as the same JSON text as an equal int64 or integral double, so narrowing by
    # it keeps every row MongoDB would match (all but a double -0 for 0).
    sed -i 's|case string, types.ObjectID:|case string, types.ObjectID, int32:|' "$collection"
    grep -q 'IDColumn = DefaultColumn + `->"_id"`' "$metadata" &&
      [ "$(grep -c 'if params.Filter.Len() >= 1 {' "$collection")" -eq 2 ] &&
      [ "$(grep -c 'case string, types.ObjectID, int32:' "$collection")" -eq 2 ] || {
      log "could not apply the _id lookup fixes to FerretDB v$FERRETDB_VERSION"
      exit 1
    }
    # Built beside the target and renamed: a concurrent start never runs half a binary.
    (cd "$work" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$target.$$" ./cmd/ferretdb) >&2
    mv "$target.$$" "$target"
    rm -rf "$work"
    log "FerretDB built in $((SECONDS - start)) s"
  fi
  echo "$target"
}

case "${1:-all}" in
  temporal) echo "temporal=$(temporal_path)" ;;
  ferretdb) echo "ferretdb=$(ferretdb_path)" ;;
  all) echo "temporal=$(temporal_path)"; echo "ferretdb=$(ferretdb_path)" ;;
  *) log "usage: $0 [temporal|ferretdb|all]"; exit 2 ;;
esac
