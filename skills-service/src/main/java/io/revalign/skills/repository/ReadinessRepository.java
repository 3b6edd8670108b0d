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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Readiness counted in PostgreSQL. Only assessed (seller, skill) pairs are read: one pass over the effective levels
 * (today: the {@code effective_level} table the assessment trigger keeps; at a past date: the strongest, newest
 * confirmed assessment made by then) of active sellers of the filter, joined with the requirements of the profile
 * version current at the date (skills not retired by then), grouped once by (team, role, skill) and by (team, role,
 * seller). A required skill never assessed is NONE: its count follows from the roster per (team, role), so it
 * needs no row.
 */
@ApplicationScoped
public class ReadinessRepository {

    private static final String PROFILE =
            """
            profile AS (
                SELECT DISTINCT ON (role) id, role, version, target_date FROM role_profile
                WHERE created_at <= ? AND (CAST(? AS varchar) IS NULL OR role = ?)
                ORDER BY role, version DESC),
            req AS (
                SELECT p.role, r.skill_id, r.level FROM profile p
                JOIN role_requirement r ON r.profile_id = p.id
                JOIN skill k ON k.id = r.skill_id
                WHERE k.retired_at IS NULL OR k.retired_at > ?)""";

    private static final String LEVELS_AT =
            """
            (SELECT DISTINCT ON (seller_id, skill_id) seller_id, skill_id, level FROM assessment
             WHERE status = 'CONFIRMED' AND assessed_at <= ?
             ORDER BY seller_id, skill_id, source_rank DESC, assessed_at DESC)""";

    private static final String ASSESSED =
            """
            WITH %s
            SELECT s.team, s.role, e.skill_id, e.seller_id, count(*) AS assessed,
                   count(*) FILTER (WHERE e.level < r.level) AS below,
                   sum(greatest(r.level - e.level, 0)) AS gap,
                   count(*) FILTER (WHERE r.level > 0 AND e.level >= r.level) AS met
            FROM %s e
            JOIN seller s ON s.id = e.seller_id AND s.active AND s.created_at <= ?
                 AND (CAST(? AS varchar) IS NULL OR s.team = ?) AND (CAST(? AS varchar) IS NULL OR s.role = ?)
            JOIN req r ON r.role = s.role AND r.skill_id = e.skill_id
            GROUP BY GROUPING SETS ((s.team, s.role, e.skill_id), (s.team, s.role, e.seller_id))""";

    private static final String CELLS_NOW =
            """
            SELECT team, role, skill_id, assessed, below, gap FROM readiness_cell
            WHERE (CAST(? AS varchar) IS NULL OR team = ?) AND (CAST(? AS varchar) IS NULL OR role = ?)""";

    private static final String SELLERS_NOW =
            """
            SELECT team, role, met, count(*) FROM readiness_seller
            WHERE (CAST(? AS varchar) IS NULL OR team = ?) AND (CAST(? AS varchar) IS NULL OR role = ?)
            GROUP BY team, role, met""";

    private static final String ROSTER =
            """
            SELECT team, role, count(*) FROM seller
            WHERE active AND created_at <= ? AND (CAST(? AS varchar) IS NULL OR team = ?)
              AND (CAST(? AS varchar) IS NULL OR role = ?)
            GROUP BY team, role""";

    private static final String REQUIREMENTS = "WITH %s SELECT p.id, p.role, p.version, p.target_date, req.skill_id,"
            + " req.level FROM profile p LEFT JOIN req ON req.role = p.role";

    /** Raw figures: per (team, skill) cell, per team {active, measured, needing}, and the profile versions. */
    public record Figures(List<Cell> cells, Map<String, int[]> teams, List<Readiness.ProfileUsed> profiles) {}

    /** One (team, skill) cell: sellers required, below, total gap. */
    public record Cell(String team, UUID skillId, int sellersRequired, int sellersBelow, long totalGap) {}

    private record Assessed(int count, int below, long gap) {}

    private final EntityManager entityManager;

    public ReadinessRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The figures for active sellers of {@code team} and {@code role} (null: all) at {@code at}; {@code history}
     * reads levels from the assessment history instead of today's effective levels.
     */
    public Figures figures(String team, SellerRole role, Instant at, boolean history) {
        return entityManager
                .unwrap(Session.class)
                .doReturningWork(connection -> query(connection, team, role, at, history));
    }

