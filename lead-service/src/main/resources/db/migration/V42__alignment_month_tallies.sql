-- The alignment report's tallies also per month (opened_on: the month's first day), so a period of two
-- years sums a few dozen rows per month instead of a few dozen per day: the report reads the months that
-- lie wholly in its period from these, the days before and after them from the daily tallies (V41), and
-- the pending deltas by day. The compaction keeps both; alignment_rebuild() recomputes both.
CREATE TABLE alignment_handoff_month (LIKE alignment_handoff_tally INCLUDING ALL);
CREATE TABLE alignment_rule_month (LIKE alignment_rule_tally INCLUDING ALL);

INSERT INTO alignment_handoff_month
SELECT date_trunc('month', opened_on)::date, segment, definition_version, state, pulled, marketing_verdict, reason_code,
       touched_late, judged, sum(handoffs)
FROM alignment_handoff_tally
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

INSERT INTO alignment_rule_month
SELECT date_trunc('month', opened_on)::date, segment, definition_version, said_no, kind, rule, sum(hits)
FROM alignment_rule_tally
GROUP BY 1, 2, 3, 4, 5, 6;

CREATE OR REPLACE FUNCTION alignment_compact() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    WITH moved AS MATERIALIZED (DELETE FROM alignment_handoff_delta RETURNING *),
    days AS (
        INSERT INTO alignment_handoff_tally AS t
        SELECT opened_on, segment, definition_version, state, pulled, marketing_verdict, reason_code, touched_late,
               judged, sum(handoffs)
        FROM moved
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        ON CONFLICT (opened_on, segment, definition_version, state, pulled, marketing_verdict, reason_code,
                     touched_late, judged)
            DO UPDATE SET handoffs = t.handoffs + excluded.handoffs
    )
    INSERT INTO alignment_handoff_month AS t
    SELECT date_trunc('month', opened_on)::date, segment, definition_version, state, pulled, marketing_verdict,
           reason_code, touched_late, judged, sum(handoffs)
    FROM moved
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT (opened_on, segment, definition_version, state, pulled, marketing_verdict, reason_code, touched_late,
                 judged)
        DO UPDATE SET handoffs = t.handoffs + excluded.handoffs;

    WITH moved AS MATERIALIZED (DELETE FROM alignment_rule_delta RETURNING *),
    days AS (
        INSERT INTO alignment_rule_tally AS t
        SELECT opened_on, segment, definition_version, said_no, kind, rule, sum(hits)
        FROM moved
        GROUP BY 1, 2, 3, 4, 5, 6
        ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (opened_on, segment, definition_version, said_no, kind, rule)
            DO UPDATE SET hits = t.hits + excluded.hits
    )
    INSERT INTO alignment_rule_month AS t
    SELECT date_trunc('month', opened_on)::date, segment, definition_version, said_no, kind, rule, sum(hits)
    FROM moved
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (opened_on, segment, definition_version, said_no, kind, rule)
        DO UPDATE SET hits = t.hits + excluded.hits;

    DELETE FROM alignment_handoff_tally WHERE handoffs = 0;
    DELETE FROM alignment_rule_tally WHERE hits = 0;
    DELETE FROM alignment_handoff_month WHERE handoffs = 0;
    DELETE FROM alignment_rule_month WHERE hits = 0;
$$;

CREATE OR REPLACE FUNCTION alignment_rebuild() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    LOCK TABLE alignment_handoff_tally, alignment_rule_tally, alignment_handoff_month, alignment_rule_month,
        alignment_handoff_delta, alignment_rule_delta IN EXCLUSIVE MODE;
    DELETE FROM alignment_handoff_delta;
    DELETE FROM alignment_rule_delta;
    DELETE FROM alignment_handoff_tally;
    DELETE FROM alignment_rule_tally;
    DELETE FROM alignment_handoff_month;
    DELETE FROM alignment_rule_month;
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
    INSERT INTO alignment_handoff_month
    SELECT date_trunc('month', opened_on)::date, segment, definition_version, state, pulled, marketing_verdict,
           reason_code, touched_late, judged, sum(handoffs)
    FROM alignment_handoff_tally
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
    INSERT INTO alignment_rule_month
    SELECT date_trunc('month', opened_on)::date, segment, definition_version, said_no, kind, rule, sum(hits)
    FROM alignment_rule_tally
    GROUP BY 1, 2, 3, 4, 5, 6;
$$;

-- The months that lie wholly in first_day..last_day: from first_month up to (not including) after_months;
-- both last_day + 1 when there is none.
CREATE FUNCTION alignment_whole_months(first_day date, last_day date, OUT first_month date, OUT after_months date)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN m.first_month < m.after_months THEN m.first_month ELSE last_day + 1 END,
           CASE WHEN m.first_month < m.after_months THEN m.after_months ELSE last_day + 1 END
    FROM (SELECT (date_trunc('month', (first_day - 1)::timestamp) + interval '1 month')::date AS first_month,
                 date_trunc('month', (last_day + 1)::timestamp)::date AS after_months) m
$$;

-- The report's rows of one tally over the UTC days first_day..last_day, optionally of one segment and one
-- definition version: whole months from the month tally, the days around them from the daily one, and the
-- deltas not yet compacted. Rows of one key may come several times; the report sums them. The tally is
-- named by its row type: alignment_counted(NULL::alignment_handoff_tally, ...) reads alignment_handoff_month,
-- alignment_handoff_tally and alignment_handoff_delta (and likewise for alignment_rule_tally).
CREATE FUNCTION alignment_counted(tally anyelement, first_day date, last_day date, only_segment varchar,
                                  only_version integer)
    RETURNS SETOF anyelement
    LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
DECLARE
    name  text := regexp_replace(pg_typeof(tally)::text, '_tally$', '');
    whole record;
BEGIN
    SELECT * INTO whole FROM alignment_whole_months(first_day, last_day);
    RETURN QUERY EXECUTE format(
        'SELECT * FROM %1$I t WHERE t.opened_on >= $1 AND t.opened_on < $2 AND %4$s'
        ' UNION ALL SELECT * FROM %2$I t'
        ' WHERE ((t.opened_on >= $3 AND t.opened_on < $1) OR (t.opened_on >= $2 AND t.opened_on <= $4)) AND %4$s'
        ' UNION ALL SELECT * FROM %3$I t WHERE t.opened_on BETWEEN $3 AND $4 AND %4$s',
        name || '_month', name || '_tally', name || '_delta',
        '($5::varchar IS NULL OR t.segment = $5) AND ($6::integer IS NULL OR t.definition_version = $6)')
        USING whole.first_month, whole.after_months, first_day, last_day, only_segment, only_version;
END
$$;
