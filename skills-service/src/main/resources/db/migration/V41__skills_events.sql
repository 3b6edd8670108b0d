-- seller.readiness_changed: PostgreSQL announces it, so every change that can move a seller's readiness
-- (an assessment confirmed, a new profile version of their role, a retired skill, the seller changing
-- role, team or active flag) announces it in its own transaction, whichever code made the change.
-- A seller is READY when they meet every requirement (level > 0) of their role's current profile on
-- skills in use (current_requirement, V7). The last state announced is kept per seller; a seller with
-- no kept state counts as not ready, so a new seller announces nothing until they become ready.

CREATE TABLE seller_readiness_state (
    seller_id       uuid PRIMARY KEY REFERENCES seller (id),
    ready           boolean     NOT NULL,
    met             integer     NOT NULL,
    required        integer     NOT NULL,
    profile_version integer,
    changed_at      timestamptz NOT NULL
);

-- sellers whose readiness may have moved in the open transaction; emptied at its commit
CREATE TABLE readiness_dirty (
    seller_id uuid PRIMARY KEY
);

-- recomputes one seller's readiness and, when it flipped, writes seller.readiness_changed to the outbox
CREATE FUNCTION readiness_announce(p_seller uuid) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
DECLARE
    s          record;
    was_ready  boolean;
    n_required integer;
    n_met      integer;
    p_version  integer;
    now_ready  boolean;
    at         timestamptz := clock_timestamp();
    at_text    text;
BEGIN
    at_text := to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    DELETE FROM readiness_dirty WHERE seller_id = p_seller;
    SELECT id, external_id, name, team, role, active INTO s FROM seller WHERE id = p_seller;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- one transaction at a time per seller: the state row is the lock, taken before reading the facts
    INSERT INTO seller_readiness_state (seller_id, ready, met, required, profile_version, changed_at)
    VALUES (p_seller, false, 0, 0, NULL, at)
    ON CONFLICT (seller_id) DO NOTHING;
    SELECT ready INTO was_ready FROM seller_readiness_state WHERE seller_id = p_seller FOR UPDATE;

    SELECT count(*) FILTER (WHERE q.level > 0),
           count(*) FILTER (WHERE q.level > 0 AND e.level >= q.level)
    INTO n_required, n_met
    FROM current_requirement q
    LEFT JOIN effective_level e ON e.seller_id = p_seller AND e.skill_id = q.skill_id
    WHERE q.role = s.role;
    SELECT max(version) INTO p_version FROM role_profile WHERE role = s.role;
    now_ready := s.active AND n_required > 0 AND n_met = n_required;

    UPDATE seller_readiness_state
    SET ready = now_ready, met = n_met, required = n_required, profile_version = p_version,
        changed_at = CASE WHEN ready IS DISTINCT FROM now_ready THEN at ELSE changed_at END
    WHERE seller_id = p_seller;

    IF was_ready IS DISTINCT FROM now_ready THEN
        INSERT INTO outbox_event (id, type, payload, occurred_at)
        VALUES (gen_random_uuid(), 'seller.readiness_changed',
                jsonb_build_object(
                    'type', 'seller.readiness_changed',
                    'timestamp', at_text,
                    'data', jsonb_build_object(
                        'sellerId', s.id, 'externalId', s.external_id, 'name', s.name, 'team', s.team,
                        'role', s.role, 'active', s.active,
                        'readiness', CASE WHEN now_ready THEN 'READY' ELSE 'NEEDS_RESKILLING' END,
                        'previousReadiness', CASE WHEN was_ready THEN 'READY' ELSE 'NEEDS_RESKILLING' END,
                        'skillsMet', n_met, 'skillsRequired', n_required,
                        'profileVersion', p_version, 'changedAt', at_text)),
                at);
    END IF;
END
$$;

-- at commit, once per seller marked in the transaction (the mark's primary key folds repeats)
CREATE FUNCTION readiness_dirty_committing() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    PERFORM readiness_announce(NEW.seller_id);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER readiness_dirty_announce
    AFTER INSERT ON readiness_dirty DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION readiness_dirty_committing();

-- the marks: a level, a seller, a profile version, a retired skill
CREATE FUNCTION readiness_mark_level() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    INSERT INTO readiness_dirty (seller_id) VALUES (NEW.seller_id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER effective_level_readiness_event
    AFTER INSERT OR UPDATE ON effective_level
    FOR EACH ROW EXECUTE FUNCTION readiness_mark_level();

CREATE FUNCTION readiness_mark_seller() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    INSERT INTO readiness_dirty (seller_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER seller_readiness_event
    AFTER UPDATE OF team, role, active ON seller
    FOR EACH ROW WHEN (OLD.team IS DISTINCT FROM NEW.team OR OLD.role IS DISTINCT FROM NEW.role
                       OR OLD.active IS DISTINCT FROM NEW.active)
    EXECUTE FUNCTION readiness_mark_seller();

CREATE FUNCTION readiness_mark_role() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    INSERT INTO readiness_dirty (seller_id)
    SELECT id FROM seller WHERE role = NEW.role AND active
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER role_profile_readiness_event
    AFTER INSERT ON role_profile
    FOR EACH ROW EXECUTE FUNCTION readiness_mark_role();

CREATE FUNCTION readiness_mark_all() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS
$$
BEGIN
    INSERT INTO readiness_dirty (seller_id)
    SELECT id FROM seller WHERE active
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER skill_readiness_event
    AFTER UPDATE OF retired_at ON skill
    FOR EACH ROW WHEN (OLD.retired_at IS DISTINCT FROM NEW.retired_at)
    EXECUTE FUNCTION readiness_mark_all();

-- the readiness of today's sellers, recorded without announcing it (nothing changed by this release)
INSERT INTO seller_readiness_state (seller_id, ready, met, required, profile_version, changed_at)
SELECT s.id,
       count(*) FILTER (WHERE q.level > 0) > 0
           AND count(*) FILTER (WHERE q.level > 0) = count(*) FILTER (WHERE q.level > 0 AND e.level >= q.level),
       count(*) FILTER (WHERE q.level > 0 AND e.level >= q.level),
       count(*) FILTER (WHERE q.level > 0),
       (SELECT max(version) FROM role_profile p WHERE p.role = s.role),
       now()
FROM seller s
JOIN current_requirement q ON q.role = s.role
LEFT JOIN effective_level e ON e.seller_id = s.id AND e.skill_id = q.skill_id
WHERE s.active
GROUP BY s.id, s.role;

-- enrolment.overdue: announced once per enrolment by the overdue job (OverdueEnrolments), which claims
-- open enrolments past their due date with FOR UPDATE SKIP LOCKED and marks them in the same transaction
ALTER TABLE enrolment ADD COLUMN overdue_announced_at timestamptz;
CREATE INDEX enrolment_overdue_due_idx ON enrolment (due_on, id)
    WHERE status IN ('ASSIGNED', 'IN_PROGRESS') AND overdue_announced_at IS NULL;
