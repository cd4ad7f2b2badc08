-- Issue 20, the dashboard's ACTES hint: the department and the SIREN a council's ACTES identifiers carry, as the
-- reference data described the council when the convention was defined. Only a replay fills them for conventions
-- defined before this migration (POST /api/v1/admin/rebuild); until then the dashboard's hint names them generically.
ALTER TABLE commune_approval
    ADD COLUMN departement TEXT,
    ADD COLUMN siren       TEXT;
