# Sourced: a throw-away PostgreSQL cluster on loopback for tests that need a shared database, set up like a real
# shared server: password authentication (scram-sha-256, a random password per run) and TLS only, with a certificate
# from a throw-away certificate authority, so that "authentication failed" and sslmode=verify-full are tested for real.
# postgres_start exports (test fixtures only; Packbench itself never reads a password from the environment):
#   PACKBENCH_TEST_POSTGRES_URL       postgresql://packbench@localhost:PORT/packbench?sslmode=verify-full&sslrootcert=CA
#   PACKBENCH_TEST_POSTGRES_PASSWORD  the password of the user packbench
#   PACKBENCH_TEST_POSTGRES_BIN       the server's bin folder (pg_ctl, initdb, ...)
#   PACKBENCH_TEST_POSTGRES_DATA      the cluster's data folder (owned by the postgres user when run as root)
# Without a PostgreSQL server installed it exports nothing and the PostgreSQL tests skip. postgres_stop removes it.
PG_PORT=${PACKBENCH_PG_PORT:-55432}
PG_DIR=""
PG_BIN=""

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The certificate authority and the server's certificate (CN localhost, SAN localhost and 127.0.0.1) in $1.
pg_make_certificates() {
  local dir=$1
  mkdir -p "$dir"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=Packbench throw-away test CA" -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
    -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' \
    >"$dir/server.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
    -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null
  # Nothing signs anything else with this authority: its key goes at once.
  rm -f "$dir/ca.key" "$dir/ca.srl" "$dir/server.csr" "$dir/server.ext"
  chmod 755 "$dir"
  chmod 644 "$dir/ca.crt" "$dir/server.crt"
  # The server refuses a key that others can read.
  chmod 600 "$dir/server.key"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir/server.key"
  return 0
}

postgres_start() {
  local bin password
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then
    echo "postgres: no PostgreSQL server installed; PostgreSQL tests will be skipped" >&2
    return 0
  fi
  if ! command -v openssl >/dev/null; then
    echo "postgres: openssl is missing (bash scripts/setup.sh installs it); PostgreSQL tests will be skipped" >&2
    return 0
  fi
  PG_DIR=$(mktemp -d /tmp/packbench-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  password=$(openssl rand -hex 16)
  pg_make_certificates "$PG_DIR/tls"
  (umask 077 && printf '%s\n' "$password" >"$PG_DIR/password")
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR/password"
  # The socket (only its owner may connect: unix_socket_permissions) trusts the owner: the script creates databases there
  # without a password. Over TCP only TLS with the password gets in; an unencrypted connection finds no entry.
  if ! pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U packbench --pwfile="$PG_DIR/password" --auth-local=trust \
    --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1; then
    cat "$PG_DIR/initdb.log" >&2
    return 1
  fi
  rm -f "$PG_DIR/password"
  pg_as_owner tee "$PG_DIR/data/pg_hba.conf" >/dev/null <<EOF
local   all all                trust
hostssl all all 127.0.0.1/32   scram-sha-256
hostssl all all ::1/128        scram-sha-256
EOF
  pg_as_owner tee -a "$PG_DIR/data/postgresql.conf" >/dev/null <<EOF
ssl = on
ssl_cert_file = '$PG_DIR/tls/server.crt'
ssl_key_file = '$PG_DIR/tls/server.key'
password_encryption = 'scram-sha-256'
unix_socket_permissions = 0700
EOF
  if ! pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w start \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null; then
    cat "$PG_DIR/log" >&2
    return 1
  fi
  pg_as_owner "$bin/createdb" -h "$PG_DIR" -p "$PG_PORT" -U packbench packbench
  export PACKBENCH_TEST_POSTGRES_URL="postgresql://packbench@localhost:$PG_PORT/packbench?sslmode=verify-full&sslrootcert=$PG_DIR/tls/ca.crt"
  export PACKBENCH_TEST_POSTGRES_PASSWORD=$password
  export PACKBENCH_TEST_POSTGRES_BIN=$bin
  export PACKBENCH_TEST_POSTGRES_DATA=$PG_DIR/data
  PG_BIN=$bin
  echo "postgres: test cluster on localhost:$PG_PORT (scram-sha-256, TLS only, CA $PG_DIR/tls/ca.crt)"
}

postgres_stop() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -n "$PG_DIR" ]; then
    rm -rf "$PG_DIR"
  fi
}
