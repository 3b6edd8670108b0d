-- HubSpot webhook events as they arrived, one row per HubSpot eventId (a redelivered event is
-- dropped), worked off in the background; and what HubSpot has said about each contact, collected
-- until the contact can become a lead (HubSpot sends each property change as its own event).
CREATE TABLE hubspot_event (
    event_id          bigint PRIMARY KEY,
    object_id         bigint      NOT NULL,
    subscription_type text        NOT NULL,
    property_name     text,
    property_value    text,
    occurred_at       timestamptz NOT NULL,
    received_at       timestamptz NOT NULL DEFAULT now(),
    processed_at      timestamptz,
    outcome           text,
    detail            text
);
CREATE INDEX hubspot_event_pending ON hubspot_event (occurred_at, event_id) WHERE processed_at IS NULL;
CREATE INDEX hubspot_event_contact ON hubspot_event (object_id, occurred_at);

-- properties: {"<hubspot property>": {"value": "...", "at": <epoch ms of the change>}}; a change
-- older than the one kept is ignored, so events applied out of order end with the newest value.
CREATE TABLE hubspot_contact (
    object_id  bigint PRIMARY KEY,
    properties jsonb       NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL
);
