#!/usr/bin/env bash
# Makes a PostgreSQL server answer on 127.0.0.1:5432: starts the installed cluster if it is stopped,
# installs Debian's postgresql if there is none. Prints the admin URL to use on its last line.
set -euo pipefail

ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_isready >/dev/null 2>&1 || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: installing Debian's postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

if ! ready; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "starting PostgreSQL $version" >&2
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || pg_ctlcluster "$version" main start >&2
  for _ in $(seq 1 30); do ready && break; sleep 1; done
fi
ready || { echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2; exit 1; }

# A fresh Debian install asks TCP clients for a password; the machines here trust local ones.
if psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  echo "postgresql://postgres@127.0.0.1:5432/postgres"
else
  su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >&2
  echo "postgresql://postgres:postgres@127.0.0.1:5432/postgres"
fi
