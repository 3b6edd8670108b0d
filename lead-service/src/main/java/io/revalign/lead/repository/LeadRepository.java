package io.revalign.lead.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.revalign.common.page.KeysetQuery;
import io.revalign.lead.domain.Bant;
import io.revalign.lead.domain.ExternalReference;
import io.revalign.lead.domain.Lead;
import io.revalign.lead.domain.LeadFilter;
import io.revalign.lead.domain.LeadSource;
import io.revalign.lead.domain.LifecycleStage;
import io.revalign.lead.domain.qualification.QualificationSummary;
import io.revalign.lead.domain.qualification.ScoredLead;
import io.revalign.lead.domain.qualification.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.StatelessSession;

/** Leads in PostgreSQL: by id, by CRM reference, and keyset pages in id (creation) order. */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {

    @Inject
    StatelessSession reads;

    @Inject
    DataSource dataSource;

    /**
     * The lead as stored, for answering with (changes to it are not saved). Read without a persistence
     * context: no snapshot, no load events, no flush; about a third of the CPU of a GET by id went there.
     */
    public Optional<Lead> read(UUID id) {
        return Optional.ofNullable(reads.get(Lead.class, id));
    }

    /**
     * The lead and its qualification summary (null: not scored) in one statement, mapped by hand, for
     * GET /api/leads/{id}. Two Hibernate key lookups took a connection from the pool twice, a round trip
     * each, and copied the attributes through JSON for a snapshot: over a quarter of the CPU of a GET
     * (JFR, bench/README.md). The row is mapped as Hibernate maps it (the attributes are read by a plain
     * ObjectMapper, as Hibernate's JSON mapper reads them); the lead is not managed.
     */
    public Optional<ScoredLead> readScored(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(READ_SCORED)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(scoredLead(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read lead " + id, e);
        }
    }

    private static final String READ_SCORED = "SELECT l.id, l.email, l.first_name, l.last_name, l.company, l.title,"
            + " l.industry, l.company_size, l.country, l.source, l.external_id, l.budget, l.authority, l.need,"
            + " l.timeline, l.attributes::text, l.lifecycle_stage, l.created_at, l.updated_at, l.version,"
            + " l.erased_at, l.erased_by, q.score, q.verdict, q.definition_version, q.scored_at"
            + " FROM lead l LEFT JOIN lead_qualification q ON q.lead_id = l.id WHERE l.id = ?";

    private static final ObjectReader ATTRIBUTES =
            new ObjectMapper().readerFor(new TypeReference<Map<String, Object>>() {});

    private static ScoredLead scoredLead(ResultSet row) throws SQLException {
        Lead lead = new Lead();
        lead.id = row.getObject(1, UUID.class);
        lead.email = row.getString(2);
        lead.firstName = row.getString(3);
        lead.lastName = row.getString(4);
        lead.company = row.getString(5);
        lead.title = row.getString(6);
        lead.industry = row.getString(7);
        lead.companySize = row.getObject(8, Integer.class);
        lead.country = row.getString(9);
        lead.source = new LeadSourceColumn().convertToEntityAttribute(row.getString(10));
        lead.externalId = row.getString(11);
        lead.bant.budget = Bant.Budget.valueOf(row.getString(12));
        lead.bant.authority = Bant.Authority.valueOf(row.getString(13));
        lead.bant.need = Bant.Need.valueOf(row.getString(14));
        lead.bant.timeline = Bant.Timeline.valueOf(row.getString(15));
        try {
            lead.attributes = ATTRIBUTES.readValue(row.getString(16));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Lead " + lead.id + " has attributes that are not a JSON object", e);
        }
        lead.lifecycleStage = LifecycleStage.valueOf(row.getString(17));
        lead.createdAt = instant(row, 18);
        lead.updatedAt = instant(row, 19);
        lead.version = row.getLong(20);
        lead.erasedAt = instant(row, 21);
        lead.erasedBy = row.getString(22);
        QualificationSummary qualification = row.getObject(23) == null
                ? null
                : new QualificationSummary(
                        row.getDouble(23), Verdict.valueOf(row.getString(24)), row.getInt(25), instant(row, 26));
        return new ScoredLead(lead, qualification);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public Optional<Lead> findByExternalReference(LeadSource source, String externalId) {
        return find("source = ?1 and externalId = ?2", source, externalId).firstResultOptional();
    }

    /**
     * What the leads of {@code source} with these external ids say now, by external id; read without
     * a persistence context, so a later locked read of the same leads gets them fresh.
     */
    public Map<String, Lead> readByExternalIds(LeadSource source, Collection<String> externalIds) {
        Map<String, Lead> found = new HashMap<>();
        if (externalIds.isEmpty()) {
            return found;
        }
        reads.createSelectionQuery("from Lead where source = :source and externalId in :externalIds", Lead.class)
                .setParameter("source", source)
                .setParameterList("externalIds", externalIds)
                .getResultList()
                .forEach(lead -> found.put(lead.externalId, lead));
        return found;
    }

    /** The lead with this id, locked for update until the transaction ends. */
    public Optional<Lead> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The leads with these references (one source), locked for update, in reference order. */
    public List<Lead> lockByExternalIds(LeadSource source, Collection<String> externalIds) {
        return find("source = ?1 and externalId in ?2 order by externalId", source, externalIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** Which of {@code ids} are leads (ids only; nothing else is loaded). */
    public Set<UUID> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select id from Lead where id in :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** The ids of the leads of {@code source} with these external ids (ids only). */
    public Map<ExternalReference, UUID> idsByReference(LeadSource source, Collection<String> externalIds) {
        Map<ExternalReference, UUID> ids = new HashMap<>();
        getEntityManager()
                .createQuery(
                        "select externalId, id from Lead where source = :source and externalId in :externalIds",
                        Object[].class)
                .setParameter("source", source)
                .setParameter("externalIds", externalIds)
                .getResultList()
                .forEach(row -> ids.put(new ExternalReference(source, (String) row[0]), (UUID) row[1]));
        return ids;
    }

    /** Up to {@code limit} leads after {@code after} (exclusive) in id order, which is creation order. */
    public List<Lead> page(LeadFilter filter, UUID after, int limit) {
        KeysetQuery query = KeysetQuery.after(after)
                .equal("source", filter.source())
                .equal("externalId", filter.externalId())
                .equalIgnoringCase("email", filter.email())
                .equal("lifecycleStage", filter.stage())
                .atLeast("updatedAt", filter.updatedSince())
                .startsWithIgnoringCase("q", filter.prefix(), "email", "company");
        return find(query.query(), query.parameters()).page(0, limit).list();
    }
}
