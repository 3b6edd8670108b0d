package io.revalign.lead.api;

/** OpenAPI examples of the hand-off, stage-history and alignment operations. */
final class HandoffExamples {

    static final String HANDOFF =
            """
            {"id": "0193a0e1-2f00-7a10-8c00-0000000000a1", "leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
             "state": "OPEN", "pulled": false, "segment": "ENTERPRISE", "marketingVerdict": "MQL",
             "definitionVersion": 3, "openedAt": "2026-12-01T10:31:04Z", "dueAt": "2026-12-01T14:31:04Z",
             "firstTouchAt": null, "breached": false, "actedAt": null, "actor": null, "reasonCode": null,
             "comment": null}""";

    static final String ACCEPTED =
            """
            {"id": "0193a0e1-2f00-7a10-8c00-0000000000a1", "leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
             "state": "ACCEPTED", "pulled": false, "segment": "ENTERPRISE", "marketingVerdict": "MQL",
             "definitionVersion": 3, "openedAt": "2026-12-01T10:31:04Z", "dueAt": "2026-12-01T14:31:04Z",
             "firstTouchAt": "2026-12-01T11:02:40Z", "breached": false, "actedAt": "2026-12-01T11:02:40Z",
             "actor": "sam@revalign.example", "reasonCode": null, "comment": "Call booked for Thursday"}""";

    static final String REJECTED =
            """
            {"id": "0193a0e1-2f00-7a10-8c00-0000000000a1", "leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
             "state": "REJECTED", "pulled": false, "segment": "ENTERPRISE", "marketingVerdict": "MQL",
             "definitionVersion": 3, "openedAt": "2026-12-01T10:31:04Z", "dueAt": "2026-12-01T14:31:04Z",
             "firstTouchAt": "2026-12-01T16:10:00Z", "breached": true, "actedAt": "2026-12-01T16:10:00Z",
             "actor": "sam@revalign.example", "reasonCode": "WRONG_PERSONA",
             "comment": "An intern downloading the whitepaper"}""";

    static final String RECYCLED =
            """
            {"id": "0193a0e1-2f00-7a10-8c00-0000000000a1", "leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e",
             "state": "RECYCLED", "pulled": false, "segment": "ENTERPRISE", "marketingVerdict": "MQL",
             "definitionVersion": 3, "openedAt": "2026-12-01T10:31:04Z", "dueAt": "2026-12-01T14:31:04Z",
             "firstTouchAt": "2026-12-01T12:00:00Z", "breached": false, "actedAt": "2026-12-01T12:00:00Z",
             "actor": "sam@revalign.example", "reasonCode": null,
             "comment": "Budget cycle starts in April; nurture until then"}""";

    static final String PULLED =
            """
            {"id": "0193a0e1-3a00-7b20-8c00-0000000000b2", "leadId": "0193a0c4-8d2f-7a11-9e00-3c5d6e7f8a9b",
             "state": "ACCEPTED", "pulled": true, "segment": "MID_MARKET", "marketingVerdict": "BELOW_THRESHOLD",
             "definitionVersion": 3, "openedAt": "2026-12-02T09:15:00Z", "dueAt": "2026-12-02T17:15:00Z",
             "firstTouchAt": "2026-12-02T09:15:00Z", "breached": false, "actedAt": "2026-12-02T09:15:00Z",
             "actor": "sam@revalign.example", "reasonCode": null,
             "comment": "Met their CFO at the trade fair; buying this quarter"}""";

    static final String PAGE = "{\"items\": [" + HANDOFF + "], \"next\": null}";

    static final String ACCEPT_REQUEST = "{\"comment\": \"Call booked for Thursday\"}";

    static final String REJECT_REQUEST =
            "{\"reasonCode\": \"WRONG_PERSONA\", \"comment\": \"An intern downloading the whitepaper\"}";

    static final String RECYCLE_REQUEST = "{\"comment\": \"Budget cycle starts in April; nurture until then\"}";

    static final String PULL_REQUEST =
            """
            {"leadId": "0193a0c4-8d2f-7a11-9e00-3c5d6e7f8a9b",
             "comment": "Met their CFO at the trade fair; buying this quarter"}""";

