package io.revalign.lead.api;

/** OpenAPI examples of the funnel report. */
final class FunnelExamples {

    static final String FUNNEL =
            """
            {"from": "2026-01", "to": "2026-02", "groupBy": "month",
             "total": [
               {"stage": "LEAD", "entered": 1000, "converted": 420, "conversionRate": 0.42, "exited": 910,
                "stillInStage": 90, "medianHours": 212, "p90Hours": 1130},
               {"stage": "MQL", "entered": 420, "converted": 250, "conversionRate": 0.5952, "exited": 400,
                "stillInStage": 20, "medianHours": 19, "p90Hours": 70}],
             "groups": [
               {"key": "2026-01", "stages": [
                 {"stage": "LEAD", "entered": 600, "converted": 270, "conversionRate": 0.45, "exited": 590,
                  "stillInStage": 10, "medianHours": 190, "p90Hours": 1010}]},
               {"key": "2026-02", "stages": [
                 {"stage": "LEAD", "entered": 400, "converted": 150, "conversionRate": 0.375, "exited": 320,
                  "stillInStage": 80, "medianHours": 240, "p90Hours": 1200}]}],
             "definitions": {"entered": "Stays in the stage that began: ...", "converted": "..."}}""";

    static final String INVALID_PERIOD =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "must be a month as YYYY-MM, e.g. 2026-01", "instance": "/api/reports/funnel",
             "errors": [{"field": "from", "message": "must be a month as YYYY-MM, e.g. 2026-01"}]}""";

    private FunnelExamples() {}
}
