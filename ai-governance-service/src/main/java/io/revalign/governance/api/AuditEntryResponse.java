package io.revalign.governance.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.revalign.governance.domain.AuditEntry;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the API shows it; before and after are the JSON that was hashed. */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(
        @Schema(description = "Position in the chain, from 1") long seq,
        Instant at,
        String actor,
        @Schema(description = "The roles the actor held") List<String> roles,
        @Schema(examples = "DECISION_MADE") String action,
        @Schema(examples = "DECISION") String entityType,
        UUID entityId,
        @JsonRawValue
                @Schema(type = SchemaType.OBJECT, nullable = true, description = "The record before; null when created")
                String before,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, nullable = true, description = "The record after") String after,
        @Schema(description = "SHA-256 of the previous entry (64 zeros for the first)") String prevHash,
        @Schema(description = "SHA-256 of this entry's content and prevHash") String hash) {

    static AuditEntryResponse from(AuditEntry entry) {
        return new AuditEntryResponse(
                entry.seq(),
                entry.at(),
                entry.actor(),
                entry.roles().isEmpty()
                        ? List.of()
                        : Arrays.asList(entry.roles().split(",")),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.before(),
                entry.after(),
                entry.prevHash(),
                entry.hash());
    }
}
