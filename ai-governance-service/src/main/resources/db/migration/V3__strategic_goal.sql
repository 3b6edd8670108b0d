CREATE TABLE strategic_goal (
    id          uuid PRIMARY KEY,
    title       varchar(200)  NOT NULL,
    metric      varchar(200)  NOT NULL,
    target      varchar(200)  NOT NULL,
    period      varchar(32)   NOT NULL,
    owner_role  varchar(32)   NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL
);
