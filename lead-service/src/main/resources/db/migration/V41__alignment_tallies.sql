-- The alignment report (docs/alignment.md, "How the report is computed") reads daily tallies, never the
-- hand-offs: how many hand-offs opened each UTC day in each segment, definition version, state, marketing
-- verdict and rejection reason, and how often each rule had fired on the qualification sales judged. As
-- for the funnel (V25), triggers append delta rows in the transaction of the change, whoever writes the
-- hand-off, and alignment_compact() folds them into the tallies; the report reads both.

-- The qualification sales judged: when a hand-off is answered (or opened already answered, a pull), the
-- names of the rules that had fired on the lead's qualification of the hand-off's definition version are
-- kept on it. NULL while open, and when no qualification of that version scored the lead.
ALTER TABLE handoff
    ADD COLUMN judged_fit_rules        text[],
    ADD COLUMN judged_engagement_rules text[],
    ADD CONSTRAINT handoff_judged_when_answered
        CHECK ((judged_fit_rules IS NULL OR state <> 'OPEN') AND (judged_fit_rules IS NULL) = (judged_engagement_rules IS NULL));

-- The rules that fired on a lead's qualification of a definition version, in rule order: from the scorecard
-- (V11) and the definition's rule names, or from the JSON explanation of rows scored before V11. NULL
-- without such a qualification.
CREATE FUNCTION qualification_fired_rules(scored_lead uuid, scored_version integer,
                                          OUT fit text[], OUT engagement text[])
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN q.explanation IS NOT NULL THEN
                    ARRAY(SELECT hit->>'rule' FROM jsonb_array_elements(coalesce(q.explanation->'rules', '[]')) AS hit
                          WHERE hit->>'kind' = 'FIT')
                ELSE ARRAY(SELECT v.content->'fitRules'->((f.i - 1)::int)->>'name'
                           FROM unnest(q.fit_hits) WITH ORDINALITY AS f(hit, i) WHERE f.hit ORDER BY f.i) END,
           CASE WHEN q.explanation IS NOT NULL THEN
                    ARRAY(SELECT hit->>'rule' FROM jsonb_array_elements(coalesce(q.explanation->'rules', '[]')) AS hit
                          WHERE hit->>'kind' = 'ENGAGEMENT')
                ELSE ARRAY(SELECT v.content->'engagementRules'->((e.i - 1)::int)->>'name'
                           FROM unnest(q.engagement_counts) WITH ORDINALITY AS e(n, i) WHERE e.n > 0 ORDER BY e.i) END
    FROM lead_qualification q
    LEFT JOIN cosigned_version v ON v.id = q.definition_id
    WHERE q.lead_id = scored_lead AND q.definition_version = scored_version
$$;

CREATE FUNCTION handoff_judged() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.state = 'OPEN' THEN
        NEW.judged_fit_rules := NULL;
        NEW.judged_engagement_rules := NULL;
    ELSIF TG_OP = 'INSERT' OR OLD.state = 'OPEN' THEN
        SELECT r.fit, r.engagement INTO NEW.judged_fit_rules, NEW.judged_engagement_rules
        FROM qualification_fired_rules(NEW.lead_id, NEW.definition_version) r;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER handoff_judged
    BEFORE INSERT OR UPDATE OF state ON handoff
    FOR EACH ROW EXECUTE FUNCTION handoff_judged();

-- Answered hand-offs that exist already: the qualification the lead has now, when of the same version
-- (what the report read until this version).
UPDATE handoff h
SET (judged_fit_rules, judged_engagement_rules) = (SELECT r.fit, r.engagement
                                                   FROM qualification_fired_rules(h.lead_id, h.definition_version) r)
WHERE h.state <> 'OPEN';

