-- A qualification stores its scorecard (which fit rules fired, each engagement rule's count and points,
-- which gates passed; arrays in rule order) instead of the explanation's text: the definition is frozen
-- once agreed, so the scorecard and the definition's rules give back the explanation exactly, and
-- re-scoring a million leads writes a few numbers per lead instead of half a kilobyte of JSON each.
-- Rows scored before V11 keep their JSON explanation until they are scored again.
ALTER TABLE lead_qualification
    ALTER COLUMN explanation DROP NOT NULL,
    ADD COLUMN fit_hits          boolean[],
    ADD COLUMN engagement_counts integer[],
    ADD COLUMN engagement_rule_points double precision[],
    ADD COLUMN gates_passed      boolean[],
    ADD CONSTRAINT lead_qualification_explained
        CHECK (explanation IS NOT NULL OR (fit_hits IS NOT NULL AND engagement_counts IS NOT NULL
               AND engagement_rule_points IS NOT NULL AND gates_passed IS NOT NULL));
