-- Seeds bench leads :first..:last (psql variables) with their stage histories, qualifications, hand-offs
-- and the funnel's and the alignment report's tallies straight into the lead schema, set-based. Run by
-- bench/reports/run as a superuser
-- session with session_replication_role = replica: no trigger fires for these rows (not the reports',
-- not the foreign keys'), so the tallies are written here from the same histories, with the same SQL
-- functions the triggers use (run checks them against funnel_rebuild() and alignment_rebuild() at the first size).
--
-- Every figure of a lead is a pure function of its number g (hashes, no random()), so the stage history
-- written to the staging table and the lead row written after it agree.
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';

-- Uniform [0, 1) number k of lead g.
CREATE OR REPLACE FUNCTION pg_temp.u(g bigint, k integer) RETURNS float8 LANGUAGE sql IMMUTABLE AS
$$ SELECT (hashint8extended(g, k) & 16777215)::float8 / 16777216 $$;
-- An exponentially distributed duration with the given mean in hours.
CREATE OR REPLACE FUNCTION pg_temp.hours(g bigint, k integer, mean float8) RETURNS interval LANGUAGE sql IMMUTABLE AS
$$ SELECT interval '1 second' * (-ln(1 - pg_temp.u(g, k)) * mean * 3600) $$;
-- The rules that fired on lead g's qualification: two fit rules and two engagement rules, each on part of the leads.
CREATE OR REPLACE FUNCTION pg_temp.fit_rules(g bigint) RETURNS text[] LANGUAGE sql IMMUTABLE AS
$$ SELECT array_remove(ARRAY[CASE WHEN pg_temp.u(g, 20) < 0.6 THEN 'Decision maker' END,
                             CASE WHEN pg_temp.u(g, 21) < 0.7 THEN 'Target industry' END], NULL) $$;
CREATE OR REPLACE FUNCTION pg_temp.engagement_rules(g bigint) RETURNS text[] LANGUAGE sql IMMUTABLE AS
$$ SELECT array_remove(ARRAY[CASE WHEN pg_temp.u(g, 22) < 0.5 THEN 'Pricing page views' END,
                             CASE WHEN pg_temp.u(g, 23) < 0.3 THEN 'Webinar attended' END], NULL) $$;
-- Bench lead ids: recognisable, and increasing with g so that inserts append to the indexes.
CREATE OR REPLACE FUNCTION pg_temp.lead_id(g bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
$$ SELECT ('bbbbbbbb-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid $$;
CREATE OR REPLACE FUNCTION pg_temp.handoff_id(g bigint, seq integer) RETURNS uuid LANGUAGE sql IMMUTABLE AS
$$ SELECT ('dddddddd-0000-4000-8000-' || lpad(to_hex(g * 8 + seq), 12, '0'))::uuid $$;
CREATE OR REPLACE FUNCTION pg_temp.transition_id(g bigint, seq integer) RETURNS uuid LANGUAGE sql IMMUTABLE AS
$$ SELECT ('cccccccc-0000-4000-8000-' || lpad(to_hex(g * 8 + seq), 12, '0'))::uuid $$;
-- Created within the two years before the run; one in ten starts as SUBSCRIBER; a company size or none.
CREATE OR REPLACE FUNCTION pg_temp.created(g bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
$$ SELECT timestamptz '2026-12-04 00:00:00+00' - pg_temp.u(g, 0) * interval '730 days' $$;
CREATE OR REPLACE FUNCTION pg_temp.subscriber(g bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS
$$ SELECT pg_temp.u(g, 1) < 0.1 $$;
CREATE OR REPLACE FUNCTION pg_temp.company_size(g bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN pg_temp.u(g, 2) < 0.05 THEN NULL ELSE floor(pg_temp.u(g, 2) * pg_temp.u(g, 2) * 5000)::integer END $$;

CREATE UNLOGGED TABLE IF NOT EXISTS public.reports_bench_step (
    g bigint, seq integer, from_stage varchar(32), to_stage varchar(32), at timestamptz);
TRUNCATE public.reports_bench_step;

-- The path: SUBSCRIBER → LEAD (a week); LEAD → MQL (40%) or DISQUALIFIED (10%) after two weeks on average;
-- MQL → SAL (60%), RECYCLED (20%) or DISQUALIFIED (10%) after 20 h, RECYCLED → MQL (30%) after a month; SAL → SQL (50%) or
-- DISQUALIFIED (10%) after 5 days; SQL → OPPORTUNITY (60%) after 10 days; OPPORTUNITY → CUSTOMER (30%)
-- after a month. Steps not reached by the run's day have not happened.
WITH d AS MATERIALIZED (
    SELECT g, pg_temp.subscriber(g) AS sub,
           CASE WHEN pg_temp.u(g, 3) < 0.4 THEN 'MQL' WHEN pg_temp.u(g, 3) < 0.5 THEN 'DISQUALIFIED' END AS lead_exit,
           CASE WHEN pg_temp.u(g, 5) < 0.6 THEN 'SAL' WHEN pg_temp.u(g, 5) < 0.8 THEN 'RECYCLED'
                WHEN pg_temp.u(g, 5) < 0.9 THEN 'DISQUALIFIED' END AS mql_exit,
           pg_temp.u(g, 7) < 0.3 AS back,
           CASE WHEN pg_temp.u(g, 9) < 0.5 THEN 'SQL' WHEN pg_temp.u(g, 9) < 0.6 THEN 'DISQUALIFIED' END AS sal_exit,
           pg_temp.u(g, 11) < 0.6 AS sql_on,
           pg_temp.u(g, 13) < 0.3 AS won,
           pg_temp.created(g) + CASE WHEN pg_temp.subscriber(g) THEN pg_temp.hours(g, 15, 168) ELSE interval '0' END AS t0,
           pg_temp.hours(g, 4, 336) AS d1, pg_temp.hours(g, 6, 20) AS d2, pg_temp.hours(g, 8, 720) AS d2r,
           pg_temp.hours(g, 10, 120) AS d3, pg_temp.hours(g, 12, 240) AS d4, pg_temp.hours(g, 14, 720) AS d5
    FROM generate_series(:first::bigint, :last::bigint) g
), p AS MATERIALIZED (
    SELECT g, sub, lead_exit, mql_exit, back, sal_exit, sql_on, won, t0, t0 + d1 AS t1, t0 + d1 + d2 AS t2,
           t0 + d1 + d2 + d2r AS t2r, t0 + d1 + d2 + d3 AS t3, t0 + d1 + d2 + d3 + d4 AS t4,
           t0 + d1 + d2 + d3 + d4 + d5 AS t5
    FROM d
)
INSERT INTO public.reports_bench_step (g, seq, from_stage, to_stage, at)
SELECT p.g, s.seq, s.from_stage, s.to_stage, s.at
FROM p
CROSS JOIN LATERAL (VALUES
    (0, 'SUBSCRIBER', 'LEAD', p.t0, p.sub),
    (1, 'LEAD', p.lead_exit, p.t1, p.lead_exit IS NOT NULL),
    (2, 'MQL', p.mql_exit, p.t2, p.lead_exit = 'MQL' AND p.mql_exit IS NOT NULL),
    (3, 'RECYCLED', 'MQL', p.t2r, p.lead_exit = 'MQL' AND p.mql_exit = 'RECYCLED' AND p.back),
    (3, 'SAL', p.sal_exit, p.t3, p.lead_exit = 'MQL' AND p.mql_exit = 'SAL' AND p.sal_exit IS NOT NULL),
    (4, 'SQL', 'OPPORTUNITY', p.t4, p.lead_exit = 'MQL' AND p.mql_exit = 'SAL' AND p.sal_exit = 'SQL' AND p.sql_on),
    (5, 'OPPORTUNITY', 'CUSTOMER', p.t5,
        p.lead_exit = 'MQL' AND p.mql_exit = 'SAL' AND p.sal_exit = 'SQL' AND p.sql_on AND p.won)
) s(seq, from_stage, to_stage, at, happens)
WHERE s.happens AND s.at < timestamptz '2026-12-04 00:00:00+00';
CREATE INDEX IF NOT EXISTS reports_bench_step_g_idx ON public.reports_bench_step (g, seq);
ANALYZE public.reports_bench_step;

INSERT INTO lead.lead (id, email, company, industry, company_size, country, source, budget, authority, need,
                       timeline, attributes, lifecycle_stage, created_at, updated_at, version)
SELECT pg_temp.lead_id(g), 'rb' || g || '@reports-bench.invalid', 'Bench Co ' || (g % 50000),
       (ARRAY['Logistics','Manufacturing','Retail','Software','Finance'])[1 + g % 5], pg_temp.company_size(g),
       (ARRAY['DE','US','FR','GB'])[1 + g % 4], 'IMPORT', 'PLANNED', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN', '{}',
       coalesce(last.to_stage, CASE WHEN pg_temp.subscriber(g) THEN 'SUBSCRIBER' ELSE 'LEAD' END),
       pg_temp.created(g), coalesce(last.at, pg_temp.created(g)), 0
FROM generate_series(:first::bigint, :last::bigint) g
LEFT JOIN (
    SELECT DISTINCT ON (s.g) s.g AS lead_number, s.to_stage, s.at
    FROM public.reports_bench_step s
    ORDER BY s.g, s.seq DESC
) last ON last.lead_number = g;

INSERT INTO lead.lead_transition (id, lead_id, from_stage, to_stage, actor, reason, definition_version, at)
SELECT pg_temp.transition_id(g, seq), pg_temp.lead_id(g), from_stage, to_stage,
       CASE WHEN to_stage = 'MQL' THEN 'qualification' ELSE 'sales@reports-bench.invalid' END,
       'reports bench', CASE WHEN to_stage = 'MQL' THEN 1 END, at
FROM public.reports_bench_step;

-- A hand-off for every entry into MQL, answered by the stage the lead left MQL for: SAL accepted; DISQUALIFIED
-- rejected with a disqualifying reason; RECYCLED rejected (NO_BUDGET, BAD_TIMING) or recycled, half each;
-- still in MQL: open. First touch an hour to two days after opening; due by the segment's SLA. An answered one
-- keeps the rules of the lead's qualification (below), as the trigger handoff_judged would.
INSERT INTO lead.handoff (id, lead_id, state, pulled, segment, marketing_verdict, definition_version, opened_at,
                          due_at, first_touch_at, acted_at, actor, reason_code, comment, version,
                          judged_fit_rules, judged_engagement_rules)
SELECT pg_temp.handoff_id(o.g, o.seq), pg_temp.lead_id(o.g), h.state, false, o.segment, 'MQL', 1, o.at,
       o.at + make_interval(hours => CASE o.segment WHEN 'ENTERPRISE' THEN 4 WHEN 'MID_MARKET' THEN 8 ELSE 24 END),
       CASE WHEN c.at IS NOT NULL OR pg_temp.u(o.g, 17) < 0.5
            THEN least(coalesce(c.at, 'infinity'), o.at + pg_temp.hours(o.g, 18, 12)) END,
       c.at, CASE WHEN c.at IS NOT NULL THEN 'sales@reports-bench.invalid' END,
       CASE WHEN h.state = 'REJECTED' AND c.to_stage = 'DISQUALIFIED'
                THEN (ARRAY['WRONG_PERSONA', 'EXISTING_CUSTOMER', 'COMPETITOR', 'DUPLICATE'])[1 + o.g % 4]
            WHEN h.state = 'REJECTED' THEN (ARRAY['NO_BUDGET', 'BAD_TIMING'])[1 + o.g % 2] END,
       NULL, 0,
       CASE WHEN h.state <> 'OPEN' THEN pg_temp.fit_rules(o.g) END,
       CASE WHEN h.state <> 'OPEN' THEN pg_temp.engagement_rules(o.g) END
FROM (
    SELECT s.g, s.seq, s.at, lead.lead_segment(pg_temp.company_size(s.g)) AS segment
    FROM public.reports_bench_step s WHERE s.to_stage = 'MQL'
) o
LEFT JOIN public.reports_bench_step c ON c.g = o.g AND c.seq = o.seq + 1 AND c.from_stage = 'MQL'
CROSS JOIN LATERAL (
    SELECT CASE WHEN c.to_stage IS NULL THEN 'OPEN' WHEN c.to_stage = 'SAL' THEN 'ACCEPTED'
                WHEN c.to_stage = 'DISQUALIFIED' OR pg_temp.u(o.g, 16) < 0.5 THEN 'REJECTED'
                ELSE 'RECYCLED' END AS state
) h;

-- Marketing's verdict under definition version 1: MQL for the leads that reached MQL, else below threshold;
-- the explanation lists the rules that fired.
INSERT INTO lead.lead_qualification (lead_id, definition_id, definition_version, score, fit_points,
                                     engagement_points, verdict, explanation, scored_at)
SELECT pg_temp.lead_id(g), '00000000-0000-4000-8000-00000000be01', 1,
       CASE WHEN m.g IS NULL THEN 30 ELSE 75 END, 20, 10, CASE WHEN m.g IS NULL THEN 'BELOW_THRESHOLD' ELSE 'MQL' END,
       jsonb_build_object('rules',
           (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', r.kind, 'rule', r.rule)), '[]')
            FROM (SELECT 'FIT', unnest(pg_temp.fit_rules(g)) UNION ALL
                  SELECT 'ENGAGEMENT', unnest(pg_temp.engagement_rules(g))) AS r(kind, rule))),
       pg_temp.created(g)
FROM generate_series(:first::bigint, :last::bigint) g
LEFT JOIN (SELECT DISTINCT s.g FROM public.reports_bench_step s WHERE s.to_stage = 'MQL') m USING (g);

-- The funnel rows and tallies the triggers would have written.
INSERT INTO lead.funnel_lead (lead_id, cohort_month, segment, entered_at, first_stage, stage, stage_entered_at)
SELECT l.id, lead.funnel_cohort(l.created_at), lead.lead_segment(l.company_size), l.created_at,
       CASE WHEN pg_temp.subscriber(g) THEN 'SUBSCRIBER' ELSE 'LEAD' END, l.lifecycle_stage, l.updated_at
FROM generate_series(:first::bigint, :last::bigint) g
JOIN lead.lead l ON l.id = pg_temp.lead_id(g);

INSERT INTO lead.funnel_entry_delta (cohort_month, segment, stage, stays)
SELECT f.cohort_month, f.segment, e.stage, count(*)
FROM (
    SELECT pg_temp.lead_id(g) AS lead_id, CASE WHEN pg_temp.subscriber(g) THEN 'SUBSCRIBER' ELSE 'LEAD' END AS stage
    FROM generate_series(:first::bigint, :last::bigint) g
    UNION ALL
    SELECT pg_temp.lead_id(g), to_stage FROM public.reports_bench_step
) e
JOIN lead.funnel_lead f ON f.lead_id = e.lead_id
GROUP BY 1, 2, 3;

INSERT INTO lead.funnel_exit_delta (cohort_month, segment, stage, next_stage, hours, stays)
SELECT f.cohort_month, f.segment, x.from_stage, x.to_stage, lead.funnel_hours(x.began, x.at), count(*)
FROM (
    SELECT g, from_stage, to_stage, at,
           coalesce(lag(at) OVER (PARTITION BY g ORDER BY at, seq), pg_temp.created(g)) AS began
    FROM public.reports_bench_step
) x
JOIN lead.funnel_lead f ON f.lead_id = pg_temp.lead_id(x.g)
GROUP BY 1, 2, 3, 4, 5;

SELECT lead.funnel_compact();

-- The alignment tallies the triggers would have written, from this chunk's hand-offs.
INSERT INTO lead.alignment_handoff_delta
SELECT d.opened_on, d.segment, d.definition_version, d.state, d.pulled, d.marketing_verdict, d.reason_code,
       d.touched_late, d.judged, sum(d.handoffs)
FROM lead.handoff h CROSS JOIN LATERAL lead.alignment_handoff_delta_of(h, 1) d
WHERE h.lead_id BETWEEN pg_temp.lead_id(:first) AND pg_temp.lead_id(:last)
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
INSERT INTO lead.alignment_rule_delta
SELECT d.opened_on, d.segment, d.definition_version, d.said_no, d.kind, d.rule, sum(d.hits)
FROM lead.handoff h CROSS JOIN LATERAL lead.alignment_rule_deltas_of(h, 1) d
WHERE h.lead_id BETWEEN pg_temp.lead_id(:first) AND pg_temp.lead_id(:last)
GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO lead.alignment_untouched_delta
SELECT (h.opened_at AT TIME ZONE 'UTC')::date, h.segment, coalesce(h.definition_version, 0), count(*)
FROM lead.handoff h
WHERE h.lead_id BETWEEN pg_temp.lead_id(:first) AND pg_temp.lead_id(:last) AND h.state = 'OPEN' AND h.first_touch_at IS NULL
GROUP BY 1, 2, 3;
SELECT lead.alignment_compact();
TRUNCATE public.reports_bench_step;
