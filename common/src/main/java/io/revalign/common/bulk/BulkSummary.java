package io.revalign.common.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many records of a bulk request ended in each status; the four add up to the record count. */
public record BulkSummary(
        @Schema(examples = "2") int created,
        @Schema(examples = "1") int updated,
        @Schema(examples = "0") int unchanged,
        @Schema(examples = "1") int failed) {

    public int total() {
        return created + updated + unchanged + failed;
    }
}
