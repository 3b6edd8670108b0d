package io.revalign.common.bulk;

import io.revalign.common.problem.ProblemException;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every {@code POST .../bulk}: {@code {"records": [...]}}, at most {@link #MAX_RECORDS}.
 *
 * <p>Resources take {@code BulkRequest<JsonNode>} and let {@link BulkReader} turn each record into
 * its type, so a record that does not bind or validate fails alone instead of failing the batch;
 * the contract documents the typed envelope (a record {@code XBulkRequest(List<X> records)} named
 * in {@code @RequestBody}). The record count is deliberately not a {@code @Size} constraint: over
 * the limit is a 413 ({@link #requireWithinLimit()}), not a 400; the body-size limit bounds what is
 * read before that check.
 */
public record BulkRequest<T>(
        @NotNull
                @Schema(
                        description = "The records, processed in order; at most 1000",
                        required = true,
                        maxItems = BulkRequest.MAX_RECORDS)
                List<T> records) {

    /** The most records one bulk request may hold. */
    public static final int MAX_RECORDS = 1000;

    /**
     * This request's records: a 400 problem naming {@code records} when the body has none (so a
     * resource that forgot {@code @Valid} still never fails with a 5xx), a 413 when there are more
     * than {@link #MAX_RECORDS}.
     */
    public List<T> requireWithinLimit() {
        if (records == null) {
            throw ProblemException.invalid("records", "must not be null");
        }
        if (records.size() > MAX_RECORDS) {
            throw BulkLedger.tooMany(records.size());
        }
        return records;
    }

    /** A ledger sized for this request's records, after the checks of {@link #requireWithinLimit()}. */
    public BulkLedger ledger() {
        return new BulkLedger(requireWithinLimit().size());
    }
}
