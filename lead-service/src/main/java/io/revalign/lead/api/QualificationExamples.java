package io.revalign.lead.api;

/** OpenAPI examples of the qualification and life-cycle operations. */
final class QualificationExamples {

    static final String DEFINITION_REQUEST =
            """
            {"name": "Enterprise fit + intent, Q1", "description": "Agreed in the Q1 revenue review",
             "fitRules": [
               {"name": "Enterprise size", "condition": {"attribute": "companySize", "operator": "RANGE", "min": 500},
                "points": 25},
               {"name": "Decision maker", "condition": {"attribute": "authority", "operator": "EQUALS",
                "values": ["DECISION_MAKER"]}, "points": 20},
               {"name": "Target industry", "condition": {"attribute": "industry", "operator": "IN",
                "values": ["Logistics", "Manufacturing"]}, "points": 10}],
             "engagementRules": [
               {"name": "Demo requests", "activityType": "DEMO_REQUEST", "points": 30, "windowDays": 90,
                "halfLifeDays": 30, "maxPoints": 40},
               {"name": "Pricing views", "activityType": "PRICING_VIEW", "points": 5, "windowDays": 30,
                "maxPoints": 15}],
             "gates": [
               {"name": "Budget planned or confirmed", "condition": {"attribute": "budget", "operator": "IN",
                "values": ["PLANNED", "CONFIRMED"]}}],
             "mqlThreshold": 60}""";

    static final String DEFINITION =
            """
            {"id": "0193a0d0-0000-7000-8000-000000000001", "version": 3, "name": "Enterprise fit + intent, Q1",
             "description": "Agreed in the Q1 revenue review", "status": "AGREED", "revision": 2,
             "fitRules": [{"name": "Enterprise size", "condition": {"attribute": "companySize", "operator": "RANGE",
               "values": [], "min": 500, "max": null}, "points": 25}],
             "engagementRules": [{"name": "Demo requests", "activityType": "DEMO_REQUEST", "points": 30,
               "windowDays": 90, "halfLifeDays": 30.0, "maxPoints": 40}],
             "gates": [{"name": "Budget planned or confirmed", "condition": {"attribute": "budget", "operator": "IN",
               "values": ["PLANNED", "CONFIRMED"], "min": null, "max": null}}],
             "mqlThreshold": 60,
             "approvals": [
               {"approver": "mia@revalign.example", "role": "marketing-leader", "at": "2026-12-01T09:00:00Z",
                "comment": "Matches our ICP"},
               {"approver": "sam@revalign.example", "role": "sales-leader", "at": "2026-12-01T10:30:00Z",
                "comment": "Backtest acceptance 71% vs 48%"}],
             "history": [
               {"step": "CREATED", "fromStatus": null, "toStatus": "DRAFT", "revision": 1,
                "actor": "mia@revalign.example", "role": null, "comment": null, "at": "2026-11-28T15:00:00Z"},
               {"step": "SUBMITTED", "fromStatus": "DRAFT", "toStatus": "IN_REVIEW", "revision": 2,
                "actor": "mia@revalign.example", "role": null, "comment": "ready", "at": "2026-11-30T08:00:00Z"}],
             "createdBy": "mia@revalign.example", "createdAt": "2026-11-28T15:00:00Z",
             "updatedAt": "2026-12-01T10:30:00Z", "activatedAt": null}""";

    static final String DEFINITION_PAGE = "{\"items\": [" + DEFINITION + "], \"next\": null}";

