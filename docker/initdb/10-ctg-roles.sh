#!/bin/bash
# First start of the postgres image only (docker-entrypoint-initdb.d): the CTG roles, from the DBA's script.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner_password="$CTG_OWNER_PASSWORD" -v app_password="$CTG_APP_PASSWORD" -f /ctg/database-roles.sql
