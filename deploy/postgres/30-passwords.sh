#!/bin/sh
# Docker only (docker-entrypoint-initdb.d): gives each service role the password from the
# environment of the postgres container. Locally bin/suite sets them instead.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
ALTER ROLE lead_service PASSWORD '${LEAD_DB_PASSWORD}';
ALTER ROLE skills_service PASSWORD '${SKILLS_DB_PASSWORD}';
ALTER ROLE governance_service PASSWORD '${GOVERNANCE_DB_PASSWORD}';
SQL
