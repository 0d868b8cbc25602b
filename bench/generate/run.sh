#!/usr/bin/env bash
# Generate benchmark: whole processes of `drizzle-kit generate` (0.31) and `dschema generate` on the
# same generated schemas as the push benchmark (bench/push: its schemas and its npm install are
# reused): (a) on an empty migration folder, (b) after a one-column change (the folder holds the
# first migration). Prints a markdown table of medians (and minima) in ms.
#
#   bench/generate/run.sh [--sizes 10,100,500] [--runs 5] [--warmup 1]
#
# Needs bench/push/run.sh to have run once (it writes bench/push/work/in/nN and installs
# drizzle-kit). DSCHEMA: the dschema launcher (default: bin/dschema).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PUSH=$ROOT/bench/push
WORK=${WORK:-$HERE/work}
SIZES=10,100,500
RUNS=5
WARMUP=1
DSCHEMA=${DSCHEMA:-"$ROOT/bin/dschema"}
# reset OUT TEMPLATE|-: hyperfine's --prepare: the folder as it was (empty, or a copy of the template)
if [ "${1:-}" = --reset ]; then
  rm -rf "$2"; if [ "$3" != - ]; then cp -r "$3" "$2"; fi; exit 0
fi
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
KIT=$PUSH/node_modules/.bin/drizzle-kit
[ -x "$KIT" ] || { echo "run bench/push/run.sh first (it installs drizzle-kit and writes the schemas)" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }


# measure LABEL OUT TEMPLATE|- FILES COMMAND: the median (min) in ms; the folder must then hold FILES .sql files
measure() {
  local label=$1 out=$2 template=$3 files=$4 command=$5
  if ! hyperfine --style none --runs "$RUNS" --warmup "$WARMUP" --export-json "$WORK/$label.json" \
      --prepare "bash $HERE/run.sh --reset $out $template" "$command" > "$WORK/$label.log" 2>&1; then
    echo "  $label FAILED (see $WORK/$label.log)" >&2; echo FAILED; return
  fi
  local got; got=$(find "$out" -maxdepth 1 -name '*.sql' | wc -l)
  if [ "$got" != "$files" ] || [ ! -f "$out/meta/_journal.json" ]; then
    echo "  $label FAILED: $out holds $got migrations, expected $files" >&2; echo FAILED; return
  fi
  node -e 'const r = require(process.argv[1]).results[0];
           console.log(`${(r.median * 1000).toFixed(0)} (${(r.min * 1000).toFixed(0)})`)' "$WORK/$label.json"
}

mkdir -p "$WORK"
RESULTS=$WORK/results.md
: > "$RESULTS"
LOADS=()
IFS=, read -r -a SIZE_LIST <<< "$SIZES"
for n in "${SIZE_LIST[@]}"; do
  in=$PUSH/work/in/n$n
  [ -f "$in/schema.dschema" ] || { echo "no $in: run bench/push/run.sh --sizes $SIZES first" >&2; exit 1; }
  d=$WORK/n$n
  rm -rf "$d"; mkdir -p "$d"
  for variant in schema schema-changed; do
    cat > "$d/$variant.drizzle.config.ts" <<CONFIG
export default { dialect: "sqlite", schema: "$in/$variant.ts", out: "$(realpath -m --relative-to="$PUSH" "$d/drizzle")" };
CONFIG
  done
  # Templates: each tool's folder after its first migration.
  (cd "$PUSH" && "$KIT" generate --config "$d/schema.drizzle.config.ts" > /dev/null)
  cp -r "$d/drizzle" "$d/drizzle-template"
  $DSCHEMA generate --schema "$in/schema.dschema" --out "$d/dschema-template" --name init > /dev/null

  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  kit="cd $PUSH && $KIT generate --config"
  fresh=$(measure "n$n-drizzle-fresh" "$d/drizzle" - 1 "$kit $d/schema.drizzle.config.ts")
  change=$(measure "n$n-drizzle-change" "$d/drizzle" "$d/drizzle-template" 2 "$kit $d/schema-changed.drizzle.config.ts")
  echo "| drizzle-kit 0.31 generate | $n | $fresh | $change |" >> "$RESULTS"
  echo "  drizzle-kit N=$n: empty folder $fresh, one-column change $change" >&2
  fresh=$(measure "n$n-dschema-fresh" "$d/dschema" - 1 "$DSCHEMA generate --schema $in/schema.dschema --out $d/dschema")
  change=$(measure "n$n-dschema-change" "$d/dschema" "$d/dschema-template" 2 "$DSCHEMA generate --schema $in/schema-changed.dschema --out $d/dschema")
  echo "| dschema generate | $n | $fresh | $change |" >> "$RESULTS"
  echo "  dschema N=$n: empty folder $fresh, one-column change $change" >&2
  LOADS+=("N=$n: load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after")
done

echo
echo "Generate, whole processes, median (min) in ms of $RUNS runs after $WARMUP warm-up; nproc $(nproc);" \
  "drizzle-kit $(node -p 'require("'"$PUSH"'/node_modules/drizzle-kit/package.json").version'); dschema through $DSCHEMA."
for load in "${LOADS[@]}"; do echo "$load"; done
echo
echo "| tool | N | empty folder | one-column change |"
echo "|---|---|---|---|"
cat "$RESULTS"
