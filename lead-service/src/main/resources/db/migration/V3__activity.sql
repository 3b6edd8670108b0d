-- Engagement events on a lead. The same external event (per lead) is stored once, however often sent.
CREATE TABLE activity (
    id                uuid PRIMARY KEY,
    lead_id           uuid         NOT NULL REFERENCES lead (id),
    type              varchar(32)  NOT NULL,
    occurred_at       timestamptz  NOT NULL,
    external_event_id varchar(255),
    recorded_at       timestamptz  NOT NULL,
    CONSTRAINT activity_lead_external_event_key UNIQUE (lead_id, external_event_id)
);

-- Newest first per lead, and the engagement rules' counting windows.
CREATE INDEX activity_lead_occurred_idx ON activity (lead_id, occurred_at DESC, id DESC);
