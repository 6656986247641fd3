#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster, then removes the cluster:
#
#   scripts/test-postgres.sh npm test
#   scripts/test-postgres.sh npx mocha --no-config --require dist/test/support/setup.js dist/test/events/x.test.js
#
# The cluster lives in a fresh temporary folder, listens on a free loopback port (and a
# socket in that folder), trusts local connections, and is stopped and deleted when the
# command ends, however it ends. The command sees KB_TEST_DATABASE_URL; tests that need
# PostgreSQL read it and skip without it. Needs Debian's `postgresql` package (any
# version under /usr/lib/postgresql). As root the server runs as the `postgres` user,
# since initdb refuses to run as root.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]   (e.g. $0 npm test)" >&2
  exit 2
fi

# The newest installed server version, so no version number is written down here.
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "test-postgres: no PostgreSQL server under /usr/lib/postgresql (install it: apt-get install postgresql)" >&2
  exit 1
fi

# As root, every server command runs as an unprivileged user that owns the cluster.
as_owner=()
dir=$(mktemp -d "${TMPDIR:-/tmp}/kb-pg-XXXXXX")
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "test-postgres: running as root, and there is no 'postgres' user to run the server as" >&2
    rm -rf "$dir"
    exit 1
  fi
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi

data="$dir/data"
log="$dir/server.log"
user=kb
db=kb_test

cleanup() {
  local status=$?
  if [ -f "$data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${as_owner[@]}" "$bindir/initdb" -D "$data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  echo "test-postgres: initdb failed (log above)" >&2
  exit 1
}

free_port() {
  node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"
}

# Another process may take the port between choosing and binding it: try a few.
started=""
for _ in 1 2 3 4 5; do
  port=$(free_port)
  if "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
    started=yes
    break
  fi
done
if [ -z "$started" ]; then
  cat "$log" >&2 || true
  echo "test-postgres: the server did not start (log above)" >&2
  exit 1
fi

"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$db"

export KB_TEST_DATABASE_URL="postgres://$user@127.0.0.1:$port/$db"
echo "test-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $KB_TEST_DATABASE_URL (removed on exit)" >&2

# Not exec: the trap must run after the command to remove the cluster.
"$@"
