#!/usr/bin/env bash
# Makes sure a local PostgreSQL server is installed, running on 127.0.0.1:5432, and has the
# `carematch` role the tests and the PostgreSql provider use. Safe to run again.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "== installing PostgreSQL (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(pg_lsclusters -h | awk 'NR==1{print $1}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$version" main
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main"{print $4}' | grep -qx online; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL did not start; see /var/log/postgresql/" >&2; exit 1; }
runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='carematch'" | grep -q 1 \
  || runuser -u postgres -- psql -qc "CREATE ROLE carematch LOGIN PASSWORD 'carematch' CREATEDB"
echo "== PostgreSQL $version is running on 127.0.0.1:5432 (role carematch)"
