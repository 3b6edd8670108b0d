-- Outbound webhooks (common-webhooks; the same tables as lead-service's V31). Events are written to the outbox in the same transaction as the change they
-- announce (a rolled-back change announces nothing; a committed one is never lost), fanned out into
-- one delivery per matching subscription, and delivered at least once with retries.
CREATE TABLE outbox_event (
    id          uuid PRIMARY KEY,
    type        text        NOT NULL,
    payload     jsonb       NOT NULL,
    occurred_at timestamptz NOT NULL,
    fanned_out  boolean     NOT NULL DEFAULT false
);
CREATE INDEX outbox_event_pending ON outbox_event (occurred_at, id) WHERE NOT fanned_out;

CREATE TABLE webhook_subscription (
    id                    uuid PRIMARY KEY,
    url                   text        NOT NULL,
    event_types           text[]      NOT NULL,
    secret                text        NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    active                boolean     NOT NULL DEFAULT true,
    disabled_reason       text,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL
);

CREATE TABLE webhook_delivery (
    id               uuid PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         uuid        NOT NULL REFERENCES outbox_event (id),
    status           text        NOT NULL, -- PENDING, DELIVERED, DEAD
    attempts         integer     NOT NULL DEFAULT 0,
    first_attempt_at timestamptz,
    next_attempt_at  timestamptz NOT NULL,
    last_status      integer,
    last_error       text,
    last_latency_ms  integer,
    delivered_at     timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, id);
