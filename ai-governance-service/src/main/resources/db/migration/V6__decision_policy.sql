-- Versions of the decision-rights policy (never updated; a new version supersedes): cells of (decision type, tool category or null for
-- "every other category") with each role's RACI letter. The highest version is in force.
CREATE TABLE decision_policy (
    id          uuid PRIMARY KEY,
    version     int           NOT NULL UNIQUE CHECK (version > 0),
    note        varchar(1000),
    cells       jsonb         NOT NULL,
    created_by  varchar(255)  NOT NULL,
    created_at  timestamptz   NOT NULL
);

-- The default policy: sales leadership is accountable for sales-facing tools, revops is
-- responsible, it, security and legal are consulted, sales and enablement informed. Content
-- generation is marketing's (marketing-leader accountable, sales-leader consulted); OTHER is IT's.
INSERT INTO decision_policy (id, version, note, cells, created_by, created_at)
SELECT '01938000-0000-7000-8000-000000000001', 1,
       'Default: sales-leader accountable for sales-facing tools; it, security and legal consulted',
       jsonb_agg(cell ORDER BY ord),
       'migration V6', now()
FROM (
    SELECT t.ord * 10 + c.ord AS ord,
           jsonb_build_object('decisionType', t.type, 'toolCategory', c.category, 'raci', c.raci) AS cell
    FROM (VALUES (1, 'SELECT_TOOL'), (2, 'APPROVE_PILOT'), (3, 'APPROVE_ROLLOUT'), (4, 'RETIRE_TOOL')) AS t (ord, type)
    CROSS JOIN (VALUES
        (1, NULL, '{"sales-leader": "A", "revops": "R", "it": "C", "security": "C", "legal": "C", "sales": "I", "enablement": "I"}'::jsonb),
        (2, 'CONTENT_GENERATION', '{"marketing-leader": "A", "marketing": "R", "sales-leader": "C", "it": "C", "security": "C", "legal": "C", "enablement": "I"}'::jsonb),
        (3, 'OTHER', '{"it": "A", "revops": "R", "security": "C", "legal": "C", "sales-leader": "I"}'::jsonb)
    ) AS c (ord, category, raci)
) AS cells;
