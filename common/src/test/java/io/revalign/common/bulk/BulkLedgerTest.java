package io.revalign.common.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.revalign.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BulkLedgerTest {

    @Provide
    Arbitrary<List<BulkStatus>> outcomes() {
        return Arbitraries.of(BulkStatus.class).list().ofMaxSize(BulkRequest.MAX_RECORDS);
    }

    /** Whatever order outcomes arrive in, every record is in the response once, in input order, and the summary adds up. */
    @Property(tries = 200)
    void everyRecordIsAccountedForInInputOrder(@ForAll("outcomes") List<BulkStatus> statuses, @ForAll long seed) {
        BulkLedger ledger = new BulkLedger(statuses.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            ids.add(UUID.randomUUID());
        }
        for (int index : order) {
            if (statuses.get(index) == BulkStatus.FAILED) {
                ledger.failed(index, "email", "must be a well-formed email address");
            } else {
                ledger.succeeded(index, statuses.get(index), ids.get(index));
            }
        }

        BulkResponse response = ledger.response();

        assertEquals(statuses.size(), response.results().size());
        for (int i = 0; i < statuses.size(); i++) {
            BulkResult result = response.results().get(i);
            assertEquals(i, result.index());
            assertEquals(statuses.get(i), result.status());
            if (result.status() == BulkStatus.FAILED) {
                assertEquals(null, result.id());
                assertTrue(!result.errors().isEmpty());
            } else {
                assertEquals(ids.get(i), result.id());
                assertTrue(result.errors().isEmpty());
            }
        }
        BulkSummary summary = response.summary();
        assertEquals(statuses.size(), summary.total());
        assertEquals(count(statuses, BulkStatus.CREATED), summary.created());
        assertEquals(count(statuses, BulkStatus.UPDATED), summary.updated());
        assertEquals(count(statuses, BulkStatus.UNCHANGED), summary.unchanged());
        assertEquals(count(statuses, BulkStatus.FAILED), summary.failed());
    }

    /** A record left without an outcome is never silently dropped from the response. */
    @Property(tries = 100)
    void aRecordWithoutAnOutcomeIsAnError(
            @ForAll @IntRange(min = 1, max = 1000) int count, @ForAll @IntRange(min = 0, max = 999) int skipped) {
        int missing = skipped % count;
        BulkLedger ledger = new BulkLedger(count);
        for (int i = 0; i < count; i++) {
            if (i != missing) {
                ledger.created(i, UUID.randomUUID());
            }
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, ledger::response);
        assertTrue(e.getMessage().contains("[" + missing + "]"), e.getMessage());
    }

    @Test
    void aSecondOutcomeForOneRecordIsAnError() {
        BulkLedger ledger = new BulkLedger(2);
        ledger.created(0, UUID.randomUUID());
        assertThrows(IllegalStateException.class, () -> ledger.updated(0, UUID.randomUUID()));
        assertThrows(IllegalStateException.class, () -> ledger.failed(0, "email", "taken"));
    }

    @Test
    void outcomesOutsideTheRequestAreRefused() {
        BulkLedger ledger = new BulkLedger(2);
        assertThrows(IndexOutOfBoundsException.class, () -> ledger.created(2, UUID.randomUUID()));
        assertThrows(IndexOutOfBoundsException.class, () -> ledger.created(-1, UUID.randomUUID()));
    }

    @Test
    void aFailureSaysWhy() {
        BulkLedger ledger = new BulkLedger(1);
        assertThrows(IllegalArgumentException.class, () -> ledger.failed(0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> ledger.succeeded(0, BulkStatus.FAILED, null));
    }

    @Test
    void moreThanAThousandRecordsIsTooLarge() {
        ProblemException e = assertThrows(ProblemException.class, () -> new BulkLedger(1001));
        assertEquals(413, e.toProblem("/api/x/bulk").status());
        assertTrue(e.getMessage().contains("1001"));
        assertEquals(1000, new BulkLedger(1000).count());
    }

    @Test
    void anEmptyRequestHasAnEmptyResponse() {
        BulkResponse response = new BulkLedger(0).response();
        assertEquals(List.of(), response.results());
        assertEquals(new BulkSummary(0, 0, 0, 0), response.summary());
    }

    private static int count(List<BulkStatus> statuses, BulkStatus status) {
        return (int) statuses.stream().filter(status::equals).count();
    }
}
