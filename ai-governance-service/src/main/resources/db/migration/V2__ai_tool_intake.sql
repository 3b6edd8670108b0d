-- The intake questionnaire: the questions answered "yes" and the risk tier derived from them (null until answered)
ALTER TABLE ai_tool ADD COLUMN intake_yes jsonb;
ALTER TABLE ai_tool ADD COLUMN risk_tier varchar(16);
ALTER TABLE ai_tool ADD CONSTRAINT ai_tool_risk_tier_check
    CHECK (risk_tier IN ('MINIMAL', 'LIMITED', 'HIGH', 'PROHIBITED'));
ALTER TABLE ai_tool ADD CONSTRAINT ai_tool_intake_tier_together
    CHECK ((intake_yes IS NULL) = (risk_tier IS NULL));
