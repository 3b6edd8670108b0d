package io.revalign.skills.service;

import io.revalign.common.bulk.BulkLedger;
import io.revalign.common.bulk.BulkRecord;
import io.revalign.common.bulk.BulkResult;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.common.page.Cursor;
import io.revalign.common.page.Page;
import io.revalign.common.problem.Problem;
import io.revalign.common.problem.ProblemException;
import io.revalign.skills.domain.Seller;
import io.revalign.skills.domain.SellerFilter;
import io.revalign.skills.repository.SellerRepository;
import io.revalign.skills.repository.SellerWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The roster: upserts by externalId (one or a thousand at a time) and reads. */
@ApplicationScoped
public class SellerService {

    private final SellerRepository sellers;
    private final SellerWriter writer;
    private final Clock clock;

    public SellerService(SellerRepository sellers, SellerWriter writer, Clock clock) {
        this.sellers = sellers;
        this.writer = writer;
        this.clock = clock;
    }

    /** Creates or updates the seller with this externalId; a 400 when the record is refused. */
    @Transactional
    public UpsertedSeller upsert(UpsertSeller command) {
        BulkLedger ledger = new BulkLedger(1);
        upsertAll(List.of(new BulkRecord<>(0, command)), ledger);
        BulkResult result = ledger.response().results().get(0);
        if (result.status() == BulkStatus.FAILED) {
            Problem.FieldError error = result.errors().get(0);
            throw ProblemException.invalid(error.field(), error.message());
        }
        return new UpsertedSeller(result.status(), sellers.findById(result.id()));
    }

    /**
     * Upserts {@code records} by externalId in input order, recording each outcome in {@code ledger}. Distinct ids go
     * in one statement; an id repeated in the batch is applied in order, one statement per repetition.
     */
    @Transactional
    public void upsertAll(List<BulkRecord<UpsertSeller>> records, BulkLedger ledger) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Map<String, BulkRecord<UpsertSeller>>> rounds = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (BulkRecord<UpsertSeller> record : records) {
            UpsertSeller seller = record.value();
            if (seller.externalId().equals(seller.managerExternalId())) {
                ledger.failed(record.index(), "managerExternalId", "must not be the seller's own externalId");
                continue;
            }
            int round = seen.merge(seller.externalId(), 1, Integer::sum) - 1;
            if (rounds.size() <= round) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round).put(seller.externalId(), record);
        }
        for (Map<String, BulkRecord<UpsertSeller>> round : rounds) {
            List<Seller> rows =
                    round.values().stream().map(r -> toSeller(r.value(), now)).toList();
            Map<String, SellerWriter.Written> written = writer.upsert(rows);
            round.forEach((externalId, record) -> {
                SellerWriter.Written outcome = written.get(externalId);
                ledger.succeeded(record.index(), outcome.status(), outcome.id());
            });
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Seller get(UUID id) {
        return sellers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Seller", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a single read needs no transaction of its own
    public Page<Seller> list(SellerFilter filter, String after, int limit) {
        return Page.of(
                sellers.page(filter, Cursor.decode(after, filter), limit + 1), limit, seller -> seller.id, filter);
    }

    private static Seller toSeller(UpsertSeller command, Instant now) {
        Seller seller = new Seller();
        seller.externalId = command.externalId();
        seller.name = command.name().strip();
        seller.email = command.email().strip();
        seller.role = command.role();
        seller.team = command.team().strip();
        seller.managerExternalId = command.managerExternalId();
        seller.active = command.active();
        seller.createdAt = now;
        seller.updatedAt = now;
        return seller;
    }
}
