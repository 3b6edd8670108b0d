-- The goals a tool serves (ids of strategic_goal) and when its last decision was made (periodic review)
ALTER TABLE ai_tool ADD COLUMN goal_ids jsonb NOT NULL DEFAULT '[]';
ALTER TABLE ai_tool ADD COLUMN last_reviewed_at timestamptz;
CREATE INDEX ai_tool_goal_ids ON ai_tool USING gin (goal_ids);