-- Hand-offs per UTC day opened, segment, definition version (0: no definition had scored the lead), state,
-- whether sales pulled it, marketing's verdict, rejection reason ('' for none), whether the first touch came
-- after the deadline, and whether the qualification sales judged is known (judged_fit_rules not NULL).
CREATE TABLE alignment_handoff_tally (
    opened_on          date        NOT NULL,
    segment            varchar(16) NOT NULL,
    definition_version integer     NOT NULL,
    state              varchar(16) NOT NULL,
    pulled             boolean     NOT NULL,
    marketing_verdict  varchar(16) NOT NULL,
    reason_code        varchar(32) NOT NULL,
    touched_late       boolean     NOT NULL,
    judged             boolean     NOT NULL,
    handoffs           bigint      NOT NULL,
    PRIMARY KEY (opened_on, segment, definition_version, state, pulled, marketing_verdict, reason_code,
                 touched_late, judged)
);

-- Rules that fired on the qualification sales judged, per UTC day opened, segment, definition version and
-- whether sales said no (rejected or recycled).
CREATE TABLE alignment_rule_tally (
    opened_on          date        NOT NULL,
    segment            varchar(16) NOT NULL,
    definition_version integer     NOT NULL,
    said_no            boolean     NOT NULL,
    kind               varchar(16) NOT NULL,
    rule               text        NOT NULL,
    hits               bigint      NOT NULL,
    PRIMARY KEY (opened_on, segment, definition_version, said_no, kind, rule)
);

-- Changes not yet folded into the tallies (positive for rows that came, negative for rows that went).
CREATE TABLE alignment_handoff_delta (LIKE alignment_handoff_tally);
CREATE TABLE alignment_rule_delta (LIKE alignment_rule_tally);

-- One hand-off's row of the hand-off tally, counted sign times.
CREATE FUNCTION alignment_handoff_delta_of(h handoff, sign integer) RETURNS alignment_handoff_delta
    LANGUAGE sql IMMUTABLE AS $$
    SELECT (h.opened_at AT TIME ZONE 'UTC')::date, h.segment, coalesce(h.definition_version, 0), h.state, h.pulled,
           h.marketing_verdict, coalesce(h.reason_code, ''), coalesce(h.first_touch_at > h.due_at, false),
           h.judged_fit_rules IS NOT NULL, sign::bigint
$$;

-- One hand-off's rows of the rule tally, counted sign times.
CREATE FUNCTION alignment_rule_deltas_of(h handoff, sign integer) RETURNS SETOF alignment_rule_delta
    LANGUAGE sql IMMUTABLE AS $$
    SELECT (h.opened_at AT TIME ZONE 'UTC')::date, h.segment, coalesce(h.definition_version, 0),
           h.state <> 'ACCEPTED', r.kind, r.rule, sign::bigint
    FROM (SELECT 'FIT', unnest(h.judged_fit_rules) UNION ALL SELECT 'ENGAGEMENT', unnest(h.judged_engagement_rules))
         AS r(kind, rule)
$$;

-- Appends what the hand-offs that came (added) and went (removed) change in the tallies; rows whose
-- counts cancel out (a touch in time, an edit of the comment) write nothing.
CREATE FUNCTION alignment_record(added handoff[], removed handoff[]) RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    INSERT INTO alignment_handoff_delta
    SELECT d.opened_on, d.segment, d.definition_version, d.state, d.pulled, d.marketing_verdict, d.reason_code,
           d.touched_late, d.judged, sum(d.handoffs)
    FROM (SELECT h, 1 AS sign FROM unnest(added) h UNION ALL SELECT h, -1 FROM unnest(removed) h) c
    CROSS JOIN LATERAL alignment_handoff_delta_of(c.h, c.sign) d
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    HAVING sum(d.handoffs) <> 0;

    INSERT INTO alignment_rule_delta
    SELECT d.opened_on, d.segment, d.definition_version, d.said_no, d.kind, d.rule, sum(d.hits)
    FROM (SELECT h, 1 AS sign FROM unnest(added) h UNION ALL SELECT h, -1 FROM unnest(removed) h) c
    CROSS JOIN LATERAL alignment_rule_deltas_of(c.h, c.sign) d
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(d.hits) <> 0;
$$;

CREATE FUNCTION alignment_handoffs_inserted() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM alignment_record(ARRAY(SELECT n::handoff FROM new_rows n), '{}');
    RETURN NULL;
END
$$;

