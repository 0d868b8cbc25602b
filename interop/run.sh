#!/usr/bin/env bash
# Interop tests: dschema's migration folders under the real drizzle-kit 0.31 and drizzle-orm 0.45
# (better-sqlite3 and libsql migrators), see README.md. Builds nothing: it runs the jar that
# `mvn -B verify` (or `mvn -B package`) left in server/target. Exits non-zero on any failure, each
# failing scenario named by its test.
#
#   interop/run.sh [node --test options, e.g. --test-name-pattern "scenario 2"]
#
# Environment: DSCHEMA_JAR (another jar), KEEP_WORK=1 (keep each scenario's temp folder).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
export DSCHEMA_JAR=${DSCHEMA_JAR:-$ROOT/server/target/dschema.jar}

[ -f "$DSCHEMA_JAR" ] || { echo "interop: $DSCHEMA_JAR is missing: build it first (mvn -B verify)" >&2; exit 1; }
command -v java >/dev/null || { echo "interop: needs java" >&2; exit 1; }
command -v node >/dev/null || { echo "interop: needs node 20 and npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || { echo "interop: needs node 20 or later (better-sqlite3 12), found $(node --version)" >&2; exit 1; }
if [ ! -x "$HERE/node_modules/.bin/drizzle-kit" ] || [ "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]; then
  echo "interop: installing drizzle-kit, drizzle-orm, better-sqlite3 and @libsql/client (npm ci) ..." >&2
  (cd "$HERE" && npm ci --no-audit --no-fund >&2)
fi

echo "interop: $(node --version) node, drizzle-kit $(node -p 'require("'"$HERE"'/node_modules/drizzle-kit/package.json").version')," \
  "drizzle-orm $(node -p 'require("'"$HERE"'/node_modules/drizzle-orm/package.json").version'), jar $DSCHEMA_JAR" >&2
cd "$HERE"
# One test file at a time: the machine is small, and each scenario starts JVMs and drizzle-kit.
exec node --test --test-concurrency=1 --test-reporter=spec "$@" test/
