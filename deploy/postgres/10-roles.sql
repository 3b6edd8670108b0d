-- One login role per service. Each owns its schema (20-schemas.sql) and has no rights on the
-- others. Idempotent: safe to run on every start. Passwords are not set here: local trust auth
-- needs none, and bin/suite or the Docker init script sets them from the environment.
DO $$
DECLARE
    service text;
BEGIN
    FOREACH service IN ARRAY ARRAY['lead', 'skills', 'governance'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = service || '_service') THEN
            EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE', service || '_service');
        END IF;
        EXECUTE format('ALTER ROLE %I SET search_path = %I', service || '_service', service);
    END LOOP;
END
$$;
