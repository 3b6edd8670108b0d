package io.revalign.skills.api;

/** OpenAPI examples of skills-service requests and responses. */
final class Examples {

    static final String SKILL_REQUEST =
            """
            {"key": "prompt-engineering", "name": "Prompt engineering",
             "description": "Writes, tests and refines prompts for the AI assistants in the sales stack.",
             "category": "AI_LITERACY", "taxonomy": {"scheme": "ESCO", "code": "S5.6.1"},
             "levelDescriptors": {"NONE": "Has not used an AI assistant for selling",
                                  "AWARE": "Knows what a prompt is and where the team's assistants help",
                                  "PRACTICING": "Drafts account research and emails with prompts, checks the output",
                                  "PROFICIENT": "Builds reusable prompts for discovery and proposals",
                                  "EXPERT": "Coaches the team and maintains the shared prompt library"}}""";

    static final String SKILL_REQUEST_MINIMAL =
            """
            {"key": "discovery-questioning", "name": "Discovery questioning", "category": "SALES_METHODOLOGY"}""";

    static final String SKILL =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "key": "prompt-engineering", "name": "Prompt engineering",
             "description": "Writes, tests and refines prompts for the AI assistants in the sales stack.",
             "category": "AI_LITERACY", "taxonomy": {"scheme": "ESCO", "code": "S5.6.1"},
             "levelDescriptors": {"NONE": "Has not used an AI assistant for selling",
                                  "AWARE": "Knows what a prompt is and where the team's assistants help",
                                  "PRACTICING": "Drafts account research and emails with prompts, checks the output",
                                  "PROFICIENT": "Builds reusable prompts for discovery and proposals",
                                  "EXPERT": "Coaches the team and maintains the shared prompt library"},
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-20T09:30:00Z"}""";

    static final String SKILL_PAGE = "{\"items\": [" + SKILL + "], \"next\": \"AZOgxHwef2qdPitPWmx9jg\"}";

