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
             "createdAt": "2026-11-20T09:30:00Z",
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

    private Examples() {}
}
