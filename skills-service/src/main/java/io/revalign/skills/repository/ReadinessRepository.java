package io.revalign.skills.repository;

import io.revalign.skills.domain.Readiness;
import io.revalign.skills.domain.SellerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Readiness counted in PostgreSQL: active sellers of the filter whose role has a profile (the version current at
 * the date), joined with the profile's requirements on skills not retired at the date and with each seller's
 * effective level (today: the {@code effective_level} table the assessment trigger keeps; for a past date: the
 * strongest, newest confirmed assessment at or before it), grouped once by (team, skill) and (team, seller).
 */
@ApplicationScoped
public class ReadinessRepository {

    private static final String CURRENT_LEVEL =
            "LEFT JOIN effective_level e ON e.seller_id = sel.id AND e.skill_id = req.skill_id";

    private static final String LEVEL_AT =
            "LEFT JOIN LATERAL (SELECT a.level FROM assessment a WHERE a.seller_id = sel.id"
                    + " AND a.skill_id = req.skill_id AND a.status = 'CONFIRMED' AND a.assessed_at <= ?"
                    + " ORDER BY source_rank(a.source) DESC, a.assessed_at DESC LIMIT 1) e ON true";

    private static final String QUERY =
            """
            WITH profile AS (
                SELECT DISTINCT ON (role) id, role, version, target_date FROM role_profile
                WHERE created_at <= ? AND (CAST(? AS varchar) IS NULL OR role = ?)
                ORDER BY role, version DESC),
            req AS (
                SELECT p.role, r.skill_id, r.level FROM profile p
                JOIN role_requirement r ON r.profile_id = p.id
                JOIN skill k ON k.id = r.skill_id
                WHERE k.retired_at IS NULL OR k.retired_at > ?),
            roster AS (
                SELECT id, role, team FROM seller
                WHERE active AND created_at <= ? AND (CAST(? AS varchar) IS NULL OR team = ?)
                  AND (CAST(? AS varchar) IS NULL OR role = ?)),
            sel AS (SELECT * FROM roster WHERE role IN (SELECT role FROM profile)),
            gap AS (
                SELECT sel.id AS seller_id, sel.team, req.skill_id, greatest(req.level - coalesce(e.level, 0), 0) AS gap
                FROM sel JOIN req ON req.role = sel.role
                %s),
            agg AS (
                SELECT team, skill_id, seller_id, count(*) AS n, count(*) FILTER (WHERE gap > 0) AS below, sum(gap) AS total
                FROM gap GROUP BY GROUPING SETS ((team, skill_id), (team, seller_id)))
            SELECT 'cell' AS kind, team, skill_id, n, below, total FROM agg WHERE skill_id IS NOT NULL
            UNION ALL
            SELECT 'needing', team, NULL, count(*), count(*) FILTER (WHERE below > 0), 0 FROM agg
            WHERE seller_id IS NOT NULL GROUP BY team
            UNION ALL
            SELECT 'roster', r.team, NULL, count(*), count(*) FILTER (WHERE r.role IN (SELECT role FROM profile)), 0
            FROM roster r GROUP BY r.team
            """;

    private static final String PROFILES =
            """
            SELECT DISTINCT ON (role) id, role, version, target_date FROM role_profile
            WHERE created_at <= ? AND (CAST(? AS varchar) IS NULL OR role = ?)
            ORDER BY role, version DESC""";

    /** Raw figures: per (team, skill) cell, per team the sellers needing reskilling, and the roster per team. */
    public record Figures(List<Cell> cells, Map<String, int[]> teams, List<Readiness.ProfileUsed> profiles) {}

    /** One (team, skill) cell: sellers required, below, total gap. */
    public record Cell(String team, UUID skillId, int sellersRequired, int sellersBelow, long totalGap) {}

    private final EntityManager entityManager;

    public ReadinessRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The figures for active sellers of {@code team} and {@code role} (null: all) at {@code at}; {@code history}
     * reads levels from the assessment history instead of today's effective levels. The teams map holds per team
     * {active sellers, sellers with a profile, sellers needing reskilling}.
     */
    public Figures figures(String team, SellerRole role, Instant at, boolean history) {
        return entityManager
                .unwrap(Session.class)
                .doReturningWork(connection -> query(connection, team, role, at, history));
    }

    private Figures query(Connection connection, String team, SellerRole role, Instant at, boolean history)
            throws SQLException {
        try (Statement settings = connection.createStatement()) {
            // The grouping holds one row per (seller, required skill); keep its hash tables in memory.
            settings.execute("SET LOCAL work_mem = '64MB'");
        }
        Timestamp when = Timestamp.from(at);
        String roleName = role == null ? null : role.name();
        List<Cell> cells = new ArrayList<>();
        Map<String, int[]> teams = new TreeMap<>();
        try (PreparedStatement query =
                connection.prepareStatement(QUERY.formatted(history ? LEVEL_AT : CURRENT_LEVEL))) {
            int p = 1;
            query.setTimestamp(p++, when);
            query.setString(p++, roleName);
            query.setString(p++, roleName);
            query.setTimestamp(p++, when);
            query.setTimestamp(p++, when);
            query.setString(p++, team);
            query.setString(p++, team);
            query.setString(p++, roleName);
            query.setString(p++, roleName);
            if (history) {
                query.setTimestamp(p++, when);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String kind = rows.getString(1);
                    String rowTeam = rows.getString(2);
                    int n = rows.getInt(4);
                    int below = rows.getInt(5);
                    int[] figures = teams.computeIfAbsent(rowTeam, t -> new int[3]);
                    switch (kind) {
                        case "cell" ->
                            cells.add(new Cell(rowTeam, rows.getObject(3, UUID.class), n, below, rows.getLong(6)));
                        case "needing" -> figures[2] = below;
                        default -> {
                            figures[0] = n;
                            figures[1] = below;
                        }
                    }
                }
            }
        }
        List<Readiness.ProfileUsed> profiles = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(PROFILES)) {
            query.setTimestamp(1, when);
            query.setString(2, roleName);
            query.setString(3, roleName);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    profiles.add(new Readiness.ProfileUsed(
                            rows.getObject(1, UUID.class),
                            SellerRole.valueOf(rows.getString(2)),
                            rows.getInt(3),
                            rows.getDate(4).toLocalDate()));
                }
            }
        }
        return new Figures(cells, teams, profiles);
    }
}