CREATE FUNCTION alignment_handoffs_updated() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM alignment_record(ARRAY(SELECT n::handoff FROM new_rows n), ARRAY(SELECT o::handoff FROM old_rows o));
    RETURN NULL;
END
$$;

CREATE FUNCTION alignment_handoffs_deleted() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM alignment_record('{}', ARRAY(SELECT o::handoff FROM old_rows o));
    RETURN NULL;
END
$$;

-- Folds pending deltas into the tallies. Any number may run at once: each moves only the delta rows it
-- deleted, and the upserts add them exactly once.
CREATE FUNCTION alignment_compact() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    WITH moved AS (DELETE FROM alignment_handoff_delta RETURNING *)
    INSERT INTO alignment_handoff_tally AS t
    SELECT opened_on, segment, definition_version, state, pulled, marketing_verdict, reason_code, touched_late, judged,
           sum(handoffs)
    FROM moved
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT (opened_on, segment, definition_version, state, pulled, marketing_verdict, reason_code, touched_late,
                 judged)
        DO UPDATE SET handoffs = t.handoffs + excluded.handoffs;

    WITH moved AS (DELETE FROM alignment_rule_delta RETURNING *)
    INSERT INTO alignment_rule_tally AS t
    SELECT opened_on, segment, definition_version, said_no, kind, rule, sum(hits)
    FROM moved
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (opened_on, segment, definition_version, said_no, kind, rule)
        DO UPDATE SET hits = t.hits + excluded.hits;

    DELETE FROM alignment_handoff_tally WHERE handoffs = 0;
    DELETE FROM alignment_rule_tally WHERE hits = 0;
$$;

-- Recomputes the tallies from the hand-offs (after a bulk load with the triggers off, or to check them):
-- the same figures the triggers keep.
CREATE FUNCTION alignment_rebuild() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    LOCK TABLE alignment_handoff_tally, alignment_rule_tally, alignment_handoff_delta, alignment_rule_delta
        IN EXCLUSIVE MODE;
    DELETE FROM alignment_handoff_delta;
    DELETE FROM alignment_rule_delta;
    DELETE FROM alignment_handoff_tally;
    DELETE FROM alignment_rule_tally;
    INSERT INTO alignment_handoff_tally
    SELECT d.opened_on, d.segment, d.definition_version, d.state, d.pulled, d.marketing_verdict, d.reason_code,
           d.touched_late, d.judged, sum(d.handoffs)
    FROM handoff h
    CROSS JOIN LATERAL alignment_handoff_delta_of(h, 1) d
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
    INSERT INTO alignment_rule_tally
    SELECT d.opened_on, d.segment, d.definition_version, d.said_no, d.kind, d.rule, sum(d.hits)
    FROM handoff h
    CROSS JOIN LATERAL alignment_rule_deltas_of(h, 1) d
    GROUP BY 1, 2, 3, 4, 5, 6;
$$;

SELECT alignment_rebuild();

CREATE TRIGGER alignment_handoffs_inserted
    AFTER INSERT ON handoff
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_handoffs_inserted();

CREATE TRIGGER alignment_handoffs_updated
    AFTER UPDATE ON handoff
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_handoffs_updated();

CREATE TRIGGER alignment_handoffs_deleted
    AFTER DELETE ON handoff
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_handoffs_deleted();

-- The report's one figure that depends on the moment it is read: hand-offs still open and untouched past
-- their deadline, by the day they opened. The tallies replace the index on opened_at that served the report.
DROP INDEX handoff_opened_idx;
CREATE INDEX handoff_overdue_idx ON handoff (opened_at) INCLUDE (due_at, segment, definition_version)
    WHERE state = 'OPEN' AND first_touch_at IS NULL;

-- What the report reads: the tallies and the deltas not yet folded into them.
CREATE VIEW alignment_handoff_counted AS
SELECT * FROM alignment_handoff_tally
UNION ALL
SELECT * FROM alignment_handoff_delta;

CREATE VIEW alignment_rule_counted AS
SELECT * FROM alignment_rule_tally
UNION ALL
SELECT * FROM alignment_rule_delta;
