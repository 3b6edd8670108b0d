-- The funnel report (docs/alignment.md, "Funnel report") reads tallies, never the leads: how many stays
-- in each stage began, and how each ended (where to, after how many whole hours), per cohort month and
-- segment. The tallies are kept exact by triggers in the transaction of the change, whoever writes the
-- lead or the transition (the API, the scoring job's set-based move to MQL, a bulk import).
--
-- The functions that touch tables keep the schema they were created in (SET search_path FROM CURRENT), so
-- a trigger fired from a session with another search_path (an operator's psql) still finds them.
--
-- Writers only append delta rows (no counter row that concurrent transactions would queue on); a
-- compactor folds the deltas into the tallies (funnel_compact()), and the report reads both.

-- The segment a lead is reported in is lead_segment(company_size) of V20 (the hand-off's SLA bands),
-- taken when the lead enters the funnel.

-- A lead's cohort: the month (UTC) it entered the funnel.
CREATE FUNCTION funnel_cohort(entered_at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT date_trunc('month', entered_at AT TIME ZONE 'UTC')::date
$$;

-- Time in a stage, in hours: whole hours (rounded down) under two days, whole days (24, 48, ... hours,
-- rounded down) from two days on; a back-dated transition counts as zero, never negative. The resolution
-- keeps the duration histogram small (under 48 + a few hundred values per stage and group, whatever the
-- number of leads) while a median is still exact at that resolution.
CREATE FUNCTION funnel_hours(began timestamptz, ended timestamptz) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN ended <= began THEN 0
        WHEN ended - began < interval '48 hours' THEN floor(extract(epoch FROM ended - began) / 3600)::integer
        ELSE 24 * floor(extract(epoch FROM ended - began) / 86400)::integer
    END
$$;

-- A lead's cohort and segment, fixed when it entered the funnel, and the stay it is in now.
CREATE TABLE funnel_lead (
    lead_id          uuid        PRIMARY KEY REFERENCES lead (id) ON DELETE CASCADE,
    cohort_month     date        NOT NULL,
    segment          varchar(16) NOT NULL,
    entered_at       timestamptz NOT NULL,
    first_stage      varchar(32) NOT NULL,
    stage            varchar(32) NOT NULL,
    stage_entered_at timestamptz NOT NULL
);

-- Stays that began, per cohort month, segment and stage.
CREATE TABLE funnel_entry_tally (
    cohort_month date        NOT NULL,
    segment      varchar(16) NOT NULL,
    stage        varchar(32) NOT NULL,
    stays        bigint      NOT NULL,
    PRIMARY KEY (cohort_month, segment, stage)
);

-- Stays that ended, per cohort month, segment, stage and the stage the lead went to.
CREATE TABLE funnel_exit_tally (
    cohort_month date        NOT NULL,
    segment      varchar(16) NOT NULL,
    stage        varchar(32) NOT NULL,
    next_stage   varchar(32) NOT NULL,
    stays        bigint      NOT NULL,
    PRIMARY KEY (cohort_month, segment, stage, next_stage)
);

-- The same stays by their time in stage (funnel_hours): a histogram from which medians and p90 are read
-- exactly at that resolution.
CREATE TABLE funnel_duration_tally (
    cohort_month date        NOT NULL,
    segment      varchar(16) NOT NULL,
    stage        varchar(32) NOT NULL,
    hours        integer     NOT NULL,
    stays        bigint      NOT NULL,
    PRIMARY KEY (cohort_month, segment, stage, hours)
);

-- Changes not yet folded into the tallies: appended by the triggers, moved by funnel_compact() (an exit
-- delta goes to both funnel_exit_tally and funnel_duration_tally).
CREATE TABLE funnel_entry_delta (
    cohort_month date        NOT NULL,
    segment      varchar(16) NOT NULL,
    stage        varchar(32) NOT NULL,
    stays        bigint      NOT NULL
);

CREATE TABLE funnel_exit_delta (
    cohort_month date        NOT NULL,
    segment      varchar(16) NOT NULL,
    stage        varchar(32) NOT NULL,
    next_stage   varchar(32) NOT NULL,
    hours        integer     NOT NULL,
    stays        bigint      NOT NULL
);

-- Every stay's beginning and every stay's end, derived from the leads and their transitions: what
-- the tallies sum, used to rebuild them and to take a deleted lead out of them.
CREATE VIEW funnel_stay_entry AS
SELECT f.lead_id, f.cohort_month, f.segment, f.first_stage AS stage
FROM funnel_lead f
UNION ALL
SELECT t.lead_id, f.cohort_month, f.segment, t.to_stage
FROM lead_transition t
JOIN funnel_lead f ON f.lead_id = t.lead_id;

CREATE VIEW funnel_stay_exit AS
SELECT t.lead_id, f.cohort_month, f.segment, t.from_stage AS stage, t.to_stage AS next_stage,
       funnel_hours(coalesce(lag(t.at) OVER (PARTITION BY t.lead_id ORDER BY t.at, t.id), f.entered_at), t.at) AS hours
FROM lead_transition t
JOIN funnel_lead f ON f.lead_id = t.lead_id;

-- New leads enter the funnel in their starting stage.
CREATE FUNCTION funnel_leads_created() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO funnel_lead (lead_id, cohort_month, segment, entered_at, first_stage, stage, stage_entered_at)
    SELECT id, funnel_cohort(created_at), lead_segment(company_size), created_at, lifecycle_stage, lifecycle_stage,
           created_at
    FROM created;
    INSERT INTO funnel_entry_delta (cohort_month, segment, stage, stays)
    SELECT funnel_cohort(created_at), lead_segment(company_size), lifecycle_stage, count(*)
    FROM created
    GROUP BY 1, 2, 3;
    RETURN NULL;
END
$$;

CREATE TRIGGER funnel_leads_created
    AFTER INSERT ON lead
    REFERENCING NEW TABLE AS created
    FOR EACH STATEMENT EXECUTE FUNCTION funnel_leads_created();

-- Each recorded transition ends the lead's stay in from_stage and begins one in to_stage. Several
-- transitions of one lead in one statement are taken in order of time.
CREATE FUNCTION funnel_transitions_recorded() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    WITH ordered AS (
        SELECT r.lead_id, r.from_stage, r.to_stage, r.at,
               lag(r.at) OVER (PARTITION BY r.lead_id ORDER BY r.at, r.id) AS previous_at,
               row_number() OVER (PARTITION BY r.lead_id ORDER BY r.at DESC, r.id DESC) AS from_last
        FROM recorded r
    ), current_stays AS (
        SELECT f.lead_id, f.cohort_month, f.segment, f.stage_entered_at
        FROM funnel_lead f
        WHERE f.lead_id IN (SELECT lead_id FROM ordered)
        ORDER BY f.lead_id
        FOR UPDATE
    ), stays AS (
        SELECT o.lead_id, c.cohort_month, c.segment, o.from_stage, o.to_stage, o.at, o.from_last,
               funnel_hours(coalesce(o.previous_at, c.stage_entered_at), o.at) AS hours
        FROM ordered o
        JOIN current_stays c ON c.lead_id = o.lead_id
    ), exits AS (
        INSERT INTO funnel_exit_delta (cohort_month, segment, stage, next_stage, hours, stays)
        SELECT cohort_month, segment, from_stage, to_stage, hours, count(*)
        FROM stays
        GROUP BY 1, 2, 3, 4, 5
    ), entries AS (
        INSERT INTO funnel_entry_delta (cohort_month, segment, stage, stays)
        SELECT cohort_month, segment, to_stage, count(*)
        FROM stays
        GROUP BY 1, 2, 3
    )
    UPDATE funnel_lead f
    SET stage = s.to_stage, stage_entered_at = s.at
    FROM stays s
    WHERE s.lead_id = f.lead_id AND s.from_last = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER funnel_transitions_recorded
    AFTER INSERT ON lead_transition
    REFERENCING NEW TABLE AS recorded
    FOR EACH STATEMENT EXECUTE FUNCTION funnel_transitions_recorded();

-- A deleted lead (a test fixture, an operator cleaning up an import) leaves the tallies: its stays are
-- subtracted before the cascade removes its transitions. Erased leads are anonymised, not deleted,
-- so they stay counted.
CREATE FUNCTION funnel_lead_deleted() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO funnel_entry_delta (cohort_month, segment, stage, stays)
    SELECT cohort_month, segment, stage, -count(*)
    FROM funnel_stay_entry
    WHERE lead_id = OLD.id
    GROUP BY 1, 2, 3;
    INSERT INTO funnel_exit_delta (cohort_month, segment, stage, next_stage, hours, stays)
    SELECT cohort_month, segment, stage, next_stage, hours, -count(*)
    FROM funnel_stay_exit
    WHERE lead_id = OLD.id
    GROUP BY 1, 2, 3, 4, 5;
    RETURN OLD;
END
$$;

CREATE TRIGGER funnel_lead_deleted
    BEFORE DELETE ON lead
    FOR EACH ROW EXECUTE FUNCTION funnel_lead_deleted();

-- Folds pending deltas into the tallies. Any number may run at once: each moves only the delta rows
-- it deleted, and the upserts add them exactly once.
CREATE FUNCTION funnel_compact() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    WITH moved AS (DELETE FROM funnel_entry_delta RETURNING *)
    INSERT INTO funnel_entry_tally AS t (cohort_month, segment, stage, stays)
    SELECT cohort_month, segment, stage, sum(stays)
    FROM moved
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT (cohort_month, segment, stage) DO UPDATE SET stays = t.stays + excluded.stays;

    WITH moved AS MATERIALIZED (DELETE FROM funnel_exit_delta RETURNING *),
    exits AS (
        INSERT INTO funnel_exit_tally AS t (cohort_month, segment, stage, next_stage, stays)
        SELECT cohort_month, segment, stage, next_stage, sum(stays)
        FROM moved
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (cohort_month, segment, stage, next_stage) DO UPDATE SET stays = t.stays + excluded.stays
    )
    INSERT INTO funnel_duration_tally AS t (cohort_month, segment, stage, hours, stays)
    SELECT cohort_month, segment, stage, hours, sum(stays)
    FROM moved
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (cohort_month, segment, stage, hours) DO UPDATE SET stays = t.stays + excluded.stays;

    DELETE FROM funnel_entry_tally WHERE stays = 0;
    DELETE FROM funnel_exit_tally WHERE stays = 0;
    DELETE FROM funnel_duration_tally WHERE stays = 0;
$$;

-- Recomputes the tallies from the leads' histories (after a bulk load with the triggers off, or to
-- check them): the same figures the triggers keep.
CREATE FUNCTION funnel_rebuild() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    LOCK TABLE funnel_entry_tally, funnel_exit_tally, funnel_duration_tally, funnel_entry_delta, funnel_exit_delta
        IN EXCLUSIVE MODE;
    DELETE FROM funnel_entry_delta;
    DELETE FROM funnel_exit_delta;
    DELETE FROM funnel_entry_tally;
    DELETE FROM funnel_exit_tally;
    DELETE FROM funnel_duration_tally;
    INSERT INTO funnel_entry_tally (cohort_month, segment, stage, stays)
    SELECT cohort_month, segment, stage, count(*)
    FROM funnel_stay_entry
    GROUP BY 1, 2, 3;
    INSERT INTO funnel_exit_tally (cohort_month, segment, stage, next_stage, stays)
    SELECT cohort_month, segment, stage, next_stage, count(*)
    FROM funnel_stay_exit
    GROUP BY 1, 2, 3, 4;
    INSERT INTO funnel_duration_tally (cohort_month, segment, stage, hours, stays)
    SELECT cohort_month, segment, stage, hours, count(*)
    FROM funnel_stay_exit
    GROUP BY 1, 2, 3, 4;
$$;

-- Leads that exist already: cohort and segment as they are now, the stay from their last transition.
INSERT INTO funnel_lead (lead_id, cohort_month, segment, entered_at, first_stage, stage, stage_entered_at)
SELECT l.id, funnel_cohort(l.created_at), lead_segment(l.company_size), l.created_at,
       coalesce(h.first_stage, l.lifecycle_stage), coalesce(h.last_stage, l.lifecycle_stage),
       coalesce(h.last_at, l.created_at)
FROM lead l
LEFT JOIN (
    SELECT lead_id,
           (array_agg(from_stage ORDER BY at, id))[1] AS first_stage,
           (array_agg(to_stage ORDER BY at DESC, id DESC))[1] AS last_stage,
           max(at) AS last_at
    FROM lead_transition
    GROUP BY lead_id
) h ON h.lead_id = l.id;

SELECT funnel_rebuild();
