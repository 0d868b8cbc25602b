#!/usr/bin/env bash
# Push benchmark: whole processes of drizzle-kit push, the sqlite3 shell and dschema push on the
# same generated schemas (see README.md). Prints a markdown table of medians (and minima) in ms.
#
#   bench/push/run.sh [--sizes 10,100,500] [--runs 5] [--warmup 1] [--seed 42]
#                     [--tools drizzle-npx,drizzle-bin,sqlite3,dschema]
#
# Environment: MVN_ARGS (extra Maven options, e.g. -o), WORK (work folder, default bench/push/work),
# DSCHEMA (the dschema launcher, default: java -jar server/target/dschema.jar).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${WORK:-$HERE/work}
SIZES=10,100,500
RUNS=5
WARMUP=1
SEED=42
TOOLS=drizzle-npx,drizzle-bin,sqlite3,dschema
DSCHEMA=${DSCHEMA:-"java -jar $ROOT/server/target/dschema.jar"}

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --tools) TOOLS=$2; shift 2 ;;
    --verify) shift; MODE=verify; break ;;
    --prepare) shift; MODE=prepare; break ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

# ---------------------------------------------------------------- checks of a pushed database
# verify DB TABLES COLUMNS [TABLE COLUMN]: the database holds exactly TABLES tables (no leftovers
# such as a half-done rebuild's __new_ table) with COLUMNS columns in all, and TABLE has COLUMN.
verify() {
  local db=$1 tables=$2 columns=$3 table=${4:-} column=${5:-}
  [ -s "$db" ] || { echo "verify: no database $db" >&2; return 1; }
  local got
  got=$(sqlite3 -batch "$db" "select (select count(*) from sqlite_schema where type = 'table' and name not like 'sqlite_%')
      || ' ' || (select count(*) from sqlite_schema s join pragma_table_xinfo(s.name) c
                 where s.type = 'table' and s.name not like 'sqlite_%')") || return 1
  if [ "$got" != "$tables $columns" ]; then
    echo "verify: $db has '$got' tables and columns, expected '$tables $columns'" >&2
    return 1
  fi
  if [ -n "$table" ]; then
    got=$(sqlite3 -batch "$db" "select count(*) from pragma_table_xinfo('$table') where name = '$column'") || return 1
    [ "$got" = 1 ] || { echo "verify: $db has no column $table.$column" >&2; return 1; }
  fi
}

# prepare DB TEMPLATE|- VERIFY_ARGS...: hyperfine's --prepare. A marker says that the command ran
# since the last reset (hyperfine runs it after every prepare), so the database it left is checked
# first; then the database is reset: removed, or copied from the template.
prepare() {
  local db=$1 template=$2; shift 2
  if [ -e "$db.reset" ]; then
    verify "$db" "$@"
  fi
  rm -f "$db" "$db-journal" "$db-wal" "$db-shm"
  if [ "$template" != - ]; then
    cp "$template" "$db"
  fi
  touch "$db.reset"
}

case "${MODE:-}" in
  verify) verify "$@"; exit ;;
  prepare) prepare "$@"; exit ;;
esac

