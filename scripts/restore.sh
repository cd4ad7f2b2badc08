#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into an EMPTY database, then says how to verify it. The database must
# exist (createdb) on a cluster where the CTG roles exist (docs/database-roles.sql); the connection comes from
# libpq's variables, as a superuser (PGUSER), PGDATABASE being ignored: the target is the second argument.
#
#   PGHOST=localhost PGPORT=5432 PGUSER=ctg scripts/restore.sh backups/ctg-20261201-120000.dump ctg_restored
#
# Then verify the restored hash chains with the service itself (exit status 0 when intact):
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/ctg_restored SPRING_DATASOURCE_USERNAME=ctg_app \
#   SPRING_DATASOURCE_PASSWORD=... java -jar app/target/ctg-app.jar --ctg.audit.verify --spring.main.web-application-type=none
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP_FILE TARGET_DATABASE" >&2
  exit 2
fi
file=$1
target=$2
PG_BIN=${PG_BIN:-}
sql() { "${PG_BIN:+$PG_BIN/}psql" --no-psqlrc --no-password -v ON_ERROR_STOP=1 -qAt -d "$target" "$@"; }
restore() { "${PG_BIN:+$PG_BIN/}pg_restore" "$@"; }

if [ -f "$file.sha256" ] && ! (cd "$(dirname "$file")" && sha256sum --check --status "$(basename "$file").sha256"); then
  echo "restore: $file does not match its SHA-256 ($file.sha256): refused" >&2
  exit 1
fi
# Never over a live store: restoring into a database that has tables would mix two histories.
tables=$(sql -c "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")
if [ "$tables" != "0" ]; then
  echo "restore: database $target is not empty ($tables relations in public): refused" >&2
  exit 1
fi
# pg_dump keeps the tables' grants and the events' trigger, not the database's own grants: the same as
# docs/database-roles.sql gives.
owner=${CTG_DATABASE_OWNER_ROLE:-ctg_owner}
service=${CTG_DATABASE_SERVICE_ROLE:-ctg_app}
maintenance=${CTG_DATABASE_MAINTENANCE_ROLE:-ctg_maintenance}
sql -c "GRANT CONNECT, TEMPORARY ON DATABASE \"$target\" TO \"$owner\", \"$service\", \"$maintenance\""
# All or nothing.
restore --exit-on-error --single-transaction --no-password -d "$target" "$file"
events=$(sql -c "SELECT count(*) FROM domain_event_entry")
echo "restore: $file into $target, $events events; now verify the chains (--ctg.audit.verify)"
