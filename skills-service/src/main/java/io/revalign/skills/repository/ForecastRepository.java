package io.revalign.skills.repository;

import io.revalign.skills.domain.Forecast;
import io.revalign.skills.domain.SellerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The forecast counted in PostgreSQL: per active seller of the filter (whose role has a profile), whether every
 * required skill of the current profile version is met now, with the open enrolments due by the date that are on
 * track, and with all of them; a planned level counts only where no MANAGER or CERTIFICATION level outranks it.
 */
@ApplicationScoped
public class ForecastRepository {

    private static final String QUERY =
            """
            WITH profile AS (
                SELECT DISTINCT ON (role) id, role FROM role_profile ORDER BY role, version DESC),
            req AS (
                SELECT p.role, r.skill_id, r.level FROM profile p
                JOIN role_requirement r ON r.profile_id = p.id
                JOIN skill k ON k.id = r.skill_id WHERE k.retired_at IS NULL),
            sel AS (
                SELECT id, role, team FROM seller
                WHERE active AND role IN (SELECT role FROM profile)
                  AND (CAST(? AS varchar) IS NULL OR team = ?) AND (CAST(? AS varchar) IS NULL OR role = ?)),
            open_enrolment AS (
                SELECT e.seller_id, e.module_id,
                       e.progress >= 100 * least(1, greatest(0,
                           extract(epoch FROM (CAST(? AS timestamptz) - e.created_at))
                           / nullif(extract(epoch FROM (e.due_on + 1 - CAST(e.created_at AS date)) * interval '1 day'), 0)))
                           AS on_track
                FROM enrolment e
                WHERE e.status IN ('ASSIGNED', 'IN_PROGRESS') AND e.due_on <= CAST(? AS date)
                  AND e.seller_id IN (SELECT id FROM sel)),
            planned AS (
                SELECT o.seller_id, ms.skill_id, ms.raises_to AS all_level,
                       CASE WHEN o.on_track THEN ms.raises_to ELSE 0 END AS track_level
                FROM open_enrolment o JOIN module_skill ms ON ms.module_id = o.module_id
                UNION ALL
                SELECT a.seller_id, a.skill_id, a.level, a.level FROM assessment a
                WHERE a.status = 'PROPOSED' AND a.seller_id IN (SELECT id FROM sel)),
            best AS (
                SELECT seller_id, skill_id, max(all_level) AS all_level, max(track_level) AS track_level
                FROM planned GROUP BY seller_id, skill_id),
            verdict AS (
                SELECT sel.id, sel.team,
                       bool_and(coalesce(e.level, 0) >= req.level) AS now_ok,
                       bool_and(CASE WHEN coalesce(e.source_rank, 0) > 1 THEN coalesce(e.level, 0)
                                     ELSE greatest(coalesce(e.level, 0), coalesce(b.track_level, 0)) END >= req.level)
                           AS track_ok,
                       bool_and(CASE WHEN coalesce(e.source_rank, 0) > 1 THEN coalesce(e.level, 0)
                                     ELSE greatest(coalesce(e.level, 0), coalesce(b.all_level, 0)) END >= req.level)
                           AS all_ok
                FROM sel JOIN req ON req.role = sel.role
                LEFT JOIN effective_level e ON e.seller_id = sel.id AND e.skill_id = req.skill_id
                LEFT JOIN best b ON b.seller_id = sel.id AND b.skill_id = req.skill_id
                GROUP BY sel.id, sel.team)
            SELECT s.team, count(*),
                   count(*) FILTER (WHERE coalesce(v.now_ok, true)),
                   count(*) FILTER (WHERE coalesce(v.track_ok, true)),
                   count(*) FILTER (WHERE coalesce(v.all_ok, true))
            FROM sel s LEFT JOIN verdict v ON v.id = s.id
            GROUP BY s.team ORDER BY s.team
            """;

    private final EntityManager entityManager;

    public ForecastRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The per-team counts for {@code team} and {@code role} (null: all) on {@code targetDate}, as of {@code now}. */
    public List<Forecast.TeamForecast> byTeam(String team, SellerRole role, LocalDate targetDate, Instant now) {
        return entityManager
                .unwrap(Session.class)
                .doReturningWork(connection -> query(connection, team, role, targetDate, now));
    }

    private List<Forecast.TeamForecast> query(
            Connection connection, String team, SellerRole role, LocalDate targetDate, Instant now)
            throws SQLException {
        List<Forecast.TeamForecast> teams = new ArrayList<>();
        String roleName = role == null ? null : role.name();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, team);
            query.setString(2, team);
            query.setString(3, roleName);
            query.setString(4, roleName);
            query.setTimestamp(5, Timestamp.from(now));
            query.setDate(6, Date.valueOf(targetDate));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    teams.add(new Forecast.TeamForecast(
                            rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getInt(5)));
                }
            }
        }
        return teams;
    }
}