have() { case ",$TOOLS," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
ms() { node -e 'const s = Number(process.argv[1]); console.log((s * 1000).toFixed(0))' "$1"; }

# ---------------------------------------------------------------- set up
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell (Debian: apt-get install sqlite3)" >&2; exit 1; }
command -v node >/dev/null || { echo "needs node and npm" >&2; exit 1; }
if [ ! -x "$HERE/node_modules/.bin/drizzle-kit" ] || [ "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]; then
  echo "installing drizzle-kit, drizzle-orm and better-sqlite3 (npm ci) ..." >&2
  (cd "$HERE" && npm ci --no-audit --no-fund >&2)
fi
HYPERFINE=$(command -v hyperfine || true)
[ -n "$HYPERFINE" ] || echo "hyperfine not found (apt-get install hyperfine): using a plain timing loop" >&2

mkdir -p "$WORK"
echo "writing the schemas (PushBenchSchemas, seed $SEED, sizes $SIZES) ..." >&2
(cd "$ROOT" && mvn -B -q ${MVN_ARGS:-} -pl server -am -Pbench process-test-classes \
    -Dbench.main=io.dschema.bench.PushBenchSchemas \
    -Dbench.args="--tables $SIZES --seed $SEED --out $WORK/in" >&2)

DRIZZLE_BIN="$HERE/node_modules/.bin/drizzle-kit"
RESULTS=$WORK/results.md
: > "$RESULTS"
LOADS=()

# measure LABEL DB TEMPLATE|- "VERIFY ARGS" COMMAND: median and min in ms, or FAILED
measure() {
  local label=$1 db=$2 template=$3 expect=$4 command=$5
  rm -f "$db" "$db.reset" "$db-journal"
  local self="bash $HERE/run.sh"
  if [ -n "$HYPERFINE" ]; then
    local json=$WORK/$label.json
    if ! "$HYPERFINE" --style none --runs "$RUNS" --warmup "$WARMUP" --export-json "$json" \
        --prepare "$self --prepare $db $template $expect" "$command" >"$WORK/$label.log" 2>&1; then
      echo "  $label FAILED (see $WORK/$label.log)" >&2; tail -5 "$WORK/$label.log" >&2; echo FAILED; return
    fi
    # the last run's database, which no later prepare looked at
    if ! verify "$db" $expect; then echo "  $label FAILED the last check" >&2; echo FAILED; return; fi
    node -e 'const r = require(process.argv[1]).results[0];
             console.log(`${(r.median * 1000).toFixed(0)} (${(r.min * 1000).toFixed(0)})`)' "$json"
  else
    local times=() i t0 t1
    for ((i = 0; i < WARMUP + RUNS; i++)); do
      prepare "$db" "$template" $expect >/dev/null 2>&1 || true
      rm -f "$db.reset"
      t0=$(date +%s%N)
      if ! bash -c "$command" >"$WORK/$label.log" 2>&1; then echo "  $label FAILED" >&2; echo FAILED; return; fi
      t1=$(date +%s%N)
      verify "$db" $expect || { echo "  $label FAILED the check" >&2; echo FAILED; return; }
      [ "$i" -ge "$WARMUP" ] && times+=($(( (t1 - t0) / 1000000 )))
    done
    node -e 'const t = process.argv.slice(1).map(Number).sort((a, b) => a - b);
             const m = t.length % 2 ? t[(t.length - 1) / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
             console.log(`${m.toFixed(0)} (${t[0]})`)' "${times[@]}"
  fi
}

# columns DB: every table's columns as SQLite reports them, to compare two tools' results
columns() {
  sqlite3 -batch "$1" "select s.name, c.cid, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk, c.hidden
      from sqlite_schema s join pragma_table_xinfo(s.name) c
      where s.type = 'table' and s.name not like 'sqlite_%' order by s.name, c.cid;
    select 'index', name, tbl_name from sqlite_schema where type = 'index' and sql is not null order by name"
}

IFS=, read -r -a SIZE_LIST <<< "$SIZES"
for n in "${SIZE_LIST[@]}"; do
  d=$WORK/in/n$n
  # shellcheck disable=SC1091
  . "$d/expected.env"
  before="$TABLES $COLUMNS"
  after="$TABLES $((COLUMNS + 1)) $CHANGED_TABLE $ADDED_COLUMN"
  # drizzle-kit generate puts "./" before its out folder: it is given relative to $HERE, where it runs
  for variant in schema schema-changed; do
    cat > "$d/$variant.drizzle.config.ts" <<EOF
import { defineConfig } from "drizzle-kit";
export default defineConfig({
  dialect: "sqlite",
  schema: "$d/$variant.ts",
  out: "$(realpath -m --relative-to="$HERE" "$d/drizzle")",
  dbCredentials: { url: "$d/drizzle.db" },
});
EOF
  done
  rm -rf "$d/drizzle" "$d"/*.db "$d"/*.db.reset

  # The SQL of the sqlite3 baseline is what drizzle-kit generate writes: the whole schema, then the change.
  (cd "$HERE" && "$DRIZZLE_BIN" generate --config "$d/schema.drizzle.config.ts" >/dev/null)
  (cd "$HERE" && "$DRIZZLE_BIN" generate --config "$d/schema-changed.drizzle.config.ts" >/dev/null)
  { echo "BEGIN;"; cat "$d"/drizzle/0000_*.sql; echo; echo "COMMIT;"; } > "$d/schema.sql"
  { echo "BEGIN;"; cat "$d"/drizzle/0001_*.sql; echo; echo "COMMIT;"; } > "$d/change.sql"

  # Templates: each tool's own fresh push, the start of its no-op and one-column runs.
  (cd "$HERE" && "$DRIZZLE_BIN" push --config "$d/schema.drizzle.config.ts" --force --strict false >/dev/null)
  verify "$d/drizzle.db" $before
  mv "$d/drizzle.db" "$d/drizzle-template.db"
  sqlite3 -batch "$d/sqlite3-template.db" < "$d/schema.sql"
  verify "$d/sqlite3-template.db" $before
  if ! diff <(columns "$d/drizzle-template.db") <(columns "$d/sqlite3-template.db") > "$d/tables.diff"; then
    echo "N=$n: drizzle-kit push and the sqlite3 shell made different tables, see $d/tables.diff" >&2; exit 1
  fi
  echo "N=$n: drizzle-kit push and sqlite3 < schema.sql made the same $TABLES tables, $COLUMNS columns" >&2

  dschema_ok=no
  if have dschema; then
    if $DSCHEMA push --schema "$d/schema.dschema" --url "file:$d/dschema-template.db" --force >"$d/dschema-try.log" 2>&1 \
        && verify "$d/dschema-template.db" $before 2>>"$d/dschema-try.log"; then
      dschema_ok=yes
      if ! diff <(columns "$d/drizzle-template.db") <(columns "$d/dschema-template.db") > "$d/dschema-tables.diff"; then
        echo "N=$n: note: dschema's tables differ from drizzle-kit's, see $d/dschema-tables.diff" >&2
      fi
    else
      echo "dschema: not available ($(tail -1 "$d/dschema-try.log"))" >&2
    fi
  fi

  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for tool in drizzle-npx drizzle-bin sqlite3 dschema; do
    have "$tool" || continue
    db=$d/$tool.db
    case $tool in
      drizzle-npx|drizzle-bin)
        [ "$tool" = drizzle-npx ] && kit="npx drizzle-kit" || kit="$DRIZZLE_BIN"
        # drizzle-kit reads its config's url: point both configs at this tool's database
        sed -i "s|url: \".*\"|url: \"$db\"|" "$d/schema.drizzle.config.ts" "$d/schema-changed.drizzle.config.ts"
        push="cd $HERE && $kit push --strict false --force --config"
        fresh=$(measure "n$n-$tool-fresh" "$db" - "$before" "$push $d/schema.drizzle.config.ts")
        noop=$(measure "n$n-$tool-noop" "$db" "$d/drizzle-template.db" "$before" "$push $d/schema.drizzle.config.ts")
        change=$(measure "n$n-$tool-change" "$db" "$d/drizzle-template.db" "$after" "$push $d/schema-changed.drizzle.config.ts")
        name="drizzle-kit 0.31 ($kit)"; [ "$tool" = drizzle-bin ] && name="drizzle-kit 0.31 (node_modules/.bin)"
        ;;
      sqlite3)
        fresh=$(measure "n$n-sqlite3-fresh" "$db" - "$before" "sqlite3 -batch $db < $d/schema.sql")
        noop="n/a"
        change=$(measure "n$n-sqlite3-change" "$db" "$d/sqlite3-template.db" "$after" "sqlite3 -batch $db < $d/change.sql")
        name="sqlite3 shell ($(sqlite3 --version | cut -d' ' -f1))"
        ;;
      dschema)
        name="dschema push"
        if [ "$dschema_ok" = no ]; then
          echo "| $name | $n | not available | not available | not available |" >> "$RESULTS"
          continue
        fi
        push="$DSCHEMA push --force --url file:$db --schema"
        fresh=$(measure "n$n-dschema-fresh" "$db" - "$before" "$push $d/schema.dschema")
        noop=$(measure "n$n-dschema-noop" "$db" "$d/dschema-template.db" "$before" "$push $d/schema.dschema")
        change=$(measure "n$n-dschema-change" "$db" "$d/dschema-template.db" "$after" "$push $d/schema-changed.dschema")
        ;;
    esac
    echo "| $name | $n | $fresh | $noop | $change |" >> "$RESULTS"
    echo "  $name N=$n: fresh $fresh, no-op $noop, one-column $change" >&2
  done
  LOADS+=("N=$n: load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after")
done

echo
echo "Push, whole processes, median (min) in ms of $RUNS runs after $WARMUP warm-up, fresh temp files; seed $SEED."
echo "Machine: nproc $(nproc); $(node --version) node; drizzle-kit $(node -p 'require("'"$HERE"'/node_modules/drizzle-kit/package.json").version');" \
  "drizzle-orm $(node -p 'require("'"$HERE"'/node_modules/drizzle-orm/package.json").version');" \
  "better-sqlite3 $(node -p 'require("'"$HERE"'/node_modules/better-sqlite3/package.json").version');" \
  "sqlite3 shell $(sqlite3 --version | cut -d' ' -f1); ${HYPERFINE:+$($HYPERFINE --version)}"
for load in "${LOADS[@]}"; do echo "$load"; done
echo
echo "| tool | N | fresh | no-op | one-column |"
echo "|---|---|---|---|---|"
cat "$RESULTS"
