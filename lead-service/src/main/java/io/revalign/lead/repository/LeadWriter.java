package io.revalign.lead.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * The set-based writes of CRM upserts: per-reference transaction locks taken in one sorted order
 * (so overlapping batches from parallel senders queue instead of deadlocking), and one multi-row
 * {@code INSERT … ON CONFLICT DO NOTHING RETURNING} for the leads that do not exist yet.
 */
@ApplicationScoped
public class LeadWriter {

    /** The first key of the two-key advisory locks, so these locks never meet another feature's. */
    private static final int LOCK_SPACE = 0x1ead;

    private static final String COLUMNS =
            "id, email, first_name, last_name, company, title, industry, company_size, country, source,"
                    + " external_id, budget, authority, need, timeline, attributes, lifecycle_stage, created_at,"
                    + " updated_at, version";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, 0)";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public LeadWriter(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** A new lead id: a time-ordered UUID (version 7), like the ones Hibernate gives created leads. */
    public UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }

    /** Holds, until the transaction ends, a lock on each reference; taken in sorted order. */
    public void lock(Collection<ExternalReference> references) {
        TreeSet<Integer> keys = new TreeSet<>();
        references.forEach(reference -> keys.add((reference.source() + ":" + reference.externalId()).hashCode()));
        session().doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT count(pg_advisory_xact_lock(?, k)) FROM (SELECT k FROM unnest(?) k ORDER BY k) s")) {
                lock.setInt(1, LOCK_SPACE);
                lock.setArray(2, connection.createArrayOf("integer", keys.toArray()));
                lock.executeQuery().close();
            }
        });
    }

    /** Inserts those of {@code leads} whose reference is free; returns the references it inserted. */
    public Set<ExternalReference> insertAbsent(List<Lead> leads) {
        if (leads.isEmpty()) {
            return Set.of();
        }
        String sql =
                "INSERT INTO lead (" + COLUMNS + ") VALUES " + String.join(", ", Collections.nCopies(leads.size(), ROW))
                        + " ON CONFLICT (source, external_id) DO NOTHING RETURNING source, external_id";
        return session().doReturningWork(connection -> insert(connection, sql, leads));
    }

    private Set<ExternalReference> insert(Connection connection, String sql, List<Lead> leads) throws SQLException {
        Set<ExternalReference> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            for (Lead lead : leads) {
                insert.setObject(p++, lead.id);
                insert.setString(p++, lead.email);
                insert.setString(p++, lead.firstName);
                insert.setString(p++, lead.lastName);
                insert.setString(p++, lead.company);
                insert.setString(p++, lead.title);
                insert.setString(p++, lead.industry);
                insert.setObject(p++, lead.companySize, Types.INTEGER);
                insert.setString(p++, lead.country);
                insert.setString(p++, lead.source.name());
                insert.setString(p++, lead.externalId);
                insert.setString(p++, lead.bant.budget.name());
                insert.setString(p++, lead.bant.authority.name());
                insert.setString(p++, lead.bant.need.name());
                insert.setString(p++, lead.bant.timeline.name());
                insert.setString(p++, json(lead));
                insert.setString(p++, lead.lifecycleStage.name());
                insert.setTimestamp(p++, Timestamp.from(lead.createdAt));
                insert.setTimestamp(p++, Timestamp.from(lead.updatedAt));
            }
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(new ExternalReference(LeadSource.valueOf(rows.getString(1)), rows.getString(2)));
                }
            }
        }
        return inserted;
    }

    private String json(Lead lead) {
        try {
            return mapper.writeValueAsString(lead.attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes that were read from JSON must write as JSON", e);
        }
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
