#!/usr/bin/env bash
# actorgraph-patch.sh SRC DST: copy go-domdistiller v0.0.0-20240926050704-25b8d046ffb4 from SRC (its
# module directory) to DST with the range tables of internal/stringutil built on first use instead of
# in a package initialiser.
set -euo pipefail
src=$1 dst=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$dst"; mkdir -p "$dst"
(cd "$src" && tar cf - --exclude='*_test.go' --exclude=example --exclude=scripts --exclude=internal/testutil \
  --exclude=README.md --exclude=CHANGELOG.md --exclude=IMPROVEMENTS.md --exclude=Makefile --exclude='.[a-z]*' .) | (cd "$dst" && tar xf -)
chmod -R u+w "$dst"
# 0. go.mod and go.sum tidied for the packages left (the tests' requirements go)
(cd "$dst" && go mod tidy)
# 1. word-counter.go: the var block that builds rtMatcher1..3 at init becomes the function
#    makeRangeTables (its assignments unchanged); the variables are declared in lazy.go
w=$dst/internal/stringutil/word-counter.go
start=$(grep -n '^var ($' "$w" | cut -d: -f1)
test "$(grep -c '^var ($' "$w")" = 1
end=$(awk -v s="$start" 'NR>s && /^\)$/ {print NR; exit}' "$w")
test "$(sed -n "$((start+1)),$((end-1))p" "$w" | grep -cE '^	rtMatcher[123] = createRangeTable\(\[\]rune\("[^"]*"\)\)$')" = 3
sed -i -e "${start}s/^var ($/func makeRangeTables() {/" -e "${end}s/^)$/}/" "$w"
# 2. every Count builds them first (once)
sed -i -E 's/^(func \(c (Full|Letter|Fast)WordCounter\) Count\(text string\) int \{)$/\1\n\tloadRangeTables()/' "$w"
test "$(grep -c '^	loadRangeTables()$' "$w")" = 3
test "$(grep -c 'rtMatcher' "$w")" = 7
cp "$here/internal/stringutil/lazy.go" "$dst/internal/stringutil/lazy.go"
gofmt -l "$dst/internal/stringutil" | (! grep .)
(cd "$dst" && go vet ./internal/stringutil >/dev/null)
