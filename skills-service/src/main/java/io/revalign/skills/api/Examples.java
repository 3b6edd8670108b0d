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

    private Examples() {}
}
