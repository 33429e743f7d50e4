#!/usr/bin/env bash
# Whole-process benchmarks of actorgraph (issue: fast on a whole archive).
# Usage: scripts/bench.sh [SHARED_DIR] [RUNS]
# Builds bin/actorgraph, then measures with /usr/bin/time -v:
#   build on the BBC archive and on a ~100 MB corpus made here by repeating it
#   with distinct ids (written to a temporary folder, never committed),
#   worker scaling 1 -> 2, and analysis commands on generated graphs of 1k,
#   10k and 100k actors. Prints a table of medians.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
RUNS=${2:-3}
BBC="$SHARED/data/bbc/bbc.jsonl"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
go build -trimpath -o "$TMP/ag" ./cmd/actorgraph
go build -o "$TMP/gengraph" ./scripts/gengraph
AG="$TMP/ag"

# run LABEL MB CMD...: runs CMD RUNS times, prints median seconds, MB/s and peak RSS.
run() {
  local label=$1 mb=$2; shift 2
  local secs=() rss=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$TMP/time" "$@" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; true; }
    secs+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$TMP/time")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$TMP/time")")
  done
  local med rmed
  med=$(printf '%s\n' "${secs[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rmed=$(printf '%s\n' "${rss[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  local rate="-"
  if [ "$mb" != "-" ]; then rate=$(awk -v m="$mb" -v s="$med" 'BEGIN {printf "%.1f", m/s}'); fi
  printf '| %-44s | %8s | %7s | %7s |\n' "$label" "$med" "$rate" "$rmed"
  LAST_MED=$med
}

echo "| run (median of $RUNS) | seconds | MB/s | RSS MB |"
echo "|---|---|---|---|"
if [ -f "$BBC" ]; then
  bbc_mb=$(awk -v b="$(wc -c <"$BBC")" 'BEGIN {printf "%.2f", b/1e6}')
  run "build bbc.jsonl (5 MB), 2 workers" "$bbc_mb" "$AG" build "$BBC" -o "$TMP/g.json" -q
  # ~100 MB: 20 copies with distinct ids; every copy repeats the text, so
  # it is measured with --keep-duplicates (all extracted) and without
  # (duplicates folded before extraction).
  for i in $(seq 1 20); do
    sed "s/\"id\": \"/\"id\": \"copy$i\//" "$BBC"
  done >"$TMP/big.jsonl"
  big_mb=$(awk -v b="$(wc -c <"$TMP/big.jsonl")" 'BEGIN {printf "%.1f", b/1e6}')
  run "build ${big_mb} MB --keep-duplicates, 1 worker" "$big_mb" "$AG" build "$TMP/big.jsonl" -o "$TMP/g.json" -q --keep-duplicates --workers 1
  one=$LAST_MED
  run "build ${big_mb} MB --keep-duplicates, 2 workers" "$big_mb" "$AG" build "$TMP/big.jsonl" -o "$TMP/g.json" -q --keep-duplicates --workers 2
  two=$LAST_MED
  run "build ${big_mb} MB, duplicates folded" "$big_mb" "$AG" build "$TMP/big.jsonl" -o "$TMP/g.json" -q
  scaling=$(awk -v a="$one" -v b="$two" 'BEGIN {printf "%.2f", a/b}')
  printf '| %-44s | %8s | %7s | %7s |\n' "worker scaling 1 -> 2 (--keep-duplicates)" "${scaling}x" - -
else
  echo "(no $BBC: build benchmarks skipped)"
fi

for spec in "1000 5000" "10000 50000" "100000 500000"; do
  set -- $spec
  n=$1 m=$2
  "$TMP/gengraph" -kind planted -n "$n" -m "$m" >"$TMP/planted.txt"
  "$TMP/gengraph" -kind hubs -n "$n" -m $((m / n)) >"$TMP/hubs.txt"
  for kind in planted hubs; do
    "$AG" import --format edgelist "$TMP/$kind.txt" -o "$TMP/$kind.json" 2>/dev/null
    g="$TMP/$kind.json"
    run "$kind $n/$m: rank --by pagerank" - "$AG" rank -g "$g" --by pagerank --top 10
    run "$kind $n/$m: communities" - "$AG" communities -g "$g" --top 3
    run "$kind $n/$m: rank --by betweenness --samples 256" - "$AG" rank -g "$g" --by betweenness --samples 256 --top 10
    w=${#n}; w=$((w - 1)) # gengraph zero-pads names to the width of n-1
    from=$(printf "a%0${w}d" 1); to=$(printf "a%0${w}d" $((n / 2)))
    run "$kind $n/$m: paths $from $to" - "$AG" paths -g "$g" "$from" "$to" --k 3
  done
done
