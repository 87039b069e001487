#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, owned by this script, on a Unix socket only.
#   tools/test_postgres.sh start DIR   initdb in DIR (if new), start, create role and database;
#                                      prints the SQLAlchemy URL for --postgres
#   tools/test_postgres.sh stop DIR
# Needs Debian's server package (apt-get install postgresql). Run as root, the cluster belongs
# to the 'postgres' system user; otherwise to the calling user.
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?a directory for the cluster}")
port=${DUDAO_TEST_PGPORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
    echo "no PostgreSQL server installed (apt-get install postgresql)" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log"
    fi
    # Durability is not what the tests check: no fsync keeps them quick; no autovacuum in the
    # tests' throw-away databases (it would also hold up dropping them).
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
        "-p $port -k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c autovacuum=off -c max_connections=200" start >/dev/null
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -qtA -v ON_ERROR_STOP=1 \
        -c "SELECT 1 FROM pg_roles WHERE rolname = 'dudao'" | grep -q 1 ||
        as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE dudao LOGIN CREATEDB PASSWORD 'dudao'"
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -qtA \
        -c "SELECT 1 FROM pg_database WHERE datname = 'dudao'" | grep -q 1 ||
        as_owner "$bin/createdb" -h "$dir" -p "$port" -U postgres -O dudao dudao
    echo "postgresql+psycopg://dudao:dudao@/dudao?host=$dir&port=$port"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
