#!/usr/bin/env bash
# A backup of the CTG database: one pg_dump in its custom format (compressed, restored with pg_restore), checked
# readable, with its SHA-256 beside it. The connection comes from libpq's variables (PGHOST, PGPORT, PGUSER,
# PGDATABASE, PGPASSWORD or PGPASSFILE): a superuser or the owner role, which can read every table.
# pg_dump must be of the server's major version or newer (it refuses an older client).
#
#   PGHOST=localhost PGPORT=5432 PGUSER=ctg PGDATABASE=ctg scripts/backup.sh [backups/ctg-YYYYMMDD-HHMMSS.dump]
set -euo pipefail

PG_BIN=${PG_BIN:-}
dump() { "${PG_BIN:+$PG_BIN/}pg_dump" "$@"; }
restore() { "${PG_BIN:+$PG_BIN/}pg_restore" "$@"; }

file=${1:-backups/${PGDATABASE:-ctg}-$(date -u +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "$file")"
umask 077
# A consistent snapshot of the whole database while the service keeps running; a failed dump leaves no file.
if ! dump --format=custom --no-password --file="$file.partial"; then
  rm -f "$file.partial"
  echo "backup: pg_dump failed, no backup written" >&2
  exit 1
fi
restore --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
sha256sum "$file" > "$file.sha256"
echo "backup: $file ($(wc -c < "$file") bytes), $(cut -d' ' -f1 "$file.sha256")"
