package io.revalign.common.bulk;

import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.common.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The bookkeeping of one bulk request: every record gets exactly one outcome, reported in any order
 * as the work is done (failed while reading, then created/updated/unchanged/failed while writing),
 * and {@link #response()} lists them in input order with a summary that adds up to the record count.
 *
 * <p>Recording a second outcome for a record, or building the response while a record has none, is
 * a programming error ({@link IllegalStateException}): it is how a lost record would show.
 */
public final class BulkLedger {

    private final BulkResult[] results;
    private int recorded;

    /** A ledger for a request of {@code count} records; a 413 problem above {@link BulkRequest#MAX_RECORDS}. */
    public BulkLedger(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (count > BulkRequest.MAX_RECORDS) {
            throw tooMany(count);
        }
        this.results = new BulkResult[count];
    }

    public int count() {
        return results.length;
    }

    public void created(int index, UUID id) {
        record(BulkResult.succeeded(index, BulkStatus.CREATED, id));
    }

    public void updated(int index, UUID id) {
        record(BulkResult.succeeded(index, BulkStatus.UPDATED, id));
    }

    public void unchanged(int index, UUID id) {
        record(BulkResult.succeeded(index, BulkStatus.UNCHANGED, id));
    }

    /** Records a non-failed outcome, with its id. */
    public void succeeded(int index, BulkStatus status, UUID id) {
        if (status == BulkStatus.FAILED) {
            throw new IllegalArgumentException("a failure carries errors: use failed(index, errors)");
        }
        record(BulkResult.succeeded(index, status, id));
    }

    public void failed(int index, List<Problem.FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a failed record says why: errors must not be empty");
        }
        record(BulkResult.failed(index, errors));
    }

    public void failed(int index, String field, String message) {
        failed(index, List.of(new Problem.FieldError(field, message)));
    }

    /** Whether record {@code index} already has an outcome (e.g. it failed while being read). */
    public boolean isRecorded(int index) {
        return results[checked(index)] != null;
    }

    /** The results in input order and their summary; every record must have its outcome by now. */
    public BulkResponse response() {
        if (recorded != results.length) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < results.length && missing.size() < 10; i++) {
                if (results[i] == null) {
                    missing.add(i);
                }
            }
            throw new IllegalStateException("bulk records without an outcome: " + missing);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int failed = 0;
        for (BulkResult result : results) {
            switch (result.status()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case FAILED -> failed++;
            }
        }
        return new BulkResponse(List.of(results), new BulkSummary(created, updated, unchanged, failed));
    }

    static ProblemException tooMany(int count) {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "A bulk request holds at most " + BulkRequest.MAX_RECORDS + " records; this one has " + count
                        + ". Split it into several requests");
    }

    private void record(BulkResult result) {
        int index = checked(result.index());
        if (results[index] != null) {
            throw new IllegalStateException("bulk record " + index + " already has an outcome: "
                    + results[index].status() + ", now " + result.status());
        }
        results[index] = result;
        recorded++;
    }

    private int checked(int index) {
        if (index < 0 || index >= results.length) {
            throw new IndexOutOfBoundsException("bulk record " + index + " of " + results.length);
        }
        return index;
    }
}
