-- A lead's source is one the API knows: no writer (SQL by hand, a script, a bug) can store another.
-- NOT VALID: rows already stored are not checked (the service reads an unknown source as null rather
-- than failing, see LeadSourceColumn), so this migration never fails on old data and takes no long
-- lock. A version that adds a source replaces this constraint in its own migration.
ALTER TABLE lead ADD CONSTRAINT lead_source_known
    CHECK (source IN ('SALESFORCE', 'HUBSPOT', 'WEB_FORM', 'EVENT', 'IMPORT', 'MANUAL')) NOT VALID;
