-- A retired skill stays in the catalogue and in history; it drops out of new requirements, new
-- assessments and of every figure from the moment it was retired.
ALTER TABLE skill ADD COLUMN retired_at timestamptz;

-- Role profiles are versioned: a change is a new version, so a gap is always explained by the
-- version it was measured against. The current profile of a role is its highest version.
CREATE TABLE role_profile (
    id          uuid PRIMARY KEY,
    role        varchar(16)  NOT NULL,
    version     integer      NOT NULL,
    target_date date         NOT NULL,
    description varchar(2000),
    created_by  varchar(255) NOT NULL,
    created_at  timestamptz  NOT NULL,
    CONSTRAINT role_profile_role_version_key UNIQUE (role, version),
    CONSTRAINT role_profile_version_positive CHECK (version > 0)
);

CREATE TABLE role_requirement (
    profile_id uuid     NOT NULL REFERENCES role_profile (id),
    skill_id   uuid     NOT NULL REFERENCES skill (id),
    level      smallint NOT NULL,
    PRIMARY KEY (profile_id, skill_id),
    CONSTRAINT role_requirement_level_range CHECK (level BETWEEN 0 AND 4)
);

-- The roster: upserted by the HRIS/CRM id. Inactive sellers drop out of every figure.
CREATE TABLE seller (
    id                  uuid PRIMARY KEY,
    external_id         varchar(200) NOT NULL,
    name                varchar(200) NOT NULL,
    email               varchar(320) NOT NULL,
    role                varchar(16)  NOT NULL,
    team                varchar(100) NOT NULL,
    manager_external_id varchar(200),
    active              boolean      NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL,
    CONSTRAINT seller_external_id_key UNIQUE (external_id)
);

CREATE INDEX seller_team_role_idx ON seller (team, role) WHERE active;
CREATE INDEX seller_email_idx ON seller (lower(email));
CREATE INDEX seller_manager_idx ON seller (manager_external_id);
