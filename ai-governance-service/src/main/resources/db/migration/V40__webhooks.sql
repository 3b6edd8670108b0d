-- Outbound webhooks (common-webhooks): the outbox takes the shape every service's dispatcher reads
-- (one Standard Webhooks payload {"type", "timestamp", "data"} per event), beside subscriptions and
-- deliveries. The notification rows V7 kept per recipient role become one event per decision: the
-- Informed roles' decision.made rows one decision.made listing them in data.informedRoles, the
-- Consulted roles' decision.input-requested rows one consultation.requested listing data.consultedRoles.
-- No subscription existed before, so the converted events count as fanned out: nobody is owed them.
ALTER TABLE outbox_event RENAME TO outbox_event_v7;
ALTER INDEX outbox_event_undelivered RENAME TO outbox_event_v7_undelivered;

CREATE TABLE outbox_event (
    id          uuid PRIMARY KEY,
    type        text        NOT NULL,
    payload     jsonb       NOT NULL,
    occurred_at timestamptz NOT NULL,
    fanned_out  boolean     NOT NULL DEFAULT false
);
CREATE INDEX outbox_event_pending ON outbox_event (occurred_at, id) WHERE NOT fanned_out;

INSERT INTO outbox_event (id, type, payload, occurred_at, fanned_out)
SELECT (array_agg(id ORDER BY id))[1],
       t.type,
       jsonb_build_object(
           'type', t.type,
           'timestamp', to_char(min(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'data', ((array_agg(payload ORDER BY id))[1] - 'type' - 'role' - 'raci')
                   || jsonb_build_object(
                          CASE WHEN t.type = 'decision.made' THEN 'informedRoles' ELSE 'consultedRoles' END,
                          jsonb_agg(recipient_role ORDER BY recipient_role))),
       min(created_at),
       true
FROM outbox_event_v7
CROSS JOIN LATERAL (SELECT CASE event_type WHEN 'decision.input-requested' THEN 'consultation.requested'
                                           ELSE event_type END AS type) t
GROUP BY aggregate_id, t.type;

DROP TABLE outbox_event_v7;

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
