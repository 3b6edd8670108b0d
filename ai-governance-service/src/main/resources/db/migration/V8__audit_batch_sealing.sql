-- Batch sealing of the audit chain. A change no longer locks the chain head: its transaction inserts
-- audit_record rows (no shared row, so concurrent changes commit together), and a sealer, one at a time
-- across replicas because it holds the head's row lock, moves committed records into the chain in id
-- order: each becomes an audit_entry with the next sequence number and its predecessor's hash, and the
-- record row goes in the same transaction.
CREATE TABLE audit_record (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz   NOT NULL,
    actor        varchar(255)  NOT NULL,
    roles        varchar(1000) NOT NULL,
    action       varchar(64)   NOT NULL,
    entity_type  varchar(32)   NOT NULL,
    entity_id    uuid          NOT NULL,
    before       json,
    after        json
);

-- The record an entry sealed (null for entries chained before V8, when each change appended directly).
ALTER TABLE audit_entry ADD COLUMN record_id bigint;
CREATE UNIQUE INDEX audit_entry_record ON audit_entry (record_id) WHERE record_id IS NOT NULL;

-- Records are as guarded as entries: nobody may change one, and one may leave only once an entry seals
-- it, so the service's role cannot make a change disappear before it is chained either.
REVOKE UPDATE, TRUNCATE ON audit_record FROM CURRENT_USER;

CREATE FUNCTION audit_record_leaves_only_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_entry WHERE record_id = OLD.id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit records are immutable and leave only once sealed: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_record_no_update_or_unsealed_delete BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_leaves_only_sealed();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_leaves_only_sealed();