    static final String INVALID_DEFINITION =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "2 fields are invalid", "instance": "/api/qualification/definitions",
             "errors": [{"field": "fitRules[0].condition.attribute",
                         "message": "unknown attribute revenue; one of [authority, budget, company, companySize, country, industry, need, source, timeline, title] or attributes.<key>"},
                        {"field": "engagementRules[0].halfLifeDays",
                         "message": "must be positive and at most 3650 days (leave it out for no decay)"}]}""";

    static final String FROZEN =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "a version that is ACTIVE cannot be edited; create a new version instead",
             "instance": "/api/qualification/definitions/0193a0d0-0000-7000-8000-000000000001"}""";

    static final String SIGN_OFF = "{\"comment\": \"Backtest acceptance 71% vs 48%; agreed\"}";

    static final String SIGN_TWICE =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "mia@revalign.example already approved this version; one person signs once, even holding both leader roles",
             "instance": "/api/qualification/definitions/0193a0d0-0000-7000-8000-000000000001/approvals"}""";

    static final String NOT_A_LEADER =
            """
            {"type": "urn:revalign:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "only a marketing-leader or a sales-leader can sign off",
             "instance": "/api/qualification/definitions/0193a0d0-0000-7000-8000-000000000001/approvals"}""";

    static final String JOB =
            """
            {"id": "0193a0d1-0000-7000-8000-000000000002", "kind": "RESCORE", "state": "RUNNING",
             "definitionId": "0193a0d0-0000-7000-8000-000000000001", "baselineId": null, "total": 1000000,
             "done": 420000, "leadsPerSecond": 21000.0, "etaSeconds": 28, "createdBy": "sam@revalign.example",
             "createdAt": "2026-12-01T10:31:00Z", "finishedAt": null, "backtest": null}""";

    static final String BACKTEST_JOB =
            """
            {"id": "0193a0d1-0000-7000-8000-000000000003", "kind": "BACKTEST", "state": "SUCCEEDED",
             "definitionId": "0193a0d0-0000-7000-8000-000000000001",
             "baselineId": "0193a0d0-0000-7000-8000-0000000000aa", "total": 5200, "done": 5200,
             "leadsPerSecond": 26000.0, "etaSeconds": 0, "createdBy": "mia@revalign.example",
             "createdAt": "2026-11-30T08:05:00Z", "finishedAt": "2026-11-30T08:05:01Z",
             "backtest": {
               "candidate": {"definitionId": "0193a0d0-0000-7000-8000-000000000001", "version": 3,
                 "metrics": {"population": 5200, "mqlVolume": 830, "acceptanceRate": 0.71, "winRate": 0.34,
                             "precision": 0.21, "recall": 0.62}},
               "baseline": {"definitionId": "0193a0d0-0000-7000-8000-0000000000aa", "version": 2,
                 "metrics": {"population": 5200, "mqlVolume": 1460, "acceptanceRate": 0.48, "winRate": 0.22,
                             "precision": 0.12, "recall": 0.63}}}}""";

    static final String BACKTEST_REQUEST = "{\"industry\": \"Logistics\", \"createdFrom\": \"2026-01-01T00:00:00Z\"}";

    static final String ACTIVATED =
            """
            {"definition": {"id": "0193a0d0-0000-7000-8000-000000000001", "version": 3,
              "name": "Enterprise fit + intent, Q1", "description": null, "status": "ACTIVE", "revision": 2,
              "fitRules": [], "engagementRules": [{"name": "Demo requests", "activityType": "DEMO_REQUEST",
                "points": 30, "windowDays": 90, "halfLifeDays": 30.0, "maxPoints": 40}], "gates": [],
              "mqlThreshold": 60, "approvals": [], "history": [], "createdBy": "mia@revalign.example",
              "createdAt": "2026-11-28T15:00:00Z", "updatedAt": "2026-12-01T10:31:00Z",
              "activatedAt": "2026-12-01T10:31:00Z"},
             "job": """
                    + JOB + "}";

    static final String QUALIFICATION =
            """
            {"leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "lifecycleStage": "MQL",
             "definitionId": "0193a0d0-0000-7000-8000-000000000001", "definitionVersion": 3, "score": 72.5,
             "fitPoints": 45.0, "engagementPoints": 27.5, "threshold": 60, "verdict": "MQL",
             "rules": [
               {"kind": "FIT", "rule": "Enterprise size", "detail": "companySize in [500, +inf]", "points": 25.0},
               {"kind": "FIT", "rule": "Decision maker", "detail": "authority = DECISION_MAKER", "points": 20.0},
               {"kind": "ENGAGEMENT", "rule": "Demo requests",
                "detail": "1 × DEMO_REQUEST in 90 days, half-life 30.0 days", "points": 27.5}],
             "gates": [{"gate": "Budget planned or confirmed", "detail": "budget in [PLANNED, CONFIRMED]",
                        "passed": true}],
             "scoredAt": "2026-12-01T10:31:04Z"}""";

    static final String NOT_SCORED =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Lead 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e has not been scored yet: no qualification definition was active when it last changed. Activate one (it re-scores every lead) or wait for its re-scoring job.",
             "instance": "/api/leads/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e/qualification"}""";

    static final String TRANSITIONS =
            """
            [{"fromStage": "LEAD", "toStage": "MQL", "actor": "qualification",
              "reason": "qualification definition version 3: every gate passed and the score reached 60",
              "definitionVersion": 3, "at": "2026-12-01T10:31:04Z"}]""";

    static final String OUTCOME_BULK_REQUEST =
            """
            {"records": [
              {"source": "SALESFORCE", "externalId": "00Q5g00000AbCdE", "salesVerdict": "ACCEPTED", "dealOutcome": "WON"},
              {"leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "salesVerdict": "REJECTED"},
              {"source": "SALESFORCE", "externalId": "does-not-exist", "dealOutcome": "LOST"}]}""";

    static final String OUTCOME_BULK_RESPONSE =
            """
            {"results": [
              {"index": 0, "status": "CREATED", "id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90", "errors": []},
              {"index": 1, "status": "UPDATED", "id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "errors": []},
              {"index": 2, "status": "FAILED", "id": null,
               "errors": [{"field": "externalId", "message": "names no lead: import the lead first, then its outcome"}]}],
             "summary": {"created": 1, "updated": 1, "unchanged": 0, "failed": 1}}""";

    static final String OUTCOME_REQUEST = "{\"salesVerdict\": \"ACCEPTED\", \"dealOutcome\": \"WON\"}";

    static final String OUTCOME =
            """
            {"leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "salesVerdict": "ACCEPTED", "dealOutcome": "WON",
             "recordedBy": "crm-sync", "recordedAt": "2026-12-20T16:00:00Z"}""";

    static final String MAP_REQUEST =
            """
            {"name": "Life cycle with a nurture track", "description": "MQL needs a known country",
             "stages": [
               {"stage": "LEAD", "description": "A contact marketing works on"},
               {"stage": "MQL", "description": "Meets the active definition",
                "entryCriteria": [{"attribute": "country", "operator": "EXISTS"}]},
               {"stage": "SAL", "description": "Sales accepted the hand-off"},
               {"stage": "RECYCLED", "description": "Back to nurture"}],
             "transitions": [{"from": "LEAD", "to": "MQL"}, {"from": "MQL", "to": "SAL"},
                             {"from": "MQL", "to": "RECYCLED"}, {"from": "RECYCLED", "to": "MQL"}]}""";

    static final String MAP =
            """
            {"id": "0193a0d2-0000-7000-8000-000000000004", "version": 2, "name": "Life cycle with a nurture track",
             "description": "MQL needs a known country", "status": "DRAFT", "revision": 1,
             "stages": [{"stage": "LEAD", "description": "A contact marketing works on", "entryCriteria": []},
                        {"stage": "MQL", "description": "Meets the active definition",
                         "entryCriteria": [{"attribute": "country", "operator": "EXISTS", "values": [],
                                            "min": null, "max": null}]}],
             "transitions": [{"from": "LEAD", "to": "MQL"}],
             "approvals": [], "history": [{"step": "CREATED", "fromStatus": null, "toStatus": "DRAFT",
               "revision": 1, "actor": "mia@revalign.example", "role": null, "comment": null,
               "at": "2026-12-01T09:00:00Z"}],
             "createdBy": "mia@revalign.example", "createdAt": "2026-12-01T09:00:00Z",
             "updatedAt": "2026-12-01T09:00:00Z", "activatedAt": null}""";

    static final String MAP_PAGE = "{\"items\": [" + MAP + "], \"next\": null}";

    private QualificationExamples() {}
}
