#!/usr/bin/env bash
# actorgraph-patch.sh SRC DST: copy gomoji v1.2.0 from SRC (its module directory) to DST with its
# emoji table built on first use instead of in a package initialiser.
set -euo pipefail
src=$1 dst=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$dst"; mkdir -p "$dst"
(cd "$src" && tar cf - --exclude='*_test.go' --exclude=Makefile --exclude=README.md --exclude='.[a-z]*' .) | (cd "$dst" && tar xf -)
chmod -R u+w "$dst"
# 1. data.go: the package variable emojiMap, a map literal Go builds at init, becomes the body of
#    makeEmojiMap (the literal itself is unchanged)
d=$dst/data.go
test "$(sed -n 5p "$d")" = 'var (' && test "$(sed -n 6p "$d")" = '	emojiMap = map[string]Emoji{' && test "$(tail -n 1 "$d")" = ')'
sed -i -e '5s/^var ($/func makeEmojiMap() map[string]Emoji {/' -e '6s/^	emojiMap = map\[string\]Emoji{$/	return map[string]Emoji{/' -e '$s/^)$/}/' "$d"
# 2. gomoji.go: every read of emojiMap goes through emojiTable (lazy.go), which builds it once
g=$dst/gomoji.go
sed -i -e 's/emojiMap\[/emojiTable()[/g' -e 's/emojiMapToSlice(emojiMap)/emojiMapToSlice(emojiTable())/' "$g"
! grep -qE '(^|[^A-Za-z_])emojiMap([^A-Za-z_]|$)' "$g"
cp "$here/lazy.go" "$dst/lazy.go"
gofmt -l "$dst" | (! grep .)
(cd "$dst" && go vet . >/dev/null)
