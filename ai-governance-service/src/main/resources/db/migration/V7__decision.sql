-- Decision requests, each with the RACI cell of the policy version in force when it was requested.
CREATE TABLE decision (
    id               uuid PRIMARY KEY,
    tool_id          uuid          NOT NULL REFERENCES ai_tool (id),
    decision_type    varchar(32)   NOT NULL,
    tool_category    varchar(32)   NOT NULL,
    policy_version   int           NOT NULL REFERENCES decision_policy (version),
    raci             jsonb         NOT NULL,
    accountable_role varchar(32)   NOT NULL,
    business_case    varchar(4000) NOT NULL,
    goal_ids         jsonb         NOT NULL,
    scores           jsonb         NOT NULL,
    requested_by     varchar(255)  NOT NULL,
    requested_at     timestamptz   NOT NULL,
    inputs_due_at    timestamptz   NOT NULL,
    decision_due_at  timestamptz   NOT NULL,
    status           varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'DECIDED')),
    outcome          varchar(16)   CHECK (outcome IN ('APPROVED', 'REJECTED')),
    decided_by       varchar(255),
    decided_at       timestamptz,
    rationale        varchar(4000),
    override_reason  varchar(4000),
    skipped_inputs   jsonb,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL,
    CONSTRAINT decision_decided_fully CHECK ((status = 'DECIDED') = (outcome IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT decision_override_has_reason CHECK (skipped_inputs IS NULL OR override_reason IS NOT NULL)
);
-- At most one open decision per tool: two concurrent requests cannot both open one.
CREATE UNIQUE INDEX decision_one_open_per_tool ON decision (tool_id) WHERE status = 'OPEN';
CREATE INDEX decision_tool ON decision (tool_id, id);
CREATE INDEX decision_requested_at ON decision (requested_at);

-- Input of the Consulted roles: one per role and decision.
CREATE TABLE decision_input (
    id           uuid PRIMARY KEY,
    decision_id  uuid          NOT NULL REFERENCES decision (id),
    role         varchar(32)   NOT NULL,
    stance       varchar(16)   NOT NULL CHECK (stance IN ('SUPPORT', 'CONCERNS', 'OPPOSE')),
    comment      varchar(4000),
    given_by     varchar(255)  NOT NULL,
    given_at     timestamptz   NOT NULL,
    UNIQUE (decision_id, role)
);

-- Events for other systems, written in the same transaction as the change; a later webhook
-- delivery claims undelivered rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox_event (
    id              uuid PRIMARY KEY,
    event_type      varchar(64)  NOT NULL,
    aggregate_type  varchar(32)  NOT NULL,
    aggregate_id    uuid         NOT NULL,
    recipient_role  varchar(32),
    payload         jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL,
    delivered_at    timestamptz
);
CREATE INDEX outbox_event_undelivered ON outbox_event (created_at) WHERE delivered_at IS NULL;
