#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` prints the URL of a cluster in DIR (socket only, no
# TCP; trust for the local role `facilitator`); `stop DIR` stops it and removes DIR; `pause DIR` stops the server
# and keeps its data, `resume DIR` starts it again on the same socket and port (a server restart mid-work). Root cannot run postgres, so
# as root the cluster runs as `nobody`. Prints nothing and exits 1 when PostgreSQL cannot start (the caller skips).
set -uo pipefail

find_bin() {
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
        return
    fi
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir=$1 bin port
    bin=$(find_bin) || { echo "pgcluster: no PostgreSQL binaries (initdb, pg_ctl)" >&2; return 1; }
    mkdir -p "$dir" && chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir"
    port=$(( 20000 + RANDOM % 20000 ))
    if ! as_owner timeout 120 "$bin/initdb" -D "$dir/data" -U facilitator --auth=trust -E UTF8 --no-locale \
        >"$dir/initdb.log" 2>&1; then
        echo "pgcluster: initdb failed: $(tail -1 "$dir/initdb.log")" >&2
        return 1
    fi
    serve "$bin" "$dir" "$port" || return 1
    echo "$port" >"$dir/port"
    echo "postgresql+psycopg://facilitator@/postgres?host=$dir&port=$port"
}

serve() {
    local bin=$1 dir=$2 port=$3
    # Throwaway data: no fsync, no TCP, the socket in DIR; enough connections for two workers and the process tests.
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $port -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
            -c max_connections=200" start >/dev/null 2>&1; then
        echo "pgcluster: the server did not start: $(tail -1 "$dir/server.log" 2>/dev/null)" >&2
        return 1
    fi
}

pause() {
    local dir=$1 bin
    bin=$(find_bin) || return 1
    as_owner timeout 60 "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1
}

resume() {
    local dir=$1 bin
    bin=$(find_bin) || return 1
    serve "$bin" "$dir" "$(cat "$dir/port")"
}

stop() {
    local dir=$1 bin
    bin=$(find_bin) || return 0
    [ -d "$dir/data" ] && as_owner timeout 60 "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1
    rm -rf "$dir"
}

case "${1:-}" in
    start) start "${2:?directory}" ;;
    stop) stop "${2:?directory}" ;;
    pause) pause "${2:?directory}" ;;
    resume) resume "${2:?directory}" ;;
    *) echo "usage: $0 start|stop|pause|resume DIR" >&2; exit 2 ;;
esac
