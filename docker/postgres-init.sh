#!/bin/sh
# Run once by the postgres image on an empty data folder (/docker-entrypoint-initdb.d/): one database per
# subgraph, each owned by a role of its own whose password is that subgraph's secret and closed to the other
# roles, with the extensions the subgraphs' searches use (created here by the superuser, so the roles need no
# more than ownership).
set -eu
secrets=${PAKN_SECRETS_DIR:-/run/secrets}
for name in ${PAKN_SUBGRAPHS:-agencies petitions procedures reporting}; do
  psql -q -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v name="pakn_$name" -v password="$(cat "$secrets/${name}_db_password")" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
\connect :"name"
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SQL
done
