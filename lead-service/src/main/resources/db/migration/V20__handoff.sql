-- The hand-off of a lead from marketing to sales: sales' verdict on each MQL (or on a lead it pulled),
-- the first-touch SLA per segment, and the managed list of rejection reasons.

-- A lead's segment: the band of its company size. The SLA, the hand-off and the reports use this one function
-- (and io.revalign.lead.domain.Segment, which says the same in Java).
CREATE FUNCTION lead_segment(company_size integer) RETURNS varchar
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN company_size IS NULL THEN 'UNKNOWN'
        WHEN company_size < 100 THEN 'SMB'
        WHEN company_size < 1000 THEN 'MID_MARKET'
        ELSE 'ENTERPRISE'
    END;

-- Hours sales has, per segment, to first touch a hand-off after it opens.
CREATE TABLE handoff_sla (
    segment           varchar(16)  PRIMARY KEY CHECK (segment IN ('SMB', 'MID_MARKET', 'ENTERPRISE', 'UNKNOWN')),
    first_touch_hours integer      NOT NULL CHECK (first_touch_hours BETWEEN 1 AND 8760),
    updated_by        varchar(255) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL
);
INSERT INTO handoff_sla (segment, first_touch_hours, updated_by, updated_at, version) VALUES
    ('ENTERPRISE', 4, 'installation', now(), 0),
    ('MID_MARKET', 8, 'installation', now(), 0),
    ('SMB', 24, 'installation', now(), 0),
    ('UNKNOWN', 24, 'installation', now(), 0);

-- Why sales rejects a hand-off, and where a rejection for that reason sends the lead (the life-cycle map must allow it).
CREATE TABLE rejection_reason (
    code         varchar(32)   PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    label        varchar(200)  NOT NULL,
    target_stage varchar(32)   NOT NULL CHECK (target_stage IN ('RECYCLED', 'DISQUALIFIED')),
    active       boolean       NOT NULL,
    created_by   varchar(255)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    version      bigint        NOT NULL
);
INSERT INTO rejection_reason (code, label, target_stage, active, created_by, created_at, updated_at, version) VALUES
    ('NO_BUDGET', 'No budget for a purchase now', 'RECYCLED', true, 'installation', now(), now(), 0),
    ('WRONG_PERSONA', 'Not a buyer or influencer of the purchase', 'DISQUALIFIED', true, 'installation', now(), now(), 0),
    ('BAD_TIMING', 'Interested, but not buying in the coming months', 'RECYCLED', true, 'installation', now(), now(), 0),
    ('EXISTING_CUSTOMER', 'Already a customer: account management owns it', 'DISQUALIFIED', true, 'installation', now(), now(), 0),
    ('COMPETITOR', 'Works for a competitor', 'DISQUALIFIED', true, 'installation', now(), now(), 0),
    ('DUPLICATE', 'The same person as another lead', 'DISQUALIFIED', true, 'installation', now(), now(), 0);

-- One hand-off: opened when a lead reaches MQL (or when sales pulls a lead the definition did not qualify),
-- with marketing's verdict and the definition version at that moment, and sales' answer.
CREATE TABLE handoff (
    id                 uuid          PRIMARY KEY,
    lead_id            uuid          NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    state              varchar(16)   NOT NULL CHECK (state IN ('OPEN', 'ACCEPTED', 'REJECTED', 'RECYCLED')),
    -- true: sales pulled a lead the definition did not qualify (opened and accepted at once)
    pulled             boolean       NOT NULL,
    segment            varchar(16)   NOT NULL,
    -- marketing's verdict at opening: MQL, BELOW_THRESHOLD, GATED, or UNSCORED (no definition had scored it)
    marketing_verdict  varchar(16)   NOT NULL CHECK (marketing_verdict IN ('MQL', 'BELOW_THRESHOLD', 'GATED', 'UNSCORED')),
    definition_version integer,
    opened_at          timestamptz   NOT NULL,
    due_at             timestamptz   NOT NULL,
    first_touch_at     timestamptz,
    acted_at           timestamptz,
    actor              varchar(255),
    reason_code        varchar(32)   REFERENCES rejection_reason (code),
    comment            varchar(2000),
    version            bigint        NOT NULL,
    CONSTRAINT handoff_decided CHECK ((state = 'OPEN') = (acted_at IS NULL)),
    CONSTRAINT handoff_rejected_has_reason CHECK ((state = 'REJECTED') = (reason_code IS NOT NULL)),
    CONSTRAINT handoff_pull_is_accepted CHECK (NOT pulled OR state = 'ACCEPTED')
);
-- At most one open hand-off per lead, whoever opens it.
CREATE UNIQUE INDEX handoff_one_open_per_lead_idx ON handoff (lead_id) WHERE state = 'OPEN';
-- A lead's hand-offs, newest last.
CREATE INDEX handoff_lead_idx ON handoff (lead_id, opened_at, id);
-- The list by state (keyset on id), and the breach list: open and untouched, by id.
CREATE INDEX handoff_state_idx ON handoff (state, id);
CREATE INDEX handoff_untouched_idx ON handoff (id) INCLUDE (due_at) WHERE first_touch_at IS NULL;
-- The alignment report: hand-offs opened in a period.
CREATE INDEX handoff_opened_idx ON handoff (opened_at) INCLUDE (state, segment, marketing_verdict, definition_version, pulled, reason_code);
