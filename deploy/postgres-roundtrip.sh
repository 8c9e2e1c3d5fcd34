#!/usr/bin/env bash
# Proves a PostgreSQL backup restores: backs up the database (and, with LOUNB_FILES_DIR, the uploaded files) with
# postgres-backup.sh, restores it with postgres-restore.sh into a NEW database and a new files folder, then compares
# the row count of every table and every file (name and SHA-256) and prints the figures. Exit 1 on any difference.
# Run it against a quiet database (a copy, or at night): rows written during the run are a difference.
#   PGHOST=db PGUSER=lounb PGDATABASE=lounb LOUNB_FILES_DIR=/srv/lounb/data/files deploy/postgres-roundtrip.sh
# KEEP=1 keeps the restored database and folder (to start an app node on them); otherwise both are removed.
# Prints as its last lines: "restored database: <name>" and "restored files: <folder>".
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
export PG_BIN
SOURCE=${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER as usual) to the database to test}
TARGET=${ROUNDTRIP_DATABASE:-${SOURCE}_roundtrip_$(date +%Y%m%d%H%M%S)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lounb-roundtrip.XXXXXX")
RESTORED_FILES="$WORK/files"
cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then
    "$PG_BIN/dropdb" --if-exists "$TARGET" 2>/dev/null || true
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

seconds() { date +%s.%N; }
counts() { # every table of the public schema with its exact row count, sorted
  "$PG_BIN/psql" -X -q -A -t -d "$1" -c "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1" |
    while read -r table; do
      [ -n "$table" ] && echo "$table $("$PG_BIN/psql" -X -q -A -t -d "$1" -c "SELECT COUNT(*) FROM \"$table\"")"
    done
}
files() { # every file under a folder: relative name and SHA-256, sorted
  if [ -d "$1" ]; then (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); fi
}

start=$(seconds)
LOUNB_FILES_DIR=${LOUNB_FILES_DIR:-} "$HERE/postgres-backup.sh" "$WORK/backup" >/dev/null
backed=$(seconds)
LOUNB_FILES_DIR="$RESTORED_FILES" "$HERE/postgres-restore.sh" "$WORK/backup" "$TARGET" >/dev/null
restored=$(seconds)

counts "$SOURCE" >"$WORK/source.counts"
counts "$TARGET" >"$WORK/restored.counts"
files "${LOUNB_FILES_DIR:-/nonexistent}" >"$WORK/source.files"
files "$RESTORED_FILES" >"$WORK/restored.files"

tables=$(wc -l <"$WORK/source.counts")
rows=$(awk '{ s += $2 } END { print s + 0 }' "$WORK/source.counts")
file_count=$(wc -l <"$WORK/source.files")
dump_bytes=$(stat -c %s "$WORK/backup/lounb.dump")
printf 'backup: %.1f s (dump %s bytes)\nrestore: %.1f s\ntables: %s, rows: %s, files: %s\n' \
  "$(awk -v a="$start" -v b="$backed" 'BEGIN { print b - a }')" "$dump_bytes" "$(awk -v a="$backed" -v b="$restored" 'BEGIN { print b - a }')" "$tables" "$rows" "$file_count"

status=0
if ! diff -u "$WORK/source.counts" "$WORK/restored.counts"; then
  echo "ROW COUNTS DIFFER (above: - live, + restored)" >&2
  status=1
fi
if ! diff -u "$WORK/source.files" "$WORK/restored.files"; then
  echo "FILES DIFFER (above: - live, + restored)" >&2
  status=1
fi
[ "$status" = 0 ] && echo "round trip OK: every table has the same rows, every file the same bytes"
echo "restored database: $TARGET"
echo "restored files: $RESTORED_FILES"
exit "$status"
