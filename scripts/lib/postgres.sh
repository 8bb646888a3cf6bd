# Sourced: a throw-away PostgreSQL cluster on loopback for tests that need a shared database.
# postgres_start exports PACKBENCH_TEST_POSTGRES_URL; postgres_stop removes the cluster.
PG_PORT=${PACKBENCH_PG_PORT:-55432}
PG_DIR=""

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then
    echo "postgres: no PostgreSQL server installed; PostgreSQL tests will be skipped" >&2
    return 0
  fi
  PG_DIR=$(mktemp -d /tmp/packbench-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -A trust -U packbench >"$PG_DIR/initdb.log" 2>&1
  pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w start \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
  pg_as_owner "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U packbench packbench
  export PACKBENCH_TEST_POSTGRES_URL="postgresql://packbench@127.0.0.1:$PG_PORT/packbench"
  PG_BIN=$bin
  echo "postgres: test cluster on 127.0.0.1:$PG_PORT"
}

postgres_stop() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
