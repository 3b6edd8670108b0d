-- The tamper-evident audit trail: entries in sequence, each holding the hash of its predecessor.
-- before/after are json (not jsonb): json keeps the exact text that was hashed.
CREATE TABLE audit_entry (
    seq          bigint       PRIMARY KEY,
    at           timestamptz  NOT NULL,
    actor        varchar(255) NOT NULL,
    roles        varchar(1000) NOT NULL,
    action       varchar(64)  NOT NULL,
    entity_type  varchar(32)  NOT NULL,
    entity_id    uuid         NOT NULL,
    before       json,
    after        json,
    prev_hash    char(64)     NOT NULL,
    hash         char(64)     NOT NULL
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_id, seq);

-- The head of the chain: one row whose lock serialises appends across every replica (the lock is
-- held from the append to the commit), and whose hash shows when entries are cut from the end.
CREATE TABLE audit_chain_head (
    id    int      PRIMARY KEY CHECK (id = 1),
    seq   bigint   NOT NULL,
    hash  char(64) NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

-- Entries are append-only for everyone: the service's role loses UPDATE, DELETE and TRUNCATE on
-- them, and a trigger refuses those statements even to a role that grants itself the privilege
-- back. Only a superuser (who can switch triggers off) can still change a row; verify finds it.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM CURRENT_USER;
REVOKE DELETE, TRUNCATE ON audit_chain_head FROM CURRENT_USER;

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