    static final String INVALID_SKILL =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/skills",
             "errors": [{"field": "key", "message": "must be lowercase words of letters and digits joined by single hyphens, such as prompt-engineering"}]}""";

    static final String DUPLICATE_SKILL =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Skill 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e already has key prompt-engineering",
             "instance": "/api/skills"}""";

    static final String UNKNOWN_SKILL =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Skill 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/skills/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String KEY_CHANGE =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Skill 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e has key prompt-engineering; a key cannot change",
             "instance": "/api/skills/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String RETIRED_SKILL =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "key": "cold-calling-scripts", "name": "Cold-calling scripts",
             "description": "Reads scripted openers on outbound calls.", "category": "SALES_METHODOLOGY",
             "taxonomy": null, "levelDescriptors": {}, "createdAt": "2026-01-10T09:30:00Z",
             "updatedAt": "2026-11-20T09:30:00Z", "retiredAt": "2026-11-20T09:30:00Z"}""";

    static final String ROLE_PROFILE_REQUEST =
            """
            {"role": "AE", "targetDate": "2026-06-30", "description": "AEs sell to AI-equipped buying groups",
             "requirements": [{"skillKey": "prompt-engineering", "level": 3},
                              {"skillKey": "ai-output-verification", "level": 3},
                              {"skillKey": "multi-threading", "level": 2}]}""";

    static final String ROLE_PROFILE =
            """
            {"id": "0193a0c5-1111-7f6a-9d3e-2b4f5a6c7d8e", "role": "AE", "version": 2, "targetDate": "2026-06-30",
             "description": "AEs sell to AI-equipped buying groups", "createdBy": "enablement-lead@example.com",
             "createdAt": "2026-11-20T09:30:00Z", "reason": null, "decisionId": null,
             "requirements": [{"skillKey": "ai-output-verification", "skillName": "Verifying AI output", "level": 3,
                               "levelName": "PROFICIENT", "skillRetired": false},
                              {"skillKey": "multi-threading", "skillName": "Multi-threading the buying group",
                               "level": 2, "levelName": "PRACTICING", "skillRetired": false},
                              {"skillKey": "prompt-engineering", "skillName": "Prompt engineering for sales",
                               "level": 3, "levelName": "PROFICIENT", "skillRetired": false}]}""";

    static final String ROLE_PROFILE_PAGE = "{\"items\": [" + ROLE_PROFILE + "], \"next\": null}";

    static final String UNKNOWN_SKILL_KEY =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "is not a skill of the catalogue: prompt-wizardry", "instance": "/api/role-profiles",
             "errors": [{"field": "requirements[0].skillKey", "message": "is not a skill of the catalogue: prompt-wizardry"}]}""";

    static final String UNKNOWN_PROFILE =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Role profile 0193a0c5-1111-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/role-profiles/0193a0c5-1111-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String SELLER_UPDATE =
            """
            {"name": "Dana Whitfield", "email": "dana.whitfield@example.com", "role": "AE", "team": "emea-enterprise",
             "managerExternalId": "HR-10007", "active": true}""";

    static final String SELLER =
            """
            {"id": "0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e", "externalId": "HR-10442", "name": "Dana Whitfield",
             "email": "dana.whitfield@example.com", "role": "AE", "team": "emea-enterprise",
             "managerExternalId": "HR-10007", "active": true, "createdAt": "2026-11-20T09:30:00Z",
             "updatedAt": "2026-11-20T09:30:00Z"}""";

    static final String SELLER_PAGE = "{\"items\": [" + SELLER + "], \"next\": null}";

    static final String SELLER_BULK_REQUEST =
            """
            {"records": [
              {"externalId": "HR-10442", "name": "Dana Whitfield", "email": "dana.whitfield@example.com", "role": "AE",
               "team": "emea-enterprise", "managerExternalId": "HR-10007"},
              {"externalId": "HR-10443", "name": "Sam Ortiz", "email": "not-an-email", "role": "SDR", "team": "emea-smb"}]}""";

    static final String SELLER_BULK_RESPONSE =
            """
            {"results": [
              {"index": 0, "status": "CREATED", "id": "0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e", "errors": []},
              {"index": 1, "status": "FAILED", "id": null,
               "errors": [{"field": "email", "message": "must be a well-formed email address"}]}],
             "summary": {"created": 1, "updated": 0, "unchanged": 0, "failed": 1}}""";

    static final String INVALID_SELLER =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/sellers/external/HR-10442",
             "errors": [{"field": "role", "message": "must be one of: SDR, AE, AM, SE, MANAGER"}]}""";

    static final String UNKNOWN_SELLER =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Seller 0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/sellers/0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String ASSESSMENT_REQUEST =
            """
            {"skillKey": "prompt-engineering", "level": 2, "source": "MANAGER",
             "evidence": "Call review of 2026-11-12: research prompts used, output checked"}""";

    static final String ASSESSMENT =
            """
            {"id": "0193a0c7-3333-7f6a-9d3e-2b4f5a6c7d8e", "sellerId": "0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e",
             "skillKey": "prompt-engineering", "level": 2, "levelName": "PRACTICING", "source": "MANAGER",
             "status": "CONFIRMED", "evidence": "Call review of 2026-11-12: research prompts used, output checked",
             "assessor": "HR-10007", "assessedAt": "2026-11-20T09:30:00Z", "recordedAt": "2026-11-20T09:30:00Z",
             "enrolmentId": null, "decidedBy": null, "decidedAt": null, "decisionComment": null}""";

    static final String ASSESSMENT_PAGE = "{\"items\": [" + ASSESSMENT + "], \"next\": null}";

    static final String ASSESSMENT_BULK_REQUEST =
            """
            {"records": [
              {"sellerExternalId": "HR-10442", "skillKey": "prompt-engineering", "level": 3, "source": "COURSE",
               "evidence": "Completed 'Prompting for sellers' with 92%", "assessedAt": "2026-11-18T14:00:00Z"},
              {"sellerExternalId": "HR-10442", "skillKey": "negotiation", "level": 3, "source": "MANAGER"}]}""";

    static final String ASSESSMENT_BULK_RESPONSE =
            """
            {"results": [
              {"index": 0, "status": "CREATED", "id": "0193a0c7-3333-7f6a-9d3e-2b4f5a6c7d8e", "errors": []},
              {"index": 1, "status": "FAILED", "id": null,
               "errors": [{"field": "source", "message": "An integration records COURSE or CERTIFICATION assessments, not MANAGER"}]}],
             "summary": {"created": 1, "updated": 0, "unchanged": 0, "failed": 1}}""";

    static final String ASSESSMENT_FORBIDDEN =
            """
            {"type": "urn:revalign:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "A seller may record only SELF assessments of themselves, not MANAGER",
             "instance": "/api/sellers/0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e/assessments"}""";

    static final String RETIRED_SKILL_ASSESSED =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "skill cold-calling-scripts was retired at 2026-11-20T09:30:00Z",
             "instance": "/api/sellers/0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e/assessments",
             "errors": [{"field": "skillKey", "message": "skill cold-calling-scripts was retired at 2026-11-20T09:30:00Z"}]}""";

    static final String UNKNOWN_ASSESSMENT =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Assessment 0193a0c7-3333-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/assessments/0193a0c7-3333-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String GAPS =
            """
            {"sellerId": "0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e", "role": "AE",
             "profile": {"id": "0193a0c5-1111-7f6a-9d3e-2b4f5a6c7d8e", "version": 2, "targetDate": "2026-06-30"},
             "asOf": null, "needsReskilling": true,
             "gaps": [{"skillKey": "ai-output-verification", "skillName": "Verifying AI output", "required": 3,
                       "effective": 1, "gap": 2, "source": "SELF", "assessedAt": "2026-10-01T08:00:00Z"},
                      {"skillKey": "prompt-engineering", "skillName": "Prompt engineering for sales", "required": 3,
                       "effective": 2, "gap": 1, "source": "MANAGER", "assessedAt": "2026-11-20T09:30:00Z"},
                      {"skillKey": "multi-threading", "skillName": "Multi-threading the buying group", "required": 2,
                       "effective": 3, "gap": 0, "source": "CERTIFICATION", "assessedAt": "2026-09-15T12:00:00Z"}]}""";

    static final String READINESS =
            """
            {"asOf": null, "team": "emea-enterprise", "role": null, "activeSellers": 12, "sellers": 12,
             "needingReskilling": 7, "shareNeedingReskilling": 0.5833,
             "benchmark": {"share": 0.58, "source": "Survey of 243 sales leaders: 58% of sellers will need reskilling or upskilling by 2026"},
             "profiles": [{"id": "0193a0c5-1111-7f6a-9d3e-2b4f5a6c7d8e", "role": "AE", "version": 2, "targetDate": "2026-06-30"}],
             "bySkill": [{"skillKey": "prompt-engineering", "sellersRequired": 12, "sellersBelow": 6, "shareBelow": 0.5, "averageGap": 0.75}],
             "byTeam": [{"team": "emea-enterprise", "sellers": 12, "needingReskilling": 7, "shareNeedingReskilling": 0.5833}],
             "heatMap": {"teams": ["emea-enterprise"], "skills": ["prompt-engineering"],
                         "cells": [{"team": "emea-enterprise", "skillKey": "prompt-engineering", "sellersRequired": 12,
                                    "sellersBelow": 6, "averageGap": 0.75}]}}""";

    static final String SKILL_READINESS =
            """
            {"level": 2, "levelName": "PRACTICING", "skillKeys": ["ai-output-verification", "prompt-engineering"],
             "roles": ["AE"], "sellers": 12, "ready": 5, "shareReady": 0.4167,
             "teams": [{"team": "emea-enterprise", "sellers": 8, "ready": 4, "shareReady": 0.5,
                        "skills": [{"skillKey": "ai-output-verification", "sellersAtLevel": 6},
                                   {"skillKey": "prompt-engineering", "sellersAtLevel": 4}]},
                       {"team": "na-midmarket", "sellers": 4, "ready": 1, "shareReady": 0.25,
                        "skills": [{"skillKey": "ai-output-verification", "sellersAtLevel": 2},
                                   {"skillKey": "prompt-engineering", "sellersAtLevel": 1}]}]}""";

    static final String SKILL_READINESS_UNKNOWN_SKILL =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "is not a skill of the catalogue: prompt-wizardry", "instance": "/api/readiness/skills",
             "errors": [{"field": "skillKey", "message": "is not a skill of the catalogue: prompt-wizardry"}]}""";

    static final String DECISION_MADE =
            """
            {"type": "decision.made", "timestamp": "2026-12-04T09:30:00.123456Z",
             "data": {"decisionId": "0193a0d1-2222-7f6a-9d3e-2b4f5a6c7d8e", "toolId": "0193a0d0-1111-7f6a-9d3e-2b4f5a6c7d8e",
                      "toolName": "Gong AI", "decisionType": "APPROVE_ROLLOUT", "outcome": "APPROVED",
                      "toolStatus": "APPROVED", "skillKeys": ["ai-output-verification", "prompt-engineering"],
                      "sellerRoles": ["AE", "SDR"], "requiredLevel": 2}}""";

    static final String WEBHOOK_BAD_SIGNATURE =
            """
            {"type": "urn:revalign:problem:unauthorized", "title": "Authentication required", "status": 401,
             "detail": "webhook-signature does not match this message", "instance": "/api/integrations/governance/webhooks"}""";

    static final String BAD_AS_OF =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "must not be in the future; see /api/readiness/forecast", "instance": "/api/readiness",
             "errors": [{"field": "asOf", "message": "must not be in the future; see /api/readiness/forecast"}]}""";

    static final String MODULE_REQUEST =
            """
            {"title": "Prompting for sellers", "provider": "Enablement Academy",
             "url": "https://academy.example.com/courses/prompting-for-sellers", "hours": 6,
             "raises": [{"skillKey": "prompt-engineering", "level": 3}, {"skillKey": "ai-output-verification", "level": 2}]}""";

    static final String MODULE =
            """
            {"id": "0193a0c8-4444-7f6a-9d3e-2b4f5a6c7d8e", "title": "Prompting for sellers",
             "provider": "Enablement Academy", "url": "https://academy.example.com/courses/prompting-for-sellers",
             "hours": 6, "raises": {"ai-output-verification": 2, "prompt-engineering": 3},
             "createdAt": "2026-11-20T09:30:00Z"}""";

    static final String MODULE_PAGE = "{\"items\": [" + MODULE + "], \"next\": null}";

    static final String INVALID_MODULE =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/learning/modules",
             "errors": [{"field": "url", "message": "must be an http or https URL"}]}""";

    static final String UNKNOWN_MODULE =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Learning module 0193a0c8-4444-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/learning/modules/0193a0c8-4444-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String PLAN_REQUEST = "{\"startOn\": \"2026-12-07\", \"hoursPerWeek\": 4}";

    static final String ENROLMENT =
            """
            {"id": "0193a0c9-5555-7f6a-9d3e-2b4f5a6c7d8e", "sellerId": "0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e",
             "planId": "0193a0ca-6666-7f6a-9d3e-2b4f5a6c7d8e", "position": 1,
             "moduleId": "0193a0c8-4444-7f6a-9d3e-2b4f5a6c7d8e", "moduleTitle": "Prompting for sellers", "hours": 6,
             "closes": [{"skillKey": "prompt-engineering", "required": 3, "effective": 1, "gap": 2}],
             "dueOn": "2026-12-21", "late": false, "status": "IN_PROGRESS", "progress": 40,
             "startedAt": "2026-12-08T10:00:00Z", "completedAt": null}""";

    static final String ENROLMENT_PAGE = "{\"items\": [" + ENROLMENT + "], \"next\": null}";

    static final String PLAN =
            """
            {"id": "0193a0ca-6666-7f6a-9d3e-2b4f5a6c7d8e", "sellerId": "0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e",
             "profile": {"id": "0193a0c5-1111-7f6a-9d3e-2b4f5a6c7d8e", "version": 2, "targetDate": "2026-06-30"},
             "startOn": "2026-12-07", "hoursPerWeek": 4, "totalHours": 6, "steps": ["""
                    + ENROLMENT
                    + """
            ], "uncovered": [{"skillKey": "multi-threading", "required": 2, "effective": 0, "gap": 2}],
             "supersededAt": null, "createdBy": "enablement-lead@example.com", "createdAt": "2026-12-07T09:00:00Z"}""";

    static final String NO_PROFILE =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "The role SE has no profile yet: write one first",
             "instance": "/api/sellers/0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e/plans"}""";

    static final String UNKNOWN_PLAN =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Plan 0193a0ca-6666-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/plans/0193a0ca-6666-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String UNKNOWN_ENROLMENT =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Enrolment 0193a0c9-5555-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/enrolments/0193a0c9-5555-7f6a-9d3e-2b4f5a6c7d8e"}""";

    static final String ENROLMENT_CLOSED =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Enrolment 0193a0c9-5555-7f6a-9d3e-2b4f5a6c7d8e is COMPLETED; its progress is final",
             "instance": "/api/enrolments/0193a0c9-5555-7f6a-9d3e-2b4f5a6c7d8e/progress"}""";

    static final String DECISION_REQUEST =
            "{\"decision\": \"CONFIRM\", \"comment\": \"Seen in the Acme discovery call: prompts used well\"}";

    static final String DECISION_FORBIDDEN =
            """
            {"type": "urn:revalign:problem:forbidden", "title": "Forbidden", "status": 403,
             "detail": "Only the manager of seller 0193a0c6-2222-7f6a-9d3e-2b4f5a6c7d8e confirms or rejects its proposals",
             "instance": "/api/assessments/0193a0c7-3333-7f6a-9d3e-2b4f5a6c7d8e/decision"}""";

    static final String ALREADY_DECIDED =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Assessment 0193a0c7-3333-7f6a-9d3e-2b4f5a6c7d8e is CONFIRMED; only a PROPOSED assessment is confirmed or rejected",
             "instance": "/api/assessments/0193a0c7-3333-7f6a-9d3e-2b4f5a6c7d8e/decision"}""";

    static final String FORECAST =
            """
            {"targetDate": "2026-06-30", "team": "emea-enterprise", "role": null, "sellers": 12,
             "readyNow": {"sellersReady": 5, "shareReady": 0.4167},
             "ifOnTrack": {"sellersReady": 8, "shareReady": 0.6667},
             "ifAllPlansComplete": {"sellersReady": 10, "shareReady": 0.8333},
             "projectedShareNeedingReskilling": 0.3333,
             "benchmark": {"share": 0.58, "source": "Survey of 243 sales leaders: 58% of sellers will need reskilling or upskilling by 2026"},
             "byTeam": [{"team": "emea-enterprise", "sellers": 12, "readyNow": 5, "readyIfOnTrack": 8, "readyIfAllPlansComplete": 10}],
             "assumptions": ["An open enrolment due on or before the target date raises its skills to the module's level when it completes."],
             "unknowns": ["Whether managers confirm proposed COURSE assessments."]}""";

    static final String BAD_TARGET_DATE =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "is required, a date such as 2026-06-30", "instance": "/api/readiness/forecast",
             "errors": [{"field": "targetDate", "message": "is required, a date such as 2026-06-30"}]}""";

    private Examples() {}
}
