-- Readiness counters, kept in the same transaction as the facts they count, so GET /api/readiness (now)
-- reads thousands of rows instead of one per (seller, required skill). Only assessed pairs of active
-- sellers under the current profile version of their role are counted; never-assessed required skills
-- follow from the roster. The asOf answers still come from the assessment history.
CREATE TABLE readiness_cell (
    team     varchar(100) NOT NULL,
    role     varchar(16)  NOT NULL,
    skill_id uuid         NOT NULL,
    assessed integer      NOT NULL,
    below    integer      NOT NULL,
    gap      bigint       NOT NULL,
    PRIMARY KEY (team, role, skill_id)
);

-- per active seller with an assessed required skill: how many required skills (level > 0) they meet
CREATE TABLE readiness_seller (
    seller_id uuid         PRIMARY KEY,
    team      varchar(100) NOT NULL,
    role      varchar(16)  NOT NULL,
    met       integer      NOT NULL
);
CREATE INDEX readiness_seller_team_role_idx ON readiness_seller (team, role, met);

-- the requirements of each role's current profile version, on skills in use
CREATE VIEW current_requirement AS
SELECT p.role, r.skill_id, r.level
FROM (SELECT DISTINCT ON (role) id, role FROM role_profile ORDER BY role, version DESC) p
JOIN role_requirement r ON r.profile_id = p.id
JOIN skill k ON k.id = r.skill_id
WHERE k.retired_at IS NULL;

-- recounts one role from scratch (a new profile version) or every role (NULL: a skill retired, a bulk load)
CREATE FUNCTION readiness_rebuild(p_role varchar) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    -- concurrent counter updates wait until the recount commits
    LOCK TABLE readiness_cell, readiness_seller IN SHARE ROW EXCLUSIVE MODE;
    DELETE FROM readiness_cell WHERE p_role IS NULL OR role = p_role;
    DELETE FROM readiness_seller WHERE p_role IS NULL OR role = p_role;
    INSERT INTO readiness_cell (team, role, skill_id, assessed, below, gap)
    SELECT s.team, s.role, e.skill_id, count(*), count(*) FILTER (WHERE e.level < q.level),
           sum(greatest(q.level - e.level, 0))
    FROM effective_level e
    JOIN seller s ON s.id = e.seller_id AND s.active AND (p_role IS NULL OR s.role = p_role)
    JOIN current_requirement q ON q.role = s.role AND q.skill_id = e.skill_id
    GROUP BY s.team, s.role, e.skill_id;
    INSERT INTO readiness_seller (seller_id, team, role, met)
    SELECT s.id, s.team, s.role, count(*) FILTER (WHERE q.level > 0 AND e.level >= q.level)
    FROM effective_level e
    JOIN seller s ON s.id = e.seller_id AND s.active AND (p_role IS NULL OR s.role = p_role)
    JOIN current_requirement q ON q.role = s.role AND q.skill_id = e.skill_id
    GROUP BY s.id, s.team, s.role;
END
$$;

-- adds (p_sign 1) or removes (-1) everything one seller contributes under a team and role
CREATE FUNCTION readiness_seller_apply(p_seller uuid, p_team varchar, p_role varchar, p_sign integer) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    INSERT INTO readiness_cell AS c (team, role, skill_id, assessed, below, gap)
    SELECT p_team, p_role, e.skill_id, p_sign, p_sign * (e.level < q.level)::int,
           p_sign * greatest(q.level - e.level, 0)
    FROM effective_level e JOIN current_requirement q ON q.role = p_role AND q.skill_id = e.skill_id
    WHERE e.seller_id = p_seller
    ON CONFLICT (team, role, skill_id) DO UPDATE
        SET assessed = c.assessed + excluded.assessed, below = c.below + excluded.below, gap = c.gap + excluded.gap;
    DELETE FROM readiness_seller WHERE seller_id = p_seller;
    IF p_sign > 0 THEN
        INSERT INTO readiness_seller (seller_id, team, role, met)
        SELECT p_seller, p_team, p_role, count(*) FILTER (WHERE q.level > 0 AND e.level >= q.level)
        FROM effective_level e JOIN current_requirement q ON q.role = p_role AND q.skill_id = e.skill_id
        WHERE e.seller_id = p_seller
        HAVING count(*) > 0;
    END IF;
END
$$;

-- one effective level changed: move the seller's counts for that skill
CREATE FUNCTION readiness_level_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
DECLARE
    s_team varchar;
    s_role varchar;
    req    smallint;
    old_l  smallint := CASE WHEN TG_OP = 'UPDATE' THEN OLD.level END;
BEGIN
    SELECT team, role INTO s_team, s_role FROM seller WHERE id = NEW.seller_id AND active;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT level INTO req FROM current_requirement WHERE role = s_role AND skill_id = NEW.skill_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    INSERT INTO readiness_cell AS c (team, role, skill_id, assessed, below, gap)
    VALUES (s_team, s_role, NEW.skill_id, CASE WHEN old_l IS NULL THEN 1 ELSE 0 END,
            (NEW.level < req)::int - coalesce((old_l < req)::int, 0),
            greatest(req - NEW.level, 0) - coalesce(greatest(req - old_l, 0), 0))
    ON CONFLICT (team, role, skill_id) DO UPDATE
        SET assessed = c.assessed + excluded.assessed, below = c.below + excluded.below, gap = c.gap + excluded.gap;
    INSERT INTO readiness_seller AS r (seller_id, team, role, met)
    VALUES (NEW.seller_id, s_team, s_role,
            (req > 0 AND NEW.level >= req)::int - coalesce((req > 0 AND old_l >= req)::int, 0))
    ON CONFLICT (seller_id) DO UPDATE SET met = r.met + excluded.met;
    RETURN NULL;
END
$$;

CREATE TRIGGER effective_level_readiness
    AFTER INSERT OR UPDATE ON effective_level
    FOR EACH ROW EXECUTE FUNCTION readiness_level_changed();

-- a seller joins, leaves, moves team or changes role
CREATE FUNCTION readiness_seller_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.active THEN
        PERFORM readiness_seller_apply(OLD.id, OLD.team, OLD.role, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.active THEN
        PERFORM readiness_seller_apply(NEW.id, NEW.team, NEW.role, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER seller_readiness_inserted
    AFTER INSERT ON seller
    FOR EACH ROW WHEN (NEW.active) EXECUTE FUNCTION readiness_seller_changed();
CREATE TRIGGER seller_readiness_changed
    AFTER UPDATE OF team, role, active ON seller
    FOR EACH ROW WHEN (OLD.team IS DISTINCT FROM NEW.team OR OLD.role IS DISTINCT FROM NEW.role
                       OR OLD.active IS DISTINCT FROM NEW.active)
    EXECUTE FUNCTION readiness_seller_changed();

-- a new profile version: recount its role at commit, when its requirements are written
CREATE FUNCTION readiness_profile_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    PERFORM readiness_rebuild(NEW.role);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER role_profile_readiness
    AFTER INSERT ON role_profile DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION readiness_profile_changed();

-- a skill retired: recount every role
CREATE FUNCTION readiness_skill_retired() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    PERFORM readiness_rebuild(NULL);
    RETURN NULL;
END
$$;

CREATE TRIGGER skill_readiness
    AFTER UPDATE OF retired_at ON skill
    FOR EACH ROW WHEN (OLD.retired_at IS DISTINCT FROM NEW.retired_at)
    EXECUTE FUNCTION readiness_skill_retired();

SELECT readiness_rebuild(NULL);
