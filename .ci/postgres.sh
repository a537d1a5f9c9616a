# shellcheck shell=bash
# Throwaway PostgreSQL cluster for the store contract tests. Source this file, then:
#   pg_start   # init a cluster in a temp dir, start it on 127.0.0.1:<free port>, create a database,
#              # export CLAIMBOT_TEST_POSTGRES (an Npgsql connection string)
#   ...        # run the tests
#   pg_stop    # stop the server and delete the temp dir
# Installs nothing: the PostgreSQL server binaries must already be there (Debian package `postgresql`).
# Works as root: the cluster is owned by and run as a non-root OS user (`postgres` by default).

_pg_bin_dir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return 0
    fi
    return 1
}

# Runs a command as the cluster's OS user (as is when we are not root), from a folder that user can enter.
_pg_as_owner() {
    ( cd "$PG_TMP_DIR" && _pg_as_owner_here "$@" )
}

_pg_as_owner_here() {
    if [ "$(id -u)" -eq 0 ]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u "$PG_OS_USER" -- "$@"
        else
            su -s /bin/sh "$PG_OS_USER" -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}

_pg_free_port() {
    local port
    for port in $(shuf -i 20000-60000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

pg_start() {
    local bin
    bin="$(_pg_bin_dir)" || { echo "pg_start: PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; return 1; }
    PG_OS_USER="${PG_OS_USER:-postgres}"
    if [ "$(id -u)" -eq 0 ] && ! id "$PG_OS_USER" >/dev/null 2>&1; then
        echo "pg_start: OS user '$PG_OS_USER' does not exist (the postgresql package creates it)" >&2
        return 1
    fi
    if [ "$(id -u)" -ne 0 ]; then
        PG_OS_USER="$(id -un)"
    fi

    PG_TMP_DIR="$(mktemp -d /tmp/claimbot-pg.XXXXXX)" || return 1
    chmod 755 "$PG_TMP_DIR"
    mkdir -p "$PG_TMP_DIR/data" "$PG_TMP_DIR/socket" "$PG_TMP_DIR/log"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R "$PG_OS_USER" "$PG_TMP_DIR/data" "$PG_TMP_DIR/socket" "$PG_TMP_DIR/log"
    fi

    PG_PORT="$(_pg_free_port)" || { echo "pg_start: no free port found" >&2; return 1; }
    PG_BIN_DIR="$bin"
    export PG_TMP_DIR PG_PORT PG_BIN_DIR PG_OS_USER

    # Throwaway cluster: trust auth on loopback only, no fsync; UTF-8 so Danish text round-trips.
    if ! _pg_as_owner "$bin/initdb" -D "$PG_TMP_DIR/data" -U claimbot --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PG_TMP_DIR/initdb.log" 2>&1; then
        echo "pg_start: initdb failed:" >&2
        cat "$PG_TMP_DIR/initdb.log" >&2
        return 1
    fi

    if ! _pg_as_owner "$bin/pg_ctl" -D "$PG_TMP_DIR/data" -l "$PG_TMP_DIR/log/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_TMP_DIR/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null; then
        echo "pg_start: server did not start:" >&2
        cat "$PG_TMP_DIR/log/server.log" >&2
        return 1
    fi

    if ! _pg_as_owner "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U claimbot claimbot_test; then
        echo "pg_start: createdb failed" >&2
        return 1
    fi

    export CLAIMBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Database=claimbot_test;Username=claimbot;Password=claimbot"
    echo "pg_start: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_TMP_DIR)"
}

pg_stop() {
    if [ -z "${PG_TMP_DIR:-}" ] || [ ! -d "$PG_TMP_DIR" ]; then
        return 0
    fi
    if [ -f "$PG_TMP_DIR/data/postmaster.pid" ]; then
        _pg_as_owner "$PG_BIN_DIR/pg_ctl" -D "$PG_TMP_DIR/data" -m fast -w -t 60 stop >/dev/null ||
            _pg_as_owner "$PG_BIN_DIR/pg_ctl" -D "$PG_TMP_DIR/data" -m immediate -w stop >/dev/null
    fi
    rm -rf "$PG_TMP_DIR"
    unset PG_TMP_DIR PG_PORT CLAIMBOT_TEST_POSTGRES
}
