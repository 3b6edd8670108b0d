package io.revalign.common.bulk;

import io.revalign.common.problem.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fate of one record of a bulk request: its position in the request, status, id and errors. */
public record BulkResult(
        @Schema(description = "Position of the record in the request, from 0", examples = "0") int index,
        BulkStatus status,
        @Schema(
                        description = "Id of the resource the record created, updated or matched; null when FAILED",
                        nullable = true,
                        examples = "0193a0c4-7c1e-7f6a-9d3e-2b4f5a6c7d8e")
                UUID id,
        @Schema(description = "Why the record FAILED (fields relative to the record); empty otherwise")
                List<Problem.FieldError> errors) {

    public BulkResult {
        errors = List.copyOf(errors);
    }

    static BulkResult succeeded(int index, BulkStatus status, UUID id) {
        return new BulkResult(index, status, id, List.of());
    }

    static BulkResult failed(int index, List<Problem.FieldError> errors) {
        return new BulkResult(index, BulkStatus.FAILED, null, errors);
    }
}
