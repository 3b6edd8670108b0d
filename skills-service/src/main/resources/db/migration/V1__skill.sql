CREATE TABLE skill (
    id                uuid PRIMARY KEY,
    key               varchar(64)   NOT NULL,
    name              varchar(200)  NOT NULL,
    description       varchar(4000),
    category          varchar(32)   NOT NULL,
    taxonomy_scheme   varchar(16),
    taxonomy_code     varchar(200),
    level_descriptors jsonb         NOT NULL,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL,
    -- other services refer to skills by key (ai-governance-service: the skills a tool's users need)
    CONSTRAINT skill_key_key UNIQUE (key),
    CONSTRAINT skill_taxonomy_complete CHECK ((taxonomy_scheme IS NULL) = (taxonomy_code IS NULL))
);

CREATE INDEX skill_category_idx ON skill (category, id);