    private Figures query(Connection connection, String team, SellerRole role, Instant at, boolean history)
            throws SQLException {
        try (Statement settings = connection.createStatement()) {
            // One hash table per grouping (about 30 MB at 20,000 sellers x 40 skills): keep it in memory.
            settings.execute("SET LOCAL work_mem = '256MB'");
            settings.execute("SET LOCAL hash_mem_multiplier = 2");
        }
        Timestamp when = Timestamp.from(at);
        String roleName = role == null ? null : role.name();

        // the profile version per role and its requirements
        Map<String, Map<UUID, Integer>> required = new TreeMap<>();
        List<Readiness.ProfileUsed> profiles = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(REQUIREMENTS.formatted(PROFILE))) {
            bindProfile(query, 1, when, roleName);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String profileRole = rows.getString(2);
                    if (!required.containsKey(profileRole)) {
                        required.put(profileRole, new HashMap<>());
                        LocalDate target = rows.getDate(4).toLocalDate();
                        profiles.add(new Readiness.ProfileUsed(
                                rows.getObject(1, UUID.class),
                                SellerRole.valueOf(profileRole),
                                rows.getInt(3),
                                target));
                    }
                    UUID skill = rows.getObject(5, UUID.class);
                    if (skill != null) {
                        required.get(profileRole).put(skill, rows.getInt(6));
                    }
                }
            }
        }

        // the roster per (team, role)
        Map<String, Map<String, Integer>> roster = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(ROSTER)) {
            query.setTimestamp(1, when);
            query.setString(2, team);
            query.setString(3, team);
            query.setString(4, roleName);
            query.setString(5, roleName);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roster.computeIfAbsent(rows.getString(1), t -> new TreeMap<>())
                            .put(rows.getString(2), rows.getInt(3));
                }
            }
        }

        // the assessed pairs, once per (team, role, skill) and once per (team, role, seller)
        Map<String, Assessed> assessed = new HashMap<>();
        Map<String, Integer> sellersMeetingAll = new HashMap<>();
        Map<String, Integer> sellersWithRows = new HashMap<>();
        if (history) {
            String sql = ASSESSED.formatted(PROFILE, LEVELS_AT);
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int p = bindProfile(query, 1, when, roleName);
                query.setTimestamp(p++, when);
                query.setTimestamp(p++, when);
                query.setString(p++, team);
                query.setString(p++, team);
                query.setString(p++, roleName);
                query.setString(p, roleName);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString(1) + "\u0000" + rows.getString(2);
                        UUID skill = rows.getObject(3, UUID.class);
                        if (skill != null) {
                            assessed.put(
                                    key + "\u0000" + skill,
                                    new Assessed(rows.getInt(5), rows.getInt(6), rows.getLong(7)));
                        } else {
                            countSeller(
                                    key,
                                    rows.getInt(8),
                                    1,
                                    positive(required, rows.getString(2)),
                                    sellersMeetingAll,
                                    sellersWithRows);
                        }
                    }
                }
            }
        } else {
            // today: the counters the triggers keep (V7__readiness_counters.sql)
            try (PreparedStatement query = connection.prepareStatement(CELLS_NOW)) {
                bindFilter(query, team, roleName);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        assessed.put(
                                rows.getString(1) + "\u0000" + rows.getString(2) + "\u0000"
                                        + rows.getObject(3, UUID.class),
                                new Assessed(rows.getInt(4), rows.getInt(5), rows.getLong(6)));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement(SELLERS_NOW)) {
                bindFilter(query, team, roleName);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        countSeller(
                                rows.getString(1) + "\u0000" + rows.getString(2),
                                rows.getInt(3),
                                rows.getInt(4),
                                positive(required, rows.getString(2)),
                                sellersMeetingAll,
                                sellersWithRows);
                    }
                }
            }
        }

        // never-assessed required skills count as NONE
        Map<String, Cell> cells = new TreeMap<>();
        Map<String, int[]> teams = new TreeMap<>();
        roster.forEach((rosterTeam, roles) -> {
            int[] figures = teams.computeIfAbsent(rosterTeam, t -> new int[3]);
            roles.forEach((rosterRole, sellers) -> {
                figures[0] += sellers;
                Map<UUID, Integer> requirements = required.get(rosterRole);
                if (requirements == null) {
                    return; // no profile for the role: not measured
                }
                figures[1] += sellers;
                String key = rosterTeam + "\u0000" + rosterRole;
                long positive = requirements.values().stream()
                        .filter(level -> level > 0)
                        .count();
                int withRows = sellersWithRows.getOrDefault(key, 0);
                int ready = sellersMeetingAll.getOrDefault(key, 0) + (positive == 0 ? sellers - withRows : 0);
                figures[2] += sellers - ready;
                requirements.forEach((skill, level) -> {
                    Assessed a = assessed.getOrDefault(key + "\u0000" + skill, new Assessed(0, 0, 0));
                    int missing = sellers - a.count();
                    Cell cell = new Cell(
                            rosterTeam,
                            skill,
                            sellers,
                            a.below() + (level > 0 ? missing : 0),
                            a.gap() + (long) missing * level);
                    cells.merge(
                            rosterTeam + "\u0000" + skill,
                            cell,
                            (x, y) -> new Cell(
                                    x.team(),
                                    x.skillId(),
                                    x.sellersRequired() + y.sellersRequired(),
                                    x.sellersBelow() + y.sellersBelow(),
                                    x.totalGap() + y.totalGap()));
                });
            });
        });
        return new Figures(new ArrayList<>(cells.values()), teams, profiles);
    }

    private static long positive(Map<String, Map<UUID, Integer>> required, String role) {
        return required.getOrDefault(role, Map.of()).values().stream()
                .filter(level -> level > 0)
                .count();
    }

    private static void countSeller(
            String key,
            int met,
            int sellers,
            long positive,
            Map<String, Integer> meetingAll,
            Map<String, Integer> withRows) {
        withRows.merge(key, sellers, Integer::sum);
        if (met >= positive) {
            meetingAll.merge(key, sellers, Integer::sum);
        }
    }

    private static void bindFilter(PreparedStatement query, String team, String roleName) throws SQLException {
        query.setString(1, team);
        query.setString(2, team);
        query.setString(3, roleName);
        query.setString(4, roleName);
    }

    private static int bindProfile(PreparedStatement query, int p, Timestamp when, String roleName)
            throws SQLException {
        query.setTimestamp(p++, when);
        query.setString(p++, roleName);
        query.setString(p++, roleName);
        query.setTimestamp(p++, when);
        return p;
    }
}
