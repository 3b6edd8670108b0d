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
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-20T09:30:00Z", "erasedAt": null}""";

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

    static final String LEAD_UPDATE =
            """
            {"email": "dana.reyes@northwind.example", "firstName": "Dana", "lastName": "Reyes",
             "company": "Northwind Traders", "title": "Chief Revenue Officer", "industry": "Logistics",
             "companySize": 900, "country": "DE",
             "bant": {"budget": "CONFIRMED", "authority": "DECISION_MAKER", "need": "URGENT",
                      "timeline": "WITHIN_3_MONTHS"},
             "attributes": {"utmCampaign": "q3-ai-webinar"}}""";

    static final String LEAD_PATCH =
            """
            {"title": "Chief Revenue Officer", "bant": {"budget": "CONFIRMED"}, "attributes": {"utmCampaign": null}}""";

    static final String STAGE_NOT_WRITABLE =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "1 field is invalid", "instance": "/api/leads/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
             "errors": [{"field": "lifecycleStage",
                         "message": "is changed only by qualification and the hand-off, not by an update"}]}""";

    static final String LEAD_BULK_REQUEST =
            """
            {"records": [
              {"email": "dana.reyes@northwind.example", "company": "Northwind Traders", "source": "SALESFORCE",
               "externalId": "00Q5e00000AbCdE"},
              {"email": "not-an-email", "source": "SALESFORCE", "externalId": "00Q5e00000AbCdF"}]}""";

    static final String LEAD_BULK_RESPONSE =
            """
            {"results": [
              {"index": 0, "status": "CREATED", "id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "errors": []},
              {"index": 1, "status": "FAILED", "id": null,
               "errors": [{"field": "email", "message": "must be a well-formed email address"}]}],
             "summary": {"created": 1, "updated": 0, "unchanged": 0, "failed": 1}}""";

    static final String ACTIVITY_REQUEST =
            """
            {"type": "DEMO_REQUEST", "occurredAt": "2026-11-20T09:30:00Z", "externalEventId": "evt-88123"}""";

    static final String ACTIVITY =
            """
            {"id": "0193a0c5-1a2b-7c3d-8e4f-5a6b7c8d9e0f", "leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
             "type": "DEMO_REQUEST", "occurredAt": "2026-11-20T09:30:00Z", "externalEventId": "evt-88123",
             "recordedAt": "2026-11-20T09:31:02Z"}""";

    static final String ACTIVITY_PAGE = "{\"items\": [" + ACTIVITY + "], \"next\": null}";

    static final String ACTIVITY_BULK_REQUEST =
            """
            {"records": [
              {"source": "HUBSPOT", "externalId": "51", "type": "EMAIL_CLICK", "occurredAt": "2026-11-20T09:30:00Z",
               "externalEventId": "hs-evt-1"},
              {"leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "type": "PRICING_VIEW",
               "occurredAt": "2026-11-20T09:35:00Z"},
              {"source": "HUBSPOT", "externalId": "does-not-exist", "type": "PAGE_VIEW",
               "occurredAt": "2026-11-20T09:40:00Z"}]}""";

    static final String ACTIVITY_BULK_RESPONSE =
            """
            {"results": [
              {"index": 0, "status": "CREATED", "id": "0193a0c5-1a2b-7c3d-8e4f-5a6b7c8d9e0f", "errors": []},
              {"index": 1, "status": "CREATED", "id": "0193a0c5-1a2b-7c3d-8e4f-5a6b7c8d9e10", "errors": []},
              {"index": 2, "status": "FAILED", "id": null,
               "errors": [{"field": "externalId", "message": "names no lead: record the lead first, then its activities"}]}],
             "summary": {"created": 2, "updated": 0, "unchanged": 0, "failed": 1}}""";

    private Examples() {}
}
