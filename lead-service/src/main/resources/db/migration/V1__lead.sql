CREATE TABLE lead (
    id              uuid PRIMARY KEY,
    email           varchar(320) NOT NULL,
    first_name      varchar(100),
    last_name       varchar(100),
    company         varchar(200),
    title           varchar(200),
    industry        varchar(100),
    company_size    integer CHECK (company_size >= 0),
    country         varchar(2),
    source          varchar(32)  NOT NULL,
    external_id     varchar(255),
    budget          varchar(32)  NOT NULL,
    authority       varchar(32)  NOT NULL,
    need            varchar(32)  NOT NULL,
    timeline        varchar(32)  NOT NULL,
    attributes      jsonb        NOT NULL,
    lifecycle_stage varchar(32)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL,
    -- CRM upserts match on (source, externalId), never on email alone
    CONSTRAINT lead_source_external_id_key UNIQUE (source, external_id)
);

CREATE INDEX lead_email_idx ON lead (lower(email));
