#!/usr/bin/env bash
# Whole-process benchmarks of actorgraph.
# Usage: scripts/bench.sh [SHARED_DIR] [RUNS]
# Builds the command, then measures with /usr/bin/time -v:
#   start-up (--version); build on the BBC and Reuters archives and on ~20 MB
#   and ~100 MB corpora made here by repeating BBC with distinct ids (in a
#   temporary folder, never committed), worker scaling 1 -> 2 on 20 MB; and
#   analysis commands on generated graphs of 1k, 10k and 100k actors.
# Prints a table of medians: seconds, MB/s and words/s of input text (words
# counted by wc -w on the input file), peak RSS.
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
  local rate="-" wrate="-"
  if [ "$mb" != "-" ]; then rate=$(awk -v m="$mb" -v s="$med" 'BEGIN {printf "%.1f", m/s}'); fi
  if [ -n "${WORDS:-}" ]; then wrate=$(awk -v w="$WORDS" -v s="$med" 'BEGIN {printf "%.0f", w/s}'); fi
  printf '| %-48s | %8s | %7s | %9s | %7s |\n' "$label" "$med" "$rate" "$wrate" "$rmed"
  LAST_MED=$med
}

echo "| run (median of $RUNS) | seconds | MB/s | words/s | RSS MB |"
echo "|---|---|---|---|---|"
run "actorgraph --version" - "$AG" --version
if [ -f "$BBC" ]; then
  bbc_mb=$(awk -v b="$(wc -c <"$BBC")" 'BEGIN {printf "%.2f", b/1e6}')
  WORDS=$(wc -w <"$BBC") run "build bbc.jsonl (5 MB), 2 workers" "$bbc_mb" "$AG" build "$BBC" -o "$TMP/g.json" -q
  # ~100 MB: 20 copies with distinct ids; every copy repeats the text, so
  # it is measured with --keep-duplicates (all extracted) and without
  # (duplicates folded before extraction).
  for i in $(seq 1 20); do
    sed "s/\"id\": \"/\"id\": \"copy$i\//" "$BBC"
  done >"$TMP/big.jsonl"
  head -n $((4 * $(wc -l <"$BBC"))) "$TMP/big.jsonl" >"$TMP/mid.jsonl"
  big_mb=$(awk -v b="$(wc -c <"$TMP/big.jsonl")" 'BEGIN {printf "%.1f", b/1e6}')
  mid_mb=$(awk -v b="$(wc -c <"$TMP/mid.jsonl")" 'BEGIN {printf "%.1f", b/1e6}')
  WORDS=$(wc -w <"$TMP/mid.jsonl") run "build ${mid_mb} MB --keep-duplicates, 1 worker" "$mid_mb" "$AG" build "$TMP/mid.jsonl" -o "$TMP/g.json" -q --keep-duplicates --workers 1
  one=$LAST_MED
  WORDS=$(wc -w <"$TMP/mid.jsonl") run "build ${mid_mb} MB --keep-duplicates, 2 workers" "$mid_mb" "$AG" build "$TMP/mid.jsonl" -o "$TMP/g.json" -q --keep-duplicates --workers 2
  two=$LAST_MED
  scaling=$(awk -v a="$one" -v b="$two" 'BEGIN {printf "%.2f", a/b}')
  printf '| %-48s | %8s | %7s | %9s | %7s |\n' "worker scaling 1 -> 2 (${mid_mb} MB, --keep-duplicates)" "${scaling}x" - - -
  WORDS=$(wc -w <"$TMP/big.jsonl") run "build ${big_mb} MB --keep-duplicates, 2 workers" "$big_mb" "$AG" build "$TMP/big.jsonl" -o "$TMP/g.json" -q --keep-duplicates --workers 2
  WORDS=$(wc -w <"$TMP/big.jsonl") run "build ${big_mb} MB, duplicates folded" "$big_mb" "$AG" build "$TMP/big.jsonl" -o "$TMP/g.json" -q
else
  echo "(no $BBC: build benchmarks skipped)"
fi
REUTERS="$SHARED/data/reuters21578/reuters.jsonl"
if [ -f "$REUTERS" ]; then
  r_mb=$(awk -v b="$(wc -c <"$REUTERS")" 'BEGIN {printf "%.1f", b/1e6}')
  WORDS=$(wc -w <"$REUTERS") run "build reuters.jsonl (${r_mb} MB), 2 workers" "$r_mb" "$AG" build "$REUTERS" -o "$TMP/r.json" -q
fi

for spec in "1000 5000" "10000 50000" "100000 500000"; do
  set -- $spec
  n=$1 m=$2
  "$TMP/gengraph" -kind planted -n "$n" -m "$m" >"$TMP/planted.txt"
  "$TMP/gengraph" -kind hubs -n "$n" -m $((m / n)) >"$TMP/hubs.txt"
  for kind in planted hubs; do
    "$AG" import --format edgelist "$TMP/$kind.txt" -o "$TMP/$kind.json" 2>/dev/null
    g="$TMP/$kind.json"
    run "$kind $n/$m: load + actors --top 1" - "$AG" actors -g "$g" --top 1
    run "$kind $n/$m: rank --by pagerank" - "$AG" rank -g "$g" --by pagerank --top 10
    run "$kind $n/$m: communities" - "$AG" communities -g "$g" --top 3
    run "$kind $n/$m: rank --by betweenness --samples 256" - "$AG" rank -g "$g" --by betweenness --samples 256 --top 10
    w=${#n}; w=$((w - 1)) # gengraph zero-pads names to the width of n-1
    from=$(printf "a%0${w}d" 1); to=$(printf "a%0${w}d" $((n / 2)))
    run "$kind $n/$m: paths $from $to" - "$AG" paths -g "$g" "$from" "$to" --k 3
  done
done
