-- Database roles (docs/database-roles.md). The migrations run as the owner (or as a DBA's superuser); the service
-- connects as ${service-role}, which reads and appends events but can neither change, delete nor truncate them;
-- only ${maintenance-role} can, and a trigger refuses it to everyone else, the owner and superusers included.

-- Missing roles are created without login, so that the grants below apply; a DBA who created them first (with
-- their logins and passwords) keeps them as they are. Needs CREATEROLE only when a role is missing.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${owner-role}') THEN
        CREATE ROLE ${owner-role} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${service-role}') THEN
        CREATE ROLE ${service-role} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${maintenance-role}') THEN
        CREATE ROLE ${maintenance-role} NOLOGIN;
    END IF;
END $$;

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${service-role}, ${maintenance-role};

-- The service: everything the read models, tokens, idempotency rows, accounts and heartbeats need (the rebuild
-- truncates read models, Axon deletes superseded snapshots, the replay check builds temporary tables, which need
-- only the TEMPORARY privilege every role has on its database).
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO ${service-role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${service-role};
-- Events are appended, never changed; snapshots are added and removed, never edited.
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON domain_event_entry FROM ${service-role};
REVOKE UPDATE, TRUNCATE, REFERENCES, TRIGGER ON snapshot_event_entry FROM ${service-role};
-- The migrations' own history is the owner's business.
REVOKE ALL ON ${flyway:table} FROM ${service-role};

-- Maintenance: may change any row, events included (the trigger below lets only this role through).
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO ${maintenance-role};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${maintenance-role};

-- Tables and sequences that later migrations create (as the role running this one) are usable the same way; a
-- migration that wants a table append-only revokes what it must, as above.
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
    GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO ${service-role}, ${maintenance-role};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
    GRANT USAGE, SELECT ON SEQUENCES TO ${service-role}, ${maintenance-role};

-- The event store is append-only for everyone but the maintenance role: the privileges above keep the service
-- out, this trigger keeps out the owner and superusers too (a superuser must SET ROLE ${maintenance-role}).
CREATE OR REPLACE FUNCTION domain_event_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF current_user = '${maintenance-role}' THEN
        IF TG_LEVEL = 'STATEMENT' THEN
            RETURN NULL;
        ELSIF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'domain_event_entry is append-only: % refused for role %', TG_OP, current_user
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Only the maintenance role ${maintenance-role} may change events (SET ROLE ${maintenance-role}).';
END $$;

CREATE TRIGGER domain_event_entry_append_only BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION domain_event_entry_append_only();
CREATE TRIGGER domain_event_entry_no_truncate BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION domain_event_entry_append_only();
