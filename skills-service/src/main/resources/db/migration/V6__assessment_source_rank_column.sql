-- The source rank as a stored column, so the asOf lookups read the history index alone (an index-only scan
-- cannot evaluate source_rank(source) from an expression index).
ALTER TABLE assessment ADD COLUMN source_rank smallint GENERATED ALWAYS AS (source_rank(source)) STORED;
DROP INDEX assessment_history_idx;
CREATE INDEX assessment_history_idx ON assessment (seller_id, skill_id, source_rank DESC, assessed_at DESC)
    INCLUDE (level) WHERE status = 'CONFIRMED';
