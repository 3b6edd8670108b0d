package io.revalign.common.bulk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a bulk request: one result per record, in the order of the request, and a summary. */
public record BulkResponse(
        @Schema(description = "One result per record, in request order (results[i].index == i)")
                List<BulkResult> results,
        BulkSummary summary) {

    public BulkResponse {
        results = List.copyOf(results);
    }
}
