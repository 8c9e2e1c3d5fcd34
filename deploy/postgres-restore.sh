#!/usr/bin/env bash
# Restores a backup made by postgres-backup.sh into a NEW database (never over the live one), and the uploaded files
# into LOUNB_FILES_DIR when the backup has them. Then point ConnectionStrings:Postgres at the new database.
#   PGHOST=db PGUSER=lounb LOUNB_FILES_DIR=/srv/lounb-restored/files deploy/postgres-restore.sh /backups/2026-12-05 lounb_restored
set -euo pipefail
IN=${1:?usage: postgres-restore.sh <backup folder> <new database>}
DB=${2:?usage: postgres-restore.sh <backup folder> <new database>}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -f "$IN/lounb.dump" ] || { echo "$IN/lounb.dump is missing: not a backup folder" >&2; exit 1; }
"$PG_BIN/createdb" "$DB"
"$PG_BIN/pg_restore" --no-owner --exit-on-error --dbname="$DB" "$IN/lounb.dump"
if [ -f "$IN/files.tar.gz" ]; then
  : "${LOUNB_FILES_DIR:?the backup holds uploaded files: set LOUNB_FILES_DIR to the folder to restore them into}"
  mkdir -p "$LOUNB_FILES_DIR"
  tar -C "$LOUNB_FILES_DIR" -xzf "$IN/files.tar.gz"
fi
echo "Restored into database $DB"
