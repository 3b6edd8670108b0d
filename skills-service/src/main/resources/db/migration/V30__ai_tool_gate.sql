-- The AI-literacy gate: governance's decision.made webhook raises role profiles. A version written by a
-- decision names it (reason, decision_id); a decision raises each role at most once, however often the
-- event is delivered or however many notification records carried it.
ALTER TABLE role_profile ADD COLUMN reason varchar(2000);
ALTER TABLE role_profile ADD COLUMN decision_id uuid;
CREATE UNIQUE INDEX role_profile_decision_role_key ON role_profile (decision_id, role) WHERE decision_id IS NOT NULL;

-- Every governance webhook received, once per webhook-id (a redelivery is dropped), with what it did.
CREATE TABLE governance_webhook (
    webhook_id  varchar(200) PRIMARY KEY,
    event_type  varchar(100) NOT NULL,
    decision_id uuid,
    outcome     varchar(16)  NOT NULL,
    detail      varchar(4000),
    received_at timestamptz  NOT NULL,
    CONSTRAINT governance_webhook_outcome CHECK (outcome IN ('APPLIED', 'UNCHANGED', 'IGNORED'))
);
