-- Learning catalogue: modules that raise skills to a level.
CREATE TABLE learning_module (
    id         uuid PRIMARY KEY,
    title      varchar(200)  NOT NULL,
    provider   varchar(200),
    url        varchar(2000),
    hours      integer       NOT NULL,
    created_at timestamptz   NOT NULL,
    updated_at timestamptz   NOT NULL,
    version    bigint        NOT NULL,
    CONSTRAINT learning_module_hours_range CHECK (hours BETWEEN 1 AND 1000)
);

CREATE TABLE module_skill (
    module_id uuid     NOT NULL REFERENCES learning_module (id),
    skill_id  uuid     NOT NULL REFERENCES skill (id),
    raises_to smallint NOT NULL,
    PRIMARY KEY (module_id, skill_id),
    CONSTRAINT module_skill_level_range CHECK (raises_to BETWEEN 1 AND 4)
);

-- A plan built from a seller's gaps against one profile version; its steps are enrolments.
CREATE TABLE plan (
    id             uuid PRIMARY KEY,
    seller_id      uuid         NOT NULL REFERENCES seller (id),
    profile_id     uuid         NOT NULL REFERENCES role_profile (id),
    start_on       date         NOT NULL,
    target_date    date         NOT NULL,
    hours_per_week integer      NOT NULL,
    total_hours    integer      NOT NULL,
    uncovered      jsonb        NOT NULL,
    superseded_at  timestamptz,
    created_by     varchar(255) NOT NULL,
    created_at     timestamptz  NOT NULL
);

CREATE INDEX plan_seller_idx ON plan (seller_id, id);

-- OVERDUE is not stored: an open enrolment past its due date is shown as OVERDUE.
CREATE TABLE enrolment (
    id           uuid PRIMARY KEY,
    plan_id      uuid         NOT NULL REFERENCES plan (id),
    seller_id    uuid         NOT NULL REFERENCES seller (id),
    module_id    uuid         NOT NULL REFERENCES learning_module (id),
    position     integer      NOT NULL,
    due_on       date         NOT NULL,
    late         boolean      NOT NULL,
    closes       jsonb        NOT NULL,
    status       varchar(16)  NOT NULL,
    progress     smallint     NOT NULL,
    started_at   timestamptz,
    completed_at timestamptz,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL,
    CONSTRAINT enrolment_status_known CHECK (status IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')),
    CONSTRAINT enrolment_progress_range CHECK (progress BETWEEN 0 AND 100)
);

CREATE INDEX enrolment_seller_idx ON enrolment (seller_id, id);
CREATE INDEX enrolment_plan_idx ON enrolment (plan_id, position);
CREATE INDEX enrolment_open_idx ON enrolment (seller_id, due_on) WHERE status IN ('ASSIGNED', 'IN_PROGRESS');
CREATE INDEX assessment_proposed_idx ON assessment (seller_id, skill_id) WHERE status = 'PROPOSED';
