package io.revalign.governance.api;

/** OpenAPI examples of ai-governance-service requests, responses and its own problems. */
final class Examples {

    static final String AI_TOOL_REQUEST =
            """
            {"name": "Gong", "vendor": "Gong.io", "category": "CONVERSATION_INTELLIGENCE",
             "description": "Records and transcribes sales calls and flags deal risks.",
             "useCases": ["Call transcription", "Deal risk alerts"],
             "dataCategories": ["CUSTOMER_PERSONAL_DATA", "CONFIDENTIAL_BUSINESS_DATA"],
             "ownerRole": "sales-leader", "skillKeys": ["call-coaching", "ai-literacy"]}""";

    static final String AI_TOOL =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "name": "Gong", "vendor": "Gong.io",
             "category": "CONVERSATION_INTELLIGENCE",
             "description": "Records and transcribes sales calls and flags deal risks.",
             "useCases": ["Call transcription", "Deal risk alerts"],
             "dataCategories": ["CUSTOMER_PERSONAL_DATA", "CONFIDENTIAL_BUSINESS_DATA"],
             "ownerRole": "sales-leader", "skillKeys": ["call-coaching", "ai-literacy"], "goalIds": [], "status": "PROPOSED", "lastReviewedAt": null,
             "riskTier": null, "riskReasons": [],
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-20T09:30:00Z"}""";

    static final String INTAKE =
            """
            {"manipulatesBehaviour": false, "socialScoring": false, "emotionRecognitionAtWork": false,
             "employmentDecisions": false, "creditworthiness": false, "biometricIdentification": false,
             "interactsWithPeople": true, "generatesContent": true}""";

    static final String AI_TOOL_ASSESSED =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "name": "Gong", "vendor": "Gong.io",
             "category": "CONVERSATION_INTELLIGENCE",
             "description": "Records and transcribes sales calls and flags deal risks.",
             "useCases": ["Call transcription", "Deal risk alerts"],
             "dataCategories": ["CUSTOMER_PERSONAL_DATA", "CONFIDENTIAL_BUSINESS_DATA"],
             "ownerRole": "sales-leader", "skillKeys": ["call-coaching", "ai-literacy"], "goalIds": [], "status": "PROPOSED", "lastReviewedAt": null,
             "riskTier": "LIMITED",
             "riskReasons": ["The tool talks or writes to people who must be told it is an AI (Art. 50(1))",
                             "The tool generates or alters text, audio, images or video that must be marked (Art. 50(2))"],
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-21T10:00:00Z"}""";

