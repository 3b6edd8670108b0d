-- Scoring tallies each lead's recent activities by type: with the type in the (lead, time) index, a
-- re-scoring batch reads them from the index alone (an index-only scan) instead of visiting one heap page
-- per activity. Same key as before (V3), so listing a lead's activities uses it as it did.
DROP INDEX activity_lead_occurred_idx;
CREATE INDEX activity_lead_occurred_idx ON activity (lead_id, occurred_at DESC, id DESC) INCLUDE (type);
