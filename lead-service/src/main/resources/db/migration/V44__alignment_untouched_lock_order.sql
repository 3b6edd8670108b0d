-- V43's functions handled V41's and V42's tallies first and the untouched tally after, but a SQL function takes
-- its locks on the tables its own statements name when it is first called, before it runs any: the compaction
-- held the untouched tally while waiting for V41's delta table, which a rebuild held while waiting for the
-- untouched tally (a deadlock, seen when bench/reports removed its leads with the compactor running). Now each
-- handles the untouched tally first and then calls the V41/V42 function, so every path locks in one order.

CREATE OR REPLACE FUNCTION alignment_record(added handoff[], removed handoff[]) RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    INSERT INTO alignment_untouched_delta
    SELECT d.opened_on, d.segment, d.definition_version, sum(d.handoffs)
    FROM (SELECT * FROM alignment_untouched_of(added, 1) UNION ALL SELECT * FROM alignment_untouched_of(removed, -1)) d
    GROUP BY 1, 2, 3
    HAVING sum(d.handoffs) <> 0;
    SELECT alignment_record_verdicts_and_rules(added, removed);
$$;

CREATE OR REPLACE FUNCTION alignment_compact() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    WITH moved AS (DELETE FROM alignment_untouched_delta RETURNING *)
    INSERT INTO alignment_untouched_tally AS t
    SELECT opened_on, segment, definition_version, sum(handoffs)
    FROM moved
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT (opened_on, segment, definition_version) DO UPDATE SET handoffs = t.handoffs + excluded.handoffs;
    DELETE FROM alignment_untouched_tally WHERE handoffs = 0;
    SELECT alignment_compact_verdicts_and_rules();
$$;

CREATE OR REPLACE FUNCTION alignment_rebuild() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    LOCK TABLE alignment_untouched_tally, alignment_untouched_delta IN EXCLUSIVE MODE;
    DELETE FROM alignment_untouched_delta;
    DELETE FROM alignment_untouched_tally;
    INSERT INTO alignment_untouched_tally
    SELECT (opened_at AT TIME ZONE 'UTC')::date, segment, coalesce(definition_version, 0), count(*)
    FROM handoff
    WHERE state = 'OPEN' AND first_touch_at IS NULL
    GROUP BY 1, 2, 3;
    SELECT alignment_rebuild_verdicts_and_rules();
$$;
