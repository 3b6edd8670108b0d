package io.revalign.governance.api;

import io.revalign.governance.domain.AuditChain;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of recomputing the audit chain. */
@Schema(name = "AuditVerification")
public record VerificationResponse(
        @Schema(description = "Entries read") long entries,
        @Schema(description = "Whether every link holds") boolean intact,
        @Schema(nullable = true, description = "The first entry whose link is broken") Long firstBrokenSeq,
        @Schema(nullable = true, description = "What is wrong with it") String problem,
        @Schema(description = "The hash of the last entry read") String headHash,
        Instant verifiedAt,
        long durationMs) {

    static VerificationResponse from(AuditChain.Verification v, Instant at, long durationMs) {
        return new VerificationResponse(
                v.entries(), v.intact(), v.firstBrokenSeq(), v.problem(), v.headHash(), at, durationMs);
    }
}
