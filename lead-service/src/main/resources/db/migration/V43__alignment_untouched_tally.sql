-- The alignment report's breached count without reading every open hand-off. Until now it counted the hand-offs
-- still open and untouched past their deadline from the rows (V41), so it grew with them. Now triggers keep how
-- many hand-offs are open and untouched per UTC day opened, segment and definition version, as for the other
-- alignment tallies (deltas appended in the transaction of the change, folded by alignment_compact(), recomputed by
-- alignment_rebuild()); those past their deadline are that count minus the ones not yet due, which are only the
-- hand-offs opened within the last SLA window and are read through handoff_not_due_idx.
CREATE TABLE alignment_untouched_tally (
    opened_on          date        NOT NULL,
    segment            varchar(16) NOT NULL,
    definition_version integer     NOT NULL,
    handoffs           bigint      NOT NULL,
    PRIMARY KEY (opened_on, segment, definition_version)
);

CREATE TABLE alignment_untouched_delta (LIKE alignment_untouched_tally);

DROP INDEX handoff_overdue_idx;
CREATE INDEX handoff_not_due_idx ON handoff (due_at) INCLUDE (opened_at, segment, definition_version)
    WHERE state = 'OPEN' AND first_touch_at IS NULL;

-- The open, untouched hand-offs among these, counted sign times, per day, segment and version.
CREATE FUNCTION alignment_untouched_of(hs handoff[], sign integer)
    RETURNS TABLE (opened_on date, segment varchar, definition_version integer, handoffs bigint)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT (h.opened_at AT TIME ZONE 'UTC')::date, h.segment, coalesce(h.definition_version, 0), sign * count(*)
    FROM unnest(hs) h
    WHERE h.state = 'OPEN' AND h.first_touch_at IS NULL
    GROUP BY 1, 2, 3
$$;

-- V41's and V42's functions keep their work under these names; the ones the triggers, the compactor and the
-- bench call do it and keep the untouched tally as well.
ALTER FUNCTION alignment_record(handoff[], handoff[]) RENAME TO alignment_record_verdicts_and_rules;
ALTER FUNCTION alignment_compact() RENAME TO alignment_compact_verdicts_and_rules;
ALTER FUNCTION alignment_rebuild() RENAME TO alignment_rebuild_verdicts_and_rules;

CREATE FUNCTION alignment_record(added handoff[], removed handoff[]) RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    SELECT alignment_record_verdicts_and_rules(added, removed);
    INSERT INTO alignment_untouched_delta
    SELECT d.opened_on, d.segment, d.definition_version, sum(d.handoffs)
    FROM (SELECT * FROM alignment_untouched_of(added, 1) UNION ALL SELECT * FROM alignment_untouched_of(removed, -1)) d
    GROUP BY 1, 2, 3
    HAVING sum(d.handoffs) <> 0;
$$;

CREATE FUNCTION alignment_compact() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    SELECT alignment_compact_verdicts_and_rules();
    WITH moved AS (DELETE FROM alignment_untouched_delta RETURNING *)
    INSERT INTO alignment_untouched_tally AS t
    SELECT opened_on, segment, definition_version, sum(handoffs)
    FROM moved
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT (opened_on, segment, definition_version) DO UPDATE SET handoffs = t.handoffs + excluded.handoffs;
    DELETE FROM alignment_untouched_tally WHERE handoffs = 0;
$$;

CREATE FUNCTION alignment_rebuild() RETURNS void
    LANGUAGE sql SET search_path FROM CURRENT AS $$
    SELECT alignment_rebuild_verdicts_and_rules();
    LOCK TABLE alignment_untouched_tally, alignment_untouched_delta IN EXCLUSIVE MODE;
    DELETE FROM alignment_untouched_delta;
    DELETE FROM alignment_untouched_tally;
    INSERT INTO alignment_untouched_tally
    SELECT (opened_at AT TIME ZONE 'UTC')::date, segment, coalesce(definition_version, 0), count(*)
    FROM handoff
    WHERE state = 'OPEN' AND first_touch_at IS NULL
    GROUP BY 1, 2, 3;
$$;

SELECT alignment_rebuild();

-- The report's open untouched hand-offs of the UTC days first_day..last_day, optionally of one segment and one
-- definition version, per version (0: none): the tally and the deltas not yet compacted.
CREATE FUNCTION alignment_untouched(first_day date, last_day date, only_segment varchar, only_version integer)
    RETURNS TABLE (definition_version integer, handoffs bigint)
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT u.definition_version, sum(u.handoffs)::bigint
    FROM (SELECT * FROM alignment_untouched_tally UNION ALL SELECT * FROM alignment_untouched_delta) u
    WHERE u.opened_on BETWEEN first_day AND last_day
      AND (only_segment IS NULL OR u.segment = only_segment)
      AND (only_version IS NULL OR u.definition_version = only_version)
    GROUP BY 1
$$;