    static final String INVALID_INTAKE =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/ai-tools/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e/intake",
             "errors": [{"field": "socialScoring", "message": "must not be null"}]}""";

    static final String AI_TOOL_PAGE = "{\"items\": [" + AI_TOOL + "], \"next\": \"AZOgxHwef2qdPitPWmx9jg\"}";

    static final String INVALID_AI_TOOL =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "2 fields are invalid", "instance": "/api/ai-tools",
             "errors": [{"field": "name", "message": "must not be blank"},
                        {"field": "skillKeys[0]", "message": "must be a skill key such as call-coaching"}]}""";

    static final String DUPLICATE_AI_TOOL =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "AI tool 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e is already registered as Gong by Gong.io",
             "instance": "/api/ai-tools"}""";

    static final String UNKNOWN_AI_TOOL =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "AI tool 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/ai-tools/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String GOAL_REQUEST =
            """
            {"title": "Raise win rate on AI-assisted deals", "metric": "win rate", "target": "+15%",
             "period": "2027-H1", "ownerRole": "sales-leader"}""";

    static final String GOAL =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90", "title": "Raise win rate on AI-assisted deals",
             "metric": "win rate", "target": "+15%", "period": "2027-H1", "ownerRole": "sales-leader",
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-20T09:30:00Z"}""";

    static final String GOAL_UPDATE =
            """
            {"title": "Raise win rate on AI-assisted deals", "metric": "win rate", "target": "+20%",
             "period": "2027-H2", "ownerRole": "sales-leader"}""";

    static final String GOAL_UPDATED =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90", "title": "Raise win rate on AI-assisted deals",
             "metric": "win rate", "target": "+20%", "period": "2027-H2", "ownerRole": "sales-leader",
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-12-01T14:05:00Z"}""";

    static final String GOAL_PAGE = "{\"items\": [" + GOAL + "], \"next\": null}";

    static final String INVALID_GOAL =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/goals",
             "errors": [{"field": "period", "message": "must be a year, half, quarter or month such as 2027, 2027-H1, 2027-Q3 or 2027-05"}]}""";

    static final String UNKNOWN_GOAL =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Goal 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90 does not exist",
             "instance": "/api/goals/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90"}""";

    static final String AI_TOOL_UPDATE_REQUEST =
            """
            {"name": "Gong", "vendor": "Gong.io", "category": "CONVERSATION_INTELLIGENCE",
             "description": "Records and transcribes sales calls, flags deal risks and drafts follow-ups.",
             "useCases": ["Call transcription", "Deal risk alerts", "Follow-up drafts"],
             "dataCategories": ["CUSTOMER_PERSONAL_DATA", "CONFIDENTIAL_BUSINESS_DATA"],
             "ownerRole": "sales-leader", "skillKeys": ["call-coaching", "ai-literacy"],
             "goalIds": ["0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90"]}""";

    static final String AI_TOOL_UPDATED =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "name": "Gong", "vendor": "Gong.io",
             "category": "CONVERSATION_INTELLIGENCE",
             "description": "Records and transcribes sales calls, flags deal risks and drafts follow-ups.",
             "useCases": ["Call transcription", "Deal risk alerts", "Follow-up drafts"],
             "dataCategories": ["CUSTOMER_PERSONAL_DATA", "CONFIDENTIAL_BUSINESS_DATA"],
             "ownerRole": "sales-leader", "skillKeys": ["call-coaching", "ai-literacy"],
             "goalIds": ["0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90"], "status": "PROPOSED", "lastReviewedAt": null,
             "riskTier": null, "riskReasons": [],
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-22T08:00:00Z"}""";

    static final String STATUS_CHANGE =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "The status of a tool changes only through decisions (POST /api/decisions): it is PROPOSED, not APPROVED",
             "instance": "/api/ai-tools/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String POLICY_REQUEST =
            """
            {"note": "Sales leadership decides sales-facing tools; marketing decides content tools",
             "cells": [
              {"decisionType": "SELECT_TOOL", "toolCategory": null,
               "raci": {"sales-leader": "A", "revops": "R", "it": "C", "security": "C", "legal": "C", "sales": "I"}},
              {"decisionType": "SELECT_TOOL", "toolCategory": "CONTENT_GENERATION",
               "raci": {"marketing-leader": "A", "marketing": "R", "sales-leader": "C", "legal": "C"}},
              {"decisionType": "APPROVE_PILOT", "toolCategory": null,
               "raci": {"sales-leader": "A", "revops": "R", "security": "C", "sales": "I"}},
              {"decisionType": "APPROVE_ROLLOUT", "toolCategory": null,
               "raci": {"sales-leader": "A", "revops": "R", "it": "C", "security": "C", "legal": "C", "enablement": "I"}},
              {"decisionType": "RETIRE_TOOL", "toolCategory": null,
               "raci": {"sales-leader": "A", "revops": "R", "it": "C", "sales": "I"}}]}""";

    static final String POLICY =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7da0", "version": 2,
             "note": "Sales leadership decides sales-facing tools; marketing decides content tools",
             "cells": [
              {"decisionType": "SELECT_TOOL", "toolCategory": null,
               "raci": {"it": "C", "legal": "C", "revops": "R", "sales": "I", "sales-leader": "A", "security": "C"}}],
             "createdBy": "ops@example.com", "createdAt": "2026-11-20T09:30:00Z"}""";

    static final String POLICY_PAGE = "{\"items\": [" + POLICY + "], \"next\": null}";

    static final String INVALID_POLICY =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/decision-rights",
             "errors": [{"field": "cells[0].raci",
                         "message": "cells[0].raci must name exactly one Accountable (A) role, not 2; cells[1].raci names the unknown role 'cfo'; roles are admin, enablement, integration, it, legal, marketing, marketing-leader, revops, sales, sales-leader, security, seller"}]}""";

    static final String UNKNOWN_POLICY =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Decision-rights policy version 7 does not exist", "instance": "/api/decision-rights/7"}""";

    static final String DECISION_REQUEST =
            """
            {"toolId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "decisionType": "SELECT_TOOL",
             "businessCase": "Reps lose 5 hours a week to call notes; Gong transcribes calls and flags risk.",
             "goalIds": ["0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90"],
             "scores": {"value": 4, "security": 3, "cost": 3}}""";

    static final String DECISION_OPEN =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0", "toolId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
             "decisionType": "SELECT_TOOL", "toolCategory": "CONVERSATION_INTELLIGENCE", "policyVersion": 1,
             "raci": {"enablement": "I", "it": "C", "legal": "C", "revops": "R", "sales": "I", "sales-leader": "A",
                      "security": "C"},
             "accountableRole": "sales-leader",
             "businessCase": "Reps lose 5 hours a week to call notes; Gong transcribes calls and flags risk.",
             "goalIds": ["0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90"], "scores": {"cost": 3, "security": 3, "value": 4},
             "requestedBy": "ops@example.com", "requestedAt": "2026-11-20T09:30:00Z",
             "inputsDueAt": "2026-11-25T09:30:00Z", "decisionDueAt": "2026-12-04T09:30:00Z",
             "status": "OPEN", "inputs": [], "pendingInputs": ["it", "legal", "security"],
             "outcome": null, "decidedBy": null, "decidedAt": null, "rationale": null, "overrideReason": null,
             "skippedInputs": [], "toolStatus": "PROPOSED"}""";

    static final String DECISION_DECIDED =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0", "toolId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
             "decisionType": "SELECT_TOOL", "toolCategory": "CONVERSATION_INTELLIGENCE", "policyVersion": 1,
             "raci": {"enablement": "I", "it": "C", "legal": "C", "revops": "R", "sales": "I", "sales-leader": "A",
                      "security": "C"},
             "accountableRole": "sales-leader",
             "businessCase": "Reps lose 5 hours a week to call notes; Gong transcribes calls and flags risk.",
             "goalIds": ["0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90"], "scores": {"cost": 3, "security": 3, "value": 4},
             "requestedBy": "ops@example.com", "requestedAt": "2026-11-20T09:30:00Z",
             "inputsDueAt": "2026-11-25T09:30:00Z", "decisionDueAt": "2026-12-04T09:30:00Z",
             "status": "DECIDED",
             "inputs": [{"role": "it", "stance": "SUPPORT", "comment": "SSO and SCIM supported",
                         "givenBy": "it@example.com", "givenAt": "2026-11-21T10:00:00Z"},
                        {"role": "security", "stance": "CONCERNS", "comment": "Needs a DPA before rollout",
                         "givenBy": "sec@example.com", "givenAt": "2026-11-21T11:00:00Z"}],
             "pendingInputs": ["legal"],
             "outcome": "APPROVED", "decidedBy": "cro@example.com", "decidedAt": "2026-11-26T09:00:00Z",
             "rationale": "Evaluate for one quarter", "overrideReason": "Legal reviews the DPA in the pilot",
             "skippedInputs": ["legal"], "toolStatus": "EVALUATING"}""";

    static final String DECISION_PAGE = "{\"items\": [" + DECISION_OPEN + "], \"next\": null}";

    static final String INPUT_REQUEST =
            """
            {"role": "security", "stance": "CONCERNS", "comment": "Needs a DPA before rollout"}""";

    static final String OUTCOME_REQUEST =
            """
            {"outcome": "APPROVED", "rationale": "Evaluate for one quarter",
             "overrideReason": "Legal reviews the DPA in the pilot"}""";

    static final String NOT_ACCOUNTABLE =
            """
            {"type": "urn:revalign:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "Only the Accountable role sales-leader may decide",
             "instance": "/api/decisions/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0/outcome"}""";

    static final String NOT_CONSULTED =
            """
            {"type": "urn:revalign:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "The role sales is Informed in this decision; only the Consulted roles (it, legal, security) give input",
             "instance": "/api/decisions/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0/inputs"}""";

    static final String INPUTS_MISSING =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Input from legal, security is missing; decide after it arrives or give an overrideReason",
             "instance": "/api/decisions/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0/outcome"}""";

    static final String READINESS_BELOW_THRESHOLD =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "The policy requires a readiness of at least 60.0% before approval; measured readiness is 41.7% (5 of 12 sellers at level 2 on ai-output-verification, prompt-engineering)",
             "instance": "/api/decisions/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0/outcome"}""";

    static final String READINESS_UNAVAILABLE =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "The policy requires a readiness of at least 60.0% before approval, and the readiness cannot be measured now: skills-service did not answer in time. Try again later, or decide REJECTED",
             "instance": "/api/decisions/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0/outcome"}""";

    static final String DECISION_READINESS =
            """
            {"decisionId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0", "decisionType": "APPROVE_ROLLOUT",
             "toolId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "toolName": "Gong", "skillKeys": ["ai-output-verification", "prompt-engineering"],
             "sellerRoles": ["AE"], "requiredLevel": 2, "readinessThreshold": 0.6, "available": true, "unavailableReason": null,
             "sellers": 12, "ready": 5, "shareReady": 0.4167, "meetsThreshold": false,
             "teams": [{"team": "emea-enterprise", "sellers": 8, "ready": 4, "shareReady": 0.5,
                        "skills": {"ai-output-verification": 6, "prompt-engineering": 4}},
                       {"team": "na-midmarket", "sellers": 4, "ready": 1, "shareReady": 0.25,
                        "skills": {"ai-output-verification": 2, "prompt-engineering": 1}}]}""";

    static final String DECISION_READINESS_UNAVAILABLE =
            """
            {"decisionId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0", "decisionType": "APPROVE_ROLLOUT",
             "toolId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "toolName": "Gong", "skillKeys": ["ai-output-verification", "prompt-engineering"],
             "sellerRoles": ["AE"], "requiredLevel": 2, "readinessThreshold": 0.6, "available": false,
             "unavailableReason": "skills-service did not answer in time", "sellers": 0, "ready": 0, "shareReady": null,
             "meetsThreshold": null, "teams": []}""";

    static final String ALREADY_DECIDED =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "The decision has been made; input from legal is too late",
             "instance": "/api/decisions/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0/inputs"}""";

    static final String WRONG_STATUS =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "A APPROVE_ROLLOUT decision needs a tool in [EVALUATING, PILOT]; this tool is PROPOSED",
             "instance": "/api/decisions"}""";

    static final String UNKNOWN_DECISION =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Decision 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0 does not exist",
             "instance": "/api/decisions/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0"}""";

    static final String AUDIT_PAGE =
            """
            {"items": [{"seq": 41, "at": "2026-11-26T09:00:00Z", "actor": "cro@example.com", "roles": ["sales-leader"],
              "action": "DECISION_MADE", "entityType": "DECISION", "entityId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0",
              "before": {"status": "OPEN"}, "after": {"status": "DECIDED", "outcome": "APPROVED"},
              "prevHash": "5f1c0b7e9a0e4c3d2b1a09f8e7d6c5b4a3928170f6e5d4c3b2a190817263544a",
              "hash": "9e8d7c6b5a4938271605f4e3d2c1b0a99887766554433221100ffeeddccbbaa9"}],
             "next": "AAAAAAAAAAAAAAAAAAAAKQ"}""";

    static final String AUDIT_INTACT =
            """
            {"entries": 100000, "intact": true, "firstBrokenSeq": null, "problem": null,
             "headHash": "9e8d7c6b5a4938271605f4e3d2c1b0a99887766554433221100ffeeddccbbaa9", "unsealed": 0,
             "verifiedAt": "2026-11-26T09:00:01Z", "durationMs": 812}""";

    static final String AUDIT_BROKEN =
            """
            {"entries": 1204, "intact": false, "firstBrokenSeq": 17,
             "problem": "entry 17 was changed after it was written: its content does not match its hash",
             "headHash": "9e8d7c6b5a4938271605f4e3d2c1b0a99887766554433221100ffeeddccbbaa9", "unsealed": 2,
             "verifiedAt": "2026-11-26T09:00:01Z", "durationMs": 35}""";

    static final String SALES_LEADERSHIP =
            """
            {"from": "2026-01-01T00:00:00Z", "to": "2027-01-01T00:00:00Z", "role": "sales-leader",
             "decisions": {"total": 40,
               "accountable": {"count": 30, "share": 0.75}, "responsible": {"count": 0, "share": 0.0},
               "consulted": {"count": 6, "share": 0.15}, "informed": {"count": 2, "share": 0.05},
               "inputOrInformed": {"count": 8, "share": 0.2}, "none": {"count": 2, "share": 0.05}},
             "policy": {"total": 32,
               "accountable": {"count": 24, "share": 0.75}, "responsible": {"count": 0, "share": 0.0},
               "consulted": {"count": 4, "share": 0.125}, "informed": {"count": 4, "share": 0.125},
               "inputOrInformed": {"count": 8, "share": 0.25}, "none": {"count": 0, "share": 0.0}},
             "benchmark": {"accountable": 0.23, "inputOrInformed": 0.68}}""";

    static final String DECISION_PRACTICE =
            """
            {"from": null, "to": null, "requested": 40, "decided": 35, "open": 5, "overridden": 3,
             "decidedPastDue": 4, "openPastDue": 1, "cycleHoursMedian": 52.5, "cycleHoursP90": 260.0,
             "inputDueDays": 5, "decisionDueDays": 14, "overdueInputCount": 1,
             "overdueInputs": [{"decisionId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7db0",
               "toolId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "role": "legal",
               "requestedAt": "2026-11-20T09:30:00Z", "dueAt": "2026-11-25T09:30:00Z"}]}""";

    static final String COVERAGE =
            """
            {"goalsWithoutApprovedTool": {"count": 1, "items": [{"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d90",
               "name": "Raise win rate on AI-assisted deals", "at": "2026-11-20T09:30:00Z"}]},
             "toolsWithoutGoal": {"count": 0, "items": []},
             "reviewIntervalDays": 365,
             "reviewsOverdue": {"count": 1, "items": [{"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
               "name": "Gong.io Gong", "at": "2026-11-20T09:30:00Z"}]}}""";

    private Examples() {}
}
