package io.revalign.lead.api;

import io.revalign.common.bulk.BulkLedger;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.LeadSource;
import java.util.UUID;

/**
 * How a bulk record names its lead: by {@code leadId}, or by ({@code source}, {@code externalId}),
 * exactly one of the two. Shared by the activity and the outcome imports.
 */
final class LeadNaming {

    private LeadNaming() {}

    /**
     * Whether the record names its lead exactly one way; when not, its index is marked FAILED on
     * {@code leadId} in the ledger.
     */
    static boolean namesOneWay(int index, UUID leadId, LeadSource source, String externalId, BulkLedger ledger) {
        if ((leadId == null) == (reference(source, externalId) == null)) {
            ledger.failed(index, "leadId", "name the lead by leadId or by source and externalId, not both");
            return false;
        }
        return true;
    }

    /** The CRM reference when the record names its lead by one, else null (it names it by leadId). */
    static ExternalReference reference(LeadSource source, String externalId) {
        return source != null && externalId != null ? new ExternalReference(source, externalId) : null;
    }
}
