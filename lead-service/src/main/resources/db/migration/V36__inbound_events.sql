-- CRM events of every inbound source in one inbox: HubSpot's (source 'hubspot', keyed by its eventId) and those
-- of the generic Standard Webhooks endpoint (source: the configured name, keyed by webhook-id and property), so
-- one worker maps them all to leads and activities. A redelivered event is dropped by its (source, event_key).
CREATE TABLE inbound_event (
    source         text        NOT NULL,
    event_key      text        NOT NULL,
    external_id    text        NOT NULL,
    event_type     text        NOT NULL,
    property_name  text,
    property_value text,
    occurred_at    timestamptz NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    processed_at   timestamptz,
    outcome        text,
    detail         text,
    PRIMARY KEY (source, event_key)
);
CREATE INDEX inbound_event_pending ON inbound_event (occurred_at, source, event_key) WHERE processed_at IS NULL;
CREATE INDEX inbound_event_contact ON inbound_event (source, external_id, occurred_at);

-- What a source has said about each contact, collected until it can become a lead (newest change wins).
CREATE TABLE inbound_contact (
    source      text        NOT NULL,
    external_id text        NOT NULL,
    properties  jsonb       NOT NULL DEFAULT '{}',
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (source, external_id)
);

INSERT INTO inbound_event (source, event_key, external_id, event_type, property_name, property_value, occurred_at,
                           received_at, processed_at, outcome, detail)
SELECT 'hubspot', event_id::text, object_id::text, subscription_type, property_name, property_value, occurred_at,
       received_at, processed_at, outcome, detail
FROM hubspot_event;
INSERT INTO inbound_contact (source, external_id, properties, updated_at)
SELECT 'hubspot', object_id::text, properties, updated_at FROM hubspot_contact;
DROP TABLE hubspot_event;
DROP TABLE hubspot_contact;
