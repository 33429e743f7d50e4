#!/usr/bin/env bash
# actorgraph-patch.sh SRC DST: copy go-graphviz v0.2.9 from SRC (its module directory) to DST with its
# WebAssembly module instantiated on first use instead of in a package initialiser.
set -euo pipefail
src=$1 dst=$2
rm -rf "$dst"; mkdir -p "$dst"
(cd "$src" && tar cf - --exclude=_examples --exclude=testdata --exclude='*_test.go' --exclude=internal/wasm/build \
  --exclude=buf.gen.yaml --exclude=buf.work.yaml --exclude=Makefile --exclude=README.md --exclude=internal/wasm/bind.proto .) | (cd "$dst" && tar xf -)
chmod -R u+w "$dst"
b=$dst/internal/wasm/bind.go
start=$(grep -n '^func init() {$' "$b" | cut -d: -f1)
end=$(awk -v s="$start" 'NR>s && /^}$/ {print NR; exit}' "$b")

# 0. wazero v1.11.0, as actorgraph's go.mod requires (v1.8.1 crashes under Go 1.26)
(cd "$dst" && go mod edit -require github.com/tetratelabs/wazero@v1.11.0 && go mod tidy)

# 1. the declared enum values become the module's own (some upstream declarations differ; packages
#    that copy them at init, gvc and cgraph, must read the right values before the module exists)
sed -n "${start},${end}p" "$b" | grep -E '^	[A-Z][A-Z0-9_]* = [A-Za-z]+\(mod\.getEnumValue\(ctx, "[A-Za-z0-9_]+"\)\)$' |
  sed -E 's/^	([A-Z0-9_]+) = .*getEnumValue\(ctx, ("[A-Za-z0-9_]+")\)\)$/	fmt.Println("\1", mod.getEnumValue(ctx, \2))/' >"$dst/enums.tmp"
{ printf 'package wasm\n\nimport (\n\t"context"\n\t"fmt"\n\t"testing"\n)\n\nfunc TestPrintEnums(t *testing.T) {\n\tctx := context.Background()\n'
  cat "$dst/enums.tmp"; printf '}\n'; } >"$dst/internal/wasm/enums_print_test.go"
(cd "$dst/internal/wasm" && go test -count=1 -run TestPrintEnums -v .) | grep -E '^[A-Z][A-Z0-9_]* -?[0-9]+$' >"$dst/enums.txt"
test "$(wc -l <"$dst/enums.txt")" = "$(wc -l <"$dst/enums.tmp")"
while read -r name value; do
  sed -i -E "s/^(	$name +[A-Za-z]+ += )-?[0-9]+$/\1$value/" "$b"
  grep -qE "^	$name +[A-Za-z]+ += $value$" "$b"
done <"$dst/enums.txt"
rm "$dst/enums.tmp" "$dst/enums.txt" "$dst/internal/wasm/enums_print_test.go"

# 2. the package initialiser becomes instantiate, run by loaded() on first use (lazy.go)
sed -i "${start}s/^func init() {/func instantiate() {/" "$b"
cp "$(dirname "$0")/internal/wasm/lazy.go" "$dst/internal/wasm/lazy.go"
# 3. the Register_ calls gvc makes at init write to lookupFuncs, which the module takes when made
sed -i "1,$((start-1))s/^	mod\.lookupFuncMap\./	lookupFuncs./" "$b"
sed -i -E "${start},${end}s/^		lookupFuncMap: +&LookupFuncMap\{\},/		lookupFuncMap: lookupFuncs,/" "$b"
grep -q 'lookupFuncMap: *lookupFuncs,' "$b"
# 4. the module is published as soon as it exists (calls made while it is set up find it)
line=$(awk -v s="$start" -v e="$end" 'NR>s && NR<e && /^	mod = &WasmModule\{$/ {f=1} f && /^	}$/ {print NR; exit}' "$b")
sed -i "${line}a\\	ready.Store(mod)" "$b"
# 5. the enum values are checked against the module instead of assigned
sed -i -E "${start},${end}s/^	([A-Z][A-Z0-9_]*) = [A-Za-z]+\(mod\.getEnumValue\(ctx, (\"[A-Za-z0-9_]+\")\)\)$/	checkEnum(\"\1\", int(\1), mod.getEnumValue(ctx, \2))/" "$b"
! sed -n "${start},${end}p" "$b" | grep -q '= [A-Za-z]*(mod.getEnumValue'
# 6. every other use of the module goes through loaded()
sed -i -E "$((end+1)),\$s/(^|[^.A-Za-z0-9_])mod\./\1loaded()./g" "$b"
sed -i -E "1,$((start-1))s/(^|[^.A-Za-z0-9_])mod\./\1loaded()./g" "$b"
sed -i -E "s/(^|[^.A-Za-z0-9_])mod\./\1loaded()./g" "$dst/internal/wasm/ext.go"
# 7. cgraph's graph descriptors, and the root package's copies of them, are made after the module
sed -i 's/^func init() {$/func init() { wasm.AfterLoad(setDescriptors) }\n\nfunc setDescriptors() {/' "$dst/cgraph/init.go"
cp "$(dirname "$0")/actorgraph.go" "$dst/actorgraph.go"
# 8. the compilation cache lives where SetCacheRoot says (actorgraph's private folder), not in os.TempDir()
sed -i 's/^	tmpDir := os.TempDir()$/	tmpDir := cacheRootDir()/' "$b"
grep -q '^	tmpDir := cacheRootDir()$' "$b"
gofmt -l "$dst/internal/wasm" "$dst/cgraph/init.go" "$dst/actorgraph.go" | (! grep .)
