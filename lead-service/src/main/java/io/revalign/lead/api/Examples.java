package io.revalign.lead.api;

/** OpenAPI examples of lead-service requests and responses. */
final class Examples {

    static final String LEAD_REQUEST = """
            {"email": "dana.reyes@northwind.example", "firstName": "Dana", "lastName": "Reyes",
             "company": "Northwind Traders", "title": "VP Revenue Operations", "industry": "Logistics",
             "companySize": 850, "country": "DE", "source": "SALESFORCE", "externalId": "00Q5e00000AbCdE",
             "bant": {"budget": "PLANNED", "authority": "DECISION_MAKER", "need": "IDENTIFIED",
                      "timeline": "WITHIN_12_MONTHS"},
             "attributes": {"utmCampaign": "q3-ai-webinar"}}""";

    static final String LEAD = """
            {"id": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "email": "dana.reyes@northwind.example",
             "firstName": "Dana", "lastName": "Reyes", "company": "Northwind Traders",
             "title": "VP Revenue Operations", "industry": "Logistics", "companySize": 850, "country": "DE",
             "source": "SALESFORCE", "externalId": "00Q5e00000AbCdE",
             "bant": {"budget": "PLANNED", "authority": "DECISION_MAKER", "need": "IDENTIFIED",
                      "timeline": "WITHIN_12_MONTHS"},
             "attributes": {"utmCampaign": "q3-ai-webinar"}, "lifecycleStage": "LEAD",
             "createdAt": "2026-11-20T09:30:00Z", "updatedAt": "2026-11-20T09:30:00Z"}""";

    static final String LEAD_PAGE = "{\"items\": [" + LEAD + "], \"next\": \"AZOgxHwef2qdPitPWmx9jg\"}";

    private Examples() {
    }
}
