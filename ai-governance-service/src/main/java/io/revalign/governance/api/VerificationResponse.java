package io.revalign.governance.api;

import io.revalign.governance.domain.AuditChain;
import io.revalign.governance.service.AuditService;
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
        @Schema(
                        description = "Changes committed while the chain was being verified, recorded but not yet"
                                + " sealed into it (the next verification covers them)")
                long unsealed,
        Instant verifiedAt,
        long durationMs) {

    static VerificationResponse from(AuditService.Verified verified, Instant at, long durationMs) {
        AuditChain.Verification v = verified.verification();
        return new VerificationResponse(
                v.entries(),
                v.intact(),
                v.firstBrokenSeq(),
                v.problem(),
                v.headHash(),
                verified.unsealed(),
                at,
                durationMs);
    }
}
