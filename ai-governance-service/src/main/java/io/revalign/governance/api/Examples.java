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
             "ownerRole": "sales-leader", "skillKeys": ["call-coaching", "ai-literacy"], "status": "PROPOSED",
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
             "ownerRole": "sales-leader", "skillKeys": ["call-coaching", "ai-literacy"], "status": "PROPOSED",
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

    private Examples() {}
}
