-- Shared by every service (Flyway location db/common): one row per Idempotency-Key a client sent,
-- scoped by the client's identity. A row without status is a request still in flight.
CREATE TABLE idempotency_key (
    principal     varchar(255) NOT NULL,
    key           varchar(255) NOT NULL,
    endpoint      varchar(512) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    claimed_at    timestamptz  NOT NULL,
    status        integer,
    location      varchar(2048),
    body          text,
    completed_at  timestamptz,
    PRIMARY KEY (principal, key)
);
