package io.revalign.lead.api;

/** OpenAPI examples of lead-service requests and responses. */
final class Examples {

    static final String LEAD_REQUEST =
            """
            {"email": "dana.reyes@northwind.example", "firstName": "Dana", "lastName": "Reyes",
             "company": "Northwind Traders", "title": "VP Revenue Operations", "industry": "Logistics",
             "companySize": 850, "country": "DE", "source": "SALESFORCE", "externalId": "00Q5e00000AbCdE",
             "bant": {"budget": "PLANNED", "authority": "DECISION_MAKER", "need": "IDENTIFIED",
                      "timeline": "WITHIN_12_MONTHS"},
             "attributes": {"utmCampaign": "q3-ai-webinar"}}""";

    static final String LEAD =
            """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "email": "dana.reyes@northwind.example",
             "firstName": "Dana", "lastName": "Reyes", "company": "Northwind Traders",
             "title": "VP Revenue Operations", "industry": "Logistics", "companySize": 850, "country": "DE",
             "source": "SALESFORCE", "externalId": "00Q5e00000AbCdE",
             "bant": {"budget": "PLANNED", "authority": "DECISION_MAKER", "need": "IDENTIFIED",
                      "timeline": "WITHIN_12_MONTHS"},
             "attributes": {"utmCampaign": "q3-ai-webinar"}, "lifecycleStage": "LEAD",
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-20T09:30:00Z"}""";

    static final String LEAD_PAGE = "{\"items\": [" + LEAD + "], \"next\": \"AZOgxHwef2qdPitPWmx9jg\"}";

    static final String INVALID_LEAD =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "2 fields are invalid", "instance": "/api/leads",
             "errors": [{"field": "country", "message": "must be an ISO 3166-1 alpha-2 code such as DE or US"},
                        {"field": "email", "message": "must be a well-formed email address"}]}""";

    static final String DUPLICATE_LEAD =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Lead 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e already has externalId 00Q5e00000AbCdE from SALESFORCE",
             "instance": "/api/leads"}""";

    static final String UNKNOWN_LEAD =
            """
            {"type": "urn:revalign:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Lead 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e does not exist",
             "instance": "/api/leads/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e"}""";

    private Examples() {}
}
