-- The CTG service's database roles on an external PostgreSQL (docs/database-roles.md). Run once, as a superuser
-- (or a role with CREATEROLE that owns the database), connected to the service's database:
--
--   psql -v ON_ERROR_STOP=1 -h db.example -U postgres -d ctg \
--        -v owner_password="$CTG_OWNER_PASSWORD" -v app_password="$CTG_APP_PASSWORD" -f docs/database-roles.sql
--
-- Then start the service with SPRING_FLYWAY_USER=ctg_owner / SPRING_FLYWAY_PASSWORD and
-- SPRING_DATASOURCE_USERNAME=ctg_app / SPRING_DATASOURCE_PASSWORD: its migration V200 grants the service role what
-- it needs on every table, revokes its right to change events, and installs the trigger. Other names: change them
-- here and set CTG_DATABASE_OWNER_ROLE / _SERVICE_ROLE / _MAINTENANCE_ROLE to match.

-- Runs the migrations and owns the tables. Not a superuser: it cannot bypass the event store's trigger by
-- session_replication_role, and it never serves requests.
CREATE ROLE ctg_owner LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;

-- What the service connects as: reads and appends events, keeps read models, tokens, accounts, idempotency rows.
-- Not a member of the other two roles: it cannot become them.
CREATE ROLE ctg_app LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;

-- The only role the trigger lets change or delete events: for a DBA's deliberate repair, under SET ROLE, never for
-- the service. No login of its own: a DBA is a member, or a superuser who SETs ROLE to it.
CREATE ROLE ctg_maintenance NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
-- GRANT ctg_maintenance TO some_dba;

-- The owner creates the schema's tables (and Flyway's history table); PostgreSQL 15 and later no longer let every
-- role create in public. Nobody else may.
GRANT CONNECT, TEMPORARY ON DATABASE :"DBNAME" TO ctg_owner, ctg_app, ctg_maintenance;
GRANT USAGE, CREATE ON SCHEMA public TO ctg_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
