package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.bulk.BulkStatus;
import io.revalign.lead.domain.qualification.LeadOutcome;
import io.revalign.lead.domain.qualification.RecordedOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Leads' recorded outcomes (sales' verdict, the deal's result), by lead id. */
@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<RecordedOutcome, UUID> {

    /**
     * Records the outcomes of distinct leads in one {@code INSERT … ON CONFLICT DO UPDATE … WHERE
     * changed}: returns CREATED or UPDATED by lead id; a lead missing from the answer already had
     * exactly this outcome (UNCHANGED, nothing written).
     */
    public Map<UUID, BulkStatus> upsert(Map<UUID, LeadOutcome> outcomes, String recordedBy, Instant at) {
        Map<UUID, BulkStatus> written = new HashMap<>();
        if (outcomes.isEmpty()) {
            return written;
        }
        List<UUID> ids = List.copyOf(outcomes.keySet());
        String[] verdicts = new String[ids.size()];
        String[] deals = new String[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            LeadOutcome outcome = outcomes.get(ids.get(i));
            verdicts[i] = outcome.salesVerdict() == null
                    ? null
                    : outcome.salesVerdict().name();
            deals[i] =
                    outcome.dealOutcome() == null ? null : outcome.dealOutcome().name();
        }
        String sql = "INSERT INTO lead_outcome AS o (lead_id, sales_verdict, deal_outcome, recorded_by, recorded_at)"
                + " SELECT u.lead_id, u.verdict, u.deal, ?, ? FROM unnest(?::uuid[], ?::text[], ?::text[])"
                + " AS u(lead_id, verdict, deal)"
                + " ON CONFLICT (lead_id) DO UPDATE SET sales_verdict = excluded.sales_verdict,"
                + " deal_outcome = excluded.deal_outcome, recorded_by = excluded.recorded_by,"
                + " recorded_at = excluded.recorded_at"
                + " WHERE (o.sales_verdict, o.deal_outcome) IS DISTINCT FROM (excluded.sales_verdict, excluded.deal_outcome)"
                + " RETURNING o.lead_id, (xmax = 0) AS created";
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, recordedBy);
                statement.setTimestamp(2, Timestamp.from(at));
                statement.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
                statement.setArray(4, connection.createArrayOf("text", verdicts));
                statement.setArray(5, connection.createArrayOf("text", deals));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        written.put(
                                rows.getObject(1, UUID.class),
                                rows.getBoolean(2) ? BulkStatus.CREATED : BulkStatus.UPDATED);
                    }
                }
            }
        });
        return written;
    }
}
