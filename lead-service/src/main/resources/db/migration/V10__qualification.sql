-- Co-signed versions: qualification definitions and life-cycle maps follow one rule
-- (DRAFT -> IN_REVIEW -> AGREED -> ACTIVE -> SUPERSEDED), so they share one table, told apart by kind.
CREATE TABLE cosigned_version (
    id           uuid PRIMARY KEY,
    kind         varchar(32)   NOT NULL CHECK (kind IN ('DEFINITION', 'LIFECYCLE_MAP')),
    number       integer       NOT NULL,
    name         varchar(200)  NOT NULL,
    description  varchar(2000),
    content      jsonb         NOT NULL,
    status       varchar(16)   NOT NULL,
    revision     bigint        NOT NULL,
    created_by   varchar(255)  NOT NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    activated_at timestamptz,
    version      bigint        NOT NULL,
    CONSTRAINT cosigned_version_kind_number_key UNIQUE (kind, number)
);
-- Exactly one ACTIVE version per kind, whatever the application does.
CREATE UNIQUE INDEX cosigned_version_one_active_idx ON cosigned_version (kind) WHERE status = 'ACTIVE';

-- A leader's signature on one revision; an edit makes a new revision, so older signatures stop counting.
CREATE TABLE cosigned_approval (
    id          uuid PRIMARY KEY,
    version_id  uuid          NOT NULL REFERENCES cosigned_version (id),
    revision    bigint        NOT NULL,
    role        varchar(32)   NOT NULL,
    approver    varchar(255)  NOT NULL,
    approved_at timestamptz   NOT NULL,
    comment     varchar(2000),
    CONSTRAINT cosigned_approval_role_key UNIQUE (version_id, revision, role),
    CONSTRAINT cosigned_approval_approver_key UNIQUE (version_id, revision, approver)
);

-- Every step of a version's life: who, when, from which status to which, with their comment.
CREATE TABLE cosigned_step (
    id          uuid PRIMARY KEY,
    version_id  uuid          NOT NULL REFERENCES cosigned_version (id),
    step        varchar(16)   NOT NULL,
    from_status varchar(16),
    to_status   varchar(16)   NOT NULL,
    revision    bigint        NOT NULL,
    actor       varchar(255)  NOT NULL,
    role        varchar(32),
    comment     varchar(2000),
    at          timestamptz   NOT NULL
);
CREATE INDEX cosigned_step_version_idx ON cosigned_step (version_id, at, id);

-- Derived rows (qualification, transitions, outcome) go with their lead: leads are anonymised, not deleted,
-- but a lead that is deleted (a test fixture, an operator cleaning up an import) takes them along.
-- A lead's current qualification under the definition that scored it, with the explanation.
CREATE TABLE lead_qualification (
    lead_id            uuid PRIMARY KEY REFERENCES lead (id) ON DELETE CASCADE,
    definition_id      uuid             NOT NULL,
    definition_version integer          NOT NULL,
    score              double precision NOT NULL,
    fit_points         double precision NOT NULL,
    engagement_points  double precision NOT NULL,
    verdict            varchar(16)      NOT NULL,
    explanation        jsonb            NOT NULL,
    scored_at          timestamptz      NOT NULL
);

-- Every stage change of a lead: from, to, who (or which definition), when, why.
CREATE TABLE lead_transition (
    id                 uuid PRIMARY KEY,
    lead_id            uuid          NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    from_stage         varchar(32)   NOT NULL,
    to_stage           varchar(32)   NOT NULL,
    actor              varchar(255)  NOT NULL,
    reason             varchar(500)  NOT NULL,
    definition_version integer,
    at                 timestamptz   NOT NULL
);
CREATE INDEX lead_transition_lead_idx ON lead_transition (lead_id, at, id);

-- What became of a lead after hand-off, as far as known: the input of backtests.
CREATE TABLE lead_outcome (
    lead_id       uuid PRIMARY KEY REFERENCES lead (id) ON DELETE CASCADE,
    sales_verdict varchar(16),
    deal_outcome  varchar(16),
    recorded_by   varchar(255) NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    CONSTRAINT lead_outcome_known CHECK (sales_verdict IS NOT NULL OR deal_outcome IS NOT NULL)
);

-- Background work (re-scoring, backtests) cut into batches of lead-id ranges. Replicas claim batches
-- with FOR UPDATE SKIP LOCKED and finish each in the transaction that claimed it, so a worker that
-- dies loses only its uncommitted batch, which the next worker takes.
CREATE TABLE qualification_job (
    id            uuid PRIMARY KEY,
    kind          varchar(16)   NOT NULL,
    definition_id uuid          NOT NULL REFERENCES cosigned_version (id),
    baseline_id   uuid          REFERENCES cosigned_version (id),
    segment       jsonb         NOT NULL,
    state         varchar(16)   NOT NULL,
    total         bigint        NOT NULL,
    as_of         timestamptz   NOT NULL,
    created_by    varchar(255)  NOT NULL,
    created_at    timestamptz   NOT NULL,
    finished_at   timestamptz,
    result        jsonb
);
CREATE INDEX qualification_job_running_idx ON qualification_job (created_at) WHERE state = 'RUNNING';

CREATE TABLE qualification_job_batch (
    job_id     uuid        NOT NULL REFERENCES qualification_job (id),
    seq        integer     NOT NULL,
    first_id   uuid        NOT NULL,
    next_id    uuid,
    lead_count integer     NOT NULL,
    state      varchar(8)  NOT NULL,
    processed  integer,
    done_at    timestamptz,
    result     jsonb,
    PRIMARY KEY (job_id, seq)
);
CREATE INDEX qualification_job_batch_pending_idx ON qualification_job_batch (job_id, seq) WHERE state = 'PENDING';
