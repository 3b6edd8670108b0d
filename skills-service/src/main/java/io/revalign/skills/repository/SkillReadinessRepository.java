package io.revalign.skills.repository;

import io.revalign.skills.domain.SkillReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Readiness on given skills at a level, counted in PostgreSQL from today's effective levels of the
 * active sellers: per team, the sellers and those reaching the level on every skill, and per (team,
 * skill) those reaching it. Two grouped passes, whatever the roster's size.
 */
@ApplicationScoped
public class SkillReadinessRepository {

    private static final String TEAMS =
            """
            SELECT s.team, count(*), count(*) FILTER (WHERE coalesce(m.met, 0) = ?)
            FROM seller s
            LEFT JOIN (SELECT seller_id, count(*) AS met FROM effective_level
                       WHERE skill_id = ANY(?::uuid[]) AND level >= ? GROUP BY seller_id) m ON m.seller_id = s.id
            WHERE s.active AND (cardinality(?::text[]) = 0 OR s.role = ANY(?::text[]))
            GROUP BY s.team ORDER BY s.team""";

    private static final String SKILLS =
            """
            SELECT s.team, e.skill_id, count(*)
            FROM seller s JOIN effective_level e ON e.seller_id = s.id
            WHERE s.active AND (cardinality(?::text[]) = 0 OR s.role = ANY(?::text[]))
              AND e.skill_id = ANY(?::uuid[]) AND e.level >= ?
            GROUP BY s.team, e.skill_id""";

    private final EntityManager entityManager;

    public SkillReadinessRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per team of active sellers of {@code roles} (empty: all), readiness on {@code skills} (id → key). */
    public List<SkillReadiness.Team> teams(Map<UUID, String> skills, int level, List<String> roles) {
        return entityManager
                .unwrap(Session.class)
                .doReturningWork(connection -> teams(connection, skills, level, roles));
    }

    private static List<SkillReadiness.Team> teams(
            Connection connection, Map<UUID, String> skills, int level, List<String> roles) throws SQLException {
        Object[] skillIds = skills.keySet().toArray();
        Object[] roleNames = roles.toArray();
        Map<String, Map<String, Integer>> atLevel = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(SKILLS)) {
            query.setArray(1, connection.createArrayOf("text", roleNames));
            query.setArray(2, connection.createArrayOf("text", roleNames));
            query.setArray(3, connection.createArrayOf("uuid", skillIds));
            query.setInt(4, level);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    atLevel.computeIfAbsent(rows.getString(1), t -> new TreeMap<>())
                            .put(skills.get(rows.getObject(2, UUID.class)), rows.getInt(3));
                }
            }
        }
        List<SkillReadiness.Team> teams = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(TEAMS)) {
            query.setInt(1, skillIds.length);
            query.setArray(2, connection.createArrayOf("uuid", skillIds));
            query.setInt(3, level);
            query.setArray(4, connection.createArrayOf("text", roleNames));
            query.setArray(5, connection.createArrayOf("text", roleNames));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Integer> counts = new TreeMap<>();
                    skills.values().forEach(key -> counts.put(key, 0));
                    counts.putAll(atLevel.getOrDefault(rows.getString(1), Map.of()));
                    teams.add(new SkillReadiness.Team(rows.getString(1), rows.getInt(2), rows.getInt(3), counts));
                }
            }
        }
        return teams;
    }
}
