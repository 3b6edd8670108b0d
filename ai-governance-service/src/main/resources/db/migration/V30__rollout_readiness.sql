-- The AI-literacy gate: a pilot or rollout request names the seller roles whose profiles it raises and the
-- level its skills are required at; it snapshots the readiness threshold of its policy cell (null: none),
-- and records the readiness measured when it was approved.
ALTER TABLE decision ADD COLUMN seller_roles jsonb NOT NULL DEFAULT '[]';
ALTER TABLE decision ADD COLUMN required_level integer NOT NULL DEFAULT 2;
ALTER TABLE decision ADD COLUMN readiness_threshold double precision;
ALTER TABLE decision ADD COLUMN readiness_measured double precision;
ALTER TABLE decision ADD CONSTRAINT decision_required_level_range CHECK (required_level BETWEEN 1 AND 4);
ALTER TABLE decision ADD CONSTRAINT decision_readiness_threshold_range CHECK (readiness_threshold BETWEEN 0 AND 1);