    static final String ALREADY_ANSWERED =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "hand-off 0193a0e1-2f00-7a10-8c00-0000000000a1 was already answered: ACCEPTED by sam@revalign.example at 2026-12-01T11:02:40Z",
             "instance": "/api/handoffs/0193a0e1-2f00-7a10-8c00-0000000000a1/rejection"}""";

    static final String UNKNOWN_REASON =
            """
            {"type": "urn:revalign:problem:validation-failed", "title": "Validation failed", "status": 400,
             "detail": "is not a code of the managed list (GET /api/handoffs/rejection-reasons)",
             "instance": "/api/handoffs/0193a0e1-2f00-7a10-8c00-0000000000a1/rejection",
             "errors": [{"field": "reasonCode",
               "message": "is not a code of the managed list (GET /api/handoffs/rejection-reasons)"}]}""";

    static final String REASONS =
            """
            [{"code": "NO_BUDGET", "label": "No budget for a purchase now", "targetStage": "RECYCLED", "active": true},
             {"code": "WRONG_PERSONA", "label": "Not a buyer or influencer of the purchase",
              "targetStage": "DISQUALIFIED", "active": true}]""";

    static final String REASON_REQUEST =
            "{\"code\": \"NO_PROJECT\", \"label\": \"No project behind the interest\", \"targetStage\": \"RECYCLED\"}";

    static final String REASON =
            "{\"code\": \"NO_PROJECT\", \"label\": \"No project behind the interest\", \"targetStage\": \"RECYCLED\","
                    + " \"active\": true}";

    static final String REASON_UPDATE =
            "{\"label\": \"No project behind the interest\", \"targetStage\": \"RECYCLED\", \"active\": false}";

    static final String SLAS =
            """
            [{"segment": "SMB", "firstTouchHours": 24}, {"segment": "MID_MARKET", "firstTouchHours": 8},
             {"segment": "ENTERPRISE", "firstTouchHours": 4}, {"segment": "UNKNOWN", "firstTouchHours": 24}]""";

    static final String SLA_REQUEST = "{\"firstTouchHours\": 2}";

    static final String SLA = "{\"segment\": \"ENTERPRISE\", \"firstTouchHours\": 2}";

    static final String TRANSITION_REQUEST =
            "{\"toStage\": \"SQL\", \"reason\": \"Discovery call confirmed a project\"}";

    static final String TRANSITION =
            """
            {"fromStage": "SAL", "toStage": "SQL", "actor": "sam@revalign.example",
             "reason": "Discovery call confirmed a project", "definitionVersion": null, "at": "2026-12-03T15:00:00Z"}""";

    static final String FORBIDDEN_TRANSITION =
            """
            {"type": "urn:revalign:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Lead 0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e cannot move: the life-cycle map does not allow LEAD → CUSTOMER; from LEAD a lead may move to [MQL, DISQUALIFIED]",
             "instance": "/api/leads/0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e/transitions"}""";

    static final String HISTORY =
            """
            {"leadId": "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e", "lifecycleStage": "SAL",
             "transitions": [
               {"fromStage": "LEAD", "toStage": "MQL", "actor": "qualification",
                "reason": "qualification definition version 3: every gate passed and the score reached 60",
                "definitionVersion": 3, "at": "2026-12-01T10:31:04Z"},
               {"fromStage": "MQL", "toStage": "SAL", "actor": "sam@revalign.example",
                "reason": "hand-off 0193a0e1-2f00-7a10-8c00-0000000000a1 accepted by sam@revalign.example",
                "definitionVersion": 3, "at": "2026-12-01T11:02:40Z"}],
             "handoffs": ["""
                    + ACCEPTED + "]}";

    static final String ALIGNMENT =
            """
            {"from": "2026-09-01", "to": "2026-11-30", "segment": null, "definitionVersion": null,
             "mqls": 9, "accepted": 6, "rejected": 2, "recycled": 1, "open": 0, "pulled": 1, "breached": 2,
             "acceptanceRate": 0.667,
             "table": {"bothYes": 6, "marketingOnly": 3, "salesOnly": 1, "bothNo": 0, "total": 10},
             "agreementRate": 0.6, "kappa": -0.176,
             "benchmark": {"disagreementShare": 0.49, "agreementShare": 0.51,
               "source": "Survey of 243 sales leaders: 49% say sales' definition of a qualified lead differs significantly from marketing's"},
             "byDefinitionVersion": [
               {"definitionVersion": 3, "mqls": 9, "accepted": 6, "rejected": 2, "recycled": 1, "open": 0, "pulled": 1,
                "breached": 2, "acceptanceRate": 0.667,
                "table": {"bothYes": 6, "marketingOnly": 3, "salesOnly": 1, "bothNo": 0, "total": 10},
                "agreementRate": 0.6, "kappa": -0.176}],
             "topRejectionReasons": [{"code": "WRONG_PERSONA", "label": "Not a buyer or influencer of the purchase",
               "count": 2, "share": 1.0}],
             "rulesOnRejected": [{"definitionVersion": 3, "rule": "Pricing views", "kind": "ENGAGEMENT",
               "rejected": 3, "shareOfRejected": 1.0, "shareOfAccepted": 0.167}],
             "definitions": {"mqls": "Hand-offs opened in the period because the lead reached MQL (pulls not counted)"}}""";

    private HandoffExamples() {}
}
