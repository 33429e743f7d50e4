package gomoji

import "sync"

// Patched for actorgraph: the emoji table is built on first use instead of
// in a package initialiser (see the README of this copy).

var (
	emojiOnce     sync.Once
	builtEmojiMap map[string]Emoji
)

// emojiTable returns the emoji table, building it on the first call.
func emojiTable() map[string]Emoji {
	emojiOnce.Do(func() { builtEmojiMap = makeEmojiMap() })
	return builtEmojiMap
}
