CREATE TABLE ai_tool (
    id              uuid PRIMARY KEY,
    name            varchar(200)  NOT NULL,
    vendor          varchar(200)  NOT NULL,
    category        varchar(32)   NOT NULL,
    description     varchar(4000),
    use_cases       jsonb         NOT NULL,
    data_categories jsonb         NOT NULL,
    owner_role      varchar(32)   NOT NULL,
    skill_keys      jsonb         NOT NULL,
    status          varchar(32)   NOT NULL,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         bigint        NOT NULL
);

-- One entry per tool: "Gong" by "gong.io" is the same tool as "GONG" by "Gong.io"
CREATE UNIQUE INDEX ai_tool_vendor_name_key ON ai_tool (lower(vendor), lower(name));
