#!/usr/bin/env bash
# Backs up a PostgreSQL installation of Lounb Learning into one folder: the database (pg_dump custom format) and,
# with LOUNB_FILES_DIR set, the uploaded-files folder. Safe while the app runs (pg_dump reads one snapshot).
#   PGHOST=db PGUSER=lounb PGDATABASE=lounb LOUNB_FILES_DIR=/srv/lounb/data/files deploy/postgres-backup.sh /backups/2026-12-05
# With files in an S3 bucket (Lounb:Storage:Provider = S3), copy the bucket with your S3 tool instead (docs/deployment.md).
set -euo pipefail
OUT=${1:?usage: postgres-backup.sh <backup folder>}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
mkdir -p "$OUT"
"$PG_BIN/pg_dump" --format=custom --no-owner --file="$OUT/lounb.dump"
if [ -n "${LOUNB_FILES_DIR:-}" ] && [ -d "$LOUNB_FILES_DIR" ]; then
  tar -C "$LOUNB_FILES_DIR" -czf "$OUT/files.tar.gz" .
fi
echo "Backup written to $OUT: $(ls "$OUT" | tr '\n' ' ')"
