-- Assessments are facts: a level per seller and skill, from a source, at a time. They are never changed;
-- a COURSE assessment proposed by a completed enrolment counts once the seller's manager confirms it.
CREATE TABLE assessment (
    id               uuid PRIMARY KEY,
    seller_id        uuid          NOT NULL REFERENCES seller (id),
    skill_id         uuid          NOT NULL REFERENCES skill (id),
    level            smallint      NOT NULL,
    source           varchar(16)   NOT NULL,
    status           varchar(16)   NOT NULL,
    evidence         varchar(2000),
    assessor         varchar(255)  NOT NULL,
    assessed_at      timestamptz   NOT NULL,
    recorded_at      timestamptz   NOT NULL,
    enrolment_id     uuid,
    decided_by       varchar(255),
    decided_at       timestamptz,
    decision_comment varchar(2000),
    version          bigint        NOT NULL,
    CONSTRAINT assessment_level_range CHECK (level BETWEEN 0 AND 4),
    CONSTRAINT assessment_source_known CHECK (source IN ('SELF', 'COURSE', 'MANAGER', 'CERTIFICATION')),
    CONSTRAINT assessment_status_known CHECK (status IN ('CONFIRMED', 'PROPOSED', 'REJECTED')),
    -- one fact per seller, skill, source and instant: a re-import of the same fact is recognised
    CONSTRAINT assessment_fact_key UNIQUE (seller_id, skill_id, source, assessed_at)
);

CREATE INDEX assessment_seller_idx ON assessment (seller_id, id);

-- The precedence rule (docs/skills.md) as a number: CERTIFICATION 3 > MANAGER 2 > COURSE 1 > SELF 0.
CREATE FUNCTION source_rank(source varchar) RETURNS smallint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE source WHEN 'CERTIFICATION' THEN 3 WHEN 'MANAGER' THEN 2 WHEN 'COURSE' THEN 1 ELSE 0 END;

-- asOf answers walk the confirmed history of one seller and skill, strongest source and newest first.
CREATE INDEX assessment_history_idx ON assessment (seller_id, skill_id, source_rank(source) DESC, assessed_at DESC)
    INCLUDE (level) WHERE status = 'CONFIRMED';

-- The effective level of every assessed (seller, skill) today, kept by the trigger below in the same
-- transaction as the assessment, so readiness reads one row per pair instead of the whole history.
CREATE TABLE effective_level (
    seller_id     uuid        NOT NULL,
    skill_id      uuid        NOT NULL,
    level         smallint    NOT NULL,
    source_rank   smallint    NOT NULL,
    assessed_at   timestamptz NOT NULL,
    assessment_id uuid        NOT NULL,
    PRIMARY KEY (seller_id, skill_id)
);

CREATE FUNCTION effective_level_apply() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    INSERT INTO effective_level AS e (seller_id, skill_id, level, source_rank, assessed_at, assessment_id)
    VALUES (NEW.seller_id, NEW.skill_id, NEW.level, source_rank(NEW.source), NEW.assessed_at, NEW.id)
    ON CONFLICT (seller_id, skill_id) DO UPDATE
        SET level = excluded.level, source_rank = excluded.source_rank, assessed_at = excluded.assessed_at,
            assessment_id = excluded.assessment_id
        WHERE (excluded.source_rank, excluded.assessed_at) > (e.source_rank, e.assessed_at);
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_effective_level
    AFTER INSERT OR UPDATE OF status ON assessment
    FOR EACH ROW WHEN (NEW.status = 'CONFIRMED')
    EXECUTE FUNCTION effective_level_apply();
