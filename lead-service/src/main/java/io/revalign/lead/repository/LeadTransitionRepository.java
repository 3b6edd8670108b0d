package io.revalign.lead.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.LeadTransition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Leads' recorded stage changes, and the set-based move of many leads at once. */
@ApplicationScoped
public class LeadTransitionRepository implements PanacheRepositoryBase<LeadTransition, UUID> {

    /** A lead's transitions, oldest first. */
    public List<LeadTransition> ofLead(UUID leadId) {
        return list("leadId = ?1 order by at, id", leadId);
    }

    /** A lead that moved, and the stage it left. */
    public record Moved(UUID leadId, LifecycleStage from) {}

    /**
     * Moves those of {@code leadIds} still in one of {@code from} to {@code to} (new version, new
     * updatedAt) and records each transition, in one statement; returns the leads that moved.
     */
    public List<Moved> moveAll(
            Collection<UUID> leadIds,
            Collection<LifecycleStage> from,
            LifecycleStage to,
            String actor,
            String reason,
            Integer definitionVersion,
            Instant at) {
        if (leadIds.isEmpty() || from.isEmpty()) {
            return List.of();
        }
        String sql = "WITH moving AS (SELECT id, lifecycle_stage AS from_stage FROM lead"
                + " WHERE id = ANY(?) AND lifecycle_stage = ANY(?) ORDER BY id FOR UPDATE),"
                + " moved AS (UPDATE lead l SET lifecycle_stage = ?, version = l.version + 1, updated_at = ?"
                + " FROM moving WHERE l.id = moving.id RETURNING l.id, moving.from_stage)"
                + " INSERT INTO lead_transition (id, lead_id, from_stage, to_stage, actor, reason, definition_version, at)"
                + " SELECT gen_random_uuid(), id, from_stage, ?, ?, ?, ?, ? FROM moved RETURNING lead_id, from_stage";
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<Moved> moved = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("uuid", leadIds.toArray()));
                statement.setArray(
                        2,
                        connection.createArrayOf(
                                "varchar", from.stream().map(Enum::name).toArray()));
                statement.setString(3, to.name());
                statement.setTimestamp(4, Timestamp.from(at));
                statement.setString(5, to.name());
                statement.setString(6, actor);
                statement.setString(7, reason);
                statement.setObject(8, definitionVersion, Types.INTEGER);
                statement.setTimestamp(9, Timestamp.from(at));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        moved.add(new Moved(rows.getObject(1, UUID.class), LifecycleStage.valueOf(rows.getString(2))));
                    }
                }
            }
            return moved;
        });
    }
}
